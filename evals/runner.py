"""Run the gold questions through the Assistant (and the baseline) and write a report."""

from __future__ import annotations

import hashlib
import json
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.assistant import Assistant
from app.config import REPO_ROOT, Settings
from app.documents import DocumentError, corpus_files, load_document
from app.embeddings import _cached_query
from evals.gold import GoldQuestion, load_gold, validate
from evals.metrics import aggregate, breakdown, score_question
from evals.ragas_check import RagasCheck

REPORTS_DIR = Path(__file__).resolve().parent / "reports"
AnswerFn = Callable[[GoldQuestion], dict[str, Any]]


@dataclass
class RunResult:
    label: str
    settings: dict[str, Any]
    rows: list[dict[str, Any]] = field(default_factory=list)
    results: list[dict[str, Any]] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)
    by_kind: dict[str, Any] = field(default_factory=dict)
    by_language: dict[str, Any] = field(default_factory=dict)


def corpus_texts(corpus_dir: Path) -> dict[str, str]:
    """Document texts read straight from the corpus files (not from the index)."""
    texts = {}
    for path in corpus_files(corpus_dir):
        try:
            doc = load_document(path, corpus_dir)
        except DocumentError:
            continue
        texts[doc.id] = doc.text
    return texts


def evaluate(
    label: str,
    answer: AnswerFn,
    questions: list[GoldQuestion],
    doc_texts: dict[str, str],
    settings: dict[str, Any],
    ragas: RagasCheck | None = None,
    progress: bool = True,
) -> RunResult:
    run = RunResult(label, settings)
    iterator: Any = questions
    if progress:
        from tqdm import tqdm

        iterator = tqdm(questions, desc=f"eval {label}", unit="q", file=sys.stderr)
    for q in iterator:
        result = answer(q)
        row = score_question(q, result, doc_texts)
        if ragas is not None and q.answerable:
            # RAGAS compares strings: gold quotes are sentences, so retrieved passages are
            # given as their sentences too (a whole passage never resembles one sentence).
            retrieved = [
                s
                for p in result.get("retrieved", [])[:5]
                for s in _sentences(doc_texts[p["doc_id"]][p["start"] : p["end"]])
            ]
            row.update(ragas.score(q.question, retrieved, [e.quote for e in q.evidence]))
        run.rows.append(row)
        run.results.append({"id": q.id, "label": label, **result, "scores": row})
    run.summary = aggregate(run.rows)
    run.by_kind = breakdown(run.rows, "kind")
    run.by_language = breakdown(run.rows, "language")
    return run


def _sentences(text: str) -> list[str]:
    from app.chunking import split_sentences

    return [text[a:b] for a, b in split_sentences(text)]


def assistant_answer_fn(assistant: Assistant) -> AnswerFn:
    def answer(q: GoldQuestion) -> dict[str, Any]:
        t0 = time.perf_counter()
        a = assistant.ask(q.question, filters=q.filters or None)
        latency = (time.perf_counter() - t0) * 1000
        return {**a.to_dict(), "latency_ms": latency}

    return answer


def settings_for(config: Path | None, base: Settings) -> Settings:
    """A config's settings; a config that changes chunking gets its own cached index."""
    settings = Settings.load(config, corpus_dir=base.corpus_dir, index_dir=base.index_dir) if config else base
    if settings.chunking_params() != base.chunking_params():
        digest = hashlib.sha256(json.dumps(settings.chunking_params(), sort_keys=True).encode()).hexdigest()[
            :10
        ]
        settings = settings.replace(index_dir=REPO_ROOT / ".cache" / f"index-{digest}")
    return settings


def run_eval(
    set_name: str = "dev",
    configs: list[Path | None] | None = None,
    baseline: bool = True,
    base: Settings | None = None,
    out_root: Path = REPORTS_DIR,
    progress: bool = True,
    ragas: bool = True,
    write: bool = True,
) -> tuple[Path | None, list[RunResult]]:
    base = base or Settings.load()
    questions = load_gold(set_name)
    doc_texts = corpus_texts(base.corpus_dir)
    problems = validate(questions, doc_texts)
    if problems:
        raise ValueError("gold set is invalid:\n  " + "\n  ".join(problems[:20]))
    checker = RagasCheck() if ragas else None
    runs: list[RunResult] = []
    first_assistant: Assistant | None = None
    for config in configs or [None]:
        settings = settings_for(config, base)
        assistant = Assistant.load(settings, build=True, show_progress_bar=progress)
        _cached_query.cache_clear()  # each configuration pays for its own query embeddings
        first_assistant = first_assistant or assistant
        assistant.ask("warm-up question about extradition")  # model and caches loaded before timing
        label = config.stem if config else "redbrief"
        settings_dict = {k: str(v) if isinstance(v, Path) else v for k, v in asdict(settings).items()}
        runs.append(
            evaluate(
                label, assistant_answer_fn(assistant), questions, doc_texts, settings_dict, checker, progress
            )
        )
    if baseline and first_assistant is not None:
        from evals.baseline import LangChainBaseline

        bl = LangChainBaseline(first_assistant)
        bl.ask("warm-up question about extradition")

        def bl_answer(q: GoldQuestion) -> dict[str, Any]:
            return bl.ask(q.question)

        runs.append(
            evaluate(
                bl.label,
                bl_answer,
                questions,
                doc_texts,
                {"recipe": "FAISS+BM25Retriever+EnsembleRetriever"},
                checker,
                progress,
            )
        )
    out_dir = None
    if write:
        from evals.report import write_report

        out_dir = out_root / time.strftime("%Y%m%d-%H%M%S")
        ragas_state = (
            "computed"
            if checker and checker.available
            else "not importable"
            if checker
            else "off (--no-ragas)"
        )
        write_report(out_dir, set_name, runs, ragas_state)
    return out_dir, runs
