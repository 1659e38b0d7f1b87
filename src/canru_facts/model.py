"""The kinds of fact this book may state.

Each fact is one small record: a stable key, a short label, a typed value and the
words of the seed that state it (the *evidence*).  A historian should be able to
read a registry entry aloud::

    Fact("relations.established", "Diplomatic relations established",
         Day(1942, 6, 12),
         evidence="relations between the two countries were finally established "
                  "on June 12, 1942")

The value types below say *what* a value is and nothing about how it is written:
formatting lives in :mod:`canru_facts.style`, and the ways the seed writes a value
live in :mod:`canru_facts.proof`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from types import CodeType
from typing import ClassVar, Literal

__all__ = [
    "Count",
    "Day",
    "DayNoYear",
    "DayRange",
    "Decade",
    "Duration",
    "Fact",
    "FactError",
    "Money",
    "Month",
    "Ordinal",
    "Percentage",
    "Person",
    "Place",
    "Season",
    "Value",
    "Year",
    "DATE_KINDS",
]


class FactError(ValueError):
    """A fact that cannot be loaded: says where it was written and what is wrong."""

    def __init__(self, key: str, message: str, origin: str = "") -> None:
        self.key = key
        self.message = message
        self.origin = origin
        where = f"{origin}: " if origin else ""
        super().__init__(f"{where}{key}: {message}")


# --- dates -------------------------------------------------------------------
# Every date kind keeps exactly the precision the seed states: a month is never
# widened to a day, and a day without a year never gets a year invented for it.


@dataclass(frozen=True)
class Day:
    """A calendar day, e.g. "June 12, 1942"."""

    year: int
    month: int
    day: int
    kind: ClassVar[str] = "date"
    precision: ClassVar[str] = "day"

    def __post_init__(self) -> None:
        dt.date(self.year, self.month, self.day)  # raises on 31 February

    @property
    def date(self) -> dt.date:
        return dt.date(self.year, self.month, self.day)

    @property
    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.month, self.day)


@dataclass(frozen=True)
class Month:
    """A month of a year, e.g. "November 2023"."""

    year: int
    month: int
    kind: ClassVar[str] = "date"
    precision: ClassVar[str] = "month"

    def __post_init__(self) -> None:
        dt.date(self.year, self.month, 1)

    @property
    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.month, 0)


@dataclass(frozen=True)
class Year:
    """A year, e.g. "1909"."""

    year: int
    kind: ClassVar[str] = "date"
    precision: ClassVar[str] = "year"

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year} is out of range")

    @property
    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, 0, 0)


@dataclass(frozen=True)
class Decade:
    """A decade, e.g. "the 1990s"; ``start`` is its first year."""

    start: int
    kind: ClassVar[str] = "date"
    precision: ClassVar[str] = "decade"

    def __post_init__(self) -> None:
        if self.start % 10:
            raise ValueError(f"a decade starts on a year ending in 0, not {self.start}")

    @property
    def year(self) -> int:
        return self.start

    @property
    def sort_key(self) -> tuple[int, int, int]:
        return (self.start, 0, 0)


SeasonName = Literal["spring", "summer", "fall", "winter"]
# Northern-hemisphere seasons, placed at their first month so they sort among dates.
_SEASON_MONTH = {"spring": 3, "summer": 6, "fall": 9, "winter": 12}


@dataclass(frozen=True)
class Season:
    """A season of a year, e.g. "the fall of 2003"."""

    season: SeasonName
    year: int
    kind: ClassVar[str] = "date"
    precision: ClassVar[str] = "season"

    def __post_init__(self) -> None:
        if self.season not in _SEASON_MONTH:
            raise ValueError(f"season must be one of {sorted(_SEASON_MONTH)}, not {self.season!r}")

    @property
    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, _SEASON_MONTH[self.season], 0)


@dataclass(frozen=True)
class DayRange:
    """Consecutive days within one month, e.g. "March 26–27, 2007"."""

    year: int
    month: int
    first_day: int
    last_day: int
    kind: ClassVar[str] = "date"
    precision: ClassVar[str] = "day range"

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


@dataclass(frozen=True)
class DayNoYear:
    """A day whose year the seed leaves to context, e.g. "On May 8".

    The fact carrying it must have a note saying which year the context implies;
    the value itself never holds one, so that nothing is invented.
    """

    month: int
    day: int
    kind: ClassVar[str] = "date"
    precision: ClassVar[str] = "day, no year"

    def __post_init__(self) -> None:
        dt.date(2000, self.month, self.day)  # a leap year, so 29 February is allowed

    @property
    def sort_key(self) -> None:
        return None  # cannot be placed on a timeline without a year


DATE_KINDS = (Day, Month, Year, Decade, Season, DayRange, DayNoYear)

# --- people, places, organisations --------------------------------------------


@dataclass(frozen=True)
class Person:
    """A named person and the role the seed gives them."""

    name: str
    role: str = ""
    kind: ClassVar[str] = "person"

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("a person needs a name")


PlaceKind = Literal[
    "mission",
    "consulate",
    "city",
    "summit",
    "event",
    "festival",
    "regulation",
    "law",
    "organisation",
    "programme",
    "institution",
    "publication",
]


@dataclass(frozen=True)
class Place:
    """A place or an organisation: a mission, a summit, a regulation, a body."""

    name: str
    type: PlaceKind = "organisation"
    abbreviation: str = ""
    kind: ClassVar[str] = "place"

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("a place needs a name")


# --- figures -------------------------------------------------------------------
# ``qualifier`` keeps the seed's hedging ("over", "more than", "up to"): a figure
# without it would claim more precision than the source does.


@dataclass(frozen=True)
class Percentage:
    """A share in per cent, e.g. "27%"."""

    value: Decimal | int
    kind: ClassVar[str] = "percentage"

    def __post_init__(self) -> None:
        if not 0 <= self.value <= 100:
            raise ValueError(f"a percentage lies between 0 and 100, not {self.value}")


@dataclass(frozen=True)
class Money:
    """An amount of money, e.g. "$25 billion" (amount 25, scale "billion")."""

    amount: Decimal | int
    currency: str  # as the seed gives it: an ISO code, or "$" where the seed says no more
    scale: Literal["", "thousand", "million", "billion", "trillion"] = ""
    qualifier: str = ""
    kind: ClassVar[str] = "money"

    @property
    def total(self) -> Decimal:
        factor = {"": 1, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}[
            self.scale
        ]
        return Decimal(self.amount) * factor


@dataclass(frozen=True)
class Count:
    """A number of things, e.g. "over 300 participants"."""

    value: int
    noun: str
    qualifier: str = ""
    kind: ClassVar[str] = "count"


@dataclass(frozen=True)
class Duration:
    """A length of time, e.g. "two weeks" or "more than 35 years"."""

    value: int
    unit: Literal["days", "weeks", "months", "years", "nights", "day", "week", "month", "year"]
    qualifier: str = ""
    kind: ClassVar[str] = "duration"


@dataclass(frozen=True)
class Ordinal:
    """A position in a series, e.g. "65th anniversary" or "second meeting"."""

    value: int
    noun: str
    kind: ClassVar[str] = "ordinal"

    def __post_init__(self) -> None:
        if self.value < 1:
            raise ValueError("an ordinal starts at 1")


Value = (
    Day
    | Month
    | Year
    | Decade
    | Season
    | DayRange
    | DayNoYear
    | Person
    | Place
    | Percentage
    | Money
    | Count
    | Duration
    | Ordinal
)
VALUE_TYPES: tuple[type, ...] = (
    *DATE_KINDS,
    Person,
    Place,
    Percentage,
    Money,
    Count,
    Duration,
    Ordinal,
)

# --- the fact ------------------------------------------------------------------

KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9][a-z0-9_]*)+$")


def _caller_origin(depth: int) -> str:
    """``file:line`` of the registry entry that created a fact, for error messages."""
    try:
        frame = sys._getframe(depth)
    except ValueError:  # pragma: no cover - shallower stack than expected
        return ""
    code = frame.f_code
    # frame.f_lineno walks the code's whole line table on every call, which makes
    # loading a module of n facts cost n²; the table is read once per module here.
    starts, lines = _line_table(code)
    i = bisect.bisect_right(starts, frame.f_lasti) - 1
    line = lines[i] if i >= 0 and lines[i] is not None else frame.f_lineno
    return f"{code.co_filename}:{line}"


# Line tables by code object identity: hashing a code object reads all of it, and a
# registry module's code is large.  Each entry keeps its code alive, so an id is
# never reused while its entry stands.
_LINE_TABLES: dict[int, tuple[CodeType, list[int], list[int | None]]] = {}


def _line_table(code: CodeType) -> tuple[list[int], list[int | None]]:
    cached = _LINE_TABLES.get(id(code))
    if cached is None or cached[0] is not code:
        if len(_LINE_TABLES) > 64:
            _LINE_TABLES.clear()
        starts, lines = [], []
        for start, _end, line in code.co_lines():
            starts.append(start)
            lines.append(line)
        cached = _LINE_TABLES[id(code)] = (code, starts, lines)
    return cached[1], cached[2]


@dataclass(frozen=True)
class Fact:
    """One checkable statement of the seed.

    key       stable dotted name used by the book, e.g. ``relations.established``
    label     a short human description, shown in the register
    value     one of the value types above
    evidence  the seed's own words, quoted verbatim; they must state the value
    note      anything a reader should know (e.g. which year a day belongs to)
    """

    key: str
    label: str
    value: Value
    evidence: str
    note: str = ""
    origin: str = field(default="", compare=False, repr=False)

    def __post_init__(self) -> None:
        # frames: 0 _caller_origin, 1 this method, 2 the generated __init__, 3 the entry
        origin = self.origin or _caller_origin(3)
        object.__setattr__(self, "origin", origin)
        if not isinstance(self.key, str) or not KEY_PATTERN.match(self.key):
            raise FactError(
                str(self.key),
                "a key is lower-case dotted words, e.g. 'relations.established'",
                origin,
            )
        if not isinstance(self.value, VALUE_TYPES):
            names = ", ".join(t.__name__ for t in VALUE_TYPES)
            raise FactError(
                self.key,
                f"value {self.value!r} is a {type(self.value).__name__}; expected one of {names}",
                origin,
            )
        if not isinstance(self.evidence, str) or not self.evidence.strip():
            raise FactError(self.key, "evidence is empty; quote the seed's own words", origin)
        if not isinstance(self.label, str) or not self.label.strip():
            raise FactError(self.key, "label is empty; give a short description", origin)
        if isinstance(self.value, DayNoYear) and not self.note.strip():
            raise FactError(
                self.key,
                "a day with no year needs a note saying which year the context implies",
                origin,
            )

    @property
    def kind(self) -> str:
        return self.value.kind

    @property
    def is_dated(self) -> bool:
        return isinstance(self.value, DATE_KINDS)
