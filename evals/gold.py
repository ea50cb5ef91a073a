"""Gold questions: loading and validation (quotes must be verbatim in the corpus)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

GOLD_DIR = Path(__file__).resolve().parent / "gold"
# dev-xl: the English dev questions translated into fr/it/es/tr/zh (same gold), a larger
# probe of how other languages fare than the dev set's few questions in each. dev2: questions
# written afresh in session 7 by people who had not seen the system's answers, a check that
# rules found on dev generalise before the test set is run. dev3: the same, written afresh in
# session 8, dev4 in session 9, dev5 in session 10, dev6 in session 14 and dev7 in session 15. dev8 (session 16) asks
# for names and places: which firm, which city, whose name, about half of them missing from the corpus.
# dev9 (session 19) leans to the kinds the test set found hardest: questions joining two documents,
# paraphrases, and near-miss unanswerable ones (a subset's count, a redacted date, a later stage).
# dev10 (session 20) mixes the kinds as the test set does, and adds unanswerable questions about
# courts the corpus lacks and questions asking for advice or a prediction. dev11 (session 21):
# the same mix again, a first-run measure of the session's changes. dev12 (session 22): more
# near misses, and two-document questions asked in Chinese, Spanish and Turkish. dev13
# (session 23): the same mix again, a first-run measure of the session's changes, and dev14
# (session 24) again, with more questions in Chinese; dev15 (session 25) again, its
# unanswerable questions near misses of shapes named to its writers (a redacted day, another
# period's figure, "which bureau", a court the corpus lacks, a premise mixing two cases);
# dev16 (session 26) again, with more questions, and more unanswerable ones, in Turkish and
# Chinese (the test set's weakest languages for abstaining); dev17 (session 27) again, half
# its questions unanswerable, its writers also asked for a fact attached to the wrong name;
# dev18 (session 28) again, five of its seven Turkish and Chinese questions in each half
# unanswerable, its writers also asked for near-miss shapes of their own invention; dev19
# (session 29) again, the same mix, a first-run measure of the session's changes; dev20
# (session 29, written midway) again, to measure the session's first changes on questions
# they were not made for; dev21 (session 30) again, a first-run measure of the session's
# changes; dev22 (session 30, written midway) again; dev23 (session 31) again, a first-run
# measure of the session's changes; dev24 (session 32) again; dev25 (session 32, written
# midway) again, a first-run measure of the session's first changes; dev26 (session 33)
# again, a first-run measure of the session's changes; dev27 (session 34, written at its
# start) again, a first-run measure of the session's changes; dev28 (session 34, written
# midway) again, measured on the session's starting code and after its steps; dev29
# (session 35, written at its start) again, a first-run measure of the session's changes. dev-xl2 (session 31): the English questions of dev2…dev22
# (the unanswerable ones the assistant abstains on, and 120 answerable ones it answers)
# translated into Turkish and Chinese, a probe of whether what works in English works there.
SETS = (
    "dev",
    "dev-xl",
    "dev-xl2",
    "dev2",
    "dev3",
    "dev4",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "dev9",
    "dev10",
    "dev11",
    "dev12",
    "dev13",
    "dev14",
    "dev15",
    "dev16",
    "dev17",
    "dev18",
    "dev19",
    "dev20",
    "dev21",
    "dev22",
    "dev23",
    "dev24",
    "dev25",
    "dev26",
    "dev27",
    "dev28",
    "dev29",
    "test",
    "all",
)
KINDS = ("fact", "why", "number", "date", "precedent", "multihop", "paraphrase")


@dataclass(frozen=True)
class GoldEvidence:
    doc_id: str
    quote: str


@dataclass(frozen=True)
class GoldQuestion:
    id: str
    split: str
    question: str
    language: str
    kind: str
    answerable: bool
    facts: tuple[str, ...] = ()
    evidence: tuple[GoldEvidence, ...] = ()
    evidence_mode: str = "all"
    note: str = ""
    filters: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> GoldQuestion:
        return cls(
            id=d["id"],
            split=d["split"],
            question=d["question"],
            language=d["language"],
            kind=d["kind"],
            answerable=bool(d["answerable"]),
            facts=tuple(d.get("facts", [])),
            evidence=tuple(GoldEvidence(e["doc_id"], e["quote"]) for e in d.get("evidence", [])),
            evidence_mode=d.get("evidence_mode", "all"),
            note=d.get("note", ""),
            filters=dict(d.get("filters", {})),
        )


def load_gold(set_name: str = "dev", gold_dir: Path = GOLD_DIR) -> list[GoldQuestion]:
    if set_name not in SETS:
        raise ValueError(f"unknown set {set_name!r}; choose from {', '.join(SETS)}")
    questions: list[GoldQuestion] = []
    for path in sorted(gold_dir.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    questions.append(GoldQuestion.from_dict(json.loads(line)))
    return [q for q in questions if set_name == "all" or q.split == set_name]


def validate(questions: list[GoldQuestion], doc_texts: dict[str, str]) -> list[str]:
    """Problems with the gold set (empty list when it is sound)."""
    problems: list[str] = []
    seen: set[str] = set()
    for q in questions:
        where = f"{q.id}:"
        if q.id in seen:
            problems.append(f"{where} duplicate id")
        seen.add(q.id)
        if q.split not in SETS[:-1]:
            problems.append(f"{where} split {q.split!r}")
        if q.kind not in KINDS:
            problems.append(f"{where} kind {q.kind!r}")
        if q.answerable and (not q.facts or not q.evidence):
            problems.append(f"{where} answerable without facts or evidence")
        if not q.answerable and (q.facts or q.evidence):
            problems.append(f"{where} unanswerable with facts or evidence")
        for ev in q.evidence:
            text = doc_texts.get(ev.doc_id)
            if text is None:
                problems.append(f"{where} unknown document {ev.doc_id}")
            elif ev.quote not in text:
                problems.append(f"{where} quote not verbatim in {ev.doc_id}: {ev.quote[:60]!r}")
        quotes = " ".join(ev.quote.lower() for ev in q.evidence)
        for fact in q.facts:
            if fact.lower() not in quotes:
                problems.append(f"{where} fact {fact!r} not in its evidence")
    return problems
