"""The on-disk index: build, incremental update, atomic swap, verified load.

Layout (see index/README.md)::

    index/CURRENT            name of the live build (replaced atomically)
    index/builds/<name>/     manifest.json, documents.jsonl, passages.jsonl,
                             passage_vectors.npy, sentence_vectors.npy,
                             dense.faiss, bm25/

A build is written into a fresh directory and becomes live only when CURRENT is
replaced by ``os.replace``; a crash at any moment leaves the previous build live.
Nothing is pickled: JSON lines, ``.npy`` loaded with ``allow_pickle=False``, FAISS'
own format, bm25s' JSON + npy.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from app.chunking import Passage, chunk_document
from app.config import Settings
from app.documents import Document, DocumentError, corpus_files, load_document, sha256_file
from app.embeddings import Embedder, embedder_for
from app.lexical import LexicalIndex
from app.namewords import LOWER, UPPER
from app.passagetable import PassageTable
from app.rowfile import RowFile
from app.vectorstore import (
    FAISS_FILE,
    MMAP_MIN_BYTES,
    QDRANT_FILE,
    FaissStore,
    QdrantStore,
    VectorStore,
    VectorStoreError,
    create_store,
    describe,
    load_store,
)

FORMAT_VERSION = 1
ProgressFn = Callable[[float, str], None]


class IndexUnavailable(Exception):
    """The index is missing, damaged or incompatible; the message says how to fix it."""


@dataclass
class BuildReport:
    documents: int = 0
    passages: int = 0
    sentences: int = 0
    reused: int = 0
    embedded: int = 0
    errors: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    size_bytes: int = 0
    changed: bool = True
    path: Path | None = None


# A word written in lower case: "appel" of "d'appel", "doesn" of "doesn’t" (the apostrophe
# ends it), "fuzhou-based" whole.
_LOWERCASE_WORD = re.compile(r"(?<![\w-])[a-zà-ÿ][a-zà-ÿ-]*[a-zà-ÿ]")
# A capitalised word after a lower-case word or a comma: a name, not a sentence's first word.
_NAME_WORD = re.compile(rf"(?<=[{LOWER},] )[{UPPER}][\w'’-]*[\w]")


@dataclass
class Index:
    """Everything the query path needs, loaded in memory."""

    path: Path
    manifest: dict[str, Any]
    documents: dict[str, Document]
    passages: PassageTable  # a Sequence[Passage], made on access
    passage_vectors: np.ndarray  # or, when large, an app.rowfile.RowFile (rows read on demand)
    sentence_vectors: np.ndarray  # float16 or float32; a RowFile when large
    sentence_passage: np.ndarray  # row -> passage index
    sentence_base: np.ndarray  # passage index -> first row in sentence_vectors
    dense: VectorStore  # app/vectorstore.py: FAISS (flat or HNSW) or Qdrant
    lexical: LexicalIndex
    background: np.ndarray  # a fixed sample of sentence vectors: the corpus' similarity baseline

    @property
    def errors(self) -> dict[str, str]:
        return dict(self.manifest.get("errors", {}))

    @cached_property
    def _lowercase_words(self) -> frozenset[str]:
        return frozenset(w for p in self.passages for w in _LOWERCASE_WORD.findall(p.text))

    @cached_property
    def _name_words(self) -> frozenset[str]:
        return frozenset(w.lower() for p in self.passages for w in _NAME_WORD.findall(p.text))

    def known_name(self, word: str) -> bool:
        """Whether the corpus writes ``word`` as a name: capitalised inside a sentence, never
        in lower case. A question's first word is capitalised anyway; "Bordeaux" or
        "Shiksaitov" opening it is still a name, "Besides" or "Secondo" is not."""
        return word.lower() in self._name_words and not self.common_word(word)

    def ordinary_word(self, word: str) -> bool:
        """Whether ``word`` is no name: written in lower case somewhere, or capitalised only
        where a sentence starts ("Samtliga gärningar…" opens a Swedish paragraph; "Bordeaux"
        is capitalised inside sentences too). What a question asking for a name or place
        may not be answered with."""
        return self.common_word(word) or word.lower() not in self._name_words

    def common_word(self, word: str) -> bool:
        """Whether the corpus writes ``word`` in lower case somewhere: "Regional" in "the
        Regional Court" is an ordinary word, "Ancona" a name (what a question asking for a
        name needs), and the pinyin "guiding" is English, not a place (retrieval.pinyin_names)."""
        return word.lower() in self._lowercase_words

    def word_languages(self, word: str) -> frozenset[str]:
        """The languages of the documents that hold ``word`` (a name spelled alike across
        languages, such as "Bordeaux", is found in documents of several)."""
        rows = self.lexical.passages_with(word)
        codes = np.unique(np.asarray(self.passages.doc)[rows]) if len(rows) else ()
        return frozenset(self.documents[self.passages.doc_ids[int(c)]].language for c in codes)

    def name_languages(self, word: str) -> frozenset[str]:
        """The languages of the documents that hold ``word`` as a name: none when the corpus
        also writes it in lower case (a Turkish question's "İnternet" is English "internet",
        no name to find in the cited passages)."""
        return frozenset() if self.common_word(word) else self.word_languages(word)


# ---------------------------------------------------------------- locating builds


def current_build(index_dir: Path) -> Path | None:
    pointer = index_dir / "CURRENT"
    if not pointer.exists():
        return None
    name = pointer.read_text(encoding="utf-8").strip()
    path = index_dir / "builds" / name
    return path if name and path.is_dir() else None


def _publish(index_dir: Path, build: Path) -> None:
    tmp = index_dir / f"CURRENT.tmp-{os.getpid()}"
    tmp.write_text(build.name + "\n", encoding="utf-8")
    _fsync_file(tmp)
    os.replace(tmp, index_dir / "CURRENT")
    _fsync_dir(index_dir)


def _prune(index_dir: Path, keep: Path, settings: Settings | None = None) -> None:
    """Remove old and abandoned builds (and their Qdrant collections); the live one is never touched."""
    builds = index_dir / "builds"
    for p in builds.iterdir():
        if p != keep and p.is_dir():
            if settings is not None and (p / QDRANT_FILE).exists():
                _drop_qdrant_collection(p, settings)
            shutil.rmtree(p, ignore_errors=True)
    for p in index_dir.glob("CURRENT.tmp-*"):
        p.unlink(missing_ok=True)


def _drop_qdrant_collection(build: Path, settings: Settings) -> None:
    try:
        info = json.loads((build / QDRANT_FILE).read_text(encoding="utf-8"))
        if describe(settings.vector_store) != "faiss":
            QdrantStore.connect(settings.vector_store, str(info["collection"])).drop()
    except Exception as exc:  # an unreachable server must not fail the build that replaced it
        print(f"redbrief: could not drop Qdrant collection of {build.name}: {exc}", file=sys.stderr)


# ---------------------------------------------------------------- staleness


def corpus_state(settings: Settings) -> dict[str, str]:
    """source path -> sha256 of every corpus file (sidecar metadata folded in)."""
    state = {}
    root = settings.corpus_dir.parent
    for path in corpus_files(settings.corpus_dir):
        digest = sha256_file(path)
        meta = path.with_name(path.name + ".meta.yaml")
        if meta.exists():
            digest = hashlib.sha256((digest + sha256_file(meta)).encode()).hexdigest()
        try:
            key = str(path.resolve().relative_to(root.resolve()))
        except ValueError:
            key = str(path)
        state[key] = digest
    return state


def is_stale(settings: Settings) -> tuple[bool, str]:
    """Whether the live build is missing or no longer matches corpus and settings."""
    build = current_build(settings.index_dir)
    if build is None:
        return True, "no index has been built yet"
    try:
        manifest = json.loads((build / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return True, "the index manifest is unreadable"
    if manifest.get("format_version") != FORMAT_VERSION:
        return True, "the index format changed"
    if manifest.get("params") != settings.chunking_params():
        return True, "the model or chunking settings changed"
    files = {k: v["sha256"] for k, v in manifest.get("files", {}).items()}
    if files != corpus_state(settings):
        return True, "the corpus changed"
    if _layout(manifest) != _wanted_layout(settings, int(manifest.get("counts", {}).get("passages", 0))):
        return True, "the vector store settings changed"
    return False, "up to date"


def _layout(manifest: dict[str, Any]) -> tuple[str, str]:
    """How a build stores its vectors: (dense kind, sentence vector dtype)."""
    return _dense_kind(manifest.get("dense")), str(manifest.get("sentence_vector_dtype", "float32"))


def _wanted_layout(settings: Settings, passages: int) -> tuple[str, str]:
    return _wanted_dense_kind(settings, passages), settings.sentence_vector_dtype


def _dense_kind(info: dict[str, Any] | None) -> str:
    """'faiss-flat', 'faiss-hnsw' or 'qdrant' for a manifest's dense entry (old builds: flat)."""
    info = info or {"backend": "faiss", "type": "flat"}
    if info.get("backend") == "qdrant":
        return "qdrant"
    return f"faiss-{info.get('type', 'flat')}"


