"""The ``fact-register`` directive: the book's appendix of every fact.

Each fact gets an entry anchored at ``fact-KEY`` (the role links there) with its
label, value, kind, evidence quoted from the seed, seed line, further mentions,
note, and backlinks to every place citing it.  Entries follow the registry's
order, in one section per subject (the module of facts defining them).

While the page is read, the directive lays out only the sections, each holding
a :class:`~.nodes.fact_register` placeholder: the sections are part of the
book's table of contents, which Sphinx makes as it reads.  The entries are built
when the page is written, by :func:`build_register`, as ordinary docutils nodes
that every builder writes; so a fact edit writes the register again without
reading it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from ..model import Fact
from .messages import _
from .nodes import (
    Citation,
    citation_id,
    element,
    entry_id,
    fact_entry,
    fact_register,
    text_element,
)

if TYPE_CHECKING:
    from .resolve import Page


class FactRegister(SphinxDirective):
    """Usage: a ``fact-register`` directive, alone, at the top level of a page."""

    has_content = False
    option_spec: ClassVar[dict] = {}

    def run(self) -> list[nodes.Node]:
        groups = self.env.domains["facts"].facts.by_subject()
        if len(groups) <= 1:
            return [self._placeholder("")]
        out: list[nodes.Node] = []
        for subject, _facts in groups:
            section = nodes.section(ids=[f"fact-group-{subject}"], names=[])
            section += nodes.title("", subject.replace("_", " ").capitalize())
            section += self._placeholder(subject)
            out.append(section)
        return out

    def _placeholder(self, subject: str) -> fact_register:
        node = fact_register(subject=subject)
        self.set_source_info(node)
        return node


# --- building it, when the page is written ------------------------------------------------


def build_register(page: Page, node: fact_register) -> list[nodes.Node]:
    """The entries of one subject (every fact, if the register has one section)."""
    subject = node["subject"]
    facts = [
        fact
        for name, group in page.facts.by_subject()
        if not subject or name == subject
        for fact in group
    ]
    words = {name: str(word) for name, word in FIELDS.items()}
    return [build_entry(page, fact, words) for fact in facts]


# The names of an entry's fields, made into text once per register (not per fact).
FIELDS = {
    "Value": _("Value"),
    "Kind": _("Kind"),
    "Evidence": _("Evidence"),
    "Also": _("Also stated"),
    "Seed": _("Seed"),
    "Note": _("Note"),
    "Cited in": _("Cited in"),
}


def build_entry(page: Page, fact: Fact, words: dict[str, str]) -> nodes.Element:
    """One fact's entry: a title line, then its fields, then where the book cites it.

    The backlinks are left out of the search index (class ``no-search``): the
    register is found by its facts' words, not by the titles of the pages citing them.
    """
    facts, key = page.facts, fact.key
    heading = element(
        nodes.paragraph,
        text_element(nodes.strong, facts.label(key)),
        nodes.Text(" "),
        text_element(nodes.literal, key, classes=["notranslate"]),
        classes=["fact-entry-title"],
    )
    fields = [
        _field(words["Value"], element(nodes.paragraph, *facts.value_nodes(key))),
        _field(words["Kind"], text_element(nodes.paragraph, describe_kind(fact))),
        _field(words["Evidence"], _quote(fact.evidence)),
    ]
    if facts.seed_name:
        fields.append(_field(words["Seed"], text_element(nodes.paragraph, facts.seed_place(key))))
    for mention, said in fact.also.items():
        where = f" ({facts.seed_place(key, mention)})" if facts.seed_name else ""
        fields.append(_field(f"{words['Also']} @{mention}", _quote(said + where)))
    if fact.note:
        fields.append(_field(words["Note"], text_element(nodes.paragraph, fact.note)))
    cited = element(nodes.paragraph, *backlinks(page, page.by_key.get(key, [])))
    fields.append(_field(words["Cited in"], cited, search=False))
    return element(
        fact_entry,
        heading,
        element(nodes.field_list, *fields, classes=["fact-entry-fields", "compact"]),
        key=key,
        ids=[entry_id(key)],
        classes=["fact-entry"],
    )


def backlinks(page: Page, cites: list[tuple[str, Citation]]) -> list[nodes.Node]:
    """``History, 2, 3; Diplomacy``: each page once by title, then each further place."""
    if not cites:
        return [text_element(nodes.emphasis, str(_("not cited")))]
    out: list[nodes.Node] = []
    line_word = str(_("line"))
    previous, n = None, 0
    for docname, cite in cites:
        title = page.title(docname)
        n = n + 1 if docname == previous else 1
        if out:
            out.append(nodes.Text(", " if n > 1 else "; "))
        hint = f"{title}, {line_word} {cite.line}" + (
            f" ({cite.origin})" if cite.origin != "text" else ""
        )
        text = title if n == 1 else str(n)
        uri = page.uri(docname, citation_id(cite.key, cite.number))
        out.append(link(text, uri, hint))
        previous = docname
    return out


def link(text: str, uri: str | None, hint: str = "") -> nodes.Node:
    """A link to ``uri`` (with a tooltip ``hint``), or the bare text where there are no links."""
    if uri is None:
        return nodes.Text(text)
    if hint:
        return text_element(nodes.reference, text, internal=True, refuri=uri, reftitle=hint)
    return text_element(nodes.reference, text, internal=True, refuri=uri)


def describe_kind(fact: Fact) -> str:
    """``date (day)``, ``place (city)``, ``person``: what the value is."""
    kind, detail = fact.value.describe()
    return f"{kind} ({detail})" if detail else kind


def _quote(text: str) -> nodes.Element:
    quote = text_element(nodes.paragraph, text)
    return element(nodes.block_quote, quote, classes=["fact-evidence"])


def _field(name: str, body: nodes.Element, *, search: bool = True) -> nodes.Element:
    return element(
        nodes.field,
        text_element(nodes.field_name, name),
        element(nodes.field_body, body, classes=[] if search else ["no-search"]),
    )


def setup_register(app: Any) -> None:
    app.add_directive("fact-register", FactRegister)
    app.add_node(fact_register)  # replaced before any writer sees it
