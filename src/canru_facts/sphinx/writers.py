"""How a citation is written in each output format.

Its children are ordinary nodes (the value, a ``[sic]`` mark), which every
writer writes as it writes any page; the visitors here only wrap them.  (The
register's own nodes are written in :mod:`.register`, the timeline's in
:mod:`.timeline`.)

HTML: the value is a link to the fact's register entry, wrapped in
``<span class="fact" data-fact="KEY">``; its tooltip (label, evidence, seed line)
shows on hover *and* on keyboard focus, and is announced through
``aria-describedby``.  A page holds each fact's tooltip once, in the citation
:mod:`canru_facts.sphinx.resolve` chose (``tip``); later citations of the fact
on that page name it (``tip_ref``), and canru-facts.js moves it into whichever
citation is hovered or focused.  EPUB: a plain link, no tooltip.  LaTeX, text,
man and Texinfo: the plain value (LaTeX adds an invisible anchor for the
register's backlinks).  Everything from a fact goes through the writer's own
escaping.

A citation copied into a table of contents, a sidebar or a page's ``<title>``
is a copy of the citation as read, without its value: the writer fills it in.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.builders.epub3 import Epub3Builder

from .nodes import fact_ref, place_of, reference_of


def fill_copy(self: Any, node: fact_ref) -> None:
    """Give a copied citation (table of contents, title) its value, which it lacks."""
    if node.children:
        return
    facts = self.builder.env.domains["facts"].facts
    reference = reference_of(node)
    if facts.problem(reference) is None:
        node.extend(facts.value_nodes(reference.key, reference.variant))
    else:  # the page's own copy says what is wrong, with a warning; a copy shows the source
        node += nodes.Text(str(reference))


# --- HTML ------------------------------------------------------------------------


def html_visit_fact_ref(self: Any, node: fact_ref) -> None:
    fill_copy(self, node)
    att = self.attval
    key = node["key"]
    in_title, in_link = place_of(node)
    if in_link:  # a copy in a table of contents: no link in a link, no id twice
        self.body.append(f'<span class="fact" data-fact="{att(key)}">')
        self.context.append("</span>")
        return
    refuri = node.get("refuri")
    if isinstance(self.builder, Epub3Builder) or in_title:
        # EPUB readers have no hover: a plain link keeps epubcheck and readers happy.
        tag = "a" if refuri and not in_title else "span"
        atts = {"href": refuri} if tag == "a" else {}
        self.body.append(self.starttag(node, tag, "", **{"data-fact": key}, **atts))
        self.context.append(f"</{tag}>")
        return
    node_id = node["ids"][0] if node["ids"] else ""
    described_by = node.get("tip") or node.get("tip_ref")
    id_att = f' id="{att(node_id)}"' if node_id else ""
    described = f' aria-describedby="{att(described_by)}"' if described_by else ""
    if refuri:
        value = f'<a class="fact-value" href="{att(refuri)}"{described}>'
        close = "</a>"
    else:  # no register in this book: still focusable, so the tooltip can be reached
        value = f'<span class="fact-value" tabindex="0"{described}>'
        close = "</span>"
    self.body.append(f'<span class="fact" data-fact="{att(key)}"{id_att}>{value}')
    self.context.append(f"{close}{_tooltip(self, node)}</span>")


def html_depart_fact_ref(self: Any, node: fact_ref) -> None:
    self.body.append(self.context.pop())


def _tooltip(self: Any, node: fact_ref) -> str:
    """The tooltip the page holds for this fact, if this citation holds it.

    Written by hand: docutils has no node for a tooltip (a ``role="tooltip"``
    element named by ``aria-describedby``) nor for a ``<q>`` quotation.
    """
    tip = node.get("tip")
    if not tip:
        return ""
    enc, att = self.encode, self.attval
    seed = node.get("tip_seed", "")
    seed_html = f' <span class="fact-tip-seed">({enc(seed)})</span>' if seed else ""
    return (
        f'<span class="fact-tip" role="tooltip" id="{att(tip)}">'
        f'<span class="fact-tip-label">{enc(node["tip_label"])}</span> '
        f'<q class="fact-tip-evidence">{enc(node["tip_evidence"])}</q>{seed_html}</span>'
    )


# --- LaTeX -----------------------------------------------------------------------


def anchor_outside_heading(node: fact_ref) -> bool:
    """For print: move a citation's anchor out of the heading it stands in.

    LaTeX writes no label inside a heading (a moving argument), so the
    register's backlink to such a citation would lead nowhere: its anchor joins
    those of the nearest section or table, which LaTeX labels after the heading.
    False where there is none (the caller warns).
    """
    holder = node.parent
    while holder is not None and not isinstance(holder, (nodes.section, nodes.table)):
        holder = holder.parent
    if holder is None:
        return False
    holder["ids"].extend(node["ids"])
    node["ids"] = []
    return True


def latex_visit_fact_ref(self: Any, node: fact_ref) -> None:
    fill_copy(self, node)
    if node["ids"] and not self.in_title:
        # An anchor for the register's backlinks; in a caption, a bare \label.
        self.body.append(self.hypertarget_to(node, anchor=not self.in_caption))


# --- every format --------------------------------------------------------------------


def plain_visit_fact_ref(self: Any, node: fact_ref) -> None:
    """Plain formats: the children (the value) and nothing else."""
    fill_copy(self, node)


def visit_nothing(self: Any, node: nodes.Node) -> None:
    pass


def depart_nothing(self: Any, node: nodes.Node) -> None:
    pass


def skip(self: Any, node: nodes.Node) -> None:
    """A node this format leaves out, with its children."""
    raise nodes.SkipNode


Visitors = tuple[Any, Any]  # (visit, depart), as Sphinx's add_node takes them

# The plain formats, which write a node of the extension alike.
PLAIN_FORMATS = ("text", "man", "texinfo")


def add_node(
    app: Any,
    node: type[nodes.Element],
    *,
    html: Visitors | None = None,
    latex: Visitors | None = None,
    plain: Visitors | None = None,
) -> None:
    """Register ``node`` with its HTML (EPUB too) and LaTeX visitors, and ``plain`` for
    every plain format; a format given none has none."""
    visitors = {"html": html, "latex": latex, **dict.fromkeys(PLAIN_FORMATS, plain)}
    app.add_node(node, **{name: pair for name, pair in visitors.items() if pair})


def setup_writers(app: Any) -> None:
    add_node(
        app,
        fact_ref,
        html=(html_visit_fact_ref, html_depart_fact_ref),
        latex=(latex_visit_fact_ref, depart_nothing),
        plain=(plain_visit_fact_ref, depart_nothing),
    )
