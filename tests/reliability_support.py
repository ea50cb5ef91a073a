"""Helpers for the reliability tests: hostile PDFs written byte by byte, the CLI in a
subprocess, answer fingerprints. Not a test module (pytest does not collect it)."""

from __future__ import annotations

import json
import os
import socket
import struct
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any

from app.config import REPO_ROOT

FONT = b"<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"


def raw_pdf(path: Path, objects: dict[int, bytes]) -> Path:
    """A PDF with these numbered objects (1 must be the catalog) and a correct xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets: dict[int, int] = {}
    for num in sorted(objects):
        offsets[num] = len(out)
        out += f"{num} 0 obj\n".encode() + objects[num] + b"\nendobj\n"
    xref = len(out)
    size = max(objects) + 1
    out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    for num in range(1, size):
        out += f"{offsets[num]:010d} 00000 n \n".encode() if num in offsets else b"0000000000 65535 f \n"
    out += f"trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path


def _stream(data: bytes, flate: bool) -> bytes:
    if flate:
        return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def one_page_pdf(path: Path, content: bytes, flate: bool = True, precompressed: bool = False) -> Path:
    data = content if precompressed or not flate else zlib.compress(content, 9)
    return raw_pdf(
        path,
        {
            1: b"<< /Type /Catalog /Pages 2 0 R >>",
            2: b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            3: _stream(data, flate),
            4: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources "
            + FONT
            + b" >>",
        },
    )


def _adler32_combine(adler1: int, adler2: int, len2: int) -> int:
    """zlib's adler32_combine: the checksum of A + B from those of A and B."""
    base = 65521
    rem = len2 % base
    sum1 = adler1 & 0xFFFF
    sum2 = (rem * sum1) % base
    sum1 += (adler2 & 0xFFFF) + base - 1
    sum2 += ((adler1 >> 16) & 0xFFFF) + ((adler2 >> 16) & 0xFFFF) + base - rem
    sum1 %= base
    sum2 %= base
    return sum1 | (sum2 << 16)


def flate_bomb(inflated_mb: int) -> bytes:
    """A zlib stream that inflates to ``inflated_mb`` MB of spaces, built in milliseconds:
    one fully flushed 16 MB deflate run repeated (each run decodes on its own)."""
    unit = 16
    block = b" " * (unit << 20)
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    run = comp.compress(block) + comp.flush(zlib.Z_FULL_FLUSH)
    count = max(1, inflated_mb // unit)
    one, adler = zlib.adler32(block), 1
    for _ in range(count):
        adler = _adler32_combine(adler, one, len(block))
    return b"\x78\xda" + run * count + b"\x03\x00" + struct.pack(">I", adler)


def flate_bomb_pdf(path: Path, inflated_mb: int) -> Path:
    """One page whose FlateDecode content stream inflates to ``inflated_mb`` MB."""
    return one_page_pdf(path, flate_bomb(inflated_mb), precompressed=True)


def slow_pdf(path: Path, operations: int = 200_000) -> Path:
    """A small file whose one page holds ``operations`` text-showing operators (seconds of parsing)."""
    return one_page_pdf(path, b"BT /F1 12 Tf 72 700 Td (a) Tj ET\n" * operations)


def page_tree_pdf(path: Path, fan: int = 200) -> Path:
    """A 3 KB file declaring fan × fan pages (a page tree that reuses its nodes)."""
    text = b"BT /F1 12 Tf 72 700 Td (Huge document page) Tj ET"
    kids = " ".join(["4 0 R"] * fan).encode()
    mids = " ".join(["5 0 R"] * fan).encode()
    return raw_pdf(
        path,
        {
            1: b"<< /Type /Catalog /Pages 2 0 R >>",
            2: b"<< /Type /Pages /Kids [" + mids + b"] /Count %d >>" % (fan * fan),
            3: _stream(text, flate=False),
            4: b"<< /Type /Page /Parent 5 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources "
            + FONT
            + b" >>",
            5: b"<< /Type /Pages /Parent 2 0 R /Kids [" + kids + b"] /Count %d >>" % fan,
        },
    )


def encrypted_pdf(src: Path, dst: Path, user_password: str, algorithm: str) -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=str(src))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm=algorithm)
    with dst.open("wb") as fh:
        writer.write(fh)
    return dst


