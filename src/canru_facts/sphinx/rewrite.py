"""Which pages a build writes again although their source did not change.

A page holds citations, not values: every value, link and tooltip is made when
the page is written (:mod:`canru_facts.sphinx.resolve`).  So a fact edit never
makes a page be read again; it makes pages be *written* again.  At
``env-get-updated``, after the changed pages were read, the domain compares what
the pages were last written from (:class:`~canru_facts.sphinx.domain.Written`)
with what they would be written from now:

* a fact whose value, words, seed lines or subject changed (or that was added or
  removed): the pages citing it are written again, failed citations included,
  plus the register page holding its subject (before and now) and the timeline;
* the registry's order changed: the registers and the timeline;
* a page read again now cites other facts, at other places, under another title,
  or lists other pages in its toctree: the register's backlinks may have moved,
  so the registers (and the timeline, written with them);
* a subject's entries moved to another register page: every citing page, since
  its links point there, and the registers.

Sphinx itself also writes the page whose toctree lists a page it writes.

One thing makes a page be read again: a register lays out one section per
subject (the module defining the facts) it holds, and its sections are in the
book's table of contents, made when the page is read.  At ``env-get-outdated`` a
register page whose subjects are no longer the registry's is read again.
"""

from __future__ import annotations

import hashlib
from typing import Any

from sphinx.util import logging

from .domain import FactsDomain, Written
from .messages import _
from .nodes import source_text
from .register import layout

logger = logging.getLogger("canru_facts")


def register_outdated(app: Any, env: Any, added: set, changed: set, removed: set) -> set[str]:
    """env-get-outdated: register pages whose sections no longer match the registry's subjects."""
    domain: FactsDomain = env.domains["facts"]
    known = domain.facts.subject_names
    return {
        doc
        for doc, place in domain.registers.items()
        if place.subjects != layout(known, place.listed)
    }


def pages_to_rewrite(app: Any, env: Any) -> set[str]:
    """env-get-updated: the pages to write again, and what they are written from, kept."""
    domain: FactsDomain = env.domains["facts"]
    facts = domain.facts
    registers = tuple(domain.register_docs().items())
    now = Written(facts.fingerprints(), facts.order(), shown(env, domain), registers)
    before = domain.written
    domain.data["written"] = now
    if before is None:  # a first build writes every page anyway
        return set()
    edited = {
        key
        for key in before.fingerprints.keys() | now.fingerprints.keys()
        if before.fingerprints.get(key) != now.fingerprints.get(key)
    }
    aggregates = set(domain.registers) | set(domain.timelines)
    stale = domain.citing_docs(edited)
    if edited:
        logger.info(str(_("[facts] %d edited; %d pages cite them")), len(edited), len(stale))
        # the timelines, and the registers holding the edited facts, before and now
        subjects = {
            facts.subject_in(printed)
            for key in edited
            for printed in (before.fingerprints.get(key), now.fingerprints.get(key))
            if printed
        }
        holding = {
            doc
            for doc, place in domain.registers.items()
            if any(place.holds(subject) for subject in subjects)
        }
        stale |= set(domain.timelines) | holding
    if before.order != now.order or before.shown != now.shown:
        stale |= aggregates
    if before.registers != now.registers:
        stale |= set(domain.citations) | aggregates
    return stale


def shown(env: Any, domain: FactsDomain) -> dict[str, str]:
    """docname -> digest of what the register and the timeline show of the page.

    Its citations (backlinks show their places), its title (they name the page)
    and the pages its toctree lists (they follow the book's reading order).
    """
    out: dict[str, str] = {}
    for docname in env.found_docs:
        cites = domain.citations.get(docname, ())
        title = env.titles.get(docname)
        words = (
            tuple(cites),
            source_text(title) if cites and title is not None else "",
            tuple(env.toctree_includes.get(docname, ())),
        )
        if words != ((), "", ()):
            out[docname] = hashlib.blake2b(repr(words).encode(), digest_size=8).hexdigest()
    return out
