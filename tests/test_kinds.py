"""The kinds of value: one protocol each, and what each entity of the book *is*."""

from __future__ import annotations

import dataclasses
import json
import random
import re
from decimal import Decimal

import jsonschema
import pytest

from canru_facts import export
from canru_facts.fold import fold
from canru_facts.kinds import (
    DIFFERENT,
    KINDS,
    LESS_PRECISE,
    MORE_PRECISE,
    SAME,
    Kind,
    Named,
    Person,
    Place,
)
from canru_facts.model import (
    Count,
    Day,
    DayNoYear,
    DayRange,
    Decade,
    Duration,
    Fact,
    FactError,
    Law,
    Money,
    Month,
    Ordinal,
    Organisation,
    Percentage,
    Season,
    Year,
)


@pytest.mark.parametrize("cls", list(KINDS.values()), ids=list(KINDS))
def test_every_kind_keeps_the_protocol(cls):
    rng = random.Random(7)
    for value in (cls.example(), *(cls.sample(rng) for _ in range(20))):
        assert isinstance(value, Kind)
        groups = value.seed_forms()
        assert groups and all(group and all(form.strip() for form in group) for group in groups)
        assert value.write().strip()
        assert value.plain().strip()
        kind, _detail = value.describe()
        assert kind == cls.kind
        jsonschema.validate({"class": cls.__name__, **value.fields()}, cls.schema())


def test_a_kinds_schema_refuses_a_value_of_another_shape():
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"class": "Day", "year": 1942, "month": 6}, KINDS["Day"].schema())
    with pytest.raises(jsonschema.ValidationError):
        place = {"class": "Place", "name": "NATO", "type": "alliance", "abbreviation": ""}
        jsonschema.validate(place, KINDS["Place"].schema())


def test_the_shipped_schema_is_the_one_the_kinds_make():
    assert export.schema_text() == export.schema_json(), (
        "src/canru_facts/schema/ is stale: write export.schema_json() to "
        f"{export.SCHEMA_FILE}, and say what changed in CHANGES.md"
    )


def test_the_previous_major_schema_is_kept_and_documented():
    from importlib.resources import files

    folder = files("canru_facts") / "schema"
    old = json.loads((folder / "facts-1.schema.json").read_text("utf-8"))
    assert old["title"].endswith("schema version 1")
    changes = (folder / "CHANGES.md").read_text("utf-8")
    assert f"## {export.SCHEMA_VERSION}" in changes and "## 1.0" in changes


def test_a_named_thing_of_the_wrong_type_is_refused_with_the_types_it_takes():
    with pytest.raises(ValueError, match="a place is one of: city, .*; not 'alliance'"):
        Place("NATO", "alliance")  # type: ignore[arg-type]
    assert Organisation("NATO", "alliance").describe() == ("organisation", "alliance")


def test_a_surname_must_end_the_name():
    assert Person("Isabelle Des Chenes", surname="Des Chenes").write("surname") == "Des Chenes"
    assert Person("Sarah Taylor").write("surname") == "Taylor"
    with pytest.raises(ValueError, match="does not end the name"):
        Person("Isabelle Des Chenes", surname="Chenes Isabelle")


# --- what each named thing of the book is (issue: no organisation is a place) -------------

