"""The post-transform's own helpers."""

from __future__ import annotations

import gc

from canru_facts.sphinx.resolve import collector_paused


def test_the_collector_is_paused_only_while_an_aggregate_is_built():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_already_off_stays_off():
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
