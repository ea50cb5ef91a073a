"""No pickle, no network: loading the index and answering never unpickles anything, and
``redbrief index``, ``redbrief ask --json`` and ``redbrief serve`` (with an HTTP request and
a gradio_client call to it) all work in processes where every socket to anything but
127.0.0.1/::1 is refused and recorded — and none is attempted."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.config import REPO_ROOT, Settings
from tests.conftest import write_small_corpus
from tests.reliability_support import (
    clean_env,
    free_port,
    guard_records,
    install_network_guard,
    redbrief_cmd,
)

QUESTION = "Which court refused the extradition of Mr H., and when?"

# ---------------------------------------------------------------- pickle

_audit_on: list[bool] = []
_audit_seen: list[str] = []


def _audit(event: str, args: tuple) -> None:
    if _audit_on and event == "pickle.find_class":
        _audit_seen.append(f"pickle.find_class{args}")


@pytest.fixture()
def no_unpickling(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Make every way to unpickle fail loudly and record it: pickle's and _pickle's loaders,
    numpy's allow_pickle path, and (through an audit hook) any unpickler resolving a class."""
    import _pickle
    import pickle

    import numpy as np
    import numpy.lib.format as npformat

    calls: list[str] = []

    def forbid(name: str):  # noqa: ANN202
        def refuse(*args: object, **kwargs: object) -> None:
            calls.append(name)
            raise AssertionError(f"{name} called while loading or answering")

        return refuse

    for module in (pickle, _pickle):
        for name in ("load", "loads", "Unpickler"):
            monkeypatch.setattr(module, name, forbid(f"{module.__name__}.{name}"))
    real_read_array = npformat.read_array
    real_np_load = np.load

    def read_array(fp: object, allow_pickle: bool = False, *args: object, **kwargs: object) -> object:
        if allow_pickle:
            calls.append("numpy read_array(allow_pickle=True)")
            raise AssertionError("numpy asked to allow pickles")
        return real_read_array(fp, False, *args, **kwargs)

    def np_load(*args: object, allow_pickle: bool = False, **kwargs: object) -> object:
        if allow_pickle:
            calls.append("np.load(allow_pickle=True)")
            raise AssertionError("np.load asked to allow pickles")
        return real_np_load(*args, allow_pickle=False, **kwargs)

    monkeypatch.setattr(npformat, "read_array", read_array)
    monkeypatch.setattr(np, "load", np_load)
    if not getattr(_audit, "installed", False):
        sys.addaudithook(_audit)
        _audit.installed = True  # type: ignore[attr-defined]
    _audit_seen.clear()
    _audit_on.append(True)
    try:
        yield calls
    finally:
        _audit_on.clear()
        calls.extend(_audit_seen)


def test_the_pickle_guard_catches_unpickling(no_unpickling: list[str], tmp_path: Path) -> None:
    """The guard itself works (so the next test's silence means something)."""
    import pickle

    import numpy as np

    with pytest.raises(AssertionError):
        pickle.loads(b"\x80\x04K\x01.")
    np.save(tmp_path / "objects.npy", np.array([{"a": 1}], dtype=object), allow_pickle=True)
    with pytest.raises(AssertionError):
        np.load(tmp_path / "objects.npy", allow_pickle=True)
    assert no_unpickling == ["pickle.loads", "np.load(allow_pickle=True)"]


def test_nothing_is_unpickled_when_loading_and_answering(
    small_settings: Settings, no_unpickling: list[str]
) -> None:
    from app import Assistant

    assistant = Assistant.load(small_settings, build=False)  # verified load of every index file
    answer = assistant.ask(QUESTION)
    assert answer.citations and answer.citations[0].doc_id == "bordeaux-2021"
    assistant.ask("What is the best recipe for sourdough bread?")
    assistant.ask("Which decision concerned political character?", filters={"jurisdiction": "INTERPOL"})
    assistant.precedents("political character of an extradition request")
    assert no_unpickling == []


