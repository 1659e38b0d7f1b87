"""The house style of each language the book is written in.

CLDR (through Babel) settles how dates, numbers and per cent signs are written;
num2words spells numbers out.  What neither settles is kept here, once per
language: the order of a day range, the ordinal suffix and the quotation marks
of the prose; the words (seasons, decades, the seed's hedges, units) come from
the message catalogue (:mod:`canru_facts.i18n`).

Value kinds (:mod:`canru_facts.kinds`) call these helpers to write themselves;
nothing here knows a kind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_interval, get_month_names
from babel.numbers import format_decimal
from num2words import num2words

from .i18n import translations

__all__ = [
    "LANGUAGES",
    "WORDS_BELOW",
    "House",
    "StyleError",
    "canonical",
    "counted",
    "house",
    "language",
    "month_names",
    "number",
    "qualified",
    "words",
]


class StyleError(ValueError):
    """A value cannot be written as asked. ``str()`` says what would work."""


# Below this, counts, durations and ordinals are spelled out by default
# ("two weeks", "second meeting"); from it on, digits ("300 participants").
WORDS_BELOW = 10


@dataclass(frozen=True)
class House:
    """One language's house style: CLDR patterns and typography, and its words."""

    language: str
    day: str  # Babel date pattern for a full day
    month: str  # month and year
    day_no_year: str
    day_range: Callable[[dt.date, dt.date, str], str]
    ordinal_digits: Callable[[int], str]
    # Quotation marks: primary open and close, secondary open and close.  The same
    # as the prose gets from Sphinx's smart quotes (docutils' table) in this language.
    quotes: tuple[str, str, str, str]
    # The words, from the message catalogue (canru_facts.i18n):
    seasons: Mapping[str, str]  # "fall" -> "fall", "automne"
    seasons_of: Mapping[str, str]  # "fall" -> "the fall of %(year)s", "l’automne %(year)s"
    decade_words: str  # "the %(start)ss"
    decade_bare_words: str  # "%(start)ss"
    qualifiers: Mapping[str, str]  # the seed's hedges, in this language
    units: Mapping[str, str]

    def season_the(self, season: str, year: int) -> str:
        """The season with its year: "the fall of 2003", "l’automne 2003"."""
        return self.seasons_of[season] % {"year": year}

    def decade(self, start: int) -> str:
        return self.decade_words % {"start": start}

    def decade_bare(self, start: int) -> str:
        return self.decade_bare_words % {"start": start}


def _en_range(first: dt.date, last: dt.date, locale: str) -> str:
    return f"{first.day}–{format_date(last, 'd MMMM y', locale=locale)}"


def _cldr_range(first: dt.date, last: dt.date, locale: str) -> str:
    return format_interval(first, last, "yMMMMd", locale=locale)


@dataclass(frozen=True)
class _Patterns:
    """What CLDR leaves open and is not a word: the order of a date, the typography."""

    day: str
    month: str
    day_no_year: str
    day_range: Callable[[dt.date, dt.date, str], str]
    ordinal_digits: Callable[[int], str]
    quotes: tuple[str, str, str, str]


_PATTERNS: dict[str, _Patterns] = {
    # Canadian house style: day before month, no comma ("12 June 1942").
    "en": _Patterns(
        day="d MMMM y",
        month="MMMM y",
        day_no_year="d MMMM",
        day_range=_en_range,
        ordinal_digits=lambda n: num2words(n, lang="en", to="ordinal_num"),
        quotes=("“", "”", "‘", "’"),
    ),
    "fr": _Patterns(
        day="d MMMM y",
        month="MMMM y",
        day_no_year="d MMMM",
        day_range=_cldr_range,
        # French typography: 1er, 2e, 65e (num2words writes "65me").
        ordinal_digits=lambda n: "1er" if n == 1 else f"{n}e",
        quotes=("«\u00a0", "\u00a0»", "“", "”"),  # no-break spaces inside guillemets
    ),
}

LANGUAGES = tuple(_PATTERNS)


