"""The book as a reader on a phone gets it: Lighthouse (mobile) on pages served with gzip.

``nox -s bench`` installs Lighthouse from bench/package.json and its lock file with
``npm ci`` and names the program in ``LIGHTHOUSE``; Chromium is ``CHROME_PATH``,
or ``chromium`` on the PATH.  Without either the section is skipped with one line.

The book (build/html) is served from 127.0.0.1 by a small server that gzips text
as a web server would; Chromium reaches nothing else: every other host resolves
to nothing and goes through a proxy that refuses every connection.  Lighthouse
runs its default mobile profile (a mid-range phone on a slow 4G link, simulated),
``RUNS`` times per page; the report keeps each figure's median.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import io
import json
import mimetypes
import os
import shutil
import socket
import statistics
import subprocess
import threading
from collections.abc import Iterator
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HERE = Path(__file__).resolve().parent
LOOPBACK = "127.0.0.1"
# The pages a reader meets first or that weigh the most.
PAGES = {
    "landing": "index.html",
    "history": "history.html",
    "register": "register.html",
    "timeline": "timeline.html",
}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
GZIP_LEVEL = 6  # what web servers commonly use
COMPRESSED_TYPES = ("text/", "application/javascript", "application/json", "image/svg+xml")
LIGHTHOUSE_VERSION = "12.2.3"  # bench/package.json pins it


class _GzipHandler(SimpleHTTPRequestHandler):
    """Static files; text gzipped (once per file) when the browser accepts it."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Quiet: Lighthouse's own report says what was loaded."""

    def send_head(self):  # type: ignore[override]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file():
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        body = path.read_bytes()
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        gzipped = kind.startswith(COMPRESSED_TYPES) and "gzip" in self.headers.get(
            "Accept-Encoding", ""
        )
        if gzipped:
            body = _gzip(path)
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", kind + ("; charset=utf-8" if "text" in kind else ""))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=3600")
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)


@functools.cache
def _gzip(path: Path) -> bytes:
    return gzip.compress(path.read_bytes(), GZIP_LEVEL, mtime=0)


