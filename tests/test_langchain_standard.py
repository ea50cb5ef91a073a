"""LangChain's own standard tests for retrievers, run against RedbriefRetriever."""

from __future__ import annotations

from typing import Any

import pytest
from langchain_tests.integration_tests import RetrieversIntegrationTests

from app.config import Settings
from app.lc_retriever import RedbriefRetriever


class TestRedbriefRetrieverStandard(RetrieversIntegrationTests):
    settings: Settings

    @pytest.fixture(autouse=True)
    def _small_index(self, small_settings: Settings) -> None:
        type(self).settings = small_settings

    @property
    def retriever_constructor(self) -> type[RedbriefRetriever]:
        return RedbriefRetriever

    @property
    def retriever_constructor_params(self) -> dict[str, Any]:
        return {
            "corpus_dir": str(self.settings.corpus_dir),
            "index_dir": str(self.settings.index_dir),
            "k": 2,
        }

    @property
    def retriever_query_example(self) -> str:
        return "Which court refused the extradition of Mr H.?"


def test_documents_carry_citation_metadata(small_settings: Settings) -> None:
    r = RedbriefRetriever(
        corpus_dir=str(small_settings.corpus_dir), index_dir=str(small_settings.index_dir), k=3
    )
    docs = r.invoke("Was the red notice deleted?", filters={"jurisdiction": "INTERPOL"})
    assert docs and {d.metadata["doc_id"] for d in docs} == {"ccf-2022-1"}
    d = docs[0]
    assert d.metadata["paragraph"] in {"12", "13"} and d.metadata["end"] > d.metadata["start"]
