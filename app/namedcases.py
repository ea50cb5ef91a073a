"""The cases a question names by number or by a party's initials: "auto 141/2018",
"No. 18 (2018)", "No. 10 of 2018", "L. W.-K.", "Q.J.".

A case number or an anonymised party's initials are the surest names a lawyer gives a
ruling, and the ones its meaning carries least: "141/2018" embeds like any other figure,
BM25 splits it into "141" and "2018", which a hundred passages hold, and "Q.J." says
nothing to an embedder reading a Swedish judgment. So a document is named when its
heading (title and opening lines, where a ruling gives its number and parties) carries
the number whole, or the initials.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.answerability import digit_anchors, initials_anchors, initials_in
from app.documents import Document

# How much of a document's opening counts as its heading (its court, parties, numbers).
HEADING_CHARS = 600

# "No. 18 (2018)", "n° 18 (2018)", "第18 (2018)号": a decision's number and year. The year
# and number alone are in "18 September 2018".
_DECISION_NUMBER = re.compile(r"(?<![\d.,])(\d{1,4})\s*[(（]\s*((?:19|20)\d\d)\s*[)）]")
# "Decision No. 10 of 2018", "la décision n° 10 de 2018", "la decisión n.º 6 de 2017",
# "la decisione n. 4 del 2019": the number, then the year.
_DECISION_OF = re.compile(
    r"(?:\bNo\.?|\bn\.?\s?[°º]|\bn\.|\bnúmero|\bnumero|\bnr\.?)\s*(\d{1,4})\s+(?:of|de|del|di|du)\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# "2023年第1号决定", "2018年第10号": the year first, as Chinese numbers a year's decisions.
_ZH_DECISION_NUMBER = re.compile(r"((?:19|20)\d\d)\s*年\s*(?:度\s*)?第\s*(\d{1,4})\s*号")


# "2018 yılı 18 sayılı kararı", "2018 tarihli 10 No'lu Karar": the year, then the number.
_TR_DECISION_NUMBER = re.compile(
    r"((?:19|20)\d\d)\s+(?:yılı|tarihli|yılına ait)\s+(\d{1,4})\s+(?:sayılı|numaralı|no['’]?lu)",
    re.IGNORECASE,
)


# "the 2018 ruling (No. 14)", "2018 tarihli kararda (No. 14)": the year, then the number
# in brackets.
_YEAR_THEN_NUMBER = re.compile(
    r"((?:19|20)\d\d)\b[^()\d]{0,40}?[(（]\s*(?:No\.?|n\.?\s?[°º]|n\.|Nr\.?|núm\.?|第)\s*(\d{1,4})\s*号?\s*[)）]",
    re.IGNORECASE,
)


# A neutral citation: "[2022] NZSC 44", "[2019] NZCA 209".
_NEUTRAL_CITATION = re.compile(r"\[((?:19|20)\d\d)\]\s*([A-Z]{2,6})\s*(\d{1,4})(?!\d)")


# The second case of the same name: "Kim (No 2)".
_SEQUEL = re.compile(r"\b([A-Z][\w'’.-]+)\s*\(No\.?\s*(\d{1,2})\)")


def case_numbers(question: str) -> list[str | re.Pattern[str]]:
    """The case numbers a question gives: numbers with a slash ("II. ÚS 2299/19") as
    written; a decision's number and year, a neutral citation ("[2021] NZSC 57") and a
    sequel's number ("Kim (No 2)") as a pattern."""
    numbers: list[str | re.Pattern[str]] = [n for n in digit_anchors(question) if "/" in n]
    pairs = [
        *_DECISION_NUMBER.findall(question),
        *_DECISION_OF.findall(question),
        *((n, y) for y, n in _ZH_DECISION_NUMBER.findall(question)),
        *((n, y) for y, n in _TR_DECISION_NUMBER.findall(question)),
        *((n, y) for y, n in _YEAR_THEN_NUMBER.findall(question)),
    ]
    numbers += [re.compile(rf"(?<![\d.,]){n}\s*\({year}\)") for n, year in pairs]
    numbers += [
        re.compile(rf"\[{year}\]\s*{court}\s*{n}(?!\d)")
        for year, court, n in _NEUTRAL_CITATION.findall(question)
    ]
    numbers += [
        re.compile(rf"\b{re.escape(name)}\s*\(No\.?\s*{n}\)") for name, n in _SEQUEL.findall(question)
    ]
    return numbers


def _heading(doc: Document) -> str:
    return f"{doc.title}\n{doc.text[:HEADING_CHARS]}"


def named_cases(question: str, documents: Iterable[Document]) -> list[Document]:
    """Those of ``documents`` whose heading carries a case number or a party's initials
    (two letters or more) that the question gives."""
    numbers = case_numbers(question)
    initials = initials_anchors(question)
    if not numbers and not initials:
        return []
    return [d for d in documents if _names(_heading(d), numbers, initials)]


def _names(text: str, numbers: list[str | re.Pattern[str]], initials: list[str]) -> bool:
    if any(n in text if isinstance(n, str) else n.search(text) for n in numbers):
        return True
    lower = text.lower()
    return any(initials_in(i, lower) for i in initials)
