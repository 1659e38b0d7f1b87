"""Dates, each at exactly the precision the seed states.

A month is never widened to a day, and a day without a year never gets a year
invented for it.  The seed is English: its forms use CLDR's English month names.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from functools import cache
from typing import ClassVar, Literal

from babel.dates import format_date
from num2words import num2words

from ..house import house, month_names
from .base import Kind

__all__ = [
    "DATE_KINDS",
    "Date",
    "Day",
    "DayNoYear",
    "DayRange",
    "Decade",
    "Month",
    "Season",
    "Year",
]

SEED_LOCALE = "en"


@cache
def _ordinal_digits(n: int) -> str:
    return num2words(n, to="ordinal_num", lang=SEED_LOCALE)


def _seed_month(month: int) -> str:
    return month_names(SEED_LOCALE)[month]


class Date(Kind, abstract=True):
    """A point or stretch of time; ``precision`` says how exactly the seed gives it."""

    kind: ClassVar[str] = "date"
    precision: ClassVar[str]

    def describe(self) -> tuple[str, str]:
        return self.kind, self.precision


@dataclass(frozen=True)
class Day(Date):
    """A calendar day, e.g. "June 12, 1942"."""

    year: int
    month: int
    day: int
    precision: ClassVar[str] = "day"
    variants: ClassVar[tuple[str, ...]] = ("day", "month", "year")

    def __post_init__(self) -> None:
        dt.date(self.year, self.month, self.day)  # raises on 31 February

    @property
    def date(self) -> dt.date:
        return dt.date(self.year, self.month, self.day)

    @property
    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.month, self.day)

    def seed_forms(self) -> tuple[tuple[str, ...], ...]:
        month, day, year = _seed_month(self.month), self.day, self.year
        return (
            (
                f"{month} {day}, {year}",
                f"{day} {month} {year}",
                f"the {_ordinal_digits(day)} of {month} {year}",
                f"{month} {day} {year}",
            ),
        )

    def render(self, variant: str | None, locale: str) -> str:
        if variant == "year":
            return str(self.year)
        style = house(locale)
        pattern = {None: style.day, "day": style.day_no_year, "month": style.month}[variant]
        return format_date(self.date, pattern, locale=locale)

    def plain(self) -> str:
        return self.date.isoformat()

    @classmethod
    def example(cls) -> Day:
        return cls(1942, 6, 12)

    @classmethod
    def sample(cls, rng: random.Random) -> Day:
        return cls(rng.randint(1900, 2024), rng.randint(1, 12), rng.randint(1, 28))


@dataclass(frozen=True)
class Month(Date):
    """A month of a year, e.g. "November 2023"."""

    year: int
    month: int
    precision: ClassVar[str] = "month"
    variants: ClassVar[tuple[str, ...]] = ("month", "year")

    def __post_init__(self) -> None:
        dt.date(self.year, self.month, 1)

    @property
    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.month, 0)

    def seed_forms(self) -> tuple[tuple[str, ...], ...]:
        return ((f"{_seed_month(self.month)} {self.year}",),)

    def render(self, variant: str | None, locale: str) -> str:
        if variant == "year":
            return str(self.year)
        first = dt.date(self.year, self.month, 1)
        return format_date(first, house(locale).month, locale=locale)

    def plain(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @classmethod
    def example(cls) -> Month:
        return cls(2023, 11)

    @classmethod
    def sample(cls, rng: random.Random) -> Month:
        return cls(rng.randint(1900, 2024), rng.randint(1, 12))


@dataclass(frozen=True)
class Year(Date):
    """A year, e.g. "1909"."""

    year: int
    precision: ClassVar[str] = "year"
    variants: ClassVar[tuple[str, ...]] = ("year",)

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year} is out of range")

    @property
    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, 0, 0)

    def seed_forms(self) -> tuple[tuple[str, ...], ...]:
        return ((str(self.year),),)

    def render(self, variant: str | None, locale: str) -> str:
        return str(self.year)

    def plain(self) -> str:
        return f"{self.year:04d}"

    @classmethod
    def example(cls) -> Year:
        return cls(1942)

    @classmethod
    def sample(cls, rng: random.Random) -> Year:
        return cls(rng.randint(1800, 2024))


@dataclass(frozen=True)
class Decade(Date):
    """A decade, e.g. "the 1990s"; ``start`` is its first year."""

    start: int
    precision: ClassVar[str] = "decade"
    variants: ClassVar[tuple[str, ...]] = ("bare",)

    def __post_init__(self) -> None:
        if self.start % 10:
            raise ValueError(f"a decade starts on a year ending in 0, not {self.start}")

    @property
    def year(self) -> int:
        return self.start

    @property
    def sort_key(self) -> tuple[int, int, int]:
        return (self.start, 0, 0)

    def seed_forms(self) -> tuple[tuple[str, ...], ...]:
        return ((f"{self.start}s",),)

    def render(self, variant: str | None, locale: str) -> str:
        style = house(locale)
        return style.decade_bare(self.start) if variant == "bare" else style.decade(self.start)

    def plain(self) -> str:
        return f"{self.start:04d}s"

    @classmethod
    def example(cls) -> Decade:
        return cls(1990)

    @classmethod
    def sample(cls, rng: random.Random) -> Decade:
        return cls(rng.randrange(1800, 2030, 10))


SeasonName = Literal["spring", "summer", "fall", "winter"]
# Northern-hemisphere seasons, placed at their first month so they sort among dates.
_SEASON_MONTH = {"spring": 3, "summer": 6, "fall": 9, "winter": 12}


@dataclass(frozen=True)
class Season(Date):
    """A season of a year, e.g. "the fall of 2003"."""

    season: SeasonName
    year: int
    precision: ClassVar[str] = "season"
    variants: ClassVar[tuple[str, ...]] = ("the", "season", "year")

    def __post_init__(self) -> None:
        if self.season not in _SEASON_MONTH:
            raise ValueError(f"season must be one of {sorted(_SEASON_MONTH)}, not {self.season!r}")

    @property
    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, _SEASON_MONTH[self.season], 0)

    def seed_forms(self) -> tuple[tuple[str, ...], ...]:
        names = [self.season] + (["autumn"] if self.season == "fall" else [])
        return (tuple(f"{name} of {self.year}" for name in names),)

    def render(self, variant: str | None, locale: str) -> str:
        style = house(locale)
        name = style.seasons[self.season]
        if variant == "the":
            return style.season_the(self.season, self.year)
        if variant == "season":
            return name
        if variant == "year":
            return str(self.year)
        return f"{name} {self.year}"

    def plain(self) -> str:
        return f"{self.year:04d}-{self.season}"

    @classmethod
    def example(cls) -> Season:
        return cls("fall", 2003)

    @classmethod
    def sample(cls, rng: random.Random) -> Season:
        return cls(rng.choice(tuple(_SEASON_MONTH)), rng.randint(1900, 2024))  # type: ignore[arg-type]


@dataclass(frozen=True)
class DayRange(Date):
    """Consecutive days within one month, e.g. "March 26–27, 2007"."""

    year: int
    month: int
    first_day: int
    last_day: int
    precision: ClassVar[str] = "day range"
    variants: ClassVar[tuple[str, ...]] = ("day", "month", "year")

    def __post_init__(self) -> None:
        dt.date(self.year, self.month, self.first_day)
        dt.date(self.year, self.month, self.last_day)
        if self.last_day <= self.first_day:
            raise ValueError("a day range ends after it starts")

    @property
    def first(self) -> dt.date:
        return dt.date(self.year, self.month, self.first_day)

    @property
    def last(self) -> dt.date:
        return dt.date(self.year, self.month, self.last_day)

    @property
    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.month, self.first_day)

    def seed_forms(self) -> tuple[tuple[str, ...], ...]:
        month = _seed_month(self.month)
        a, b, y = self.first_day, self.last_day, self.year
        return (
            tuple(
                form
                for dash in ("–", "-", "—")
                for form in (f"{month} {a}{dash}{b}, {y}", f"{a}{dash}{b} {month} {y}")
            ),
        )

    def render(self, variant: str | None, locale: str) -> str:
        style = house(locale)
        if variant == "year":
            return str(self.year)
        if variant == "month":
            return format_date(self.first, style.month, locale=locale)
        if variant == "day":
            last = format_date(self.last, style.day_no_year, locale=locale)
            return f"{self.first_day}–{last}"
        return style.day_range(self.first, self.last, locale)

    def plain(self) -> str:
        return f"{self.first.isoformat()}/{self.last.isoformat()}"

    @classmethod
    def example(cls) -> DayRange:
        return cls(2007, 3, 26, 27)

    @classmethod
    def sample(cls, rng: random.Random) -> DayRange:
        first = rng.randint(1, 26)
        return cls(rng.randint(1900, 2024), rng.randint(1, 12), first, first + 1)


@dataclass(frozen=True)
class DayNoYear(Date):
    """A day whose year the seed leaves to context, e.g. "On May 8".

    The fact carrying it must have a note saying which year the context implies;
    the value itself never holds one, so that nothing is invented.
    """

    month: int
    day: int
    precision: ClassVar[str] = "day, no year"
    variants: ClassVar[tuple[str, ...]] = ("day",)

    def __post_init__(self) -> None:
        dt.date(2000, self.month, self.day)  # a leap year, so 29 February is allowed

    def seed_forms(self) -> tuple[tuple[str, ...], ...]:
        month = _seed_month(self.month)
        return ((f"{month} {self.day}", f"{self.day} {month}"),)

    def render(self, variant: str | None, locale: str) -> str:
        # 2000 is a leap year, so 29 February can be written; the year is not shown.
        day = dt.date(2000, self.month, self.day)
        return format_date(day, house(locale).day_no_year, locale=locale)

    def plain(self) -> str:
        return f"--{self.month:02d}-{self.day:02d}"  # ISO 8601 date without year

    @classmethod
    def example(cls) -> DayNoYear:
        return cls(5, 8)

    @classmethod
    def sample(cls, rng: random.Random) -> DayNoYear:
        return cls(rng.randint(1, 12), rng.randint(1, 28))


DATE_KINDS: tuple[type[Date], ...] = (Day, Month, Year, Decade, Season, DayRange, DayNoYear)
