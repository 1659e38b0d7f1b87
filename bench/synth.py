"""A synthetic book at any scale: facts, a seed corpus that states them, and pages citing them.

Everything is drawn from one seeded random generator, so two runs with the same
sizes write the same files.  Each fact's evidence carries a made-up word unique
to that fact (``coined(i)``), so no two evidence sentences coincide and filler
text never states a fact by accident.

The values are written in the evidence by this module itself, in plain English,
not through :mod:`canru_facts.forms`: the check then proves that the forms it
expects match how a writer would state them.

The control (:func:`write_book` with ``control_render``) is the same book
written by hand: what a reader sees and every link are the facts book's, but
Markdown holds them (see :func:`control_pages` and :func:`_control_register`).
"""

from __future__ import annotations

import dataclasses
import posixpath
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from canru_facts.model import (
    Count,
    Day,
    DayNoYear,
    DayRange,
    Decade,
    Duration,
    Fact,
    Money,
    Month,
    Ordinal,
    Organisation,
    Percentage,
    Person,
    Season,
    Year,
)

__all__ = ["Sizes", "SynthBook", "coined", "generate", "write_book", "write_registry"]

# Two-letter consonant-vowel syllables: any concatenation splits back one way only,
# so coined(i) differs from coined(j) whenever i differs from j.
SYLLABLES = (
    "ka",
    "lo",
    "mi",
    "re",
    "to",
    "sa",
    "ve",
    "du",
    "ni",
    "pa",
    "zu",
    "be",
    "gi",
    "ru",
    "fe",
    "ho",
)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
NUMBER_WORDS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
)
ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
SUBJECTS = (
    "trade",
    "culture",
    "energy",
    "arctic",
    "science",
    "sport",
    "health",
    "transport",
    "fisheries",
    "mining",
    "education",
    "defence",
    "finance",
    "tourism",
    "media",
    "agriculture",
    "forestry",
    "justice",
    "labour",
    "space",
)
FILLER = [
    "the",
    "a",
    "an",
    "of",
    "to",
    "in",
    "and",
    "on",
    "for",
    "with",
    "by",
    "from",
    "that",
    "this",
    "these",
    "those",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "has",
    "had",
    "have",
    "which",
    "while",
    "when",
    "after",
    "before",
    "during",
    "between",
    "among",
    "under",
    "over",
    "government",
    "delegation",
    "minister",
    "ministry",
    "officials",
    "talks",
    "agreement",
    "treaty",
    "report",
    "committee",
    "council",
    "office",
    "embassy",
    "programme",
    "project",
    "exchange",
    "visit",
    "meeting",
    "summit",
    "trade",
    "market",
    "company",
    "companies",
    "export",
    "import",
    "goods",
    "grain",
    "oil",
    "gas",
    "timber",
    "fish",
    "wheat",
    "north",
    "south",
    "east",
    "west",
    "arctic",
    "coast",
    "river",
    "port",
    "city",
    "town",
    "region",
    "province",
    "capital",
    "people",
    "students",
    "scholars",
    "artists",
    "writers",
    "scientists",
    "engineers",
    "workers",
    "farmers",
    "history",
    "culture",
    "economy",
    "policy",
    "security",
    "research",
    "science",
    "education",
    "health",
    "energy",
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "season",
    "spring",
    "summer",
    "autumn",
    "winter",
    "early",
    "late",
    "first",
    "second",
    "third",
    "new",
    "old",
    "long",
    "short",
    "large",
    "small",
    "major",
    "minor",
    "public",
    "private",
    "national",
    "federal",
    "local",
    "regional",
    "international",
    "bilateral",
    "joint",
    "common",
    "said",
    "noted",
    "reported",
    "announced",
    "agreed",
    "signed",
    "opened",
    "closed",
    "began",
    "ended",
    "continued",
    "grew",
    "fell",
    "rose",
    "remained",
    "became",
    "helped",
    "supported",
    "opposed",
    "discussed",
    "planned",
    "studied",
    "several",
    "many",
    "few",
    "some",
    "most",
    "other",
    "each",
    "every",
    "both",
    "either",
    "neither",
    "further",
    "also",
    "still",
    "relations",
    "cooperation",
    "dispute",
    "sanctions",
    "support",
    "interest",
    "concern",
    "progress",
    "growth",
    "decline",
    "record",
    "share",
    "network",
    "route",
    "service",
    "station",
    "centre",
    "library",
    "museum",
    "theatre",
]
INTROS = (
    "Records show that",
    "It is said that",
    "According to one account,",
    "Observers noted that",
    "By most accounts",
    "Archives confirm that",
    "Newspapers reported that",
    "As the minutes record,",
)