def _wanted_dense_kind(settings: Settings, passages: int) -> str:
    if describe(settings.vector_store) != "faiss":
        return "qdrant"
    return "faiss-hnsw" if passages >= settings.hnsw_min_vectors else "faiss-flat"


# ---------------------------------------------------------------- building


def passage_search_text(doc: Document, passage: Passage) -> str:
    """What retrieval sees: the passage with its document's title and section as context."""
    head = " — ".join(x for x in (doc.title, doc.court_or_body, passage.section or "") if x)
    return f"{head}\n{passage.text}"


def build_index(
    settings: Settings,
    progress: ProgressFn | None = None,
    force: bool = False,
    show_progress_bar: bool = False,
) -> BuildReport:
    """Build or update the index; reuse vectors of unchanged files from the live build.

    One build at a time per index folder: a second one (the server indexing an upload while
    a terminal runs ``redbrief index``) waits on ``index/build.lock`` instead of pruning the
    first one's half-written build away. The kernel drops the lock if its holder dies.
    """
    settings.index_dir.mkdir(parents=True, exist_ok=True)
    with _build_lock(settings.index_dir):
        return _build_index(settings, progress, force, show_progress_bar)


@contextlib.contextmanager
def _build_lock(index_dir: Path) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # not POSIX: no inter-process lock
        yield
        return
    with (index_dir / "build.lock").open("a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _build_index(
    settings: Settings,
    progress: ProgressFn | None,
    force: bool,
    show_progress_bar: bool,
) -> BuildReport:
    t0 = time.perf_counter()
    index_dir = settings.index_dir
    index_dir.mkdir(parents=True, exist_ok=True)
    (index_dir / "builds").mkdir(exist_ok=True)
    report = BuildReport()
    notify = progress or (lambda frac, msg: None)

    state = corpus_state(settings)
    previous = None if force else _load_reusable(settings)
    if previous is not None and not force:
        old_files = {k: v["sha256"] for k, v in previous.manifest.get("files", {}).items()}
        if (
            old_files == state
            and previous.manifest.get("params") == settings.chunking_params()
            and _layout(previous.manifest) == _wanted_layout(settings, len(previous.passages))
        ):
            report.changed = False
            report.documents = len(previous.documents)
            report.passages = len(previous.passages)
            report.sentences = int(previous.sentence_vectors.shape[0])
            report.errors = previous.errors
            report.path = previous.path
            report.seconds = time.perf_counter() - t0
            return report

    reuse: dict[str, tuple[Document, list[int]]] = {}
    if previous is not None:
        by_doc: dict[str, list[int]] = {}
        for i, p in enumerate(previous.passages):
            by_doc.setdefault(p.doc_id, []).append(i)
        for source, info in previous.manifest.get("files", {}).items():
            doc_id = info.get("doc_id")
            if doc_id and state.get(source) == info["sha256"] and doc_id in previous.documents:
                reuse[source] = (previous.documents[doc_id], by_doc.get(doc_id, []))

    documents: list[Document] = []
    passages: list[Passage] = []
    reused_rows: list[np.ndarray] = []
    pvecs: list[np.ndarray] = []
    svecs: list[np.ndarray] = []
    files_info: dict[str, dict[str, Any]] = {}
    todo: list[tuple[str, Document, list[Passage]]] = []
    seen_ids: dict[str, str] = {}
    paths = corpus_files(settings.corpus_dir)
    root = settings.corpus_dir.parent

    notify(0.0, f"reading {len(paths)} files")
    for path in paths:
        try:
            source = str(path.resolve().relative_to(root.resolve()))
        except ValueError:
            source = str(path)
        digest = state.get(source, "")
        files_info[source] = {"sha256": digest, "doc_id": None, "passages": 0}
        try:
            if source in reuse:
                doc, _ = reuse[source]
            else:
                doc = load_document(
                    path,
                    settings.corpus_dir,
                    settings.pdf_timeout_s,
                    settings.pdf_memory_mb,
                    settings.max_file_mb,
                )
            if doc.id in seen_ids:
                raise DocumentError(f"duplicate document id {doc.id!r} (also used by {seen_ids[doc.id]})")
        except DocumentError as exc:
            report.errors[source] = str(exc)
            files_info[source]["error"] = str(exc)
            continue
        seen_ids[doc.id] = source
        files_info[source]["doc_id"] = doc.id
        documents.append(doc)
        if source in reuse:
            reused_rows.append(np.asarray(reuse[source][1], dtype=np.int64))
            files_info[source]["passages"] = len(reuse[source][1])
            report.reused += 1
        else:
            doc_passages = chunk_document(doc, settings.chunk_max_chars)
            files_info[source]["passages"] = len(doc_passages)
            todo.append((source, doc, doc_passages))

    # Reused passages keep the previous build's order, so when files were only added the
    # previous dense index is a prefix of the new one and can be extended (HNSW).
    prev_rows = np.zeros(0, dtype=np.int64)
    if reused_rows:
        assert previous is not None
        reused_rows.sort(key=lambda rows: int(rows[0]) if len(rows) else -1)
        prev_rows = np.concatenate(reused_rows)
        passages.extend(previous.passages[int(i)] for i in prev_rows)
        pvecs.append(np.asarray(previous.passage_vectors[prev_rows], dtype=np.float32))
        svecs.append(
            np.asarray(previous.sentence_vectors[_sentence_rows(previous, prev_rows)], dtype=np.float32)
        )

    embedder = embedder_for(settings)
    if todo:
        new_passages = [p for _, _, ps in todo for p in ps]
        doc_by_id = {d.id: d for _, d, _ in todo}
        texts = [passage_search_text(doc_by_id[p.doc_id], p) for p in new_passages]
        sentences = [s for p in new_passages for s in p.sentence_texts()]
        notify(0.05, f"embedding {len(texts)} passages and {len(sentences)} sentences")
        new_pv = _embed(embedder, texts, notify, 0.05, 0.45, "passages", show_progress_bar)
        new_sv = _embed(embedder, sentences, notify, 0.45, 0.9, "sentences", show_progress_bar)
        passages.extend(new_passages)
        pvecs.append(new_pv)
        svecs.append(new_sv)
        report.embedded = len(todo)

    notify(0.9, "writing index")
    dim = embedder.dim if todo or previous is None else previous.passage_vectors.shape[1]
    pv = np.vstack(pvecs) if pvecs else np.zeros((0, dim), np.float32)
    sv = np.vstack(svecs) if svecs else np.zeros((0, dim), np.float32)
    docs_by_id = {d.id: d for d in documents}
    lexical = LexicalIndex.build([passage_search_text(docs_by_id[p.doc_id], p) for p in passages])

    build = index_dir / "builds" / f"{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{time.time_ns() % 10**6}"
    build.mkdir()
    extend = None
    if previous is not None and len(prev_rows) == len(previous.passages) and len(prev_rows):
        if np.array_equal(prev_rows, np.arange(len(prev_rows))):
            extend = previous.path
    notify(0.92, "building the vector index")
    dense = make_dense(settings, pv, build.name, docs_by_id, passages, extend_from=extend)
    manifest = {
        "format_version": FORMAT_VERSION,
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "params": settings.chunking_params(),
        "embedding_dim": int(pv.shape[1]),
        "counts": {"documents": len(documents), "passages": len(passages), "sentences": int(sv.shape[0])},
        "sentence_vector_dtype": settings.sentence_vector_dtype,
        "files": files_info,
        "errors": report.errors,
    }
    _write_build(build, manifest, documents, passages, pv, sv, lexical, dense, settings.sentence_vector_dtype)
    _publish(index_dir, build)
    _prune(index_dir, build, settings)

    report.documents = len(documents)
    report.passages = len(passages)
    report.sentences = int(sv.shape[0])
    report.path = build
    report.size_bytes = sum(p.stat().st_size for p in build.rglob("*") if p.is_file())
    report.seconds = time.perf_counter() - t0
    notify(1.0, "index ready")
    return report


