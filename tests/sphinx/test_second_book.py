"""A second, tiny book with the same engine: its own seed, facts, rule, chart and infobox.

``roots/test-second`` is a made-up lighthouse told in reStructuredText, with
nothing of the Canada–Russia book: the engine must know no book of its own.
"""

from __future__ import annotations

from book_testing import soup, warnings_of

from canru_facts import cli


def test_the_second_book_builds_strictly(make_app, copy_root):
    for builder in ("html", "latex", "text"):
        app = make_app(builder, srcdir=copy_root("second"), warningiserror=True)
        app.build()
        app.cleanup()  # so the next app registers the extension's nodes without a warning
        assert app.statuscode == 0 and warnings_of(app) == [], builder


def test_the_command_checks_the_second_book(copy_root, monkeypatch, capsys):
    root = copy_root("second")
    monkeypatch.syspath_prepend(str(root))
    monkeypatch.chdir(root)
    args = ["--registry", "light_facts:FACTS", "--rules", "light_facts:RULES"]
    assert cli.main([*args, "check", "--seed", "seed.txt"]) == 0
    assert capsys.readouterr().out == "all 16 facts and 1 rules hold against seed.txt\n"


def test_its_infobox_chart_register_and_timeline(build):
    app = build("html", root="second")
    assert warnings_of(app) == []
    rows = soup(app, "index.html").select("table.fact-infobox tr")
    cells = [
        (row.select_one("td").get_text(), row.select_one(".fact-value").get_text()) for row in rows
    ]
    assert [list(c) for c in cells] == [
        ["Where the light stands", "Gull Point"],
        ["Light first lit", "14 October 1873"],
        ["First keeper", "Margaret Dunmore"],
        ["Light automated", "1986"],
    ]
    story = soup(app, "story.html")
    image = story.select_one("figure.fact-chart-figure img.fact-chart")
    assert image["alt"] == (
        "Bar chart of Ships past Gull Point. 1900: Ships 412 ships. "
        "1950: Ships 1,280 ships. 2000: Ships 640 ships."
    )
    caption = story.select_one("figure.fact-chart-figure figcaption")
    for tip in caption.select(".fact-tip"):
        tip.decompose()
    words = " ".join(caption.get_text().split())
    assert (
        words == "Traffic rose from 412 ships in 1900 to 1,280 in 1950, then fell to 640 by 2000.¶"
    )
    keeper = story.select_one('[data-fact="keeper.name"] a.fact-value')
    assert keeper["href"] == "register.html#fact-keeper.name"
    entries = soup(app, "register.html").select("tr.fact-entry")
    assert len(entries) == 16
    rows = soup(app, "timeline.html").select("tr.fact-event")
    dates = [row.select_one(".fact-value").get_text() for row in rows]
    assert dates == ["May 1871", "14 October 1873", "1900", "1950", "1986", "1992", "2000"]
    # the entry of the first lighting gathers the two other facts dating it, in rST
    lit = rows[1].select_one("td")
    also = [(a.get_text(), a["href"]) for a in lit.select(".fact-timeline-also a")]
    assert also == [
        ("The first lighting, as the crowd saw it", "register.html#fact-opening.day"),
        ("The day the lantern walk marks", "register.html#fact-opening.walk"),
    ]
    assert lit.select_one('.fact[data-fact="opening.crowd"] .fact-value').get_text() == (
        "some 300 people"
    )
