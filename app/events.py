"""What happened: the events a question's date, figure or place belongs to, in the corpus' languages.

A near-miss question names an event the corpus does not date or count: "how many of those
persuaded to return were *convicted*?" is not answered by "230,000 were persuaded to
return", nor "on what date was he *apprehended*?" by the day his application was lodged.
Embedding similarity cannot tell these apart (the sentence is about the right people),
and no entailment model ships inside a PyPI package. A small lexicon of the events that
extradition cases date and count can: arrest, conviction, deportation, return, release,
signature, payment, award, asylum, birth, an interim measure (Rule 39), a hearing, an appeal
dismissed (or upheld), a publication (of red notices, in a gazette), an expiry (of a visa, a term),
a surrender (a person handed over, not the decision to), citizenship acquired — each a list of
word stems in the question languages (en, fr, it, es, tr, zh) and the document languages
(en, fr, it, es, tr, sv, cs, pl).

Extradition itself is not among them: nearly every question is about one ("in the Swedish
Supreme Court's decision on the extradition of Q.J., how much was embezzled?"), so the word
names the case, not the event whose sum or date is asked for (with it, a fresh dev set lost
an answerable question and gained nothing). Neither are flight, death, a request or a
prosecution, which questions name in passing as often ("officials who fled abroad", "the
acts charged"): see evals/comparisons/events-v1.
"""

from __future__ import annotations

import re
from functools import lru_cache


def _lexicon(patterns: dict[str, str]) -> dict[str, re.Pattern[str]]:
    return {name: re.compile(pattern, re.IGNORECASE) for name, pattern in patterns.items()}


