"""prove_again: proving only the edited facts reports exactly what the whole proof reports.

Each case edits the book's registry as a writer might, proves it whole with
``prove`` and again with ``prove_again`` (from the lines of the unedited book's
proof, every fact holding), and compares findings, lines (in their order) and
verdicts.  Where an edited fact fails, ``prove_again`` declines (None) and the
build proves the whole book.
"""

from __future__ import annotations

import dataclasses

import pytest

from canru_facts.facts import RULES
from canru_facts.model import Day, Fact
from canru_facts.proof import prove, prove_again
from canru_facts.registry import Registry, fingerprint


@pytest.fixture(scope="module")
def before(registry, seed):
    report = prove(registry, seed, RULES)
    assert report.ok
    return report


def _edited(registry: Registry, key: str, **changes) -> Registry:
    fact = dataclasses.replace(registry[key], **changes)
    return Registry([fact if f.key == key else f for f in registry.values()])


def _changed(old: Registry, new: Registry) -> set[str]:
    return {k for k, f in new.items() if k not in old or fingerprint(old[k]) != fingerprint(f)}


def _same_as_a_whole_proof(old: Registry, new: Registry, seed, before, rules=RULES):
    again = prove_again(new, seed, rules, before.lines, _changed(old, new))
    whole = prove(new, seed, rules)
    assert again is not None
    assert again.findings == whole.findings
    assert list(again.lines.items()) == list(whole.lines.items())
    assert again.unusable == whole.unusable == ""
    return again


def test_nothing_edited(registry, seed, before):
    _same_as_a_whole_proof(registry, registry, seed, before)


def test_a_label_edited(registry, seed, before):
    new = _edited(registry, "relations.established", label="Relations established at last")
    _same_as_a_whole_proof(registry, new, seed, before)


def test_an_evidence_cut_to_fewer_words_that_still_state_the_value(registry, seed, before):
    fact = registry["relations.established"]
    shorter = fact.evidence.removeprefix("Diplomatic ")
    assert shorter != fact.evidence
    new = _edited(registry, fact.key, evidence=shorter)
    _same_as_a_whole_proof(registry, new, seed, before)


def test_a_fact_added_and_one_removed(registry, seed, before):
    first = next(iter(registry.values()))
    twin = Fact("extra.twin", "A second fact on the same words", first.value, first.evidence)
    new = Registry([*list(registry.values())[2:], twin])
    _same_as_a_whole_proof(registry, new, seed, before)


def test_the_registry_reordered(registry, seed, before):
    new = Registry(reversed(list(registry.values())))
    _same_as_a_whole_proof(registry, new, seed, before)


def test_a_rule_broken_by_a_removed_fact_is_reported_as_the_whole_proof_does(
    registry, seed, before
):
    new = Registry([f for f in registry.values() if f.key != "history.trade_war_end"])
    again = _same_as_a_whole_proof(registry, new, seed, before)
    assert [f.rule for f in again.failures] == ["trade-war-1931-1936"]


def test_an_edited_fact_that_fails_leaves_it_to_the_whole_proof(registry, seed, before):
    new = _edited(registry, "relations.established", value=Day(1942, 6, 13))
    assert prove_again(new, seed, RULES, before.lines, _changed(registry, new)) is None
    assert not prove(new, seed, RULES).ok
