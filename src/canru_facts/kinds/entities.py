"""Named things that are not people: places, organisations, laws, events,
publications and programmes.

Each kind says what the thing *is*; ``type`` narrows it ("city", "museum",
"regulations"), from a list kept with the kind so that the register, the export
and the schema name the same few types.  A mission is a place (the building
that houses an embassy); the body it serves is an organisation.
"""

from __future__ import annotations

import random
import typing
from dataclasses import dataclass
from functools import cache
from typing import ClassVar, Literal, get_args

from .base import DIFFERENT, LESS_PRECISE, MORE_PRECISE, SAME, Kind, Reading, StyleError
from .reading import name_runs, occurrences

__all__ = ["Event", "Law", "Named", "Organisation", "Place", "Programme", "Publication"]


class Named(Kind, abstract=True):
    """A thing known by its name, and, where the seed gives one, its abbreviation."""

    name: str
    type: str
    abbreviation: str
    variants: ClassVar[tuple[str, ...]] = ("name", "abbr", "name-abbr")
    case_sensitive: ClassVar[bool] = True
    _samples: ClassVar[tuple[str, ...]] = ("Northern Institute",)

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError(f"a {self.kind} needs a name")
        types = self.types()
        if self.type not in types:
            raise ValueError(
                f"a {self.kind} is one of: {', '.join(types)}; not {self.type!r}"
                " (or is this another kind of thing?)"
            )

    @classmethod
    def types(cls) -> tuple[str, ...]:
        """The types this kind allows: the Literal of its ``type`` field."""
        return _types(cls)

    def describe(self) -> tuple[str, str]:
        return self.kind, self.type

    def seed_forms(self) -> tuple[tuple[str, ...], ...]:
        return ((self.name,), (self.abbreviation,)) if self.abbreviation else ((self.name,),)

    def identifying_forms(self) -> tuple[str, ...]:
        """The name, or the abbreviation the seed uses for it after the first mention."""
        return (self.name, self.abbreviation) if self.abbreviation else (self.name,)

    @classmethod
    def find_values(cls, text: str, like: Kind | None = None) -> list[Reading]:
        """Each run of capitalised words, as a thing of ``like``'s type.

        Where the run holds ``like``'s own name, the reading is that name; an
        abbreviation is ``like``'s where the text still gives it, or the
        capitals in brackets after the name.
        """
        name = like.name if isinstance(like, Named) else ""
        kind_of = like.type if isinstance(like, Named) else cls.types()[0]
        old_abbreviation = like.abbreviation if isinstance(like, Named) else ""
        spans = occurrences(text, name)
        spans += [
            run
            for run in name_runs(text, name)
            if not any(a < run[1] and run[0] < b for a, b in spans)
        ]
        found = []
        for start, end in spans:
            words = text[start:end]
            abbreviation = ""
            if old_abbreviation and occurrences(text, old_abbreviation):
                abbreviation = old_abbreviation
            elif text.startswith(" (", end):
                close = text.find(")", end)
                inside = text[end + 2 : close] if close > 0 else ""
                if inside.isupper() and " " not in inside:
                    abbreviation = inside
            try:
                value = cls(words, kind_of, abbreviation)  # type: ignore[call-arg]
            except ValueError:
                continue
            found.append(Reading(start, end, value))
        return found

    def compare(self, other: Kind) -> str:
        if other == self:
            return SAME
        if type(other) is not type(self) or other.name != self.name:  # type: ignore[attr-defined]
            return DIFFERENT
        mine, theirs = self.abbreviation, other.abbreviation  # type: ignore[attr-defined]
        if mine and not theirs:
            return LESS_PRECISE
        if theirs and not mine:
            return MORE_PRECISE
        return DIFFERENT

    def render(self, variant: str | None, locale: str) -> str:
        if variant in ("abbr", "name-abbr") and not self.abbreviation:
            raise StyleError(
                f"{self.name} has no abbreviation in the registry; valid variants here: name"
            )
        if variant == "abbr":
            return self.abbreviation
        if variant == "name-abbr":
            return f"{self.name} ({self.abbreviation})"
        return self.name

    def plain(self) -> str:
        return self.name

    @classmethod
    def sample(cls, rng: random.Random) -> Named:
        name = rng.choice(cls._samples)
        initials = "".join(w[0] for w in name.split() if w[0].isupper())
        abbreviation = rng.choice(("", initials)) if len(initials) > 1 else ""
        return cls(name, rng.choice(cls.types()), abbreviation)  # type: ignore[call-arg]


