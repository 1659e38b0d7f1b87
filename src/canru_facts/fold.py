"""Typographic folding: one form of a text in which typesetting does not count.

A newer revision, a copy taken from a browser or from a mirror writes the same
words with other characters: curly quotes, an en dash in "Canada–Russia", a
no-break space, a zero-width space inside a name, CR line endings, a line
re-wrapped after the hyphen of "near-total", citation markers such as "[12]".
The proof compares *folded* texts, so none of this changes a verdict.  The seed,
every evidence and every value form are folded the same way:

* **characters** (:func:`fold_char`), by their Unicode properties from the
  standard library's :mod:`unicodedata` rather than by a hand-made table:
  format characters (category Cf: zero-width spaces and joiners, the word
  joiner, the soft hyphen, a byte-order mark, direction marks) are dropped;
  every space separator (Zs: no-break, narrow no-break, thin...) is a space and
  every line or paragraph separator a line break; every dash (Pd: the ASCII
  hyphen and U+2010 to U+2015 among them) and the minus sign U+2212 is the
  ASCII hyphen; every character named a QUOTATION MARK or an APOSTROPHE is the
  ASCII double or single quote; ligatures, fullwidth and halfwidth forms and
  the ellipsis take their compatibility decomposition (NFKC); every run is
  composed (NFC), so a decomposed "é" equals a composed one.
* **mojibake**: a run of two or more characters that Windows-1252 or Latin-1
  can encode may be UTF-8 read in the wrong encoding ("Canadaâ€“Russia", as a
  mirror that mislabels its charset serves it).  Such runs go through ftfy's
  ``fix_encoding``, the well-kept library for exactly this; nothing else does
  it, and it is imported only when such a run turns up.
* **spacing**: every run of white space, line breaks included (LF, CRLF or
  CR), is one space, and the text is trimmed.
* **a hyphen at a line break** is kept and the break dropped: "near-\\ntotal"
  is "near-total".  Re-wrapping (by a browser, ``fmt`` or :mod:`textwrap`)
  breaks lines only *after* a hyphen the text already has, so keeping it is
  right for every copy the project meets.  A word hyphenated at a line break
  by a typesetter ("estab-\\nlished") cannot be told from a compound by the
  characters alone and is not joined; only a *soft* hyphen at a line break
  says so, and there the word is joined.
* **citation markers**: "[12]", "[a]", "[note 3]", "[citation needed]" and the
  like are dropped with the white space before them, wherever they stand, also
  between a word and a comma ("Canada[3], Russia").  Bracketed words of the
  text itself ("[its]", "[sic]") stay.

:func:`fold` folds a short text (an evidence, a value's form).
:func:`fold_with_offsets` folds a whole seed and keeps, for every offset of the
folded text, the offset of the original, so that messages name the right line
and quote the seed's own characters; both give the same folded text.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Folded", "fold", "fold_char", "fold_with_offsets", "tidy"]


# --- characters ---------------------------------------------------------------------

_COMPAT_TAGS = ("<compat>", "<wide>", "<narrow>")
_LINE_SEPARATORS = {"Zl", "Zp"}


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """One non-ASCII character as the fold writes it (possibly empty, or several)."""
    category = unicodedata.category(char)
    if category == "Cf":
        return ""
    if char.isspace():
        return "\n" if category in _LINE_SEPARATORS or char == "\x85" else " "
    if category == "Pd" or char == "\u2212":
        return "-"
    decomposition = unicodedata.decomposition(char)
    if decomposition.startswith(_COMPAT_TAGS) and (
        not decomposition.startswith("<compat>") or category[0] in "LNP"
    ):
        return "".join(fold_char(c) if not c.isascii() else c for c in _nfkc(char))
    name = unicodedata.name(char, "")
    if "QUOTATION MARK" in name:
        return '"' if "DOUBLE" in name else "'"
    if "APOSTROPHE" in name:
        return "'"
    return char


def _nfkc(char: str) -> str:
    return unicodedata.normalize("NFKC", char)


def _maybe_mojibake(run: str) -> bool:
    """Whether a run could be UTF-8 bytes read as Windows-1252 (undefined bytes as C1
    controls, as browsers read them): two or more characters, each such a byte."""
    return len(run) > 1 and all(_one_byte(c) for c in run)


@lru_cache(maxsize=512)
def _one_byte(char: str) -> bool:
    if "\x80" <= char <= "\x9f":
        return True
    try:
        char.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


@lru_cache(maxsize=65536)
def _fold_run(run: str) -> str:
    """A run of non-ASCII characters (with, at most, the ASCII letter a mark combines with)."""
    if _maybe_mojibake(run):
        from ftfy import fix_encoding  # noqa: PLC0415 (heavy; only mojibake needs it)

        run = fix_encoding(run)
    if not unicodedata.is_normalized("NFC", run):
        run = unicodedata.normalize("NFC", run)
    return "".join(c if c.isascii() else fold_char(c) for c in run)


# Bytes of UTF-8 that belong to a non-ASCII character, as 1; ASCII bytes as 0.
_HIGH_BYTES = bytes(int(b >= 0x80) for b in range(256))
_BREAK_AFTER_SOFT_HYPHEN = re.compile(r"[ \t]*(?:\r\n?|\n)[ \t]*")


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _non_ascii_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every run of non-ASCII characters.

    In a long text they are found in the UTF-8 bytes: a translation and a byte
    search run at memory speed, where a regular expression over a ten-megabyte
    seed would take ten times as long.  A short text (a quote, a form) takes
    the regular expression.
    """
    if len(text) < 4096:
        return [m.span() for m in _NON_ASCII.finditer(text)]
    raw = text.encode("utf-8", "surrogatepass")
    marks = raw.translate(_HIGH_BYTES)
    runs = []
    extra = 0  # bytes beyond one per character, before the current run
    at = marks.find(1)
    while at >= 0:
        end = marks.find(0, at)
        if end < 0:
            end = len(raw)
        chars = len(raw[at:end].decode("utf-8", "surrogatepass"))
        start = at - extra
        runs.append((start, start + chars))
        extra += end - at - chars
        at = marks.find(1, end)
    return runs


