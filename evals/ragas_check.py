"""RAGAS' LLM-free context metrics as an outside cross-check of our retrieval scores.

ragas 0.4 imports a Vertex AI chat model that langchain-community 0.4 no longer ships;
the metrics used here never touch it, so a placeholder module stands in for it.
Nothing here calls a network service (string similarity only; tracking disabled).
"""

from __future__ import annotations

import asyncio
import os
import sys
import types
from typing import Any


def _load() -> tuple[Any, Any, Any] | None:
    os.environ.setdefault("RAGAS_DO_NOT_TRACK", "true")
    name = "langchain_community.chat_models.vertexai"
    if name not in sys.modules:
        try:
            __import__(name)
        except ImportError:
            stub = types.ModuleType(name)
            stub.ChatVertexAI = type("ChatVertexAI", (), {})  # type: ignore[attr-defined]
            sys.modules[name] = stub
    try:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from ragas.dataset_schema import SingleTurnSample
            from ragas.metrics import NonLLMContextPrecisionWithReference, NonLLMContextRecall
    except Exception:  # ragas is optional: the report says it was skipped
        return None
    return SingleTurnSample, NonLLMContextRecall(), NonLLMContextPrecisionWithReference()


class RagasCheck:
    def __init__(self) -> None:
        self._parts = _load()
        self.available = self._parts is not None

    def score(self, question: str, retrieved: list[str], references: list[str]) -> dict[str, float]:
        if self._parts is None or not references:
            return {}
        sample_cls, recall, precision = self._parts
        sample = sample_cls(
            user_input=question, retrieved_contexts=retrieved or [""], reference_contexts=references
        )

        async def both() -> tuple[float, float]:
            return await recall.single_turn_ascore(sample), await precision.single_turn_ascore(sample)

        r, p = asyncio.run(both())
        return {"ragas_context_recall": float(r), "ragas_context_precision": float(p)}
