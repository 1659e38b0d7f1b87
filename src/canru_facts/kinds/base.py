"""What every kind of value does, in one protocol.

A kind is a frozen dataclass that subclasses :class:`Kind`.  Everything the
project does with a value dispatches through the kind itself, never through a
``match`` on its type elsewhere:

========================  =====================================================
``seed_forms()``          the ways the (English) seed may write it, for the proof
``identifying_forms()``   what a further mention must say to name the value
``render(variant, loc)``  how the book writes it, in a locale's house style
``plain()``               one machine-readable string, for the export
``schema()``              the JSON schema of its fields, for the export's schema
``describe()``            what it is, e.g. ("date", "day") or ("place", "city")
``sort_key``              where it falls in time (dates only; None otherwise)
``example()``             a typical value, for the documentation
``sample(rng)``           a random value, for property tests and benchmarks
``find_values(text)``     every value of the kind the seed's (folded) words state
``readers()``             the kinds whose values may stand where this one stood
``compare(other)``        same, more precise, less precise or different
``python()``              the value as Python source, as a registry writes it
========================  =====================================================

``find_values`` reads what ``seed_forms`` writes, and nothing else: each form of
a value reads back as that value.  When a newer seed no longer states a fact,
the proof reads the words that stand where the value stood and says how the new
value compares with the old (:mod:`canru_facts.drift`).

Adding a kind means writing one class in one module of this package.
"""

from __future__ import annotations

import dataclasses
import random
import types
import typing
from decimal import Decimal
from typing import Any, ClassVar, Literal, NamedTuple, get_args, get_origin

from ..house import StyleError, canonical

__all__ = [
    "DIFFERENT",
    "KINDS",
    "LESS_PRECISE",
    "MORE_PRECISE",
    "SAME",
    "Kind",
    "Reading",
    "StyleError",
]

# How a value read from a newer seed compares with the registry's.
SAME = "same"
MORE_PRECISE = "more precise"
LESS_PRECISE = "less precise"
DIFFERENT = "different"


class Reading(NamedTuple):
    """A value found in a text, and where: ``text[start:end]`` states ``value``."""

    start: int
    end: int
    value: Kind


# Every concrete kind, by class name, in the order the modules define them.
KINDS: dict[str, type[Kind]] = {}


