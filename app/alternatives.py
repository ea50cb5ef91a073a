"""Questions that offer their own answers: "which body — A or B?".

"Which Swiss body rejected her asylum application — the State Secretariat for Migration or
the Federal Administrative Court?", "hangi kurum koydurmuş: Emniyet Genel Müdürlüğü mü, MİT
mi?", "是公安部、最高人民检察院还是司法部？" each list the answers the asker will take. Evidence
naming a third body (the migration office whose officers found the entry ban) answers
another question, and evidence naming none answers nothing: so a cited sentence must name
one of the alternatives.

That is checked only where it can be: in a text of the question's own language, or, for a
Chinese question, in a text of another language through CC-CEDICT's renderings of each
word (app/glosses.py). An alternative in another language than the text's ("ağır ceza
mahkemesi" against an English report) leaves the question unchecked, and so does an open
list ("religion, political activity or something else?").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from app.countries import CJK, fold

# Where a question's own list of answers starts: after a dash, a colon or a semicolon
# ("which standard — ordinary reasonableness or a more intensive review?").
_LIST_START = re.compile(r"\s[—–-]{1,2}\s|[—–]{1,2}|[:;：；]")
# Between two answers: "A, B or C", "A ou B", "A o B", "A oppure B"
_OR = re.compile(r",?\s+(?:or|ou|o|oppure|ovvero|ó|u)\s+|,\s+", re.IGNORECASE)
# Turkish asks with a question particle after each: "Emniyet Genel Müdürlüğü mü, MİT mi?"
_TR_PARTICLE = re.compile(r"\s+m[ıiuü]\b\s*,?\s*(?:(?:yoksa|veya|ya\s+da)\s+)?", re.IGNORECASE)
_ZH_OR = re.compile(r"还是|、|或者|或是")
_ZH_CLAUSE = re.compile(r"[，,。？?！!；;：:（(]|——|—")
# An alternative that leaves the list open: nothing then is excluded.
_OPEN = re.compile(
    r"\b(?:something|anything|some|other|others|otherwise|else|autre\w*|altr[oaie]\w*|otr[oa]s?|"
    r"başka\w*|diğer\w*)\b|其他|其它|别的|等",
    re.IGNORECASE,
)
# A clause, not a name: "qui présidait…, et quand…", "which judgments or summaries…"
_CLAUSE = re.compile(
    r"^(?:and|et|e|y|ed)\b|\b(?:which|what|who|when|where|why|how|qui|que|quoi|quand|où|pourquoi|comment|"
    r"quel\w*|chi|che|cosa|quando|dove|perché|come|qual\w*|quién|qué|cuándo|dónde|cómo|cuál\w*|hangi|kim|nasıl|neden)\b",
    re.IGNORECASE,
)
_ARTICLE = re.compile(
    r"^(?:the|a|an|le|la|les|l['’]|un|une|des|du|il|lo|gli|i|uno|una|el|los|las)\s+", re.IGNORECASE
)
# An answer to choose from is a name, not a clause: at most this long
_MAX_WORDS = 6
_MAX_CJK = 12
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def offered(question: str, language: str) -> list[str]:
    """The answers ``question`` offers to choose from (two or more), or [] when it offers
    none or leaves the list open."""
    text = question.strip()
    if language == "zh":
        alternatives = _offered_zh(text)
    elif language == "tr":
        alternatives = _offered_tr(text)
    else:
        alternatives = _offered_latin(text)
    if len(alternatives) < 2 or any(_OPEN.search(a) for a in alternatives):
        return []
    return alternatives


def _offered_zh(text: str) -> list[str]:
    if "还是" not in text:
        return []
    clause = _ZH_CLAUSE.split(text[: text.rindex("还是")])[-1] + text[text.rindex("还是") :]
    clause = _ZH_CLAUSE.split(clause, maxsplit=1)[0] if _ZH_CLAUSE.search(clause) else clause
    clause = clause[clause.index("是") + 1 :] if "是" in clause[: clause.index("还是")] else clause
    parts = [p.strip() for p in _ZH_OR.split(clause)]
    if any(not p or len(p) > _MAX_CJK or "哪" in p or "什么" in p for p in parts):
        return []
    return parts


def _offered_tr(text: str) -> list[str]:
    tail = _LIST_START.split(text)[-1].strip()
    if not re.search(r"\sm[ıiuü]\s*\?$", tail):
        return []
    parts = [p.strip(" ,?") for p in _TR_PARTICLE.split(tail.rstrip("?").strip())]
    parts = [p for p in parts if p]
    return parts if all(len(p.split()) <= _MAX_WORDS for p in parts) else []


def _offered_latin(text: str) -> list[str]:
    pieces = _LIST_START.split(text)
    if len(pieces) < 2 or not text.endswith("?"):
        return []
    tail = pieces[-1].strip().rstrip("?").strip()
    parts = [_ARTICLE.sub("", p.strip()) for p in _OR.split(tail)]
    if len(parts) < 2 or any(not p or len(p.split()) > _MAX_WORDS or _CLAUSE.search(p) for p in parts):
        return []
    return parts


def names_one(alternatives: list[str], language: str, texts: Iterable[tuple[str, str]]) -> bool | None:
    """Whether any of ``texts`` (each with its language) names one of ``alternatives``;
    None when none of them could be checked."""
    checked = False
    for text, text_language in texts:
        for alternative in alternatives:
            found = _named(alternative, language, text, text_language)
            if found:
                return True
            checked = checked or found is not None
    return False if checked else None


def _named(alternative: str, language: str, text: str, text_language: str) -> bool | None:
    if CJK.search(alternative):
        if CJK.search(text):
            return alternative in text
        return _glossed_in(alternative, text)
    if language != text_language and not _spelled_alike(alternative):
        return None
    words = [w for w in _WORD.findall(fold(alternative)) if len(w) > 2 and w not in _stopwords(language)]
    if not words:
        return None
    folded = _WORD.findall(fold(text))
    return all(any(t.startswith(_stem(w)) for t in folded) for w in words)


def _spelled_alike(alternative: str) -> bool:
    """An acronym or a name in capitals reads the same in any language ("MİT", "INTERPOL")."""
    return all(w.isupper() for w in _WORD.findall(alternative))


def _stem(word: str) -> str:
    """The word less an ending its inflected forms may change ("müdürlüğü", "müdürlüğünce")."""
    return word[: len(word) - 2] if len(word) > 5 else word


def _glossed_in(chinese: str, text: str) -> bool | None:
    """Whether ``text`` renders every word of ``chinese`` in one of its senses, for some way
    of cutting it into dictionary words: "联邦行政法院" is "行政法" (administrative law) +
    "院", or "行政" (administrative) + "法院" (court), and the second reads "Federal
    Administrative Court". None when no word of it is in the dictionary."""
    from app.glosses import LONGEST_WORD, senses

    folded = _WORD.findall(fold(text))

    def rendered(sense: tuple[str, ...]) -> bool:
        return all(any(t.startswith(_stem(fold(w))) for t in folded) for w in sense)

    run = "".join(CJK.findall(chinese))
    reached = {0}
    any_word = False
    for i in range(len(run)):
        if i not in reached:
            continue
        # each dictionary word starting here: its length, its senses
        words = [
            (j - i, found)
            for j in range(i + 2, min(len(run), i + LONGEST_WORD) + 1)
            if (found := senses(run[i:j]))
        ]
        any_word = any_word or bool(words)
        if not words:
            reached.add(i + 1)  # a character no word starts with: "处" of "秘书处"
        for length, word_senses in words:
            if any(rendered(sense) for sense in word_senses):
                reached.add(i + length)
    if not any_word:
        return None
    return len(run) in reached


@lru_cache(maxsize=8)
def _stopwords(language: str) -> frozenset[str]:
    from app.lexical import stopwords

    return frozenset(fold(w) for w in stopwords(language))
