"""The cases a question gives by number: "21125/2023", "auto 141/2018", "No. 18 (2018)".

A case number is the surest name a lawyer gives a ruling, and the least its meaning
carries: "141/2018" embeds like any other figure, and BM25 splits it into "141" and
"2018", which a hundred passages hold. So a document is named by a number when its
heading (title and opening lines) carries it whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.answerability import digit_anchors
from app.documents import Document

# How much of a document's opening counts as its heading (its court, parties, numbers).
HEADING_CHARS = 600

# "No. 18 (2018)", "n° 18 (2018)", "第18 (2018)号": a decision's number and year. The year
# and number alone are in "18 September 2018".
_DECISION_NUMBER = re.compile(r"(?<![\d.,])(\d{1,4})\s*[(（]\s*((?:19|20)\d\d)\s*[)）]")


def case_numbers(question: str) -> list[str | re.Pattern[str]]:
    """The case numbers a question gives: numbers with a slash ("II. ÚS 2299/19") as
    written, a decision's number and year as a pattern."""
    numbers: list[str | re.Pattern[str]] = [n for n in digit_anchors(question) if "/" in n]
    numbers += [re.compile(rf"(?<![\d.,]){n}\s*\({year}\)") for n, year in _DECISION_NUMBER.findall(question)]
    return numbers


def in_heading(number: str | re.Pattern[str], doc: Document) -> bool:
    heading = f"{doc.title}\n{doc.text[:HEADING_CHARS]}"
    return number in heading if isinstance(number, str) else bool(number.search(heading))


def numbered_documents(question: str, documents: Iterable[Document]) -> list[Document]:
    """Those of ``documents`` whose heading carries a case number the question gives."""
    numbers = case_numbers(question)
    if not numbers:
        return []
    return [d for d in documents if any(in_heading(n, d) for n in numbers)]
