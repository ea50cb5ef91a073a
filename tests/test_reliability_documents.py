"""Bad documents: every damaged, hostile or odd file costs one clear per-file error — in
``load_document``, in the index manifest, in ``redbrief index``'s output and in
``Assistant.add_document``'s report — while the other files are indexed and the existing
index keeps answering. PDFs are parsed in a worker process under a time and a memory limit.
Ends with property-based fuzzing of the loaders and the chunker (hypothesis)."""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app import Assistant
from app.chunking import SEGMENT_WINDOW, chunk_document, split_sentences
from app.config import Settings
from app.documents import Document, DocumentError, join_pages, load_document, split_front_matter
from app.pdfworker import get_worker
from app.store import build_index, load_index
from tests.conftest import PDF_PAGES, make_pdf, write_small_corpus
from tests.reliability_support import (
    clean_env,
    encrypted_pdf,
    fingerprint,
    flate_bomb_pdf,
    image_only_pdf,
    page_tree_pdf,
    run_cli,
    slow_pdf,
)

# Tight limits so that hostile files fail fast; normal PDFs parse in a few ms under them.
TIMEOUT_S = 1.0
MEMORY_MB = 160
MAX_FILE_MB = 4
LIMITS = {"pdf_timeout_s": TIMEOUT_S, "pdf_memory_mb": MEMORY_MB, "max_file_mb": MAX_FILE_MB}

LAUGHS = "---\na: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{n}: &{n} [{', '.join([f'*{p}'] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi", strict=True)
)
LAUGHS += "---\nBody text about a red notice.\n"


def _load(path: Path) -> Document:
    return load_document(path, path.parent, TIMEOUT_S, MEMORY_MB, MAX_FILE_MB)


def _good_pdf(folder: Path) -> Path:
    return make_pdf(folder / "source.pdf.tmp", PDF_PAGES)


# name -> (writer(path, scratch folder), expected message fragment)
BAD_FILES: dict[str, tuple[Callable[[Path, Path], object], str]] = {
    "corrupt.pdf": (
        lambda p, d: p.write_bytes(
            (b := _good_pdf(d).read_bytes())[:20]
            + bytes((i * 37) % 256 for i in range(len(b) - 40))
            + b[-20:]
        ),
        "not a readable PDF",
    ),
    "truncated.pdf": (lambda p, d: p.write_bytes(_good_pdf(d).read_bytes()[:-40]), "not a readable PDF"),
    "empty.pdf": (lambda p, d: p.write_bytes(b""), "not a readable PDF"),
    "empty.txt": (lambda p, d: p.write_bytes(b""), "no text"),
    "locked.pdf": (
        lambda p, d: encrypted_pdf(_good_pdf(d), p, "client-secret", "AES-256"),
        "password is required",
    ),
    "scan.pdf": (lambda p, d: image_only_pdf(p), "no text layer"),
    "huge-page-tree.pdf": (lambda p, d: page_tree_pdf(p, fan=100), f"longer than {TIMEOUT_S:g} s"),
    "slow-content.pdf": (lambda p, d: slow_pdf(p), f"longer than {TIMEOUT_S:g} s"),
    "bomb-2gb.pdf": (lambda p, d: flate_bomb_pdf(p, 2000), f"more than {MEMORY_MB} MB"),
    "bomb-64mb.pdf": (lambda p, d: flate_bomb_pdf(p, 64), f"more than {MEMORY_MB} MB"),
    "huge.txt": (lambda p, d: p.write_text("Red notice. " * 450_000, encoding="utf-8"), "limit is 4 MB"),
    "picture.pdf": (
        lambda p, d: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8),
        "not a readable PDF",
    ),
    "archive.pdf": (lambda p, d: p.write_bytes(b"PK\x03\x04" + b"\x00" * 600), "not a readable PDF"),
    "notes-named.pdf": (
        lambda p, d: p.write_text("Just some notes, not a PDF at all.\n", encoding="utf-8"),
        "not a readable PDF",
    ),
    "latin1.txt": (lambda p, d: p.write_bytes("Décision de la Cour".encode("latin-1")), "not valid UTF-8"),
    "utf16.md": (lambda p, d: p.write_bytes("Decision of the court".encode("utf-16")), "not valid UTF-8"),
    "laughs.md": (lambda p, d: p.write_text(LAUGHS, encoding="utf-8"), "aliases"),
    "deep.md": (
        lambda p, d: p.write_text(
            "---\ntitle: " + "[" * 3000 + "]" * 3000 + "\n---\nBody.\n", encoding="utf-8"
        ),
        "nested too deeply",
    ),
    "python-tag.md": (
        lambda p, d: p.write_text("---\ntitle: !!python/object/apply:os.system [ls]\n---\nBody.\n"),
        "invalid YAML front matter",
    ),
    "unclosed.md": (lambda p, d: p.write_text("---\ntitle: x\nNo closing line.\n"), "never closed"),
    "list-header.md": (lambda p, d: p.write_text("---\n- a\n- b\n---\nBody.\n"), "not a mapping"),
}

