"""Documents and their loaders: Markdown/text with YAML front matter, PDF via pypdf.

A loader returns the document's full extracted text and, for PDFs, where each page
starts in it; every later offset (passage, sentence, citation) points into that text,
so a quote can always be checked verbatim and shown in context.
"""

from __future__ import annotations

import hashlib
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


def split_front_matter(raw: str) -> tuple[dict[str, Any], str]:
    """Return (metadata, body). A file without front matter has empty metadata."""
    if not raw.startswith("---"):
        return {}, raw
    lines = raw.split("\n")
    if lines[0].strip() != "---":
        return {}, raw
    for i in range(1, len(lines)):
        if lines[i].strip() in {"---", "..."}:
            header = "\n".join(lines[1:i])
            body = "\n".join(lines[i + 1 :])
            try:
                meta = yaml.safe_load(header) or {}
            except yaml.YAMLError as exc:
                raise DocumentError(f"invalid YAML front matter: {exc}".splitlines()[0]) from exc
            if not isinstance(meta, dict):
                raise DocumentError("front matter is not a mapping of fields")
            return meta, body.lstrip("\n")
    raise DocumentError("front matter opened with '---' but never closed")


def _sidecar(path: Path) -> dict[str, Any]:
    meta_path = path.with_name(path.name + ".meta.yaml")
    if not meta_path.exists():
        return {}
    try:
        meta = yaml.safe_load(meta_path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise DocumentError(f"invalid metadata file {meta_path.name}: {exc}".splitlines()[0]) from exc
    if not isinstance(meta, dict):
        raise DocumentError(f"metadata file {meta_path.name} is not a mapping of fields")
    return meta


def _read_pdf(path: Path) -> tuple[str, list[int]]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception as exc:  # pypdf raises several types for unsupported crypto
                raise DocumentError(f"encrypted PDF cannot be opened: {exc}") from exc
            if not ok:
                raise DocumentError("encrypted PDF: a password is required")
        pages: list[str] = [(page.extract_text() or "") for page in reader.pages]
    except DocumentError:
        raise
    except (PdfReadError, ValueError, OSError, KeyError, TypeError, AttributeError) as exc:
        raise DocumentError(f"not a readable PDF ({type(exc).__name__}: {exc})".splitlines()[0]) from exc
    text_parts: list[str] = []
    starts: list[int] = []
    pos = 0
    for page_text in pages:
        page_text = page_text.strip("\n")
        starts.append(pos)
        text_parts.append(page_text)
        pos += len(page_text) + 2  # pages are joined by a blank line
    text = "\n\n".join(text_parts)
    if not text.strip():
        raise DocumentError("PDF has no text layer (image-only or empty); OCR it first")
    return text, starts


def load_document(path: Path, corpus_root: Path) -> Document:
    """Load one file of the corpus; raise DocumentError with a user-facing message."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError(f"unsupported file type {suffix or '(none)'}; use .md, .txt or .pdf")
    try:
        digest = sha256_file(path)
    except OSError as exc:
        raise DocumentError(f"cannot read file: {exc.strerror or exc}") from exc
    page_starts: list[int] | None = None
    if suffix in PDF_SUFFIXES:
        body, page_starts = _read_pdf(path)
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


def _make_document(
    meta: dict[str, Any],
    body: str,
    path: Path,
    corpus_root: Path,
    digest: str,
    page_starts: list[int] | None,
) -> Document:
    def text(name: str, default: str = "") -> str:
        value = meta.pop(name, default)
        return "" if value is None else str(value).strip()

    doc_id = text("id") or path.stem
    grounds = meta.pop("grounds", []) or []
    if isinstance(grounds, str):
        grounds = [g.strip() for g in grounds.split(";") if g.strip()]
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
        grounds=[str(g) for g in grounds],
        page_starts=page_starts,
        extra={
            k: v if isinstance(v, (str, int, float, bool)) or v is None else str(v) for k, v in meta.items()
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