def _words(lang: str) -> dict[str, object]:
    """The house's words in ``lang``, each a message of the catalogue."""
    w = translations(lang)
    return {
        "seasons": {
            "spring": w.pgettext("season", "spring"),
            "summer": w.pgettext("season", "summer"),
            "fall": w.pgettext("season", "fall"),
            "winter": w.pgettext("season", "winter"),
        },
        "seasons_of": {
            "spring": w.pgettext("season with its year", "the spring of %(year)s"),
            "summer": w.pgettext("season with its year", "the summer of %(year)s"),
            "fall": w.pgettext("season with its year", "the fall of %(year)s"),
            "winter": w.pgettext("season with its year", "the winter of %(year)s"),
        },
        "decade_words": w.pgettext("decade", "the %(start)ss"),
        "decade_bare_words": w.pgettext("decade, bare", "%(start)ss"),
        "qualifiers": {
            "about": w.pgettext("qualifier", "about"),
            "almost": w.pgettext("qualifier", "almost"),
            "approximately": w.pgettext("qualifier", "approximately"),
            "around": w.pgettext("qualifier", "around"),
            "at least": w.pgettext("qualifier", "at least"),
            "more than": w.pgettext("qualifier", "more than"),
            "nearly": w.pgettext("qualifier", "nearly"),
            "over": w.pgettext("qualifier", "over"),
            "under": w.pgettext("qualifier", "under"),
            "up to": w.pgettext("qualifier", "up to"),
        },
        "units": {
            "day": w.pgettext("unit", "day"),
            "days": w.pgettext("unit", "days"),
            "night": w.pgettext("unit", "night"),
            "nights": w.pgettext("unit", "nights"),
            "week": w.pgettext("unit", "week"),
            "weeks": w.pgettext("unit", "weeks"),
            "month": w.pgettext("unit", "month"),
            "months": w.pgettext("unit", "months"),
            "year": w.pgettext("unit", "year"),
            "years": w.pgettext("unit", "years"),
        },
    }


@lru_cache(maxsize=32)
def language(locale: str) -> str:
    """The book's language for ``locale`` ("en_CA" -> "en"); StyleError if it has none."""
    try:
        lang = Locale.parse(locale.replace("-", "_")).language
    except (UnknownLocaleError, ValueError, TypeError):
        raise StyleError(f"unknown locale {locale!r}; use one of: {', '.join(LANGUAGES)}") from None
    if lang not in _PATTERNS:
        raise StyleError(
            f"the book has no house style for {locale!r} yet; use one of: {', '.join(LANGUAGES)}"
        )
    return lang


@lru_cache(maxsize=32)
def canonical(locale: str) -> str:
    """``locale`` as Babel spells it ("en-CA" -> "en_CA"), once its language is known."""
    language(locale)
    return locale.replace("-", "_")


@lru_cache(maxsize=32)
def house(locale: str) -> House:
    lang = language(locale)
    patterns = _PATTERNS[lang]
    return House(
        language=lang,
        day=patterns.day,
        month=patterns.month,
        day_no_year=patterns.day_no_year,
        day_range=patterns.day_range,
        ordinal_digits=patterns.ordinal_digits,
        quotes=patterns.quotes,
        **_words(lang),  # type: ignore[arg-type]
    )


@lru_cache(maxsize=8)
def month_names(locale: str) -> dict[int, str]:
    """Month number -> wide month name in ``locale``, from CLDR."""
    return {n: str(name) for n, name in get_month_names("wide", locale=canonical(locale)).items()}


# --- numbers -------------------------------------------------------------------


def number(value: Decimal | int, locale: str) -> str:
    """Digits with the locale's separators: "1,200", "1 200"."""
    return format_decimal(value, locale=locale, decimal_quantization=False)


def words(value: int, locale: str) -> str:
    """A whole number spelled out: "two", "deux"."""
    return num2words(value, lang=language(locale))


def counted(value: int, variant: str | None, locale: str) -> str:
    """A whole number as the variant asks: words, digits, or words when small."""
    if variant == "words" or (variant is None and 0 <= value < WORDS_BELOW):
        return words(value, locale)
    return number(value, locale)


def qualified(qualifier: str, text: str, locale: str) -> str:
    """``text`` behind the seed's hedge ("over", "up to"), in the locale's words."""
    if not qualifier:
        return text
    return f"{house(locale).qualifiers.get(qualifier, qualifier)} {text}"
