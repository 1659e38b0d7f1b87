"""Intelligence: documented Russian and Soviet operations in Canada.

Covers the seed's section on Russian intelligence operations in Canada: the
KGB and the FLQ, a forged "CIA document", and agents who used Canadian
identities.  Where the seed puts a name in quotation marks or brackets, the
note says so.  The facts follow the order of the seed.
"""

from canru_facts.model import (
    Decade,
    Fact,
    Month,
    Organisation,
    Person,
    Publication,
    Year,
)

FACTS = [
    Fact(
        "people.christopher_andrew",
        "Co-author of a book drawn from the Mitrokhin archive",
        Person("Christopher Andrew"),
        evidence=(
            "According to Christopher Andrew's and Vasili Mitrokhin's book based on the "
            "Mitrokhin archive"
        ),
    ),
    Fact(
        "people.vasili_mitrokhin",
        "Co-author of a book drawn from the Mitrokhin archive",
        Person("Vasili Mitrokhin"),
        evidence=(
            "According to Christopher Andrew's and Vasili Mitrokhin's book based on the "
            "Mitrokhin archive"
        ),
    ),
    Fact(
        "intelligence.mitrokhin_archive",
        "Archive behind Andrew and Mitrokhin's book",
        Publication("Mitrokhin archive", "archive"),
        evidence="Vasili Mitrokhin's book based on the Mitrokhin archive",
    ),
    Fact(
        "intelligence.kgb",
        "The USSR's KGB",
        Organisation("KGB", "intelligence agency"),
        evidence="the USSR's KGB probably established contact with Canadian terrorist group",
        also={
            "cuba": "an agreement between KGB and Cuba",
            "disinformation": (
                "The KGB was concerned that FLQ's terrorist attacks could be linked to the "
                "Soviet Union"
            ),
        },
    ),
    Fact(
        "intelligence.flq",
        "Canadian terrorist group",
        Organisation("Front de libération du Québec", "militant group", "FLQ"),
        evidence="Canadian terrorist group Front de libération du Québec (FLQ)",
    ),
    Fact(
        "people.john_barron",
        "Writer who mentions a KGB agreement with Cuba",
        Person("John Barron"),
        evidence="John Barron also mentions an agreement between KGB and Cuba",
    ),
    Fact(
        "intelligence.kgb_cuba_agreement",
        "KGB–Cuba agreement referring to the FLQ",
        Month(1970, 4),
        evidence=(
            "John Barron also mentions an agreement between KGB and Cuba, referring to "
            "the FLQ in April 1970"
        ),
    ),
    Fact(
        "people.hugh_hambleton",
        "Person the source says was established in Quebec",
        Person("Hugh Hambleton"),
        evidence="Hugh Hambleton was established in Quebec",
        note=(
            "The source does not say who he was, or what being established in Quebec "
            "means; the sentence stands alone between two items of its list."
        ),
    ),
    Fact(
        "intelligence.hambleton_quebec",
        "Hugh Hambleton established in Quebec",
        Year(1964),
        evidence="Hugh Hambleton was established in Quebec in 1964",
    ),
    Fact(
        "intelligence.cia",
        "Agency the KGB's forged documents implicated",
        Organisation("CIA", "intelligence agency"),
        evidence="to portray FLQ as a CIA false flag operation",
        also={
            "document": 'A photocopy of the forged "CIA document"',
            "belief": "Canada's Prime Minister believed that the CIA had conducted operations",
        },
    ),
    Fact(
        "intelligence.montreal_star",
        "Where the forged document was leaked",
        Publication("Montreal Star", "newspaper"),
        evidence='was "leaked" to Montreal Star in September 1971',
    ),
    Fact(
        "intelligence.cia_document_leak",
        'Forged "CIA document" "leaked" to the Montreal Star',
        Month(1971, 9),
        evidence=(
            'A photocopy of the forged "CIA document" was "leaked" to Montreal Star '
            "in September 1971"
        ),
    ),
    Fact(
        "intelligence.story_still_quoted",
        "The forged story still quoted, even by academic authors",
        Decade(1990),
        evidence="The story was still quoted in the 1990s, even among academic authors",
    ),
    Fact(
        "people.elena_miller",
        "Case of Russian agents' use of Canadian identities",
        Person("Elena Miller"),
        evidence="evidenced by the cases of Elena Miller",
    ),
    Fact(
        "people.paul_hampel",
        "Case of Russian agents' use of Canadian identities",
        Person("Paul Hampel"),
        evidence="Elena Miller, 'Paul Hampel' (2006)",
        note="The source puts the name in quotation marks.",
    ),
    Fact(
        "intelligence.hampel_case",
        "The 'Paul Hampel' case",
        Year(2006),
        evidence="Elena Miller, 'Paul Hampel' (2006)",
    ),
    Fact(
        "intelligence.illegals_program",
        "Ring of Russian sleeper agents",
        Organisation("Illegals Program", "organisation"),
        evidence='the group of Russian sleeper agents ("Illegals Program")',
    ),
    Fact(
        "intelligence.illegals_arrested",
        "Illegals Program members arrested in the United States",
        Month(2010, 6),
        evidence='Russian sleeper agents ("Illegals Program") arrested in the US June 2010',
    ),
    Fact(
        "people.konon_molody",
        "Soviet illegal who took a stolen Canadian identity as cover",
        Person("Konon Molody"),
        evidence="was Konon Molody (Gordon Arnold Lonsdale; 1922–1970)",
    ),
    Fact(
        "people.gordon_arnold_lonsdale",
        "Other name the source gives Konon Molody",
        Person("Gordon Arnold Lonsdale"),
        evidence="Konon Molody (Gordon Arnold Lonsdale; 1922–1970)",
        note=(
            "The source gives it in brackets after his name; it does not say that it "
            "was the stolen Canadian identity."
        ),
    ),
    Fact(
        "intelligence.molody_born",
        "Konon Molody's year of birth",
        Year(1922),
        evidence="Konon Molody (Gordon Arnold Lonsdale; 1922–1970)",
        note="The source gives his years as a span; read as birth and death.",
    ),
    Fact(
        "intelligence.molody_died",
        "Konon Molody's year of death",
        Year(1970),
        evidence="Konon Molody (Gordon Arnold Lonsdale; 1922–1970)",
        note="The source gives his years as a span; read as birth and death.",
    ),
]
