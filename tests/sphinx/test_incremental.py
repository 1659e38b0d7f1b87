"""Exact incremental builds.

After a fact edit, the next build re-reads exactly the pages citing that fact
plus the register and the timeline, shows the new value everywhere, and leaves
every other page alone.  After a prose edit, only that page is re-read, and the
register and timeline are written again with its new citations.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from book_testing import soup, warnings_of

AGGREGATES = {"register", "timeline"}


@pytest.fixture(params=[0, 2], ids=["serial", "parallel"])
def book(request, copy_root, make_app):
    """A built copy of the tiny book, and a way to rebuild it, noting what is read.

    Every test runs twice: serial, and with two processes (-j 2).
    """
    srcdir = copy_root("book")
    first = make_app("html", srcdir=srcdir, parallel=request.param)
    first.build()
    assert warnings_of(first) == []

    def rebuild():
        app = make_app("html", srcdir=srcdir, parallel=request.param)
        app.reread: list[str] = []
        app.connect("env-before-read-docs", lambda _a, _e, docs: app.reread.extend(docs))
        before = _mtimes(app.outdir)
        app.build()
        # parallel writers are other processes: look at the files, not at events
        app.written = sorted(p for p, t in _mtimes(app.outdir).items() if before.get(p) != t)
        return app

    return srcdir, rebuild


def _mtimes(outdir: Path) -> dict[str, int]:
    return {p.stem: p.stat().st_mtime_ns for p in outdir.glob("*.html")}


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    # a later mtime, so neither Sphinx nor Python's bytecode cache can miss the edit
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))


def test_nothing_changed_reads_nothing(book):
    _srcdir, rebuild = book
    app = rebuild()
    assert app.reread == []


def test_fact_edit_rereads_exactly_the_citing_pages(book):
    srcdir, rebuild = book
    edit(srcdir / "book_facts.py", 'Season("fall", 2003)', 'Season("spring", 2004)')
    app = rebuild()
    assert set(app.reread) == {"culture"} | AGGREGATES
    assert warnings_of(app) == []
    culture = soup(app, "culture.html").select_one('[data-fact="culture.clarkson_visit"]')
    assert culture.select_one(".fact-value").get_text() == "the spring of 2004"
    entry = soup(app, "register.html").select_one("#fact-culture\\.clarkson_visit")
    assert "spring 2004" in entry.get_text() and "fall 2003" not in entry.get_text()
    dates = [d.get_text() for d in soup(app, "timeline.html").select(".fact-timeline-date")]
    assert dates == ["12 June 1942", "Spring 2004", "2017", "December 2020"]
    # pages that do not cite the fact were neither read nor written again
    assert not {"history", "plain", "opinion"} & set(app.written)
    # and the next build has nothing left to do
    assert rebuild().reread == []


def test_fact_cited_on_several_pages(book):
    srcdir, rebuild = book
    edit(srcdir / "book_facts.py", "Day(1942, 6, 12)", "Day(1942, 6, 13)")
    app = rebuild()
    # cited in prose (history) and by the infobox (index)
    assert set(app.reread) == {"history", "index"} | AGGREGATES
    assert soup(app, "index.html").select_one(
        '.fact-infobox [data-fact="relations.established"] .fact-value'
    ).get_text() == ("13 June 1942")
    assert "13 June 1942" in soup(app, "history.html").get_text()


def test_chart_fact_edit_redraws_the_chart(book):
    srcdir, rebuild = book
    old = soup(rebuild(), "opinion.html").select_one("img.fact-chart")["src"]
    edit(srcdir / "book_facts.py", "Percentage(62)", "Percentage(64)")
    app = rebuild()
    assert set(app.reread) == {"opinion"} | AGGREGATES
    image = soup(app, "opinion.html").select_one("img.fact-chart")
    assert image["src"] != old and "64% unfavourable" in image["alt"]
    assert (app.outdir / image["src"]).is_file()


def test_evidence_edit_rereads_citing_pages(book):
    srcdir, rebuild = book
    edit(
        srcdir / "book_facts.py",
        'evidence="a budget of up to $25 billion"',
        'evidence="had a budget of up to $25 billion"',
    )
    app = rebuild()
    assert set(app.reread) == {"history"} | AGGREGATES
    tip = soup(app, "history.html").select_one('[data-fact="security.budget"] .fact-tip')
    assert "had a budget of up to $25 billion" in tip.get_text()


def test_seed_edit_moving_a_line_rereads_its_citing_pages(book):
    srcdir, rebuild = book
    # a new line above the 2020 figure moves only that evidence (and the visit, and markup)
    edit(srcdir / "seed.txt", "As of December 2020", "A new line.\nAs of December 2020")
    app = rebuild()
    assert set(app.reread) == {"opinion", "culture"} | AGGREGATES
    tip = soup(app, "opinion.html").select_one('[data-fact="opinion.unfavourable_2020"] .fact-tip')
    assert "(seed.txt, line 12)" in tip.get_text()


def test_removed_fact_rereads_its_pages_and_warns(book):
    srcdir, rebuild = book
    edit(srcdir / "book_facts.py", '    Fact("security.budget"', '    Fact("security.budget_total"')
    app = rebuild()
    assert set(app.reread) == {"history"} | AGGREGATES
    warned = warnings_of(app)
    assert any(
        "history.md:7: WARNING: unknown fact key 'security.budget'; did you mean "
        "'security.budget_total'?" in w
        for w in warned
    ), warned


def test_prose_edit_rewrites_but_does_not_reread_the_register(book):
    srcdir, rebuild = book
    edit(srcdir / "plain.md", "and no facts,", "and one fact, {fact}`envoy.russia`,")
    app = rebuild()
    assert app.reread == ["plain"]
    assert {"plain", "register", "timeline"} <= set(app.written)
    entry = soup(app, "register.html").select_one("#fact-envoy\\.russia")
    assert [a["href"] for a in entry.select("dd a")][-1] == "plain.html#cite-envoy.russia-1"


def test_title_edit_rewrites_the_register(book):
    """Backlinks show the citing page's title."""
    srcdir, rebuild = book
    edit(srcdir / "culture.md", "# Culture", "# Cultural relations")
    app = rebuild()
    assert app.reread == ["culture"]
    entry = soup(app, "register.html").select_one("#fact-culture\\.clarkson_visit")
    assert [a.get_text() for a in entry.select("dd a")] == ["Cultural relations"]


def test_prose_edit_without_citation_changes_leaves_the_register(book):
    srcdir, rebuild = book
    edit(srcdir / "plain.md", "This page has prose", "This page has some prose")
    app = rebuild()
    assert app.reread == ["plain"]
    assert "register" not in app.written and "timeline" not in app.written


def test_citation_added_for_a_previously_unknown_key(book):
    """A page citing a key that does not exist yet is read again once it exists."""
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
    assert set(app.reread) == {"plain"} | AGGREGATES
    assert warnings_of(app) == []
    assert (
        soup(app, "plain.html")
        .select_one('[data-fact="trade.embargo"]')
        .get_text()
        .startswith("2003")
    )
