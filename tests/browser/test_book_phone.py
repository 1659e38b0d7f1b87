"""Phone: at 390×844 no page of the book is wider than the screen.

A page that scrolls sideways on a phone hides the end of every line.  The page
itself must not be wider than its viewport, and no element of the article may
stick out past either edge, unless it sits in a box that fits the screen and
scrolls on its own (a wide table in its scroll box is fine; a long word is not).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_no_page_is_wider_than_a_phone(phone_page, book_pages, script):
    problems: list[str] = []
    for name in book_pages:
        phone_page.goto(name, wait_until="load")
        assert phone_page.viewport_size == {"width": 390, "height": 844}
        found = phone_page.evaluate(script("overflow"))
        assert found["found"], f"{name}: no <main> to check"
        if found["scrollWidth"] > found["clientWidth"]:
            problems.append(
                f"{name}: the page is {found['scrollWidth']}px wide in a "
                f"{found['clientWidth']}px screen"
            )
        problems += [f"{name}: {offender}" for offender in found["offenders"]]
    assert not problems, "content wider than a phone:\n" + "\n".join(problems)
