"""Figures: shares, money, counts, lengths of time and positions in a series.

``qualifier`` keeps the seed's hedging ("over", "more than", "up to"): a figure
without it would claim more precision than the source does.
"""

from __future__ import annotations

import random
import re
import typing
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import ClassVar, Literal

from babel import Locale
from babel.numbers import format_compact_decimal, format_percent, get_currency_symbol
from num2words import num2words

from ..house import WORDS_BELOW, counted, house, language, number, qualified
from .base import DIFFERENT, SAME, Kind, Reading
from .reading import (
    bounded,
    compare_bounds,
    hedge_pattern,
    number_pattern,
    number_value,
    ordinal_pattern,
    ordinal_value,
    word_bounded,
)

__all__ = ["Count", "Duration", "Money", "Ordinal", "Percentage"]

SEED_LOCALE = "en"


@cache
def _seed_numbers(n: int) -> tuple[str, ...]:
    """The ways the seed writes a whole number: "1200", "1,200", and in words where its
    style spells numbers out (see :func:`_spelled_out`): "twenty", "two hundred"."""
    digits = (str(n), f"{n:,}")
    return (*digits, num2words(n, lang=SEED_LOCALE)) if _spelled_out(n) else digits


def _spelled_out(n: int) -> bool:
    """Whether the seed may write ``n`` in words.

    Wikipedia's Manual of Style spells out a number that takes one or two words:
    below a hundred ("thirty-five"), or a round number ("two hundred", "forty
    thousand"); any other is written in digits.
    """
    if n < 100:
        return True
    return any(n % scale == 0 and n // scale < 100 for scale in (100, 1000, 10**6, 10**9))


@cache
def _seed_ordinals(n: int) -> tuple[str, ...]:
    """The ways the seed writes an ordinal: "65th", and in words where it spells the
    number out ("sixty-fifth")."""
    digits = num2words(n, to="ordinal_num", lang=SEED_LOCALE)
    if not _spelled_out(n):
        return (digits,)
    return digits, num2words(n, to="ordinal", lang=SEED_LOCALE)


def _joined(*parts: str) -> str:
    return " ".join(filter(None, parts))


def _figure(text: str) -> Decimal | int:
    """Digits as the value holds them: a whole number as int, else a Decimal."""
    return int(text) if text.isdigit() else Decimal(text)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(word_bounded(pattern), re.IGNORECASE)


def _counted(cls, text: str, like, nouns: str | None) -> list[Reading]:
    """Readings of "[hedge] NUMBER NOUN" for a count or a duration.

    ``nouns`` is the pattern of the nouns to read; None reads any next word as
    the noun (a count whose noun changed).
    """
    qualifier = getattr(like, "qualifier", "")
    noun = nouns if nouns is not None else r"[^\W\d][\w-]*"
    pattern = rf"(?:({hedge_pattern(qualifier)}) )?({number_pattern()}) ({noun})"
    found = []
    for match in _compiled(pattern).finditer(text):
        value = number_value(match.group(2))
        if value is None:
            continue
        hedge = (match.group(1) or "").lower()
        found.append(Reading(match.start(), match.end(), cls(value, match.group(3), hedge)))
        if hedge:  # "over" may be a preposition: "$25 billion over twenty years"
            found.append(Reading(match.start(2), match.end(), cls(value, match.group(3), "")))
    return found


@dataclass(frozen=True)
class Percentage(Kind):
    """A share in per cent, e.g. "27%"."""

    value: Decimal | int
    kind: ClassVar[str] = "percentage"
    variants: ClassVar[tuple[str, ...]] = ("number",)

    def __post_init__(self) -> None:
        if not 0 <= self.value <= 100:
            raise ValueError(f"a percentage lies between 0 and 100, not {self.value}")

    def seed_forms(self) -> tuple[tuple[str, ...], ...]:
        v = self.value
        return ((f"{v}%", f"{v} per cent", f"{v} percent"),)

    @classmethod
    def find_values(cls, text: str, like: Kind | None = None) -> list[Reading]:
        found = []
        for match in _compiled(r"(\d+(?:\.\d+)?)(?:%| per cent| percent)").finditer(text):
            value = _figure(match.group(1))
            if 0 <= value <= 100:
                found.append(Reading(match.start(), match.end(), cls(value)))
        return found

    def bounds(self) -> tuple[Decimal, bool, Decimal, bool]:
        """The shares the figure rounds: 27% is [26.5, 27.5), 27.4% is [27.35, 27.45)."""
        value = Decimal(self.value)
        half = Decimal(5).scaleb(value.as_tuple().exponent - 1)  # type: ignore[operator]
        return value - half, True, value + half, False

    def compare(self, other: Kind) -> str:
        if other == self:
            return SAME
        if not isinstance(other, Percentage):
            return DIFFERENT
        return compare_bounds(self.bounds(), other.bounds())

    def render(self, variant: str | None, locale: str) -> str:
        if variant == "number":
            return number(self.value, locale)
        share = Decimal(self.value) / 100
        return format_percent(share, locale=locale, decimal_quantization=False)

    def plain(self) -> str:
        return str(self.value)

    @classmethod
    def example(cls) -> Percentage:
        return cls(27)

    @classmethod
    def sample(cls, rng: random.Random) -> Percentage:
        return cls(rng.randint(1, 99))


Scale = Literal["", "thousand", "million", "billion", "trillion"]
_FACTOR = {"": 1, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}


@dataclass(frozen=True)
class Money(Kind):
    """An amount of money, e.g. "$25 billion" (amount 25, scale "billion")."""

    amount: Decimal | int
    currency: str  # as the seed gives it: an ISO code, or "$" where the seed says no more
    scale: Scale = ""
    qualifier: str = ""
    kind: ClassVar[str] = "money"
    variants: ClassVar[tuple[str, ...]] = ("amount",)

    @property
    def total(self) -> Decimal:
        return Decimal(self.amount) * _FACTOR[self.scale]

    def seed_forms(self) -> tuple[tuple[str, ...], ...]:
        return ((_joined(self.qualifier, f"{self.currency}{self.amount}", self.scale),),)

    @classmethod
    def find_values(cls, text: str, like: Kind | None = None) -> list[Reading]:
        currency = re.escape(like.currency) if isinstance(like, Money) else r"\$|[A-Z]{3}"
        qualifier = like.qualifier if isinstance(like, Money) else ""
        scales = "|".join(s for s in _FACTOR if s)
        pattern = rf"(?:({hedge_pattern(qualifier)}) )?({currency})(\d+(?:\.\d+)?)(?: ({scales}))?"
        found = []
        # Case matters here: "USD" is a currency, "usd" is not.
        for match in re.finditer(rf"(?<!\w)(?:{pattern})(?!\w)", text):
            hedge, symbol, amount, scale = match.groups()
            value = cls(_figure(amount), symbol, scale or "", (hedge or "").lower())  # type: ignore[arg-type]
            found.append(Reading(match.start(), match.end(), value))
            if hedge:
                plain = cls(_figure(amount), symbol, scale or "")  # type: ignore[arg-type]
                found.append(Reading(match.start(2), match.end(), plain))
        return found

    def compare(self, other: Kind) -> str:
        if other == self:
            return SAME
        if not isinstance(other, Money) or other.currency != self.currency:
            return DIFFERENT
        return compare_bounds(
            bounded(self.total, self.qualifier), bounded(other.total, other.qualifier)
        )

    def render(self, variant: str | None, locale: str) -> str:
        if self.scale:
            # "long" compact form: "25 billion", "25 milliards"; three fraction
            # digits keep "2.5 billion" and are trimmed when they are zeros.
            figure = format_compact_decimal(
                self.total, format_type="long", locale=locale, fraction_digits=3
            )
        else:
            figure = number(self.amount, locale)
        currency = self.currency
        symbol = currency if not currency.isalpha() else get_currency_symbol(currency, locale)
        pattern = Locale.parse(locale).currency_formats["standard"].pattern
        amount = f"{symbol}{figure}" if pattern.startswith("¤") else f"{figure} {symbol}"
        if variant == "amount":
            return amount
        return qualified(self.qualifier, amount, locale)

    def plain(self) -> str:
        return str(self.total)

    @classmethod
    def example(cls) -> Money:
        return cls(25, "$", "billion", "up to")

    @classmethod
    def sample(cls, rng: random.Random) -> Money:
        return cls(
            rng.randint(2, 900),
            "$",
            rng.choice(("million", "billion")),
            rng.choice(("", "over", "up to")),
        )


@dataclass(frozen=True)
class Count(Kind):
    """A number of things, e.g. "over 300 participants"."""

    value: int
    noun: str
    qualifier: str = ""
    kind: ClassVar[str] = "count"
    variants: ClassVar[tuple[str, ...]] = ("words", "digits", "number")

    def seed_forms(self) -> tuple[tuple[str, ...], ...]:
        return (tuple(_joined(self.qualifier, n, self.noun) for n in _seed_numbers(self.value)),)

    @classmethod
    def find_values(cls, text: str, like: Kind | None = None) -> list[Reading]:
        # Things of the same name first; a count whose noun changed reads the next word.
        if isinstance(like, Count):
            found = _counted(cls, text, like, re.escape(like.noun))
            if found:
                return found
        return _counted(cls, text, like, None)

    def compare(self, other: Kind) -> str:
        if other == self:
            return SAME
        if not isinstance(other, Count) or other.noun.lower() != self.noun.lower():
            return DIFFERENT
        return compare_bounds(
            bounded(self.value, self.qualifier), bounded(other.value, other.qualifier)
        )

    def render(self, variant: str | None, locale: str) -> str:
        if variant == "number":
            return number(self.value, locale)
        figure = counted(self.value, variant, locale)
        return qualified(self.qualifier, f"{figure} {self.noun}", locale)

    def plain(self) -> str:
        return str(self.value)

    @classmethod
    def example(cls) -> Count:
        return cls(300, "participants", "over")

    @classmethod
    def sample(cls, rng: random.Random) -> Count:
        value = rng.choice((rng.randint(2, 9), rng.randint(20, 999), rng.randint(1000, 20000)))
        return cls(value, "participants", rng.choice(("", "over")))


Unit = Literal["days", "weeks", "months", "years", "nights", "day", "week", "month", "year"]
_ISO_UNIT = {"day": "D", "night": "D", "week": "W", "month": "M", "year": "Y"}


@dataclass(frozen=True)
class Duration(Kind):
    """A length of time, e.g. "two weeks" or "more than 35 years"."""

    value: int
    unit: Unit
    qualifier: str = ""
    kind: ClassVar[str] = "duration"
    variants: ClassVar[tuple[str, ...]] = ("words", "digits", "number")

    def seed_forms(self) -> tuple[tuple[str, ...], ...]:
        return (tuple(_joined(self.qualifier, n, self.unit) for n in _seed_numbers(self.value)),)

    @classmethod
    def find_values(cls, text: str, like: Kind | None = None) -> list[Reading]:
        units = "|".join(typing.get_args(Unit))
        return [
            Reading(r.start, r.end, cls(r.value.value, r.value.unit.lower(), r.value.qualifier))
            for r in _counted(cls, text, like, units)
        ]

    def compare(self, other: Kind) -> str:
        if other == self:
            return SAME
        if (
            not isinstance(other, Duration)
            or _ISO_UNIT[other.unit.removesuffix("s")] != (_ISO_UNIT[self.unit.removesuffix("s")])
        ):
            return DIFFERENT
        return compare_bounds(
            bounded(self.value, self.qualifier), bounded(other.value, other.qualifier)
        )

    def render(self, variant: str | None, locale: str) -> str:
        if variant == "number":
            return number(self.value, locale)
        figure = counted(self.value, variant, locale)
        unit = house(locale).units.get(self.unit, self.unit)
        return qualified(self.qualifier, f"{figure} {unit}", locale)

    def plain(self) -> str:
        return f"P{self.value}{_ISO_UNIT[self.unit.removesuffix('s')]}"

    @classmethod
    def example(cls) -> Duration:
        return cls(2, "weeks")

    @classmethod
    def sample(cls, rng: random.Random) -> Duration:
        return cls(rng.randint(2, 40), rng.choice(("weeks", "months", "years")))


@dataclass(frozen=True)
class Ordinal(Kind):
    """A position in a series, e.g. "65th anniversary" or "second meeting"."""

    value: int
    noun: str
    kind: ClassVar[str] = "ordinal"
    variants: ClassVar[tuple[str, ...]] = ("words", "digits", "number")

    def __post_init__(self) -> None:
        if self.value < 1:
            raise ValueError("an ordinal starts at 1")

    def seed_forms(self) -> tuple[tuple[str, ...], ...]:
        return (tuple(_joined(o, self.noun) for o in _seed_ordinals(self.value)),)

    @classmethod
    def find_values(cls, text: str, like: Kind | None = None) -> list[Reading]:
        nouns = [re.escape(like.noun)] if isinstance(like, Ordinal) else []
        for noun in (*nouns, r"[^\W\d][\w-]*"):
            found = []
            for match in _compiled(rf"({ordinal_pattern()}) ({noun})").finditer(text):
                value = ordinal_value(match.group(1))
                if value:
                    found.append(Reading(match.start(), match.end(), cls(value, match.group(2))))
            if found:
                return found
        return []

    def render(self, variant: str | None, locale: str) -> str:
        spelled = variant == "words" or (variant is None and self.value < WORDS_BELOW)
        if spelled:
            figure = num2words(self.value, lang=language(locale), to="ordinal")
        else:
            figure = house(locale).ordinal_digits(self.value)
        if variant == "number":
            return figure
        return f"{figure} {self.noun}"

    def plain(self) -> str:
        return str(self.value)

    @classmethod
    def example(cls) -> Ordinal:
        return cls(65, "anniversary")

    @classmethod
    def sample(cls, rng: random.Random) -> Ordinal:
        return cls(rng.randint(2, 150), "anniversary")
