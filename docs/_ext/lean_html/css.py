"""Just enough CSS: rules as the text they were, selectors' required classes, strings.

The style sheets this reads are the theme's minified ones.  They are split into
top-level items (comments, ``@charset``-like statements, ``@media``-like blocks
whose rules are split in turn, and style rules); what is not changed is written
back byte for byte.  Nothing here needs to understand a declaration beyond its
name and its raw value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

# At-rules whose block holds style rules (the others' blocks are kept whole).
GROUPING = {"media", "supports", "layer", "container", "document", "scope", "starting-style"}


@dataclass
class Item:
    """A comment, a statement (``@charset ...;``) or a block with its prelude."""

    text: str  # the whole item as written (for an at-rule group: its prelude and braces)
    prelude: str = ""  # selectors, or the at-rule and its condition
    body: str = ""  # declarations, or the group's raw contents
    children: list[Item] | None = None  # the rules inside a grouping at-rule
    kind: str = "rule"  # "rule", "group", "at" (other block at-rule), "statement", "comment"
    selectors: list[str] = field(default_factory=list)

    def declarations(self) -> Iterator[tuple[str, str]]:
        """(name, value) of each declaration of a rule's body."""
        for part in split_top_level(self.body, ";"):
            name, colon, value = part.partition(":")
            if colon:
                yield name.strip().lower(), value.strip()


def _skip_string(text: str, i: int) -> int:
    quote = text[i]
    i += 1
    while i < len(text) and text[i] != quote:
        i += 2 if text[i] == "\\" else 1
    return i + 1


def _matching_brace(text: str, i: int) -> int:
    """The index just past the brace closing the one at ``i``."""
    depth = 0
    while i < len(text):
        char = text[i]
        if char in "\"'":
            i = _skip_string(text, i)
            continue
        if text.startswith("/*", i):
            i = text.index("*/", i + 2) + 2
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError("unbalanced braces in a style sheet")


def parse(text: str) -> list[Item]:
    """The top-level items of a style sheet (or of a grouping at-rule's block)."""
    items: list[Item] = []
    i = 0
    while i < len(text):
        if text[i].isspace():
            start = i
            while i < len(text) and text[i].isspace():
                i += 1
            items.append(Item(text[start:i], kind="space"))
            continue
        if text.startswith("/*", i):
            end = text.index("*/", i + 2) + 2
            items.append(Item(text[i:end], kind="comment"))
            i = end
            continue
        start = i
        # The prelude runs to the first "{" or ";" outside strings, comments and parentheses.
        depth = 0
        while i < len(text):
            char = text[i]
            if char in "\"'":
                i = _skip_string(text, i)
                continue
            if text.startswith("/*", i):
                i = text.index("*/", i + 2) + 2
                continue
            if char in "([":
                depth += 1
            elif char in ")]":
                depth -= 1
            elif depth == 0 and char in "{;}":
                break
            i += 1
        prelude = text[start:i].strip()
        if i >= len(text) or text[i] in ";}":
            # A statement such as @charset or @import; a stray "}" is kept as text.
            i = min(i + 1, len(text))
            items.append(Item(text[start:i], prelude, kind="statement"))
            continue
        end = _matching_brace(text, i)
        body = text[i + 1 : end - 1]
        if prelude.startswith("@"):
            name = re.match(r"@([-\w]+)", prelude)
            if name and name.group(1).lower() in GROUPING:
                items.append(
                    Item(text[start:end], prelude, body, parse(body), kind="group"),
                )
            else:
                items.append(Item(text[start:end], prelude, body, kind="at"))
        else:
            items.append(
                Item(text[start:end], prelude, body, selectors=split_top_level(prelude, ","))
            )
        i = end
    return items


def serialize(items: list[Item]) -> str:
    """The style sheet again: unchanged items as written, changed ones rebuilt."""
    out = []
    for item in items:
        if item.kind == "group":
            inner = serialize(item.children or [])
            if inner.strip():
                out.append(f"{item.prelude}{{{inner}}}")
        elif item.kind == "rule":
            if item.selectors:
                out.append(f"{','.join(item.selectors)}{{{item.body}}}")
        else:
            out.append(item.text)
    return "".join(out)


def walk(items: list[Item]) -> Iterator[Item]:
    """Every item, those inside grouping at-rules included, in order."""
    for item in items:
        yield item
        if item.children:
            yield from walk(item.children)


def prune(items: list[Item], keep_selector: Callable[[str], bool]) -> None:
    """Drop each selector that ``keep_selector`` rejects; a rule with none left goes."""
    for item in items:
        if item.kind == "rule":
            item.selectors = [s for s in item.selectors if keep_selector(s)]
        elif item.children:
            prune(item.children, keep_selector)


def split_top_level(text: str, separator: str) -> list[str]:
    """``text`` split at ``separator`` outside strings, parentheses and brackets."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(text):
        char = text[i]
        if char in "\"'":
            i = _skip_string(text, i)
            continue
        if char == "\\":
            i += 2
            continue
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == separator and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
        i += 1
    last = text[start:].strip()
    if last:
        parts.append(last)
    return [p for p in parts if p]


_IDENT = re.compile(r"-?(?:[_a-zA-Z]|[^\x00-\x7f]|\\.)(?:[-\w]|[^\x00-\x7f]|\\.)*")


def required_classes(selector: str) -> set[str]:
    """The classes an element must have for ``selector`` to match something.

    Classes inside :not(), :is(), :where(), :has() and attribute brackets are
    left out: a selector may match without them.
    """
    found, depth, i = set(), 0, 0
    while i < len(selector):
        char = selector[i]
        if char in "\"'":
            i = _skip_string(selector, i)
            continue
        if char == "\\":
            i += 2
            continue
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "." and depth == 0:
            match = _IDENT.match(selector, i + 1)
            if match:
                found.add(re.sub(r"\\(.)", r"\1", match.group()))
                i = match.end()
                continue
        i += 1
    return found


def strings(value: str) -> list[str]:
    """The CSS strings in a value, their escapes (``\\f002``, ``\\"``) decoded."""
    found = []
    for match in re.finditer(r"\"((?:[^\"\\]|\\.)*)\"|'((?:[^'\\]|\\.)*)'", value, re.DOTALL):
        raw = match.group(1) if match.group(1) is not None else match.group(2)
        found.append(
            re.sub(
                r"\\([0-9a-fA-F]{1,6})\s?|\\(.)",
                lambda m: chr(int(m.group(1), 16)) if m.group(1) else m.group(2),
                raw,
            )
        )
    return found


def rebase_urls(text: str, rebase: Callable[[str], str]) -> str:
    """Each relative ``url(...)`` of a style sheet passed through ``rebase``."""

    def one(match: re.Match[str]) -> str:
        quote, target = match.group(1) or "", match.group(2)
        if re.match(r"[a-z][-+.a-z0-9]*:|/|#", target, re.IGNORECASE):
            return match.group()
        return f"url({quote}{rebase(target)}{quote})"

    return re.sub(r"url\(\s*([\"']?)([^\"')]+)\1\s*\)", one, text)
