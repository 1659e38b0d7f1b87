"""The ``fact-register`` directive: the book's appendix of every fact.

Each fact gets an entry anchored at ``fact-KEY`` (the role links there) with its
label, value, kind, evidence quoted from the seed, seed line, note, and
backlinks to every place citing it.  Entries follow the registry's order, in one
section per module of facts (the registry keeps one module per subject).

The entries are made when the page is read, so the page is re-read when any
fact changes (see incremental.py); the backlinks are filled when it is written.
Facts the book never cites get one warning each, located at this directive.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import ClassVar

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from ..model import Fact
from .domain import FactsDomain, entry_id
from .loading import LoadedFacts
from .messages import _, warn
from .nodes import fact_backlinks, fact_entry, fact_register_marker


class FactRegister(SphinxDirective):
    """Usage: a line ``fact-register`` directive, alone, at the top level of a page."""

    has_content = False
    option_spec: ClassVar[dict] = {}

    def run(self) -> list[nodes.Node]:
        facts = self.env.domains["facts"].facts()
        marker = fact_register_marker()
        self.set_source_info(marker)
        groups = group_by_subject(facts.registry.values())
        if len(groups) == 1:
            return [marker, *(self.entry(facts, fact) for fact in groups[0][1])]
        out: list[nodes.Node] = [marker]
        for subject, group in groups:
            section = nodes.section(ids=[f"fact-group-{subject}"], names=[])
            section += nodes.title("", subject.replace("_", " ").capitalize())
            section.extend(self.entry(facts, fact) for fact in group)
            out.append(section)
        return out

    def entry(self, facts: LoadedFacts, fact: Fact) -> fact_entry:
        entry = fact_entry(ids=[entry_id(fact.key)], key=fact.key, classes=["fact-entry"])
        heading = nodes.paragraph(classes=["fact-entry-title"])
        heading += nodes.strong("", fact.label)
        heading += nodes.Text(" ")
        heading += nodes.literal("", fact.key)
        entry += heading
        fields = nodes.field_list(classes=["fact-entry-fields"])
        fields += _field(_("Value"), nodes.paragraph("", facts.render(fact.key)))
        fields += _field(_("Kind"), nodes.paragraph("", describe_kind(fact)))
        # The evidence is quoted verbatim: keep smart quotes off it.
        evidence = nodes.block_quote("", nodes.paragraph("", fact.evidence),
                                     classes=["fact-evidence"], support_smartquotes=False)
        fields += _field(_("Evidence"), evidence)
        if facts.seed_name:
            line = facts.lines.get(fact.key)
            where = (str(_("%(seed)s, line %(line)d")) % {"seed": facts.seed_name, "line": line}
                     if line else str(_("not located in the seed")))
            fields += _field(_("Seed"), nodes.paragraph("", where))
        if fact.note:
            fields += _field(_("Note"), nodes.paragraph("", fact.note))
        fields += _field(_("Cited in"), nodes.paragraph("", "", fact_backlinks(key=fact.key)))
        entry += fields
        return entry


def _field(name: object, body: nodes.Element) -> nodes.field:
    return nodes.field("", nodes.field_name("", str(name)), nodes.field_body("", body))


def describe_kind(fact: Fact) -> str:
    """``date (day)``, ``person``: the value's kind, and a date's precision."""
    precision = getattr(fact.value, "precision", "")
    return f"{fact.kind} ({precision})" if precision else fact.kind


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
        warn(f"more than one fact-register (also in {others}); the role links to this one",
             (register, domain.registers[register]), "register")
    cited = domain.cited_keys()
    location = (register, domain.registers[register])
    for key, fact in domain.facts().registry.items():
        if key not in cited:
            warn(f"fact {key!r} ({fact.label}) is never cited; cite it with {{fact}}`{key}` "
                 "or take it out of the registry", location, "uncited")


def warn_unlocated_evidence(domain: FactsDomain) -> None:
    """Evidence the seed does not hold, located at the fact's entry in the registry."""
    facts = domain.facts()
    if not facts.seed_name or not facts.lines:
        return
    for key, fact in facts.registry.items():
        if facts.lines.get(key) is None:
            warn(f"{key}: evidence not found in {facts.seed_name}: {fact.evidence!r}",
                 fact.origin or None, "seed")

