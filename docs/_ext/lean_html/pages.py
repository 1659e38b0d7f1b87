"""What the built pages use: the classes of their elements and of their scripts.

Read from the HTML pages once they are written, so that whatever made a page
(a template, a directive, another extension) is taken into account.  A class a
script adds later is a word of that script (``"show"``, ``".tooltip-inner"``), or
is built from a word that ends with a hyphen (``` `bs-${name}-auto` ```, ``"kind-"
+ kind``): every word of the scripts the pages load counts as a class they may
use, and those prefixes too.  This errs on the side of keeping a rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from . import css

STYLES = ("solid", "regular", "brands")  # Font Awesome's free styles, one font each
# Classes that give an element Font Awesome's font (an icon needs one of them).
BASE_CLASSES = {"fa", "fas", "far", "fab", "fa-solid", "fa-regular", "fa-brands", "fa-classic"}
FA_CLASS = re.compile(r"fa-[a-z0-9]+(?:-[a-z0-9]+)*")
JS_WORD = re.compile(r"[A-Za-z_][-\w]*")
# A word that ends a string with a hyphen, or comes before ${...}: the start of a
# class a script builds ("kind-" + kind, `bs-${name}-auto`).
JS_PREFIX = re.compile(r"([A-Za-z_][-\w]*-)(?=[\"'`]|\$\{)")
# A run of text between quotes that names an icon: classes a script gives an element.
JS_ICON_CLASSES = re.compile(r"[\"'`]([^\"'`\n]*\bfa-[a-z0-9][-a-z0-9]*[^\"'`\n]*)[\"'`]")
# Scripts that hold data, not code: Sphinx's search index names every word of the book.
DATA_SCRIPTS = {"searchindex.js"}


def style_of(classes: set[str]) -> str:
    """The Font Awesome style an element's classes ask for."""
    if classes & {"fa-brands", "fab"}:
        return "brands"
    if classes & {"fa-regular", "far"}:
        return "regular"
    return "solid"


@dataclass
class Usage:
    """What the built pages use."""

    classes: set[str] = field(default_factory=set)  # of elements, and words of scripts
    prefixes: set[str] = field(default_factory=set)  # of classes scripts build
    icons: dict[str, set[str]] = field(default_factory=lambda: {s: set() for s in STYLES})
    scripts: set[Path] = field(default_factory=set)

    def note_classes(self, classes: list[str]) -> None:
        self.classes.update(classes)
        names = set(classes)
        icons = {c for c in names - BASE_CLASSES if FA_CLASS.fullmatch(c)}
        if icons and names & BASE_CLASSES:
            self.icons[style_of(names)].update(icons)

    def may_use(self, name: str) -> bool:
        return name in self.classes or name.startswith(tuple(self.prefixes))

    def may_match(self, selector: str) -> bool:
        """Whether every class ``selector`` requires is one the pages may use."""
        return all(self.may_use(name) for name in css.required_classes(selector))


class _PageReader(HTMLParser):
    def __init__(self, usage: Usage, page: Path, root: Path) -> None:
        super().__init__(convert_charrefs=True)
        self.usage, self.page, self.root = usage, page, root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("class"):
            self.usage.note_classes(values["class"].split())
        src = values.get("src")
        if tag == "script" and src and not re.match(r"[a-z][-+.a-z0-9]*:|//", src, re.I):
            path = (self.page.parent / src.split("?")[0].split("#")[0]).resolve()
            if path.is_file() and path.is_relative_to(self.root):
                self.usage.scripts.add(path)


def read(root: Path) -> Usage:
    """What the HTML pages under ``root`` (outside ``_static`` and the like) use."""
    usage = Usage()
    root = root.resolve()
    for page in sorted(root.rglob("*.html")):
        if any(part.startswith("_") for part in page.relative_to(root).parts[:-1]):
            continue
        reader = _PageReader(usage, page, root)
        reader.feed(page.read_text(encoding="utf-8"))
        reader.close()
    for script in sorted(usage.scripts):
        if script.name in DATA_SCRIPTS:
            continue
        text = script.read_text(encoding="utf-8", errors="replace")
        # Any word of a script may be a class it adds: more than it adds, never less.
        usage.classes.update(JS_WORD.findall(text))
        usage.prefixes.update(JS_PREFIX.findall(text))
        for match in JS_ICON_CLASSES.finditer(text):  # an icon a script draws, in its style
            usage.note_classes(match.group(1).split())
    return usage
