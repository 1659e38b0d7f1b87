"""Prove every fact against the seed: the one proof behind the command, the tests and the book.

For each fact, two things must hold:

1. its evidence occurs in the seed (typography and white space aside: both are
   folded, see :mod:`canru_facts.fold`);
2. its value, written in one of the ways the seed writes such values, occurs
   inside that evidence.

A fact's further mentions (``Fact.also``) are proven the same way, each stating
the value's identifying form.  The book's rules (:mod:`canru_facts.rules`) are
checked after the facts, when given.

Each mention gets a verdict: **holds**; **unstated** (the evidence is in the
seed but does not state the registry's value: the registry is wrong); or, when
the evidence is no longer in the seed, what the seed says now
(:mod:`canru_facts.drift`): **changed**, **reworded** or **gone**.  A gone
mention is placed where its passage would be: after the fact before it in the
registry (which follows the seed's order) that the seed still states.

A seed that holds almost none of the registry's quotes is not a revision of
the source at all: :attr:`Report.unusable` then says how little was found, and
no passage is looked for.
"""

from __future__ import annotations

import gc
from collections.abc import Mapping, Sequence, Set
from dataclasses import MISSING, dataclass, field, fields, replace

from . import drift
from .drift import CHANGED, GONE, REWORDED, Drift
from .forms import (
    expected_text,
    folded_forms,
    folded_identifying_forms,
    occurs_folded,
    seed_forms,
)
from .model import Fact
from .registry import Registry
from .rules import Place, Rule, check_all
from .seed import Seed, normalise

__all__ = [
    "CHANGED",
    "GONE",
    "HOLDS",
    "REWORDED",
    "UNSTATED",
    "Finding",
    "Report",
    "describe",
    "prove",
    "prove_again",
]

HOLDS, UNSTATED = "holds", "unstated"
BROKEN = "broken"  # a rule that does not hold

# A seed holding fewer of the registry's quotes than this share is not the source.
MIN_SHARE = 0.2
# ... judged only for registries with at least this many quotes.
MIN_QUOTES = 5


@dataclass(frozen=True)
class Finding:
    """The verdict on one mention of a fact (or on one rule, where ``rule`` is set)."""

    key: str
    ok: bool
    line: int | None  # seed line of the evidence, of the passage now, or where it would be
    expected: str = ""  # the value as the seed would write it
    evidence: str = ""
    problem: str = ""  # empty when ok
    rule: str = ""
    mention: str = ""  # which of the fact's mentions ("" is the main evidence)
    verdict: str = HOLDS  # HOLDS, UNSTATED, CHANGED, REWORDED, GONE (BROKEN for a rule)
    drift: Drift | None = None  # what the seed says now (changed, reworded, gone)


@dataclass(frozen=True)
class Report:
    seed: Seed
    findings: list[Finding]
    # (key, mention) -> seed line of that mention's evidence (None: not in the seed)
    lines: dict[tuple[str, str], int | None] = field(default_factory=dict)
    # Why the seed cannot serve as the source, in one sentence ("" when it can).
    unusable: str = ""

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.findings)

    @property
    def failures(self) -> list[Finding]:
        return [f for f in self.findings if not f.ok]

    def counts(self) -> dict[str, int]:
        """How many findings have each verdict (rules under BROKEN and HOLDS too)."""
        counts: dict[str, int] = {}
        for finding in self.findings:
            counts[finding.verdict] = counts.get(finding.verdict, 0) + 1
        return counts


def _missing_groups(
    fact: Fact, evidence: str, whole: bool, text: str | None = None
) -> list[tuple[str, ...]]:
    """The form groups of the value that ``evidence`` lacks.

    ``whole``: every group of the value's seed forms (the main evidence); else
    the one group of the forms that identify it (a further mention).  ``text``
    is the evidence folded, where the caller has it already.
    """
    text = normalise(evidence) if text is None else text
    lowered = None
    if whole:
        groups, shown = folded_forms(fact.value), seed_forms(fact.value)
    else:
        groups, shown = folded_identifying_forms(fact.value), (fact.value.identifying_forms(),)
    sensitive = fact.value.case_sensitive
    missing = []
    for i, group in enumerate(groups):
        # A role or an abbreviation (groups after the first) ignores case.
        if i == 0 and sensitive:
            haystack, pick = text, 0
        else:
            lowered = text.casefold() if lowered is None else lowered
            haystack, pick = lowered, 1
        for forms in group:
            if occurs_folded(forms[pick], haystack):
                break
        else:
            missing.append(shown[i])
    return missing


