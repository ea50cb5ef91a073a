"""Split a document into passages (retrieval units) and sentences (answer units).

Passages follow the source's own structure: paragraphs (blocks between blank lines),
merged while they fit in ``max_chars`` and never across a page or a heading, split at
sentence boundaries when a single paragraph is too long. Every passage and sentence is
a pair of offsets into the document text, so what is quoted is what is stored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from app.documents import Document

GAP_RE = re.compile(r"^\s*\[…\s*gap[^\]]*\]\s*$", re.IGNORECASE)
PARA_NUM_RE = re.compile(r"^\s*(?:§\s*)?(\d{1,4})\s*[.)]\s")
HEADING_RE = re.compile(r"^\s*(#{1,6})\s+(.+?)\s*$|^\s*=+\s*(.+?)\s*=+\s*$")
BLANK_RE = re.compile(r"\n[ \t]*\n+")
SENTENCE_END_LINE_RE = re.compile(r"[.!?…:;][\"'”’)\]]*[ \t]*\n")
# Longest text handed to pysbd at once (see _windows).
SEGMENT_WINDOW = 10_000

# pysbd's rule sets; other languages fall back to English rules, which work for
# the Latin-script languages of the corpus (sv, cs, tr).
PYSBD_LANGS = {"en", "fr", "it", "es", "de", "nl", "da", "pl", "ru", "el", "zh", "ja", "sk", "bg", "ar"}


@dataclass
class Passage:
    doc_id: str
    text: str
    start: int
    end: int
    page: int | None = None
    section: str | None = None
    paragraph: str | None = None
    # Sentence spans relative to the passage start.
    sentences: list[tuple[int, int]] = field(default_factory=list)

    def sentence_texts(self) -> list[str]:
        return [self.text[a:b] for a, b in self.sentences]

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "start": self.start,
            "end": self.end,
            "page": self.page,
            "section": self.section,
            "paragraph": self.paragraph,
            "sentences": [list(s) for s in self.sentences],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], doc_text: str) -> Passage:
        return cls(
            doc_id=data["doc_id"],
            text=doc_text[data["start"] : data["end"]],
            start=data["start"],
            end=data["end"],
            page=data.get("page"),
            section=data.get("section"),
            paragraph=data.get("paragraph"),
            sentences=[(a, b) for a, b in data["sentences"]],
        )


@lru_cache(maxsize=32)
def _segmenter(language: str) -> Any:
    import pysbd

    # pysbd builds its regular expressions per abbreviation and per call (about a thousand
    # for this corpus), past the 512 the re module caches: indexing spent half its
    # non-embedding time recompiling them. A larger cache keeps them compiled.
    if getattr(re, "_MAXCACHE", 0) < 4096:
        re._MAXCACHE = 4096  # type: ignore[attr-defined]

    lang = language if language in PYSBD_LANGS else "en"
    return pysbd.Segmenter(language=lang, clean=False)


def split_sentences(text: str, language: str = "en") -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (stripped of surrounding whitespace), in order.

    Line breaks that end a line without final punctuation are not boundaries, so
    hard-wrapped PDF text still yields whole sentences; a blank line always is.
    """
    spans: list[tuple[int, int]] = []
    for block_start, block_end in _windows(text, _blocks(text)):
        # Same length, so offsets found in `block` are offsets into `text`.
        block = text[block_start:block_end].replace("\n", " ")
        cursor = 0
        for piece in _segmenter(language).segment(block):
            piece = piece.strip()
            if not piece:
                continue
            found = block.find(piece, cursor)
            if found < 0:  # pysbd normalised something; fall back to the rest of the block
                found = cursor
                piece = block[cursor:].strip()
                if not piece:
                    break
            spans.append((block_start + found, block_start + found + len(piece)))
            cursor = found + len(piece)
    return _split_overlong(text, _rejoin(text, spans))


# A piece that cannot start a sentence: lower case ("zn." after "sp."), a possessive
# after an initial ("H.’s involvement"), or a number after an abbreviation or a day
# ("sp. zn. 14 To 127/2018", "n. 21125", "18. 4. 2019") — but not an enumerator ("a) ").
_ENUMERATOR_RE = re.compile(r"^\(?(?:[a-z]|[ivx]{1,4})[).]\s")
# "18." before "4. 2019"; "zn." / "n." / "art." before "14 To 127/2018" / "21125" / "3".
_DAY_END_RE = re.compile(r"\b\d{1,2}\.$")
_ABBREVIATION_END_RE = re.compile(r"(?:^|\s)[^\W\d_A-Z]{1,4}\.$")
_NUMBER_START_RE = re.compile(r"^\d")
_PARAGRAPH_NUMBER_RE = re.compile(r"^\d{1,4}\.(?:\s|$)")
_LONE_NUMBER_RE = re.compile(r"^\(?\d{1,4}[.)]$")
_INITIALS_END_RE = re.compile(r"(?:^|[\s(])(?:[A-ZÀ-Ý]\.-?)+$")
_INITIAL_START_RE = re.compile(r"^[A-ZÀ-Ý]\.(?:[\s,;)]|$)")


