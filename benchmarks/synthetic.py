"""Synthetic scale-up indexes (10 k … 1 M passages) made from the bundled corpus.

Embedding a million passages would take hours on two cores, so a synthetic index is
made from the real one:

- **documents** copy a real document's metadata (type, court, jurisdiction, language,
  date, grounds — so filters select realistic fractions) and hold ~20 passages;
- **passages** recombine real sentences: each follows a real "template" passage of that
  document, keeping each of its sentences with probability 0.6, else taking a random
  sentence of the same document (0.3) or of the whole corpus (0.1);
- **vectors**: a sentence keeps its real embedding plus a small perturbation (cosine
  ≈ 0.99 to the original); a passage gets the normalised blend of its template's real
  embedding and the mean of its sentences' embeddings, perturbed. So the vectors are
  real model outputs, spread over a continuum rather than 287 tight clusters.

The result is a normal index directory (``CURRENT``, ``builds/…``, manifest with
checksums) written under ``.cache/bench/`` (git-ignored) and loaded by the normal code.
It is rebuilt only when the bundled index or the generator changes.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from typing import Any

import numpy as np
import yaml

from app.chunking import Passage
from app.config import Settings
from app.documents import Document, sha256_file
from app.lexical import LexicalIndex
from app.store import (
    FORMAT_VERSION,
    Index,
    _fsync_dir,
    _fsync_file,
    _publish,
    current_build,
    load_index,
    make_dense,
    passage_search_text,
)
from benchmarks.common import CACHE_DIR, human

GENERATOR_VERSION = 3
PASSAGES_PER_DOC = 20
MAX_SENTENCES = 8


def _normalise(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)


def _perturb(rng: np.random.Generator, x: np.ndarray, sigma: float) -> np.ndarray:
    """Add isotropic noise of norm ≈ sigma to unit rows and renormalise."""
    noise = rng.standard_normal(x.shape, dtype=np.float32) * (sigma / np.sqrt(x.shape[1]))
    return _normalise(x + noise).astype(np.float32)


def synthetic_settings(size: int, base: Settings, **overrides: Any) -> Settings:
    """Settings for the synthetic index of ``size`` passages (same tuning as ``base``)."""
    base_index = load_index(base.index_dir, verify=False, settings=base, with_dense=False)
    key_src = json.dumps(
        [
            GENERATOR_VERSION,
            size,
            base_index.manifest.get("checksums", {}).get("passage_vectors.npy"),
            # Sentence boundaries may change while passages stay: the index's params must
            # match the settings, or an incremental build would re-embed everything.
            base.chunking_params(),
            base.sentence_vector_dtype,
            base.hnsw_min_vectors if size >= base.hnsw_min_vectors else 0,
            base.hnsw_m,
        ]
    )
    key = hashlib.sha256(key_src.encode()).hexdigest()[:10]
    root = CACHE_DIR / f"synthetic-{human(size)}-{key}"
    return base.replace(corpus_dir=root / "corpus", index_dir=root / "index", **overrides)


def ensure_synthetic(size: int, base: Settings, log: Any = None) -> tuple[Settings, dict[str, Any]]:
    """The synthetic index of ``size`` passages, generated unless already cached."""
    log = log or (lambda msg: print(msg, file=sys.stderr, flush=True))
    settings = synthetic_settings(size, base)
    build = current_build(settings.index_dir)
    if build is not None and (build / "manifest.json").exists():
        manifest = json.loads((build / "manifest.json").read_text(encoding="utf-8"))
        return settings, dict(manifest.get("synthetic", {}), cached=True)
    base_index = load_index(base.index_dir, verify=True, settings=base, with_dense=False)
    info = generate(size, base_index, settings, log)
    return settings, dict(info, cached=False)


def generate(size: int, base: Index, settings: Settings, log: Any) -> dict[str, Any]:
    t_start = time.perf_counter()
    rng = np.random.default_rng(size)
    index_dir = settings.index_dir
    (index_dir / "builds").mkdir(parents=True, exist_ok=True)
    build = index_dir / "builds" / f"synthetic-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}"
    build.mkdir()
    settings.corpus_dir.mkdir(parents=True, exist_ok=True)

    table = base.passages
    real_pv = np.asarray(base.passage_vectors, dtype=np.float32)
    real_sv = np.asarray(base.sentence_vectors, dtype=np.float32)
    sent_texts: list[str] = []
    for i in range(len(table)):
        sent_texts.extend(table[i].sentence_texts())
    counts = table.sentence_counts()
    sent_doc = np.repeat(table.doc, counts)
    # Real passages and sentences grouped by document code.
    by_doc_p = [np.flatnonzero(table.doc == c) for c in range(len(table.doc_ids))]
    by_doc_s = [np.flatnonzero(sent_doc == c) for c in range(len(table.doc_ids))]
    usable = [c for c in range(len(table.doc_ids)) if len(by_doc_p[c]) and len(by_doc_s[c])]
    weights = np.array([len(by_doc_p[c]) for c in usable], dtype=np.float64)
    weights /= weights.sum()

    n_docs = (size + PASSAGES_PER_DOC - 1) // PASSAGES_PER_DOC
    doc_template = np.asarray(usable)[rng.choice(len(usable), size=n_docs, p=weights)]
    per_doc = np.full(n_docs, PASSAGES_PER_DOC)
    per_doc[-1] = size - PASSAGES_PER_DOC * (n_docs - 1)
    p_doc = np.repeat(np.arange(n_docs), per_doc)  # synthetic passage -> synthetic document
    p_tdoc = doc_template[p_doc]  # -> real document code
    u = rng.random(size)
    p_template = np.array([by_doc_p[c][int(x * len(by_doc_p[c]))] for c, x in zip(p_tdoc, u, strict=True)])
    p_nsent = np.clip(counts[p_template], 1, MAX_SENTENCES)
    total = int(p_nsent.sum())
    sbase = np.concatenate([[0], np.cumsum(p_nsent)])
    slot = np.arange(total) - np.repeat(sbase[:-1], p_nsent)
    owner = np.repeat(np.arange(size), p_nsent)
    tmpl = p_template[owner]
    own = table.sentence_base[tmpl] + slot
    has_own = slot < counts[tmpl]
    r = rng.random(total)
    tdoc = p_tdoc[owner]
    same_doc = np.array(
        [by_doc_s[c][int(x * len(by_doc_s[c]))] for c, x in zip(tdoc, rng.random(total), strict=True)]
    )
    anywhere = rng.integers(0, len(sent_texts), size=total)
    src = np.where((r < 0.6) & has_own, own, np.where(r < 0.9, same_doc, anywhere)).astype(np.int64)
    log(f"[synthetic {human(size)}] {n_docs} documents, {size} passages, {total} sentences: writing texts")

    # Texts, documents and passages (streamed to JSON lines).
    documents: dict[str, Document] = {}
    files: dict[str, dict[str, Any]] = {}
    search_texts: list[str] = []
    with (build / "passages.jsonl").open("w", encoding="utf-8") as pf:
        for d in range(n_docs):
            real = base.documents[table.doc_ids[int(doc_template[d])]]
            lo, hi = int(np.searchsorted(p_doc, d)), int(np.searchsorted(p_doc, d, side="right"))
            parts: list[str] = []
            rows: list[dict[str, Any]] = []
            cursor = 0
            for p in range(lo, hi):
                sents = [sent_texts[int(s)].strip() for s in src[sbase[p] : sbase[p + 1]]]
                spans = []
                off = 0
                for sent in sents:
                    spans.append([off, off + len(sent)])
                    off += len(sent) + 1
                text = " ".join(sents)
                rows.append(
                    {
                        "doc_id": f"syn{d:07d}",
                        "start": cursor,
                        "end": cursor + len(text),
                        "page": None,
                        "section": table[int(p_template[p])].section,
                        "paragraph": str(p - lo + 1),
                        "sentences": spans,
                    }
                )
                parts.append(text)
                cursor += len(text) + 2
            doc = Document(
                id=f"syn{d:07d}",
                title=f"{real.title} (synthetic {d})",
                text="\n\n".join(parts),
                source=f"{settings.corpus_dir.name}/syn{d:07d}.md",
                sha256="",
                doc_type=real.doc_type,
                court_or_body=real.court_or_body,
                jurisdiction=real.jurisdiction,
                date=real.date,
                language=real.language,
                outcome=real.outcome,
                completeness="synthetic",
                grounds=list(real.grounds),
            )
            documents[doc.id] = doc
            # The document as a corpus file, so the normal incremental build can reuse it.
            path = settings.corpus_dir / f"{doc.id}.md"
            meta = {
                k: v
                for k, v in doc.to_dict().items()
                if k not in {"text", "sha256", "source", "page_starts", "extra"}
            }
            path.write_text(
                "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n\n" + doc.text + "\n",
                encoding="utf-8",
            )
            files[f"{settings.corpus_dir.name}/{path.name}"] = {
                "sha256": sha256_file(path),
                "doc_id": doc.id,
                "passages": len(rows),
            }
            for row, text in zip(rows, parts, strict=True):
                pf.write(json.dumps(row, ensure_ascii=False) + "\n")
                search_texts.append(
                    passage_search_text(doc, Passage(doc.id, text, 0, 0, section=row["section"]))
                )
    with (build / "documents.jsonl").open("w", encoding="utf-8") as fh:
        for doc in documents.values():
            fh.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
    t_text = time.perf_counter() - t_start

    # Vectors.
    log(f"[synthetic {human(size)}] vectors")
    dim = real_pv.shape[1]
    pv = np.empty((size, dim), dtype=np.float32)
    step = 50_000
    for lo in range(0, size, step):
        hi = min(lo + step, size)
        s_lo, s_hi = int(sbase[lo]), int(sbase[hi])
        sums = np.add.reduceat(real_sv[src[s_lo:s_hi]], sbase[lo:hi] - s_lo, axis=0)
        mean = _normalise(sums)
        pv[lo:hi] = _perturb(rng, _normalise(real_pv[p_template[lo:hi]] + mean), 0.25)
    np.save(build / "passage_vectors.npy", pv, allow_pickle=False)
    dtype = np.dtype(settings.sentence_vector_dtype)
    sv = np.lib.format.open_memmap(build / "sentence_vectors.npy", mode="w+", dtype=dtype, shape=(total, dim))
    for lo in range(0, total, 500_000):
        hi = min(lo + 500_000, total)
        sv[lo:hi] = _perturb(rng, real_sv[src[lo:hi]], 0.12).astype(dtype)
    sv.flush()
    del sv
    t_vec = time.perf_counter() - t_start - t_text

    log(f"[synthetic {human(size)}] BM25 over {size} passages")
    t = time.perf_counter()
    lexical = LexicalIndex.build(search_texts)
    lexical.save(build / "bm25")
    del search_texts, lexical
    t_bm25 = time.perf_counter() - t

    log(f"[synthetic {human(size)}] dense index")
    t = time.perf_counter()
    dense = make_dense(settings, pv, build.name, documents, [])  # FAISS needs no payloads
    dense_info = dense.save(build)
    t_dense = time.perf_counter() - t

    info: dict[str, Any] = {
        "size": size,
        "documents": n_docs,
        "sentences": total,
        "generator_version": GENERATOR_VERSION,
        "seconds": {
            "texts": round(t_text, 1),
            "vectors": round(t_vec, 1),
            "bm25": round(t_bm25, 1),
            "dense": round(t_dense, 1),
        },
        "dense": dense_info,
    }
    checksums = {}
    for f in sorted(build.rglob("*")):
        if f.is_file():
            _fsync_file(f)
            checksums[str(f.relative_to(build))] = sha256_file(f)
    info["seconds"]["total"] = round(time.perf_counter() - t_start, 1)
    manifest = {
        "format_version": FORMAT_VERSION,
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "params": settings.chunking_params(),
        "embedding_dim": dim,
        "counts": {"documents": n_docs, "passages": size, "sentences": total},
        "sentence_vector_dtype": settings.sentence_vector_dtype,
        "files": files,
        "errors": {},
        "dense": dense_info,
        "synthetic": info,
        "checksums": checksums,
    }
    (build / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    _fsync_dir(build)
    _publish(index_dir, build)
    log(f"[synthetic {human(size)}] ready in {info['seconds']['total']} s: {build}")
    return info


def passage_text_check(index: Index, n: int = 50) -> None:
    """Sanity: passages' search text is what the generator indexed (used by tests)."""
    for i in range(min(n, len(index.passages))):
        p = index.passages[i]
        assert passage_search_text(index.documents[p.doc_id], p).endswith(p.text)


def main(argv: list[str] | None = None) -> int:
    """``python -m benchmarks.synthetic SIZE [--settings JSON]``: make (or find) one index, print its folder."""
    import argparse

    from benchmarks.common import parse_size

    ap = argparse.ArgumentParser()
    ap.add_argument("size")
    ap.add_argument("--settings", default="{}")
    args = ap.parse_args(argv)
    base = Settings.load(**json.loads(args.settings))
    settings, info = ensure_synthetic(parse_size(args.size), base)
    print(json.dumps({"index_dir": str(settings.index_dir), "corpus_dir": str(settings.corpus_dir), **info}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
