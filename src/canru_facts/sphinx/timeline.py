"""The ``fact-timeline`` directive: every dated fact, in time order.

Each line gives the date, the fact's label linked to where the book first
discusses it (its first citation in prose, in reading order), and a link to its
register entry.  The dates are written when the page is read, the links when it
is written.  A day without a year cannot be placed and is left out
(``Registry.dated()``).
"""

from __future__ import annotations

from typing import ClassVar

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from .nodes import fact_timeline_links, fact_timeline_marker


class FactTimeline(SphinxDirective):
    has_content = False
    option_spec: ClassVar[dict] = {}

    def run(self) -> list[nodes.Node]:
        facts = self.env.domains["facts"].facts()
        marker = fact_timeline_marker()
        self.set_source_info(marker)
        items = nodes.bullet_list(classes=["fact-timeline"])
        for fact in facts.registry.dated():
            item = nodes.list_item(classes=["fact-timeline-item"])
            para = nodes.paragraph()
            para += nodes.strong("", facts.render(fact.key), classes=["fact-timeline-date"])
            para += nodes.Text(" — ")
            para += fact_timeline_links(key=fact.key, label=fact.label)
            item += para
            items += item
        return [marker, items]
