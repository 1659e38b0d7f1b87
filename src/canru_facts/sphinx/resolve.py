"""Write a page's facts when the page is written: one post-transform, one walk.

A page is read with placeholders that name facts (see :mod:`.nodes`); the
pickled page holds no value.  When Sphinx resolves the page for a builder, after
every page has been read, :class:`ResolveFacts` walks it once and, by the
builder's lights:

* fills each citation with its value (and a ``[sic]`` mark), links it to the
  register, and chooses which citation of a fact holds the page's one tooltip;
  a citation that cannot be written becomes a *problematic* node and a located
  ``fact.*`` warning, with "did you mean" for a key;
* fills each fact label (the infobox's first column);
* builds the register, the timeline, each list of people and each chart as
  docutils nodes, one function per aggregate (:func:`.register.build_register`,
  :func:`.timeline.build_timeline`, :func:`.people.build_people`,
  :func:`.chart.resolve_chart`).

A post-transform rather than ``pending_xref`` and ``Domain.resolve_xref``: one
walk of the page does citations, tooltips and aggregates together.  Sphinx's
resolver would take each citation on its own (a deep copy of its content and a
domain lookup each, for tens of thousands of citations in a large book), leave
the choice of the page's one tooltip per fact to state kept aside, and answer a
citation it cannot resolve with its own "reference target not found" under
``-n``, where a fact key wants "did you mean".  The aggregates would need a
post-transform anyway.  Sphinx gives a post-transform no builder, so the domain
keeps this build's builder (``FactsDomain.begin``).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from docutils import nodes
from sphinx.errors import NoUri
from sphinx.transforms.post_transforms import SphinxPostTransform

from . import chart, people, register, timeline
from .domain import FactsDomain
from .loading import LoadedFacts
from .messages import _, warn
from .nodes import (
    Citation,
    Place,
    entry_id,
    fact_chart,
    fact_label,
    fact_people,
    fact_ref,
    fact_register,
    fact_timeline,
    reference_of,
    walk,
)
from .writers import anchor_outside_heading

_RESOLVED = (fact_ref, fact_label, fact_register, fact_timeline, fact_people, fact_chart)


class ResolveFacts(SphinxPostTransform):
    """Write every fact of the page: citations, labels, the register, the timeline, charts."""

    # After Sphinx's own post-transforms and the themes': none has anything to do
    # with what this one makes, and a register of thousands of entries built
    # earlier would be walked by each of them.
    default_priority = 900

    def run(self, **kwargs: Any) -> None:
        page = Page(self.env.domains["facts"], self.document, self.env.docname)
        for node, place in list(walk(self.document, _RESOLVED)):
            if isinstance(node, fact_ref):
                page.citation(node, place)
            elif isinstance(node, fact_label):
                key = node["key"]
                known = key in page.facts.registry  # an unknown key is reported at its value
                node.replace_self(nodes.Text(page.facts.label(key) if known else key))
            elif isinstance(node, fact_register):
                with collector_paused():
                    node.replace_self(register.build_register(page, node))
            elif isinstance(node, fact_timeline):
                with collector_paused():
                    node.replace_self(timeline.build_timeline(page, node))
            elif isinstance(node, fact_people):
                node.replace_self(people.build_people(page, node))
            else:
                chart.resolve_chart(page, node)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while an aggregate is built.

    A register makes a hundred thousand nodes, and every thousand or so new
    objects the collector wakes and, now and then, walks the whole environment
    and every page in memory: without it, a 2,000-fact register builds five
    times faster.  Nodes point at their parents and children, so they are freed
    by the collector alone; it runs again as soon as the aggregate is built.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class Page:
    """One page being written: what its facts need to know of the book and the builder."""

    def __init__(self, domain: FactsDomain, document: nodes.document, docname: str) -> None:
        self.domain = domain
        self.facts: LoadedFacts = domain.facts
        self.builder = domain.builder
        self.format: str = self.builder.format
        self.document = document
        self.docname = docname
        self._registers = domain.register_docs()  # subject -> its register page
        self._uris: dict[str, str | None] = {}  # target page -> its URI from this page
        self._titles: dict[str, str] = {}
        self._by_key: dict[str, list[tuple[str, Citation]]] | None = None
        self._tips: dict[tuple[str, str], str] = {}  # (key, mention) -> id of its tooltip

    def register_of(self, key: str) -> str | None:
        """The page holding the fact's register entry, if a register holds its subject."""
        return self._registers.get(self.facts.subjects.get(key, ""))

    # --- citations -------------------------------------------------------------------------

    def citation(self, node: fact_ref, place: Place) -> None:
        reference = reference_of(node)
        problem = self.facts.problem(reference)
        if problem is not None:
            origin = node["origin"]
            prefix = "" if origin == "text" else f"fact-{origin}: "
            warn(prefix + problem.message, node, problem.subtype)
            raw = f":fact:`{reference}`" if origin == "text" else str(reference)
            broken = nodes.problematic(raw, raw, ids=node["ids"])
            broken.source, broken.line = node.source, node.line
            node.replace_self(broken)
            return
        key, mention, variant = reference
        node[:] = self.facts.value_nodes(key, variant)
        register = self.register_of(key)
        if register is not None:
            uri = self.uri(register, entry_id(key))
            if uri is not None:
                node["refuri"] = uri
        if self.format == "html" and not (place.in_title or place.in_link):
            self._choose_tip(node, key, mention)
        in_print_heading = self.format == "latex" and place.in_title and node["ids"]
        if in_print_heading and not anchor_outside_heading(node):
            words = _("a citation in this heading has no anchor in print; cite it in the text")
            warn(str(words), node, "heading")

    def _choose_tip(self, node: fact_ref, key: str, mention: str) -> None:
        """The first citation of a fact's mention on the page holds its tooltip; others name it.

        A citation made as the page is written has no anchor to name a tooltip
        by: it names the tooltip of an earlier citation, if the page has one.
        """
        tip = self._tips.get((key, mention))
        if tip is not None:
            node["tip_ref"] = tip
            return
        if not node["ids"]:
            return
        tip = self._tips[key, mention] = f"{node['ids'][0]}-tip"
        fact = self.facts.registry[key]
        node["tip"] = tip
        node["tip_label"] = self.facts.label(key)
        node["tip_evidence"] = fact.evidence_of(mention)
        node["tip_seed"] = self.facts.seed_place(key, mention) if self.facts.seed_name else ""

    # --- the book, from this page ------------------------------------------------------------

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

    def title(self, docname: str) -> str:
        """The page's title as plain text, its facts written in.

        Or the name the book gives the page in this builder's output
        (``canru_facts_page_titles``): a printed book may lay a page out under
        another heading, and its backlinks must say what its contents say.
        """
        if docname not in self._titles:
            named = self.domain.env.config.canru_facts_page_titles.get(self.builder.name, {})
            title = self.domain.env.titles.get(docname)
            if docname in named:
                self._titles[docname] = named[docname]
            else:
                self._titles[docname] = docname if title is None else self.plain_text(title)
        return self._titles[docname]

    def plain_text(self, node: nodes.Node) -> str:
        out = []
        for found, _place in walk(node, (fact_ref, nodes.Text)):
            if isinstance(found, fact_ref):
                reference = reference_of(found)
                ok = self.facts.problem(reference) is None
                out.append(self.facts.text(reference.key, reference.variant) if ok else "")
            else:
                out.append(str(found))
        return "".join(out)

    @property
    def by_key(self) -> dict[str, list[tuple[str, Citation]]]:
        """key -> [(docname, citation)] over the whole book, in reading order."""
        if self._by_key is None:
            self._by_key = self.domain.citations_by_key()
        return self._by_key


def setup_resolve(app: Any) -> None:
    app.add_post_transform(ResolveFacts)
