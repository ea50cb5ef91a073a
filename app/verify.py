"""The verifier: nothing reaches the user unless it is verbatim in the cited passage.

Whitespace is normalised before comparing, because answer text is shown on one line
while the source may be hard-wrapped; every other character must match exactly.
"""

from __future__ import annotations

import re

_WS = re.compile(r"\s+")


def normalize(text: str) -> str:
    return _WS.sub(" ", text).strip()


def is_verbatim(quote: str, source: str) -> bool:
    q = normalize(quote)
    return bool(q) and q in normalize(source)