def _char_runs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded) of each stretch of ``text`` the character fold changes.

    A stretch is one character, so that offsets stay exact, except where a run
    of characters folds as a whole: mojibake, or a mark composing with the
    character before it.
    """
    runs: list[tuple[int, int, str]] = []
    if text.isascii():
        return runs
    for start, end in _non_ascii_runs(text):
        # A combining mark composes with the character before it.
        if start and unicodedata.combining(text[start]) and text[start - 1].isascii():
            start -= 1
        run = text[start:end]
        if _maybe_mojibake(run):
            folded = _fold_run(run)
            # A repaired combining mark composes with the letter before it.
            if folded and unicodedata.combining(folded[0]) and start and text[start - 1].isascii():
                start -= 1
                folded = _fold_run(text[start] + folded)
            if folded != run:
                runs.append((start, end, folded))
        else:
            at = 0
            while at < len(run):
                after = at + 1  # a character and the marks that combine with it
                while after < len(run) and unicodedata.combining(run[after]):
                    after += 1
                cluster = run[at:after]
                folded = _fold_run(cluster) if after - at > 1 else fold_char(cluster)
                if folded != cluster:
                    runs.append((start + at, start + after, folded))
                at = after
        # A soft hyphen at a line break says the word goes on: join it.
        if run.endswith("\u00ad"):
            join = _BREAK_AFTER_SOFT_HYPHEN.match(text, end)
            if join and ("\n" in join.group() or "\r" in join.group()):
                last = runs.pop()
                runs.append((last[0], join.end(), last[2]))
    return runs


# --- markers, hyphens at line breaks, white space -----------------------------------

_MARKER = re.compile(
    r"\[(?:"
    r"\d{1,4}"  # [12]
    r"|[a-z]{1,2}"  # [a], [ab]: notes lettered in the lower-alpha style
    r"|(?:[Nn]ote|NB|nb|[Nn]|fn)\s?[a-z0-9]{1,3}"  # [note 3], [nb 2], [n 1]
    r"|[A-Za-z][A-Za-z\s,'-]{0,40}?"  # maintenance tags: [citation needed], [who?]...
    r"(?:needed|\?|discuss|verification|dead\slink|citation\sgiven|self-published\ssource)"
    r")\]"
)
_SPACE = " \t\n\r\f\v\x1c\x1d\x1e\x1f"  # what ``\\s`` matches among ASCII characters
_RARE_SPACE = "\t\r\f\v\x1c\x1d\x1e\x1f"  # all of it but the space and the line feed
_SPACE_RUN = re.compile(r"\s+")
_HYPHEN_BREAK = re.compile(r"(?<=\w)-[ \t]*(?:\r\n?|\n)[ \t]*(?=\w)")
_HYPHEN_AT_BREAK = re.compile(r"-[ \t]*(?:\r\n?|\n)[ \t]*")
_MARKER_WITH_SPACE = re.compile(r"\s*" + _MARKER.pattern)


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def fold(text: str) -> str:
    """The folded form of a short text: an evidence, a value's form, a query."""
    if not text.isascii():
        pieces, at = [], 0
        for start, end, folded in _char_runs(text):
            pieces += (text[at:start], folded)
            at = end
        text = "".join(pieces) + text[at:]
    if "-" in text and ("\n" in text or "\r" in text):
        text = _HYPHEN_BREAK.sub("-", text)
    if "[" in text:
        text = _MARKER_WITH_SPACE.sub("", text)
    # A printable text holds no white space but spaces; with no two together and
    # none at its ends it is spaced already (the common case, tested cheaply).
    clean = text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "
    if not clean and _IRREGULAR_SPACE.search(text):
        text = _SPACE_RUN.sub(" ", text).strip()
    return text


