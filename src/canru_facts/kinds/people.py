"""People: a name, and the role (and organisation) the seed gives them."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import ClassVar

from .base import Kind, StyleError

__all__ = ["Person"]

_FIRST = ("Anna", "Boris", "Claire", "Dmitri", "Elena", "François", "Galina", "Hugh")
_LAST = ("Orlova", "Tremblay", "Volkov", "Gagnon", "Petrov", "Roy", "Smirnova", "Des Chenes")
_ROLES = ("Minister of Trade", "Ambassador", "composer", "Deputy Prime Minister", "")


@dataclass(frozen=True)
class Person(Kind):
    """A named person, the role the seed gives them, and the body they served there.

    ``organisation`` is the body the seed names with the role, where it does
    ("vice-president" of "Bombardier Inc."); ``surname`` is needed only where
    the surname is not the name's last word ("Isabelle Des Chenes" has the
    surname "Des Chenes").
    """

    name: str
    role: str = ""
    surname: str = ""
    organisation: str = ""
    kind: ClassVar[str] = "person"
    variants: ClassVar[tuple[str, ...]] = ("name", "surname", "role", "name-role", "organisation")
    case_sensitive: ClassVar[bool] = True

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("a person needs a name")
        if self.surname and not self.name.endswith(" " + self.surname):
            raise ValueError(f"the surname {self.surname!r} does not end the name {self.name!r}")

    @property
    def family_name(self) -> str:
        """The surname: as given, or the name's last word."""
        return self.surname or self.name.split()[-1]

    def seed_forms(self) -> tuple[tuple[str, ...], ...]:
        groups = [(self.name,)]
        groups += [(words,) for words in (self.role, self.organisation) if words]
        return tuple(groups)

    def identifying_forms(self) -> tuple[str, ...]:
        """The full name, or the surname alone, as the seed names people again."""
        return (self.name, self.family_name)

    def render(self, variant: str | None, locale: str) -> str:
        if variant == "surname":
            return self.family_name
        if variant in ("role", "name-role") and not self.role:
            raise StyleError(
                f"{self.name} has no role in the registry; valid variants here: name, surname"
            )
        if variant == "organisation":
            if not self.organisation:
                raise StyleError(f"{self.name} has no organisation in the registry")
            return self.organisation
        if variant == "role":
            return self.role
        if variant == "name-role":
            return f"{self.name}, {self.role}"
        return self.name

    def plain(self) -> str:
        return self.name

    @classmethod
    def example(cls) -> Person:
        return cls("Sarah Taylor", "Ambassador of Canada to Russia")

    @classmethod
    def sample(cls, rng: random.Random) -> Person:
        last = rng.choice(_LAST)
        surname = last if " " in last else ""
        organisation = rng.choice(("", "Northern Trade Council"))
        return cls(f"{rng.choice(_FIRST)} {last}", rng.choice(_ROLES), surname, organisation)
