"""The Gradio page, served on 127.0.0.1 and driven through gradio_client (the same
function the page's Ask button calls)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest

from app import Assistant
from app.ui import build_app, render_answer, render_sources


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def served(small_assistant: Assistant) -> Iterator[str]:
    demo = build_app(small_assistant)
    port = _free_port()
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, share=False, quiet=True)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        demo.close()


def test_page_answers_with_citation_over_the_api(served: str) -> None:
    from gradio_client import Client

    client = Client(served, verbose=False)
    answer_html, sources_html = client.predict(
        "Which court refused the extradition of Mr H., and when?", "", "", "", "", "", api_name="/ask"
    )
    assert "July 2021" in answer_html
    assert 'href="#rb-cite-1"' in answer_html
    assert "Bordeaux Court of Appeal" in sources_html and "<mark>" in sources_html


def test_page_shows_abstention_and_filters(served: str) -> None:
    from gradio_client import Client

    client = Client(served, verbose=False)
    answer_html, sources_html = client.predict(
        "What is the best recipe for sourdough bread?", "", "", "", "", "", api_name="/ask"
    )
    assert "does not answer" in answer_html and "Nearest passages" in sources_html
    answer_html, sources_html = client.predict(
        "Which decision concerned political character?", "INTERPOL", "", "", "", "", api_name="/ask"
    )
    assert "CCF" in sources_html and "Bordeaux" not in sources_html


def test_corpus_text_is_escaped_never_rendered(small_assistant: Assistant) -> None:
    answer = small_assistant.ask("Which court refused the extradition of Mr H.?")
    c = answer.citations[0]
    hostile: Any = type(c)(
        **{**c.__dict__, "quote": c.quote + "<script>alert(1)</script>", "title": "<b>x</b>"}
    )
    answer.citations[0] = hostile
    html_out = render_sources(answer) + render_answer(answer)
    assert "<script>" not in html_out and "&lt;script&gt;" in html_out
    assert "<b>x</b>" not in html_out
