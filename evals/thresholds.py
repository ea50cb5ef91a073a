"""The CI gate: minimum figures per set, kept in evals/thresholds.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

THRESHOLDS = Path(__file__).resolve().parent / "thresholds.json"


def check_thresholds(summary: dict[str, Any], set_name: str = "dev", path: Path = THRESHOLDS) -> list[str]:
    limits = json.loads(path.read_text(encoding="utf-8")).get(set_name, {})
    failures = []
    for metric, minimum in limits.items():
        if metric.startswith("_"):
            continue
        value = summary.get(metric)
        if value is None or value < minimum:
            failures.append(f"{metric} = {value} < {minimum}")
    return failures
