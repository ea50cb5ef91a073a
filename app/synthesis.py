"""Optional LLM synthesis over the extractive evidence, with every sentence verified.

An LLM (any LangChain chat model: a local llama.cpp or Ollama server through its
OpenAI-compatible endpoint, say) may rewrite the cited evidence into prose. It never
adds authority: each sentence it writes must carry a marker [n] of a citation that
supports it (``app.verify.supports``). A sentence with no marker, a marker out of range,
or a claim its passage does not state is dropped; if nothing survives, the extractive
answer stands. The citations themselves are always the extractive ones (verbatim).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from app.chunking import split_sentences
from app.prompts import PASSAGE_LINE, SYNTHESIS_SYSTEM, SYNTHESIS_USER
from app.verify import normalize, supports

_MARKERS = re.compile(r"\[(\d+)\]")


@dataclass
class Synthesis:
    text: str  # verified sentences with their markers; "" when nothing survived
    kept: list[tuple[str, list[int]]] = field(default_factory=list)
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (sentence, why)


def build_messages(question: str, citations: list[Any]) -> list[tuple[str, str]]:
    passages = "\n\n".join(
        PASSAGE_LINE.format(
            n=c.n, title=c.title, court=c.court_or_body or "—", date=c.date or "undated", text=c.quote
        )
        for c in citations
    )
    return [
        ("system", SYNTHESIS_SYSTEM),
        ("human", SYNTHESIS_USER.format(question=question, passages=passages)),
    ]


def verify_synthesis(text: str, citations: list[Any]) -> Synthesis:
    """Keep only the sentences of ``text`` that their cited passages support."""
    by_n = {c.n: c for c in citations}
    out = Synthesis("")
    if "NOT IN CORPUS" in text.upper():
        return out
    for a, b in split_sentences(text):
        sentence = text[a:b]
        numbers = [int(n) for n in _MARKERS.findall(sentence)]
        claim = re.sub(r"\s+([.,;:!?])", r"\1", normalize(_MARKERS.sub("", sentence)))
        if not numbers:
            out.dropped.append((sentence, "no citation marker"))
        elif any(n not in by_n for n in numbers):
            out.dropped.append((sentence, "cites a passage that does not exist"))
        elif not all(supports(claim, by_n[n].quote) for n in numbers):
            out.dropped.append((sentence, "not supported by the passage it cites"))
        else:
            out.kept.append((claim, numbers))
    out.text = " ".join(f"{claim} {''.join(f'[{n}]' for n in ns)}" for claim, ns in out.kept)
    return out


def synthesize(chat_model: Any, question: str, citations: list[Any]) -> Synthesis:
    """Ask the model, then verify; any failure of the model leaves the extractive answer."""
    try:
        reply = chat_model.invoke(build_messages(question, citations))
    except Exception as exc:  # a local server down or misconfigured must not break ask
        return Synthesis("", dropped=[("", f"the language model failed: {type(exc).__name__}")])
    content = reply.content if hasattr(reply, "content") else str(reply)
    if isinstance(content, list):  # content blocks
        content = " ".join(
            str(part.get("text", "")) if isinstance(part, dict) else str(part) for part in content
        )
    return verify_synthesis(str(content), citations)


def chat_model_from_settings(settings: Any) -> Any:
    """A LangChain chat model for ``settings.llm_base_url``, or None when none is configured."""
    if not settings.llm_base_url:
        return None
    from urllib.parse import urlparse

    host = urlparse(settings.llm_base_url).hostname or ""
    if host not in {"127.0.0.1", "localhost", "::1"} and not settings.llm_allow_remote:
        raise ValueError(
            f"the LLM server {host!r} is not on this machine; questions and passages would leave it. "
            "Set llm_allow_remote (REDBRIEF_LLM_ALLOW_REMOTE=1) to allow it."
        )
    try:
        from langchain_openai import ChatOpenAI
    except ImportError as exc:
        raise ValueError("LLM synthesis needs langchain-openai: pip install langchain-openai") from exc
    from pydantic import SecretStr

    return ChatOpenAI(
        base_url=settings.llm_base_url,
        model=settings.llm_model or "local",
        api_key=SecretStr("not-needed"),  # local servers ignore it
        temperature=0,
    )
