"""Lists of people drawn from the facts (fact-people) and the seed's provenance (fact-source)."""

from __future__ import annotations

import hashlib

from book_testing import replace_in, soup, warnings_of
from test_warnings import located


def test_a_list_of_people_is_a_table_of_citations(build):
    app = build("html", root="almanac")
    assert warnings_of(app) == []
    table = soup(app, "people.html").select_one("table.fact-people")
    # the caption is inline markup of the page: it may cite facts
    caption = table.select_one("caption")
    assert caption.select_one('.fact[data-fact="town.founded"]')
    for tip in table.select(".fact-tip"):
        tip.decompose()
    assert caption.get_text().rstrip("¶") == "The town’s people, as of 1850"
    assert [th.get_text() for th in table.select("thead th")] == ["Name", "Role", "Organisation"]
    rows = [[td.get_text() for td in tr.select("td")] for tr in table.select("tbody tr")]
    # a person the source gives no organisation has an empty cell
    assert rows == [["Ann Holt", "surveyor", "Ellery Land Company"], ["Tom Reed", "mayor", ""]]
    # every cell is a citation of the person: its variant, a link to the register
    founder = table.select("tbody tr")[0]
    marks = founder.select(".fact[data-fact]")
    assert [m["data-fact"] for m in marks] == ["town.founder"] * 3
    assert {m.select_one("a")["href"] for m in marks} == {"register.html#fact-town.founder"}
    # the name anchors the row (the register's backlinks name it); the other cells
    # name the name's tooltip
    assert marks[0]["id"] == "cite-town.founder-1"
    tip = marks[0].select_one("a")["aria-describedby"]
    assert [m.select_one("a")["aria-describedby"] for m in marks[1:]] == [tip, tip]


def test_the_register_links_back_to_a_list_of_people(build):
    app = build("html", root="almanac")
    row = soup(app, "register.html").select_one("tr#fact-town\\.founder")
    links = [(a.get_text(), a["href"], a["title"]) for a in row.select("td.fact-col-cited a")]
    assert ("People", "people.html#cite-town.founder-1", "People, line 6 (list of people)") in links


def test_a_list_of_people_in_print_and_plain_text(build):
    latex = build("latex", root="almanac")
    assert warnings_of(latex) == []
    tex = (latex.outdir / "theelleryalmanac.tex").read_text(encoding="utf-8")
    assert "Ann Holt" in tex and "Ellery Land Company" in tex and "Name" in tex
    text = build("text", root="almanac")
    people = " ".join((text.outdir / "people.txt").read_text(encoding="utf-8").split())
    assert "| Ann Holt | surveyor | Ellery Land Company |" in people
    assert "| Tom Reed | mayor | |" in people


def test_a_key_that_is_no_person_is_a_located_warning(build, copy_root):
    srcdir = copy_root("almanac")
    replace_in(srcdir / "people.md", "town.mayor\n", "town.mayor\ntown.closed\nharbour.closed\n")
    app = build("html", srcdir=srcdir)
    found = [w for w in located(app) if w[0] == "people.md"]
    assert found == [
        (
            "people.md",
            8,
            "fact-people: unknown fact key 'town.closed'; did you mean 'town.founded', "
            "'harbour.closed', 'town.founder'?",
            "fact.unknown",
        ),
        ("people.md", 9, "fact-people: 'harbour.closed' is a date, not a person", "fact.option"),
    ]
    problems = [p.get_text() for p in soup(app, "people.html").select(".problematic")]
    assert problems == ["town.closed:name", "harbour.closed"]


# --- the seed's provenance -------------------------------------------------------------


def test_the_seeds_provenance_is_shown_from_its_file(build):
    app = build("html", root="almanac")
    fields = soup(app, "sources.html").select_one("dl.fact-source")
    shown = {
        dt.get_text().rstrip(":"): dd
        for dt, dd in zip(fields.select("dt"), fields.select("dd"), strict=True)
    }
    assert list(shown) == ["Title", "Publisher", "Licence", "Received", "SHA-256", "File"]
    assert shown["Title"].select_one("a")["href"] == "https://example.org/ellery"
    assert shown["Title"].get_text().strip() == "The Ellery almanac"
    assert shown["Publisher"].get_text().strip() == "The Ellery Historical Society"
    assert (
        shown["Licence"].select_one("a")["href"] == "https://creativecommons.org/licenses/by/4.0/"
    )
    # retrieved is the day the copy entered the project, and the page says so
    assert shown["Received"].get_text().strip() == (
        "29 November 2026, the day this copy entered the project"
    )
    digest = hashlib.sha256((app.srcdir / "seed.txt").read_bytes()).hexdigest()
    assert shown["SHA-256"].get_text().strip() == digest
    assert shown["File"].get_text().strip() == "seed.txt"


def test_a_recorded_revision_is_shown_and_a_wrong_digest_warns(build, copy_root):
    srcdir = copy_root("almanac")
    toml = srcdir / "seed.toml"
    text = toml.read_text(encoding="utf-8").replace('revision = ""', 'revision = "1234"')
    toml.write_text(text.replace('sha256 = "', 'sha256 = "0'), encoding="utf-8")
    app = build("html", srcdir=srcdir)
    fields = soup(app, "sources.html").select_one("dl.fact-source")
    names = [dt.get_text().rstrip(":") for dt in fields.select("dt")]
    assert names[3] == "Revision" and fields.select("dd")[3].get_text().strip() == "1234"
    [(file, line, message, kind)] = [w for w in located(app) if w[0] == "sources.md"]
    assert (file, line, kind) == ("sources.md", 3, "fact.seed")
    assert message.startswith("fact-source: seed.toml records the SHA-256 0")
    assert message.endswith("the provenance does not describe this seed")


def test_a_changed_provenance_file_reads_the_page_again(build, copy_root, make_app):
    srcdir = copy_root("almanac")
    first = make_app("html", srcdir=srcdir)
    first.build()
    toml = srcdir / "seed.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace("Historical Society", "History Society"),
        encoding="utf-8",
    )
    again = make_app("html", srcdir=srcdir)
    again.build()
    fields = soup(again, "sources.html").select_one("dl.fact-source")
    assert "The Ellery History Society" in fields.get_text()


def test_a_missing_or_broken_provenance_file_is_a_located_warning(build, copy_root):
    srcdir = copy_root("almanac")
    (srcdir / "seed.toml").unlink()
    app = build("html", srcdir=srcdir)
    assert [w for w in located(app) if w[0] == "sources.md"] == [
        (
            "sources.md",
            3,
            "fact-source: seed.toml: no such file; the seed's provenance cannot be shown",
            "fact.seed",
        )
    ]
    assert soup(app, "sources.html").select_one("dl.fact-source") is None
    other = copy_root("almanac")
    (other / "seed.toml").write_text('title = "x"\nmirror = "y"\n', encoding="utf-8")
    app = build("html", srcdir=other)
    [(_file, line, message, kind)] = [w for w in located(app) if w[0] == "sources.md"]
    assert (line, kind) == (3, "fact.seed")
    assert message.startswith("fact-source: ") and "unknown key 'mirror'" in message