def coined(n: int, syllables: int = 4) -> str:
    """A made-up capitalised word unique to ``n`` (below 16**syllables), e.g. "Kalomire"."""
    parts = []
    for _ in range(syllables):
        n, digit = divmod(n, len(SYLLABLES))
        parts.append(SYLLABLES[digit])
    return "".join(parts).capitalize()


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else ORDINAL_SUFFIX.get(n % 10, "th")
    return f"{n}{suffix}"


def _count_words(n: int) -> str:
    return NUMBER_WORDS[n] if n < len(NUMBER_WORDS) else str(n)


# --- one fact of each kind --------------------------------------------------------------
# Each maker returns (value, evidence, note) for the fact with unique word ``name``.

Maker = Callable[[random.Random, str, str], tuple[object, str, str]]


def _day(rng: random.Random, name: str, town: str):
    y, m, d = rng.randint(1900, 2024), rng.randint(1, 12), rng.randint(1, 28)
    return (
        Day(y, m, d),
        f"the {name} accord was signed in {town} on {MONTHS[m - 1]} {d}, {y} by both sides",
        "",
    )


def _month(rng, name, town):
    y, m = rng.randint(1900, 2024), rng.randint(1, 12)
    return (
        Month(y, m),
        f"talks on the {name} pipeline resumed in {MONTHS[m - 1]} {y} after a long pause",
        "",
    )


def _year(rng, name, town):
    y = rng.randint(1800, 2024)
    return Year(y), f"the {name} trade office opened in {town} in {y} and soon grew", ""


def _decade(rng, name, town):
    start = rng.randrange(1800, 2030, 10)
    return (
        Decade(start),
        f"during the {start}s the {name} exchange brought students to {town}",
        "",
    )


def _season(rng, name, town):
    season, y = rng.choice(("spring", "summer", "fall", "winter")), rng.randint(1900, 2024)
    return (Season(season, y), f"in the {season} of {y} the {name} commission met in {town}", "")


def _day_range(rng, name, town):
    y, m, d = rng.randint(1900, 2024), rng.randint(1, 12), rng.randint(1, 26)
    return (
        DayRange(y, m, d, d + 1),
        f"the {name} summit took place in {town} on {MONTHS[m - 1]} {d}\u2013{d + 1}, {y}",
        "",
    )


def _day_no_year(rng, name, town):
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return (
        DayNoYear(m, d),
        f"on {MONTHS[m - 1]} {d} the {name} delegation visited {town}",
        "The year is the one of the passage before.",
    )


def _person(rng, name, town):
    first = coined(rng.randrange(16**2), 2)
    role = f"Minister of {rng.choice(SUBJECTS).capitalize()}"
    return (
        Person(f"{first} {name}", role),
        f"{first} {name}, then {role}, travelled to {town} for the talks",
        "",
    )


def _place(rng, name, town):
    abbreviation = f"{name[:3].upper()}I"
    return (
        Organisation(f"{name} Institute", "organisation", abbreviation),
        f"the {name} Institute ({abbreviation}) in {town} publishes a yearly report",
        "",
    )


def _percentage(rng, name, town):
    share = rng.randint(1, 99)
    return (
        Percentage(share),
        f"a {name} poll found that {share}% of respondents in {town} agreed",
        "",
    )


def _money(rng, name, town):
    amount, scale = rng.randint(2, 900), rng.choice(("million", "billion"))
    qualifier = rng.choice(("", "over", "up to"))
    stated = " ".join(p for p in (qualifier, f"${amount}", scale) if p)
    return (
        Money(amount, "$", scale, qualifier),
        f"trade through the {name} corridor reached {stated} that year",
        "",
    )


def _count(rng, name, town):
    n, qualifier = rng.choice((rng.randint(20, 999), rng.randint(1000, 20000))), ""
    if rng.random() < 0.5:
        qualifier = "over"
    stated = " ".join(p for p in (qualifier, f"{n:,}", "participants") if p)
    return (
        Count(n, "participants", qualifier),
        f"the {name} festival in {town} drew {stated} from both countries",
        "",
    )


