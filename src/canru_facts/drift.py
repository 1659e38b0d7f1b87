"""What a newer seed says where a fact's evidence used to stand.

When a mention's evidence no longer occurs in the seed (typography aside: see
:mod:`canru_facts.fold`), the seed has drifted.  This module finds the passage
that took its place and says what happened, in one of three verdicts:

**reworded**
    the value still holds in the closest passage, but the quoted words do not
    occur verbatim: the new quote is the passage's words that align with the
    old evidence;
**changed**
    the passage is still there but states another value: the words standing
    where the value stood are read as a value of the fact's kind (dates of any
    precision for a date) and compared with the registry's (same, more
    precise, less precise, different);
**gone**
    no passage is close.

Passages are the seed's sentences, cut also at headings (``==History==``),
list items (``- ``) and infobox lines (``- Envoy1: Sarah Taylor``), and never
across a blank line; the passage that took an evidence's place is looked for
in windows of three consecutive passages, so an evidence may span two list
items ("Envoytitle1: Ambassador of Canada to Russia - Envoy1: Sarah Taylor").

Finding the passage does not compare the evidence with every passage of the
seed (ten megabytes hold a hundred thousand): it looks up the evidence's
rarest words, in one pass over the seed for all evidences (ahocorasick-rs),
and compares the evidence only with the passages where they stand.  A passage that shares none
of an evidence's four rarest words is not its rewording.
"""

from __future__ import annotations

import bisect
import re
import weakref
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

import ahocorasick_rs
from rapidfuzz import fuzz

from .fold import fold, tidy
from .forms import (
    folded_forms,
    folded_identifying_forms,
    occurs_folded,
    seed_forms,
    value_span,
)
from .kinds import Kind, Reading
from .model import Fact
from .seed import Seed

__all__ = ["CHANGED", "GONE", "REWORDED", "Drift", "explain"]

CHANGED, REWORDED, GONE = "changed", "reworded", "gone"

# How alike the words around the value must stay (0-100, rapidfuzz's ratio) for
# a passage to be the evidence's rewording rather than another passage.
MIN_CONTEXT = 60.0
# A passage that states no value of the fact's kind must be this alike to count.
SURE_CONTEXT = 85.0
# With little context around the value, the whole evidence is compared instead.
MIN_WHOLE = 55.0
SHORT_CONTEXT = 12  # characters
SHORT_PIECE = 8  # words before or after a value shorter than this are not aligned alone
TIE = 5.0  # passages this much less alike than the closest are about as close
RARE_WORDS = 4  # rarest words of an evidence looked up in the seed
MAX_CANDIDATES = 8  # passages compared in full with one evidence
RARE = 50  # a word the seed holds this often at most is rare
MAX_HITS = 400  # occurrences of one word followed up

# A sentence ends at . ! or ? before a capital, but not after an abbreviation
# ("St. Petersburg", "Ltd.") or an initial ("A. Krasnov", "H.E.").
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\bSt\.)(?<!\bLtd\.)(?<!\bInc\.)(?<!\bMr\.)(?<!\bDr\.)(?<!\b[A-Z]\.)"
    r"[\"')\]]* (?=[A-Z\"'(\[])"
)
# A line that opens a passage of its own: a heading, a list item.
_STRUCTURE = ("=", "- ", "* ", "\u2022 ", "# ")
_LINE_BREAK = re.compile(r"\r\n?|\n")  # as the seed counts lines


@dataclass(frozen=True)
class Drift:
    """What the seed says now where a mention's evidence stood."""

    verdict: str  # CHANGED, REWORDED or GONE
    line: int | None  # line of the seed: the new passage's, or (gone) where it would be
    quote: str = ""  # the seed's words now, verbatim (changed, reworded)
    value: Kind | None = None  # the value the seed now states (changed; None: none read)
    words: str = ""  # the words of the seed that state it
    comparison: str = ""  # how the new value compares with the registry's
    score: float = 0.0  # how alike the passage and the evidence are, 0-100
    after: tuple[str, int] | None = None  # gone: the fact found before it (key, line)
    before: tuple[str, int] | None = None  # gone: the fact found after it
    was: Kind | None = None  # the registry's value


# --- passages --------------------------------------------------------------------------


