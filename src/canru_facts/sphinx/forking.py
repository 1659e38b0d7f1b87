"""Python's cyclic garbage collector, kept off what a build holds for its whole length.

A build holds the environment, the facts and the proof's outcome from start to
end.  Each full collection walks all of them again, to free none: about a fifth
of the CPU time of writing the synthetic book of 2,000 facts and 200 pages.  So
what is alive when the pages are about to be read (``env-before-read-docs``)
and when they are about to be written (``write-started``) is frozen
(:func:`gc.freeze`) until ``build-finished``, which unfreezes it: its garbage is
then collected as any other.  A build in a process where someone else froze
objects leaves the collector alone.

With ``-j N`` Sphinx forks its readers and writers from the main process, which
by then holds the environment, the facts, the proof's outcome and, while
pages are written, every page it has resolved and not yet handed over.  A
forked worker shares that memory with its parent until either writes to it, and
Python's cyclic garbage collector writes to every object it examines: each full
collection in a worker walks the whole inherited heap and makes the system copy
every page of it.  On a book of 2,000 facts and 200 pages that doubled the CPU
time of ``-j 2`` over ``-j 1`` (about 13 s of 49 s).

So, while a parallel build runs, the objects alive just before each fork are
frozen (:func:`gc.freeze`): the worker's collector never examines them.  Once
the build has frozen what it holds (above), they stay frozen in the parent too
until ``build-finished``; before that, the parent unfreezes them as soon as the
fork is made.  A worker lives for one chunk of pages; whatever of the inherited
objects it drops is freed when it exits.  The hook acts only between
``builder-inited`` and ``build-finished`` of a build with more than one process,
and leaves alone objects someone else froze.
"""

from __future__ import annotations

import gc
import os
from typing import Any

__all__ = ["setup_forking"]

_STATE = {"registered": False, "active": False, "thaw": False, "frozen": False}


def setup_forking(app: Any) -> None:
    app.connect("builder-inited", _start)
    app.connect("env-before-read-docs", lambda app, env, docnames: _freeze())
    app.connect("write-started", lambda app, builder: _freeze())
    app.connect("build-finished", _stop)


def _freeze() -> None:
    if _STATE["frozen"] or gc.get_freeze_count() == 0:
        _STATE["frozen"] = True
        gc.freeze()


def _start(app: Any) -> None:
    if app.parallel <= 1:
        return
    if not _STATE["registered"]:  # once per process: a hook cannot be taken back
        os.register_at_fork(before=_before_fork, after_in_parent=_after_fork_in_parent)
        _STATE["registered"] = True
    _STATE["active"] = True


def _stop(app: Any, exception: BaseException | None) -> None:
    _STATE["active"] = False
    if _STATE["frozen"]:
        _STATE["frozen"] = False
        gc.unfreeze()


def _before_fork() -> None:
    # Objects frozen by someone else stay frozen: unfreezing would free theirs too.
    _STATE["thaw"] = _STATE["active"] and gc.get_freeze_count() == 0
    if _STATE["active"]:
        gc.freeze()


def _after_fork_in_parent() -> None:
    if _STATE["thaw"]:
        gc.unfreeze()
        _STATE["thaw"] = False
