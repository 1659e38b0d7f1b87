"""The HTML book as readers meet it: built, served on 127.0.0.1, opened in Chromium.

One session builds ``build/html`` (incrementally, strictly), serves it from
127.0.0.1 on a port chosen at run time, and drives Debian's Chromium through
Playwright.  Every request any page makes is recorded, and a test whose pages
asked any host but 127.0.0.1 fails: the book must load nothing from elsewhere.
Chromium is also started behind a dead proxy, so no such request leaves the
machine even when a test is about to fail because of it.

Without Chromium the tests skip with a one-line reason; on CI (``CI=true``) a
missing browser is an error, since there these tests must run.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import NoReturn
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
BUILD = ROOT / "build"
HTML = BUILD / "html"
DOCTREES = BUILD / "doctrees" / "html"  # shared with `nox -s book`, so rebuilds are incremental
SCREENSHOTS = BUILD / "screenshots"
SCRIPTS = Path(__file__).resolve().parent / "js"  # what the tests run inside the pages

LOOPBACK = "127.0.0.1"
CHROMIUM_PACKAGE = "chromium"  # Debian's package: /usr/bin/chromium
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
# Same flags as `nox -s book`: a different set would make Sphinx re-read everything.
SPHINX_FLAGS = ["-b", "html", "-j", "auto", "-W", "--keep-going", "-n"]

# Schemes that name no host and so cannot reach the network.
HOSTLESS_SCHEMES = {"about", "blob", "data"}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "browser: opens the built HTML book in headless Chromium (tests/browser)"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Run the tests of this folder last.

    Their book server and Chromium live for the rest of the session (a browser
    test elsewhere must have closed its own Playwright before they start);
    Sphinx's parallel builds in other tests fork, and forking a threaded process
    can deadlock (Python 3.12+ warns of it).
    """
    here = Path(__file__).resolve().parent
    items.sort(key=lambda item: here in Path(item.path).resolve().parents)


def on_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def unavailable(reason: str) -> NoReturn:
    """Skip on a developer's machine; fail on CI, where the browser tests must run."""
    if on_ci():
        pytest.fail(f"{reason} (CI=true: the browser tests must run here)", pytrace=False)
    pytest.skip(reason)


# --- the book ----------------------------------------------------------------


