"""Incremental indexing at scale: add one document to a large index.

The synthetic index is copied (with its corpus of one file per document), one real
document of the bundled corpus is dropped in, and the normal ``build_index`` runs: it
must embed that one file only and reuse every other vector. The full build it avoids is
estimated from the embedder's measured throughput (embedding 100 k passages for real
would take hours here) plus the same non-embedding work.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from app.chunking import chunk_document
from app.config import Settings
from app.documents import corpus_files, load_document
from app.embeddings import embedder_for
from app.store import build_index, load_index, passage_search_text


def run(synthetic: Settings, bundled: Settings, texts_per_s: float | None = None) -> dict[str, Any]:
    # The new document: the largest Markdown file of the bundled corpus, under a new id.
    md = [f for f in corpus_files(bundled.corpus_dir) if f.suffix == ".md"]
    src = max(md, key=lambda f: f.stat().st_size)
    doc = load_document(src, bundled.corpus_dir)
    passages = chunk_document(doc, bundled.chunk_max_chars)
    texts = [passage_search_text(doc, p) for p in passages]
    sentences = [s for p in passages for s in p.sentence_texts()]
    embedder = embedder_for(bundled)
    embedder.encode(texts[:2])
    t = time.perf_counter()
    embedder.encode(texts)
    embedder.encode(sentences)
    doc_embed_s = time.perf_counter() - t
    rate = texts_per_s or (len(texts) + len(sentences)) / doc_embed_s

    with tempfile.TemporaryDirectory(
        prefix="redbrief-bench-incr-", dir=synthetic.index_dir.parent.parent
    ) as tmp:
        root = Path(tmp)
        t = time.perf_counter()
        shutil.copytree(synthetic.corpus_dir, root / "corpus")
        shutil.copytree(synthetic.index_dir, root / "index", symlinks=True)
        copy_s = time.perf_counter() - t
        s = synthetic.replace(corpus_dir=root / "corpus", index_dir=root / "index")
        before = load_index(s.index_dir, verify=False, settings=s, with_dense=False)
        n_passages, n_sentences = len(before.passages), int(before.sentence_vectors.shape[0])
        del before
        raw = src.read_text(encoding="utf-8")
        raw = raw.replace(f"id: {doc.id}", f"id: {doc.id}-added", 1)
        (s.corpus_dir / f"added-{src.name}").write_text(raw, encoding="utf-8")
        t = time.perf_counter()
        report = build_index(s)
        add_s = time.perf_counter() - t
        after = load_index(s.index_dir, verify=False, settings=s, with_dense=False)
        grew = len(after.passages) - n_passages
    full_embed_s = (n_passages + n_sentences) / rate
    non_embed_s = max(0.0, add_s - doc_embed_s)
    full_s = full_embed_s + non_embed_s
    return {
        "index_passages": n_passages,
        "index_sentences": n_sentences,
        "added_document": src.name,
        "added_passages": len(texts),
        "added_sentences": len(sentences),
        "files_embedded": report.embedded,
        "files_reused": report.reused,
        "passages_after": n_passages + grew,
        "add_one_document_s": round(add_s, 2),
        "of_which_embedding_s": round(doc_embed_s, 2),
        "full_build_estimate_s": round(full_s, 0),
        "full_build_estimate_h": round(full_s / 3600, 2),
        "speedup_vs_full_build": round(full_s / add_s, 1),
        "embedder_texts_per_s": round(rate, 2),
        "copy_index_s": round(copy_s, 2),
        "note": "full build = all passages and sentences at the embedder's measured rate + this run's non-embedding work",
    }
