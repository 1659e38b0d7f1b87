"""The bare-fact lint: values written by hand where the ``{fact}`` role belongs.

A chapter that types "1942" or "27%" or "Sarah Taylor" instead of citing the
fact escapes the checker: the value is never proven and never updated.  This
lint reads a page's source, MyST Markdown or reStructuredText, and reports, at
``file:line``:

* a year (four digits, 1000–2099, also "1990s"), and a full date ("12 June
  1942", "June 12, 1942", "November 2023");
* a percentage ("27%", "27 per cent"); a money figure ("$25 billion", "USD 5");
* the name of a person in the registry, or their surname alone when no other
  person in the registry shares it (not at the start of a sentence, where a
  capital says nothing).

It reads prose only (:mod:`canru_facts.sphinx.masks` says what is not prose).
The one escape for a number that is *not* a fact is the ``num`` role
(``{num}`1900s``` in MyST, ``:num:`1900s``` in rST), which renders its content
as plain text.

:func:`lint_text` is a plain function, so a test can run it over ``docs/*.md``;
:func:`lint_source` reports the same findings as ``fact.bare`` warnings while
Sphinx reads each Markdown or reStructuredText page.  The findings depend on the
registry too (a person's name); like any warning made while reading, they are
given again when the page is read again.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from ..house import LANGUAGES, month_names
from ..model import Decade, Fact, Money, Percentage, Person
from .masks import mask
from .messages import _, warn

# --- what a bare fact looks like ----------------------------------------------

# Month names of every language the book can be written in, from CLDR (Babel), as
# written in running text and at the start of a sentence.
_MONTH_NAMES = sorted(
    {
        spelled
        for language in LANGUAGES
        for name in month_names(language).values()
        for spelled in (name, name[:1].upper() + name[1:])
    },
    key=lambda name: (-len(name), name),
)
_MONTHS = "|".join(map(re.escape, _MONTH_NAMES))
_MONTH = rf"(?:{_MONTHS})"
_MONTH_INITIALS = "".join(sorted({name[0] for name in _MONTH_NAMES}))
_DAY = r"\d{1,2}(?:st|nd|rd|th|er|e)?"
_DAYS = rf"{_DAY}(?:\s*[–-]\s*{_DAY})?"
_YEAR_NUMBER = r"(?:1\d{3}|20\d{2})"

# Each pattern opens with a lookahead on the characters its matches can start with:
# the regex engine then skips to those characters instead of trying every position
# (the lint reads every page of the book on every build).
FULL_DATE = re.compile(
    rf"(?=[\d{_MONTH_INITIALS}])(?<![\w.,])(?:{_DAYS}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR_NUMBER}"
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
    syntax: str = "markdown"  # of the page: the advice writes roles its way

    @property
    def message(self) -> str:
        shown = " ".join(self.text.split())
        fact, num = _ROLE_SYNTAX.get(self.syntax, _ROLE_SYNTAX["markdown"])
        escape = num % shown
        if self.keys:
            cite = " or ".join(fact % key for key in self.keys[:3])
            advice = str(_("cite it with %s")) % cite
            if self.kind != "person":
                advice += str(_("; if it is not a fact, write %s")) % escape
        else:
            advice = str(
                _(
                    "if it is a fact, add it to the registry and cite it with %(fact)s; "
                    "if not, write %(num)s"
                )
            ) % {"fact": fact % "key", "num": escape}
        words = str(_("bare %(kind)s %(shown)r written by hand; %(advice)s"))
        return words % {"kind": self.kind, "shown": shown, "advice": advice}


_ROLE_SYNTAX = {  # the fact and num roles, as each source format writes them
    "markdown": ("{fact}`%s`", "{num}`%s`"),
    "restructuredtext": (":fact:`%s`", ":num:`%s`"),
}


# --- finding ---------------------------------------------------------------------


class Index:
    """What a registry holds, to recognise its values and names and to suggest keys.

    Made once per build (``LoadedFacts.lint_index``): every page is linted
    against the same one.
    """

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


def lint_text(
    text: str, facts: Mapping[str, Fact] | Index, syntax: str = "markdown"
) -> list[Finding]:
    """Every bare value in a page's source, in order.

    ``facts`` is a registry, or its :class:`Index`; ``syntax`` is the page's
    source format as Sphinx names it, "markdown" or "restructuredtext".
    """
    index = facts if isinstance(facts, Index) else Index(facts)
    masked = mask(text, syntax)
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
        findings.append(Finding(line, start - starts[line - 1] + 1, kind, shown, keys, syntax))
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
    """source-read: warn at every bare value of a MyST or rST page (``fact.bare``).

    Pages in other formats (a notebook, say) are not linted.
    """
    if not app.config.canru_facts_lint:
        return
    syntax = app.config.source_suffix.get(app.env.doc2path(docname).suffix)
    if syntax not in ("markdown", "restructuredtext"):
        return
    index = app.env.domains["facts"].facts.lint_index
    for finding in lint_text(source[0], index, syntax):
        warn(finding.message, (docname, finding.line), "bare")


def setup_lint(app: Any) -> None:
    app.add_config_value("canru_facts_lint", True, "env", types=frozenset({bool}))
    app.connect("source-read", lint_source)
