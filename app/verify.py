"""The verifier: whether a sentence is supported by the passage it cites.

Extractive answers are supported by construction (the sentence is a verbatim part of
the passage); the check still runs on every sentence before it is shown. Sentences
written by an LLM, or by any other composer, must pass the same gate: every number
and date they state must appear in the passage, and nearly all their content words
must too. Without an NLI model (none ships offline), lexical entailment is the
honest test: it rejects invented facts and accepts faithful rewording of the
passage's own terms. The evaluation suite uses this same function for its citation
metrics, and tests/test_verify.py checks it against hand-labelled pairs.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WS = re.compile(r"\s+")
_WORD = re.compile(r"\w+", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")

# A sentence with fewer content words than this cannot be judged lexically.
MIN_CONTENT_WORDS = 3
# Share of a sentence's content words that must occur in the passage.
MIN_COVERAGE = 0.8


def normalize(text: str) -> str:
    return _WS.sub(" ", text).strip()


def is_verbatim(quote: str, source: str) -> bool:
    q = normalize(quote)
    return bool(q) and q in normalize(source)


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    from app.lexical import stopwords

    return frozenset(stopwords())


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return text.replace("’", "'").replace("“", '"').replace("”", '"')


def _content_words(text: str) -> list[str]:
    stop = _stopwords()
    return [w for w in _WORD.findall(_fold(text)) if w not in stop and not w.isdigit()]


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "").replace(".", "") for n in _NUMBER.findall(text)}


def supports(sentence: str, passage: str) -> bool:
    """Whether ``passage`` supports ``sentence`` (citation markers ignored)."""
    sentence = re.sub(r"\[\d+\]", "", sentence).strip()
    if not sentence:
        return False
    if is_verbatim(sentence, passage):
        return True
    if not _numbers(sentence) <= _numbers(passage):
        return False  # a number or date the passage does not state
    words = _content_words(sentence)
    if len(words) < MIN_CONTENT_WORDS:
        return False
    vocabulary = set(_content_words(passage))
    covered = sum(1 for w in words if w in vocabulary or _stem_match(w, vocabulary))
    return covered / len(words) >= MIN_COVERAGE


def _stem_match(word: str, vocabulary: set[str]) -> bool:
    """'refused' matches 'refusal', 'extradite' matches 'extradition' (shared 6-letter stem)."""
    if len(word) < 6:
        return False
    stem = word[:6]
    return any(v.startswith(stem) for v in vocabulary)