class _Passages:
    """Passages of one seed, found around an offset of its flat text on demand.

    The seed's lines are read once to find where blocks open (after a blank line
    or a heading; at a heading or a list item); a block is cut into sentences
    only when an offset in it is asked for.
    """

    def __init__(self, seed: Seed) -> None:
        self.seed = seed
        self._blocks: dict[int, tuple[int, int, list[int]]] = {}
        lines = _LINE_BREAK.split(seed.text)
        opening: list[int] = []  # 1-based lines that open a block
        closing: list[int] = []  # for each, the first line after it
        before = ""
        for number, line in enumerate(lines, start=1):
            text = line.strip()
            if text and (not before or before.startswith("=") or text.startswith(_STRUCTURE)):
                if len(closing) < len(opening):
                    closing.append(number)
                opening.append(number)
            elif not text and opening and len(closing) < len(opening):
                closing.append(number)
            before = text
        if len(closing) < len(opening):
            closing.append(len(lines) + 1)
        self._opening, self._closing = opening, closing

    def _block(self, line: int) -> tuple[int, int, list[int]]:
        """(start, end, sentence starts) in flat offsets of the block holding ``line``."""
        i = bisect.bisect_right(self._opening, line) - 1
        cached = self._blocks.get(i)
        if cached is not None:
            return cached
        seed = self.seed
        first, last = self._opening[max(i, 0)], self._closing[max(i, 0)]
        start = seed.flat_offset(seed.line_start(first))
        end = seed.flat_offset(seed.line_start(last)) if last <= seed.line_count else len(seed.flat)
        end = min(len(seed.flat), max(end, start))
        while end > start and seed.flat[end - 1] == " ":
            end -= 1
        text = seed.flat[start:end]
        starts = [start] + [start + m.end() for m in _SENTENCE_END.finditer(text)]
        block = self._blocks[i] = (start, end, starts)
        return block

    def at(self, offset: int) -> tuple[int, int] | None:
        """(start, end) of the passage holding the flat ``offset``; None outside the text."""
        flat = self.seed.flat
        if not 0 <= offset < len(flat):
            return None
        start, end, starts = self._block(self.seed.line_of(offset))
        if not start <= offset < end:  # the space between two blocks
            return None
        i = max(0, bisect.bisect_right(starts, offset) - 1)
        finish = starts[i + 1] if i + 1 < len(starts) else end
        while finish > starts[i] and flat[finish - 1] == " ":
            finish -= 1
        return starts[i], finish

    def window(self, offset: int) -> tuple[int, int] | None:
        """The passage holding ``offset`` with the one before and the one after it."""
        here = self.at(offset)
        if here is None:
            return None
        before = self.at(here[0] - 2) if here[0] >= 2 else None
        after = self.at(here[1] + 1)
        return (before or here)[0], (after or here)[1]


# --- finding the passage -----------------------------------------------------------------


class _Index:
    """The seed's words and how often each occurs: to look up an evidence's rarest words."""

    def __init__(self, seed: Seed) -> None:
        self.seed = seed
        self.counts = Counter(seed.flat.split(" "))
        self.passages = _Passages(seed)

    def rare_words(self, evidence: str) -> list[str]:
        """The evidence's rarest words that the seed still holds (a common word is looked
        up only where the evidence has no rarer one)."""
        words = {w for w in evidence.split(" ") if self.counts.get(w)}
        ranked = sorted(words, key=lambda w: (self.counts[w], -len(w)))
        rare = [w for w in ranked[:RARE_WORDS] if self.counts[w] <= RARE]
        return rare or ranked[:1]

    def where(self, words: Iterable[str]) -> dict[str, list[int]]:
        """Flat offsets of every whole-word occurrence of each word (at most MAX_HITS)."""
        words = list(dict.fromkeys(words))
        found: dict[str, list[int]] = {w: [] for w in words}
        if not words:
            return found
        flat = self.seed.flat
        automaton = ahocorasick_rs.AhoCorasick(words)
        for index, start, end in automaton.find_matches_as_indexes(flat, overlapping=True):
            if (start == 0 or flat[start - 1] == " ") and (end == len(flat) or flat[end] == " "):
                hits = found[words[index]]
                if len(hits) < MAX_HITS:
                    hits.append(start)
        return found


_INDEXES: weakref.WeakKeyDictionary[Seed, _Index] = weakref.WeakKeyDictionary()


def _index(seed: Seed) -> _Index:
    index = _INDEXES.get(seed)
    if index is None:
        index = _INDEXES[seed] = _Index(seed)
    return index


# --- aligning the evidence with a passage ---------------------------------------------------


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


