"""The seed text: load it, fold it once, find quotes in it, say on which line.

Evidence is matched against a *flat* copy of the seed: the folded text of
:mod:`canru_facts.fold`, in which typesetting (quotes, dashes, invisible
characters, citation markers) does not count and every run of white space, line
breaks included, is one space.  A re-wrapped or re-typeset copy of the seed
therefore still matches.  Offsets in the flat copy map back to the original
file, so that every message can say ``seed:line`` and quote the seed's own
characters.  Lines are counted as editors count them: a line ends at LF, CRLF
or a lone CR.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from functools import cached_property
from pathlib import Path

import ahocorasick_rs

from .fold import Folded, fold, fold_with_offsets

__all__ = ["Seed", "SeedError", "normalise"]

_LINE_END = re.compile(r"\r\n?|\n")
_HEAD = 16  # characters of each quote the search automaton holds


class SeedError(Exception):
    """The seed cannot be read. ``str()`` is one line for the user."""


def normalise(text: str) -> str:
    """The folded form of ``text`` (see :mod:`canru_facts.fold`): how quotes are matched."""
    return fold(text)


def _refuse_binary(path: Path, raw: bytes) -> None:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SeedError(f"{path}: the seed is UTF-16 text; save it as UTF-8")
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise SeedError(
            f"{path}: the seed is not text (a NUL byte at offset {nul}); "
            "pass the article's plain text"
        )


@dataclass(frozen=True, eq=False)
class Seed:
    """A loaded seed. Build it with :meth:`load` or :meth:`from_text`."""

    path: str
    text: str
    flat: str
    _folded: Folded = field(repr=False)
    _line_starts: list[int] = field(repr=False)
    sha256: str = ""  # of the file's bytes (or of the text as UTF-8), as sha256sum gives it

    def __getstate__(self) -> dict[str, object]:
        """Its fields alone, for pickling: what it caches (its bytes, its paragraphs) is made
        again when asked for.  A pickled seed loads in a fraction of the time folding takes."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def load(cls, path: str | Path) -> Seed:
        """Read a seed file; SeedError, one located line, if it cannot serve as a seed."""
        path = Path(path)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise SeedError(f"{path}: no such seed file; pass --seed PATH") from None
        except IsADirectoryError:
            raise SeedError(f"{path}: is a folder; pass the seed's .txt file") from None
        except OSError as err:
            raise SeedError(f"{path}: cannot read the seed: {err.strerror}") from None
        _refuse_binary(path, raw)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as err:
            line = len(_LINE_END.findall(raw[: err.start].decode("utf-8", "replace"))) + 1
            raise SeedError(
                f"{path}:{line}: the seed is not UTF-8 (byte 0x{raw[err.start]:02x} at offset "
                f"{err.start}); save it as UTF-8"
            ) from None
        seed = cls.from_text(text, str(path), hashlib.sha256(raw).hexdigest())
        if not seed.flat:
            raise SeedError(f"{path}: the seed is empty; pass the article's plain text")
        return seed

    @classmethod
    def from_text(cls, text: str, path: str = "<seed>", sha256: str = "") -> Seed:
        sha256 = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
        text = text.removeprefix("\ufeff")
        folded = fold_with_offsets(text)
        if "\r" in text:
            line_starts = [0] + [m.end() for m in _LINE_END.finditer(text)]
        else:
            line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        return cls(path, text, folded.text, folded, line_starts, sha256)

    # --- offsets and lines -----------------------------------------------------

    def original_offset(self, flat_offset: int) -> int:
        """Offset in the original text of the character at ``flat_offset``."""
        return self._folded.start(flat_offset)

    def flat_offset(self, original_offset: int) -> int:
        """Offset in the flat text where the original character at ``original_offset`` went."""
        return self._folded.folded(original_offset)

    def line_of(self, flat_offset: int) -> int:
        """1-based line of the original file holding this offset of the flat text."""
        return bisect.bisect_right(self._line_starts, self._folded.start(flat_offset))

    def lines_of(self, flat_offsets: Iterable[int | None]) -> list[int | None]:
        """``line_of`` for many offsets at once (None stays None)."""
        offsets = list(flat_offsets)
        present = [at for at in offsets if at is not None]
        starts, right = self._line_starts, bisect.bisect_right
        lines = iter([right(starts, o) for o in self._folded.starts(present)])
        return [None if at is None else next(lines) for at in offsets]

    def quote(self, flat_start: int, flat_end: int) -> str:
        """The original characters that the flat span ``[flat_start, flat_end)`` folds from."""
        return self.text[self._folded.start(flat_start) : self._folded.end(flat_end)]

    @property
    def line_count(self) -> int:
        ends_with_newline = self.text.endswith(("\n", "\r"))
        return len(self._line_starts) - (1 if ends_with_newline else 0)

    def line_start(self, line: int) -> int:
        """Offset in the original text where a 1-based line starts."""
        return self._line_starts[line - 1]

    def paragraph_of(self, line: int) -> int:
        """0-based number of the paragraph (block between blank lines) holding ``line``."""
        return bisect.bisect_right(self._paragraph_starts, line) - 1

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        starts, blank_before = [], True
        for number in range(1, self.line_count + 1):
            blank = not self.line_text(number).strip()
            if blank_before and not blank:
                starts.append(number)
            blank_before = blank
        return starts or [1]

    def line_text(self, line: int) -> str:
        start = self._line_starts[line - 1]
        end = self._line_starts[line] if line < len(self._line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    # --- finding quotes ----------------------------------------------------------

    def find(self, quote: str) -> int | None:
        """Flat offset of the first occurrence of ``quote``, or None."""
        needle = fold(quote)
        if not needle:
            return None
        at = self.flat.find(needle)
        return None if at < 0 else at

    def locate(self, quote: str) -> int | None:
        """Line of the first occurrence of ``quote``, or None."""
        at = self.find(quote)
        return None if at is None else self.line_of(at)

    def find_all(self, quotes: Iterable[str], folded: bool = False) -> dict[str, int | None]:
        """Flat offset of the first occurrence of each quote, in one pass.

        An Aho–Corasick automaton over all the quotes reads the seed once,
        however many quotes there are; :meth:`find` per quote would read it once
        per quote.  With ``folded``, ``quotes`` maps each quote to its folded form.
        """
        folded = quotes if folded else {q: fold(q) for q in quotes}  # type: ignore[assignment]
        needles = list(dict.fromkeys(n for n in folded.values() if n))
        first = dict(zip(needles, self.first_occurrences(needles), strict=True))
        return {q: first.get(needle) for q, needle in folded.items()}

    def first_occurrences(self, needles: list[str]) -> list[int | None]:
        """Flat offset of the first occurrence of each (folded, non-empty) needle, or None.

        ahocorasick-rs (the aho-corasick crate) reads the seed once for all of
        them; a seed that folds to ASCII is searched as bytes, whose offsets are
        its characters' (a ten-megabyte seed reads in a twentieth of a second).
        """
        if not needles:
            return []
        # The automaton holds each needle's first words only (a smaller automaton
        # builds faster), and a hit is checked for the whole needle; needles that
        # open alike ("the Canadian ...") are held whole, so a hit is one needle's.
        opening = Counter(needle[:_HEAD] for needle in needles)
        heads: dict[str, list[int]] = {}
        for i, needle in enumerate(needles):
            head = needle[:_HEAD] if opening[needle[:_HEAD]] == 1 else needle
            heads.setdefault(head, []).append(i)
        keys = list(heads)
        flat = self.flat
        if flat.isascii() and all(k.isascii() for k in keys):
            automaton = ahocorasick_rs.BytesAhoCorasick([k.encode("ascii") for k in keys])
            matches = automaton.find_matches_as_indexes(self._flat_bytes, overlapping=True)
        else:
            automaton = ahocorasick_rs.AhoCorasick(keys)
            matches = automaton.find_matches_as_indexes(flat, overlapping=True)
        first: list[int | None] = [None] * len(needles)
        for index, start, _end in matches:  # in order of their start
            for i in heads[keys[index]]:
                if first[i] is None and flat.startswith(needles[i], start):
                    first[i] = start
        return first

    @cached_property
    def _flat_bytes(self) -> bytes:
        return self.flat.encode("ascii")

    def locate_all(self, quotes: Iterable[str]) -> dict[str, int | None]:
        """Line of the first occurrence of each quote, in one pass."""
        found = self.find_all(quotes)
        return dict(zip(found, self.lines_of(found.values()), strict=True))