class Kind:
    """Base of every value kind (subclasses are frozen dataclasses)."""

    kind: ClassVar[str]  # what the value is: "date", "person", "place", "percentage", ...
    variants: ClassVar[tuple[str, ...]] = ()  # spellings besides the default, in doc order
    # Names are matched exactly; figures and roles ignore case, since a sentence
    # may start with "Two weeks" or call a minister "minister".
    case_sensitive: ClassVar[bool] = False

    def __init_subclass__(cls, abstract: bool = False, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not abstract:
            KINDS[cls.__name__] = cls

    # --- the protocol -----------------------------------------------------------

    def seed_forms(self) -> tuple[tuple[str, ...], ...]:
        """The ways the seed may write this value.

        Groups of alternatives: every group must occur in the evidence (a person
        needs their name and, where given, their role); the first group is the
        value's identifying form, the one each further mention must state.
        """
        raise NotImplementedError

    def identifying_forms(self) -> tuple[str, ...]:
        """Forms of which any one names the value in a further mention of a fact.

        The main evidence must state the whole value (every group of
        ``seed_forms``); a further mention need only say which value it is.
        """
        return self.seed_forms()[0]

    def render(self, variant: str | None, locale: str) -> str:
        """The value as the book writes it; ``variant`` is None or one of ``variants``."""
        raise NotImplementedError

    def plain(self) -> str:
        """One machine-readable string: ISO 8601 for dates and durations, else a name or number."""
        raise NotImplementedError

    def describe(self) -> tuple[str, str]:
        """(kind, detail): what the value is, e.g. ("date", "day"), ("organisation", "museum")."""
        return self.kind, ""

    @property
    def sort_key(self) -> tuple[int, int, int] | None:
        """Where the value falls in time; None for a value that is not a placeable date."""
        return None

    @classmethod
    def example(cls) -> Kind:
        """A typical value of this kind."""
        raise NotImplementedError

    @classmethod
    def sample(cls, rng: random.Random) -> Kind:
        """A random valid value of this kind."""
        raise NotImplementedError

    @classmethod
    def find_values(cls, text: str, like: Kind | None = None) -> list[Reading]:
        """Every value of this kind that ``text`` (folded words of the seed) states.

        ``like`` is the value the text used to state: it lends what the words
        leave to context, such as a count's noun or a person's role where the
        text still gives it.  Readings may overlap; the caller chooses.
        """
        raise NotImplementedError

    @classmethod
    def readers(cls) -> tuple[type[Kind], ...]:
        """The kinds whose values may stand where a value of this kind stood."""
        return (cls,)

    def compare(self, other: Kind) -> str:
        """How ``other`` (read from a newer seed) relates to this value.

        SAME: it says the same; MORE_PRECISE: it narrows this value (a day of
        this month); LESS_PRECISE: it widens it (the month of this day);
        DIFFERENT: anything else.
        """
        return SAME if other == self else DIFFERENT

    def python(self) -> str:
        """The value as Python source, in a registry's style: ``Day(1942, 6, 12)``.

        Fields are positional and stop at the last one that differs from its
        default; a decimal is written ``Decimal("27.5")``.
        """
        args = []
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            args.append((value, f.default))
        while args and args[-1][0] == args[-1][1]:
            args.pop()
        return f"{type(self).__name__}({', '.join(_literal(v) for v, _ in args)})"

    @classmethod
    def schema(cls) -> dict[str, Any]:
        """JSON schema of the value's fields, as the export writes them."""
        hints = typing.get_type_hints(cls)
        properties: dict[str, Any] = {"class": {"const": cls.__name__}}
        required = ["class"]
        for f in dataclasses.fields(cls):  # type: ignore[arg-type]
            properties[f.name] = _json_type(hints[f.name])
            required.append(f.name)
        return {
            "type": "object",
            "title": cls.__name__,
            "description": (cls.__doc__ or "").strip().splitlines()[0],
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }

    # --- shared by every kind ------------------------------------------------------

    def write(self, variant: str | None = None, locale: str = "en") -> str:
        """``render`` with the variant checked: StyleError names the valid ones."""
        variant = variant or None
        if variant is not None and variant not in self.variants:
            valid = ", ".join(self.variants) or "none"
            raise StyleError(
                f"unknown variant {variant!r} for a {type(self).__name__}; valid variants: {valid}"
            )
        return self.render(variant, canonical(locale))

    def fields(self) -> dict[str, Any]:
        """The value's fields as the export writes them (decimals as strings)."""
        return {
            f.name: str(v) if isinstance(v := getattr(self, f.name), Decimal) else v
            for f in dataclasses.fields(self)  # type: ignore[arg-type]
        }


def _literal(value: Any) -> str:
    if isinstance(value, Decimal):
        return f'Decimal("{value}")'
    if isinstance(value, str):
        return python_string(value)
    return repr(value)


def python_string(text: str) -> str:
    """A string literal as the project's formatter (ruff) writes it: in double quotes,
    unless the text holds more double quotes than single ones."""
    quote = "'" if text.count('"') > text.count("'") else '"'
    body = []
    for char in text:
        if char in ("\\", quote):
            body.append("\\" + char)
        elif char.isprintable():
            body.append(char)
        else:
            body.append(repr(char)[1:-1])
    return quote + "".join(body) + quote


def _json_type(hint: Any) -> dict[str, Any]:
    origin = get_origin(hint)
    if origin is Literal:
        return {"enum": list(get_args(hint))}
    if origin in (typing.Union, types.UnionType):
        args = get_args(hint)
        if set(args) <= {int, Decimal}:  # a whole number, or a decimal kept as a string
            return {"anyOf": [{"type": "integer"}, _json_type(Decimal)]}
        return {"anyOf": [_json_type(a) for a in args]}
    if hint is int:
        return {"type": "integer"}
    if hint is Decimal:
        return {"type": "string", "pattern": r"^-?\d+(\.\d+)?$"}
    if hint is str:
        return {"type": "string"}
    raise TypeError(f"no JSON type for {hint!r}")  # pragma: no cover - a new field type
