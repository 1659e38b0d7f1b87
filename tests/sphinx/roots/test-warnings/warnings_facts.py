"""Facts of the warnings test book."""

from canru_facts.model import Day, Fact, Person, Place, Year

FACTS = [
    Fact("relations.established", "Diplomatic relations established", Day(1942, 6, 12),
         evidence="Relations were established on June 12, 1942"),
    Fact("envoy.canada", "Ambassador of Canada to Russia", Person("Sarah Taylor", ""),
         evidence="Envoy1: Sarah Taylor"),
    Fact("mission.russia", "Russia's mission in Canada",
         Place("Russian Embassy, Ottawa", "mission"), evidence="Mission2: Russian Embassy, Ottawa"),
    Fact("trade.embargo_year", "Year of the embargo", Year(1931),
         evidence="a sentence the seed does not hold"),
]
