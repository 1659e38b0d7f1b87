"""A fact cited twice on a page: its one tooltip shows at either citation, by mouse or key.

The page holds the tooltip once, in the first citation; canru-facts.js moves it
into the citation the reader points at or tabs to.  The tiny book is opened from
disk in Debian's Chromium (never a downloaded browser); without Chromium or
Playwright the test skips, except on CI, where it must run.
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
def history(build, chromium):
    from playwright.sync_api import expect

    app = build("html")
    page = chromium.new_page(viewport={"width": 1000, "height": 700})
    requests, errors = [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((app.outdir / "history.html").as_uri())
    yield page, expect
    page.close()
    assert not errors, errors
    assert all(url.startswith("file:") for url in requests), requests


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
