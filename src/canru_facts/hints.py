"""When evidence is no longer in the seed, find what the seed says now.

A newer revision of the article may change a date, a figure or a spelling.  The
closest sentence of the new seed, and the words in it that stand where the old
value stood, let a maintainer update the fact in a minute.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process
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
def _sentences(seed: Seed) -> tuple[list[str], list[int]]:
    """Every sentence of the seed and the line it starts on, split once per seed.

    Sentences are cut from the flat text, so a sentence wrapped over several
    lines stays whole (cut per line, its fragments would match anything).
    """
    texts: list[str] = []
    lines: list[int] = []
    start = 0
    flat = seed.flat
    for end in [*(m.start() for m in _SENTENCE_END.finditer(flat)), len(flat)]:
        if end > start:
            texts.append(flat[start:end])
            lines.append(seed.line_of(start))
        start = end + 1  # the separator is white space, one character in flat text
    return texts, lines


def closest(seed: Seed, fact: Fact, evidence: str | None = None) -> Hint | None:
    """The seed sentence closest to the evidence (the fact's own by default) and its value now."""
    evidence = normalise(fact.evidence if evidence is None else evidence)
    texts, lines = _sentences(seed)
    # A sentence much shorter than the evidence cannot be its new wording, and
    # partial_ratio would score a fragment found inside the evidence at 100.
    shortest = len(evidence) // 2
    candidates = {i: text for i, text in enumerate(texts) if len(text) >= shortest}
    best = process.extractOne(
        evidence, candidates, scorer=fuzz.partial_ratio, processor=None, score_cutoff=MIN_SCORE
    )
    if best is None:
        return None
    sentence, score, index = best
    alignment = fuzz.partial_ratio_alignment(evidence, sentence)
    now = None
    span = value_span(fact.value, evidence)
    if span is not None:
        now = _aligned_words(
            evidence, sentence, alignment.dest_start, alignment.dest_end, span[0], span[1]
        )
    return Hint(lines[index], sentence, now, score)


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
