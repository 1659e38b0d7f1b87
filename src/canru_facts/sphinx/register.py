"""The ``fact-register`` directive: the book's appendix of every fact.

Each fact gets an entry anchored at ``fact-KEY`` (the role links there) with its
label, value, kind, evidence quoted from the seed, seed line, note, and
backlinks to every place citing it.  Entries follow the registry's order, in one
section per module of facts (the registry keeps one module per subject).

A book may hold thousands of facts, so while the page is read each entry is one
small node; it is written when the page is written, from the registry and the
citations of every page: HTML as text straight from here (no docutils nodes to
build and walk), other formats as ordinary nodes.  The page is re-read when any
fact changes (incremental.py).  Facts the book never cites get one warning each,
located at this directive.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Any, ClassVar

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from ..model import Fact
from .domain import FactsDomain, entry_id
from .loading import LoadedFacts
from .messages import _, warn
from .nodes import fact_entry, fact_register_marker

# Lazy translations, made into text once per page (not once per fact).
FIELDS = {
    "Value": _("Value"),
    "Kind": _("Kind"),
    "Evidence": _("Evidence"),
    "Also": _("Also stated"),
    "Seed": _("Seed"),
    "Note": _("Note"),
    "Cited in": _("Cited in"),
}

# A link as the register and timeline write it: text before, link text, URI
# (None where the format has no links), tooltip.
Link = tuple[str, str, "str | None", str]


class FactRegister(SphinxDirective):
    """Usage: a ``fact-register`` directive, alone, at the top level of a page."""

    has_content = False
    option_spec: ClassVar[dict] = {}

    def run(self) -> list[nodes.Node]:
        facts = self.env.domains["facts"].facts()
        marker = fact_register_marker()
        self.set_source_info(marker)
        groups = group_by_subject(facts.registry.values())
        if len(groups) == 1:
            return [marker, *(placeholder(facts, fact) for fact in groups[0][1])]
        out: list[nodes.Node] = [marker]
        for subject, group in groups:
            section = nodes.section(ids=[f"fact-group-{subject}"], names=[])
            section += nodes.title("", subject.replace("_", " ").capitalize())
            section.extend(placeholder(facts, fact) for fact in group)
            out.append(section)
        return out


def placeholder(facts: LoadedFacts, fact: Fact) -> fact_entry:
    """The entry as read: its anchor, and its words for the search index."""
    words = f"{facts.label(fact.key)} — {facts.render(fact.key)} — {fact.evidence}"
    return fact_entry(
        "", nodes.Text(words), ids=[entry_id(fact.key)], key=fact.key, classes=["fact-entry"]
    )


def seed_place(facts: LoadedFacts, key: str, mention: str = "") -> str:
    line = facts.lines.get((key, mention))
    if line:
        return str(_("%(seed)s, line %(line)d")) % {"seed": facts.seed_name, "line": line}
    return str(_("not located in the seed"))


# --- HTML: written as text --------------------------------------------------------


def html_visit_fact_entry(self: Any, node: fact_entry) -> None:
    facts = self.builder.env.domains["facts"].facts()
    fact = facts.registry.get(node["key"])
    if fact is None:  # cannot happen after a read; never fail a write over it
        raise nodes.SkipNode
    enc, att = self.encode, self.attval
    words = _words(facts)
    fields = [
        (words["Value"], f"<p>{enc(facts.render(fact.key))}</p>"),
        (words["Kind"], f"<p>{enc(describe_kind(fact))}</p>"),
        (
            words["Evidence"],
            f'<blockquote class="fact-evidence"><p>{enc(fact.evidence)}</p></blockquote>',
        ),
    ]
    if facts.seed_name:
        fields.append((words["Seed"], f"<p>{enc(seed_place(facts, fact.key))}</p>"))
    for mention, evidence in fact.also.items():
        where = f" ({enc(seed_place(facts, fact.key, mention))})" if facts.seed_name else ""
        fields.append(
            (
                f"{words['Also']} @{mention}",
                f'<blockquote class="fact-evidence"><p>{enc(evidence)}{where}</p></blockquote>',
            )
        )
    if fact.note:
        fields.append((words["Note"], f"<p>{enc(fact.note)}</p>"))
    fields.append((words["Cited in"], f"<p>{links_html(self, node.get('links', []))}</p>"))
    out = [
        f'<div class="fact-entry" id="{att(entry_id(fact.key))}" data-fact="{att(fact.key)}">'
        f'<p class="fact-entry-title"><strong>{enc(facts.label(fact.key))}</strong> '
        f'<code class="docutils literal notranslate">{enc(fact.key)}</code></p>\n'
        '<dl class="fact-entry-fields field-list simple">\n'
    ]
    for i, (name, body) in enumerate(fields):
        parity = "odd" if i % 2 == 0 else "even"
        out.append(
            f'<dt class="field-{parity}">{enc(name)}<span class="colon">:</span></dt>\n'
            f'<dd class="field-{parity}">{body}</dd>\n'
        )
    out.append("</dl>\n</div>\n")
    self.body.append("".join(out))
    raise nodes.SkipNode


def links_html(self: Any, links: list[Link]) -> str:
    if not links:
        return f"<em>{self.encode(str(_('not cited')))}</em>"
    out = []
    for before, text, uri, hint in links:
        out.append(self.encode(before))
        if uri is None:
            out.append(self.encode(text))
        else:
            title = f' title="{self.attval(hint)}"' if hint else ""
            out.append(
                f'<a class="reference internal" href="{self.attval(uri)}"{title}>'
                f"{self.encode(text)}</a>"
            )
    return "".join(out)


def _words(facts: LoadedFacts) -> dict[str, str]:
    if not facts.words:
        facts.words.update({name: str(word) for name, word in FIELDS.items()})
    return facts.words


# --- other formats: ordinary nodes ---------------------------------------------------


def entry_nodes(facts: LoadedFacts, fact: Fact, links: list[Link]) -> list[nodes.Node]:
    """The entry as docutils nodes, for LaTeX, text and the rest."""
    words = _words(facts)
    heading = nodes.paragraph(classes=["fact-entry-title"])
    heading += nodes.strong("", facts.label(fact.key))
    heading += nodes.Text(" ")
    heading += nodes.literal("", fact.key)
    fields = nodes.field_list(classes=["fact-entry-fields"])
    fields += _field(words["Value"], nodes.paragraph("", facts.render(fact.key)))
    fields += _field(words["Kind"], nodes.paragraph("", describe_kind(fact)))
    evidence = nodes.block_quote("", nodes.paragraph("", fact.evidence), classes=["fact-evidence"])
    fields += _field(words["Evidence"], evidence)
    if facts.seed_name:
        fields += _field(words["Seed"], nodes.paragraph("", seed_place(facts, fact.key)))
    for mention, said in fact.also.items():
        where = f" ({seed_place(facts, fact.key, mention)})" if facts.seed_name else ""
        quote = nodes.block_quote("", nodes.paragraph("", said + where), classes=["fact-evidence"])
        fields += _field(f"{words['Also']} @{mention}", quote)
    if fact.note:
        fields += _field(words["Note"], nodes.paragraph("", fact.note))
    fields += _field(words["Cited in"], nodes.paragraph("", "", *links_nodes(links)))
    return [heading, fields]


def links_nodes(links: list[Link]) -> list[nodes.Node]:
    if not links:
        return [nodes.emphasis("", str(_("not cited")))]
    out: list[nodes.Node] = []
    for before, text, uri, hint in links:
        if before:
            out.append(nodes.Text(before))
        if uri is None:
            out.append(nodes.Text(text))
        else:
            out.append(nodes.reference("", text, internal=True, refuri=uri, reftitle=hint))
    return out


def _field(name: str, body: nodes.Element) -> nodes.field:
    return nodes.field("", nodes.field_name("", name), nodes.field_body("", body))


# --- helpers and warnings -----------------------------------------------------------


def describe_kind(fact: Fact) -> str:
    """``date (day)``, ``place (city)``, ``person``: what the value is."""
    kind, detail = fact.value.describe()
    return f"{kind} ({detail})" if detail else kind


def group_by_subject(facts) -> list[tuple[str, list[Fact]]]:
    """Facts grouped by the module that defines them, groups and facts in registry order."""
    groups: dict[str, list[Fact]] = {}
    for fact in facts:
        groups.setdefault(_subject(fact), []).append(fact)
    return list(groups.items())


def _subject(fact: Fact) -> str:
    """The defining module's name (``history`` for ``facts/history.py:12``)."""
    path = fact.origin.rpartition(":")[0] if fact.origin else ""
    if not path:
        return fact.key.partition(".")[0]
    stem = PurePath(path).stem
    return PurePath(path).parent.name if stem == "__init__" else stem


def warn_uncited(domain: FactsDomain) -> None:
    """One warning per fact that no page cites, located at the register."""
    register = domain.register_doc()
    if register is None:
        return
    if len(domain.registers) > 1:
        others = ", ".join(sorted(domain.registers)[1:])
        warn(
            f"more than one fact-register (also in {others}); the role links to this one",
            (register, domain.registers[register]),
            "register",
        )
    cited = domain.cited_keys()
    location = (register, domain.registers[register])
    for key, fact in domain.facts().registry.items():
        if key not in cited:
            warn(
                f"fact {key!r} ({fact.label}) is never cited; cite it with {{fact}}`{key}` "
                "or take it out of the registry",
                location,
                "uncited",
            )


def warn_unlocated_evidence(domain: FactsDomain) -> None:
    """Evidence the seed does not hold, located at the fact's entry in the registry."""
    facts = domain.facts()
    if not facts.seed_name or not facts.lines:
        return
    for key, fact in facts.registry.items():
        for mention, words in fact.mentions.items():
            if facts.lines.get((key, mention)) is None:
                name = f"{key}@{mention}" if mention else key
                warn(
                    f"{name}: evidence not found in {facts.seed_name}: {words!r}",
                    fact.origin or None,
                    "seed",
                )
