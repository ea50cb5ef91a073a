"""What the evidence mentions without naming (app/unnamed.py)."""

from __future__ import annotations

import pytest

from app.unnamed import things_asked, unnamed_mention

FIRM = "Z., a 39-year-old former chairwoman of an online lending firm, was arrested at the Ancona airport."


@pytest.mark.parametrize(
    "question",
    [
        "What was the name of the online lending company that Z. chaired?",
        "Quel est le nom de la société de prêt en ligne que présidait Z. ?",
        "¿Cómo se llamaba la empresa de préstamos que presidía Z.?",
        "Z.'nin yönettiği şirketin adı nedir?",
        "Z.曾担任董事长的网络借贷公司叫什么名字？",
    ],
)
def test_a_firm_described_without_its_name_is_found(question: str) -> None:
    assert unnamed_mention(question, FIRM) == "an online lending firm"


@pytest.mark.parametrize(
    "text",
    [
        # its name beside it, before or after, or called so
        "The notice cited Tuandai, a private lending company H. had invested in.",
        "H. had invested in a private lending company, Tuandai, in 2015.",
        "H. had invested in a lending company called Tuandai.",
        # the firm not mentioned at all
        "Z. was arrested at the Ancona airport in 2022.",
    ],
)
def test_a_firm_named_or_not_mentioned_is_not(text: str) -> None:
    assert unnamed_mention("What was the name of the lending company?", text) is None


def test_what_the_question_names_itself_is_not_asked_for() -> None:
    # "the businessman H." is named; the estate is what the question asks the name of
    question = "What is the name of the Bordeaux wine estate that the businessman H. owned?"
    assert things_asked(question) == ["estate"]
    text = "A prominent businessman in his own right, the 48-year-old H. owned a vineyard in Bordeaux."
    assert unnamed_mention(question, text) == "a vineyard"
    assert things_asked("What did spokesperson Liu Pengyu tell ICIJ?") == []


def test_a_unit_set_up_without_its_name_is_found() -> None:
    text = (
        "The Ministry of Public Security set up a special unit in charge of international "
        "cooperation and incentivized police bureaus to use Interpol."
    )
    for question in (
        "What is the name of the special unit the Ministry of Public Security set up?",
        "Comment s'appelle l'unité spéciale créée par le ministère de la Sécurité publique ?",
        "公安部设立的负责国际合作的专门机构叫什么名称？",
    ):
        assert unnamed_mention(question, text) == "a special unit", question
    # a unit named beside its word is named
    assert unnamed_mention(
        "What is the name of the unit?",
        "In 2016, it created a task force, the Notices and Diffusion Task Force.",
    ) in (None, "a task force")


def test_a_prison_is_unnamed_only_when_the_question_asks_which() -> None:
    text = "Z. spent more than 200 days in an Italian prison after her arrest at the Ancona airport."
    assert unnamed_mention("In quale carcere italiano è stata trattenuta Z.?", text) == "an Italian prison"
    # where the detention centre was is asked, not its name
    centre = "They then took the complainant to a detention centre in Jilin."
    assert unnamed_mention("In which city was the detention centre she was taken to?", centre) is None


def test_only_things_of_the_type_asked_are_checked() -> None:
    """A bureau asked for is not withheld by "a Uyghur textile trader" the question mentions."""
    question = "Uygur tüccara ödeme yapan Çinli yetkililer hangi devlet güvenlik bürosuna bağlıydı?"
    text = "Chinese state security officials allegedly paid more than $100,000 to a Uyghur textile trader."
    assert unnamed_mention(question, text) == "a Uyghur textile trader"
    assert unnamed_mention(question, text, "institution") is None
