"""A compact, read-only sequence of passages for the loaded index.

A million ``Passage`` objects (each with its own text copy and a list of sentence
tuples) would take about 2 GB of Python objects; the query path reads a few dozen
per question. ``PassageTable`` keeps the columns in numpy arrays (document, offsets,
page, section, paragraph, sentence spans) and makes a ``Passage`` — its text sliced
from the document — only when one is asked for. It behaves as a ``Sequence[Passage]``.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, overload

import numpy as np

from app.chunking import Passage
from app.documents import Document


class _Strings:
    """Interned strings by code (-1 = None)."""

    def __init__(self) -> None:
        self.values: list[str] = []
        self._codes: dict[str, int] = {}

    def code(self, value: str | None) -> int:
        if value is None:
            return -1
        c = self._codes.get(value)
        if c is None:
            c = self._codes[value] = len(self.values)
            self.values.append(value)
        return c

    def get(self, code: int) -> str | None:
        return None if code < 0 else self.values[code]


class PassageTable(Sequence[Passage]):
    def __init__(
        self,
        documents: dict[str, Document],
        doc_ids: list[str],
        doc: np.ndarray,
        start: np.ndarray,
        end: np.ndarray,
        page: np.ndarray,
        section: np.ndarray,
        paragraph: np.ndarray,
        sentence_base: np.ndarray,
        spans: np.ndarray,
        strings: _Strings,
    ) -> None:
        self.documents = documents
        self.doc_ids = doc_ids  # code -> document id
        self.doc = doc  # passage -> document code
        self.start = start
        self.end = end
        self.page = page  # -1: no page
        self.section = section  # string codes, -1: None
        self.paragraph = paragraph
        self.sentence_base = sentence_base  # passage -> first row of its sentences; len n + 1
        self.spans = spans  # [sentences, 2] offsets relative to the passage start
        self._strings = strings
        self._recent: dict[int, Passage] = {}  # the passages of the last few questions

    # ------------------------------------------------------------ construction

    @classmethod
    def from_dicts(cls, rows: Iterable[dict[str, Any]], documents: dict[str, Document]) -> PassageTable:
        strings = _Strings()
        doc_codes: dict[str, int] = {}
        doc_ids: list[str] = []
        # array.array, not lists: a million rows of Python ints would stay in the heap.
        cols = {k: array("q") for k in ("doc", "start", "end", "page", "section", "paragraph")}
        counts = array("q")
        spans = array("i")
        for row in rows:
            doc_id = row["doc_id"]
            if doc_id not in documents:
                raise KeyError(doc_id)
            code = doc_codes.get(doc_id)
            if code is None:
                code = doc_codes[doc_id] = len(doc_ids)
                doc_ids.append(doc_id)
            cols["doc"].append(code)
            cols["start"].append(row["start"])
            cols["end"].append(row["end"])
            page = row.get("page")
            cols["page"].append(-1 if page is None else int(page))
            cols["section"].append(strings.code(row.get("section")))
            cols["paragraph"].append(strings.code(row.get("paragraph")))
            sents = row.get("sentences") or []
            counts.append(len(sents))
            for a, b in sents:
                spans.append(a)
                spans.append(b)
        n = len(counts)
        base = np.zeros(n + 1, dtype=np.int64)
        if n:
            np.cumsum(np.frombuffer(counts, dtype=np.int64), out=base[1:])
        return cls(
            documents,
            doc_ids,
            np.frombuffer(cols["doc"], dtype=np.int64).astype(np.int32),
            np.frombuffer(cols["start"], dtype=np.int64).copy(),
            np.frombuffer(cols["end"], dtype=np.int64).copy(),
            np.frombuffer(cols["page"], dtype=np.int64).astype(np.int32),
            np.frombuffer(cols["section"], dtype=np.int64).astype(np.int32),
            np.frombuffer(cols["paragraph"], dtype=np.int64).astype(np.int32),
            base,
            np.frombuffer(spans, dtype=np.int32).reshape(-1, 2).copy(),
            strings,
        )

    @classmethod
    def from_passages(cls, passages: Iterable[Passage], documents: dict[str, Document]) -> PassageTable:
        return cls.from_dicts((p.to_dict() for p in passages), documents)

    @classmethod
    def from_jsonl(cls, path: Path, documents: dict[str, Document]) -> PassageTable:
        with path.open(encoding="utf-8") as fh:
            return cls.from_dicts((json.loads(line) for line in fh), documents)

    # ------------------------------------------------------------ sequence

    def __len__(self) -> int:
        return len(self.doc)

    @overload
    def __getitem__(self, i: int) -> Passage: ...

    @overload
    def __getitem__(self, i: slice) -> list[Passage]: ...

    def __getitem__(self, i: int | slice) -> Passage | list[Passage]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        n = len(self.doc)
        i = int(i)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(i)
        cached = self._recent.get(i)
        if cached is not None:
            return cached
        if len(self._recent) >= 512:
            self._recent.clear()
        self._recent[i] = passage = self._make(i)
        return passage

    def _make(self, i: int) -> Passage:
        doc_id = self.doc_ids[int(self.doc[i])]
        start, end = int(self.start[i]), int(self.end[i])
        page = int(self.page[i])
        spans = self.spans[int(self.sentence_base[i]) : int(self.sentence_base[i + 1])]
        return Passage(
            doc_id=doc_id,
            text=self.documents[doc_id].text[start:end],
            start=start,
            end=end,
            page=None if page < 0 else page,
            section=self._strings.get(int(self.section[i])),
            paragraph=self._strings.get(int(self.paragraph[i])),
            sentences=[(int(a), int(b)) for a, b in spans],
        )

    def __iter__(self) -> Iterator[Passage]:
        for i in range(len(self)):
            yield self[i]

    # ------------------------------------------------------------ columns

    def doc_id(self, i: int) -> str:
        return self.doc_ids[int(self.doc[i])]

    def sentence_counts(self) -> np.ndarray:
        return np.diff(self.sentence_base)

    def passages_by_document(self) -> dict[str, np.ndarray]:
        """Document id -> its passage rows, ascending (one pass over the column)."""
        order = np.argsort(self.doc, kind="stable")
        bounds = np.searchsorted(self.doc[order], np.arange(len(self.doc_ids) + 1))
        return {
            doc_id: order[bounds[c] : bounds[c + 1]].astype(np.int64) for c, doc_id in enumerate(self.doc_ids)
        }
