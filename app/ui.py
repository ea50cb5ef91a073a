"""The Gradio page: a thin layer over ``Assistant`` — no retrieval or answering here.

Every piece of corpus text is HTML-escaped before it is shown: a document is quoted,
never rendered or obeyed.
"""

from __future__ import annotations

import html
import os
from typing import Any

from app.assistant import Answer, Assistant, Citation, QuestionError
from app.config import Settings
from app.filters import Filters
from app.verify import normalize

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

DOC_TYPES = ["", "report", "ruling", "ccf_decision", "statute", "treaty", "rules", "news"]

CSS = """
.rb-cite { border: 1px solid #ccc; border-radius: 6px; padding: 8px 12px; margin: 8px 0; }
.rb-cite mark { background: #fff2a8; }
.rb-meta { color: #555; font-size: 0.9em; }
.rb-partial { color: #a33; font-weight: bold; }
.rb-abstain { border-left: 4px solid #c80; padding-left: 8px; }
"""


def render_answer(answer: Answer) -> str:
    """The answer as HTML: escaped text, [n] markers linking to their source."""
    if answer.abstained:
        return f'<div class="rb-abstain"><p>{html.escape(answer.answer)}</p></div>'
    text = html.escape(answer.answer)
    for c in answer.citations:
        text = text.replace(f"[{c.n}]", f'<a href="#rb-cite-{c.n}" class="rb-marker">[{c.n}]</a>')
    return f'<div class="rb-answer"><p>{text}</p></div>'


def render_citation(c: Citation, label: str | None = None) -> str:
    passage = c.quote
    spans: list[tuple[int, int]] = []
    for s in c.sentences:
        i = passage.find(s)
        if i >= 0:
            spans.append((i, i + len(s)))
    out, pos = [], 0
    for a, b in sorted(spans):
        out.append(html.escape(passage[pos:a]))
        out.append(f"<mark>{html.escape(passage[a:b])}</mark>")
        pos = b
    out.append(html.escape(passage[pos:]))
    body = "".join(out).replace("\n", "<br>")
    partial = (
        f' <span class="rb-partial" title="{html.escape(c.completeness)}">partial text</span>'
        if c.partial
        else ""
    )
    head = label or f"[{c.n}]"
    return (
        f'<div class="rb-cite" id="rb-cite-{c.n}">'
        f"<div><b>{html.escape(head)} {html.escape(c.title)}</b>{partial}</div>"
        f'<div class="rb-meta">{html.escape(c.reference())} · {html.escape(c.source)}</div>'
        f"<blockquote>{body}</blockquote></div>"
    )


def render_sources(answer: Answer) -> str:
    if answer.citations:
        return "".join(render_citation(c) for c in answer.citations)
    if answer.nearest:
        head = "<p><b>Nearest passages</b> — shown for checking; none of them answers the question.</p>"
        return head + "".join(render_citation(c, f"near {c.n}") for c in answer.nearest)
    return ""


def build_app(assistant: Assistant) -> Any:
    import gradio as gr

    def ask(
        question: str, jurisdiction: str, doc_type: str, court: str, since: str, until: str
    ) -> tuple[str, str]:
        filters = Filters.from_dict(
            {
                "jurisdiction": jurisdiction,
                "doc_type": doc_type,
                "court": court,
                "since": since,
                "until": until,
            }
        )
        try:
            answer = assistant.ask(question, filters=filters)
        except QuestionError as exc:
            return f"<p>{html.escape(str(exc))}</p>", ""
        return render_answer(answer), render_sources(answer)

    with gr.Blocks(title="redbrief", analytics_enabled=False) as demo:
        gr.Markdown(
            "# redbrief\nCited answers from the extradition and red-notice corpus. Every sentence is a "
            "verbatim quote with its source; when the corpus does not answer, it says so."
        )
        with gr.Row():
            question = gr.Textbox(
                label="Question",
                placeholder="e.g. Which court rejected China's request to extradite H.?",
                scale=5,
                elem_id="question",
            )
            ask_btn = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
        with gr.Accordion("Filters", open=False):
            with gr.Row():
                jurisdiction = gr.Textbox(label="Jurisdiction", placeholder="France, INTERPOL, Sweden…")
                doc_type = gr.Dropdown(DOC_TYPES, value="", label="Document type")
                court = gr.Textbox(label="Court or body", placeholder="Court of Appeal, CCF…")
                since = gr.Textbox(label="From (year)", placeholder="2019")
                until = gr.Textbox(label="To (year)", placeholder="2023")
        answer_html = gr.HTML(label="Answer", elem_id="answer")
        sources_html = gr.HTML(label="Sources", elem_id="sources")
        inputs = [question, jurisdiction, doc_type, court, since, until]
        ask_btn.click(ask, inputs, [answer_html, sources_html], api_name="ask")
        question.submit(ask, inputs, [answer_html, sources_html], api_visibility="private")
    return demo


def serve(settings: Settings, build: bool = True) -> None:
    assistant = Assistant.load(settings, build=build, show_progress_bar=True)
    demo = build_app(assistant)
    print(f"redbrief: serving on http://{settings.host}:{settings.port}  (Ctrl+C to stop)")
    demo.launch(
        server_name=settings.host,
        server_port=settings.port,
        share=False,
        show_error=True,
        inbrowser=False,
        css=CSS,
    )


__all__ = ["build_app", "normalize", "render_answer", "render_sources", "serve"]