# Odd but readable: these must load, with their text and metadata.
GOOD_ODD_FILES: dict[str, Callable[[Path, Path], object]] = {
    "owner-only-aes.pdf": lambda p, d: encrypted_pdf(_good_pdf(d), p, "", "AES-128"),
    "owner-only-rc4.pdf": lambda p, d: encrypted_pdf(_good_pdf(d), p, "", "RC4-128"),
    "bom.md": lambda p, d: p.write_text(
        "\ufeff---\nid: bom-doc\ntitle: Saved by a Windows editor\n---\nThe applicant was arrested in Warsaw.\n",
        encoding="utf-8",
    ),
    "odd-meta.md": lambda p, d: p.write_text(
        '---\nid: odd-meta\ndate: 2021-13-45\ngrounds: 5\n1: numeric key\nnote: "lone \\ud800 surrogate"\njurisdiction: [Poland, Ukraine]\n---\n'
        "The Regional Court in Lublin heard the case.\n",
        encoding="utf-8",
    ),
    "no-front-matter.txt": lambda p, d: p.write_text("A note on Interpol diffusions.\n", encoding="utf-8"),
}


def _write_all(folder: Path, files: dict[str, tuple[Callable[[Path, Path], object], str]] | dict) -> None:
    scratch = folder.parent / f"{folder.name}-scratch"
    scratch.mkdir(exist_ok=True)
    for name, spec in files.items():
        writer = spec[0] if isinstance(spec, tuple) else spec
        writer(folder / name, scratch)


@pytest.fixture(scope="module")
def bad_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bad") / "files"
    folder.mkdir()
    _write_all(folder, BAD_FILES)
    return folder


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_gets_a_clear_error(bad_dir: Path, name: str) -> None:
    expected = BAD_FILES[name][1]
    with pytest.raises(DocumentError) as info:
        _load(bad_dir / name)
    message = str(info.value)
    assert expected in message
    assert "\n" not in message and len(message) < 400
    assert "internal error" not in message, "a failure the loader did not anticipate"


def test_odd_but_readable_files_load(tmp_path: Path) -> None:
    _write_all(tmp_path, GOOD_ODD_FILES)
    for name in ("owner-only-aes.pdf", "owner-only-rc4.pdf"):
        doc = _load(tmp_path / name)
        assert "Qiao Jianjun" in doc.text and doc.page_starts == [0, doc.text.index("The Supreme Court")]
    bom = _load(tmp_path / "bom.md")
    assert (bom.id, bom.title) == ("bom-doc", "Saved by a Windows editor")
    assert bom.text.startswith("The applicant"), "front matter after a BOM is metadata, not text"
    odd = _load(tmp_path / "odd-meta.md")
    assert odd.date == "2021-13-45", "an impossible date is kept as written, not a crash"
    assert odd.grounds == ["5"] and odd.jurisdiction == "['Poland', 'Ukraine']"
    assert odd.extra == {"1": "numeric key", "note": "lone ? surrogate"}, "storable as UTF-8"
    assert _load(tmp_path / "no-front-matter.txt").title == "no-front-matter"


def test_pypdf_safety_limit_is_a_per_file_error_too(bad_dir: Path) -> None:
    """Under the default memory limit, pypdf's own decompression cap trips first (a
    LimitReachedError, which the old in-process loader let escape and crash the build)."""
    with pytest.raises(DocumentError, match="safety limits"):
        load_document(bad_dir / "bomb-2gb.pdf", bad_dir)


