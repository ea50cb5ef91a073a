"""A lawyer's question often asks two things at once: "When was he arrested, and which court
upheld the ruling?". Scored as a whole, the answer's sentences all come from whichever part
the question's vector leans to; each part named here gets its own best sentence
(answering.select_sentences, ``parts``).

Only clear seams are cut: several question marks, a statement before the question (its
premise: "Chen Zhi was handed to China. Since what year…?", whose names the answer must
quote a passage for too), or a conjunction followed by a new question word ("…, and
what…", "…, et quel…", "… ve … hangi…", "…，…什么…"), with a question word on both sides.
A part too short to stand alone stays with its neighbour.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.countries import CJK

# A conjunction opening a new question ("and when", "et quel", "e quanti", "y qué").
_SEAM = re.compile(
    r",?\s+(?:"
    r"and(?=\s+(?:what|when|which|who|whom|whose|how|where|why|in what|on what|under what|"
    r"did|does|do|was|were|is|are|has|had|can|could)\b)|"
    # "…, and under Article 2 of the Convention, what minimum penalty…": a new question
    # after its own premise phrase
    r"and(?=\s+(?:under|according to|per|by|in|for)\s+[^,?]{3,80},\s+(?:what|which|when|who|whom|how|where)\b)|"
    r"et(?=\s+(?:quel|quelle|quels|quelles|quand|comment|combien|qui|où|pourquoi|à quel|à quelle|"
    r"sur quel|sur quelle|de quel|de quelle|lequel|laquelle|que|dans quel|dans quelle|en quelle|en quel|"
    r"par quel|par quelle|pour quel|pour quelle|devant quel|devant quelle)\b)|"
    r"e(?=\s+(?:quale|quali|quando|come|quanti|quante|quanto|chi|dove|perché|in che|in quale|"
    r"su quale|cosa|che cosa|a quanto|a quale|da quale|con quale|per quale|davanti a quale)\b)|"
    r"y(?=\s+(?:qué|cuál|cuáles|cuándo|cómo|cuántos|cuántas|cuánto|quién|quiénes|dónde|"
    r"por qué|en qué|a qué|bajo qué|ante qué|de qué|con qué|en cuál|de cuál)\b)"
    r")",
    re.IGNORECASE,
)
# "…, and in which city…": a new question when the one before it asks for a value of its
# own ("Who was the minister…, and in which city did he…?"); after "Which enterprise
# employed him" it asks where that was, and the lead must name the city (lead_type). Not
# "At which session, and in which city, were…": one question asking two things.
_WHICH_SEAM = re.compile(
    r",?\s+and(?=\s+(?:in|on|at|to|from|by|for|under|with|during|before) which"
    r"(?!\s+[\w-]+(?:\s+[\w-]+)?\s*,)\b)",
    re.IGNORECASE,
)
_TR_SEAM = re.compile(r"\s+ve\s+")
_TR_QUESTION = re.compile(
    r"\b(?:hangi|ne|neden|niçin|kim|kimi|kime|nerede|nereye|kaç|nasıl)\w*|\bm[iıuü]\w*\?", re.IGNORECASE
)
_ZH_SEAM = re.compile(r"[，；,;]")
_ZH_QUESTION = re.compile(r"什么|何时|何种|哪|多少|几|为什么|为何|谁|如何|怎么|怎样|是否|吗")
# The end of a question, or of a statement: a full stop after a word of three letters or
# more ("China.", not "No.", "v." or the initial "H.") before a capital or "¿".
_SENTENCE_END = re.compile(r"(?<=[?？])\s*|(?<=[a-zà-ÿ]{3}\.)\s+(?=[¿¡\"“«A-ZÀ-Ý])|(?<=。)")


# A Spanish question opening after a full stop that ends no word of three letters: "…de
# L. W.-K. ¿Fueron…?" (question_parts keeps such a premise with its question).
_OPENING_MARK = re.compile(r"(?<=\.)\s+(?=[¿¡])")


# Where a question's last sentence starts: after a full stop ending a word or a figure ("…
# 10/2019. Which court…?"), not after an initial ("H. arrested in…").
_LAST_SENTENCE = re.compile(r"(?:(?<=[?!])|(?<=[a-zà-ÿ]{3}\.)|(?<=\d\.))\s+(?=\S)|(?<=[。？！])")


def last_sentence(question: str) -> str:
    """The question's last sentence, without the statements before it."""
    return [s for s in _LAST_SENTENCE.split(question) if s.strip()][-1]


def asked_sentences(question: str) -> str:
    """The sentences of the question that ask (end in a question mark), without the
    statements before them ("The minister's motion was dismissed. Who challenged the
    rulings?"); the whole question when none does."""
    sentences = [s for chunk in _SENTENCE_END.split(question.strip()) for s in _OPENING_MARK.split(chunk)]
    asked = [s.strip() for s in sentences if s.rstrip().endswith(("?", "？"))]
    return " ".join(asked) or question


def asking_parts(parts: Iterable[str]) -> list[str]:
    """The parts that ask, without a premise stated before them ("H. was arrested in
    Bordeaux. What was the representative called?")."""
    return [p for p in parts if not p.rstrip().endswith((".", "。"))]


def question_parts(question: str) -> list[str]:
    """The question's parts, in order; a one-part question is returned whole."""
    parts: list[str] = []
    for sentence in _SENTENCE_END.split(question.strip()):
        if not sentence.strip():
            continue
        for piece in _split_sentence(sentence.strip()):
            if parts and not (_stands_alone(piece) and _stands_alone(parts[-1])):
                parts[-1] = f"{parts[-1]} {piece}"
            else:
                parts.append(piece)
    return parts or [question]


def _split_sentence(sentence: str) -> list[str]:
    if CJK.search(sentence):
        return _split_on(sentence, _ZH_SEAM, _ZH_QUESTION)
    from app.answertypes import expected_type  # (it reads questions in parts too)

    pieces = []
    for piece in _SEAM.split(sentence):
        left, *right = _WHICH_SEAM.split(piece, maxsplit=1)
        pieces += [left, *right] if right and expected_type(left) else [piece]
    out = []
    for piece in pieces:
        out.extend(_split_on(piece.strip(" ,"), _TR_SEAM, _TR_QUESTION))
    return [p for p in out if p]


def _split_on(text: str, seam: re.Pattern[str], asks: re.Pattern[str]) -> list[str]:
    """``text`` cut at each ``seam`` with a question word (``asks``) on both sides."""
    pieces: list[str] = []
    start = 0
    for m in seam.finditer(text):
        left, right = text[start : m.start()], text[m.end() :]
        if asks.search(left) and asks.search(right):
            pieces.append(left.strip())
            start = m.end()
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


def _stands_alone(part: str) -> bool:
    """Long enough to be scored as a question of its own."""
    if CJK.search(part):
        return len(CJK.findall(part)) >= 6
    return len(part.split()) >= 4