def _sentence_rows(index: Index, rows: np.ndarray) -> np.ndarray:
    """Rows of ``index.sentence_vectors`` holding the sentences of passages ``rows``, in order."""
    counts = np.diff(index.passages.sentence_base)[rows]
    starts = index.passages.sentence_base[rows]
    total = int(counts.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    # For each output row: its passage's first sentence row plus its rank within the passage.
    offsets = np.repeat(starts - np.concatenate([[0], np.cumsum(counts)[:-1]]), counts)
    return offsets + np.arange(total)


def dense_payload(doc: Document) -> dict[str, Any]:
    """What a Qdrant point carries, for payload filters on the server."""
    return {
        "doc_id": doc.id,
        "doc_type": doc.doc_type,
        "jurisdiction": doc.jurisdiction,
        "language": doc.language,
        "date": doc.date,
    }


def make_dense(
    settings: Settings,
    pv: np.ndarray,
    build_name: str,
    docs_by_id: dict[str, Document],
    passages: Sequence[Passage],
    extend_from: Path | None = None,
) -> VectorStore:
    """The dense store over ``pv`` (one row per passage), of the kind the settings ask for.

    ``extend_from``: a previous build whose passages are the first rows of ``pv``; its
    HNSW graph is extended instead of rebuilt (building HNSW is the slow part).
    """
    n, dim = pv.shape
    kind = _wanted_dense_kind(settings, n)
    if kind == "faiss-hnsw" and extend_from is not None and (extend_from / FAISS_FILE).exists():
        try:
            info = json.loads((extend_from / "manifest.json").read_text(encoding="utf-8")).get("dense")
        except (OSError, json.JSONDecodeError):
            info = None
        if _dense_kind(info) == "faiss-hnsw":
            store = FaissStore.load_for_update(extend_from)
            if store.ntotal <= n and store.deleted is None:
                store.index.hnsw.efConstruction = settings.hnsw_ef_construction
                store.add(pv[store.ntotal :])
                return store
    created = create_store(settings, dim, n, build_name)
    payloads = None
    if kind == "qdrant":
        payloads = [dense_payload(docs_by_id[p.doc_id]) for p in passages]
    created.add(pv, payloads)
    return created


def _embed(
    embedder: Embedder,
    texts: list[str],
    notify: ProgressFn,
    lo: float,
    hi: float,
    what: str,
    bar: bool,
) -> np.ndarray:
    if not texts:
        return np.zeros((0, embedder.dim), np.float32)
    step = 128
    out = []
    tqdm_bar = None
    if bar:
        from tqdm import tqdm

        tqdm_bar = tqdm(total=len(texts), desc=f"embedding {what}", unit=what[:-1], file=sys.stderr)
    for i in range(0, len(texts), step):
        out.append(embedder.encode(texts[i : i + step]))
        done = min(i + step, len(texts))
        notify(lo + (hi - lo) * done / len(texts), f"embedding {what}: {done}/{len(texts)}")
        if tqdm_bar is not None:
            tqdm_bar.update(done - tqdm_bar.n)
    if tqdm_bar is not None:
        tqdm_bar.close()
    return np.vstack(out)


def _write_build(
    build: Path,
    manifest: dict[str, Any],
    documents: list[Document],
    passages: list[Passage],
    pv: np.ndarray,
    sv: np.ndarray,
    lexical: LexicalIndex,
    dense: VectorStore,
    sentence_dtype: str = "float32",
) -> None:
    with (build / "documents.jsonl").open("w", encoding="utf-8") as fh:
        for d in documents:
            fh.write(json.dumps(d.to_dict(), ensure_ascii=False) + "\n")
    with (build / "passages.jsonl").open("w", encoding="utf-8") as fh:
        for p in passages:
            fh.write(json.dumps(p.to_dict(), ensure_ascii=False) + "\n")
    np.save(build / "passage_vectors.npy", pv, allow_pickle=False)
    np.save(build / "sentence_vectors.npy", sv.astype(sentence_dtype, copy=False), allow_pickle=False)
    manifest["dense"] = dense.save(build)
    lexical.save(build / "bm25")
    checksums = {}
    for f in sorted(build.rglob("*")):
        if f.is_file():
            _fsync_file(f)
            checksums[str(f.relative_to(build))] = sha256_file(f)
    manifest["checksums"] = checksums
    tmp = build / "manifest.json.tmp"
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    _fsync_file(tmp)
    os.replace(tmp, build / "manifest.json")
    _fsync_dir(build)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# ---------------------------------------------------------------- loading


def _load_reusable(settings: Settings) -> Index | None:
    """The live build if it can donate vectors (same format and params), else None."""
    build = current_build(settings.index_dir)
    if build is None:
        return None
    try:
        idx = load_index(settings.index_dir, verify=True, settings=settings, with_dense=False)
    except IndexUnavailable:
        return None
    if idx.manifest.get("params") != settings.chunking_params():
        return None
    return idx


def _load_array(path: Path) -> Any:
    """An ``.npy`` matrix: in memory, or when large read row by row on demand (app/rowfile.py).

    The query path reads a few dozen rows per question; a large matrix is not made
    resident (nor memory-mapped, whose fault-around would make it resident by degrees).
    """
    if path.stat().st_size >= MMAP_MIN_BYTES:
        return RowFile(path)
    return np.load(path, allow_pickle=False)


class _NotLoaded:
    """Stands for the dense store when a build is only read for its vectors."""

    kind = "not-loaded"

    def __init__(self, n: int) -> None:
        self.ntotal = n

    def __getattr__(self, name: str) -> Any:
        raise IndexUnavailable("this index was loaded without its vector store")


def load_index(
    index_dir: Path, verify: bool = True, settings: Settings | None = None, with_dense: bool = True
) -> Index:
    """The live build. ``settings`` name the vector store (default: FAISS, as built)."""
    build = current_build(index_dir)
    if build is None:
        raise IndexUnavailable(f"no index in {index_dir}: run `redbrief index` to build it")
    try:
        manifest = json.loads((build / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise IndexUnavailable(f"index manifest unreadable ({exc}): run `redbrief index --rebuild`") from exc
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexUnavailable("index was written by another version: run `redbrief index --rebuild`")
    if verify:
        for rel, digest in manifest.get("checksums", {}).items():
            f = build / rel
            if not f.exists() or sha256_file(f) != digest:
                raise IndexUnavailable(
                    f"index file {rel} is damaged or missing: run `redbrief index --rebuild`"
                )
    settings = settings or Settings.load()
    try:
        documents = {}
        with (build / "documents.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                d = Document.from_dict(json.loads(line))
                documents[d.id] = d
        passages = PassageTable.from_jsonl(build / "passages.jsonl", documents)
        pv = _load_array(build / "passage_vectors.npy")
        sv = _load_array(build / "sentence_vectors.npy")
        dense_info = manifest.get("dense") or {"backend": "faiss", "type": "flat", "file": FAISS_FILE}
        dense: Any = load_store(build, dense_info, pv, settings) if with_dense else _NotLoaded(len(passages))
        bm25_bytes = sum(f.stat().st_size for f in (build / "bm25").iterdir() if f.is_file())
        lexical = LexicalIndex.load(build / "bm25", mmap=bm25_bytes >= MMAP_MIN_BYTES)
    except VectorStoreError as exc:
        raise IndexUnavailable(str(exc)) from exc
    except (OSError, KeyError, ValueError, RuntimeError, json.JSONDecodeError) as exc:
        raise IndexUnavailable(f"index is damaged ({exc}): run `redbrief index --rebuild`") from exc
    counts = passages.sentence_counts()
    base = passages.sentence_base[:-1]
    owner = np.repeat(np.arange(len(passages)), counts) if len(counts) else np.zeros(0, np.int64)
    if len(owner) != sv.shape[0] or len(passages) != pv.shape[0] or dense.ntotal != len(passages):
        raise IndexUnavailable("index files disagree on their sizes: run `redbrief index --rebuild`")
    rng = np.random.default_rng(0)
    sample = rng.choice(len(sv), size=min(4096, len(sv)), replace=False) if len(sv) else np.zeros(0, np.int64)
    background = (
        np.ascontiguousarray(sv[np.sort(sample)], dtype=np.float32)
        if len(sv)
        else np.zeros((1, pv.shape[1]), np.float32)
    )
    return Index(build, manifest, documents, passages, pv, sv, owner, base, dense, lexical, background)