def test_sidecar_metadata_errors_are_per_file(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "ruling.pdf", PDF_PAGES)
    (tmp_path / "ruling.pdf.meta.yaml").write_text("title: &t x\nother: *t\n", encoding="utf-8")
    with pytest.raises(DocumentError, match="invalid metadata file ruling.pdf.meta.yaml: YAML aliases"):
        _load(pdf)
    (tmp_path / "ruling.pdf.meta.yaml").write_bytes(b"title: caf\xe9\n")
    with pytest.raises(DocumentError, match="invalid metadata file"):
        _load(pdf)


def test_worker_recovers_after_a_kill_and_is_reused(bad_dir: Path, tmp_path: Path) -> None:
    worker = get_worker(TIMEOUT_S, MEMORY_MB)
    good = make_pdf(tmp_path / "good.pdf", PDF_PAGES)
    _load(good)
    pid = worker.pid
    assert pid is not None
    _load(good)
    assert worker.pid == pid, "one worker process serves file after file"
    for hostile in ("slow-content.pdf", "bomb-64mb.pdf"):
        with pytest.raises(DocumentError):
            _load(bad_dir / hostile)
        assert "Supreme Court" in _load(good).text, "a fresh worker takes over after a kill"
    assert worker.pid != pid


def test_worker_overhead_is_small(tmp_path: Path) -> None:
    """Parsing out of process costs a pipe round trip per file once the worker runs."""
    from pypdf import PdfReader

    pdfs = [make_pdf(tmp_path / f"p{i}.pdf", PDF_PAGES) for i in range(10)]
    get_worker(120.0, 2048).extract(pdfs[0])  # started once per process (~0.2-0.5 s)
    t = time.perf_counter()
    for p in pdfs:
        [page.extract_text() for page in PdfReader(str(p)).pages]
    in_process = (time.perf_counter() - t) / len(pdfs)
    t = time.perf_counter()
    for p in pdfs:
        load_document(p, tmp_path)
    via_worker = (time.perf_counter() - t) / len(pdfs)
    print(f"per 2-page PDF: in process {in_process * 1000:.1f} ms, via worker {via_worker * 1000:.1f} ms")
    assert via_worker - in_process < 0.05