@contextlib.contextmanager
def serve(root: Path) -> Iterator[str]:
    """Serve ``root`` on 127.0.0.1 and a free port; yield its base URL."""
    _gzip.cache_clear()
    handler = functools.partial(_GzipHandler, directory=str(root))
    server = ThreadingHTTPServer((LOOPBACK, 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="reader-server", daemon=True)
    thread.start()
    try:
        yield f"http://{LOOPBACK}:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@contextlib.contextmanager
def _dead_proxy() -> Iterator[str]:
    """A bound port on 127.0.0.1 that never listens: every proxied request is refused."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((LOOPBACK, 0))
    try:
        yield f"http://{LOOPBACK}:{sock.getsockname()[1]}"
    finally:
        sock.close()


def chrome_flags(proxy: str) -> list[str]:
    return [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-default-apps",
        "--disable-domain-reliability",
        "--disable-sync",
        "--metrics-recording-only",
        "--no-default-browser-check",
        "--no-first-run",
        "--disable-quic",
        f"--proxy-server={proxy}",
        f"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE {LOOPBACK}",
    ]


def tools() -> tuple[str, str] | str:
    """(lighthouse, chromium), or why the reader section cannot run.

    Lighthouse is the one ``nox -s bench`` installed from bench/package-lock.json
    (``LIGHTHOUSE``), or one installed there with ``npm ci`` by hand; never another
    version found on the PATH.
    """
    lighthouse = os.environ.get("LIGHTHOUSE") or str(HERE / "node_modules" / ".bin" / "lighthouse")
    if not Path(lighthouse).is_file():
        return "Lighthouse is not installed (it needs Node and npm; nox -s bench installs it)"
    chrome = os.environ.get("CHROME_PATH") or shutil.which("chromium")
    if not chrome:
        return "Chromium is missing (set CHROME_PATH, or apt-get install chromium)"
    return lighthouse, chrome


def lighthouse_run(lighthouse: str, chrome: str, url: str, report: Path, proxy: str) -> dict:
    """One Lighthouse run on ``url``; its JSON report is written to ``report``."""
    report.parent.mkdir(parents=True, exist_ok=True)
    command = [
        lighthouse,
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={' '.join(chrome_flags(proxy))}",
        "--max-wait-for-load=60000",
    ]
    done = subprocess.run(
        command,
        env={**os.environ, "CHROME_PATH": chrome},
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    if done.returncode != 0 or not report.is_file():
        raise RuntimeError(f"Lighthouse failed on {url} (exit {done.returncode}): {done.stderr}")
    return json.loads(report.read_text(encoding="utf-8"))


def figures(lhr: dict) -> dict[str, object]:
    """The figures the bench keeps from one Lighthouse report."""
    audits = lhr["audits"]
    scores = {name: round(100 * (lhr["categories"][name]["score"] or 0)) for name in CATEGORIES}
    requests = audits["network-requests"]["details"]["items"]
    # Audits that cost accessibility, best-practice or SEO points (performance has its figures).
    failed = [a for a in CATEGORIES[1:] if lhr["categories"][a]["score"] != 1]
    return {
        **{name.replace("-", "_"): score for name, score in scores.items()},
        "lcp_s": round(audits["largest-contentful-paint"]["numericValue"] / 1000, 2),
        "fcp_s": round(audits["first-contentful-paint"]["numericValue"] / 1000, 2),
        "tbt_ms": round(audits["total-blocking-time"]["numericValue"]),
        "cls": round(audits["cumulative-layout-shift"]["numericValue"], 3),
        "kib": round(audits["total-byte-weight"]["numericValue"] / 1024, 1),
        "requests": len(requests),
        "dom_elements": audits["dom-size"].get("numericValue"),
        "failing_audits": sorted(
            ref["id"]
            for name in failed
            for ref in lhr["categories"][name]["auditRefs"]
            if ref.get("weight", 0) > 0
            and audits[ref["id"]]["score"] is not None
            and audits[ref["id"]]["score"] < 1
        ),
    }


def median_figures(runs: list[dict[str, object]]) -> dict[str, object]:
    """Each number's median over the runs; the failing audits of any run."""
    merged: dict[str, object] = {}
    for key, first in runs[0].items():
        if isinstance(first, int | float) and not isinstance(first, bool):
            value = statistics.median(r[key] for r in runs)
            merged[key] = round(value, 3) if isinstance(value, float) else value
        elif isinstance(first, list):
            merged[key] = sorted({item for r in runs for item in r[key]})
        else:
            merged[key] = first
    merged["performance_runs"] = [r["performance"] for r in runs]
    return merged


def bench_reader(html: Path, runs: int, reports: Path, log) -> dict[str, object]:
    """Lighthouse on each page of PAGES, ``runs`` times; medians per page."""
    found = tools()
    if isinstance(found, str):
        return {"skipped": found}
    lighthouse, chrome = found
    version = subprocess.run(
        [lighthouse, "--version"], capture_output=True, text=True, check=False
    ).stdout.strip()
    if version != LIGHTHOUSE_VERSION:
        log(f"reader: Lighthouse {version}, not {LIGHTHOUSE_VERSION} as bench/package.json pins")
    results: dict[str, object] = {
        "lighthouse": version,
        "profile": "mobile, simulated throttling (Lighthouse defaults)",
        "gzip_level": GZIP_LEVEL,
        "runs": runs,
    }
    with serve(html) as base, _dead_proxy() as proxy:
        for name, page in PAGES.items():
            per_run = []
            for n in range(1, runs + 1):
                report = reports / f"{name}-{n}.json"
                lhr = lighthouse_run(lighthouse, chrome, base + page, report, proxy)
                per_run.append(figures(lhr))
                got = per_run[-1]
                log(
                    f"reader {name} run {n}: performance {got['performance']}, "
                    f"LCP {got['lcp_s']} s, TBT {got['tbt_ms']} ms, {got['kib']} KiB"
                )
            results[name] = median_figures(per_run)
    return results
