"""Economy: the intergovernmental commission, two business summits, and sanctions.

Covers the seed's Economic relations section.  Everyone the seed names at the
business summits is here with the role it gives them, in its own words, and,
where the seed names it with the role, the body they served (``organisation``);
a typo of the seed is kept and marked ``sic``.  The source never numbers the
summit of 2011: it is "a" Canada-Russia Business Summit, the later of the two.
The facts follow the order of the seed.
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
        "Russian invasion of Ukraine changes economic relations",
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
            'The source calls the summit of 2007 "first-ever"; it tells of a later '
            "summit under the same name."
        ),
        also={"ottawa-2011": "A Canada-Russia Business Summit was organized in Ottawa"},
    ),
    Fact(
        "economy.cerba",
        "Organiser of the first Canada-Russia Business Summit, with the RSPP",
        Organisation("Canada Eurasia Russia Business Association", "business association", "CERBA"),
        evidence="Canada Eurasia Russia Business Association (CERBA)",
    ),
    Fact(
        "economy.rspp",
        "Organiser of the first Canada-Russia Business Summit, with CERBA",
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
        "Minister, co-chair of the commission's session of 2007",
        Person("Emerson", "Minister"),
        evidence="co-chaired by Minister Emerson",
        note="The source gives only his surname.",
    ),
    Fact(
        "people.alexey_gordeyev",
        "Russian minister, co-chair of the commission's session of 2007",
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
        note='The source also calls him "the famed Russian goalie" of the hockey summit.',
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
        "A Canada-Russia Business Summit is held in Ottawa",
        Day(2011, 6, 1),
        evidence=(
            "A Canada-Russia Business Summit was organized in Ottawa on 1 June 2011 by CERBA"
        ),
    ),
    Fact(
        "summit2011.venue",
        "City of the Canada-Russia Business Summit of 2011",
        Place("Ottawa", "city"),
        evidence="A Canada-Russia Business Summit was organized in Ottawa on 1 June 2011",
    ),
    Fact(
        "summit2011.organiser",
        "Organiser of the Canada-Russia Business Summit of 2011",
        Organisation("CERBA", "business association"),
        evidence=(
            "organized in Ottawa on 1 June 2011 by CERBA, in coordination with the "
            "Government of Canada and the Government of Russia"
        ),
        note=(
            "The source names it here by its abbreviation only; economy.cerba is its "
            "first mention, with its full name."
        ),
    ),
    Fact(
        "people.viktor_zubkov",
        "Russian co-chair of the summit of 2011",
        Person("Viktor Zubkov", "Russian First Deputy Prime Minister"),
        evidence="the Russian First Deputy Prime Minister Viktor Zubkov",
    ),
    Fact(
        "people.edward_fast",
        "Canadian co-chair of the summit of 2011",
        Person("Edward Fast", "Minister of International Trade"),
        evidence="the Canadian Minister of International Trade Edward Fast",
        also={"participant": "Edward Fast, Minister of International Trade"},
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
            "The source gives no year here; the summit the day before was held on "
            "1 June 2011, so the context implies 2011. The year is not part of the value."
        ),
    ),
    # Participants, in the seed's order: "From the Russian side, among participants in
    # the council were: ...", then "Among participants from Canada were: ...".  Each
    # has the role the seed gives, and the body it names with the role.
    Fact(
        "people.georgiy_mamedov",
        "Participant from the Russian side, 2011",
        Person("Georgiy Mamedov", "Ambassador of the Russian Federation to Canada"),
        evidence="H.E. Georgiy Mamedov, Ambassador of the Russian Federation to Canada",
        note='The source gives him the honorific "H.E.".',
    ),
    Fact(
        "people.o_betin",
        "Participant from the Russian side, 2011",
        Person("O. Betin", "Head", organisation="Tambov Oblast Administration"),
        evidence="O. Betin, Head of the Tambov Oblast Administration",
    ),
    Fact(
        "people.a_krasnov",
        "Participant from the Russian side, 2011",
        Person(
            "A. Krasnov",
            "Executive Vice-president",
            organisation='Organizing Committee of the Olympic Games "Sochi 2014"',
        ),
        evidence=(
            "A. Krasnov, Executive Vice-president of the Organizing Committee of the "
            'Olympic Games "Sochi 2014"'
        ),
    ),
    Fact(
        "people.a_dzhordzhadze",
        "Participant from the Russian side, 2011",
        Person("A. Dzhordzhadze", "Deputy CEO", organisation="2018 FIFA World Cup in Russia"),
        evidence='A. Dzhordzhadze, Deputy CEO, "2018 FIFA World Cup in Russia"',
    ),
    Fact(
        "people.a_tikhonov",
        "Participant from the Russian side, 2011",
        Person("A. Tikhonov", "First Deputy Chairman of the Board", organisation="Vnesheconombank"),
        evidence="A. Tikhonov, First Deputy Chairman of the Board Vnesheconombank",
    ),
    Fact(
        "people.a_varichev",
        "Participant from the Russian side, 2011",
        Person(
            "A. Varichev",
            "General Director",
            organisation="Holding Company METALLOINVEST JSC",
        ),
        evidence="A. Varichev, General Director of Holding Company METALLOINVEST JSC",
    ),
    Fact(
        "people.y_kotliarov",
        "Participant from the Russian side, 2011",
        Person("Y. Kotliarov", "General Manager, Moscow Branch Office", organisation="SNC-Lavalin"),
        evidence="Y. Kotliarov, General Manager, Moscow Branch Office, SNC-Lavalin",
    ),
    Fact(
        "people.a_sitnikov",
        "Participant from the Russian side, 2011",
        Person("A. Sitnikov", organisation="SKOLKOVO"),
        evidence="A. Sitnikov, SKOLKOVO",
        note="The source gives no role, only the body.",
    ),
    Fact(
        "people.m_lachinov",
        "Participant from the Russian side, 2011",
        Person("M. Lachinov", organisation="Russian Venture Company"),
        evidence='M. Lachinov, "Russian Venture Company"',
        note="The source gives no role, only the body, in quotation marks.",
    ),
    Fact(
        "people.d_akhanov",
        "Participant from the Russian side, 2011",
        Person("D. Akhanov", organisation="RUSNANO"),
        evidence="D. Akhanov, RUSNANO",
        note="The source gives no role, only the body.",
    ),
    Fact(
        "people.joan_sloan",
        "Participant from Canada, 2011",
        Person("Joan Sloan", "Canadian Ambassador to the Russian Federation"),
        evidence="Joan Sloan, the Canadian Ambassador to the Russian Federation",
    ),
    Fact(
        "people.gerry_ritz",
        "Participant from Canada, 2011",
        Person("Gerry Ritz", "Minister of Agricultural"),
        evidence="Gerry Ritz, Minister of Agricultural",
        sic="Minister of Agricultural",
        note='"Minister of Agricultural" is the source\'s wording.',
    ),
    Fact(
        "people.nathan_hunt",
        "Participant from Canada, 2011",
        Person("Nathan Hunt", "Chairman of the National Board", organisation="CERBA"),
        evidence="Nathan Hunt, Chairman of the National Board CERBA",
    ),
    Fact(
        "people.david_paterson",
        "Participant from Canada, 2011",
        Person("David Paterson", "vice-president", organisation="RIM-Blackberry"),
        evidence="David Paterson, vice-president of RIM-Blackberry",
    ),
    Fact(
        "people.chris_erickson",
        "Participant from Canada, 2011",
        Person("Chris Erickson", "Partner", organisation="Pangaea Ventures Ltd."),
        evidence="Chris Erickson, Partner of the Pangaea Ventures Ltd.",
    ),
    Fact(
        "people.andrew_cranston",
        "Participant from Canada, 2011",
        Person("Andrew Cranston", "Managing Partner", organisation="KPMG"),
        evidence="Andrew Cranston, Managing Partner KPMG",
    ),
    Fact(
        "people.david_aylen",
        "Participant from Canada, 2011",
        Person("David Aylen", "Managing Partner", organisation="Gowlings International Inc."),
        evidence="David Aylen, Managing Partner of the Gowlings International Inc.",
    ),
    Fact(
        "people.isabelle_des_chenes",
        "Participant from Canada, 2011",
        Person(
            "Isabelle Des Chenes",
            "vice-president",
            surname="Des Chenes",
            organisation="Forest Products Association of Canada",
        ),
        evidence=(
            "Isabelle Des Chenes, vice-president of the Forest Products Association of Canada"
        ),
    ),
    Fact(
        "people.michael_mcadoo",
        "Participant from Canada, 2011",
        Person("Michael McAdoo", "vice-president", organisation="Bombardier Inc."),
        evidence="Michael McAdoo, vice-president of the Bombardier Inc.",
    ),
    # --- post-invasion -----------------------------------------------------------------------
    Fact(
        "economy.sanctions_services",
        "Canadian sanctions on services for Russia's oil and gas industries and chemical industry",
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
