"""Splitting a question that asks several things into its parts (app/questionparts.py)."""

from __future__ import annotations

import pytest

from app.assistant import Assistant
from app.questionparts import question_parts


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "When was Mr Liu arrested in Poland, and which court upheld the ruling?",
            ["When was Mr Liu arrested in Poland", "which court upheld the ruling?"],
        ),
        (
            "Quand la Cour a-t-elle statué, et quel article a-t-elle appliqué ?",
            ["Quand la Cour a-t-elle statué", "quel article a-t-elle appliqué ?"],
        ),
        (
            "Quando è stato arrestato e quanti anni di carcere rischiava?",
            ["Quando è stato arrestato", "quanti anni di carcere rischiava?"],
        ),
        (
            "¿Quién presidía el Pleno y qué resolvió sobre la extradición?",
            ["¿Quién presidía el Pleno", "qué resolvió sobre la extradición?"],
        ),
        (
            "Mahkeme kararını hangi tarihte verdi ve karar Resmî Gazete'de hangi sayıyla yayımlandı?",
            ["Mahkeme kararını hangi tarihte verdi", "karar Resmî Gazete'de hangi sayıyla yayımlandı?"],
        ),
        (
            "新西兰最高法院在该案中作出了什么裁决？恢复效力的是部长哪一天作出的决定？",
            ["新西兰最高法院在该案中作出了什么裁决？", "恢复效力的是部长哪一天作出的决定？"],
        ),
        # a statement before the question is a part of its own (its premise)
        (
            "Chen Zhi was handed from Cambodia to China. Since what year have police had an office there?",
            [
                "Chen Zhi was handed from Cambodia to China.",
                "Since what year have police had an office there?",
            ],
        ),
        (
            "Camboya entregó a Chen Zhi a China. ¿Desde qué año hay una oficina conjunta?",
            ["Camboya entregó a Chen Zhi a China.", "¿Desde qué año hay una oficina conjunta?"],
        ),
        # "and in which…" opens a new question too
        (
            "Who was the minister who spoke at the 2014 Monaco gathering, and in which city did he open the 2017 congress?",
            [
                "Who was the minister who spoke at the 2014 Monaco gathering",
                "in which city did he open the 2017 congress?",
            ],
        ),
        (
            "Quel juge a rédigé l'arrêt, et dans quelle ville siège la cour ?",
            ["Quel juge a rédigé l'arrêt", "dans quelle ville siège la cour ?"],
        ),
        (
            "陈志被柬埔寨移交给中国。中国警方自哪一年起在柬埔寨设有联合办公室？",
            ["陈志被柬埔寨移交给中国。", "中国警方自哪一年起在柬埔寨设有联合办公室？"],
        ),
    ],
)
def test_a_question_asking_several_things_is_cut_at_its_seams(question: str, parts: list[str]) -> None:
    assert question_parts(question) == parts


@pytest.mark.parametrize(
    "question",
    [
        # "and" between two names, not two questions
        "Which courts in France and Italy refused extradition to China?",
        # Turkish "ve" joining two nouns of one question
        "Mahkeme hangi tarih ve sayıyla karar verdi?",
        # a second part too short to stand alone stays with the first
        "Who represented Mr Kim, and when?",
        "In A.D. and Others v. Turkey, what did the Court decide?",
        # abbreviations and initials end no sentence
        "What did CCF Decision No. 14 (2018) find about H. and the red notice?",
        "Did Mr. Kim and Ms. Lee win in Liu v. Poland before the Court?",
        # two things asked of one verb: "At which session, and in which city, were…"
        "At which General Assembly session, and in which city, were Articles 23 and 24 modified?",
    ],
)
def test_a_question_asking_one_thing_stays_whole(question: str) -> None:
    assert len(question_parts(question)) == 1


def test_each_part_of_a_two_document_question_finds_its_own_passage(bundled_assistant: Assistant) -> None:
    """Ranked as a whole, this Spanish question leans to the New Zealand judgments, and the
    premise's Ted Bromund is in no passage quoted: the answer would abstain. The part naming
    him is retrieved on its own (``part_passages``) and his ICIJ quote is found."""
    question = (
        "Ted Bromund, citado por ICIJ, sostiene que una acusación de asesinato exige al menos un cadáver, "
        "a diferencia de los delitos financieros. En el caso neozelandés de Kyung Yup Kim, ¿en qué año "
        "recibió Nueva Zelanda la solicitud de extradición de la República Popular China y por qué delito?"
    )
    answer = bundled_assistant.ask(question)
    assert not answer.abstained
    assert "there needs to be a body" in answer.answer and "2011" in answer.answer
    without = Assistant(
        bundled_assistant.index,
        bundled_assistant.settings.replace(part_passages=0),
        bundled_assistant.embedder,
    ).ask(question)
    assert without.abstained and "Bromund" in without.answer
