"""A real browser against the real app: Playwright driving Debian's Chromium (/usr/bin/chromium,
installed by `make browser`, a prerequisite of `make test`) on 127.0.0.1.

One walk through the tool as a lawyer and a paralegal would use it: ask, follow a [n] marker,
copy a citation, open the source, filter, search precedents (sort, open one), upload a PDF and
get it answered, download the memo. A screenshot of each step goes to test-output/browser/.
The page must load nothing from outside this machine.

Without Chromium or Playwright the test is skipped locally, with the reason, and fails in CI.
"""

from __future__ import annotations

import os
import re
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app import Assistant
from app.config import REPO_ROOT, Settings
from app.store import build_index
from app.ui import build_app, launch
from tests.conftest import make_pdf, write_small_corpus

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SHOTS = REPO_ROOT / "test-output" / "browser"
TIMEOUT = 30_000  # ms, for any one server round trip


def _require_browser() -> None:
    problems = []
    if not os.access(CHROMIUM, os.X_OK):
        problems.append(f"{CHROMIUM} is missing (run `make browser`: apt-get install -y chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        problems.append("the playwright package is missing (pip install -c constraints.txt -e '.[dev]')")
    if problems:
        reason = "real-browser test cannot run: " + "; ".join(problems)
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(reason)
        pytest.skip(reason)


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Settings]]:
    """The app over a private copy of the small corpus (the upload changes it)."""
    _require_browser()
    root = tmp_path_factory.mktemp("browser")
    settings = Settings.load(corpus_dir=write_small_corpus(root), index_dir=root / "index")
    build_index(settings)
    demo = build_app(Assistant.load(settings, build=False), reports_dir=root / "reports")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    launch(demo, settings, port=port, block=False, quiet=True)
    try:
        yield f"http://127.0.0.1:{port}/", settings
    finally:
        demo.close()


@pytest.fixture()
def page(app_url: tuple[str, Settings]) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    url = app_url[0]
    outside: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=url.rstrip("/"))
        context.set_default_timeout(TIMEOUT)

        def guard(route: Any) -> None:
            req_url = route.request.url
            if req_url.startswith(("http://127.0.0.1", "data:", "blob:")):
                route.continue_()
            else:  # nothing may leave the machine: record it and refuse it
                outside.append(req_url)
                route.abort()

        context.route("**/*", guard)
        pg = context.new_page()
        pg.goto(url)
        pg.outside_requests = outside  # type: ignore[attr-defined]
        try:
            yield pg
        finally:
            context.close()
            browser.close()
    assert not outside, f"the page requested resources outside this machine: {outside}"


class Steps:
    """Numbered screenshots: test-output/browser/NN-name.png."""

    def __init__(self, page: Any) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        for old in SHOTS.glob("*.png"):
            old.unlink()
        self.page, self.n = page, 0

    def shot(self, name: str, full_page: bool = False) -> None:
        self.n += 1
        self.page.screenshot(path=str(SHOTS / f"{self.n:02d}-{name}.png"), full_page=full_page)


def ask(page: Any, question: str, press_enter: bool = True) -> None:
    box = page.get_by_label("Question")
    box.fill(question)
    before = page.locator("#answer").inner_html()
    if press_enter:
        box.press("Enter")
    else:
        page.get_by_role("button", name="Ask", exact=True).click()
    # Wait for the new answer (not the previous one) to arrive.
    page.wait_for_function(
        "([before]) => { const el = document.querySelector('#answer');"
        " return el && el.innerHTML !== before && el.querySelector('#rb-answered, #rb-abstained, .rb-error'); }",
        arg=[before],
    )


def in_viewport(page: Any, selector: str) -> bool:
    return bool(
        page.evaluate(
            "(sel) => { const r = document.querySelector(sel).getBoundingClientRect();"
            " return r.top >= 0 && r.top < window.innerHeight; }",
            selector,
        )
    )