@cache
def _types(cls: type) -> tuple[str, ...]:
    return get_args(typing.get_type_hints(cls)["type"])


PlaceType = Literal["city", "country", "region", "building", "mission", "consulate"]


@dataclass(frozen=True)
class Place(Named):
    """A place: a city, a country, a building, a diplomatic mission or consulate."""

    name: str
    type: PlaceType = "city"
    abbreviation: str = ""
    kind: ClassVar[str] = "place"
    _samples: ClassVar[tuple[str, ...]] = ("Moscow", "Ottawa", "Vladivostok", "Canadian Embassy")

    @classmethod
    def example(cls) -> Place:
        return cls("Canadian Embassy, Moscow", "mission")


OrganisationType = Literal[
    "organisation",
    "alliance",
    "international organisation",
    "forum",
    "ministry",
    "legislature",
    "government agency",
    "intelligence agency",
    "commission",
    "council",
    "working group",
    "parliamentary group",
    "business association",
    "trade union",
    "museum",
    "music centre",
    "theatre company",
    "circus company",
    "sports league",
    "sports federation",
    "militant group",
    "company",
]


@dataclass(frozen=True)
class Organisation(Named):
    """A body of people: an alliance, a ministry, a company, a museum, a league."""

    name: str
    type: OrganisationType = "organisation"
    abbreviation: str = ""
    kind: ClassVar[str] = "organisation"
    _samples: ClassVar[tuple[str, ...]] = ("Northern Trade Council", "Arctic Museum")

    @classmethod
    def example(cls) -> Organisation:
        return cls("North Atlantic Treaty Organization", "alliance", "NATO")


LawType = Literal["act", "regulations", "sanctions regime"]


@dataclass(frozen=True)
class Law(Named):
    """A law or regulation: an act of parliament, regulations made under it."""

    name: str
    type: LawType = "act"
    abbreviation: str = ""
    kind: ClassVar[str] = "law"
    _samples: ClassVar[tuple[str, ...]] = ("Special Economic Measures Act", "Export Regulations")

    @classmethod
    def example(cls) -> Law:
        return cls("Special Economic Measures (Russia) Regulations", "regulations", "SEMRR")


EventType = Literal["summit", "tournament", "festival", "exhibition", "revolution", "war"]


@dataclass(frozen=True)
class Event(Named):
    """Something that took place: a summit, a tournament, a festival, an exhibition."""

    name: str
    type: EventType = "summit"
    abbreviation: str = ""
    kind: ClassVar[str] = "event"
    _samples: ClassVar[tuple[str, ...]] = ("Summit Series", "Chekhov Theatre Festival")

    @classmethod
    def example(cls) -> Event:
        return cls("Summit Series", "tournament")


PublicationType = Literal["newspaper", "book", "archive"]


@dataclass(frozen=True)
class Publication(Named):
    """Something published or kept to be read: a newspaper, a book, an archive."""

    name: str
    type: PublicationType = "newspaper"
    abbreviation: str = ""
    kind: ClassVar[str] = "publication"
    _samples: ClassVar[tuple[str, ...]] = ("Montreal Star", "Northern Gazette")

    @classmethod
    def example(cls) -> Publication:
        return cls("Montreal Star", "newspaper")


ProgrammeType = Literal[
    "programme", "initiative", "dialogue", "aid programme", "survey", "intelligence operation"
]


@dataclass(frozen=True)
class Programme(Named):
    """A programme or initiative: a plan of work run by a government or a body."""

    name: str
    type: ProgrammeType = "programme"
    abbreviation: str = ""
    kind: ClassVar[str] = "programme"
    _samples: ClassVar[tuple[str, ...]] = ("Global Security Talks", "Russia Program")

    @classmethod
    def example(cls) -> Programme:
        return cls("Global Security Talks", "dialogue")