def tidy(quote: str) -> str:
    """A quote of the seed as the registry writes it: the seed's own characters, with
    citation markers dropped and every run of white space one space."""
    if "[" in quote:
        quote = _MARKER_WITH_SPACE.sub("", quote)
    return " ".join(quote.split())


# White space that is not one plain space between words (after the character fold,
# all white space is ASCII).
_IRREGULAR_SPACE = re.compile(r"[^\S ]|  |^ | $")


# --- the folded seed, with its offsets ----------------------------------------------


@dataclass(frozen=True)
class _Shifts:
    """Where a folded text differs in length from its source: runs (fs, fe, os, oe).

    Folded ``[fs, fe)`` replaces source ``[os, oe)``; between runs the two texts
    move in step.  ``start`` maps the offset of a folded character to its
    source; ``end`` maps the end of a folded span to the end of its source, so
    a span never ends inside what one folded character stands for.
    """

    fs: list[int]
    fe: list[int]
    os: list[int]
    oe: list[int]

    def start(self, x: int) -> int:
        i = bisect.bisect_right(self.fs, x) - 1
        if i < 0:
            return x
        if x < self.fe[i]:
            return min(self.os[i] + (x - self.fs[i]), self.oe[i] - 1)
        return self.oe[i] + (x - self.fe[i])

    def starts(self, xs: list[int]) -> list[int]:
        """``start`` of each offset, in one loop (a proof maps ten thousand)."""
        if not self.fs:
            return xs
        fs, fe, os_, oe, right = self.fs, self.fe, self.os, self.oe, bisect.bisect_right
        out = []
        for x in xs:
            i = right(fs, x) - 1
            if i < 0:
                out.append(x)
            elif x < fe[i]:
                out.append(min(os_[i] + (x - fs[i]), oe[i] - 1))
            else:
                out.append(oe[i] + (x - fe[i]))
        return out

    def end(self, x: int) -> int:
        if x <= 0:
            return self.start(x)
        i = bisect.bisect_right(self.fs, x - 1) - 1
        if i >= 0 and x - 1 < self.fe[i]:
            return self.oe[i]
        return self.start(x - 1) + 1

    def folded(self, o: int) -> int:
        """The folded offset where source offset ``o`` went (a run's start, inside one)."""
        i = bisect.bisect_right(self.os, o) - 1
        if i < 0:
            return o
        if o < self.oe[i]:
            return self.fs[i]
        return self.fe[i] + (o - self.oe[i])


def _apply(text: str, runs: list[tuple[int, int, str]]) -> tuple[str, _Shifts]:
    """``text`` with each run (start, end, replacement) replaced; runs sorted, apart."""
    pieces: list[str] = []
    fs: list[int] = []
    fe: list[int] = []
    os_: list[int] = []
    oe: list[int] = []
    at = shift = 0
    for start, end, folded in runs:
        pieces += (text[at:start], folded)
        if len(folded) != end - start:
            fs.append(start + shift)
            fe.append(start + shift + len(folded))
            os_.append(start)
            oe.append(end)
            shift += len(folded) - (end - start)
        at = end
    pieces.append(text[at:])
    return "".join(pieces), _Shifts(fs, fe, os_, oe)


