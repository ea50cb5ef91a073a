"""Precedent search for paralegals: rulings and CCF decisions matching a fact pattern or
ground, one row per decision, ranked by its best matching passage.

Court, date, outcome and grounds come from the corpus metadata (set where the text
states them, never guessed); the passage is quoted verbatim like any citation.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

from app.filters import Filters

DECISION_TYPES = "ruling,ccf_decision"


@dataclass
class Precedent:
    rank: int
    doc_id: str
    title: str
    court_or_body: str
    jurisdiction: str
    date: str
    outcome: str
    grounds: list[str]
    completeness: str
    partial: bool
    source: str
    score: float
    passage: str  # the best matching passage, verbatim
    page: int | None
    paragraph: str | None
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def search_precedents(
    assistant: Any, query: str, filters: Filters | None = None, k: int = 10
) -> list[Precedent]:
    """Decisions (ruling, ccf_decision unless ``filters.doc_type`` says otherwise), best first."""
    filters = filters or Filters()
    if not filters.doc_type:
        filters = replace(filters, doc_type=DECISION_TYPES)
    retriever = assistant.retriever  # one build throughout, even if an update swaps it meanwhile
    index = retriever.index
    # Ask for many passages: several may come from one decision.
    hits = retriever.search(query, k=max(k * 5, 30), filters=filters)
    best: dict[str, Any] = {}
    for hit in hits:
        doc_id = index.passages[hit.passage].doc_id
        if doc_id not in best:
            best[doc_id] = hit
    out = []
    for rank, (doc_id, hit) in enumerate(list(best.items())[:k], start=1):
        d = index.documents[doc_id]
        p = index.passages[hit.passage]
        out.append(
            Precedent(
                rank=rank,
                doc_id=d.id,
                title=d.title,
                court_or_body=d.court_or_body,
                jurisdiction=d.jurisdiction,
                date=d.date,
                outcome=d.outcome,
                grounds=list(d.grounds),
                completeness=d.completeness,
                partial=d.is_partial,
                source=d.source,
                score=round(hit.score, 5),
                passage=p.text,
                page=p.page,
                paragraph=p.paragraph,
                start=p.start,
                end=p.end,
            )
        )
    return out