def _duration(rng, name, town):
    n, unit = rng.randint(2, 12), rng.choice(("weeks", "months", "years"))
    return (
        Duration(n, unit),
        f"the {name} expedition to {town} lasted {_count_words(n)} {unit} in all",
        "",
    )


def _ordinal_fact(rng, name, town):
    n = rng.randint(2, 150)
    return (
        Ordinal(n, "anniversary"),
        f"{town} marked the {_ordinal(n)} anniversary of the {name} treaty",
        "",
    )


MAKERS: tuple[Maker, ...] = (
    _day,
    _month,
    _year,
    _decade,
    _season,
    _day_range,
    _day_no_year,
    _person,
    _place,
    _percentage,
    _money,
    _count,
    _duration,
    _ordinal_fact,
)


# --- the book ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sizes:
    facts: int = 10_000  # every fact the corpus states (the check at scale)
    book_facts: int = 2_000  # the first of them, which the book cites
    pages: int = 200
    citations: int = 20_000
    corpus_bytes: int = 10_000_000
    filler_words_per_citation: int = 12  # prose around each citation on a page
    missing: int = 0  # facts whose evidence the corpus states differently
    wrong_value: int = 0  # facts whose value their evidence does not state
    seed: int = 20240612


@dataclass
class SynthBook:
    sizes: Sizes
    facts: list[Fact]  # all of them; the book cites facts[: sizes.book_facts]
    corpus: str
    pages: dict[str, str]  # docname -> MyST source citing facts through the role
    citing: dict[str, set[str]] = field(default_factory=dict)  # key -> docnames citing it
    missing: set[str] = field(default_factory=set)
    wrong_value: set[str] = field(default_factory=set)

    @property
    def book_facts(self) -> list[Fact]:
        return self.facts[: self.sizes.book_facts]


def _facts(rng: random.Random, count: int) -> list[Fact]:
    facts = []
    for i in range(count):
        name = coined(i)
        town = coined(rng.randrange(16**3), 3)
        value, evidence, note = MAKERS[i % len(MAKERS)](rng, name, town)
        subject = SUBJECTS[i % len(SUBJECTS)]
        facts.append(
            Fact(
                f"{subject}.f{i:05d}",
                f"{type(value).__name__} of {name}",
                value,
                evidence,
                note,
                origin=f"synthetic fact {i}",
            )
        )
    return facts


def _perturbed(evidence: str) -> str:
    """The same sentence stating something else: its first digit, or else letter, changed."""
    match = re.search(r"\d", evidence)
    if match:
        i = match.start()
        return evidence[:i] + str((int(evidence[i]) + 1) % 10) + evidence[i + 1 :]
    i = 1  # second letter of the coined word, keeping the capital
    return evidence[:i] + ("q" if evidence[i] != "q" else "z") + evidence[i + 1 :]


def _plant(
    rng: random.Random, facts: list[Fact], sizes: Sizes
) -> tuple[set[str], set[str], list[Fact]]:
    """Choose the facts to break; return (missing, wrong_value, facts with wrong values)."""
    chosen = rng.sample(range(len(facts)), sizes.missing + sizes.wrong_value)
    missing = {facts[i].key for i in chosen[: sizes.missing]}
    wrong = set()
    facts = list(facts)
    for i in chosen[sizes.missing :]:
        # Another fact's value of the same kind: the evidence states this fact's own.
        same_kind = i + len(MAKERS) if i + len(MAKERS) < len(facts) else i - len(MAKERS)
        other = facts[same_kind].value
        if other != facts[i].value:
            facts[i] = dataclasses.replace(facts[i], value=other)
            wrong.add(facts[i].key)
    return missing, wrong, facts


def _wrapped(words: list[str], rng: random.Random) -> str:
    lines, i = [], 0
    while i < len(words):
        width = rng.randint(9, 15)
        lines.append(" ".join(words[i : i + width]))
        i += width
    return "\n".join(lines)


