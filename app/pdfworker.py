"""PDF text extraction in a separate, limited process (pypdf's advice for untrusted PDFs).

A damaged or hostile PDF (a decompression bomb, a content stream that takes minutes to
parse, a page tree that never ends) must cost one per-file error, never the indexer.
So pypdf runs in a child process that

- lives under an address-space limit (``RLIMIT_AS``, ``Settings.pdf_memory_mb``), set by
  the child itself before it imports pypdf;
- gets a wall-clock limit per file (``Settings.pdf_timeout_s``): past it the parent kills
  the child and starts a new one for the next file;
- is reused for every PDF of a build (and later ones), so a normal PDF pays only a pipe
  round trip; the child is started on the first PDF and exits when its parent does
  (end of file on its stdin).

Requests and answers are JSON over the child's stdin/stdout (nothing is pickled in
either direction). This file runs as the child's script, so at module level it imports
only the standard library; the child imports pypdf and nothing of ``app``.
"""

from __future__ import annotations

import atexit
import json
import os
import select
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

_HEADER = struct.Struct(">Q")  # length of the JSON answer that follows
STARTUP_TIMEOUT_S = 60.0


class PdfExtractionError(Exception):
    """The PDF cannot be read; the message is shown to the user as is."""


# ---------------------------------------------------------------- child side


def _child_extract(path: str) -> dict[str, Any]:
    """Page texts of one PDF, or ``{"error": message}``. Runs in the child only."""
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError, PyPdfError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception as exc:  # pypdf raises several types for unsupported crypto
                return {"error": f"encrypted PDF cannot be opened: {exc}"}
            if not ok:
                return {"error": "encrypted PDF: a password is required; save an unencrypted copy"}
        pages = [page.extract_text() or "" for page in reader.pages]
    except LimitReachedError as exc:
        return {"error": f"PDF exceeds pypdf's safety limits (decompression bomb?): {exc}"}
    except MemoryError:
        return {"error": "memory"}
    except RecursionError:
        return {"error": "not a readable PDF (its structure nests or loops without end)"}
    except (PyPdfError, ValueError, OSError, KeyError, TypeError, AttributeError, IndexError) as exc:
        return {"error": f"not a readable PDF ({type(exc).__name__}: {exc})"}
    except Exception as exc:  # pypdf on hostile input: anything goes, and it is per file
        return {"error": f"not a readable PDF ({type(exc).__name__}: {exc})"}
    # Lone surrogates (from broken font encodings) cannot be stored as UTF-8; NULs are noise.
    clean = [p.encode("utf-8", "replace").decode("utf-8").replace("\x00", "") for p in pages]
    return {"pages": clean}


def _child_main(memory_mb: int) -> None:
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # stray prints from libraries must not corrupt the answers on stdout
    try:
        import resource

        # No core dump of a crashed parse: it would hold the document's text, on disk.
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if memory_mb > 0:
            limit = memory_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):  # no such limits on this platform
        pass
    import logging
    import warnings

    warnings.simplefilter("ignore")
    logging.disable(logging.WARNING)
    import pypdf  # noqa: F401  (loaded once, before the first request)

    def answer(obj: dict[str, Any]) -> None:
        data = json.dumps(obj).encode("utf-8")
        out.write(_HEADER.pack(len(data)) + data)
        out.flush()

    answer({"ready": True})
    for line in sys.stdin:
        try:
            request = json.loads(line)
            result = _child_extract(str(request["path"]))
        except MemoryError:
            result = {"error": "memory"}
        try:
            answer(result)
        except MemoryError:
            answer({"error": "memory"})
        if result.get("error") == "memory":
            return  # a fresh child for the next file: this one's heap is fragmented


# ---------------------------------------------------------------- parent side


