"""What is not prose, blanked out of a page's source before the bare-fact lint reads it.

The lint (:mod:`canru_facts.sphinx.lint`) looks for values written by hand in
the prose of a page.  :func:`myst_mask` and :func:`rst_mask` return the source
with everything that is not prose replaced by spaces, so that every line and
column stays where it was: code and literal blocks, comments, directive option
lines and the bodies of directives that hold no prose, link targets and URLs,
inline code, and the ``{fact}``/``:fact:`` and ``{num}``/``:num:`` roles.  A
role with an explicit title (``the 2014 crisis <crisis>``) keeps its title,
which is prose.
"""

from __future__ import annotations

import re

__all__ = ["VERBATIM_DIRECTIVES", "mask", "myst_mask", "rst_mask"]

VERBATIM_DIRECTIVES = frozenset(
    {
        "code",
        "code-block",
        "sourcecode",
        "code-cell",
        "literalinclude",
        "include",
        "math",
        "raw",
        "eval-rst",
        "mermaid",
        "graphviz",
        "digraph",
        "toctree",
        "highlight",
        "index",
        "parsed-literal",
        "bibliography",
        "fact-register",
        "fact-source",
        "fact-infobox",  # its lines are keys; a chart's caption is prose, and so
        "fact-people",  # are a timeline's headlines (its keys hold no bare value)
    }
)
_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,}|:{3,})(?P<info>[^\n]*)$")
_DIRECTIVE = re.compile(r"^\s*\{(?P<name>[\w:.-]+)\}")
_OPTION_LINE = re.compile(r"^\s*:[\w-]+:")
_SKIP_LINE = re.compile(
    r"^\s*(?:%.*|\([\w.:-]+\)=\s*|\[[^\]]+\]:\s+\S.*|<!--.*-->\s*)$"  # comment, target, link def
)
# Inline markup is masked over the whole page at once, so no pattern may run past
# the end of a line: each takes only characters that are not line breaks (those
# str.splitlines() ends a line at), and so finds what it would find line by line.
_BREAKS = r"\n\r\v\f\x1c-\x1e\x85\u2028\u2029"
_IN_LINE = rf"[^{_BREAKS}]"
_MYST_ROLE = re.compile(rf"\{{(?P<name>[\w:.+-]+)\}}(?P<ticks>`+)(?P<body>{_IN_LINE}*?)(?P=ticks)")
_INLINE_MASKS = (
    re.compile(rf"(`+)(?:(?!\1){_IN_LINE})+?\1"),  # inline code
    re.compile(  # link destination
        rf"\]\((?:[^()\s]|\([^(){_BREAKS}]*\))*(?:[^\S{_BREAKS}]+\"[^\"{_BREAKS}]*\")?\)"
    ),
    re.compile(rf"<https?://[^>{_BREAKS}]+>|https?://\S+"),  # URLs
    re.compile(rf"</?[A-Za-z][^>{_BREAKS}]*>"),  # HTML tags
    re.compile(rf"\{{\{{{_IN_LINE}*?\}}\}}"),  # substitutions
    re.compile(rf"\{{[#.][^}}{_BREAKS}]*\}}"),  # inline attributes
    re.compile(rf"\[\^[^\]{_BREAKS}]*\]"),  # footnote labels
)
_INLINE_COMMENT = re.compile(rf"<!--{_IN_LINE}*?-->")
_EXPLICIT_TITLE = re.compile(r"^(?P<title>.*?)\s*<[^<>]+>$", re.S)


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def _spaces(match: re.Match) -> str:
    """What a masked inline match leaves: as many spaces (it holds no line break)."""
    return " " * (match.end() - match.start())


def _mask_role(match: re.Match) -> str:
    name, body = match["name"], match["body"]
    titled = _EXPLICIT_TITLE.match(body) if name not in ("fact", "num") else None
    if titled is None:
        return _spaces(match)
    # {ref}`the 2014 crisis <crisis>`: the title is prose, the target is not
    start = match.start("body") - match.start()
    keep = match[0][start : start + len(titled["title"])]
    return " " * start + keep + " " * (len(match[0]) - start - len(keep))


