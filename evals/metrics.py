"""Per-question scores and their aggregation.

Retrieval is judged by offsets: a retrieved passage finds a gold quote when it covers at
least half of the quote's characters in the same document. Citation support uses the
product's own verifier (app.verify.supports), ALCE-style without an LLM.
"""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from typing import Any

from app.verify import is_verbatim, normalize, supports
from evals.gold import GoldQuestion

K = 5
_MARKED = re.compile(r"(.+?)((?:\s*\[\d+\])+)(?=\s|$)", re.S)


def _covers(p: dict[str, Any], doc_id: str, span: tuple[int, int]) -> bool:
    if p["doc_id"] != doc_id:
        return False
    overlap = min(p["end"], span[1]) - max(p["start"], span[0])
    return overlap >= 0.5 * (span[1] - span[0])


def answer_segments(answer: str) -> list[tuple[str, list[int]]]:
    """'S1 [1] S2 [1][2]' -> [('S1', [1]), ('S2', [1, 2])]; uncited text gets []."""
    out: list[tuple[str, list[int]]] = []
    pos = 0
    for m in _MARKED.finditer(answer):
        if answer[pos : m.start()].strip():
            out.append((answer[pos : m.start()].strip(), []))
        out.append((m.group(1).strip(), [int(n) for n in re.findall(r"\[(\d+)\]", m.group(2))]))
        pos = m.end()
    if answer[pos:].strip():
        out.append((answer[pos:].strip(), []))
    return out


def score_question(
    gold: GoldQuestion, result: dict[str, Any], doc_texts: dict[str, str], k: int = K
) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": gold.id,
        "split": gold.split,
        "kind": gold.kind,
        "language": gold.language,
        "answerable": gold.answerable,
        "abstained": bool(result["abstained"]),
        "latency_ms": result.get("latency_ms"),
    }
    abstained = bool(result["abstained"])
    row["abstain_correct"] = abstained != gold.answerable

    retrieved = result.get("retrieved", [])
    if gold.answerable:
        spans = []
        for ev in gold.evidence:
            start = doc_texts[ev.doc_id].find(ev.quote)
            spans.append((ev.doc_id, (start, start + len(ev.quote))))
        found = [any(_covers(p, d, s) for p in retrieved[:k]) for d, s in spans]
        if gold.evidence_mode == "any":
            row[f"recall@{k}"] = 1.0 if any(found) else 0.0
        else:
            row[f"recall@{k}"] = sum(found) / len(found)
        rank = next((i + 1 for i, p in enumerate(retrieved) if any(_covers(p, d, s) for d, s in spans)), None)
        row["mrr"] = 1.0 / rank if rank else 0.0
        text = normalize(result["answer"]).lower() if not abstained else ""
        row["fact_recall"] = sum(normalize(f).lower() in text for f in gold.facts) / len(gold.facts)

    # Citations (only where there is an answer to check).
    if not abstained:
        cites = {c["n"]: c for c in result["citations"]}
        segments = answer_segments(result["answer"])
        supported_segments = 0
        pairs = supported_pairs = 0
        for sentence, ns in segments:
            ok = [supports(sentence, cites[n]["quote"]) if n in cites else False for n in ns]
            supported_segments += any(ok)
            pairs += len(ns)
            supported_pairs += sum(ok)
        row["citation_recall"] = supported_segments / len(segments) if segments else 0.0
        row["citation_precision"] = supported_pairs / pairs if pairs else 0.0

    # Quote fidelity: every quote verbatim at its offsets in the corpus file itself.
    quotes = result["citations"] + result.get("nearest", [])
    faithful = 0
    for c in quotes:
        text = doc_texts.get(c["doc_id"], "")
        at_offsets = text[c["start"] : c["end"]] == c["quote"]
        faithful += int(at_offsets and all(is_verbatim(s, c["quote"]) for s in c.get("sentences", [])))
    row["quotes"] = len(quotes)
    row["quotes_verbatim"] = faithful
    return row


METRICS = (
    f"recall@{K}",
    "mrr",
    "fact_recall",
    "citation_recall",
    "citation_precision",
    "abstain_acc_answerable",
    "abstain_acc_unanswerable",
    "quote_fidelity",
    "ragas_context_recall",
    "ragas_context_precision",
)


def aggregate(rows: list[dict[str, Any]]) -> dict[str, Any]:
    def mean(key: str, subset: list[dict[str, Any]]) -> float | None:
        vals = [r[key] for r in subset if r.get(key) is not None]
        return round(sum(vals) / len(vals), 4) if vals else None

    answerable = [r for r in rows if r["answerable"]]
    unanswerable = [r for r in rows if not r["answerable"]]
    quotes = sum(r["quotes"] for r in rows)
    latencies = sorted(r["latency_ms"] for r in rows if r.get("latency_ms") is not None)
    out: dict[str, Any] = {
        "questions": len(rows),
        "answerable": len(answerable),
        "unanswerable": len(unanswerable),
        f"recall@{K}": mean(f"recall@{K}", answerable),
        "mrr": mean("mrr", answerable),
        "fact_recall": mean("fact_recall", answerable),
        "citation_recall": mean("citation_recall", rows),
        "citation_precision": mean("citation_precision", rows),
        "abstain_acc_answerable": mean("abstain_correct", answerable),
        "abstain_acc_unanswerable": mean("abstain_correct", unanswerable),
        "quote_fidelity": round(sum(r["quotes_verbatim"] for r in rows) / quotes, 4) if quotes else 1.0,
        "ragas_context_recall": mean("ragas_context_recall", answerable),
        "ragas_context_precision": mean("ragas_context_precision", answerable),
        "latency_p50_ms": round(statistics.median(latencies), 2) if latencies else None,
        "latency_p95_ms": round(_percentile(latencies, 95), 2) if latencies else None,
    }
    return out


def _percentile(sorted_values: list[float], pct: float) -> float:
    if len(sorted_values) == 1:
        return sorted_values[0]
    pos = (len(sorted_values) - 1) * pct / 100
    lo = int(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


def breakdown(rows: list[dict[str, Any]], key: str) -> dict[str, dict[str, Any]]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[str(r[key])].append(r)
    return {g: aggregate(rs) for g, rs in sorted(groups.items())}