@dataclass(frozen=True)
class _Match:
    """Where an evidence aligns in a window of the flat seed."""

    start: int | None  # where the new quote starts (None: where the value does)
    end: int | None  # where it ends (None: where the value does)
    target: tuple[int, int]  # where the old value's words would stand now
    context: float  # how alike the words around the value stayed, 0-100
    anchored: bool  # words before and after the value both align: the target is exact
    lead: int = 0  # characters the quote starts before the value (start is None)
    trail: int = 0  # characters it ends after the value (end is None)


def _piece(
    piece: str, flat: str, lo: int, hi: int, last: bool = False
) -> tuple[int, int, float] | None:
    """Where ``piece`` aligns best in ``flat[lo:hi]``: (start, end, score 0-100); of
    equally good places the first, or with ``last`` the last.

    rapidfuzz's partial alignment slides a window of the piece's length, so the
    result never stretches over the words after the piece (a global alignment
    of the piece with a longer text would).
    """
    if hi <= lo or not piece:
        return None
    if last:  # the same search over both texts reversed
        found = fuzz.partial_ratio_alignment(piece[::-1], flat[lo:hi][::-1], processor=None)
        if found is None:
            return None
        return hi - found.dest_end, hi - found.dest_start, found.score
    found = fuzz.partial_ratio_alignment(piece, flat[lo:hi], processor=None)
    if found is None:
        return None
    return lo + found.dest_start, lo + found.dest_end, found.score


def _snap(flat: str, word: str, at: int, lo: int, hi: int, end: bool, reach: int) -> int | None:
    """``at`` moved to the nearest whole-word occurrence of ``word`` (its start, or end),
    if one lies within ``reach``; None if none does."""
    best, best_distance = None, reach + 1
    pos = flat.find(word, lo, hi)
    while pos >= 0:
        edge = pos + len(word) if end else pos
        distance = abs(edge - at)
        before = flat[pos - 1] if pos else " "
        after = flat[pos + len(word)] if pos + len(word) < len(flat) else " "
        if distance < best_distance and not _is_word(before) and not _is_word(after):
            best, best_distance = edge, distance
        pos = flat.find(word, pos + 1, hi)
    return best


def _after_stop(flat: str, start: int, end: int) -> int:
    """``start``, moved past a sentence's end among the first few words, to a word's start."""
    stop = _SENTENCE_END.search(flat, start, min(end, start + 16))
    if stop:
        start = stop.end()
    while start < end and not _is_word(flat[start]) and flat[start] not in "\"'(":
        start += 1
    while start > 0 and _is_word(flat[start - 1]) and _is_word(flat[start]):
        start -= 1
    return start


def _before_stop(flat: str, start: int, end: int) -> int:
    """``end``, moved back before a sentence's next start among the last few words."""
    stops = list(_SENTENCE_END.finditer(flat, max(start, end - 16), end))
    if stops:
        end = stops[-1].start()
    while end < len(flat) and end > 0 and _is_word(flat[end - 1]) and _is_word(flat[end]):
        end += 1
    return end


def _meaningful(text: str) -> bool:
    return any(_is_word(c) for c in text)


