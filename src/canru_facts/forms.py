"""The ways the seed writes a value.

A date may stand as "June 12, 1942", "12 June 1942" or "the 24th of February 2022";
a count as "three" or "3".  The forms are generated with Babel and num2words, not
with hand-made month or number tables, so that they follow the libraries' data.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from babel.dates import get_month_names
from num2words import num2words

from .model import (
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
    Percentage,
    Person,
    Place,
    Season,
    Value,
    Year,
)
from .seed import normalise

__all__ = [
    "CASE_SENSITIVE",
    "expected_text",
    "form_pattern",
    "occurs",
    "seed_forms",
    "value_span",
]

_SEED_LOCALE = "en"  # the seed is the English article


# Month names from Babel's CLDR data, read once: formatting each date through
# format_date's pattern parser costs more than all the rest of a proof.
_MONTHS = {n: str(name) for n, name in get_month_names("wide", locale=_SEED_LOCALE).items()}


@cache
def _ordinal_digits(n: int) -> str:
    return num2words(n, to="ordinal_num", lang=_SEED_LOCALE)


@cache
def _ordinal_words(n: int) -> str:
    return num2words(n, to="ordinal", lang=_SEED_LOCALE)


@cache
def _number_forms(n: int) -> tuple[str, ...]:
    return (str(n), f"{n:,}", num2words(n, lang=_SEED_LOCALE))


def _joined(*parts: str) -> str:
    return " ".join(p for p in parts if p)


@lru_cache(maxsize=65536)
def seed_forms(value: Value) -> tuple[tuple[str, ...], ...]:
    """The ways the seed may write ``value``.

    Returns groups: each group lists alternatives, and *every* group must be found
    in the evidence (a person needs their name and, where given, their role).
    """
    match value:
        case Day():
            month, day, year = _MONTHS[value.month], value.day, value.year
            return (
                (
                    f"{month} {day}, {year}",
                    f"{day} {month} {year}",
                    f"the {_ordinal_digits(day)} of {month} {year}",
                    f"{month} {day} {year}",
                ),
            )
        case Month():
            return ((f"{_MONTHS[value.month]} {value.year}",),)
        case Year():
            return ((str(value.year),),)
        case Decade():
            return ((f"{value.start}s",),)
        case Season():
            names = [value.season] + (["autumn"] if value.season == "fall" else [])
            return (tuple(f"{name} of {value.year}" for name in names),)
        case DayRange():
            month = _MONTHS[value.month]
            a, b, y = value.first_day, value.last_day, value.year
            return (
                tuple(
                    form
                    for dash in ("–", "-", "—")
                    for form in (f"{month} {a}{dash}{b}, {y}", f"{a}{dash}{b} {month} {y}")
                ),
            )
        case DayNoYear():
            month, day = _MONTHS[value.month], value.day
            return ((f"{month} {day}", f"{day} {month}"),)
        case Person():
            groups = [(value.name,)]
            if value.role:
                groups.append((value.role,))
            return tuple(groups)
        case Place():
            groups = [(value.name,)]
            if value.abbreviation:
                groups.append((value.abbreviation,))
            return tuple(groups)
        case Percentage():
            v = value.value
            return ((f"{v}%", f"{v} per cent", f"{v} percent"),)
        case Money():
            amount = f"{value.currency}{value.amount}"
            return ((_joined(value.qualifier, amount, value.scale),),)
        case Count():
            return (
                tuple(_joined(value.qualifier, n, value.noun) for n in _number_forms(value.value)),
            )
        case Duration():
            return (
                tuple(_joined(value.qualifier, n, value.unit) for n in _number_forms(value.value)),
            )
        case Ordinal():
            ordinals = (_ordinal_digits(value.value), _ordinal_words(value.value))
            return (tuple(_joined(o, value.noun) for o in ordinals),)
    raise TypeError(f"no seed forms for {type(value).__name__}")  # pragma: no cover


# Names and places are matched exactly; figures and roles ignore case, since a
# sentence may start with "Two weeks" or call a minister "minister".
CASE_SENSITIVE = (Person, Place)


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def occurs(form: str, text: str, folded_text: str | None = None) -> bool:
    """Whether ``form`` stands in ``text`` as whole words (``text`` normalised).

    Pass ``folded_text`` (``text.casefold()``) to ignore case.  A plain search and
    two character tests: compiling a pattern per form would cost more than the
    search itself, on ten thousand facts.
    """
    needle = normalise(form)
    haystack = text
    if folded_text is not None:
        needle, haystack = needle.casefold(), folded_text
    if not needle:
        return False
    at = haystack.find(needle)
    while at >= 0:
        end = at + len(needle)
        before = haystack[at - 1] if at else " "
        after = haystack[end] if end < len(haystack) else " "
        if not (_is_word(before) or before == "$") and not _is_word(after):
            return True
        at = haystack.find(needle, at + 1)
    return False


@lru_cache(maxsize=8192)
def form_pattern(form: str, ignore_case: bool) -> re.Pattern[str]:
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(r"(?<![\w$])" + re.escape(normalise(form)) + r"(?!\w)", flags)


def value_span(value: Value, evidence: str) -> tuple[int, int, str] | None:
    """Where the value's main form stands in ``evidence``: (start, end, form)."""
    text = normalise(evidence)
    main, *_ = seed_forms(value)
    for form in main:
        hit = form_pattern(form, not isinstance(value, CASE_SENSITIVE)).search(text)
        if hit:
            return hit.start(), hit.end(), hit.group(0)
    return None


def expected_text(fact: Fact) -> str:
    """The value as the seed writes it in this fact's evidence (or would)."""
    span = value_span(fact.value, fact.evidence)
    parts = [span[2] if span else seed_forms(fact.value)[0][0]]
    parts += [group[0] for group in seed_forms(fact.value)[1:]]
    return ", ".join(parts)
