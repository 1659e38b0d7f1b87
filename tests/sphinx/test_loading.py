"""Loading a build's facts: the registry's modules are imported anew for every build."""

from __future__ import annotations

import importlib
import sys

import canru_facts.facts
import canru_facts.model
from canru_facts.sphinx import loading


def test_a_book_inside_the_package_is_imported_anew_and_the_engine_kept():
    importlib.import_module("canru_facts.facts")
    assert "canru_facts.facts.history" in sys.modules
    model = sys.modules["canru_facts.model"]
    loading.fresh_modules("canru_facts.facts:FACTS", "canru_facts.facts:RULES")
    assert "canru_facts.facts" not in sys.modules
    assert "canru_facts.facts.history" not in sys.modules
    assert sys.modules["canru_facts.model"] is model is canru_facts.model
    assert sys.modules["canru_facts.sphinx.loading"] is loading
    importlib.import_module("canru_facts.facts")  # back, for the tests that follow


def test_a_registry_naming_the_package_itself_drops_nothing_of_the_engine():
    before = set(sys.modules)
    loading.fresh_modules("canru_facts:FACTS")
    assert {name for name in before if name.startswith("canru_facts")} <= set(sys.modules)