_EVENTS = _lexicon(
    {
        "conviction": r"\bconvict|\bsentenc|\bguilty|\bcoupable|\bcolpevol|\bculpable|\bsuçlu bulun|\bhüküm giy|\bmahkumiyet|\bfälld|\bcondamn|\bcondann|\bconden(?!s)|\bmahk[uû]m|"
        r"\bcezaland|定罪|判处|判刑|被判|\bdöm(?:d|des|ts|de|er)\b|\bodsouz|\bskazan",
        "arrest": r"\barrest|\bdetain|\bdetention|\bapprehen|\bcustody|\bcaptur|\bcaught|"
        r"\barrêt[ée]|\barrestation|\binterpell|\bdétenu|\bdétention|\bgarde à vue|\bincarcér|\bécrou|\bimprison|\bemprisonn|\bincarcerat|\bencarcel|"
        r"\bfermat|\bdetenut|\bdetenzion|\bcatturat|\bdetenid|\bdetenci|\baprehendid|\bcapturad|\bapresad|\bappréhend|"
        r"\btutukla|\btutuklu|\bgözaltı|\byakala|逮捕|拘留|拘押|抓获|被捕|羁押|抓捕|落网|"
        r"\bgripen|\bhäkt|\banhåll|\bfrihetsberöv|\bzadržen|\bzatčen|\bvazb|\bzatrzyma|\baresztow",
        "deportation": r"\bdeport|\bexpel|\bexpuls|\bespuls|\brefoul|\béloign|\breconduit|\bavvis|\bsınır ?dışı|驱逐|遣送|\butvis|\bvyhoš|\bwydal",
        "return": r"\bpersua|\breturn|\brepatri|\b(?:flown|sent|brought|taken|came|went) back\b|\briportat|\bgeri (?:götür|gönder|getir)|\brentr|\bretour|\bretourn|\brapatri|\brientr|\brimpatri|"
        r"\bconvint|\bconvinc|\bregres|\bretorn|\bgeri dön|\bikna|劝返|回国|遣返|追逃|\båtervän|\bnávrat|\bpowr[óo]",
        "release": r"\breleas|\bfreed\b|\bset free|\brescu|\bsecour|\bsalvat|\brescat|\bkurtar|解救|\brädda|\bzachrán|\buratowa|\blibér|\ben liberté|\bin libertà|\brilasci|\bscarcer|\bliberad|\bliberaci|\bliberat|\bliberaz|获救|"
        r"\ben libertad|\bserbest bırak|\btahliye|释放|获释|\bfrigiv|\bfrisl|\bpropušt|\bzwolni",
        "signature": r"\bsign(?:ed|ing|s|ature|atory|atories)?\b|\bratif|\bsigné|\bsignat|\bfirm(?:at|ad|ar|ó|o\b|a\b)|"
        r"\bimzala|签署|签订|缔结|\bundertecknad|\bpodeps|\bpodpis",
        "payment": r"\bpa(?:id|y|ys|ying|yment|yments)\b|\bspen[dt]|\bcontribut|\bfinanc|\bfund(?:s|ed|ing)?\b|"
        r"\bversé|\bpayé|\bpaie|\bpagat|\bpagament|\bspes[oaei]\b|\bcontribu|\bfinanzi|\bpagad|\bpago|\bgast|"
        r"\baport|\böde|\bharca|\bkatkı|\bfinanse|缴纳|支付|花费|资助|出资|会费|拨款|\bbetal|\bzaplat|\bzapłac|\bwpłac",
        "award": r"\baward|\bcompensat|\bdamages\b|\bindemn|\bjust satisfaction|\brisarc|\bripar|\bréparation|\breparaci|\bindennizz|\bindemniz|"
        r"\btazminat|赔偿|\bskadestånd|\bodškod|\bzadośćuczyn|\bodszkod",
        # steps a ruling dates besides its own: the interim measure indicated (Rule 39), the hearing
        "interim": r"\brule 39\b|\binterim measure|\barticle 39 du règlement|\bmesures? provisoires?|\bmisur[ae] provvisori|"
        r"\bmedidas? cautelar|\bgeçici tedbir|\btedbir kararı|临时措施|第39条",
        # a person handed over: the surrender that follows an extradition order, dated apart
        # from it — not the decision to surrender ("the Minister's decision … to surrender the
        # respondent", "determined that Mr Kim be surrendered", "the surrender order")
        "surrender": r"\bhanded over|\bhand(?:ed|ing)? (?:him|her|them) over|"
        r"(?<!\bto )(?<!\bbe )\bsurrender(?:ed|ing)?\b(?! (?:decision|order))|\bremis(?:e|es)? (?:aux|à)|\blivré|\bconsegnat|\bentregad|"
        r"\bteslim|移交(?!决定|令)|引渡给|\böverlämn|\bpředán|\bwydan|\bprzekaza",
        # a nationality acquired: "acquired Turkish citizenship", "naturalized"
        "citizenship": r"\bcitizenship|\bnaturali[sz]|\bvatandaşlı\w*|\bcitoyenneté|\bcittadinanza|"
        r"\bciudadanía|入籍|公民身份|取得[^，。？]{0,6}国籍|获得[^，。？]{0,6}国籍|\bmedborgarskap|\bobčanstv|\bobywatelstw",
        # a government's measures against a person ("sanctioned by the US Treasury"), and
        # INTERPOL's against a member country ("corrective measures", "düzeltici tedbirler")
        "sanction": r"\bsanction|\bsanzion|\bsancion|\byaptırım|制裁|\bsankc|"
        r"\bcorrective (?:measure|action)|\bmesures? correctives?|\bmisure correttive|\bmedidas? correctivas?|"
        r"\bdüzeltici (?:tedbir|önlem)|纠正措施",
        "hearing": r"\bhearing|\baudience\b|\budienza|\bvista oral|\bduruşma|庭审|听证|开庭|\bhuvudförhandling|\bveřejném jednání|\brozpraw",
        "birth": r"\bborn\b|\bbirth|\bnée?\b|\bnaissance|\b(?-i:nat[oa])\b|\bnascita|\bnacid[oa]|\bnaci[óo]\b|\bnacimiento|"
        r"\bdoğ(?:du|um|an\b|duğu)|出生|生于|\bfödd|\bnaroz|\bnarodil|\burodz",
        "asylum": r"\basyl|\brefugee|\basile|\bréfugi|\basilo|\brifugiat|\brefugiad|\bsığınma|\bmülteci|庇护|难民|"
        r"\bflykting|\bazyl|\buchodźc",
        "dismissal": r"\bdismiss|\breject|\bupheld\b|\buph[oe]ld|\brejet|\brespin|\bdesestim|\breddet|驳回|\bzamít|\boddal|"
        r"\bavsl[åo]|\bavvis",
        # a visa's, a permit's, a time limit's end ("vizesinin süresi hangi tarihte doldu?")
        "expiry": r"\bexpir|\bscadut|\bscadenz|\bvenci(?:ó|miento|da|do)|\bcaduc|\bdoldu|\bdolmuş|\bdolacak|"
        r"\bgeçerlilik süresi|到期|过期|届满|\butgång|\butgick|\bvypršel|\bplatnost|\bwygas",
        # (a notice is published or issued: "a red notice issued by Interpol", "发布")
        "publication": r"\bpublish|\bissued\b|\bissuing\b|\bpublicat|\bpublici[sz]|\bmade public|\bpublié|\brendu public|\bpublicad|\bpublic[óa]r?\b|"
        r"\bpubblicat|\bpubblicazion|\bpubblicò|\byayımla|\byayınla|发布|公布|"
        r"\bzveřejn|\bpublicer|\bopublikow",
    }
)


@lru_cache(maxsize=4096)
def events_in(text: str) -> frozenset[str]:
    """The events ``text`` names (see the module's lexicon). Cached: one question is matched
    against each of its candidate sentences, and the same passages recur across questions."""
    return _named_in(_EVENTS, text)


def _named_in(lexicon: dict[str, re.Pattern[str]], text: str) -> frozenset[str]:
    return frozenset(name for name, pattern in lexicon.items() if pattern.search(text))


