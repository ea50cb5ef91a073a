"""Documents and their loaders: Markdown/text with YAML front matter, PDF via pypdf.

A loader returns the document's full extracted text and, for PDFs, where each page
starts in it; every later offset (passage, sentence, citation) points into that text,
so a quote can always be checked verbatim and shown in context.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

TEXT_SUFFIXES = {".md", ".markdown", ".txt"}
PDF_SUFFIXES = {".pdf"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | PDF_SUFFIXES
META_FIELDS = (
    "id",
    "title",
    "doc_type",
    "court_or_body",
    "jurisdiction",
    "date",
    "language",
    "source_url",
    "outcome",
    "completeness",
)


class DocumentError(Exception):
    """A file that cannot be ingested; the message is shown to the user as is."""


# How the corpus' completeness notes say that none of an instrument's articles is held.
_ARTICLES_MISSING = re.compile(r"\bALL ARTICLES\b|\bTHE (?:[A-Z]+ )?ARTICLES\b[^;]{0,60}?\bARE MISSING")


# How the corpus' completeness notes say that a decision's reasons are not held.
_REASONS_MISSING = re.compile(
    r"opening of the page only|\bfundamentos jurídicos\b|\breasoning; the rest is missing|"
    r"\b(?:reasons|reasoning|grounds|court's assessment)\b[^;)]{0,80}?\b(?:are |is )?missing",
    re.IGNORECASE,
)

# A ruling's text cut before its reasons: the note says where it stops ("THE FACTS onward
# missing", "cover data and paragraphs 1.1–1.3 (1.3 cut); rest missing") and names no part
# that reasons ("the start of 'Law – Articles 2 and 3'", "the NJA headnote", "Result and
# summary"): a ruling reasons in its Law section, a summary or a headnote states the holding.
_CUT = re.compile(r"\b(?:rest|everything after|later text|onward)\b[^;]{0,40}?\bmissing", re.IGNORECASE)
_REASONS_KEPT = re.compile(
    r"\b(?:Law|LAW|Result|Issue)\b|headnote|reasoning|assessment|body text|[Ll]egal sentence"
)


@dataclass
class Document:
    id: str
    title: str
    text: str
    source: str  # path relative to the corpus' parent, e.g. "corpus/x.md"
    sha256: str
    doc_type: str = ""
    court_or_body: str = ""
    jurisdiction: str = ""
    date: str = ""
    language: str = "en"
    source_url: str = ""
    outcome: str = ""
    completeness: str = ""
    grounds: list[str] = field(default_factory=list)
    # Names the document is cited by, in any language ("ECHR", "la CEDU", "AİHS"): a
    # question naming one gets a passage of this document (app/citednames.py).
    cited_as: list[str] = field(default_factory=list)
    # PDF only: character offset where each page starts in `text` (page n at index n-1).
    page_starts: list[int] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def page_at(self, offset: int) -> int | None:
        if not self.page_starts:
            return None
        page = 1
        for i, start in enumerate(self.page_starts):
            if start <= offset:
                page = i + 1
        return page

    @property
    def is_partial(self) -> bool:
        return self.completeness.strip().lower().startswith("partial")

    @property
    def outcome_missing(self) -> bool:
        """The corpus' own record says this text lacks the ruling's outcome (its operative
        part): ``outcome`` reads "not captured…" or "… not in the retrieved text"."""
        outcome = self.outcome.lower()
        return (
            "not captured" in outcome
            or "not in the retrieved text" in outcome
            or "not in retrieved text" in outcome
        )

    @property
    def articles_missing(self) -> bool:
        """The corpus' own record says this text lacks every article of its instrument (the
        France–China treaty's publication decree, a rulebook's references page):
        ``completeness`` reads "THE TREATY ARTICLES … ARE MISSING" or "ALL ARTICLES"."""
        return bool(_ARTICLES_MISSING.search(self.completeness))

    @property
    def reasons_missing(self) -> bool:
        """The corpus' own record says this text lacks the decision's reasons: a CCF
        decision's "opening of the page only", a judgment's "all reasons missing",
        "reasoning and operative part missing", "the Fundamentos jurídicos … missing"; a
        ruling cut before any part that reasons (_CUT, _REASONS_KEPT)."""
        if _REASONS_MISSING.search(self.completeness):
            return True
        return (
            self.doc_type == "ruling"
            and bool(_CUT.search(self.completeness))
            and not _REASONS_KEPT.search(self.completeness)
        )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return cls(**data)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class _MetaLoader(yaml.SafeLoader):
    """YAML for metadata: safe types only, no aliases (a "billion laughs" header would expand
    into gigabytes once stringified), and dates kept as the strings they were written as."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "YAML aliases (*name) are not allowed in metadata", event.start_mark
            )
        return super().compose_node(parent, index)


_MetaLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def parse_metadata(text: str, what: str, name: str) -> dict[str, Any]:
    """A YAML mapping of metadata fields, or DocumentError: "``what``: why" / "``name`` is not…"."""
    try:
        meta = yaml.load(text, Loader=_MetaLoader) or {}  # noqa: S506 (a SafeLoader subclass)
    except RecursionError as exc:
        raise DocumentError(f"{what}: nested too deeply") from exc
    except Exception as exc:  # YAMLError, and ValueError/OverflowError from explicit tags
        raise DocumentError(f"{what}: {exc}".splitlines()[0]) from exc
    if not isinstance(meta, dict):
        raise DocumentError(f"{name} is not a mapping of fields")
    return meta


def split_front_matter(raw: str) -> tuple[dict[str, Any], str]:
    """Return (metadata, body). A file without front matter has empty metadata."""
    if raw.startswith("\ufeff"):  # a byte-order mark (Windows editors) before the front matter
        raw = raw[1:]
    if not raw.startswith("---"):
        return {}, raw
    lines = raw.split("\n")
    if lines[0].strip() != "---":
        return {}, raw
    for i in range(1, len(lines)):
        if lines[i].strip() in {"---", "..."}:
            header = "\n".join(lines[1:i])
            body = "\n".join(lines[i + 1 :])
            meta = parse_metadata(header, "invalid YAML front matter", "front matter")
            return meta, body.lstrip("\n")
    raise DocumentError("front matter opened with '---' but never closed")


def _sidecar(path: Path) -> dict[str, Any]:
    meta_path = path.with_name(path.name + ".meta.yaml")
    if not meta_path.exists():
        return {}
    try:
        text = meta_path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise DocumentError(f"invalid metadata file {meta_path.name}: {exc}".splitlines()[0]) from exc
    return parse_metadata(text, f"invalid metadata file {meta_path.name}", f"metadata file {meta_path.name}")


def _read_pdf(path: Path, timeout_s: float, memory_mb: int) -> tuple[str, list[int]]:
    """Text and page starts of a PDF, parsed in a limited worker process (app/pdfworker.py)."""
    from app.pdfworker import PdfExtractionError, extract_pages

    try:
        pages = extract_pages(path, timeout_s, memory_mb)
    except PdfExtractionError as exc:
        raise DocumentError(str(exc).splitlines()[0] if str(exc) else "not a readable PDF") from exc
    text, starts = join_pages(pages)
    if not text.strip():
        raise DocumentError("PDF has no text layer (image-only or empty); OCR it first")
    return text, starts


def join_pages(pages: list[str]) -> tuple[str, list[int]]:
    """One text from page texts, joined by a blank line (so no paragraph spans two pages),
    and the offset where each page starts."""
    text_parts: list[str] = []
    starts: list[int] = []
    pos = 0
    for page_text in pages:
        page_text = page_text.strip("\n")
        starts.append(pos)
        text_parts.append(page_text)
        pos += len(page_text) + 2  # pages are joined by a blank line
    return "\n\n".join(text_parts), starts


