"""The tiny book in a browser: what only a browser can tell.

* A fact cited twice on a page: the page holds its tooltip once, in the first
  citation, and canru-facts.js moves it into the citation the reader points at or
  tabs to, so it shows at either, by mouse or by key.
* The chart's caption is set at the weight of the prose under the book's theme.

The book is opened from disk in Debian's Chromium (never a downloaded browser);
without Chromium or Playwright the tests skip, except on CI, where they must run.
"""

from __future__ import annotations

import os
import shutil

import pytest

pytestmark = pytest.mark.browser

KEY = "relations.established"  # cited twice in history.md
EVIDENCE = "Relations between the two countries were established on June 12, 1942"


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}:
        pytest.fail(f"{reason} (CI=true: the browser tests must run here)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def chromium():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright is not installed: pip install -e '.[browser]'")
    executable = shutil.which("chromium")
    if executable is None:
        _unavailable("Chromium is not installed: apt-get install chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable,
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield browser
        browser.close()


@pytest.fixture
def open_page(chromium):
    """Open a built page from disk; on closing, fail on script errors or other hosts."""
    from playwright.sync_api import expect

    pages = []

    def open_(app, name: str):
        page = chromium.new_page(viewport={"width": 1000, "height": 700})
        requests, errors = [], []
        page.on("request", lambda request: requests.append(request.url))
        page.on("pageerror", lambda error: errors.append(str(error)))
        pages.append((page, requests, errors))
        page.goto((app.outdir / name).as_uri())
        return page, expect

    yield open_
    for page, requests, errors in pages:
        page.close()
        assert not errors, errors
        assert all(url.startswith("file:") for url in requests), requests


@pytest.fixture
def history(build, open_page):
    return open_page(build("html"), "history.html")


def test_the_second_citation_shows_the_tooltip_on_hover(history):
    page, expect = history
    first, second = page.locator(f'p .fact[data-fact="{KEY}"]').all()
    tip = page.locator(".fact-tip", has_text=EVIDENCE)
    expect(tip).to_have_count(1)
    expect(tip).to_be_hidden()
    second.locator(".fact-value").hover()
    expect(second.locator(".fact-tip")).to_be_visible()
    expect(second.locator(".fact-tip")).to_contain_text(EVIDENCE)
    first.locator(".fact-value").hover()  # and back to the first
    expect(first.locator(".fact-tip")).to_be_visible()
    expect(second.locator(".fact-tip")).to_have_count(0)
    page.mouse.move(0, 0)
    expect(tip).to_be_hidden()


def test_the_second_citation_shows_the_tooltip_on_keyboard_focus(history):
    page, expect = history
    second = page.locator(f'p .fact[data-fact="{KEY}"]').nth(1)
    value = second.locator(".fact-value")
    value.focus()
    tip = page.locator(f'[id="{value.get_attribute("aria-describedby")}"]')
    expect(tip).to_have_attribute("role", "tooltip")
    expect(tip).to_be_visible()
    expect(tip).to_contain_text(EVIDENCE)
    page.keyboard.press("Escape")  # dismissed without moving the focus
    expect(tip).to_be_hidden()
    expect(value).to_be_focused()


def test_the_charts_caption_has_the_weight_of_the_prose(build, open_page):
    """The book's theme sets captions light (300); the chart's, which cites facts, is not."""
    app = build("html", confoverrides={"html_theme": "sphinx_book_theme"})
    page, expect = open_page(app, "opinion.html")
    caption = page.locator("figure.fact-chart-figure figcaption")
    expect(caption).to_contain_text("favourable")
    weights = caption.evaluate(
        "el => [el, ...el.querySelectorAll('*')].map((e) => Number(getComputedStyle(e).fontWeight))"
    )
    assert weights[0] == 400 and min(weights) >= 400, weights
