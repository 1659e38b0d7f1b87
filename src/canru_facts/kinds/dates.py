"""Dates, each at exactly the precision the seed states.

A month is never widened to a day, and a day without a year never gets a year
invented for it.  The seed is English: its forms use CLDR's English month names.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
import re
from dataclasses import dataclass
from functools import cache
from typing import ClassVar, Literal

from babel.dates import format_date
from num2words import num2words

from ..house import house, month_names
from .base import DIFFERENT, LESS_PRECISE, MORE_PRECISE, SAME, Kind, Reading
from .reading import compare_bounds, word_bounded

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


@cache
def _month_numbers() -> dict[str, int]:
    return {name.lower(): number for number, name in month_names(SEED_LOCALE).items()}


def _month_of(name: str) -> int:
    return _month_numbers()[name.lower()]


@cache
def _pattern(template: str) -> re.Pattern[str]:
    """A date form as a pattern: MONTH stands for any month name; whole words, any case."""
    months = "|".join(sorted(_month_numbers(), key=len, reverse=True))
    return re.compile(word_bounded(template.replace("MONTH", f"({months})")), re.IGNORECASE)


def _read(cls: type[Date], text: str, templates: tuple[str, ...], make) -> list[Reading]:
    """Readings of every template in ``text``; ``make(groups)`` builds the value, or fails."""
    found = []
    for template in templates:
        for match in _pattern(template).finditer(text):
            try:
                value = make(match.groups())
            except (ValueError, KeyError):  # 31 February, a year 0...
                continue
            found.append(Reading(match.start(), match.end(), value))
    return found


class Date(Kind, abstract=True):
    """A point or stretch of time; ``precision`` says how exactly the seed gives it."""

    kind: ClassVar[str] = "date"
    precision: ClassVar[str]

    def describe(self) -> tuple[str, str]:
        return self.kind, self.precision

    def bounds(self) -> tuple[dt.date, dt.date] | None:
        """The first and last day the value allows; None for a day without a year."""
        raise NotImplementedError

    @classmethod
    def readers(cls) -> tuple[type[Kind], ...]:
        return DATE_KINDS  # a month may come back as a day, a day as a month

    def compare(self, other: Kind) -> str:
        if other == self:
            return SAME
        if not isinstance(other, Date):
            return DIFFERENT
        mine, theirs = self.bounds(), other.bounds()
        if mine is None or theirs is None:  # a day without a year: by month and day
            return _compare_without_year(self, other)
        if mine == theirs:
            return SAME
        return compare_bounds((mine[0], True, mine[1], True), (theirs[0], True, theirs[1], True))


def _compare_without_year(old: Date, new: Date) -> str:
    same_day = (getattr(old, "month", None), getattr(old, "day", None)) == (
        getattr(new, "month", None),
        getattr(new, "day", None),
    )
    if not same_day or not isinstance(old, Day | DayNoYear) or not isinstance(new, Day | DayNoYear):
        return DIFFERENT
    return MORE_PRECISE if isinstance(new, Day) else LESS_PRECISE


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


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

    def bounds(self) -> tuple[dt.date, dt.date]:
        return self.date, self.date

    @classmethod
    def find_values(cls, text: str, like: Kind | None = None) -> list[Reading]:
        return _read(
            cls,
            text,
            (r"MONTH (\d{1,2}),? (\d{4})", r"(\d{1,2}) MONTH (\d{4})"),
            lambda g: (
                cls(int(g[2]), _month_of(g[0]), int(g[1]))
                if not g[0].isdigit()
                else cls(int(g[2]), _month_of(g[1]), int(g[0]))
            ),
        ) + _read(
            cls,
            text,
            (r"the (\d{1,2})(?:st|nd|rd|th) of MONTH (\d{4})",),
            lambda g: cls(int(g[2]), _month_of(g[1]), int(g[0])),
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

    def bounds(self) -> tuple[dt.date, dt.date]:
        last = _last_day(self.year, self.month)
        return dt.date(self.year, self.month, 1), dt.date(self.year, self.month, last)

    @classmethod
    def find_values(cls, text: str, like: Kind | None = None) -> list[Reading]:
        return _read(cls, text, (r"MONTH (\d{4})",), lambda g: cls(int(g[1]), _month_of(g[0])))

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

    def bounds(self) -> tuple[dt.date, dt.date]:
        return dt.date(self.year, 1, 1), dt.date(self.year, 12, 31)

    @classmethod
    def find_values(cls, text: str, like: Kind | None = None) -> list[Reading]:
        # A year is four digits, not part of a figure ("1,942") or a share ("1942%").
        return _read(cls, text, (r"(?<![\d,.])(\d{4})(?![%,]\d|%)",), lambda g: cls(int(g[0])))

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

    def bounds(self) -> tuple[dt.date, dt.date]:
        return dt.date(self.start, 1, 1), dt.date(self.start + 9, 12, 31)

    @classmethod
    def find_values(cls, text: str, like: Kind | None = None) -> list[Reading]:
        return _read(cls, text, (r"(\d{3}0)s",), lambda g: cls(int(g[0])))

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
_SEASON_NAME = {**{name: name for name in _SEASON_MONTH}, "autumn": "fall"}


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

    def bounds(self) -> tuple[dt.date, dt.date]:
        # Three months from the season's first; winter runs into the next year.
        first = _SEASON_MONTH[self.season]
        end_year, end_month = (self.year + 1, 2) if first == 12 else (self.year, first + 2)
        return dt.date(self.year, first, 1), dt.date(
            end_year, end_month, _last_day(end_year, end_month)
        )

    @classmethod
    def find_values(cls, text: str, like: Kind | None = None) -> list[Reading]:
        return _read(
            cls,
            text,
            (r"(spring|summer|fall|autumn|winter) of (\d{4})",),
            lambda g: cls(_SEASON_NAME[g[0].lower()], int(g[1])),
        )

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

    def bounds(self) -> tuple[dt.date, dt.date]:
        return self.first, self.last

    @classmethod
    def find_values(cls, text: str, like: Kind | None = None) -> list[Reading]:
        # Folded text: every dash between the days is a hyphen.
        return _read(
            cls,
            text,
            (r"MONTH (\d{1,2})-(\d{1,2}), (\d{4})",),
            lambda g: cls(int(g[3]), _month_of(g[0]), int(g[1]), int(g[2])),
        ) + _read(
            cls,
            text,
            (r"(\d{1,2})-(\d{1,2}) MONTH (\d{4})",),
            lambda g: cls(int(g[3]), _month_of(g[2]), int(g[0]), int(g[1])),
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

    def bounds(self) -> None:
        return None

    @classmethod
    def find_values(cls, text: str, like: Kind | None = None) -> list[Reading]:
        return _read(
            cls, text, (r"MONTH (\d{1,2})",), lambda g: cls(_month_of(g[0]), int(g[1]))
        ) + _read(cls, text, (r"(\d{1,2}) MONTH",), lambda g: cls(_month_of(g[1]), int(g[0])))

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