# Every fact whose value is a named thing other than a person, and what it is.
# Only a city, a country, a region, a building or a mission is a place.
WHAT_EACH_THING_IS = {
    "mission.canada": ("place", "mission"),
    "mission.russia": ("place", "mission"),
    "history.external_affairs": ("organisation", "ministry"),
    "history.nato": ("organisation", "alliance"),
    "history.g8_heiligendamm": ("event", "summit"),
    "history.g8_st_petersburg": ("event", "summit"),
    "security.global_security_talks": ("programme", "dialogue"),
    "security.global_partnership": ("programme", "initiative"),
    "history.house_of_commons": ("organisation", "legislature"),
    "opinion.pew": ("programme", "programme"),
    "sanctions.regime": ("law", "sanctions regime"),
    "sanctions.special_economic_measures_act": ("law", "act"),
    "sanctions.semrr": ("law", "regulations"),
    "sanctions.semur": ("law", "regulations"),
    "sanctions.facfour": ("law", "regulations"),
    "history.arctic_statement_place": ("place", "city"),
    "culture.canadian_music_centre": ("organisation", "music centre"),
    "culture.union_of_soviet_composers": ("organisation", "organisation"),
    "culture.hermitage": ("organisation", "museum"),
    "culture.moscow_art_biennale": ("event", "exhibition"),
    "culture.compagnie_marie_chouinard": ("organisation", "theatre company"),
    "culture.cirque_eloize": ("organisation", "theatre company"),
    "culture.theatre_smith_gilmour": ("organisation", "theatre company"),
    "culture.chekhov_theatre_festival": ("event", "festival"),
    "hockey.summit_series": ("event", "tournament"),
    "hockey.chl_series": ("event", "tournament"),
    "hockey.canadian_hockey_league": ("organisation", "sports league"),
    "economy.iec": ("organisation", "commission"),
    "economy.business_summit": ("event", "summit"),
    "economy.cerba": ("organisation", "business association"),
    "economy.rspp": ("organisation", "business association"),
    "summit2007.venue": ("place", "city"),
    "economy.crbc": ("organisation", "council"),
    "economy.parliamentary_friendship_group": ("organisation", "parliamentary group"),
    "summit2011.venue": ("place", "city"),
    "summit2011.organiser": ("organisation", "business association"),
    "diplomacy.embassy_moscow": ("place", "city"),
    "diplomacy.honorary_consulate_vladivostok": ("place", "city"),
    "diplomacy.embassy_ottawa": ("place", "city"),
    "diplomacy.consulate_general_toronto": ("place", "city"),
    "diplomacy.consulate_general_montreal": ("place", "city"),
    "diplomacy.honorary_consulate_vancouver": ("place", "city"),
    "diplomacy.un": ("organisation", "international organisation"),
    "diplomacy.apec": ("organisation", "international organisation"),
    "diplomacy.nato_russia_council": ("organisation", "council"),
    "diplomacy.arctic_north_working_group": ("organisation", "working group"),
    "diplomacy.cida": ("organisation", "government agency"),
    "diplomacy.cida_russia_program": ("programme", "aid programme"),
    "diplomacy.osce": ("organisation", "international organisation"),
    "diplomacy.iihf": ("organisation", "sports federation"),
    "intelligence.mitrokhin_archive": ("publication", "archive"),
    "intelligence.kgb": ("organisation", "intelligence agency"),
    "intelligence.flq": ("organisation", "militant group"),
    "intelligence.cia": ("organisation", "intelligence agency"),
    "intelligence.montreal_star": ("publication", "newspaper"),
    "intelligence.illegals_program": ("organisation", "organisation"),
}


def test_every_named_thing_says_what_it_is(registry):
    named = {
        key: fact.value.describe()
        for key, fact in registry.items()
        if isinstance(fact.value, Named)
    }
    listed = {key: what for key, what in WHAT_EACH_THING_IS.items() if key in named}
    assert listed == {key: named[key] for key in listed}
    places = {key for key, (kind, _) in named.items() if kind == "place"}
    for key in places:
        assert named[key][1] in ("city", "country", "region", "building", "mission", "consulate")


def test_no_organisation_law_event_or_publication_is_a_place(registry):
    not_places = ("NATO", "KGB", "Special Economic Measures Act", "Montreal Star")
    not_places += ("Summit Series", "Illegals Program", "House of Commons", "UN", "APEC")
    for fact in registry.values():
        if isinstance(fact.value, Named) and fact.value.name in not_places:
            assert fact.kind != "place", fact.key


# --- mentions and sic ------------------------------------------------------------------------


def test_a_fact_names_its_further_mentions():
    fact = Fact(
        "people.vp",
        "President",
        Person("Vladimir Putin", "President"),
        evidence="President Vladimir Putin met",
        also={"presidency": "Under the Presidency of Vladimir Putin"},
    )
    assert fact.mentions == {
        "": "President Vladimir Putin met",
        "presidency": "Under the Presidency of Vladimir Putin",
    }
    assert fact.evidence_of("presidency").startswith("Under")
    assert hash(fact) == hash(dataclasses.replace(fact))


@pytest.mark.parametrize(
    ("also", "message"),
    [({"Bad Name": "words"}, "mention name 'Bad Name'"), ({"empty": " "}, "has no evidence")],
)
def test_a_bad_mention_is_refused_where_it_is_written(also, message):
    with pytest.raises(FactError, match=message) as caught:
        Fact("a.b", "label", Law("Some Act"), evidence="the Some Act", also=also)
    assert caught.value.origin.endswith(f"{__file__.rsplit('/', 1)[-1]}:{caught.tb.tb_lineno}")


