"""Dark mode: the fact highlight, its tooltip and the chart stay readable.

The reader's choice is what the theme switcher stores (``localStorage``), and the
system preference is emulated too (conftest.py, ``dark``).  Contrast is measured
as WCAG 2 defines it, between a text's computed colour and the background it is
actually drawn on (the element's own and its ancestors' backgrounds, blended).
The chart is judged from its pixels as rendered: it must sit on an opaque light
plate with dark ink, or its black labels would vanish into the dark page.
"""

from __future__ import annotations

import io
from collections import Counter

import pytest

pytestmark = pytest.mark.browser

WCAG_AA = 4.5  # normal-size text


def _theme_page(request, theme: str):
    page = request.getfixturevalue("page" if theme == "light" else "dark_page")
    return page


def _loaded(page, name: str, theme: str) -> None:
    page.goto(name, wait_until="load")
    assert page.evaluate("document.documentElement.dataset.theme") == theme


def _pages_with(book, book_pages: list[str], marker: str) -> list[str]:
    """The pages whose HTML holds `marker`: which pages to open, not what to assert."""
    return [name for name in book_pages if marker in (book / name).read_text(encoding="utf-8")]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_fact_is_readable(theme, request, book, book_pages, script):
    page = _theme_page(request, theme)
    pages = _pages_with(book, book_pages, 'class="fact')
    assert pages, "no page of the book cites a fact"
    poor, measured = [], 0
    for name in pages:
        _loaded(page, name, theme)
        for found in page.evaluate(script("contrasts"), ".fact"):
            measured += 1
            if found["ratio"] < WCAG_AA:
                poor.append(f"{name}: {found}")
    assert measured, "no fact text was measured"
    assert not poor, f"facts below {WCAG_AA}:1 contrast in the {theme} theme:\n" + "\n".join(
        poor[:20]
    )


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_facts_tooltip_is_readable(theme, request, book, book_pages, script, screenshots):
    page = _theme_page(request, theme)
    name = _pages_with(book, book_pages, 'class="fact-tip"')[0]
    _loaded(page, name, theme)
    fact = page.locator("main article p .fact:has(.fact-tip)").first
    fact.locator(".fact-value").hover()
    tip = fact.locator(".fact-tip")
    tip.wait_for(state="visible")
    found = page.evaluate(script("contrasts"), f'[id="{tip.get_attribute("id")}"]')
    assert found, "the tooltip shows no text"
    poor = [f for f in found if f["ratio"] < WCAG_AA]
    assert not poor, f"{name}: tooltip text below {WCAG_AA}:1 in the {theme} theme: {poor}"
    value, box = fact.bounding_box(), tip.bounding_box()
    left, top = min(value["x"], box["x"]) - 16, value["y"] - 16
    right = max(value["x"] + value["width"], box["x"] + box["width"]) + 16
    clip = {"x": max(left, 0), "y": top, "width": right - max(left, 0)}
    clip["height"] = box["y"] + box["height"] + 16 - top
    page.screenshot(path=screenshots / f"tooltip-{theme}.png", clip=clip, animations="disabled")


def _relative_luminance(rgb: tuple[int, ...]) -> float:
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: float, b: float) -> float:
    high, low = max(a, b), min(a, b)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_chart_is_readable(theme, request, book, book_pages, script, screenshots):
    from PIL import Image  # Pillow comes with matplotlib, which draws the chart

    page = _theme_page(request, theme)
    pages = _pages_with(book, book_pages, 'class="fact-chart"')
    assert pages, "no page of the book shows the opinion chart"
    _loaded(page, pages[0], theme)
    chart = page.locator("img.fact-chart").first
    chart.scroll_into_view_if_needed()
    assert chart.evaluate("img => img.complete && img.naturalWidth > 0"), "the chart did not load"
    assert chart.get_attribute("alt"), "the chart has no alt text"

    picture = chart.screenshot(path=screenshots / f"chart-{theme}.png", animations="disabled")
    pixels = Image.open(io.BytesIO(picture)).convert("RGB")
    colours = Counter({colour: count for count, colour in pixels.getcolors(1 << 24)})
    plate, _count = colours.most_common(1)[0]
    plate_luminance = _relative_luminance(plate)
    assert plate_luminance > 0.5, f"the chart's background {plate} is not light ({theme} theme)"
    total = sum(colours.values())
    ink = sum(
        count
        for colour, count in colours.items()
        if _contrast(_relative_luminance(colour), plate_luminance) >= WCAG_AA
    )
    assert ink / total > 0.005, (
        f"the chart shows almost no ink readable on its background ({ink} of {total} pixels)"
    )

    if theme == "dark":  # the test proves nothing if the page around the chart is not dark
        around = chart.evaluate(script("page-background"))
        assert _relative_luminance(around) < 0.2, f"the page is not dark around the chart: {around}"
