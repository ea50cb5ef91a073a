"""What kind of value a question asks for, and whether a text states one.

Embedding similarity says a passage is *about* the question; it cannot say the passage
holds the *answer*. A question asking when / how many / how much / who needs evidence
containing a date / a number / an amount / a person's name, other than the one the
question gives itself; one asking what something is called or in which city needs a
proper name the question does not give (a passage about "an online lending firm" names
none). Cue words cover the corpus' question languages (en, fr, it, es, tr, zh, de, pt).
The other half of the abstention checks, the question's anchors, is app/answerability.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from app.citednames import ZH_NUMERALS, articles_named, zh_number
from app.cities import city_key, city_words
from app.counted import counts_asked
from app.countries import CJK, TURKISH_SUFFIX, countries_in, english_country_names, fold
from app.institutions import CUE as _INSTITUTION_CUE
from app.institutions import kind_word, kinds_asked, names_an_institution, names_institution
from app.namewords import (
    COMPASS_WORDS,
    COMPOUND_SUFFIX,
    DEMONYM,
    INSTITUTION_WORDS,
    JUDICIAL_RANKS,
    MONTH_WORDS,
    MONTHS,
    NAME_ANCHOR,
    PLACE_WORDS,
    anonymised,
    plain,
)
from app.questionparts import asking_parts, question_parts

_DAY_DATE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?(?:{MONTHS})\b|\b(?:{MONTHS})\s+\d{{1,2}}\b|"
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}\.\s\d{1,2}\.\s\d{4}\b|\b\d{4}-\d{2}-\d{2}\b|"
    r"\d{4}年\d{1,2}月\d{1,2}日",
    re.IGNORECASE,
)
_ANY_DATE = re.compile(
    rf"{_DAY_DATE.pattern}|\b(?:1[89]|20)\d{{2}}(?:s|'s)?\b|\b(?:{MONTHS})\b|\d{{4}}年", re.IGNORECASE
)
# "What year": a year, not a month ("In November, China convened talks").
# A decade is no year: "born in the 1970s", "les années 1970", "1970'lerde", "1970年代".
_YEAR_ONLY = re.compile(
    r"(?<!\d)(?<!années )(?<!anni )(?<!años )(?:1[89]|20)\d\d(?!\d|s\b|['’]s\b|['’]l[ei]r|年代)|\d{4}年(?!代)"
)
# "How long": a number of days, weeks, months or years, in the corpus' languages.
_DURATION = re.compile(
    r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty"
    r"(?:-\w+)?|thirty|several|many|a few)\s+(?:full\s+|more\s+|further\s+)?(?:days?|weeks?|months?|years?)\b|"
    r"\b\d+\s*(?:jours?|semaines?|mois|ans|années|giorni|settimane|mesi|anni|días|semanas|meses|años|gün|hafta|ay|yıl|"
    r"dní|dnů|týdn\w*|měsíc\w*|let|roků|dagar|veckor|månader|år|dni|tygodni|miesięcy|lat)\b|"
    r"(?<!\d)\d{1,2}\s*(?:天|周|个月|年)|[一二三四五六七八九十两半]+(?:天|周|个月|年)|"  # not "2019年"
    # no time at all: "forwarded to the Commission on the same day"
    r"\b(?:the same day|le même jour|lo stesso giorno|el mismo día|aynı gün)\b|同一天|当天|当日",
    re.IGNORECASE,
)
_ORDINAL_EN = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|thousand|million|billion|dozens?|deux|trois|quatre|cinq|dix|cent|mille|tre|dieci|"
    r"dos|tres|cuatro|diez|iki|üç|dört|beş|"
    # the judgments' other languages: Swedish, Czech, Polish ("misstänkt för fem olika gärningar")
    r"två|fyra|fem|sju|åtta|nio|tio|dva|dvě|tři|čtyři|pět|šest|sedm|osm|devět|deset|"
    r"dwa|dwie|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć|dziesięć)\b|[一二三四五六七八九十百千万亿两]|"
    # Italian "due" and Turkish "on" (ten) are English words too: counted before a noun of theirs.
    r"\bdue (?!to\b|process\b|diligence\b|course\b|regard\b|consideration\b|date\b|time\b|care\b|weight\b)[a-zà-ù]|"
    r"\bon (?:yıl|ay|gün|kişi|bin|milyon|milyar|bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz)|"
    # the members of a numbered group, listed: "the first, fourth and fifth applicants" are three
    rf"\b{_ORDINAL_EN}(?:,\s+{_ORDINAL_EN})*,?\s+and\s+{_ORDINAL_EN}\s+(?:applicants?|complainants?|defendants?|accused|appellants?)\b",
    re.IGNORECASE,
)
# A share stated as a percentage, in the corpus' languages ("86.2 per cent", "350%", "yüzde 40").
_PERCENTAGE = re.compile(
    r"\d[\d.,]*\s*(?:%|％|per ?cent\b|percent\b|pour ?cent\b|per ?cento\b|por ?ciento\b|procent\w*)|"
    r"%\s*\d|\byüzde\s*\d|百分之[\d一二三四五六七八九十百点]+",
    re.IGNORECASE,
)
_CURRENCIES = (
    r"usd|eur|euros?|dollars?|yuan|rmb|renminbi|sek|czk|kronor|pounds?|francs?|lira|lire|"
    r"dólares|dollari|dolar|avro|chf|gbp|pln|złotych|zł|kč|korun|jpy|yen|cny|hkd|twd|nzd|aud|rub|roubles?|rubles?"
)
_AMOUNT = re.compile(rf"[$€£¥]|\b(?:{_CURRENCIES})(?!\w)|元", re.IGNORECASE)
# Each currency's names and signs, in the question and document languages: "how much, in
# euros?" is not answered by a sum in yuan.
_CURRENCY_NAMES = {
    "euro": r"€|\beur\b|\beuros?\b|\beuro\w*|\bavro\w*|欧元",
    "dollar": r"\$|\busd\b|\bdollar\w*|\bdólar\w*|\bdolar\w*|美元",
    "yuan": r"\byuan\b|\brmb\b|\brenminbi\b|\bcny\b|人民币|(?<!美|欧|港|日)元",
    "krona": r"\bsek\b|\bkronor\b|\bkrona\b|\bkr\b|\bkronen?\b|\bkron[ua]\w*|\bcouronnes?\b|\bcorone\b|\bcoronas?\b|克朗",
    "pound": r"£|\bgbp\b|\bpounds? sterling\b|英镑",
}
_CURRENCY = {name: re.compile(pattern, re.IGNORECASE) for name, pattern in _CURRENCY_NAMES.items()}


def currencies_in(text: str) -> set[str]:
    """The currencies ``text`` names (of those in _CURRENCY_NAMES)."""
    return {name for name, pattern in _CURRENCY.items() if pattern.search(text)}


# A penalty: a term of imprisonment, life, death, in the corpus' languages.
_NUMBER_WORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
_PENALTY = re.compile(
    rf"\b{_NUMBER_WORD}(?:\s*(?:-|to|or)\s*{_NUMBER_WORD})?\s+(?:years?|months?)[’']?\s+(?:of\s+)?(?:imprisonment|prison|jail|custody)|"
    rf"\b(?:imprisonment|prison term|prison sentence|jail term) of (?:up to |at least |not less than )?{_NUMBER_WORD}|"
    r"\bsentenced (?:\w+ )?to\b|\blife (?:imprisonment|sentence)|\bdeath (?:penalty|sentence)|\bcapital punishment|"
    r"\bdeprivation of liberty|\bdetention order|\bprivati(?:on|ve) de liberté|\bprivazione della libertà|"
    r"\bprivativa della libertà|\bprivación de libertad|\bprivativa de libertad|"
    r"\bhürriyeti bağlayıcı|\bfrihetsberövande|"
    r"\bcondamn\w* à|\bans d'emprisonnement|\bpeine d'emprisonnement|\bréclusion|\bperpétuité|\bpeine de mort|"
    r"\bcondannat\w* a|\bdi reclusione|\bergastolo|\bpena di morte|"
    r"\bcondenad\w* a|\baños de prisión|\bpena de prisión|\bcadena perpetua|\bpena de muerte|"
    r"\bhapis cezası|\byıl hapis|\bmüebbet|\bidam\b|\bfängelse|\blivstid|\bdödsstraff|"
    r"\bodnětí svobody|\btrest smrti|\bdoživot|\bpozbawienia wolności|\bkara śmierci|\bdożywoci|"
    r"死刑|无期徒刑|有期徒刑|判处",
    re.IGNORECASE,
)
# An offence named, in the corpus' languages: what "for what offence…" asks for ("a wanted
# man in China" names none).
_OFFENCE = re.compile(
    r"\b(?:fraud|swindl|scam|corrupt|embezzl|brib|misappropriat|launder|murder|homicide|manslaughter|killing|"
    r"terroris|separatis|extremis|subversi|espionage|spying|theft|robbery|kidnap|abduct|extortion|smuggl|"
    r"traffick|drug|narcotic|forgery|counterfeit|tax evasion|rape|assault|genocide|gambling|illegal fundraising|"
    r"deposits from the public|public deposits|abuse of (?:power|office|trust)|breach of trust|organi[sz]ed crime|"
    r"criminal organi[sz]ation|"
    r"escroquer|fraude|corruption|détournement|blanchiment|meurtre|assassinat|trafic|enlèvement|"
    r"abus de (?:biens|confiance)|contrefaçon|recel|"
    r"truff|frod|corruzion|peculato|riciclaggio|omicidi|furto|rapina|traffico|sequestro di persona|"
    r"appropriazione indebita|estorsion|bancarott|associazione (?:per delinquere|mafiosa)|evasione fiscale|"
    r"estafa|corrupci|malversaci|blanqueo|asesinato|homicidio|robo|hurto|tráfico|secuestro|apropiación indebida|"
    r"cohecho|soborno|extorsi|falsedad|"
    r"dolandırıcılık|yolsuzluk|rüşvet|zimmet|kara para|cinayet|öldürme|terör|hırsızlık|kaçakçılık|uyuşturucu|"
    r"ayrılıkçı|bölücü|adam kaçırma|sahtecilik|casusluk|"
    r"podvod|korupc|úplat|zpronevěr|legalizac|vražd|terorism|krádež|loupež|pašování|únos|"
    r"bedrägeri|korruption|mutbrott|förskingring|penningtvätt|mord|dråp|stöld|rån|narkotika|människohandel|"
    r"oszust|korupcj|łapówk|sprzeniewierz|prani[ea] pieniędzy|zabójstw|morderstw|terroryzm|kradzież|rozbój|"
    r"przemyt|wyłudz)\w*|"
    r"诈骗|欺诈|贪污|受贿|行贿|腐败|洗钱|杀人|谋杀|恐怖|分裂国家|盗窃|抢劫|走私|贩毒|贩运|绑架|挪用|"
    r"非法吸收公众存款|集资|赌博|偷越|职务侵占|\w{1,8}罪",
    re.IGNORECASE,
)


# Provisions other than articles: "§ 1", "s 30", "section 5", "rule 39".
_SECTION = re.compile(r"(?:\b(?:sections?|rule|règle|regola|regla)\s*|§\s*|\bs\s)(\d+)\b", re.IGNORECASE)


class _Provision:
    """An article ("Article 3", "článku 266", "artiklarna 2, 3 och 6", "54. maddesi", "第三条":
    app.citednames.articles_named) or a section, paragraph or rule number."""

    def search(self, text: str) -> bool:
        return bool(self.values(text))

    def values(self, text: str) -> list[str]:
        articles = [f"article {n}" for n in sorted(articles_named(text))]
        return articles + [f"section {m.group(1)}" for m in _SECTION.finditer(text)]


_PROVISION = _Provision()


class _Country:
    """A country named in any of the corpus' languages (app.countries.countries_in); two
    names of one country are one value ("China", "the PRC", "中国")."""

    def search(self, text: str) -> bool:
        return bool(countries_in(text))

    def values(self, text: str) -> list[str]:
        return [code for _, code in countries_in(text)]


_COUNTRY = _Country()


# Countries that are cities: the answer to "in which city" may be one.
_CITY_STATES = frozenset({"SG", "MC", "VA", "SM", "HK", "MO", "LU"})


# "In which city", "hangi şehirde", "在哪个城市": a town a gazetteer knows (app/cities.py),
# not any capitalised word; a province, a region or a place in general may be any name.
_CITY_ASKED = re.compile(
    r"\b(?:cit(?:y|ies)|towns?|villes?|città|ciudad(?:es)?|cidades?|stadt|städte)\b|\b(?:şehir|şehr|kent)\w*|城市|哪座城",
    re.IGNORECASE,
)


def asks_city(question: str) -> bool:
    """Whether a question asks for a town ("in which city"), which a gazetteer tells apart."""
    return bool(_CITY_ASKED.search(question))


_STATE_NAME = re.compile(
    r"\b(?:(?:People['’]s|Democratic|Islamic|Federal|Socialist|Arab|Czech|Slovak|French|Italian)\s+)*Republic\s+of\s+"
    r"(?:the\s+)?[A-Z]\w+|\bRussian Federation\b|\bUnited (?:Kingdom|States|Arab Emirates)\b|\bKingdom of\s+[A-Z]\w+"
)


# A person by title and name ("Mr Hung Tao Liu", "Mme X"): no place, though a town may
# share a word of it (Tao).
_TITLED_PERSON = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Mme|Mlle|Monsieur|Madame|Sig|Signor|Signora|Sr|Sra|[Dd]on|[Dd]oña|Herr|Frau|Bay|Bayan)"
    r"\b\.?(?:\s+[A-Z][\w'’-]*){1,4}"
)


def _without_state_names(text: str) -> str:
    """``text`` with each state's formal name blanked (offsets kept): "the People's Republic
    of China" is no institution's name nor a place's words."""
    return _STATE_NAME.sub(lambda m: " " * len(m.group(0)), text)


