"""Diplomacy: embassies and consulates, an envoy's appointment, shared memberships.

Covers the seed's Diplomatic relations section: the city of every mission and
consulate, the month of the Canadian ambassador's appointment, and the bodies
both countries belong to.  The two ambassadors are facts of the summary box
(see :mod:`overview`), each person being one fact.  The facts follow the order
of the seed.
"""

from canru_facts.model import Count, Duration, Fact, Month, Organisation, Place, Programme, Year

FACTS = [
    Fact(
        "diplomacy.embassy_moscow",
        "City of Canada's embassy in Russia",
        Place("Moscow", "city"),
        evidence="Canada is officially represented in Russia by an Embassy in Moscow",
        note="The source's summary box names it the Canadian Embassy, Moscow (mission.canada).",
    ),
    Fact(
        "diplomacy.honorary_consulate_vladivostok",
        "Canada's honorary consulate in Russia",
        Place("Vladivostok", "city"),
        evidence="an Honorary Consulate in Vladivostok",
    ),
    Fact(
        "diplomacy.embassy_ottawa",
        "City of Russia's embassy in Canada",
        Place("Ottawa", "city"),
        evidence="The Russian Federation maintains an Embassy in Ottawa",
        note="The source's summary box names it the Russian Embassy, Ottawa (mission.russia).",
    ),
    Fact(
        "diplomacy.consulates_general",
        "Russia's consulates-general in Canada",
        Count(2, "consulates-general"),
        evidence="two consulates-general (in Toronto and Montreal)",
    ),
    Fact(
        "diplomacy.consulate_general_toronto",
        "Russia's consulate-general in Toronto",
        Place("Toronto", "city"),
        evidence="two consulates-general (in Toronto and Montreal)",
    ),
    Fact(
        "diplomacy.consulate_general_montreal",
        "Russia's consulate-general in Montreal",
        Place("Montreal", "city"),
        evidence="two consulates-general (in Toronto and Montreal)",
    ),
    Fact(
        "diplomacy.honorary_consulate_vancouver",
        "Russia's honorary consulate in Canada",
        Place("Vancouver", "city"),
        evidence="an Honorary Consulate in Vancouver",
    ),
    Fact(
        "envoy.canada_appointed",
        "Month Canada's ambassador to Russia was appointed",
        Month(2023, 11),
        evidence="The Canadian ambassador to Russia is Sarah Taylor, appointed in November 2023",
    ),
    # --- membership in international organisations ------------------------------------------
    Fact(
        "diplomacy.un",
        "International organisation in which both countries cooperate",
        Organisation("UN", "international organisation"),
        evidence="including the UN, APEC, and NATO-Russia Council",
    ),
    Fact(
        "diplomacy.apec",
        "International organisation in which both countries cooperate",
        Organisation("APEC", "international organisation"),
        evidence="including the UN, APEC, and NATO-Russia Council",
    ),
    Fact(
        "diplomacy.nato_russia_council",
        "International organisation in which both countries cooperate",
        Organisation("NATO-Russia Council", "council"),
        evidence="including the UN, APEC, and NATO-Russia Council",
    ),
    Fact(
        "diplomacy.cooperation_began",
        "Time since active bilateral cooperation began",
        Duration(35, "years", "more than"),
        evidence=(
            "Active bilateral cooperation between the two countries began more than 35 years ago"
        ),
        note=(
            "Counted back from when the source was written, which the source does not "
            "say; no year is derived from it."
        ),
    ),
    Fact(
        "diplomacy.arctic_north_working_group",
        "Working group on northern cooperation",
        Organisation("Arctic and North Working Group", "working group"),
        evidence="Through the Arctic and North Working Group of the Canada-Russia IEC",
    ),
    Fact(
        "diplomacy.cida",
        "Canada's development agency",
        Organisation("Canadian International Development Agency", "government agency"),
        evidence="The Canadian International Development Agency's Russia Program",
    ),
    Fact(
        "diplomacy.cida_russia_program",
        "Canadian aid programme for Russia",
        Programme("Russia Program", "aid programme"),
        evidence="The Canadian International Development Agency's Russia Program",
    ),
    Fact(
        "diplomacy.cida_russia_program_established",
        "Founding of the Russia Program",
        Year(1991),
        evidence=(
            "The Canadian International Development Agency's Russia Program, established in 1991"
        ),
    ),
    Fact(
        "diplomacy.osce",
        "International organisation of which both countries are members",
        Organisation(
            "Organization for Security and Co-operation in Europe", "international organisation"
        ),
        evidence=(
            "Both countries are also members of the Organization for Security and "
            "Co-operation in Europe"
        ),
    ),
    Fact(
        "diplomacy.iihf",
        "Ice hockey federation of which both countries are members",
        Organisation("International Ice Hockey Federation", "sports federation"),
        evidence=(
            "the International Ice Hockey Federation in which both states enjoyed a "
            "rivalry in ice hockey"
        ),
    ),
]