def _align(flat: str, evidence: str, value: tuple[int, int], window: tuple[int, int]):
    """Where the words around the evidence's value stand in the window, and how alike they are.

    The evidence is cut at its value: the words before it and after it are
    aligned each on its own, the longer first and the other next to it, so a
    changed value, however long it is now, lies between them.
    """
    lo, hi = window
    before, after = evidence[: value[0]], evidence[value[1] :]
    width = value[1] - value[0]
    reach = 2 * width + 12  # how much longer the value's words may have grown
    # A few words before (or after) the value are not aligned on their own: "the"
    # would align with any "the" nearby.  The quote takes as many characters there.
    head = _meaningful(before) and len(before.strip()) >= SHORT_PIECE
    tail = _meaningful(after) and len(after.strip()) >= SHORT_PIECE
    lead = len(before) if not head and _meaningful(before) else 0
    trail = len(after) if not tail and _meaningful(after) else 0
    p = s = None
    if head and (not tail or len(before) >= len(after)):
        p = _piece(before, flat, lo, hi)
        if p and tail:
            s = _piece(after, flat, p[1], min(hi, p[1] + reach + len(after)))
    elif tail:
        s = _piece(after, flat, lo, hi)
        if s and head:  # the nearest place before the value, not the first
            p = _piece(before, flat, max(lo, s[0] - reach - len(before)), s[0], last=True)
    if (head and p is None) or (tail and s is None):
        return None
    if p is None and s is None:  # the value and a few words: align the whole evidence
        whole = _piece(evidence, flat, lo, hi)
        if whole is None:
            return None
        target = (whole[0] + len(before), max(whole[0] + len(before), whole[1] - len(after)))
        match = _Match(None, None, target, whole[2], False, len(before), len(after))
        return match, whole[2] >= MIN_WHOLE
    start = end = None
    if p is not None:
        first, last = before.split()[0], before.split()[-1]
        near = len(first) + 4  # the alignment is off by a few letters at most
        start = _snap(flat, first, p[0], lo, hi, False, near)
        if start is None:
            start = _after_stop(flat, p[0], p[1])
        # The inner edge may be off by as much as the words before the value grew.
        p_end = _snap(flat, last, p[1], lo, hi, True, len(before) // 2 + 8)
        p_end = p[1] if p_end is None else p_end
    if s is not None:
        first, last = after.split()[0], after.split()[-1]
        s_start = _snap(flat, first, s[0], lo, hi, False, len(after) // 2 + 8)
        s_start = s[0] if s_start is None else s_start
        end = _snap(flat, last, s[1], lo, hi, True, len(last) + 4)
        if end is None:
            end = _before_stop(flat, s[0], s[1])
    if p is not None and s is not None:
        target = (p_end, max(p_end, s_start))
    elif p is not None:
        target = (p_end, min(hi, p_end + width + 1))
    else:
        target = (max(lo, s_start - width - 1), s_start)
    scores = [(len(before), p[2]) for _ in [0] if p] + [(len(after), s[2]) for _ in [0] if s]
    weight = sum(w for w, _ in scores)
    context = sum(w * score for w, score in scores) / weight if weight else 0.0
    if weight < SHORT_CONTEXT:  # little but the value: compare the whole evidence
        whole = _piece(evidence, flat, lo, hi)
        context = whole[2] if whole else 0.0
        close = context >= MIN_WHOLE
    else:
        close = context >= MIN_CONTEXT
    match = _Match(start, end, target, context, p is not None and s is not None, lead, trail)
    return match, close


# --- reading the value ------------------------------------------------------------------------


def _forms(fact: Fact, whole: bool) -> tuple[tuple[tuple[str, str], ...], ...]:
    """The folded form groups a mention must state: all (the main evidence), or the
    value's identifying forms (a further mention), as the proof asks."""
    return folded_forms(fact.value) if whole else folded_identifying_forms(fact.value)


def _states(fact: Fact, text: str, whole: bool) -> bool:
    """Whether ``text`` (folded) states the fact's value, as ``whole`` asks (see _forms)."""
    lowered = None
    for i, group in enumerate(_forms(fact, whole)):
        if i == 0 and fact.value.case_sensitive:
            haystack, pick = text, 0
        else:
            lowered = text.casefold() if lowered is None else lowered
            haystack, pick = lowered, 1
        if not any(occurs_folded(forms[pick], haystack) for forms in group):
            return False
    return True


def _occurrences(fact: Fact, flat: str, lo: int, hi: int, whole: bool) -> list[Reading]:
    """Where the value's first form group stands, whole words, in ``flat[lo:hi]``."""
    text = flat[lo:hi]
    sensitive = fact.value.case_sensitive
    haystack = text if sensitive else text.casefold()
    if len(haystack) != len(text):  # a case-folding that changes lengths: offsets would drift
        haystack, sensitive = text, True
    found = []
    for forms in _forms(fact, whole)[0]:
        needle = forms[0] if sensitive else forms[1]
        at = haystack.find(needle) if needle else -1
        while at >= 0:
            end = at + len(needle)
            before = haystack[at - 1] if at else " "
            after = haystack[end] if end < len(haystack) else " "
            if not (_is_word(before) or before == "$") and not _is_word(after):
                found.append(Reading(lo + at, lo + end, fact.value))
            at = haystack.find(needle, at + 1)
    return found


def _readings(value: Kind, text: str) -> list[Reading]:
    """Every value that may stand where ``value`` stood, longest first where they overlap."""
    found: list[Reading] = []
    for kind in type(value).readers():
        found += kind.find_values(text, like=value)
    found.sort(key=lambda r: (r.start, -(r.end - r.start)))
    kept: list[Reading] = []
    for reading in sorted(found, key=lambda r: -(r.end - r.start)):
        if not any(k.start <= reading.start and reading.end <= k.end for k in kept):
            kept.append(reading)
    return sorted(kept, key=lambda r: r.start)


def _nearest(readings: list[Reading], start: int, end: int) -> Reading | None:
    """The reading that best covers ``[start, end)``: most overlap, then least distance."""

    def rank(r: Reading) -> tuple[float, int]:
        overlap = min(end, r.end) - max(start, r.start)
        union = max(end, r.end) - min(start, r.start)
        distance = max(0, r.start - end, start - r.end)
        return (-(overlap / union) if overlap > 0 else 0.0, distance)

    return min(readings, key=rank) if readings else None


# --- the verdict on one mention ------------------------------------------------------------------


Bracket = tuple[int | None, int | None]


class _Claimed:
    """The quotes of the facts that hold, to ask whether a span of the seed is one of
    their values.  A value's place in its quote is found only when asked (a proof
    of ten thousand facts asks about a few)."""

    def __init__(self, holding: Iterable[tuple[int, Fact, str]]) -> None:
        self.quotes = sorted(holding, key=lambda q: q[0])  # (flat offset, fact, folded quote)
        self.starts = [at for at, _, _ in self.quotes]
        self.longest = max((len(q) for _, _, q in self.quotes), default=0)

    def holds(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies within the value of a fact that holds."""
        first = bisect.bisect_left(self.starts, start - self.longest)
        last = bisect.bisect_right(self.starts, start)
        for at, fact, quote in self.quotes[first:last]:
            if at + len(quote) < end:
                continue
            span = value_span(fact.value, quote)
            if span is not None and at + span[0] <= start and end <= at + span[1]:
                return True
        return False


def explain(
    seed: Seed,
    wanted: Sequence[tuple[Fact, str, str]],
    brackets: Sequence[Bracket] | None = None,
    holding: Iterable[tuple[int, Fact, str]] = (),
) -> list[Drift]:
    """What the seed says now for each (fact, mention, evidence) no longer found in it.

    ``brackets`` gives, for each, the flat offsets of the quotes found before and
    after it in the registry's order (which is the seed's): of two passages
    equally close, the one between them is taken.  ``holding`` gives the
    quotes of the facts that hold (flat offset, fact, folded quote): a passage
    whose value there is one of theirs is that fact's passage, not a changed
    one.  A GONE verdict here has no line; the proof places it between its
    neighbours.
    """
    index = _index(seed)
    folded = [fold(evidence) for _, _, evidence in wanted]
    rare = [index.rare_words(e) for e in folded]
    hits = index.where(w for words in rare for w in words)
    brackets = brackets or [(None, None)] * len(wanted)
    claimed = _Claimed(holding)
    return [
        _explain_one(seed, index, fact, mention, evidence, words, hits, bracket, claimed)
        for (fact, mention, _), evidence, words, bracket in zip(
            wanted, folded, rare, brackets, strict=True
        )
    ]


def _candidates(index: _Index, words: list[str], hits: dict[str, list[int]]) -> list[int]:
    """Offsets of the passages holding the most of the rare words, the rarer weighing
    more (a word the seed holds once weighs one, a word it holds ten times a tenth);
    one offset per passage."""
    votes: dict[tuple[int, int], set[str]] = {}
    where: dict[tuple[int, int], int] = {}
    for word in words:
        for at in hits.get(word, ()):
            passage = index.passages.at(at)
            if passage is None:
                continue
            votes.setdefault(passage, set()).add(word)
            where.setdefault(passage, at)

    def weight(passage: tuple[int, int]) -> float:
        return sum(1 / index.counts[word] for word in votes[passage])

    ranked = sorted(votes, key=lambda p: (-weight(p), p[0]))[:MAX_CANDIDATES]
    return [where[p] for p in ranked]


def _explain_one(
    seed: Seed,
    index: _Index,
    fact: Fact,
    mention: str,
    evidence: str,
    words: list[str],
    hits: dict[str, list[int]],
    bracket: Bracket = (None, None),
    claimed: _Claimed | None = None,
) -> Drift:
    span = value_span(fact.value, evidence)
    value = (span[0], span[1]) if span else (len(evidence), len(evidence))
    close_ones = []
    for at in _candidates(index, words, hits):
        window = index.passages.window(at)
        if window is None:
            continue
        aligned = _align(seed.flat, evidence, value, window)
        if aligned is None:
            continue
        match, close = aligned
        if close:
            close_ones.append((match, window))
    if not close_ones:
        return Drift(GONE, None, was=fact.value)
    # The closest passage; of passages about as close, the one where the registry's
    # order puts the fact.
    top = max(match.context for match, _ in close_ones)

    def rank(candidate: tuple[_Match, tuple[int, int]]) -> tuple[bool, float]:
        at = candidate[0].target[0]
        between = (bracket[0] is None or bracket[0] <= at) and (
            bracket[1] is None or at <= bracket[1]
        )
        return between, candidate[0].context

    near_top = [c for c in close_ones if c[0].context >= top - TIE]
    others = sorted((c for c in close_ones if c[0].context < top - TIE), key=rank, reverse=True)
    for match, window in [*sorted(near_top, key=rank, reverse=True), *others]:
        now = _verdict(seed, fact, mention, match, window, claimed)
        if now is not None:
            return replace(now, was=fact.value)
    return Drift(GONE, None, was=fact.value)


def _quote(flat: str, match: _Match, start: int, end: int) -> tuple[int, int]:
    """The new quote: the aligned words, and the value's words wherever they stand (with
    the few words the evidence had before or after the value, where they were not
    aligned)."""
    if match.start is None:
        q_start = max(0, start - match.lead)
        while q_start > 0 and _is_word(flat[q_start - 1]):
            q_start -= 1
    else:
        q_start = min(match.start, start)
    if match.end is None:
        q_end = min(len(flat), end + match.trail)
        while q_end < len(flat) and _is_word(flat[q_end - 1]) and _is_word(flat[q_end]):
            q_end += 1
        while q_end > end and flat[q_end - 1] in " ,.;:!?":
            q_end -= 1
    else:
        q_end = max(match.end, end)
    return q_start, q_end


def _verdict(
    seed: Seed,
    fact: Fact,
    mention: str,
    match: _Match,
    window: tuple[int, int],
    claimed: _Claimed | None,
) -> Drift | None:
    """The verdict on a mention whose passage is this match; None if the match only
    finds another fact's value, holding where it stands (the passage is that fact's)."""
    flat = seed.flat
    whole = not mention
    lo, hi = window
    target = match.target
    # Does the value still hold, where it stood?
    near = _nearest(_occurrences(fact, flat, lo, hi, whole), *target)
    if near is not None and _close_to(near, target, match.anchored):
        quote = _quote(flat, match, near.start, near.end)
        if _states(fact, flat[quote[0] : quote[1]], whole):
            return _drift(seed, REWORDED, *quote, match.context)
    readings = [
        Reading(r.start + lo, r.end + lo, r.value) for r in _readings(fact.value, flat[lo:hi])
    ]
    reading = _nearest([r for r in readings if _close_to(r, target, False)], *target)
    if reading is None:
        if match.context < SURE_CONTEXT:  # another passage, that states no such value
            return Drift(GONE, None)
        start = match.start if match.start is not None else target[0]
        end = match.end if match.end is not None else target[1]
        return _drift(seed, CHANGED, start, end, match.context)
    quote = _quote(flat, match, reading.start, reading.end)
    if reading.value == fact.value and _states(fact, flat[quote[0] : quote[1]], whole):
        return _drift(seed, REWORDED, *quote, match.context)
    if claimed is not None and claimed.holds(reading.start, reading.end):
        return None
    return _drift(
        seed,
        CHANGED,
        *quote,
        match.context,
        value=reading.value,
        # A further mention names the value and no more: its words are what it says.
        words=_words(reading.value, tidy(seed.quote(reading.start, reading.end)), whole),
        comparison=fact.value.compare(reading.value),
    )


def _words(value: Kind, stated: str, whole: bool = True) -> str:
    """A value read from the seed, in the seed's words: the words read, then (for a
    main evidence) the value's other parts, a person's role, as the seed writes them."""
    if not whole:
        return stated
    return ", ".join([stated, *(group[0] for group in seed_forms(value)[1:])])


def _close_to(reading: Reading, target: tuple[int, int], exact: bool) -> bool:
    """Whether a reading stands where the value stood: over it, where the words around
    the value fix the place exactly; else touching it, or a few words off."""
    slack = 0 if exact else 24
    if exact:
        return reading.start < max(target[1], target[0] + 1) and reading.end > target[0]
    return reading.end >= target[0] - slack and reading.start <= target[1] + slack


def _drift(seed: Seed, verdict: str, start: int, end: int, score: float, **more) -> Drift:
    return Drift(verdict, seed.line_of(start), tidy(seed.quote(start, end)), score=score, **more)
