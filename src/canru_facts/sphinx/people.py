"""The ``fact-people`` directive: a list of people drawn from the facts, as a table.

One person a line of the content, ``key`` or ``key@mention`` (the mention whose
evidence the list relies on); the optional argument is the table's caption,
inline markup that may cite facts::

    ```{fact-people} From the Russian side
    people.georgiy_mamedov
    people.o_betin
    ```

Each person is a row, Name | Role | Organisation, and each cell a citation of
the person (the variants ``name``, ``role`` and ``organisation`` of a
``Person``); a person the source gives no role or no organisation has an empty
cell there.  The name's citation is made as the page is read: it anchors the
row, and the register's backlinks name it.  The role and the organisation are
written when the page is written, since only the fact's value says whether the
person has them; they name the name's tooltip.  A key that is not a person gets
a located ``fact.option`` warning, and its row shows the key as a problem.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from ..model import Person
from .messages import _, warn
from .nodes import (
    Reference,
    cell,
    content_line,
    element,
    fact_people,
    fact_ref,
    make_ref,
    parse_reference,
    reference_of,
    walk,
)

if TYPE_CHECKING:
    from .resolve import Page

ORIGIN = "people"
FIELDS = ("role", "organisation")  # the cells written with the page, after the name


class FactPeople(SphinxDirective):
    has_content = True
    optional_arguments = 1
    final_argument_whitespace = True
    option_spec: ClassVar[dict] = {}

    def run(self) -> list[nodes.Node]:
        source = self.get_source_info()[0]
        rows = [
            (content_line(self, i), line.strip())
            for i, line in enumerate(self.content)
            if line.strip()
        ]
        if not rows:
            words = _("fact-people: no people; write one person's key per line of its content")
            warn(str(words), self.get_location(), "option")
            return []
        table = nodes.table(classes=["fact-people", "colwidths-given"])
        self.set_source_info(table)
        out: list[nodes.Node] = []
        if self.arguments:
            caption, messages = self.parse_inline(self.arguments[0], lineno=self.lineno)
            table += nodes.title(self.arguments[0], "", *caption)
            out += messages
        group = nodes.tgroup(cols=3)
        table += group
        for width in (30, 40, 30):
            group += nodes.colspec(colwidth=width)
        heads = [_("Name"), _("Role"), _("Organisation")]
        group += element(
            nodes.thead, element(nodes.row, *(cell(nodes.Text(str(w))) for w in heads))
        )
        body = nodes.tbody()
        group += body
        for line, text in rows:
            reference = parse_reference(text)
            # The name as the row is read; role and organisation come with the page.
            name = make_ref(Reference(reference.key, reference.mention, "name"), ORIGIN)
            name.source, name.line = source, line
            row = nodes.row()
            row += nodes.entry("", nodes.paragraph("", "", name))
            for _field in FIELDS:
                row += nodes.entry("", nodes.paragraph())
            body += row
        placeholder = fact_people("", table)
        self.set_source_info(placeholder)
        return [placeholder, *out]


def build_people(page: Page, node: fact_people) -> nodes.Element:
    """The table, each row's cells written from the person's fact."""
    table = node.children[0]
    for name, place in list(walk(table, (fact_ref,))):
        row = name.parent.parent.parent
        if not isinstance(row, nodes.row) or name.parent.parent is not row.children[0]:
            page.citation(name, place)  # a citation in the caption
            continue
        key, mention, _variant = reference_of(name)
        fact = page.facts.registry.get(key)
        if fact is not None and not isinstance(fact.value, Person):
            words = _("fact-people: %(key)r is a %(kind)s, not a person")
            warn(str(words) % {"key": key, "kind": fact.kind}, name, "option")
            problem = nodes.problematic(key, key, ids=name["ids"])
            problem.source, problem.line = name.source, name.line
            name.replace_self(problem)
            continue
        page.citation(name, place)  # an unknown key: reported there
        if fact is None:
            continue
        for field, entry in zip(FIELDS, row.children[1:], strict=True):
            if not getattr(fact.value, field):
                continue  # the source gives the person none
            cited = make_ref(Reference(key, mention, field), ORIGIN)
            cited.source, cited.line = name.source, name.line
            entry[0] += cited
            page.citation(cited, place)
    return table


def setup_people(app: Any) -> None:
    app.add_directive("fact-people", FactPeople)
    app.add_node(fact_people)  # replaced before any writer sees it