def _corpus(rng: random.Random, facts: list[Fact], missing: set[str], target: int) -> str:
    """Filler prose with each fact's evidence inside a sentence, wrapped like a text file."""
    stated = [_perturbed(f.evidence) if f.key in missing else f.evidence for f in facts]
    rng.shuffle(stated)
    evidence_bytes = sum(len(s) + 30 for s in stated)
    mean_word = sum(len(w) + 1 for w in FILLER) / len(FILLER)
    filler_per_gap = max(0, int((target - evidence_bytes) / mean_word / max(1, len(stated))))
    paragraphs, words = [], []
    for evidence in stated:
        filler = rng.choices(FILLER, k=filler_per_gap)
        filler[0] = filler[0].capitalize()
        cut = rng.randint(1, max(1, filler_per_gap - 1))
        words += filler[:cut]
        words[-1] += "."
        words += f"{rng.choice(INTROS)} {evidence}.".split()
        words += [filler[cut].capitalize(), *filler[cut + 1 :]] if cut < len(filler) else []
        words[-1] += "."
        if rng.random() < 0.3:
            paragraphs.append(_wrapped(words, rng))
            words = []
    if words:
        paragraphs.append(_wrapped(words, rng))
    return "\n\n".join(paragraphs) + "\n"


def _pages(
    rng: random.Random, facts: list[Fact], sizes: Sizes
) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Chapter pages, each citing its share of facts through the role, with prose around."""
    keys = [f.key for f in facts]
    # Every fact is cited at least once (as a real book's are), the rest at random.
    order = rng.sample(keys, len(keys))[: sizes.citations]
    order += rng.choices(keys, k=sizes.citations - len(order))
    rng.shuffle(order)
    per_page, extra = divmod(sizes.citations, sizes.pages)
    pages: dict[str, str] = {}
    citing: dict[str, set[str]] = {k: set() for k in keys}
    at = 0
    for p in range(sizes.pages):
        docname = f"chapters/c{p:03d}"
        count = per_page + (1 if p < extra else 0)
        cited, at = order[at : at + count], at + count
        lines = [f"# Chapter {p + 1}: {coined(p, 3)}", ""]
        for n, key in enumerate(cited):
            if n % 10 == 0:
                lines += ["", f"## Section {n // 10 + 1}", ""]
            before = " ".join(rng.choices(FILLER, k=sizes.filler_words_per_citation // 2))
            after = " ".join(rng.choices(FILLER, k=sizes.filler_words_per_citation // 2))
            lines.append(f"{before.capitalize()} {{fact}}`{key}` {after}.")
            citing[key].add(docname)
        pages[docname] = "\n".join(lines) + "\n"
    return pages, citing


def generate(sizes: Sizes = Sizes()) -> SynthBook:
    """The facts, the corpus stating them and the pages citing them, all from ``sizes.seed``."""
    rng = random.Random(sizes.seed)
    facts = _facts(rng, sizes.facts)
    missing, wrong, facts = _plant(rng, facts, sizes)
    corpus = _corpus(rng, facts, missing, sizes.corpus_bytes)
    pages, citing = _pages(rng, facts[: sizes.book_facts], sizes)
    return SynthBook(sizes, facts, corpus, pages, citing, missing, wrong)


# --- writing it out ------------------------------------------------------------------------

REGISTRY_HEADER = '''"""Synthetic facts for the benchmark (generated; do not edit by hand)."""

from canru_facts.model import (
    Count, Day, DayNoYear, DayRange, Decade, Duration, Fact, Money, Month, Ordinal,
    Organisation, Percentage, Person, Place, Season, Year,
)

FACTS = [
'''


def registry_line(fact: Fact) -> str:
    """One fact as a line of Python; the fact edit of the benchmark rewrites one such line."""
    return f"    {fact!r},\n"


def subject_of(fact: Fact) -> str:
    return fact.key.partition(".")[0]


def registry_file(package: Path, fact: Fact) -> Path:
    """The module of ``package`` that defines ``fact``."""
    return package / f"{subject_of(fact)}.py"


def _by_subject(facts: list[Fact]) -> list[Fact]:
    """The facts grouped by subject (in order of first appearance), as the package lists them."""
    subjects: dict[str, list[Fact]] = {}
    for fact in facts:
        subjects.setdefault(subject_of(fact), []).append(fact)
    return [fact for group in subjects.values() for fact in group]


def write_registry(package: Path, facts: list[Fact]) -> None:
    """A package of facts laid out like the book's: one module per subject, each a list FACTS.

    A subject's module stays a few hundred facts long, as the book's do.  (One
    module of 10,000 facts would load in seconds: a fact notes the line it is
    defined on, and finding a line in one huge code object is slow.)
    """
    package.mkdir(parents=True, exist_ok=True)
    subjects: dict[str, list[Fact]] = {}
    for fact in facts:
        subjects.setdefault(subject_of(fact), []).append(fact)
    for subject, group in subjects.items():
        text = REGISTRY_HEADER + "".join(registry_line(f) for f in group) + "]\n"
        (package / f"{subject}.py").write_text(text, encoding="utf-8")
    imports = "".join(f"from . import {subject}\n" for subject in subjects)
    joined = "".join(f"    *{subject}.FACTS,\n" for subject in subjects)
    (package / "__init__.py").write_text(
        f'"""Synthetic facts, one module per subject (generated)."""\n\n{imports}\n'
        f"FACTS = [\n{joined}]\n",
        encoding="utf-8",
    )


PROBE = '''"""Record the documents Sphinx reads and the documents it writes, for the benchmark.

