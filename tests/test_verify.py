"""The verifier against hand-labelled (sentence, passage, supported?) pairs.

The same function judges support in the product (before a sentence is shown) and in
the evaluation's citation metrics, so its agreement with human labels is the
foundation of both.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.verify import is_verbatim, supports

LABELS = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "support_labels.jsonl").open(encoding="utf-8")
]


@pytest.mark.parametrize("case", LABELS, ids=[c["why"] for c in LABELS])
def test_support_matches_hand_labels(case: dict[str, object]) -> None:
    assert supports(str(case["sentence"]), str(case["passage"])) is case["label"]


def test_labels_cover_both_outcomes() -> None:
    assert sum(c["label"] for c in LABELS) >= 7 and sum(not c["label"] for c in LABELS) >= 7


def test_verbatim_ignores_only_whitespace() -> None:
    assert is_verbatim("the court\nrefused  it", "Then the court refused it.")
    assert not is_verbatim("the court refused it!", "Then the court refused it.")
    assert not is_verbatim("", "anything")