# --- the proof --------------------------------------------------------------------


def prove(registry: Registry, seed: Seed, rules: Sequence[Rule] = ()) -> Report:
    """Check every fact of ``registry`` against ``seed``, then the given rules.

    The proof makes tens of thousands of small objects and no reference cycles:
    the cyclic garbage collector, which would walk the whole registry again and
    again meanwhile, is paused while it runs.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        return _prove(registry, seed, rules)
    finally:
        if paused:
            gc.enable()


def _prove(registry: Registry, seed: Seed, rules: Sequence[Rule]) -> Report:
    mentions: list[tuple[Fact, str, str]] = []
    for fact in registry.values():
        mentions.append((fact, "", fact.evidence))
        if fact.also:
            mentions += ((fact, name, words) for name, words in fact.also.items())
    folded = {evidence: normalise(evidence) for _, _, evidence in mentions}
    offsets = seed.find_all(folded, folded=True)
    found_lines = dict(zip(offsets, seed.lines_of(offsets.values()), strict=True))
    lines = {(fact.key, mention): found_lines[evidence] for fact, mention, evidence in mentions}
    found = len(mentions) - sum(1 for line in lines.values() if line is None)
    unusable = ""
    if len(mentions) >= MIN_QUOTES and found < MIN_SHARE * len(mentions):
        unusable = (
            f"this does not look like the source: only {found} of the registry's "
            f"{len(mentions)} quotes ({found / len(mentions):.0%}) occur in it"
        )
    findings: list[Finding] = []
    absent: list[int] = []  # indexes of findings whose evidence is not in the seed
    for (fact, mention, evidence), line in zip(mentions, lines.values(), strict=True):
        if line is None:
            absent.append(len(findings))
            findings.append(_absent(fact, mention, evidence))
        elif not mention and _states_all(fact, folded[evidence]):
            findings.append(_holding(fact.key, line, evidence, mention))
        else:
            findings.append(_verdict(fact, mention, evidence, line, folded[evidence]))
    if absent and not unusable:
        wanted = [mentions[i] for i in absent]
        brackets = _brackets(mentions, offsets, absent)
        holding = _holding_values(mentions, offsets, findings, folded)
        for i, now in zip(absent, drift.explain(seed, wanted, brackets, holding), strict=True):
            findings[i] = _drifted(findings[i], now)
        _place_gone(findings)
    findings += _rule_findings(registry, rules, lines, seed)
    return Report(seed, findings, lines, unusable)


def _rule_findings(
    registry: Registry,
    rules: Sequence[Rule],
    lines: dict[tuple[str, str], int | None],
    seed: Seed,
) -> list[Finding]:
    """One finding per rule, located where the seed states its first fact."""
    places = _places(registry, rules, lines, seed)
    findings = []
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
                verdict=HOLDS if problem is None else BROKEN,
            )
        )
    return findings


def prove_again(
    registry: Registry,
    seed: Seed,
    rules: Sequence[Rule],
    lines: Mapping[tuple[str, str], int | None],
    changed: Set[str],
) -> Report | None:
    """What ``prove(registry, seed, rules)`` reports, proving only the facts in ``changed``.

    ``lines`` is the seed lines of an earlier proof against this same seed in
    which every fact held; every fact not in ``changed`` is, as the proof reads
    it (its value, evidence and further mentions), the fact that proof proved.
    A fact that holds holds on its own: its line is where the seed first states
    its evidence, whatever the other facts say.  So the unchanged facts keep
    their lines and only the changed ones are proven; the rules are checked
    again, all of them.  None when a changed fact does not hold: where a passage
    has gone, and what the seed says now, depend on the facts around it, which
    only the whole proof weighs.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        fresh = Registry(registry[key] for key in registry if key in changed)
        partial = _prove(fresh, seed, ())
        if not partial.ok:
            return None
        findings: list[Finding] = []
        now: dict[tuple[str, str], int | None] = {}
        for fact in registry.values():
            source = partial.lines if fact.key in changed else lines
            for mention, evidence in fact.mentions.items():
                line = source.get((fact.key, mention))
                if line is None:  # not proven, by this proof or the earlier one
                    return None
                now[fact.key, mention] = line
                findings.append(_holding(fact.key, line, evidence, mention))
        findings += _rule_findings(registry, rules, now, seed)
        return Report(seed, findings, now, "")
    finally:
        if paused:
            gc.enable()


