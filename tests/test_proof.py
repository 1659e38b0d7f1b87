"""Every fact of the book holds against the seed, and stops holding when the seed changes."""

from __future__ import annotations

import dataclasses
import re
import textwrap

import pytest

from canru_facts.facts import RULES
from canru_facts.forms import value_span
from canru_facts.model import Day, Ordinal, Year
from canru_facts.proof import describe, prove
from canru_facts.registry import Registry, load
from canru_facts.rules import Place, check_all
from canru_facts.seed import Seed

BOOK = load("canru_facts.facts:FACTS")


@pytest.fixture(scope="module")
def report(registry, seed):
    return prove(registry, seed, RULES)


@pytest.mark.parametrize("key", list(BOOK))
def test_fact_holds(report, key):
    (finding,) = [f for f in report.findings if f.key == key and not f.rule and not f.mention]
    assert finding.ok, f"{finding.problem}: expected {finding.expected} in {finding.evidence!r}"
    assert finding.line is not None


# --- mutation: change one value in a copy of the seed, the fact must fail -------------


def _evidence_pattern(evidence: str) -> re.Pattern[str]:
    words = evidence.split()
    return re.compile(r"\s+".join(re.escape(w) for w in words))


def _perturb(text: str) -> str:
    """A different spelling of ``text``: its last digit (so a date stays a real date),
    or else its first letter, changed."""
    for i in range(len(text) - 1, -1, -1):
        if text[i].isdigit():
            return text[:i] + str((int(text[i]) + 1) % 10) + text[i + 1 :]
    for i, char in enumerate(text):
        if char.isalpha():
            other = "q" if char.lower() != "q" else "z"
            return text[:i] + (other.upper() if char.isupper() else other) + text[i + 1 :]
    raise ValueError(f"cannot perturb {text!r}")


def mutate(seed_text: str, fact, new: str | None = None) -> tuple[str, str]:
    """The seed with the fact's value changed inside every copy of its evidence."""
    start, end, form = value_span(fact.value, fact.evidence)
    new = new or _perturb(form)
    flat_evidence = " ".join(fact.evidence.split())
    changed = flat_evidence[:start] + new + flat_evidence[end:]
    text, count = _evidence_pattern(fact.evidence).subn(lambda _: changed, seed_text)
    assert count, f"evidence of {fact.key} not found in the seed"
    return text, new


@pytest.mark.parametrize("key", list(BOOK))
def test_changing_the_value_in_the_seed_fails_that_fact_as_changed(seed_text, registry, key):
    """Every fact, its value changed in the seed: changed, on its line, quoting the new words."""
    fact = registry[key]
    line = prove(registry, Seed.from_text(seed_text)).lines[key, ""]
    text, new = mutate(seed_text, fact)
    report = prove(registry, Seed.from_text(text, "mutated.txt"))
    failed = {f.key: f for f in report.failures if not f.rule}
    assert key in failed
    finding = failed[key]
    assert finding.verdict == "changed", describe(finding, "mutated.txt")
    assert finding.line == line
    assert new in finding.drift.quote
    if finding.drift.value is not None:
        assert new in finding.drift.words, describe(finding, "mutated.txt")


def _first(registry, predicate):
    return next(f for f in registry.values() if predicate(f))


@pytest.mark.parametrize(
    ("kind", "new", "comparison"),
    [
        ("date", "June 21, 1942", "different"),
        ("person", "Sarah Tyler", "different"),
        ("percentage", "72%", "different"),
        ("money", "up to $52 billion", "less precise"),  # allows more than up to $25 billion
        ("count", "over 30 participants", "less precise"),
        ("count", "over 312 participants", "more precise"),
    ],
)
def test_named_mutations_report_the_new_value(seed_text, registry, kind, new, comparison):
    fact = {
        "date": lambda: registry["relations.established"],
        "person": lambda: _first(
            registry, lambda f: getattr(f.value, "name", "") == "Sarah Taylor"
        ),
        "percentage": lambda: registry["opinion.favourable_2017"],
        "money": lambda: _first(registry, lambda f: f.kind == "money"),
        "count": lambda: _first(registry, lambda f: f.kind == "count" and f.value.value == 300),
    }[kind]()
    text, _ = mutate(seed_text, fact, new)
    report = prove(registry, Seed.from_text(text, "mutated.txt"))
    failed = {f.key: f for f in report.failures}
    assert fact.key in failed
    now = failed[fact.key].drift
    assert now.verdict == "changed" and now.words.startswith(new)
    assert now.comparison == comparison


