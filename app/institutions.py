"""Which body, bureau, prison or firm: questions asking for an institution by its kind.

"Which public security bureau searched her home?", "in which prison would he be held?",
"quel cabinet d'avocats la représentait ?" ask for a name, and no cue of the other answer
types knows these kinds. Any capitalised word would pass a check for a name, so the
evidence must name the institution where it speaks of one of its kind: a name beside the
kind's word ("the Fengman Public Security Bureau", "Qincheng Prison", "law firm X").
A passage about the case that speaks of "the Chinese penitentiary system" does not.

Each kind has its words in a question (en, fr, it, es, tr, zh) and its words in the
evidence (the corpus' languages: en, fr, it, es, tr, sv, cs, pl).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

# kind: (its words in a question, its words in the evidence)
_KINDS: dict[str, tuple[str, str]] = {
    "prison": (
        r"prisons?|jails?|gaols?|detention (?:centres?|centers?|facilit(?:y|ies)|houses?)|penitentiar(?:y|ies)|"
        r"(?:labou?r |re-?education |internment )camps?|"
        r"maisons? d'arrêt|centres? de (?:détention|rétention)|établissements? pénitentiaires?|"
        r"carcer[ei]|prigion[ei]|penitenziari[oa]?|istitut[oi] penitenziari[oa]?|centr[oi] di (?:detenzione|trattenimento)|"
        r"prisi(?:ón|ones)|cárcel(?:es)?|centros? (?:de detención|penitenciarios?|de internamiento)|"
        r"(?:removal|deportation|immigration (?:detention|removal)) cent(?:re|er)s?|"
        r"cezaev\w*|hapishane\w*|tutukev\w*|gözaltı merkez\w*|geri gönderme merkez\w*|kamp\w*|"
        r"监狱|看守所|拘留所|拘留中心|羁押场所|羁押中心|收容所|遣返中心|集中营|再教育营|劳改营",
        r"prison|jail|gaol|detention (?:centre|center|facilit|house)|penitentiar|camp\b|custody|lock-?up|"
        r"maison d'arrêt|centre de (?:détention|rétention)|pénitentiaire|"
        r"carcer|prigion|penitenziari|centro di (?:detenzione|trattenimento)|"
        r"prisión|cárcel|centro (?:de detención|penitenciario|de internamiento)|penitenciari|"
        r"removal cent|deportation cent|cezaevi|hapishane|tutukevi|gözaltı merkez|geri gönderme merkez|kamp|fängelse|häkte|anstalt|věznic|vazební|więzieni|areszt|"
        r"zakład karny|监狱|看守所|拘留所",
    ),
    "firm": (
        r"(?:law )?firms?|compan(?:y|ies)|corporations?|banks?|chambers|"
        r"cabinets?(?: d'avocats)?|sociétés?|entreprises?|banques?|"
        r"studi[oi] legal[ei]|società|aziend[ae]|banc(?:a|he)|impres[ae]|"
        r"bufetes?|despachos?(?: de abogados)?|empresas?|sociedad(?:es)?|compañías?|bancos?|"
        r"hukuk büro\w*|şirket\w*|firma\w*|banka\w*|"
        r"律师事务所|律所|公司|企业|银行",
        r"\bfirm|\bcompan|corporation|\bbank|chambers|\bLLP\b|\bLtd\b|\bInc\b|\bCo\.|"
        r"cabinet|société|entreprise|banque|studio legale|società|azienda|banca|impresa|S\.p\.A|"
        r"bufete|despacho|empresa|sociedad|compañía|banco|\bS\.A\.|\bbüro|şirket|\bfirma|\bbanka|A\.Ş|"
        r"bolag|advokatbyrå|společnost|advokátní kancelář|spółka|kancelaria|公司|律师事务所|银行",
    ),
    # an association is not any body: "which association represented her?" is not answered
    # by the Committee against Torture that heard her
    "association": (
        r"associations?|NGOs?|non-governmental organi[sz]ations?|charit(?:y|ies)|foundations?|leagues?|"
        r"associations?|ONG|fondations?|ligues?|associazion[ei]|fondazion[ei]|asociaci(?:ón|ones)|fundaci(?:ón|ones)|"
        r"derne[kğ]\w*|vakf\w*|vakıf\w*|协会|非政府组织|基金会|社团",
        r"association|\bNGO|non-governmental|charity|foundation|league|society|federation|network|group|"
        r"associa|fondation|fondazione|asociación|fundación|derne[kğ]|vakf|vakıf|förening|sdružení|stowarzysz|fundacj|协会",
    ),
    "organisation": (
        r"bureaus?|bureaux|agenc(?:y|ies)|departments?|ministr(?:y|ies)|units?|bod(?:y|ies)|organi[sz]ations?|"
        r"committees?|authorit(?:y|ies)|institutions?|directorates?|"
        r"police (?:force|station|service)s?|"
        r"agences?|départements?|ministères?|unités?|organismes?|organisations?|comités?|"
        r"autorités?|directions?|commissariats?|"
        r"uffici|ufficio|agenzi[ae]|dipartiment[oi]|minister[oi]|unità|organism[oi]|organ[oi]|organizzazion[ei]|"
        r"comitat[oi]|autorità|istituzion[ei]|direzion[ei]|commissariat[oi]|"
        r"oficinas?|agencias?|departamentos?|ministerios?|unidad(?:es)?|organismos?|órganos?|organizaci(?:ón|ones)|"
        r"comités?|autoridad(?:es)?|instituci(?:ón|ones)|direcci(?:ón|ones)|comisarías?|"
        r"ajans\w*|daire\w*|bakanlı\w*|birim\w*|kurum\w*|kuruluş\w*|örgüt\w*|komite\w*|makam\w*|"
        r"teşkilat\w*|müdürlü\w*|karakol\w*|(?<!hukuk )büro\w*|"
        r"公安局|派出所|警察局|局|部门|机构|机关|当局|检察院|单位|组织|委员会",
        r"bureau|agenc|department|ministr|\bunit\b|\bbody\b|organi[sz]ation|association|\bNGO|committee|commission|"
        r"council|authorit|institution|office|police|secretariat|foundation|service|directorate|centre|center|"
        r"assembly|procura|prosecutor|prosecution (?:service|office|authorit)|parquet|fiscal|savcılı|åklagar|ämbete|"
        r"league|network|society|union|federation|congress|"
        r"agence|département|ministère|unité|organisme|comité|conseil|autorité|fondation|direction|"
        r"ufficio|agenzia|dipartimento|ministero|organismo|organo|organizzazione|associazione|comitato|commissione|"
        r"consiglio|autorità|istituzion|polizia|segretariato|fondazione|servizio|direzione|"
        r"oficina|agencia|departamento|ministerio|unidad|órgano|organización|asociación|comisión|consejo|"
        r"autoridad|institución|policía|secretaría|fundación|servicio|dirección|"
        r"ajans|daire|bakanlı|birim|kurum|kuruluş|örgüt|derne[kğ]|komite|komisyon|konsey|teşkilat|polis(?!h)|emniyet|"
        r"müdürlü|vakf|vakıf|myndighet|departement|polis(?!h)|byrå|úřad|ministerstv|policie|urząd|ministerstw|policj|"
        r"局|部|机构|委员会|协会|组织|基金会|派出所",
    ),
    "media": (
        r"newspapers?|(?:media |news )?outlets?|magazines?|broadcasters?|news agenc(?:y|ies)|"
        r"journaux|journal|quotidiens?|médias?|giornal[ei]|quotidian[oi]|testat[ae]|periódicos?|diarios?|medios?|"
        r"gazete\w*|medya\w*|报纸|报社|媒体|杂志|电视台",
        r"newspaper|outlet|media|magazine|broadcaster|radio|television|\bTV\b|\bnews\b|\bpaper\b|partner|"
        r"journal|quotidien|média|giornale|quotidiano|testata|periódico|diario|medio|gazete|medya|tidning|noviny|gazet",
    ),
}

# "which (Chinese) prison", "quel cabinet", "hangi hukuk bürosu", "哪个公安局": a kind's
# word right after the question word, or after a few words that are neither a verb ("what
# did the association say" asks what was said), an article nor a possessive. Other
# languages than English put the adjectives after the noun: one word at most between.
_GAP_EN = (
    r"(?:(?!(?:did|does|do|was|were|is|are|has|had|can|could|would|should|will|the|a|an|its|his|her|their|"
    r"kind|kinds|type|types|sort|sorts)\b)"
    r"[\w'’.-]+\s+){0,3}?"
)
_GAP = (
    r"(?:(?!(?:la|le|les|el|los|las|il|lo|gli|un|une|una|uno|de|di|del|des|du|est|è|es|fue)\b)[\w'’-]+\s+)?"
)
# Turkish puts the adjectives before the noun: "hangi il devlet güvenlik bürosu".
_GAP_TR = r"(?:(?!(?:tarih|yıl|gün|ay)\w*\s)[\w'’-]+\s+){0,3}?"
_ASKED = {
    kind: re.compile(
        rf"(?:\bwhich|(?:^|[,;:]|\b(?:in|at|to|by|from|under))\s*what)\s+{_GAP_EN}(?:{words})\b(?!['’]s)|"
        rf"\b(?:quel(?:le)?s?|qual[ei]?|qué|cuál(?:es)?)\s+{_GAP}(?:{words})\b|"
        rf"\bhangi\s+{_GAP_TR}(?:{words})|(?:{words})\w*\s+hangisi\w*|"
        rf"(?:哪(?:个|家|一个|一家|些|所|座|一)?|什么(?!样))[^，,。？?\s天年月日次]{{0,6}}?(?:{words})",
        re.IGNORECASE,
    )
    for kind, (words, _) in _KINDS.items()
}
_IN_EVIDENCE = {kind: re.compile(words, re.IGNORECASE) for kind, (_, words) in _KINDS.items()}
# How far from its kind's word a name may be: "Qincheng Prison", "the law firm of X and Y".
_REACH = 60

CUE = re.compile("|".join(f"(?:{p.pattern})" for p in _ASKED.values()), re.IGNORECASE)


def _named(words: str) -> re.Pattern[str]:
    """A question asking what an institution of one of ``words``' kinds is called: "what is
    the name of the unit…", "该机构叫什么名称", "comment s'appelle le service…"."""
    return re.compile(
        rf"\bnames? of (?:the |its |his |her |their |this |that )?(?:[\w-]+ ){{0,3}}(?:{words})\b|"
        rf"\bwhat (?:is|was|are|were) (?:the|its|his|her|their) (?:[\w-]+ ){{0,3}}(?:{words})\b[^?]{{0,120}}\bcalled\b|"
        rf"\b(?:nom|nome|nombre)s? (?:du|de la|de l'|des|del|della|dello|dell'|dei|de los|de las) ?(?:[\w-]+ ){{0,2}}(?:{words})\b|"
        rf"\b(?:s'appel\w+|si chiam\w+|se llam\w+) (?:le |la |les |l'|il |lo |i |el |los |las )?(?:[\w-]+ ){{0,2}}(?:{words})\b|"
        rf"(?:{words})\w*\s+(?:(?:resmi|tam|gerçek|asıl)\s+)?(?:adı|ismi)\s+(?:ne|nedir|neydi)\b|"
        rf"(?:{words})(?:[^，,。？?\s]{{0,3}}?|[，,]\s*(?:其|它的?)?(?:正式|官方|全|具体)?)(?:叫什么|的名称|名称是|名称叫|叫做什么|的名字)",
        re.IGNORECASE,
    )


