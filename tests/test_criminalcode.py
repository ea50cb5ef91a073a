"""A criminal code's article asked for is stated where a criminal code is spoken of."""

from __future__ import annotations

import pytest

from app.assistant import Assistant
from app.criminalcode import asks_criminal_article, names_criminal_code


@pytest.mark.parametrize(
    "question",
    [
        "Under which article of the PRC Criminal Law was L. W.-K. charged?",
        "依据的是中国刑法第几条？",
        "Quel article du code pénal chinois est invoqué ?",
        "¿Qué artículo del Código Penal chino se invocó?",
        "Çin Ceza Kanunu'nun hangi maddesi uygulandı?",
    ],
)
def test_an_article_of_a_criminal_code_is_asked_in_each_language(question: str) -> None:
    assert asks_criminal_article(question)


def test_other_articles_are_not_a_criminal_codes() -> None:
    assert not asks_criminal_article("What does Article 3 of INTERPOL's Constitution forbid?")
    assert not asks_criminal_article("Which article of the Convention did the Court find violated?")
    assert names_criminal_code("pro spáchání trestného činu podvodu podle článku 266 trestního práva ČLR")
    assert not names_criminal_code(
        "Wyrok ten stanie się ostateczny na zasadach określonych w art. 44 ust. 2 Konwencji."
    )


def test_the_convention_s_article_is_no_criminal_code_s(bundled_assistant: Assistant) -> None:
    """Liu v. Poland does not say under which article of Chinese law Liu was sought; the
    Czech Supreme Court's L. W.-K. ruling does (Article 266, fraud)."""
    answer = bundled_assistant.ask(
        "欧洲人权法院Liu诉波兰案中，中国请求引渡Hung Tao Liu依据的是中国刑法第几条？"
    )
    assert answer.abstained and "criminal code" in answer.answer, answer.answer
    answer = bundled_assistant.ask(
        "Under which article of the PRC criminal law was L. W.-K.'s extradition requested?"
    )
    assert not answer.abstained and "266" in answer.answer
