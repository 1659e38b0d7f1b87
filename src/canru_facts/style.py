"""How the book writes every value, in each language it is published in.

This module is the only place that turns a fact's value into words.  The book
(the ``{fact}`` role, the register, the timeline, the chart) calls :func:`render`;
nothing else formats a date or a number.  Numbers, dates and per cent signs come
from Babel (CLDR), numbers in words from num2words, so a French edition changes
``canru_facts_locale`` and nothing else::

    >>> render(Day(1942, 6, 12))
    '12 June 1942'
    >>> render(Day(1942, 6, 12), "year")
    '1942'
    >>> render(Day(1942, 6, 12), locale="fr")
    '12 juin 1942'

Each value type accepts a few *variants* (see :data:`VARIANTS`), so prose can say
"in 1942" or "Sarah Taylor, Ambassador of Canada to Russia" from the same fact.
An unknown variant raises :class:`StyleError` naming the valid ones.

What the facts store in words (a person's role, a count's noun, a place's name)
is written as stored: the facts are kept in English, and only the words this
module adds itself (months, seasons, qualifiers such as "up to", units) change
with the locale.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_interval
from babel.numbers import (
    format_compact_decimal,
    format_decimal,
    format_percent,
    get_currency_symbol,
)
from num2words import num2words

from .model import (
    Count,
    Day,
    DayNoYear,
    DayRange,
    Decade,
    Duration,
    Money,
    Month,
    Ordinal,
    Percentage,
    Person,
    Place,
    Season,
    Year,
)

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


class StyleError(ValueError):
    """A value cannot be written as asked. ``str()`` says what would work."""


# --- variants ------------------------------------------------------------------
# The default (no variant) is always allowed; these are the extra spellings a
# writer may ask for with {fact}`key:variant`.  Order is the order of the docs.

VARIANTS: Mapping[type, tuple[str, ...]] = {
    Day: ("day", "month", "year"),
    Month: ("month", "year"),
    Year: ("year",),
    Decade: ("bare",),
    Season: ("the", "season", "year"),
    DayRange: ("day", "month", "year"),
    DayNoYear: ("day",),
    Person: ("name", "surname", "role", "name-role"),
    Place: ("name", "abbr", "name-abbr"),
    Percentage: ("number",),
    Money: ("amount",),
    Count: ("words", "digits", "number"),
    Duration: ("words", "digits", "number"),
    Ordinal: ("words", "digits", "number"),
}

# Below this, counts, durations and ordinals are spelled out by default
# ("two weeks", "second meeting"); from it on, digits ("300 participants").
WORDS_BELOW = 10


def variants_for(value: object) -> tuple[str, ...]:
    """The variants a value (or a value type) accepts, besides the default."""
    kind = value if isinstance(value, type) else type(value)
    return VARIANTS.get(kind, ())


# --- house style per language ---------------------------------------------------


@dataclass(frozen=True)
class _House:
    """The words and patterns of one language that CLDR does not settle."""

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


_HOUSE: dict[str, _House] = {
    # Canadian house style: day before month, no comma ("12 June 1942").
    "en": _House(
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
    "fr": _House(
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

LANGUAGES = tuple(_HOUSE)


@lru_cache(maxsize=32)
def _house(locale: str) -> _House:
    return _HOUSE[_language(locale)]


@lru_cache(maxsize=32)
def _language(locale: str) -> str:
    try:
        language = Locale.parse(locale.replace("-", "_")).language
    except (UnknownLocaleError, ValueError, TypeError):
        raise StyleError(f"unknown locale {locale!r}; use one of: {', '.join(LANGUAGES)}") from None
    if language not in _HOUSE:
        raise StyleError(
            f"the book has no house style for {locale!r} yet; use one of: {', '.join(LANGUAGES)}"
        )
    return language


def check_locale(locale: str) -> str:
    """The language of ``locale`` if the book can be written in it; else StyleError."""
    return _language(locale)


# --- numbers -------------------------------------------------------------------


def _number(value: Decimal | int, locale: str) -> str:
    return format_decimal(value, locale=locale, decimal_quantization=False)


def _words(value: int, locale: str) -> str:
    return num2words(value, lang=_language(locale))


def _counted(value: int, variant: str | None, locale: str) -> str:
    """A whole number as the variant asks: words, digits, or words when small."""
    if variant == "words" or (variant is None and 0 <= value < WORDS_BELOW):
        return _words(value, locale)
    return _number(value, locale)


def _qualified(qualifier: str, text: str, locale: str) -> str:
    if not qualifier:
        return text
    return f"{_house(locale).qualifiers.get(qualifier, qualifier)} {text}"


# --- one function per value type ----------------------------------------------


def _day(value: Day, variant: str | None, locale: str) -> str:
    house = _house(locale)
    pattern = {None: house.day, "day": house.day_no_year, "month": house.month}.get(variant)
    if variant == "year":
        return str(value.year)
    return format_date(value.date, pattern, locale=locale)


def _month(value: Month, variant: str | None, locale: str) -> str:
    if variant == "year":
        return str(value.year)
    return format_date(dt.date(value.year, value.month, 1), _house(locale).month, locale=locale)


def _year(value: Year, variant: str | None, locale: str) -> str:
    return str(value.year)


def _decade(value: Decade, variant: str | None, locale: str) -> str:
    house = _house(locale)
    return house.decade_bare(value.start) if variant == "bare" else house.decade(value.start)


def _season(value: Season, variant: str | None, locale: str) -> str:
    house = _house(locale)
    name = house.seasons[value.season]
    if variant == "the":
        return house.season_the(name, value.year)
    if variant == "season":
        return name
    if variant == "year":
        return str(value.year)
    return f"{name} {value.year}"


def _day_range(value: DayRange, variant: str | None, locale: str) -> str:
    house = _house(locale)
    if variant == "year":
        return str(value.year)
    if variant == "month":
        return format_date(value.first, house.month, locale=locale)
    if variant == "day":
        last = format_date(value.last, house.day_no_year, locale=locale)
        return f"{value.first_day}–{last}"
    return house.day_range(value.first, value.last, locale)


def _day_no_year(value: DayNoYear, variant: str | None, locale: str) -> str:
    # 2000 is a leap year, so 29 February can be written; the year is not shown.
    return format_date(
        dt.date(2000, value.month, value.day), _house(locale).day_no_year, locale=locale
    )


def _person(value: Person, variant: str | None, locale: str) -> str:
    if variant == "surname":
        return value.name.split()[-1]
    if variant in ("role", "name-role") and not value.role:
        raise StyleError(
            f"{value.name} has no role in the registry; valid variants here: name, surname"
        )
    if variant == "role":
        return value.role
    if variant == "name-role":
        return f"{value.name}, {value.role}"
    return value.name


def _place(value: Place, variant: str | None, locale: str) -> str:
    if variant in ("abbr", "name-abbr") and not value.abbreviation:
        raise StyleError(
            f"{value.name} has no abbreviation in the registry; valid variants here: name"
        )
    if variant == "abbr":
        return value.abbreviation
    if variant == "name-abbr":
        return f"{value.name} ({value.abbreviation})"
    return value.name


def _percentage(value: Percentage, variant: str | None, locale: str) -> str:
    if variant == "number":
        return _number(value.value, locale)
    share = Decimal(value.value) / 100
    return format_percent(share, locale=locale, decimal_quantization=False)


def _money(value: Money, variant: str | None, locale: str) -> str:
    if value.scale:
        # "long" compact form: "25 billion", "25 milliards"; three fraction
        # digits keep "2.5 billion" and are trimmed when they are zeros.
        figure = format_compact_decimal(
            value.total, format_type="long", locale=locale, fraction_digits=3
        )
    else:
        figure = _number(value.amount, locale)
    currency = value.currency
    symbol = currency if not currency.isalpha() else get_currency_symbol(currency, locale)
    pattern = Locale.parse(locale.replace("-", "_")).currency_formats["standard"].pattern
    amount = f"{symbol}{figure}" if pattern.startswith("¤") else f"{figure} {symbol}"
    if variant == "amount":
        return amount
    return _qualified(value.qualifier, amount, locale)


def _count(value: Count, variant: str | None, locale: str) -> str:
    if variant == "number":
        return _number(value.value, locale)
    number = _counted(value.value, variant, locale)
    return _qualified(value.qualifier, f"{number} {value.noun}", locale)


def _duration(value: Duration, variant: str | None, locale: str) -> str:
    if variant == "number":
        return _number(value.value, locale)
    number = _counted(value.value, variant, locale)
    unit = _house(locale).units.get(value.unit, value.unit)
    return _qualified(value.qualifier, f"{number} {unit}", locale)


def _ordinal(value: Ordinal, variant: str | None, locale: str) -> str:
    words = variant == "words" or (variant is None and value.value < WORDS_BELOW)
    if words:
        number = num2words(value.value, lang=_language(locale), to="ordinal")
    else:
        number = _house(locale).ordinal_digits(value.value)
    if variant == "number":
        return number
    return f"{number} {value.noun}"


_RENDERERS: Mapping[type, Callable[[object, str | None, str], str]] = {
    Day: _day,
    Month: _month,
    Year: _year,
    Decade: _decade,
    Season: _season,
    DayRange: _day_range,
    DayNoYear: _day_no_year,
    Person: _person,
    Place: _place,
    Percentage: _percentage,
    Money: _money,
    Count: _count,
    Duration: _duration,
    Ordinal: _ordinal,
}


def render(value: object, variant: str | None = None, locale: str = "en") -> str:
    """Write ``value`` in the house style of ``locale``, as ``variant`` asks.

    ``variant`` is None (or "") for the default spelling, or one of
    ``variants_for(value)``; anything else raises :class:`StyleError`.
    """
    renderer = _RENDERERS.get(type(value))
    if renderer is None:
        raise StyleError(f"cannot write a {type(value).__name__}: it is not a fact value")
    variant = variant or None
    if variant is not None and variant not in VARIANTS[type(value)]:
        valid = ", ".join(VARIANTS[type(value)]) or "none"
        raise StyleError(
            f"unknown variant {variant!r} for a {type(value).__name__}; valid variants: {valid}"
        )
    return renderer(value, variant, _canonical(locale))


@lru_cache(maxsize=32)
def _canonical(locale: str) -> str:
    _language(locale)  # raises StyleError for a locale the book cannot be written in
    return locale.replace("-", "_")


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
    open1, close1, open2, close2 = _house(locale).quotes
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
    _language(locale)  # a locale the book cannot be written in raises StyleError
    return text[:1].title() + text[1:]