def hit_in_view(page: Any) -> None:
    """Wait until the highlighted passage of the document view is scrolled into the window."""
    page.wait_for_function(
        "() => { const h = document.querySelector('#rb-hit'); if (!h) return false;"
        " const r = h.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }"
    )
    page.wait_for_timeout(300)  # let the view settle (no pending-update fade) before a screenshot


def test_a_user_session_in_a_real_browser(page: Any, app_url: tuple[str, Settings], tmp_path: Path) -> None:
    from docx import Document
    from playwright.sync_api import expect

    steps = Steps(page)
    expect(page.get_by_role("heading", name="redbrief")).to_be_visible()
    expect(page.get_by_role("tab", name="Ask")).to_be_visible()
    steps.shot("home")

    # --- Ask (Enter submits): an answer with [n] markers, sources with highlighted quotes.
    ask(page, "Which court refused the extradition of Mr H., and when?")
    answer = page.locator("#rb-answered")
    expect(answer).to_contain_text("July 2021")
    markers = answer.locator("a.rb-marker")
    assert markers.count() >= 1
    first = page.locator("#rb-cite-1")
    expect(first).to_contain_text("Bordeaux Court of Appeal")
    expect(first).to_contain_text("2021-07-15")
    expect(first.locator("mark")).to_contain_text("refused the extradition in July 2021")
    steps.shot("answer", full_page=True)

    # --- A [n] marker jumps to its source.
    last_n = markers.last.get_attribute("data-n")
    markers.last.click()
    card = f"#rb-cite-{last_n}"
    expect(page.locator(card)).to_have_class(re.compile(r"\brb-flash\b"))
    assert in_viewport(page, card), "the cited source is scrolled into view"
    steps.shot("marker-jumps-to-source")

    # --- Copy a conventional citation (one per source, and the whole list).
    first.get_by_role("button", name="Copy citation").click()
    expect(first.get_by_role("button", name="Copied")).to_be_visible()
    clip = page.evaluate("navigator.clipboard.readText()")
    assert clip.startswith("Chambre de l'instruction, Bordeaux Court of Appeal") and "para. 3" in clip
    refs = page.locator("#references")  # the list of all citations, with Gradio's copy button
    expect(refs.get_by_text("Citations (conventional form, to copy)")).to_be_visible()
    expect(refs.locator("textarea")).to_have_value(re.compile(r"^\[1\] Chambre de l'instruction"))
    refs.get_by_role("button", name="Copy").click()
    page.wait_for_function("() => navigator.clipboard.readText().then(t => t.startsWith('[1] '))")
    assert "[2] " in page.evaluate("navigator.clipboard.readText()")

    # --- Open the source document: the Library tab, the passage highlighted and in view.
    page.get_by_role("radio", name=re.compile(r"^\[1\] Chambre de l'instruction")).check()
    expect(page.get_by_role("tab", name="Library", selected=True)).to_be_visible()
    doc = page.locator("#rb-doc")
    expect(doc).to_have_attribute("data-doc", "bordeaux-2021")
    expect(doc.locator("#rb-hit")).to_contain_text("refused the extradition in July 2021")
    hit_in_view(page)
    steps.shot("source-document")

    # --- A filter: jurisdiction INTERPOL leaves only the CCF decision (a partial text, flagged).
    page.get_by_role("tab", name="Ask").click()
    page.locator("#ask-filters").get_by_text("Filters").click()
    page.get_by_label("Jurisdiction").first.click()
    page.get_by_role("option", name="INTERPOL").click()
    ask(page, "Which decision concerned political character?", press_enter=False)
    sources = page.locator("#sources")
    expect(sources).to_contain_text("CCF Decision No. 1 (2022)")
    expect(sources).not_to_contain_text("Bordeaux")
    expect(sources.locator(".rb-partial").first).to_contain_text("partial text")
    steps.shot("filtered-answer", full_page=True)

    # --- Precedents: a sortable table; selecting a row opens the decision.
    page.get_by_role("tab", name="Precedents").click()
    page.get_by_label("Fact pattern or ground").fill("refusal of extradition because of political character")
    page.get_by_role("button", name="Search precedents").click()
    table = page.locator("#precedents-table")
    expect(table.get_by_role("gridcell", name="Bordeaux Court of Appeal", exact=True)).to_be_visible()
    date_header = table.get_by_role("columnheader", name="Date")
    date_header.hover()
    date_header.get_by_role("button", name="Open cell menu").click()
    page.get_by_role("menuitem", name="Sort ascending").click()
    dates = [c.inner_text() for c in table.locator("[role=gridcell][data-col='2']").all()]
    assert dates == sorted(dates) and len(dates) >= 2, dates
    steps.shot("precedents-sorted", full_page=True)
    table.get_by_role("gridcell", name="Supreme Court of Sweden", exact=True).click()
    expect(page.get_by_role("tab", name="Library", selected=True)).to_be_visible()
    expect(doc).to_have_attribute("data-doc", "se-qiao")
    expect(page.locator("#rb-doc-page")).to_contain_text("Page 2 of 2")  # a PDF, page by page
    expect(doc.locator("#rb-hit")).to_contain_text("risk of persecution")
    hit_in_view(page)
    steps.shot("precedent-opened")
    page.get_by_role("button", name="◀ Previous page").click()
    expect(page.locator("#rb-doc-page")).to_contain_text("Page 1 of 2")
    expect(doc).to_contain_text("embezzlement")
    expect(doc.locator("#rb-hit")).to_have_count(0)  # the passage is on page 2

    # --- Upload a PDF with its metadata; the index updates; the new text is answerable.
    pdf = make_pdf(
        tmp_path / "Gao ruling.pdf",
        [
            "The Cotonou court ordered the release of Gao Jianhuan because the extradition file was incomplete."
        ],
    )
    form = page.locator("#add-document")
    form.get_by_text("Add a document").click()
    form.locator("input[type=file]").set_input_files(str(pdf))
    expect(form.get_by_text("Gao ruling.pdf")).to_be_visible()
    form.get_by_label("Title").fill("Cotonou ruling on Gao")
    form.get_by_label("Court or body").fill("Cotonou Court of Appeal")
    form.get_by_label("Jurisdiction").fill("Benin")
    form.get_by_label("Date").fill("2019-03")
    form.get_by_role("button", name="Add to library").click()
    status = page.locator("#upload-status")
    expect(status.locator(".rb-ok")).to_contain_text("corpus/Gao-ruling.pdf", timeout=60_000)
    expect(page.locator("#library-table")).to_contain_text("Cotonou ruling on Gao")
    steps.shot("uploaded", full_page=True)
    assert (app_url[1].corpus_dir / "Gao-ruling.pdf").is_file()

    page.reload()  # a fresh page: no filter left over from above
    ask(page, "Why did the Cotonou court release Gao Jianhuan?")
    expect(page.locator("#rb-answered")).to_contain_text("extradition file was incomplete")
    expect(page.locator("#rb-cite-1")).to_contain_text("Cotonou ruling on Gao")
    steps.shot("uploaded-document-answers", full_page=True)

    # --- Export the memo (DOCX and Markdown downloads).
    with page.expect_download() as info:
        page.get_by_role("button", name="Download memo (.docx)").click()
    docx_path = SHOTS / "memo.docx"
    info.value.save_as(str(docx_path))
    assert info.value.suggested_filename.endswith(".docx")
    text = "\n".join(p.text for p in Document(str(docx_path)).paragraphs)
    assert "Why did the Cotonou court release Gao Jianhuan?" in text
    assert "Cotonou ruling on Gao" in text and "extradition file was incomplete" in text
    with page.expect_download() as info:
        page.get_by_role("button", name="Download memo (.md)").click()
    md_path = SHOTS / "memo.md"
    info.value.save_as(str(md_path))
    md = md_path.read_text(encoding="utf-8")
    assert md.startswith("# Research memo") and "Cotonou ruling on Gao" in md
    steps.shot("memo-downloaded")
