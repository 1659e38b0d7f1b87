"""Facts of the tiny test book (not the real book's)."""

from decimal import Decimal  # noqa: F401  (kept for edits made by the tests)

from canru_facts.model import Day, Fact, Money, Month, Organisation, Percentage, Person, Place, Season, Year

FACTS = [
    Fact("mission.canada", "Canada's mission in Russia",
         Place("Canadian Embassy, Moscow", "mission"),
         evidence="Mission1: Canadian Embassy, Moscow"),
    Fact("mission.russia", "Russia's mission in Canada",
         Place("Russian Embassy, Ottawa", "mission"),
         evidence="Mission2: Russian Embassy, Ottawa"),
    Fact("envoy.canada", "Ambassador of Canada to Russia",
         Person("Sarah Taylor", "Ambassador of Canada to Russia"),
         evidence="Envoytitle1: Ambassador of Canada to Russia - Envoy1: Sarah Taylor"),
    Fact("envoy.russia", "Ambassador of Russia to Canada",
         Person("Oleg Stepanov", "Ambassador of Russia to Canada"),
         evidence="Envoytitle2: Ambassador of Russia to Canada - Envoy2: Oleg Stepanov"),
    Fact("relations.established", "Diplomatic relations established",
         Day(1942, 6, 12),
         evidence="Relations between the two countries were established on June 12, 1942"),
    Fact("security.budget", "Global Partnership budget",
         Money(25, "$", "billion", "up to"),
         evidence="a budget of up to $25 billion"),
    Fact("opinion.pew_survey_year", "Year of the Pew survey",
         Year(2017), evidence="According to a 2017 survey"),
    Fact("opinion.favourable_2017", "Canadians favourable to Russia, 2017",
         Percentage(27), evidence="27% of Canadians have a favourable view of Russia"),
    Fact("opinion.unfavourable_2017", "Canadians unfavourable to Russia, 2017",
         Percentage(59), evidence="with 59% expressing an unfavourable view"),
    Fact("opinion.survey_2020", "Date of the later opinion figure",
         Month(2020, 12), evidence="As of December 2020"),
    Fact("opinion.unfavourable_2020", "Canadians unfavourable to Russia, December 2020",
         Percentage(62), evidence="62% of Canadians held an unfavourable view of Russia"),
    Fact("culture.clarkson_visit", "Governor General Clarkson's state visit",
         Season("fall", 2003), evidence="state visit to Russia in the fall of 2003"),
    Fact("culture.troupe", "Touring troupe, as the source spells it",
         Organisation("Teatre Moskva", "theatre company"),
         evidence="the Teatre Moskva toured Canada", sic="Teatre"),
    Fact("test.markup", "A label with <b>markup</b> & \"quotes\"",
         Organisation("Théâtre <i>&</i> 'Co'", "theatre company"),
         evidence="A quote with markup: <script>alert(\"x\")</script> & 'single' \"double\", by Théâtre <i>&</i> 'Co'"),
]
