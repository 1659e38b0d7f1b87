"""The doctree nodes the extension adds.

``fact_ref`` is what a citation becomes; it stays in the pickled doctree, and the
writers turn it into a value (plus, in HTML, a link and a tooltip).  The other
nodes are placeholders for what depends on the whole book (backlinks, the first
citation, the register's address): they are filled at write time by
:mod:`canru_facts.sphinx.resolve`, after every page has been read.
"""

from __future__ import annotations

from docutils import nodes


class fact_ref(nodes.Inline, nodes.TextElement):
    """A citation of one fact. Attributes: ``key``, ``variant``, ``origin``.

    ``origin`` says what made the citation: "text" (the role), "infobox", "chart".
    Its only child is the value as text, so search, titles and plain-text output
    read the value with no extra work.
    """


class fact_entry(nodes.General, nodes.Element):
    """One fact in the register (attribute ``key``), with the ``fact-KEY`` anchor.

    While read, it holds only the fact's words as one text, for the search index.
    At write time HTML gets its ``links`` (see resolve.py) and writes the entry
    straight from the registry; other formats get the entry as ordinary nodes.
    """


class fact_timeline(nodes.General, nodes.Element):
    """The timeline; like fact_entry, written from the registry at write time."""


class fact_pageref(nodes.Inline, nodes.Element):
    """In the PDF, where a timeline line points into the register: "(register, page 12)".

    Attribute ``refid``: the register entry's label, ``DOCNAME:fact-KEY``.  Only the
    LaTeX writer shows it; a PDF has page numbers where the web has links.
    """


class fact_register_marker(nodes.Invisible, nodes.Element):
    """Marks where a ``fact-register`` directive stands, for located warnings."""


class fact_timeline_marker(nodes.Invisible, nodes.Element):
    """Marks where a ``fact-timeline`` directive stands."""


class fact_chart(nodes.General, nodes.Inline, nodes.Element):
    """The opinion chart: drawn at write time from the values stored on the node.

    Attributes: ``groups`` (x labels), ``series`` (list of (name, [value or None])),
    ``value_labels`` (matching list of lists of text), ``alt``.
    """


# Citation records kept per document: (key, number, line, origin).  The citation's
# anchor is ``cite-KEY-NUMBER`` (domain.citation_id); a failed citation has number 0
# and no anchor.  Small tuples of shared strings keep the environment small: a
# parallel build pickles all of it between processes once per batch of pages.
Citation = tuple[str, int, int, str]

BROKEN = "broken"  # origin of a role that failed: recorded so a fix re-reads it


def citation_key_of(node: nodes.Node) -> str | None:
    """The key a node cites: a fact_ref, or a failed citation kept as problematic."""
    if isinstance(node, fact_ref):
        return node["key"]
    if isinstance(node, nodes.problematic):
        return node.get("fact_key")
    return None
