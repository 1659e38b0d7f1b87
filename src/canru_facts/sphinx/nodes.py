"""The doctree nodes the extension adds, the citation record, and the one tree walker.

A page is read into placeholders that name facts but hold none of their words:
``fact_ref`` (a citation), ``fact_label`` (a fact's label, in the infobox),
``fact_register`` (one group of the register), ``fact_timeline`` (its entries,
each a ``fact_event``), ``fact_people`` and ``fact_chart``.  They are pickled
that way, so a fact edit never makes a page be read again.  When a page is
written, :mod:`canru_facts.sphinx.resolve` fills each of them with ordinary
docutils nodes, and a few of the extension's own that each writer knows:
``fact_table`` (a table drawn from facts), ``fact_entry`` (a register row),
``fact_key``, ``fact_details`` (what a row shows on demand) and ``fact_pageref``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

from docutils import nodes
from docutils.statemachine import StateMachine
from sphinx import addnodes


class fact_ref(nodes.Inline, nodes.TextElement):
    """A citation of one fact.

    Attributes, set when the page is read: ``key``, ``mention`` ("" for the
    fact's main evidence), ``variant`` ("" for the default spelling) and
    ``origin`` ("text" for the role, "infobox").  It has no children until the
    page is written; then it holds the value (and a ``[sic]`` mark), and, for
    HTML, ``refuri`` (the register entry) and ``tip`` or ``tip_ref`` (see
    :mod:`canru_facts.sphinx.writers`).
    """


class fact_label(nodes.Inline, nodes.TextElement):
    """A fact's label (attribute ``key``), replaced by its text when the page is written."""


class fact_entry(nodes.row):
    """One fact in the register: a table row (attribute ``key``), anchored at ``fact-KEY``.

    Built when the register is written; its cells are ordinary nodes.  Every
    writer writes it as a row; HTML adds ``data-fact``, LaTeX a label.
    """


class fact_table(nodes.General, nodes.Element):
    """A table drawn from facts, as the register lays it out (attribute ``words``).

    HTML: a ``<div>`` whose custom properties hold the column names that a
    narrow screen shows before each cell (``words``: name -> text); LaTeX: small
    type.  Other writers write its children alone.
    """


class fact_key(nodes.Inline, nodes.TextElement):
    """A fact's key in small type; in print it breaks only after a dot or an underscore."""


class fact_details(nodes.General, nodes.Element):
    """What the register shows on demand (HTML only): ``<details>`` with a ``summary``.

    Its children are inline nodes, each a line of what it shows.
    """


class fact_register(nodes.General, nodes.Element):
    """Where the register's entries go: every fact of one subject (attribute ``subject``)."""


class fact_timeline(nodes.General, nodes.Element):
    """The timeline as read: its ``fact_event`` entries, in the order they were written.

    Attribute ``not_events``: the dated facts that are deliberately no event.
    """


class fact_event(nodes.General, nodes.Element):
    """One entry of the timeline as read (see :mod:`.timeline`).

    Attributes: ``date`` (the key of the fact dating it), ``after`` (for a day
    without a year: the key whose entry it follows, or ""), ``gathered`` (further
    facts dating the same event).  Children: the date's citation, then a
    paragraph holding the headline.
    """


class fact_people(nodes.General, nodes.Element):
    """A list of people as read: a table whose rows name each person (see :mod:`.people`)."""


class fact_pageref(nodes.Inline, nodes.Element):
    """In print, the number of the page holding a label, linked to it: "12".

    Attribute ``refid``: the label, ``DOCNAME:ID``.  Only the LaTeX writer makes
    it (a PDF has page numbers where the web has links); other writers skip it.
    """


class fact_chart(nodes.General, nodes.Inline, nodes.Element):
    """A bar chart of facts.

    Read: ``title``, ``groups`` (references naming the bars' groups) and
    ``series`` (list of (name, [reference or ""])).  Written: ``spec`` (the
    drawing's numbers and words, see :mod:`canru_facts.sphinx.chart`) and
    ``alt``.  Its ids are the anchors of the chart's citations.
    """


def element(cls: type[nodes.Element], *children: nodes.Node, **attributes: Any) -> nodes.Element:
    """A new ``cls`` node holding ``children``, for a subtree built before it joins a page.

    docutils' constructor looks up the document of the new parent for every child
    it is given; a subtree not yet in a page has none, and finding that out costs
    a raised and caught exception per node (most of the time the register of a
    book of thousands of facts took to build).  Here the children only learn
    their parent; they find their document through it once the subtree is placed.
    """
    node = cls(**attributes)
    node.children = list(children)
    for child in children:
        child.parent = node
    return node


def text_element(cls: type[nodes.Element], text: str, **attributes: Any) -> nodes.Element:
    """:func:`element` holding one text, like ``cls("", text)``."""
    return element(cls, nodes.Text(text), **attributes)


def cell(*children: nodes.Node, compact: bool = False, **attributes: Any) -> nodes.Element:
    """A table cell holding one paragraph of ``children``.

    ``compact``: a paragraph that HTML writes without ``<p>`` (Sphinx's
    ``compact_paragraph``), an element fewer per cell.  The plain-text writer
    needs the paragraph: it lays out nothing else in a cell.
    """
    paragraph = addnodes.compact_paragraph if compact else nodes.paragraph
    return element(nodes.entry, element(paragraph, *children), **attributes)


class Reference(NamedTuple):
    """What a citation names: ``key@mention:variant``."""

    key: str
    mention: str = ""
    variant: str = ""

    def __str__(self) -> str:
        mention = f"@{self.mention}" if self.mention else ""
        variant = f":{self.variant}" if self.variant else ""
        return f"{self.key}{mention}{variant}"


def parse_reference(text: str) -> Reference:
    """``"key@mention:variant"`` -> ``Reference("key", "mention", "variant")``."""
    reference, _, variant = text.strip().partition(":")
    key, _, mention = reference.partition("@")
    return Reference(key.strip(), mention.strip(), variant.strip())


def reference_of(node: fact_ref) -> Reference:
    return Reference(node["key"], node.get("mention", ""), node.get("variant", ""))


def make_ref(reference: Reference, origin: str) -> fact_ref:
    """A citation of ``reference``, as the page is read: no value yet.

    The key is also the node's raw source: Sphinx would otherwise fill an empty
    one with a copy of the text.
    """
    return fact_ref(
        reference.key,
        key=reference.key,
        mention=reference.mention,
        variant=reference.variant,
        origin=origin,
        classes=["fact"],
    )


class Citation(NamedTuple):
    """One citation, as the ``facts`` domain keeps it for each page.

    Its anchor is ``cite-KEY-NUMBER`` (:func:`citation_id`); ``origin`` says what
    made it: "text" (the role), "infobox" or "chart".
    """

    key: str
    mention: str
    number: int
    line: int
    origin: str


def citation_id(key: str, n: int) -> str:
    """Anchor of the n-th citation of ``key`` in a page (backlinks point here)."""
    return f"cite-{key}-{n}"


def key_of(anchor: str) -> str:
    """The key a citation's anchor names: ``cite-KEY-NUMBER`` -> ``KEY``."""
    return anchor.removeprefix("cite-").rpartition("-")[0]


def entry_id(key: str) -> str:
    """Anchor of a fact's entry in the register."""
    return f"fact-{key}"


# --- walking a tree ------------------------------------------------------------------

_TITLES = (nodes.title, nodes.subtitle, nodes.rubric)


class Place(NamedTuple):
    """Where a node stands: inside a title, and inside a link."""

    in_title: bool
    in_link: bool


def walk(root: nodes.Node, classes: tuple[type, ...]) -> Iterator[tuple[nodes.Node, Place]]:
    """Nodes of ``classes`` under ``root``, in document order, each with its place.

    The one walker of the extension: reading a page, writing it, and taking a
    title's words all go through it.  It does not go into the nodes it yields.
    A plain stack beats ``findall`` on pages citing hundreds of facts, and knows
    the place of each node on the way down.
    """
    stack: list[tuple[nodes.Node, bool, bool]] = [(root, False, False)]
    while stack:
        node, in_title, in_link = stack.pop()
        if isinstance(node, classes):
            yield node, Place(in_title, in_link)
        elif isinstance(node, nodes.Element):
            in_title = in_title or isinstance(node, _TITLES)
            in_link = in_link or isinstance(node, nodes.reference)
            stack.extend((child, in_title, in_link) for child in reversed(node.children))


def place_of(node: nodes.Node) -> Place:
    """The place of a node already in a tree, found from its parents."""
    in_title = in_link = False
    parent = node.parent
    while parent is not None:
        in_title = in_title or isinstance(parent, _TITLES)
        in_link = in_link or isinstance(parent, nodes.reference)
        parent = parent.parent
    return Place(in_title, in_link)


def source_text(node: nodes.Node) -> str:
    """The words of ``node`` with each citation as its reference: ``Since {relations.x:year}``.

    What a title says, whatever the facts' values.
    """
    return "".join(
        "{" + str(reference_of(found)) + "}" if isinstance(found, fact_ref) else str(found)
        for found, _place in walk(node, (fact_ref, nodes.Text))
    )


def content_line(directive: Any, i: int) -> int:
    """The line of the file holding line ``i`` (0-based) of a directive's content.

    docutils counts ``content_offset`` from the top of the file (0-based); MyST,
    which parses Markdown with a stand-in state machine, from the directive's line
    (the content's first line is ``lineno + content_offset + 1``).
    """
    if isinstance(directive.state_machine, StateMachine):
        return directive.content_offset + i + 1
    return directive.lineno + directive.content_offset + i + 1