def _rejoin(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Undo boundaries pysbd draws after abbreviations it does not know.

    pysbd knows English, French or Italian abbreviations, not Czech ``sp. zn.`` or an
    initial followed by a possessive; a quote cut there loses its point ("details on
    H." / "’s involvement…"). A boundary stays when the next piece starts as a sentence
    does — a capital, a paragraph number, a quote or bracket, an enumerator — unless it is
    only a word or two finishing the line.
    """
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out:
            pa, pb = out[-1]
            nxt, prev = text[a:b], text[pa:pb].rstrip()
            lower_start = (
                nxt[:1].islower() or nxt[:1] in ",;:)]}" or (nxt[:1] in "'’-" and nxt[1:2].isalpha())
            )  # "Z." / ", a 39-year-old former chairwoman…"; "W." / "-K."
            number_after = bool(_NUMBER_START_RE.match(nxt)) and (
                bool(_DAY_END_RE.search(prev))
                or (bool(_ABBREVIATION_END_RE.search(prev)) and not _PARAGRAPH_NUMBER_RE.match(nxt))
            )
            # "Dott. DI GERONIMO Paolo - rel." / "Consigliere": a word or two ending the line
            # without punctuation finish the line, they are no sentence of their own.
            line_tail = (
                len(nxt.split()) <= 2
                and nxt[-1] not in ".!?…:;"
                and "\n" not in text[pb:a]
                and text[b : b + 1] in ("", "\n")
            )
            same_block = "\n\n" not in text[pb:a]
            # "W.-K." / "L., zastoupeného…": one person's initials.
            initials = bool(_INITIALS_END_RE.search(prev)) and bool(_INITIAL_START_RE.match(nxt))
            continued = lower_start or number_after or line_tail or initials
            lone_number = bool(_LONE_NUMBER_RE.match(prev))  # "2." then its paragraph
            if same_block and (
                lone_number or prev[-1:] == "." and continued and not _ENUMERATOR_RE.match(nxt)
            ):
                out[-1] = (pa, b)
                continue
        out.append((a, b))
    return out


def _windows(text: str, blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The blocks, each cut into pieces of at most SEGMENT_WINDOW characters.

    pysbd's time grows faster than linearly with its input (a 200,000-character block
    without blank lines took 26 s; hostile text like "1. 1. 1. …" far longer), so long
    blocks are fed to it in windows, cut after a line that ends a sentence, else at a line
    break, else at a space. Blocks of ordinary documents are far shorter and unaffected.
    """
    out: list[tuple[int, int]] = []
    for start, end in blocks:
        while end - start > SEGMENT_WINDOW:
            lo, hi = start + SEGMENT_WINDOW // 2, start + SEGMENT_WINDOW
            cut = -1
            for m in SENTENCE_END_LINE_RE.finditer(text, lo, hi):
                cut = m.end()
            if cut < 0:
                cut = text.rfind("\n", lo, hi) + 1 or text.rfind(" ", lo, hi) + 1 or hi
            out.append((start, cut))
            start = cut
        out.append((start, end))
    return out


def _split_overlong(text: str, spans: list[tuple[int, int]], limit: int = 600) -> list[tuple[int, int]]:
    """Cut run-on 'sentences' (tables, lists without punctuation) at line breaks."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if b - a <= limit or "\n" not in text[a:b]:
            out.append((a, b))
            continue
        pos = a
        for line in text[a:b].split("\n"):
            stripped = line.strip()
            if stripped:
                s = text.find(stripped, pos)
                out.append((s, s + len(stripped)))
                pos = s + len(stripped)
            else:
                pos += len(line) + 1
    return out


def _blocks(text: str) -> list[tuple[int, int]]:
    """Spans of the blank-line separated blocks of ``text``."""
    spans = []
    pos = 0
    for m in BLANK_RE.finditer(text):
        if text[pos : m.start()].strip():
            spans.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        spans.append((pos, len(text)))
    return spans


def chunk_document(doc: Document, max_chars: int = 900) -> list[Passage]:
    """Passages of ``doc``; gap markers and heading-only blocks are not retrievable units."""
    passages: list[Passage] = []
    section: str | None = None
    current: list[tuple[int, int]] = []
    current_page: int | None = None
    current_para: str | None = None

    def flush() -> None:
        nonlocal current, current_para
        if current:
            passages.append(
                _make_passage(doc, current[0][0], current[-1][1], current_page, section, current_para)
            )
        current = []
        current_para = None

    for start, end in _blocks(doc.text):
        block = doc.text[start:end]
        start += len(block) - len(block.lstrip())
        end -= len(block) - len(block.rstrip())
        block = doc.text[start:end]
        heading = HEADING_RE.match(block) if "\n" not in block else None
        if heading:
            flush()
            section = (heading.group(2) or heading.group(3) or "").strip() or section
            continue
        if GAP_RE.match(block):
            flush()
            continue
        page = doc.page_at(start)
        m = PARA_NUM_RE.match(block)
        para = m.group(1) if m else None
        if current and (page != current_page or end - current[0][0] > max_chars or para is not None):
            flush()
        if end - start > max_chars:
            flush()
            for a, b in _pack_sentences(doc, start, end, max_chars):
                passages.append(_make_passage(doc, a, b, page, section, para))
            continue
        if not current:
            current_page = page
            current_para = para
        current.append((start, end))
    flush()
    return passages


def _pack_sentences(doc: Document, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    spans = [(start + a, start + b) for a, b in split_sentences(doc.text[start:end], doc.language)]
    out: list[tuple[int, int]] = []
    cur_start: int | None = None
    cur_end = start
    for a, b in spans:
        if cur_start is not None and b - cur_start > max_chars:
            out.append((cur_start, cur_end))
            cur_start = None
        if cur_start is None:
            cur_start = a
        cur_end = b
    if cur_start is not None:
        out.append((cur_start, cur_end))
    return out


def _make_passage(
    doc: Document, start: int, end: int, page: int | None, section: str | None, para: str | None
) -> Passage:
    text = doc.text[start:end]
    return Passage(
        doc_id=doc.id,
        text=text,
        start=start,
        end=end,
        page=page,
        section=section,
        paragraph=para,
        sentences=split_sentences(text, doc.language),
    )
