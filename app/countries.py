"""Countries as texts in the corpus' languages name them: CLDR names (Babel), capitals
and regions (countryinfo), the adjectives made from them.

A question names a country in its own language ("Chine", "Çin'e", "中国"), the cited text
in another ("China", "Čínská lidová republika"), and a question may name a capital or a
region for its countries ("Beijing", "Africa"). These helpers let the answerability checks
and the retriever compare them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# A Turkish case ending after a name's apostrophe ("Bordeaux'daki", "Kim'in").
TURKISH_SUFFIX = re.compile(r"['’][a-zà-ÿçğıöşü]+$")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=1)
def places() -> dict[str, tuple[str, ...]]:
    """Capitals and regions, each with the English names (and adjectives) of the countries
    it stands for, from countryinfo: "Moscow" → russia, russian; "Africa" → every African
    country. A question says "Beijing" or "Moscow" for a government the text calls "China"
    or "the Russian Federation", and "someone living in Africa" for a text's "Nigeria"."""
    import countryinfo

    places: dict[str, set[str]] = {}
    for country in countryinfo.all_countries():
        info = country.info()
        names = {str(info.get(k) or "").lower() for k in ("name", "demonym")} - {""}
        capital = str(info.get("capital") or "").lower()
        region = str(info.get("region") or "").lower()
        subregion = str(info.get("subregion") or "").lower().replace("south-eastern", "southeast")
        for place in (capital, region, subregion, subregion.split(" and ")[0]):
            if place:
                places.setdefault(place, set()).update(names)
    return {place: tuple(sorted(names)) for place, names in places.items()}


@lru_cache(maxsize=1)
def demonyms() -> dict[str, tuple[str, ...]]:
    """Each country's adjective with the English names it stands for, from countryinfo:
    "Polish" → poland, polish. A question's "the Polish court" is the text's Poland, and
    the adjective's stem "poli" is not the name's "pola" ("Spanish", "French", "Swiss" and
    "Dutch" likewise)."""
    import countryinfo

    table: dict[str, set[str]] = {}
    for country in countryinfo.all_countries():
        info = country.info()
        demonym = str(info.get("demonym") or "").lower()
        if demonym:
            table.setdefault(demonym, {demonym}).add(str(info.get("name") or demonym).lower())
    return {word: tuple(sorted(names)) for word, names in table.items()}


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Each country's English name and adjective (lower case) → its capital, from
    countryinfo: a text's "a London-based lawyer" is the question's "a British lawyer"."""
    import countryinfo

    table: dict[str, str] = {}
    for country in countryinfo.all_countries():
        info = country.info()
        capital = str(info.get("capital") or "").lower()
        if capital:
            for key in ("name", "demonym"):
                if name := str(info.get(key) or "").lower():
                    table.setdefault(name, capital)
    return table


def countries_meant(word: str) -> tuple[str, ...]:
    """The countries a capital or region in a question stands for (lower case), else ();
    a region's adjective too: "Asian" (Asia), "European" (Europe), "American" (the Americas);
    else a country's adjective ("Polish": Poland)."""
    w, table = word.lower(), places()
    forms = (w, w[:-1], w[:-2], w[:-1] + "s") if w.endswith("n") else (w,)
    return next((table[form] for form in forms if form in table), demonyms().get(w, ()))


def fold(text: str) -> str:
    """Lower case without accents: "Japón" and "japonés" share "japon"."""
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