def _mask_myst_inline(text: str) -> str:
    text = _INLINE_COMMENT.sub(_spaces, text)
    text = _MYST_ROLE.sub(_mask_role, text)
    for pattern in _INLINE_MASKS:
        text = pattern.sub(_spaces, text)
    return text


def myst_mask(text: str) -> str:
    """A MyST Markdown page with everything that is not prose blanked out (lengths kept)."""
    out: list[str] = []
    lines = text.splitlines(keepends=True)
    fences: list[tuple[str, int, bool]] = []  # (char, length, verbatim)
    options = False  # at the option lines opening a directive
    yaml = False
    comment = False
    front = bool(lines) and lines[0].strip() == "---"
    for number, line in enumerate(lines):
        stripped = line.strip()
        if front:
            out.append(_blank(line))
            front = not (number > 0 and stripped == "---")
            continue
        if comment:
            out.append(_blank(line))
            comment = "-->" not in line
            continue
        fence = _FENCE.match(line.rstrip("\n"))
        if (
            fences
            and fence
            and fence["fence"][0] == fences[-1][0]
            and len(fence["fence"]) >= fences[-1][1]
            and not fence["info"].strip()
        ):
            fences.pop()
            options = yaml = False
            out.append(_blank(line))
            continue
        if fences and fences[-1][2]:  # inside code: nothing is prose
            out.append(_blank(line))
            continue
        if fence:
            directive = _DIRECTIVE.match(fence["info"])
            verbatim = (
                directive is None
                and fence["fence"][0] != ":"
                or (directive is not None and directive["name"] in VERBATIM_DIRECTIVES)
            )
            fences.append((fence["fence"][0], len(fence["fence"]), verbatim))
            options = directive is not None
            out.append(_blank(line))
            continue
        if options:
            if stripped == "---" or yaml:
                yaml = not (yaml and stripped == "---")
                out.append(_blank(line))
                continue
            if _OPTION_LINE.match(line):
                out.append(_blank(line))
                continue
            options = False
        if "<!--" in line and "-->" not in line.split("<!--", 1)[1]:
            comment = True
            out.append(_blank(line))
            continue
        if _SKIP_LINE.match(line):
            out.append(_blank(line))
            continue
        out.append(line)  # prose: its inline markup is masked below, for all lines at once
    return _mask_myst_inline("".join(out))


# --- reStructuredText -----------------------------------------------------------------

_RST_EXPLICIT = re.compile(r"^(?P<indent>[ \t]*)\.\.(?:[ \t]+(?P<rest>.*))?$")
_RST_DIRECTIVE = re.compile(r"^(?:\|[^|]+\|[ \t]+)?(?P<name>[\w.+-]+(?::[\w.+-]+)*)::(?:[ \t]|$)")
_RST_FOOTNOTE = re.compile(r"^\[[^\]]+\]")
_RST_FIELD_NAME = re.compile(r"^[ \t]*:[^:\s][^:]*:(?=[ \t]|$)")
_RST_INLINE_LITERAL = re.compile(rf"``(?:(?!``){_IN_LINE})+``")
# :role:`body` and `body`:role:, with a domain prefix or not
_RST_ROLE = re.compile(
    rf":(?P<name>[\w.+-]+(?::[\w.+-]+)*):`(?P<body>(?:[^`{_BREAKS}])+)`"
    rf"|`(?P<body2>(?:[^`{_BREAKS}])+)`:(?P<name2>[\w.+-]+(?::[\w.+-]+)*):"
)
# `link text <target>`_ and `link text`__: the text is prose; the target is not
_RST_LINK = re.compile(rf"`(?P<body>[^`{_BREAKS}]+)`__?")
_RST_DEFAULT_ROLE = re.compile(rf"`[^`{_BREAKS}]+`")
_RST_INLINE_MASKS = (
    re.compile(rf"\|[^|\s{_BREAKS}](?:[^|{_BREAKS}]*[^|\s{_BREAKS}])?\|_{{0,2}}"),  # |subst|
    re.compile(r"\[(?:#|\*|\d+|#?[\w.-]+)\]_"),  # footnote and citation references
    re.compile(rf"<https?://[^>{_BREAKS}]+>|https?://\S+"),  # URLs
)


