"""Exact incremental builds: what a build reads again, and what it writes again.

Pages hold citations, not values, so a fact edit reads no page again: it writes
again exactly the pages citing that fact, the register and the timeline.  A
prose edit reads only its page again, and writes the register and the timeline
again only when what they show of the page (its citations, title or toctree)
changed.  Sphinx itself also writes the page whose toctree lists a page it
writes: here the landing page, ``index``.

A probe records what Sphinx reads (``env-before-read-docs``) and what it writes
(``doctree-resolved``, sent as each page is resolved for writing, in the main
process even when another process writes the page).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from book_testing import soup, warnings_of

AGGREGATES = {"register", "timeline"}
PARENT = {"index"}  # the toctree listing every page: Sphinx writes it with them


@pytest.fixture(params=[0, 2], ids=["serial", "parallel"])
def book(request, copy_root, make_app):
    """A built copy of the tiny book, and a way to rebuild it, noting what is read and written.

    Every test runs twice: serial, and with two processes (-j 2).
    """
    srcdir = copy_root("book")
    first = make_app("html", srcdir=srcdir, parallel=request.param)
    first.build()
    assert warnings_of(first) == []

    def rebuild():
        app = make_app("html", srcdir=srcdir, parallel=request.param)
        app.reread, app.rewritten = [], []
        app.connect("env-before-read-docs", lambda _a, _e, docs: app.reread.extend(docs))
        app.connect("doctree-resolved", lambda _a, _d, docname: app.rewritten.append(docname))
        before = _mtimes(app.outdir)
        app.build()
        # the files agree: parallel writers are other processes
        app.files = {p for p, t in _mtimes(app.outdir).items() if before.get(p) != t}
        assert app.files == set(app.rewritten)
        return app

    return srcdir, rebuild


def _mtimes(outdir: Path) -> dict[str, int]:
    pages = {p.stem: p.stat().st_mtime_ns for p in outdir.glob("*.html")}
    return {name: t for name, t in pages.items() if name not in ("genindex", "search")}


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    if path.suffix == ".py":
        # a later mtime, so Python's bytecode cache (to the second) cannot miss the edit;
        # a page keeps its own, or Sphinx would find it newer than its next reading too
        stat = path.stat()
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))


def timeline_dates(app) -> list[str]:
    """The date of each entry of the timeline, as shown."""
    rows = soup(app, "timeline.html").select("tr.fact-event")
    return [row.select_one(".fact-value").get_text() for row in rows]


def missing_events(app) -> list[str]:
    """The keys the timeline warns are in no entry; fails on any other warning."""
    found = []
    for warning in warnings_of(app):
        match = re.search(r"the dated fact '([\w.]+)' .* is in no entry", warning)
        assert match, warning
        found.append(match[1])
    return found


def test_nothing_changed_reads_and_writes_nothing(book):
    _srcdir, rebuild = book
    app = rebuild()
    assert app.reread == [] and app.rewritten == []


def test_fact_edit_rewrites_exactly_the_citing_pages(book):
    srcdir, rebuild = book
    edit(srcdir / "book_facts.py", 'Season("fall", 2003)', 'Season("spring", 2004)')
    for path in (srcdir / "book_facts.py", srcdir / "seed.txt"):  # value and words alike
        edit(path, "in the fall of 2003", "in the spring of 2004")
    app = rebuild()
    assert app.reread == []
    assert set(app.rewritten) == {"culture"} | AGGREGATES | PARENT
    assert warnings_of(app) == []
    culture = soup(app, "culture.html").select_one('[data-fact="culture.clarkson_visit"]')
    assert culture.select_one(".fact-value").get_text() == "the spring of 2004"
    entry = soup(app, "register.html").select_one("#fact-culture\\.clarkson_visit")
    assert "spring 2004" in entry.get_text() and "fall 2003" not in entry.get_text()
    assert timeline_dates(app) == ["12 June 1942", "Spring 2004", "2017", "December 2020"]
    # and the next build has nothing left to do
    again = rebuild()
    assert again.reread == [] and again.rewritten == []


def test_fact_cited_on_several_pages(book):
    srcdir, rebuild = book
    edit(srcdir / "book_facts.py", "Day(1942, 6, 12)", "Day(1942, 6, 13)")
    for path in (srcdir / "book_facts.py", srcdir / "seed.txt"):
        edit(path, "June 12, 1942", "June 13, 1942")
    app = rebuild()
    # cited in prose (history) and by the infobox (index)
    assert app.reread == []
    assert set(app.rewritten) == {"history", "index"} | AGGREGATES
    assert soup(app, "index.html").select_one(
        '.fact-infobox [data-fact="relations.established"] .fact-value'
    ).get_text() == ("13 June 1942")
    assert "13 June 1942" in soup(app, "history.html").get_text()


def test_chart_fact_edit_redraws_the_chart(book):
    srcdir, rebuild = book
    old = soup(rebuild(), "opinion.html").select_one("img.fact-chart")["src"]
    edit(srcdir / "book_facts.py", "Percentage(62)", "Percentage(64)")
    for path in (srcdir / "book_facts.py", srcdir / "seed.txt"):
        edit(path, "62% of Canadians", "64% of Canadians")
    app = rebuild()
    assert app.reread == []
    assert set(app.rewritten) == {"opinion"} | AGGREGATES | PARENT
    image = soup(app, "opinion.html").select_one("img.fact-chart")
    assert image["src"] != old and "Unfavourable 64%" in image["alt"]
    assert (app.outdir / image["src"]).is_file()


def test_evidence_edit_rewrites_citing_pages(book):
    srcdir, rebuild = book
    edit(
        srcdir / "book_facts.py",
        'evidence="a budget of up to $25 billion"',
        'evidence="had a budget of up to $25 billion"',
    )
    edit(srcdir / "seed.txt", "A programme had a budget", "A programme that had a budget")
    app = rebuild()
    assert app.reread == []
    assert set(app.rewritten) == {"history"} | AGGREGATES | PARENT
    tip = soup(app, "history.html").select_one('[data-fact="security.budget"] .fact-tip')
    assert "had a budget of up to $25 billion" in tip.get_text()


def test_seed_edit_moving_a_line_rewrites_its_citing_pages(book):
    srcdir, rebuild = book
    # a new line above the 2020 figure moves only that evidence (and the visit, and markup)
    edit(srcdir / "seed.txt", "As of December 2020", "A new line.\nAs of December 2020")
    app = rebuild()
    assert app.reread == []
    assert set(app.rewritten) == {"opinion", "culture"} | AGGREGATES | PARENT
    tip = soup(app, "opinion.html").select_one('[data-fact="opinion.unfavourable_2020"] .fact-tip')
    assert "(seed.txt, line 12)" in tip.get_text()


def test_removed_fact_rewrites_its_pages_and_warns(book):
    srcdir, rebuild = book
    edit(srcdir / "book_facts.py", '    Fact("security.budget"', '    Fact("security.budget_total"')
    app = rebuild()
    assert app.reread == []
    assert set(app.rewritten) == {"history"} | AGGREGATES | PARENT
    warned = warnings_of(app)
    assert any(
        "history.md:7: WARNING: unknown fact key 'security.budget'; did you mean "
        "'security.budget_total'?" in w
        for w in warned
    ), warned
    assert soup(app, "history.html").select_one(".problematic").get_text() == (
        ":fact:`security.budget`"
    )


def test_prose_edit_rereads_its_page_and_rewrites_the_register(book):
    srcdir, rebuild = book
    edit(srcdir / "plain.md", "and no facts,", "and one fact, {fact}`envoy.russia`,")
    app = rebuild()
    assert app.reread == ["plain"]
    assert set(app.rewritten) == {"plain"} | AGGREGATES | PARENT
    entry = soup(app, "register.html").select_one("#fact-envoy\\.russia")
    assert [a["href"] for a in entry.select("td.fact-col-cited a")][
        -1
    ] == "plain.html#cite-envoy.russia-1"


def test_title_edit_rewrites_the_register(book):
    """Backlinks show the citing page's title."""
    srcdir, rebuild = book
    edit(srcdir / "culture.md", "# Culture", "# Cultural relations")
    app = rebuild()
    assert app.reread == ["culture"]
    assert set(app.rewritten) == {"culture"} | AGGREGATES | PARENT
    entry = soup(app, "register.html").select_one("#fact-culture\\.clarkson_visit")
    assert [a.get_text() for a in entry.select("td.fact-col-cited a")] == [
        "Cultural relations",
        "Timeline",
    ]


