"""The doctree nodes the extension adds, the citation record, and the one tree walker.

A page is read into placeholders that name facts but hold none of their words:
``fact_ref`` (a citation), ``fact_label`` (a fact's label, in the infobox),
``fact_register`` (one group of the register), ``fact_timeline`` and
``fact_chart``.  They are pickled that way, so a fact edit never makes a page be
read again.  When a page is written, :mod:`canru_facts.sphinx.resolve` fills each
of them with ordinary docutils nodes (and ``fact_entry`` for a register entry).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

from docutils import nodes
from docutils.statemachine import StateMachine


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


class fact_entry(nodes.General, nodes.Element):
    """One fact in the register (attribute ``key``), anchored at ``fact-KEY``.

    Built when the register is written; its children are ordinary nodes.
    """


class fact_register(nodes.General, nodes.Element):
    """Where the register's entries go: every fact of one subject (attribute ``subject``)."""


class fact_timeline(nodes.General, nodes.Element):
    """Where the timeline goes."""


class fact_pageref(nodes.Inline, nodes.Element):
    """In the PDF, where a timeline line points into the register: "(register, page 12)".

    Attribute ``refid``: the register entry's label, ``DOCNAME:fact-KEY``.  Only the
    LaTeX writer shows it; a PDF has page numbers where the web has links.
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
