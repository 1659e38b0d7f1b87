"""How a citation and a register entry are written in each output format.

HTML: the value is a link to the fact's register entry, wrapped in
``<span class="fact" data-fact="KEY">``; its tooltip (label, evidence, seed line)
shows on hover *and* on keyboard focus, and is announced through
``aria-describedby``.  A page holds each fact's tooltip once, in its first
citation; later citations of the fact on that page name the same tooltip, and
canru-facts.js moves it into whichever citation is hovered or focused.  EPUB: a
plain link, no tooltip.  LaTeX, text, man and
Texinfo: the plain value (LaTeX adds an invisible anchor for the register's
backlinks).  Everything from a fact goes through the writer's own escaping.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.builders._epub_base import EpubBuilder

from .messages import _
from .nodes import fact_entry, fact_ref
from .register import html_visit_fact_entry


def _is_plain_context(node: nodes.Node) -> tuple[bool, bool]:
    """(inside a title, inside a link): where a link or tooltip must not go.

    Table-of-contents entries are copies of titles inside links; they must not
    repeat the citation's id either.
    """
    in_title = in_link = False
    parent = node.parent
    while parent is not None:
        if isinstance(parent, (nodes.title, nodes.subtitle, nodes.rubric)):
            in_title = True
        elif isinstance(parent, nodes.reference):
            in_link = True
        parent = parent.parent
    return in_title, in_link


def html_visit_fact_ref(self: Any, node: fact_ref) -> None:
    key = node["key"]
    value = self.encode(node.astext())
    in_title, in_link = _is_plain_context(node)
    if in_link:
        self.body.append(f'<span class="fact" data-fact="{self.attval(key)}">{value}</span>')
        raise nodes.SkipNode
    refuri = node.get("refuri")
    if isinstance(self.builder, EpubBuilder) or in_title:
        # EPUB readers have no hover: a plain link keeps epubcheck and readers happy.
        tag = "a" if refuri and not in_title else "span"
        atts = {"href": refuri} if tag == "a" else {}
        self.body.append(self.starttag(node, tag, "", **{"data-fact": key}, **atts))
        self.body.append(f"{value}</{tag}>")
        raise nodes.SkipNode
    node_id = node["ids"][0] if node["ids"] else ""
    att = self.attval
    mention = node.get("mention", "")
    tips = _tips_on_page(self)
    tip_id = tips.get((key, mention))
    write_tip = tip_id is None
    if write_tip and node_id:
        tip_id = tips[key, mention] = f"{node_id}-tip"
    # Built as a string: a book may cite thousands of facts, and starttag() is slow.
    id_att = f' id="{att(node_id)}"' if node_id else ""
    described = f' aria-describedby="{att(tip_id)}"' if tip_id else ""
    out = [f'<span class="fact" data-fact="{att(key)}"{id_att}>']
    if refuri:
        out.append(f'<a class="fact-value" href="{att(refuri)}"{described}>{value}</a>')
    else:  # no register in this book: still focusable, so the tooltip can be reached
        out.append(f'<span class="fact-value" tabindex="0"{described}>{value}</span>')
    if write_tip:
        tip_id_att = f' id="{att(tip_id)}"' if tip_id else ""
        out.append(
            f'<span class="fact-tip" role="tooltip"{tip_id_att}>'
            f"{_tooltip_body(self, key, mention)}</span>"
        )
    out.append("</span>")
    self.body.append("".join(out))
    raise nodes.SkipNode


def _tips_on_page(self: Any) -> dict[tuple[str, str], str]:
    """(key, mention) -> id of the tooltip already written on the page this translator writes."""
    tips = getattr(self, "_canru_fact_tips", None)
    if tips is None:
        tips = self._canru_fact_tips = {}
    return tips


def _tooltip_body(self: Any, key: str, mention: str = "") -> str:
    """Label, evidence and seed line of a fact's mention, as HTML; made once per build."""
    facts = self.builder.env.domains["facts"].facts()
    cached = facts.html_tooltips.get((key, mention))
    if cached is not None:
        return cached
    fact = facts.registry.get(key)
    if fact is None or (mention and mention not in fact.also):
        return ""  # cannot happen after a read, but never fail a write over a tooltip
    body = (
        f'<span class="fact-tip-label">{self.encode(facts.label(key))}</span> '
        f'<q class="fact-tip-evidence">{self.encode(fact.evidence_of(mention))}</q>'
        f"{_seed_line_html(self, facts, fact.key, mention)}"
    )
    facts.html_tooltips[key, mention] = body
    return body


def _seed_line_html(self: Any, facts: Any, key: str, mention: str = "") -> str:
    if not facts.seed_name:  # the book names no seed: nothing to point at
        return ""
    line = facts.lines.get((key, mention))
    where = (
        str(_("%(seed)s, line %(line)d")) % {"seed": facts.seed_name, "line": line}
        if line
        else str(_("not located in the seed"))
    )
    return f' <span class="fact-tip-seed">({self.encode(where)})</span>'


def latex_visit_fact_ref(self: Any, node: fact_ref) -> None:
    if node["ids"] and not self.in_title:
        # An anchor for the register's backlinks; in a caption, a bare \label.
        self.body.append(self.hypertarget_to(node, anchor=not self.in_caption))
    self.body.append(self.encode(node.astext()))
    raise nodes.SkipNode


def latex_visit_fact_entry(self: Any, node: fact_entry) -> None:
    self.body.append("\n" + self.hypertarget_to(node, anchor=True) + "\n")


def visit_pass(self: Any, node: nodes.Node) -> None:
    """Plain formats: write the children (the value) and nothing else."""


def depart_pass(self: Any, node: nodes.Node) -> None:
    pass


PLAIN = (visit_pass, depart_pass)

FACT_REF_VISITORS = {
    "html": (html_visit_fact_ref, None),
    "latex": (latex_visit_fact_ref, None),
    "text": PLAIN,
    "man": PLAIN,
    "texinfo": PLAIN,
}

FACT_ENTRY_VISITORS = {
    "html": (html_visit_fact_entry, None),
    "latex": (latex_visit_fact_entry, depart_pass),
    "text": PLAIN,
    "man": PLAIN,
    "texinfo": PLAIN,
}
