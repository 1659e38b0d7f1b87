"""The engine's words in each language: one gettext catalogue, ``canru_facts``.

Every word the engine writes into a book — register headings, kind names,
seasons, units, the seed's hedges ("up to"), the timeline's and the chart's
words — is a message of this catalogue.  The Sphinx extension registers it with
``app.add_message_catalog``; the value kinds read it here, through
:func:`translations`, in the language values are written in (the book's
``language``, or ``canru_facts_locale`` where a book sets it).

The catalogue lives in ``locale/<lang>/LC_MESSAGES/canru_facts.po`` beside this
module, compiled to ``.mo`` (``nox -s catalogue``); a test keeps the two in
step and every message translated.
"""

from __future__ import annotations

import gettext
from functools import lru_cache
from pathlib import Path

__all__ = ["DOMAIN", "LOCALE_DIR", "N_", "describe", "translations"]

DOMAIN = "canru_facts"
LOCALE_DIR = Path(__file__).with_name("locale")


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue where it is defined; it is translated where shown."""
    return message


@lru_cache(maxsize=16)
def translations(language: str) -> gettext.NullTranslations:
    """The catalogue for ``language`` ("fr"); English, the source language, needs none."""
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[language], fallback=True)


def describe(kind: str, detail: str, language: str) -> str:
    """What a value is, in words: "date (day)", "organisation (museum)", "person"."""
    words = translations(language)
    kind_words = words.pgettext("kind", kind)
    if not detail:
        return kind_words
    detail_words = words.pgettext("kind detail", detail)
    return words.pgettext("kind with its detail", "%(kind)s (%(detail)s)") % {
        "kind": kind_words,
        "detail": detail_words,
    }
