"""The dense store interface (app/vectorstore.py): FAISS and Qdrant (local in-memory mode)
behave the same — same top results, filters applied before ranking, add/delete, save/load —
and FAISS switches from flat to HNSW above the configured size without losing recall."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from app.config import Settings
from app.store import build_index, current_build, load_index
from app.vectorstore import FaissStore, QdrantStore, VectorStoreError, describe, top_k_exact

QUESTIONS = [
    "Which court refused the extradition of Mr H.?",
    "What does Article 3 of INTERPOL's Constitution forbid?",
    "How many nationals were persuaded to return?",
    "Why could Qiao Jianjun not be extradited to China?",
]


def _clustered(n: int, dim: int = 64, clusters: int = 40, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((clusters, dim)).astype(np.float32)
    x = centres[rng.integers(0, clusters, n)] + 0.6 * rng.standard_normal((n, dim)).astype(np.float32)
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


@pytest.fixture(scope="module")
def qdrant_settings(small_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The small corpus' index rebuilt for Qdrant (in-memory local mode): vectors are reused."""
    root = tmp_path_factory.mktemp("qdrant")
    shutil.copytree(small_settings.index_dir, root / "index")
    settings = small_settings.replace(index_dir=root / "index", vector_store="qdrant:memory")
    report = build_index(settings)
    assert report.changed and report.embedded == 0 and not report.errors
    return settings


def test_store_setting_is_parsed_and_local_disk_mode_refused() -> None:
    assert describe("faiss") == "faiss"
    assert describe("qdrant://db.internal:6333") == "qdrant-server"
    assert describe("qdrant:memory") == "qdrant-memory"
    with pytest.raises(VectorStoreError, match="pickle"):
        describe("qdrant:local:/tmp/somewhere")
    with pytest.raises(VectorStoreError, match="unknown vector_store"):
        describe("milvus://x")


def test_faiss_and_qdrant_give_the_same_top_results(
    small_settings: Settings, qdrant_settings: Settings
) -> None:
    from app import Assistant

    faiss_a = Assistant.load(small_settings, build=False)
    qdrant_a = Assistant.load(qdrant_settings, build=False)
    assert faiss_a.index.dense.kind == "faiss" and qdrant_a.index.dense.kind == "qdrant"
    assert qdrant_a.index.manifest["dense"]["backend"] == "qdrant"
    for q in QUESTIONS:
        qv = faiss_a.embedder.query(q)
        fs, fi = faiss_a.index.dense.search(qv, 5)
        qs, qi = qdrant_a.index.dense.search(qv, 5)
        assert fi.tolist() == qi.tolist(), q
        assert np.allclose(fs, qs, atol=1e-4)
        a, b = faiss_a.ask(q), qdrant_a.ask(q)
        assert a.answer == b.answer and a.abstained == b.abstained


def test_filters_apply_before_ranking_in_both_stores(
    small_settings: Settings, qdrant_settings: Settings
) -> None:
    from app import Assistant

    faiss_a = Assistant.load(small_settings, build=False)
    qdrant_a = Assistant.load(qdrant_settings, build=False)
    table = faiss_a.index.passages
    ccf = np.array([i for i in range(len(table)) if table.doc_id(i) == "ccf-2022-1"])
    qv = faiss_a.embedder.query("Which court refused the extradition of Mr H.?")
    # Unfiltered, the CCF passages are not the best; filtered, they are all that is ranked.
    _, top = faiss_a.index.dense.search(qv, 1)
    assert table.doc_id(int(top[0])) != "ccf-2022-1"
    for store in (faiss_a.index.dense, qdrant_a.index.dense):
        _, ids = store.search(qv, 10, ids=ccf)
        assert sorted(ids.tolist()) == sorted(ccf.tolist())
    _, by_payload = qdrant_a.index.dense.search(qv, 10, where={"doc_id": ["ccf-2022-1"]})
    assert sorted(by_payload.tolist()) == sorted(ccf.tolist())
    # Through ask: a filter to one document yields that document's passages only.
    for a in (faiss_a, qdrant_a):
        hits = a.retriever.search("Which court refused the extradition?", filters=None)
        assert hits
        from app.filters import Filters

        only = a.retriever.search(
            "Which court refused the extradition?", filters=Filters(doc_type="ccf_decision")
        )
        assert only and {a.index.passages[h.passage].doc_id for h in only} == {"ccf-2022-1"}


