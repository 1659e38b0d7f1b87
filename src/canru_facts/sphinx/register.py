"""The ``fact-register`` directive: the book's appendix of every fact, one table per subject.

Each fact is a row of its subject's table (:class:`~.nodes.fact_entry`),
anchored at ``fact-KEY`` (the role links there), in the registry's order.  A
register holds every subject, or those its ``:subjects:`` option lists: a book
of many facts may give each subject a page of its own.  In HTML and EPUB a
row's cells are:

* **Fact**: its label, the row's headline, with the key in small type under it,
  and its evidence, further mentions and note on demand (``<details>``);
* **Value**, as the book writes it (``[sic]`` where the source's words are odd);
* **Kind**, in the book's language (:func:`canru_facts.i18n.describe`);
* **Seed line**, where the seed states it (only when the book names a seed);
* **Cited in**: a backlink to every place citing it (left out of the search
  index: the register is found by its facts' words, not by the titles of the
  pages citing them).

Print has nothing on demand, and the register may take a quarter of the book:
a row is "label: **value** key", then the evidence with its seed line (not
repeated when the row above quotes the same words), then the pages citing the
fact (the first citation on each citing page).  Further mentions and notes are
left to the HTML and EPUB register.  Each table is a longtable in small type,
its rows told apart by shading; a key, smaller still, breaks only after a dot or
an underscore.  Plain text has the HTML's columns and one for the evidence,
further mentions and note.

While the page is read, the directive lays out only the sections, each holding
a :class:`~.nodes.fact_register` placeholder: the sections are part of the
book's table of contents, which Sphinx makes as it reads.  The tables are built
when the page is written, by :func:`build_register`, as docutils nodes that
every builder writes; so a fact edit writes the register again without reading it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx import addnodes
from sphinx.util.docutils import SphinxDirective

from ..house import house, language
from ..i18n import describe
from ..model import Fact
from ..style import typographic
from .messages import _, warn
from .nodes import (
    Citation,
    cell,
    citation_id,
    element,
    entry_id,
    fact_details,
    fact_entry,
    fact_key,
    fact_pageref,
    fact_register,
    fact_table,
    text_element,
)
from .writers import add_node, depart_nothing, skip, visit_nothing

if TYPE_CHECKING:
    from .resolve import Page


class FactRegister(SphinxDirective):
    """Usage: a ``fact-register`` directive, alone, at the top level of a page.

    Option ``:subjects:``, names separated by commas or spaces: this page holds
    the entries of these subjects only (a book of many facts may give each
    subject, or a few, a page of its own; a fact edit then writes only its
    subject's page again).  Without it, the page holds every fact.
    """

    has_content = False
    option_spec: ClassVar[dict] = {"subjects": directives.unchanged_required}

    def run(self) -> list[nodes.Node]:
        known = self.env.domains["facts"].facts.subject_names
        listed = tuple(re.split(r"[\s,]+", self.options.get("subjects", "").strip()))
        listed = tuple(name for name in listed if name)
        for name in listed:
            if name not in known:
                words = _(
                    "fact-register: no facts of the subject %(name)r; the subjects are %(known)s"
                )
                detail = {"name": name, "known": ", ".join(known)}
                warn(str(words) % detail, self.get_location(), "register")
        subjects = layout(known, listed)
        if len(subjects) <= 1:
            return [self._placeholder(subject, listed) for subject in subjects]
        out: list[nodes.Node] = []
        for subject in subjects:
            section = nodes.section(ids=[f"fact-group-{subject}"], names=[])
            section += nodes.title("", subject.replace("_", " ").capitalize())
            section += self._placeholder(subject, listed)
            out.append(section)
        return out

    def _placeholder(self, subject: str, listed: tuple[str, ...]) -> fact_register:
        node = fact_register(subject=subject, listed=listed)
        self.set_source_info(node)
        return node


def layout(known: list[str], listed: tuple[str, ...]) -> tuple[str, ...]:
    """The subjects a register lays out, each a section when there are several.

    ``("",)``: one table without a section (a book of one subject, or a register
    listing none the registry has).  A register listing subjects holds those the
    registry has, in the registry's order.
    """
    if not listed:
        return tuple(known) if len(known) > 1 else ("",)
    return tuple(subject for subject in known if subject in listed) or ("",)


# --- building it, when the page is written ------------------------------------------------

# The columns, by name, with their headings; made into text once per table.
HEADINGS = {
    "fact": _("Fact"),
    "value": _("Value"),
    "kind": _("Kind"),
    "evidence": _("Evidence"),
    "line": _("Seed line"),
    "cited": _("Cited in"),
    "pages": _("Pages"),
}
# Each column's share of the table's width: print's (LaTeX), and plain text's; a
# browser sizes the columns itself.
WIDTHS = {
    "fact": 44,
    "value": 16,
    "kind": 12,
    "evidence": 50,
    "line": 6,
    "cited": 16,
    "pages": 6,
}
# What made a citation, as a backlink's hint says it ("" for prose).
ORIGINS = {"infobox": _("infobox"), "chart": _("chart"), "people": _("list of people")}


class Words:
    """The register's words, as text, made once per table rather than once per fact."""

    def __init__(self, page: Page) -> None:
        self.headings = {name: str(word) for name, word in HEADINGS.items()}
        self.line = str(_("line %d"))
        self.also = str(_("Also stated (@%(mention)s): %(evidence)s"))
        self.note = str(_("Note: %s"))
        self.not_cited = str(_("not cited"))
        self.not_located = str(_("not located"))
        self.same = str(_("The words above"))
        self.label = str(_("%s: "))  # before the value, in print
        self.line_word = str(_("line"))
        self.origins = {origin: str(word) for origin, word in ORIGINS.items()}
        self.language = language(page.facts.locale)
        self.quotes = house(page.facts.locale).quotes[:2]


def columns(page: Page) -> list[str]:
    """The register's columns for this page's builder (see the module's docstring)."""
    if page.format == "latex":
        return ["fact", "evidence", "pages"]
    names = ["fact", "value", "kind"]
    if page.format != "html":
        names.append("evidence")
    elif page.facts.seed_name:
        names.append("line")
    return [*names, "cited"]


def build_register(page: Page, node: fact_register) -> list[nodes.Node]:
    """The table of one subject (every fact the register holds, if it has no sections)."""
    subject, listed = node["subject"], node["listed"]
    facts = [
        fact
        for name, group in page.facts.by_subject()
        if (name == subject if subject else not listed or name in listed)
        for fact in group
    ]
    words = Words(page)
    names = columns(page)
    html = page.format == "html"
    group = element(nodes.tgroup, cols=len(names))
    for name in names:
        # In HTML the first column heads its row (a <th>); print sets it as the others.
        stub = {"stub": True} if html and name == "fact" else {}
        group += nodes.colspec(colwidth=WIDTHS[name], **stub)
    heads = [cell(nodes.Text(words.headings[name]), compact=html) for name in names]
    group += element(nodes.thead, element(nodes.row, *heads))
    rows = [
        build_entry(page, fact, words, names, before)
        for before, fact in zip([None, *facts], facts, strict=False)
    ]
    group += element(nodes.tbody, *rows)
    # "colwidths-auto": the widths are the printed ones; a browser sizes the columns itself.
    table = element(
        nodes.table, group, classes=["fact-register-table", "longtable", "colwidths-auto"]
    )
    out: list[nodes.Node] = []
    if page.format == "latex":
        # Rows told apart by their shading alone: a rule between rows costs its
        # padding, a line of type every few rows.
        table["classes"] += ["borderless", "colorrows"]
        spec = "".join(rf"\X{{{WIDTHS[n]}}}{{{_total(names)}}}" for n in names)
        out.append(addnodes.tabular_col_spec(spec=spec))
    out.append(table)
    shown = {name: words.headings[name] for name in names if name not in ("fact", "value")}
    return [element(fact_table, *out, words=shown, classes=["fact-register"])]


def _total(names: list[str]) -> int:
    return sum(WIDTHS[n] for n in names)


def build_entry(
    page: Page, fact: Fact, words: Words, names: list[str], before: Fact | None = None
) -> nodes.Element:
    """One fact's row: label and key, value, kind, (evidence), seed line, backlinks.

    ``before`` is the fact of the row above, whose evidence print does not repeat.
    """
    facts, key = page.facts, fact.key
    html = page.format == "html"

    def cell_of(*children: nodes.Node, classes: tuple[str, ...] = ()) -> nodes.Element:
        # HTML: no <p> in a cell, an element fewer per cell (the register's whole
        # DOM is held to a budget).
        return cell(*children, compact=html, classes=list(classes))

    label = [nodes.Text(facts.label(key)), nodes.Text(" "), text_element(fact_key, key)]
    if html:
        # The label, the key and the evidence on demand straight in the cell: a
        # paragraph beside the <details> would be written as a <p>, an element more
        # per fact (the register's whole DOM is held to a budget).
        label_cell = element(nodes.entry, *label, details(page, fact, words))
    elif page.format == "latex":
        value = element(nodes.strong, *facts.value_nodes(key))
        label_cell = cell_of(nodes.Text(words.label % facts.label(key)), value, *label[1:])
    else:
        label_cell = cell_of(*label)
    cites = page.by_key.get(key, [])
    makers: dict[str, Callable[[], nodes.Element]] = {
        "fact": lambda: label_cell,
        "value": lambda: cell_of(*facts.value_nodes(key)),
        "kind": lambda: cell_of(nodes.Text(describe(*fact.value.describe(), words.language))),
        "line": lambda: cell_of(nodes.Text(seed_line(page, key, "", words))),
        "evidence": lambda: element(nodes.entry, *evidence_paragraphs(page, fact, words, before)),
        "cited": lambda: cell_of(*backlinks(page, cites, words), classes=("no-search",)),
        "pages": lambda: cell_of(*page_numbers(page, cites)),
    }
    cells = {name: makers[name]() for name in names}
    for name, entry in cells.items():  # for the style sheet, which lays a row out on a phone
        entry["classes"].append(f"fact-col-{name}")
    return element(
        fact_entry,
        *(cells[name] for name in names),
        key=key,
        ids=[entry_id(key)],
        classes=["fact-entry"],
    )


def seed_line(page: Page, key: str, mention: str, words: Words) -> str:
    """``25``: the line of the seed stating the fact's mention (the column says what it is)."""
    line = page.facts.lines.get((key, mention))
    return str(line) if line else words.not_located


def quoted(text: str, words: Words) -> str:
    """The seed's words, verbatim, between the book's quotation marks."""
    return f"{words.quotes[0]}{text}{words.quotes[1]}"


def further(page: Page, fact: Fact, words: Words) -> list[str]:
    """The lines after the evidence: each further mention (with its seed line), the note."""
    out = []
    for mention, said in fact.also.items():
        line = page.facts.lines.get((fact.key, mention))
        where = f" ({words.line % line})" if line else ""
        out.append(words.also % {"mention": mention, "evidence": quoted(said, words) + where})
    if fact.note:  # the editor's words: set with the prose's quotation marks
        out.append(words.note % typographic(fact.note, page.facts.locale))
    return out


def details(page: Page, fact: Fact, words: Words) -> nodes.Element:
    """HTML's evidence on demand: the quote, then each further line in a span of its own.

    The quote is the text of ``<details>`` itself: a span of its own would cost
    an element per fact.
    """
    lines: list[nodes.Node] = [nodes.Text(quoted(fact.evidence, words))]
    lines += [
        text_element(nodes.inline, text, classes=["fact-more"])
        for text in further(page, fact, words)
    ]
    summary = words.headings["evidence"]
    return element(fact_details, *lines, summary=summary, classes=["fact-details"])


def evidence_paragraphs(
    page: Page, fact: Fact, words: Words, before: Fact | None
) -> list[nodes.Element]:
    """The evidence column: the quote and its seed line, then (in plain text) each further line.

    Print leaves out the further mentions and the note, which the register holds
    to a quarter of the book, and does not repeat the words of the row above.
    """
    line = page.facts.lines.get((fact.key, ""))
    where = f" ({words.line % line})" if line else ""
    if page.format == "latex":
        same = before is not None and before.evidence == fact.evidence
        quote = words.same if same else quoted(fact.evidence, words)
        return [text_element(nodes.paragraph, quote + where)]
    texts = [quoted(fact.evidence, words) + where, *further(page, fact, words)]
    return [text_element(nodes.paragraph, text) for text in texts]


def backlinks(page: Page, cites: list[tuple[str, Citation]], words: Words) -> list[nodes.Node]:
    """``History, 2, 3; Diplomacy``: each page once by title, then each further place."""
    if not cites:
        return [text_element(nodes.emphasis, words.not_cited)]
    out: list[nodes.Node] = []
    previous, n = None, 0
    for docname, cite in cites:
        title = page.title(docname)
        n = n + 1 if docname == previous else 1
        if out:
            out.append(nodes.Text(", " if n > 1 else "; "))
        origin = words.origins.get(cite.origin)
        hint = f"{title}, {words.line_word} {cite.line}" + (f" ({origin})" if origin else "")
        text = title if n == 1 else str(n)
        uri = page.uri(docname, citation_id(cite.key, cite.number))
        out.append(link(text, uri, hint))
        previous = docname
    return out


def page_numbers(page: Page, cites: list[tuple[str, Citation]]) -> list[nodes.Node]:
    """Print's backlinks: ``5, 9``, the page of each citing page's first citation, linked."""
    out: list[nodes.Node] = []
    for docname, cite in cites:
        if any(isinstance(n, fact_pageref) and n["docname"] == docname for n in out):
            continue
        if page.uri(docname, "") is None:  # not in this book's output
            continue
        if out:
            out.append(nodes.Text(", "))
        refid = f"{docname}:{citation_id(cite.key, cite.number)}"
        out.append(fact_pageref(refid=refid, docname=docname))
    return out


def link(text: str, uri: str | None, hint: str = "") -> nodes.Node:
    """A link to ``uri`` (with a tooltip ``hint``), or the bare text where there are no links."""
    if uri is None:
        return nodes.Text(text)
    if hint:
        return text_element(nodes.reference, text, internal=True, refuri=uri, reftitle=hint)
    return text_element(nodes.reference, text, internal=True, refuri=uri)


# --- writing -------------------------------------------------------------------------------


def _css_string(text: str) -> str:
    """``text`` as a CSS string: quoted, its backslashes, quotes and line breaks escaped."""
    return '"' + re.sub(r'[\\"\n]', lambda m: "\\a " if m[0] == "\n" else "\\" + m[0], text) + '"'


def html_visit_fact_table(self: Any, node: fact_table) -> None:
    # Written by hand: docutils writes no style attribute.  The column names are
    # custom properties, which the style sheet shows before each cell on a narrow
    # screen, where the rows are laid out one under the other.
    style = "; ".join(f"--fact-{name}: {_css_string(text)}" for name, text in node["words"].items())
    self.body.append(self.starttag(node, "div", "", style=style))


def html_depart_fact_table(self: Any, node: fact_table) -> None:
    self.body.append("</div>\n")


def latex_visit_fact_table(self: Any, node: fact_table) -> None:
    # Small type and narrow gutters: the register is the longest part of the
    # book; loose lines (\sloppy) rather than lines past a column.  Sphinx sets
    # each cell in varwidth, which sets a line again at its natural width: a
    # character microtype (where the book loads it) hung in the margin, or a font
    # it condensed, would then stick out of the column.  So neither, here.
    self.body.append(
        "\n\\begingroup\\fontsize{7}{8}\\selectfont\\sloppy\\setlength{\\tabcolsep}{2.5pt}"
        "\\ifdefined\\microtypesetup\\microtypesetup{protrusion=false,expansion=false}\\fi\n"
    )


def latex_depart_fact_table(self: Any, node: fact_table) -> None:
    self.body.append("\n\\endgroup\n")


def html_visit_fact_entry(self: Any, node: fact_entry) -> None:
    self.body.append(self.starttag(node, "tr", "", **{"data-fact": node["key"]}))
    node.column = 0  # docutils' writer counts a row's cells on the row


def html_depart_fact_entry(self: Any, node: fact_entry) -> None:
    self.body.append("</tr>\n")


def latex_visit_fact_entry(self: Any, node: fact_entry) -> None:
    self.visit_row(node)
    self.body.append(self.hypertarget_to(node, anchor=True))


def row_visit(self: Any, node: fact_entry) -> None:
    self.visit_row(node)


def row_depart(self: Any, node: fact_entry) -> None:
    self.depart_row(node)


def html_visit_fact_key(self: Any, node: fact_key) -> None:
    self.body.append(self.starttag(node, "code", "", CLASS="fact-key notranslate"))


def html_depart_fact_key(self: Any, node: fact_key) -> None:
    self.body.append("</code>")


def latex_visit_fact_key(self: Any, node: fact_key) -> None:
    # A break allowed after each dot and underscore, and nowhere else: the key's
    # words stay whole.  A point smaller than the register's type (7pt).
    parts = re.split(r"(?<=[._])", node.astext())
    text = r"\allowbreak{}".join(self.encode(part) for part in parts)
    self.body.append(r"{\fontsize{6}{8}\selectfont\sphinxcode{\sphinxupquote{" + text + "}}}")
    raise nodes.SkipNode


def html_visit_fact_details(self: Any, node: fact_details) -> None:
    # Written by hand: docutils has no node for a disclosure (<details>).
    self.body.append(self.starttag(node, "details", ""))
    self.body.append(f"<summary>{self.encode(node['summary'])}</summary>")


def html_depart_fact_details(self: Any, node: fact_details) -> None:
    self.body.append("</details>")


def latex_visit_fact_pageref(self: Any, node: fact_pageref) -> None:
    label = self.idescape(node["refid"])  # \detokenize{DOCNAME:ID}, as Sphinx labels it
    self.body.append(rf"\hyperref[{label}]{{\pageref*{{{label}}}}}")
    raise nodes.SkipNode


def setup_register(app: Any) -> None:
    app.add_directive("fact-register", FactRegister)
    app.add_node(fact_register)  # replaced before any writer sees it
    plain = (visit_nothing, depart_nothing)
    add_node(
        app,
        fact_table,
        html=(html_visit_fact_table, html_depart_fact_table),
        latex=(latex_visit_fact_table, latex_depart_fact_table),
        plain=plain,
    )
    add_node(
        app,
        fact_entry,
        html=(html_visit_fact_entry, html_depart_fact_entry),
        latex=(latex_visit_fact_entry, row_depart),
        plain=(row_visit, row_depart),
    )
    add_node(
        app,
        fact_key,
        html=(html_visit_fact_key, html_depart_fact_key),
        latex=(latex_visit_fact_key, None),
        plain=plain,
    )
    add_node(app, fact_details, html=(html_visit_fact_details, html_depart_fact_details))
    add_node(
        app,
        fact_pageref,
        html=(skip, None),
        latex=(latex_visit_fact_pageref, None),
        plain=(skip, None),
    )
