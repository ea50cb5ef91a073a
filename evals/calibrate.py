"""Calibrate the abstention threshold on the dev set's answerable and unanswerable questions.

    python -m evals.calibrate [--set dev] [--min-answerable 0.9]

Runs the dev questions once with the threshold off, then sweeps it over the observed
best-evidence scores and prints, for each candidate, abstention accuracy on answerable
and unanswerable questions. The chosen value maximises their mean while keeping
answerable accuracy at or above ``--min-answerable``; put it in app/config.py.
"""

from __future__ import annotations

import argparse

from app.assistant import Assistant
from app.config import Settings
from evals.gold import load_gold


def sweep(
    set_name: str = "dev", min_answerable: float = 0.9
) -> tuple[float, list[tuple[float, float, float]]]:
    settings = Settings.load().replace(abstain_threshold=-1.0)
    assistant = Assistant.load(settings)
    points = []
    for q in load_gold(set_name):
        a = assistant.ask(q.question, filters=q.filters or None)
        points.append((a.best_score, a.abstained, q.answerable))  # abstained here = by the other checks
    candidates = sorted({round(s, 3) for s, _, _ in points})
    table = []
    for t in [0.0, *candidates]:
        ans = [(s, ab) for s, ab, answerable in points if answerable]
        una = [(s, ab) for s, ab, answerable in points if not answerable]
        acc_ans = sum(1 for s, ab in ans if not ab and s >= t) / len(ans)
        acc_una = sum(1 for s, ab in una if ab or s < t) / len(una)
        table.append((t, acc_ans, acc_una))
    ok = [row for row in table if row[1] >= min_answerable]
    best = max(ok, key=lambda r: (r[1] + r[2], -r[0]))
    return best[0], table


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--set", default="dev")
    p.add_argument("--min-answerable", type=float, default=0.9)
    args = p.parse_args()
    best, table = sweep(args.set, args.min_answerable)
    print("threshold  answerable  unanswerable")
    for t, a, u in table:
        mark = "  <- chosen" if t == best else ""
        print(f"{t:9.3f}  {a:10.3f}  {u:12.3f}{mark}")


if __name__ == "__main__":
    main()