def _holding_values(mentions, offsets, findings: list[Finding], folded: dict[str, str]):
    """The quotes of the mentions that hold: (flat offset, fact, folded quote)."""
    for (fact, _, evidence), finding in zip(mentions, findings, strict=True):
        if finding.ok:
            yield offsets[evidence], fact, folded[evidence]


def _brackets(mentions, offsets: dict[str, int | None], absent: list[int]) -> list[drift.Bracket]:
    """For each absent main evidence, where the main evidences found before and after it
    in the registry's order (the seed's) stand; a further mention may be anywhere."""
    found = [offsets[evidence] if not mention else None for _, mention, evidence in mentions]
    brackets: list[drift.Bracket] = []
    for i in absent:
        if mentions[i][1]:
            brackets.append((None, None))
            continue
        before = next((found[j] for j in range(i - 1, -1, -1) if found[j] is not None), None)
        after = next((found[j] for j in range(i + 1, len(found)) if found[j] is not None), None)
        brackets.append((before, after))
    return brackets


def _places(
    registry: Registry,
    rules: Sequence[Rule],
    lines: dict[tuple[str, str], int | None],
    seed: Seed,
) -> dict[str, Place | None]:
    """Where the seed states each fact that a rule reads (its main evidence)."""
    places: dict[str, Place | None] = {}
    for key in {k for rule in rules for k in rule.keys if k in registry}:
        line = lines[key, ""]
        places[key] = None if line is None else Place(line, seed.paragraph_of(line))
    return places


def _absent(fact: Fact, mention: str, evidence: str) -> Finding:
    return Finding(
        fact.key,
        False,
        None,
        expected_text(fact, evidence, mention),
        evidence,
        "the evidence is not in the seed",
        mention=mention,
        verdict=GONE,
    )


def _drifted(finding: Finding, now: Drift) -> Finding:
    problem = {
        CHANGED: "the seed now states another value",
        REWORDED: "the seed now words the evidence differently",
        GONE: "no passage of the seed is close to the evidence",
    }[now.verdict]
    return replace(finding, line=now.line, problem=problem, verdict=now.verdict, drift=now)


def _place_gone(findings: list[Finding]) -> None:
    """Give each gone mention the line of the fact found before it (or after it)."""
    placed = [
        (i, f.key, f.line)
        for i, f in enumerate(findings)
        if not f.mention and f.line is not None and f.verdict != GONE
    ]
    for i, finding in enumerate(findings):
        if finding.verdict != GONE or finding.drift is None:
            continue
        after = next(((k, n) for j, k, n in reversed(placed) if j < i), None)
        before = next(((k, n) for j, k, n in placed if j > i), None)
        line = after[1] if after else before[1] if before else 1
        now = replace(finding.drift, line=line, after=after, before=before)
        findings[i] = replace(finding, line=line, drift=now)


def _verdict(fact: Fact, mention: str, evidence: str, line: int, text: str) -> Finding:
    missing = _missing_groups(fact, evidence, not mention, text)
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
            verdict=UNSTATED,
        )
    return _holding(fact.key, line, evidence, mention)


