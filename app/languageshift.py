"""Moving a question's vector out of its language, towards the corpus' English.

Multilingual-e5 places a text by its meaning *and* by its language: a French question
is closer to any French sentence than to the English sentence that answers it, and the
corpus is mostly English. The language part is close to one direction per language —
the mean difference between questions and their translations — so subtracting it from
a question's vector leaves mostly its meaning (the "language centering" of Libovický et
al. 2020, here measured on questions rather than on documents of unrelated content).

The directions are the mean differences over ``data/parallel_questions.jsonl``: 60
questions written for this in twelve languages, none of them from the eval sets (so the
dev figures that chose the weight stay honest). Each entry is the same question, names
and figures alike, so topic cancels out and language remains.
"""

from __future__ import annotations

import json
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

from app.embeddings import Embedder

PARALLEL_QUESTIONS = Path(__file__).resolve().parent / "data" / "parallel_questions.jsonl"
_LOCK = threading.Lock()  # one computation, however many questions arrive meanwhile


def _load_parallel(path: Path) -> dict[str, list[str]]:
    by_language: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    for row in rows:
        if "en" not in row:
            continue
        for language, text in row.items():
            by_language.setdefault(language, []).append(text)
    return by_language


@lru_cache(maxsize=4)
def language_directions(embedder: Embedder, path: Path = PARALLEL_QUESTIONS) -> dict[str, np.ndarray]:
    """Per language (ISO 639-1), its questions' mean vector less the English ones'.

    Computed once per embedder and process (≈ 1.5 s for the 720 questions on two cores):
    by ``redbrief serve`` as it starts, elsewhere when the first question in another
    language comes. Call it through ``directions``.
    """
    by_language = _load_parallel(path)
    english = by_language.pop("en")
    vectors = {
        language: embedder.encode_queries(texts)
        for language, texts in [("en", english), *by_language.items()]
    }
    centre = vectors.pop("en").mean(axis=0)
    directions = {
        language: (vecs.mean(axis=0) - centre).astype(np.float32) for language, vecs in vectors.items()
    }
    for vec in directions.values():
        vec.setflags(write=False)
    return directions


def directions(embedder: Embedder) -> dict[str, np.ndarray]:
    """``language_directions``, computed once however many questions ask at the same time."""
    with _LOCK:
        return language_directions(embedder)


def shifted(qv: np.ndarray, language: str, embedder: Embedder, weight: float) -> np.ndarray | None:
    """``qv`` less ``weight`` times its language's direction, normalised; None for English,
    a weight of 0 or a language without parallel questions."""
    if weight <= 0 or language == "en":
        return None
    direction = directions(embedder).get(language)
    if direction is None:
        return None
    vec = qv - weight * direction
    vec = (vec / np.linalg.norm(vec)).astype(np.float32)
    vec.setflags(write=False)
    return vec
