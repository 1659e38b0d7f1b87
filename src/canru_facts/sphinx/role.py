"""The ``{fact}`` role, and the ``{num}`` escape for numbers that are not facts.

Syntax (MyST; in reStructuredText ``:fact:`relations.established```)::

    {fact}`relations.established`         -> 12 June 1942
    {fact}`relations.established:year`    -> 1942
    {fact}`envoy.canada:name-role`        -> Sarah Taylor, Ambassador of Canada to Russia
    {fact}`history.nato@allies`           -> the value, with the evidence of its mention "allies"
    {num}`1900s`                          -> 1900s (plain text; the bare-fact lint skips it)

The part after the first colon is a variant of :mod:`canru_facts.style`; the part
after ``@`` names one of the fact's further mentions (``Fact.also``).  The role
only records what it cites: the value is written when the page is written
(:mod:`canru_facts.sphinx.resolve`), so a fact edit never makes the page be read
again.  An empty role gives a located ``fact.empty`` warning and a visible
*problematic* node; an unknown key, mention or variant is reported when the page
is written.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.util.docutils import SphinxRole

from .loading import SYNTAX
from .messages import _, warn
from .nodes import make_ref, parse_reference


class FactRole(SphinxRole):
    """``{fact}`key[@mention][:variant]```: the value of a fact, in house style."""

    def run(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        reference = parse_reference(self.text)
        if not reference.key:
            warn(str(_("empty fact reference; write %s")) % SYNTAX, self.get_location(), "empty")
            node: nodes.Element = nodes.problematic(self.rawtext, self.rawtext)
        else:
            node = make_ref(reference, origin="text")
        self.set_source_info(node)
        return [node], []


class NumRole(SphinxRole):
    """``{num}`1900s```: a number that is not a fact, written as plain text.

    The only escape of the bare-fact lint: it says, in the source, that the writer
    meant a number and not a fact.
    """

    def run(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        if not self.text.strip():
            warn(
                str(_("empty num role; write {num}`1900s` for a number that is not a fact")),
                self.get_location(),
                "empty",
            )
            node = nodes.problematic(self.rawtext, self.rawtext)
            self.set_source_info(node)
            return [node], []
        return [nodes.Text(self.text)], []


def setup_roles(app: Any) -> None:
    app.add_role("fact", FactRole())
    app.add_role("num", NumRole())