def _city_country(question: str, start: int, end: int) -> set[str]:
    """The countries named beside a question's word "city", in its own sentence: "Türkiye'nin
    hangi şehrinde", "in which Chinese city", "città della Cina meridionale"."""
    before = re.split(r"[.?!;。？！；]", question[max(0, start - 30) : start])[-1]
    after = re.split(r"[.?!;。？！；]", question[end : end + 40])[0]
    return {code for _, code in countries_in(before + " " + after)}


class _ProperName:
    """A proper name other than a nationality or an institution's generic word: what "what
    is the firm called" or "in which city" needs the evidence to hold ("an online lending
    firm" names none). Each capitalised word is a value: the name's words that the question
    itself gives are not its answer. A country is neither: the city asked for is not
    "France", the company not "China" — unless it is a city (Singapore, Monaco).
    ``generic``: an institution's generic words are names too ("the General Assembly",
    "People's Public Security News"), for the institution asked for (app/institutions.py)."""

    def __init__(self, places: bool, generic: bool = False) -> None:
        self.places = places
        self.generic = generic

    def search(self, text: str) -> bool:
        return bool(self.values(text))

    def values(self, text: str, common: Callable[[str], bool] | None = None, question: str = "") -> list[str]:
        """``common`` says which capitalised words are ordinary ones ("Regional Court");
        a place the question names as a country ("chinoise") is no answer either."""
        named = countries_in(text)
        mentioned = {fold(w) for words, _ in named for w in words.split()}
        asked = {code for _, code in countries_in(question)} if self.places else set()
        # a city-state by its name ("Singapore"), not its adjective ("Singaporean law")
        places = {
            fold(w)
            for words, code in named
            if self.places
            and code in _CITY_STATES
            and code not in asked
            and words in english_country_names(code)
            for w in words.split()
        }
        cue = _CITY_ASKED.search(question) if self.places else None
        cities = city_words(text) if cue else {}
        # the country the city is asked in, not a premise's ("… Chinese officials … Yapchan
        # Türkiye'nin hangi şehrinde yaşıyor?"): named beside the word "city"
        beside = _city_country(question, cue.start(), cue.end()) if cue else set()
        found = []
        text = _without_state_names(text)
        if self.places:
            text = _TITLED_PERSON.sub(lambda m: " " * len(m.group(0)), text)
        for m in NAME_ANCHOR.finditer(text):
            if m.end() < len(text) and text[m.end()].isalpha():
                continue  # "TikTok", "WeChat": the word goes on in capitals
            word = re.sub(r"['’]s?$", "", COMPOUND_SUFFIX.sub("", m.group(0)))
            if self.places:
                # "Türkiye'ye" is Türkiye; "GÖÇNET Sistemi", "X Müdürlüğü" end a name in
                # Turkish's possessive compound, no place
                word = TURKISH_SUFFIX.sub("", word)
                before = _AFTER_NAME.search(text, max(0, m.start() - 60), m.start())
                if (
                    before
                    and _TURKISH_COMPOUND_HEAD.search(word)
                    and not city_words(f"{before.group().strip()} {word}")  # "New Delhi", "Abu Dhabi"
                ):
                    continue
            lower = word.lower()
            if fold(word) in places:
                found.append(word)
                continue
            if cue and not self._city(city_key(TURKISH_SUFFIX.sub("", word)).split(), cities, beside):
                continue  # "Deutsche Welle" is no city, nor Beijing a town in Türkiye
            if fold(word) in mentioned or self._plain(word) or DEMONYM.search(lower):
                continue
            if lower in MONTH_WORDS or lower in COMPASS_WORDS or (common is not None and common(word)):
                continue
            found.append(word)
        return found

    @staticmethod
    def _city(words: list[str], cities: dict[str, frozenset[str]], countries: set[str]) -> bool:
        """Whether a name's words are a city's, in one of the countries the question names
        if it names any ("Türkiye'nin hangi şehrinde", "in which Chinese city")."""
        return all(w in cities and (not countries or cities[w] & countries) for w in words)

    def _plain(self, word: str) -> bool:
        if self.generic and word.lower().rstrip("'’s") in _BODY_WORDS:
            return False
        return plain(word)


# The generic words that name a body: not a party's role ("Applicant's allegations"), an
# instrument ("the Convention", "Article 3") or an ordinal, which name no institution.
_BODY_WORDS = INSTITUTION_WORDS - frozenset(
    "appellant appellants respondent respondents applicant applicants intervener first second third "
    "article articles convention decision statute constitution rules rule treaty protocol resolution "
    "regulation regulations code decree law act notice notices red statut statuto estatuto traité trattato "
    "tratado sözleşme sözleşmesi tüzük tüzüğü".split()
)


def _ordinary_not_body(common: Callable[[str], bool] | None) -> Callable[[str], bool] | None:
    """An ordinary word is no institution's name ("Considerable weight attached…" opens a
    headnote's clause), but a body's generic word is ("the General Assembly")."""
    if common is None:
        return None
    return lambda word: common(word) and word.lower().rstrip("'’s") not in _BODY_WORDS


_PROPER_NAME = _ProperName(places=False)
_TURKISH_COMPOUND_HEAD = re.compile(r"[a-zçğıöşü]{2}[ıiuü]$")
_AFTER_NAME = re.compile(r"\b[A-ZÇĞİÖŞÜ][\wçğıöşü-]*\s+$")
_PLACE = _ProperName(places=True)
_INSTITUTION_NAME = _ProperName(places=False, generic=True)

# A court by its name, in the corpus' languages: "the Bordeaux Court of Appeal", "a Turkish
# court", "la chambre de l'instruction", "Corte di appello di Ancona", "Audiencia Nacional",
# "Anayasa Mahkemesi", "Högsta domstolen", "Městského soudu", "Sąd Okręgowy", "最高人民法院".
# A bare "the Court" names none: a judgment calls itself so throughout.
_COURT_NAME = re.compile(
    r"(?:\b[A-ZÀ-Ý][\w'’.-]*\s+(?:(?:of|de|di|du|del|della)\s+)?){1,4}(?:Court|COURT|Tribunal)s?\b"
    r"(?:\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3})?|"
    r"\b(?:Court|COURT|Tribunal) of (?:the )?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|"
    r"\b[A-Z][\w'’-]+\s+court\b|\bcourts? (?:in|of|at) [A-Z][\w'’-]+|"
    r"\b(?:[Cc]our|[Tt]ribunal|[Cc]hambre|[Jj]uridiction)\s+(?:d'appel|d’appel|de cassation|administrati\w+|correctionnel\w*|"
    r"de grande instance|judiciaire|criminelle|de l'instruction|de l’instruction|d'instruction|suprême|constitutionnel\w*|fédéral\w*)\b"
    r"(?:\s+(?:de|du|d'|d’)\s*[A-ZÀ-Ý][\w-]+)?|"
    r"\bConseil (?:d'[ÉE]tat|d’[ÉE]tat|constitutionnel)\b|"
    r"\b(?:[Cc]orte|[Tt]ribunale|[Ss]ezione)\s+(?:di |d'|d’|del |della |suprema|costituzionale|europea|penale)\w*"
    r"(?:\s+(?:di|del|della)\s+[A-ZÀ-Ý][\w-]+)?|\bCassazione\b|"
    r"\b(?:Audiencia (?:Nacional|Provincial)|Tribunal (?:Supremo|Constitucional|Superior)|Juzgado (?:Central )?de \w+|Sala de lo \w+)\b|"
    r"\b\w+\s+[Mm]ahkemesi\w*|"
    r"\bHögsta domstolen\b|\b\w+ (?:tingsrätt|hovrätt)\w*|"
    r"\b(?:Nejvyšš|Ústavn|Městsk|Vrchn|Krajsk|Okresn)\w*\s+soud\w*(?:\s+v\s+[A-ZÀ-Ý]\w+)?|"
    r"\bSąd\w*\s+(?:Najwyższ|Okręgow|Apelacyjn|Rejonow)\w*|\b(?:Najwyższ|Okręgow|Apelacyjn|Rejonow)\w*\s+[Ss]ąd\w*|"
    r"[\u4e00-\u9fff]{1,8}法院"
)
# Words of a court's name that say only that it is one.
_COURT_WORDS = frozenset(
    "court courts tribunal the a an of in at de di du del della d l la le cour corte tribunale republic".split()
)
_DETERMINERS = re.compile(r"^(?:The|THE|This|That|A|An|Its|Our|Their|His|Her)\s+")


class _Court:
    """A court's name (``_COURT_NAME``): what "which court rejected…" needs the evidence to
    hold. A court the question names itself ("the Slovak Supreme Court") does not answer
    "which lower court had ruled…", nor "a Chinese court" "which Chinese court…"."""

    def search(self, text: str) -> bool:
        return bool(self.values(text))

    def values(self, text: str) -> list[str]:
        found = [
            _DETERMINERS.sub("", m.group(0))
            for m in _COURT_NAME.finditer(text)
            if not _UNNAMED_COURT.search(text, 0, m.start()) or not _nationality_only(m.group(0))
        ]
        return [f for f in found if set(re.findall(r"\w+", f.lower())) - _COURT_WORDS]


_COURT = _Court()
# "a Turkish court rejected…": a court the writer does not name (what an indefinite article
# before a nationality says; "a court in Bordeaux" names where it sits)
_UNNAMED_COURT = re.compile(r"\b(?:[Aa]n?|[Aa]nother|[Uu]ne?|[Uu]n[ao]?)\s+$")


def _nationality_only(court: str) -> bool:
    words = set(re.findall(r"[\w.]+", court.lower())) - _COURT_WORDS
    # (or a direction: "a court in Southern France" names where it sits no more than "a French court")
    return bool(words) and all(
        DEMONYM.search(w) or w in PLACE_WORDS or w in COMPASS_WORDS or w in ("u.s.", "us") for w in words
    )


