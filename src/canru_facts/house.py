"""The house style of each language the book is written in.

CLDR (through Babel) settles how dates, numbers and per cent signs are written;
num2words spells numbers out.  What neither settles is kept here, once per
language: the order of a day range, how a season or a decade reads, the
quotation marks of the prose, and the words for the seed's hedges and units.

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
    """The words and patterns of one language that CLDR does not settle."""

    language: str
    day: str  # Babel date pattern for a full day
    month: str  # month and year
    day_no_year: str
    day_range: Callable[[dt.date, dt.date, str], str]
    seasons: Mapping[str, str]
    season_the: Callable[[str, int], str]  # "the fall of 2003"
    decade: Callable[[int], str]
    decade_bare: Callable[[int], str]
    qualifiers: Mapping[str, str]  # the seed's hedges, in this language
    units: Mapping[str, str]
    ordinal_digits: Callable[[int], str]
    # Quotation marks: primary open and close, secondary open and close.  The same
    # as the prose gets from Sphinx's smart quotes (docutils' table) in this language.
    quotes: tuple[str, str, str, str]


def _en_range(first: dt.date, last: dt.date, locale: str) -> str:
    return f"{first.day}–{format_date(last, 'd MMMM y', locale=locale)}"


def _cldr_range(first: dt.date, last: dt.date, locale: str) -> str:
    return format_interval(first, last, "yMMMMd", locale=locale)


def _fr_season_the(name: str, year: int) -> str:
    article = "l’" if name[0] in "aeéiouh" else "le "
    return f"{article}{name} {year}"


_HOUSES: dict[str, House] = {
    # Canadian house style: day before month, no comma ("12 June 1942").
    "en": House(
        language="en",
        day="d MMMM y",
        month="MMMM y",
        day_no_year="d MMMM",
        day_range=_en_range,
        seasons={"spring": "spring", "summer": "summer", "fall": "fall", "winter": "winter"},
        season_the=lambda name, year: f"the {name} of {year}",
        decade=lambda start: f"the {start}s",
        decade_bare=lambda start: f"{start}s",
        qualifiers={},
        units={},
        ordinal_digits=lambda n: num2words(n, lang="en", to="ordinal_num"),
        quotes=("“", "”", "‘", "’"),
    ),
    "fr": House(
        language="fr",
        day="d MMMM y",
        month="MMMM y",
        day_no_year="d MMMM",
        day_range=_cldr_range,
        seasons={"spring": "printemps", "summer": "été", "fall": "automne", "winter": "hiver"},
        season_the=_fr_season_the,
        decade=lambda start: f"les années {start}",
        decade_bare=lambda start: f"années {start}",
        qualifiers={
            "about": "environ",
            "almost": "presque",
            "approximately": "environ",
            "around": "environ",
            "at least": "au moins",
            "more than": "plus de",
            "nearly": "près de",
            "over": "plus de",
            "under": "moins de",
            "up to": "jusqu’à",
        },
        units={
            "day": "jour",
            "days": "jours",
            "week": "semaine",
            "weeks": "semaines",
            "month": "mois",
            "months": "mois",
            "year": "an",
            "years": "ans",
            "nights": "nuits",
        },
        # French typography: 1er, 2e, 65e (num2words writes "65me").
        ordinal_digits=lambda n: "1er" if n == 1 else f"{n}e",
        quotes=("«\u00a0", "\u00a0»", "“", "”"),  # no-break spaces inside guillemets
    ),
}

LANGUAGES = tuple(_HOUSES)


@lru_cache(maxsize=32)
def language(locale: str) -> str:
    """The book's language for ``locale`` ("en_CA" -> "en"); StyleError if it has none."""
    try:
        lang = Locale.parse(locale.replace("-", "_")).language
    except (UnknownLocaleError, ValueError, TypeError):
        raise StyleError(f"unknown locale {locale!r}; use one of: {', '.join(LANGUAGES)}") from None
    if lang not in _HOUSES:
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
    return _HOUSES[language(locale)]


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
