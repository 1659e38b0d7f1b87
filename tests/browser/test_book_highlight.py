"""Quiet fact marks, and the reader's "Highlight facts" toggle.

By default a cited value reads like the text around it: the colour of the
prose, no background, a faint dotted underline (at least 3:1 against the page,
WCAG's contrast for what is not text).  Hovered or focused, it is marked in
full.  The toggle, a real button among the theme's header buttons, marks every
fact of the page, is operated with the keyboard, says whether it is pressed
(``aria-pressed``) and is remembered from page to page (``localStorage``).
Each test opens its own browser context, so that what it stores reaches no
other test.
"""

from __future__ import annotations

import contextlib

import pytest

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 900}  # as conftest.py's desktop and phone
PHONE = {"width": 390, "height": 844}
CHAPTER = "history.html"
OTHER_CHAPTER = "culture.html"
NO_FACTS = "see-also.html"
WCAG_AA = 4.5  # text
WCAG_NON_TEXT = 3.0  # a mark that is not text (an underline)
TOGGLE = "button.canru-facts-toggle"


@contextlib.contextmanager
def fresh_page(browser, site, request_log, theme: str = "light", viewport=DESKTOP, **options):
    """A page in a context of its own: empty storage, the theme chosen."""
    context = browser.new_context(
        base_url=site.base_url, viewport=viewport, color_scheme=theme, **options
    )
    context.set_default_timeout(15_000)
    request_log.watch(context)
    if theme == "dark":
        context.add_init_script(
            "if (location.protocol === 'http:') {"
            " localStorage.setItem('mode', 'dark'); localStorage.setItem('theme', 'dark'); }"
        )
    start, errors = len(request_log.urls), len(request_log.errors)
    try:
        yield context.new_page()
    finally:
        context.close()
    assert not request_log.foreign(since=start), "a page asked another host"
    assert not request_log.errors[errors:], f"script errors: {request_log.errors[errors:]}"


def marks(page, script) -> list[dict]:
    found = page.evaluate(script("mark-colours"))
    assert found, f"{page.url}: no fact in the article's paragraphs"
    return found


def test_a_fact_reads_like_the_text_around_it_until_hovered(browser, site, request_log, script):
    with fresh_page(browser, site, request_log) as page:
        page.goto(CHAPTER)
        quiet = marks(page, script)
        assert all(m["sameColourAsText"] and not m["marked"] for m in quiet), quiet[:3]
        assert all(m["decoration"] == "underline dotted" for m in quiet), quiet[:3]
        page.locator("main article p .fact > .fact-value").first.hover()
        hovered = marks(page, script)
        assert hovered[0]["marked"] and not any(m["marked"] for m in hovered[1:])


def test_the_toggle_is_a_button_among_the_header_buttons(browser, site, request_log, expect):
    for viewport, extra in ((DESKTOP, {}), (PHONE, {"is_mobile": True, "has_touch": True})):
        with fresh_page(browser, site, request_log, viewport=viewport, **extra) as page:
            page.goto(CHAPTER)
            toggle = page.locator(f".article-header-buttons {TOGGLE}")
            expect(toggle).to_be_visible()
            expect(toggle).to_have_attribute("aria-pressed", "false")
            expect(toggle).to_have_accessible_name("Highlight facts")
            assert toggle.evaluate("el => el.tagName") == "BUTTON"


def test_a_page_citing_no_fact_has_no_toggle(browser, site, request_log):
    with fresh_page(browser, site, request_log) as page:
        page.goto(NO_FACTS)
        assert page.locator(TOGGLE).count() == 0


def test_the_toggle_marks_every_fact_and_is_remembered(browser, site, request_log, script, expect):
    with fresh_page(browser, site, request_log) as page:
        page.goto(CHAPTER)
        toggle = page.locator(TOGGLE)
        toggle.click()
        expect(toggle).to_have_attribute("aria-pressed", "true")
        assert all(m["marked"] for m in marks(page, script))
        page.goto(OTHER_CHAPTER)  # the next page remembers it
        expect(page.locator(TOGGLE)).to_have_attribute("aria-pressed", "true")
        assert all(m["marked"] for m in marks(page, script))
        page.locator(TOGGLE).click()
        expect(page.locator(TOGGLE)).to_have_attribute("aria-pressed", "false")
        page.goto(CHAPTER)
        expect(page.locator(TOGGLE)).to_have_attribute("aria-pressed", "false")
        assert not any(m["marked"] for m in marks(page, script))


def test_the_toggle_works_from_the_keyboard(browser, site, request_log, script, expect):
    with fresh_page(browser, site, request_log) as page:
        page.goto(CHAPTER)
        for _ in range(60):  # the header's links and buttons come first
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.matches('button.canru-facts-toggle')"):
                break
        else:
            pytest.fail("the toggle cannot be reached with the Tab key")
        toggle = page.locator(TOGGLE)
        page.keyboard.press("Space")
        expect(toggle).to_have_attribute("aria-pressed", "true")
        assert all(m["marked"] for m in marks(page, script))
        page.keyboard.press("Enter")
        expect(toggle).to_have_attribute("aria-pressed", "false")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_marks_are_readable_quiet_and_highlighted(browser, site, request_log, script, theme):
    with fresh_page(browser, site, request_log, theme=theme) as page:
        page.goto(CHAPTER)
        assert page.evaluate("document.documentElement.dataset.theme") == theme
        for state in ("quiet", "highlighted"):
            if state == "highlighted":
                page.locator(TOGGLE).click()
            found = marks(page, script)
            poor_text = [m for m in found if m["text"] < WCAG_AA]
            poor_line = [m for m in found if m["line"] < WCAG_NON_TEXT]
            assert not poor_text, f"{state} facts below {WCAG_AA}:1 ({theme}): {poor_text[:3]}"
            assert not poor_line, f"{state} underlines below 3:1 ({theme}): {poor_line[:3]}"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_axe_finds_nothing_serious_with_every_fact_highlighted(
    browser, site, request_log, axe, theme
):
    with fresh_page(browser, site, request_log, theme=theme) as page:
        page.goto(CHAPTER)
        page.locator(TOGGLE).click()
        violations = axe.run(page).response["violations"]
        serious = [v["id"] for v in violations if v["impact"] in {"serious", "critical"}]
        assert not serious, f"{theme}: {serious}"


@pytest.mark.parametrize("screen", ["desktop", "phone", "dark"])
def test_screenshot_of_a_chapter_highlighted(browser, site, request_log, screenshots, screen):
    theme = "dark" if screen == "dark" else "light"
    viewport = PHONE if screen == "phone" else DESKTOP
    with fresh_page(browser, site, request_log, theme=theme, viewport=viewport) as page:
        page.goto(CHAPTER, wait_until="networkidle")
        page.locator(TOGGLE).click()
        path = screenshots / f"chapter-highlighted-{screen}-screen.png"
        page.screenshot(path=path, scale="css", animations="disabled")
        assert path.stat().st_size > 5_000
