"""House style: every value kind, every variant, in English and French."""

from __future__ import annotations

from decimal import Decimal

import pytest

from canru_facts.model import (
    Count,
    Day,
    DayNoYear,
    DayRange,
    Decade,
    Duration,
    Event,
    Law,
    Money,
    Month,
    Ordinal,
    Organisation,
    Percentage,
    Person,
    Place,
    Programme,
    Publication,
    Season,
    Year,
)
from canru_facts.style import (
    VARIANTS,
    StyleError,
    capitalise,
    check_locale,
    render,
    typographic,
    variants_for,
)

TAYLOR = Person("Sarah Taylor", "Ambassador of Canada to Russia")
MCADOO = Person("Michael McAdoo", "vice-president", organisation="Bombardier Inc.")
IEC = Organisation("Canada-Russia Intergovernmental Economic Commission", "commission", "IEC")
NBSP = "\u00a0"

CASES = [
    # value, variant, English, French
    (Day(1942, 6, 12), None, "12 June 1942", "12 juin 1942"),
    (Day(1942, 6, 12), "day", "12 June", "12 juin"),
    (Day(1942, 6, 12), "month", "June 1942", "juin 1942"),
    (Day(1942, 6, 12), "year", "1942", "1942"),
    (Month(2023, 11), None, "November 2023", "novembre 2023"),
    (Month(2023, 11), "year", "2023", "2023"),
    (Year(1909), None, "1909", "1909"),
    (Decade(1990), None, "the 1990s", "les années 1990"),
    (Decade(1990), "bare", "1990s", "années 1990"),
    (Season("fall", 2003), None, "fall 2003", "automne 2003"),
    (Season("fall", 2003), "the", "the fall of 2003", "l’automne 2003"),
    (Season("summer", 2006), "the", "the summer of 2006", "l’été 2006"),
    (Season("spring", 2006), "the", "the spring of 2006", "le printemps 2006"),
    (Season("fall", 2003), "season", "fall", "automne"),
    (DayRange(2007, 3, 26, 27), None, "26–27 March 2007", "26–27 mars 2007"),
    (DayRange(2007, 3, 26, 27), "day", "26–27 March", "26–27 mars"),
    (DayRange(2007, 3, 26, 27), "month", "March 2007", "mars 2007"),
    (DayNoYear(5, 8), None, "8 May", "8 mai"),
    (TAYLOR, None, "Sarah Taylor", "Sarah Taylor"),
    (TAYLOR, "surname", "Taylor", "Taylor"),
    (TAYLOR, "role", "Ambassador of Canada to Russia", "Ambassador of Canada to Russia"),
    (
        TAYLOR,
        "name-role",
        "Sarah Taylor, Ambassador of Canada to Russia",
        "Sarah Taylor, Ambassador of Canada to Russia",
    ),
    (IEC, "abbr", "IEC", "IEC"),
    (
        IEC,
        "name-abbr",
        "Canada-Russia Intergovernmental Economic Commission (IEC)",
        "Canada-Russia Intergovernmental Economic Commission (IEC)",
    ),
    (Percentage(27), None, "27%", f"27{NBSP}%"),
    (Percentage(Decimal("27.5")), None, "27.5%", f"27,5{NBSP}%"),
    (Percentage(27), "number", "27", "27"),
    (Money(25, "$", "billion", "up to"), None, "up to $25 billion", "jusqu’à 25 milliards $"),
    (Money(25, "$", "billion", "up to"), "amount", "$25 billion", "25 milliards $"),
    (Money(Decimal("2.5"), "USD", "million"), None, "$2.5 million", "2,5 millions $US"),
    (Count(300, "participants", "over"), None, "over 300 participants", "plus de 300 participants"),
    (
        Count(300, "participants", "over"),
        "words",
        "over three hundred participants",
        "plus de trois cents participants",
    ),
    (Count(300, "participants", "over"), "number", "300", "300"),
    (Count(3, "consulates"), None, "three consulates", "trois consulates"),
    (Count(3, "consulates"), "digits", "3 consulates", "3 consulates"),
    (Count(2000, "visitors"), None, "2,000 visitors", "2\u202f000 visitors"),
    (Duration(35, "years", "more than"), None, "more than 35 years", "plus de 35 ans"),
    (Duration(2, "weeks"), None, "two weeks", "deux semaines"),
    (Duration(2, "weeks"), "digits", "2 weeks", "2 semaines"),
    (Ordinal(65, "anniversary"), None, "65th anniversary", "65e anniversary"),
    (
        Ordinal(65, "anniversary"),
        "words",
        "sixty-fifth anniversary",
        "soixante-cinquième anniversary",
    ),
    (Ordinal(65, "anniversary"), "number", "65th", "65e"),
    (Ordinal(2, "meeting"), None, "second meeting", "deuxième meeting"),
    (Ordinal(1, "summit"), "digits", "1st summit", "1er summit"),
    (MCADOO, "organisation", "Bombardier Inc.", "Bombardier Inc."),
    (Place("Moscow", "city"), None, "Moscow", "Moscow"),
    (
        Law("Special Economic Measures Act", "act"),
        "name",
        "Special Economic Measures Act",
        "Special Economic Measures Act",
    ),
    (Event("Summit Series", "tournament"), None, "Summit Series", "Summit Series"),
    (Publication("Montreal Star", "newspaper"), None, "Montreal Star", "Montreal Star"),
    (
        Programme("Global Security Talks", "dialogue"),
        None,
        "Global Security Talks",
        "Global Security Talks",
    ),
]


