"""Economy: the intergovernmental commission, two business summits, and sanctions.

Covers the seed's Economic relations section.  Everyone the seed names at the
business summits is here with the role it gives them, in its own words (typos
included, with a note).  The facts follow the order of the seed.
"""

from canru_facts.model import (
    Count,
    Day,
    DayNoYear,
    DayRange,
    Event,
    Fact,
    Month,
    Ordinal,
    Organisation,
    Person,
    Place,
    Year,
)

FACTS = [
    Fact(
        "economy.iec",
        "Intergovernmental commission on economic ties",
        Organisation("Canada-Russia Intergovernmental Economic Commission", "commission", "IEC"),
        evidence="the Canada-Russia Intergovernmental Economic Commission (IEC)",
    ),
    Fact(
        "economy.invasion",
        "Russian invasion of Ukraine ends economic cooperation",
        Day(2022, 2, 24),
        evidence="This all changed when on 24 February 2022 Russia invaded Ukraine",
    ),
    # --- pre-invasion: the first business summit --------------------------------------------
    Fact(
        "economy.business_summit",
        "Canada-Russia business summit",
        Event("Canada-Russia Business Summit", "summit"),
        evidence="The first-ever Canada-Russia Business Summit",
        note=(
            'The seed calls the first summit "first-ever"; a second was held later '
            "under the same name."
        ),
    ),
    Fact(
        "economy.cerba",
        "Canadian business association, organiser of both summits",
        Organisation("Canada Eurasia Russia Business Association", "business association", "CERBA"),
        evidence="Canada Eurasia Russia Business Association (CERBA)",
    ),
    Fact(
        "economy.rspp",
        "Russian business association, co-organiser of the first summit",
        Organisation(
            "Russian Union of Industrialists and Entrepreneurs", "business association", "RSPP"
        ),
        evidence="the Russian Union of Industrialists and Entrepreneurs (RSPP)",
    ),
    Fact(
        "summit2007.dates",
        "Days of the first Canada-Russia Business Summit",
        DayRange(2007, 3, 26, 27),
        evidence="was held March 26–27, 2007, in Ottawa",
    ),
    Fact(
        "summit2007.venue",
        "City of the first Canada-Russia Business Summit",
        Place("Ottawa", "city"),
        evidence="was held March 26–27, 2007, in Ottawa",
    ),
    Fact(
        "summit2007.iec_session",
        "Session of the commission held with the summit",
        Ordinal(6, "session"),
        evidence="the 6th session of the Canada-Russia IEC",
    ),
    Fact(
        "people.emerson",
        "Canadian minister, co-chair of the commission",
        Person("Emerson", "Minister"),
        evidence="co-chaired by Minister Emerson",
        note="The seed gives only his surname.",
    ),
    Fact(
        "people.alexey_gordeyev",
        "Russian minister, co-chair of the commission",
        Person("Alexey Gordeyev", "Russian Agriculture Minister"),
        evidence="Russian Agriculture Minister Alexey Gordeyev",
    ),
    Fact(
        "summit2007.crbc_meeting",
        "Meeting of the business council held with the summit",
        Ordinal(2, "meeting"),
        evidence="the second meeting of the Canada-Russia Business Council (CRBC)",
    ),
    Fact(
        "economy.crbc",
        "Bilateral business council",
        Organisation("Canada-Russia Business Council", "council", "CRBC"),
        evidence="the second meeting of the Canada-Russia Business Council (CRBC)",
    ),
    Fact(
        "summit2007.participants",
        "Participants at the first summit",
        Count(300, "participants", "over"),
        evidence="Interest and attendance from both sides were high with over 300 participants",
    ),
    Fact(
        "people.vladislav_tretyak",
        "Russian goalie and Duma member, guest at the first summit",
        Person(
            "Vladislav Tretyak",
            "Duma member and co-chair of the Canada Russia Parliamentary Friendship Group",
        ),
        evidence=(
            "Vladislav Tretyak, the famed Russian goalie in the 1972 Canada Russia hockey "
            "summit, now Duma member and co-chair of the Canada Russia Parliamentary "
            "Friendship Group"
        ),
        note='The seed also calls him "the famed Russian goalie" of the hockey summit.',
    ),
    Fact(
        "summit2007.tretyak_hockey_summit",
        "Year of the hockey summit in which Tretyak played",
        Year(1972),
        evidence="the famed Russian goalie in the 1972 Canada Russia hockey summit",
    ),
    Fact(
        "economy.parliamentary_friendship_group",
        "Parliamentary friendship group",
        Organisation("Canada Russia Parliamentary Friendship Group", "parliamentary group"),
        evidence="co-chair of the Canada Russia Parliamentary Friendship Group",
    ),
    # --- pre-invasion: the second business summit -------------------------------------------
    Fact(
        "summit2011.date",
        "Day of the second Canada-Russia Business Summit",
        Day(2011, 6, 1),
        evidence=(
            "A Canada-Russia Business Summit was organized in Ottawa on 1 June 2011 by CERBA"
        ),
    ),
    Fact(
        "summit2011.venue",
        "City of the second Canada-Russia Business Summit",
        Place("Ottawa", "city"),
        evidence="A Canada-Russia Business Summit was organized in Ottawa on 1 June 2011",
    ),
    Fact(
        "people.viktor_zubkov",
        "Russian co-chair of the second summit",
        Person("Viktor Zubkov", "Russian First Deputy Prime Minister"),
        evidence="the Russian First Deputy Prime Minister Viktor Zubkov",
    ),
    Fact(
        "people.edward_fast",
        "Canadian co-chair of the second summit",
        Person("Edward Fast", "Minister of International Trade"),
        evidence="the Canadian Minister of International Trade Edward Fast",
        note="Named again among the Canadian participants.",
    ),
    Fact(
        "summit2011.prelude",
        "Summit day, a prelude to the commission's meetings",
        DayNoYear(6, 1),
        evidence=(
            "June 1 was a prelude to the meetings of the Intergovernmental Economic "
            "Commission (IEC) on June 2"
        ),
        note=(
            "The seed gives no year here; the summit was held on 1 June 2011, so the "
            "context implies 2011. The year is not part of the value."
        ),
    ),
    Fact(
        "summit2011.iec_meeting",
        "Day of the commission's meetings after the summit",
        DayNoYear(6, 2),
        evidence=(
            "June 1 was a prelude to the meetings of the Intergovernmental Economic "
            "Commission (IEC) on June 2"
        ),
        note=(
            "The seed gives no year here; the summit was held on 1 June 2011, so the "
            "context implies 2011. The year is not part of the value."
        ),
    ),
    # Russian participants, in the seed's order
    Fact(
        "people.georgiy_mamedov",
        "Russian ambassador to Canada at the second summit",
        Person("Georgiy Mamedov", "Ambassador of the Russian Federation to Canada"),
        evidence="H.E. Georgiy Mamedov, Ambassador of the Russian Federation to Canada",
    ),
    Fact(
        "people.o_betin",
        "Russian-side participant at the second summit",
        Person("O. Betin", "Head of the Tambov Oblast Administration"),
        evidence="O. Betin, Head of the Tambov Oblast Administration",
    ),
    Fact(
        "people.a_krasnov",
        "Russian-side participant at the second summit",
        Person(
            "A. Krasnov",
            "Executive Vice-president of the Organizing Committee of the "
            'Olympic Games "Sochi 2014"',
        ),
        evidence=(
            "A. Krasnov, Executive Vice-president of the Organizing Committee of the "
            'Olympic Games "Sochi 2014"'
        ),
    ),
    Fact(
        "people.a_dzhordzhadze",
        "Russian-side participant at the second summit",
        Person("A. Dzhordzhadze", 'Deputy CEO, "2018 FIFA World Cup in Russia"'),
        evidence='A. Dzhordzhadze, Deputy CEO, "2018 FIFA World Cup in Russia"',
    ),
    Fact(
        "people.a_tikhonov",
        "Russian-side participant at the second summit",
        Person("A. Tikhonov", "First Deputy Chairman of the Board Vnesheconombank"),
        evidence="A. Tikhonov, First Deputy Chairman of the Board Vnesheconombank",
    ),
    Fact(
        "people.a_varichev",
        "Russian-side participant at the second summit",
        Person("A. Varichev", "General Director of Holding Company METALLOINVEST JSC"),
        evidence="A. Varichev, General Director of Holding Company METALLOINVEST JSC",
    ),
    Fact(
        "people.y_kotliarov",
        "Russian-side participant at the second summit",
        Person("Y. Kotliarov", "General Manager, Moscow Branch Office, SNC-Lavalin"),
        evidence="Y. Kotliarov, General Manager, Moscow Branch Office, SNC-Lavalin",
    ),
    Fact(
        "people.a_sitnikov",
        "Russian-side participant at the second summit",
        Person("A. Sitnikov", "SKOLKOVO"),
        evidence="A. Sitnikov, SKOLKOVO",
    ),
    Fact(
        "people.m_lachinov",
        "Russian-side participant at the second summit",
        Person("M. Lachinov", "Russian Venture Company"),
        evidence='M. Lachinov, "Russian Venture Company"',
    ),
    Fact(
        "people.d_akhanov",
        "Russian-side participant at the second summit",
        Person("D. Akhanov", "RUSNANO"),
        evidence="D. Akhanov, RUSNANO",
    ),
    # Canadian participants, in the seed's order
    Fact(
        "people.joan_sloan",
        "Canadian ambassador to Russia at the second summit",
        Person("Joan Sloan", "Canadian Ambassador to the Russian Federation"),
        evidence="Joan Sloan, the Canadian Ambassador to the Russian Federation",
    ),
    Fact(
        "people.gerry_ritz",
        "Canadian minister at the second summit",
        Person("Gerry Ritz", "Minister of Agricultural"),
        evidence="Gerry Ritz, Minister of Agricultural",
        note='"Minister of Agricultural" is the seed\'s wording (sic).',
    ),
    Fact(
        "people.nathan_hunt",
        "Chairman of CERBA, at the second summit",
        Person("Nathan Hunt", "Chairman of the National Board CERBA"),
        evidence="Nathan Hunt, Chairman of the National Board CERBA",
    ),
    Fact(
        "people.david_paterson",
        "Canadian participant at the second summit",
        Person("David Paterson", "vice-president of RIM-Blackberry"),
        evidence="David Paterson, vice-president of RIM-Blackberry",
    ),
    Fact(
        "people.chris_erickson",
        "Canadian participant at the second summit",
        Person("Chris Erickson", "Partner of the Pangaea Ventures Ltd."),
        evidence="Chris Erickson, Partner of the Pangaea Ventures Ltd.",
    ),
    Fact(
        "people.andrew_cranston",
        "Canadian participant at the second summit",
        Person("Andrew Cranston", "Managing Partner KPMG"),
        evidence="Andrew Cranston, Managing Partner KPMG",
    ),
    Fact(
        "people.david_aylen",
        "Canadian participant at the second summit",
        Person("David Aylen", "Managing Partner of the Gowlings International Inc."),
        evidence="David Aylen, Managing Partner of the Gowlings International Inc.",
    ),
    Fact(
        "people.isabelle_des_chenes",
        "Canadian participant at the second summit",
        Person(
            "Isabelle Des Chenes", "vice-president of the Forest Products Association of Canada"
        ),
        evidence=(
            "Isabelle Des Chenes, vice-president of the Forest Products Association of Canada"
        ),
    ),
    Fact(
        "people.michael_mcadoo",
        "Canadian participant at the second summit",
        Person("Michael McAdoo", "vice-president of the Bombardier Inc."),
        evidence="Michael McAdoo, vice-president of the Bombardier Inc.",
    ),
    # --- post-invasion -----------------------------------------------------------------------
    Fact(
        "economy.sanctions_services",
        "Canada bans exports of services to Russia's oil, gas and chemical industries",
        Month(2022, 6),
        evidence=(
            "As of June 2022, due to Russia invading Ukraine on the 24th of February "
            "2022, Canada has imposed economic sanctions on Russia"
        ),
    ),
    Fact(
        "economy.sanctions_invasion",
        "Russian invasion of Ukraine, cause of the sanctions",
        Day(2022, 2, 24),
        evidence="due to Russia invading Ukraine on the 24th of February 2022",
    ),
]
