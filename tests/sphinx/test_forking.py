"""A parallel build's forked workers inherit the parent's objects frozen; the parent does not."""

from __future__ import annotations

import gc
import os
from types import SimpleNamespace

import pytest

from canru_facts.sphinx import forking

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this system")


def _frozen_in_child() -> bool:
    """Fork; the child answers (by its exit code) whether it holds frozen objects."""
    pid = os.fork()
    if pid == 0:  # the child: no pytest machinery, just the answer
        os._exit(0 if gc.get_freeze_count() > 0 else 1)
    _pid, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status) == 0


@pytest.fixture
def parallel_build():
    app = SimpleNamespace(parallel=2)
    forking._start(app)
    yield app
    forking._stop(app, None)


def test_a_worker_inherits_the_heap_frozen_and_the_parent_thaws(parallel_build):
    assert gc.get_freeze_count() == 0
    assert _frozen_in_child()
    assert gc.get_freeze_count() == 0  # the parent's own garbage is still collected


def test_no_freezing_outside_a_parallel_build(parallel_build):
    forking._stop(parallel_build, None)
    assert not _frozen_in_child()
    serial = SimpleNamespace(parallel=1)
    forking._start(serial)
    assert not _frozen_in_child()


def test_objects_someone_else_froze_stay_frozen(parallel_build):
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        assert _frozen_in_child()
        assert gc.get_freeze_count() >= before
    finally:
        gc.unfreeze()


@pytest.mark.parametrize("parallel", [0, 2], ids=["serial", "parallel"])
def test_a_build_freezes_what_it_holds_until_it_ends(build, parallel, monkeypatch):
    """Read and written with the environment and the facts frozen; all unfrozen after."""
    seen: dict[str, int] = {}
    original_setup = forking.setup_forking

    def setup_and_watch(app):
        original_setup(app)
        app.connect(
            "env-before-read-docs",
            lambda app, env, docs: seen.setdefault("read", gc.get_freeze_count()),
            priority=900,
        )
        app.connect(
            "doctree-resolved",
            lambda app, doctree, docname: seen.setdefault("write", gc.get_freeze_count()),
        )

    monkeypatch.setattr("canru_facts.sphinx.setup_forking", setup_and_watch)
    assert gc.get_freeze_count() == 0
    build("html", root="book", parallel=parallel)
    assert seen["read"] > 0 and seen["write"] > 0
    assert gc.get_freeze_count() == 0