# Endings that make a country's name (less its final vowel) an adjective: "brésil-ien",
# "giappon-ese", "brasil-eño" (accents folded).
_ADJECTIVE_ENDINGS = {
    "fr": tuple(
        "ien ienne iens iennes en enne ens ennes ais aise aises ois oise oises ain aine ains aines".split()
    ),
    "it": tuple("ano ana ani ane iano iana iani iane ese esi ense ensi ino ina ini ine".split()),
    "es": tuple("eno ena enos enas ano ana anos anas iano iana es esa eses esas ense enses ino ina".split()),
}
# Adjectives the endings above do not make from the name ("belge" from "Belgique",
# "tedesco" from "Germania", "sueco" from "Suecia"): masculine singular, folded; the other
# forms follow (_adjective_forms). No library ships them (CLDR has names, not adjectives;
# countryinfo has English ones only). Language names that are also adjectives of a country
# ("anglais", "inglese", "inglés": English) are left out: "the English text" is no place.
_IRREGULAR_ADJECTIVES = {
    "fr": "belge:BE suisse:CH allemand:DE grec:GR turc:TR danois:DK neerlandais:NL hollandais:NL "
    "britannique:GB espagnol:ES polonais:PL tcheque:CZ hongrois:HU roumain:RO russe:RU serbe:RS "
    "croate:HR slovaque:SK bulgare:BG americain:US etats-unien:US neo-zelandais:NZ portugais:PT "
    "kazakh:KZ ouzbek:UZ kirghiz:KG vietnamien:VN birman:MM emirati:AE mongol:MN slovene:SI",
    "it": "belga:BE svizzero:CH tedesco:DE greco:GR turco:TR danese:DK olandese:NL britannico:GB "
    "spagnolo:ES polacco:PL ceco:CZ ungherese:HU rumeno:RO romeno:RO russo:RU serbo:RS croato:HR "
    "slovacco:SK bulgaro:BG americano:US statunitense:US neozelandese:NZ svedese:SE francese:FR "
    "portoghese:PT finlandese:FI irlandese:IE norvegese:NO austriaco:AT kazako:KZ uzbeko:UZ "
    "tailandese:TH thailandese:TH cambogiano:KH vietnamita:VN birmano:MM marocchino:MA ucraino:UA "
    "giapponese:JP canadese:CA sloveno:SI emiratino:AE",
    "es": "belga:BE suizo:CH aleman:DE griego:GR turco:TR danes:DK neerlandes:NL holandes:NL "
    "britanico:GB espanol:ES polaco:PL checo:CZ hungaro:HU rumano:RO ruso:RU serbio:RS croata:HR "
    "eslovaco:SK bulgaro:BG estadounidense:US norteamericano:US neozelandes:NZ sueco:SE frances:FR "
    "portugues:PT finlandes:FI irlandes:IE noruego:NO austriaco:AT kazajo:KZ uzbeko:UZ "
    "tailandes:TH camboyano:KH vietnamita:VN birmano:MM egipcio:EG marroqui:MA ucraniano:UA "
    "japones:JP canadiense:CA esloveno:SI emirati:AE",
    # Turkish names a people by a word of its own, used bare as the adjective ("Ermeni
    # mahkemesi", "Rus makamları", "Alman hükümeti"); the rest add -lı to the name.
    "tr": "ermeni:AM rus:RU alman:DE ingiliz:GB fransız:FR italyan:IT ispanyol:ES yunan:GR leh:PL "
    "cek:CZ macar:HU bulgar:BG sırp:RS hırvat:HR slovak:SK sloven:SI rumen:RO japon:JP "
    "kazak:KZ ozbek:UZ kırgız:KG moğol:MN amerikan:US fin:FI",
}


def _adjective_forms(word: str, language: str) -> set[str]:
    """A masculine singular adjective's feminine and plural forms (folded): "allemand" →
    allemande(s); "tedesco" → tedesca, tedeschi, tedesche; "alemán" → alemana(s), alemanes."""
    forms = {word}
    if language == "fr":
        feminine = {"grec": "grecque", "turc": "turque"}.get(word, word if word.endswith("e") else word + "e")
        forms = {word, feminine, feminine + "s", word if word.endswith("s") else word + "s"}
    elif language == "it":
        stem, last = word[:-1], word[-1:]
        if last == "o":
            hard = stem.endswith(("c", "g")) and word != "greco"
            forms |= {stem + "a", stem + ("hi" if hard else "i"), stem + ("he" if hard else "e")}
        elif last == "e":
            forms |= {stem + "i"}
        elif last == "a":  # "belga", "vietnamita"
            forms |= {stem + "i", stem + "he", stem + "e"}
    elif language == "es":
        if word.endswith("o"):
            forms |= {word[:-1] + e for e in ("a", "os", "as")}
        elif word.endswith(("a", "e")):
            forms |= {word + "s"}
        else:
            forms |= {word + "a", word + "as", word + "es"}
    return forms


