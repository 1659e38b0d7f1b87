"""Exact incremental builds: re-read only the pages a fact edit can change.

Sphinx re-reads a page when its source changes; it cannot see that a fact in a
Python module changed.  So the domain keeps the fingerprint of every fact (its
value, label, evidence, note and seed line) from the last build, and at the
start of the next one:

* ``env-get-outdated``: a fact that was edited, added or removed makes the pages
  citing it (failed citations included) stale, plus the register and the
  timeline, which show every fact.  Other pages are not read again.
* ``env-get-updated``: when a read changed which facts a page cites, where, or
  under what title, the register's backlinks and the timeline's "first
  discussed" links are out of date, so those pages are written again (not
  re-read).  If the register moved to another page, every citing page is
  written again, since its links point there.

The registry itself is loaded at ``builder-inited``, before any of this.
"""

from __future__ import annotations

from typing import Any

from sphinx.util import logging

from .domain import FactsDomain

logger = logging.getLogger("canru_facts")


def load_facts(app: Any) -> None:
    """builder-inited: load this build's registry and seed lines onto the domain."""
    domain: FactsDomain = app.env.domains["facts"]
    domain.loaded = None
    domain.confdir = app.confdir
    domain.facts()
    domain.before_read = {}
    domain.registers_before = set(domain.registers)


def outdated_by_facts(app: Any, env: Any, added: set, changed: set, removed: set) -> set[str]:
    domain: FactsDomain = env.domains["facts"]
    now = domain.facts().fingerprints()
    before: dict[str, str] = domain.data["fingerprints"]
    edited = {key for key in before.keys() | now.keys() if before.get(key) != now.get(key)}
    domain.data["fingerprints"] = now
    if not edited or not before:  # a first build reads everything anyway
        return set()
    stale = domain.citing_docs(edited) | set(domain.registers) | set(domain.timelines)
    logger.info(
        "[facts] %d edited; %d pages cite them",
        len(edited),
        len(stale - set(domain.registers) - set(domain.timelines)),
    )
    return stale


def remember_before_read(app: Any, env: Any, docname: str) -> None:
    """env-purge-doc: note what a page cited before it is read again or removed."""
    domain: FactsDomain = env.domains["facts"]
    before = getattr(domain, "before_read", None)
    if before is None or docname in before:
        return
    before[docname] = _summary(env, domain, docname)


def rewrite_aggregates(app: Any, env: Any) -> set[str]:
    domain: FactsDomain = env.domains["facts"]
    before = getattr(domain, "before_read", None) or {}
    changed = any(_summary(env, domain, doc) != seen for doc, seen in before.items())
    domain.before_read = {}
    stale: set[str] = set()
    if changed:
        stale |= set(domain.registers) | set(domain.timelines)
    if set(domain.registers) != getattr(domain, "registers_before", set(domain.registers)):
        stale |= set(domain.citations)
    domain.registers_before = set(domain.registers)
    return stale


def _summary(env: Any, domain: FactsDomain, docname: str) -> tuple:
    """What other pages show of this one: its citations, its title, its children."""
    title = env.titles.get(docname)
    cites = tuple(domain.citations.get(docname, ()))  # lines too: backlinks show them
    return (
        cites,
        title.astext() if title is not None else None,
        tuple(env.toctree_includes.get(docname, ())),
    )
