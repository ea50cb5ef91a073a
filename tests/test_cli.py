"""The command line: clear errors and exit codes instead of tracebacks."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from app.config import REPO_ROOT, Settings
from app.store import current_build


def test_serve_with_a_damaged_index_says_how_to_fix_it(small_settings: Settings, tmp_path: Path) -> None:
    index = tmp_path / "index"
    shutil.copytree(small_settings.index_dir, index)
    build = current_build(index)
    assert build is not None
    vectors = build / "passage_vectors.npy"
    data = bytearray(vectors.read_bytes())
    data[-1] ^= 0xFF
    vectors.write_bytes(bytes(data))
    cmd = [sys.executable, "-m", "app.cli", "serve", "--no-build", "--index", str(index), "--port", "0"]
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO_ROOT, timeout=120)
    assert out.returncode == 2
    assert "damaged" in out.stderr and "redbrief index --rebuild" in out.stderr
    assert "Traceback" not in out.stderr