_PERSON_TITLED = re.compile(
    # "Mr A. Yılmaz", "Ms S.N. Yılmaz": a title, initials and the surname
    r"\b(?:Mr|Mrs|Ms|Dr|Mme)\.?\s+(?:[A-Z]\.\s?-?)+\s*[A-ZÀ-Ý][^\W\d_]+(?=\W)|"
    # Italian court lists: "Dott. DE AMICIS Gaetano", surname in capitals first
    r"\b[Dd]ott\.?\s+(?:[A-ZÀ-Ý]{2,}\s+){1,2}(?:[A-Z]\.\s+)?[A-ZÀ-Ý](?=[a-zà-ÿ])|"
    r"\b(?:Mr|Mrs|Ms|Dr|Judge|Justice|Prof|M\.|Mme|Sig\.?|Sr\.|Sra\.|doña|don|[Dd]ott\.?|dr\.?|Avv\.)\s+[A-ZÀ-Ý]"
    r"|\b[A-ZÀ-Ý][a-zà-ÿ]+\s+[A-ZÀ-Ý]{3,}\b"  # "Vitalie PIRLOG", the style of court compositions
    # "A J Ellis", "B J R Keith": counsel as common-law judgments list them
    r"|(?<![\w.])(?:[A-Z] ){2,3}(?=[A-Z][a-z])"
    # "(Given by Winkelmann J)", "Elias CJ": a common-law judge by surname and rank
    r"|\b[A-ZÀ-Ý][a-zà-ÿ]+\s+(?:J|CJ|JJ|P|ACJ)(?![\w.’'])"
)
_WORD_REST = re.compile(r"[\w'’-]*")  # always matches (maybe empty)
# (within a line: "Decision: Compliant\nData type: …" is two fields, not "Compliant Data")
_NAME_PAIR = re.compile(r"\b([A-ZÀ-Ý][a-zà-ÿ'’-]+)[^\S\n]+(?:[A-ZÀ-Ý]\.[^\S\n]+)?([A-ZÀ-Ý][a-zà-ÿ'’-]+)\b")


class _Person:
    """A person's name: a titled name, a "Firstname SURNAME", or a pair of non-institution words."""

    def search(self, text: str) -> bool:
        return bool(self.values(text))

    def values(self, text: str, common: Callable[[str], bool] | None = None) -> list[str]:
        """The names themselves: a title with the word after it, or a pair of name words
        (not two ordinary words, as ``common`` tells: "Fundamental Freedoms")."""
        found = [m.group(0) + _WORD_REST.match(text, m.end()).group(0) for m in _PERSON_TITLED.finditer(text)]  # type: ignore[union-attr]
        found = [
            f
            for f in found
            if f.split()[-1] in JUDICIAL_RANKS or not anonymised(f.split()[-1]) and not plain(f.split()[-1])
        ]
        found += [
            f"{a} {b}"
            for a, b in _NAME_PAIR.findall(text)
            if not plain(a) and not plain(b) and not (common and common(a) and common(b))
        ]
        return found


_PERSON = _Person()

# Roles whose holder a question asks for by asking for the role's name.
_ROLES_EN = (
    r"(?:judges?|justices?|ministers?|presidents?|agents?|lawyers?|counsel|advocates?|prosecutors?|"
    r"rapporteurs?|members?|chairs?|spokesperson|representatives?)\b"
)
_ROLES_FR = (
    r"(?:juges?|ministres?|présidents?|agents?|avocats?|procureurs?|rapporteurs?|conseillers?|membres?)\b"
)
_ROLES_IT = (
    r"(?:giudic[ei]|ministr[oi]|president[ei]|agent[ei]|avvocat[oi]|procurator[ei]|relator[ei]|membr[oi])\b"
)
_ROLES_ES = (
    r"(?:jue(?:z|ces)|magistrad[oa]s?|ministr[oa]s?|president[ea]s?|agentes?|abogad[oa]s?|fiscal(?:es)?|"
    r"ponentes?|miembros?)\b"
)
_ROLES_TR = r"(?:hakim|hâkim|yargıç|bakan|başkan|ajan|avukat|savcı|temsilci|üye)"
_ROLES_ZH = (
    r"(?:代表|官员|负责人|领导|法官|律师|检察官|警察|警官|大使|部长|外交官|特工|线人|商人|男子|女子|"
    r"申请人|申诉人|当事人|翻译|记者|主席|庭长|报告员)"
)

# People a question may ask the names of ("the ten other Uyghurs", "the applicants").
_PEOPLE_EN = (
    r"(?:uyghurs?|uighurs?|people|persons|individuals|applicants|complainants|suspects|victims|activists|"
    r"dissidents|fugitives|defendants|relatives|men|women|family members|co-accused|accomplices)\b"
)
_PEOPLE_FR = (
    r"(?:ouïghours|personnes|individus|requérants|plaignants|suspects|victimes|militants|proches|complices)\b"
)
_PEOPLE_IT = r"(?:uiguri|persone|individui|ricorrenti|indagati|vittime|attivisti|familiari|complici)\b"
_PEOPLE_ES = r"(?:uigures|personas|individuos|demandantes|recurrentes|sospechosos|víctimas|activistas|familiares|cómplices)\b"
_PEOPLE_TR = r"(?:uygur|kişi|başvurucu|şüpheli|mağdur|aktivist|akraba|sanık|suç ortağ)"

# "which six countries": how many values a question asks for, by number word or figure.
_COUNT_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9, "on": 10,
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10,
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
}  # fmt: skip
_HOW_MANY_EN = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_HOW_MANY_TR = r"(?:iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|\d{1,2})"
_HOW_MANY_ROMANCE = r"(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\d{1,2})"
_COUNTRIES_ASKED = re.compile(
    rf"\b(?:which|what)\s+({_HOW_MANY_EN})\s+(?:other\s+|member\s+)?(?:countries|states)\b|"
    rf"\b({_HOW_MANY_TR})\s+(?:üye\s+)?ülke\w*\s+hangi|"
    rf"\b(?:quels sont les|quali sono i|cuáles son los)\s+({_HOW_MANY_ROMANCE})\s+(?:pays|paesi|países|états|stati|estados)\b|"
    r"哪([一二三四五六七八九十两\d]+)个(?:成员)?国家|([一二三四五六七八九十两\d]+)个(?:国家|成员国)[^，,。？?]{0,6}哪",
    re.IGNORECASE,
)


def countries_asked(question: str) -> int:
    """How many countries the question asks for ("which six countries…?", "六个国家分别是
    哪些": 6), else 1."""
    m = _COUNTRIES_ASKED.search(question)
    if not m:
        return 1
    word = next(g for g in m.groups() if g).lower()
    if word.isdigit():
        return int(word)
    return _COUNT_WORDS.get(word) or (zh_number(word) if CJK.match(word) else 1)


