"""A fact: one checkable statement of the seed.

Each fact is one small record: a stable key, a short label, a typed value and the
words of the seed that state it (the *evidence*).  A historian should be able to
read a registry entry aloud::

    Fact("relations.established", "Diplomatic relations established",
         Day(1942, 6, 12),
         evidence="relations between the two countries were finally established "
                  "on June 12, 1942")

The value kinds (:mod:`canru_facts.kinds`) say *what* a value is, how the seed
and the book write it and how it is exported; they are re-exported here, so a
registry module imports everything it needs from this one.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import CodeType

from .kinds import (
    DATE_KINDS,
    KINDS,
    VALUE_TYPES,
    Count,
    Day,
    DayNoYear,
    DayRange,
    Decade,
    Duration,
    Event,
    Kind,
    Law,
    Money,
    Month,
    Ordinal,
    Organisation,
    Percentage,
    Person,
    Place,
    Programme,
    Publication,
    Season,
    Year,
)

__all__ = [
    "DATE_KINDS",
    "KINDS",
    "VALUE_TYPES",
    "Count",
    "Day",
    "DayNoYear",
    "DayRange",
    "Decade",
    "Duration",
    "Event",
    "Fact",
    "FactError",
    "Kind",
    "Law",
    "Money",
    "Month",
    "Ordinal",
    "Organisation",
    "Percentage",
    "Person",
    "Place",
    "Programme",
    "Publication",
    "Season",
    "Value",
    "Year",
]

Value = Kind  # every fact value is an instance of a kind


class FactError(ValueError):
    """A fact that cannot be loaded: says where it was written and what is wrong."""

    def __init__(self, key: str, message: str, origin: str = "") -> None:
        self.key = key
        self.message = message
        self.origin = origin
        where = f"{origin}: " if origin else ""
        super().__init__(f"{where}{key}: {message}")


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


MENTION_PATTERN = re.compile(r"^[a-z][a-z0-9-]*$")


@dataclass(frozen=True)
class Fact:
    """One checkable statement of the seed.

    key       stable dotted name used by the book, e.g. ``relations.established``
    label     a short human description, shown in the register
    value     an instance of one of the kinds (:mod:`canru_facts.kinds`)
    evidence  the seed's own words, quoted verbatim; they must state the whole value
    note      anything a reader should know (e.g. which year a day belongs to)
    also      further places where the seed states the value, by name:
              ``{"allies": "its NATO allies"}``.  Each must name the value
              (``Kind.identifying_forms``: a person's name or surname, a thing's
              name or abbreviation, a date); a citation names the mention its
              sentence relies on, ``{fact}`history.nato@allies```
    sic       words of the value that the source gets wrong or writes oddly, as
              it writes them; the book marks them [sic] wherever it shows them
    """

    key: str
    label: str
    value: Value
    evidence: str
    note: str = ""
    also: Mapping[str, str] = field(default_factory=dict)
    sic: str = ""
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
        # A tuple of pairs, not a dict: a fact stays hashable and read-only.
        also = tuple(dict(self.also).items()) if isinstance(self.also, Mapping) else self.also
        object.__setattr__(self, "also", _FrozenMentions(also))
        for name, words in also:
            if not isinstance(name, str) or not MENTION_PATTERN.match(name):
                raise FactError(
                    self.key,
                    f"mention name {name!r}: use lower-case words joined by hyphens, e.g. 'allies'",
                    origin,
                )
            if not isinstance(words, str) or not words.strip():
                raise FactError(
                    self.key, f"mention {name!r} has no evidence; quote the seed's words", origin
                )
        if self.sic and not any(self.sic in text for text in _spellings(self.value)):
            raise FactError(
                self.key,
                f"sic {self.sic!r} is not in the value as the book writes it "
                f"({self.value.write()!r}); quote the odd words of the value",
                origin,
            )

    @property
    def kind(self) -> str:
        return self.value.kind

    @property
    def is_dated(self) -> bool:
        return isinstance(self.value, DATE_KINDS)

    @property
    def mentions(self) -> dict[str, str]:
        """Every mention's evidence by name; the main evidence is named ""."""
        return {"": self.evidence, **self.also}

    def evidence_of(self, mention: str = "") -> str:
        """The evidence of one mention (KeyError for a name the fact lacks)."""
        return self.evidence if not mention else self.also[mention]


def _spellings(value: Kind) -> list[str]:
    """The value as the book may write it: by default and in each variant it can take."""
    texts = []
    for variant in (None, *value.variants):
        try:
            texts.append(value.write(variant))
        except ValueError:  # StyleError: e.g. a person with no role has no "role" variant
            continue
    return texts


class _FrozenMentions(Mapping[str, str]):
    """The further mentions of a fact: an ordered, read-only, hashable mapping."""

    __slots__ = ("_pairs", "_index")

    def __init__(self, pairs: tuple[tuple[str, str], ...]) -> None:
        self._pairs = tuple(pairs)
        self._index = dict(self._pairs)

    def __getitem__(self, name: str) -> str:
        return self._index[name]

    def __iter__(self):
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._pairs)

    def __hash__(self) -> int:
        return hash(self._pairs)

    def __eq__(self, other: object) -> bool:
        return dict(self) == dict(other) if isinstance(other, Mapping) else NotImplemented

    def __repr__(self) -> str:
        return repr(self._index)