def test_prose_edit_without_citation_changes_leaves_the_register(book):
    srcdir, rebuild = book
    edit(srcdir / "plain.md", "This page has prose", "This page has some prose")
    app = rebuild()
    assert app.reread == ["plain"]
    assert set(app.rewritten) == {"plain"} | PARENT


def test_citation_added_for_a_previously_unknown_key(book):
    """A page citing a key that does not exist yet is written again once it exists."""
    srcdir, rebuild = book
    edit(srcdir / "plain.md", "and no facts,", "and {fact}`trade.embargo`,")
    assert "unknown fact key 'trade.embargo'" in "".join(warnings_of(rebuild()))
    edit(
        srcdir / "book_facts.py",
        "FACTS = [",
        'FACTS = [\n    Fact("trade.embargo", '
        '"Embargo", Year(2003), evidence="in the fall of 2003"),',
    )
    app = rebuild()
    assert app.reread == []
    assert set(app.rewritten) == {"plain"} | AGGREGATES | PARENT
    # the new fact is dated: the timeline, written again, says it is in no entry
    assert missing_events(app) == ["trade.embargo"]
    assert (
        soup(app, "plain.html")
        .select_one('[data-fact="trade.embargo"]')
        .get_text()
        .startswith("2003")
    )


def test_register_moved_rewrites_every_citing_page(book):
    """Every citation links to the register: when it moves, all their links do."""
    srcdir, rebuild = book
    (srcdir / "register.md").write_text("# Register\n\nMoved away.\n", encoding="utf-8")
    edit(srcdir / "timeline.md", "# Timeline\n", "# Timeline\n\n```{fact-register}\n```\n")
    app = rebuild()
    assert sorted(app.reread) == ["register", "timeline"]
    assert set(app.rewritten) == {"history", "culture", "opinion", "register", "timeline", "index"}
    link = soup(app, "history.html").select_one('[data-fact="envoy.russia"] .fact-value')
    assert link["href"] == "timeline.html#fact-envoy.russia"


