"""Fill in, at write time, what depends on the whole book.

A page is read on its own (possibly in another process), so while reading it
cannot know where the register is or who else cites a fact.  When a page is
written, every page has been read: at ``doctree-resolved`` this module gives each citation its
link to the register, and fills the register's backlinks and the timeline's
links, in the book's reading order.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from docutils import nodes
from sphinx.errors import NoUri

from .domain import FactsDomain, entry_id
from .messages import _
from .nodes import (
    BROKEN,
    Citation,
    fact_backlinks,
    fact_ref,
    fact_register_marker,
    fact_timeline_links,
    fact_timeline_marker,
)


def resolve_facts(app: Any, doctree: nodes.document, docname: str) -> None:
    """doctree-resolved: runs in whichever process writes the page."""
    ResolveFacts(app, doctree, docname).run()


class ResolveFacts:
    def __init__(self, app: Any, document: nodes.document, docname: str) -> None:
        self.builder = app.builder
        self.env = app.env
        self.document = document
        self.docname = docname

    def run(self) -> None:
        domain: FactsDomain = self.env.domains["facts"]
        self.register = domain.register_doc()
        for marker in list(self.document.findall(_is_marker)):
            marker.parent.remove(marker)
        for node in self.document.findall(fact_ref):
            if self.register is not None:
                uri = self.uri(self.register, entry_id(node["key"]))
                if uri:
                    node["refuri"] = uri
        backlinks = list(self.document.findall(fact_backlinks))
        timeline = list(self.document.findall(fact_timeline_links))
        if backlinks or timeline:
            by_key = citations_in_reading_order(self.env, domain)
            for node in backlinks:
                node.replace_self(self.backlinks(by_key.get(node["key"], [])))
            for node in timeline:
                node.replace_self(self.timeline_links(node, by_key.get(node["key"], [])))

    def uri(self, docname: str, anchor: str) -> str | None:
        try:
            uri = self.builder.get_relative_uri(self.docname, docname)
        except NoUri:  # e.g. a document left out of this builder's output
            return None
        # single-page HTML already answers with an anchor; keep only the target's
        return f"{uri.split('#')[0]}#{anchor}" if uri or docname == self.docname else None

    def link(self, docname: str, anchor: str, text: str, title: str = "") -> nodes.Node:
        uri = self.uri(docname, anchor)
        if uri is None:
            return nodes.Text(text)
        ref = nodes.reference("", text, internal=True, refuri=uri)
        if title:
            ref["reftitle"] = title
        return ref

    def backlinks(self, cites: list[tuple[str, Citation]]) -> list[nodes.Node]:
        """``History, 2, 3; Diplomacy``: each page once by title, then each further place."""
        if not cites:
            return [nodes.emphasis("", str(_("not cited")))]
        out: list[nodes.Node] = []
        pages: dict[str, list[Citation]] = defaultdict(list)
        for docname, cite in cites:
            pages[docname].append(cite)
        for i, (docname, page_cites) in enumerate(pages.items()):
            if i:
                out.append(nodes.Text("; "))
            title = self.title(docname)
            for n, (_key, node_id, line, origin) in enumerate(page_cites, start=1):
                hint = f"{title}, {_('line')} {line}" + (f" ({origin})" if origin != "text" else "")
                if n > 1:
                    out.append(nodes.Text(", "))
                out.append(self.link(docname, node_id, title if n == 1 else str(n), hint))
        return out

    def timeline_links(self, node: fact_timeline_links,
                       cites: list[tuple[str, Citation]]) -> list[nodes.Node]:
        label = node["label"]
        prose = [c for c in cites if c[1][3] == "text"]  # where the book *discusses* it
        first = (prose or cites or [None])[0]
        out: list[nodes.Node] = []
        if first is None:
            out.append(nodes.Text(label))
        else:
            docname, (_key, node_id, _line, _origin) = first
            out.append(self.link(docname, node_id, label,
                                 str(_("first discussed in %s")) % self.title(docname)))
        entry = self.register and self.uri(self.register, entry_id(node["key"]))
        if entry:  # formats without links (plain text) have no use for it
            out.append(nodes.Text(" · "))
            out.append(nodes.reference("", str(_("register entry")), internal=True, refuri=entry))
        return out

    def title(self, docname: str) -> str:
        title = self.env.titles.get(docname)
        return title.astext() if title is not None else docname


def _is_marker(node: nodes.Node) -> bool:
    return isinstance(node, (fact_register_marker, fact_timeline_marker))


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
