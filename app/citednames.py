"""The documents a question names: "Article 3 of the ECHR", "la CEDU", "INTERPOL Anayasası".

A lawyer's two-part question often names the instrument whose text its second part asks
for ("…; what standard does the Convention against Torture's Article 3 set?"). Ranked by
meaning, the rulings that *discuss* that article come long before the article itself,
and a translated name ("la CEDU", "《欧洲人权公约》") shares no word with an English
treaty. So instruments are looked up by the names they are cited by (``cited_as`` in the
corpus metadata), and retrieval gives the document so named a place among its results.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from app.countries import CJK
from app.documents import Document

_POSSESSIVE = re.compile(r"[’'ʼ]s\b")
_NON_WORD = re.compile(r"[\W_]+")
# A name's last word may carry a short ending: Turkish cases ("Anayasası'nın" folds to
# "anayasasi nin", but "Sözleşmesinde" does not split), plurals.
_ENDING = r"\w{0,4}"

# "Article 3", "art. 33(1)", "articolo 3", "artículo 3", "3. madde", "第3条" …
_ARTICLE_BEFORE = re.compile(
    r"\b(?:articles?|art|articolo|articoli|articulo|articulos|artigos?|artikel|artikeln|artiklarna|artikla|artykul|"
    r"artykuł\w*|clanek|clanku|madde(?:si|sinin|sine)?)"
    r"\s*(\d{1,3})\b"
)
# "Articles 15, 16, 17, 19, 23 and 24", "articoli 2 e 3" (folded: no commas): each number of
# a plural's list.
_ARTICLE_LIST = re.compile(
    r"\b(?:articles|articoli|articulos|artigos|artikeln|artiklarna)\s+"
    r"(\d{1,3}(?:\s+(?:(?:and|et|e|y|ve|och|und|a|i)\s+)?\d{1,3}\b)+)"
)
_ARTICLE_AFTER = re.compile(r"\b(\d{1,3})\s*(?:inci|nci|uncu|ncu|\s)?\s*madde")
_ARTICLE_ZH = re.compile(r"第\s*(\d{1,3}|[一二三四五六七八九十]{1,3})\s*条")
_ZH_DIGITS = {**{c: i for i, c in enumerate("零一二三四五六七八九")}, "〇": 0, "两": 2}
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
_ZH_MYRIADS = {"万": 10_000, "亿": 100_000_000}
ZH_NUMERALS = "".join([*_ZH_DIGITS, *_ZH_UNITS, *_ZH_MYRIADS])
# In a title: "Article 3", "Articles 1–3", "Article 1 and Article 2".
_TITLE_ARTICLES = re.compile(r"\bArticles?\s+(\d{1,3})(?:\s*[–-]\s*(\d{1,3}))?")


def fold(text: str) -> str:
    """Lower case without accents, apostrophes or punctuation: "INTERPOL's Anayasası" ->
    "interpol anayasasi" (Turkish dotless ı included)."""
    text = _POSSESSIVE.sub("", text.casefold())
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("ı", "i")
    return " ".join(_NON_WORD.sub(" ", text).split())


def articles_named(question: str) -> set[int]:
    """Article numbers a question (or any text) names, in any of the corpus' languages."""
    folded = fold(question)
    found = {int(m.group(1)) for m in _ARTICLE_BEFORE.finditer(folded)}
    found |= {int(m.group(1)) for m in _ARTICLE_AFTER.finditer(folded)}
    found |= {int(n) for m in _ARTICLE_LIST.finditer(folded) for n in re.findall(r"\d+", m.group(1))}
    found |= {zh_number(m.group(1)) for m in _ARTICLE_ZH.finditer(question)}
    return found


def zh_number(text: str) -> int:
    """A number written with Chinese numerals, digits or both, as an int: "三十三" 33,
    "百" 100, "两千" 2000, "23万" 230,000 (the corpus' English writes "230,000")."""
    total = section = 0
    digits = ""
    for c in text:
        if c.isdigit() and c.isascii():
            digits += c
        elif c in _ZH_DIGITS:
            digits += str(_ZH_DIGITS[c])
        elif c in _ZH_UNITS:
            section += (int(digits) if digits else 1) * _ZH_UNITS[c]
            digits = ""
        elif c in _ZH_MYRIADS:
            total += (section + (int(digits) if digits else 0) or 1) * _ZH_MYRIADS[c]
            section, digits = 0, ""
    return total + section + (int(digits) if digits else 0)


def articles_held(title: str) -> set[int]:
    """The articles a partial instrument's title says it holds ("Articles 1–3"), or none
    if it names none."""
    held: set[int] = set()
    for m in _TITLE_ARTICLES.finditer(title):
        first = int(m.group(1))
        last = int(m.group(2)) if m.group(2) else first
        held |= set(range(first, min(last, first + 200) + 1))
    return held