def _states_all(fact: Fact, text: str) -> bool:
    """Whether the folded evidence states every form group of the value, as the forms
    are written (no folding, no case-folding).

    The common case, tested with as few calls as possible (a proof tests ten
    thousand).  It never says yes where :func:`_missing_groups` would say no: a
    form found as written is found folded and in any case too; where it says no,
    _missing_groups decides.
    """
    for group in seed_forms(fact.value):
        for form in group:
            at = text.find(form)
            while at >= 0:  # as forms.occurs_folded, inlined: this runs ten thousand times
                end = at + len(form)
                before = text[at - 1] if at else " "
                after = text[end] if end < len(text) else " "
                if not (before.isalnum() or before in "_$") and not (
                    after.isalnum() or after == "_"
                ):
                    break
                at = text.find(form, at + 1)
            if at >= 0:
                break
        else:
            return False
    return True


_HOLDS_DEFAULTS = {f.name: f.default for f in fields(Finding) if f.default is not MISSING}


def _holding(key: str, line: int, evidence: str, mention: str) -> Finding:
    """A finding that holds.  Built without the frozen dataclass's field-by-field
    __init__: ten thousand of them are made on every proof, and expected_text (for
    messages) is left out, as a fact that holds needs none."""
    finding = object.__new__(Finding)
    finding.__dict__.update(
        _HOLDS_DEFAULTS, key=key, ok=True, line=line, evidence=evidence, mention=mention
    )
    return finding


# --- the words of a failure -----------------------------------------------------------


def _excerpt(text: str, width: int = 200) -> str:
    if len(text) <= width:
        return text
    return text[: width - 1].rstrip() + "…"


def _precision(comparison: str, old, new) -> str:
    """Words on how a value read from the seed relates to the registry's."""
    _, old_detail = old.describe()
    _, new_detail = new.describe()
    other = new_detail and old_detail and new_detail != old_detail
    if comparison == "more precise":
        if other:
            return f"the same {old_detail}, made more precise: a {new_detail}"
        return "within the registry's value, and more precise"
    if comparison == "less precise":
        if other:
            return f"less precise: a {new_detail}, where the registry has a {old_detail}"
        return "less precise than the registry's value"
    if comparison == "same":
        return "the same value, written another way"
    return ""


def describe(finding: Finding, seed_path: str) -> str:
    """A failure as the command prints it and the book warns it: ``SEED:LINE: KEY: ...``."""
    where = f"{seed_path}:{finding.line or 0}"
    if finding.rule:
        return f"{where}: {finding.key}: {finding.problem}"
    key = f"{finding.key}@{finding.mention}" if finding.mention else finding.key
    now = finding.drift
    was = f'    was: "{_excerpt(finding.evidence)}"'
    if finding.verdict == UNSTATED or now is None:
        return "\n".join(
            [
                f'{where}: {key}: expected {finding.expected} in "{finding.evidence}"',
                f"    {finding.problem}",
            ]
        )
    if now.verdict == REWORDED:
        return "\n".join(
            [
                f"{where}: {key}: reworded: {finding.expected} still holds; the quote is now",
                f'    now: "{_excerpt(now.quote)}"',
                was,
            ]
        )
    if now.verdict == CHANGED:
        if now.value is None:
            what = now.was.describe()[1] or now.was.kind if now.was is not None else "value"
            article = "an" if what[:1] in "aeiou" else "a"
            head = (
                f"{where}: {key}: changed: the passage no longer states {article} {what} "
                f"where it stated {finding.expected}"
            )
        else:
            how = _precision(now.comparison, now.was, now.value)
            head = f"{where}: {key}: changed: {finding.expected} is now {now.words}"
            head += f" ({how})" if how else ""
        return "\n".join([head, f'    now: "{_excerpt(now.quote)}"', was])
    # gone
    around = []
    if now.after:
        around.append(f"after {now.after[0]} (line {now.after[1]})")
    if now.before:
        around.append(f"before {now.before[0]} (line {now.before[1]})")
    head = f"{where}: {key}: gone: no passage of the seed is close; it stood "
    head += " and ".join(around) if around else "nowhere the seed still states"
    return "\n".join([head, was])