def _add_subject(srcdir: Path) -> None:
    """A second module of facts, ``more_facts``: one fact, cited on the plain page."""
    (srcdir / "more_facts.py").write_text(
        "from canru_facts.model import Fact, Year\n\n"
        'FACTS = [Fact("trade.embargo", "Embargo", Year(2003), evidence="in the fall of 2003")]\n',
        encoding="utf-8",
    )
    edit(
        srcdir / "book_facts.py",
        "FACTS = [",
        "from more_facts import FACTS as MORE\n\nFACTS = [*MORE,",
    )
    edit(srcdir / "plain.md", "and no facts,", "and {fact}`trade.embargo`,")


def test_a_new_subject_rereads_the_register(book):
    """The register's sections, one per module of facts, are in the table of contents."""
    srcdir, rebuild = book
    _add_subject(srcdir)
    app = rebuild()
    assert sorted(app.reread) == ["plain", "register"]
    titles = [h.get_text() for h in soup(app, "register.html").select("section section h2")]
    assert [t.rstrip("¶") for t in titles] == ["More facts", "Book facts"]
    assert missing_events(app) == ["trade.embargo"]
    # a fact moved to the other subject: the same sections, so nothing is read again
    visit = (
        '    Fact("culture.clarkson_visit", "Governor General Clarkson\'s state visit",\n'
        '         Season("fall", 2003), evidence="state visit to Russia in the fall of 2003"),\n'
    )
    edit(srcdir / "book_facts.py", visit, "")
    more = (srcdir / "more_facts.py").read_text(encoding="utf-8")
    more = more.replace("Fact, Year", "Fact, Season, Year").replace(
        "FACTS = [", "FACTS = [\n" + visit
    )
    (srcdir / "more_facts.py").write_text(more, encoding="utf-8")
    app = rebuild()
    assert app.reread == []
    assert set(app.rewritten) == {"culture"} | AGGREGATES | PARENT
    row = soup(app, "register.html").select_one("tr#fact-culture\\.clarkson_visit")
    section = row.find_parent("section")
    assert section.select_one("h2").get_text().rstrip("¶") == "More facts"


