"""The ``redbrief`` command: index, ask, serve."""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
import time
from pathlib import Path

from app.config import Settings
from evals.gold import SETS as GOLD_SETS

log = logging.getLogger("redbrief")

FILTER_OPTIONS = ("jurisdiction", "doc_type", "court", "outcome", "ground", "language", "since", "until")


def _add_settings_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--corpus", type=Path, help="corpus folder (default: ./corpus of the repository)")
    p.add_argument("--index", type=Path, help="index folder (default: ./index of the repository)")
    p.add_argument("--config", type=Path, help="JSON file of settings (see app/config.py)")


def _add_filter_args(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("filters (applied before ranking)")
    g.add_argument("--jurisdiction", help="e.g. France, INTERPOL, Sweden (substring match)")
    g.add_argument(
        "--doc-type", dest="doc_type", help="report, ruling, ccf_decision, statute, treaty, rules, news"
    )
    g.add_argument("--court", help="court or body, e.g. 'Court of Appeal', CCF (substring match)")
    g.add_argument("--outcome", help="e.g. 'Non-compliant', refused (substring match)")
    g.add_argument("--ground", help="e.g. 'Political character' (substring match)")
    g.add_argument("--language", help="document language code, e.g. fr")
    g.add_argument("--since", help="earliest date, e.g. 2019 or 2019-06")
    g.add_argument("--until", help="latest date, e.g. 2022")
    g.add_argument("-k", type=int, default=None, help="number of passages to retrieve (default 6)")


# Corpus text shown in a terminal: C0/C1 control characters (ESC sequences can clear the
# screen, retitle the window or fake output) and bidirectional overrides (which can make a
# quote display reversed) are shown as visible codes, never passed to the terminal.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` safe to print on a terminal (newlines and tabs kept)."""
    return _UNPRINTABLE.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.load(args.config, corpus_dir=args.corpus, index_dir=args.index)


def cmd_index(args: argparse.Namespace) -> int:
    from app.store import build_index

    settings = _settings(args)
    report = build_index(settings, force=args.rebuild, show_progress_bar=not args.quiet)
    for source, error in sorted(report.errors.items()):
        print(printable(f"error: {source}: {error}"), file=sys.stderr)
    state = "updated" if report.changed else "already up to date"
    print(
        f"index {state}: {report.documents} documents, {report.passages} passages, "
        f"{report.sentences} sentences; {report.embedded} files embedded, {report.reused} reused; "
        f"{report.seconds:.1f} s"
        + (f"; {report.size_bytes / 1e6:.1f} MB" if report.size_bytes else "")
        + (f"; {len(report.errors)} file(s) skipped" if report.errors else "")
    )
    if report.errors and not report.documents:
        print("error: no file of the corpus could be indexed (see the errors above)", file=sys.stderr)
        return 1
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    from app.assistant import Assistant, QuestionError
    from app.filters import Filters
    from app.store import IndexUnavailable

    settings = _settings(args)
    try:
        assistant = Assistant.load(settings, build=not args.no_build, show_progress_bar=True)
    except IndexUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    filters = Filters.from_dict({name: getattr(args, name) for name in FILTER_OPTIONS})
    status = 0
    for question in args.questions:
        try:
            answer = assistant.ask(question, filters=filters, k=args.k)
        except QuestionError as exc:
            if args.json:
                print(json.dumps({"question": question, "error": str(exc)}, ensure_ascii=False))
            else:
                print(f"error: {exc}", file=sys.stderr)
            status = 1
            continue
        if args.json:
            print(json.dumps(answer.to_dict(), ensure_ascii=False), flush=True)
        else:
            print(printable(_format_answer(answer)))
    return status


def _format_answer(answer: object) -> str:
    from app.assistant import Answer

    assert isinstance(answer, Answer)
    lines = [f"Q: {answer.question}", "", answer.answer, ""]
    shown = answer.citations or answer.nearest
    if shown:
        lines.append("Sources:" if answer.citations else "Nearest passages (not an answer):")
    for c in shown:
        flag = " [PARTIAL TEXT]" if c.partial else ""
        lines.append(f"  [{c.n}] {c.reference()}{flag} — {c.source}")
        quote = " ".join(c.quote.split())
        lines.append(f"      “{quote[:400]}{'…' if len(quote) > 400 else ''}”")
    return "\n".join(lines) + "\n"


def cmd_precedents(args: argparse.Namespace) -> int:
    from app.assistant import Assistant, QuestionError
    from app.filters import Filters

    assistant = Assistant.load(_settings(args), build=not args.no_build, show_progress_bar=True)
    filters = Filters.from_dict({name: getattr(args, name) for name in FILTER_OPTIONS})
    try:
        rows = assistant.precedents(" ".join(args.query), filters=filters, k=args.k or 10)
    except QuestionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.json:
        for row in rows:
            print(json.dumps(row.to_dict(), ensure_ascii=False))
        return 0
    if not rows:
        print("No ruling or decision matches.")
    for r in rows:
        flag = " [PARTIAL TEXT]" if r.partial else ""
        print(printable(f"{r.rank:>2}. {r.title}{flag}"))
        print(
            printable(
                f"    {r.court_or_body} · {r.date or 'undated'} · outcome: {r.outcome or '—'}"
                f" · grounds: {'; '.join(r.grounds) or '—'} · {r.source}"
            )
        )
        passage = " ".join(r.passage.split())
        print(printable(f"    “{passage[:300]}{'…' if len(passage) > 300 else ''}”"))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from app.ui import parse_auth, serve

    settings = _settings(args)
    if args.host:
        settings = settings.replace(host=args.host)
    if args.port:
        settings = settings.replace(port=args.port)
    auth = args.auth if args.auth is not None else os.environ.get("REDBRIEF_AUTH")
    try:
        parse_auth(auth)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    from app.store import IndexUnavailable

    try:
        serve(settings, build=not args.no_build, auth=auth)
    except IndexUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from evals.runner import run_eval
    from evals.thresholds import check_thresholds

    base = _settings(args)
    configs: list[Path | None] = list(args.compare) if args.compare else [args.config]
    out_dir, runs = run_eval(
        args.set, configs, baseline=not args.no_baseline, base=base, ragas=not args.no_ragas
    )
    for run in runs:
        s = run.summary
        print(
            f"{run.label:>20}: recall@5 {s['recall@5']}  fact_recall {s['fact_recall']}  "
            f"abstain ok (answerable/unanswerable) {s['abstain_acc_answerable']}/{s['abstain_acc_unanswerable']}  "
            f"citation P/R {s['citation_precision']}/{s['citation_recall']}  quote fidelity {s['quote_fidelity']}  "
            f"p50 {s['latency_p50_ms']} ms"
        )
    print(f"report: {out_dir}/report.md (and report.html, summary.json, results.jsonl, *.png)")
    if args.gate:
        failures = check_thresholds(runs[0].summary, args.set)
        for f in failures:
            print(f"below threshold: {f}", file=sys.stderr)
        return 1 if failures else 0
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="redbrief",
        description="Cited answers from extradition and INTERPOL red-notice materials. "
        "Offline: nothing leaves this machine.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log timings and model loads to stderr")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("index", help="build or update the index (only changed files are re-embedded)")
    _add_settings_args(p)
    p.add_argument("--rebuild", action="store_true", help="re-embed everything, ignoring the current index")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("ask", help="answer questions with verbatim, cited quotes (or abstain)")
    p.add_argument("questions", nargs="+", metavar="QUESTION")
    p.add_argument("--json", action="store_true", help="one JSON object per question per line")
    p.add_argument("--no-build", action="store_true", help="fail instead of building a missing/stale index")
    _add_settings_args(p)
    _add_filter_args(p)
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("precedents", help="list rulings and CCF decisions matching a fact pattern or ground")
    p.add_argument(
        "query", nargs="+", metavar="TEXT", help="fact pattern or ground, e.g. 'risk of torture in detention'"
    )
    p.add_argument("--json", action="store_true", help="one JSON object per decision per line")
    p.add_argument("--no-build", action="store_true", help="fail instead of building a missing/stale index")
    _add_settings_args(p)
    _add_filter_args(p)
    p.set_defaults(func=cmd_precedents)

    p = sub.add_parser("eval", help="run the gold questions and write a report to evals/reports/")
    p.add_argument(
        "--set",
        choices=list(GOLD_SETS),
        default="dev",
        help=(
            "which gold questions (default dev; dev-xl: the English dev questions translated into"
            " five languages; dev-xl2: the English questions of dev2 … dev22 in Turkish and Chinese;"
            " dev2 … dev29: dev sets written afresh without seeing the answers)"
        ),
    )
    p.add_argument(
        "--compare", nargs=2, type=Path, metavar=("CONFIG_A", "CONFIG_B"), help="compare two config files"
    )
    p.add_argument("--no-baseline", action="store_true", help="skip the stock LangChain baseline")
    p.add_argument("--no-ragas", action="store_true", help="skip the RAGAS cross-check")
    p.add_argument("--gate", action="store_true", help="exit 1 if a metric is below evals/thresholds.json")
    _add_settings_args(p)
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("serve", help="start the web app on 127.0.0.1 (builds the index if needed)")
    p.add_argument("--host", help="interface to bind (default 127.0.0.1; others expose your files)")
    p.add_argument("--port", type=int, help="port (default 7860)")
    p.add_argument("--no-build", action="store_true", help="do not build a missing/stale index")
    p.add_argument(
        "--auth",
        metavar="USER:PASSWORD",
        help="require this login (default: the REDBRIEF_AUTH environment variable, which keeps the "
        "password out of the process list; no login if neither is set)",
    )
    _add_settings_args(p)
    p.set_defaults(func=cmd_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    import app  # noqa: F401  (switches off network paths before anything else loads)

    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="redbrief: %(message)s",
        stream=sys.stderr,
    )
    t0 = time.perf_counter()
    code = int(args.func(args))
    log.info("done in %.1f s", time.perf_counter() - t0)
    return code


if __name__ == "__main__":
    sys.exit(main())
