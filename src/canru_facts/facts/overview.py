"""The article's summary box and its opening paragraphs.

The summary box names the two missions and the two envoys (the section on
diplomatic relations names the envoys again: a further mention of each); the
opening paragraphs give the years in which relations turned hostile.  The facts follow
the order of the seed.
"""

from canru_facts.model import Fact, Person, Place, Year

FACTS = [
    Fact(
        "mission.canada",
        "Canada's mission in Russia",
        Place("Canadian Embassy, Moscow", "mission"),
        evidence="Mission1: Canadian Embassy, Moscow",
        note="From the source's summary box.",
    ),
    Fact(
        "mission.russia",
        "Russia's mission in Canada",
        Place("Russian Embassy, Ottawa", "mission"),
        evidence="Mission2: Russian Embassy, Ottawa",
        note="From the source's summary box.",
    ),
    Fact(
        "envoy.canada",
        "Ambassador of Canada to Russia",
        Person("Sarah Taylor", "Ambassador of Canada to Russia"),
        evidence="Envoytitle1: Ambassador of Canada to Russia - Envoy1: Sarah Taylor",
        note="From the source's summary box.",
        also={"diplomacy": "The Canadian ambassador to Russia is Sarah Taylor"},
    ),
    Fact(
        "envoy.russia",
        "Ambassador of Russia to Canada",
        Person("Oleg Stepanov", "Ambassador of Russia to Canada"),
        evidence="Envoytitle2: Ambassador of Russia to Canada - Envoy2: Oleg Stepanov",
        note="From the source's summary box.",
        also={"diplomacy": "Russia's ambassador to Canada is Oleg Stepanov"},
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
        also={
            "hostile": "when they turned openly hostile after the 2022 Russian invasion of Ukraine"
        },
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
