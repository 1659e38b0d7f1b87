"""What a reader on a phone downloads: every page within its budget; the register's DOM too.

Each page is opened in a fresh phone browser (nothing cached), scrolled to its end
so that lazy images load, and left to go quiet.  Every URL it requested is
counted at the size a web server would send: text gzipped (level 6, a common
server setting), fonts and images as they are.  Bytes do not vary from run to
run, so these budgets are exact; the timings a reader feels are Lighthouse's
(``nox -s bench``, the reader section), which this machine's load makes vary.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

pytestmark = pytest.mark.browser

PAGE_BUDGET_KIB = 250  # everything one page loads, gzipped
REGISTER_DOM_BUDGET = 2_500  # elements in the register page's body
GZIP_LEVEL = 6
ALREADY_COMPRESSED = {".woff2", ".woff", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif"}
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}


@cache
def sent_bytes(path: Path) -> int:
    """What a server with gzip sends for this file (headers aside)."""
    data = path.read_bytes()
    if path.suffix.lower() in ALREADY_COMPRESSED:
        return len(data)
    return min(len(data), len(gzip.compress(data, GZIP_LEVEL, mtime=0)))


@dataclass
class Load:
    """What one page requested, and the size of its DOM."""

    requested: list[str]
    dom_elements: int

    def sizes(self, root: Path) -> dict[str, int]:
        """Bytes sent for each URL of the book (data: URLs are inside what carried them)."""
        found = {}
        for url in dict.fromkeys(self.requested):
            parts = urlsplit(url)
            if parts.scheme not in {"http", "https"}:
                continue
            path = root / unquote(parts.path).lstrip("/")
            if path.is_dir():
                path = path / "index.html"
            assert path.is_file(), f"{url} is not a file of the book"
            found[url] = sent_bytes(path)
        return found


@pytest.fixture(scope="module")
def loads(browser, site, book_pages, request_log) -> dict[str, Load]:
    found = {}
    start, errors = len(request_log.urls), len(request_log.errors)
    for name in book_pages:
        context = browser.new_context(base_url=site.base_url, color_scheme="light", **PHONE)
        request_log.watch(context)  # the other-hosts and script-error checks apply here too
        page = context.new_page()
        requested: list[str] = []
        page.on("request", lambda request, into=requested: into.append(request.url))
        try:
            page.goto(name, wait_until="load")
            page.evaluate("window.scrollTo(0, document.scrollingElement.scrollHeight)")
            page.wait_for_load_state("networkidle")
            elements = page.evaluate("document.body.getElementsByTagName('*').length")
        finally:
            context.close()
        found[name] = Load(requested, elements)
    assert not request_log.foreign(since=start), "a page asked another host"
    assert not request_log.errors[errors:], "a page threw a script error"
    return found


def test_every_page_loads_within_its_budget(loads, site):
    heavy = {}
    for name, load in loads.items():
        sizes = load.sizes(site.root)
        total = sum(sizes.values())
        if total > PAGE_BUDGET_KIB * 1024:
            largest = sorted(sizes.items(), key=lambda item: -item[1])[:5]
            shown = ", ".join(f"{urlsplit(u).path} {b / 1024:.1f} KiB" for u, b in largest)
            heavy[name] = f"{total / 1024:.1f} KiB in {len(sizes)} requests; largest: {shown}"
    assert not heavy, f"pages over {PAGE_BUDGET_KIB} KiB gzipped: {heavy}"


def test_the_measure_sees_each_page_load_its_style_sheets(loads):
    """A guard on the budget's own measure: a page counted with no style sheet was not seen."""
    for name, load in loads.items():
        assert any(url.endswith(".css") or ".css?" in url for url in load.requested), name


def test_the_register_keeps_its_dom_small(loads):
    elements = loads["register.html"].dom_elements
    assert elements < REGISTER_DOM_BUDGET, (
        f"the register page's body holds {elements:,} elements; "
        f"the budget is under {REGISTER_DOM_BUDGET:,}"
    )