# Question cues, checked in order (the first match decides the expected answer type).
_CUES: list[tuple[str, re.Pattern[str]]] = [
    (
        # How the judges divided: "unanimously or by majority?", "oybirliğiyle mi?", "是否意见一致".
        "vote",
        re.compile(
            r"\bunanimous(?:ly)?\b|\bby (?:a )?majority\b|\bsplit (?:decision|vote)\b|"
            r"\bunanimité\b|\bunanimità\b|\bunanimidad\b|\bunánime\b|\boybirliğ\w*|\boyçokluğ\w*|"
            r"意见一致|一致通过|全体一致|是否一致|一致同意|"
            # … and who dissented: the heading's judges are no dissent ("which judge wrote the
            # voto particular?", "karşı oy yazan", "哪位大法官提出的反对意见")
            r"\bdissent\w*|\bseparate opinion|\bopinions? (?:dissidente|séparée)s?\b|"
            r"\bopinion(?:e|i) (?:dissenzient|separat)\w*|\bvotos? particular(?:es)?\b|\bkarşı oy\w*|"
            r"\bmuhalefet şerh\w*|反对意见|异议意见|不同意见|个别意见",
            re.IGNORECASE,
        ),
    ),
    (
        "day",
        re.compile(
            r"\b(?:what|which|exact)\s+(?:exact\s+)?(?:date|day)\b|\bon what date\b|\bdate exacte\b|\bquel jour\b|\bquelle date\b|"
            r"\bquale data\b|\bin che data\b|\bin (?:che|quale) giorno\b|\bqué fecha\b|\bqué día\b|\bfecha exacta\b|\bhangi tarih|\bhangi gün|\btam tarih\w*|\btarihi (?:ne|nedir|neydi)\b|"
            r"哪一天|哪天|几月几日|具体日期|什么日期|何日",
            re.IGNORECASE,
        ),
    ),
    (
        "penalty",
        re.compile(
            r"\bwhat (?:\w+ )?(?:prison |jail )?(?:sentences?|penalty|penalties|punishments?)\b|\bsentenced to what\b|"
            r"\bwhat (?:\w+ )?(?:of )?(?:imprisonment|prison term|jail term|custodial sentence)\b|"
            r"\b(?:quelles?|à quelles?) (?:\w+ )?peines?\b|\b(?:quale|a quale) (?:\w+ )?pena\b|\bquali (?:\w+ )?pene\b|"
            r"\b(?:qué|a qué|cuál es la) (?:\w+ )?pena\b|\b(?:qué|cuáles son las) penas\b|"
            r"\bquelle condamnation\b|\bquale condanna\b|\b(?:qué|cuál fue la) condena\b|"
            r"\b(?:ne|hangi|kaç yıl)\s+(?:\w+\s+)?(?:ceza|hapis)(?!\w*\s+mahkeme)|\bnasıl bir (?:hapis )?ceza|判处了?(?:什么|何种|多少(?![名位个人])|多久)|"
            r"(?:什么|何种|怎样的|哪种)(?:刑罚|监禁刑|徒刑)|刑期|多重的?(?:最低)?刑罚",
            re.IGNORECASE,
        ),
    ),
    (
        # before "amount": "China paid $13.7 million: what percentage of the budget was that?"
        "percentage",
        re.compile(
            r"\b(?:what|which|by what|by how much of a) (?:\w+ )?(?:percentage|per ?cent|proportion)\b|\bhow many per ?cent\b|"
            r"\bquelle (?:est la )?proportion\b|\bqual[e']?\s*(?:è\s+)?(?:la\s+)?proporzione\b|\bqué proporción\b|\b(?:hangi|ne) oran\w*|比例[^，。？?、]{0,3}?(?:是多少|为多少|多少|多大)|多大比例|多少比例|\bne kadar(?:lık)? (?:bir )?oran\w*|"
            r"\bquel(?:le)? (?:est le )?pourcentage\b|\bde combien de pour ?cent\b|\bquale percentuale\b|\bdi quanto per cento\b|"
            r"\bqué porcentaje\b|\ben qué porcentaje\b|\bcuál (?:es|fue|era) el porcentaje\b|\byüzde (?:kaç|kaçı)\w*|\bkaç yüzde\b|"
            r"百分之多少|百分之几|百分比(?:是多少|为多少|多少)|多少百分比|"
            # a growth or a fall ("by how much had each grown?"): a rate, not a sum of money
            r"\bhow much\b(?:\s+[\w'’-]+){0,8}?\s+(?:grow|grown|grew|increas\w*|ris(?:e|en)|rose|fall(?:en)?|fell|"
            r"drop(?:ped)?|declin\w*|chang\w*)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "amount",
        re.compile(
            r"\bhow much\b|\bwhat (?:total |overall )?(?:sum|amount)\b|\b(?:expressed|converted|stated) in (?:euros?|dollars?|yuan|kronor|pounds)\b|\b(?:in|en) (?:euros?|(?:us )?dollars?|dólares|dollari|yuan|kronor|pounds)\s*[?？]|\b(?:avro|dolar|euro) olarak\b|以(?:欧元|美元|人民币)计|\bcombien\b.*\b(?:euros?|dollars?|argent|indemn|montant)|\bmontant\b|\bquelle somme\b|"
            r"\bcombien\b.*\b(?:dépens|coût|payé|versé)|"
            r"\bquant[oi]\b.*\b(?:euro|dollar|soldi|denaro|risarciment|indennizz|pagat|versat|riconosciut|spes|spend|costat)|\bammonta|\bimport[oe]\b|\btutar\w*|"
            r"\bcuánto\b.*\b(?:gast|cost|perjuicio)|\bascend[íi]a\b|\bne kadar\b.*(?:harca|mal ol)|花了多少|花费了?多少|支出了?多少|耗资|"
            r"\b(?:quale|che) (?:somma|importo|cifra)\b|\bqué (?:suma|importe|monto)\b|\bkaç (?:avro|euro|dolar|lira|yuan|kron)\w*|多少(?:元|美元|欧元|人民币|克朗|万元|亿元)|"
            r"\bcuánto dinero\b|\bqué cantidad\b|\bcuánto\b.*\b(?:euros?|dólares?|dinero|indemniza|pag|concedi|import)|"
            r"(?:euros?|dólares?|dinero|indemnizaci[óo]n)\w*.{0,30}\bcuánto\b|\bne kadar\b.*(?:tazminat|para\b|ücret|ödeme|avro|euro|dolar|lira|katkı|bağış|bütçe)|(?:tazminat|para\b|ücret|ödeme|katkı|bağış|bütçe)\w*.{0,30}\bne kadar\b|多少[\u4e00-\u9fff]{0,4}(?:钱|经费|会费|赔偿|资金|款项|罚款)|(?:钱|经费|会费|赔偿|费用|罚款|资金|出资|捐款|拨款|缴纳|支付|花费|付款)(?:\w{0,2}(?:是|为|有|了)?|比[^，。？?]{0,12}?)多少|(?:出资|缴费|会费|捐款|经费)额|金额",
            re.IGNORECASE,
        ),
    ),
    (
        "duration",
        re.compile(
            r"\bhow long\b(?!\s+ago)|\bcombien de temps\b|\bpendant combien\b|\bquanto tempo\b|\bquanto (?:è |sono )?durat|"
            r"\bcuánto tiempo\b|\bcuánto (?:duró|dura|ha durado)\b|\bne kadar süre|\bkaç (?:gün|hafta|ay|yıl)\b|多长时间|多久|持续了?多长|(?:时间|期间|期限)[^，。？?]{0,4}多长|"
            # a time limit: "dans quel délai", "within what period", "en qué plazo"
            r"\bwithin (?:what|which) (?:time|period|deadline|time limit)\b|\bhow soon\b|\b(?:dans|sous) quels? délais?\b|"
            r"\bentro (?:quale termine|quanto tempo|quanti giorni)\b|\b(?:en|dentro de) qué plazo\b|\bkaç gün içinde\b|期限是|多久之内|多长时间内|"
            # "within how many months": a count of days, weeks, months or years is a length of time
            r"\bhow many (?:days|weeks|months|years)\b|\bcombien de (?:jours|semaines|mois|ans|années)\b|"
            r"\bquant[ie] (?:giorni|settimane|mesi|anni)\b|\bcuánt[oa]s (?:días|semanas|meses|años)\b|"
            r"(?:多少|(?<![这那前后好十])几)(?:天|周|个星期|个月|年)",
            re.IGNORECASE,
        ),
    ),
    (
        "number",
        re.compile(
            r"\bhow many\b|\bwhat (?:number|percentage|share)\b|\bcombien\b|\bquant[ie]\b|\bcuánt[oa]s\b|"
            r"\bcuánto\b|(?:^|\b(?:di|da|in)\s)quanto\b(?!\s+(?:riguarda|concerne))|\bkaç(?:ı|ta|tane|ında|ının|tır|tı)?\b|"
            # ("ne kadarı", how much of it; not a degree: "ne kadar derinlemesine" how deeply, "ne
            # kadar kapalı kutu olduğunu" how closed a box it is)
            r"\bne kadar(?:ı|ını)?\b(?!\s+\w+(?:ce|ca|çe|ça|lemesine|lamasına)\b)(?!(?:\s+\w+){1,2}\s+ol(?:duğu|up|an)\w*)|多少|多长|"
            # "这几名维吾尔人" (these Uyghurs), "好几" (several), "几乎" (almost) ask for no count
            r"(?<![这那前后好十哪])几(?!乎|何)",
            re.IGNORECASE,
        ),
    ),
    (
        "offence",
        re.compile(
            r"\b(?:what|which|for what|on what)\s+(?:criminal\s+)?(?:offen[cs]es?|crimes?|charges?)\b|"
            r"\b(?:accused|suspected|convicted|charged)\s+(?:of|with)\s+what\b|"
            r"\bquel(?:le)?s?\s+(?:infractions?|délits?|crimes?|chefs? d'accusation|chefs? d'inculpation|charges?)\b|"
            r"\bqual[ei]\s+(?:reat[oi]|accus[ae]|delitt[oi]|crimin[ei]|capi d'imputazione|imputazion[ei])\b|"
            r"\b(?:qué|cuál(?:es)?(?: son| eran| fueron)?(?: los| las)?)\s+(?:delitos?|cargos?|crímenes|crimen|infraccion(?:es)?|acusaci(?:ón|ones))\b|"
            r"\bpor (?:qué|cuál) (?:delito|cargo|crimen)|\bhangi (?:suç|itham)|\bne (?:suçu|suçlama)|"
            r"什么罪|何罪|哪些罪|哪种罪|罪名|什么指控|哪些指控|什么犯罪",
            re.IGNORECASE,
        ),
    ),
    (
        "provision",
        re.compile(
            r"\b(?:which|what)\s+(?:(?!(?:does|do|did|is|was|are|were|says?)\b)\w+\s+)?(?:articles?|provisions?|sections?)\b|"
            r"\bquel(?:le)?s?\s+(?:articles?|dispositions?)\b|\bqual[ei]\s+(?:articol[oi]|disposizion[ei]|norm[ae])\b|"
            r"\b(?:qué|cuál(?:es)?)\s+(?:artículos?|disposici(?:ón|ones)|preceptos?)\b|\bhangi (?:madde|hüküm|kural)|"
            r"哪一条|哪条|第几条|哪些条款|哪项条款|什么条款",
            re.IGNORECASE,
        ),
    ),
    (
        "country",
        re.compile(
            rf"\b(?:which|what)\s+(?:{_HOW_MANY_EN}\s+)?(?:other\s+|foreign\s+|third\s+|member\s+)?(?:countr(?:y|ies)|states?|nationalit(?:y|ies))\b|"
            r"\bquel(?:le)?s?\s+(?:autres?\s+)?(?:pays|états?|etats?|nationalités?)\b|"
            r"\bqual[ei]\s+(?:altr[oi]\s+)?(?:paes[ei]|stat[oi]|nazionalità)\b|"
            r"\b(?:qué|cuál(?:es)?)\s+(?:otros?\s+)?(?:país(?:es)?|estados?|nacionalidad(?:es)?)\b|"
            rf"\bhangi (?:üye |yabancı |diğer |başka |üçüncü )?(?:ülke|devlet|uyruk)|\b{_HOW_MANY_TR}\s+(?:üye\s+)?ülke\w*\s+hangi\w*|"
            r"哪个国家|哪些国家|哪一个国家|哪国|什么国家|什么国籍|哪个国籍|哪(?:个|一|些|一个)成员国|"
            r"\b(?:quels sont les|quali sono i|cuáles son los)\s+\w+\s+(?:pays|paesi|países)\b|"
            r"哪几个(?:成员)?国家|哪[一二三四五六七八九十两\d]+个(?:成员)?国家|[一二三四五六七八九十两\d]+个(?:国家|成员国)[^，,。？?]{0,6}哪",
            re.IGNORECASE,
        ),
    ),
    (
        "year",
        re.compile(
            r"\bwhat (?:exact )?year\b|\bin (?:exactly |precisely )?which year\b|\ben quelle année\b|\bde quelle année\b|\bin (?:che|quale) anno\b|"
            r"\ben qué año\b|\bqué año\b|\bhangi yıl|哪一年|哪年",
            re.IGNORECASE,
        ),
    ),
    (
        "date",
        re.compile(
            r"^\s*when\b(?!\s+(?:can|may|might|should|must|could)\b)|\bwhen (?:did|was|were|is|will|had|has|do|does)\b|"
            # "…was he surrendered, and if so when?" (not any "…, and when?": a premise's event,
            # "H., arrested in Bordeaux", would be held to the date asked for; dev3 d3r-011)
            r"\bif so,? when\b|\bsi oui,? quand\b|\bse sì,? quando\b|"
            r"^\s*quand\b(?!\s+(?:peut|peuvent|doit|doivent|faut)\b)|\bdepuis quand\b|"
            r"^\s*quando\b(?!\s+(?:può|possono|si può|deve|devono)\b)|\bda quando\b|"
            r"\bcuándo\b(?!\s+(?:puede|pueden|se puede|cabe|debe|deben)\b)|\bne zaman\b|什么时候|何时",
            re.IGNORECASE,
        ),
    ),
    (
        "person",
        re.compile(
            r"^\s*who\b|\bwho (?:was|were|is|presided|sat|chaired|represented|signed)\b|"
            r"\bwhich (?:judge|judges|members?|lawyer|rapporteur)\b(?!['’]s|\s+(?:countr|states?\b|nations?\b|bod))|^\s*(?:qui|chi)\b|\bquién(?:es)?\b|"
            # "which (senior police) official", "quel ministre": a role asks for the person holding it
            r"\bwhich (?:[\w-]+ ){0,2}(?:minister|official|officer|prosecutor|counsel|barrister|spokesperson|"
            r"spokesman|spokeswoman)s?\b(?! (?:bod|doc|rec|stat|fig|data|sourc|list|channel|site|report))|"
            r"\bquel(?:le)?s? (?:\w+ ){0,2}(?:ministres?|fonctionnaires?|procureurs?|responsables?)\b|"
            r"\bqual[ei] (?:\w+ ){0,2}(?:ministr[oi]|funzionari[oi]|procurator[ei])\b|"
            r"\bqué (?:\w+ ){0,2}(?:ministr[oa]s?|funcionari[oa]s?|fiscal(?:es)?)\b|"
            r"\bhangi (?:\w+ ){0,2}(?:bakan|yetkili|savcı|görevli)\w*|"
            r"\bquel(?:le)?s? (?:autres )?(?:juges?|membres?|avocats?|rapporteur|conseillers|magistrats)\b|"
            r"\bquali (?:altri )?(?:giudici|membri|avvocati|consiglieri|magistrati)\b|"
            r"\bqué (?:otros )?(?:jueces|miembros|abogados?|magistrad[oa]s?)\b|\bhangi (?:yargıç|hâkim|hakim|üye(?! ülke| devlet)|avukat)|"
            r"(?-i:\bkim(?:dir|di|ler)?\b)|"
            # "the names of the Prime Minister and…", "il nome del giudice": a role's holder
            rf"\bnames? of (?:the |its |his |her |their )?(?:\w+ ){{0,2}}{_ROLES_EN}|"
            # "the names of the ten other Uyghurs", "diğer 10 Uygur'un isimleri": people's names
            rf"\bnames? of (?:the |its |his |her |their )?(?:[\w-]+ ){{0,3}}{_PEOPLE_EN}|"
            rf"\bnoms? (?:des|de ses|de leurs) (?:[\w-]+ ){{0,3}}{_PEOPLE_FR}|"
            rf"\bnomi (?:dei|degli|delle|dei suoi) (?:[\w-]+ ){{0,3}}{_PEOPLE_IT}|"
            rf"\bnombres (?:de los|de las|de sus) (?:[\w-]+ ){{0,3}}{_PEOPLE_ES}|"
            rf"\b{_PEOPLE_TR}\w*['’]?\w*\s+(?:ad(?:ı|ları)|isim(?:leri)?|ismi)\s+(?:ne|neler|nedir|nelerdir|neydi|nelerdi)\b|"
            rf"\bnoms? (?:du|de la|des|de l'|de son|de leur) ?(?:\w+ ){{0,2}}{_ROLES_FR}|"
            rf"\bnom[ei]? (?:del|della|dei|delle|dell'|di) ?(?:\w+ ){{0,2}}{_ROLES_IT}|"
            rf"\bnombres? (?:del|de la|de los|de las|de) (?:\w+ ){{0,2}}{_ROLES_ES}|"
            rf"\b{_ROLES_TR}\w*\s+(?:\([^)]*\)\s+)?(?:ad[ıi]|ismi|isimleri|adları)\b|"
            rf"\bcomment s'appel\w+ (?:le |la |les |l'|son |sa |ses )?(?:\w+ ){{0,2}}{_ROLES_FR}|"
            rf"\bcome si chiam\w+ (?:il |la |i |le |lo |l'|suo |sua |suoi )*(?:\w+ ){{0,2}}{_ROLES_IT}|"
            rf"\bcómo se llam\w+ (?:el |la |los |las |su |sus )?(?:\w+ ){{0,2}}{_ROLES_ES}|"
            # (not "由哪些人组成": what kind of people make a body up)
            r"谁|哪一?位|哪些(?:成员|法官|委员|人(?!组成|构成))|"
            # "这位使馆代表叫什么名字": a role's holder, not any name
            rf"{_ROLES_ZH}(?:的)?(?:叫什么|名字|姓名)",
            re.IGNORECASE,
        ),
    ),
    (
        # a name that is not a person's: a firm's, a programme's, an officer's real one
        "name",
        re.compile(
            r"\b(?:what|which) (?:is|was|are|were) (?:the |its |his |her |their )?(?:\w+ )?names? of\b|"
            r"\bwhat (?:is|was|are|were) (?:the |its |his |her |their )?(?:real |full |official |exact |actual )?names?\b|"
            r"\bwhat (?:is|was|are|were) (?:the |its |his |her |their )?(?:[\w-]+ ){1,3}called\b|"
            # "What was the online lending firm that Z. chaired called?"
            r"\bwhat (?:is|was|are|were) (?:the|its|his|her|their) [^?]{1,120}\bcalled\s*\?|"
            r"\bquel(?:le)?s? (?:est|était|sont|étaient) (?:le |les |son |leurs? )?(?:vrai |véritable |réel |vrais |véritables )?noms?\b|"
            r"\bcomment s'appel\w+|\bsous quel nom\b|"
            r"\bcome si chiam\w+|\bqual[ei]? (?:è|era|sono|erano) (?:il |i )?(?:vero )?nom[ei]\b|"
            r"\bcómo se llam\w+|\bcuál(?:es)? (?:es|era|son|eran|fue) (?:el |los |su )?(?:verdadero )?nombres?\b|\bqué nombre\b|"
            r"\b(?:adı|ismi|isimleri|adları)\s+(?:ne|neler|nedir|nelerdir|neydi|nelerdi)\b|\bhangi (?:isim|ad)\w*|"
            r"叫什么|什么名字|名字是|名称是",
            re.IGNORECASE,
        ),
    ),
    (
        # a town, province or region: a name the question does not give
        "place",
        re.compile(
            r"\b(?:which|what) (?:\w+ )?(?:city|cities|town|towns|province|provinces|region|regions|village|airport|"
            r"locality|location)\b|"
            r"\bquel(?:le)?s? (?:\w+ )?(?:ville|villes|province|provinces|région|régions|village|aéroport|localité|lieu)\b|"
            r"\bqual[ei]? (?:\w+ )?(?:città|provincia|province|regione|regioni|aeroporto|località|luogo)\b|"
            r"\b(?:qué|cuál(?:es)?) (?:\w+ )?(?:ciudad(?:es)?|provincias?|regi(?:ón|ones)|pueblo|aeropuerto|localidad|lugar)\b|"
            # Turkish drops a vowel before a suffix: "şehir", "hangi şehrinde"
            r"\bhangi (?:şehir|şehr|kent|ilçe|bölge|eyalet|havalimanı|sınır kapı)\w*|\bhangi (?:il|yer)(?:de|e|i|inde|ine)?\b|"
            r"哪个[^，,。？?\s]{0,4}城市|哪座城市|哪些城市|哪个省|哪一个省|哪个地区|哪个机场|哪个地方|哪(?:个|座)城镇|哪个镇",
            re.IGNORECASE,
        ),
    ),
    (
        # "which court rejected…", "before which tribunal": a court's name
        "court",
        re.compile(
            r"\b(?:which|what)\s+(?:(?!(?:did|does|do|was|were|is|are|has|had|orders?|decisions?|rulings?|judgments?)\b)[\w.-]+\s+){0,3}"
            r"(?:court|tribunal)s?\b(?!['’]s\s+(?:ruling|decision|judgment|order))|"
            r"\bquel(?:le)?s?\s+(?:\w+\s+)?(?:cour|tribunal|juridiction|chambre)s?\b|"
            r"\bqual[ei]\s+(?:\w+\s+)?(?:corte|corti|tribunale|tribunali|sezione)\b|"
            r"\b(?:qué|cuál(?:es)?)\s+(?:\w+\s+)?(?:tribunal(?:es)?|juzgados?|corte|audiencia|sala)\b|"
            r"\bhangi\s+(?:\w+\s+){0,2}mahkeme\w*|\bmahkeme\w*\s+hangisi\w*|哪(?:个|家|一个|一|级)?[^，,。？?]{0,4}法院|什么法院|哪个法庭",
            re.IGNORECASE,
        ),
    ),
    # "which bureau", "in which prison", "quel cabinet d'avocats": an institution of a kind
    ("institution", _INSTITUTION_CUE),
]
# Questions about how a case ended: the conclusion, the result, a yes/no on the decision.
_OUTCOME = re.compile(
    r"\bconclu\w*|\boutcome\b|\bon the merits\b|\bultimately\b|\bin the end\b|"
    r"(?:^|[,;:—–]\s*)(?:did|does|has|was) the (?:\w+ ){0,4}(?:court|committee|commission|chamber|tribunal|judges?|panel)"
    r"(?: \w+){0,3} (?:find|hold|rule|grant|reject|dismiss|quash|annul|uphold|allow|set aside|refuse|decide|conclude)\b|"
    r"\ba-t-(?:elle|il) (?:cassé|rejeté|annulé|accueilli|refusé|accordé|jugé|décidé|conclu)|\bfinalement\b|\bau fond\b|"
    r"\bha (?:accolto|rigettato|annullato|deciso|concluso)|\besito\b|\balla fine\b|\bnel merito\b|"
    r"¿(?:estimó|desestimó|denegó|concedió|anuló|resolvió)|\bfinalmente\b|\ben cuanto al fondo\b|"
    r"\b(?:cómo|qué) (?:resolvió|decidió|falló)\b|\b(?:how|what) did the (?:\w+ ){0,6}(?:rule|decide|resolve|dispose|hold|conclude)\b|"
    r"\bcomment (?:la|le|les) (?:[\w'’]+ ){0,6}a-t-(?:elle|il) (?:statué|tranché)|\bcome (?:ha|hanno) (?:risolto|statuito)|"
    r"\b(?:nasıl|ne) karar\w*\b|\bkarar(?:ı)? verdi mi|\bsonu[cç]\w*|\bsonunda\b|\bnihayet\w*|"
    r"\bwhat orders?\b|\bquelles? ordonnances?\b|\bquali (?:ordini|provvedimenti)\b|\bqué (?:órdenes|fallo)\b|\bhangi (?:emir|hüküm)|"
    r"最终|结论|结果|裁定|有没有被|是否被|(?:哪些|什么)(?:命令|判决|裁决)",
    re.IGNORECASE,
)


# How a decision was voted, in the corpus' languages: "unanimously", "by four votes to
# three", a dissent ("voto particular", "karşı oy", "skiljaktig").
_VOTE = re.compile(
    r"\bunanim\w*|\bmajority\b|\bdissent\w*|\bvot(?:e|es|ed|ing)\b|\bseparate opinion|"
    r"\bunanimit\w*|\bmajorité\b|\bopinion (?:séparée|dissidente|concordante)|\bmaggioranza\b|\bdissenzient\w*|"
    r"\bunanimidad\b|\bunánime\w*|\bmayoría\b|\bvoto particular|\boybirliğ\w*|\boyçokluğ\w*|\bkarşı oy\w*|"
    r"\benhällig\w*|\bskiljaktig\w*|\bjednomysln\w*|\bodlišné stanovisko|\bjednogłośn\w*|\bzdanie odrębne|"
    r"一致|多数意见|异议|反对意见",
    re.IGNORECASE,
)


# Why a case was decided as it was: its reasons, grounds, motivation, in the question
# languages ("why did…", "on what grounds", "quels motifs", "per quale motivo", "con qué
# fundamentos", "hangi gerekçe", "理由是什么").
_REASONS = re.compile(
    r"\bwhy\b|\b(?:what|which) (?:\w+ ){0,2}(?:reasons?|grounds?|reasoning|basis|rationale)\b|"
    r"\bon (?:what|which) (?:\w+ ){0,2}(?:grounds?|basis|bases)\b|\bfor (?:what|which) reasons?\b|"
    r"\bpourquoi\b|\b(?:quel(?:le)?s?|pour quels?) (?:\w+ ){0,2}(?:motifs?|raisons?|fondements?)\b|\bsur quels? fondements?\b|"
    r"\bperch[ée]\b|\b(?:per )?qual[ei] (?:\w+ ){0,2}(?:motiv\w*|ragion\w*)\b|\bcon quali motivazioni\b|"
    r"\bpor qué\b|\b(?:con |por )?qu[ée] (?:\w+ ){0,2}(?:motivos?|razones|razón|fundamentos?)\b|"
    r"\bneden\w*|\bniçin\b|\bhangi (?:\w+ ){0,2}(?:gerekçe|sebep|neden)\w*|\bgerekçe\w*|"
    r"为什么|为何|理由|依据|原因",
    re.IGNORECASE,
)


# What a decision does, as the question says it: found, held, rejected, declared
# inadmissible… (a "why" about anything else — why a member did not sit, "por qué delito"
# — asks for no reasons of the decision).
_DECIDED = re.compile(
    r"\b(?:f(?:ind|ound)|conclu\w*|h(?:old|eld)|ruled?|decided?|rejected?|refused?|dismiss\w*|grant\w*|allow\w*|"
    r"declar\w*|annul\w*|quash\w*|upheld|uphold|breach\w*|violat\w*|barred|inadmissible|(?:non-)?compliant|"
    r"jugé|estimé|rejet\w*|refus\w*|accord(?:é|ée|és|ées|e)|annulé|cassé|décidé|retenu\w*|"
    r"ritenut\w*|ritenere|respint\w*|rigettat\w*|annullat\w*|dichiarat\w*|deciso|accolt\w*|"
    r"inadmiti\w*|inadmisi\w*|desestim\w*|deneg\w*|concedi\w*|anul\w*|resolvi\w*|decidi\w*|estim\w*|infring\w*|rechaz\w*|"
    r"reddet\w*|ihlal\w*|sonucuna|kabul\w*|karar ver\w*|hükmet\w*|hükme bağla\w*)\b|认定|驳回|拒绝|违反|不予受理|撤销|批准|裁定|判定|裁决",
    re.IGNORECASE,
)
# "por qué delito": for which offence, not why
_NOT_WHY = re.compile(
    r"\bpor qué (?:delitos?|crímen(?:es)?|cargos?|tratados?|hechos|acusaci\w*|vía)\b", re.IGNORECASE
)


def asks_reasons(question: str) -> bool:
    """Whether the question asks why a case was decided as it was (its reasons)."""
    return bool(_REASONS.search(_NOT_WHY.sub("", question)) and _DECIDED.search(question))


def asks_outcome(question: str) -> bool:
    """Whether the question asks how a case ended (its conclusion or decision)."""
    return bool(_OUTCOME.search(question))


_TYPE_RE: dict[str, re.Pattern[str] | _Person | _Country | _Provision | _ProperName | _Court] = {
    "day": _DAY_DATE,
    "date": _ANY_DATE,
    "year": _YEAR_ONLY,
    "duration": _DURATION,
    "number": _NUMBER,
    "percentage": _PERCENTAGE,
    "amount": _AMOUNT,
    "person": _PERSON,
    "penalty": _PENALTY,
    "offence": _OFFENCE,
    "provision": _PROVISION,
    "country": _COUNTRY,
    "name": _PROPER_NAME,
    "place": _PLACE,
    "court": _COURT,
    "institution": _PROPER_NAME,  # checked against the question's kind in has_type
    "vote": _VOTE,
}

# "Who is Meng Hongwei?" asks what the person is (a role, a description), not for a name.
_NAMES = r"(?:(?:Mr|Mrs|Ms|Dr|M|Mme|Sig|Sr|Sra)\.?\s+)?[A-ZÀ-Ý][\w.'’-]*(?:\s+[A-ZÀ-Ý][\w.'’-]*){0,3}"
_WHO_IS = re.compile(
    rf"^\s*(?i:who (?:is|was|are|were)|qui (?:est|était|sont|étaient)|chi (?:è|era|sono|erano)|"
    rf"¿?\s*quién(?:es)? (?:es|era|son|eran|fue))\s+{_NAMES}\s*[?？]?\s*$|"
    # Turkish: two words at least, the first word of a sentence is capitalised anyway ("Raportör kimdir?")
    rf"^\s*[A-ZÀ-Ý][\w.'’-]*\s+{_NAMES}\s+kim(?:dir|di)?\s*\??\s*$|"
    rf"^[^，,。；;]{{1,30}}是谁[？?]?\s*$|^谁是[^，,。；;]{{1,30}}[？?]?\s*$"
)


# A why-question asks for a reason, whatever it names on the way ("Why do the judgments not
# disclose which countries…?"); Spanish "¿por qué delito?" asks which offence, though.
_WHY = re.compile(
    r"^\W*(?:why|pourquoi|perch[ée]|per quale (?:motivo|ragione)|"
    r"por qué(?!\s+(?:delito|cargo|crimen|cantidad|país|estado|tribunal|importe|suma)\b)|neden|niçin|niye)\b|"
    # (in Chinese, in the first question: "…是在哪一天评议的？为何认定…？" asks for a day first)
    r"^[^？?。]*(?:为什么|为何)",
    re.IGNORECASE,
)


# Kinds any capitalised word satisfies: checked on the lead only when the question asks for
# them first (see lead_type).
NAME_KINDS = ("name", "place")
# Kinds a later part of a question asks for in its own right: the lead answers the first
# part (lead_type).
_OWN_PART_KINDS = (*NAME_KINDS, "court", "institution")


# "When China asked Sweden for him, what material did it send?": a clause setting the scene,
# and the question after it.
_WHEN_CLAUSE = re.compile(
    r"^\s*(?:when|quand|lorsque|quando|cuando)\b(?!\s+(?:did|was|were|is|will|had|has|do|does)\b)[^?,]*(?:\([^)]*\)[^?,]*)*,\s*"
    r"(?=(?:what|which|who|whom|whose|how|where|quel|quelle|quels|quelles|qui|comment|combien|où|che|quale|quali|chi|come|"
    r"quanto|quanti|dove|qué|cuál|cuáles|quién|quiénes|cómo|cuánto|cuántos|dónde)\b)",
    re.IGNORECASE,
)


# Someone's real or full name: the reports and rulings give initials or a pseudonym ("H.",
# "M.A.", "Wang Bo (pseudonym)"); only a person's name that is neither answers.
_REAL_NAME = re.compile(
    r"\b(?:real|true|full) names?\b|\b(?:véritable|vrai) nom\b|\bnom complet\b|\bvero nome\b|"
    r"\bnome (?:completo|reale)\b|\bnombre (?:real|completo|verdadero)\b|\bverdadero nombre\b|"
    r"\b(?:gerçek|tam) ad[ıi]|真实姓名|真名|本名|全名",
    re.IGNORECASE,
)


# "his wife, Zhao Wei", "her lawyer Wang": someone named for their tie to another
_RELATIVE = r"\b(?:his|her|their|whose)\s+[\w-]+,?\s+"


# A possessive after the country asked for: the institution is known by it.
_OWNER = re.compile(r"\w*['’]s\b|(?:n[ıiuü]n|[ıiuü]n)\b")


def _within_institution(question: str, start: int, end: int) -> bool:
    """Whether a place asked for is a word of the institution asked for: "which province's
    security bureau", "hangi il devlet güvenlik bürosu" ask for the bureau."""
    return any(i.start() <= start and end <= i.end() for i in _INSTITUTION_CUE.finditer(question))


# "a reported case in which defence counsel argued…": a relative clause, not a question
# asking which counsel
_RELATIVE_WHICH = re.compile(
    r"\b((?:cases?|decisions?|rulings?|judgm?ents?|proceedings|situations?|ways?|manner|context|instances?|"
    r"circumstances|affaires?|arrêts?)"
    r"\s+(?:in|on|at|under|through|by|dans|par))\s+(?:which|lequel|laquelle|lesquels|lesquelles)\b",
    re.IGNORECASE,
)


def expected_type(question: str, skip: tuple[str, ...] = ()) -> str | None:
    if _WHY.search(question):
        return None
    if _REAL_NAME.search(question) and "person" not in skip:
        return "person"
    question = _WHEN_CLAUSE.sub("", question, count=1)
    question = _RELATIVE_WHICH.sub(r"\1 that", question)
    for name, cue in _CUES:
        if name in skip:
            continue
        if m := cue.search(question):
            if name == "person" and _WHO_IS.match(question):
                return None
            if name == "number" and _AMOUNT.search(question):
                return "amount"  # "how many yuan": a sum
            if name == "name" and names_an_institution(question):
                return "institution"  # "该机构叫什么名称": a bureau's name, beside its kind's word
            if (
                name in ("place", "country")
                and _within_institution(question, m.start(), m.end())
                and not (name == "country" and _OWNER.match(question, m.end()))
            ):
                # "hangi il devlet güvenlik bürosu", "which province's security bureau": the
                # bureau (but "which member country's bureau" asks for the country, as a
                # National Central Bureau is known by its country)
                return "institution"
            return name
    return None


# "Which country topped the list", "在哪个国家被捕的人数最多", "en çok hangi ülkede": the one
# ranked first, which a sentence states with a word of rank ("the largest number", "most
# of them"), not a country named among others ("among the top 10", "including Italy").
_MOST_ASKED = re.compile(
    r"\b(?:the )?most\b|\b(?:largest|biggest|highest|greatest)\b|\btopp(?:ed|ing)\b|\branked first\b|"
    r"\b(?:le|la|les) plus\b|\ben tête\b|\b(?:il|la|i|le) (?:maggior|più)\b|\bin testa\b|"
    r"\b(?:el|la|los|las) (?:mayor|más)\b|\bencabez\w*|\ben (?:çok|fazla)\b|\bilk sırada\b|\bbaşı çek\w*|"
    r"最多|最大|最高(?!人民|法院|检察|法庭|上诉)|居首|榜首|排名第一|首位",
    re.IGNORECASE,
)
# A court's name, not a rank asked for: "Poland's highest court", "瑞典最高法院"
_HIGHEST_COURT = re.compile(r"\bhighest (?:\w+ )?(?:court|tribunal|judicial)\w*", re.IGNORECASE)
_RANK_STATED = re.compile(
    r"\bmost\b|\bmostly\b|\bmajority\b|\b(?:largest|biggest|highest|greatest|leading|foremost)\b|"
    r"\bfirst\b|\btop\b(?!\s+(?:\d+|ten|five|twenty)\b)|\b(?:primarily|mainly|chiefly|predominantly)\b|"
    r"\bmore than any\b|\bthe bulk\b|\bnumber one\b|\bsupreme\b|\ble plus\b|\bla plupart\b|\bmajorit\w*|\bpiù\b|"
    r"\bmaggior\w*|\bmás\b|\bmayor\w*|\ben (?:çok|fazla)\b|\bçoğu\w*|最|大多数|多数",
    re.IGNORECASE,
)
# The kinds of value a "which … the most" question asks for: whose rank a sentence states.
_RANKED_KINDS = ("country", "place", "person", "institution", "court", "name")


def ranked_first_unstated(question: str, text: str, kind: str | None) -> bool:
    """Whether the question asks which one ranks first ("in which country were most of them
    arrested?") and ``text``, the answer's lead passage, states no rank: ICIJ's "China was
    among the top 10 countries" answers which countries were in the list, not which topped it."""
    asked = _MOST_ASKED.search(_HIGHEST_COURT.sub(" ", question))
    return kind in _RANKED_KINDS and bool(asked) and not _RANK_STATED.search(text)


# A rank after the first ("the third-largest contributor", "il terzo maggior contributore",
# "en çok katkı yapan üçüncü ülke", "第三大"): ordinal words by language, 2 to 10 (and
# "第" with the Chinese numeral).
_ORDINALS = {
    2: r"second[eoai]?|2nd|deuxième|segund[oa]s?|ikinci",
    3: r"third|3rd|troisième|terz[oaie]|tercer[oa]?s?|üçüncü",
    4: r"fourth|4th|quatrième|quart[oaie]|cuart[oa]s?|dördüncü",
    5: r"fifth|5th|cinquième|quint[oaie]s?|beşinci",
    6: r"sixth|6th|sixième|sest[oaie]|sext[oa]s?|altıncı",
    7: r"seventh|7th|septième|settim[oaie]|séptim[oa]s?|yedinci",
    8: r"eighth|8th|huitième|ottav[oaie]|octav[oa]s?|sekizinci",
    9: r"ninth|9th|neuvième|non[oa]|noven[oa]s?|dokuzuncu",
    10: r"tenth|10th|dixième|decim[oaie]|décim[oa]s?|onuncu",
}
_CJK_ORDINAL = "二三四五六七八九十"
_ORDINAL_WORD = {
    n: re.compile(rf"(?<!\w)(?:{w})(?!\w)|第{_CJK_ORDINAL[n - 2]}", re.IGNORECASE)
    for n, w in _ORDINALS.items()
}
# …followed by what ranks: "-largest", "most", "place", "più grande", "en büyük", "大", "多"
_RANKED_BY = re.compile(
    r"^[\s-]*(?:\w+[\s-]+)?(?:largest|biggest|highest|greatest|most|leading|place|position|rank\w*|"
    r"plus|rang|più|maggior\w*|posto|mayor\w*|más|lugar|puesto|en (?:büyük|çok|fazla)|sıra\w*|"
    r"大|多|高|名|位)",
    re.IGNORECASE,
)
_RANKED_AS = re.compile(
    r"\b(?:ranked|ranking|rated|classé\w*|classificat\w*|clasificad\w*)\s+$|\ben (?:çok|fazla|büyük)\s+(?:\w+\s+){0,2}$|排名$|名列$|位居$|居$",
    re.IGNORECASE,
)


def ranks_unstated(question: str, text: str) -> list[int]:
    """The ranks after the first the question names ("the third-largest contributor") that
    ``text`` does not: ICIJ's "second largest contributor … behind the U.S." says who came
    second, not who came third."""
    asked = []
    for n, word in _ORDINAL_WORD.items():
        for m in word.finditer(question):
            if _RANKED_BY.match(question[m.end() :]) or _RANKED_AS.search(question[: m.start()]):
                asked.append(n)
                break
    # the text may write it in its own language: any form of the ordinal counts
    return [n for n in asked if not _ORDINAL_WORD[n].search(text)]


def lead_type(question: str, parts: Sequence[str]) -> str | None:
    """The kind of value the answer's first sentence must state: the question's. But a name
    or a place asked for after something else ("… in which session and in which city did
    the Assembly meet?") is its part's to state: the lead answers the first question, and
    a later part's sentence, quoted after it, may be the only one naming the city."""
    kind = expected_type(question)
    if kind not in _OWN_PART_KINDS or len(parts) < 2:
        return kind
    asking = asking_parts(parts)
    if asking and (first := expected_type(asking[0])) != kind:
        # the first question's own kind ("Which Chinese court sentenced them, and in which
        # city does it sit?" leads with a court), or what else the question asks for
        return first or expected_type(question, skip=_OWN_PART_KINDS)
    return kind


def has_type(text: str, kind: str, question: str = "", common: Callable[[str], bool] | None = None) -> bool:
    """Whether ``text`` states a value of ``kind`` other than one the question names itself:
    "How many of the 230,000 people … were convicted?" is not answered by "230,000 people
    were persuaded to return", nor "who represented Mr Kim?" by "Mr Kim". A year is not a
    count ("how many … from 2021 to 2022"), a birth date no other date (unless the
    question asks when someone was born)."""
    if not question:
        return bool(_TYPE_RE[kind].search(text))
    if kind in ("day", "date", "year") and _asks_only_birth(question):
        # "When was Roberto born?" asks for his birth date, not the order's ("auto de 13 de
        # diciembre de 2017 … nacido el NUM000 de 1980": the day is withheld).
        return any(_born_at(text, m.start(), m.end()) for m in _TYPE_RE[kind].finditer(text))  # type: ignore[union-attr]
    if kind in _OWN_PART_KINDS:  # any word of the question, capitalised there or not
        # (a Chinese question's Latin name runs into its characters: "Tang Hao称其…")
        given = {fold(w) for w in re.findall(r"\w+", f"{question} {CJK.sub(' ', question)}")}
        if kind == "institution":  # a name beside the word of the kind asked for ("Qincheng Prison")
            given |= _glossed(question)
            return names_institution(
                _without_state_names(text),  # before windows around a kind's word cut one short
                question,
                lambda window: [
                    v
                    for v in _INSTITUTION_NAME.values(window, _ordinary_not_body(common))
                    if not _given_institution(v, given)
                ],
            )
        if kind == "court":  # a court with a word the question does not give ("which lower court…")
            given |= _COURT_WORDS
            return any({fold(w) for w in re.findall(r"\w+", v)} - given for v in values_of(text, kind))
        return any(fold(v) not in given for v in values_of(text, kind, common, question))
    if kind == "country" and (asked := countries_asked(question)) > 1:
        # "which six countries" is not answered by a sentence naming two of them
        given = {code for _, code in countries_in(question)}
        return len({code for _, code in countries_in(text)} - given) >= asked
    if kind == "amount" and (currency := currencies_in(question)) and not currency & currencies_in(text):
        return False  # the sum in another currency: no conversion is quoted
    if kind == "amount" and (sums := [m.group() for m in _MONEY.finditer(text)]):
        # a sum whole, figure and currency: "how many yuan?" is answered by "3 miljoner yuan"
        given = {_normal(m.group()) for m in _MONEY.finditer(question)}
        return any(_normal(v) not in given for v in sums)
    in_question = values_of(question, kind)
    named = {_normal(v) for v in in_question}
    if kind == "percentage" and not _CHANGE.search(question):
        # a share asked for ("what proportion of all criminal cases…", "ne kadarlık bir
        # oranı"): "an increase of 28.5%" is how much something grew, not its share
        return any(
            _normal(v) not in named and not _CHANGE_BEFORE.search(text, 0, end - len(v))
            for end, v in _value_spans(text, kind)
        )
    if kind == "duration" and not _OFFSET.search(question):
        # "a month before Ma's call" dates one thing from another: no length of what the
        # question asks how long lasted ("被羁押了多少天", how many days he was held)
        return any(
            _normal(v) not in named and not _OFFSET.match(text, end) for end, v in _value_spans(text, kind)
        )
    if kind == "day":  # the last day of a span ("23 to 27 April 2018") is no day something happened on
        # a day the question gives in its own language ("6 Ağustos 2017'de") is given too
        given_days = days_named(question)
        return any(
            _normal(v) not in named
            and not (given_days and days_named(v) and days_named(v) <= given_days)
            and not _SPAN_START.search(text, 0, end - len(v))
            for end, v in _value_spans(text, kind)
        )
    if kind == "person":  # "Kyung Yup Kim" is the question's "Mr Kim's"
        words = {w for v in in_question for w in _name_words(question, v)}
        found = values_of(text, kind, common)
        if _REAL_NAME.search(question):
            # "H. … beside his wife, Zhao Wei": a name for someone close to the one asked about
            found = [v for v in found if not re.search(_RELATIVE + re.escape(v), text)]
        return any(_normal(v) not in named and not _name_words(text, v) & words for v in found)
    if kind == "number":  # "how many fugitives" is not answered by "4,100 syndicates"
        return any(
            _normal(v) not in named
            and counts_asked(question, text, end)
            and not _ONE_OF_MANY.match(text, end)
            and not _AGE.match(text, end)
            and not _ORDINAL_FIGURE.fullmatch(v)
            and not (text[: end - len(v)].endswith(_QUOTE_MARKS) and _NAMED_FIGURE.match(text, end))
            for end, v in _value_spans(text, kind)
        )
    return any(_normal(v) not in named for v in values_of(text, kind))


# A change asked about or stated: "how much had it grown", "an increase of 28.5%".
_CHANGE_WORDS = (
    r"increas\w*|ris(?:e|en|es|ing)|rose|grow\w*|grew|growth|surg\w*|jump\w*|fell|fall\w*|drop\w*|declin\w*|"
    r"chang\w*|augment\w*|hausse|baisse|aument\w*|crec\w*|cresci\w*|increment\w*|diminu\w*|calo|"
    r"artış\w*|art(?:tı|mış|an)\w*|azal\w*|düş\w*"
)
_CHANGE_ZH = r"增长|增加|上升|下降|减少"  # (no word boundary between two Chinese characters)
_CHANGE = re.compile(rf"\b(?:{_CHANGE_WORDS})|{_CHANGE_ZH}", re.IGNORECASE)
_CHANGE_BEFORE = re.compile(rf"(?:\b(?:{_CHANGE_WORDS}|up|down)\b|{_CHANGE_ZH})[^;]{{0,40}}$", re.IGNORECASE)


# An ordinal counts nothing: "the 77th session", "la 86e session", "86ª sessione"
_ORDINAL_FIGURE = re.compile(r"\d+(?:st|nd|rd|th|e|ème|er|re|ª|º|°)", re.IGNORECASE)
# A figure opening a quoted name counts nothing: "an “110 Overseas” notice" (China's police
# number), "the “12 Days” campaign".
_QUOTE_MARKS = ("“", '"', "«")
_NAMED_FIGURE = re.compile(r"\s+[A-Z][\w-]*[”\"»]")
# An age counts no one: "a 43-year-old travel agent", "39 años", "43 yaşında", "43岁"
_AGE = re.compile(r"[\s-]*(?:years?[\s-]old|ans\b|anni\b|años\b|yaş)|岁", re.IGNORECASE)
# "H.'s case was one of nearly 300": one picked out of a count, which is the count stated
_ONE_OF_MANY = re.compile(
    r"(?<=\bone)\s+of\s+(?:(?:the\s+)?(?:(?:nearly|about|around|some|roughly|almost|over|more than|at least)\s+)?\d|"
    r"(?:his|her|its|their)\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def _glossed(question: str) -> frozenset[str]:
    """The names a Chinese question writes in characters, as CC-CEDICT spells them in
    English ("国际刑警组织": Interpol); asked for a body, its other words' renderings too
    ("公安部": ministry, public, security): a body of the Ministry is not named by the
    Ministry's words. (Not a newspaper's: "People's Public Security News" is one.) Cached:
    every candidate sentence is checked against the same question."""
    if not CJK.search(question):
        return frozenset()
    from app.glosses import english_glosses, english_names

    body = "organisation" in kinds_asked(question)
    groups = [*english_names(question), *(english_glosses(question) if body else [])]
    return frozenset(fold(w) for group in groups for w in group)


def _given_institution(name: str, given: set[str]) -> bool:
    """Whether an institution's name is the question's own: each of its words the question
    gives (in English, for a Chinese question), or a word of its kind ("Bureau"), or a link.
    "The Ministry of Public Security set up a special unit and incentivized police bureaus to
    use Interpol" names no unit a question about the Ministry and Interpol asks for."""
    words = [fold(w) for w in re.findall(r"\w+", name)]
    return all(w in given or w in _LINKS or kind_word(w) for w in words)


_LINKS = frozenset("of the and for de la le du des di del della dello el los las".split())


# A length of time that dates one thing from another ("a month before Ma's call", "fifteen
# months later", "iki gün sonra", "三天后"), after its value or, in a question, anywhere.
_OFFSET = re.compile(
    r"\s*(?:\b(?:before|after|later|earlier|ago|prior|avant|après|auparavant|plus tard|prima|dopo|più tardi|"
    r"antes|después|más tarde|önce|sonra|evvel)\b|之前|之后|以前|以后|以来|后来|(?<=[天周月年])[后前])",
    re.IGNORECASE,
)


# "23 to 27 April", "3–5 July", "du 23 au 27 avril", "23-27 Nisan": what comes before a span's last day
_SPAN_START = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th|er)?\s*(?:to|until|-|–|—|au|al|a|e|y|ile|and)\s*$", re.IGNORECASE
)


