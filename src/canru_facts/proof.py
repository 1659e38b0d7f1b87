"""Prove every fact against the seed: the one proof behind the command, the tests and the book.

For each fact, two things must hold:

1. its evidence occurs in the seed (white space and line breaks aside);
2. its value, written in one of the ways the seed writes such values, occurs
   inside that evidence.

A fact's further mentions (``Fact.also``) are proven the same way, each stating
the value's identifying form.  The book's rules (:mod:`canru_facts.rules`) are
checked after the facts, when given.  When evidence has gone from the seed,
:mod:`canru_facts.hints` finds what the seed says instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from . import hints
from .forms import expected_text, occurs, seed_forms
from .model import Fact
from .registry import Registry
from .rules import Place, Rule, check_all
from .seed import Seed, normalise

__all__ = ["Finding", "Report", "describe", "prove"]


@dataclass(frozen=True)
class Finding:
    """The verdict on one mention of a fact (or on one rule, where ``rule`` is set)."""

    key: str
    ok: bool
    line: int | None  # seed line of the evidence, or of the closest sentence
    expected: str = ""  # the value as the seed would write it
    evidence: str = ""
    problem: str = ""  # empty when ok
    rule: str = ""
    hint: hints.Hint | None = None  # where the seed now says something close
    mention: str = ""  # which of the fact's mentions ("" is the main evidence)


@dataclass(frozen=True)
class Report:
    seed: Seed
    findings: list[Finding]
    # (key, mention) -> seed line of that mention's evidence (None: not in the seed)
    lines: dict[tuple[str, str], int | None] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.findings)

    @property
    def failures(self) -> list[Finding]:
        return [f for f in self.findings if not f.ok]


def _missing_groups(fact: Fact, evidence: str, whole: bool) -> list[tuple[str, ...]]:
    """The form groups of the value that ``evidence`` lacks.

    ``whole``: every group of the value's seed forms (the main evidence); else
    one group of the forms that identify it (a further mention).
    """
    text = normalise(evidence)
    folded = text.casefold()
    groups = seed_forms(fact.value) if whole else (fact.value.identifying_forms(),)
    missing = []
    for i, group in enumerate(groups):
        # A role or an abbreviation (groups after the first) ignores case.
        ignore_case = i > 0 or not fact.value.case_sensitive
        if not any(occurs(form, text, folded if ignore_case else None) for form in group):
            missing.append(group)
    return missing


# --- the proof --------------------------------------------------------------------


def prove(registry: Registry, seed: Seed, rules: Sequence[Rule] = ()) -> Report:
    """Check every fact of ``registry`` against ``seed``, then the given rules."""
    offsets = seed.find_all(words for f in registry.values() for words in f.mentions.values())
    findings: list[Finding] = []
    lines: dict[tuple[str, str], int | None] = {}
    places: dict[str, Place | None] = {}
    for fact in registry.values():
        for mention, evidence in fact.mentions.items():
            at = offsets[evidence]
            line = None if at is None else seed.line_of(at)
            lines[fact.key, mention] = line
            if not mention:
                places[fact.key] = None if line is None else Place(line, seed.paragraph_of(line))
            findings.append(_verdict(fact, mention, evidence, at is None, line, seed))
    for rule, problem in check_all(registry, places, rules):
        key = rule.keys[0]
        place = places.get(key)
        findings.append(
            Finding(
                key,
                problem is None,
                place.line if place else None,
                problem=f"rule {rule.name}: {problem}" if problem else "",
                rule=rule.name,
            )
        )
    return Report(seed, findings, lines)


def _verdict(
    fact: Fact, mention: str, evidence: str, absent: bool, line: int | None, seed: Seed
) -> Finding:
    if absent:
        hint = hints.closest(seed, fact, evidence)
        return Finding(
            fact.key,
            False,
            hint.line if hint else None,
            expected_text(fact, evidence),
            evidence,
            "the evidence is not in the seed",
            hint=hint,
            mention=mention,
        )
    missing = _missing_groups(fact, evidence, whole=not mention)
    if missing:
        wanted = " or ".join(f'"{form}"' for form in missing[0])
        return Finding(
            fact.key,
            False,
            line,
            missing[0][0],
            evidence,
            f"the evidence does not state the value (looked for {wanted})",
            mention=mention,
        )
    # expected_text is for messages: an ok fact needs none, and skipping it keeps
    # the proof of ten thousand facts well under a second.
    return Finding(fact.key, True, line, evidence=evidence, mention=mention)


# --- the words of a failure -----------------------------------------------------------


def _excerpt(sentence: str, around: str | None, width: int = 160) -> str:
    if len(sentence) <= width:
        return sentence
    at = sentence.find(around) if around else -1
    start = max(0, (at if at >= 0 else 0) - width // 2)
    end = min(len(sentence), start + width)
    start = max(0, end - width)
    before = "…" if start else ""
    after = "…" if end < len(sentence) else ""
    return before + sentence[start:end].strip() + after


def describe(finding: Finding, seed_path: str) -> str:
    """A failure as the command prints it and the book warns it: ``SEED:LINE: KEY: ...``."""
    where = f"{seed_path}:{finding.line or 0}"
    if finding.rule:
        return f"{where}: {finding.key}: {finding.problem}"
    key = f"{finding.key}@{finding.mention}" if finding.mention else finding.key
    lines = [
        f'{where}: {key}: expected {finding.expected} in "{finding.evidence}"',
        f"    {finding.problem}",
    ]
    hint = finding.hint
    if hint is not None:
        lines.append(
            f"    the seed now says (line {hint.line}, {hint.score:.0f}% alike): "
            f'"{_excerpt(hint.sentence, hint.now)}"'
        )
        if hint.now and hint.now != finding.expected:
            lines.append(f"    it now appears to hold: {hint.now}")
    return "\n".join(lines)
