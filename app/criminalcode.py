"""Which article of a criminal code: a question asking the provision a charge was laid under.

"Under which article of the PRC Criminal Law was he charged?", "依据的是中国刑法第几条？"
ask for an article of a criminal code. Any article number would pass a check for a
number or a provision, and rulings are full of them: "art. 44 ust. 2 Konwencji" (the
Convention's, on when a judgment becomes final), "Rule 39 of the Rules of Court". The
passage stating the article must speak of a criminal code ("podle článku 266 trestního
práva ČLR"), in the corpus' languages (en, fr, it, es, tr, sv, cs, pl, zh).
"""

from __future__ import annotations

import re

# A criminal code's article asked for, in the question languages (en, fr, it, es, tr, zh).
_ASKED = re.compile(
    r"\b(?:which|what) (?:article|section|provision|paragraph)s? of (?:the )?(?:[\w'’-]+ ){0,3}"
    r"(?:criminal (?:law|code)|penal (?:law|code))|"
    r"\b(?:quel(?:le)?s?|qual[ei]?|qué|cuál(?:es)?) (?:articles?|articol[oi]|artículos?|disposici\w+|disposizion\w+) "
    r"(?:du|de la|del|della|dello|de) (?:[\w'’-]+ ){0,2}(?:code pénal|codice penale|código penal|loi pénale|legge penale)|"
    r"\b(?:ceza kanun|ceza yasa)[\w'’]*\s+(?:\w+\s+)?hangi madde|"
    r"刑法[^，。？?]{0,6}(?:第几条|第幾條|哪一?条|哪个条|什么条)",
    re.IGNORECASE,
)

# A criminal code named in the evidence, in the corpus' languages.
_NAMED = re.compile(
    r"\bcriminal (?:law|code)|\bpenal (?:law|code)|\bcode pénal|\bcodice penale|\bcódigo penal|\bceza kanun|"
    r"\btrestní\w* (?:zákon|práv)\w*|\btrestního (?:zákon|práv)\w*|\bbrottsbalk|\bkodeks\w* karn|\bkarnego|刑法",
    re.IGNORECASE,
)


def asks_criminal_article(question: str) -> bool:
    """Whether the question asks which article of a criminal code applies."""
    return bool(_ASKED.search(question))


def names_criminal_code(text: str) -> bool:
    """Whether ``text`` speaks of a criminal code (where an article of it can be stated)."""
    return bool(_NAMED.search(text))
