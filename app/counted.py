"""What a count counts: "how many fugitives" is not answered by "4,100 syndicates".

A question asking how many needs evidence stating a number (app/answertypes.py), but a
report's paragraph states many: of people, countries, cases, stations. The number a
question near-misses ("of the 105 victims, how many were Uyghurs?") sits beside another
count of something else ("in 23 countries"). Each count is read with the noun it counts —
in English the last noun of the phrase after it ("red notice targets" counts targets),
in the Romance languages and Turkish the first ("personnes visées par une notice" counts
persons), in Chinese the measure word or the noun after 多少 — and sorted into a few
coarse kinds. A count whose kind is known and differs from every kind the question asks
about does not answer it; a count of an unknown kind ("30 initial Fuzhou offices",
"returns", "members") is given the benefit of the doubt.

The kinds are a small lexicon of what extradition reporting counts, with the words for
them in the question languages (en, fr, it, es, tr, zh). Ambiguous nouns are left out:
"members" may be people or member states.
"""

from __future__ import annotations

import re
from functools import lru_cache

# kind: the words (whole, any case) that count it, in en, fr, it, es, tr (a stem: "kişi…")
_KINDS: dict[str, str] = {
    "person": (
        r"people|persons?|individuals?|suspects?|fugitives?|nationals?|citizens?|victims?|workers?|"
        r"officers?|officials?|targets?|applicants?|defendants?|u[iy]g(?:h)?urs?|men|women|children|"
        r"employees?|migrants?|refugees?|fraudsters?|criminals?|residents?|students?|dissidents?|"
        r"activists?|journalists?|returnees?|detainees?|prisoners?|leaders?|judges?|lawyers?|"
        r"dirigeants?|juges|avocats|dirigenti|leader|giudici|avvocati|dirigentes|líderes|jueces|abogados|"
        r"lider\w*|yönetici\w*|hakim\w*|avukat\w*|"
        r"personnes?|individus|fugitifs?|ressortissants?|citoyens?|victimes?|travailleurs?|policiers?|"
        r"fonctionnaires?|cibles?|requérants?|ouïghours?|hommes|femmes|enfants|escrocs?|fraudeurs?|"
        r"persone|individui|sospett[iae]|sospettati|latitanti|cittadini|vittime|lavoratori|funzionari|"
        r"ricorrenti|uiguri|uomini|donne|bambini|truffatori|"
        r"personas?|individuos|sospechosos?|prófugos?|fugitivos?|ciudadanos?|víctimas?|trabajadores?|"
        r"funcionarios?|demandantes?|uigures?|hombres|mujeres|niños|estafadores?|"
        r"kişi\w*|insan\w*|şüpheli\w*|firari\w*|kaçak\w*|vatandaş\w*|mağdur\w*|işçi\w*|başvurucu\w*|uygur\w*|"
        r"görevli\w*|memur\w*|personel\w*|yetkili\w*|çalışan\w*|sanık\w*|tutuklu\w*|mülteci\w*|aktivist\w*"
    ),
    "place": (
        r"countries|country|nations?|cities|city|provinces?|regions?|locations?|territories|jurisdictions?|"
        r"pays|villes?|régions?|paesi|città|regioni|province|países|ciudades|regiones|"
        r"ülke\w*|şehir\w*|kent\w*|il(?:de|e)?"
    ),
    "case": (
        r"cases?|incidents?|crimes?|offen[cs]es?|charges?|counts?|complaints?|proceedings?|"
        r"affaires?|cas|plaintes?|infractions?|casi|reati|denunce|casos|delitos|denuncias|"
        r"dava\w*|vaka\w*|suç\w*|şikayet\w*"
    ),
    "notice": r"notices?|diffusions?|alerts?|notifications?|avvisi|segnalazioni|notificaciones|circulares|bülten\w*",
    "organisation": (
        r"syndicates?|gangs?|groups?|rings?|networks?|companies|company|firms?|enterprises?|"
        r"organi[sz]ations?|partners?|outlets?|réseaux|bandes|groupes|entreprises|sociétés|organisations?|"
        r"bande|reti|gruppi|organizzazioni|aziende|società|bandas|redes|grupos|organizaciones|empresas|"
        r"örgüt\w*|çete\w*|şirket\w*"
    ),
    "facility": (
        r"stations?|offices?|cent(?:er|re)s?|compounds?|hubs?|postes?|bureaux|stazioni|uffici|centri|"
        r"estaciones|oficinas|centros|karakol\w*|istasyon\w*|ofis\w*|merkez\w*"
    ),
    "occasion": r"times|occasions?|calls?|fois|volte|veces|kez|defa|kere",
    "document": (
        r"announcements?|articles?|reports?|documents?|statements?|letters?|assurances?|guarantees?|"
        r"annonces|garanties|annunci|garanzie|anuncios|garantías|garanti\w*|güvence\w*"
    ),
    "money": r"funds?|money|yuan|dollars?|euros?|fonds|fondi|fondos",
    # "two categories that critics say China often uses": kinds of things, not the things
    "category": r"categor(?:y|ies)|types?|kinds?|catégories?|categori[ae]|tipi|categorías?|tipos?|kategori\w*|tür\w*",
}
_KIND_OF = [(kind, re.compile(rf"(?:{words})", re.IGNORECASE)) for kind, words in _KINDS.items()]