def load_document(
    path: Path,
    corpus_root: Path,
    pdf_timeout_s: float = 120.0,
    pdf_memory_mb: int = 2048,
    max_file_mb: int = 256,
) -> Document:
    """Load one file of the corpus; raise DocumentError with a user-facing message.

    Nothing else escapes: a file is untrusted input, and one bad file must cost one
    per-file error, never the build. PDFs are parsed in a worker process under the
    time and memory limits (app/pdfworker.py).
    """
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError(f"unsupported file type {suffix or '(none)'}; use .md, .txt or .pdf")
    try:
        size = path.stat().st_size
        if max_file_mb > 0 and size > max_file_mb * 1024 * 1024:
            raise DocumentError(
                f"file is {size / 1024 / 1024:.0f} MB; the limit is {max_file_mb} MB (max_file_mb)"
            )
        digest = sha256_file(path)
        page_starts: list[int] | None = None
        if suffix in PDF_SUFFIXES:
            body, page_starts = _read_pdf(path, pdf_timeout_s, pdf_memory_mb)
            meta: dict[str, Any] = {}
        else:
            try:
                raw = path.read_text(encoding="utf-8")
            except UnicodeDecodeError as exc:
                raise DocumentError(f"text is not valid UTF-8 (byte {exc.start})") from exc
            meta, body = split_front_matter(raw.replace("\r\n", "\n"))
            if not body.strip():
                raise DocumentError("document has no text")
        meta.update(_sidecar(path))
        return _make_document(meta, body, path, corpus_root, digest, page_starts)
    except DocumentError:
        raise
    except OSError as exc:
        raise DocumentError(f"cannot read file: {exc.strerror or exc}") from exc
    except Exception as exc:  # a bug, but still one file's problem (the fuzz tests hunt these)
        raise DocumentError(f"cannot load file (internal error {type(exc).__name__}: {exc})") from exc


def _clean(text: str) -> str:
    """A YAML escape ("\\ud800") can make a lone surrogate, which no UTF-8 file can hold."""
    return text.encode("utf-8", "replace").decode("utf-8")


def _scalar(value: Any) -> str:
    return "" if value is None else _clean(str(value)).strip()


def _string_list(value: Any) -> list[str]:
    """A list field as written: a YAML list, or one string with items separated by ";"."""
    if value is None:
        return []
    if isinstance(value, str):
        return [g.strip() for g in value.split(";") if g.strip()]
    if isinstance(value, (list, tuple, set)):
        items = sorted(value, key=str) if isinstance(value, set) else value
        return [_scalar(g) for g in items if _scalar(g)]
    return [_scalar(value)]  # a number, a mapping…: one item, as written


def _make_document(
    meta: dict[str, Any],
    body: str,
    path: Path,
    corpus_root: Path,
    digest: str,
    page_starts: list[int] | None,
) -> Document:
    meta = {_clean(str(k)): v for k, v in meta.items()}

    def text(name: str, default: str = "") -> str:
        return _scalar(meta.pop(name, default))

    doc_id = text("id") or path.stem
    grounds = _string_list(meta.pop("grounds", None))
    cited_as = _string_list(meta.pop("cited_as", None))
    try:
        source = str(path.resolve().relative_to(corpus_root.resolve().parent))
    except ValueError:
        source = str(path)
    return Document(
        id=doc_id,
        title=text("title") or path.stem,
        text=body,
        source=source,
        sha256=digest,
        doc_type=text("doc_type"),
        court_or_body=text("court_or_body"),
        jurisdiction=text("jurisdiction"),
        date=text("date"),
        language=text("language", "en") or "en",
        source_url=text("source_url"),
        outcome=text("outcome"),
        completeness=text("completeness"),
        grounds=grounds,
        cited_as=cited_as,
        page_starts=page_starts,
        extra={
            k: v if isinstance(v, (int, float, bool)) or v is None else _clean(str(v))
            for k, v in meta.items()
        },
    )


def corpus_files(corpus_dir: Path) -> list[Path]:
    """The files that make up the corpus, in a stable order (README and sidecars excluded)."""
    files = []
    for p in sorted(corpus_dir.rglob("*")):
        if not p.is_file() or p.name.startswith("."):
            continue
        if p.name.lower() == "readme.md" or p.name.endswith(".meta.yaml"):
            continue
        files.append(p)
    return files