# An event asked of someone, which they may not have done: "was asked by the Yuanzhuang
# police to return" dates the request, not a return. ("Persuaded to return" is the
# return itself, as the reports count it.) The request and the verb after it.
_REQUESTED = re.compile(
    r"\b(?:asked|ordered|told|urged|instructed|summoned|called on|demanded|requested|invited)\b"
    r"[^.;:]{0,60}?\bto \w+|"
    r"\b(?:sommée?s?|invitée?s?|priée?s?) de \w+|\b(?:invitat|sollecitat|intimat)[oaie] a \w+|"
    r"\b(?:instad|pedid|ordenad)[oa]s? (?:a |que )?\w+",
    re.IGNORECASE,
)
# A request named in the question ("when did the Committee ask her not to…"): then the
# request is the event asked about, and a sentence stating it answers.
_REQUEST = re.compile(
    r"\b(?:ask|order|tell|told|urge|instruct|summon|call(?:ed)? on|demand|request|invite|somm|invit|sollecit|intim|"
    r"instar|instó|pedi|pidi|orden)\w*",
    re.IGNORECASE,
)


def same_event(question: str, sentence: str, passage: str) -> bool:
    """Whether a sentence stating the date or figure a question asks for is about the event
    the question names: it names one of the question's events, and its passage all of them.
    All of them in the sentence itself would refuse "when was he arrested, and when was he
    released?", answered by one sentence each; only one anywhere would
    let "how many of those persuaded to return were convicted?" be answered by a count of
    returns — nor "in which town was he detained?" by the town where he lodged an appeal.
    A question naming no event in the lexicon is not checked."""
    asked = events_in(question)
    if not asked:
        return True
    if not _REQUEST.search(question):  # unless the request is what is asked about
        sentence = _REQUESTED.sub(" ", sentence)
    return bool(asked & events_in(sentence)) and asked <= events_in(passage)


# Who: the roles a question asks a person for ("which judge", "the name of the Agent"), in
# the question and document languages. "Counsel: U R Jagose QC…" names people, but not the
# High Court judge a question asks for.
_ROLES = _lexicon(
    {
        "judge": r"\bjudges?\b|\bjustices?\b|(?-i:[a-z] (?:J|CJ|JJ)\b)|\bjuges?\b|\bgiudic|\bjue(?:z|ces)\b|\bmagistrad|"
        r"\bhakim|\bhâkim|\byargıç|法官|审判员|\bdomar|\bjustitieråd|\bsoudc|\bsędzi|\bconsiglier[ei]|\bconseillers?\b",
        "counsel": r"\bcounsel\b|\blawyers?\b|\battorneys?\b|\bbarristers?\b|\bsolicitors?\b|\brepresent|"
        r"\bavocats?\b|\bavvocat|\babogad|\bletrad|\bavukat|\btemsil|\bvekil|(?-i:\bAv\.)|律师|代理|代表|\bQC\b|\bKC\b|\badvokát|"
        r"\bpełnomocnik|\bobrońc",
        "minister": r"\bminist|\bbakan|部长",
        "prosecutor": r"\bprosecut|\bprocureur|\bparquet\b|\bprocura|\bfiscal|\bsavcı|检察|\bzástupce\b|\bstátní zástup|\bprokurat|\båklagar",
        "rapporteur": r"\brapporteur|\brelator|\brel\.|\bponente|\braportör|\breferent\b|报告员",
        "agent": r"\bagents?\b|\bajan|\bagente",
        "head": r"\bdirector|\bhead(?:ed|s)?\b|\bchief\b|\bled by\b|\bdirect(?:eur|rice)|\bdirettor|\bresponsabile\b|\bjef[ea]\b|"
        r"\bmüdür|\bşef\b|主任|局长|处长|负责人|领导|\bředitel|\bdyrektor",
        "president": r"\bpresid|\bchair|主持|\bprésid|\bbaşkan|主席|院长|庭长|审判长|\bordförande|\bpředsed|\bprzewodnicz|\bprezes",
    }
)


@lru_cache(maxsize=4096)
def roles_in(text: str) -> frozenset[str]:
    """The roles ``text`` names (see _ROLES); cached as events_in is."""
    return _named_in(_ROLES, text)


def same_role(question: str, sentence: str) -> bool:
    """Whether a sentence naming a person names the role the question asks about: "the
    name of the High Court judge" is not answered by a list of counsel. A question naming
    no role in the lexicon is not checked."""
    asked = roles_asked(question)
    return not asked or bool(asked & roles_in(sentence))


def roles_asked(question: str) -> frozenset[str]:
    """The roles a question asks a person for: those it names, less counsel beside another
    ("the Agent who represented the Government", "Hükümeti temsil eden Hükümet ajanı":
    representing is what the role named does, not a counsel asked for besides it)."""
    asked = roles_in(question)
    return asked - {"counsel"} if len(asked) > 1 else asked
