"""Grid search over Settings on the dev set (never the test set).

    python -m evals.sweep '{"sentence_weight": [0.4, 0.6], "max_answer_sentences": [3, 4]}'

Prints one row per combination (recall@5, MRR, fact recall, abstention accuracy) and
writes them to evals/reports/sweep-<time>.json. Settings that change chunking or the
model need their own index; sweep those with `redbrief eval --compare` instead.
"""

from __future__ import annotations

import itertools
import json
import sys
import time
from typing import Any

from app.assistant import Assistant
from app.config import Settings
from evals.gold import load_gold
from evals.metrics import aggregate, score_question
from evals.runner import REPORTS_DIR, assistant_answer_fn, corpus_texts

COLUMNS = ("recall@5", "mrr", "fact_recall", "abstain_acc_answerable", "abstain_acc_unanswerable")


def sweep(grid: dict[str, list[Any]], set_name: str = "dev") -> list[dict[str, Any]]:
    base = Settings.load()
    assistant = Assistant.load(base)
    texts = corpus_texts(base.corpus_dir)
    questions = load_gold(set_name)
    rows = []
    keys = list(grid)
    for values in itertools.product(*(grid[k] for k in keys)):
        combo = dict(zip(keys, values, strict=True))
        variant = Assistant(assistant.index, base.replace(**combo), assistant.embedder)
        answer = assistant_answer_fn(variant)
        summary = aggregate([score_question(q, answer(q), texts) for q in questions])
        rows.append({**combo, **{c: summary[c] for c in COLUMNS}})
        print(
            "  ".join(f"{k}={v}" for k, v in combo.items()),
            "|",
            "  ".join(f"{summary[c]:.3f}" for c in COLUMNS),
        )
    return rows


def main() -> None:
    grid = json.loads(sys.argv[1])
    print("combination |", "  ".join(COLUMNS))
    rows = sweep(grid, sys.argv[2] if len(sys.argv) > 2 else "dev")
    REPORTS_DIR.mkdir(parents=True, exist_ok=True)
    out = REPORTS_DIR / f"sweep-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    print(f"written {out}")


if __name__ == "__main__":
    main()