def _asks_only_birth(question: str) -> bool:
    """Whether every part of the question asking for a date asks when someone was born: "in
    which year was she born, and on what day did she file her complaint?" asks for another
    date too."""
    question = without_given_birth(question)
    if not _BORN.search(question):
        return False
    dated = [p for p in question_parts(question) if expected_type(p) in ("day", "date", "year")]
    return all(_BORN.search(p) for p in dated or [question])


def without_given_birth(question: str) -> str:
    """The question less the birth dates it gives to describe someone (see _BIRTH_GIVEN)."""
    return _BIRTH_GIVEN.sub(" ", question)


# A birth date the question gives describes someone ("1978 doğumlu … başvurucu", "born in
# 1978", "née en 1978", "1978年出生的"): it does not ask when they were born.
_BIRTH_GIVEN = re.compile(
    r"\b\d{4}\s+doğumlu\w*|"
    r"\b(?:born|née?|nat[oa]|nacid[oa])\s+(?:in|on|en|le|nel|il|el)?\s*(?:\d{1,2}\s+\w+\s+)?\d{4}\b|"
    r"\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?出生|生于\d{4}年",
    re.IGNORECASE,
)


def _name_words(text: str, name: str) -> set[str]:
    """The words of a person's ``name`` and of the word after it in ``text`` (the pairs a
    name is read in leave "Kim" out of "Kyung Yup Kim"), less titles and initials."""
    m = re.search(re.escape(name) + r"\s+([\w'’-]+)", text)
    words = [*name.split(), *(m.groups() if m else ())]
    return {
        _normal(w)
        for w in words
        if len(_normal(w)) > 1
        and w.rstrip(".").upper() not in JUDICIAL_RANKS
        and not _TITLE.fullmatch(w)
        and not plain(w)
    }


