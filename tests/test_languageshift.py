"""The language direction taken out of a question's vector (app/languageshift.py), on the
real embedder and the real bundled index."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from app import Assistant
from app.answering import select_sentences
from app.answertypes import expected_type
from app.languageshift import PARALLEL_QUESTIONS, language_directions, shifted

# Not in the parallel file: held out to see the direction generalise.
HELD_OUT = [
    (
        "Which court refused to extradite the journalist to Beijing?",
        "Quel tribunal a refusé d'extrader le journaliste vers Pékin ?",
    ),
    (
        "How long was the applicant detained before his release?",
        "Combien de temps le requérant a-t-il été détenu avant sa libération ?",
    ),
    ("Did the Commission delete the red notice?", "La Commission a-t-elle supprimé la notice rouge ?"),
]


def test_the_parallel_questions_cover_the_question_languages() -> None:
    rows = [
        json.loads(line)
        for line in PARALLEL_QUESTIONS.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(rows) >= 40
    for language in ("en", "fr", "it", "es", "tr", "zh"):
        assert all(row.get(language) for row in rows), language
    english = [row["en"] for row in rows]
    assert len(set(english)) == len(english)


def test_without_its_language_a_question_is_closer_to_its_translation(bundled_assistant: Assistant) -> None:
    embedder = bundled_assistant.embedder
    directions = language_directions(embedder)
    assert set(directions) >= {"fr", "it", "es", "tr", "zh"} and "en" not in directions
    for english, french in HELD_OUT:
        en, fr = embedder.encode_query(english), embedder.encode_query(french)
        moved = shifted(fr, "fr", embedder, 1.0)
        assert moved is not None
        assert abs(float(np.linalg.norm(moved)) - 1.0) < 1e-5
        assert float(moved @ en) > float(fr @ en) + 0.01, english
    assert shifted(fr, "en", embedder, 1.0) is None
    assert shifted(fr, "fr", embedder, 0.0) is None
    assert shifted(fr, "xx", embedder, 1.0) is None


def test_directions_are_those_of_the_file_given(bundled_assistant: Assistant, tmp_path: Path) -> None:
    path = tmp_path / "parallel.jsonl"
    rows = [{"en": en, "fr": fr} for en, fr in HELD_OUT]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    directions = language_directions(bundled_assistant.embedder, path)
    embedder = bundled_assistant.embedder
    expected = embedder.encode_queries([fr for _, fr in HELD_OUT]).mean(0) - embedder.encode_queries(
        [en for en, _ in HELD_OUT]
    ).mean(0)
    assert set(directions) == {"fr"}
    assert np.allclose(directions["fr"], expected, atol=1e-5)


def test_the_moved_vector_picks_sentences_but_never_decides_to_answer(bundled_assistant: Assistant) -> None:
    """Abstention is calibrated on the question's own vector: the best score and the verdict
    of the similarity gates are the same with and without the moved vector."""
    index, settings, embedder = (
        bundled_assistant.index,
        bundled_assistant.settings,
        bundled_assistant.embedder,
    )
    questions = [
        "Pourquoi la CCF a-t-elle effacé la notice rouge de H. ?",
        "Quale tribunale ha rifiutato l'estradizione di Gao Jianhuan?",
        "Yarın İstanbul'da hava nasıl olacak?",
        "明天北京的天气怎么样？",
        "¿Cuántas comisarías abrió la policía de Fuzhou en el extranjero?",
    ]
    gated = 0
    for question in questions:
        qv = embedder.query(question)
        hits = bundled_assistant.retriever.search(question, qvec=qv)
        kind = expected_type(question)
        plain = select_sentences(index, qv, hits, settings, kind, question)
        moved = select_sentences(
            index, qv, hits, settings, kind, question, order_vec=shifted(qv, "fr", embedder, 1.0)
        )
        assert plain.best_score == moved.best_score, question
        gated += plain.abstained and "close" in plain.reason
        if plain.abstained and "close" in plain.reason:  # the similarity gates' two reasons
            assert (moved.abstained, moved.reason) == (True, plain.reason), question
    assert gated >= 2  # the off-topic ones


def test_a_server_computes_the_directions_before_the_first_question(bundled_assistant: Assistant) -> None:
    language_directions.cache_clear()
    bundled_assistant.warm_up()
    assert language_directions.cache_info().currsize == 1
    hits = language_directions.cache_info().hits
    shifted(
        bundled_assistant.embedder.query("Qui a présidé la Commission ?"),
        "fr",
        bundled_assistant.embedder,
        0.5,
    )
    assert language_directions.cache_info().hits == hits + 1  # the question reuses them
