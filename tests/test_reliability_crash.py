"""Crashes: ``kill -9`` at any moment of ``redbrief index`` leaves the previous index
loadable and answering (the next build finishes the job and sweeps the debris); a damaged
index file is detected on load with a message naming it and the fix, and
``redbrief index --rebuild`` recovers. Extends tests/test_index.py, which covers the
in-process versions (a flipped vector byte, an abandoned build directory)."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import Assistant
from app.config import REPO_ROOT, Settings
from app.store import IndexUnavailable, build_index, current_build, load_index
from tests.reliability_support import clean_env, fingerprint, redbrief_cmd, run_cli

QUESTIONS = (
    "Which court refused the extradition of Mr H., and when?",
    "Why did the Swedish Supreme Court refuse to extradite Qiao Jianjun?",
)
# Bundled documents added to the small corpus so that a build takes several seconds.
BIG_CHANGE = (
    "echr-liu-v-poland-2022-pl-translation.md",
    "nzca-kim-v-minister-of-justice-2019.md",
    "es-tc-auto-10-2019.md",
)

# Runs `redbrief index` with a SIGKILL planted at one precise point of the build.
HOOKED_INDEX = r"""
import os, signal, sys
import numpy as np
import app.store as store

point = os.environ["CRASH_AT"]
def die():
    os.kill(os.getpid(), signal.SIGKILL)

if point == "mid-write":  # after the first vector file of the new build is written
    real_save = np.save
    def save(*args, **kwargs):
        real_save(*args, **kwargs)
        die()
    np.save = save
elif point == "mid-publish":  # CURRENT.tmp written and fsync'ed, not yet renamed over CURRENT
    real_replace = os.replace
    def replace(src, dst, *args, **kwargs):
        if os.path.basename(str(dst)) == "CURRENT":
            die()
        return real_replace(src, dst, *args, **kwargs)
    store.os.replace = replace
elif point == "after-publish":  # the new build is live, old builds not yet removed
    real_publish = store._publish
    def publish(index_dir, build):
        real_publish(index_dir, build)
        die()
    store._publish = publish
elif point == "mid-prune":  # one old build removed, the loop not finished
    real_rmtree = store.shutil.rmtree
    def rmtree(path, *args, **kwargs):
        real_rmtree(path, *args, **kwargs)
        die()
    store.shutil.rmtree = rmtree
from app.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _snapshot(settings: Settings) -> list[str]:
    assistant = Assistant.load(settings, build=False)
    return [fingerprint(assistant.ask(q)) for q in QUESTIONS]


def _hooked_index(settings: Settings, point: str) -> int:
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            HOOKED_INDEX,
            "index",
            "--corpus",
            str(settings.corpus_dir),
            "--index",
            str(settings.index_dir),
            "--quiet",
        ],
        env=clean_env(CRASH_AT=point),
        cwd=str(REPO_ROOT),
        capture_output=True,
        text=True,
        timeout=300,
    )
    return proc.returncode


