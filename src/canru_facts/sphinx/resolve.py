"""Fill in, at write time, what depends on the whole book.

A page is read on its own (possibly in another process), so while reading it
cannot know where the register is or who else cites a fact.  When a page is
written, every page has been read: at ``doctree-resolved`` this module gives
each citation its link to the register, and gives the register's entries their
backlinks and the timeline its links, in the book's reading order.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from docutils import nodes
from sphinx.errors import NoUri

from .domain import FactsDomain, citation_id, entry_id
from .messages import _
from .nodes import (
    BROKEN,
    Citation,
    fact_entry,
    fact_ref,
    fact_register_marker,
    fact_timeline,
    fact_timeline_marker,
)
from .register import Link, entry_nodes
from .timeline import Item, timeline_nodes


def resolve_facts(app: Any, doctree: nodes.document, docname: str) -> None:
    """doctree-resolved: runs in whichever process writes the page."""
    ResolveFacts(app, doctree, docname).run()


class ResolveFacts:
    def __init__(self, app: Any, document: nodes.document, docname: str) -> None:
        self.builder = app.builder
        self.env = app.env
        self.document = document
        self.docname = docname
        self._uris: dict[str, str | None] = {}  # target page -> its URI from this page
        self._titles: dict[str, str] = {}

    def run(self) -> None:
        domain: FactsDomain = self.env.domains["facts"]
        self.register = domain.register_doc()
        found = _find(self.document)
        for marker in found[fact_register_marker] + found[fact_timeline_marker]:
            marker.parent.remove(marker)
        if self.register is not None and self.uri(self.register, "") is not None:
            for node in found[fact_ref]:
                node["refuri"] = self.uri(self.register, entry_id(node["key"]))
        entries, timelines = found[fact_entry], found[fact_timeline]
        if not entries and not timelines:
            return
        facts = domain.facts()
        by_key = citations_in_reading_order(self.env, domain)
        html = self.builder.format == "html"  # HTML writes these as text (register.py)
        for node in entries:
            links = self.backlinks(by_key.get(node["key"], []))
            fact = facts.registry.get(node["key"])
            if html or fact is None:
                node["links"] = links
            else:
                node[:] = entry_nodes(facts, fact, links)
        # In the PDF the register is a few pages on: a page number, not a link.
        pdf = self.builder.format == "latex" and self.register is not None
        dated = facts.registry.dated() if timelines else []
        for node in timelines:
            items: list[Item] = [
                (
                    facts.line_start(fact.key),
                    self.timeline_links(fact.key, by_key.get(fact.key, []), entry_link=not pdf),
                )
                for fact in dated
            ]
            if html:
                node["items"] = items
            else:
                entries = [f"{self.register}:{entry_id(f.key)}" for f in dated] if pdf else None
                node.replace_self(timeline_nodes(items, entries))

    def uri(self, docname: str, anchor: str) -> str | None:
        """``page#anchor`` relative to this page; None where the format has no links."""
        if docname not in self._uris:
            try:
                uri = self.builder.get_relative_uri(self.docname, docname)
            except NoUri:  # e.g. a document left out of this builder's output
                uri = None
            else:
                # single-page HTML already answers with an anchor; keep only the target's
                uri = uri.split("#")[0] if uri or docname == self.docname else None
            self._uris[docname] = uri
        base = self._uris[docname]
        return None if base is None else f"{base}#{anchor}"

    def backlinks(self, cites: list[tuple[str, Citation]]) -> list[Link]:
        """``History, 2, 3; Diplomacy``: each page once by title, then each further place."""
        links: list[Link] = []
        line_word = str(_("line"))
        previous = None
        n = 0
        for docname, (key, number, line, origin) in cites:
            title = self.title(docname)
            n = n + 1 if docname == previous else 1
            before = "" if not links else (", " if n > 1 else "; ")
            hint = f"{title}, {line_word} {line}" + (f" ({origin})" if origin != "text" else "")
            uri = self.uri(docname, citation_id(key, number))
            links.append((before, title if n == 1 else str(n), uri, hint))
            previous = docname
        return links

    def timeline_links(
        self, key: str, cites: list[tuple[str, Citation]], *, entry_link: bool = True
    ) -> list[Link]:
        label = self.env.domains["facts"].facts().label(key)
        prose = [c for c in cites if c[1][3] == "text"]  # where the book *discusses* it
        first = (prose or cites or [None])[0]
        if first is None:
            links: list[Link] = [(" — ", label, None, "")]
        else:
            docname, (_key, number, _line, _origin) = first
            hint = str(_("first discussed in %s")) % self.title(docname)
            links = [(" — ", label, self.uri(docname, citation_id(key, number)), hint)]
        entry = entry_link and self.register and self.uri(self.register, entry_id(key))
        if entry:  # formats without links (plain text) have no use for it
            links.append((" · ", str(_("register entry")), entry, ""))
        return links

    def title(self, docname: str) -> str:
        if docname not in self._titles:
            title = self.env.titles.get(docname)
            self._titles[docname] = title.astext() if title is not None else docname
        return self._titles[docname]


_FOUND = (fact_ref, fact_entry, fact_timeline, fact_register_marker, fact_timeline_marker)


def _find(document: nodes.document) -> dict[type, list[nodes.Element]]:
    """The extension's nodes in a page, by class, in one walk (not one per class)."""
    found: dict[type, list[nodes.Element]] = {cls: [] for cls in _FOUND}
    stack: list[nodes.Node] = [document]
    while stack:
        node = stack.pop()
        kind = found.get(type(node))
        if kind is not None:
            kind.append(node)
        if isinstance(node, nodes.Element):
            stack.extend(reversed(node.children))
    return found


def reading_order(env: Any) -> dict[str, int]:
    """Position of each page in the book: the root's toctree, depth first.

    Pages outside every toctree come last, by name.
    """
    order: dict[str, int] = {}
    stack = [env.config.root_doc]
    while stack:
        docname = stack.pop()
        if docname in order or docname not in env.found_docs:
            continue
        order[docname] = len(order)
        stack.extend(reversed(env.toctree_includes.get(docname, [])))
    for docname in sorted(env.found_docs - order.keys()):
        order[docname] = len(order)
    return order


def citations_in_reading_order(env: Any, domain: FactsDomain) -> dict[str, list]:
    """key -> [(docname, citation)], in the order a reader meets them."""
    order = reading_order(env)
    by_key: dict[str, list] = defaultdict(list)
    for docname in sorted(domain.citations, key=lambda d: order.get(d, len(order))):
        for cite in domain.citations[docname]:
            if cite[3] != BROKEN:
                by_key[cite[0]].append((docname, cite))
    return by_key