@pytest.mark.parametrize("backend", ["faiss-flat", "faiss-hnsw", "qdrant"])
def test_add_delete_save_load(backend: str, tmp_path: Path) -> None:
    x = _clustered(300)
    if backend == "qdrant":
        store: FaissStore | QdrantStore = QdrantStore.create(
            "qdrant:memory", 64, collection=f"t-{tmp_path.name}"
        )
    else:
        store = FaissStore.empty(64, backend.split("-")[1], m=16, ef_construction=40, ef_search=64)
    store.add(x[:200], [{"doc_id": f"d{i % 7}"} for i in range(200)])
    store.add(x[200:])
    assert store.ntotal == 300
    q = x[17]
    _, ids = store.search(q, 5)
    assert ids[0] == 17
    store.delete(np.array([17, 18]))
    _, ids = store.search(q, 10)
    assert 17 not in ids.tolist() and 18 not in ids.tolist()
    _, ids = store.search(q, 10, ids=np.array([17, 18, 250, 251]))
    assert sorted(ids.tolist()) == [250, 251]  # deleted ids stay out, even when allowed
    info = store.save(tmp_path)
    if isinstance(store, FaissStore):
        loaded = FaissStore.load(tmp_path, x)
        assert loaded.index_type == info["type"] and loaded.ntotal == 300
        _, again = loaded.search(q, 10)
        assert 17 not in again.tolist()
    else:
        assert info["backend"] == "qdrant" and (tmp_path / "dense.qdrant.json").exists()
        # The in-memory collection outlives nothing: load refills it from the build's vectors.
        store.drop()
        refilled = QdrantStore.load(tmp_path, info, x, "qdrant:memory")
        assert refilled.ntotal == 300
        _, again = refilled.search(q, 1)
        assert again.tolist() == [17]
    assert not list(tmp_path.glob("*.pkl")) and not list(tmp_path.glob("*.pickle"))


def test_hnsw_recall_and_filters_against_flat() -> None:
    x = _clustered(6000, seed=1)
    rng = np.random.default_rng(2)
    queries = x[rng.choice(len(x), 60, replace=False)] + 0.05 * rng.standard_normal((60, 64)).astype(
        np.float32
    )
    hnsw = FaissStore.empty(64, "hnsw", m=16, ef_construction=64, ef_search=64)
    hnsw.add(x)
    hnsw.vectors = x
    flat = FaissStore.empty(64, "flat")
    flat.add(x)
    for ids in (
        None,
        np.sort(rng.choice(len(x), 600, replace=False)),
        np.sort(rng.choice(len(x), 25, replace=False)),
    ):
        recalls = []
        for q in queries:
            _, got = hnsw.search(q, 10, ids=ids)
            _, exact = flat.search(q, 10, ids=ids)
            _, brute = top_k_exact(x, q, 10, ids)
            assert set(exact.tolist()) == set(brute.tolist())
            if ids is not None:
                assert set(got.tolist()) <= set(ids.tolist())  # filtered before ranking: only allowed ids
                assert len(got) == min(10, len(ids))
            recalls.append(len(set(got.tolist()) & set(exact.tolist())) / 10)
        assert np.mean(recalls) >= 0.9, (None if ids is None else len(ids), np.mean(recalls))


def test_index_switches_to_hnsw_above_the_threshold_and_extends_it(fresh_corpus: Settings) -> None:
    settings = fresh_corpus.replace(hnsw_min_vectors=1, hnsw_m=8)
    build_index(settings)
    build = current_build(settings.index_dir)
    assert build is not None
    idx = load_index(settings.index_dir, settings=settings)
    assert idx.manifest["dense"]["type"] == "hnsw" and idx.dense.ntotal == len(idx.passages)
    n = len(idx.passages)
    (settings.corpus_dir / "extra.md").write_text(
        "---\nid: extra\ntitle: Extra note\n---\n\nA red notice is a request to locate and provisionally arrest a person.\n",
        encoding="utf-8",
    )
    report = build_index(settings)
    assert report.embedded == 1 and report.reused == 4
    idx2 = load_index(settings.index_dir, settings=settings)
    assert idx2.manifest["dense"]["type"] == "hnsw" and idx2.dense.ntotal == len(idx2.passages) > n
    # The old passages kept their rows: the HNSW graph was extended, not rebuilt.
    assert [idx2.passages[i].doc_id for i in range(n)] == [idx.passages[i].doc_id for i in range(n)]
    qv = np.asarray(idx2.passage_vectors[n], dtype=np.float32)
    _, ids = idx2.dense.search(qv, 1)
    assert ids.tolist() == [n]
    # Back under the threshold: a flat index again, still without re-embedding.
    report = build_index(fresh_corpus.replace(hnsw_min_vectors=10**9))
    assert report.changed and report.embedded == 0
    assert load_index(settings.index_dir).manifest["dense"]["type"] == "flat"