def test_sic_must_name_words_of_the_value():
    ritz = Person("Gerry Ritz", "Minister of Agricultural")
    fact = Fact("p.r", "Minister", ritz, evidence="x", sic="Minister of Agricultural")
    assert fact.sic
    with pytest.raises(FactError, match="sic 'Agriculture' is not in the value"):
        Fact("p.r", "Minister", ritz, evidence="x", sic="Agriculture")


# --- reading values back, comparing them, writing them as Python ---------------------------


def _stated(value) -> list[str]:
    """Texts stating ``value``: each identifying form, with the value's other parts after it."""
    groups = value.seed_forms()
    rest = [group[0] for group in groups[1:]]
    return [", ".join([form, *rest]) for form in groups[0]]


@pytest.mark.parametrize("cls", list(KINDS.values()), ids=list(KINDS))
def test_every_form_a_value_writes_reads_back_as_that_value(cls):
    """find_values reads what seed_forms writes: the inverse the drift verdicts rely on."""
    rng = random.Random(1942)
    for value in (cls.example(), *(cls.sample(rng) for _ in range(60))):
        for text in _stated(value):
            folded = fold(text)
            readings = [
                r.value
                for kind in cls.readers()
                for r in kind.find_values(folded, like=value)
                if r.start == 0
            ]
            assert value in readings, (text, readings)


@pytest.mark.parametrize(
    ("old", "new", "verdict"),
    [
        (Month(2023, 11), Day(2023, 11, 9), MORE_PRECISE),
        (Day(2023, 11, 9), Month(2023, 11), LESS_PRECISE),
        (Year(2023), Month(2023, 11), MORE_PRECISE),
        (Month(2023, 11), Month(2023, 12), DIFFERENT),
        (Day(1942, 6, 12), Day(1942, 6, 12), SAME),
        (Season("fall", 2003), Month(2003, 10), MORE_PRECISE),
        (Season("winter", 2003), Day(2004, 1, 15), MORE_PRECISE),
        (Decade(1990), Year(1994), MORE_PRECISE),
        (DayRange(2007, 3, 26, 27), Day(2007, 3, 26), MORE_PRECISE),
        (DayNoYear(5, 8), Day(2022, 5, 8), MORE_PRECISE),
        (Day(2022, 5, 8), DayNoYear(5, 8), LESS_PRECISE),
        (DayNoYear(5, 8), DayNoYear(5, 9), DIFFERENT),
        (Percentage(27), Percentage(31), DIFFERENT),
        (Percentage(27), Percentage(Decimal("27.4")), MORE_PRECISE),
        (Percentage(Decimal("27.4")), Percentage(27), LESS_PRECISE),
        (Count(300, "participants", "over"), Count(312, "participants"), MORE_PRECISE),
        (Count(300, "participants", "over"), Count(300, "participants"), DIFFERENT),
        (Count(300, "participants", "over"), Count(300, "participants", "more than"), SAME),
        (Count(300, "participants"), Count(300, "guests"), DIFFERENT),
        (Money(25, "$", "billion", "up to"), Money(20, "$", "billion"), MORE_PRECISE),
        (Money(25, "$", "billion", "up to"), Money(25000, "$", "million", "up to"), SAME),
        (Money(25, "$", "billion"), Money(25, "EUR", "billion"), DIFFERENT),
        (Duration(35, "years", "more than"), Duration(40, "years"), MORE_PRECISE),
        (Duration(2, "weeks"), Duration(2, "months"), DIFFERENT),
        (Ordinal(65, "anniversary"), Ordinal(66, "anniversary"), DIFFERENT),
        (Person("Sarah Taylor", "Ambassador"), Person("Jane Doe", "Ambassador"), DIFFERENT),
        (Person("Sarah Taylor", "Ambassador"), Person("Sarah Taylor"), LESS_PRECISE),
        (Person("Sarah Taylor"), Person("Sarah Taylor", "Ambassador"), MORE_PRECISE),
        (Person("Sarah Taylor", "Ambassador"), Person("Sarah Taylor", "ambassador"), SAME),
        (Person("Sarah Taylor", "Ambassador"), Person("Sarah Taylor", "Envoy"), DIFFERENT),
        (Organisation("NATO", "alliance"), Organisation("NATO", "alliance"), SAME),
        (
            Organisation("Intergov", "commission", "IEC"),
            Organisation("Intergov", "commission"),
            LESS_PRECISE,
        ),
        (Place("Moscow"), Place("Saint Petersburg"), DIFFERENT),
        (Place("Moscow"), Year(1942), DIFFERENT),
    ],
)
def test_compare_says_how_a_value_read_now_relates_to_the_registrys(old, new, verdict):
    assert old.compare(new) == verdict


