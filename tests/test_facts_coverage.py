"""A figure in the seed that no fact holds is a bug.

The seed is scanned for everything that looks like a checkable value: dates and
years, percentages, money, numbers in digits, and numbers and ordinals written
as words.  Each match must stand where some fact states its value: inside that
fact's evidence, or one of its further mentions (``Fact.also``, proven the same
way), and inside the words that prove the value (or inside the name, role or
organisation of a person or place, such as the "Sochi 2014" in an official's
title).
The few matches that are not facts are listed in ``NOT_FACTS`` with the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pytest
from babel.dates import get_month_names
from num2words import num2words

from canru_facts.forms import value_span
from canru_facts.model import Day, Fact, Person, Place, Year
from canru_facts.registry import Registry
from canru_facts.seed import Seed, normalise

# --- what counts as a value in the seed --------------------------------------------


@cache
def _number_words() -> str:
    """Cardinal and ordinal words, one to one hundred, as a regex alternation."""
    words = set()
    for n in range(1, 101):
        words.add(num2words(n, lang="en"))
        words.add(num2words(n, to="ordinal", lang="en"))
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@cache
def value_pattern() -> re.Pattern[str]:
    month = "|".join(get_month_names("wide", locale="en").values())
    forms = [
        # longest first: at one position the first alternative that matches wins
        r"\$\d[\d,.]*(?: (?:thousand|million|billion|trillion))?",  # money
        r"\d+(?:\.\d+)?%",  # percentage
        rf"\d{{1,2}}(?:st|nd|rd|th) of (?:{month}) \d{{4}}",  # the 24th of February 2022
        rf"(?:{month}) \d{{1,2}}[–-]\d{{1,2}}, \d{{4}}",  # March 26–27, 2007
        rf"(?:{month}) \d{{1,2}}, \d{{4}}",  # June 12, 1942
        rf"\d{{1,2}} (?:{month}) \d{{4}}",  # 12 June 2007
        r"(?:spring|summer|fall|autumn|winter) of \d{4}",  # the fall of 2003
        rf"(?:{month}) \d{{4}}",  # November 2023
        rf"(?:{month}) \d{{1,2}}(?!\d)",  # May 8 (no year)
        rf"\d{{1,2}} (?:{month})",  # 8 May (no year)
        r"\d{4}s",  # the 1990s
        r"\d+(?:st|nd|rd|th)?",  # a year, a count, an ordinal in digits
        rf"(?i:{_number_words()})",  # "two weeks", "second meeting"
    ]
    # Not inside a word: the digits of "G8" and "Mission1" are parts of names.
    return re.compile(r"(?<![\w$])(?:" + "|".join(forms) + r")(?![\w%])")


# --- what the seed holds that is not a fact ------------------------------------------


@dataclass(frozen=True)
class NotAFact:
    text: str  # the match
    context: str  # seed words around it, so that the entry names one place
    why: str


NOT_FACTS = (
    NotAFact(
        "two",
        "between the two countries were finally",
        "the two countries are Canada and Russia, not a count",
    ),
    NotAFact(
        "two",
        "between the two countries began",
        "the two countries are Canada and Russia, not a count",
    ),
    NotAFact(
        "first",
        "They first met at the G8",
        "'first met' dates a meeting (relations.harper_putin_first_meeting); "
        "it is not an ordinal of the form 'first <noun>'",
    ),
    NotAFact(
        "first",
        "a G8 initiative first proposed at",
        "'first proposed' says where the idea came from, not a place in a series",
    ),
    NotAFact(
        "first",
        "The first-ever Canada-Russia Business Summit",
        "'first-ever' has no ordinal form the proof can check; "
        "economy.business_summit records it in a note",
    ),
    NotAFact(
        "June 1",
        "June 1 was a prelude to the meetings",
        "restates, without its year, the day of the summit (summit2011.date, 1 June 2011)",
    ),
    NotAFact(
        "June 1",
        "on both June 1 and 2",
        "restates the two days of summit2011.date and summit2011.iec_meeting",
    ),
    NotAFact(
        "2",
        "on both June 1 and 2",
        "restates the two days of summit2011.date and summit2011.iec_meeting",
    ),
    NotAFact(
        "One",
        "One of the best-known Soviet",
        "'one of' picks out a person, it does not count anything",
    ),
)


# --- the scan ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    text: str
    start: int  # offsets in the seed's flat text
    end: int
    line: int


def scanned_matches(seed: Seed) -> list[Match]:
    """Every value-like match of the seed, leaving out the "See also" list and the
    infobox's "Filetype" line, which hold titles and a file format, not facts."""
    see_also = next(
        (n for n in range(1, seed.line_count + 1) if seed.line_text(n).strip() == "==See also=="),
        seed.line_count + 1,
    )
    matches = []
    for hit in value_pattern().finditer(seed.flat):
        line = seed.line_of(hit.start())
        if line >= see_also or seed.line_text(line).lstrip("- ").startswith("Filetype:"):
            continue
        matches.append(Match(hit.group(0), hit.start(), hit.end(), line))
    return matches


