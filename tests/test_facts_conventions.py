"""The registry's own conventions, which the proof alone does not enforce.

A person is one fact however often the seed names them; each module follows the
seed's order; evidence is whole words and names one place in the seed; a day
without a year says in its note which year the context implies.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from canru_facts import facts
from canru_facts.model import DayNoYear, Money, Person
from canru_facts.seed import normalise

MODULES = [
    facts.overview,
    facts.history,
    facts.culture,
    facts.economy,
    facts.diplomacy,
    facts.intelligence,
]


def test_a_person_is_one_fact(registry):
    names = Counter(f.value.name for f in registry.values() if isinstance(f.value, Person))
    assert [name for name, n in names.items() if n > 1] == []


def test_person_keys_follow_one_scheme(registry):
    persons = [f.key for f in registry.values() if isinstance(f.value, Person)]
    assert [k for k in persons if not k.startswith(("people.", "envoy."))] == []


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_each_module_follows_the_seed(seed, module):
    lines = [(f.key, seed.locate(f.evidence)) for f in module.FACTS]
    assert all(line is not None for _, line in lines), "see the proof tests"
    out_of_order = [(a, b) for (a, la), (b, lb) in zip(lines, lines[1:], strict=False) if lb < la]
    assert out_of_order == []


def test_evidence_is_whole_words_and_names_one_place(seed, registry):
    problems = []
    for fact in registry.values():
        quote = normalise(fact.evidence)
        at = seed.flat.find(quote)
        if at < 0:
            continue  # the proof tests report it
        end = at + len(quote)
        before = seed.flat[at - 1 : at]
        after = seed.flat[end : end + 1]
        if re.match(r"\w", quote[0]) and re.match(r"\w", before):
            problems.append(f"{fact.key}: starts inside a word")
        if re.match(r"\w", quote[-1]) and re.match(r"\w", after):
            problems.append(f"{fact.key}: ends inside a word")
        if seed.flat.count(quote) > 1:
            problems.append(f"{fact.key}: the evidence occurs more than once in the seed")
    assert problems == []


def test_a_day_without_a_year_names_the_implied_year(registry):
    days = [f for f in registry.values() if isinstance(f.value, DayNoYear)]
    assert days
    assert [f.key for f in days if not re.search(r"\b\d{4}\b", f.note)] == []


def test_a_bare_dollar_sign_is_explained(registry):
    bare = [f for f in registry.values() if isinstance(f.value, Money) and f.value.currency == "$"]
    assert [f.key for f in bare if "dollar" not in f.note] == []


def test_the_registry_is_exactly_the_six_modules(registry):
    assert list(registry) == [f.key for m in MODULES for f in m.FACTS]
