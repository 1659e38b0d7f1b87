"""Facts of a made-up town's almanac: events, people and the seed's provenance."""

from canru_facts.model import Day, DayNoYear, Decade, Fact, Month, Person, Year

FACTS = [
    Fact("town.founded", "Town founded", Year(1850), evidence="was founded in 1850"),
    Fact("town.founder", "Founder of the town",
         Person("Ann Holt", "surveyor", organisation="Ellery Land Company"),
         evidence="by Ann Holt, a surveyor of the Ellery Land Company"),
    Fact("harbour.opened", "Harbour opened", Day(1905, 5, 1),
         evidence="Its harbour opened on 1 May 1905"),
    Fact("harbour.first_ship", "First ship docked", DayNoYear(5, 8),
         evidence="on 8 May the first ship docked",
         note="The source gives no year; it is the opening's."),
    Fact("harbour.ribbon", "Ribbon cut at the harbour", Day(1905, 5, 1),
         evidence="On 1 May 1905 the mayor"),
    Fact("town.mayor", "Mayor who cut the ribbon", Person("Tom Reed", "mayor"),
         evidence="the mayor, Tom Reed, cut the ribbon"),
    Fact("harbour.closed", "Harbour closed", Month(1950, 6),
         evidence="The harbour was closed in June 1950"),
    Fact("town.founder_born", "Founder's year of birth", Year(1820),
         evidence="Ann Holt was born in 1820"),
    Fact("town.busiest", "The town's busiest decade", Decade(1920),
         evidence="The 1920s were the town's busiest decade"),
]
