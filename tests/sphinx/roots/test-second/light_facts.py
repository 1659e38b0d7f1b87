"""Facts of a second, tiny book: a made-up lighthouse, told in reStructuredText."""

from canru_facts.model import Count, Day, Duration, Fact, Month, Person, Place, Year
from canru_facts.rules import same_value

FACTS = [
    Fact("light.place", "Where the light stands", Place("Gull Point", "building"),
         evidence="The Gull Point light, a made-up lighthouse"),
    Fact("light.construction", "Construction begun", Month(1871, 5),
         evidence="Construction began in May 1871"),
    Fact("light.first_lit", "Light first lit", Day(1873, 10, 14),
         evidence="The light was first lit on 14 October 1873"),
    Fact("keeper.name", "First keeper", Person("Margaret Dunmore"),
         evidence="Its first keeper was Margaret Dunmore"),
    Fact("keeper.years", "Years the first keeper served", Duration(28, "years"),
         evidence="who kept the light for 28 years"),
    Fact("traffic.year_1900", "First count of ships", Year(1900),
         evidence="In 1900, 412 ships passed the point"),
    Fact("traffic.ships_1900", "Ships past the point, 1900", Count(412, "ships"),
         evidence="In 1900, 412 ships passed the point"),
    Fact("traffic.year_1950", "Second count of ships", Year(1950),
         evidence="In 1950, 1,280 ships passed the point"),
    Fact("traffic.ships_1950", "Ships past the point, 1950", Count(1280, "ships"),
         evidence="In 1950, 1,280 ships passed the point"),
    Fact("traffic.year_2000", "Third count of ships", Year(2000),
         evidence="By 2000 the count had fallen to 640 ships"),
    Fact("traffic.ships_2000", "Ships past the point, 2000", Count(640, "ships"),
         evidence="By 2000 the count had fallen to 640 ships"),
    Fact("opening.crowd", "Crowd at the first lighting", Count(300, "people", "some"),
         evidence="a crowd of some 300 people watched the lamp lit"),
    Fact("opening.day", "The first lighting, as the crowd saw it", Day(1873, 10, 14),
         evidence="On 14 October 1873 a crowd"),
    Fact("opening.walk", "The day the lantern walk marks", Day(1873, 10, 14),
         evidence="The town still marks 14 October 1873 with a lantern walk"),
    Fact("light.automated", "Light automated", Year(1986),
         evidence="The light was automated in 1986"),
    Fact("light.museum", "Keeper's house a museum", Year(1992),
         evidence="the keeper's house became a museum in 1992"),
]

RULES = [
    same_value("first-lighting-agrees", "light.first_lit", "opening.day", "opening.walk"),
]
