"""What the kinds share to read values back from the seed's words.

Each kind reads its own values (``Kind.find_values``); the pieces several kinds
need live here: numbers in digits or in words (the inverse of num2words, which
writes them), the seed's hedges and what each says of a figure, intervals and
how two of them compare, and runs of capitalised words that may be a name.
Nothing here knows a kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import cache
from typing import Any

from num2words import num2words

from .base import DIFFERENT, LESS_PRECISE, MORE_PRECISE, SAME

__all__ = [
    "HEDGES",
    "occurrences",
    "bounded",
    "compare_bounds",
    "hedge_pattern",
    "name_runs",
    "number_pattern",
    "number_value",
    "ordinal_pattern",
    "ordinal_value",
    "word_bounded",
]

SEED_LOCALE = "en"
# Ordinals the seed may spell out ("sixty-fifth"), read by inverting num2words.
SPELLED_UP_TO = 1000

# The seed's hedges and what each says of the figure after it: "above" (more
# than it), "from" (it or more), "to" (it or less), "below" (less than it),
# "about" (within a tenth of it either way).
HEDGES = {
    "over": "above",
    "more than": "above",
    "upwards of": "above",
    "at least": "from",
    "up to": "to",
    "at most": "to",
    "under": "below",
    "less than": "below",
    "fewer than": "below",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "nearly": "about",
    "almost": "about",
    "some": "about",
}


def word_bounded(pattern: str) -> str:
    """``pattern`` standing as whole words, as :func:`canru_facts.forms.occurs` finds forms."""
    return rf"(?<![\w$])(?:{pattern})(?!\w)"


@cache
def _number_words() -> tuple[dict[str, int], dict[str, int]]:
    """The words num2words spells numbers with: those that add (one ... ninety) and those
    that multiply (hundred, thousand, million...), with their values."""
    adding: dict[str, int] = {}
    for n in range(100):
        words = num2words(n, lang=SEED_LOCALE).split("-")
        if len(words) == 1:
            adding[words[0]] = n
    scaling = {num2words(n, lang=SEED_LOCALE).split()[-1]: n for n in (100, 10**3, 10**6, 10**9)}
    return adding, scaling


@cache
def _spelled_pattern() -> str:
    adding, scaling = _number_words()
    word = _alternation([*adding, *scaling])
    return rf"(?:{word})(?:(?:,? and |, | |-)(?:{word}))*"


def _spelled_value(text: str) -> int | None:
    """The number spelled in ``text`` ("one thousand, two hundred and five"), the inverse
    of num2words; None if the words do not spell one."""
    adding, scaling = _number_words()
    total = current = 0
    seen = False
    for word in re.split(r",? and |, | |-", text.lower()):
        if word in adding:
            current += adding[word]
        elif word == "hundred" or (word in scaling and scaling[word] == 100):
            current = (current or 1) * 100
        elif word in scaling:
            total += (current or 1) * scaling[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


@cache
def _ordinals() -> dict[str, int]:
    return {num2words(n, lang=SEED_LOCALE, to="ordinal"): n for n in range(1, SPELLED_UP_TO + 1)}


def _alternation(words: Any) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def number_pattern() -> str:
    """A whole number as the seed writes one: "1200", "1,200" or "one thousand, two hundred"."""
    return rf"\d{{1,3}}(?:,\d{{3}})+|\d+|{_spelled_pattern()}"


def number_value(text: str) -> int | None:
    """The number ``text`` (matched by :func:`number_pattern`) writes."""
    digits = text.replace(",", "")
    if digits.isdigit():
        return int(digits)
    return _spelled_value(text)


@cache
def ordinal_pattern() -> str:
    """An ordinal as the seed writes one: "65th" or "sixty-fifth"."""
    return rf"\d+(?:st|nd|rd|th)|{_alternation(_ordinals())}"


def ordinal_value(text: str) -> int | None:
    if text[:1].isdigit():
        return int(text[:-2])
    return _ordinals().get(text.lower())


def hedge_pattern(extra: str = "") -> str:
    """Any hedge of :data:`HEDGES` (and ``extra``, a value's own), as an alternation."""
    return _alternation({*HEDGES, *([extra] if extra else [])})


# --- intervals -------------------------------------------------------------------------

# (low, low included, high, high included); None for an open end.
Bounds = tuple[Any, bool, Any, bool]


def bounded(value: Decimal | int, hedge: str = "") -> Bounds:
    """The figures a hedged figure allows: "over 300" is (300, none], "up to 25" [0, 25]."""
    v = Decimal(value)
    match HEDGES.get(hedge.lower(), "exact" if not hedge else "unknown"):
        case "exact":
            return (v, True, v, True)
        case "above":
            return (v, False, None, False)
        case "from":
            return (v, True, None, False)
        case "to":
            return (Decimal(0), True, v, True)
        case "below":
            return (Decimal(0), True, v, False)
        case "about":
            return (v * Decimal("0.9"), True, v * Decimal("1.1"), True)
        case _:  # a hedge the project does not know: only itself is the same
            return (v, True, v, True)


def _within(inner: Bounds, outer: Bounds) -> bool:
    low, low_in, high, high_in = inner
    o_low, o_low_in, o_high, o_high_in = outer
    if o_low is not None and (
        low is None or low < o_low or (low == o_low and low_in and not o_low_in)
    ):
        return False
    return not (
        o_high is not None
        and (high is None or high > o_high or (high == o_high and high_in and not o_high_in))
    )


def compare_bounds(old: Bounds, new: Bounds) -> str:
    """SAME, MORE_PRECISE (new within old), LESS_PRECISE (old within new) or DIFFERENT."""
    if old == new:
        return SAME
    if _within(new, old):
        return MORE_PRECISE
    if _within(old, new):
        return LESS_PRECISE
    return DIFFERENT


# --- names -------------------------------------------------------------------------------

# A capitalised word ("Harper", "O.", "Jean-Paul", "McAdoo", "G8", "NATO-Russia",
# "Canada/Russia"), and the small words that join the parts of a name ("Bank of Canada").
_CAPITALISED = r"(?:[A-Z][\w'./&-]*|\d+[A-Z][\w'./&-]*)"
_PARTICLES = r"de|du|des|la|le|van|von|der|den|da|del|al|bin"
_JOINERS = rf"(?:of|and|the|for|in|on|to|{_PARTICLES})"
# A capitalised word in brackets inside a name: "Special Economic Measures (Russia) Regulations".
_BRACKETED = rf"\({_CAPITALISED}(?: {_CAPITALISED})*\)"


@cache
def _name_run(commas: bool, brackets: bool, person: bool) -> re.Pattern[str]:
    gap = r"(?:,? )" if commas else r" "
    part = rf"(?:{_BRACKETED} )?{_CAPITALISED}" if brackets else _CAPITALISED
    joiners = rf"(?:{_PARTICLES})" if person else _JOINERS
    return re.compile(rf"(?<![\w-]){_CAPITALISED}(?:{gap}(?:{joiners} )*{part})*(?![\w-])")


def name_runs(text: str, like: str = "", person: bool = False) -> Iterator[tuple[int, int]]:
    """(start, end) of every run of capitalised words, joined by small words, that may be
    a name; ``like`` is the name that used to stand there, and lends its shape.

    Where ``like`` holds a comma ("Canadian Embassy, Moscow"), a comma may join
    two parts; where it holds a word in brackets, so may the run.  Where it
    holds words in lower case ("Front de libération du Québec"), a run may also
    be as many words as it has, from a capital.  A person's name is joined only
    by the particles of names ("Isabelle Des Chenes", "Front de"), never by
    "and" or "of".  A run never ends in a full stop unless it is an initial
    ("A. Krasnov").
    """
    pattern = _name_run(", " in like, "(" in like, person)
    opening = like.split(" ", 1)[0].lower()
    spans = [_trimmed(text, *m.span(), opening) for m in pattern.finditer(text)]
    words = like.split()
    if any(w[:1].islower() and w not in _JOINER_SET for w in words):
        shape = re.compile(rf"(?<![\w-])(?=([A-Z]\S*(?: \S+){{{len(words) - 1}}}))")
        spans += [_trimmed(text, *m.span(1), opening) for m in shape.finditer(text)]
    for start, end in dict.fromkeys(spans):
        if end > start:
            yield start, end


_JOINER_SET = frozenset(_JOINERS[3:-1].split("|"))


def _trimmed(text: str, start: int, end: int, opening: str) -> tuple[int, int]:
    """A run without the punctuation after it, nor an opening "The" or "In" that the
    name it stands for (opening with ``opening``) does not have."""
    while end > start and text[end - 1] in ".',;:-\"" and not _initial(text, start, end):
        end -= 1
    first = text[start:end].split(" ", 1)
    if len(first) == 2 and first[0].lower() in _JOINER_SET and first[0].lower() != opening:
        start += len(first[0]) + 1
    return start, end


def _initial(text: str, start: int, end: int) -> bool:
    """Whether the full stop ending ``text[start:end]`` ends an initial or an abbreviation."""
    word = text[start:end].rsplit(" ", 1)[-1]
    return text[end - 1] == "." and (len(word) == 2 or word.count(".") > 1)


def occurrences(text: str, words: str) -> list[tuple[int, int]]:
    """(start, end) of each whole-word occurrence of ``words`` in ``text``."""
    found = []
    at = text.find(words) if words else -1
    while at >= 0:
        end = at + len(words)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "_-") and not (after.isalnum() or after in "_-"):
            found.append((at, end))
        at = text.find(words, at + 1)
    return found
