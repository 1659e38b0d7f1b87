"""The icons still show: each one a page draws is a character of the icon font it loads.

The book cuts Font Awesome's fonts to the icons its pages use (docs/_ext/lean_html).
Here every page is opened, each element that draws an icon is asked which
character its ``::before`` shows and in which font weight, and that character
must be in the font the page's style sheet gives for that weight; the font must
have loaded.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import pytest

pytestmark = pytest.mark.browser

ICONS = """() => [...document.querySelectorAll(
  ".fa, .fas, .far, .fab, .fa-solid, .fa-regular, .fa-brands")].map((el) => {
  const drawn = getComputedStyle(el, "::before");
  return {classes: el.className, content: drawn.content, weight: drawn.fontWeight};
})"""
FONTS = """() => [...document.styleSheets].flatMap((sheet) => {
  try { return [...sheet.cssRules].map((rule) => [sheet.href, rule.cssText]); }
  catch { return []; }
}).filter(([, text]) => text.startsWith("@font-face") && text.includes("Font Awesome"))"""
LOADED = """() => [...document.fonts].filter(
  (face) => face.family.includes("Font Awesome") && face.status === "loaded").length"""


def character_map(path):
    from fontTools.ttLib import TTFont

    return set(TTFont(path).getBestCmap())


def test_every_icon_drawn_is_in_the_font_the_page_loads(page, book_pages, site):
    missing = {}
    for name in book_pages:
        page.goto(name, wait_until="networkidle")
        fonts = {}
        for sheet, rule in page.evaluate(FONTS):
            weight = re.search(r"font-weight:\s*(\d+)", rule)
            url = re.search(r"url\(\"?([^\")]+)", rule)
            assert weight and url, rule
            path = site.root / urlsplit(urljoin(sheet, url.group(1))).path.lstrip("/")
            fonts[weight.group(1)] = character_map(path)
        icons = page.evaluate(ICONS)
        assert icons, f"{name} draws no icon"
        assert page.evaluate(LOADED), f"{name} loaded no icon font"
        for icon in icons:
            shown = re.match(r'"(.)', icon["content"])
            assert shown, f"{name}: {icon['classes']} draws nothing ({icon['content']})"
            if ord(shown.group(1)) not in fonts.get(icon["weight"], set()):
                missing.setdefault(name, []).append(icon["classes"])
    assert not missing, f"icons whose character the font lacks: {missing}"
