"""No page of the book is wider than the screen: on a phone (390×844) or a desktop.

A page that scrolls sideways hides the end of every line.  The page itself must
not be wider than its viewport, and no element of the article may stick out past
either edge, unless it sits in a box that fits the screen and scrolls on its own
(a wide table in its scroll box is fine; a long word, or a hidden tooltip that
still takes room, is not).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

SCREENS = {"phone": ("phone_page", 390), "desktop": ("page", 1280)}


@pytest.mark.parametrize("screen", list(SCREENS))
def test_no_page_is_wider_than_the_screen(screen, request, book_pages, script):
    fixture, width = SCREENS[screen]
    page = request.getfixturevalue(fixture)
    assert page.viewport_size["width"] == width
    problems: list[str] = []
    for name in book_pages:
        page.goto(name, wait_until="load")
        found = page.evaluate(script("overflow"))
        assert found["found"], f"{name}: no <main> to check"
        if found["scrollWidth"] > found["clientWidth"]:
            problems.append(
                f"{name}: the page is {found['scrollWidth']}px wide in a "
                f"{found['clientWidth']}px screen"
            )
        problems += [f"{name}: {offender}" for offender in found["offenders"]]
    assert not problems, f"content wider than a {screen} screen:\n" + "\n".join(problems)


@pytest.mark.parametrize("screen", list(SCREENS))
def test_no_word_is_broken_across_lines(screen, request, book_pages, script):
    """A label in a column too narrow for it ("Evide- / nce:") reads badly."""
    page = request.getfixturevalue(SCREENS[screen][0])
    broken: dict[str, list[str]] = {}
    for name in book_pages:
        page.goto(name, wait_until="load")
        if found := page.evaluate(script("split-words")):
            broken[name] = sorted(set(found))
    assert not broken, f"words broken across lines on a {screen} screen: {broken}"