def image_only_pdf(path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50, style="F")
    pdf.output(str(path))
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def redbrief_cmd(*args: str) -> list[str]:
    """The installed ``redbrief`` command of this interpreter's environment (else ``-m app.cli``)."""
    script = Path(sys.executable).with_name("redbrief")
    if script.exists():
        return [str(script), *args]
    return [sys.executable, "-m", "app.cli", *args]


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without the offline/telemetry switches the test session set (the app
    must set its own) and without proxies; ``extra`` on top."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("HF_", "GRADIO_", "TRANSFORMERS_", "LANGCHAIN_", "LANGSMITH_", "REDBRIEF_"))
        and k.lower() not in {"http_proxy", "https_proxy", "all_proxy", "no_proxy"}
        and k not in {"DO_NOT_TRACK", "TOKENIZERS_PARALLELISM", "PYTEST_CURRENT_TEST"}
    }
    env["PYTHONPATH"] = os.pathsep.join(
        [str(REPO_ROOT)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else [])
    )
    env.update(extra)
    return env


def run_cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        redbrief_cmd(*args),
        env=env or clean_env(),
        cwd=str(REPO_ROOT),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def fingerprint(answer: Any) -> str:
    """An answer as comparable JSON: everything but the timings."""
    data = answer.to_dict() if hasattr(answer, "to_dict") else dict(answer)
    data.pop("timings_ms", None)
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


# A sitecustomize.py for subprocesses: sockets may reach only loopback (and AF_UNIX); any other
# connect, sendto or name lookup is recorded in $NETGUARD_LOG (with its stack) and refused.
NETWORK_GUARD = r'''"""Test guard: sockets may reach only loopback; anything else is recorded and refused."""
import ipaddress
import json
import os
import socket
import traceback

_LOG = os.environ.get("NETGUARD_LOG")
_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


def _record(kind, target):
    if _LOG:
        stack = "".join(traceback.format_stack()[:-2])
        with open(_LOG, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"pid": os.getpid(), "kind": kind, "target": repr(target), "stack": stack}) + "\n")


def _is_loopback_host(host):
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode("idna", "replace")
    host = str(host).strip("[]").split("%")[0]
    if host.lower() in _LOCAL_NAMES or host == "":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback or str(ipaddress.ip_address(host)) in {"0.0.0.0", "::"}
    except ValueError:
        return False


def _allowed(address, family):
    if family == getattr(socket, "AF_UNIX", None) or isinstance(address, (str, bytes)):
        return True
    if isinstance(address, tuple) and address:
        return _is_loopback_host(address[0])
    return False


_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex
_sendto = socket.socket.sendto
_getaddrinfo = socket.getaddrinfo
_gethostbyname = socket.gethostbyname


def connect(self, address):
    if not _allowed(address, self.family):
        _record("connect", address)
        raise OSError(101, "network is unreachable (test guard: loopback only)")
    return _connect(self, address)


def connect_ex(self, address):
    if not _allowed(address, self.family):
        _record("connect_ex", address)
        return 101
    return _connect_ex(self, address)


def sendto(self, data, *args):
    address = args[-1]
    if not _allowed(address, self.family):
        _record("sendto", address)
        raise OSError(101, "network is unreachable (test guard: loopback only)")
    return _sendto(self, data, *args)


def getaddrinfo(host, *args, **kwargs):
    if not _is_loopback_host(host):
        _record("getaddrinfo", host)
        raise socket.gaierror(socket.EAI_NONAME, "name resolution disabled (test guard)")
    return _getaddrinfo(host, *args, **kwargs)


def gethostbyname(host):
    if not _is_loopback_host(host):
        _record("gethostbyname", host)
        raise socket.gaierror(socket.EAI_NONAME, "name resolution disabled (test guard)")
    return _gethostbyname(host)


socket.socket.connect = connect
socket.socket.connect_ex = connect_ex
socket.socket.sendto = sendto
socket.getaddrinfo = getaddrinfo
socket.gethostbyname = gethostbyname
if _LOG:
    with open(_LOG, "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"pid": os.getpid(), "kind": "guard-active"}) + "\n")
'''


def install_network_guard(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sitecustomize.py").write_text(NETWORK_GUARD, encoding="utf-8")
    return folder


def guard_records(log: Path) -> tuple[set[int], list[dict[str, Any]]]:
    """(pids where the guard was active, forbidden attempts)."""
    active, attempts = set(), []
    if log.exists():
        for line in log.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            if entry["kind"] == "guard-active":
                active.add(int(entry["pid"]))
            else:
                attempts.append(entry)
    return active, attempts