def _build_env() -> dict[str, str]:
    """The environment `nox -s book` builds in: dates pinned to the last commit."""
    env = dict(os.environ)
    git = shutil.which("git")
    if "SOURCE_DATE_EPOCH" not in env and git:
        done = subprocess.run(
            [git, "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True
        )
        if done.returncode == 0 and done.stdout.strip().isdigit():
            env["SOURCE_DATE_EPOCH"] = done.stdout.strip()
    return env


@contextlib.contextmanager
def _build_lock() -> Iterator[None]:
    """One build at a time, when pytest-xdist runs several sessions at once."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no concurrent runs to guard against
        yield
        return
    BUILD.mkdir(parents=True, exist_ok=True)
    with open(BUILD / ".browser-tests.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


@pytest.fixture(scope="session")
def book(browser) -> Path:
    """build/html, brought up to date by an incremental strict Sphinx build.

    Built only once the browser is known to be there: without it, nothing here runs.
    """
    command = [sys.executable, "-m", "sphinx", *SPHINX_FLAGS, "-d", str(DOCTREES)]
    command += [str(DOCS), str(HTML)]
    with _build_lock():
        done = subprocess.run(
            command, cwd=ROOT, env=_build_env(), capture_output=True, text=True, check=False
        )
    if done.returncode != 0:
        shown = " ".join(["sphinx-build", *command[3:]])
        pytest.fail(
            f"The book does not build (exit {done.returncode}): {shown}\n"
            f"{done.stdout}\n{done.stderr}",
            pytrace=False,
        )
    return HTML


@pytest.fixture(scope="session")
def docs() -> Path:
    """The book's sources (docs/)."""
    return DOCS


@pytest.fixture(scope="session")
def book_pages(book: Path) -> list[str]:
    """Every HTML page of the book, as paths relative to its root."""
    pages = sorted(
        path.relative_to(book).as_posix()
        for path in book.rglob("*.html")
        if not any(part.startswith(("_", ".")) for part in path.relative_to(book).parts)
    )
    assert "index.html" in pages, f"{book} holds no index.html"
    return pages


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Keep the test output for the tests."""


@dataclass
class Site:
    """The built book, served over HTTP on 127.0.0.1."""

    root: Path
    base_url: str

    def url(self, page: str = "index.html") -> str:
        return self.base_url + page.lstrip("/")

    @staticmethod
    def is_local(url: str) -> bool:
        """Whether loading this URL stays on 127.0.0.1 (or needs no host at all)."""
        return is_loopback(url)


@pytest.fixture(scope="session")
def site(book: Path) -> Iterator[Site]:
    """Serve build/html on 127.0.0.1 and a free port, for the whole session."""
    handler = functools.partial(_QuietHandler, directory=str(book))
    server = ThreadingHTTPServer((LOOPBACK, 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="book-server", daemon=True)
    thread.start()
    try:
        yield Site(book, f"http://{LOOPBACK}:{server.server_port}/")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


# --- the browser -------------------------------------------------------------


@dataclass
class RequestLog:
    """Every request the pages of this session made, and every failed response."""

    urls: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # uncaught script errors

    def record_request(self, request) -> None:
        self.urls.append(request.url)

    def record_response(self, response) -> None:
        if response.status >= 400:
            self.failures.append(f"{response.status} {response.url}")

    def record_failure(self, request) -> None:
        self.failures.append(f"{request.failure} {request.url}")

    def record_error(self, web_error) -> None:
        page = web_error.page.url if web_error.page else "?"
        self.errors.append(f"{page}: {web_error.error}")

    def watch(self, context) -> None:
        context.on("request", self.record_request)
        context.on("response", self.record_response)
        context.on("requestfailed", self.record_failure)
        context.on("weberror", self.record_error)

    def foreign(self, since: int = 0) -> list[str]:
        """The URLs, from the since-th request on, that named a host other than 127.0.0.1."""
        return [url for url in self.urls[since:] if not is_loopback(url)]


def is_loopback(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in HOSTLESS_SCHEMES:
        return True
    return parts.hostname == LOOPBACK


@pytest.fixture(scope="session")
def dead_proxy() -> Iterator[str]:
    """A bound, never-listening port on 127.0.0.1: a proxy that refuses every connection."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((LOOPBACK, 0))
    try:
        yield f"http://{LOOPBACK}:{sock.getsockname()[1]}"
    finally:
        sock.close()


def chromium_args(proxy: str) -> list[str]:
    return [
        "--no-sandbox",  # needed as root (CI); Playwright's own launch passes it too
        "--disable-background-networking",  # no calls home
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-gpu",
        "--disable-quic",
        # Loopback bypasses a proxy by default: everything else meets a closed port,
        # and no host name is looked up outside.
        f"--proxy-server={proxy}",
        f"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE {LOOPBACK}",
    ]


@pytest.fixture(scope="session")
def browser(dead_proxy: str):
    """Debian's Chromium, headless, driven by Playwright (never a downloaded browser)."""
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        unavailable("Playwright is not installed: pip install -e '.[browser]'")
    executable = shutil.which("chromium")
    if executable is None:
        unavailable(f"Chromium is not installed: apt-get install {CHROMIUM_PACKAGE}")
    playwright = sync_playwright().start()
    try:
        # Playwright gives each launch a fresh, empty, temporary profile.
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=chromium_args(dead_proxy)
        )
    except Error as error:
        playwright.stop()
        pytest.fail(f"Chromium ({executable}) does not start: {error}", pytrace=False)
    try:
        yield browser
    finally:
        browser.close()
        playwright.stop()


@pytest.fixture(scope="session")
def expect(browser):
    """Playwright's retrying assertions (imported once Playwright is known to be there)."""
    from playwright.sync_api import expect

    expect.set_options(timeout=10_000)
    return expect


@pytest.fixture(scope="session")
def script():
    """The JavaScript function in tests/browser/js/NAME.js, for page.evaluate().

    A line ``// @include FILE.js`` in it stands for that file's statements,
    indented as the line is (the colour helpers two scripts share).
    """

    def load(name: str) -> str:
        text = (SCRIPTS / f"{name}.js").read_text(encoding="utf-8")

        def include(match: re.Match) -> str:
            indent, shared = match[1], (SCRIPTS / match[2]).read_text(encoding="utf-8")
            lines = shared.splitlines(keepends=True)
            return "".join(indent + line if line.strip() else line for line in lines)

        return re.sub(r"^( *)// @include (\S+\.js)\n", include, text, flags=re.M)

    return load