def _kill_at_marker(settings: Settings, marker: str | None, delay: float = 0.0) -> None:
    """Start `redbrief index` (with its progress bar) and SIGKILL it when ``marker`` shows on
    stderr (or ``delay`` seconds after start); fail if it finished first."""
    proc = subprocess.Popen(
        redbrief_cmd("index", "--corpus", str(settings.corpus_dir), "--index", str(settings.index_dir)),
        env=clean_env(),
        cwd=str(REPO_ROOT),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    assert proc.stderr is not None
    os.set_blocking(proc.stderr.fileno(), False)
    seen = b""
    start = time.monotonic()
    try:
        while proc.poll() is None and time.monotonic() - start < 240:
            chunk = proc.stderr.read() or b""
            seen += chunk
            if (marker and marker.encode() in seen) or (not marker and time.monotonic() - start >= delay):
                proc.send_signal(signal.SIGKILL)
                break
            time.sleep(0.02)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, f"the build ended before the kill ({marker}): {seen[-500:]!r}"


def test_kill_9_at_any_moment_of_a_build_keeps_the_index_serving(fresh_corpus: Settings) -> None:
    settings = fresh_corpus
    build_index(settings)
    live = current_build(settings.index_dir)
    baseline = _snapshot(settings)

    # 1. Precise points of the write and publish phases (a one-line document to embed).
    (settings.corpus_dir / "note-1.md").write_text("A short note on Interpol diffusions.\n", encoding="utf-8")
    for point in ("mid-write", "mid-publish"):
        assert _hooked_index(settings, point) == -signal.SIGKILL, point
        assert current_build(settings.index_dir) == live, point
        assert _snapshot(settings) == baseline, point
    assert (settings.index_dir / "CURRENT").read_text().strip() == live.name  # type: ignore[union-attr]
    assert list(settings.index_dir.glob("CURRENT.tmp-*")), "the mid-publish kill left its temporary pointer"

    assert _hooked_index(settings, "after-publish") == -signal.SIGKILL
    published = current_build(settings.index_dir)
    assert published != live and published is not None
    assert "note-1" in load_index(settings.index_dir).documents
    baseline = _snapshot(settings)  # the new build is complete and live: it is the new reference

    (settings.corpus_dir / "note-2.md").write_text(
        "Another note, on red notice requests.\n", encoding="utf-8"
    )
    assert _hooked_index(settings, "mid-prune") == -signal.SIGKILL
    live = current_build(settings.index_dir)
    assert live is not None and live != published
    assert "note-2" in load_index(settings.index_dir).documents
    baseline = _snapshot(settings)

    # 2. The real command killed during its start, its passage and its sentence embedding.
    for name in BIG_CHANGE:
        shutil.copy(REPO_ROOT / "corpus" / name, settings.corpus_dir / name)
    for marker, delay in ((None, 0.5), ("embedding passages", 0.0), ("embedding sentences", 0.0)):
        _kill_at_marker(settings, marker, delay)
        assert current_build(settings.index_dir) == live, marker
        assert _snapshot(settings) == baseline, marker

    # 3. The next build completes, and only the live build is left.
    proc = run_cli(
        "index", "--corpus", str(settings.corpus_dir), "--index", str(settings.index_dir), "--quiet"
    )
    assert proc.returncode == 0, proc.stderr
    idx = load_index(settings.index_dir)
    assert {"note-1", "note-2"} <= set(idx.documents) and len(idx.documents) == 6 + len(BIG_CHANGE)
    assert [p.name for p in (settings.index_dir / "builds").iterdir()] == [idx.path.name]
    assert not list(settings.index_dir.glob("CURRENT.tmp-*"))


def test_concurrent_builds_wait_for_each_other(fresh_corpus: Settings) -> None:
    """A build holds index/build.lock: a second `redbrief index` (the server adding an upload
    while a terminal re-indexes) waits instead of pruning the first one's directory away."""
    settings = fresh_corpus
    build_index(settings)
    (settings.corpus_dir / "note.md").write_text("A note on extradition hearings.\n", encoding="utf-8")
    lock = settings.index_dir / "build.lock"
    with lock.open("a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)  # as if another build were running
        proc = subprocess.Popen(
            redbrief_cmd(
                "index", "--corpus", str(settings.corpus_dir), "--index", str(settings.index_dir), "--quiet"
            ),
            env=clean_env(),
            cwd=str(REPO_ROOT),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        inode = os.fstat(fh.fileno()).st_ino
        deadline = time.monotonic() + 120
        while not _waits_for_lock(inode):
            assert proc.poll() is None, "the second build ran instead of waiting for the lock"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        assert "note" not in load_index(settings.index_dir).documents
    out, err = proc.communicate(timeout=240)
    assert proc.returncode == 0, err
    assert "note" in load_index(settings.index_dir).documents


def _waits_for_lock(inode: int) -> bool:
    """Whether some process is blocked on a flock of this inode (/proc/locks marks it "->")."""
    lines = Path("/proc/locks").read_text().splitlines()
    return any("->" in line and "FLOCK" in line and f":{inode} " in line for line in lines)


@pytest.fixture()
def pristine(small_settings: Settings, tmp_path: Path) -> Settings:
    """A private copy of the small corpus' built index, to damage."""
    shutil.copytree(small_settings.index_dir, tmp_path / "index")
    return small_settings.replace(index_dir=tmp_path / "index")


def _damage_each_file(settings: Settings, how: str) -> list[tuple[str, str]]:
    build = current_build(settings.index_dir)
    assert build is not None
    manifest = json.loads((build / "manifest.json").read_text(encoding="utf-8"))
    results = []
    for rel in sorted(manifest["checksums"]):
        target = build / rel
        original = target.read_bytes()
        if how == "flip":
            data = bytearray(original)
            data[len(data) // 2] ^= 0x01
            target.write_bytes(bytes(data))
        elif how == "truncate":
            target.write_bytes(original[: len(original) // 2])
        else:
            target.unlink()
        with pytest.raises(IndexUnavailable) as info:
            load_index(settings.index_dir)
        results.append((rel, str(info.value)))
        target.write_bytes(original)
    load_index(settings.index_dir)  # restored: loads again
    return results


@pytest.mark.parametrize("how", ["flip", "truncate", "delete"])
def test_every_damaged_index_file_is_named_on_load(pristine: Settings, how: str) -> None:
    results = _damage_each_file(pristine, how)
    assert len(results) >= 7  # documents, passages, two vector files, FAISS, bm25 files
    for rel, message in results:
        assert f"index file {rel} is damaged or missing" in message
        assert "redbrief index --rebuild" in message


def test_damaged_pointer_or_manifest_says_how_to_recover(pristine: Settings) -> None:
    build = current_build(pristine.index_dir)
    assert build is not None
    manifest = build / "manifest.json"
    good = manifest.read_bytes()
    manifest.write_bytes(good[: len(good) // 3])
    with pytest.raises(IndexUnavailable, match=r"manifest unreadable.*redbrief index --rebuild"):
        load_index(pristine.index_dir)
    manifest.write_bytes(good)
    pointer = pristine.index_dir / "CURRENT"
    for content in ("", "no-such-build\n", "../../etc\n"):
        pointer.write_text(content, encoding="utf-8")
        with pytest.raises(IndexUnavailable, match="run `redbrief index`"):
            load_index(pristine.index_dir)


def test_cli_reports_damage_and_rebuild_recovers(fresh_corpus: Settings) -> None:
    settings = fresh_corpus
    build_index(settings)
    baseline = fingerprint(Assistant.load(settings, build=False).ask(QUESTIONS[0]))
    build = current_build(settings.index_dir)
    assert build is not None
    faiss_file = build / "dense.faiss"
    faiss_file.write_bytes(faiss_file.read_bytes()[:-16])
    where = ["--corpus", str(settings.corpus_dir), "--index", str(settings.index_dir)]

    proc = run_cli("ask", "--json", "--no-build", *where, QUESTIONS[0])
    assert proc.returncode == 2
    assert (
        "error: index file dense.faiss is damaged or missing: run `redbrief index --rebuild`" in proc.stderr
    )
    assert "Traceback" not in proc.stderr and proc.stdout == ""

    proc = run_cli("index", "--rebuild", "--quiet", *where)
    assert proc.returncode == 0, proc.stderr
    assert "4 files embedded" in proc.stdout
    proc = run_cli("ask", "--json", "--no-build", *where, QUESTIONS[0])
    assert proc.returncode == 0, proc.stderr
    answer = json.loads(proc.stdout)
    answer.pop("timings_ms")
    assert json.dumps(answer, sort_keys=True, ensure_ascii=False) == baseline
