"""History: from Canada's first foreign ministry to the open break with Russia.

Covers the seed's History section: the background before diplomatic relations,
relations since the Soviet dissolution, their deterioration after the annexation
of Crimea, public opinion, and the sanctions.  The facts follow the order of the
seed.
"""

from canru_facts.model import (
    Count,
    Day,
    DayNoYear,
    Duration,
    Event,
    Fact,
    Law,
    Money,
    Month,
    Ordinal,
    Organisation,
    Percentage,
    Person,
    Place,
    Programme,
    Year,
)

FACTS = [
    # --- background --------------------------------------------------------------
    Fact(
        "history.foreign_ministry",
        "Canada establishes a foreign ministry",
        Year(1909),
        evidence="Canada did not establish a foreign ministry (External Affairs) until 1909",
    ),
    Fact(
        "history.external_affairs",
        "Canada's foreign ministry",
        Organisation("External Affairs", "ministry"),
        evidence="Canada did not establish a foreign ministry (External Affairs) until 1909",
    ),
    Fact(
        "history.bolshevik_revolution",
        "Bolshevik Revolution",
        Year(1917),
        evidence="only after the Bolshevik Revolution of 1917",
    ),
    Fact(
        "history.trade_war_start",
        "Canadian embargo on some Soviet goods; the trade war begins",
        Year(1931),
        evidence="In 1931, Canada imposed an embargo on certain Soviet goods",
    ),
    Fact(
        "history.trade_war_end",
        "End of the Soviet–Canadian trade war",
        Year(1936),
        evidence="This trade war between the USSR and Canada lasted until 1936",
    ),
    Fact(
        "relations.established",
        "Diplomatic relations established",
        Day(1942, 6, 12),
        evidence=(
            "Diplomatic relations between the two countries were finally established "
            "on June 12, 1942"
        ),
    ),
    Fact(
        "history.nato",
        "Alliance Canada belonged to in the Cold War",
        Organisation("NATO", "alliance"),
        evidence="Canada was part of the democratic Western bloc and NATO",
        also={
            "allies": "hostile foreign policy towards Canada and its NATO allies",
            "unfriendly": "NATO members (except Turkey)",
        },
    ),
    Fact(
        "history.baltic_ukraine_recognition",
        "Canada recognises the Baltic states and Ukraine as independent",
        Year(1991),
        evidence=(
            "In 1991, Canada was the first major Western country to recognize the "
            "independence of the Baltic states and Ukraine"
        ),
    ),
    Fact(
        "history.first_to_recognise",
        "Canada's place among Western countries in recognising the Baltic states and Ukraine",
        Ordinal(1, "major Western country"),
        evidence=(
            "In 1991, Canada was the first major Western country to recognize the "
            "independence of the Baltic states and Ukraine"
        ),
    ),
    Fact(
        "relations.post_soviet",
        "Relations with post-Soviet Russia established",
        Year(1992),
        evidence="Canada and post-Soviet Russia established relations in 1992",
    ),
    # --- relations since the Soviet dissolution ------------------------------------
    Fact(
        "history.soviet_dissolution",
        "Soviet dissolution",
        Year(1991),
        evidence="Relations since 1991 Soviet dissolution",
        note="From a section heading of the source.",
    ),
    Fact(
        "people.stephen_harper",
        "Prime Minister of Canada",
        Person("Stephen Harper", "Prime Minister"),
        evidence=(
            "Prime Minister Stephen Harper and President Vladimir Putin met for the "
            "second time at the G8 Summit in Heiligendamm"
        ),
    ),
    Fact(
        "people.vladimir_putin",
        "President of Russia",
        Person("Vladimir Putin", "President"),
        evidence=(
            "Prime Minister Stephen Harper and President Vladimir Putin met for the "
            "second time at the G8 Summit in Heiligendamm"
        ),
        also={
            "presidency": "Under the Presidency of Vladimir Putin",
            "opinion": "Canadian public opinion on Vladimir Putin and Russia",
        },
    ),
    Fact(
        "relations.harper_putin_second_meeting",
        "Harper and Putin's meeting at Heiligendamm",
        Ordinal(2, "time"),
        evidence=(
            "Prime Minister Stephen Harper and President Vladimir Putin met for the "
            "second time at the G8 Summit in Heiligendamm"
        ),
        note="The source gives no year for this meeting.",
    ),
    Fact(
        "history.g8_heiligendamm",
        "G8 summit of Harper and Putin's second meeting",
        Event("G8 Summit in Heiligendamm", "summit"),
        evidence="met for the second time at the G8 Summit in Heiligendamm",
    ),
    Fact(
        "relations.harper_putin_first_meeting",
        "Harper and Putin's first meeting",
        Year(2006),
        evidence="They first met at the G8 Summit in St. Petersburg in 2006",
    ),
    Fact(
        "history.g8_st_petersburg",
        "G8 summit of Harper and Putin's first meeting",
        Event("G8 Summit in St. Petersburg", "summit"),
        evidence="They first met at the G8 Summit in St. Petersburg in 2006",
    ),
    Fact(
        "security.global_security_talks",
        "Talks into which the security dialogue was incorporated",
        Programme("Global Security Talks", "dialogue"),
        evidence="This dialogue has been incorporated into the Global Security Talks",
    ),
    Fact(
        "security.global_partnership",
        "G8 initiative in which Canada leads",
        Programme(
            "Global Partnership Against the Spread of Weapons and Materials of Mass Destruction",
            "initiative",
        ),
        evidence=(
            "the Global Partnership Against the Spread of Weapons and Materials of Mass "
            "Destruction, a G8 initiative first proposed at Kananaskis"
        ),
    ),
    Fact(
        "security.global_partnership_budget",
        "Budget of the Global Partnership",
        Money(25, "$", "billion", "up to"),
        evidence="This programme had a budget of up to $25 billion over twenty years",
        note='The source writes only "$" and does not say which dollar.',
    ),
    Fact(
        "security.global_partnership_term",
        "Term of the Global Partnership's budget",
        Duration(20, "years"),
        evidence="This programme had a budget of up to $25 billion over twenty years",
        note='Here "over" means across the whole period, not "more than".',
    ),
    Fact(
        "relations.anniversary_65",
        "Anniversary of diplomatic relations marked in 2007",
        Ordinal(65, "anniversary"),
        evidence=(
            "On 12 June 2007, Canada and Russia marked the 65th anniversary of the "
            "establishment of diplomatic relations"
        ),
    ),
    Fact(
        "relations.anniversary_65_date",
        "Day the 65th anniversary was marked",
        Day(2007, 6, 12),
        evidence=(
            "On 12 June 2007, Canada and Russia marked the 65th anniversary of the "
            "establishment of diplomatic relations"
        ),
    ),
    # --- deterioration since 2014 ------------------------------------------------------
    Fact(
        "history.crimea_annexation",
        "Russian annexation of Crimea",
        Year(2014),
        evidence=(
            "Relations between Canada and Russia deteriorated rapidly after the 2014 "
            "annexation of Crimea by the Russian Federation"
        ),
    ),
    Fact(
        "history.crimea_motion",
        "House of Commons condemns the Russian intervention in Crimea",
        Day(2014, 3, 3),
        evidence=(
            "On March 3, 2014, the Canadian House of Commons passed a unanimous motion "
            "condemning Russia's intervention in Crimea"
        ),
    ),
    Fact(
        "history.house_of_commons",
        "Canadian chamber of lawmakers",
        Organisation("House of Commons", "legislature"),
        evidence="the Canadian House of Commons passed a unanimous motion",
        also={"genocide": "Canadian lawmakers in the House of Commons voted"},
    ),
    Fact(
        "opinion.pew_survey_year",
        "Year of the Pew survey of Canadian views of Russia",
        Year(2017),
        evidence="According to a 2017 Pew Global Attitudes Project survey",
    ),
    Fact(
        "opinion.pew",
        "Project behind the 2017 survey of Canadian views of Russia",
        Programme("Pew Global Attitudes Project", "programme"),
        evidence="According to a 2017 Pew Global Attitudes Project survey",
    ),
    Fact(
        "opinion.favourable_2017",
        "Canadians viewing Russia favourably (Pew survey)",
        Percentage(27),
        evidence="27% of Canadians have a favourable view of Russia",
    ),
    Fact(
        "opinion.unfavourable_2017",
        "Canadians viewing Russia unfavourably (Pew survey)",
        Percentage(59),
        evidence="with 59% expressing an unfavourable view",
    ),
    Fact(
        "opinion.survey_2020",
        "Month of the later reading of Canadian opinion",
        Month(2020, 12),
        evidence=(
            "As of December 2020, Canadian public opinion on Vladimir Putin and Russia "
            "remains highly negative"
        ),
    ),
    Fact(
        "opinion.unfavourable_2020",
        "Canadians viewing Russia unfavourably (later reading)",
        Percentage(62),
        evidence="with 62% of Canadians holding an unfavourable view of Russia",
    ),
    # --- sanctions and the break of 2022 ----------------------------------------------
    Fact(
        "sanctions.tools_list",
        "Consultant attorneys list Canada's sanctions tools",
        Day(2022, 2, 1),
        evidence=(
            "On 1 February 2022 rumours of open conflict were thick and a helpful list "
            "of Canadian sanctions tools was provided by consultant attorneys"
        ),
    ),
    Fact(
        "sanctions.regime_pieces",
        "Pieces of legislation in the Sanctions Regime",
        Count(3, "pieces of secondary legislation"),
        evidence=(
            "There were then three pieces of secondary legislation that collectively "
            'formed the "Sanctions Regime", under the Special Economic Measures Act'
        ),
    ),
    Fact(
        "sanctions.regime",
        "Canada's sanctions regime of early 2022",
        Law("Sanctions Regime", "sanctions regime"),
        evidence=(
            'three pieces of secondary legislation that collectively formed the "Sanctions Regime"'
        ),
    ),
    Fact(
        "sanctions.special_economic_measures_act",
        "Act under which the sanctions regulations are made",
        Law("Special Economic Measures Act", "act"),
        evidence="under the Special Economic Measures Act",
    ),
    Fact(
        "sanctions.semrr",
        "Sanctions regulations on Russia",
        Law("Special Economic Measures (Russia) Regulations", "regulations", "SEMRR"),
        evidence="Special Economic Measures (Russia) Regulations (SEMRR)",
    ),
    Fact(
        "sanctions.semur",
        "Sanctions regulations on Ukraine",
        Law("Special Economic Measures (Ukraine) Regulations", "regulations", "SEMUR"),
        evidence="Special Economic Measures (Ukraine) Regulations (SEMUR)",
    ),
    Fact(
        "sanctions.facfour",
        "Asset-freezing regulations on corrupt officials",
        Law(
            "Freezing Assets of Corrupt Foreign Officials (Ukraine) Regulations",
            "regulations",
            "FACFOUR",
        ),
        evidence="Freezing Assets of Corrupt Foreign Officials (Ukraine) Regulations (FACFOUR)",
    ),
    Fact(
        "history.invasion",
        "Russian invasion of Ukraine; relations turn openly hostile",
        Day(2022, 2, 24),
        evidence=(
            "Relations remained frosty until February 24, 2022, when they turned openly hostile"
        ),
    ),
    Fact(
        "history.genocide_vote",
        "House of Commons calls Russia's conduct in Ukraine a genocide",
        Day(2022, 4, 27),
        evidence=(
            "On 27 April 2022, Canadian lawmakers in the House of Commons voted to "
            "recognize Russia's actions in Ukraine as genocide"
        ),
    ),
    Fact(
        "people.justin_trudeau",
        "Prime Minister of Canada, banned from entering Russia",
        Person("Justin Trudeau", "Prime Minister"),
        evidence=(
            "Russia banned many Canadian officials from entering the country, including "
            "Prime Minister Justin Trudeau"
        ),
    ),
    Fact(
        "sanctions.unfriendly_list",
        'Russia lists Canada among "unfriendly countries"',
        DayNoYear(5, 8),
        evidence='On May 8, Russia placed Canada on a list of "unfriendly countries"',
        note=(
            "The source gives no year. The paragraph follows the events of February to "
            "April 2022, so the context implies 2022; the year is not part of the value."
        ),
    ),
    Fact(
        "history.arctic_statement",
        "Canada announces it does not intend Arctic cooperation with Russia",
        Day(2025, 3, 28),
        evidence=(
            "This was announced on March 28, 2025, by newly inaugurated Canadian Prime "
            "Minister Mark Carney"
        ),
    ),
    Fact(
        "people.mark_carney",
        "Canadian Prime Minister who announced Canada's Arctic stance towards Russia",
        Person("Mark Carney", "Canadian Prime Minister"),
        evidence=(
            "This was announced on March 28, 2025, by newly inaugurated Canadian Prime "
            "Minister Mark Carney"
        ),
    ),
    Fact(
        "history.arctic_statement_place",
        "City where Carney made the announcement on the Arctic",
        Place("Montreal", "city"),
        evidence="during a conversation with reporters in Montreal",
    ),
]
