"""The ``fact-infobox`` directive: the relation at a glance, for the landing page.

A two-column table of fact labels and values: the two missions, the two envoys
and the day relations were established.  Each value is a citation like the
role's, so it links to the register and counts as cited.  Each option takes a
key, or ``key:variant``; an optional argument is the table's title::

    ```{fact-infobox} Canada–Russia relations
    :envoy-canada: envoy.canada:name
    ```
"""

from __future__ import annotations

from typing import ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from .messages import warn
from .role import CitationError, broken_citation, make_citation

ROWS = {  # option -> default key, in the order the table shows them
    "mission-canada": "mission.canada",
    "mission-russia": "mission.russia",
    "envoy-canada": "envoy.canada",
    "envoy-russia": "envoy.russia",
    "established": "relations.established",
}


class FactInfobox(SphinxDirective):
    has_content = False
    optional_arguments = 1
    final_argument_whitespace = True
    option_spec: ClassVar[dict] = {name: directives.unchanged_required for name in ROWS}

    def run(self) -> list[nodes.Node]:
        facts = self.env.domains["facts"].facts()
        table = nodes.table(classes=["fact-infobox"])
        if self.arguments:
            title_nodes, _messages = self.parse_inline(self.arguments[0], lineno=self.lineno)
            table += nodes.title(self.arguments[0], "", *title_nodes)
        group = nodes.tgroup(cols=2)
        table += group
        group += nodes.colspec(colwidth=40)
        group += nodes.colspec(colwidth=60)
        body = nodes.tbody()
        group += body
        for option, default in ROWS.items():
            reference = self.options.get(option, default)
            key = reference.partition(":")[0].strip()
            fact = facts.registry.get(key)
            try:
                value: nodes.Element = make_citation(facts, reference, origin="infobox")
            except CitationError as err:
                warn(f"fact-infobox :{option}: {err}", self.get_location(), err.subtype)
                value = broken_citation(reference, reference)
            self.set_source_info(value)
            label = facts.label(key) if fact is not None else key
            row = nodes.row()
            row += nodes.entry("", nodes.paragraph("", label))
            row += nodes.entry("", nodes.paragraph("", "", value))
            body += row
        self.set_source_info(table)
        return [table]
