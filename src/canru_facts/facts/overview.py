"""The article's summary box: the two missions and the two envoys."""

from canru_facts.model import Fact, Person, Place

FACTS = [
    Fact(
        "mission.canada",
        "Canada's mission in Russia",
        Place("Canadian Embassy, Moscow", "mission"),
        evidence="Mission1: Canadian Embassy, Moscow",
    ),
    Fact(
        "mission.russia",
        "Russia's mission in Canada",
        Place("Russian Embassy, Ottawa", "mission"),
        evidence="Mission2: Russian Embassy, Ottawa",
    ),
    Fact(
        "envoy.canada",
        "Ambassador of Canada to Russia",
        Person("Sarah Taylor", "Ambassador of Canada to Russia"),
        evidence="Envoytitle1: Ambassador of Canada to Russia - Envoy1: Sarah Taylor",
    ),
    Fact(
        "envoy.russia",
        "Ambassador of Russia to Canada",
        Person("Oleg Stepanov", "Ambassador of Russia to Canada"),
        evidence="Envoytitle2: Ambassador of Russia to Canada - Envoy2: Oleg Stepanov",
    ),
]
