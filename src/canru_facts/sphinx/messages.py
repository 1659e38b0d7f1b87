"""Warnings and user-facing words of the extension.

Every word the extension writes, on a page or in a warning, goes through
:data:`_`, so a French edition adds a ``canru_facts`` message catalogue and
nothing else changes.  Every warning has type ``fact`` and a subtype, so a
project can silence one kind with ``suppress_warnings = ["fact.uncited"]``, and
every warning has a location.
"""

from __future__ import annotations

from typing import Any

from sphinx.locale import get_translation
from sphinx.util import logging

logger = logging.getLogger("canru_facts")

_ = get_translation("canru_facts")

WARNING_TYPE = "fact"
SUBTYPES = (
    "unknown",  # a key that is not in the registry, or a mention the fact lacks
    "variant",  # a variant the value cannot take
    "empty",  # {fact}`` or {num}``
    "option",  # a directive's row or series that cannot be used
    "uncited",  # a fact the book never cites
    "bare",  # a value written by hand where the role should be
    "seed",  # the seed cannot be read
    "proof",  # a fact or a rule that the seed does not bear out
    "register",  # more than one fact-register
    "timeline",  # a timeline's entry that cannot stand, or a dated fact in no entry
    "heading",  # a citation in a heading that print cannot anchor
)


def warn(message: str, location: Any, subtype: str) -> None:
    """Emit a located warning of type ``fact``."""
    assert subtype in SUBTYPES, subtype
    logger.warning(message, location=location, type=WARNING_TYPE, subtype=subtype)


def did_you_mean(nearest: list[str]) -> str:
    if not nearest:
        return str(_("no key is close; the fact register lists every key"))
    return str(_("did you mean %s?")) % ", ".join(repr(k) for k in nearest)