def _stated_in(fact: Fact, text: str) -> bool:
    """A person's or place's name, role, organisation or abbreviation contains ``text``."""
    if isinstance(fact.value, (Person, Place)):
        words = (
            fact.value.name,
            getattr(fact.value, "role", ""),
            getattr(fact.value, "organisation", ""),
            getattr(fact.value, "abbreviation", ""),
        )
        pattern = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)", re.IGNORECASE)
        return any(pattern.search(w) for w in words)
    return False


def covering_facts(match: Match, seed: Seed, registry: Registry) -> list[str]:
    """Keys of the facts that state the value at ``match``, in their evidence or a mention."""
    keys = []
    for fact in registry.values():
        for words in fact.mentions.values():
            at = seed.find(words)
            if at is None or not at <= match.start < match.end <= at + len(normalise(words)):
                continue
            span = value_span(fact.value, words)
            at_value = span is not None and at + span[0] < match.end and match.start < at + span[1]
            if at_value or _stated_in(fact, match.text):
                keys.append(fact.key)
                break
    return keys


def _excused(match: Match, seed: Seed) -> NotAFact | None:
    for entry in NOT_FACTS:
        if entry.text != match.text:
            continue
        at = seed.flat.find(entry.context)
        while at >= 0:
            if at <= match.start and match.end <= at + len(entry.context):
                return entry
            at = seed.flat.find(entry.context, at + 1)
    return None


def uncovered(seed: Seed, registry: Registry) -> list[Match]:
    return [
        m
        for m in scanned_matches(seed)
        if not covering_facts(m, seed, registry) and _excused(m, seed) is None
    ]


# --- tests ---------------------------------------------------------------------------------


def test_every_value_in_the_seed_is_a_fact(seed, registry):
    missing = uncovered(seed, registry)
    assert not missing, "values in the seed that no fact states:\n" + "\n".join(
        f"  seed line {m.line}: {m.text!r}" for m in missing
    )


@pytest.mark.parametrize("entry", NOT_FACTS, ids=lambda e: f"{e.text}@{e.context}")
def test_each_excuse_names_one_real_place_and_is_still_needed(seed, registry, entry):
    """An allow-list entry whose words have left the seed, or that some fact now
    covers, must be removed rather than linger and hide a future gap."""
    assert normalise(entry.context) == entry.context
    assert seed.flat.count(entry.context) == 1, "the context must name one place"
    matches = [
        m for m in scanned_matches(seed) if m.text == entry.text and _excused(m, seed) is entry
    ]
    assert matches, f"{entry.text!r} no longer occurs in {entry.context!r}"
    for m in matches:
        assert not covering_facts(m, seed, registry), f"a fact now covers {m.text!r}"


def test_the_scan_finds_each_kind_of_value():
    seed = Seed.from_text(
        "Founded in 1909. On June 12, 1942 and 12 June 2007 and the 24th of February 2022; "
        "March 26–27, 2007; November 2023; the fall of 2003; On May 8; the 1990s; 27%; "
        "up to $25 billion; over 300 participants; two weeks; the 65th anniversary; "
        "the second meeting. G8 and Mission1 are names."
    )
    found = [m.text for m in scanned_matches(seed)]
    assert found == [
        "1909",
        "June 12, 1942",
        "12 June 2007",
        "24th of February 2022",
        "March 26-27, 2007",  # the flat seed is folded: every dash is a hyphen
        "November 2023",
        "fall of 2003",
        "May 8",
        "1990s",
        "27%",
        "$25 billion",
        "300",
        "two",
        "65th",
        "second",
    ]


def test_a_value_without_a_fact_is_reported():
    seed = Seed.from_text(
        "In 1931, Canada imposed an embargo. The trade war lasted until 1936.\n"
        "Relations began on June 12, 1942, and 27% approved.\n"
    )
    registry = Registry(
        [
            Fact("t.start", "start", Year(1931), evidence="In 1931, Canada imposed an embargo"),
            # evidence that spans the date but states another value does not cover it
            Fact(
                "t.other",
                "other",
                Year(1936),
                evidence="The trade war lasted until 1936. Relations began on June 12, 1942",
            ),
        ]
    )
    assert [m.text for m in uncovered(seed, registry)] == ["June 12, 1942", "27%"]
    registry = Registry(
        [
            *registry.values(),
            Fact("t.day", "day", Day(1942, 6, 12), evidence="Relations began on June 12, 1942"),
        ]
    )
    assert [m.text for m in uncovered(seed, registry)] == ["27%"]


def test_a_name_or_role_covers_a_year_inside_it():
    seed = Seed.from_text('A. Krasnov, Executive of the Games "Sochi 2014"; others.')
    person = Fact(
        "t.krasnov",
        "official",
        Person("A. Krasnov", 'Executive of the Games "Sochi 2014"'),
        evidence='A. Krasnov, Executive of the Games "Sochi 2014"',
    )
    assert uncovered(seed, Registry([person])) == []
    bare = Fact(
        "t.krasnov",
        "official",
        Person("A. Krasnov"),
        evidence='A. Krasnov, Executive of the Games "Sochi 2014"',
    )
    assert [m.text for m in uncovered(seed, Registry([bare]))] == ["2014"]
