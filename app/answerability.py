"""Does the cited evidence carry what the question names? The anchor half of the
abstention checks (the answer-type half is app/answertypes.py).

Numbers and case references the question names (a year, "No. 14", "21125/2023") must
appear in a cited document; a proper name must appear in a cited passage too (a question
about "Japan" is not answered by a Swedish ruling), and a name the corpus never mentions
means the corpus cannot answer. Across languages only the names spelled alike on both
sides are checked, and countries through their CLDR names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from app.answertypes import expected_type
from app.citednames import articles_named
from app.countries import (
    CJK,
    ENGLISH_SHORT,
    TURKISH_SUFFIX,
    capitals,
    countries_in,
    countries_meant,
    country_anchors,
    country_key,
    english_plain_named,
    fold,
    listed_only,
    names_in_english,
)
from app.courtranks import court_ranks
from app.namewords import (
    COMPASS_WORDS,
    COMPOUND_SUFFIX,
    DEMONYM,
    INSTITUTION_WORDS,
    MONTH_WORDS,
    NAME_ANCHOR,
    NOT_NAMES,
    common_word,
    stopword_set,
)
from app.questionlanguage import question_language

# A number whole: "2021/7144", "230,000", the French "1 000" (not "230" and "000").
_DIGIT_ANCHOR = re.compile(r"(?<!\d)\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:[/.-]\d+|,\d{3}(?!\d))*")


def digit_anchors(question: str) -> set[str]:
    """Numbers the question names that pin down a document: years, case and decision numbers."""
    found = set()
    for match in _DIGIT_ANCHOR.finditer(question):
        m = match.group(0)
        if question[match.end() : match.end() + 1] in _NOT_AS_WRITTEN:
            continue  # "2018年10月" is October 2018, "500万美元" $5 million, in the documents
        if _YEAR_RANGE.fullmatch(m):
            found.update(m.split("-"))  # "2017-2021": "from 2017 to 2021" in the text
        elif len(m) >= 2 or "/" in m:
            found.add(m)
    return found


# A Chinese month or day, or a figure counted in ten thousands (万) or hundred millions (亿):
# the documents write "October", "5 million".
_NOT_AS_WRITTEN = frozenset("月日万亿")
_YEAR_RANGE = re.compile(r"(?:1[89]|20)\d\d-(?:1[89]|20)\d\d")


def missing_number(question: str, text: str) -> str | None:
    """The first number the question names (a year, a case or decision number) that
    ``text`` (lower case) lacks, as a whole number: "Decision No. 18" is not in "2018"."""
    for anchor in digit_anchors(question):
        if not any(
            re.search(rf"(?<![\d.,]){re.escape(form)}(?![.,]?\d)", text) for form in _number_forms(anchor)
        ):
            return anchor
    return None


_THOUSANDS = re.compile(r"\d{1,3}(?:[.,\s]\d{3})+")
_NUMBER_OF_YEAR = re.compile(r"(\d{1,3})/((?:19|20)\d\d)")


def _number_forms(anchor: str) -> tuple[str, ...]:
    """A number as texts in other languages write it: "1.000" (Italian, Turkish) is the
    English "1,000", and so is a bare "1000" (Chinese writes "1000多名"); a case number
    ("2021/7144") only as it is."""
    if anchor.isdigit() and len(anchor) >= 4:
        grouped = f"{int(anchor):,}"
        return (anchor, grouped, grouped.replace(",", "."), grouped.replace(",", " "))
    if m := _NUMBER_OF_YEAR.fullmatch(anchor):
        # a decision's number in its year: "n. 8/2017" is the CCF's "Decision No. 8 (2017)"
        return (anchor, f"{m[1]} ({m[2]})")
    if not _THOUSANDS.fullmatch(anchor):
        return (anchor,)
    groups = re.split(r"[.,\s]", anchor)
    return (anchor, *(sep.join(groups) for sep in (",", ".", " ", "\u00a0", "")))


# Where a sentence's first word starts: after the text's start or a sentence's end (not an
# abbreviation's full stop), and any quotes, brackets or numbers.
_SENTENCE_START = re.compile(
    r"(?:^|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bNo)(?<!\bv)(?<!\bvs)(?<!\b[A-Z])[.?!;:]\s+)[\s\W\d_]*"
)


def bare_name(name: str) -> str:
    """A name as the corpus' other languages write it: without a Turkish case ending
    ("İstanbul'daki"), and Turkish "İstanbul" as "Istanbul"."""
    return TURKISH_SUFFIX.sub("", name).replace("İ", "I")


def name_anchors(question: str, known_name: Callable[[str], bool] | None = None) -> list[tuple[str, ...]]:
    """Names the question gives (capitalised words other than its first word), a full name
    as one group: "Kim Kyung Yup" is the man a document calls "Mr Kim". Institution,
    country and nationality words ("Court", "China", "Taiwanese") stand alone.
    ``known_name(w)``: whether the corpus writes ``w`` as a name; a sentence's first word
    that it does is a name too ("Bordeaux Court of Appeal: date of…?", "Shiksaitov…")."""
    groups: list[list[str]] = []
    end: int | None = None  # where the last name word ended (None: no name to extend)
    # Chinese has no capitals: a Latin-script word opening its question is a name all the same.
    starts = set() if CJK.search(question) else {s.end() for s in _SENTENCE_START.finditer(question)}
    for m in NAME_ANCHOR.finditer(question):
        # "Anxi-style", "Beijing-based": the name is the part before the lower-case suffix
        word = COMPOUND_SUFFIX.sub("", m.group(0))
        if m.start() in starts and not (known_name and known_name(bare_name(word))):
            continue  # "What", "Does": capitalised as a sentence's first word
        lower = word.lower()
        if lower in MONTH_WORDS:
            end = None
            continue
        name = not (lower.rstrip("'’s") in NOT_NAMES or lower in stopword_set() or DEMONYM.search(lower))
        if name and end is not None and question[end : m.start()].strip(" -") == "":
            groups[-1].append(word)
        else:
            groups.append([word])
        # a Turkish case ending closes a name ("İstanbul'daki Fuzhou polisi": two names)
        end = m.end() if name and not TURKISH_SUFFIX.search(word) else None
    unique: dict[tuple[str, ...], None] = dict.fromkeys(tuple(g) for g in groups)
    return list(unique)


# A party the ruling names by initials ("A.L. (X.W.)", "L. W.-K."): a name in any language.
_INITIALS = re.compile(r"(?<![A-Za-z0-9.])[A-Z]\.(?:\s?-?[A-Z]\.)+")
# Initials that name no party.
_NOT_INITIALS = frozenset({"US", "UK", "EU", "UN", "PRC", "USA", "UAE", "USSR"})


def initials_anchors(question: str) -> list[str]:
    """The initials the question names a party by, of two letters or more ("A.L.",
    "L. W.-K."; one letter is too common: French "M." is "Mr")."""
    found = [m.group(0) for m in _INITIALS.finditer(question)]
    return [f for f in dict.fromkeys(found) if re.sub(r"\W", "", f) not in _NOT_INITIALS]


def initials_in(initials: str, text: str) -> bool:
    """Whether ``text`` (lower case) holds the initials, spaced or not ("a.l." in "a. l."),
    their parts in any order: "L. W.-K." is "W.-K. L." in the Czech Constitutional Court's
    list of complainants. A one-letter part is too common to look for alone."""
    parts = initials.split()
    if len(parts) > 1 and any(len(re.findall(r"[A-Z]", p)) > 1 for p in parts):
        return all(initials_in(p, text) for p in parts if len(re.findall(r"[A-Z]", p)) > 1)
    letters = re.findall(r"[A-Z]", initials)
    orders = (letters, letters[::-1]) if len(parts) > 1 else (letters,)
    patterns = [r"\s?-?".join(re.escape(c.lower()) + r"\." for c in order) for order in orders]
    return any(re.search(rf"(?<![a-z0-9.]){pattern}", text) for pattern in patterns)


@dataclass
class Verdict:
    answerable: bool
    reason: str = ""
    # A name or number the question gives is not in the cited passages or documents
    # (though the corpus has it): other passages may still answer.
    missing_anchor: bool = False


def _named_in(word: str, text: str) -> bool:
    """Whether ``text`` (lower case) names ``word``, in any of its forms and languages: its
    first four letters (five of a long word) starting a word ("Bordeaux's", "Portugal" in
    "portugués", "Cassation" in "Cassazione", "Kim" in "Kima"; a hyphenated name's parts
    each). Not anywhere inside a word: "Portugal" is not in "importe"."""
    word = re.sub(r"['’]s$", "", word.lower())
    if "-" in word.strip("-"):  # "Thai-Myanmar": each part, as "the Thailand–Myanmar border" has them
        return all(_named_in(part, text) for part in word.split("-") if part)
    stem = word[: 5 if len(word) >= 7 else 4]
    return re.search(rf"(?<![0-9a-z\u00c0-\u024f]){re.escape(stem)}", text) is not None


def check_anchors(
    question: str,
    documents: Iterable[str],
    known_word: Callable[[str], bool] | None = None,
    document_languages: Iterable[str] = (),
    word_languages: Callable[[str], frozenset[str]] | None = None,
    passages: Iterable[str] | None = None,
    any_name: bool = False,
    names: Iterable[str] = (),
    share: Callable[[str], float] | None = None,
    known_name: Callable[[str], bool] | None = None,
    titles: Iterable[str] = (),
) -> Verdict:
    """Whether the cited documents (title, metadata and text) carry what the question names.

    Numbers must be in a cited document; names in a cited passage (or its document's title,
    court or jurisdiction: a long report names every country somewhere, the passage quoted
    for "Japan" must be about Japan) — ``passages``, or the documents when not given.
    ``known_word(w)`` tells whether the corpus contains a word at all. Between an English
    question and English documents every name is checked, and a name the corpus never
    mentions means it cannot answer. Across languages a name may be a translation ("Chine",
    "Suède") spelled another way on the other side, so only the names that
    ``word_languages`` finds in documents of a language other than the question's
    ("Bordeaux" or "Gao Jianhuan" in a French or Spanish question) are checked there.
    ``any_name``: one of the names suffices and numbers are not checked — the lighter test
    for the one passage that states the answer's date, sum or name (see Assistant.ask).
    ``names``: more names the question gives, as the corpus spells them (a Chinese
    question's "南宁" as "nanning": HybridRetriever.pinyin_names).
    ``share(w)``: the share of passages holding a word; with ``any_name``, the rarest name
    the question gives must be among those found.
    ``known_name(w)``: whether the corpus writes ``w`` as a name (see ``name_anchors``).
    ``titles``: the cited documents' titles, where a ruling names the state it is against.
    """
    documents = list(documents)
    passages = None if passages is None else list(passages)
    doc_text = " ".join(documents).lower()
    if not any_name and (number := missing_number(question, doc_text)):
        return Verdict(False, f"the cited documents do not mention {number!r}", missing_anchor=True)
    # (Turkish "İstanbul" lower-cases to "i̇stanbul", with a combining dot: dropped)
    name_text = (doc_text if passages is None else " ".join(passages).lower()).replace("\u0307", "")
    language = question_language(question)
    across = language != "en" or any(lang != "en" for lang in document_languages)
    # Initials are spelled alike in every language: checked whatever the languages. They
    # name the party the question is about, so even the lighter test wants them.
    initials = initials_anchors(question)
    missing: list[str] = [i for i in initials if not initials_in(i, name_text)]
    checked = len(initials)
    if any_name and initials and len(missing) == checked:
        return Verdict(False, f"the cited passages do not mention {missing[0]!r}", missing_anchor=True)
    if across and word_languages is None:
        return _verdict(missing, checked, any_name, passages is not None)
    rarest: tuple[float, str] | None = None  # (share of passages, name) of the rarest name
    raw_text = " ".join(documents if passages is None else passages)  # as written: "UAE", not "uae"
    latin = name_anchors(question, known_name)
    for group in [*latin, *(tuple(n.split()) for n in names)]:
        words = [bare_name(name) for name in group]
        words = [
            w for w in words if re.sub(r"['’]s$", "", w.lower()) not in INSTITUTION_WORDS | COMPASS_WORDS
        ]
        if not words:
            continue
        whole = words  # the name as the question gives it, for its initials
        # A Chinese question's Latin-script name is written as the documents write it, not
        # translated ("尤尔根·斯托克（Jürgen Stock）"): checked as an English question's is.
        if across and not (language == "zh" and group in latin):
            assert word_languages is not None
            crossing = [w for w in words if not common_word(w) and word_languages(w) - {language}]
            if (
                not crossing
                and len(words) > 1
                and all(map(word_languages, words))
                and known_name is not None
                and any(map(known_name, words))
            ):
                # a person's full name the corpus writes only in the question's language
                # ("Abulıkemu Helili"): the documents in other languages do not name them
                crossing = words
            words = crossing
            if not words:
                continue  # no spelling of it known to cross languages
        elif known_word is not None and not any(
            known_word(w.lower()) or any(known_word(c) for c in countries_meant(w)) for w in words
        ):
            return Verdict(False, f"the corpus never mentions {' '.join(words)!r}")
        checked += 1
        if (
            not any(
                _named_in(w, name_text) or _names_any(_country_words(w), name_text) or _seat_of(w, name_text)
                for w in words
            )
            and not _initialled(whole, name_text)
            and not any(names_in_english(code, raw_text) for _, code in countries_in(" ".join(whole)))
        ):
            missing.append(" ".join(words))
        if share is not None:
            rare = min((share(w) for w in words), default=0.0)
            if rare > 0 and (rarest is None or rare < rarest[0]):
                rarest = (rare, " ".join(words))
    if any_name and rarest is not None and rarest[1] in missing:
        # The passage stating the answer must name what the question is most specifically
        # about ("Benin City", not just "Fuzhou" that a hundred passages name).
        return Verdict(False, f"the cited passages do not mention {rarest[1]!r}", missing_anchor=True)
    if not any_name:
        # Country names are translated, so the names above miss them; CLDR gives each
        # country's name in the cited documents' languages ("Japon" → "Japan", "Japonsko").
        # In English, those it spells in institution words ("the United States").
        folded_text = fold(name_text)
        codes = country_anchors(question, language) if language != "en" else english_plain_named(question)
        # A country named only in a list ("the nine countries, Turkey among them, …") is not
        # what a passage stating a count is about — unless the question lists them itself.
        in_passing = passages is not None and bool(codes) and expected_type(question) in _COUNTS
        for code in codes:
            checked += 1
            if not _names_country(code, folded_text, raw_text, document_languages) or (
                in_passing and listed_only(code, raw_text) and not listed_only(code, question)
            ):
                missing.append(country_key(code, "en", display=True))
        courts = court_countries(question, language)
        if passages is not None and courts and not articles_named(question):
            # A court of a country ("a Malaysian court") is in a passage that names a court
            # and that country both: D.Z. v. Switzerland is no ruling of a Swiss court. (Not
            # for a question about an article: "an Italian judge found a risk of inhuman
            # treatment: how does Article 3 ECHR word the ban?" asks what the article says.)
            for code in courts:
                checked += 1
                if not any(_names_court_of(code, p, document_languages) for p in passages):
                    missing.append(f"a court of {country_key(code, 'en', display=True)}")
        titles = list(titles)
        if passages is not None and titles:
            # "the judgment against Albania": a ruling whose title names Albania as the
            # respondent, not M.A. and Others v. Bulgaria nor a report listing Albania.
            for code in respondent_countries(question, language):
                checked += 1
                if not any(_names_country(code, fold(t.lower()), t, document_languages) for t in titles):
                    missing.append(f"a case against {country_key(code, 'en', display=True)}")
    return _verdict(missing, checked, any_name, passages is not None)


# What a question may ask a count of: a number, a sum, a share, a term.
_COUNTS = ("number", "amount", "percentage", "duration")
# A court, or its judges, in the question and corpus languages (not French "cours": "au
# cours de" is "during").
_COURT_WORD = re.compile(
    r"\b(?:courts?|tribunal\w*|cour|corte|corti|juzgados?|audiencia|mahkeme\w*|judges?|juges?|giudic[ei]|"
    r"jue(?:z|ces)|hakim\w*|hâkim\w*|yargıç\w*|domstol\w*|tingsrätt\w*|hovrätt\w*|soud\w*|sąd\w*)\b|"
    r"法院|法庭|法官",
    re.IGNORECASE,
)
# How far from a court word a country word may be and still be the court's ("the Swiss
# Federal Supreme Court", "un tribunal malaisien", "泰国法院").
_COURT_REACH = 30


@lru_cache(maxsize=256)
def court_countries(question: str, language: str) -> frozenset[str]:
    """ISO codes of the countries whose courts the question speaks of: a country word
    within reach of a court word ("a Malaysian court", "le Tribunal fédéral suisse");
    cached, as each retrieved passage is checked against the same question."""
    found: set[str] = set()
    for m in _COURT_WORD.finditer(question):
        window = _court_window(question, m.start(), m.end(), language)
        found |= {code for _, code in countries_in(window)}
        if language != "en":
            found |= set(country_anchors(window, language))
    if language == "tr" and _TR_ANY_COURT.search(question):
        for m in _TR_LOCATIVE.finditer(question):
            found |= set(country_anchors(m.group(0), language))
    return frozenset(found)


# What ends the phrase a court word is in: a country named past it is another matter's
# ("Rus mahkemesi, X.W.'nin Çin'e…", "surrender Kim to the PRC — first in the Court of Appeal").
_PHRASE_END = re.compile(r"[,;:?!.()—–，。？；：（）、]")
# How a country follows the court word in English ("the courts of Sweden", "a court in
# Thailand"); in the Romance languages it follows directly ("le Tribunal fédéral suisse").
_COURT_OF = re.compile(
    r"^\s*(?:(?:decisions?|rulings?|judg(?:e)?ments?|orders?)\s+)?(?:of|in)\s", re.IGNORECASE
)
# A Turkish question's court "somewhere": "bir mahkeme", "herhangi bir … mahkemesi" — the
# court of the country the question places it in ("Arnavutluk'ta, … reddeden bir mahkeme
# kararı var mı?"), however far before.
_TR_ANY_COURT = re.compile(r"\b(?:herhangi\s+)?bir\s+(?:\w+\s+)?mahkeme", re.IGNORECASE)
_TR_LOCATIVE = re.compile(r"\b\w+['’][dt][ae]\b")
# English words that end the phrase before a court word: "to China in the Court of Appeal".
_BEFORE_PHRASE = re.compile(
    r"^.*\b(?:to|in|into|by|from|for|with|at|on|than|that|which|who|did|does|do|was|were|is|has|had|and|or)\b",
    re.IGNORECASE | re.DOTALL,
)


def _court_window(question: str, start: int, end: int, language: str) -> str:
    """The words of the question that may say whose the court at question[start:end] is,
    never past the phrase's punctuation: in Chinese the few characters before it
    ("泰国法院", "瑞典最高法院"); in Turkish the three words before ("İsveç Yüksek
    Mahkemesi"); in English the phrase before ("the Slovenian court", "China's top court")
    and, after "of" or "in", the words after ("the courts of Sweden"); in the Romance
    languages the four words after ("le Tribunal fédéral suisse", "los tribunales de
    Suecia") — a country before the court word there is what the case is about ("su
    vuelta a China consideró el Tribunal")."""
    before = _PHRASE_END.split(question[max(start - _COURT_REACH, 0) : start])[-1]
    after = " ".join(_PHRASE_END.split(question[end : end + _COURT_REACH])[0].split()[:4])
    court = question[start:end]
    if language == "zh":
        return before[-8:] + court
    if language == "tr":
        return " ".join([*before.split()[-3:], court])
    if language == "en":
        return f"{_BEFORE_PHRASE.sub('', before)} {court} {after if _COURT_OF.match(after) else ''}"
    return f"{court} {after}"


# How far from a court word a passage may name its country: a ruling's facts name the
# state once and its court a sentence later ("… the Slovak authorities conducted a
# preliminary investigation … In November 2016, the Supreme Court found…"); a report's
# paragraph naming Slovenia's ministry and, further on, the Bordeaux court is about no
# court of Slovenia.
_PASSAGE_COURT_REACH = 150
# The People's Courts are China's, whether or not the sentence says so ("applauded by the
# Supreme People's Court").
_PEOPLES_COURT = re.compile(r"\bPeople['’]s\s+Court|人民法院")


def _names_court_of(code: str, passage: str, document_languages: Iterable[str]) -> bool:
    """Whether ``passage`` names a court and the country ``code`` near it (see
    _PASSAGE_COURT_REACH)."""

    def names(text: str) -> bool:
        # by its name first; its adjective ("an Italian court") costs more to find
        return _names_country(code, fold(text.lower()), text, document_languages) or code in {
            c for _, c in countries_in(text)
        }

    courts = list(_COURT_WORD.finditer(passage))
    peoples = code == "CN" and _PEOPLES_COURT.search(passage)
    if not courts or not (peoples or names(passage)):
        return False  # no court, or the country nowhere: no window to read
    for m in courts:
        window = passage[max(m.start() - _PASSAGE_COURT_REACH, 0) : m.end() + _PASSAGE_COURT_REACH]
        if (peoples and _PEOPLES_COURT.search(window)) or names(window):
            return True
    return False


# A case against a state, in the question languages: "the judgment against Albania",
# "Liu v. Poland", "l'arrêt contre la Bulgarie", "A.D. ve Diğerleri - Türkiye davası",
# "D.Z.诉瑞士案". What follows (or, in Turkish and Chinese, what stands there) is the
# respondent state, which a ruling's title names ("M.A. and Others v. Bulgaria").
_CASE_WORDS = (
    r"judg(?:e)?ments?|cases?|applications?|rulings?|decisions?|complaints?|communications?|proceedings|"
    r"arrêts?|affaires?|requêtes?|décisions?|plaintes?|sentenz[ae]|caus[ae]|cas[oi]|ricors[oi]|decision[ei]|"
    r"sentencias?|casos?|asuntos?|demandas?|decisi(?:ón|ones)"
)
_AGAINST = re.compile(
    rf"\b(?:{_CASE_WORDS})\s+(?:[\w-]+\s+){{0,4}}?(?:against|contre|contro|contra)\s+(?P<after>[^,;:?!.()]{{1,30}})|"
    r"(?<![\w.])(?-i:v|vs)\.?\s+(?P<party>[^,;:?!()]{1,30})|"
    r"\s[-–/]\s*(?P<tr>\S+(?:\s\S+)?)\s+(?:davası|kararı)\w*|(?P<tr_against>\S+)\s+aleyhine\b|"
    r"诉(?P<zh>[^，。？、（）\s]{1,8}?)(?:一?案|的)",
    re.IGNORECASE,
)
# A case the question asks for, not one it names.
_ASKED_CASE = re.compile(r"\b(?:which|what|quel\w*|qual\w*|qué|cuál\w*|hangi)\b[^,;:?]*$|哪", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:the|la|le|les|l['’]|il|lo|el|los)\s*", re.IGNORECASE)
# No ruling in the corpus is against China, and a question's "the case against China"
# is about its requests, not a respondent state.
_NOT_RESPONDENTS = frozenset({"CN", "TW", "HK", "MO"})


@lru_cache(maxsize=256)
def respondent_countries(question: str, language: str) -> frozenset[str]:
    """ISO codes of the states the question names a case against (see _AGAINST)."""
    found: set[str] = set()
    for m in _AGAINST.finditer(question):
        if _ASKED_CASE.search(question[max(m.start() - 30, 0) : m.start()]):
            continue  # "which earlier judgment against the United Kingdom did the Court cite?"
        window = _ARTICLE.sub("", next(g for g in m.groups() if g))
        found |= {code for _, code in countries_in(window)}
        if language != "en":
            found |= set(country_anchors(window, language))
    return frozenset(found - _NOT_RESPONDENTS)


# A treaty by its parties: "the extradition treaty between Italy and China", "il trattato
# di estradizione tra Italia e Cina", "Türkiye ile Çin arasındaki iade anlaşması",
# "中国与意大利的引渡条约". The parties come after the treaty's word in the European
# languages, before it in Turkish and Chinese. (Not a convention: many states are party to
# one, and "D.Z. v. Switzerland and Z v. Australia … under the Convention" names two of them.)
_TREATY = re.compile(
    r"\b(?:treat(?:y|ies)|agreements?|traités?|accords?|trattat[oi]|accord[oi]|tratados?|acuerdos?)\b"
    r"(?P<after>[^,;:?!.()]{0,60})|"
    r"(?P<tr>[^,;:?!.()]{0,60}?)\b(?:antlaşma|anlaşma)\w*|"
    r"(?P<zh>[^，。？；、（）和]{0,20}?)(?:条约|协定)",
    re.IGNORECASE,
)
# between the parties: "between", "entre", "tra/fra", "ile … arasındaki", "与/同"
_BETWEEN = re.compile(r"\b(?:between|entre|tra|fra|with|avec|con|ile)\b|arasında|与|同|和")
# a kind of treaty, not one: "with Cambodia and other Asian countries", "中国与柬埔寨等亚洲国家"
_EXAMPLES = re.compile(
    r"\b(?:such as|like|other|etc|gibi|comme|come|como|otros|autres|altri)\b|等", re.IGNORECASE
)


@lru_cache(maxsize=256)
def treaty_parties(question: str, language: str) -> tuple[frozenset[str], ...]:
    """The states of each treaty a question names by its parties (ISO codes): "the
    extradition treaty between Italy and China" is the Italy–China treaty, which the
    France–China treaty's decree does not answer for. One state alone ("China's treaties")
    names no particular treaty; a question comparing two names both."""
    treaties = []
    for m in _TREATY.finditer(question):
        window = next(g for g in (m.group("after"), m.group("tr"), m.group("zh")) if g is not None)
        if not _BETWEEN.search(window) or _EXAMPLES.search(window):
            continue
        found = {code for _, code in countries_in(window)}
        if language != "en":
            found |= set(country_anchors(window, language))
        if found:
            # one state is enough beside a treaty of two: "İspanya ile yaptığı antlaşma mı,
            # yoksa Fransa ile yaptığı mı" names the second treaty's other party once
            treaties.append(frozenset(found))
    return tuple(treaties) if any(len(states) > 1 for states in treaties) else ()


def names_all_countries(codes: Iterable[str], text: str, document_languages: Iterable[str]) -> bool:
    """Whether ``text`` (as written) names every one of the countries ``codes``."""
    languages = list(document_languages)
    folded = fold(text.lower())
    return all(_names_country(code, folded, text, languages) for code in codes)


def _names_country(code: str, folded_text: str, raw_text: str, document_languages: Iterable[str]) -> bool:
    """Whether a text names the country in the documents' languages or English (the
    documents' metadata, court and jurisdiction, is in English): ``folded_text`` folded and
    lower-cased, ``raw_text`` as written ("the US" is not "us")."""
    keys = [country_key(code, lang) for lang in {*document_languages, "en"}] + list(
        ENGLISH_SHORT.get(code, ())
    )
    if any(key and key in folded_text for key in keys) or names_in_english(code, raw_text):
        return True
    # or by where someone is based, as English texts say of a person's country ("a
    # London-based lawyer" is the question's "İngiliz avukat", British); not by the capital
    # alone, which a list of cities names for its country's stations ("Rome")
    capital = capitals().get(country_key(code, "en", display=True).lower(), "")
    return bool(capital) and re.search(rf"\b{re.escape(fold(capital))}-based\b", folded_text) is not None


def _verdict(missing: list[str], checked: int, any_name: bool, in_passages: bool) -> Verdict:
    """Not answerable when a name is missing (with ``any_name``: when all of them are)."""
    where = "passages" if in_passages else "documents"
    if missing and (not any_name or len(missing) == checked):
        return Verdict(False, f"the cited {where} do not mention {missing[0]!r}", missing_anchor=True)
    return Verdict(True)


def _initialled(words: list[str], text: str) -> bool:
    """Whether ``text`` (lower case) names a person of two or three names by their initials,
    as an anonymised ruling does: "Qiao Jianjun" is the "Q.J." of the Swedish Supreme Court's
    decision."""
    if not 2 <= len(words) <= 3 or not all(w[:1].isalpha() for w in words):
        return False
    return initials_in("".join(f"{w[0].upper()}." for w in words), text)


def _country_words(word: str) -> tuple[str, ...]:
    """The words naming the country (or region) a question's word stands for, its capital
    among them: "British" is the "London-based lawyer" of ICIJ's report."""
    names = countries_meant(word)
    table = capitals()
    return (*names, *dict.fromkeys(table[n] for n in names if n in table))


def _seat_of(word: str, text: str) -> bool:
    """Whether ``text`` (lower case) names the court whose seat ``word`` is, as lawyers name
    it ("la Cour de Strasbourg"): a passage of its ruling, whose record names the court (a
    legal summary never says "Strasbourg"). The seats are app/courtranks.py's."""
    ranks = court_ranks(word)
    return bool(ranks) and ranks <= court_ranks(text)


def _names_any(names: Iterable[str], text: str) -> bool:
    return any(re.search(rf"\b{re.escape(name)}\b", text) for name in names)
