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

from .messages import _
from .nodes import fact_pageref, fact_timeline, fact_timeline_marker
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
        words = "\n".join(
            f"{facts.line_start(f.key)} — {facts.label(f.key)}" for f in facts.registry.dated()
        )
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


def timeline_nodes(items: list[Item], entries: list[str] | None = None) -> nodes.bullet_list:
    """The timeline as a bullet list, for LaTeX, text and the rest.

    ``entries``, in the PDF: the label of each line's register entry, for a page
    reference in place of the web's "register entry" link.
    """
    bullets = nodes.bullet_list(classes=["fact-timeline"])
    for n, (date, links) in enumerate(items):
        para = nodes.paragraph()
        para += nodes.strong("", date, classes=["fact-timeline-date"])
        para.extend(links_nodes(links))
        if entries:
            para += fact_pageref(refid=entries[n])
        bullets += nodes.list_item("", para, classes=["fact-timeline-item"])
    return bullets


def latex_visit_fact_pageref(self: Any, node: fact_pageref) -> None:
    words = self.encode(str(_("register")))
    self.body.append(f" ({words}, {self.hyperpageref(node['refid'])})")
    raise nodes.SkipNode


def skip(self: Any, node: nodes.Node) -> None:
    raise nodes.SkipNode


PAGEREF_VISITORS = {
    "latex": (latex_visit_fact_pageref, None),
    **{fmt: (skip, None) for fmt in ("html", "text", "man", "texinfo")},
}
