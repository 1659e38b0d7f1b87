"""Loading the registry: every mistake is named with its key and where it was written."""

from __future__ import annotations

import sys
import textwrap

import pytest

from canru_facts.model import Day, DayNoYear, Fact, FactError, Person
from canru_facts.registry import Registry, RegistryError, fingerprint, load


def fact(key="a.b", value=None, evidence="some words", **kw):
    return Fact(key, "A label", value or Day(2000, 1, 2), evidence=evidence, **kw)


def test_duplicate_key_names_both_places():
    first, second = fact(), fact()
    with pytest.raises(RegistryError) as err:
        Registry([first, second])
    message = str(err.value)
    assert "a.b: duplicate key" in message
    assert f"first defined at {first.origin}" in message
    assert message.startswith(f"{second.origin}: ")
    assert __file__ in message


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"evidence": "  "}, "a.b: evidence is empty"),
        ({"value": "1942"}, "a.b: value '1942' is a str; expected one of Day"),
        ({"key": "Relations Established"}, "a key is lower-case dotted words"),
        ({"value": DayNoYear(5, 8)}, "a day with no year needs a note"),
    ],
)
def test_bad_fact_is_refused_with_its_key_and_origin(kwargs, expected):
    with pytest.raises(FactError) as err:
        fact(**kwargs)
    assert expected in str(err.value)
    assert f"{__file__}:" in str(err.value)


def test_impossible_date_in_a_registry_module_names_its_line(tmp_path, monkeypatch):
    module = tmp_path / "bad_registry.py"
    module.write_text(
        textwrap.dedent("""\
        from canru_facts.model import Day, Fact
        FACTS = [
            Fact("a.b", "label", Day(1942, 13, 12), evidence="x"),
        ]
    """)
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(RegistryError, match=r"bad_registry.py:3: month must be in 1..12"):
        load("bad_registry:FACTS")
    sys.modules.pop("bad_registry", None)


def test_missing_registry_module_is_a_clear_error():
    with pytest.raises(RegistryError, match="cannot import the registry 'no_such_module:FACTS'"):
        load("no_such_module:FACTS")


def test_nearest_suggests_close_keys():
    registry = Registry([fact("relations.established"), fact("relations.anniversary_65")])
    assert registry.nearest("relations.establishd")[0] == "relations.established"
    assert registry.nearest("history.established") == ["relations.established"]


def test_dated_facts_come_in_time_order_and_skip_days_without_a_year():
    registry = Registry(
        [
            fact("b.later", Day(2007, 6, 12)),
            fact("a.earlier", Day(1942, 6, 12)),
            fact("c.no_year", DayNoYear(5, 8), note="2022, from context"),
            fact("d.person", Person("Sarah Taylor")),
        ]
    )
    assert [f.key for f in registry.dated()] == ["a.earlier", "b.later"]


def test_fingerprint_changes_with_what_the_book_shows():
    base = fact()
    assert fingerprint(base) == fingerprint(fact())
    assert fingerprint(base) != fingerprint(fact(value=Day(2000, 1, 3)))
    assert fingerprint(base) != fingerprint(fact(evidence="other words"))


def test_the_book_registry_loads(registry):
    assert len(registry) >= 70
