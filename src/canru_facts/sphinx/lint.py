"""The bare-fact lint: values written by hand where the ``{fact}`` role belongs.

A chapter that types "1942" or "27%" or "Sarah Taylor" instead of citing the
fact escapes the checker: the value is never proven and never updated.  This
lint reads a chapter's Markdown source and reports, at ``file:line``:

* a year (four digits, 1000–2099, also "1990s"), and a full date ("12 June
  1942", "June 12, 1942", "November 2023");
* a percentage ("27%", "27 per cent"); a money figure ("$25 billion", "USD 5");
* the name of a person in the registry, or their surname alone when no other
  person in the registry shares it (not at the start of a sentence, where a
  capital says nothing).

It skips ``{fact}`` and ``{num}`` roles, the targets of other roles and links,
inline code, code blocks, directive option lines, front matter, comments and
URLs.  The one escape for a number that is *not* a fact is ``{num}`1900s```,
which renders its content as plain text.

:func:`lint_text` is a plain function, so a test can run it over ``docs/*.md``;
:func:`lint_source` reports the same findings as ``fact.bare`` warnings while
Sphinx reads each Markdown page.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from ..model import Decade, Fact, Money, Percentage, Person
from ..registry import Registry
from .messages import warn

# --- what a bare fact looks like ----------------------------------------------

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
)
_MONTH = rf"(?:{_MONTHS})"
_DAY = r"\d{1,2}(?:st|nd|rd|th|er|e)?"
_DAYS = rf"{_DAY}(?:\s*[–-]\s*{_DAY})?"
_YEAR_NUMBER = r"(?:1\d{3}|20\d{2})"

# Each pattern opens with a lookahead on the characters its matches can start with:
# the regex engine then skips to those characters instead of trying every position
# (the lint reads every page of the book on every build).
FULL_DATE = re.compile(
    rf"(?=[\dJFMASONDjfmasond])(?<![\w.,])(?:{_DAYS}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR_NUMBER}"
    rf"|{_MONTH}\s+{_DAYS},?\s+{_YEAR_NUMBER}"
    rf"|{_MONTH}\s+{_YEAR_NUMBER})(?!\w)"
)
YEAR = re.compile(rf"(?=[12])(?<![\w.,$€£])({_YEAR_NUMBER})(s|’s|'s)?(?!\w|[.,]\d)")
PERCENTAGE = re.compile(
    r"(?=\d)(?<![\w.,])(\d+(?:[.,]\d+)?)[\s\u00a0\u202f]?"
    r"(?:%|per\s?cent\b|percent\b|pour\s?cent\b)"
)
_SCALE = r"(?:\s(?:thousand|million|billion|trillion|milliards?|millions?))?"
_NUMBER = r"\d[\d,.\u00a0\u202f]*\d|\d"
MONEY = re.compile(
    rf"(?=[\dUCAEGR$€£¥₽])(?:"
    rf"(?:(?:US|CA|C|A)?\$|[€£¥₽]|\b(?:USD|CAD|EUR|GBP|RUB)[\s\u00a0]?)\s?(?P<a>{_NUMBER}){_SCALE}"
    rf"|(?<![\w.,])(?P<b>{_NUMBER}){_SCALE}\s(?:dollars|roubles|rubles|euros)\b"
    rf"|(?<![\w.,])(?P<c>{_NUMBER}){_SCALE}[\s\u00a0\u202f](?:\$|€))"
)


@dataclass(frozen=True)
class Finding:
    """One bare value: where it is, what it looks like, and what to write instead."""

    line: int  # 1-based
    column: int  # 1-based
    kind: str  # "date", "year", "percentage", "money", "person"
    text: str
    keys: tuple[str, ...] = ()  # facts that may be meant, best first

    @property
    def message(self) -> str:
        shown = " ".join(self.text.split())
        if self.keys:
            cite = " or ".join(f"{{fact}}`{key}`" for key in self.keys[:3])
            advice = f"cite it with {cite}"
            if self.kind != "person":
                advice += f"; if it is not a fact, write {{num}}`{shown}`"
        else:
            advice = (
                f"if it is a fact, add it to the registry and cite it with {{fact}}`key`; "
                f"if not, write {{num}}`{shown}`"
            )
        return f"bare {self.kind} {shown!r} written by hand; {advice}"


# --- the masking of what is not prose ------------------------------------------

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
        "fact-timeline",
        "fact-chart",
        "fact-infobox",
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
_ROLE = re.compile(rf"\{{(?P<name>[\w:.+-]+)\}}(?P<ticks>`+)(?P<body>{_IN_LINE}*?)(?P=ticks)")
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


def _mask_inline(text: str) -> str:
    text = _INLINE_COMMENT.sub(_spaces, text)
    text = _ROLE.sub(_mask_role, text)
    for pattern in _INLINE_MASKS:
        text = pattern.sub(_spaces, text)
    return text


def prose_mask(text: str) -> str:
    """``text`` with everything that is not prose blanked out (lengths kept)."""
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
    return _mask_inline("".join(out))


# --- finding ---------------------------------------------------------------------


class _Index:
    """What the registry holds, to recognise names and to suggest keys."""

    def __init__(self, registry: Mapping[str, Fact]) -> None:
        self.by_year: dict[int, list[str]] = defaultdict(list)
        self.by_decade: dict[int, list[str]] = defaultdict(list)
        self.by_percentage: dict[Decimal, list[str]] = defaultdict(list)
        self.by_amount: dict[Decimal, list[str]] = defaultdict(list)
        self.by_name: dict[str, str] = {}
        people: list[tuple[str, str]] = []
        for key, fact in registry.items():
            value = fact.value
            if isinstance(value, Decade):
                self.by_decade[value.start].append(key)
            elif hasattr(value, "year"):
                self.by_year[value.year].append(key)
            if isinstance(value, Percentage):
                self.by_percentage[Decimal(value.value)].append(key)
            if isinstance(value, Money):
                self.by_amount[Decimal(value.amount)].append(key)
            if isinstance(value, Person):
                people.append((" ".join(value.name.split()), key))
        surnames = Counter(name.split()[-1] for name, _key in people)
        full_names = {name for name, _key in people}
        self.surnames: set[str] = set()
        for name, key in people:
            self.by_name.setdefault(name, key)
            surname = name.split()[-1]
            if surnames[surname] == 1 and surname != name and surname not in full_names:
                self.by_name.setdefault(surname, key)
                self.surnames.add(surname)
        self.names = names_pattern(self.by_name)


def names_pattern(names: Iterable[str]) -> re.Pattern | None:
    """One regex finding any of ``names`` as whole words, the longest name first.

    The names are laid out as a trie ("Sarah Taylor" and "Sarah Tremblay" share
    "Sarah T"), so at each place the engine follows one path instead of trying
    every name; a space in a name matches any run of white space.  A lookahead on
    the names' first letters lets it skip to where a name can start.
    """
    trie: dict = {}
    for name in names:
        node = trie
        for char in name:
            node = node.setdefault(r"\s+" if char == " " else re.escape(char), {})
        node[""] = {}  # a name ends here
    if not trie:
        return None
    first = "".join(trie)
    return re.compile(rf"(?=[{first}])(?<![\w-])({_trie_regex(trie)})(?![\w-])")


def _trie_regex(node: dict) -> str:
    # Branches start with different characters, so their order does not matter; a
    # name that ends where a longer one goes on is an optional, greedy tail.
    branches = [token + _trie_regex(rest) for token, rest in node.items() if token]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


# One index per registry: a build lints every page against the same one.  A
# Registry cannot change, so its index never goes stale (and is kept alive with
# it, so its id is not reused); a plain mapping may change, and is indexed anew.
_INDEXES: dict[int, tuple[Registry, _Index]] = {}
_INDEXES_KEPT = 4  # a few builds in one process (tests, sphinx-autobuild)


def _index_for(registry: Mapping[str, Fact]) -> _Index:
    if not isinstance(registry, Registry):
        return _Index(registry)
    cached = _INDEXES.get(id(registry))
    if cached is None:
        if len(_INDEXES) >= _INDEXES_KEPT:
            _INDEXES.clear()
        cached = _INDEXES[id(registry)] = (registry, _Index(registry))
    return cached[1]


def lint_text(text: str, registry: Mapping[str, Fact]) -> list[Finding]:
    """Every bare value in a chapter's Markdown source, in order."""
    index = _index_for(registry)
    masked = prose_mask(text)
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, str, str, tuple[str, ...]]] = []

    def add(start: int, end: int, kind: str, keys: list[str]) -> None:
        if any(start < b and a < end for a, b in taken):
            return
        taken.append((start, end))
        found.append((start, kind, text[start:end], tuple(keys)))

    for m in FULL_DATE.finditer(masked):
        year = int(re.findall(_YEAR_NUMBER, m[0])[-1])
        add(m.start(), m.end(), "date", index.by_year.get(year, []))
    for m in MONEY.finditer(masked):
        amount = _decimal(m["a"] or m["b"] or m["c"])
        add(m.start(), m.end(), "money", index.by_amount.get(amount, []))
    for m in PERCENTAGE.finditer(masked):
        add(m.start(), m.end(), "percentage", index.by_percentage.get(_decimal(m[1]), []))
    for m in YEAR.finditer(masked):
        year = int(m[1])
        keys = index.by_decade.get(year, []) if m[2] == "s" else []
        keys = keys or index.by_year.get(year, [])
        add(
            m.start(),
            m.end(),
            "year",
            [f"{k}:year" if k not in index.by_decade.get(year, []) else k for k in keys],
        )
    if index.names is not None:
        for m in index.names.finditer(masked):
            name = " ".join(m[1].split())
            if name in index.surnames and _starts_sentence(masked, m.start()):
                continue
            key = index.by_name[name]
            add(m.start(), m.end(), "person", [f"{key}:surname" if name in index.surnames else key])
    if not found:
        return []
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    findings = []
    for start, kind, shown, keys in sorted(found):
        line = bisect.bisect_right(starts, start)
        findings.append(Finding(line, start - starts[line - 1] + 1, kind, shown, keys))
    return findings


def _decimal(number: str | None) -> Decimal | None:
    if not number:
        return None
    cleaned = (
        re.sub(r"[\s\u00a0\u202f,]", "", number)
        if "," in number and "." in number
        else re.sub(r"[\s\u00a0\u202f]", "", number).replace(",", ".")
    )
    if cleaned.count(".") > 1:
        cleaned = cleaned.replace(".", "")
    try:
        return Decimal(cleaned).normalize()
    except InvalidOperation:
        return None


def _starts_sentence(text: str, at: int) -> bool:
    at -= 1
    while at >= 0 and text[at] in " \t\n*_":
        at -= 1
    return at < 0 or text[at] in ".!?:#>-|"


# --- Sphinx -------------------------------------------------------------------------


def lint_source(app: Any, docname: str, source: list[str]) -> None:
    """source-read: warn at every bare value of a Markdown page (``fact.bare``)."""
    if not app.config.canru_facts_lint:
        return
    if app.env.doc2path(docname).suffix not in (".md", ".markdown"):
        return
    registry = app.env.domains["facts"].facts().registry
    for finding in lint_text(source[0], registry):
        warn(finding.message, (docname, finding.line), "bare")
