"""Figures: shares, money, counts, lengths of time and positions in a series.

``qualifier`` keeps the seed's hedging ("over", "more than", "up to"): a figure
without it would claim more precision than the source does.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import ClassVar, Literal

from babel import Locale
from babel.numbers import format_compact_decimal, format_percent, get_currency_symbol
from num2words import num2words

from ..house import WORDS_BELOW, counted, house, language, number, qualified
from .base import Kind

__all__ = ["Count", "Duration", "Money", "Ordinal", "Percentage"]

SEED_LOCALE = "en"


@cache
def _seed_numbers(n: int) -> tuple[str, ...]:
    """The ways the seed writes a whole number: "1200", "1,200", "one thousand two hundred"."""
    return (str(n), f"{n:,}", num2words(n, lang=SEED_LOCALE))


def _joined(*parts: str) -> str:
    return " ".join(p for p in parts if p)


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
        digits = num2words(self.value, to="ordinal_num", lang=SEED_LOCALE)
        spelled = num2words(self.value, to="ordinal", lang=SEED_LOCALE)
        return (tuple(_joined(o, self.noun) for o in (digits, spelled)),)

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
