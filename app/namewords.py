"""Which capitalised words can be names: the lexicon both the answer-type checks
(app/answertypes.py: a person's name, a place) and the anchor checks (app/answerability.py:
the names a question gives) read capitalised words with.

A capitalised word is no name when it is an institution's generic word ("Court",
"Statute": every ruling has one, in its own words), a month, a point of the compass, a
stop word, a people or a nationality, or an anonymised placeholder ("Aaa BBB").
"""

from __future__ import annotations

import re
from functools import lru_cache

MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|"
    "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre|"
    "enero|febrero|abril|mayo|junio|julio|septiembre|setiembre|octubre|noviembre|diciembre|"
    "ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|"
    "januari|februari|maj|juni|juli|augusti|oktober|januar|februar|märz|dezember|"
    "ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|"
    "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia"
)
# Capitalised words of institutions and documents: never part of a person's name, and too
# generic to check ("Court", "Statute": every ruling has one, in its own words).
INSTITUTION_WORDS = frozenset(
    "court courts appeal appeals supreme constitutional commission chamber republic minister ministry justice "
    "article articles convention decision state states police security public national international united "
    "nations european human rights council general office prosecutor government province city bureau law act "
    "interpol ccf red notice notices overseas service station stations "
    "party central people's peoples communist secretariat assembly committee criminal division section "
    "statute constitution rules rule treaty protocol resolution regulation regulations code decree "
    "tribunal high district federal organization organisation agency crown "
    # a court's level in the questions' languages ("del Tribunal Municipal y del Tribunal
    # Superior de Praga" is the Czech Městský soud and Vrchní soud)
    "municipal municipale superior superiore supérieur supérieure regional régional regionale "
    "administrative administratif administrativa amministrativo contencioso yüksek bölge idare idari "
    # a party's role in a judgment's heading ("Kyung Yup Kim Respondent")
    "appellant appellants respondent respondents applicant applicants intervener attorney-general "
    "first second third "
    # the same in the questions' other languages ("la Camera" is the Chamber, not the
    # "in camera" of every CCF decision)
    "cour cours chambre commission conseil ministre ministère gouvernement procureur statut traité "
    "corte camera sezione tribunale commissione consiglio ministro ministero governo procura statuto trattato "
    "sala pleno sección comisión consejo ministerio gobierno fiscalía estatuto tratado audiencia "
    "mahkeme mahkemesi daire dairesi komisyon komisyonu bakanlık bakanlığı bakanı hükümet hükümeti savcılık "
    "tüzük tüzüğü anayasa anayasası sözleşme sözleşmesi "
    # the People's Republic's long name in the questions' languages: "República Popular China"
    "popular popolare populaire república repubblica république halk cumhuriyeti cumhuriyet".split()
)
# Points of the compass: "a Southeast Asian island nation" describes where; "Asian" is checked
# as the region's countries (app/countries.py), "Southeast" names nothing of its own.
COMPASS_WORDS = frozenset(
    "north south east west northern southern eastern western southeast south-east northeast north-east "
    "southwest south-west northwest north-west southeastern northeastern southwestern northwestern".split()
)
# Places: not part of a person's name either, but checked ("Japan" is not "Sweden").
PLACE_WORDS = frozenset(
    "china chinese france french italy italian sweden swedish turkey turkish czech spain spanish poland polish "
    "russia russian new zealand hong kong".split()
)
# Peoples and faiths: "a Muslim Uyghur activist" names no one.
GROUP_WORDS = frozenset(
    "muslim muslims uyghur uyghurs uighur uighurs tibetan tibetans kazakh kazakhs hui han christian christians "
    "catholic buddhist falun gong kurdish kurds chechen mongolian".split()
)
NOT_NAMES = INSTITUTION_WORDS | PLACE_WORDS | GROUP_WORDS
# Months name no one: "by 21 June 2022" is a date, checked as one.
MONTH_WORDS = frozenset(MONTHS.split("|"))


@lru_cache(maxsize=1)
def stopword_set() -> frozenset[str]:
    from app.lexical import stopwords

    return frozenset(stopwords())


def anonymised(word: str) -> bool:
    """A placeholder for a party's name: the CCF's "Aaa BBB", "XXX"."""
    w = word.lower()
    return len(w) >= 3 and len(set(w)) == 1


def plain(word: str) -> bool:
    """An institution word, or "The"/"In"/"According" starting a sentence: not part of a name."""
    stop = _not_name_words()
    w = word.lower().rstrip("'’s")
    return anonymised(w) or w in NOT_NAMES or w in stop or word.lower() in stop


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    """Stop words and English function words ("Besides", "However", "Although"): a sentence
    starting with one and a name ("Besides Ma, two other friends…") holds one name, not a
    pair (scikit-learn's list, less its words that are also names: Bill Browder, Theresa May)."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    from app.lexical import stopwords

    # "Le Premier ministre", "La Sala", "Il Presidente": the articles of the rulings' languages
    # too, less the short words that are Chinese surnames ("the call with Ma").
    others = {w for language in ("fr", "it", "es") for w in stopwords(language)} - _SURNAME_LIKE
    return stopword_set() | others | (frozenset(ENGLISH_STOP_WORDS) - {"bill", "may", "mill", "con", "co"})


_SURNAME_LIKE = frozenset(
    {"ma", "mi", "lu", "li", "hu", "yu", "wu", "xu", "su", "mo", "he", "an", "di", "da", "de"}
)


JUDICIAL_RANKS = frozenset({"J", "CJ", "JJ", "P", "ACJ"})

# Latin capitals and small letters, with Latin Extended-A and -B: Turkish "İstanbul" and
# "Abulıkemu", Polish "Łódź", Czech "Šimek" are names whole.
_EXTENDED = [chr(c) for c in range(0x100, 0x250)]
UPPER = "A-ZÀ-Ý" + "".join(c for c in _EXTENDED if c.isupper())
LOWER = "a-zà-ÿ" + "".join(c for c in _EXTENDED if c.islower())

# Not preceded by a Latin letter, digit or full stop; a Chinese character before a name
# ("对Tang Hao的") is a boundary.
NAME_ANCHOR = re.compile(rf"(?<![{UPPER}{LOWER}0-9_.])[{UPPER}][{LOWER}]{{2,}}(?:[-'’][{UPPER}{LOWER}]+)?")


# "Taiwanese", "Brazilian", "Korean": a nationality next to a name is not part of it.
DEMONYM = re.compile(r"(?:ese|ian|ean|ish)$")


COMPOUND_SUFFIX = re.compile(r"-[a-zà-ÿ]+$")


def common_word(word: str) -> bool:
    """An institution, country or nationality word ("Court", "China", "Taiwanese"), or a stop word."""
    lower = word.lower()
    return lower in NOT_NAMES or lower in stopword_set() or bool(DEMONYM.search(lower))
