"""Adding documents to the corpus: copy the file in, record its metadata, re-index.

A PDF's metadata goes to a ``NAME.pdf.meta.yaml`` sidecar; a text file gets YAML front
matter only if it has none (its own is kept). The index update is incremental: only
the new file is embedded.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from app.documents import META_FIELDS, SUPPORTED_SUFFIXES, split_front_matter
from app.store import BuildReport, ProgressFn

if TYPE_CHECKING:
    from app.assistant import Assistant

METADATA_KEYS = (*META_FIELDS, "grounds", "cited_as")


def safe_name(name: str) -> str:
    """A file name that cannot escape the corpus folder."""
    stem = Path(name).name
    stem = re.sub(r"[^\w.\-]+", "-", stem).strip(".-") or "document"
    return stem[:120]


def add_to_corpus(
    assistant: Assistant, source: Path, metadata: dict[str, Any], progress: ProgressFn | None = None
) -> tuple[str, BuildReport]:
    settings = assistant.settings
    suffix = source.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ValueError(f"unsupported file type {suffix or '(none)'}; upload .pdf, .md or .txt")
    meta = {k: v for k, v in metadata.items() if k in METADATA_KEYS and v not in (None, "", [])}
    corpus = settings.corpus_dir
    corpus.mkdir(parents=True, exist_ok=True)
    target = corpus / safe_name(source.name)
    n = 1
    while target.exists():
        target = corpus / f"{Path(safe_name(source.name)).stem}-{n}{suffix}"
        n += 1
    if suffix == ".pdf":
        shutil.copyfile(source, target)
        if meta:
            sidecar = target.with_name(target.name + ".meta.yaml")
            sidecar.write_text(yaml.safe_dump(meta, allow_unicode=True, sort_keys=False), encoding="utf-8")
    else:
        raw = source.read_bytes()
        try:
            text = raw.decode("utf-8")
            has_front_matter = bool(split_front_matter(text)[0])
        except Exception:  # undecodable or broken front matter: the indexer reports it per file
            text, has_front_matter = "", True
        if meta and not has_front_matter:
            header = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
            target.write_text(f"---\n{header}---\n{text}", encoding="utf-8")
        else:
            target.write_bytes(raw)
    rel = str(target.resolve().relative_to(corpus.resolve().parent))
    report = assistant.update_index(progress)
    return rel, report
