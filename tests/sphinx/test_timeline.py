"""The timeline: one entry per event, ordered by its date's value, every date a fact mark.

``roots/test-almanac`` is a made-up town's almanac whose timeline is written out
of order, with a day without a year placed after the entry that gives it its
year, an entry gathering a second fact that dates the same event, and a dated
fact listed as no event.  The warnings are built from broken copies of it.
"""

from __future__ import annotations

import pytest
from book_testing import soup, warnings_of
from test_warnings import located

TIMELINE = "timeline.md"


@pytest.fixture
def almanac(build):
    return build("html", root="almanac")


def rows(app) -> list:
    found = soup(app, "timeline.html").select("table.fact-timeline tr.fact-event")
    for tip in [t for row in found for t in row.select(".fact-tip")]:
        tip.decompose()  # a tooltip's words are not its row's
    return found


def test_the_almanac_builds_without_warnings(almanac):
    assert warnings_of(almanac) == []


def test_entries_are_ordered_by_their_dates_values(almanac):
    dates = [row.select_one("th").get_text() for row in rows(almanac)]
    # written: June 1950, the 1920s, 8 May, 1850, 1 May 1905
    assert dates == ["1850", "1 May 1905", "8 May\u00a0[1905]", "The 1920s", "June 1950"]


def test_a_day_without_a_year_follows_the_entry_that_gives_its_year(almanac):
    opened, first_ship = rows(almanac)[1:3]
    assert opened.select_one("th .fact")["data-fact"] == "harbour.opened"
    date = first_ship.select_one("th")
    marks = [(f["data-fact"], f.get_text()) for f in date.select(".fact")]
    # the day is its own fact; the year in brackets is the other fact's, never typed
    assert marks == [("harbour.first_ship", "8 May"), ("harbour.opened", "1905")]
    assert date.get_text() == "8 May\u00a0[1905]"
    # the year's mark names the tooltip of the date it is taken from
    year = soup(almanac, "timeline.html").select("tr.fact-event")[2].select(".fact-value")[1]
    tip = soup(almanac, "timeline.html").select_one(f'[id="{year["aria-describedby"]}"]')
    assert "Its harbour opened on 1 May 1905" in tip.get_text()


def test_every_date_is_a_fact_mark_with_its_tooltip(almanac):
    page = soup(almanac, "timeline.html")
    keys = ["town.founded", "harbour.opened", "harbour.first_ship", "town.busiest"]
    keys.append("harbour.closed")
    for row, key in zip(page.select("tr.fact-event"), keys, strict=True):
        mark = row.select_one("th .fact")
        assert mark["data-fact"] == key
        value = mark.select_one("a.fact-value")
        assert value["href"] == f"register.html#fact-{key}"
        assert page.select_one(f'[id="{value["aria-describedby"]}"]')["role"] == "tooltip"


def test_an_entry_links_every_fact_it_gathers(almanac):
    opened = rows(almanac)[1].select_one("td")
    headline = opened.select_one("p")
    assert headline.get_text() == "The harbour opens; Tom Reed, mayor cuts the ribbon"
    assert headline.select_one('.fact[data-fact="town.mayor"]')
    also = opened.select_one("p.fact-timeline-also")
    assert also.get_text() == "Also dated by Ribbon cut at the harbour."
    assert also.select_one("a")["href"] == "register.html#fact-harbour.ribbon"


def test_each_event_has_one_entry(almanac):
    dated = [row.select_one("th .fact")["data-fact"] for row in rows(almanac)]
    assert len(dated) == len(set(dated)) == 5


def test_the_register_lists_the_timeline_among_the_places_citing_a_fact(almanac):
    row = soup(almanac, "register.html").select_one("tr#fact-harbour\\.opened")
    links = [(a.get_text(), a["href"]) for a in row.select("td.fact-col-cited a")]
    assert links == [("Timeline", "timeline.html#cite-harbour.opened-1")]


def test_the_timeline_in_print_is_a_longtable_giving_register_pages(build):
    app = build("latex", root="almanac")
    assert warnings_of(app) == []
    tex = (app.outdir / "theelleryalmanac.tex").read_text(encoding="utf-8")
    assert "8 May\u00a0{[}" in tex
    assert (
        "Also dated by Ribbon cut at the harbour (register, page "
        "\\hyperref[\\detokenize{register:fact-harbour.ribbon}]" in tex
    )


# --- warnings ------------------------------------------------------------------------


def broken(build, copy_root, entries: str, not_events: str = "town.founder_born"):
    """The almanac with its timeline's entries replaced."""
    srcdir = copy_root("almanac")
    (srcdir / TIMELINE).write_text(
        f"# Timeline\n\n```{{fact-timeline}}\n:not-events: {not_events}\n\n{entries}```\n",
        encoding="utf-8",
    )
    return build("html", srcdir=srcdir)


COMPLETE = (
    "town.founded: Founded\n"
    "harbour.opened with harbour.ribbon: Opened\n"
    "harbour.first_ship after harbour.opened: First ship\n"
    "town.busiest: Busiest\n"
    "harbour.closed: Closed\n"
)


def timeline_warnings(app) -> list[tuple[int, str, str]]:
    return [(line, message, kind) for file, line, message, kind in located(app) if file == TIMELINE]


