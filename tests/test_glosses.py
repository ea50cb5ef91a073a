"""A Chinese question's words reach BM25 in English (CC-CEDICT, app/glosses.py)."""

from __future__ import annotations

from app import Assistant
from app.glosses import english_glosses
from app.lexical import LexicalIndex


def test_each_chinese_word_becomes_the_english_words_of_its_senses() -> None:
    groups = english_glosses("中国给出的外交保证能否消除酷刑风险？")
    assert any("torture" in g for g in groups)  # 酷刑
    assert any("diplomatic" in g for g in groups)  # 外交
    assert any("guarantee" in g for g in groups)  # 保证
    # single characters (的, 能) have dozens of senses each: left out
    assert all(len(g) < 12 for g in groups)
    assert english_glosses("Which rulings concern torture?") == []


def test_a_dictionary_headword_matches_the_corpus_inflections_of_it() -> None:
    lexical = LexicalIndex.build(
        [
            "The extradition was refused.",
            "He was extradited in May.",
            "Two extraditions.",
            "It was done. Don Quixote.",
        ]
    )
    assert set(lexical.forms_of("extradite")) == {"extradition", "extradited", "extraditions"}
    # "done" less its "e" is not the name "Don"
    assert lexical.forms_of("done") == ["done"]
    assert lexical.forms_of("asylum") == []


def test_a_group_of_renderings_matches_a_passage_holding_any_of_them() -> None:
    lexical = LexicalIndex.build(["torture was alleged", "the risk of ill-treatment", "a trade dispute"])
    assert list(lexical.passages_with("torture|treatment|")) == [0, 1]
    assert list(lexical.passages_with("torture|")) == [0]


def test_a_chinese_question_without_names_finds_the_passages_about_its_words(
    bundled_assistant: Assistant,
) -> None:
    """ "Can China's diplomatic assurances remove the risk of torture?" names nothing BM25
    could match; with its words in English the rulings on torture risk come first."""
    question = "中国给出的外交保证能否消除酷刑风险？"
    retriever = bundled_assistant.retriever
    index = bundled_assistant.index
    lexical_query = retriever._lexical_query(question)
    assert "torture|tortured|" in lexical_query.split()

    def about_torture(settings_on: bool) -> int:
        r = (
            retriever
            if settings_on
            else type(retriever)(
                index, bundled_assistant.embedder, retriever.settings.replace(chinese_glosses=False)
            )
        )
        return sum("tortur" in index.passages[h.passage].text.lower() for h in r.search(question, k=5))

    assert about_torture(True) >= 3
    assert about_torture(False) < about_torture(True)


def test_renderings_never_outrank_a_name_the_question_gives(bundled_assistant: Assistant) -> None:
    """A dictionary's "detention" or "total" is in many passages; the question's
    "Shiksaitov" says which of them it asks about."""
    retriever = bundled_assistant.retriever
    index = bundled_assistant.index
    question = "Shiksaitov的引渡前羁押总共持续了多长时间？"
    lexical_query = retriever._lexical_query(question)
    assert lexical_query.split()[0] == "Shiksaitov" and len(lexical_query.split()) > 1
    scores = retriever._coverage(lexical_query)
    named = set(index.lexical.passages_with("Shiksaitov").tolist())
    best_unnamed = max(float(s) for i, s in enumerate(scores) if i not in named)
    assert min(float(scores[i]) for i in named) > best_unnamed