def test_no_pickle_in_the_code() -> None:
    """Belt and braces: no module of the app imports pickle or allows pickles."""
    pattern = re.compile(
        r"^\s*(import pickle|from pickle|import joblib|import dill)|allow_pickle=True|torch\.load"
    )
    offenders = [
        f"{path.name}:{n}"
        for path in sorted((REPO_ROOT / "app").glob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert offenders == []


# ---------------------------------------------------------------- network


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("offline")
    home = root / "home"
    home.mkdir()
    return {
        "root": root,
        "corpus": write_small_corpus(root),
        "index": root / "index",
        "guard": install_network_guard(root / "guard"),
        "log": root / "network.jsonl",
        "home": home,
    }


def _guarded_env(box: dict[str, Path], **extra: str) -> dict[str, str]:
    """No offline switches from the test session (the app must set its own), a fresh HOME
    (no cached hub files that would hide a fetch), and the guard on PYTHONPATH."""
    settings = {
        "NETGUARD_LOG": str(box["log"]),
        "HOME": str(box["home"]),
        "XDG_CACHE_HOME": str(box["home"] / ".cache"),
        "MPLCONFIGDIR": str(box["home"] / ".mpl"),
    }
    env = clean_env(**{**settings, **extra})
    env["PYTHONPATH"] = f"{box['guard']}:{env['PYTHONPATH']}"
    return env


CLIENT = r"""
import json, sys, urllib.request
url = sys.argv[1]
with urllib.request.urlopen(url, timeout=60) as r:
    page = r.read().decode("utf-8")
from gradio_client import Client
client = Client(url, verbose=False)
params = client.view_api(return_format="dict", print_info=False)["named_endpoints"]["/ask"]["parameters"]
args = [sys.argv[2]] + [p["parameter_default"] if p["parameter_has_default"] else None for p in params[1:]]
out = client.predict(*args, api_name="/ask")
print(json.dumps({"status": r.status, "title": "redbrief" in page, "answer": out[0]}))
"""


def _wait_for(url: str, proc: subprocess.Popen, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"server exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            time.sleep(0.3)
    raise AssertionError("server did not come up")


def test_index_ask_and_serve_work_with_the_network_cut_off(sandbox: dict[str, Path]) -> None:
    env = _guarded_env(sandbox)
    where = ["--corpus", str(sandbox["corpus"]), "--index", str(sandbox["index"])]
    run = {"env": env, "cwd": str(REPO_ROOT), "capture_output": True, "text": True, "timeout": 300}

    proc = subprocess.run(redbrief_cmd("index", "--quiet", *where), **run)  # type: ignore[call-overload]
    assert proc.returncode == 0, proc.stderr
    assert "4 documents" in proc.stdout

    port = free_port()
    server = subprocess.Popen(
        redbrief_cmd("serve", "--no-build", "--port", str(port), *where),
        env=env,
        cwd=str(REPO_ROOT),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        proc = subprocess.run(redbrief_cmd("ask", "--json", "--no-build", *where, QUESTION), **run)  # type: ignore[call-overload]
        assert proc.returncode == 0, proc.stderr
        answer = json.loads(proc.stdout)
        assert answer["citations"][0]["doc_id"] == "bordeaux-2021" and "July 2021" in answer["answer"]

        url = f"http://127.0.0.1:{port}/"
        _wait_for(url, server)
        # The test's own client: gradio_client asks the Hub for an "agent registry" unless
        # HF_HUB_OFFLINE is set (see the next test), so it runs as the app would run it.
        client_env = _guarded_env(sandbox, HF_HUB_OFFLINE="1")
        proc = subprocess.run([sys.executable, "-c", CLIENT, url, QUESTION], **{**run, "env": client_env})  # type: ignore[call-overload]
        assert proc.returncode == 0, proc.stderr
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        assert result["status"] == 200 and result["title"]
        assert "July 2021" in result["answer"] and "Bordeaux" in result["answer"] + proc.stdout
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    output = server.stdout.read() if server.stdout else ""
    assert f"127.0.0.1:{port}" in output

    active, attempts = guard_records(sandbox["log"])
    assert len(active) >= 4, "the guard ran in index, serve, ask and the client"
    assert attempts == [], json.dumps(attempts, indent=1)[:4000]


def test_the_network_guard_catches_a_real_attempt(sandbox: dict[str, Path]) -> None:
    """The control: gradio_client without HF_HUB_OFFLINE tries huggingface.co when it starts
    (huggingface_hub's agent registry) — the guard sees and refuses it. ``import app`` first
    switches that off, as app/__init__.py does for every redbrief process."""
    log = sandbox["root"] / "control.jsonl"
    code = "from huggingface_hub.utils import build_hf_headers\nbuild_hf_headers()  # as gradio_client.Client() does"
    env = _guarded_env(sandbox, NETGUARD_LOG=str(log))
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    _, attempts = guard_records(log)
    assert any("huggingface.co" in a["target"] for a in attempts), attempts
    log.unlink()
    proc = subprocess.run(
        [sys.executable, "-c", "import app\n" + code], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert guard_records(log)[1] == []


def test_langsmith_tracing_in_the_environment_is_overridden(
    sandbox: dict[str, Path], small_settings: Settings
) -> None:
    """A LangSmith key and LANGSMITH_TRACING=true in the user's shell made every LangChain
    retriever call (app/lc_retriever.py) post the question and the retrieved passages to
    api.smith.langchain.com; app/__init__.py now pins tracing off."""
    log = sandbox["root"] / "langsmith.jsonl"
    env = _guarded_env(
        sandbox,
        NETGUARD_LOG=str(log),
        LANGSMITH_TRACING="true",
        LANGCHAIN_TRACING_V2="true",
        LANGSMITH_API_KEY="lsv2_pt_not_a_real_key",
        RAGAS_DO_NOT_TRACK="false",
    )
    code = (
        "import sys\nfrom app.lc_retriever import RedbriefRetriever\n"
        "docs = RedbriefRetriever(k=2, corpus_dir=sys.argv[1], index_dir=sys.argv[2]).invoke(sys.argv[3])\n"
        "print(docs[0].metadata['doc_id'])\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(small_settings.corpus_dir), str(small_settings.index_dir), QUESTION],
        env=env,
        cwd=str(REPO_ROOT),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "bordeaux-2021"
    active, attempts = guard_records(log)
    assert active and attempts == [], [a["target"] for a in attempts]