def test_reordered_registry_rewrites_the_register_and_the_timeline(book):
    """The register follows the registry's order; the timeline too, for facts of one date."""
    srcdir, rebuild = book
    edit(srcdir / "book_facts.py", "FACTS = [", "IN_ORDER = [")
    with (srcdir / "book_facts.py").open("a", encoding="utf-8") as out:
        out.write("\nFACTS = [IN_ORDER[1], IN_ORDER[0], *IN_ORDER[2:]]\n")
    app = rebuild()
    assert app.reread == []
    assert set(app.rewritten) == AGGREGATES | PARENT
    keys = [e["data-fact"] for e in soup(app, "register.html").select("tr.fact-entry")]
    assert keys[:2] == ["mission.russia", "mission.canada"]


def _split_register(srcdir: Path) -> None:
    """A second subject, ``more_facts``, with a register page of its own."""
    _add_subject(srcdir)
    timeline, register = "```{fact-timeline}\n", "```{fact-register}\n"
    edit(srcdir / "timeline.md", timeline, timeline + ":not-events: trade.embargo\n")
    edit(srcdir / "register.md", register, register + ":subjects: book_facts\n")
    (srcdir / "register-more.md").write_text(
        "# More facts\n\n```{fact-register}\n:subjects: more_facts\n```\n", encoding="utf-8"
    )
    edit(srcdir / "index.md", "register\ntimeline", "register\nregister-more\ntimeline")


def test_a_register_per_subject(book):
    """A fact edit writes again the register page holding its subject, not the others."""
    srcdir, rebuild = book
    _split_register(srcdir)
    app = rebuild()
    assert warnings_of(app) == []
    more = soup(app, "register-more.html")
    assert [r["data-fact"] for r in more.select("tr.fact-entry")] == ["trade.embargo"]
    assert not more.select("section section")  # one subject: no sections
    main = soup(app, "register.html")
    assert "trade.embargo" not in {r["data-fact"] for r in main.select("tr.fact-entry")}
    link = soup(app, "plain.html").select_one('[data-fact="trade.embargo"] .fact-value')
    assert link["href"] == "register-more.html#fact-trade.embargo"
    edit(srcdir / "more_facts.py", "Year(2003)", "Year(2004)")
    edit(srcdir / "more_facts.py", "in the fall of 2003", "in the fall of 2004")
    edit(srcdir / "seed.txt", "in the fall of 2003", "in the fall of 2003 and in the fall of 2004")
    app = rebuild()
    assert app.reread == []
    assert set(app.rewritten) == {"plain", "register-more", "timeline"} | PARENT
    assert warnings_of(app) == []
    # the subject's entries move to the first register: every citing page links there
    edit(srcdir / "register.md", ":subjects: book_facts\n", "")
    app = rebuild()
    assert sorted(app.reread) == ["register"]
    assert [w.split("WARNING: ", 1)[1] for w in warnings_of(app)] == [
        "the facts of 'more_facts' are in more than one fact-register (also in "
        "register-more); the role links to this one [fact.register]"
    ]
    assert warnings_of(app)[0].split(": WARNING")[0].endswith("register.md:3")
    link = soup(app, "plain.html").select_one('[data-fact="trade.embargo"] .fact-value')
    assert link["href"] == "register.html#fact-trade.embargo"
