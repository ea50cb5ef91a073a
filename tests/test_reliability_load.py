"""Concurrency: answers under concurrent use are the serial answers. Through the real app
(gradio_client sessions, as ``python -m benchmarks.load`` does at scale), through threads
calling ``Assistant.ask`` directly, and while an index update swaps the build."""

from __future__ import annotations

import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from app import Assistant
from app.config import Settings
from app.embeddings import _cached_query
from app.store import build_index
from benchmarks.load import run_load, serial_reference, session_questions, start_app
from tests.reliability_support import fingerprint

SMALL_QUESTIONS = [
    "Which court refused the extradition of Mr H., and when?",
    "Why did the Swedish Supreme Court refuse to extradite Qiao Jianjun?",
    "What did the Commission decide about the red notice?",
]


def test_two_gradio_sessions_get_the_serial_answers(small_assistant: Assistant) -> None:
    demo, url = start_app(small_assistant)
    try:
        reference, _ = serial_reference(url, SMALL_QUESTIONS)
        assert "July 2021" in reference[SMALL_QUESTIONS[0]]
        _cached_query.cache_clear()  # the sessions embed again, concurrently
        plan = session_questions(SMALL_QUESTIONS, sessions=2, per_session=3)
        result = run_load(url, plan, reference)
    finally:
        demo.close()
    assert result["errors"] == [] and result["mismatches"] == []
    assert result["answered"] == 6


def test_assistant_answers_the_same_from_many_threads(bundled_assistant: Assistant) -> None:
    from evals.gold import load_gold

    qs = [q.question for q in load_gold("dev")][:16]
    serial = {q: fingerprint(bundled_assistant.ask(q)) for q in qs}
    for _ in range(2):
        _cached_query.cache_clear()  # embed concurrently too, not only retrieve and select
        with ThreadPoolExecutor(max_workers=8) as pool:
            concurrent = list(pool.map(lambda q: fingerprint(bundled_assistant.ask(q)), qs * 2))
        assert concurrent == [serial[q] for q in qs * 2]


def test_questions_during_an_index_update_see_one_build(
    fresh_corpus: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``update_index`` used to set ``self.index`` and only then build the new retriever: a
    question answered in between paired the old retriever's passage numbers with the new
    index's passages. Widen that window (a slow retriever constructor) and ask all through it."""
    import app.assistant as assistant_module

    build_index(fresh_corpus)
    assistant = Assistant.load(fresh_corpus, build=False)
    question = SMALL_QUESTIONS[0]
    before = fingerprint(assistant.ask(question))

    real = assistant_module.HybridRetriever

    class SlowRetriever(real):  # type: ignore[misc, valid-type]
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            time.sleep(1.0)

    monkeypatch.setattr(assistant_module, "HybridRetriever", SlowRetriever)
    # A changed first document is re-embedded and its passages move to the end of the new
    # build: every passage gets another number than in the old one.
    first = sorted(fresh_corpus.corpus_dir.glob("*.md"))[0]
    with first.open("a", encoding="utf-8") as fh:
        fh.write("\n4. The decision was notified to the parties and to the requesting State.\n")
    errors: list[BaseException] = []

    def update() -> None:
        try:
            assistant.update_index()
        except BaseException as exc:  # noqa: BLE001  (reported below)
            errors.append(exc)

    seen: list[str] = []
    worker = threading.Thread(target=update)
    worker.start()
    while worker.is_alive():
        try:
            seen.append(fingerprint(assistant.ask(question)))
        except Exception as exc:
            errors.append(exc)
        time.sleep(0.02)
    worker.join()
    assert errors == []
    after = fingerprint(assistant.ask(question))
    assert "notified to the parties" in assistant.index.documents["bordeaux-2021"].text
    assert len(seen) > 10
    strays = [json.loads(s)["citations"][:1] for s in seen if s not in (before, after)]
    assert strays == [], "an answer mixed two builds"
