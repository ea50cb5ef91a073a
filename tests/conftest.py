"""Shared fixtures: a small real corpus (Markdown, plain text, a two-page PDF) and its
index, built once per session with the real embedding model and real FAISS."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

from app.config import REPO_ROOT, Settings  # noqa: E402

RULING = """---
id: bordeaux-2021
title: "Chambre de l'instruction, Bordeaux Court of Appeal, extradition of Mr H."
doc_type: ruling
court_or_body: Bordeaux Court of Appeal
jurisdiction: France
date: "2021-07-15"
language: en
source_url: https://example.org/bordeaux
outcome: extradition refused
completeness: complete
grounds: [political character]
---

# Decision

1. The People's Republic of China requested the extradition of Mr H., a businessman arrested at Bordeaux airport on the basis of an INTERPOL red notice.

2. The court found that the request had a political character. It noted pressure placed on the family of Mr H. in China to persuade him to return.

3. For these reasons, the Bordeaux Court of Appeal refused the extradition in July 2021.
"""

CCF = """---
id: ccf-2022-1
title: "CCF Decision No. 1 (2022)"
doc_type: ccf_decision
court_or_body: "Commission for the Control of INTERPOL's Files (CCF)"
jurisdiction: INTERPOL
date: "2022-01"
language: en
source_url: ""
outcome: Non-compliant
completeness: "partial (opening only)"
grounds: ["Article 3", "Political character"]
---

## Findings

12. The Commission found that the data concerning the Applicant were not compliant with Article 3 of INTERPOL's Constitution, which forbids any intervention of a political character.

[…gap: text not available…]

13. The Commission decided that the red notice shall be deleted from INTERPOL's files.
"""

REPORT = """Persuasion to return is a method of involuntary return used against fugitives abroad.

Chinese authorities claim that from April 2021 to July 2022, 230,000 nationals had been persuaded to return to face criminal proceedings in China.

Relatives of the targets at home may be denied access to schools and public services until the target returns.
"""

PDF_PAGES = [
    "Supreme Court of Sweden. Judgment in the case of Qiao Jianjun. The People's Republic of China "
    "requested the extradition of the applicant for embezzlement.",
    "The Supreme Court found that there was a risk of persecution on grounds of political opinion. "
    "Extradition to China could therefore not take place.",
]


def make_pdf(path: Path, pages: list[str]) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 8, text)
    pdf.output(str(path))
    return path


def write_small_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    (corpus / "bordeaux-2021.md").write_text(RULING, encoding="utf-8")
    (corpus / "ccf-2022-1.md").write_text(CCF, encoding="utf-8")
    (corpus / "persuasion-report.txt").write_text(REPORT, encoding="utf-8")
    make_pdf(corpus / "sweden-qiao.pdf", PDF_PAGES)
    (corpus / "sweden-qiao.pdf.meta.yaml").write_text(
        "id: se-qiao\ntitle: Qiao Jianjun judgment\ndoc_type: ruling\ncourt_or_body: Supreme Court of Sweden\n"
        "jurisdiction: Sweden\ndate: '2019'\nlanguage: en\noutcome: extradition refused\ncompleteness: complete\n",
        encoding="utf-8",
    )
    return corpus


@pytest.fixture(scope="session")
def small_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings pointing at a freshly written small corpus and an index built from it."""
    from app.store import build_index

    root = tmp_path_factory.mktemp("small")
    corpus = write_small_corpus(root)
    settings = Settings.load(corpus_dir=corpus, index_dir=root / "index")
    report = build_index(settings)
    assert not report.errors, report.errors
    return settings


@pytest.fixture(scope="session")
def small_assistant(small_settings: Settings):
    from app import Assistant

    return Assistant.load(small_settings, build=False)


@pytest.fixture()
def fresh_corpus(tmp_path: Path) -> Settings:
    """A private copy of the small corpus (for tests that change files)."""
    corpus = write_small_corpus(tmp_path)
    return Settings.load(corpus_dir=corpus, index_dir=tmp_path / "index")


@pytest.fixture(scope="session")
def bundled_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The bundled corpus, indexed once into a private folder (the repo's index/ is left alone)."""
    from app.store import build_index

    cache = REPO_ROOT / "index"
    settings = Settings.load(corpus_dir=REPO_ROOT / "corpus", index_dir=cache)
    build_index(settings)  # incremental: a no-op when the repo index is current
    private = tmp_path_factory.mktemp("bundled") / "index"
    shutil.copytree(cache, private, ignore=shutil.ignore_patterns("README.md"))
    return settings.replace(index_dir=private)


@pytest.fixture(scope="session")
def bundled_assistant(bundled_settings: Settings):
    from app import Assistant

    return Assistant.load(bundled_settings, build=False)
