"""The seed text: load it, normalise its white space once, find quotes in it.

Evidence is matched against a *flat* copy of the seed in which every run of white
space (line breaks included) is one space, so a re-wrapped seed still matches.
Offsets in the flat copy map back to lines of the original file, so that every
message can say ``seed:line``.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import ahocorasick

__all__ = ["Seed", "SeedError", "normalise"]

_SPACE_RUN = re.compile(r"\s+")
# A run of white space that is not exactly one plain space, matched whole.
_SHIFTING_SPACE = re.compile(r"[^\S ]\s*| \s+")


class SeedError(Exception):
    """The seed cannot be read. ``str()`` is one line for the user."""


def normalise(text: str) -> str:
    """Collapse every run of white space to one space and trim the ends."""
    return _SPACE_RUN.sub(" ", text).strip()


@dataclass(frozen=True, eq=False)
class Seed:
    """A loaded seed. Build it with :meth:`load` or :meth:`from_text`."""

    path: str
    text: str
    flat: str
    # (flat offset, original offset) at each point where collapsing white space
    # shifted the two apart; between breakpoints the shift is constant.
    _breaks_flat: list[int] = field(repr=False)
    _breaks_orig: list[int] = field(repr=False)
    _line_starts: list[int] = field(repr=False)
    sha256: str = ""  # of the file's bytes (or of the text as UTF-8), as sha256sum gives it

    @classmethod
    def load(cls, path: str | Path) -> Seed:
        path = Path(path)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise SeedError(f"{path}: no such seed file; pass --seed PATH") from None
        except IsADirectoryError:
            raise SeedError(f"{path}: is a folder; pass the seed's .txt file") from None
        except OSError as err:
            raise SeedError(f"{path}: cannot read the seed: {err.strerror}") from None
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as err:
            line = raw.count(b"\n", 0, err.start) + 1
            raise SeedError(
                f"{path}:{line}: the seed is not UTF-8 (byte 0x{raw[err.start]:02x} at offset "
                f"{err.start}); save it as UTF-8"
            ) from None
        return cls.from_text(text, str(path), hashlib.sha256(raw).hexdigest())

    @classmethod
    def from_text(cls, text: str, path: str = "<seed>", sha256: str = "") -> Seed:
        sha256 = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
        text = text.removeprefix("\ufeff")
        # Leading white space is trimmed, so the flat text starts at the first
        # non-space character; trailing white space is trimmed too.
        lead = len(text) - len(text.lstrip())
        # Rewriting only the runs that are not already one space gives the same text.
        flat = _SHIFTING_SPACE.sub(" ", text[lead:]).removesuffix(" ")
        breaks_flat: list[int] = [0]
        breaks_orig: list[int] = [lead]
        # Only a run other than one plain space shifts the flat text against the
        # original; visiting those runs alone keeps this loop off the common case
        # (a seed of many megabytes has millions of single spaces).
        removed = lead
        for match in _SHIFTING_SPACE.finditer(text, lead):
            start, end = match.span()
            if end == len(text):
                break
            removed += end - start - 1
            breaks_flat.append(end - removed)
            breaks_orig.append(end)
        line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        return cls(path, text, flat, breaks_flat, breaks_orig, line_starts, sha256)

    # --- offsets and lines -----------------------------------------------------

    def original_offset(self, flat_offset: int) -> int:
        i = bisect.bisect_right(self._breaks_flat, flat_offset) - 1
        return self._breaks_orig[i] + (flat_offset - self._breaks_flat[i])

    def line_of(self, flat_offset: int) -> int:
        """1-based line of the original file holding this offset of the flat text."""
        return bisect.bisect_right(self._line_starts, self.original_offset(flat_offset))

    @property
    def line_count(self) -> int:
        ends_with_newline = self.text.endswith("\n")
        return len(self._line_starts) - (1 if ends_with_newline else 0)

    def paragraph_of(self, line: int) -> int:
        """0-based number of the paragraph (block between blank lines) holding ``line``."""
        return bisect.bisect_right(self._paragraph_starts, line) - 1

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        starts, blank_before = [], True
        for number, line in enumerate(self.text.split("\n"), start=1):
            blank = not line.strip()
            if blank_before and not blank:
                starts.append(number)
            blank_before = blank
        return starts or [1]

    def line_text(self, line: int) -> str:
        start = self._line_starts[line - 1]
        end = self._line_starts[line] if line < len(self._line_starts) else len(self.text)
        return self.text[start:end].rstrip("\n")

    # --- finding quotes ----------------------------------------------------------

    def find(self, quote: str) -> int | None:
        """Flat offset of the first occurrence of ``quote``, or None."""
        needle = normalise(quote)
        if not needle:
            return None
        at = self.flat.find(needle)
        return None if at < 0 else at

    def locate(self, quote: str) -> int | None:
        """Line of the first occurrence of ``quote``, or None."""
        at = self.find(quote)
        return None if at is None else self.line_of(at)

    def find_all(self, quotes: Iterable[str]) -> dict[str, int | None]:
        """Flat offset of the first occurrence of each quote, in one pass.

        An Aho–Corasick automaton over all the quotes reads the seed once,
        however many quotes there are; :meth:`find` per quote would read it once
        per quote.
        """
        quotes = list(quotes)
        needles = {normalise(q) for q in quotes}
        needles.discard("")
        first: dict[str, int] = {}
        if needles:
            automaton = ahocorasick.Automaton()
            for needle in needles:
                automaton.add_word(needle, needle)
            automaton.make_automaton()
            # Matches come in order of their end; for one needle that is also the
            # order of their start, so the first seen is the first occurrence.
            for end, needle in automaton.iter(self.flat):
                if needle not in first:
                    first[needle] = end - len(needle) + 1
                    if len(first) == len(needles):
                        break
        return {q: first.get(normalise(q)) for q in quotes}

    def locate_all(self, quotes: Iterable[str]) -> dict[str, int | None]:
        """Line of the first occurrence of each quote, in one pass."""
        return {
            q: None if at is None else self.line_of(at) for q, at in self.find_all(quotes).items()
        }