def test_a_reflowed_seed_still_passes(seed_text, registry):
    reflowed = "\n".join(
        textwrap.fill(p, 47, break_on_hyphens=False) for p in seed_text.split("\n")
    )
    assert reflowed != seed_text
    report = prove(registry, Seed.from_text(reflowed, "reflowed.txt"))
    assert report.ok, [f.key for f in report.failures]


def test_a_changed_fact_value_fails_even_if_the_seed_is_unchanged(registry, seed):
    fact = registry["relations.established"]
    wrong = dataclasses.replace(fact, value=Day(1942, 6, 13))
    report = prove(Registry([wrong if f.key == fact.key else f for f in registry.values()]), seed)
    (finding,) = [f for f in report.failures if not f.rule]
    assert finding.key == "relations.established"
    assert "does not state the value" in finding.problem


# --- rules --------------------------------------------------------------------------


def _places(registry, seed):
    lines = {f.key: seed.locate(f.evidence) for f in registry.values()}
    return {key: Place(line, seed.paragraph_of(line)) for key, line in lines.items()}


def _verdicts(registry, seed):
    return {
        rule.name: problem for rule, problem in check_all(registry, _places(registry, seed), RULES)
    }


def test_every_rule_holds_for_the_book(registry, seed):
    assert _verdicts(registry, seed) == {rule.name: None for rule in RULES}


def _with(registry, key, **changes):
    changed = dataclasses.replace(registry[key], **changes)
    return Registry([changed if f.key == key else f for f in registry.values()])


def test_rule_65th_anniversary_agrees_with_1942(registry, seed):
    broken = _with(registry, "relations.established", value=Day(1943, 6, 12))
    problem = _verdicts(broken, seed)["relations-65th-anniversary"]
    assert "64 years" in problem


def test_rule_anniversary_falls_on_the_same_day(registry, seed):
    broken = _with(registry, "relations.anniversary_65_date", value=Day(2007, 6, 13))
    assert "day and month" in _verdicts(broken, seed)["relations-65th-anniversary"]


def test_rule_gould_50th_anniversary_agrees_with_1957(registry, seed):
    broken = _with(registry, "culture.gould_anniversary", value=Ordinal(40, "anniversary"))
    assert "says 40" in _verdicts(broken, seed)["gould-50th-anniversary"]


def test_rule_trade_war_runs_from_1931_to_1936(registry, seed):
    broken = _with(registry, "history.trade_war_end", value=Year(1930))
    assert "does not come before" in _verdicts(broken, seed)["trade-war-1931-1936"]


def test_rule_every_mention_of_the_invasion_date_agrees(registry, seed):
    broken = _with(registry, "economy.sanctions_invasion", value=Day(2022, 2, 25))
    problem = _verdicts(broken, seed)["invasion-date-agrees"]
    assert problem.startswith("economy.sanctions_invasion is Day(year=2022, month=2, day=25)")


@pytest.mark.parametrize(
    ("rule", "key", "value", "expected"),
    [
        (
            "invasion-year-agrees",
            "relations.collapse_2022",
            Year(2021),
            "relations.collapse_2022 is in 2021, but history.invasion is in 2022",
        ),
        (
            "crimea-year-agrees",
            "history.crimea_motion",
            Day(2015, 3, 3),
            "history.crimea_motion is in 2015, but history.crimea_annexation is in 2014",
        ),
        (
            "summit-series-1972-agrees",
            "summit2007.tretyak_hockey_summit",
            Year(1974),
            "summit2007.tretyak_hockey_summit is Year(year=1974)",
        ),
    ],
)
def test_rule_mentions_of_one_event_agree(registry, seed, rule, key, value, expected):
    assert _verdicts(registry, seed)[rule] is None
    assert _verdicts(_with(registry, key, value=value), seed)[rule].startswith(expected)


def test_rule_trade_war_is_told_in_one_paragraph(registry, seed_text):
    end = registry["history.trade_war_end"].evidence
    moved = seed_text.replace(end, "\n\n" + end)
    assert moved != seed_text
    problem = _verdicts(registry, Seed.from_text(moved))["trade-war-1931-1936"]
    assert "no longer told in one paragraph" in problem


