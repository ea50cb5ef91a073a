"""The Gradio app: a thin layer over ``Assistant`` — no retrieval or answering here.

Four tabs: **Ask** (cited answers, sources, memo export), **Precedents** (decisions matching
a fact pattern), **Library** (the documents, uploads, the document view) and **Evaluate**
(the gold questions through ``evals.runner.run_eval``).

Every piece of corpus text is HTML-escaped before it is shown: a document is quoted, never
rendered or obeyed. The server binds 127.0.0.1 unless told otherwise, sends no analytics,
serves no file but its own uploads and outputs, and can ask for a password
(``redbrief serve --auth user:password`` or ``REDBRIEF_AUTH``).
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import sys
import tempfile
import threading
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"  # before gradio is imported

import gradio as gr  # noqa: E402  (at module level: event handlers' annotations name gr.SelectData)

from app.assistant import Answer, Assistant, Citation, QuestionError
from app.config import Settings
from app.documents import Document
from app.filters import Filters
from app.memo import write_memo
from app.precedents import Precedent
from app.verify import normalize
from evals.report import HEADLINE

DOC_TYPES = ["report", "ruling", "ccf_decision", "statute", "treaty", "rules", "news"]
UPLOAD_SUFFIXES = (".pdf", ".md", ".txt")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ASK_FILTERS = ("jurisdiction", "court", "doc_type", "outcome", "since", "until")
PRECEDENT_FILTERS = ("jurisdiction", "court", "outcome", "ground", "since", "until")
PRECEDENT_HEADERS = ["#", "Court or body", "Date", "Outcome", "Grounds", "Best passage", "Title", "ID"]
LIBRARY_HEADERS = ["Title", "Type", "Court or body", "Jurisdiction", "Date", "Outcome", "Completeness", "ID"]
EVAL_METRICS = ("questions", *(m for m in HEADLINE if not m.startswith("ragas_")))

CSS = """
.rb-answer p { font-size: 1.05em; line-height: 1.55; }
.rb-marker { font-weight: bold; text-decoration: none; padding: 0 2px; }
.rb-cite { border: 1px solid var(--border-color-primary, #ccc); border-radius: 6px; padding: 8px 12px;
  margin: 8px 0; scroll-margin-top: 12px; }
.rb-cite.rb-flash, .rb-cite:target { outline: 3px solid #f3c200; }
.rb-cite mark, .rb-doc mark { background: #fff2a8; color: inherit; }
.rb-cite blockquote { margin: 6px 0 4px 0; padding-left: 10px; border-left: 3px solid #ddd; }
.rb-meta { color: var(--body-text-color-subdued, #555); font-size: 0.9em; }
.rb-ref { font-family: var(--font-mono, monospace); font-size: 0.85em; user-select: all; }
.rb-partial { color: #a33; font-weight: bold; }
.rb-abstain { border-left: 4px solid #c80; padding-left: 8px; }
.rb-error { border-left: 4px solid #c00; padding-left: 8px; color: #a00; }
.rb-ok { border-left: 4px solid #2a2; padding-left: 8px; }
.rb-doc-text { white-space: pre-wrap; font-family: var(--font, serif); line-height: 1.5;
  max-height: 640px; overflow-y: auto; border: 1px solid #ddd; padding: 10px; border-radius: 6px; }
.rb-doc-meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin-bottom: 6px; }
.rb-copy { font-size: 0.8em; padding: 1px 8px; margin-left: 6px; border: 1px solid #bbb; border-radius: 4px;
  cursor: pointer; background: transparent; }
#rb-page-row { align-items: center; }
"""

# Run in the page when the document view changes: bring the highlighted passage into view.
DOC_VIEW_JS = """
const reveal = () => setTimeout(() => {
  const hit = element.querySelector('#rb-hit');
  if (hit) { hit.scrollIntoView({block: 'center'}); }
}, 300);
reveal();  // the tab may mount with a document already in it
watch('value', reveal);
"""


def esc(text: Any) -> str:
    return html.escape("" if text is None else str(text), quote=True)


# ----------------------------------------------------------------------------- rendering


def _answer_segments(answer: Answer) -> list[tuple[str, int]] | None:
    """The answer as (quoted sentence, citation number) pairs, parsed against its citations.

    Parsing (rather than replacing "[n]" in the text) keeps a "[1]" inside a quoted sentence
    from becoming a link.
    """
    candidates = [(normalize(s), c.n) for c in answer.citations for s in c.sentences]
    text, pos, segments = answer.answer, 0, []
    while pos < len(text):
        for sentence, n in candidates:
            marker = f"{sentence} [{n}]"
            if text.startswith(marker, pos):
                segments.append((sentence, n))
                pos += len(marker)
                while pos < len(text) and text[pos] == " ":
                    pos += 1
                break
        else:
            return None
    return segments


def _marker(n: int) -> str:
    return (
        f'<a href="#rb-cite-{n}" class="rb-marker" data-n="{n}" title="Go to source {n}" '
        f"onclick=\"const el=document.getElementById('rb-cite-{n}');if(el){{el.scrollIntoView("
        f"{{block:'start'}});document.querySelectorAll('.rb-flash').forEach(x=>x.classList.remove('rb-flash'));"
        f"el.classList.add('rb-flash');}}return false;\">[{n}]</a>"
    )


def render_answer(answer: Answer) -> str:
    """The answer as HTML: escaped quotes, each followed by a [n] link to its source."""
    if answer.abstained:
        return (
            '<div class="rb-abstain" id="rb-abstained"><p><b>Not answered.</b> '
            f"{esc(answer.answer)}</p></div>"
        )
    segments = _answer_segments(answer)
    if segments is None:  # cannot happen with Assistant's answers; degrade to plain text
        body = esc(answer.answer)
    else:
        body = " ".join(f"{esc(s)} {_marker(n)}" for s, n in segments)
    return f'<div class="rb-answer" id="rb-answered"><p>{body}</p></div>'


def highlight(passage: str, sentences: list[str]) -> str:
    """Escaped passage with each quoted sentence in <mark>, line breaks kept."""
    spans: list[tuple[int, int]] = []
    for s in sentences:
        i = passage.find(s) if s else -1
        if i >= 0:
            spans.append((i, i + len(s)))
    out, pos = [], 0
    for a, b in sorted(spans):
        a = max(a, pos)
        if b <= a:
            continue
        out.append(esc(passage[pos:a]))
        out.append(f"<mark>{esc(passage[a:b])}</mark>")
        pos = b
    out.append(esc(passage[pos:]))
    return "".join(out).replace("\n", "<br>")


def _where(c: Citation | Precedent) -> str:
    parts = []
    if c.page is not None:
        parts.append(f"p. {c.page}")
    if c.paragraph:
        parts.append(f"para. {c.paragraph}")
    return ", ".join(parts)


def _completeness(completeness: str, partial: bool) -> str:
    if partial:
        return f'<span class="rb-partial" title="only part of this text is in the corpus">⚠ partial text — {esc(completeness)}</span>'
    return esc(completeness or "completeness not stated")


def render_citation(c: Citation, label: str | None = None) -> str:
    head = label or f"[{c.n}]"
    ref = c.reference()
    meta = [
        ("Court or body", c.court_or_body),
        ("Date", c.date),
        ("Page / paragraph", _where(c) or (f"section “{c.section}”" if c.section else "")),
        ("Type", c.doc_type),
        ("Jurisdiction", c.jurisdiction),
    ]
    meta_html = " · ".join(f"{esc(k)}: {esc(v)}" for k, v in meta if v)
    copy_js = (
        "navigator.clipboard&&navigator.clipboard.writeText(this.dataset.ref)"
        ".then(()=>{this.textContent='Copied';setTimeout(()=>{this.textContent='Copy citation'},1500)})"
    )
    return (
        f'<div class="rb-cite" id="rb-cite-{c.n}" data-doc="{esc(c.doc_id)}">'
        f"<div><b>{esc(head)} {esc(c.title)}</b></div>"
        f'<div class="rb-meta">{meta_html}</div>'
        f'<div class="rb-meta">Completeness: {_completeness(c.completeness, c.partial)} · {esc(c.source)}</div>'
        f"<blockquote>{highlight(c.quote, c.sentences)}</blockquote>"
        f'<div class="rb-meta">Citation: <span class="rb-ref">{esc(ref)}</span> '
        f'<button type="button" class="rb-copy" data-ref="{esc(ref)}" onclick="{esc(copy_js)}">'
        "Copy citation</button></div></div>"
    )


def render_sources(answer: Answer) -> str:
    if answer.citations:
        return '<div id="rb-sources">' + "".join(render_citation(c) for c in answer.citations) + "</div>"
    if answer.nearest:
        head = "<p><b>Nearest passages</b> — shown for checking; none of them answers the question.</p>"
        return head + "".join(render_citation(c, f"near {c.n}") for c in answer.nearest)
    return ""


def references_text(answer: Answer) -> str:
    """The conventional citations, one per line, for copying into a brief."""
    cites = answer.citations or answer.nearest
    return "\n".join(f"[{c.n}] {c.reference()}" + (" (partial text)" if c.partial else "") for c in cites)


def error_html(message: str) -> str:
    return f'<div class="rb-error" role="alert"><p>{esc(message)}</p></div>'


def render_document(
    doc: Document, start: int = 0, end: int = 0, page: int | None = None
) -> tuple[str, int | None, int]:
    """The document as HTML (one page at a time for PDFs) with ``text[start:end]`` marked.

    Returns (html, page shown or None, number of pages).
    """
    text = doc.text
    n_pages = len(doc.page_starts or [])
    lo, hi = 0, len(text)
    if doc.page_starts:
        if page is None:
            page = doc.page_at(start) if end > start else 1
        page = min(max(1, int(page or 1)), n_pages)
        lo = doc.page_starts[page - 1]
        hi = doc.page_starts[page] - 2 if page < n_pages else len(text)
    else:
        page = None
    a, b = max(start, lo), min(end, hi)
    if b > a:
        body = esc(text[lo:a]) + f'<mark id="rb-hit" class="rb-hit">{esc(text[a:b])}</mark>' + esc(text[b:hi])
    else:
        body = esc(text[lo:hi])
    rows = [
        ("Court or body", doc.court_or_body),
        ("Jurisdiction", doc.jurisdiction),
        ("Date", doc.date),
        ("Type", doc.doc_type),
        ("Outcome", doc.outcome),
        ("Grounds", "; ".join(doc.grounds)),
        ("Language", doc.language),
        ("Source", doc.source + (f" ({doc.source_url})" if doc.source_url else "")),
    ]
    table = "".join(f"<span><b>{esc(k)}</b></span><span>{esc(v)}</span>" for k, v in rows if v)
    table += f"<span><b>Completeness</b></span><span>{_completeness(doc.completeness, doc.is_partial)}</span>"
    where = f"Page {page} of {n_pages}" if page is not None else "Full text"
    return (
        f'<div class="rb-doc" id="rb-doc" data-doc="{esc(doc.id)}">'
        f'<h3>{esc(doc.title)}</h3><div class="rb-doc-meta">{table}</div>'
        f'<p class="rb-meta" id="rb-doc-page">{esc(where)}'
        + (" · the cited passage is highlighted" if b > a else "")
        + f'</p><div class="rb-doc-text">{body}</div></div>',
        page,
        n_pages,
    )


def precedent_rows(rows: list[Precedent]) -> list[list[Any]]:
    out = []
    for r in rows:
        passage = " ".join(r.passage.split())
        out.append(
            [
                r.rank,
                r.court_or_body,
                r.date,
                r.outcome,
                "; ".join(r.grounds),
                passage[:400] + ("…" if len(passage) > 400 else ""),
                r.title + (" (partial text)" if r.partial else ""),
                r.doc_id,
            ]
        )
    return out


def library_rows(documents: dict[str, Document]) -> list[list[Any]]:
    docs = sorted(documents.values(), key=lambda d: (d.doc_type, d.date, d.title))
    return [
        [
            d.title,
            d.doc_type,
            d.court_or_body,
            d.jurisdiction,
            d.date,
            d.outcome,
            ("⚠ " if d.is_partial else "") + (d.completeness or "not stated"),
            d.id,
        ]
        for d in docs
    ]


def parse_auth(value: str | None) -> tuple[str, str] | None:
    """``user:password`` → (user, password); the password may itself contain colons."""
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise ValueError("authentication must be given as user:password")
    return user, password


# ----------------------------------------------------------------------------- handlers


class Handlers:
    """What the page does, without Gradio: each method calls ``Assistant`` (or the eval
    runner) and returns what the page shows. ``build_app`` wires them to components."""

    def __init__(self, assistant: Assistant, reports_dir: Path | None = None) -> None:
        from evals.runner import REPORTS_DIR

        self.assistant = assistant
        self.reports_dir = reports_dir or REPORTS_DIR
        # Memos and copies of eval reports, before Gradio copies them to its cache; removed
        # when the app goes away.
        self.work_dir = Path(tempfile.mkdtemp(prefix="redbrief-ui-"))
        weakref.finalize(self, shutil.rmtree, self.work_dir, True)
        self._write_lock = threading.Lock()

    @property
    def settings(self) -> Settings:
        return self.assistant.settings

    # -- ask
    @staticmethod
    def filters(values: dict[str, Any]) -> Filters:
        for key in ("since", "until"):
            v = (values.get(key) or "").strip()
            if v and not DATE_RE.match(v):
                raise QuestionError(f"“{v}” is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.")
        return Filters.from_dict({k: v for k, v in values.items() if v})

    def ask(self, question: str, **filters: Any) -> Answer:
        return self.assistant.ask(question, filters=self.filters(filters))

    def export(self, answer: Answer | None, fmt: str) -> Path | None:
        if answer is None:
            return None
        out = Path(tempfile.mkdtemp(dir=self.work_dir))
        return write_memo(answer, out, "md" if fmt == "md" else "docx")

    # -- precedents
    def precedents(self, query: str, k: int = 10, **filters: Any) -> list[Precedent]:
        return self.assistant.precedents(query, filters=self.filters(filters), k=int(k or 10))

    # -- library
    def document(self, doc_id: str) -> Document | None:
        return self.assistant.index.documents.get(doc_id)

    def jurisdictions(self) -> list[str]:
        return sorted({d.jurisdiction for d in self.assistant.index.documents.values() if d.jurisdiction})

    def errors(self) -> dict[str, str]:
        return dict(self.assistant.index.errors)

    def upload(
        self, path: str | Path | None, metadata: dict[str, Any], progress: Callable[[float, str], None]
    ) -> tuple[bool, str]:
        """Add a file to the corpus; (ok, message). Type and size are checked here too."""
        if not path:
            return False, "Choose a file to upload first."
        path = Path(path)
        if path.suffix.lower() not in UPLOAD_SUFFIXES:
            return False, f"{path.name}: unsupported file type; upload a .pdf, .md or .txt file."
        size = path.stat().st_size
        limit = self.settings.max_upload_mb * 1024 * 1024
        if size > limit:
            return (
                False,
                f"{path.name}: {size / 1e6:.1f} MB is over the {self.settings.max_upload_mb} MB limit.",
            )
        meta = {k: (v.strip() if isinstance(v, str) else v) for k, v in metadata.items()}
        grounds = meta.get("grounds")
        if isinstance(grounds, str):
            meta["grounds"] = [g.strip() for g in re.split(r"[;\n]", grounds) if g.strip()]
        date = meta.get("date") or ""
        if date and not DATE_RE.match(str(date)):
            return False, f"“{date}” is not a date: use YYYY, YYYY-MM or YYYY-MM-DD."
        with self._write_lock:  # one index update at a time
            try:
                rel, report = self.assistant.add_document(path, meta, progress)
            except ValueError as exc:
                return False, f"{path.name}: {exc}"
        if rel in report.errors:
            return False, (
                f"{rel} could not be indexed: {report.errors[rel]}. The file is skipped (it stays in the "
                "corpus folder until you replace or remove it); the rest of the library keeps working."
            )
        doc = next((d for d in self.assistant.index.documents.values() if d.source == rel), None)
        what = f"“{doc.title}” ({doc.id})" if doc else rel
        return True, (
            f"Added {what} as {rel}: {report.embedded} file(s) embedded, {report.reused} reused; "
            f"the library now holds {report.documents} documents and {report.passages} passages."
        )

    # -- evaluate
    def run_eval(self, set_name: str, baseline: bool, ragas: bool = False) -> Path:
        from evals.runner import run_eval

        out_dir, _ = run_eval(
            set_name,
            configs=None,
            baseline=baseline,
            base=self.settings,
            out_root=self.reports_dir,
            progress=True,
            ragas=ragas,
            write=True,
        )
        assert out_dir is not None
        return out_dir

    def reports(self, set_name: str | None = None) -> list[Path]:
        """Report folders, newest first (only those of ``set_name`` if given)."""
        if not self.reports_dir.is_dir():
            return []
        out = []
        for d in sorted(self.reports_dir.iterdir(), reverse=True):
            summary = d / "summary.json"
            if not summary.is_file():
                continue
            if set_name:
                try:
                    if json.loads(summary.read_text(encoding="utf-8")).get("set") != set_name:
                        continue
                except (OSError, ValueError):
                    continue
            out.append(d)
        return out

    def report_view(self, out_dir: Path) -> tuple[list[list[Any]], list[tuple[str, str]], list[str], str]:
        """(table, plots, downloadable files, heading) for one report folder, with the
        previous run of the same set and the baseline side by side."""
        summary = json.loads((out_dir / "summary.json").read_text(encoding="utf-8"))
        runs: dict[str, Any] = summary.get("runs", {})
        labels = list(runs)
        main = labels[0] if labels else None
        previous = next((d for d in self.reports(summary.get("set")) if d.name < out_dir.name), None)
        prev_summary: dict[str, Any] = {}
        if previous is not None and main is not None:
            prev_runs: dict[str, Any] = json.loads(
                (previous / "summary.json").read_text(encoding="utf-8")
            ).get("runs", {})
            prev_run: dict[str, Any] = prev_runs.get(main) or next(iter(prev_runs.values()), {})
            prev_summary = prev_run.get("summary", {})
        baseline = next((label for label in labels[1:] if "baseline" in label), None)

        def delta(a: Any, b: Any) -> Any:
            ok = isinstance(a, (int, float)) and isinstance(b, (int, float))
            return round(a - b, 4) if ok else None

        table = []
        for m in EVAL_METRICS:
            row: list[Any] = [m]
            for label in labels:
                row.append(runs[label].get("summary", {}).get(m))
            cur = runs[main].get("summary", {}).get(m) if main else None
            if baseline is not None:
                row.append(delta(cur, runs[baseline].get("summary", {}).get(m)))
            if previous is not None:
                row.append(prev_summary.get(m))
                row.append(delta(cur, prev_summary.get(m)))
            table.append(row)
        copy_dir = Path(tempfile.mkdtemp(dir=self.work_dir))
        copied = []
        for name in ("report.md", "report.html", "summary.json", "results.jsonl"):
            if (out_dir / name).is_file():
                copied.append(str(shutil.copy(out_dir / name, copy_dir / name)))
        plots = []
        for png in sorted(out_dir.glob("*.png")):
            plots.append((str(shutil.copy(png, copy_dir / png.name)), png.stem))
        heading = f"Report {out_dir.name} — set `{summary.get('set')}`"
        if previous is not None:
            heading += f"; compared with the previous run {previous.name}"
        return table, plots, copied, heading

    def eval_headers(self, out_dir: Path) -> list[str]:
        summary = json.loads((out_dir / "summary.json").read_text(encoding="utf-8"))
        labels = list(summary.get("runs", {}))
        has_baseline = any("baseline" in label for label in labels[1:])
        has_prev = any(d.name < out_dir.name for d in self.reports(summary.get("set")))
        return (
            ["metric"]
            + labels
            + (["Δ vs baseline"] if has_baseline else [])
            + (["previous run", "Δ vs previous"] if has_prev else [])
        )


# ----------------------------------------------------------------------------- the app


def build_app(assistant: Assistant, reports_dir: Path | None = None) -> Any:
    h = Handlers(assistant, reports_dir)
    settings = assistant.settings

    def filter_values(names: tuple[str, ...], values: tuple[Any, ...]) -> dict[str, Any]:
        return {name: (v or "") for name, v in zip(names, values, strict=True)}

    # ---- Ask
    def ask(question: str, *filter_args: Any) -> tuple[Any, ...]:
        try:
            answer = h.ask(question, **filter_values(ASK_FILTERS, filter_args))
        except QuestionError as exc:
            hide = gr.Radio(choices=[], value=None, visible=False)
            return error_html(str(exc)), "", "", None, hide, gr.Row(visible=False)
        cites = answer.citations or answer.nearest
        choices = [(f"[{c.n}] {c.title}" + (f" ({_where(c)})" if _where(c) else ""), c.n) for c in cites]
        return (
            render_answer(answer),
            render_sources(answer),
            references_text(answer),
            answer,
            gr.Radio(choices=choices, value=None, visible=bool(choices)),
            gr.Row(visible=True),
        )

    def export_memo(answer: Answer | None) -> tuple[str | None, str | None]:
        """The last answer of this session as a memo: (DOCX path, Markdown path)."""
        docx_path, md_path = h.export(answer, "docx"), h.export(answer, "md")
        return (str(docx_path) if docx_path else None, str(md_path) if md_path else None)

    # ---- document view (in the Library tab)
    def show_document(doc_id: str, start: int = 0, end: int = 0, page: int | None = None) -> tuple[Any, ...]:
        doc = h.document(doc_id or "")
        if doc is None:
            return (
                error_html(f"No document “{doc_id}” in the library."),
                None,
                gr.Row(visible=False),
                gr.Number(value=None),
                "",
            )
        body, shown, n_pages = render_document(doc, int(start or 0), int(end or 0), page)
        state = {"doc_id": doc.id, "start": int(start or 0), "end": int(end or 0), "page": shown}
        return (
            body,
            state,
            gr.Row(visible=n_pages > 1),
            gr.Number(value=shown, maximum=max(n_pages, 1)),
            f"of {n_pages}" if n_pages else "",
        )

    def open_document(doc_id: str, start: int = 0, end: int = 0, page: int | None = None) -> str:
        """The document view's HTML for a document (one page for PDFs), text[start:end] marked."""
        doc = h.document(doc_id or "")
        if doc is None:
            return error_html(f"No document “{doc_id}” in the library.")
        return render_document(doc, int(start or 0), int(end or 0), int(page) if page else None)[0]

    def turn_page(state: dict[str, Any] | None, page: float | None, delta: int) -> tuple[Any, ...]:
        if not state:
            return show_document("")
        target = int(page or state.get("page") or 1) + delta
        return show_document(state["doc_id"], state["start"], state["end"], target)

    def open_cited(n: int | None, answer: Answer | None) -> tuple[Any, ...]:
        if n is None or answer is None:
            return (gr.Tabs(), *show_document(""))
        c = next((c for c in answer.citations + answer.nearest if c.n == int(n)), None)
        if c is None:
            return (gr.Tabs(), *show_document(""))
        return (gr.Tabs(selected="library"), *show_document(c.doc_id, c.start, c.end))

    # ---- Precedents
    def precedents(query: str, k: float, *filter_args: Any) -> tuple[Any, str, list[dict[str, Any]]]:
        try:
            rows = h.precedents(query, k=int(k or 10), **filter_values(PRECEDENT_FILTERS, filter_args))
        except QuestionError as exc:
            return [], error_html(str(exc)), []
        if not rows:
            return [], "<p>No ruling or CCF decision matches these filters.</p>", []
        note = (
            f"<p>{len(rows)} decision(s), best match first. Sort with a column header's ⋮ menu; select a row "
            "to open the decision in the Library tab with its best passage highlighted.</p>"
        )
        return precedent_rows(rows), note, [r.to_dict() for r in rows]

    def open_precedent(found: list[dict[str, Any]], evt: gr.SelectData) -> tuple[Any, ...]:
        row = evt.row_value or []
        doc_id = str(row[-1]) if row else ""
        hit = next((r for r in found or [] if r["doc_id"] == doc_id), None)
        if hit is None:
            return (gr.Tabs(), *show_document(""))
        return (gr.Tabs(selected="library"), *show_document(doc_id, hit["start"], hit["end"]))

    # ---- Library
    def library() -> tuple[list[list[Any]], str]:
        errors = h.errors()
        if errors:
            items = "".join(
                f"<li><code>{esc(src)}</code>: {esc(err)}</li>" for src, err in sorted(errors.items())
            )
            err_html = f'<div class="rb-error"><p>Files skipped (not in the index):</p><ul>{items}</ul></div>'
        else:
            err_html = ""
        return library_rows(h.assistant.index.documents), err_html

    def open_library_row(evt: gr.SelectData) -> tuple[Any, ...]:
        row = evt.row_value or []
        return show_document(str(row[-1]) if row else "")

    def upload(
        file: str | None,
        title: str,
        doc_type: str,
        court: str,
        jurisdiction: str,
        date: str,
        language: str,
        outcome: str,
        completeness: str,
        grounds: str,
        source_url: str,
        progress: gr.Progress = gr.Progress(),  # noqa: B008 (Gradio's documented idiom)
    ) -> tuple[Any, ...]:
        meta = {
            "title": title,
            "doc_type": doc_type,
            "court_or_body": court,
            "jurisdiction": jurisdiction,
            "date": date,
            "language": language,
            "outcome": outcome,
            "completeness": completeness,
            "grounds": grounds,
            "source_url": source_url,
        }
        progress(0.0, desc="Adding the file to the corpus…")
        ok, message = h.upload(file, meta, lambda frac, msg: progress(frac, desc=msg))
        table, err_html = library()
        status = f'<div class="{"rb-ok" if ok else "rb-error"}" role="status"><p>{esc(message)}</p></div>'
        choices = h.jurisdictions()
        # After a successful upload the form is cleared for the next file; after a failure
        # it is kept, so the user can fix the metadata or pick another file.
        form: list[Any] = [None, "", "", "", "", "", "en", "", "", "", ""] if ok else [gr.skip()] * 11
        return (status, table, err_html, gr.Dropdown(choices=choices), gr.Dropdown(choices=choices), *form)

    # ---- Evaluate
    def show_report(out_dir: Path | None, note: str = "") -> tuple[Any, ...]:
        import pandas as pd

        if out_dir is None:
            return pd.DataFrame(), [], None, note or "No report yet: run the evaluation."
        table, plots, files, heading = h.report_view(out_dir)
        rows = [
            ["–" if v is None else v for v in row] for row in table if any(v is not None for v in row[1:])
        ]
        return (
            pd.DataFrame(rows, columns=h.eval_headers(out_dir)),
            plots,
            files,
            f"{note}\n\n**{heading}**".strip(),
        )

    def run_evaluation(
        set_name: str,
        baseline: bool,
        progress: gr.Progress = gr.Progress(track_tqdm=True),  # noqa: B008
    ) -> tuple[Any, ...]:
        progress(0.0, desc=f"Evaluating the {set_name} set…")
        try:
            out_dir = h.run_eval(set_name or "dev", bool(baseline))
        except ValueError as exc:
            lines = str(exc).splitlines()
            brief = " ".join(x.strip() for x in lines[:4]) + (
                f" … ({len(lines) - 4} more)" if len(lines) > 4 else ""
            )
            return show_report(None, f"**The evaluation could not run:** {brief}")
        return show_report(out_dir, f"Finished: the {set_name} set was run and its report written.")

    def last_report(set_name: str) -> tuple[Any, ...]:
        found = h.reports(set_name or "dev")
        return show_report(found[0] if found else None)

    jurisdictions = h.jurisdictions()
    with gr.Blocks(title="redbrief", analytics_enabled=False, delete_cache=(3600, 3600)) as demo:
        gr.Markdown(
            "# redbrief\nCited answers from the extradition and red-notice corpus. Every sentence is a "
            "verbatim quote with its source; when the corpus does not answer, it says so. "
            "Offline: nothing leaves this machine."
        )
        answer_state = gr.State(None)
        doc_state = gr.State(None)
        found_state = gr.State([])
        with gr.Tabs() as tabs:
            # ---------------------------------------------------------------- Ask
            with gr.Tab("Ask", id="ask"):
                with gr.Row():
                    question = gr.Textbox(
                        label="Question",
                        placeholder="e.g. Which court rejected China's request to extradite H., and when?",
                        scale=5,
                        lines=1,
                        max_lines=4,
                        elem_id="question",
                    )
                    ask_btn = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
                with gr.Accordion("Filters", open=False, elem_id="ask-filters"):
                    with gr.Row():
                        a_jur = gr.Dropdown(
                            jurisdictions,
                            value=None,
                            label="Jurisdiction",
                            allow_custom_value=True,
                            elem_id="ask-jurisdiction",
                        )
                        a_court = gr.Textbox(label="Court or body", placeholder="Court of Appeal, CCF…")
                        a_type = gr.Dropdown(
                            [("any", "")] + [(t, t) for t in DOC_TYPES], value="", label="Document type"
                        )
                        a_outcome = gr.Textbox(label="Outcome", placeholder="refused, Non-compliant…")
                        a_since = gr.Textbox(label="From (date)", placeholder="2019 or 2019-06")
                        a_until = gr.Textbox(label="To (date)", placeholder="2023")
                answer_html = gr.HTML(elem_id="answer")
                with gr.Row(visible=False) as memo_row:
                    docx_btn = gr.DownloadButton("Download memo (.docx)", size="sm", elem_id="memo-docx")
                    md_btn = gr.DownloadButton("Download memo (.md)", size="sm", elem_id="memo-md")
                gr.Markdown("### Sources")
                sources_html = gr.HTML(elem_id="sources")
                source_pick = gr.Radio(
                    choices=[],
                    label="Open a source document (in the Library tab)",
                    visible=False,
                    elem_id="open-source",
                )
                references = gr.Textbox(
                    label="Citations (conventional form, to copy)",
                    lines=2,
                    interactive=False,
                    buttons=["copy"],
                    elem_id="references",
                )

            # ---------------------------------------------------------- Precedents
            with gr.Tab("Precedents", id="precedents"):
                with gr.Row():
                    p_query = gr.Textbox(
                        label="Fact pattern or ground",
                        placeholder="e.g. extradition to China refused: risk of ill-treatment in detention",
                        scale=5,
                        elem_id="precedent-query",
                    )
                    p_btn = gr.Button("Search precedents", variant="primary", scale=1)
                with gr.Accordion("Filters", open=False):
                    with gr.Row():
                        p_jur = gr.Dropdown(
                            jurisdictions, value=None, label="Jurisdiction", allow_custom_value=True
                        )
                        p_court = gr.Textbox(label="Court or body")
                        p_outcome = gr.Textbox(label="Outcome")
                        p_ground = gr.Textbox(label="Ground", placeholder="Political character, Article 3…")
                        p_since = gr.Textbox(label="From (date)")
                        p_until = gr.Textbox(label="To (date)")
                        p_k = gr.Number(value=10, minimum=1, maximum=50, precision=0, label="Max decisions")
                p_note = gr.HTML()
                p_table = gr.Dataframe(
                    headers=PRECEDENT_HEADERS,
                    value=[],
                    interactive=False,
                    wrap=True,
                    label="Decisions",
                    elem_id="precedents-table",
                    column_widths=["4%", "13%", "8%", "11%", "11%", "33%", "12%", "8%"],
                )

            # -------------------------------------------------------------- Library
            with gr.Tab("Library", id="library"):
                with gr.Accordion("Add a document", open=False, elem_id="add-document"):
                    gr.Markdown(
                        f"A PDF, Markdown or text file of at most {settings.max_upload_mb} MB. The index is "
                        "updated incrementally: only the new file is embedded. Metadata is optional; a "
                        "text file's own YAML front matter is kept."
                    )
                    up_file = gr.File(
                        label="File (.pdf, .md, .txt)",
                        file_types=list(UPLOAD_SUFFIXES),
                        type="filepath",
                        elem_id="upload-file",
                    )
                    with gr.Row():
                        up_title = gr.Textbox(label="Title")
                        up_type = gr.Dropdown(
                            [("(not set)", "")] + [(t, t) for t in DOC_TYPES], value="", label="Document type"
                        )
                        up_court = gr.Textbox(label="Court or body")
                        up_jur = gr.Textbox(label="Jurisdiction")
                    with gr.Row():
                        up_date = gr.Textbox(label="Date", placeholder="YYYY-MM-DD")
                        up_lang = gr.Textbox(label="Language", value="en", placeholder="en, fr, zh…")
                        up_outcome = gr.Textbox(label="Outcome")
                        up_completeness = gr.Textbox(
                            label="Completeness", placeholder="complete, or partial (opening only)"
                        )
                    with gr.Row():
                        up_grounds = gr.Textbox(label="Grounds (separated by ;)")
                        up_url = gr.Textbox(label="Source URL")
                    up_btn = gr.Button("Add to library", variant="primary")
                    up_status = gr.HTML(elem_id="upload-status")
                lib_errors = gr.HTML()
                lib_table = gr.Dataframe(
                    headers=LIBRARY_HEADERS,
                    value=[],
                    interactive=False,
                    wrap=True,
                    label="Documents in the index (select one to read it)",
                    elem_id="library-table",
                    max_height=360,
                    column_widths=["26%", "9%", "17%", "10%", "9%", "9%", "10%", "10%"],
                )
                gr.Markdown("### Document")
                with gr.Row(visible=False, equal_height=True, elem_id="rb-page-row") as page_row:
                    prev_btn = gr.Button("◀ Previous page", size="sm", scale=0, min_width=140)
                    page_num = gr.Number(
                        label="Page", precision=0, minimum=1, scale=0, min_width=90, elem_id="doc-page"
                    )
                    page_of = gr.Markdown()
                    next_btn = gr.Button("Next page ▶", size="sm", scale=0, min_width=140)
                doc_html = gr.HTML(
                    "<p class='rb-meta'>Select a document above, a precedent, or a source of an answer.</p>",
                    js_on_load=DOC_VIEW_JS,
                    elem_id="document-view",
                )

            # ------------------------------------------------------------- Evaluate
            with gr.Tab("Evaluate", id="evaluate"):
                gr.Markdown(
                    "Run the gold questions (`evals/`) through this assistant and the stock LangChain "
                    "baseline. Tune on **dev**; report **test**."
                )
                with gr.Row():
                    ev_set = gr.Radio(["dev", "test"], value="dev", label="Question set")
                    ev_baseline = gr.Checkbox(value=True, label="Include the LangChain baseline")
                    ev_btn = gr.Button("Run evaluation", variant="primary")
                    ev_last = gr.Button("Show last report")
                ev_note = gr.Markdown()
                ev_table = gr.Dataframe(value=[], interactive=False, label="Summary", elem_id="eval-summary")
                ev_plots = gr.Gallery(
                    label="Plots", columns=2, format="png", object_fit="contain", height=420
                )
                ev_files = gr.File(label="Report files", file_count="multiple", interactive=False)

        # ---- events: Ask
        ask_inputs = [question, a_jur, a_court, a_type, a_outcome, a_since, a_until]
        ask_outputs = [answer_html, sources_html, references, answer_state, source_pick, memo_row]
        gr.on(
            [ask_btn.click, question.submit],
            ask,
            ask_inputs,
            ask_outputs,
            api_name="ask",
            concurrency_limit=4,
        ).then(export_memo, [answer_state], [docx_btn, md_btn], api_name="export_memo")
        doc_outputs = [doc_html, doc_state, page_row, page_num, page_of]
        source_pick.input(
            open_cited, [source_pick, answer_state], [tabs, *doc_outputs], api_visibility="private"
        )

        # ---- events: Precedents
        p_inputs = [p_query, p_k, p_jur, p_court, p_outcome, p_ground, p_since, p_until]
        gr.on(
            [p_btn.click, p_query.submit],
            precedents,
            p_inputs,
            [p_table, p_note, found_state],
            api_name="precedents",
        )
        p_table.select(open_precedent, [found_state], [tabs, *doc_outputs], api_visibility="private")

        # ---- events: Library
        demo.load(library, None, [lib_table, lib_errors], api_name="library")
        lib_table.select(open_library_row, None, doc_outputs, api_visibility="private")
        prev_btn.click(
            lambda s, p: turn_page(s, p, -1), [doc_state, page_num], doc_outputs, api_visibility="private"
        )
        next_btn.click(
            lambda s, p: turn_page(s, p, +1), [doc_state, page_num], doc_outputs, api_visibility="private"
        )
        page_num.submit(
            lambda s, p: turn_page(s, p, 0), [doc_state, page_num], doc_outputs, api_visibility="private"
        )
        gr.api(open_document, api_name="document")
        up_inputs = [
            up_file,
            up_title,
            up_type,
            up_court,
            up_jur,
            up_date,
            up_lang,
            up_outcome,
            up_completeness,
            up_grounds,
            up_url,
        ]
        up_btn.click(
            upload,
            up_inputs,
            [up_status, lib_table, lib_errors, a_jur, p_jur, *up_inputs],
            api_name="upload",
            concurrency_limit=1,
        )

        # ---- events: Evaluate
        ev_outputs = [ev_table, ev_plots, ev_files, ev_note]
        ev_btn.click(
            run_evaluation, [ev_set, ev_baseline], ev_outputs, api_name="evaluate", concurrency_limit=1
        )
        ev_last.click(last_report, [ev_set], ev_outputs, api_name="last_report")
    demo.redbrief_handlers = h  # type: ignore[attr-defined]
    return demo


def _theme() -> Any:
    # System fonts only: the page loads nothing from outside this machine.
    return gr.themes.Default(font=["system-ui", "sans-serif"], font_mono=["ui-monospace", "monospace"])


def launch(
    demo: Any,
    settings: Settings,
    *,
    auth: tuple[str, str] | None = None,
    port: int | None = None,
    host: str | None = None,
    block: bool = True,
    quiet: bool = False,
) -> Any:
    """Start the server with the app's security settings (used by ``serve`` and the tests)."""
    return demo.launch(
        server_name=host or settings.host,
        server_port=port if port is not None else settings.port,
        share=False,
        show_error=True,
        inbrowser=False,
        quiet=quiet,
        prevent_thread_lock=not block,
        auth=auth,
        auth_message="redbrief: sign in" if auth else None,
        # Gradio serves only its own uploads and what the handlers return (memos, report copies
        # in a private temp folder): no repository, corpus or index path is allowed.
        allowed_paths=[],
        max_file_size=f"{int(settings.max_upload_mb)}mb",
        enable_monitoring=False,
        ssr_mode=False,
        mcp_server=False,
        pwa=False,
        footer_links=[],
        run_history=False,  # no per-browser record of questions (and no offer to sync it anywhere)
        theme=_theme(),
        css=CSS,
    )


def serve(settings: Settings, build: bool = True, auth: str | None = None) -> None:
    """``redbrief serve``: load (and if needed build) the index and serve the app.

    ``auth`` (``user:password``) or the REDBRIEF_AUTH environment variable turns on a login page.
    """
    credentials = parse_auth(auth if auth is not None else os.environ.get("REDBRIEF_AUTH"))
    if settings.host not in {"127.0.0.1", "localhost", "::1"} and credentials is None:
        print(
            f"redbrief: warning: serving on {settings.host} without --auth: anyone who can reach this "
            "machine can read the corpus.",
            file=sys.stderr,
        )
    assistant = Assistant.load(settings, build=build, show_progress_bar=True)
    assistant.warm_up()
    demo = build_app(assistant)
    print(f"redbrief: serving on http://{settings.host}:{settings.port}  (Ctrl+C to stop)")
    launch(demo, settings, auth=credentials)


__all__ = [
    "Handlers",
    "build_app",
    "launch",
    "parse_auth",
    "render_answer",
    "render_document",
    "render_sources",
    "serve",
]
