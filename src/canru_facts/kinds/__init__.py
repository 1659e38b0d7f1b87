"""The kinds of value a fact may hold; see :mod:`canru_facts.kinds.base` for the protocol.

Each module holds one family of kinds.  :data:`KINDS` lists every kind by class
name, in the order below; :data:`VALUE_TYPES` is the same as a tuple of classes.
"""

from __future__ import annotations

from .base import DIFFERENT, KINDS, LESS_PRECISE, MORE_PRECISE, SAME, Kind, Reading, StyleError
from .dates import DATE_KINDS, Date, Day, DayNoYear, DayRange, Decade, Month, Season, Year
from .entities import Event, Law, Named, Organisation, Place, Programme, Publication
from .figures import Count, Duration, Money, Ordinal, Percentage
from .people import Person

__all__ = [
    "DATE_KINDS",
    "DIFFERENT",
    "KINDS",
    "LESS_PRECISE",
    "MORE_PRECISE",
    "SAME",
    "VALUE_TYPES",
    "Count",
    "Date",
    "Day",
    "DayNoYear",
    "DayRange",
    "Decade",
    "Duration",
    "Event",
    "Kind",
    "Law",
    "Money",
    "Month",
    "Named",
    "Ordinal",
    "Organisation",
    "Percentage",
    "Person",
    "Place",
    "Programme",
    "Publication",
    "Reading",
    "Season",
    "StyleError",
    "Year",
]

VALUE_TYPES: tuple[type[Kind], ...] = tuple(KINDS.values())
