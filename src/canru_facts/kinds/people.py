"""People: a name, and the role (and organisation) the seed gives them."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import ClassVar

from .base import DIFFERENT, LESS_PRECISE, MORE_PRECISE, SAME, Kind, Reading, StyleError
from .reading import name_runs, occurrences

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

    @classmethod
    def find_values(cls, text: str, like: Kind | None = None) -> list[Reading]:
        """Each run of capitalised words as a person's name.

        A run that holds ``like``'s name reads as that name; a run that opens
        with ``like``'s role ("Prime Minister Stephen Harper") loses it.  The
        role (and the organisation) is ``like``'s where the text still gives
        it; otherwise the words that open as it did ("Ambassador ...") and run
        to the next stop, dash or name.
        """
        name = like.name if isinstance(like, Person) else ""
        role = like.role if isinstance(like, Person) else ""
        organisation = like.organisation if isinstance(like, Person) else ""
        spans = occurrences(text, name)
        for start, end in name_runs(text, name, person=True):
            if any(a < end and start < b for a, b in spans):
                continue
            if any(c.isdigit() for c in text[start:end]):
                continue  # a field or a code ("Envoy1", "G8"), not a name
            if role and text[start:end].casefold().startswith(role.casefold() + " "):
                start += len(role) + 1
            spans.append((start, end))
        found = []
        for start, end in spans:
            words = text[start:end]
            surname = like.surname if isinstance(like, Person) else ""
            if surname and not words.endswith(" " + surname):
                surname = ""
            value = cls(
                words,
                _part_in(text, role, (start, end)),
                surname,
                _part_in(text, organisation, (start, end)),
            )
            found.append(Reading(start, end, value))
        return found

    def compare(self, other: Kind) -> str:
        if other == self:
            return SAME
        if not isinstance(other, Person) or other.name != self.name:
            return DIFFERENT
        verdicts = {
            _part(mine, theirs)
            for mine, theirs in ((self.role, other.role), (self.organisation, other.organisation))
        }
        verdicts.discard(SAME)
        if not verdicts:
            return SAME
        return verdicts.pop() if len(verdicts) == 1 else DIFFERENT

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


def _part(mine: str, theirs: str) -> str:
    """How a role (or an organisation) read from a newer seed compares with the registry's."""
    if mine.casefold() == theirs.casefold():
        return SAME
    if mine and not theirs:
        return LESS_PRECISE
    if theirs and not mine:
        return MORE_PRECISE
    return DIFFERENT


_STOPS = re.compile(r" - |[,;:.(]|$")


def _part_in(text: str, words: str, name: tuple[int, int]) -> str:
    """A role (or an organisation) as ``text`` gives it now, nearest the name; "" if not.

    The registry's own words where they stand; else the words that open as they
    did and run to the next stop, dash or the name itself.
    """
    if not words:
        return ""
    folded = text.casefold()
    if words.casefold() in folded:
        return words
    opening = words.split()[0].casefold()
    best = ""
    best_distance = len(text) + 1
    at = folded.find(opening)
    while at >= 0:
        if at == 0 or not text[at - 1].isalnum():
            stop = _STOPS.search(text, at + len(opening)).start()
            if at < name[0] <= stop:
                stop = name[0]
            phrase = text[at:stop].strip()
            distance = min(abs(at - name[1]), abs(stop - name[0]))
            if phrase and at != name[0] and distance < best_distance:
                best, best_distance = phrase, distance
        at = folded.find(opening, at + 1)
    return best
