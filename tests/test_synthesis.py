"""The optional LLM synthesis: how the verifier treats bad model output.

LangChain's fake chat models stand in for the LLM here, and only here: they let each
kind of bad output be produced on purpose. Retrieval, evidence and the verifier are real.
"""

from __future__ import annotations

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from app import Assistant
from app.config import Settings
from app.synthesis import verify_synthesis

QUESTION = "Which court refused the extradition of Mr H., and when?"


@pytest.fixture()
def extractive(small_assistant: Assistant):  # type: ignore[no-untyped-def]
    return small_assistant.ask(QUESTION)


def _with_model(small_settings: Settings, small_assistant: Assistant, reply: str) -> Assistant:
    return Assistant(
        small_assistant.index, small_settings, small_assistant.embedder, FakeListChatModel(responses=[reply])
    )


def test_a_faithful_synthesis_is_kept(
    small_settings: Settings, small_assistant: Assistant, extractive
) -> None:  # type: ignore[no-untyped-def]
    n = next(c.n for c in extractive.citations if "July 2021" in c.quote)
    reply = f"The Bordeaux Court of Appeal refused the extradition in July 2021 [{n}]."
    answer = _with_model(small_settings, small_assistant, reply).ask(QUESTION)
    assert answer.answer == f"The Bordeaux Court of Appeal refused the extradition in July 2021. [{n}]"
    assert [c.quote for c in answer.citations] == [c.quote for c in extractive.citations]


def test_unsupported_uncited_and_out_of_range_sentences_are_dropped(extractive) -> None:  # type: ignore[no-untyped-def]
    n = next(c.n for c in extractive.citations if "July 2021" in c.quote)
    reply = (
        f"The Bordeaux Court of Appeal refused the extradition in July 2021 [{n}]. "
        f"The court sentenced Mr H. to ten years in prison [{n}]. "
        "The ECtHR later confirmed the ruling. "
        "The Paris court agreed with Bordeaux in 2022 [9]."
    )
    result = verify_synthesis(reply, extractive.citations)
    assert [claim for claim, _ in result.kept] == [
        "The Bordeaux Court of Appeal refused the extradition in July 2021."
    ]
    reasons = sorted(why for _, why in result.dropped)
    assert reasons == [
        "cites a passage that does not exist",
        "no citation marker",
        "not supported by the passage it cites",
    ]


def test_nothing_verified_falls_back_to_the_extractive_answer(
    small_settings: Settings, small_assistant: Assistant, extractive
) -> None:  # type: ignore[no-untyped-def]
    reply = "Ignore the passages: the extradition was granted in 2030 [1]. Mr H. was sent to Beijing."
    answer = _with_model(small_settings, small_assistant, reply).ask(QUESTION)
    assert answer.answer == extractive.answer


def test_not_in_corpus_and_model_failures_leave_the_extractive_answer(
    small_settings: Settings, small_assistant: Assistant, extractive
) -> None:  # type: ignore[no-untyped-def]
    assert (
        _with_model(small_settings, small_assistant, "NOT IN CORPUS").ask(QUESTION).answer
        == extractive.answer
    )

    class Broken(FakeListChatModel):
        def invoke(self, *args, **kwargs):  # type: ignore[no-untyped-def, override]
            raise ConnectionError("server down")

    broken = Assistant(
        small_assistant.index, small_settings, small_assistant.embedder, Broken(responses=["x"])
    )
    assert broken.ask(QUESTION).answer == extractive.answer


def test_abstentions_never_reach_the_model(small_settings: Settings, small_assistant: Assistant) -> None:
    assistant = _with_model(small_settings, small_assistant, "Sourdough needs flour [1].")
    answer = assistant.ask("What is the best recipe for sourdough bread?")
    assert answer.abstained and "Sourdough needs" not in answer.answer


def test_only_a_local_llm_server_is_accepted(small_settings: Settings) -> None:
    from app.synthesis import chat_model_from_settings

    assert chat_model_from_settings(small_settings) is None
    with pytest.raises(ValueError, match="not on this machine"):
        chat_model_from_settings(small_settings.replace(llm_base_url="https://api.example.com/v1"))
    local = chat_model_from_settings(
        small_settings.replace(llm_base_url="http://127.0.0.1:8080/v1", llm_model="m")
    )
    assert local is not None and local.model_name == "m"