def _mask_rst_role(match: re.Match) -> str:
    name = match["name"] or match["name2"]
    body_group = "body" if match["body"] is not None else "body2"
    titled = _EXPLICIT_TITLE.match(match[body_group])
    if name.rpartition(":")[2] in ("fact", "num") or titled is None:
        return _spaces(match)
    start = match.start(body_group) - match.start()
    keep = match[0][start : start + len(titled["title"])]
    return " " * start + keep + " " * (len(match[0]) - start - len(keep))


def _mask_rst_link(match: re.Match) -> str:
    titled = _EXPLICIT_TITLE.match(match["body"])
    title = titled["title"] if titled else match["body"]
    return " " + title + " " * (len(match[0]) - 1 - len(title))


def _mask_rst_inline(text: str) -> str:
    text = _RST_INLINE_LITERAL.sub(_spaces, text)
    text = _RST_ROLE.sub(_mask_rst_role, text)
    text = _RST_LINK.sub(_mask_rst_link, text)
    text = _RST_DEFAULT_ROLE.sub(_spaces, text)
    for pattern in _RST_INLINE_MASKS:
        text = pattern.sub(_spaces, text)
    return text


def rst_mask(text: str) -> str:
    """A reStructuredText page with everything that is not prose blanked out (lengths kept).

    rST nests by indentation: an explicit markup block (``.. name::``, ``..
    comment``, ``.. _target:``) or a literal block (after a paragraph ending in
    ``::``) holds every following line indented deeper than its first.  Comments,
    targets, literal blocks and the bodies of verbatim directives are blanked; a
    directive's option lines are blanked and the rest of its body is prose, as is
    the text of a footnote.
    """
    out: list[str] = []
    # open blocks: [indent of their first line, verbatim, at the option lines]
    blocks: list[list] = []
    literal_after: int | None = None  # indent of a paragraph that ended with "::"
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if not stripped:
            if blocks:
                blocks[-1][2] = False  # a blank line ends a directive's options
            out.append(line)
            continue
        indent = len(line) - len(line.lstrip(" \t"))
        while blocks and indent <= blocks[-1][0]:
            blocks.pop()
        if literal_after is not None:
            if indent > literal_after:
                blocks.append([literal_after, True, False])
            literal_after = None
        if blocks and blocks[-1][1]:  # inside code, a comment or a literal block
            out.append(_blank(line))
            continue
        if blocks and blocks[-1][2]:
            if _RST_FIELD_NAME.match(line):
                out.append(_blank(line))
                continue
            blocks[-1][2] = False
        explicit = _RST_EXPLICIT.match(line.rstrip("\n"))
        if explicit:
            rest = explicit["rest"] or ""
            directive = _RST_DIRECTIVE.match(rest)
            if directive:
                name = directive["name"].rpartition(":")[2]
                verbatim = name in VERBATIM_DIRECTIVES or rest.startswith("|")
                blocks.append([indent, verbatim, not verbatim])
                out.append(_blank(line))
                continue
            footnote = _RST_FOOTNOTE.match(rest)
            if footnote:  # .. [1] its text is prose
                blocks.append([indent, False, False])
                label_end = line.index(footnote[0]) + len(footnote[0])
                out.append(_blank(line[:label_end]) + line[label_end:])
                continue
            blocks.append([indent, True, False])  # a comment, a target, an anonymous target
            out.append(_blank(line))
            continue
        if line.rstrip().endswith("::"):
            literal_after = indent
        field = _RST_FIELD_NAME.match(line)
        if field:  # a field list's name (":Date: ...", ":orphan:") is not prose
            line = _blank(field[0]) + line[field.end() :]
        out.append(line)
    return _mask_rst_inline("".join(out))


def mask(text: str, syntax: str) -> str:
    """``text`` in ``syntax`` ("markdown" or "restructuredtext") with only its prose left."""
    if syntax == "restructuredtext":
        return rst_mask(text)
    return myst_mask(text)
