"""Culture: a state visit, music, exhibitions, theatre and ice hockey.

Covers the seed's Cultural relations section.  Composers the seed names only as
members of a group ("Russian romantic composers", "Soviet composers") have no
role of their own; their label says which group.  The facts follow the order of
the seed.
"""

from canru_facts.model import (
    Count,
    Duration,
    Event,
    Fact,
    Ordinal,
    Organisation,
    Person,
    Season,
    Year,
)

FACTS = [
    # --- the state visit -------------------------------------------------------------
    Fact(
        "people.adrienne_clarkson",
        "Former Governor General who made a state visit to Russia",
        Person("Adrienne Clarkson", "Governor General"),
        evidence=(
            "former Governor General Adrienne Clarkson's state visit to Russia in the fall of 2003"
        ),
    ),
    Fact(
        "culture.clarkson_visit",
        "State visit to Russia by former Governor General Clarkson",
        Season("fall", 2003),
        evidence=(
            "former Governor General Adrienne Clarkson's state visit to Russia in the fall of 2003"
        ),
    ),
    # --- music -------------------------------------------------------------------------
    Fact(
        "people.tchaikovsky",
        "Russian romantic composer",
        Person("Tchaikovsky"),
        evidence="Russian romantic composers - notably Tchaikovsky",
    ),
    Fact(
        "people.mussorgsky",
        "Russian romantic composer",
        Person("Mussorgsky"),
        evidence="notably Tchaikovsky, Mussorgsky, Rachmaninoff",
    ),
    Fact(
        "people.rachmaninoff",
        "Russian romantic composer",
        Person("Rachmaninoff"),
        evidence="notably Tchaikovsky, Mussorgsky, Rachmaninoff",
    ),
    Fact(
        "people.glinka",
        "Russian romantic composer",
        Person("Glinka"),
        evidence="to a lesser degree, Glinka, Borodin, Rimsky-Korsakov, Scriabin, and Glazunov",
    ),
    Fact(
        "people.borodin",
        "Russian romantic composer",
        Person("Borodin"),
        evidence="to a lesser degree, Glinka, Borodin, Rimsky-Korsakov, Scriabin, and Glazunov",
    ),
    Fact(
        "people.rimsky_korsakov",
        "Russian romantic composer",
        Person("Rimsky-Korsakov"),
        evidence="to a lesser degree, Glinka, Borodin, Rimsky-Korsakov, Scriabin, and Glazunov",
    ),
    Fact(
        "people.scriabin",
        "Russian romantic composer",
        Person("Scriabin"),
        evidence="to a lesser degree, Glinka, Borodin, Rimsky-Korsakov, Scriabin, and Glazunov",
    ),
    Fact(
        "people.glazunov",
        "Russian romantic composer",
        Person("Glazunov"),
        evidence="to a lesser degree, Glinka, Borodin, Rimsky-Korsakov, Scriabin, and Glazunov",
    ),
    Fact(
        "culture.romantic_music_century",
        "Century in which Russian romantic music was popular in Canada",
        Ordinal(20, "century"),
        evidence="has been extremely popular with Canadian audiences in the 20th century",
    ),
    Fact(
        "people.stravinsky",
        "Expatriate who dominated Russian music after 1900",
        Person("Stravinsky", "dominant figure of Russian music"),
        evidence=(
            "The expatriate Stravinsky has been the dominant figure of Russian music after 1900"
        ),
    ),
    Fact(
        "culture.stravinsky_after",
        "Year after which Stravinsky dominated Russian music",
        Year(1900),
        evidence=(
            "The expatriate Stravinsky has been the dominant figure of Russian music after 1900"
        ),
    ),
    Fact(
        "people.prokofiev",
        "Soviet composer",
        Person("Prokofiev"),
        evidence="several Soviet composers - notably Prokofiev, Shostakovich",
    ),
    Fact(
        "people.shostakovich",
        "Soviet composer",
        Person("Shostakovich"),
        evidence="several Soviet composers - notably Prokofiev, Shostakovich",
    ),
    Fact(
        "people.kabalevsky",
        "Soviet composer who visited Canada",
        Person("Kabalevsky"),
        evidence=(
            "and, less often, Kabalevsky - have been represented steadily on Canadian programs"
        ),
        also={"visit": "Kabalevsky visited Canada in 1978"},
    ),
    Fact(
        "culture.kabalevsky_visit",
        "Kabalevsky visits Canada",
        Year(1978),
        evidence="Kabalevsky visited Canada in 1978 (and several times previously)",
    ),
    Fact(
        "culture.somers_roberts_visit",
        "Harry Somers and John Peter Lee Roberts visit the USSR",
        Season("fall", 1977),
        evidence=(
            "In the fall of 1977, the composer Harry Somers and the Canadian Music "
            "Centre's John Peter Lee Roberts spent two weeks in the USSR"
        ),
    ),
    Fact(
        "people.harry_somers",
        "Composer who visited the USSR with John Peter Lee Roberts",
        Person("Harry Somers", "composer"),
        evidence="the composer Harry Somers",
    ),
    Fact(
        "people.john_peter_lee_roberts",
        "Visited the USSR with Harry Somers",
        Person("John Peter Lee Roberts", organisation="Canadian Music Centre"),
        evidence="the Canadian Music Centre's John Peter Lee Roberts",
    ),
    Fact(
        "culture.canadian_music_centre",
        "Canadian music institution",
        Organisation("Canadian Music Centre", "music centre"),
        evidence="the Canadian Music Centre's John Peter Lee Roberts",
        note="Called the CMCentre later in the same paragraph.",
    ),
    Fact(
        "culture.somers_roberts_stay",
        "Length of Somers and Roberts's stay in the USSR",
        Duration(2, "weeks"),
        evidence="spent two weeks in the USSR",
    ),
    Fact(
        "culture.union_of_soviet_composers",
        "Soviet composers' union",
        Organisation("Union of Soviet Composers"),
        evidence="meeting members of the Union of Soviet Composers",
    ),
    Fact(
        "culture.eshpai_visit",
        "Andrei Eshpai visits the Canadian Music Centre",
        Year(1978),
        evidence=(
            "In 1978, in exchange, the Soviet composer and the pianist Andrei Eshpai "
            "visited the CMCentre"
        ),
    ),
    Fact(
        "people.andrei_eshpai",
        "Pianist who visited the Canadian Music Centre",
        Person("Andrei Eshpai", "pianist"),
        evidence="the Soviet composer and the pianist Andrei Eshpai",
        note=(
            "The source's wording can be read as one visitor, a Soviet composer and "
            "pianist, or as two, a Soviet composer and the pianist; it names only Eshpai."
        ),
    ),
    # --- exhibitions and theatre -----------------------------------------------------------
    Fact(
        "culture.thomson_exhibition",
        "The Hermitage shows works by Tom Thomson",
        Year(2004),
        evidence=(
            "In 2004, the State Hermitage Museum in St. Petersburg hosted works by Tom Thomson"
        ),
    ),
    Fact(
        "culture.hermitage",
        "Museum in St. Petersburg",
        Organisation("State Hermitage Museum", "museum"),
        evidence="the State Hermitage Museum in St. Petersburg",
    ),
    Fact(
        "people.tom_thomson",
        "Canadian artist shown at the Hermitage",
        Person("Tom Thomson", "Canadian artist"),
        evidence=("hosted works by Tom Thomson, the first exhibition devoted to a Canadian artist"),
    ),
    Fact(
        "culture.thomson_first",
        "Place of the Thomson show among the Hermitage's Canadian exhibitions",
        Ordinal(1, "exhibition"),
        evidence="the first exhibition devoted to a Canadian artist at the Hermitage",
    ),
    Fact(
        "people.jean_paul_riopelle",
        "Artist of a later exhibit at the Hermitage",
        Person("Jean-Paul Riopelle"),
        evidence="a very successful Jean-Paul Riopelle exhibit in the summer of 2006",
    ),
    Fact(
        "culture.riopelle_exhibit",
        "Riopelle exhibit at the Hermitage",
        Season("summer", 2006),
        evidence="a very successful Jean-Paul Riopelle exhibit in the summer of 2006",
    ),
    Fact(
        "culture.jeff_wall_biennale",
        "Jeff Wall exhibits at the Moscow Art Biennale",
        Year(2007),
        evidence="In 2007 artist Jeff Wall exhibited at the Moscow Art Biennale in February",
        note=(
            'The source adds "in February" apart from the year; the fact keeps the year, '
            "the precision the source states with it."
        ),
    ),
    Fact(
        "people.jeff_wall",
        "Artist at the Moscow Art Biennale",
        Person("Jeff Wall", "artist"),
        evidence="In 2007 artist Jeff Wall exhibited at the Moscow Art Biennale",
    ),
    Fact(
        "culture.moscow_art_biennale",
        "Art exhibition in Moscow",
        Event("Moscow Art Biennale", "exhibition"),
        evidence="Jeff Wall exhibited at the Moscow Art Biennale",
    ),
    Fact(
        "culture.chekhov_nights",
        "Nights of Canadian theatre at the Chekhov Theatre Festival",
        Count(40, "nights", "over"),
        evidence="over 40 nights of Canadian theatrical performances in Russia",
        note="Told among the events of 2007.",
    ),
    Fact(
        "people.robert_lepage",
        "Staged Canadian performances at the Chekhov Theatre Festival",
        Person("Robert Lepage"),
        evidence="were staged by Robert Lepage",
    ),
    Fact(
        "culture.compagnie_marie_chouinard",
        "Company that staged Canadian performances at the Chekhov Theatre Festival",
        Organisation("Compagnie Marie Chouinard", "theatre company"),
        evidence=(
            "Compagnie Marie Chouinard, Cirque Eloize and Theatre Smith-Gilmour at the "
            "Chekhov Theatre Festival"
        ),
    ),
    Fact(
        "culture.cirque_eloize",
        "Company that staged Canadian performances at the Chekhov Theatre Festival",
        Organisation("Cirque Eloize", "theatre company"),
        evidence=(
            "Compagnie Marie Chouinard, Cirque Eloize and Theatre Smith-Gilmour at the "
            "Chekhov Theatre Festival"
        ),
    ),
    Fact(
        "culture.theatre_smith_gilmour",
        "Company that staged Canadian performances at the Chekhov Theatre Festival",
        Organisation("Theatre Smith-Gilmour", "theatre company"),
        evidence=(
            "Compagnie Marie Chouinard, Cirque Eloize and Theatre Smith-Gilmour at the "
            "Chekhov Theatre Festival"
        ),
    ),
    Fact(
        "culture.chekhov_theatre_festival",
        "Theatre festival in Russia",
        Event("Chekhov Theatre Festival", "festival"),
        evidence="Theatre Smith-Gilmour at the Chekhov Theatre Festival",
    ),
    Fact(
        "culture.chekhov_festival_year",
        "Canadian theatre at the Chekhov Theatre Festival",
        Year(2007),
        evidence=(
            "In 2007 artist Jeff Wall exhibited at the Moscow Art Biennale in February; and "
            "over 40 nights of Canadian theatrical performances in Russia were staged"
        ),
        note="The year opens the sentence, which tells of Jeff Wall first.",
    ),
    Fact(
        "culture.gould_anniversary_year",
        "Year of the Glenn Gould anniversary",
        Year(2007),
        evidence=(
            "The year 2007 also marks the 50th anniversary of Glenn Gould's tour of the "
            "Soviet Union in 1957"
        ),
    ),
    Fact(
        "culture.gould_anniversary",
        "Glenn Gould's Soviet tour: the anniversary marked in 2007",
        Ordinal(50, "anniversary"),
        evidence=(
            "The year 2007 also marks the 50th anniversary of Glenn Gould's tour of the "
            "Soviet Union in 1957"
        ),
    ),
    Fact(
        "people.glenn_gould",
        "Toured the Soviet Union",
        Person("Glenn Gould"),
        evidence="the 50th anniversary of Glenn Gould's tour of the Soviet Union in 1957",
    ),
    Fact(
        "culture.gould_tour",
        "Glenn Gould's Soviet tour",
        Year(1957),
        evidence=(
            "The year 2007 also marks the 50th anniversary of Glenn Gould's tour of the "
            "Soviet Union in 1957"
        ),
    ),
    # --- ice hockey --------------------------------------------------------------------------
    Fact(
        "hockey.summit_series",
        "Ice hockey series between the national teams",
        Event("Summit Series", "tournament"),
        evidence="including the 1972 Summit Series, and the 1974 Summit Series",
    ),
    Fact(
        "hockey.summit_series_1972",
        "Year of the earlier Summit Series named",
        Year(1972),
        evidence="including the 1972 Summit Series, and the 1974 Summit Series",
    ),
    Fact(
        "hockey.summit_series_1974",
        "Year of the later Summit Series named",
        Year(1974),
        evidence="including the 1972 Summit Series, and the 1974 Summit Series",
    ),
    Fact(
        "hockey.chl_series",
        "Junior ice hockey tournament",
        Event("CHL Canada/Russia Series", "tournament"),
        evidence="The CHL Canada/Russia Series, a junior ice hockey tournament",
    ),
    Fact(
        "hockey.canadian_hockey_league",
        "League whose players play the CHL Canada/Russia Series",
        Organisation("Canadian Hockey League", "sports league", "CHL"),
        evidence=(
            "The CHL Canada/Russia Series, a junior ice hockey tournament between "
            "players of the Canadian Hockey League"
        ),
    ),
    Fact(
        "hockey.chl_series_since",
        "Year since which the CHL Canada/Russia Series is held every year",
        Year(2003),
        evidence="has been played annually since 2003",
    ),
]
