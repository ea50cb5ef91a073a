"""Metadata filters, applied before ranking so a narrow filter still yields k results."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass

from app.documents import Document


@dataclass(frozen=True)
class Filters:
    """All fields optional; text fields match case-insensitively as substrings.

    ``doc_type`` is exact and may list several types: "ruling,ccf_decision".

    ``since``/``until`` compare ISO-like dates by prefix ("2019" ≤ "2019-06-01"), so a
    document dated only by year matches a year range; an undated document never
    matches a date filter.
    """

    jurisdiction: str | None = None
    doc_type: str | None = None
    court: str | None = None
    outcome: str | None = None
    ground: str | None = None
    language: str | None = None
    since: str | None = None
    until: str | None = None

    def is_empty(self) -> bool:
        return not any(asdict(self).values())

    def to_dict(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if v}

    @classmethod
    def from_dict(cls, data: Mapping[str, str | None] | None) -> Filters:
        data = data or {}
        return cls(**{k: (str(v).strip() or None) if v else None for k, v in data.items()})

    def matches(self, doc: Document) -> bool:
        def has(needle: str | None, hay: str) -> bool:
            return not needle or needle.lower() in hay.lower()

        if self.doc_type and doc.doc_type.lower() not in {
            t.strip() for t in self.doc_type.lower().split(",")
        }:
            return False
        if not has(self.jurisdiction, doc.jurisdiction):
            return False
        if not has(self.court, doc.court_or_body):
            return False
        if not has(self.outcome, doc.outcome):
            return False
        if self.ground and not any(self.ground.lower() in g.lower() for g in doc.grounds):
            return False
        if self.language and doc.language.lower() != self.language.lower():
            return False
        if self.since or self.until:
            date = doc.date.strip()
            if not date or not date[:4].isdigit():
                return False
            if self.since and date[: len(self.since)] < self.since:
                return False
            if self.until and date[: len(self.until)] > self.until:
                return False
        return True