# Chinese: the measure word after 多少 / 几, else a noun in the words after it.
_ZH_MEASURE = {
    "名": "person",
    "位": "person",
    "人": "person",
    "起": "case",
    "宗": "case",
    "次": "occasion",
    "家": "organisation",
}
_ZH_KINDS = [
    ("person", re.compile(r"人员|嫌疑人|逃犯|成员|公民|受害人|员工|警察|维吾尔|负责人|领导|法官|律师|人")),
    ("place", re.compile(r"国家|城市|地区|省")),
    ("case", re.compile(r"案件|案")),
    ("notice", re.compile(r"通缉令|红通")),
    ("organisation", re.compile(r"团伙|集团|公司|企业")),
    ("facility", re.compile(r"服务站|警务站|派出所")),
    ("money", re.compile(r"资金|钱|款")),
    ("document", re.compile(r"保证|担保|公告|通告|文件|报告|声明|信函")),
]
_ZH_ASK = re.compile(r"(?:多少|几)([名位人起宗次家个]?)([^，。？?,；;]{0,14})")

# The words after a question's count cue (English reads the phrase's last counted noun).
_ASK = {
    "en": re.compile(r"\bhow many\s+(?:of\s+(?:the|those|these|them)\s+)?([^?,;:.]{0,80})", re.IGNORECASE),
    "romance": re.compile(
        r"\b(?:combien\s+(?:de|d['’])\s*|quant[ieoa]\s+(?:dei\s+|delle\s+|degli\s+)?|cuánt[oa]s?\s+(?:de\s+(?:los|las)\s+)?)"
        r"([^?,;:.]{0,80})",
        re.IGNORECASE,
    ),
}
# "Of the 105 victims, how many…", "Dei 100 latitanti…, quanti…": the count names its noun first.
_PARTITIVE = re.compile(
    r"\b(?:(of) (?:the|those|these)|dei|delle|degli|de (?:los|las)|des)\s+"
    r"(?:(?:more than|over|some|about|around|roughly|nearly|almost|approximately|circa|plus de|environ|près de|más de|"
    r"unos|unas|alrededor de|cerca de|quasi|oltre)\s+)?"
    r"\d[\d.,]*\s*(?:million|millions|milioni|millones)?\s+([^?,;:.]{0,60})",
    re.IGNORECASE,
)
# Turkish puts the counted noun last in its phrase ("kaç telekom dolandırıcılığı şüphelisi",
# how many telecom-fraud suspects), or before "sayısı" ("şüphelilerin sayısı", the number of
# suspects). A word with a case ending after an apostrophe ("Çin'e") ends the phrase.
# "kaç ay tutuklu kaldı" (how many months was he held) counts months, not detainees.
_TR_ASK = re.compile(
    r"\bkaç\s+(?!(?:ay|yıl|gün|hafta|saat)\b)((?:[^\W\d]+\s+){0,2}[^\W\d]+)\b", re.IGNORECASE
)
_TR_NUMBER_OF = re.compile(r"\b([^\W\d]+)\s+sayı(?:sı|sını|sının)\b", re.IGNORECASE)
# Turkish names what it counts before the count: "silinen bu bültenlerden kaçı" (how many of
# these notices), "başvurucudan kaçı".
_TR_PARTITIVE = re.compile(r"\b(\w+[dt][ae]n)\s+kaç[ıi]\b", re.IGNORECASE)
_WORD = re.compile(r"[\w’'-]+")
# Where a noun phrase ends: a function word (en, fr, it, es, tr) or a verb of being.
_STOP = frozenset(
    """of in on at to from for by with and or but as than that which who whose were was are is be been have has had
    did do does would could will can per since during between among into over under about after before while
    de du des la le les et ou en à au aux par pour sur dans avec ont sont été était étaient
    di da del della dei delle degli il lo gli e o nel nella nei per su con sono stati erano è
    el los las y o en con por para sobre son fueron eran han sido
    ve ile için olarak""".split()
)