def test_one_worker_per_build(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(5):
        make_pdf(corpus / f"ruling-{i}.pdf", [f"Extra ruling number {i} on extradition."])
    # a worker of its own (limits are its key), to count its starts
    settings = Settings.load(corpus_dir=corpus, index_dir=tmp_path / "index", pdf_timeout_s=37.0)
    report = build_index(settings)
    assert not report.errors and report.documents == 5
    assert get_worker(37.0, settings.pdf_memory_mb).started == 1


def test_redbrief_index_reports_each_bad_file_and_keeps_the_index(tmp_path: Path, bad_dir: Path) -> None:
    corpus = write_small_corpus(tmp_path)
    settings = Settings.load(corpus_dir=corpus, index_dir=tmp_path / "index", **LIMITS)
    build_index(settings)
    before = Assistant.load(settings, build=False)
    question = "Which court refused the extradition of Mr H., and when?"
    baseline = fingerprint(before.ask(question))

    for name in BAD_FILES:
        shutil.copy(bad_dir / name, corpus / name)
    _write_all(corpus, GOOD_ODD_FILES)
    env = clean_env(**{f"REDBRIEF_{k.upper()}": str(v) for k, v in LIMITS.items()})
    t = time.perf_counter()
    proc = run_cli("index", "--corpus", str(corpus), "--index", str(tmp_path / "index"), "--quiet", env=env)
    elapsed = time.perf_counter() - t
    assert proc.returncode == 0, proc.stderr
    for name, (_, expected) in BAD_FILES.items():
        lines = [line for line in proc.stderr.splitlines() if line.startswith(f"error: corpus/{name}: ")]
        assert len(lines) == 1 and expected in lines[0], (name, proc.stderr)
    assert f"{len(BAD_FILES)} file(s) skipped" in proc.stdout
    assert "Traceback" not in proc.stderr
    # two timeouts at most cost their limit each; nothing hangs
    assert elapsed < 120, elapsed

    idx = load_index(settings.index_dir)
    assert set(idx.manifest["errors"]) == {f"corpus/{n}" for n in BAD_FILES}
    for name, (_, expected) in BAD_FILES.items():
        assert expected in idx.manifest["files"][f"corpus/{name}"]["error"]
    assert {"bordeaux-2021", "ccf-2022-1", "persuasion-report", "se-qiao", "bom-doc", "odd-meta"} <= set(
        idx.documents
    )
    assert len(idx.documents) == 4 + len(GOOD_ODD_FILES)
    # the assistant loaded before keeps answering, and the new index gives the same answer
    assert fingerprint(before.ask(question)) == baseline
    after = Assistant.load(settings, build=False).ask(question)
    assert after.citations[0].doc_id == "bordeaux-2021"
    assert after.answer == before.ask(question).answer


def test_index_exits_nonzero_only_when_every_file_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    from app.cli import main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.pdf").write_bytes(b"not a pdf")
    (corpus / "b.md").write_bytes(b"\xff\xfe broken")
    args = ["index", "--corpus", str(corpus), "--index", str(tmp_path / "index"), "--quiet"]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "error: corpus/a.pdf: not a readable PDF" in err
    assert "error: corpus/b.md: text is not valid UTF-8" in err
    assert "no file of the corpus could be indexed" in err
    (corpus / "c.md").write_text("A readable note about red notices.\n", encoding="utf-8")
    assert main(args) == 0


def test_add_document_reports_bad_uploads_and_keeps_answering(fresh_corpus: Settings, bad_dir: Path) -> None:
    build_index(fresh_corpus)
    assistant = Assistant.load(fresh_corpus, build=False)
    question = "Why did the Swedish Supreme Court refuse to extradite Qiao Jianjun?"
    baseline = fingerprint(assistant.ask(question))
    for name, expected in (
        ("bomb-2gb.pdf", "safety limits"),
        ("locked.pdf", "password is required"),
        ("laughs.md", "aliases"),
    ):
        rel, report = assistant.add_document(bad_dir / name, {"title": "Upload"})
        assert expected in report.errors[rel], report.errors
        assert fingerprint(assistant.ask(question)) == baseline
    assert set(assistant.index.errors) == {
        "corpus/bomb-2gb.pdf",
        "corpus/locked.pdf",
        "corpus/laughs.md",
    }


def test_long_blocks_reach_pysbd_in_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """pysbd is superlinear: a 200,000-character block without blank lines took 26 s."""
    import app.chunking as chunking

    seen: list[int] = []
    real = chunking._segmenter("en")

    class Spy:
        def segment(self, text: str) -> list[str]:
            seen.append(len(text))
            return list(real.segment(text))

    monkeypatch.setattr(chunking, "_segmenter", lambda language: Spy())
    text = "\n".join(
        f"Line {i} of a long judgment without blank lines, about extradition." for i in range(600)
    )
    spans = split_sentences(text)
    assert max(seen) <= SEGMENT_WINDOW and len(seen) > 1
    assert len(spans) == 600 and all(text[a:b].startswith("Line") for a, b in spans)


# ---------------------------------------------------------------- fuzzing

FUZZ = os.environ.get("REDBRIEF_FUZZ") == "1"  # REDBRIEF_FUZZ=1: 20x the examples, random seeds
FUZZ_SETTINGS = settings(
    max_examples=5000 if FUZZ else 300,
    deadline=None,
    derandomize=not FUZZ,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
PIECES = [
    "---\n",
    "...\n",
    "\n",
    "\n\n",
    "title: x\n",
    "id: a\n",
    "grounds: [a, b]\n",
    "grounds: ",
    "date: ",
    "title: ",
    "2021-02-30\n",
    "7\n",
    "{a: 1}\n",
    "~\n",
    "&a ",
    "*a ",
    "!!binary ",
    "!!python/none ",
    "[",
    "]",
    "{",
    ": ",
    "- ",
    "# Heading\n",
    "== H ==\n",
    "12. ",
    "§ 3) ",
    "[…gap: text not available…]",
    "Mr. H. was arrested. ",
    "Art. 3 ECHR? ",
    "\u00a0",
    "\r\n",
    "\t",
    "\ufeff",
    "\x00",
    "é中",
    "…",
    '"',
]
FIELDS = ["id", "title", "date", "grounds", "language", "jurisdiction", "completeness", "1", "extra"]
VALUES = [
    "2021-07-15",
    "2021-02-30",
    "2021-07-15T25:00:00",
    "7",
    "[a, b]",
    "[[a], {b: c}]",
    "{a: 1}",
    "~",
    "",
    "&x value",
    "*x",
    "!!binary aGVsbG8=",
    "!!set {a, b}",
    "!!timestamp 2021-13-45",
    "!!int 0x_",
    "1e999",
    "yes",
    "'quoted'",
    '"\\ud800"',
    "[",
]
front_matter = st.lists(
    st.tuples(st.sampled_from(FIELDS), st.one_of(st.sampled_from(VALUES), st.text(max_size=20))), max_size=6
).map(lambda items: "---\n" + "".join(f"{k}: {v}\n" for k, v in items) + "---\n")
texts = st.one_of(
    st.text(max_size=2000),
    st.lists(st.sampled_from(PIECES), max_size=120).map("".join),
    st.tuples(front_matter, st.text(max_size=300)).map("".join),
)


@FUZZ_SETTINGS
@given(texts)
def test_fuzz_split_front_matter(raw: str) -> None:
    try:
        meta, body = split_front_matter(raw)
    except DocumentError as exc:
        assert "internal error" not in str(exc)
        return
    assert isinstance(meta, dict)
    assert raw.endswith(body)


@FUZZ_SETTINGS
@given(
    st.one_of(st.binary(max_size=3000), texts.map(lambda t: t.encode("utf-8", "surrogatepass"))),
    st.sampled_from([".md", ".txt", ".pdf"]),
)
def test_fuzz_load_document_on_random_bytes(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    folder = tmp_path_factory.getbasetemp() / "fuzz-bytes"
    folder.mkdir(exist_ok=True)
    path = folder / f"doc{suffix}"
    path.write_bytes(data)
    try:
        doc = _load(path)
    except DocumentError as exc:
        assert "internal error" not in str(exc), exc
        return
    json.dumps(doc.to_dict(), ensure_ascii=False).encode("utf-8")  # storable as the index stores it
    for p in chunk_document(doc, 300):
        assert doc.text[p.start : p.end] == p.text


@pytest.fixture(scope="module")
def pdf_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return make_pdf(tmp_path_factory.mktemp("seed") / "seed.pdf", PDF_PAGES).read_bytes()


@FUZZ_SETTINGS
@given(st.data())
def test_fuzz_mutated_pdfs(
    tmp_path_factory: pytest.TempPathFactory, pdf_bytes: bytes, data: st.DataObject
) -> None:
    """A real PDF with bytes flipped, runs overwritten or the tail cut off."""
    buf = bytearray(pdf_bytes)
    for _ in range(data.draw(st.integers(1, 8))):
        pos = data.draw(st.integers(0, len(buf) - 1))
        kind = data.draw(st.sampled_from(["flip", "run", "cut"]))
        if kind == "flip":
            buf[pos] ^= data.draw(st.integers(1, 255))
        elif kind == "run":
            run = data.draw(st.binary(min_size=1, max_size=40))
            buf[pos : pos + len(run)] = run
        else:
            del buf[pos:]
            if not buf:
                break
    assume(bytes(buf) != pdf_bytes)
    folder = tmp_path_factory.getbasetemp() / "fuzz-pdf"
    folder.mkdir(exist_ok=True)
    path = folder / "mutant.pdf"
    path.write_bytes(bytes(buf))
    try:
        doc = _load(path)
    except DocumentError as exc:
        assert "internal error" not in str(exc), exc
        return
    assert doc.page_starts is not None and doc.page_starts[0] == 0
    json.dumps(doc.to_dict(), ensure_ascii=False).encode("utf-8")


@FUZZ_SETTINGS
@given(
    st.lists(texts, min_size=1, max_size=4),
    st.sampled_from(["en", "fr", "zh", "sv", "xx"]),
    st.integers(20, 1200),
    st.booleans(),
)
def test_fuzz_chunker_offsets_are_verbatim(
    pages: list[str], language: str, max_chars: int, pdf: bool
) -> None:
    """Random text (as one text file, or as PDF pages joined the way the loader joins them):
    sentences and passages are verbatim slices, in order, never across a page."""
    text, page_starts = join_pages(pages) if pdf else ("\n".join(pages), None)
    spans = split_sentences(text, language)
    previous = 0
    for a, b in spans:
        assert previous <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip()
        previous = b
    doc = Document(
        id="d", title="t", text=text, source="s", sha256="0", language=language, page_starts=page_starts
    )
    for p in chunk_document(doc, max_chars):
        assert doc.text[p.start : p.end] == p.text and p.text.strip() == p.text and p.text
        for a, b in p.sentences:
            assert 0 <= a < b <= len(p.text) and p.text[a:b].strip() == p.text[a:b]
        if page_starts:
            assert p.page == doc.page_at(p.start) == doc.page_at(p.end - 1), "a passage spans two pages"