@lru_cache(maxsize=8)
def _irregular_adjectives(language: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for entry in _IRREGULAR_ADJECTIVES.get(language, "").split():
        word, code = entry.split(":")
        table.update(dict.fromkeys(_adjective_forms(word, language), code))
    return table


# Turkish makes "of that country" by adding -lı/-li/-lu/-lü to the whole name: "Polonyalı",
# "İsveçli", "Çinli" (accents folded; the dotless ı stays).
_TURKISH_OF = ("lı", "li", "lu")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@lru_cache(maxsize=16)
def country_names(language: str) -> tuple[tuple[str, str], ...]:
    """(a country's name in ``language``, folded; its ISO code), from CLDR via Babel."""
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        return ()
    return tuple(
        (name if CJK.search(name) else fold(name), code)
        for code, name in names.items()
        if len(code) == 2 and code.isalpha() and len(name) >= 2
    )


# English texts name these by their short forms more often than not ("the U.S."); CLDR's
# "Hong Kong SAR China" is "Hong Kong" (or French "Hong-Kong") in a text.
ENGLISH_SHORT = {
    "US": ("u.s",),
    "GB": ("u.k",),
    "HK": ("hong kong", "hong-kong", "hongkong"),
    "MO": ("macao", "macau"),
    "TR": ("turkey",),  # CLDR's "Türkiye" keys as "turki" (Turkmenistan's "turk")
}


@lru_cache(maxsize=1024)
def country_key(code: str, language: str, display: bool = False) -> str:
    """What a text in ``language`` holds when it names the country: its name's first four
    letters (the adjective shares them: "Japan", "Japanese"; three of a four-letter name
    ending in a vowel: "Cina", "cinese"), or the whole of a two-word
    name; "" if CLDR has no such language. ``display``: the name itself."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(language).territories.get(code, "")
    except (UnknownLocaleError, ValueError):
        return ""
    if display or not name:
        return name
    folded = fold(re.sub(r"\s*\(.*?\)", "", name))  # "Myanmar (Burma)": texts write "Myanmar"
    if " " in folded or "-" in folded:
        return folded
    # "Cina" → "cin" (cinese); "Japonsko" → "japo"
    size = 3 if len(folded) == 4 and folded[-1] in "aeiouy" else 4
    # a letter more where another country's one-word name starts alike: "Slovenia" is
    # "slove", not the "slov" of "the Slovak courts" (not a short name's: "Greek" is not
    # "greec", nor "indien" "inde")
    if len(folded) >= 7 and any(other.startswith(folded[:size]) for other in _other_names(language, code)):
        size += 1
    return folded[:size]


@lru_cache(maxsize=64)
def _other_names(language: str, code: str) -> tuple[str, ...]:
    """The other countries' names in ``language``, folded (country_key)."""
    from babel import Locale

    territories = Locale.parse(language).territories
    return tuple(
        fold(re.sub(r"\s*\(.*?\)", "", name))
        for other, name in territories.items()
        if other != code and len(other) == 2 and other.isalpha() and " " not in name and "-" not in name
    )


# Where CLDR's English name is not the one legal texts of the last decades use.
_ENGLISH_USUAL = {
    "TR": "Turkey",
    "CZ": "Czech Republic",
    "MM": "Myanmar Burma",
    "HK": "Hong Kong",
    "MO": "Macao Macau",
    "KR": "Korea",
    "CD": "Congo",
    "CG": "Congo",
    "CI": "Ivory Coast",
    "SZ": "Swaziland",
    "MK": "Macedonia",
    "PS": "Palestine",
}


def english_country_names(code: str) -> list[str]:
    """The country's English name in CLDR ("SE" → "Sweden"), and the usual one where they
    differ (CLDR's "Türkiye"; the ECtHR's "Turkey")."""
    names = [country_key(code, "en", display=True), _ENGLISH_USUAL.get(code, "")]
    return [n for n in dict.fromkeys(names) if n]


_VOICE_OF = re.compile(r"[\u3400-\u9fff]{1,4}之[声聲音]")


@lru_cache(maxsize=512)
def country_anchors(question: str, language: str, peoples: bool = True) -> tuple[str, ...]:
    """ISO codes of the countries a question in another language names ("un tribunal
    brésilien" → BR; "日本的引渡法" → JP). Cached: retrieval and both anchor checks ask.

    A name counts as a capitalised word (Turkish case endings after the apostrophe
    dropped) or, in French, Italian and Spanish, as the adjective made from it, by an ending
    or irregularly ("belge", "tedesco", "sueco"; in Turkish, the name with -lı: "Polonyalı");
    Chinese names anywhere in the question. Common words spelled like a country ("mali" is
    Turkish for "financial") are lower case and do not count. ``peoples``: a people's own
    Turkish word too ("Ermeni mahkemesi", an Armenian court). Short forms CLDR does not list
    count too ("BAE", "EE. UU.": _LOCAL_SHORT)."""
    if language == "en":
        return ()
    names = country_names(language)
    found: list[str] = []
    short = [code for pattern, code in _short_forms(language) if pattern.search(question)]
    if CJK.search(question):
        # A broadcaster named "the voice of" a country (德国之声, Deutsche Welle; 美国之音,
        # Voice of America) is a source, not a place the question is about.
        question = _VOICE_OF.sub("", question)
        # "香港" for CLDR's "中国香港特别行政区"
        found = [
            code
            for name, code in names
            if CJK.search(name) and any(f in question for f in _usual_forms(name))
        ]
        return tuple(dict.fromkeys([*found, *short]))
    folded_question = fold(question)
    endings = _ADJECTIVE_ENDINGS.get(language, ())
    words = [(w, fold(TURKISH_SUFFIX.sub("", w))) for w in _WORD.findall(question)]
    irregular = _irregular_adjectives(language)
    # (Turkish capitalises a people's name: "leh" is also "in favour", "fin" a word)
    found = [
        irregular[folded]
        for word, folded in words
        if folded in irregular and (language != "tr" or (peoples and word[:1].isupper()))
    ]
    for name, code in names:
        if " " in name or "-" in name:
            if re.search(rf"\b{re.escape(name)}\b", folded_question):
                found.append(code)
            continue
        stem = name[:-1] if len(name) > 4 and name[-1] in "aeiouy" else name
        # "Albania", "Albanie": "albanese", "albanais", "albanés" end where "-ia" was
        stems = (stem, name[:-2]) if len(name) >= 6 and name[-2:] in ("ia", "ie") else (stem,)
        for word, folded in words:
            if (
                (folded == name and word[:1].isupper())
                or any(
                    len(st) >= 4 and folded.startswith(st) and folded[len(st) :] in endings for st in stems
                )
                or (
                    language == "tr"
                    and word[:1].isupper()
                    and folded[len(name) :] in _TURKISH_OF
                    and folded.startswith(name)
                )
            ):
                found.append(code)
                break
    return tuple(dict.fromkeys([*found, *short]))


# The short forms a lawyer writes in the questions' languages that CLDR does not list
# ("BAE mahkemesi", a court of the United Arab Emirates; "les EAU"; "EE. UU."), beside the
# English ones a question in any language may use ("the PRC", "UAE"). Not Chinese "阿联酋"
# (measured): as an anchor it kept a two-part question's second answer ("他最终的结局如何",
# Gao was deported) from a passage that names Gao but not the Emirates; CLDR's
# "阿拉伯联合酋长国" does the same, a limit of how a question's later parts are checked.
_LOCAL_SHORT = {
    "tr": "ABD:US BAE:AE ÇHC:CN İngiltere:GB",
    "fr": "EAU:AE RPC:CN",
    "it": "EAU:AE RPC:CN",
    "es": "EAU:AE RPC:CN EE.UU.:US EE._UU.:US EEUU:US",
    "zh": "中华人民共和国:CN",
}


@lru_cache(maxsize=8)
def _short_forms(language: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each short form's pattern, as written, and its country: the language's own (an
    underscore in an entry is a space: "EE._UU.") and, but in Chinese, the English ones."""
    entries = [e.split(":") for e in _LOCAL_SHORT.get(language, "").split()]
    if language != "zh":
        entries += [[abbreviation, code] for abbreviation, code in _ABBREVIATIONS.items()]
    # (Chinese runs its words together: "中华人民共和国请求")
    edge = ("", "") if language == "zh" else (r"(?<![\w.])", r"(?!\w)")
    return tuple(
        (re.compile(rf"{edge[0]}{re.escape(name.replace('_', ' '))}{edge[1]}"), code)
        for name, code in entries
    )


# English names made of institution words ("United States"), which the name check passes
# over as it does "the United Nations" — and their abbreviations.
_ENGLISH_PLAIN_NAMED = {
    "US": re.compile(r"\bUnited States\b|\bU\.S\.(?:A\.)?|\bUSA?\b|\bAmerica\b"),
    "GB": re.compile(r"\bUnited Kingdom\b|\bU\.K\.|\bUK\b|\bBritain\b"),
}


def english_plain_named(question: str) -> tuple[str, ...]:
    """ISO codes of the countries an English question names by institution words: "how many
    came back from the United States?" names a country no capitalised-word check sees."""
    return tuple(code for code, pattern in _ENGLISH_PLAIN_NAMED.items() if pattern.search(question))


def names_in_english(code: str, text: str) -> bool:
    """Whether ``text`` (as written: "the US" is not "us") names the country so."""
    pattern = _ENGLISH_PLAIN_NAMED.get(code)
    if pattern and pattern.search(text):
        return True
    # "UAE judicial records show" names the United Arab Emirates
    return any(short.search(text) for short, c in _short_forms("en") if c == code)


# The languages whose country names are looked for in a text: the corpus' and the questions'.
TEXT_LANGUAGES = ("en", "fr", "it", "es", "tr", "sv", "cs", "pl", "de", "pt", "nl", "zh")
# Short forms English legal texts and questions use for a country.
# Case endings of a four-letter Czech or Polish name ("Čína": "Číny", "Číně", "Čínou").
_SLAVIC_ENDINGS = frozenset({"a", "y", "ě", "e", "u", "ou", "ie", "ę", "ą", "i"})
_ABBREVIATIONS = {
    "PRC": "CN",
    "P.R.C.": "CN",
    "USA": "US",
    "U.S.": "US",
    "UK": "GB",
    "U.K.": "GB",
    "UAE": "AE",
}


@lru_cache(maxsize=1)
def _text_names() -> tuple[re.Pattern[str], dict[str, str], frozenset[str], frozenset[str]]:
    """One pattern for every country name in ``TEXT_LANGUAGES`` (CLDR, capitalised as it
    writes them) and every English demonym (countryinfo), each name's code, and the names
    matched only whole. A name of five letters or more, less a final vowel, is matched as
    the start of a word: "Čín-y" (Czech genitive), "Chin-ese", "Polsk-a"."""
    import countryinfo
    from babel import Locale

    codes: dict[str, str] = {}
    short_stems: set[str] = set()
    for language in TEXT_LANGUAGES:
        for code, name in Locale.parse(language).territories.items():
            if len(code) == 2 and code.isalpha() and len(name) >= 2:
                for variant in _usual_forms(name):
                    codes.setdefault(variant, code)
                if language in ("cs", "pl") and len(name) == 4 and name[-1] in "aeiouy":
                    short_stems.add(name[:-1])  # "Čína": "Číny", "Číně", "Čínou"
                    codes.setdefault(name[:-1], code)
    for country in countryinfo.all_countries():
        info = country.info()
        code = str((info.get("ISO") or {}).get("alpha2") or "")
        for name in (info.get("name"), info.get("demonym")):
            if code and name and len(str(name)) >= 4:
                codes.setdefault(str(name), code)
    whole = {n for n in codes if CJK.search(n) or " " in n or len(n) < 5} - short_stems
    stems: dict[str, str] = {}
    for name, code in codes.items():
        key = name if name in whole or name in short_stems or name[-1] not in "aeiouy" else name[:-1]
        stems.setdefault(key, code)
    stems.update(_ABBREVIATIONS)
    whole |= set(_ABBREVIATIONS)
    latin = "|".join(re.escape(k) for k in sorted(stems, key=len, reverse=True) if not CJK.search(k))
    cjk = "|".join(re.escape(k) for k in sorted(stems, key=len, reverse=True) if CJK.search(k))
    pattern = re.compile(rf"(?<![\w.])(?:{latin})|{cjk}")
    return pattern, stems, frozenset(whole), frozenset(short_stems)


def _usual_forms(name: str) -> set[str]:
    """CLDR's name and the forms texts use: "Myanmar (Burma)" is written "Myanmar",
    Swedish "S:t Kitts och Nevis" "Saint Kitts och Nevis", "Hongkong SAR" "Hongkong",
    "中国香港特别行政区" "香港"."""
    plain = re.sub(r"\s*\(.*?\)", "", name)
    forms = {plain, re.sub(r"^S:t ", "Saint ", plain)}
    forms.add(re.sub(r"^(?:SRA |中国)|\s*(?:SAR|ÖİB|ZAO|– .*)$|特别行政区$", "", plain).strip())
    forms.update(_ZH_REGIONS.get(plain, ()))
    return {f for f in forms if len(f) >= 2}


# A region of a country by the Chinese short form of its name: "缅北" (northern Myanmar,
# where the scam compounds are), "泰北".
_ZH_REGIONS = {"缅甸": ("缅北", "缅南"), "泰国": ("泰北", "泰南")}


def countries_in(text: str) -> list[tuple[str, str]]:
    """Each country a text names, as (the words naming it, its ISO code), in any of
    ``TEXT_LANGUAGES``: "the People's Republic of China" → CN, "Saint Kitts och Nevis" →
    KN, "中国" → CN, "a Chinese court" → CN. Names are capitalised in Latin script, so
    Turkish "mali" (financial) is not Mali."""
    return [(text[start:end], code) for start, end, code in country_spans(text)]


def country_spans(text: str) -> list[tuple[int, int, str]]:
    """Where ``text`` names each country (``countries_in``): (start, end, ISO code)."""
    pattern, codes, whole, short_stems = _text_names()
    found = []
    for m in pattern.finditer(text):
        name = m.group(0)
        end = m.end()
        if name in whole:
            if not CJK.search(name) and end < len(text) and text[end].isalnum():
                continue  # "Mali" in "Malik", "Iran" in "Irani…" is another word
        else:
            while end < len(text) and text[end].isalnum():
                end += 1
            if name in short_stems and text[m.end() : end] not in _SLAVIC_ENDINGS:
                continue  # "Čín-y", "Kub-ě", but not Spanish "Pero" for "Peru"
        found.append((m.start(), end, codes[name]))
    return found


# What stands between two countries of a list: "Italy, Albania and France", "Italie et Albanie".
_LIST_GAP = re.compile(
    r"\s*[,;、，]?\s*(?:(?:and|or|et|ou|e|o|y|ve|veya|och|eller|a|i|oraz|und|和|与|及|以及)\s+)?(?:the\s+)?",
    re.IGNORECASE,
)


def listed_only(code: str, text: str) -> bool:
    """Whether ``text`` names the country only as one of a list of three countries or more
    ("countries including Italy, Albania and France"): in passing, not what it is about."""
    spans = country_spans(text)
    mentions = [i for i, span in enumerate(spans) if span[2] == code]
    if not mentions:
        return False
    # runs of countries with only a comma or a conjunction between them
    run_of = list(range(len(spans)))
    for i in range(1, len(spans)):
        if _LIST_GAP.fullmatch(text, spans[i - 1][1], spans[i][0]):
            run_of[i] = run_of[i - 1]
    sizes = {run: run_of.count(run) for run in set(run_of)}
    return all(sizes[run_of[i]] >= 3 for i in mentions)
