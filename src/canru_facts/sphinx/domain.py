"""Per-document citation data, purged and merged like Sphinx's own todo extension.

The ``facts`` domain keeps, for each document, the citations it holds and whether
it holds a register or a timeline.  Sphinx clears a document's data before it is
read again (``clear_doc``) and merges what parallel readers found
(``merge_domaindata``), so the data is right with ``-j auto`` and after any
incremental build.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Set
from typing import Any

from docutils import nodes
from sphinx.domains import Domain

from .loading import LoadedFacts, load
from .nodes import (
    BROKEN,
    Citation,
    citation_key_of,
    fact_ref,
    fact_register_marker,
    fact_timeline_marker,
)


def citation_id(key: str, n: int) -> str:
    """Anchor of the n-th citation of ``key`` in a page (backlinks point here)."""
    return f"cite-{key}-{n}"


def entry_id(key: str) -> str:
    """Anchor of a fact's entry in the register."""
    return f"fact-{key}"


class FactsDomain(Domain):
    name = "facts"
    label = "Facts"
    data_version = 2
    initial_data: dict[str, Any] = {
        "citations": {},  # docname -> [Citation]
        "registers": {},  # docname -> line of its fact-register directive
        "timelines": {},  # docname -> line of its fact-timeline directive
        "fingerprints": {},  # key -> fingerprint at the last build (see incremental.py)
        "seed": {},  # the seed's stamp and the lines found in it
    }

    # Set at builder-inited (incremental.load_facts); domain objects are never pickled.
    loaded: LoadedFacts | None = None
    confdir: str | None = None

    # --- the facts of this build ---------------------------------------------

    def facts(self) -> LoadedFacts:
        if self.loaded is None:
            confdir = self.confdir or self.env.srcdir  # conf.py sits in srcdir by default
            self.loaded = load(self.env.config, confdir, self.data["seed"])
        return self.loaded

    # --- per-document data -----------------------------------------------------

    @property
    def citations(self) -> dict[str, list[Citation]]:
        return self.data["citations"]

    @property
    def registers(self) -> dict[str, int]:
        return self.data["registers"]

    @property
    def timelines(self) -> dict[str, int]:
        return self.data["timelines"]

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
        for node in _walk(document, _RECORDED):
            if isinstance(node, fact_register_marker):
                self.registers[docname] = node.line or 0
                continue
            if isinstance(node, fact_timeline_marker):
                self.timelines[docname] = node.line or 0
                continue
            key = citation_key_of(node)
            if not isinstance(node, fact_ref):
                cites.append(_shared((key, 0, node.line or 0, BROKEN)))
                continue
            n = seen.get(key, 0) + 1
            while citation_id(key, n) in document.ids:
                n += 1
            seen[key] = n
            anchor = citation_id(key, n)
            node["ids"].insert(0, anchor)  # the writers use the first id
            document.ids[anchor] = node
            cites.append(_shared((key, n, node.line or 0, node["origin"])))
        if cites:
            self.citations[docname] = cites

    # --- queries -----------------------------------------------------------------

    def citing_docs(self, keys: Set[str]) -> set[str]:
        return {doc for doc, cites in self.citations.items() if any(c[0] in keys for c in cites)}

    def cited_keys(self) -> set[str]:
        return {c[0] for cites in self.citations.values() for c in cites if c[3] != BROKEN}

    def register_doc(self) -> str | None:
        """The page holding the register (the first, if a book has several)."""
        return min(self.registers) if self.registers else None

    def iter_citations(self) -> Iterator[tuple[str, Citation]]:
        for docname, cites in self.citations.items():
            for cite in cites:
                yield docname, cite

    def resolve_any_xref(self, *args: Any) -> list:  # nothing here is an xref target
        return []


def _shared(cite: Citation) -> Citation:
    """The citation with its key and origin interned: pickled once per environment."""
    key, n, line, origin = cite
    return sys.intern(key), n, line, sys.intern(origin)


_RECORDED = (fact_ref, nodes.problematic, fact_register_marker, fact_timeline_marker)


def _walk(document: nodes.document, classes: tuple[type, ...]) -> Iterator[nodes.Node]:
    """Nodes of ``classes`` in document order, failed citations only if they name a key.

    A plain stack beats ``findall`` with a predicate on pages citing hundreds of facts.
    """
    stack: list[nodes.Node] = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, classes) and (
            not isinstance(node, nodes.problematic) or "fact_key" in node
        ):
            yield node
        if isinstance(node, nodes.Element):
            stack.extend(reversed(node.children))
