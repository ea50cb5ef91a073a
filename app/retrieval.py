"""Hybrid retrieval: dense (FAISS) and lexical (BM25) rankings fused by reciprocal rank.

Filters select the allowed passages first; both rankers search only those, so a
filter narrows the candidates instead of silently dropping results after ranking.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from app.config import Settings
from app.embeddings import Embedder
from app.filters import Filters
from app.store import Index


@dataclass
class Hit:
    passage: int  # index into Index.passages
    score: float  # fused (RRF) score
    dense: float  # cosine similarity of passage and query
    dense_rank: int | None
    lexical_rank: int | None


class HybridRetriever:
    def __init__(self, index: Index, embedder: Embedder, settings: Settings) -> None:
        self.index = index
        self.embedder = embedder
        self.settings = settings
        owners = [p.doc_id for p in index.passages]
        self._doc_passages: dict[str, np.ndarray] = {}
        for doc_id in index.documents:
            self._doc_passages[doc_id] = np.array(
                [i for i, o in enumerate(owners) if o == doc_id], dtype=np.int64
            )

    def allowed(self, filters: Filters | None) -> np.ndarray | None:
        """Passage ids the filters allow, or None for no restriction."""
        if filters is None or filters.is_empty():
            return None
        ids = [self._doc_passages[d.id] for d in self.index.documents.values() if filters.matches(d)]
        return np.sort(np.concatenate(ids)) if ids else np.zeros(0, dtype=np.int64)

    def search(
        self, query: str, k: int | None = None, filters: Filters | None = None, qvec: np.ndarray | None = None
    ) -> list[Hit]:
        k = k or self.settings.top_k
        n = max(self.settings.candidates, k)
        allowed = self.allowed(filters)
        if allowed is not None and len(allowed) == 0 or not self.index.passages:
            return []
        qv = self.embedder.query(query) if qvec is None else qvec
        dense_ranked = self._dense(qv, n, allowed)
        lexical_ranked = self._lexical(query, n, allowed)
        fused: dict[int, float] = {}
        dense_rank: dict[int, int] = {}
        lexical_rank: dict[int, int] = {}
        for rank, pid in enumerate(dense_ranked):
            fused[pid] = fused.get(pid, 0.0) + 1.0 / (self.settings.rrf_k + rank + 1)
            dense_rank[pid] = rank + 1
        for rank, pid in enumerate(lexical_ranked):
            fused[pid] = fused.get(pid, 0.0) + 1.0 / (self.settings.rrf_k + rank + 1)
            lexical_rank[pid] = rank + 1
        top = sorted(fused, key=lambda p: -fused[p])[:k]
        pv = self.index.passage_vectors
        return [
            Hit(pid, fused[pid], float(pv[pid] @ qv), dense_rank.get(pid), lexical_rank.get(pid))
            for pid in top
        ]

    def _dense(self, qv: np.ndarray, n: int, allowed: np.ndarray | None) -> list[int]:
        import faiss

        q = qv.reshape(1, -1).astype(np.float32)
        if allowed is None:
            _, ids = self.index.dense.search(q, n)
        else:
            params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(allowed))  # type: ignore[call-arg]
            _, ids = self.index.dense.search(q, min(n, len(allowed)), params=params)
        return [int(i) for i in ids[0] if i >= 0]

    def _lexical(self, query: str, n: int, allowed: np.ndarray | None) -> list[int]:
        mask = None
        if allowed is not None:
            mask = np.zeros(len(self.index.passages), dtype=np.float32)
            mask[allowed] = 1.0
        scores = self.index.lexical.scores(query, mask)
        positive = np.flatnonzero(scores > 0)
        if len(positive) == 0:
            return []
        order = positive[np.argsort(-scores[positive], kind="stable")][:n]
        return [int(i) for i in order]
