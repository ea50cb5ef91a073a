"""The dense (vector) side of the index, behind one small interface with two backends.

``VectorStore`` is what the rest of the app sees: ``add``, ``delete``, ``search`` (with
an id filter and/or a payload filter applied *before* ranking), ``save`` and ``load``.
Point ids are passage row numbers of the build.

- ``FaissStore`` (the default, ``vector_store: "faiss"``): one file ``dense.faiss`` in the
  build. Exact ``IndexFlatIP`` while exact search is fast enough, HNSW from
  ``Settings.hnsw_min_vectors`` vectors on (recall against flat: ``python -m benchmarks``).
  A filter becomes a FAISS ``IDSelectorBitmap``: both index types only ever visit
  allowed vectors. A narrow filter on HNSW is answered exactly from the passage
  vectors instead (a graph walk that may only step on 0.1 % of its nodes finds too
  few). Large indexes are read memory-mapped (``IO_FLAG_MMAP``).
- ``QdrantStore`` (``vector_store: "qdrant://host:port"``): a collection per build on a
  Qdrant server or cluster; payloads (document id, type, jurisdiction, language, date)
  are stored with the points so a filter travels as a payload condition.
  ``"qdrant:memory"`` runs qdrant-client's local mode in memory (the suite uses it): the
  collection is refilled from ``passage_vectors.npy`` on load. Qdrant's *on-disk* local
  mode pickles its points, and nothing in this project is pickled, so it is refused.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

# Payload filter: field -> accepted values (a point matches when, for every field, its
# value is one of them).
Where = Mapping[str, Sequence[str]]

FAISS_FILE = "dense.faiss"
QDRANT_FILE = "dense.qdrant.json"
MMAP_MIN_BYTES = 64 * 2**20  # read FAISS indexes at least this large memory-mapped


class VectorStoreError(Exception):
    """The store cannot be opened or used as configured; the message says why."""


class VectorStore(Protocol):
    kind: str

    @property
    def ntotal(self) -> int: ...

    def add(self, vectors: np.ndarray, payloads: Sequence[Mapping[str, Any]] | None = None) -> None:
        """Append vectors; they get the next ids (ntotal, ntotal + 1, …)."""

    def delete(self, ids: np.ndarray) -> None:
        """Remove points; they are never returned again (ids are not reused)."""

    def search(
        self, query: np.ndarray, k: int, ids: np.ndarray | None = None, where: Where | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """(scores, ids) of the k best points among those allowed, best first."""

    def save(self, directory: Path) -> dict[str, Any]:
        """Persist into a build directory; returns what ``load`` needs (kept in the manifest)."""


def describe(spec: str) -> str:
    """'faiss', 'qdrant-memory' or 'qdrant-server' for a ``vector_store`` setting."""
    spec = (spec or "faiss").strip()
    if spec == "faiss":
        return "faiss"
    if spec in {"qdrant:memory", "qdrant::memory:", "qdrant:local::memory:"}:
        return "qdrant-memory"
    if spec.startswith(("qdrant://", "qdrants://")):
        return "qdrant-server"
    if spec.startswith("qdrant:local:"):
        raise VectorStoreError(
            "qdrant-client's on-disk local mode stores points with pickle, which this project never "
            "loads; use vector_store='qdrant:memory' (tests) or a Qdrant server 'qdrant://host:port'"
        )
    raise VectorStoreError(
        f"unknown vector_store {spec!r}: use 'faiss', 'qdrant://host:port' or 'qdrant:memory'"
    )


def create_store(settings: Any, dim: int, expected: int, build_name: str = "") -> VectorStore:
    """An empty store of the configured backend, sized for ``expected`` vectors."""
    kind = describe(settings.vector_store)
    if kind == "faiss":
        hnsw = expected >= settings.hnsw_min_vectors
        return FaissStore.empty(
            dim,
            "hnsw" if hnsw else "flat",
            settings.hnsw_m,
            settings.hnsw_ef_construction,
            settings.hnsw_ef_search,
        )
    return QdrantStore.create(settings.vector_store, dim, collection=_collection_name(settings, build_name))


def load_store(directory: Path, info: Mapping[str, Any], vectors: np.ndarray, settings: Any) -> VectorStore:
    """Open the dense store of a build; ``vectors`` are its passage vectors (possibly mmapped)."""
    backend = info.get("backend", "faiss")
    if backend == "faiss":
        return FaissStore.load(directory, vectors, ef_search=settings.hnsw_ef_search)
    if backend == "qdrant":
        return QdrantStore.load(directory, info, vectors, settings.vector_store)
    raise VectorStoreError(f"unknown dense backend {backend!r} in the manifest")


def _collection_name(settings: Any, build_name: str) -> str:
    prefix = getattr(settings, "qdrant_collection", "redbrief") or "redbrief"
    return f"{prefix}-{build_name or uuid.uuid4().hex[:12]}"


def top_k_exact(
    vectors: np.ndarray, query: np.ndarray, k: int, ids: np.ndarray | None
) -> tuple[np.ndarray, np.ndarray]:
    """Exact inner-product top-k over ``vectors`` (restricted to ``ids``)."""
    rows = np.arange(len(vectors)) if ids is None else np.asarray(ids, dtype=np.int64)
    if len(rows) == 0 or k <= 0:
        return np.zeros(0, np.float32), np.zeros(0, np.int64)
    block = vectors if ids is None else vectors[np.sort(rows)]
    rows = rows if ids is None else np.sort(rows)
    scores = np.asarray(block @ query.astype(block.dtype), dtype=np.float32)
    k = min(k, len(scores))
    part = np.argpartition(-scores, k - 1)[:k]
    order = part[np.argsort(-scores[part], kind="stable")]
    return scores[order], rows[order]


# ---------------------------------------------------------------- FAISS


class FaissStore:
    """FAISS ``IndexFlatIP`` or ``IndexHNSWFlat`` (inner product on L2-normalised vectors)."""

    kind = "faiss"

    # With a filter allowing at most this many vectors, HNSW is bypassed for an exact scan.
    EXACT_MAX = 20_000

    def __init__(self, index: Any, index_type: str, vectors: np.ndarray | None = None) -> None:
        self.index = index
        self.index_type = index_type
        self.vectors = vectors  # the same vectors as rows (for exact narrow-filter search)
        self.deleted: np.ndarray | None = None  # bool per id, None when nothing was deleted
        self._pending: list[np.ndarray] = []

    @classmethod
    def empty(
        cls, dim: int, index_type: str = "flat", m: int = 32, ef_construction: int = 40, ef_search: int = 64
    ) -> FaissStore:
        import faiss

        index: Any
        if index_type == "hnsw":
            # 8-bit scalar-quantised storage: a quarter of the memory of float32 vectors;
            # the candidates are re-scored exactly from the passage vectors (``search``).
            index = faiss.IndexHNSWSQ(dim, faiss.ScalarQuantizer.QT_8bit, m, faiss.METRIC_INNER_PRODUCT)  # type: ignore[arg-type]
            index.hnsw.efConstruction = ef_construction
            index.hnsw.efSearch = ef_search
        elif index_type == "flat":
            index = faiss.IndexFlatIP(dim)
        else:
            raise VectorStoreError(f"unknown FAISS index type {index_type!r}")
        return cls(index, index_type)

    @property
    def ntotal(self) -> int:
        return int(self.index.ntotal)

    @property
    def dim(self) -> int:
        return int(self.index.d)

    def add(self, vectors: np.ndarray, payloads: Sequence[Mapping[str, Any]] | None = None) -> None:
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if len(vectors):
            if not self.index.is_trained:
                sample = vectors[:: max(1, len(vectors) // 100_000)]
                self.index.train(sample)
            self.index.add(vectors)
            if self.vectors is not None:
                self.vectors = np.vstack([self.vectors, vectors])
            if self.deleted is not None:
                self.deleted = np.concatenate([self.deleted, np.zeros(len(vectors), bool)])

    def delete(self, ids: np.ndarray) -> None:
        # Neither flat (which renumbers) nor HNSW (which cannot) removes in place: a
        # tombstone mask, applied as a selector, keeps every other id stable.
        if self.deleted is None:
            self.deleted = np.zeros(self.ntotal, dtype=bool)
        self.deleted[np.asarray(ids, dtype=np.int64)] = True

    def _allowed_mask(self, ids: np.ndarray | None) -> np.ndarray | None:
        if ids is None and self.deleted is None:
            return None
        if ids is None:
            assert self.deleted is not None
            return ~self.deleted
        mask = np.zeros(self.ntotal, dtype=bool)
        mask[np.asarray(ids, dtype=np.int64)] = True
        if self.deleted is not None:
            mask &= ~self.deleted
        return mask

    def search(
        self, query: np.ndarray, k: int, ids: np.ndarray | None = None, where: Where | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        import faiss

        if where:
            raise VectorStoreError("the FAISS store filters by ids; resolve payload filters to ids first")
        q = np.ascontiguousarray(query, dtype=np.float32).reshape(1, -1)
        mask = self._allowed_mask(ids)
        n_allowed = self.ntotal if mask is None else int(mask.sum())
        k = min(k, n_allowed)
        if k <= 0:
            return np.zeros(0, np.float32), np.zeros(0, np.int64)
        if (
            self.index_type == "hnsw"
            and mask is not None
            and n_allowed <= self.EXACT_MAX
            and self.vectors is not None
        ):
            return top_k_exact(self.vectors, q[0], k, np.flatnonzero(mask))
        # HNSW: fetch more candidates than asked and re-score them exactly.
        rerank = self.index_type == "hnsw" and self.vectors is not None
        kk = min(n_allowed, max(2 * k, k + 16)) if rerank else k
        if mask is None:
            params: Any = None
            if self.index_type == "hnsw" and kk > self.index.hnsw.efSearch:
                params = faiss.SearchParametersHNSW(efSearch=kk)  # type: ignore[attr-defined]
            scores, found = self.index.search(q, kk, params=params)
        else:
            bitmap = np.packbits(mask, bitorder="little")
            sel = faiss.IDSelectorBitmap(len(mask), faiss.swig_ptr(bitmap))
            if self.index_type == "hnsw":
                # A filter thins the graph: widen the walk in proportion.
                ef = int(self.index.hnsw.efSearch * min(8.0, max(1.0, self.ntotal / n_allowed) ** 0.5))
                params = faiss.SearchParametersHNSW(sel=sel, efSearch=max(ef, kk))  # type: ignore[attr-defined]
            else:
                params = faiss.SearchParameters(sel=sel)  # type: ignore[call-arg]
            scores, found = self.index.search(q, kk, params=params)
            del bitmap  # kept alive until here: the selector points into it
        keep = found[0] >= 0
        ids_found = found[0][keep].astype(np.int64)
        if rerank and len(ids_found):
            assert self.vectors is not None
            return top_k_exact(self.vectors, q[0], k, ids_found)
        return scores[0][keep].astype(np.float32), ids_found

    def save(self, directory: Path) -> dict[str, Any]:
        import faiss

        faiss.write_index(self.index, str(directory / FAISS_FILE))
        info: dict[str, Any] = {"backend": "faiss", "type": self.index_type, "file": FAISS_FILE}
        if self.index_type == "hnsw":
            info.update(
                m=int(self.index.hnsw.nb_neighbors(1)), ef_construction=int(self.index.hnsw.efConstruction)
            )
        if self.deleted is not None and self.deleted.any():
            np.save(directory / "dense.deleted.npy", self.deleted, allow_pickle=False)
            info["deleted"] = "dense.deleted.npy"
        return info

    @classmethod
    def load(
        cls, directory: Path, vectors: np.ndarray | None = None, ef_search: int = 64, mmap: bool | None = None
    ) -> FaissStore:
        import faiss

        path = directory / FAISS_FILE
        if mmap is None:
            # A flat index is read whole by every search: mapped, it shares the page cache
            # instead of being copied. An HNSW graph is walked at random: read into memory.
            mmap = path.stat().st_size >= MMAP_MIN_BYTES and "HNSW" not in _index_kind(path)
        index: Any = faiss.read_index(str(path), faiss.IO_FLAG_MMAP if mmap else 0)
        index_type = "hnsw" if isinstance(index, faiss.IndexHNSW) else "flat"
        if index_type == "hnsw":
            index.hnsw.efSearch = ef_search
        store = cls(index, index_type, vectors)
        deleted = directory / "dense.deleted.npy"
        if deleted.exists():
            store.deleted = np.load(deleted, allow_pickle=False)
        return store

    @classmethod
    def load_for_update(cls, directory: Path) -> FaissStore:
        """The store read fully into memory (not mapped), to be extended and saved elsewhere."""
        return cls.load(directory, None, mmap=False)


def _index_kind(path: Path) -> str:
    """FAISS' four-byte type tag at the start of an index file ("IxFI", "IHNs", …)."""
    with path.open("rb") as fh:
        tag = fh.read(4).decode("ascii", "replace")
    return "HNSW" if tag.startswith("IH") else tag


