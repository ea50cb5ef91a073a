"""Precedent search (decisions only, one row each, metadata from the corpus) and adding
documents to the library (incremental index update, per-file errors)."""

from __future__ import annotations

from pathlib import Path

from app import Assistant
from app.config import Settings
from app.store import build_index, load_index
from tests.conftest import make_pdf


def test_precedents_lists_decisions_once_each_with_metadata(small_assistant: Assistant) -> None:
    rows = small_assistant.precedents("refusal of extradition because of political character")
    assert rows, "the corpus holds decisions on political character"
    ids = [r.doc_id for r in rows]
    assert len(ids) == len(set(ids))
    assert "persuasion-report" not in ids, "a report is not a precedent"
    bordeaux = next(r for r in rows if r.doc_id == "bordeaux-2021")
    assert bordeaux.court_or_body == "Bordeaux Court of Appeal"
    assert bordeaux.outcome == "extradition refused" and bordeaux.grounds == ["political character"]
    doc = small_assistant.index.documents["bordeaux-2021"]
    assert doc.text[bordeaux.start : bordeaux.end] == bordeaux.passage


def test_precedent_filters_narrow_the_list(small_assistant: Assistant) -> None:
    rows = small_assistant.precedents("political character", filters={"jurisdiction": "INTERPOL"})
    assert [r.doc_id for r in rows] == ["ccf-2022-1"]
    assert rows[0].partial is True


def test_bundled_precedent_search_finds_article_3_rulings(bundled_assistant: Assistant) -> None:
    rows = bundled_assistant.precedents(
        "extradition to China refused: risk of ill-treatment in detention", k=5
    )
    assert any(r.doc_id.startswith("echr-liu-v-poland-2022") for r in rows)
    assert all(
        bundled_assistant.index.documents[r.doc_id].doc_type in {"ruling", "ccf_decision"} for r in rows
    )


def test_adding_a_pdf_makes_it_answerable(fresh_corpus: Settings, tmp_path: Path) -> None:
    build_index(fresh_corpus)
    assistant = Assistant.load(fresh_corpus, build=False)
    (tmp_path / "upload dir").mkdir()
    upload = make_pdf(
        tmp_path / "upload dir" / "Gao ruling.pdf",
        [
            "The Cotonou court ordered the release of Gao Jianhuan because the extradition file was incomplete."
        ],
    )
    rel, report = assistant.add_document(
        upload, {"title": "Cotonou ruling on Gao", "doc_type": "ruling", "jurisdiction": "Benin"}
    )
    assert rel == "corpus/Gao-ruling.pdf" and not report.errors
    assert report.embedded == 1 and report.reused == 4
    answer = assistant.ask("Why did the Cotonou court release Gao Jianhuan?")
    assert not answer.abstained and answer.citations[0].title == "Cotonou ruling on Gao"
    assert answer.citations[0].page == 1


def test_a_bad_upload_is_reported_and_the_library_keeps_working(
    fresh_corpus: Settings, tmp_path: Path
) -> None:
    build_index(fresh_corpus)
    assistant = Assistant.load(fresh_corpus, build=False)
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    rel, report = assistant.add_document(bad, {"title": "Broken"})
    assert "not a readable PDF" in report.errors[rel]
    assert len(load_index(fresh_corpus.index_dir).documents) == 4
    assert not assistant.ask("Which court refused the extradition of Mr H.?").abstained
