"""Splitting a question that asks several things into its parts (app/questionparts.py)."""

from __future__ import annotations

import pytest

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
    ],
)
def test_a_question_asking_one_thing_stays_whole(question: str) -> None:
    assert len(question_parts(question)) == 1
