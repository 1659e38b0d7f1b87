"""How the book writes every value, in each language it is published in.

The book (the ``{fact}`` role, the register, the timeline, the chart) and the
command call :func:`render`; nothing else formats a date or a number.  Numbers,
dates and per cent signs come from Babel (CLDR), numbers in words from
num2words, so a French edition changes its ``language`` and nothing else::

    >>> render(Day(1942, 6, 12))
    '12 June 1942'
    >>> render(Day(1942, 6, 12), "year")
    '1942'
    >>> render(Day(1942, 6, 12), locale="fr")
    '12 juin 1942'

Each kind of value accepts a few *variants* (``Kind.variants``), so prose can
say "in 1942" or "Sarah Taylor, Ambassador of Canada to Russia" from the same
fact.  An unknown variant raises :class:`StyleError` naming the valid ones.
Each kind writes itself (:mod:`canru_facts.kinds`), with the house style of the
locale (:mod:`canru_facts.house`).

What the facts store in words (a person's role, a count's noun, a place's name)
is written as stored: the facts are kept in English, and only the words the
kinds add themselves (months, seasons, qualifiers such as "up to", units) change
with the locale.
"""

from __future__ import annotations

from collections.abc import Mapping

from .house import LANGUAGES, StyleError, house, language
from .kinds import KINDS, Kind

__all__ = [
    "LANGUAGES",
    "VARIANTS",
    "StyleError",
    "capitalise",
    "check_locale",
    "render",
    "typographic",
    "variants_for",
]

# The variants of every kind, by class: the default (no variant) is always allowed.
VARIANTS: Mapping[type, tuple[str, ...]] = {cls: cls.variants for cls in KINDS.values()}


def variants_for(value: object) -> tuple[str, ...]:
    """The variants a value (or a value type) accepts, besides the default."""
    kind = value if isinstance(value, type) else type(value)
    return VARIANTS.get(kind, ())


def check_locale(locale: str) -> str:
    """The language of ``locale`` if the book can be written in it; else StyleError."""
    return language(locale)


def render(value: object, variant: str | None = None, locale: str = "en") -> str:
    """Write ``value`` in the house style of ``locale``, as ``variant`` asks.

    ``variant`` is None (or "") for the default spelling, or one of the kind's
    variants; anything else raises :class:`StyleError`.
    """
    if not isinstance(value, Kind):
        raise StyleError(f"cannot write a {type(value).__name__}: it is not a fact value")
    return value.write(variant, locale)


# --- words around values --------------------------------------------------------

APOSTROPHE = "’"  # the typographic apostrophe, in English and French alike
_OPENS_AFTER = "([{‘“«/–—-"  # a quotation mark after these (or a space) opens


def typographic(text: str, locale: str = "en") -> str:
    """``text`` with typographic quotation marks and apostrophes for straight ones.

    The prose of the book gets them from Sphinx's smart quotes; labels and other
    words the extension writes itself (the register, the timeline, tooltips) are
    set here to match:

        >>> typographic('the "unfriendly countries"')
        'the “unfriendly countries”'
        >>> typographic("Canada's 'Paul Hampel' case")
        'Canada’s ‘Paul Hampel’ case'
    """
    if "'" not in text and '"' not in text:
        return text
    open1, close1, open2, close2 = house(locale).quotes
    out: list[str] = []
    single_open = False
    for i, char in enumerate(text):
        if char not in "'\"":
            out.append(char)
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1 : i + 2] or " "
        opens = before.isspace() or before in _OPENS_AFTER
        if char == '"':
            out.append(open1 if opens else close1)
        elif opens and after.isalpha():  # 'Paul Hampel' (but '90s is elided)
            out.append(open2)
            single_open = True
        elif single_open and not after.isalnum():
            out.append(close2)
            single_open = False
        else:  # Canada's, the composers' union, '90s
            out.append(APOSTROPHE)
    return "".join(out)


def capitalise(text: str, locale: str = "en") -> str:
    """``text`` with its first letter capitalised, for a value that starts a line.

    "fall 1977" -> "Fall 1977", "the 1990s" -> "The 1990s".  Only the first
    character changes: ``str.capitalize()`` would also lower the rest ("the GDR"
    -> "The gdr").  It takes the character's Unicode title case, which is right
    for a digraph such as "ǆ" (-> "ǅ"), not its upper case.
    """
    language(locale)  # a locale the book cannot be written in raises StyleError
    return text[:1].title() + text[1:]
