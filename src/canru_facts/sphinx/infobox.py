"""The ``fact-infobox`` directive: a few facts at a glance, as a table.

Each line of the content is a citation, ``key``, ``key:variant`` or
``key@mention``; each becomes a row with the fact's label and its value.  The
value is a citation like the role's, so it links to the register and counts as
cited.  An optional argument is the table's title::

    ```{fact-infobox} At a glance
    mission.canada
    envoy.canada:name
    relations.established
    ```

Labels and values are written when the page is written, like every fact.
"""

from __future__ import annotations

from typing import Any, ClassVar

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from .messages import _, warn
from .nodes import content_line, fact_label, make_ref, parse_reference


class FactInfobox(SphinxDirective):
    has_content = True
    optional_arguments = 1
    final_argument_whitespace = True
    option_spec: ClassVar[dict] = {}

    def run(self) -> list[nodes.Node]:
        rows = [
            (content_line(self, i), line.strip())
            for i, line in enumerate(self.content)
            if line.strip()
        ]
        if not rows:
            warn(
                str(_("fact-infobox: no rows; write one fact key per line of its content")),
                self.get_location(),
                "option",
            )
            return []
        table = nodes.table(classes=["fact-infobox"])
        self.set_source_info(table)
        if self.arguments:
            title_nodes, _messages = self.parse_inline(self.arguments[0], lineno=self.lineno)
            table += nodes.title(self.arguments[0], "", *title_nodes)
        group = nodes.tgroup(cols=2)
        table += group
        group += nodes.colspec(colwidth=40)
        group += nodes.colspec(colwidth=60)
        body = nodes.tbody()
        group += body
        source, _line = self.get_source_info()
        for line, text in rows:
            reference = parse_reference(text)
            value = make_ref(reference, origin="infobox")
            label = fact_label(reference.key, key=reference.key)
            for node in (value, label):
                node.source, node.line = source, line
            row = nodes.row()
            row += nodes.entry("", nodes.paragraph("", "", label))
            row += nodes.entry("", nodes.paragraph("", "", value))
            body += row
        return [table]


def setup_infobox(app: Any) -> None:
    app.add_directive("fact-infobox", FactInfobox)
    app.add_node(fact_label)  # filled with text before any writer sees it