def test_a_rule_whose_fact_is_removed_fails(registry, seed):
    fewer = Registry([f for f in registry.values() if f.key != "history.trade_war_end"])
    assert _verdicts(fewer, seed)["trade-war-1931-1936"] == (
        "no fact history.trade_war_end in the registry"
    )


def test_plain_search_agrees_with_the_word_bounded_pattern():
    """forms.occurs (used by the proof) and form_pattern (used for spans) agree."""
    import random

    from canru_facts.forms import form_pattern, occurs

    rng = random.Random(1942)
    alphabet = "aAb1$ _-%,é"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        form = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3))).strip()
        if not form:
            continue
        for ignore_case in (False, True):
            expected = bool(form_pattern(form, ignore_case).search(text))
            folded = text.casefold() if ignore_case else None
            assert occurs(form, text, folded) == expected, (form, text, ignore_case)


def test_a_changed_value_in_a_wrapped_seed_is_read_from_the_whole_sentence():
    from canru_facts.model import Count, Fact

    seed = Seed.from_text(
        "Records show that the Behoreka festival in Remipa drew\n"
        "15,199 participants from both countries. Trade grew. Be\n"
        "quiet, said the minister.\n"
    )
    fact = Fact(
        "a.festival",
        "Festival participants",
        Count(14199, "participants"),
        evidence="the Behoreka festival in Remipa drew 14,199 participants from both countries",
    )
    (finding,) = prove(Registry([fact]), seed).failures
    assert finding.verdict == "changed" and finding.line == 1
    assert finding.drift.value == Count(15199, "participants")
    assert finding.drift.quote == (
        "the Behoreka festival in Remipa drew 15,199 participants from both countries"
    )


# --- further mentions ------------------------------------------------------------------


def _mentioned(evidence_of_mention: str):
    from canru_facts.model import Fact, Organisation

    nato = Fact(
        "org.nato",
        "NATO",
        Organisation("NATO", "alliance"),
        evidence="Canada was part of the democratic Western bloc and NATO",
        also={"allies": evidence_of_mention},
    )
    return Registry([nato])


def test_a_further_mention_is_proven_with_its_own_line(seed):
    report = prove(_mentioned("hostile foreign policy towards Canada and its NATO allies"), seed)
    assert report.ok
    assert report.lines["org.nato", ""] == 25
    assert report.lines["org.nato", "allies"] == 14


def test_a_further_mention_missing_from_the_seed_fails_naming_it(seed):
    report = prove(_mentioned("towards Canada and its NATO friends"), seed)
    (failure,) = report.failures
    assert (failure.key, failure.mention) == ("org.nato", "allies")
    assert failure.verdict == "reworded"
    assert failure.drift.quote == "towards Canada and its NATO allies"
    assert "org.nato@allies: reworded: NATO still holds" in describe(failure, "seed.txt")


def test_a_further_mention_must_state_the_value(seed):
    report = prove(_mentioned("hostile foreign policy towards Canada"), seed)
    (failure,) = report.failures
    assert failure.mention == "allies" and "does not state the value" in failure.problem


def test_rules_apply_only_when_given(registry, seed):
    assert not [f for f in prove(registry, seed).findings if f.rule]
    assert len([f for f in prove(registry, seed, RULES).findings if f.rule]) == len(RULES)


def test_a_further_mention_may_name_a_thing_by_its_abbreviation_or_a_person_by_surname(seed):
    from canru_facts.model import Fact, Organisation, Person

    flq = Fact(
        "org.flq",
        "FLQ",
        Organisation("Front de libération du Québec", "militant group", "FLQ"),
        evidence="Canadian terrorist group Front de libération du Québec (FLQ)",
        also={"cuba": "referring to the FLQ in April 1970"},
    )
    harper = Fact(
        "p.harper",
        "Harper",
        Person("Stephen Harper", "Prime Minister"),
        evidence="Prime Minister Stephen Harper and President Vladimir Putin met",
        also={"first": "Harper"},
    )
    assert prove(Registry([flq, harper]), seed).ok
    # ... but a mention naming neither fails
    tass = Fact(
        "org.flq",
        "FLQ",
        flq.value,
        evidence=flq.evidence,
        also={"cuba": "an agreement between KGB and Cuba"},
    )
    (failure,) = prove(Registry([tass]), seed).failures
    assert failure.mention == "cuba" and '"FLQ"' in failure.problem
