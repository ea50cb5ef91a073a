"""Write an eval run: results.jsonl, summary.json, report.md, report.html and PNG plots."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from evals.runner import RunResult

HEADLINE = (
    "recall@5",
    "mrr",
    "fact_recall",
    "citation_precision",
    "citation_recall",
    "abstain_acc_answerable",
    "abstain_acc_unanswerable",
    "quote_fidelity",
    "ragas_context_recall",
    "ragas_context_precision",
    "latency_p50_ms",
    "latency_p95_ms",
)


def _fmt(v: Any) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:.3f}" if abs(v) < 10 else f"{v:.1f}"
    return str(v)


def _table(header: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_fmt(c) for c in r) + " |" for r in rows]
    return "\n".join(lines)


def write_report(out_dir: Path, set_name: str, runs: list[RunResult], ragas_state: str) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    with (out_dir / "results.jsonl").open("w", encoding="utf-8") as fh:
        for run in runs:
            for r in run.results:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    summary = {
        "set": set_name,
        "ragas": ragas_state,
        "runs": {
            run.label: {
                "summary": run.summary,
                "by_kind": run.by_kind,
                "by_language": run.by_language,
                "settings": run.settings,
            }
            for run in runs
        },
    }
    (out_dir / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    plots = _plots(out_dir, runs)

    md = [f"# redbrief evaluation — set `{set_name}`", ""]
    md.append(
        f"{runs[0].summary['questions']} questions ({runs[0].summary['answerable']} answerable, "
        f"{runs[0].summary['unanswerable']} unanswerable). RAGAS: {summary['ragas']}."
    )
    md += ["", "## Overall", ""]
    md.append(
        _table(
            ["metric"] + [r.label for r in runs], [[m] + [r.summary.get(m) for r in runs] for m in HEADLINE]
        )
    )
    for title, attr in (("By kind", "by_kind"), ("By language", "by_language")):
        for run in runs:
            groups: dict[str, Any] = getattr(run, attr)
            md += ["", f"## {title} — {run.label}", ""]
            cols = [
                "recall@5",
                "fact_recall",
                "abstain_acc_answerable",
                "abstain_acc_unanswerable",
                "citation_precision",
            ]
            md.append(
                _table(
                    ["group", "n"] + cols,
                    [[g, s["questions"]] + [s.get(c) for c in cols] for g, s in groups.items()],
                )
            )
    md += ["", "## Plots", ""] + [f"![{p.stem}]({p.name})" for p in plots]
    failures = [
        r
        for r in runs[0].rows
        if (r["answerable"] and (r["abstained"] or r.get("fact_recall", 1) < 1))
        or (not r["answerable"] and not r["abstained"])
    ]
    md += ["", f"## Misses of {runs[0].label} ({len(failures)})", ""]
    md.append(
        _table(
            ["id", "kind", "lang", "answerable", "abstained", "recall@5", "fact_recall"],
            [
                [
                    r["id"],
                    r["kind"],
                    r["language"],
                    r["answerable"],
                    r["abstained"],
                    r.get("recall@5"),
                    r.get("fact_recall"),
                ]
                for r in failures
            ],
        )
    )
    text = "\n".join(md) + "\n"
    (out_dir / "report.md").write_text(text, encoding="utf-8")
    (out_dir / "report.html").write_text(_html(text, set_name), encoding="utf-8")


def _html(markdown_text: str, set_name: str) -> str:
    """A self-contained HTML rendering of report.md (tables and images), no network."""
    out = [
        f"<!doctype html><meta charset='utf-8'><title>redbrief eval {html.escape(set_name)}</title>",
        "<style>body{font-family:sans-serif;max-width:1100px;margin:auto}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}img{max-width:100%}</style>",
    ]
    in_table = False
    for line in markdown_text.splitlines():
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if set(line) <= {"|", "-"}:
                continue
            if not in_table:
                out.append("<table>")
                in_table = True
                out.append("<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in cells) + "</tr>")
                continue
            out.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
            continue
        if in_table:
            out.append("</table>")
            in_table = False
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            out.append(f"<h{level}>{html.escape(line.lstrip('#').strip())}</h{level}>")
        elif line.startswith("!["):
            src = line[line.index("(") + 1 : -1]
            out.append(f"<p><img src='{html.escape(src)}'></p>")
        elif line.strip():
            out.append(f"<p>{html.escape(line)}</p>")
    if in_table:
        out.append("</table>")
    return "\n".join(out)


def _plots(out_dir: Path, runs: list[RunResult]) -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    paths = []
    metrics = [
        "recall@5",
        "mrr",
        "fact_recall",
        "citation_precision",
        "abstain_acc_answerable",
        "abstain_acc_unanswerable",
    ]

    def grouped_bars(path: Path, title: str, groups: list[str], series: dict[str, list[float]]) -> None:
        fig, ax = plt.subplots(figsize=(10, 4))
        width = 0.8 / len(series)
        for i, (label, values) in enumerate(series.items()):
            ax.bar(np.arange(len(groups)) + i * width, values, width, label=label)
        ax.set_xticks(np.arange(len(groups)) + width * (len(series) - 1) / 2, groups, rotation=20)
        ax.set_ylim(0, 1.05)
        ax.legend(fontsize=8)
        ax.set_title(title)
        fig.tight_layout()
        fig.savefig(path, dpi=90)
        plt.close(fig)
        paths.append(path)

    grouped_bars(
        out_dir / "comparison.png",
        "Configurations compared",
        metrics,
        {run.label: [run.summary.get(m) or 0 for m in metrics] for run in runs},
    )
    run = runs[0]
    shown = ["recall@5", "fact_recall", "abstain_acc_answerable", "abstain_acc_unanswerable"]
    for attr, name in (("by_kind", "by-kind"), ("by_language", "by-language")):
        groups: dict[str, Any] = getattr(run, attr)
        grouped_bars(
            out_dir / f"{name}.png",
            f"{run.label}: metrics {name.replace('-', ' ')}",
            list(groups),
            {m: [groups[k].get(m) or 0 for k in groups] for m in shown},
        )

    fig, ax = plt.subplots(figsize=(8, 3.5))
    for r in runs:
        lat = [row["latency_ms"] for row in r.rows if row.get("latency_ms") is not None]
        ax.hist(lat, bins=30, alpha=0.6, label=r.label)
    ax.set_xlabel("latency per question (ms)")
    ax.legend()
    ax.set_title("Latency")
    fig.tight_layout()
    paths.append(out_dir / "latency.png")
    fig.savefig(paths[-1], dpi=90)
    plt.close(fig)
    return paths
