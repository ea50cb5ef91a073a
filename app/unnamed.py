"""Who or what the evidence mentions without naming: "an online lending firm", "a Uyghur
textile trader", "a representative of the Chinese Embassy".

A question asking for a name ("what was the firm called?", "tüccarın adı nedir?") is
near-missed by the sentence that describes the very thing and withholds its name: the
reporter did not give it, so the corpus cannot. The name check alone lets such a sentence
through on any other capitalised word it holds ("Ancona", "Adriatic"). An indefinite
article before the thing the question asks about, with no name beside it ("Tuandai, a
private lending company" and "a firm called X" name it), says plainly that the name is
not there.

The things are a small lexicon of what extradition reporting names or keeps anonymous —
firms, media, parties, traders, officials, estates, judges, lawyers, banks — each with
its English nouns (the reports that anonymise this way are English) and its words in
the question languages (en, fr, it, es, tr, zh).
"""

from __future__ import annotations

import re

from app.institutions import kinds_asked

# thing: (its English nouns in the evidence, its words in a question)
_THINGS: dict[str, tuple[str, str]] = {
    "firm": (
        r"company|companies|firm|business|enterprise|conglomerate",
        r"\bcompan|\bfirm|\bbusiness|\benterprise|\bconglomerate|\bsociété|\bentreprise|\bsocietà|\bazienda|"
        r"\bimpresa|\bempresa|\bcompañía|\bşirket|公司|企业|集团",
    ),
    "media": (
        r"newspaper|outlet|magazine|broadcaster|news ?site",
        r"\bnewspaper|\boutlet|\bmagazine|\bbroadcaster|\bjournal\b|\bquotidien|\bgiornale|\bquotidiano|\btestata|"
        r"\bperiódico|\bdiario\b|\brevista|\bgazete|\bdergi|报纸|报社|媒体|杂志|电视台",
    ),
    "organisation": (
        r"party|organi[sz]ation|movement|association",
        r"\bparty\b|\borgani[sz]ation|\bmovement|\bassociation|\bparti\b|\bmouvement|\bpartito|\borganizzazione|"
        r"\bmovimento|\bassociazione|\bpartido|\borganización|\bmovimiento|\basociación|\bparti(?:si|nin)\b|\börgüt|\bdernek|"
        r"政党|组织|运动",
    ),
    "trader": (
        r"trader|merchant|businessman|businesswoman|entrepreneur",
        r"\btrader|\bmerchant|\bbusiness(?:man|woman)|\bentrepreneur|\bcommerçant|\bnégociant|\bhomme d'affaires|"
        r"\bcommerciante|\bmercante|\bimprenditore|\bcomerciante|\bempresari|\btüccar|\biş ?adam|商人|企业家",
    ),
    "official": (
        r"representative|official|spokes(?:person|man|woman)|diplomat|envoy",
        r"\brepresentative|\bofficial|\bspokes|\bdiplomat|\benvoy|\breprésentant|\bporte-parole|\bfonctionnaire|"
        r"\brappresentante|\bportavoce|\bfunzionari|\brepresentante|\bportavoz|\bfuncionari|\btemsilci|\bsözcü|"
        r"\byetkili|代表|发言人|官员|外交官",
    ),
    "estate": (
        r"vineyard|winery|wine estate|estate|château|chateau",
        r"\bvineyard|\bwinery|\bestate|\bchâteau|\bchateau|\bdomaine|\bvignoble|\btenuta|\bvigneto|\bviñedo|"
        r"\bbodega|\bfinca|\bbağ(?:ı|ın)|酒庄|葡萄园|庄园",
    ),
    "judge": (
        r"judge|magistrate",
        r"\bjudge|\bmagistrat|\bjuge\b|\bgiudice|\bjuez|\bhakim|\byargıç|法官",
    ),
    "lawyer": (
        r"lawyer|attorney|barrister|solicitor",
        r"\blawyer|\battorney|\bbarrister|\bsolicitor|\bavocat|\bavvocat|\babogad|\bletrad|\bavukat|律师",
    ),
    "bank": (r"bank", r"\bbank|\bbanque|\bbanca\b|\bbanco\b|\bbanka|银行"),
    # "spent more than 200 days in an Italian prison": the prison withheld
    "prison": (
        r"prison|jail|gaol|detention cent(?:re|er)|detention facility|penitentiary",
        r"\bprison|\bjail|\bgaol|\bdetention cent|\bpenitentiar|\bcarcer[ei]\b|\bprigion|\bpenitenziari|"
        r"\bcárcel|\bprisi[óo]n|\bcentro penitenciario|\bcezaev|\bhapishane|监狱|看守所|拘留所|羁押",
    ),
    # a body set up within another ("The Ministry of Public Security set up a special unit")
    "unit": (
        r"unit|agency|bureau|department|office|task force|division|squad|team|body",
        r"\bunits?\b|\bagenc|\bbureau|\bdepartment|\btask force|\bdivision|\bsquad|\bunité|\bunità|\bunidad|"
        r"\bbirim|\bbüro|\bajans|单位|专门机构|机构|部门|小组|专案组",
    ),
}