@pytest.fixture(scope="session")
def typeset():
    """A pattern matching text as the book typesets it: curly quotes, any white space."""

    def pattern(text: str) -> re.Pattern[str]:
        escaped = re.escape(" ".join(text.split()))
        escaped = escaped.replace("'", "['’]").replace('"', '["“”]')
        return re.compile(escaped.replace(r"\ ", r"\s+"))

    return pattern


@pytest.fixture(scope="session")
def axe():
    """axe-core, as axe-playwright-python ships it (nothing is fetched)."""
    try:
        from axe_playwright_python.sync_playwright import Axe
    except ImportError:
        unavailable("axe-playwright-python is not installed: pip install -e '.[browser]'")
    return Axe()


@pytest.fixture(scope="session")
def request_log() -> RequestLog:
    return RequestLog()


def _context(browser, site: Site, log: RequestLog, **options):
    context = browser.new_context(base_url=site.base_url, **options)
    context.set_default_timeout(15_000)
    log.watch(context)
    return context


@pytest.fixture(scope="session")
def desktop(browser, site: Site, request_log: RequestLog):
    """A desktop browser window, 1280×900, in the light theme."""
    context = _context(browser, site, request_log, viewport=DESKTOP, color_scheme="light")
    yield context
    context.close()


@pytest.fixture(scope="session")
def phone(browser, site: Site, request_log: RequestLog):
    """A phone, 390×844, touch, honouring the page's viewport meta tag."""
    context = _context(
        browser,
        site,
        request_log,
        viewport=PHONE,
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
        color_scheme="light",
    )
    yield context
    context.close()


@pytest.fixture(scope="session")
def dark(browser, site: Site, request_log: RequestLog):
    """A desktop window whose reader chose the dark theme (and whose system prefers it)."""
    context = _context(browser, site, request_log, viewport=DESKTOP, color_scheme="dark")
    # What the theme switcher stores; the theme reads it before the first paint.
    # (A new tab's about:blank has no storage: only the book's pages are told.)
    context.add_init_script(
        "if (location.protocol === 'http:') {"
        " localStorage.setItem('mode', 'dark'); localStorage.setItem('theme', 'dark'); }"
    )
    yield context
    context.close()


@contextlib.contextmanager
def _page_in(context, log: RequestLog):
    """A new page; when it closes, fail if it asked another host or threw an error."""
    start, errors = len(log.urls), len(log.errors)
    page = context.new_page()
    try:
        yield page
    finally:
        page.close()
    foreign = log.foreign(since=start)
    assert not foreign, f"pages asked hosts other than {LOOPBACK}: {foreign}"
    assert not log.errors[errors:], f"uncaught script errors: {log.errors[errors:]}"


@pytest.fixture
def page(desktop, request_log: RequestLog):
    with _page_in(desktop, request_log) as page:
        yield page


@pytest.fixture(scope="module")
def page_in_module(desktop, request_log: RequestLog):
    """A desktop page shared by one module's fixtures, for what they read once."""
    with _page_in(desktop, request_log) as page:
        yield page


@pytest.fixture
def phone_page(phone, request_log: RequestLog):
    with _page_in(phone, request_log) as page:
        yield page


@pytest.fixture
def dark_page(dark, request_log: RequestLog):
    with _page_in(dark, request_log) as page:
        yield page


# --- reports -----------------------------------------------------------------


@pytest.fixture(scope="session")
def screenshots(book: Path) -> Path:
    """build/screenshots/, emptied of the previous run's pictures."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for old in SCREENSHOTS.glob("*.png"):
        old.unlink()
    return SCREENSHOTS


AXE_REPORT = pytest.StashKey[dict]()


@pytest.fixture(scope="session")
def axe_report(pytestconfig: pytest.Config) -> dict:
    """axe-core's findings, {(theme, page): {impact: {rule: nodes}}}, shown after the run."""
    return pytestconfig.stash.setdefault(AXE_REPORT, {})


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    report = config.stash.get(AXE_REPORT, {})
    if not report:
        return
    terminalreporter.section("accessibility: axe-core violations by impact")
    for (theme, name), found in sorted(report.items()):
        counts = "; ".join(
            f"{impact} {sum(rules.values())} ("
            + ", ".join(f"{rule} x{nodes}" for rule, nodes in sorted(rules.items()))
            + ")"
            for impact, rules in found.items()
        )
        terminalreporter.write_line(f"{theme:5} {name}: {counts or 'none'}")
