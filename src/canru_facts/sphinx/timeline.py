"""The ``fact-timeline`` directive: every dated fact, in time order.

Each line gives the date, the fact's label linked to where the book first
discusses it (its first citation in prose, in reading order), and a link to its
register entry; in the PDF, the register entry's page number instead.  A day
without a year cannot be placed and is left out (``Registry.dated()``).  The
list is built when the page is written (:func:`build_timeline`), as ordinary
docutils nodes, from the registry and every page's citations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from ..model import Fact
from .messages import _
from .nodes import citation_id, element, entry_id, fact_pageref, fact_timeline, text_element
from .register import link

if TYPE_CHECKING:
    from .resolve import Page


class FactTimeline(SphinxDirective):
    has_content = False
    option_spec: ClassVar[dict] = {}

    def run(self) -> list[nodes.Node]:
        node = fact_timeline()
        self.set_source_info(node)
        return [node]


def build_timeline(page: Page, node: fact_timeline) -> nodes.Element:
    """The timeline as a bullet list, one line per dated fact."""
    return element(
        nodes.bullet_list,
        *(
            element(nodes.list_item, timeline_line(page, fact), classes=["fact-timeline-item"])
            for fact in page.facts.registry.dated()
        ),
        classes=["fact-timeline"],
    )


def timeline_line(page: Page, fact: Fact) -> nodes.Element:
    """``Fall 2003 — Governor General's visit · register entry``."""
    facts, key = page.facts, fact.key
    para = element(
        nodes.paragraph,
        text_element(nodes.strong, facts.line_start(key), classes=["fact-timeline-date"]),
        nodes.Text(" — "),
    )
    cites = page.by_key.get(key, [])
    prose = [c for c in cites if c[1].origin == "text"]  # where the book *discusses* it
    first = (prose or cites or [None])[0]
    if first is None:
        para += nodes.Text(facts.label(key))
    else:
        docname, cite = first
        hint = str(_("first discussed in %s")) % page.title(docname)
        para += link(facts.label(key), page.uri(docname, citation_id(key, cite.number)), hint)
    if page.register is None:
        return para
    if page.format == "latex":  # in the PDF the register is a few pages on: a page number
        para += fact_pageref(refid=f"{page.register}:{entry_id(key)}")
        return para
    entry = page.uri(page.register, entry_id(key))
    if entry is not None:  # formats without links (plain text) have no use for it
        para += nodes.Text(" · ")
        para += link(str(_("register entry")), entry)
    return para


def latex_visit_fact_pageref(self: Any, node: fact_pageref) -> None:
    words = self.encode(str(_("register")))
    self.body.append(f" ({words}, {self.hyperpageref(node['refid'])})")
    raise nodes.SkipNode


def skip(self: Any, node: nodes.Node) -> None:
    raise nodes.SkipNode


def setup_timeline(app: Any) -> None:
    app.add_directive("fact-timeline", FactTimeline)
    app.add_node(fact_timeline)  # replaced before any writer sees it
    app.add_node(
        fact_pageref,
        latex=(latex_visit_fact_pageref, None),
        **{fmt: (skip, None) for fmt in ("html", "text", "man", "texinfo")},
    )