def _kind(word: str) -> str | None:
    for kind, words in _KIND_OF:
        if words.fullmatch(word):
            return kind
    return None


def _phrase_kinds(words: list[str]) -> list[str]:
    """The kinds of the counted nouns in the words of a phrase, in order."""
    return [k for w in words if (k := _kind(w))]


def _phrase(text: str, limit: int = 5) -> list[str]:
    """The words at the start of ``text`` up to the first function word or punctuation."""
    words: list[str] = []
    last = 0
    for m in _WORD.finditer(text):
        if (
            re.search(r"[^\s\"“”'’«»]", text[last : m.start()])
            or m.group().lower() in _STOP
            or len(words) == limit
        ):
            break  # punctuation or a function word ends the phrase
        words.append(m.group())
        last = m.end()
    return words


@lru_cache(maxsize=1024)
def asked_kinds(question: str) -> frozenset[str]:
    """The kinds of what the question counts ("how many Chinese nationals" → person); empty
    when none is known."""
    kinds: set[str] = set()
    for m in _ASK["en"].finditer(question):
        found = _phrase_kinds(_phrase(m.group(1)))
        kinds.update(found[-1:])
    for m in _ASK["romance"].finditer(question):
        found = _phrase_kinds(_phrase(m.group(1), limit=2))
        kinds.update(found[:1])
    if kinds or _ASK["en"].search(question) or _ASK["romance"].search(question):
        for m in _PARTITIVE.finditer(question):
            if m.group(1):  # English: the phrase's last noun ("cross-border criminal syndicates")
                kinds.update(_phrase_kinds(_phrase(m.group(2)))[-1:])
            else:
                kinds.update(_phrase_kinds(_phrase(m.group(2), limit=2))[:1])
    for m in _TR_ASK.finditer(question):
        kinds.update(_phrase_kinds(m.group(1).split())[:1])
    for m in _TR_NUMBER_OF.finditer(question):
        kinds.update(_phrase_kinds([m.group(1)]))
    for m in _TR_PARTITIVE.finditer(question):
        kinds.update(_phrase_kinds([m.group(1)]))
    for m in _ZH_ASK.finditer(question):
        if m.group(1) in _ZH_MEASURE:
            kinds.add(_ZH_MEASURE[m.group(1)])
            continue
        first = [(h.start(), kind) for kind, words in _ZH_KINDS if (h := words.search(m.group(2)))]
        if first:
            kinds.add(min(first)[1])
    return frozenset(kinds)


def counted_kind(text: str, end: int) -> str | None:
    """The kind of what the number ending at ``end`` in ``text`` counts, if known: "eight of
    China's red notice targets" counts targets."""
    rest = re.sub(
        r"^\s*(?:of|de|di|des|dei|delle)\s+(?:the\s+)?", " ", text[end : end + 120], flags=re.IGNORECASE
    )
    found = _phrase_kinds(_phrase(rest))
    return found[-1] if found else None


def counts_asked(question: str, text: str, end: int) -> bool:
    """Whether the number ending at ``end`` counts what the question asks the number of."""
    asked = asked_kinds(question)
    if not asked:
        return True
    kind = counted_kind(text, end)
    return kind is None or kind in asked
