"""Answer-type cues and anchors: the abstention checks beyond similarity."""

from __future__ import annotations

import pytest

from app.answerability import check_anchors, digit_anchors, expected_type, has_type


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("When did the Bordeaux Court of Appeal rule?", "date"),
        ("On what date was he arrested?", "day"),
        ("How many stations did Fuzhou open?", "number"),
        ("How much did the ECtHR award?", "amount"),
        ("Who presided over the chamber?", "person"),
        ("Qui a présidé la chambre ?", "person"),
        ("Raportör kimdir?", "person"),
        ("A quanto ammonta la riparazione?", "amount"),
        ("¿Cuándo se dictó el auto?", "date"),
        ("2024年中国向国际刑警组织缴纳了多少经费？", "amount"),
        # words that only look like cues
        ("Pourquoi la cour qui a statué a-t-elle refusé l'extradition ?", None),
        ("What did the Supreme Court decide in Minister of Justice v Kim (No 2)?", None),
        ("What did the court examine when China requested the extradition?", None),
        ("Per quanto riguarda la Cina, cosa ha deciso la corte?", None),
    ],
)
def test_expected_answer_type(question: str, kind: str | None) -> None:
    assert expected_type(question) == kind


def test_types_are_found_in_evidence() -> None:
    assert has_type("In July 2021, the court refused.", "date")
    assert has_type("The court ruled on 6 October 2022.", "day")
    assert not has_type("The court ruled in October 2022.", "day")
    assert has_type("She obtained about $52,000 in compensation.", "amount")
    assert not has_type("She obtained compensation.", "amount")
    assert has_type("Vitalie PIRLOG, Chairperson", "person")
    assert not has_type("The Bordeaux Court of Appeal rejected the request.", "person")


def test_anchors_must_be_in_the_cited_documents() -> None:
    assert digit_anchors("What did CCF Decision No. 14 (2018) find?") == {"14", "2018"}
    docs = ["CCF Decision No. 14 (2018)\nThe Commission found the data not compliant."]
    assert check_anchors("What did CCF Decision No. 14 (2018) find?", docs).answerable
    assert not check_anchors("What did CCF Decision No. 2 (2024) find?", docs).answerable
    known = {"commission", "ccf", "decision"}.__contains__
    verdict = check_anchors("Has a Brazilian court refused extradition?", docs, known_word=known)
    assert not verdict.answerable and "Brazilian" in verdict.reason


def test_a_full_name_is_found_by_any_of_its_parts() -> None:
    docs = ["The Minister of Justice ordered that Mr Kim be surrendered to the PRC."]
    known = {"kim", "minister", "justice"}.__contains__
    assert check_anchors("Why did Kim Kyung Yup challenge the Minister's decision?", docs, known).answerable
    # Each name group must still be there: an unknown second person is not.
    verdict = check_anchors(
        "Did the Minister discuss the case of Kim Kyung Yup with Zhang Wei before deciding?", docs, known
    )
    assert not verdict.answerable and "Zhang Wei" in verdict.reason
    # Institution words are not part of a name: "Brazilian" alone must be found.
    verdict = check_anchors(
        "Did the Brazilian Court hear the case of Kim before the Minister decided?", docs, known
    )
    assert not verdict.answerable and "Brazilian" in verdict.reason


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("usnesení ze dne 18. 4. 2019", "day"),
        ("Högsta domstolens beslut den 12 juni 2019", "day"),
        ("since the 1990s", "date"),
        ("costs of CHF 5,000", "amount"),
        ("odszkodowanie 5 000 zł", "amount"),
        ("náhrada 500 Kč", "amount"),
    ],
)
def test_answer_types_in_the_corpus_languages_formats(text: str, kind: str) -> None:
    assert has_type(text, kind)


def test_country_and_nationality_words_are_never_part_of_a_name() -> None:
    docs = ["Mr Liu, born in Taiwan, was arrested in Poland at China's request."]
    known = {"liu", "china", "poland"}.__contains__
    question = (
        "Did the court refuse to extradite the Taiwanese Liu to China because he was not a PRC national?"
    )
    verdict = check_anchors(question, docs, known)
    assert not verdict.answerable and "Taiwanese" in verdict.reason