With BENCH_GC_FREEZE set (``bench/run.py --gc-freeze``), it also moves every
object alive when reading and when writing start out of the cyclic garbage
collector's reach (``gc.freeze()``), in the book and its control alike.
"""

import gc
import json
import os


def _log(variable, docnames):
    log = os.environ.get(variable)
    if log:
        with open(log, "a", encoding="utf-8") as out:
            out.write(json.dumps(sorted(docnames)) + "\\n")


def _record_read(app, env, docnames):
    _log("BENCH_READ_LOG", docnames)


def _record_written(app, doctree, docname):
    # Sent in the main process as each page is resolved for writing, even when
    # another process writes it.
    _log("BENCH_WRITE_LOG", [docname])


def setup(app):
    # Last of all handlers, so documents other extensions add are counted too.
    app.connect("env-before-read-docs", _record_read, priority=999)
    app.connect("doctree-resolved", _record_written, priority=999)
    if os.environ.get("BENCH_GC_FREEZE"):
        for event in ("env-before-read-docs", "write-started"):
            app.connect(event, lambda *args: gc.freeze(), priority=1)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
'''

CONF = '''"""Sphinx configuration of the synthetic benchmark book (generated)."""

import os
import sys

sys.path.insert(0, os.path.abspath(".."))  # the generated registry and the probe

project = "Synthetic book"
author = "canru-facts benchmark"
extensions = {extensions!r}
html_theme = {theme!r}
exclude_patterns = ["_build"]
# The control's links are written as the register's are: addresses, not references.
myst_enable_extensions = ["fieldlist"]
myst_all_links_external = True
{extra}'''
# Both books: the extensions every book of the benchmark loads.
EXTENSIONS = ["myst_parser", "bench_probe", "canru_facts.navigation"]
REGISTER, TIMELINE = "register", "timeline"


def register_page(subject: str) -> str:
    """The register page of a subject's facts: a book of 2,000 facts gives each
    subject a page of its own (``fact-register`` with ``:subjects:``), as the
    register of one page would be too heavy to read; a fact edit writes only
    its subject's page again."""
    return f"{REGISTER}/{subject}"


def _register_title(subject: str) -> str:
    return f"Register: {subject.capitalize()}"


SEED_NAME = "corpus.txt"


def _escaped(text: str) -> str:
    """Literal text for Markdown: every ASCII punctuation mark backslash-escaped."""
    return re.sub(r"([!-/:-@\[-`{-~])", r"\\\1", text)


_ROLE = re.compile(r"\{fact\}`([^`]+)`")


def _uri(from_doc: str, to_doc: str, anchor: str) -> str:
    """``to_doc``'s HTML page from ``from_doc``'s, with an anchor, as Sphinx links pages."""
    folder = posixpath.dirname(from_doc)
    return f"{posixpath.relpath(to_doc, folder or '.')}.html#{anchor}"


def control_pages(book: SynthBook, render: Callable[[object], str]) -> dict[str, str]:
    """The same pages, each role replaced by the value it renders, written literally.

    As the role's value does, the value links to the fact's register entry.
    """
    values = {f.key: _escaped(render(f.value)) for f in book.book_facts}
    registers = {f.key: register_page(subject_of(f)) for f in book.book_facts}

    def page(name: str, text: str) -> str:
        def link(match: re.Match) -> str:
            key = match.group(1)
            return f"[{values[key]}]({_uri(name, registers[key], f'fact-{key}')})"

        return _ROLE.sub(link, text)

    return {name: page(name, text) for name, text in book.pages.items()}


