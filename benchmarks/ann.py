"""FAISS index types by size: exact flat vs HNSW — recall@10, latency, filtered search.

Queries are the gold questions' real embeddings plus perturbed passage vectors (so some
have a near-duplicate). Recall@10 is against exact search over the same vectors, with no
filter and with filters of ≈ 10 % and ≈ 0.5 % of the passages (applied before ranking:
every returned id must be allowed, and recall is against the exact top 10 of the allowed).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np

from app.config import Settings
from app.embeddings import embedder_for
from app.store import load_index
from app.vectorstore import FaissStore, top_k_exact
from benchmarks.common import questions, summary_ms


def _queries(settings: Settings, pv: np.ndarray, n_real: int = 40, n_synth: int = 40) -> np.ndarray:
    emb = embedder_for(settings)
    real = np.stack([emb.encode_query(q) for q in questions(n_real)])
    rng = np.random.default_rng(7)
    picks = np.asarray(pv[np.sort(rng.choice(len(pv), n_synth, replace=False))], dtype=np.float32)
    noisy = picks + rng.standard_normal(picks.shape).astype(np.float32) * (0.3 / np.sqrt(pv.shape[1]))
    noisy /= np.linalg.norm(noisy, axis=1, keepdims=True)
    return np.vstack([real, noisy]).astype(np.float32)


def _measure(
    store: FaissStore, pv: np.ndarray, qs: np.ndarray, ids: np.ndarray | None, k: int = 10, n_real: int = 40
) -> dict[str, Any]:
    """Recall@k against exact search; also by query kind, and how much lower the found
    neighbours score than the exact ones (mean cosine gap; the exact top k's own spread beside it)."""
    times, recalls, gaps, spreads, violations = [], [], [], [], 0
    allowed = None if ids is None else set(ids.tolist())
    for q in qs:
        t = time.perf_counter()
        scores, got = store.search(q, k, ids=ids)
        times.append(time.perf_counter() - t)
        exact_scores, exact = top_k_exact(pv, q, k, ids)
        recalls.append(len(set(got.tolist()) & set(exact.tolist())) / max(1, len(exact)))
        if len(exact):
            gaps.append(float(exact_scores.mean() - (scores.mean() if len(scores) else 0.0)))
            spreads.append(float(exact_scores[0] - exact_scores[-1]))
        if allowed is not None:
            violations += sum(1 for g in got.tolist() if g not in allowed)
    r = np.array(recalls)
    return {
        "latency_ms": summary_ms(times),
        "recall_at_10": round(float(r.mean()), 4),
        "recall_real_questions": round(float(r[:n_real].mean()), 4),
        "recall_perturbed_passages": round(float(r[n_real:].mean()), 4) if len(r) > n_real else None,
        "mean_score_gap": round(float(np.mean(gaps)), 5) if gaps else None,
        "exact_top_k_spread": round(float(np.mean(spreads)), 5) if spreads else None,
        "filter_violations": violations,
    }


def run(settings: Settings, index_dir: Path) -> dict[str, Any]:
    """Flat vs HNSW on the passage vectors of ``index_dir``: the index's own HNSW if it has
    one, else one built with the settings' parameters (cached beside the index)."""
    idx = load_index(index_dir, verify=False, settings=settings, with_dense=False)
    pv = np.asarray(idx.passage_vectors, dtype=np.float32)
    qs = _queries(settings, pv)
    rng = np.random.default_rng(3)
    n = len(pv)
    # Filters select whole documents, as the metadata filters do.
    table = idx.passages
    docs = np.unique(table.doc)
    f10 = np.flatnonzero(np.isin(table.doc, rng.choice(docs, max(1, len(docs) // 10), replace=False)))
    f05 = np.flatnonzero(np.isin(table.doc, rng.choice(docs, max(1, len(docs) // 200), replace=False)))

    flat = FaissStore.empty(pv.shape[1], "flat")
    flat.add(pv)
    own = idx.manifest.get("dense", {}).get("type") == "hnsw"
    hnsw_path = idx.path if own else index_dir.parent / "hnsw-bench"
    t = time.perf_counter()
    built = False
    if (hnsw_path / "dense.faiss").exists():
        hnsw = FaissStore.load(hnsw_path, pv, ef_search=settings.hnsw_ef_search)
    else:
        hnsw = FaissStore.empty(
            pv.shape[1], "hnsw", settings.hnsw_m, settings.hnsw_ef_construction, settings.hnsw_ef_search
        )
        hnsw.add(pv)
        hnsw_path.mkdir(parents=True, exist_ok=True)
        hnsw.save(hnsw_path)
        built = True
    hnsw_s = time.perf_counter() - t
    hnsw.vectors = pv
    out: dict[str, Any] = {
        "vectors": n,
        "queries": len(qs),
        "hnsw": {
            "m": settings.hnsw_m,
            "ef_construction": settings.hnsw_ef_construction,
            "ef_search": settings.hnsw_ef_search,
        },
        "hnsw_build_s": round(hnsw_s, 1) if built else None,
        "hnsw_build_s_note": None if built else ("the index's own" if own else "cached from an earlier run"),
        "filters": {"10%": int(len(f10)), "0.5%": int(len(f05))},
    }
    for name, store in (("flat", flat), ("hnsw", hnsw)):
        out[name] = {
            "no_filter": _measure(store, pv, qs, None),
            "filter_10pct": _measure(store, pv, qs, f10),
            "filter_0.5pct": _measure(store, pv, qs, f05),
        }
    # efSearch sweep (unfiltered): the recall/latency trade-off.
    sweep = {}
    for ef in (64, 128, 256, 512, 1024):
        hnsw.index.hnsw.efSearch = ef
        r = _measure(hnsw, pv, qs, None)
        sweep[str(ef)] = {
            "recall_at_10": r["recall_at_10"],
            "recall_real_questions": r["recall_real_questions"],
            "mean_score_gap": r["mean_score_gap"],
            "p50_ms": r["latency_ms"]["p50"],
        }
    hnsw.index.hnsw.efSearch = settings.hnsw_ef_search
    out["hnsw_ef_search_sweep"] = sweep
    return out
