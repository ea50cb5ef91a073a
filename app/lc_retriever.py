"""redbrief's hybrid retriever as a LangChain ``BaseRetriever``.

For users composing LangChain pipelines (an LLM chain, an agent tool): the same
filtered, fused retrieval the Assistant uses, returning LangChain ``Document``s whose
metadata carry the provenance needed to cite them (document id, title, court, date,
page, paragraph, character offsets). Checked by LangChain's standard retriever tests.

    from app.lc_retriever import RedbriefRetriever
    docs = RedbriefRetriever(k=4).invoke("risk of torture after extradition to China")
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from app.filters import Filters


@lru_cache(maxsize=8)
def _assistant(corpus_dir: str | None, index_dir: str | None) -> Any:
    from app.assistant import Assistant
    from app.config import Settings

    settings = Settings.load(
        corpus_dir=Path(corpus_dir) if corpus_dir else None, index_dir=Path(index_dir) if index_dir else None
    )
    return Assistant.load(settings)


class RedbriefRetriever(BaseRetriever):
    """Hybrid (dense + BM25, fused) retrieval over the redbrief index, filters before ranking."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    k: int = 6
    filters: dict[str, str] | None = None
    corpus_dir: str | None = None
    index_dir: str | None = None
    assistant: Any = None

    def _get_relevant_documents(
        self,
        query: str,
        *,
        run_manager: CallbackManagerForRetrieverRun,
        k: int | None = None,
        filters: dict[str, str] | None = None,
    ) -> list[Document]:
        assistant = self.assistant or _assistant(self.corpus_dir, self.index_dir)
        chosen = Filters.from_dict(filters if filters is not None else self.filters)
        hits = assistant.retriever.search(query, k=k or self.k, filters=chosen)
        docs = []
        for hit in hits:
            p = assistant.index.passages[hit.passage]
            d = assistant.index.documents[p.doc_id]
            docs.append(
                Document(
                    page_content=p.text,
                    metadata={
                        "doc_id": d.id,
                        "title": d.title,
                        "court_or_body": d.court_or_body,
                        "jurisdiction": d.jurisdiction,
                        "date": d.date,
                        "doc_type": d.doc_type,
                        "completeness": d.completeness,
                        "page": p.page,
                        "paragraph": p.paragraph,
                        "section": p.section,
                        "start": p.start,
                        "end": p.end,
                        "source": d.source,
                        "score": hit.score,
                    },
                )
            )
        return docs