_ASKED = {thing: re.compile(words, re.IGNORECASE) for thing, (_, words) in _THINGS.items()}
# "a/an/another" and up to four words before the noun ("an online lending firm"), not in
# apposition to a name before it ("Tuandai, a private lending company") and not followed
# by its name (", Tuandai," or "called Tuandai").
_UNNAMED = {
    thing: re.compile(
        rf"(?<!, )\b(?:[Aa]n?|[Aa]nother)\s+(?:[\w’'-]+\s+){{0,4}}?(?:{nouns})s?\b"
        rf"(?!\s*,\s*[A-Z]|\s+(?:named|called|known as)\s)"
    )
    for thing, (nouns, _) in _THINGS.items()
}


# A name right after the thing's word ("the businessman H.", "spokesperson Liu Pengyu") or
# before it in apposition ("Z., the businesswoman"): the question gives that one's name.
_NAME_AFTER = re.compile(r"\w*[\s\u00a0]*(?:[A-ZÀ-Ý]|\(OMISSIS\))")
_NAME_BEFORE = re.compile(r"(?:[A-ZÀ-Ý][\w.’'-]*|[A-Z]\.)\s*,\s*(?:the|la|le|il|el|l’|l')?\s*$")


# Things a question speaks of in passing as often as it asks for them: a prison or a unit
# is asked for when the question asks which one ("in quale carcere", "the name of the
# unit"), not where it was ("in which city was the detention centre?").
_ASKED_AS = {"prison": "prison", "unit": "organisation"}


def things_asked(question: str) -> list[str]:
    """The things of the lexicon a question asks the name of ("la société de prêt" → firm),
    not those it names ("the businessman H.")."""
    asked = []
    kinds = kinds_asked(question)
    for thing, words in _ASKED.items():
        if thing in _ASKED_AS and _ASKED_AS[thing] not in kinds:
            continue
        for m in words.finditer(question):
            if _NAME_AFTER.match(question, m.end()) or _NAME_BEFORE.search(question, 0, m.start()):
                continue
            asked.append(thing)
            break
    return asked


# The things that are of an answer type: a trader is no institution, a unit no person.
_OF_TYPE = {
    "person": frozenset({"trader", "official", "judge", "lawyer"}),
    "institution": frozenset({"firm", "media", "organisation", "estate", "bank", "prison", "unit"}),
}


def unnamed_mention(question: str, text: str, answer_type: str | None = None) -> str | None:
    """The words in ``text`` that mention what the question asks about without naming it
    ("an online lending firm"), else None. ``answer_type``: only things of that type."""
    for thing in things_asked(question):
        if answer_type in _OF_TYPE and thing not in _OF_TYPE[answer_type]:
            continue
        if m := _UNNAMED[thing].search(text):
            return m.group(0)
    return None