def _spacing_runs(text: str) -> list[tuple[int, int, str]]:
    """Runs the spacing fold changes in length: markers, joined breaks, spaces, ends.

    Each kind is found by a search that starts from a literal character (a line
    break, "[", "-", two spaces), which the regular-expression engine skips to
    quickly: a seed of ten megabytes has millions of single spaces and line
    breaks, and those fold one for one (see :func:`_single_spaces`).
    """
    found: list[tuple[int, int, int]] = []  # (start, end, what): 0 delete, 1 space, 2 join
    if "[" in text:
        at = text.find("[")
        while at >= 0:
            marker = _MARKER.match(text, at)
            if marker:
                start = at
                while start and text[start - 1] in _SPACE:
                    start -= 1
                found.append((start, marker.end(), 0))
            at = text.find("[", at + 1)
    if "-" in text:
        for hit in _HYPHEN_AT_BREAK.finditer(text):
            start, end = hit.span()
            if start and _is_word(text[start - 1]) and end < len(text) and _is_word(text[end]):
                found.append((start + 1, end, 2))
    rare = _rare_spaces(text)
    for pattern, probes in _RUN_PATTERNS:
        if any(probe in text for probe in probes if probe[-1] != "\r" or "\r" in rare):
            found += ((m.start(), m.end(), 1) for m in pattern.finditer(text))
    for char in rare.replace("\r", ""):
        at = text.find(char)
        while at >= 0:
            end = at + 1
            while end < len(text) and text[end] in _SPACE:
                end += 1
            start = at
            while start and text[start - 1] in _SPACE:
                start -= 1
            if end - start > 1:
                found.append((start, end, 1))
            at = text.find(char, end)
    # Leading and trailing white space go, with any marker among it.
    lead = 0
    while True:
        while lead < len(text) and text[lead] in _SPACE:
            lead += 1
        marker = _MARKER.match(text, lead) if text.startswith("[", lead) else None
        if marker is None:
            break
        lead = marker.end()
    if lead:
        found.append((0, lead, 0))
    ends = {end: start for start, end, what in found if what == 0}
    trail = len(text)
    while True:
        while trail > lead and text[trail - 1] in _SPACE:
            trail -= 1
        if trail not in ends or ends[trail] < lead:
            break
        trail = ends.pop(trail)
    if trail < len(text):
        found.append((trail, len(text), 0))
    found.sort()
    runs: list[tuple[int, int, str]] = []
    start = end = -1
    joins = False
    for run_start, run_end, what in found:
        if run_start <= end:
            end = max(end, run_end)
            joins = joins or what == 2
            continue
        if end >= 0:
            runs.append((start, end, _replacement(text, start, end, joins)))
        start, end, joins = run_start, run_end, what == 2
    if end >= 0:
        runs.append((start, end, _replacement(text, start, end, joins)))
    return [r for r in runs if r[1] - r[0] != 1 or r[2] != " "]


def _replacement(text: str, start: int, end: int, joins: bool) -> str:
    """What a merged run folds to: nothing at the ends, after a join or where it ends
    with a marker (the space after a marker stays); otherwise one space."""
    if joins or start == 0 or end == len(text) or text[end - 1] not in _SPACE:
        return ""
    return " "


# Runs of white space that start with a line break, a carriage return or two spaces.
_RUN_PATTERNS = (
    (re.compile(r"\n\s+"), ("\n",)),
    (re.compile(r"\r\s+"), ("\r",)),
    (re.compile(r"  +\s*"), ("  ",)),
    (re.compile(r" +[\n\r]\s*"), (" \n", " \r")),
)
_SINGLE_SPACES = str.maketrans({c: " " for c in _SPACE[1:]})
_ALL_BUT_RARE_SPACES = bytes(b for b in range(256) if chr(b) not in _RARE_SPACE)


def _rare_spaces(text: str) -> str:
    """Which white-space characters other than the space and the line feed ``text`` holds.

    One translation of the UTF-8 bytes answers for all of them; a search per
    character would read a large seed once per character.
    """
    kept = text.encode("utf-8", "surrogatepass").translate(None, _ALL_BUT_RARE_SPACES)
    return "".join(sorted(set(kept.decode("ascii"))))


def _single_spaces(text: str) -> str:
    """Every white-space character that is not a space, as a space (one for one)."""
    return text.translate(_SINGLE_SPACES)


@dataclass(frozen=True)
class Folded:
    """A folded text and the way back to the offsets of its source."""

    text: str
    _chars: _Shifts
    _spacing: _Shifts

    def start(self, offset: int) -> int:
        """Offset in the source of the folded character at ``offset``."""
        return self._chars.start(self._spacing.start(offset))

    def end(self, offset: int) -> int:
        """Offset in the source where a folded span ending at ``offset`` ends."""
        return self._chars.end(self._spacing.end(offset))

    def folded(self, offset: int) -> int:
        """Offset in the folded text where the source character at ``offset`` went."""
        return self._spacing.folded(self._chars.folded(offset))

    def starts(self, offsets: list[int]) -> list[int]:
        """``start`` of many offsets at once."""
        return self._chars.starts(self._spacing.starts(offsets))


def fold_with_offsets(text: str) -> Folded:
    """Fold a whole text, keeping the way back to its offsets (``fold`` gives the same text)."""
    chars, char_shifts = _apply(text, _char_runs(text))
    spaced, space_shifts = _apply(chars, _spacing_runs(chars))
    return Folded(_single_spaces(spaced), char_shifts, space_shifts)
