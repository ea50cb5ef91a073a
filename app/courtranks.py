"""Which high courts a text names, by rank and in the corpus' languages: a court of cassation,
a constitutional court, a supreme court, the European Court of Human Rights.

"Qu'a décidé la Cour de cassation sur le pourvoi contre l'arrêt de Bordeaux…?" is not
answered by the Bordeaux Court of Appeal's ruling, and "瑞典最高法院" is not a Turkish
constitutional court's. A court's proper name is mostly generic words ("Court",
"Constitutional"), which the name anchors pass over (app/answerability.py); its rank is what
the question pins down, and a translation keeps it.
"""

from __future__ import annotations

import re

# A court of cassation is its country's supreme court (France, Italy, Turkey's Yargıtay): a
# question's "最高法院" or "supreme court" is answered by one, not the other way round.
_RANKS = {
    "cassation": (
        r"\b(?:cour|court|corte|tribunal) (?:suprema )?(?:de |di |of )?(?:cassation|cassazione|casación)\b|"
        # (Italian "la Cassazione" is the court, a "ricorso per cassazione" an appeal to one)
        r"(?-i:\bCassazione\b)|\byargıtay\w*|撤销法院|最高上诉法院"
    ),
    "constitutional": (
        r"\bconstitutional court\b|\b(?:cour|conseil) constitutionnel(?:le)?\b|\bcorte costituzionale\b|"
        r"\btribunal constitucional\b|\banayasa mahkemesi\w*|\bústavní\w* soud\w*|"
        r"\btrybunał\w* konstytucyjn\w*|宪法法院"
    ),
    "supreme": (
        r"\bsupreme (?:people['’]s )?court\b|\bcour suprême\b|\bcorte suprema\b|\btribunal supremo\b|"
        r"\byüksek mahkeme\w*|\bhögsta domstolen\b|\bnejvyšší\w* soud\w*|\bsąd\w* najwyższ\w*|最高(?:人民)?法院"
    ),
    # Spain's national criminal court, which rules on extradition at first instance: a court
    # of its own, not any court that refused one
    "national": (
        r"\baudiencia nacional\b|\b(?:spanish |spain['’]s )?national (?:high )?court\b|"
        r"\bcour nationale espagnole\b|\bulusal (?:yüksek )?mahkeme\w*|国家高等法院|国家法院|国家高等法庭"
    ),
    "human rights": (
        r"\beuropean court of human rights\b|\becthr\b|\bcour européenne des droits de l'homme\b|\bcedh\b|"
        r"\bcorte europea dei diritti dell'uomo\b|\bcorte edu\b|\btribunal europeo de derechos humanos\b|"
        r"\btedh\b|\baihm\w*|\bavrupa insan hakları mahkemesi\w*|欧洲人权法院|\bstrasbourg\w*"
    ),
    # the administrative courts, which review a removal or an extradition decree, not the
    # criminal courts that rule on the request ("İstanbul İdare Mahkemesi", "le Conseil d'État")
    "administrative": (
        r"\badministrative courts?\b|\btribunal administratif\b|\bcour administrative\b|\bconseil d['’]état\b|"
        r"\btribunale amministrativo\b|\bconsiglio di stato\b|\btribunal(?:es)? (?:contencioso-)?administrativos?\b|"
        r"\bidare mahkeme\w*|\bdanıştay\w*|行政法院|\bförvaltningsrätt\w*|\bförvaltningsdomstol\w*|"
        r"\bsprávní\w* soud\w*|\bsąd\w* administracyjn\w*"
    ),
    # the European Court's formation of seventeen judges, to which a Chamber's case may be
    # referred: a Chamber's judgment is not its ruling
    "grand chamber": (
        r"\bgrand chamber\b|\bgrande chambre\b|\bgrande camera\b|\bgran sala\b|\bbüyük daire\w*|大审判庭"
    ),
}
_PATTERNS = {rank: re.compile(pattern, re.IGNORECASE) for rank, pattern in _RANKS.items()}
# A rank the text of another names too: a court of cassation is a supreme court.
_ALSO = {"cassation": ("supreme",)}


def court_ranks(text: str) -> frozenset[str]:
    """The ranks of the high courts ``text`` names (Turkish "İ" read as "i")."""
    text = text.replace("İ", "i").replace("\u0307", "")
    found = {rank for rank, pattern in _PATTERNS.items() if pattern.search(text)}
    return frozenset(found | {also for rank in found for also in _ALSO.get(rank, ())})
