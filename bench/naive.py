"""The naive fact check: scan the whole seed once per fact.

This is what the indexed check (:func:`canru_facts.proof.prove`, one Aho–Corasick
pass over the seed for every quote) is measured against, and what its verdicts
must agree with.  The value test is written here from the public
:mod:`canru_facts.forms` API, so a change in how ``prove`` decides shows up as a
disagreement instead of being copied silently.
"""

from __future__ import annotations

from dataclasses import dataclass

from canru_facts.forms import form_pattern, seed_forms
from canru_facts.model import Fact
from canru_facts.proof import CHANGED, GONE, REWORDED, UNSTATED
from canru_facts.registry import Registry
from canru_facts.seed import Seed, normalise

__all__ = ["MISSING_EVIDENCE", "VALUE_NOT_STATED", "Verdict", "naive_check", "verdicts_of"]

MISSING_EVIDENCE = "missing evidence"
VALUE_NOT_STATED = "value not stated"


@dataclass(frozen=True)
class Verdict:
    ok: bool
    line: int | None  # seed line of the evidence; None when it is not in the seed
    problem: str = ""  # "", MISSING_EVIDENCE or VALUE_NOT_STATED


def states_value(fact: Fact) -> bool:
    """Does the fact's evidence state its value in one of the seed's forms?"""
    text = normalise(fact.evidence)
    for i, group in enumerate(seed_forms(fact.value)):
        ignore_case = i > 0 or not fact.value.case_sensitive
        if not any(form_pattern(form, ignore_case).search(text) for form in group):
            return False
    return True


def naive_check(registry: Registry, seed: Seed) -> dict[str, Verdict]:
    """Each fact's verdict, finding its evidence with one scan of the seed per fact."""
    verdicts = {}
    for fact in registry.values():
        line = seed.locate(fact.evidence)  # Seed.find: str.find over the whole flat seed
        if line is None:
            verdicts[fact.key] = Verdict(False, None, MISSING_EVIDENCE)
        elif not states_value(fact):
            verdicts[fact.key] = Verdict(False, line, VALUE_NOT_STATED)
        else:
            verdicts[fact.key] = Verdict(True, line)
    return verdicts


def verdicts_of(report) -> dict[str, Verdict]:
    """The per-fact verdicts of a :class:`canru_facts.proof.Report`, in the same terms.

    A fact whose evidence is missing (changed, reworded or gone) keeps no seed
    line here (``prove`` gives the line of the passage now, or where it would be).
    """
    verdicts = {}
    for finding in report.findings:
        if finding.rule:
            continue
        if finding.ok:
            verdicts[finding.key] = Verdict(True, finding.line)
        elif finding.verdict in (CHANGED, REWORDED, GONE):
            verdicts[finding.key] = Verdict(False, None, MISSING_EVIDENCE)
        elif finding.verdict == UNSTATED:
            verdicts[finding.key] = Verdict(False, finding.line, VALUE_NOT_STATED)
        else:
            raise ValueError(f"{finding.key}: unknown verdict {finding.verdict!r}")
    return verdicts
