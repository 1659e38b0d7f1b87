"""Finding a value in the seed's words.

Each kind says how the seed may write its values (``Kind.seed_forms``: "June
12, 1942", "12 June 1942", "the 12th of June 1942"); this module looks for
those forms in a passage as whole words, with or without case.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .model import Fact, Value
from .seed import normalise

__all__ = [
    "expected_text",
    "folded_forms",
    "form_pattern",
    "occurs",
    "occurs_folded",
    "seed_forms",
    "value_span",
]


@lru_cache(maxsize=65536)
def seed_forms(value: Value) -> tuple[tuple[str, ...], ...]:
    """The ways the seed may write ``value`` (cached: a proof asks for each fact's once)."""
    return value.seed_forms()


@lru_cache(maxsize=65536)
def folded_forms(value: Value) -> tuple[tuple[tuple[str, str], ...], ...]:
    """``seed_forms`` folded, each form as (folded, folded and case-folded)."""
    return tuple(
        tuple((f, f.casefold()) for f in (_folded(form) for form in group))
        for group in seed_forms(value)
    )


@lru_cache(maxsize=65536)
def folded_identifying_forms(value: Value) -> tuple[tuple[tuple[str, str], ...]]:
    """``Kind.identifying_forms`` folded, as one group like those of :func:`folded_forms`."""
    return (tuple((f, f.casefold()) for f in map(_folded, value.identifying_forms())),)


def _folded(form: str) -> str:
    # Most forms are plain ASCII words already: folding them would give them back.
    if form.isascii() and "[" not in form and "  " not in form and form.strip() == form:
        return form
    return normalise(form)


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def occurs(form: str, text: str, folded_text: str | None = None) -> bool:
    """Whether ``form`` stands in ``text`` as whole words (``text`` normalised).

    Pass ``folded_text`` (``text.casefold()``) to ignore case.  A plain search and
    two character tests: compiling a pattern per form would cost more than the
    search itself, on ten thousand facts.
    """
    needle = normalise(form)
    if folded_text is not None:
        return occurs_folded(needle.casefold(), folded_text)
    return occurs_folded(needle, text)


def occurs_folded(needle: str, haystack: str) -> bool:
    """``occurs`` for a needle already folded (and case-folded, with the haystack, if asked)."""
    if not needle:
        return False
    at = haystack.find(needle)
    while at >= 0:
        end = at + len(needle)
        before = haystack[at - 1] if at else " "
        after = haystack[end] if end < len(haystack) else " "
        if not (_is_word(before) or before == "$") and not _is_word(after):
            return True
        at = haystack.find(needle, at + 1)
    return False


@lru_cache(maxsize=8192)
def form_pattern(form: str, ignore_case: bool) -> re.Pattern[str]:
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(r"(?<![\w$])" + re.escape(normalise(form)) + r"(?!\w)", flags)


def value_span(value: Value, evidence: str) -> tuple[int, int, str] | None:
    """Where the value's main form stands in ``evidence``: (start, end, form)."""
    text = normalise(evidence)
    main, *_ = seed_forms(value)
    for form in main:
        hit = form_pattern(form, not value.case_sensitive).search(text)
        if hit:
            return hit.start(), hit.end(), hit.group(0)
    return None


def expected_text(fact: Fact, evidence: str | None = None, mention: str = "") -> str:
    """The value as the seed writes it in this evidence (the fact's own by default).

    For a further mention, the form that names the value there (its name,
    abbreviation or surname), since that is all a mention states.
    """
    if mention:
        text = normalise(evidence or "")
        names = fact.value.identifying_forms()
        return next((n for n in names if form_pattern(n, False).search(text)), names[0])
    span = value_span(fact.value, fact.evidence if evidence is None else evidence)
    parts = [span[2] if span else seed_forms(fact.value)[0][0]]
    parts += [group[0] for group in seed_forms(fact.value)[1:]]
    return ", ".join(parts)
