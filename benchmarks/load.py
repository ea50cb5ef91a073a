"""Load: concurrent gradio_client sessions against the real app, answers checked against
serial runs. A benchmark, not a timed test (tests/test_reliability_load.py runs a small one).

    python -m benchmarks.load                       # 20 sessions x 10 dev questions
    python -m benchmarks.load --sessions 5 --questions 4 --out /tmp/load.json

Starts ``app.ui.build_app`` on a free 127.0.0.1 port over the bundled corpus' index, asks
every distinct question once through one client (the serial reference), empties the query
embedding cache (so the concurrent run embeds again, in parallel), then runs the sessions
at once — each its own ``gradio_client.Client`` asking its questions one after another.
Reports errors, answers that differ from the serial ones, p50/p95 latency; writes JSON to
benchmarks/results/load.json. Exit code 1 if any error or difference.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import app  # noqa: F401  (switches off gradio_client's and huggingface_hub's network paths)
from app.config import Settings
from benchmarks.common import RESULTS_DIR, machine, questions, summary_ms


def start_app(assistant: Any, port: int | None = None) -> tuple[Any, str]:
    """The real Gradio app on 127.0.0.1; returns (demo, url)."""
    from app.ui import build_app

    demo = build_app(assistant)
    demo.launch(
        server_name="127.0.0.1",
        server_port=port or free_port(),
        prevent_thread_lock=True,
        share=False,
        quiet=True,
        show_error=True,
    )
    return demo, demo.local_url


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def connect(url: str) -> tuple[Any, list[Any]]:
    """A gradio_client session and the default values of /ask's filter parameters."""
    from gradio_client import Client

    client = Client(url, verbose=False)
    params = client.view_api(return_format="dict", print_info=False)["named_endpoints"]["/ask"]["parameters"]
    defaults = [p["parameter_default"] if p["parameter_has_default"] else None for p in params[1:]]
    return client, defaults


def ask(client: Any, defaults: list[Any], question: str) -> str:
    """One question through /ask; the outputs as comparable JSON."""
    out = client.predict(question, *defaults, api_name="/ask")
    return json.dumps(out, sort_keys=True, ensure_ascii=False, default=str)


def session_questions(pool: list[str], sessions: int, per_session: int) -> list[list[str]]:
    """Session i asks ``per_session`` consecutive questions of the pool from offset i*per_session
    (wrapping), so the sessions together cover the pool and overlap where they must."""
    return [[pool[(i * per_session + j) % len(pool)] for j in range(per_session)] for i in range(sessions)]


def run_load(url: str, plan: list[list[str]], reference: dict[str, str]) -> dict[str, Any]:
    """Every session of ``plan`` at once; latencies, errors and differences from ``reference``."""
    latencies: list[float] = []
    errors: list[str] = []
    mismatches: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(len(plan))

    def session(qs: list[str]) -> None:
        try:
            client, defaults = connect(url)
        except Exception as exc:  # a benchmark counts failures instead of stopping
            with lock:
                errors.append(f"connect: {type(exc).__name__}: {exc}")
            barrier.abort()
            return
        try:
            barrier.wait(timeout=300)  # all sessions connected: start together
        except threading.BrokenBarrierError:
            pass
        for q in qs:
            t = time.perf_counter()
            try:
                out = ask(client, defaults, q)
            except Exception as exc:
                with lock:
                    errors.append(f"{q[:60]}: {type(exc).__name__}: {exc}")
                continue
            elapsed = time.perf_counter() - t
            with lock:
                latencies.append(elapsed)
                if out != reference[q]:
                    mismatches.append(q)

    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=len(plan)) as pool:
        list(pool.map(session, plan))
    wall = time.perf_counter() - t0
    return {
        "requests": sum(len(qs) for qs in plan),
        "answered": len(latencies),
        "errors": errors,
        "mismatches": mismatches,
        "latency_ms": summary_ms(latencies),
        "wall_s": round(wall, 2),
        "throughput_qps": round(len(latencies) / wall, 2) if wall else 0.0,
    }


def serial_reference(url: str, distinct: list[str]) -> tuple[dict[str, str], list[float]]:
    client, defaults = connect(url)
    reference, latencies = {}, []
    for q in distinct:
        t = time.perf_counter()
        reference[q] = ask(client, defaults, q)
        latencies.append(time.perf_counter() - t)
    return reference, latencies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.load", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--questions", type=int, default=10, help="questions per session")
    parser.add_argument("--set", default="dev", help="gold set the questions come from (default dev)")
    parser.add_argument("--out", type=Path, default=RESULTS_DIR / "load.json")
    parser.add_argument("--corpus", type=Path, help="corpus folder (default: the bundled corpus)")
    parser.add_argument("--index", type=Path, help="index folder (default: ./index)")
    args = parser.parse_args(argv)

    from app import Assistant
    from app.embeddings import _cached_query

    settings = Settings.load(corpus_dir=args.corpus, index_dir=args.index)
    assistant = Assistant.load(settings, show_progress_bar=True)
    plan = session_questions(questions(set_name=args.set), args.sessions, args.questions)
    distinct = list(dict.fromkeys(q for qs in plan for q in qs))
    demo, url = start_app(assistant)
    try:
        print(f"app on {url}; serial reference: {len(distinct)} questions", file=sys.stderr)
        reference, serial = serial_reference(url, distinct)
        _cached_query.cache_clear()  # the concurrent run embeds its questions again, in parallel
        print(f"{args.sessions} sessions x {args.questions} questions at once", file=sys.stderr)
        result = run_load(url, plan, reference)
    finally:
        demo.close()
    data = {
        "benchmark": "load",
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "machine": machine(),
        "sessions": args.sessions,
        "questions_per_session": args.questions,
        "distinct_questions": len(distinct),
        "documents": len(assistant.index.documents),
        "serial_latency_ms": summary_ms(serial),
        **result,
        "identical_to_serial": not result["mismatches"] and not result["errors"],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    lat = result["latency_ms"]
    print(
        f"{result['answered']}/{result['requests']} answered, {len(result['errors'])} errors, "
        f"{len(result['mismatches'])} differ from serial; latency p50 {lat['p50']} ms, p95 {lat['p95']} ms "
        f"(serial p50 {data['serial_latency_ms']['p50']} ms); {result['throughput_qps']} questions/s; "
        f"wrote {args.out}"
    )
    for e in result["errors"][:10]:
        print(f"error: {e}", file=sys.stderr)
    return 0 if data["identical_to_serial"] else 1


if __name__ == "__main__":
    sys.exit(main())