@pytest.mark.parametrize(
    ("text", "like", "read"),
    [
        ("appointed on November 9, 2023.", Month(2023, 11), Day(2023, 11, 9)),
        ("on the 24th of February 2022", Day(2022, 2, 24), Day(2022, 2, 24)),
        ("in the autumn of 2003", Season("fall", 2003), Season("fall", 2003)),
        ("held March 26-27, 2007, in Ottawa", DayRange(2007, 3, 26, 27), DayRange(2007, 3, 26, 27)),
        ("27.5% of Canadians", Percentage(27), Percentage(Decimal("27.5"))),
        (
            "with over 350 participants",
            Count(300, "participants", "over"),
            Count(350, "participants", "over"),
        ),
        (
            "three pieces of secondary legislation",
            Count(2, "pieces of secondary legislation"),
            Count(3, "pieces of secondary legislation"),
        ),
        (
            "more than thirty-five years ago",
            Duration(35, "years", "more than"),
            Duration(35, "years", "more than"),
        ),
        ("the 66th anniversary", Ordinal(65, "anniversary"), Ordinal(66, "anniversary")),
        (
            "up to $30 billion",
            Money(25, "$", "billion", "up to"),
            Money(30, "$", "billion", "up to"),
        ),
        (
            "Envoytitle1: Ambassador of Canada to Russia - Envoy1: Jane Doe",
            Person("Sarah Taylor", "Ambassador of Canada to Russia"),
            Person("Jane Doe", "Ambassador of Canada to Russia"),
        ),
        (
            "Envoytitle2: Ambassador of the Russian Federation to Canada - Envoy2: Oleg Stepanov",
            Person("Oleg Stepanov", "Ambassador of Russia to Canada"),
            Person("Oleg Stepanov", "Ambassador of the Russian Federation to Canada"),
        ),
        (
            "Prime Minister Justin Trudeau and",
            Person("Justin Trudeau", "Prime Minister"),
            Person("Justin Trudeau", "Prime Minister"),
        ),
        (
            "Commission (IEC). Working groups",
            Organisation("Commission", "commission", "IEC"),
            Organisation("Commission", "commission", "IEC"),
        ),
    ],
)
def test_a_value_is_read_from_the_words_of_a_newer_seed(text, like, read):
    readings = [r.value for kind in type(like).readers() for r in kind.find_values(text, like)]
    assert read in readings


@pytest.mark.parametrize(
    ("value", "source"),
    [
        (Day(1942, 6, 12), "Day(1942, 6, 12)"),
        (Count(300, "participants", "over"), 'Count(300, "participants", "over")'),
        (Count(2, "consulates-general"), 'Count(2, "consulates-general")'),
        (Person("Sarah Taylor"), 'Person("Sarah Taylor")'),
        (
            Person("A. Dzhordzhadze", 'Deputy CEO, "2018 FIFA"'),
            'Person("A. Dzhordzhadze", \'Deputy CEO, "2018 FIFA"\')',
        ),
        (Percentage(Decimal("27.5")), 'Percentage(Decimal("27.5"))'),
        (
            Place("Canadian Embassy, Moscow", "mission"),
            'Place("Canadian Embassy, Moscow", "mission")',
        ),
    ],
)
def test_a_value_writes_itself_as_a_registry_does(value, source):
    assert value.python() == source


@pytest.mark.parametrize("cls", list(KINDS.values()), ids=list(KINDS))
def test_the_python_of_a_value_is_that_value(cls):
    rng = random.Random(12)
    names = {**{name: kind for name, kind in KINDS.items()}, "Decimal": Decimal}
    for value in (cls.example(), *(cls.sample(rng) for _ in range(20))):
        assert eval(value.python(), names) == value  # noqa: S307 (our own output)


def test_the_readme_lists_every_kind_with_its_variants():
    """The role table of the README says what each kind's variants are, no more, no less."""
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    start = readme.index("| value | default | variants |")
    rows = [line.strip() for line in readme[start:].splitlines()[2:] if line.strip()]
    listed: dict[str, tuple[str, ...]] = {}
    for row in rows:
        if not row.startswith("|"):
            break
        names, _default, variants = (cell.strip() for cell in row.strip("|").split("|"))
        for name in names.split(", "):
            assert name not in listed, f"{name} is listed twice"
            listed[name] = tuple(re.findall(r"`([a-z-]+)`", variants))
    assert listed == {name: cls.variants for name, cls in KINDS.items()}
