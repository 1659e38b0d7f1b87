"""Screenshots of the book as readers see it, kept under build/screenshots/.

The landing page, a chapter, the register and the timeline: at desktop width
(1280×900) and phone width (390×844), each as the first screen and as the whole
page, and in the dark theme at desktop width (first screen).  The register's
whole page is left out: it is tens of thousands of pixels of alike entries.
They are artefacts for people to look at; the test proves each page showed its
heading, with its fonts loaded, before the picture was taken.
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
SCREENS = {"desktop": "page", "phone": "phone_page", "dark": "dark_page"}


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("what", list(PAGES))
def test_screenshot(what, screen, request, book_pages, screenshots):
    name = PAGES[what]
    assert name in book_pages, f"{name} is not in the book"
    page = request.getfixturevalue(SCREENS[screen])
    page.goto(name, wait_until="networkidle")
    assert page.evaluate("document.fonts.ready.then(() => document.fonts.status)") == "loaded"
    heading = page.locator("main article h1").first
    assert heading.is_visible(), f"{name}: its heading is not visible ({screen})"
    extents = {"screen": False}
    if screen != "dark" and what != "register":
        extents["page"] = True
    for extent, full_page in extents.items():
        path = screenshots / f"{what}-{screen}-{extent}.png"
        page.screenshot(path=path, full_page=full_page, scale="css", animations="disabled")
        assert path.stat().st_size > 5_000, f"{path.name} is suspiciously small"
