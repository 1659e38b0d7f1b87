"""The ``{fact}`` role, and the ``{num}`` escape for numbers that are not facts.

Syntax (MyST)::

    {fact}`relations.established`        -> 12 June 1942
    {fact}`relations.established:year`   -> 1942
    {fact}`envoy.canada:name-role`       -> Sarah Taylor, Ambassador of Canada to Russia
    {num}`1900s`                         -> 1900s (plain text; the bare-fact lint skips it)

The part after the first colon is a variant of :mod:`canru_facts.style`.  A
citation that cannot be made (unknown key, bad variant, empty role) gives a
located ``fact.*`` warning and a visible *problematic* node, never a traceback.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.util.docutils import SphinxRole

from ..style import StyleError
from .loading import LoadedFacts
from .messages import did_you_mean, warn
from .nodes import fact_ref

SYNTAX = "{fact}`key`, {fact}`key:variant` or {fact}`key@mention:variant`"


class CitationError(Exception):
    """Why a citation cannot be made: ``message`` and warning ``subtype``."""

    def __init__(self, message: str, subtype: str) -> None:
        super().__init__(message)
        self.subtype = subtype


def split_reference(text: str) -> tuple[str, str, str]:
    """``"key@mention:variant"`` -> ``("key", "mention", "variant")``; both may be empty."""
    reference, _, variant = text.strip().partition(":")
    key, _, mention = reference.partition("@")
    return key.strip(), mention.strip(), variant.strip()


def make_citation(facts: LoadedFacts, text: str, origin: str) -> fact_ref:
    """A fact_ref for ``key[:variant]``, or CitationError saying what is wrong."""
    key, mention, variant = split_reference(text)
    if not key:
        raise CitationError(f"empty fact reference; write {SYNTAX}", "empty")
    fact = facts.registry.get(key)
    if fact is None:
        nearest = facts.registry.nearest(key)
        raise CitationError(f"unknown fact key {key!r}; {did_you_mean(nearest)}", "unknown")
    if mention and mention not in fact.also:
        named = ", ".join(f"@{m}" for m in fact.also) or "none besides its main evidence"
        raise CitationError(
            f"fact {key!r} has no mention {mention!r}; its mentions: {named}", "unknown"
        )
    try:
        value = facts.render(key, variant)
    except StyleError as err:  # its message lists the valid variants
        raise CitationError(f"fact {key!r}: {err}", "variant") from None
    # The registry's own key string, as key and as raw source (Sphinx fills an empty
    # one with a copy of the text): every citation of a fact shares it, so a pickled
    # page or environment holds it once.
    key = fact.key
    return fact_ref(
        key, value, key=key, mention=mention, variant=variant, origin=origin, classes=["fact"]
    )


def broken_citation(rawtext: str, text: str) -> nodes.problematic:
    """What a failed citation shows: the source, marked up as a problem.

    It keeps the key it tried, so the page is read again when that key changes.
    """
    return nodes.problematic(rawtext, rawtext, fact_key=split_reference(text)[0])


class FactRole(SphinxRole):
    """``{fact}`key[:variant]```: the value of a fact, in house style."""

    def run(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        facts = self.env.domains["facts"].facts()
        try:
            node: nodes.Element = make_citation(facts, self.text, origin="text")
        except CitationError as err:
            warn(str(err), self.get_location(), err.subtype)
            node = broken_citation(self.rawtext, self.text)
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
                "empty num role; write {num}`1900s` for a number that is not a fact",
                self.get_location(),
                "empty",
            )
            node = nodes.problematic(self.rawtext, self.rawtext)
            self.set_source_info(node)
            return [node], []
        return [nodes.Text(self.text)], []
