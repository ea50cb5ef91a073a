"""Ingestion: loaders keep metadata, pages and offsets; bad files give clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.chunking import chunk_document, split_sentences
from app.documents import DocumentError, load_document
from tests.conftest import CCF, PDF_PAGES, RULING, make_pdf, write_small_corpus


def test_markdown_front_matter_becomes_metadata(tmp_path: Path) -> None:
    corpus = write_small_corpus(tmp_path)
    doc = load_document(corpus / "bordeaux-2021.md", corpus)
    assert doc.id == "bordeaux-2021"
    assert doc.court_or_body == "Bordeaux Court of Appeal"
    assert doc.date == "2021-07-15"
    assert doc.grounds == ["political character"]
    assert doc.source == "corpus/bordeaux-2021.md"
    assert doc.text.startswith("# Decision")
    assert "doc_type" not in doc.text


def test_text_without_front_matter_gets_defaults(tmp_path: Path) -> None:
    corpus = write_small_corpus(tmp_path)
    doc = load_document(corpus / "persuasion-report.txt", corpus)
    assert doc.id == "persuasion-report"
    assert doc.title == "persuasion-report"
    assert "230,000 nationals" in doc.text


def test_pdf_pages_are_numbered_and_sidecar_metadata_applies(tmp_path: Path) -> None:
    corpus = write_small_corpus(tmp_path)
    doc = load_document(corpus / "sweden-qiao.pdf", corpus)
    assert doc.id == "se-qiao" and doc.court_or_body == "Supreme Court of Sweden"
    assert doc.page_starts is not None and len(doc.page_starts) == 2
    passages = chunk_document(doc)
    pages = {p.page for p in passages if "persecution" in p.text}
    assert pages == {2}
    assert {p.page for p in passages if "embezzlement" in p.text} == {1}


def test_passages_and_sentences_are_verbatim_offsets(tmp_path: Path) -> None:
    corpus = write_small_corpus(tmp_path)
    for name in ("bordeaux-2021.md", "ccf-2022-1.md", "persuasion-report.txt", "sweden-qiao.pdf"):
        doc = load_document(corpus / name, corpus)
        passages = chunk_document(doc, max_chars=200)
        assert passages
        for p in passages:
            assert doc.text[p.start : p.end] == p.text
            for a, b in p.sentences:
                assert p.text[a:b].strip() == p.text[a:b] and p.text[a:b]


def test_paragraph_numbers_sections_and_gaps(tmp_path: Path) -> None:
    corpus = write_small_corpus(tmp_path)
    doc = load_document(corpus / "ccf-2022-1.md", corpus)
    passages = chunk_document(doc)
    assert [p.paragraph for p in passages] == ["12", "13"]
    assert all(p.section == "Findings" for p in passages)
    assert not any("gap" in p.text for p in passages), "gap markers are not retrievable passages"
    assert "[…gap: text not available…]" in doc.text, "but they stay visible in the document text"


def test_long_paragraph_is_split_at_sentence_boundaries(tmp_path: Path) -> None:
    corpus = write_small_corpus(tmp_path)
    long = "\n".join(f"Sentence number {i} says something about extradition to China." for i in range(40))
    (corpus / "long.md").write_text(long.replace("\n", " "), encoding="utf-8")
    doc = load_document(corpus / "long.md", corpus)
    passages = chunk_document(doc, max_chars=300)
    assert len(passages) > 5
    assert all(len(p.text) <= 300 for p in passages)
    assert all(p.text.endswith("China.") for p in passages)


def test_sentence_splitter_keeps_hard_wrapped_sentences_whole() -> None:
    text = "The court refused\nthe extradition of Mr H. on 5 July.\nIt cited Art. 3 ECHR."
    spans = split_sentences(text)
    sentences = [text[a:b] for a, b in spans]
    assert sentences[0].startswith("The court refused\nthe extradition")
    assert sentences[-1] == "It cited Art. 3 ECHR."


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("corrupt.pdf", b"%PDF-1.4\n garbage \x00\x01", "not a readable PDF"),
        ("fake.pdf", b"<html>not a pdf</html>", "not a readable PDF"),
        ("bad-utf8.md", b"---\ntitle: x\n---\nCaf\xe9 au lait", "not valid UTF-8"),
        ("bad-yaml.md", b"---\ntitle: [unclosed\n---\nBody text.", "invalid YAML front matter"),
        ("unclosed.md", b"---\ntitle: x\nBody text.", "never closed"),
        ("empty.md", b"---\ntitle: x\n---\n   \n", "no text"),
        ("notes.docx", b"PK\x03\x04", "unsupported file type"),
    ],
)
def test_bad_files_raise_clear_errors(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=message):
        load_document(path, tmp_path)


def test_encrypted_pdf_without_password_is_reported(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = make_pdf(tmp_path / "plain.pdf", PDF_PAGES)
    writer = PdfWriter()
    for page in PdfReader(str(plain)).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-256")
    with (tmp_path / "locked.pdf").open("wb") as fh:
        writer.write(fh)
    with pytest.raises(DocumentError, match="password"):
        load_document(tmp_path / "locked.pdf", tmp_path)


def test_image_only_pdf_is_reported(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50, style="F")
    pdf.output(str(tmp_path / "scan.pdf"))
    with pytest.raises(DocumentError, match="no text layer"):
        load_document(tmp_path / "scan.pdf", tmp_path)


def test_fixture_texts_are_what_the_tests_assume() -> None:
    assert "refused the extradition in July 2021" in RULING
    assert "not compliant with Article 3" in CCF


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # An initial before a possessive is no sentence end.
        (
            "en",
            "Prosecutors gave details on H.’s involvement in the case. The court disagreed.",
            ["Prosecutors gave details on H.’s involvement in the case.", "The court disagreed."],
        ),
        # An initial before a comma.
        (
            "en",
            "Z., a 39-year-old former chairwoman, was released. She left.",
            ["Z., a 39-year-old former chairwoman, was released.", "She left."],
        ),
        # A person's initials.
        (
            "cs",
            "f) W.-K. L., zastoupeného stejným advokátem. Další věta.",
            ["f) W.-K. L., zastoupeného stejným advokátem.", "Další věta."],
        ),
        # Czech file numbers and dates: "sp. zn. 14 To 127/2018 ze dne 18. 4. 2019".
        (
            "cs",
            "proti usnesení Vrchního soudu v Praze sp. zn. 14 To 127/2018 ze dne 18. 4. 2019 a usnesení. Další věta.",
            [
                "proti usnesení Vrchního soudu v Praze sp. zn. 14 To 127/2018 ze dne 18. 4. 2019 a usnesení.",
                "Další věta.",
            ],
        ),
        # A word left alone at the end of a line after an abbreviation ("rel.").
        ("it", "Dott. DI GERONIMO Paolo - rel. Consigliere", ["Dott. DI GERONIMO Paolo - rel. Consigliere"]),
        # Real boundaries stay: an enumerator, a capitalised sentence, a numbered paragraph.
        (
            "en",
            "He left. a) The first item. 2. The second paragraph.",
            ["He left.", "a) The first item.", "2. The second paragraph."],
        ),
    ],
)
def test_sentence_splitter_rejoins_cuts_after_unknown_abbreviations(
    language: str, text: str, expected: list[str]
) -> None:
    assert [text[a:b] for a, b in split_sentences(text, language)] == expected
