"""One measurement process: load an index, time ``ask`` by stage, its memory, and the recipe.

Run by ``benchmarks.scale`` in a fresh subprocess per index (so resident memory is this
index's alone); prints one JSON object as its last line.

    python -m benchmarks.worker [--index DIR] [--questions N] [--baseline] [--filters]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from benchmarks.common import questions, rss_mb, summary_ms

# "cross_lingual": the question's language and the other-language passages (a third,
# dense-only ranking for non-English questions); "fusion": the rest of retrieval (RRF).
STAGES = ("embed", "dense", "bm25", "cross_lingual", "fusion", "evidence", "answerability", "composition")


class StageClock:
    """Wraps the assistant's parts to time each stage of ``ask`` without changing it."""

    def __init__(self, assistant: Any) -> None:
        import app.assistant as assistant_module

        self.current: dict[str, float] = {}
        r = assistant.retriever
        r._dense = self._wrap("dense", r._dense)
        r._lexical = self._wrap("bm25", r._lexical)
        if hasattr(r, "_other_language_passages"):
            r._other_language_passages = self._wrap("cross_lingual", r._other_language_passages)
        assistant._check_anchors = self._wrap("answerability", assistant._check_anchors)
        if hasattr(assistant_module, "expected_type"):
            assistant_module.expected_type = self._wrap("answerability", assistant_module.expected_type)
        assistant_module.select_sentences = self._wrap("evidence", assistant_module.select_sentences)

    def _wrap(self, stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.current[stage] = self.current.get(stage, 0.0) + time.perf_counter() - t

        return timed

    def ask(self, assistant: Any, question: str, filters: dict[str, str] | None = None) -> dict[str, float]:
        """One ask; seconds per stage (fusion, composition: what the wrapped parts leave)."""
        self.current = {}
        t = time.perf_counter()
        answer = assistant.ask(question, filters=filters)
        total = time.perf_counter() - t
        st = dict(self.current)
        timings = answer.timings
        out = {s: st.get(s, 0.0) for s in STAGES}
        out["embed"] = timings.get("embed", 0.0)
        retrieve = timings.get("retrieve", 0.0)
        out["fusion"] = max(0.0, retrieve - out["dense"] - out["bm25"] - out["cross_lingual"])
        # select_sentences runs inside "select", as do the anchor checks.
        out["composition"] = max(
            0.0, total - out["embed"] - retrieve - out["evidence"] - out["answerability"]
        )
        out["total"] = total
        return out


def clear_query_cache() -> None:
    from app import embeddings

    embeddings._cached_query.cache_clear()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--index", help="index folder (default: the bundled corpus' index/)")
    ap.add_argument("--settings", default="{}", help="JSON of Settings overrides")
    ap.add_argument("--questions", type=int, default=0, help="number of gold questions (0: all dev)")
    ap.add_argument("--rounds", type=int, default=2, help="timed passes over the questions")
    ap.add_argument("--baseline", action="store_true", help="also time the stock LangChain recipe")
    ap.add_argument("--baseline-questions", type=int, default=0, help="questions for the recipe (0: same)")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    from app.assistant import Assistant
    from app.config import Settings

    overrides = json.loads(args.settings)
    if args.index:
        overrides["index_dir"] = args.index
    settings = Settings.load(**overrides)
    t_import = time.perf_counter() - t0
    t = time.perf_counter()
    assistant = Assistant.load(settings, build=not args.index)
    t_load = time.perf_counter() - t
    mem_loaded = rss_mb()
    qs = questions(args.questions or None)
    out: dict[str, Any] = {
        "passages": len(assistant.index.passages),
        "sentences": int(assistant.index.sentence_vectors.shape[0]),
        "documents": len(assistant.index.documents),
        "dense": assistant.index.manifest.get("dense", {"backend": "faiss", "type": "flat"}),
        "sentence_vector_dtype": str(assistant.index.sentence_vectors.dtype),
        "import_s": round(t_import, 3),
        "load_s": round(t_load, 3),
        "memory_after_load": mem_loaded,
        "questions": len(qs),
    }
    # First answer (embedder load, first page faults), then one warm-up pass.
    t = time.perf_counter()
    assistant.ask(qs[0])
    out["first_ask_ms"] = round((time.perf_counter() - t) * 1000, 1)
    clock = StageClock(assistant)
    for q in qs:
        assistant.ask(q)

    # Warm asks, every question new to the query-embedding cache (the fair comparison).
    per_stage: dict[str, list[float]] = {s: [] for s in (*STAGES, "total")}
    for _ in range(args.rounds):
        for q in qs:
            clear_query_cache()
            rec = clock.ask(assistant, q)
            for s, v in rec.items():
                per_stage[s].append(v)
    out["ask"] = summary_ms(per_stage["total"])
    out["stages"] = {s: summary_ms(v) for s, v in per_stage.items() if s != "total"}
    # Warm asks of questions asked before (embedding served from the cache).
    cached = []
    for q in qs:
        assistant.ask(q)  # asked once (embedding cached) …
        t = time.perf_counter()
        assistant.ask(q)  # … then again
        cached.append(time.perf_counter() - t)
    out["ask_cached_embedding"] = summary_ms(cached)
    # Filtered asks: a broad and a narrow filter (applied before ranking).
    docs = list(assistant.index.documents.values())
    jur = max(
        {d.jurisdiction for d in docs if d.jurisdiction}, key=lambda j: sum(d.jurisdiction == j for d in docs)
    )
    narrow = {"doc_type": "ccf_decision", "since": "2021"}
    filt: dict[str, list[float]] = {"broad": [], "narrow": []}
    allowed = {}
    for name, f in (("broad", {"jurisdiction": jur}), ("narrow", narrow)):
        from app.filters import Filters

        ids = assistant.retriever.allowed(Filters.from_dict(f))
        allowed[name] = {"filter": f, "passages": 0 if ids is None else int(len(ids))}
        for q in qs[:20]:
            clear_query_cache()
            t = time.perf_counter()
            assistant.ask(q, filters=f)
            filt[name].append(time.perf_counter() - t)
    out["ask_filtered"] = {name: dict(summary_ms(v), **allowed[name]) for name, v in filt.items()}
    out["memory_after_asks"] = rss_mb()

    if args.baseline:
        from benchmarks.recipe import StockRecipe

        t = time.perf_counter()
        recipe = StockRecipe(assistant)
        out["baseline_build_s"] = round(time.perf_counter() - t, 2)
        out["memory_with_baseline"] = rss_mb()
        bq = qs[: args.baseline_questions] if args.baseline_questions else qs
        for q in bq[:3]:
            recipe.retrieve(q)
        ours: list[float] = []
        theirs: list[float] = []
        overlap: list[float] = []
        # Interleaved, question by question: the same load falls on both.
        for _ in range(args.rounds):
            for q in bq:
                clear_query_cache()
                t = time.perf_counter()
                answer = assistant.ask(q)
                ours.append(time.perf_counter() - t)
                t = time.perf_counter()
                pids = recipe.retrieve(q)
                theirs.append(time.perf_counter() - t)
                got = {(r["doc_id"], r["start"]) for r in answer.retrieved}
                table = assistant.index.passages
                want = {(table.doc_id(p), int(table.start[p])) for p in pids}
                overlap.append(len(got & want) / max(1, len(want)))
        o, b = summary_ms(ours), summary_ms(theirs)
        out["vs_baseline"] = {
            "ours_ask": o,
            "baseline_retrieval": b,
            "speedup_p50": round(b["p50"] / o["p50"], 2) if o["p50"] else float("nan"),
            "speedup_p95": round(b["p95"] / o["p95"], 2) if o["p95"] else float("nan"),
            "top6_overlap": round(float(np.mean(overlap)), 3),
            "questions": len(bq),
        }
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