# A question asking what an instrument's text provides: its clause, its terms, what it says.
_ASKS_PROVISION = re.compile(
    r"\bwhat (?:does|do|did)\b[^?]{0,80}\b(?:provide|say|state|stipulate|require|lay down)\b|"
    r"\bwhich (?:article|clause|provision|stipulation)s?\b|\bunder what (?:article|clause|provision)\b|\bin what terms\b|"
    r"\bquel(?:le)?s? (?:article|clause|disposition|stipulation)s?\b|\bque (?:prévoit|dit|stipule|dispose)\b|"
    r"\ben quels termes\b|"
    r"\bcosa (?:prevede|dice|stabilisce|dispone)\b|\bqual[ei] (?:articol[oi]|clausol[ae]|disposizion[ei]|norm[ae])\b|"
    r"\b(?:qué|cuál(?:es)?) (?:dispone|establece|dice|prevé|artículos?|cláusulas?|disposici(?:ón|ones)|estipulaci(?:ón|ones))\b|"
    r"\ben qué términos\b|"
    r"\bhangi (?:madde|hüküm|hükm)\w*|\bne (?:öngör|düzenl|diyor|hükm)\w*|"
    r"规定了?什么|如何规定|怎么规定|哪一?条|什么条款|条款|"
    # the instrument's verb of providing, wherever the question puts it ("quels motifs de
    # refus le traité prévoit-il ?", "what grounds of refusal does the treaty provide for?")
    r"\bprévoi(?:t|ent)-(?:il|elle|ils|elles)\b|\bprovides? for\b|\bprevede\b|\bprevé\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Name:
    doc_id: str
    pattern: re.Pattern[str] | None  # None: a Chinese name, found as a substring
    folded: str
    # An acronym alone also names a court ("the ECHR ruled", "la CEDH a conclu"): it names
    # the instrument only beside an article ("Article 3 ECHR").
    needs_article: bool = False


class CitedNames:
    """Finds, in a question, the names documents are cited by."""

    def __init__(self, documents: Iterable[Document]) -> None:
        self._names: list[_Name] = []
        self._articles: dict[str, set[int]] = {}
        self._no_articles: set[str] = set()  # documents holding none of their instrument's articles
        for doc in documents:
            if not doc.cited_as:
                continue
            self._articles[doc.id] = articles_held(doc.title)
            if doc.articles_missing:
                self._no_articles.add(doc.id)
            for name in doc.cited_as:
                folded = fold(name)
                if not folded:
                    continue
                if CJK.search(folded):
                    self._names.append(_Name(doc.id, None, folded))
                else:
                    words = r"\s+".join(re.escape(w) for w in folded.split())
                    pattern = re.compile(rf"(?<!\w){words}{_ENDING}(?!\w)")
                    acronym = name.isupper() and " " not in name.strip()
                    self._names.append(_Name(doc.id, pattern, folded, acronym))

    def __bool__(self) -> bool:
        return bool(self._names)

    def named(self, question: str) -> list[str]:
        """Ids of the documents the question names, in the order it names them.

        A document holding only some articles of its instrument ("Article 3") is left out
        when the question names articles and none of them is among those: "Article 5 of the
        ECHR" is not answered by the text of Article 3.
        """
        return self.find(question)[0]

    def lacking(self, question: str) -> list[str]:
        """Ids of the documents the question names that hold only other articles than those
        it asks about ("Article 11 of the European Convention on Extradition" where the
        corpus has its Articles 1 and 2): those ``named`` leaves out."""
        return self.find(question)[1]

    def find(self, question: str) -> tuple[list[str], list[str]]:
        """``named`` and ``lacking`` from one reading of the question."""
        asked = articles_named(question)
        named: list[str] = []
        lacking: list[str] = []
        for d in self._named_anywhere(question):
            holds_other = bool(asked and self._articles[d] and not asked & self._articles[d])
            # or none at all, when the question asks what the instrument provides ("que
            # prévoit le traité franco-chinois sur l'infraction politique ?" of its
            # publication decree)
            holds_none = d in self._no_articles and bool(asked or _ASKS_PROVISION.search(question))
            (lacking if holds_other or holds_none else named).append(d)
        return named, lacking

    def without_names(self, question: str) -> str:
        """The question with the names of the documents it names taken out ("what does the
        Constitution of INTERPOL require for membership?" -> "what does the require for
        membership?"): within a document the question names, every sentence is about that
        document, so its name tells none of them apart; what the question asks of it does."""
        if not self._names:
            return question
        tokens = question.split()
        folded: list[str] = []
        owner: list[int] = []  # for each character of the folded text, its token
        for i, token in enumerate(tokens):
            f = fold(token)
            if not f:
                continue
            if folded:
                folded.append(" ")
                owner.append(i)
            folded.append(f)
            owner.extend([i] * len(f))
        text = "".join(folded)
        asked = articles_named(question)
        drop: set[int] = set()
        cjk: list[str] = []
        for name in self._names:
            if name.needs_article and not asked:
                continue
            if name.pattern is None:
                if name.folded in question:
                    cjk.append(name.folded)
                continue
            for m in name.pattern.finditer(text):
                drop.update(owner[m.start() : m.end()])
        out = " ".join(t for i, t in enumerate(tokens) if i not in drop)
        for written in cjk:
            out = out.replace(written, "")
        return out

    def _named_anywhere(self, question: str) -> list[str]:
        """Ids of the documents the question names, whatever articles it asks about."""
        if not self._names:
            return []
        folded = fold(question)
        asked = articles_named(question)
        found: dict[str, int] = {}
        for name in self._names:
            if name.needs_article and not asked:
                continue
            if name.pattern is None:
                at = folded.find(name.folded)
            else:
                m = name.pattern.search(folded)
                at = m.start() if m else -1
            if at >= 0 and at < found.get(name.doc_id, len(folded) + 1):
                found[name.doc_id] = at
        return sorted(found, key=found.__getitem__)
