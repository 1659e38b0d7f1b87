"""The article's summary box and its opening paragraphs.

The summary box names the two missions and the two envoys; the opening
paragraphs give the years in which relations turned hostile.  The facts follow
the order of the seed.
"""

from canru_facts.model import Fact, Person, Place, Year

FACTS = [
    Fact(
        "mission.canada",
        "Canada's mission in Russia",
        Place("Canadian Embassy, Moscow", "mission"),
        evidence="Mission1: Canadian Embassy, Moscow",
        note="From the article's summary box; diplomacy.embassy_moscow is the body's mention.",
    ),
    Fact(
        "mission.russia",
        "Russia's mission in Canada",
        Place("Russian Embassy, Ottawa", "mission"),
        evidence="Mission2: Russian Embassy, Ottawa",
        note="From the article's summary box; diplomacy.embassy_ottawa is the body's mention.",
    ),
    Fact(
        "envoy.canada",
        "Ambassador of Canada to Russia",
        Person("Sarah Taylor", "Ambassador of Canada to Russia"),
        evidence="Envoytitle1: Ambassador of Canada to Russia - Envoy1: Sarah Taylor",
        note=(
            "From the article's summary box; the section on diplomatic relations "
            "names her again, with the month of her appointment."
        ),
    ),
    Fact(
        "envoy.russia",
        "Ambassador of Russia to Canada",
        Person("Oleg Stepanov", "Ambassador of Russia to Canada"),
        evidence="Envoytitle2: Ambassador of Russia to Canada - Envoy2: Oleg Stepanov",
        note=(
            "From the article's summary box; the section on diplomatic relations names him again."
        ),
    ),
    Fact(
        "relations.deteriorated_2014",
        "Relations deteriorate over Crimea and the Donbas",
        Year(2014),
        evidence=(
            "In 2014, relations significantly deteriorated as a result of the Russian "
            "annexation of Crimea and Russian involvement in the War in Donbas"
        ),
    ),
    Fact(
        "relations.collapse_2022",
        "Near-total collapse of relations after the invasion of Ukraine",
        Year(2022),
        evidence=(
            "Relations between Russia and Canada reached a state of near-total collapse "
            "after the 2022 Russian invasion of Ukraine"
        ),
    ),
    Fact(
        "relations.hostile_since",
        "Relations more hostile than in the Cold War, some commentators argue",
        Year(2014),
        evidence=(
            "Russia-Canada relations since 2014 are more hostile and confrontational "
            "than at any point during the Cold War"
        ),
    ),
]