@pytest.mark.parametrize(
    ("value", "variant", "english", "french"),
    CASES,
    ids=[f"{type(c[0]).__name__}-{c[1]}" for c in CASES],
)
def test_render(value, variant, english, french):
    assert render(value, variant) == english
    assert render(value, variant, locale="fr") == french


def test_regional_locales_follow_their_language():
    assert render(Day(1942, 6, 12), locale="fr_CA") == "12 juin 1942"
    assert render(Day(1942, 6, 12), locale="en-CA") == "12 June 1942"


def test_every_variant_of_every_kind_renders():
    samples = {type(c[0]): c[0] for c in CASES}
    samples[Person] = MCADOO
    assert set(samples) == set(VARIANTS)
    for kind, variants in VARIANTS.items():
        for variant in (None, *variants):
            for locale in ("en", "fr"):
                if variant in ("abbr", "name-abbr") and not samples[kind].abbreviation:
                    with pytest.raises(StyleError, match="no abbreviation"):
                        render(samples[kind], variant, locale)
                    continue
                assert render(samples[kind], variant, locale).strip()


def test_unknown_variant_lists_the_valid_ones():
    with pytest.raises(StyleError) as err:
        render(Day(1942, 6, 12), "yr")
    assert str(err.value) == "unknown variant 'yr' for a Day; valid variants: day, month, year"


def test_variant_the_value_cannot_take():
    with pytest.raises(StyleError, match="no abbreviation.*valid variants here: name"):
        render(Place("Russian Embassy, Ottawa", "mission"), "abbr")
    with pytest.raises(StyleError, match="no role"):
        render(Person("Oleg Stepanov"), "name-role")


def test_variants_for_value_or_type():
    assert variants_for(TAYLOR) == ("name", "surname", "role", "name-role", "organisation")
    assert variants_for(Count) == ("words", "digits", "number")
    assert variants_for("not a value") == ()


def test_unsupported_locale_is_a_clear_error():
    with pytest.raises(StyleError, match="no house style for 'de'.*en, fr"):
        render(Year(1942), locale="de")
    with pytest.raises(StyleError, match="unknown locale 'zz_QQ'"):
        check_locale("zz_QQ")
    assert check_locale("fr_CA") == "fr"


def test_not_a_value():
    with pytest.raises(StyleError, match="not a fact value"):
        render(1942)


@pytest.mark.parametrize(
    ("text", "english", "french"),
    [
        ("Canada's mission", "Canada’s mission", "Canada’s mission"),
        ("Soviet composers' union", "Soviet composers’ union", "Soviet composers’ union"),
        (
            'among "unfriendly countries"',
            "among “unfriendly countries”",
            f"among «{NBSP}unfriendly countries{NBSP}»",
        ),
        ("The 'Paul Hampel' case", "The ‘Paul Hampel’ case", "The “Paul Hampel” case"),
        ("in the '90s", "in the ’90s", "in the ’90s"),
        ('("quoted")', "(“quoted”)", f"(«{NBSP}quoted{NBSP}»)"),
        ("no quotes – at all", "no quotes – at all", "no quotes – at all"),
    ],
)
def test_typographic_quotes_and_apostrophes(text, english, french):
    assert typographic(text) == english
    assert typographic(text, "fr_CA") == french


def test_typographic_leaves_typographic_text_alone():
    assert typographic("Canada’s “unfriendly” list") == "Canada’s “unfriendly” list"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fall 1977", "Fall 1977"),
        ("the 1990s", "The 1990s"),
        ("the GDR's year", "The GDR's year"),  # the rest is kept as written
        ("12 June 1942", "12 June 1942"),
        ("December 2020", "December 2020"),
        ("ǆungla", "ǅungla"),  # a digraph takes its title case, not "Ǆ"
        ("", ""),
    ],
)
def test_capitalise_changes_only_the_first_letter(text, expected):
    assert capitalise(text) == expected


def test_capitalise_in_french_and_an_unknown_locale():
    assert capitalise(render(Decade(1990), locale="fr"), "fr") == "Les années 1990"
    assert capitalise(render(Season("fall", 2003), locale="fr"), "fr") == "Automne 2003"
    with pytest.raises(StyleError, match="no house style for 'de'"):
        capitalise("fall 1977", "de")
