"""The evaluation suite: a sound gold set, metrics that can fail, the report, the CI gate."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from app.config import REPO_ROOT, Settings
from evals.gold import SETS, load_gold, validate
from evals.metrics import answer_segments, score_question
from evals.runner import corpus_texts, run_eval
from evals.thresholds import check_thresholds

# dev2, dev3 …: the fresh dev sets, each gated by its own thresholds.
FRESH_SETS = [name for name in SETS if name[3:].isdigit()]


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return corpus_texts(REPO_ROOT / "corpus")


def test_gold_set_is_sound_and_large_enough(texts: dict[str, str]) -> None:
    questions = load_gold("all")
    assert validate(questions, texts) == []
    assert len(questions) >= 120
    assert sum(not q.answerable for q in questions) / len(questions) >= 0.25
    assert sum(q.language != "en" for q in questions) / len(questions) >= 0.20
    langs = Counter(q.language for q in questions)
    assert all(langs[lang] >= 3 for lang in ("fr", "it", "tr", "es", "zh")), langs
    kinds = Counter(q.kind for q in questions)
    assert set(kinds) == {"fact", "why", "number", "date", "precedent", "multihop", "paraphrase"}
    docs = {e.doc_id for q in questions for e in q.evidence}
    assert any(d.startswith("ccf-") for d in docs) and any(d.startswith("echr-") for d in docs)
    splits = Counter(q.split for q in questions)
    assert splits["dev"] >= 50 and splits["test"] >= 50


def test_validation_catches_a_non_verbatim_quote(texts: dict[str, str]) -> None:
    q = next(q for q in load_gold("dev") if q.answerable)
    from dataclasses import replace

    from evals.gold import GoldEvidence

    bad = replace(q, evidence=(GoldEvidence(q.evidence[0].doc_id, q.evidence[0].quote + " (invented)"),))
    assert any("not verbatim" in p for p in validate([bad], texts))


def test_metrics_punish_wrong_answers(texts: dict[str, str]) -> None:
    q = next(
        q for q in load_gold("all") if q.answerable and q.evidence_mode == "all" and len(q.evidence) == 1
    )
    ev = q.evidence[0]
    start = texts[ev.doc_id].find(ev.quote)
    good_cite = {
        "n": 1,
        "doc_id": ev.doc_id,
        "start": start,
        "end": start + len(ev.quote),
        "quote": ev.quote,
        "sentences": [ev.quote],
    }
    good = {
        "answer": f"{ev.quote} [1]",
        "abstained": False,
        "citations": [good_cite],
        "retrieved": [good_cite],
    }
    row = score_question(q, good, texts)
    assert row["recall@5"] == 1.0 and row["mrr"] == 1.0 and row["fact_recall"] == 1.0
    assert row["citation_precision"] == 1.0 and row["quotes_verbatim"] == 1
    forged = {**good_cite, "quote": ev.quote.replace(" ", "  ", 1) + " and more"}
    bad = {
        "answer": "Something else entirely was decided by another court. [1]",
        "abstained": False,
        "citations": [forged],
        "retrieved": [],
    }
    row = score_question(q, bad, texts)
    assert row["recall@5"] == 0.0 and row["mrr"] == 0.0 and row["fact_recall"] == 0.0
    assert row["citation_precision"] == 0.0 and row["quotes_verbatim"] == 0
    abstained = {"answer": "no", "abstained": True, "citations": [], "retrieved": []}
    assert score_question(q, abstained, texts)["abstain_correct"] is False


def test_answer_segments() -> None:
    assert answer_segments("A b c. [1] D e [1] [2] tail") == [("A b c.", [1]), ("D e", [1, 2]), ("tail", [])]


def test_dev_set_meets_the_thresholds_and_writes_a_report(bundled_settings: Settings, tmp_path: Path) -> None:
    out_dir, runs = run_eval("dev", baseline=True, base=bundled_settings, out_root=tmp_path, progress=False)
    assert out_dir is not None
    for name in (
        "results.jsonl",
        "summary.json",
        "report.md",
        "report.html",
        "comparison.png",
        "by-kind.png",
        "by-language.png",
        "latency.png",
    ):
        assert (out_dir / name).exists(), name
    summary = json.loads((out_dir / "summary.json").read_text(encoding="utf-8"))
    assert set(summary["runs"]) == {"redbrief", "langchain-baseline"}
    ours = runs[0].summary
    assert ours["quote_fidelity"] == 1.0
    assert check_thresholds(ours, "dev") == []


def test_translated_dev_questions_keep_their_originals_gold() -> None:
    originals = {q.id: q for q in load_gold("dev")}
    translated = load_gold("dev-xl")
    assert len(translated) == 5 * sum(q.language == "en" for q in originals.values())
    for q in translated:
        source = originals[q.id.rsplit("-", 1)[0]]
        assert q.id.endswith(f"-{q.language}") and source.language == "en" and q.question != source.question
        assert (q.answerable, q.facts, q.evidence, q.kind) == (
            source.answerable,
            source.facts,
            source.evidence,
            source.kind,
        )


@pytest.mark.parametrize("set_name", ["dev-xl", "dev-xl2"])
def test_translated_dev_set_meets_its_thresholds(bundled_settings: Settings, set_name: str) -> None:
    # Questions in other languages have their own gate: a change that helps English and
    # hurts French or Chinese fails here even when the dev figures hold (dev-xl2: the
    # English questions of dev2 … dev22 in Turkish and Chinese).
    _, runs = run_eval(
        set_name, baseline=False, ragas=False, base=bundled_settings, progress=False, write=False
    )
    assert check_thresholds(runs[0].summary, set_name) == []


@pytest.mark.parametrize("set_name", FRESH_SETS)
def test_fresh_dev_sets_meet_their_thresholds(bundled_settings: Settings, set_name: str) -> None:
    # dev2 … dev14 were each written afresh (sessions 7 to 10, 14 to 16, 19 to 24) without sight of the
    # answers, measured first and then worked from: their gates keep the rules each led to
    # from undoing the others'.
    _, runs = run_eval(
        set_name, baseline=False, ragas=False, base=bundled_settings, progress=False, write=False
    )
    assert check_thresholds(runs[0].summary, set_name) == []
