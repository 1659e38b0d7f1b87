"""Screenshots of the book as readers see it, kept under build/screenshots/.

The landing page, a chapter, the register and the timeline, each at desktop
(1280×900) and phone (390×844) width: the visible screen and the whole page.
They are artefacts for people to look at; the test only proves each page showed
its heading, in its fonts, before the picture was taken.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

PAGES = {
    "landing": "index.html",
    "chapter": "history.html",
    "register": "register.html",
    "timeline": "timeline.html",
}


@pytest.mark.parametrize("width", ["desktop", "phone"])
@pytest.mark.parametrize("what", list(PAGES))
def test_screenshot(what, width, request, book_pages, screenshots):
    name = PAGES[what]
    assert name in book_pages, f"{name} is not in the book"
    page = request.getfixturevalue("page" if width == "desktop" else "phone_page")
    page.goto(name, wait_until="networkidle")
    page.evaluate("document.fonts.ready.then(() => true)")
    heading = page.locator("main article h1").first
    assert heading.is_visible(), f"{name}: its heading is not visible at {width} width"
    for extent, full_page in (("screen", False), ("page", True)):
        path = screenshots / f"{what}-{width}-{extent}.png"
        page.screenshot(path=path, full_page=full_page, scale="css", animations="disabled")
        assert path.stat().st_size > 5_000, f"{path.name} is suspiciously small"