_NAMED = {kind: _named(words) for kind, (words, _) in _KINDS.items()}


def names_an_institution(question: str) -> bool:
    """Whether a question asking for a name asks an institution's ("该机构叫什么名称")."""
    return any(cue.search(question) for cue in _NAMED.values())


def kinds_asked(question: str) -> list[str]:
    """The kinds of institution the question asks for ("quel cabinet d'avocats ou quelle
    association" asks for a firm or an organisation)."""
    return list(_kinds_asked(question))


@lru_cache(maxsize=256)
def _kinds_asked(question: str) -> tuple[str, ...]:
    # cached: every candidate sentence is checked against the same question
    return tuple(kind for kind in _KINDS if _ASKED[kind].search(question) or _NAMED[kind].search(question))


def kind_word(word: str) -> bool:
    """Whether ``word`` is one of the words for a kind of institution in the evidence
    ("Bureau", "Ministry", "局")."""
    return any(pattern.match(word) for pattern in _IN_EVIDENCE.values())


def names_institution(text: str, question: str, names: Callable[[str], list[str]]) -> bool:
    """Whether ``text`` names an institution of a kind the question asks for: a name
    (``names(window)``: its proper names, less the question's words) within reach of the
    kind's word."""
    for kind in _kinds_asked(question):
        for m in _IN_EVIDENCE[kind].finditer(text):
            window = text[max(m.start() - _REACH, 0) : m.end() + _REACH]
            if names(window):
                return True
    return False
