"""Prove every fact against the seed.

For each fact, two things must hold:

1. its evidence occurs in the seed (white space and line breaks aside);
2. its value, written in one of the ways the seed writes such values, occurs
   inside that evidence.

The ways a value may be written come from :mod:`canru_facts.forms`; the derived
facts are checked by :mod:`canru_facts.rules`; when evidence has gone from the
seed, :mod:`canru_facts.hints` finds what the seed says instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import hints, rules
from .forms import CASE_SENSITIVE, expected_text, occurs, seed_forms
from .model import Fact
from .registry import Registry
from .seed import Seed, normalise

__all__ = ["Finding", "Report", "prove"]


@dataclass(frozen=True)
class Finding:
    """The verdict on one fact (or one rule, where ``rule`` is set)."""

    key: str
    ok: bool
    line: int | None  # seed line of the evidence, or of the closest sentence
    expected: str = ""  # the value as the seed would write it
    evidence: str = ""
    problem: str = ""  # empty when ok
    rule: str = ""
    hint: hints.Hint | None = None  # where the seed now says something close


@dataclass(frozen=True)
class Report:
    seed: Seed
    findings: list[Finding]

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.findings)

    @property
    def failures(self) -> list[Finding]:
        return [f for f in self.findings if not f.ok]


def _missing_groups(fact: Fact) -> list[tuple[str, ...]]:
    text = normalise(fact.evidence)
    folded = text.casefold()
    missing = []
    for i, group in enumerate(seed_forms(fact.value)):
        # A role or an abbreviation (groups after the first) ignores case.
        ignore_case = i > 0 or not isinstance(fact.value, CASE_SENSITIVE)
        if not any(occurs(form, text, folded if ignore_case else None) for form in group):
            missing.append(group)
    return missing


# --- the proof --------------------------------------------------------------------


def prove(registry: Registry, seed: Seed) -> Report:
    """Check every fact of ``registry`` against ``seed`` (rules included)."""
    offsets = seed.find_all(f.evidence for f in registry.values())
    findings: list[Finding] = []
    places: dict[str, rules.Place | None] = {}
    for fact in registry.values():
        at = offsets[fact.evidence]
        line = None if at is None else seed.line_of(at)
        places[fact.key] = None if line is None else rules.Place(line, seed.paragraph_of(line))
        missing = _missing_groups(fact)
        if at is None:
            hint = hints.closest(seed, fact)
            findings.append(
                Finding(
                    fact.key,
                    False,
                    hint.line if hint else None,
                    expected_text(fact),
                    fact.evidence,
                    "the evidence is not in the seed",
                    hint=hint,
                )
            )
        elif missing:
            wanted = " or ".join(f'"{form}"' for form in missing[0])
            findings.append(
                Finding(
                    fact.key,
                    False,
                    line,
                    missing[0][0],
                    fact.evidence,
                    f"the evidence does not state the value (looked for {wanted})",
                )
            )
        else:
            # expected_text is for messages: an ok fact needs none, and skipping it
            # keeps the proof of ten thousand facts well under a second.
            findings.append(Finding(fact.key, True, line, evidence=fact.evidence))
    for rule, problem in rules.check_all(registry, places):
        key = rule.keys[0]
        findings.append(
            Finding(
                key,
                problem is None,
                places[key] and places[key].line if key in places else None,
                problem=f"rule {rule.name}: {problem}" if problem else "",
                rule=rule.name,
            )
        )
    return Report(seed, findings)