# ---------------------------------------------------------------- Qdrant


def _qdrant_client(spec: str) -> Any:
    from qdrant_client import QdrantClient

    kind = describe(spec)
    if kind == "qdrant-memory":
        return QdrantClient(location=":memory:")
    url = (
        "https" + spec[len("qdrants") :] if spec.startswith("qdrants://") else "http" + spec[len("qdrant") :]
    )
    return QdrantClient(url=url, prefer_grpc=False, timeout=60)


_MEMORY_CLIENTS: dict[str, Any] = {}


class QdrantStore:
    """A Qdrant collection (server, cluster or qdrant-client's in-memory local mode)."""

    kind = "qdrant"
    BATCH = 1024

    def __init__(self, client: Any, collection: str, spec: str, dim: int) -> None:
        self.client = client
        self.collection = collection
        self.spec = spec
        self.dim = dim
        self._next = (
            int(client.count(collection, exact=True).count) if client.collection_exists(collection) else 0
        )

    @classmethod
    def create(cls, spec: str, dim: int, collection: str) -> QdrantStore:
        from qdrant_client import models

        client = _memory_client() if describe(spec) == "qdrant-memory" else _qdrant_client(spec)
        if client.collection_exists(collection):
            client.delete_collection(collection)
        client.create_collection(
            collection, vectors_config=models.VectorParams(size=dim, distance=models.Distance.DOT)
        )
        if describe(spec) == "qdrant-server":
            for key in ("doc_id", "doc_type", "jurisdiction", "language"):
                client.create_payload_index(collection, key, field_schema=models.PayloadSchemaType.KEYWORD)
        return cls(client, collection, spec, dim)

    @property
    def ntotal(self) -> int:
        return int(self.client.count(self.collection, exact=True).count)

    def add(self, vectors: np.ndarray, payloads: Sequence[Mapping[str, Any]] | None = None) -> None:
        from qdrant_client import models

        vectors = np.asarray(vectors, dtype=np.float32)
        for lo in range(0, len(vectors), self.BATCH):
            hi = min(lo + self.BATCH, len(vectors))
            self.client.upsert(
                self.collection,
                points=models.Batch(
                    ids=list(range(self._next + lo, self._next + hi)),
                    vectors=vectors[lo:hi].tolist(),
                    payloads=[dict(p) for p in payloads[lo:hi]] if payloads is not None else None,
                ),
                wait=True,
            )
        self._next += len(vectors)

    def delete(self, ids: np.ndarray) -> None:
        from qdrant_client import models

        self.client.delete(
            self.collection, points_selector=models.PointIdsList(points=[int(i) for i in ids]), wait=True
        )

    def search(
        self, query: np.ndarray, k: int, ids: np.ndarray | None = None, where: Where | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        from qdrant_client import models

        must: list[Any] = []
        if ids is not None:
            if len(ids) == 0:
                return np.zeros(0, np.float32), np.zeros(0, np.int64)
            must.append(models.HasIdCondition(has_id=[int(i) for i in ids]))
        for key, values in (where or {}).items():
            must.append(models.FieldCondition(key=key, match=models.MatchAny(any=list(values))))
        result = self.client.query_points(
            self.collection,
            query=np.asarray(query, dtype=np.float32).tolist(),
            query_filter=models.Filter(must=must) if must else None,
            limit=max(k, 1),
            with_payload=False,
        )
        points = result.points[:k]
        return (
            np.array([p.score for p in points], dtype=np.float32),
            np.array([int(p.id) for p in points], dtype=np.int64),
        )

    def save(self, directory: Path) -> dict[str, Any]:
        info = {"backend": "qdrant", "collection": self.collection, "count": self.ntotal, "dim": self.dim}
        # Only where to find the points: never the server's address (settings say that).
        (directory / QDRANT_FILE).write_text(json.dumps(info), encoding="utf-8")
        return info

    @classmethod
    def load(cls, directory: Path, info: Mapping[str, Any], vectors: np.ndarray, spec: str) -> QdrantStore:
        kind = describe(spec)
        if kind == "faiss":
            raise VectorStoreError(
                "this index was built for Qdrant but vector_store is 'faiss': run `redbrief index --rebuild`"
            )
        collection = str(info["collection"])
        if kind == "qdrant-memory":
            client = _memory_client()
            if not client.collection_exists(collection) or client.count(collection, exact=True).count != len(
                vectors
            ):
                # An in-memory collection does not outlive its process: refill it from the build.
                store = cls.create(spec, int(info.get("dim", vectors.shape[1])), collection)
                store.add(np.asarray(vectors, dtype=np.float32))
                return store
            return cls(client, collection, spec, int(info.get("dim", vectors.shape[1])))
        client = _qdrant_client(spec)
        try:
            exists = client.collection_exists(collection)
        except Exception as exc:  # connection refused, DNS, TLS: say which server
            raise VectorStoreError(f"cannot reach Qdrant at {spec} ({exc})") from exc
        if not exists:
            raise VectorStoreError(
                f"Qdrant collection {collection!r} is missing on {spec}: run `redbrief index --rebuild`"
            )
        store = cls(client, collection, spec, int(info.get("dim", vectors.shape[1])))
        if store.ntotal != int(info.get("count", -1)):
            raise VectorStoreError(
                f"Qdrant collection {collection!r} holds {store.ntotal} points, the build {info.get('count')}: "
                "run `redbrief index --rebuild`"
            )
        return store

    @classmethod
    def connect(cls, spec: str, collection: str) -> QdrantStore:
        client = _memory_client() if describe(spec) == "qdrant-memory" else _qdrant_client(spec)
        return cls(client, collection, spec, 0)

    def drop(self) -> None:
        self.client.delete_collection(self.collection)


def _memory_client() -> Any:
    """One in-memory local Qdrant per process (collections are named per build)."""
    if "client" not in _MEMORY_CLIENTS:
        _MEMORY_CLIENTS["client"] = _qdrant_client("qdrant:memory")
    return _MEMORY_CLIENTS["client"]