_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Dr|Mme|Sig|Sr|Sra|Judge|Justice|Prof|doña|don)\.?", re.IGNORECASE)


_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def years_named(text: str) -> set[str]:
    """The years a text names, whole ("2018", not the "2018" of "37610/2018x")."""
    return set(_YEAR_IN_TEXT.findall(text))


def about_another_year(text: str, question: str) -> bool:
    """The sentence dates its figure to years, none of them the year the question asks about:
    "$13.7 million in 2024" does not say what was paid in 2023. A premise's year is not
    the one asked about ("210,000 returned in 2021. How many returned in the first half of
    2022?")."""
    asking_years = set().union(*(years_named(p) for p in asking_parts(question_parts(question))))
    asked = asking_years or years_named(question)
    stated = years_named(text)
    return bool(asked and stated and not asked & stated)


def about_another_day(text: str, question: str) -> bool:
    """The sentence dates its figure to days, none of them the day the question asks about:
    "30 stations announced on 22 January 2022" is not the tally "as of 21 June 2022"."""
    asked = days_named(question)
    stated = days_named(text)
    return bool(asked and stated and not asked & stated)


# The words asking for a day, near which a question may give its month ("on what day in
# November 2016", "Kasım ayının hangi günü", "11月的哪一天").
_DAY_ASKED = re.compile(
    r"\b(?:day|date|jour|giorno|data|día|fecha|gün\w*|tarih\w*)\b|哪一天|哪天|几日|几号", re.IGNORECASE
)


