"""Rules for facts that follow from other facts.

The seed states some facts twice, or states one fact that can be derived from
another ("the 65th anniversary" of relations established in 1942).  Each rule
names the keys it reads and says, in one sentence, what it checks; a rule that
fails names the first of its keys.

A book declares its rules beside its facts, as a list built with the
constructors below (``anniversary``, ``same_value``...), and names it in its
configuration; the proof applies only the rules it is given.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from .model import DATE_KINDS, Ordinal
from .registry import Registry, RegistryError, load_object

__all__ = [
    "Place",
    "Rule",
    "anniversary",
    "check_all",
    "load",
    "ordered_in_one_passage",
    "same_value",
    "same_year",
]


@dataclass(frozen=True)
class Place:
    """Where the seed states a fact: its line, and its paragraph (0-based)."""

    line: int
    paragraph: int


Places = Mapping[str, Place | None]
# A check returns None when the rule holds, or one sentence saying why not.
Check = Callable[[Registry, Places], str | None]


@dataclass(frozen=True)
class Rule:
    name: str
    keys: tuple[str, ...]
    says: str
    check: Check


def _year(registry: Registry, key: str) -> int:
    value = registry[key].value
    if not isinstance(value, DATE_KINDS) or getattr(value, "year", None) is None:
        raise TypeError(f"{key} is not a date with a year")
    return value.year


def anniversary(name: str, ordinal: str, since: str, on: str) -> Rule:
    """The ``ordinal`` anniversary, marked at ``on``, counts whole years from ``since``."""

    def check(registry: Registry, places: Places) -> str | None:
        nth = registry[ordinal].value
        if not isinstance(nth, Ordinal):
            return f"{ordinal} is not an ordinal"
        years = _year(registry, on) - _year(registry, since)
        if years != nth.value:
            return f"{on} minus {since} is {years} years, but {ordinal} says {nth.value}"
        start, mark = registry[since].value, registry[on].value
        # An anniversary on a named day must fall on the same day and month.
        if (
            hasattr(start, "day")
            and hasattr(mark, "day")
            and ((start.month, start.day) != (mark.month, mark.day))
        ):
            return f"{on} is not on the day and month of {since}"
        return None

    return Rule(
        name,
        (ordinal, since, on),
        f"the {ordinal} anniversary marked at {on} counts from {since}",
        check,
    )


def ordered_in_one_passage(name: str, start: str, end: str) -> Rule:
    """``start`` comes before ``end``, and the seed states both in one paragraph."""

    def check(registry: Registry, places: Places) -> str | None:
        first, last = _year(registry, start), _year(registry, end)
        if not first < last:
            return f"{start} ({first}) does not come before {end} ({last})"
        a, b = places.get(start), places.get(end)
        if a is not None and b is not None and a.paragraph != b.paragraph:
            return (
                f"{start} (line {a.line}) and {end} (line {b.line}) are no longer "
                "told in one paragraph"
            )
        return None

    return Rule(name, (start, end), f"{start} comes before {end}, told in one passage", check)


def same_value(name: str, *keys: str) -> Rule:
    """One fact stated in several places: every mention has the same value."""

    def check(registry: Registry, places: Places) -> str | None:
        first = registry[keys[0]].value
        for key in keys[1:]:
            if registry[key].value != first:
                return f"{key} is {registry[key].value!r}, but {keys[0]} is {first!r}"
        lines = [places.get(k) and places[k].line for k in keys]
        if None not in lines and len(set(lines)) < len(lines):
            return "two mentions quote the same line; each must quote its own place"
        return None

    return Rule(name, keys, "every mention of one fact agrees", check)


def same_year(name: str, *keys: str) -> Rule:
    """One event dated in several places, some to the day, some to the year only."""

    def check(registry: Registry, places: Places) -> str | None:
        first = _year(registry, keys[0])
        for key in keys[1:]:
            if _year(registry, key) != first:
                return f"{key} is in {_year(registry, key)}, but {keys[0]} is in {first}"
        return None

    return Rule(name, keys, "every mention of one event falls in the same year", check)


def check_all(
    registry: Registry, places: Places, rules: Sequence[Rule]
) -> list[tuple[Rule, str | None]]:
    """Each rule with its problem, or None where it holds.

    A rule whose keys are not in the registry fails, naming them: removing a fact
    must not silently switch its rule off.
    """
    verdicts: list[tuple[Rule, str | None]] = []
    for rule in rules:
        absent = [k for k in rule.keys if k not in registry]
        if absent:
            problem = f"no fact {', '.join(absent)} in the registry"
        else:
            try:
                problem = rule.check(registry, places)
            except TypeError as err:
                problem = str(err)
        verdicts.append((rule, problem))
    return verdicts


def load(spec: str) -> tuple[Rule, ...]:
    """Import a book's rules (``module:attribute``, attribute RULES by default)."""
    found = load_object(spec, "RULES", "the rules")
    try:
        rules = tuple(found)
    except TypeError:
        raise RegistryError(f"{spec!r} is not a list of rules") from None
    for rule in rules:
        if not isinstance(rule, Rule):
            raise RegistryError(f"{spec!r} holds {rule!r}, which is not a Rule")
    return rules