def test_a_dated_fact_in_no_entry_is_a_located_warning(build, copy_root):
    """No dated event of the source is missing: each dated fact has an entry, or is listed."""
    app = broken(build, copy_root, COMPLETE.replace("town.busiest: Busiest\n", ""))
    assert timeline_warnings(app) == [
        (
            3,
            "fact-timeline: the dated fact 'town.busiest' (The town's busiest decade, the "
            "1920s) is in no entry; open an entry with it, gather it into one ('KEY with "
            "town.busiest: ...'), cite it in a headline, or list it in :not-events:",
            "fact.timeline",
        )
    ]


def test_a_dated_fact_listed_as_no_event_or_cited_in_a_headline_is_not_missing(build, copy_root):
    entries = COMPLETE.replace("town.busiest: Busiest\n", "")
    entries = entries.replace("Closed", "Closed, after {fact}`town.busiest:bare`")
    app = broken(build, copy_root, entries, not_events="town.founder_born, town.founded")
    # town.founded dates an entry and is listed as no event: a contradiction
    assert timeline_warnings(app) == [
        (
            6,
            "fact-timeline: 'town.founded' dates an entry but is listed in :not-events:",
            "fact.timeline",
        )
    ]


def test_one_entry_per_event(build, copy_root):
    app = broken(build, copy_root, COMPLETE + "harbour.ribbon: The ribbon, again\n")
    assert timeline_warnings(app) == [
        (
            11,
            "fact-timeline: 'harbour.ribbon' already dates the entry on line 7; "
            "one entry per event",
            "fact.timeline",
        )
    ]


def test_unknown_keys_are_located_with_a_suggestion(build, copy_root):
    entries = COMPLETE.replace("town.founded: Founded", "town.foundd: Founded")
    entries = entries.replace("with harbour.ribbon", "with harbour.ribon")
    app = broken(build, copy_root, entries, not_events="town.founder_born, town.nope")
    assert sorted(timeline_warnings(app)) == [
        (
            3,
            "fact-timeline: :not-events: unknown fact key 'town.nope'; did you mean "
            "'town.founder', 'town.founded', 'town.mayor'?",
            "fact.unknown",
        ),
        # the facts the broken entries meant to show are then in no entry
        (
            3,
            "fact-timeline: the dated fact 'harbour.ribbon' (Ribbon cut at the harbour, "
            "1 May 1905) is in no entry; open an entry with it, gather it into one ('KEY "
            "with harbour.ribbon: ...'), cite it in a headline, or list it in :not-events:",
            "fact.timeline",
        ),
        (
            3,
            "fact-timeline: the dated fact 'town.founded' (Town founded, 1850) is in no "
            "entry; open an entry with it, gather it into one ('KEY with town.founded: "
            "...'), cite it in a headline, or list it in :not-events:",
            "fact.timeline",
        ),
        (
            6,
            "fact-timeline: unknown fact key 'town.foundd'; did you mean 'town.founded', "
            "'town.founder', 'town.founder_born'?",
            "fact.unknown",
        ),
        (
            7,
            "fact-timeline: with: unknown fact key 'harbour.ribon'; did you mean "
            "'harbour.ribbon', 'harbour.opened', 'harbour.closed'?",
            "fact.unknown",
        ),
    ]


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            "town.mayor: The mayor\n",
            "fact-timeline: 'town.mayor' is a person, not a date; an entry opens with the "
            "fact that dates it",
        ),
        (
            "harbour.closed after harbour.opened: Closed\n",
            "fact-timeline: 'harbour.closed' has a year of its own; drop 'after harbour.opened'",
        ),
        (
            "harbour.first_ship: First ship\n",
            "fact-timeline: 'harbour.first_ship' is a day without a year; write "
            "'harbour.first_ship after OTHER-KEY: ...' to place it after the entry whose "
            "year it shares",
        ),
        (
            "harbour.closed: Closed\nharbour.first_ship after harbour.closed: First ship\n",
            "fact-timeline: 'harbour.first_ship' (8 May) falls before 'harbour.closed' in "
            "the year, so it cannot take that year",
        ),
        (
            "harbour.first_ship after town.busiest: First ship\n",
            "fact-timeline: after 'town.busiest': no entry of this timeline opens with it; "
            "a day without a year follows an entry dated with a year",
        ),
        (
            "town.founded with harbour.ribbon: Founded\n",
            "fact-timeline: 'harbour.ribbon' (1 May 1905) does not date the same event as "
            "'town.founded' (1850)",
        ),
        (
            "town.founded with town.mayor: Founded\n",
            "fact-timeline: 'town.mayor' is a person, not a date; gather only dates",
        ),
        (
            "A line that is no entry\n",
            "fact-timeline: 'A line that is no entry' is not an entry; write DATE-KEY: "
            "headline, DATE-KEY after OTHER-KEY: headline, DATE-KEY with KEY, KEY: headline",
        ),
    ],
    ids=[
        "no-date",
        "after-with-a-year",
        "no-year-no-after",
        "before-its-anchor",
        "after-no-entry",
        "not-the-same-event",
        "gathers-no-date",
        "not-an-entry",
    ],
)
def test_an_entry_that_cannot_stand_is_a_located_warning(build, copy_root, entry, message):
    app = broken(build, copy_root, entry)
    found = [(line, text) for line, text, _kind in timeline_warnings(app)]
    line = 5 + entry.count("\n")  # the entry's line: the last of those written
    assert (line, message) in found, found
    # every other warning says which dated facts are now in no entry
    assert all("is in no entry" in text for _line, text in found if text != message), found
