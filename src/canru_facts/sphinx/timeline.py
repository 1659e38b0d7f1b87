"""The ``fact-timeline`` directive: every dated fact, in time order.

Each line gives the date, the fact's label linked to where the book first
discusses it (its first citation in prose, in reading order), and a link to its
register entry.  A day without a year cannot be placed and is left out
(``Registry.dated()``).  Like the register, the list is written at write time,
from the registry and every page's citations: HTML as text, other formats as a
bullet list.
"""

from __future__ import annotations

from typing import Any, ClassVar

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from .nodes import fact_timeline, fact_timeline_marker
from .register import Link, links_html, links_nodes

# One timeline line: date, then the links (label to the first discussion, entry).
Item = tuple[str, list[Link]]


class FactTimeline(SphinxDirective):
    has_content = False
    option_spec: ClassVar[dict] = {}

    def run(self) -> list[nodes.Node]:
        facts = self.env.domains["facts"].facts()
        marker = fact_timeline_marker()
        self.set_source_info(marker)
        # the dates and labels as one text, for the search index
        words = "\n".join(f"{facts.render(f.key)} — {f.label}" for f in facts.registry.dated())
        return [marker, fact_timeline("", nodes.Text(words), classes=["fact-timeline"])]


def html_visit_fact_timeline(self: Any, node: fact_timeline) -> None:
    out = ['<ul class="fact-timeline simple">\n']
    for date, links in node.get("items", []):
        out.append(
            f'<li class="fact-timeline-item"><p><strong class="fact-timeline-date">'
            f"{self.encode(date)}</strong>{links_html(self, links)}</p></li>\n"
        )
    out.append("</ul>\n")
    self.body.append("".join(out))
    raise nodes.SkipNode


def timeline_nodes(items: list[Item]) -> nodes.bullet_list:
    """The timeline as a bullet list, for LaTeX, text and the rest."""
    bullets = nodes.bullet_list(classes=["fact-timeline"])
    for date, links in items:
        para = nodes.paragraph()
        para += nodes.strong("", date, classes=["fact-timeline-date"])
        para.extend(links_nodes(links))
        bullets += nodes.list_item("", para, classes=["fact-timeline-item"])
    return bullets
