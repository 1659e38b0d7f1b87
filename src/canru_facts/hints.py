"""When evidence is no longer in the seed, find what the seed says now.

A newer revision of the article may change a date, a figure or a spelling.  The
closest sentence of the new seed, and the words in it that stand where the old
value stood, let a maintainer update the fact in a minute.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from .forms import value_span
from .model import Fact
from .seed import Seed, normalise

__all__ = ["Hint", "closest"]

# Below this similarity (0–100) the "closest" sentence is unrelated: say nothing.
MIN_SCORE = 70.0

# A sentence ends at . ! or ? before a capital, but not after an abbreviation
# ("St. Petersburg", "Ltd.") or an initial ("A. Krasnov", "H.E.").
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\bSt\.)(?<!\bLtd\.)(?<!\bInc\.)(?<!\bMr\.)(?<!\bDr\.)(?<!\b[A-Z]\.)"
    r"\s+(?=[A-Z\"'(])"
)


@dataclass(frozen=True)
class Hint:
    line: int
    sentence: str  # the closest sentence of the seed, white space collapsed
    now: str | None  # the words standing where the value stood, if found
    score: float


@lru_cache(maxsize=4)
def _sentences(seed: Seed) -> tuple[tuple[str, int], ...]:
    """Every sentence of the seed with its line, split once per seed."""
    found = []
    for number in range(1, seed.line_count + 1):
        line = seed.line_text(number)
        for sentence in _SENTENCE_END.split(line):
            sentence = normalise(sentence)
            if sentence:
                found.append((sentence, number))
    return tuple(found)


def closest(seed: Seed, fact: Fact) -> Hint | None:
    """The seed sentence closest to ``fact.evidence`` and the value it now holds."""
    evidence = normalise(fact.evidence)
    best: tuple[float, str, int] | None = None
    for sentence, line in _sentences(seed):
        score = fuzz.partial_ratio(evidence, sentence, score_cutoff=MIN_SCORE)
        if score and (best is None or score > best[0]):
            best = (score, sentence, line)
    if best is None:
        return None
    score, sentence, line = best
    alignment = fuzz.partial_ratio_alignment(evidence, sentence)
    now = None
    span = value_span(fact.value, evidence)
    if span is not None:
        now = _aligned_words(
            evidence, sentence, alignment.dest_start, alignment.dest_end, span[0], span[1]
        )
    return Hint(line, sentence, now, score)


def _aligned_words(
    source: str, sentence: str, window_start: int, window_end: int, start: int, end: int
) -> str | None:
    """The words of ``sentence`` that stand where ``source[start:end]`` stands.

    ``source`` is aligned with the window of the sentence that matched it best;
    the result is then widened to whole words over the *whole* sentence, since a
    changed first or last character may lie just outside that window.
    """
    target = sentence[window_start:window_end]
    new_start, new_end = None, None
    for tag, s1, s2, d1, d2 in Levenshtein.opcodes(source, target):
        if new_start is None and s2 > start:
            new_start = d1 + (start - s1 if tag == "equal" else 0)
        if s2 >= end:
            new_end = d1 + (end - s1) if tag == "equal" else d2
            break
    if new_start is None or new_end is None or new_end <= new_start:
        return None
    new_start += window_start
    new_end += window_start
    # Widen to whole words, so "June 1" never shows as "June 1" of "June 14".
    while new_start > 0 and sentence[new_start - 1].isalnum():
        new_start -= 1
    while new_end < len(sentence) and sentence[new_end].isalnum():
        new_end += 1
    return sentence[new_start:new_end].strip(" ,;") or None