_CASE_NUMBER = re.compile(r"\d+(?:/\d+)+")


def about_another_month(text: str, question: str) -> bool:
    """The question asks for a day in a month it gives, and the sentence dates nothing in
    it: "on what day in November 2016 did the Supreme Court rule?" is not answered by the
    application lodged on 22 September 2016, nor by a decision of 14 November 2019 (a year
    given with the month must be the sentence's too), and "on what date in 2018" not by a
    decision of 9 July 2019. A question naming a day itself is not checked. Turkish gives
    the month well before the word for day ("Şubat 2018'in tam olarak hangi gününde")."""
    if days_named(question):
        return False
    asked: set[int] = set()
    years: set[str] = set()
    for m in _DAY_ASKED.finditer(question):
        near = question[max(0, m.start() - 40) : m.end() + 25]
        asked |= months_named(near)
        years |= years_named(_CASE_NUMBER.sub(" ", near))  # not the "2021" of "2021/7144"
    if not asked:
        # a year alone ("on what exact date in 2018", "2018年的哪一天"): a day dated to
        # another year is not the one asked for
        return bool(years and (stated := years_named(text)) and not years & stated)
    return not any(month in asked for _, month in days_named(text)) or bool(
        years and not years & years_named(text)
    )


# "21 June", "21st of June", "21 de junio", "June 21".
_DAY_MONTH = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s+(?:of\s+|de\s+)?([^\W\d_]{3,})", re.IGNORECASE
)
_MONTH_DAY = re.compile(r"\b([^\W\d_]{3,})\s+(\d{1,2})\b(?!\s*[:.,]?\d)")
# Numeric dates, each with the groups holding its day and its month (day first, as the
# corpus' courts write it).
_NUMERIC_DAYS = (
    (re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?\d{4}\b"), 1, 2),
    (re.compile(r"\b(\d{1,2})/(\d{1,2})/\d{4}\b"), 1, 2),
    (re.compile(r"\b\d{4}-(\d{2})-(\d{2})\b"), 2, 1),
    (re.compile(r"\d{4}年(\d{1,2})月(\d{1,2})日"), 2, 1),
)


def days_named(text: str) -> set[tuple[int, int]]:
    """The (day, month) pairs ``text`` names, month names in the corpus' languages (CLDR)."""
    found = set()
    for m in _DAY_MONTH.finditer(text):
        if (month := _month(m.group(2))) is not None:
            found.add((int(m.group(1)), month))
    for m in _MONTH_DAY.finditer(text):
        if (month := _month(m.group(1))) is not None:
            found.add((int(m.group(2)), month))
    for pattern, day, month in _NUMERIC_DAYS:
        found.update((int(m.group(day)), int(m.group(month))) for m in pattern.finditer(text))
    return {(d, mo) for d, mo in found if 1 <= d <= 31 and 1 <= mo <= 12}


def months_named(text: str) -> set[int]:
    """The months ``text`` names, in any of the corpus' languages ("luglio", "juli-oktober", "7月")."""
    found = {m for w in re.findall(r"[^\W\d_]{3,}", text) if (m := _month(w)) is not None}
    found.update(int(m) for m in re.findall(r"(?<!\d)(\d{1,2})月", text))
    return {m for m in found if 1 <= m <= 12}


def _month(word: str) -> int | None:
    """A month's number; "may" only as "May" ("Article 3 may be invoked")."""
    if word == "may":
        return None
    return _month_numbers().get(fold(word))


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    """Month names, folded, in the corpus' languages and their grammatical forms (CLDR via
    Babel: "juin", "Haziran", "června", "czerwca") → 1-12."""
    from babel.dates import get_month_names

    numbers: dict[str, int] = {}
    for language in ("en", "fr", "it", "es", "tr", "sv", "cs", "pl", "de", "pt"):
        for context in ("format", "stand-alone"):
            for n, name in get_month_names("wide", context=context, locale=language).items():
                numbers.setdefault(fold(name), n)
    return numbers


def values_of(
    text: str, kind: str, common: Callable[[str], bool] | None = None, question: str = ""
) -> list[str]:
    """Each value of ``kind`` in ``text``, widened to the whole words it touches (for a
    name or place, see _ProperName.values)."""
    matcher = _TYPE_RE[kind]
    if isinstance(matcher, _ProperName):
        return matcher.values(text, common, question)
    if isinstance(matcher, _Person):
        return matcher.values(text, common)
    if not isinstance(matcher, re.Pattern):
        return matcher.values(text)
    return [value for _, value in _value_spans(text, kind)]


def _value_spans(text: str, kind: str) -> list[tuple[int, str]]:
    """Each value of a pattern ``kind`` with where it ends in ``text`` (values_of)."""
    values = []
    days = [(d.start(), d.end()) for d in _DAY_DATE.finditer(text)] if kind == "number" else []
    for m in _TYPE_RE[kind].finditer(text):  # type: ignore[union-attr]
        a, b = m.start(), m.end()
        # Chinese has no spaces: a word ends where its characters do ("约100人" holds "100").
        # Chinese numerals are one value with the digits beside them ("23万", "百名").
        while a > 0 and (_word_char(text[a - 1]) or text[a - 1] in ".," or text[a - 1] in ZH_NUMERALS):
            a -= 1
        while b < len(text) and (
            _word_char(text[b])
            or text[b] in ZH_NUMERALS
            or (text[b] in ".," and b + 1 < len(text) and text[b + 1].isdigit())
        ):
            b += 1
        value = text[a:b]
        if kind == "number" and (
            _YEAR.fullmatch(_normal(value))
            or _is_money(text, a, b)
            or _PERCENTAGE.match(text, a, b + 12)
            or re.search(r"\b(?:per|pour)\s?$", text[max(0, a - 5) : a], re.IGNORECASE)
            or (text[:a].strip() in ("", "(") and re.match(r"[.)]\s", text[b : b + 2]))
            or _is_footnote_mark(text, a, b)
            or any(start < b and a < end for start, end in days)
            or _is_reference_number(text, a, b)
        ):
            # "how many officers" is not answered by a year, "$13.7 million", "350%", a
            # paragraph's number ("1. On [date], Mr Aaa BBB lodged a request…"), a footnote's,
            # a date's day ("on 22 January 2022") or a number naming an article, a case or
            # a street ("Article 6 § 1", "no. 37610/18", "calle Cantos Negros núm. 7")
            continue
        if kind in ("day", "date", "year") and _BORN.search(text[max(0, a - 20) : a]):
            continue  # a party's birth date, in every ruling's opening, dates nothing else
        values.append((b, value))
    return values


# A report's footnote mark glued to the end of a sentence or quote ("…online fraud
# crimes.54", "…police “service stations”32", "…and complaints”.44"): a reference, not a figure.
_FOOTNOTE_MARK = re.compile(r"[^\W\d_]{2,}[.,;:]?[”\"’)]?[.,;:]?\d{1,3}$")


# The words a reference number follows: an article, paragraph, rule or section (a
# judgment's "Issue One", "Ground 2"); a case,
# application, decree or house number ("no.", "núm.", "nº", "n°", "Nr"), in the corpus'
# languages; and what Chinese writes around one ("第3条", "第44号").
_REFERENCE_BEFORE = re.compile(
    r"(?:(?<!['’])\b(?:art(?:icles?|ikel|icol[oi]|ícul[oa]s?|ykuł\w*|\.)?|paragraphs?|paras?|rules?|sections?|ss?|"
    r"protocols?|chapters?|chapitres?|capitol[oi]|capítulos?|annex(?:es)?|madde\w*|fıkra\w*|bend\w*|"
    r"issues?|grounds?|parts?|schedules?|"
    r"nos?|núm|num|nr|n[º°o]|§+|odst|ust|kap|punkt\w*)\.?\s*(?:\d+\s*(?:,|and|et|e|y|ve|a|i|och|§)\s*)*|第)$",
    re.IGNORECASE,
)
# … and what follows one: a case's year, a Chinese article's or number's word, a time of
# day ("at 9 am")
_REFERENCE_AFTER = re.compile(r"^(?:/\d|-(?:19|20)\d\d(?!\d)|[条款章号節节]|\s?[ap]\.?m\b)")


def _is_reference_number(text: str, start: int, end: int) -> bool:
    """Whether the figure at text[start:end] names an article, a case or a house rather
    than counting anything ("Article 3", "no. 37610/18", "§ 1", "amparo 2320-2018", "第14号")."""
    return bool(
        _REFERENCE_BEFORE.search(text[max(0, start - 24) : start].rstrip("( "))
        or _REFERENCE_AFTER.match(text[end : end + 6])
        or (start > 1 and text[start - 1] == "/" and text[start - 2].isdigit())
        # the second part of a reference ("núm. 3-17")
        or (
            (m := _DIGITS_BEFORE_HYPHEN.search(text, max(0, start - 12), start)) is not None
            and _is_reference_number(text, m.start(), m.end() - 1)
        )
    )


_DIGITS_BEFORE_HYPHEN = re.compile(r"(?<!\d)\d+-$")


def _is_footnote_mark(text: str, start: int, end: int) -> bool:
    """Whether the figure at text[start:end] ends in a footnote's number (see _FOOTNOTE_MARK)."""
    return (end == len(text) or not text[end].isalnum()) and bool(
        _FOOTNOTE_MARK.search(text, max(0, start - 40), end)
    )


def _word_char(c: str) -> bool:
    return c.isalnum() and not CJK.match(c)


_BORN = re.compile(
    r"\b(?:born|birth|né|née|naquit|nato|nata|nacque|nacid[oa]|naci[óo]|nascid[oa]|doğ(?:um|du|muş|an|acak)\w*|geboren|född|"
    r"narozen\w*|narodil\w*|urodzon\w*|urodził\w*)\b|出生|生于",
    re.IGNORECASE,
)


def _born_at(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is a birth date: "born on 8 October 1978",
    "nacido el 3 de mayo de 1980 en Taiwán", "1978年10月8日出生"."""
    return bool(
        _BORN.search(text[max(0, start - 40) : start])
        or _BORN.match(text[end : end + 6].lstrip().lstrip("年"))
    )


_MONEY = re.compile(
    r"[$€£¥]\s?\d[\d.,]*(?:\s*(?:million|billion|thousand)\b)?|"
    r"\d[\d.,]*\s*(?:(?:million|billion|thousand|milioni|millones|millions?|milliards?|miljoner|milyon|milyar)"
    rf"\s+(?:de\s+|di\s+)?)?(?:{_CURRENCIES})(?!\w)",
    re.IGNORECASE,
)


def _is_money(text: str, start: int, end: int) -> bool:
    """Whether the figure at text[start:end] is part of a sum ("$13.7 million", "3 miljoner yuan")."""
    return any(m.start() < end and start < m.end() for m in _MONEY.finditer(text))


def _normal(value: str) -> str:
    """A value compared as written anywhere: "Mr Kim's" names Mr Kim, "230 000" is 230,000,
    and so is "23万" ("百名" is 100)."""
    if _ZH_FIGURE.fullmatch(value) and not value.isdigit():
        return str(zh_number(value))
    return re.sub(r"[\s.,’'-]", "", re.sub(r"['’]s$", "", value.lower()))


_ZH_FIGURE = re.compile(rf"[\d{ZH_NUMERALS}]+")
