"""Warnings and user-facing words of the extension.

Every warning has type ``fact`` and a subtype, so a project can silence one kind
with ``suppress_warnings = ["fact.uncited"]``; every warning has a location.
"""

from __future__ import annotations

from typing import Any

from sphinx.locale import get_translation
from sphinx.util import logging

logger = logging.getLogger("canru_facts")

# Words the extension adds to pages ("Cited in", "seed line"); a French edition
# adds a "canru_facts" message catalogue and nothing else changes.
_ = get_translation("canru_facts")

WARNING_TYPE = "fact"
SUBTYPES = (
    "unknown",  # a key that is not in the registry
    "variant",  # a variant the value cannot take
    "empty",  # {fact}`` or {num}``
    "option",  # a directive option that is not a key, or a value of the wrong kind
    "uncited",  # a fact the book never cites
    "bare",  # a value written by hand where the role should be
    "seed",  # the seed cannot be read, or evidence is not in it
    "register",  # more than one fact-register
)


def warn(message: str, location: Any, subtype: str) -> None:
    """Emit a located warning of type ``fact``."""
    assert subtype in SUBTYPES, subtype
    logger.warning(message, location=location, type=WARNING_TYPE, subtype=subtype)


def did_you_mean(nearest: list[str]) -> str:
    if not nearest:
        return "no key is close; the fact register lists every key"
    return "did you mean " + ", ".join(repr(k) for k in nearest) + "?"