class _Cited(NamedTuple):
    """One citation as the extension records it: its page, number on the page, line."""

    docname: str
    number: int
    line: int


def _citations(book: SynthBook, timeline: str) -> dict[str, list[_Cited]]:
    """key -> its citations in reading order, numbered and placed as the facts domain does.

    A citation's number counts the fact's citations on its page; its line is the
    first line of its paragraph (MyST gives inline markup its paragraph's line).
    The timeline, last in the index, cites each event's date on the entry's line.
    """
    cited: dict[str, list[_Cited]] = {}
    for docname, text in book.pages.items():  # the index lists the pages in this order
        seen: dict[str, int] = {}
        paragraph = 0
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                paragraph = 0
                continue
            paragraph = paragraph or number
            for key in _ROLE.findall(line):
                seen[key] = seen.get(key, 0) + 1
                cited.setdefault(key, []).append(_Cited(docname, seen[key], paragraph))
    for number, line in enumerate(timeline.splitlines(), 1):
        entry = _ENTRY.match(line)
        if entry:
            cited.setdefault(entry["key"], []).append(_Cited(TIMELINE, 1, number))
    return cited


_ENTRY = re.compile(r"(?P<key>[a-z_]+\.[a-z0-9_]+): ")


def _title(text: str) -> str:
    """A page's title: its first line, a level-one heading."""
    return text.splitlines()[0].removeprefix("# ")


def _control_register(
    book: SynthBook, render: Callable[[object], str], timeline: str
) -> dict[str, str]:
    """The register and the timeline the extension builds, written as literal Markdown.

    The same words and links, as a writer would write them by hand.  The register
    is a page per subject, a table in registry order: each fact's label, key,
    evidence and note, its value, kind, seed line, and a link to each place citing it.
    The timeline is a table of the entries of ``timeline`` (the book's
    ``fact-timeline``) in date order: each date linked to its register entry,
    then the headline.  What Markdown cannot write without raw HTML is left out:
    the anchors of the citations and the entries (the links name them all the
    same), the citations' tooltips, and the evidence's ``<details>`` (its words
    are written in the cell).
    """
    from canru_facts.i18n import describe
    from canru_facts.proof import prove
    from canru_facts.registry import Registry
    from canru_facts.seed import Seed
    from canru_facts.style import capitalise, typographic

    registry = Registry(_by_subject(book.book_facts))  # the order write_registry gives
    lines = prove(registry, Seed.from_text(book.corpus, SEED_NAME)).lines
    cited = _citations(book, timeline)
    titles = {name: _title(text) for name, text in book.pages.items()}
    titles[TIMELINE] = _title(timeline)
    registers: dict[str, list[str]] = {}
    for f in registry.values():
        subject = subject_of(f)
        if subject not in registers:
            registers[subject] = [
                f"# {_register_title(subject)}",
                "",
                "| Fact | Value | Kind | Seed line | Cited in |",
                "|---|---|---|---|---|",
            ]
        line = lines.get((f.key, ""))
        more = ""
        for mention, said in f.also.items():
            at = lines.get((f.key, mention))
            where = f" (line {at})" if at else ""
            more += _escaped(f"Also stated (@{mention}): \u201c{said}\u201d{where}")
        if f.note:
            more += _escaped(f"Note: {typographic(f.note)}")
        fact = (
            f"{_escaped(typographic(f.label))} `{f.key}`"
            f"Evidence{_escaped(chr(0x201C) + f.evidence + chr(0x201D))}{more}"
        )
        kind = _escaped(describe(*f.value.describe(), "en"))
        links = _backlinks_for(register_page(subject), f.key, cited.get(f.key, []), titles)
        registers[subject].append(
            f"| {fact} | {_escaped(render(f.value))} | {kind} "
            f"| {line if line else 'not located'} | {links} |"
        )
    pages = {register_page(name): "\n".join(out) + "\n" for name, out in registers.items()}
    events = []
    for index, line in enumerate(timeline.splitlines()):
        entry = _ENTRY.match(line)
        if entry:
            fact = registry[entry["key"]]
            events.append((fact.value.sort_key, index, fact, line[entry.end() :]))
    rows = ["# Timeline", "", "| Date | Event |", "|---|---|"]
    for _sort, _index, fact, headline in sorted(events, key=lambda e: e[:2]):
        date = _escaped(capitalise(render(fact.value)))
        entry = _uri(TIMELINE, register_page(subject_of(fact)), f"fact-{fact.key}")
        rows.append(f"| [{date}]({entry}) | {headline} |")
    return {**pages, TIMELINE: "\n".join(rows) + "\n"}


