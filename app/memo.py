"""Export an answer as a research memo: Markdown or DOCX (python-docx).

The memo holds the question, the filters, the answer (or the abstention), and a numbered
list of authorities: each with its conventional citation, completeness, source and the
quoted passage, the sentences the answer quotes marked (bold in Markdown, highlighted in
DOCX). Quotes are the corpus' words; only runs of whitespace are shown as one space.

Usable without Gradio::

    from app.memo import write_memo
    path = write_memo(answer, Path("out"), "docx")
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Literal

from app.assistant import Answer, Citation

Format = Literal["docx", "md"]

TITLE = "Research memo"
DISCLAIMER = (
    "Prepared with redbrief, an offline legal-reference assistant. Every statement in the answer "
    "is a verbatim quotation from the corpus document cited after it; check each authority "
    "against its source before relying on it."
)

# Characters XML 1.0 (and so DOCX) cannot hold: PDFs often carry form feeds and other C0 codes.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Markdown punctuation that could start emphasis, links, HTML, tables or entities.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~&!])")


def _clean(text: str) -> str:
    return _XML_INVALID.sub(" ", text)


def _flat(text: str) -> str:
    """Whitespace runs as one space (the answer's own rule: sources are often hard-wrapped)."""
    return " ".join(_clean(text).split())


def md_escape(text: str) -> str:
    """Markdown-escape corpus text so a renderer shows it literally (no HTML, links, lists)."""
    out = _MD_SPECIAL.sub(r"\\\1", text)
    # A leading "1." / "-" / "+" / "=" would start a list or a heading underline.
    return re.sub(r"^(\d+)\.", r"\1\\.", re.sub(r"^([-+=])", r"\\\1", out))


def highlight_spans(passage: str, sentences: list[str]) -> list[tuple[str, bool]]:
    """Split a (flattened) passage into runs, True where a quoted sentence is."""
    spans: list[tuple[int, int]] = []
    for s in sentences:
        s = _flat(s)
        i = passage.find(s) if s else -1
        if i >= 0:
            spans.append((i, i + len(s)))
    runs: list[tuple[str, bool]] = []
    pos = 0
    for a, b in sorted(spans):
        if a < pos:  # overlapping: extend the previous highlight
            a = pos
        if b <= a:
            continue
        if a > pos:
            runs.append((passage[pos:a], False))
        runs.append((passage[a:b], True))
        pos = b
    if pos < len(passage):
        runs.append((passage[pos:], False))
    return runs


def _authorities(answer: Answer) -> tuple[str, list[Citation]]:
    if answer.citations:
        return "Authorities", answer.citations
    return "Nearest passages (not authorities: the corpus does not answer the question)", answer.nearest


def _details(c: Citation) -> list[str]:
    lines = []
    if c.partial or c.completeness:
        flag = "PARTIAL TEXT — " if c.partial else ""
        lines.append(f"Completeness: {flag}{c.completeness or 'partial'}")
    lines.append(f"Source: {c.source}" + (f" ({c.source_url})" if c.source_url else ""))
    return lines


def memo_markdown(answer: Answer, generated: str | None = None) -> str:
    generated = generated or time.strftime("%Y-%m-%d %H:%M")
    out = [
        f"# {TITLE}",
        "",
        f"*{generated}* — {DISCLAIMER}",
        "",
        "## Question",
        "",
        md_escape(answer.question),
    ]
    if answer.filters:
        shown = "; ".join(f"{k}: {v}" for k, v in answer.filters.items())
        out += ["", f"Filters: {md_escape(shown)}"]
    out += ["", "## Answer", ""]
    if answer.abstained:
        out.append(f"**Not answered.** {md_escape(_flat(answer.answer))}")
    else:
        out.append(md_escape(_flat(answer.answer)))
    heading, cites = _authorities(answer)
    if cites:
        out += ["", f"## {heading}", ""]
    for c in cites:
        out.append(f"{c.n}. **{md_escape(_flat(c.reference()))}**")
        for line in _details(c):
            out.append(f"   {md_escape(line)}")
        quote = "".join(
            f"**{md_escape(text)}**" if hit else md_escape(text)
            for text, hit in highlight_spans(_flat(c.quote), c.sentences)
        )
        out += ["", f"   > {quote}", ""]
    return "\n".join(out).rstrip() + "\n"


def memo_docx(answer: Answer, path: Path, generated: str | None = None) -> Path:
    from docx import Document as DocxDocument
    from docx.enum.text import WD_COLOR_INDEX
    from docx.shared import Pt

    generated = generated or time.strftime("%Y-%m-%d %H:%M")
    doc = DocxDocument()
    doc.core_properties.title = f"{TITLE}: {_flat(answer.question)[:200]}"
    doc.core_properties.author = "redbrief"
    doc.add_heading(TITLE, level=0)
    note = doc.add_paragraph()
    note.add_run(f"{generated} — {DISCLAIMER}").italic = True
    doc.add_heading("Question", level=1)
    doc.add_paragraph(_clean(answer.question))
    if answer.filters:
        doc.add_paragraph("Filters: " + _clean("; ".join(f"{k}: {v}" for k, v in answer.filters.items())))
    doc.add_heading("Answer", level=1)
    para = doc.add_paragraph()
    if answer.abstained:
        para.add_run("Not answered. ").bold = True
    para.add_run(_flat(answer.answer))
    heading, cites = _authorities(answer)
    if cites:
        doc.add_heading(heading, level=1)
    for c in cites:
        item = doc.add_paragraph(style="List Number")
        item.add_run(f"[{c.n}] ").bold = True
        item.add_run(_flat(c.reference())).bold = True
        for line in _details(c):
            detail = doc.add_paragraph(_clean(line))
            detail.paragraph_format.left_indent = Pt(18)
        quote = doc.add_paragraph(style="Quote")
        quote.paragraph_format.left_indent = Pt(18)
        for text, hit in highlight_spans(_flat(c.quote), c.sentences):
            run = quote.add_run(text)
            if hit:
                run.bold = True
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path


def memo_filename(answer: Answer, suffix: str) -> str:
    words = re.sub(r"[^\w]+", "-", answer.question.lower()).strip("-")[:60].strip("-") or "answer"
    return f"memo-{words}.{suffix}"


def write_memo(answer: Answer, out_dir: Path, fmt: Format = "docx", generated: str | None = None) -> Path:
    """Write the memo into ``out_dir`` and return its path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    if fmt == "md":
        path = out_dir / memo_filename(answer, "md")
        path.write_text(memo_markdown(answer, generated), encoding="utf-8")
        return path
    if fmt == "docx":
        return memo_docx(answer, out_dir / memo_filename(answer, "docx"), generated)
    raise ValueError(f"unknown memo format {fmt!r}; use 'docx' or 'md'")
