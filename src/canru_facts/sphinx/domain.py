"""The ``facts`` domain: every piece of state the extension keeps, declared in one place.

Per page, purged and merged like Sphinx's own citation domain:

* ``citations``: each page's citations (:class:`~canru_facts.sphinx.nodes.Citation`),
  in document order; the role, the infobox, the chart, a list of people's names
  and the timeline (its dates and its headlines' citations) record them;
* ``registers`` and ``timelines``: the pages holding a ``fact-register`` (with
  the subjects it lays out, and those its ``:subjects:`` option lists) or a
  ``fact-timeline``.

Sphinx clears a page's data before reading it again (``clear_doc``) and merges
what parallel readers found (``merge_domaindata``).  Kept from one build to the
next, for :mod:`canru_facts.sphinx.rewrite` and :mod:`canru_facts.sphinx.proving`:

* ``written``: what the pages were last written from (:class:`Written`);
* ``proof``: the last proof's outcome (:class:`~canru_facts.sphinx.proving.ProofState`).

The facts of the build (:class:`~canru_facts.sphinx.loading.LoadedFacts`) and the
builder live on the domain object, which Sphinx makes anew for every build and
never pickles; they are set at ``builder-inited`` by :meth:`FactsDomain.begin`.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Set
from pathlib import Path
from typing import Any, NamedTuple

from docutils import nodes
from sphinx.domains import Domain

from .loading import LoadedFacts, load
from .messages import _, warn
from .nodes import (
    Citation,
    citation_id,
    fact_chart,
    fact_ref,
    fact_register,
    fact_timeline,
    parse_reference,
    walk,
)
from .proving import warn_failures


class RegisterPlace(NamedTuple):
    """Where a page holds a register: its line, and the subjects it lays out.

    ``subjects`` is ``("",)`` for a register without sections; ``listed`` is
    its ``:subjects:`` option, empty when it holds every subject.
    """

    line: int
    subjects: tuple[str, ...]
    listed: tuple[str, ...] = ()

    def holds(self, subject: str) -> bool:
        if self.listed:
            return subject in self.listed
        return self.subjects == ("",) or subject in self.subjects


class Written(NamedTuple):
    """What the pages were written from, compared by the next build (see rewrite.py)."""

    fingerprints: dict[str, str]  # key -> what the book shows of the fact
    order: str  # the registry's order
    shown: dict[str, str]  # docname -> what the register and timeline show of the page
    registers: tuple[tuple[str, str], ...]  # (subject, the page holding its register entries)


class FactsDomain(Domain):
    name = "facts"
    label = "Facts"
    data_version = 4
    initial_data: dict[str, Any] = {
        "citations": {},  # docname -> [Citation]
        "registers": {},  # docname -> RegisterPlace
        "timelines": {},  # docname -> line of its fact-timeline directive
        "written": None,  # Written, as of the last build
        "proof": None,  # ProofState of the last proof
    }

    def __init__(self, env: Any) -> None:
        super().__init__(env)
        self._facts: LoadedFacts | None = None
        self.builder: Any = None  # the builder of this build (post-transforms get none)

    # --- the facts of this build ------------------------------------------------------

    def begin(self, app: Any) -> None:
        """builder-inited: load and prove this build's facts; warn of every failure."""
        self.builder = app.builder
        self._facts, proof = load(app.config, app.confdir, self.data["proof"], Path(app.doctreedir))
        if app.config.canru_facts_lint:
            # made now, before a parallel build forks its readers: each inherits it
            self._facts.lint_index  # noqa: B018
        if proof is not None:
            self.data["proof"] = proof
            warn_failures(proof)

    @property
    def facts(self) -> LoadedFacts:
        if self._facts is None:  # a domain used outside a build (no builder-inited)
            self._facts = load(self.env.config, self.env.srcdir, self.data["proof"])[0]
        return self._facts

    # --- per-page data ---------------------------------------------------------------------

    @property
    def citations(self) -> dict[str, list[Citation]]:
        return self.data["citations"]

    @property
    def registers(self) -> dict[str, RegisterPlace]:
        return self.data["registers"]

    @property
    def timelines(self) -> dict[str, int]:
        return self.data["timelines"]

    @property
    def written(self) -> Written | None:
        return self.data["written"]

    def clear_doc(self, docname: str) -> None:
        self.citations.pop(docname, None)
        self.registers.pop(docname, None)
        self.timelines.pop(docname, None)

    def merge_domaindata(self, docnames: Set[str], otherdata: dict[str, Any]) -> None:
        for part in ("registers", "timelines"):
            mine, theirs = self.data[part], otherdata[part]
            for docname in docnames:
                if docname in theirs:
                    mine[docname] = theirs[docname]
        theirs = otherdata["citations"]
        for docname in docnames:
            if docname in theirs:  # one string per key again, as in the reader's process
                self.citations[docname] = [_shared(c) for c in theirs[docname]]

    def process_doc(self, env: Any, docname: str, document: nodes.document) -> None:
        """Give each citation an anchor and record it, in document order."""
        cites: list[Citation] = []
        seen: dict[str, int] = {}
        subjects: list[str] = []
        listed: tuple[str, ...] = ()
        register_line = 0

        def anchor(key: str) -> tuple[str, int]:
            n = seen.get(key, 0) + 1
            while citation_id(key, n) in document.ids:
                n += 1
            seen[key] = n
            return citation_id(key, n), n

        def record(node: fact_ref) -> None:
            key = node["key"]
            name, n = anchor(key)
            node["ids"].insert(0, name)  # the writers use the first id
            document.ids[name] = node
            cites.append(_shared(Citation(key, node["mention"], n, node.line or 0, node["origin"])))

        for node, _place in walk(document, _RECORDED):
            if isinstance(node, fact_ref):
                record(node)
            elif isinstance(node, fact_chart):
                # The chart's citations are drawn, not written: the figure is their anchor.
                for text in chart_references(node):
                    reference = parse_reference(text)
                    name, n = anchor(reference.key)
                    node["ids"].append(name)
                    document.ids[name] = node
                    cites.append(
                        _shared(
                            Citation(reference.key, reference.mention, n, node.line or 0, "chart")
                        )
                    )
            elif isinstance(node, fact_register):
                register_line = register_line or node.line or 0
                subjects.append(node["subject"])
                listed = node["listed"]
            elif isinstance(node, fact_timeline):
                self.timelines[docname] = node.line or 0
                for cited, _place in walk(node, (fact_ref,)):  # its dates and headlines
                    record(cited)
        if subjects:
            self.registers[docname] = RegisterPlace(register_line, tuple(subjects), listed)
        if cites:
            self.citations[docname] = cites

    # --- queries -------------------------------------------------------------------------

    def citing_docs(self, keys: Set[str]) -> set[str]:
        return {doc for doc, cites in self.citations.items() if any(c.key in keys for c in cites)}

    def cited_keys(self) -> set[str]:
        return {c.key for cites in self.citations.values() for c in cites}

    def register_docs(self) -> dict[str, str]:
        """subject -> the page holding its facts' register entries.

        A subject two registers hold is the first page's (by name); a subject no
        register holds has no entry, and its citations link nowhere.
        """
        out: dict[str, str] = {}
        for subject in self.facts.subject_names:
            for docname in sorted(self.registers):
                if self.registers[docname].holds(subject):
                    out[subject] = docname
                    break
        return out

    def citations_by_key(self) -> dict[str, list[tuple[str, Citation]]]:
        """key -> [(docname, citation)], in the order a reader meets them."""
        order = reading_order(self.env)
        by_key: dict[str, list[tuple[str, Citation]]] = defaultdict(list)
        for docname in sorted(self.citations, key=lambda d: order.get(d, len(order))):
            for cite in self.citations[docname]:
                by_key[cite.key].append((docname, cite))
        return by_key

    # --- checks ------------------------------------------------------------------------------

    def check_consistency(self) -> None:
        """Each subject in one register; one warning per fact that no page cites.

        Located at the register that holds the fact (or the first register).
        """
        if not self.registers:
            return
        first = min(self.registers)
        docs = self.register_docs()
        for subject in self.facts.subject_names:
            holding = [d for d in sorted(self.registers) if self.registers[d].holds(subject)]
            if len(holding) > 1:
                words = _(
                    "the facts of %(subject)r are in more than one fact-register (also in "
                    "%(others)s); the role links to this one"
                )
                detail = {"subject": subject, "others": ", ".join(holding[1:])}
                warn(str(words) % detail, self._place(holding[0]), "register")
            elif not holding:
                words = _(
                    "the facts of %(subject)r are in no fact-register; list %(name)s "
                    "in a register's :subjects:"
                )
                detail = {"subject": subject, "name": subject}
                warn(str(words) % detail, self._place(first), "register")
        cited = self.cited_keys()
        words = str(
            _(
                "fact %(key)r (%(label)s) is never cited; cite it with %(role)s "
                "or take it out of the registry"
            )
        )
        subjects = self.facts.subjects
        for key, fact in self.facts.registry.items():
            if key not in cited:
                detail = {"key": key, "label": fact.label, "role": f"{{fact}}`{key}`"}
                warn(words % detail, self._place(docs.get(subjects[key], first)), "uncited")

    def _place(self, docname: str) -> tuple[str, int]:
        return docname, self.registers[docname].line

    def resolve_any_xref(self, *args: Any) -> list:  # nothing here is an xref target
        return []


def chart_references(node: fact_chart) -> list[str]:
    """Every fact a chart names: its groups, then each series' values, in order."""
    refs = list(node["groups"])
    for _name, values in node["series"]:
        refs += [v for v in values if v]
    return refs


def reading_order(env: Any) -> dict[str, int]:
    """Position of each page in the book: the root's toctree, depth first.

    Pages outside every toctree come last, by name.
    """
    order: dict[str, int] = {}
    stack = [env.config.root_doc]
    while stack:
        docname = stack.pop()
        if docname in order or docname not in env.found_docs:
            continue
        order[docname] = len(order)
        stack.extend(reversed(env.toctree_includes.get(docname, [])))
    for docname in sorted(env.found_docs - order.keys()):
        order[docname] = len(order)
    return order


def _shared(cite: Citation) -> Citation:
    """The citation with its strings interned: pickled once per environment."""
    key, mention, n, line, origin = cite
    return Citation(sys.intern(key), sys.intern(mention), n, line, sys.intern(origin))


_RECORDED = (fact_ref, fact_chart, fact_register, fact_timeline)
