"""Index build rate against the embedder's own throughput, measured in the same run.

A sample of the bundled corpus is indexed from scratch by the normal pipeline (read,
chunk, embed passages and sentences, BM25, write, checksum, publish) and the very same
texts are embedded alone, in the same batches, before and after it. The rate is texts
embedded per second (passages + sentences).
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
from app.store import build_index, passage_search_text


def _sample(settings: Settings, fraction: float) -> list[Path]:
    files = corpus_files(settings.corpus_dir)
    step = max(1, round(1 / fraction))
    return files[::step]


def run(settings: Settings, fraction: float = 0.25, rounds: int = 2) -> dict[str, Any]:
    files = _sample(settings, fraction)
    with tempfile.TemporaryDirectory(prefix="redbrief-bench-build-") as tmp:
        root = Path(tmp)
        corpus = root / "corpus"
        corpus.mkdir()
        for f in files:
            shutil.copy2(f, corpus / f.name)
            meta = f.with_name(f.name + ".meta.yaml")
            if meta.exists():
                shutil.copy2(meta, corpus / meta.name)
        s = settings.replace(corpus_dir=corpus, index_dir=root / "index")
        # The same texts the pipeline embeds.
        texts: list[str] = []
        sentences: list[str] = []
        for f in corpus_files(corpus):
            doc = load_document(f, corpus)
            for p in chunk_document(doc, s.chunk_max_chars):
                texts.append(passage_search_text(doc, p))
                sentences.extend(p.sentence_texts())
        n = len(texts) + len(sentences)
        embedder = embedder_for(s)
        embedder.encode(texts[:4])  # load the model outside the clock

        def alone() -> float:
            t = time.perf_counter()
            for batch in (texts, sentences):
                for i in range(0, len(batch), 128):
                    embedder.encode(batch[i : i + 128])
            return time.perf_counter() - t

        # Interleaved (alone, pipeline, alone, pipeline, alone): load on the shared machine
        # falls on both; the fastest run of each is its least disturbed.
        alone_s, pipeline_s = [alone()], []
        report = None
        for _ in range(rounds):
            t = time.perf_counter()
            report = build_index(s, force=True)
            pipeline_s.append(time.perf_counter() - t)
            alone_s.append(alone())
    assert report is not None
    embed_s, pipeline = min(alone_s), min(pipeline_s)
    return {
        "files": len(files),
        "passages": len(texts),
        "sentences": len(sentences),
        "embedder_alone_s": [round(x, 2) for x in alone_s],
        "pipeline_s": [round(x, 2) for x in pipeline_s],
        "embedder_texts_per_s": round(n / embed_s, 2),
        "pipeline_texts_per_s": round(n / pipeline, 2),
        "ratio": round(embed_s / pipeline, 3),
        "ratio_of_means": round((sum(alone_s) / len(alone_s)) / (sum(pipeline_s) / len(pipeline_s)), 3),
        "pipeline_overhead_s": round(pipeline - embed_s, 2),
        "errors": report.errors,
        "note": "rate = (passages + sentences) / seconds; ratio = fastest alone / fastest pipeline",
    }