class PdfWorker:
    """One child process that extracts PDFs one at a time, within the limits."""

    def __init__(self, timeout_s: float, memory_mb: int) -> None:
        self.timeout_s = timeout_s
        self.memory_mb = memory_mb
        self._proc: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()
        self.started = 0  # how many children were started (for tests and benchmarks)

    def extract(self, path: Path) -> list[str]:
        """The text of each page; raise PdfExtractionError with a user-facing message."""
        with self._lock:
            proc = self._ensure()
            assert proc.stdin is not None
            try:
                proc.stdin.write(json.dumps({"path": str(Path(path).resolve())}).encode() + b"\n")
                proc.stdin.flush()
                result = self._read(proc, self.timeout_s)
            except TimeoutError:
                self._stop()
                raise PdfExtractionError(
                    f"PDF took longer than {self.timeout_s:g} s to parse (limit: pdf_timeout_s); "
                    "it may be malformed or hostile"
                ) from None
            except (EOFError, BrokenPipeError, OSError):
                code = self._stop()
                raise PdfExtractionError(self._died(code)) from None
        error = result.get("error")
        if error == "memory":
            self._stop_locked()
            raise PdfExtractionError(self._memory_message())
        if error:
            raise PdfExtractionError(str(error))
        pages = result.get("pages")
        if not isinstance(pages, list):
            raise PdfExtractionError("PDF parser sent an unexpected answer")
        return [str(p) for p in pages]

    def close(self) -> None:
        with self._lock:
            self._stop()

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None and self._proc.poll() is None else None

    # -- internals (called with the lock held)

    def _memory_message(self) -> str:
        return (
            f"PDF needs more than {self.memory_mb} MB of memory to parse (limit: pdf_memory_mb); "
            "it may be a decompression bomb"
        )

    def _died(self, code: int | None) -> str:
        if code is not None and code < 0:
            # Killed by a signal: with an address-space limit, usually the allocator giving up.
            return f"PDF parser was killed (signal {-code}) — {self._memory_message()}"
        return f"PDF parser stopped unexpectedly (exit code {code}) on this file"

    def _ensure(self) -> subprocess.Popen[bytes]:
        if self._proc is not None and self._proc.poll() is None:
            return self._proc
        self._proc = None
        proc = subprocess.Popen(
            [sys.executable, "-P", str(Path(__file__).resolve()), str(int(self.memory_mb))],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            close_fds=True,
        )
        self.started += 1
        try:
            ready = self._read(proc, STARTUP_TIMEOUT_S)
        except (TimeoutError, EOFError, OSError) as exc:
            proc.kill()
            proc.wait()
            raise PdfExtractionError(
                f"the PDF parser could not start ({type(exc).__name__}): is pypdf installed, "
                f"and is pdf_memory_mb ({self.memory_mb}) enough for Python itself (≥ 100)?"
            ) from None
        if not ready.get("ready"):
            proc.kill()
            proc.wait()
            raise PdfExtractionError("the PDF parser could not start")
        self._proc = proc
        return proc

    @staticmethod
    def _read(proc: subprocess.Popen[bytes], timeout: float) -> dict[str, Any]:
        assert proc.stdout is not None
        fd = proc.stdout.fileno()
        deadline = time.monotonic() + timeout
        buf = bytearray()
        need = _HEADER.size
        header_done = False
        while True:
            while len(buf) < need:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError
                ready, _, _ = select.select([fd], [], [], remaining)
                if not ready:
                    raise TimeoutError
                chunk = os.read(fd, max(need - len(buf), 1 << 16))
                if not chunk:
                    raise EOFError
                buf += chunk
            if header_done:
                return dict(json.loads(bytes(buf[_HEADER.size :]).decode("utf-8")))
            (length,) = _HEADER.unpack(bytes(buf[: _HEADER.size]))
            need = _HEADER.size + length
            header_done = True

    def _stop(self) -> int | None:
        proc, self._proc = self._proc, None
        if proc is None:
            return None
        if proc.poll() is None:
            proc.kill()
        code = proc.wait()
        for stream in (proc.stdin, proc.stdout):
            try:
                if stream is not None:
                    stream.close()
            except OSError:
                pass
        return code

    def _stop_locked(self) -> None:
        with self._lock:
            self._stop()


_workers: dict[tuple[float, int], PdfWorker] = {}
_workers_lock = threading.Lock()


def get_worker(timeout_s: float, memory_mb: int) -> PdfWorker:
    """The process-wide worker for these limits (started on first use, reused after)."""
    key = (float(timeout_s), int(memory_mb))
    with _workers_lock:
        worker = _workers.get(key)
        if worker is None:
            worker = _workers[key] = PdfWorker(*key)
        return worker


def extract_pages(path: Path, timeout_s: float, memory_mb: int) -> list[str]:
    return get_worker(timeout_s, memory_mb).extract(path)


@atexit.register
def shutdown() -> None:
    """Stop every worker process (also run at interpreter exit)."""
    with _workers_lock:
        workers = list(_workers.values())
        _workers.clear()
    for w in workers:
        w.close()


if __name__ == "__main__":
    _child_main(int(sys.argv[1]) if len(sys.argv) > 1 else 0)
