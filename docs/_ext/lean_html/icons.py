"""Which Font Awesome icons the built pages show, and fonts that hold only those.

What the pages use is read from the pages themselves (pages.py).  An icon is shown

* by an element whose classes name it (``<i class="fa-solid fa-sun">``), in the
  font of its style (solid, regular or brands), or
* by a style sheet's rule whose ``content`` is an icon's character (directly or
  through custom properties such as ``--pst-icon-download``) and whose selector
  may match (pages.Usage.may_match).
"""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path

from . import css
from .pages import STYLES, Usage


def icon_characters(items: list[css.Item]) -> dict[str, str]:
    """fa-NAME -> its characters, from rules such as ``.fa-sun{--fa:"\\f185"}``."""
    found: dict[str, str] = {}
    for item in css.walk(items):
        if item.kind != "rule":
            continue
        value = dict(item.declarations()).get("--fa")
        if value is None:
            continue
        chars = "".join(css.strings(value))
        for selector in item.selectors:
            match = re.fullmatch(r"\.(fa-[-a-z0-9]+)", selector)
            if match and chars:
                found[match.group(1)] = chars
    return found


# Font Awesome's own per-icon properties: an element's icon classes set them (see
# icon_characters), so a rule's ``content: var(--fa)`` draws only those icons.
PER_ICON_PROPERTIES = {"--fa", "--fa--fa"}


def _custom_properties(items: list[css.Item]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for item in css.walk(items):
        if item.kind == "rule":
            for name, value in item.declarations():
                if name.startswith("--") and name not in PER_ICON_PROPERTIES:
                    found.setdefault(name, []).append(value)
    return found


def _characters_of(value: str, properties: dict[str, list[str]], depth: int = 0) -> set[str]:
    chars = set("".join(css.strings(value)))
    if depth < 10:
        for name in re.findall(r"var\(\s*(--[-\w]+)", value):
            for defined in properties.get(name, []):
                chars |= _characters_of(defined, properties, depth + 1)
    return chars


def _is_private_use(char: str) -> bool:
    code = ord(char)
    return 0xE000 <= code <= 0xF8FF or code >= 0xF0000


def drawn_by_rules(items: list[css.Item], usage: Usage) -> dict[str, set[str]]:
    """style -> icon characters that rules which may match put in ``content``."""
    properties = _custom_properties(items)
    found: dict[str, set[str]] = {s: set() for s in STYLES}
    for item in css.walk(items):
        if item.kind != "rule" or not any(usage.may_match(s) for s in item.selectors):
            continue
        declared = dict(item.declarations())
        if "content" not in declared:
            continue
        chars = {c for c in _characters_of(declared["content"], properties) if _is_private_use(c)}
        if not chars:
            continue
        font = declared.get("font", "") + declared.get("font-family", "")
        style = next((s for s in STYLES if f"--fa-font-{s}" in font), None)
        if style is None:
            style = "brands" if "Brands" in font else "solid"
        found[style] |= chars
    return found


def font_face(item: css.Item) -> tuple[str, str] | None:
    """(style, url) of a Font Awesome @font-face, or None for any other item."""
    if item.kind != "at" or not item.prelude.lower().startswith("@font-face"):
        return None
    declared = dict(item.declarations())
    family = declared.get("font-family", "").replace("\\", "")
    if "Font Awesome" not in family:
        return None
    url = re.search(r"url\(\s*[\"']?([^\"')]+)", declared.get("src", ""))
    if url is None:
        return None
    if "Brands" in family:
        return "brands", url.group(1)
    return ("solid" if declared.get("font-weight") == "900" else "regular"), url.group(1)


def subset_font(source: Path, characters: set[str]) -> bytes:
    """The WOFF2 font ``source`` with only ``characters`` (its names and notices kept)."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.flavor = "woff2"
    options.name_IDs = ["*"]  # the copyright and licence records stay
    options.name_languages = ["*"]
    # Keep the source's dates: a font stamped with the build's clock would differ each time.
    font = TTFont(source, recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(c) for c in characters))
    quiet = logging.getLogger("fontTools")  # it tells each step at INFO level
    level = quiet.level
    quiet.setLevel(max(level, logging.WARNING))
    try:
        subsetter.subset(font)
    finally:
        quiet.setLevel(level)
    font.flavor = "woff2"
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()