def _backlinks_for(register: str, key: str, cites: list[_Cited], titles: dict[str, str]) -> str:
    """``Chapter 1: Kakaka, 2; Chapter 7: Rumiso``: each page once by title, then each
    further citation on it by its number, as the register writes its backlinks."""
    if not cites:
        return "*not cited*"
    out: list[str] = []
    previous, n = None, 0
    for cite in cites:
        n = n + 1 if cite.docname == previous else 1
        if out:
            out.append(", " if n > 1 else "; ")
        title = titles[cite.docname]
        uri = _uri(register, cite.docname, f"cite-{key}-{cite.number}")
        text = _escaped(title if n == 1 else str(n))
        out.append(f'[{text}]({uri} "{title}, line {cite.line}")')
        previous = cite.docname
    return "".join(out)


def _index(pages: list[str]) -> str:
    toctree = "\n".join(pages)
    return (
        f"# Synthetic book\n\nA generated book for the benchmark.\n\n"
        f"```{{toctree}}\n:maxdepth: 1\n\n{toctree}\n{TIMELINE}\n```\n"
    )


def write_book(root: Path, book: SynthBook, *, theme: str, control_render=None) -> Path:
    """Write one Sphinx project under ``root/name``: the book, or its control copy.

    The register is a page per subject (:func:`register_page`), listed after the
    chapters, then the timeline.  With ``control_render`` the pages hold literal
    values and the extension is not loaded; the register and timeline are then
    written out as literal Markdown (:func:`_control_register`).  Both books
    load the same other extensions and the same configuration.
    """
    srcdir = root / ("control" if control_render else "book")
    pages = control_pages(book, control_render) if control_render else book.pages
    extensions = list(EXTENSIONS)
    extra = ""
    if control_render is None:
        extensions.insert(1, "canru_facts.sphinx")
        extra = f'canru_facts_registry = "synth_facts:FACTS"\ncanru_facts_seed = "../{SEED_NAME}"\n'
        subjects = dict.fromkeys(subject_of(f) for f in _by_subject(book.book_facts))
        aggregates = {
            register_page(subject): f"# {_register_title(subject)}\n\n"
            f"```{{fact-register}}\n:subjects: {subject}\n```\n"
            for subject in subjects
        }
        aggregates[TIMELINE] = _timeline(book)
    else:
        aggregates = _control_register(book, control_render, _timeline(book))
    listed = [*pages, *(name for name in aggregates if name != TIMELINE)]
    for docname, text in {**pages, "index": _index(listed), **aggregates}.items():
        path = srcdir / f"{docname}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (srcdir / "conf.py").write_text(
        CONF.format(extensions=extensions, theme=theme, extra=extra), encoding="utf-8"
    )
    return srcdir


def _timeline(book: SynthBook) -> str:
    """The timeline: an entry per dated fact, headed by its label; a day without a year is
    listed as no event (an entry would need the entry it follows)."""
    dated = [f for f in book.book_facts if f.is_dated]
    entries = [f"{f.key}: {_escaped(f.label)}" for f in dated if f.value.sort_key is not None]
    no_year = ", ".join(f.key for f in dated if f.value.sort_key is None)
    option = f":not-events: {no_year}\n" if no_year else ""
    return "# Timeline\n\n```{fact-timeline}\n" + option + "\n" + "\n".join(entries) + "\n```\n"


def write_support(root: Path, book: SynthBook) -> None:
    """The corpus, the book's registry, the registry of every fact, and the probe."""
    root.mkdir(parents=True, exist_ok=True)
    (root / SEED_NAME).write_text(book.corpus, encoding="utf-8")
    write_registry(root / "synth_facts", book.book_facts)
    write_registry(root / "synth_facts_all", book.facts)
    (root / "bench_probe.py").write_text(PROBE, encoding="utf-8")
