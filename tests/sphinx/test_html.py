"""The HTML book: the role's markup, the register, the timeline, infobox and chart."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from book_testing import replace_in, soup, warnings_of

PAGES = ["index", "history", "culture", "opinion", "plain", "register", "timeline"]


@pytest.fixture
def html(build):
    return build("html")


def test_builds_without_warnings(html):
    assert warnings_of(html) == []


def test_role_markup(html):
    page = soup(html, "history.html")
    fact = page.select_one('span.fact[data-fact="relations.established"]')
    assert fact["id"] == "cite-relations.established-1"
    link = fact.select_one("a.fact-value")
    assert link.get_text() == "12 June 1942"
    assert link["href"] == "register.html#fact-relations.established"
    tip = fact.select_one("span.fact-tip")
    assert tip["role"] == "tooltip"
    assert link["aria-describedby"] == tip["id"]  # announced on keyboard focus
    assert tip.select_one(".fact-tip-label").get_text() == "Diplomatic relations established"
    assert tip.select_one("q.fact-tip-evidence").get_text() == (
        "Relations between the two countries were established on June 12, 1942"
    )
    assert tip.select_one(".fact-tip-seed").get_text() == "(seed.txt, line 8)"


def test_a_page_holds_each_facts_tooltip_once(html):
    """Later citations of a fact name the tooltip of its first citation on the page."""
    page = soup(html, "history.html")
    first, second = page.select('p span.fact[data-fact="relations.established"]')
    tip = first.select_one("span.fact-tip")
    assert second.select_one(".fact-tip") is None
    assert second.select_one("a.fact-value")["aria-describedby"] == tip["id"]
    tips = [t["id"] for t in page.select(".fact-tip")]
    assert (
        len(tips)
        == len(set(tips))
        == len(
            {f["data-fact"] for f in page.select("span.fact:has(.fact-value[aria-describedby])")}
        )
    )


def test_variants_in_prose(html):
    values = {
        f["id"]: f.select_one(".fact-value").get_text()
        for f in soup(html, "history.html").select("p span.fact")
    }
    assert values["cite-relations.established-2"] == "1942"
    assert values["cite-envoy.canada-1"] == "Sarah Taylor, Ambassador of Canada to Russia"
    assert values["cite-security.budget-1"] == "up to $25 billion"
    culture = soup(html, "culture.html").select_one('[data-fact="culture.clarkson_visit"]')
    assert culture.select_one(".fact-value").get_text() == "the fall of 2003"


def test_role_html_snapshot(html, file_regression):
    paragraph = soup(html, "history.html").select("section p")[0]
    file_regression.check(paragraph.prettify(), extension=".html")


def test_register_entry_snapshot(html, file_regression):
    entry = soup(html, "register.html").select_one("#fact-relations\\.established")
    file_regression.check(entry.prettify(), extension=".html")


def test_evidence_and_labels_are_escaped(html):
    raw = (html.outdir / "culture.html").read_text(encoding="utf-8")
    assert "<script>alert" not in raw and "<b>markup" not in raw and "<i>&" not in raw
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;" in raw
    tip = soup(html, "culture.html").select_one('[data-fact="test.markup"] .fact-tip')
    # the label is set like the prose (curly quotes); the evidence stays verbatim
    assert tip.select_one(".fact-tip-label").get_text() == "A label with <b>markup</b> & “quotes”"
    register = (html.outdir / "register.html").read_text(encoding="utf-8")
    assert "<script>alert" not in register
    entry = soup(html, "register.html").select_one("#fact-test\\.markup")
    # the evidence, on demand, is verbatim (no smart quotes) between the book's quotes
    details = entry.select_one("details.fact-details")
    assert details.summary.extract().get_text() == "Evidence"
    assert details.get_text() == (
        '“A quote with markup: <script>alert("x")</script> & \'single\' "double", '
        "by Théâtre <i>&</i> 'Co'”"
    )


def test_every_link_lands_on_an_anchor(html):
    """Backlinks, timeline links and role links all point at ids that exist."""
    ids = {page: {tag["id"] for tag in soup(html, f"{page}.html").select("[id]")} for page in PAGES}
    checked = 0
    for page in PAGES:
        for link in soup(html, f"{page}.html").select("a[href]"):
            match = re.fullmatch(r"(?:(\w+)\.html)?#(.+)", link["href"])
            if match and (match[1] or page) in ids:
                assert match[2] in ids[match[1] or page], (page, link["href"])
                checked += 1
    assert checked > 40


def test_ids_are_unique_on_every_page(html):
    for page in PAGES:
        counts = Counter(tag["id"] for tag in soup(html, f"{page}.html").select("[id]"))
        assert [i for i, n in counts.items() if n > 1] == [], page


def test_fact_in_a_heading_is_plain_and_toc_copies_carry_no_id(html):
    heading = soup(html, "history.html").select_one("section section h2")
    fact = heading.select_one(".fact")
    assert fact.get_text() == "1942" and fact.select_one("a, .fact-tip") is None
    toc_copies = soup(html, "index.html").select(".toctree-wrapper .fact")
    assert toc_copies and all(not f.has_attr("id") for f in toc_copies)
    # a copy is made as the page is read, without the value: the writer writes it in
    assert [f.get_text() for f in toc_copies] == ["1942"]


def test_register_backlinks(html):
    entry = soup(html, "register.html").select_one("#fact-relations\\.established")
    links = [(a.get_text(), a["href"]) for a in entry.select("td.fact-col-cited a")]
    assert links == [
        ("A tiny book", "index.html#cite-relations.established-1"),
        ("History", "history.html#cite-relations.established-1"),
        ("2", "history.html#cite-relations.established-2"),
        ("3", "history.html#cite-relations.established-3"),
        ("Timeline", "timeline.html#cite-relations.established-1"),
    ]


def test_register_lists_every_fact_in_registry_order(html):
    keys = [e["data-fact"] for e in soup(html, "register.html").select("tr.fact-entry")]
    assert keys[:5] == [
        "mission.canada",
        "mission.russia",
        "envoy.canada",
        "envoy.russia",
        "relations.established",
    ]
    assert len(keys) == 14


def test_register_is_a_table_of_label_value_kind_line_and_backlinks(html):
    page = soup(html, "register.html")
    table = page.select_one("table.fact-register-table")
    heads = [th.get_text() for th in table.select("thead th")]
    assert heads == ["Fact", "Value", "Kind", "Seed line", "Cited in"]
    row = table.select_one("tr#fact-relations\\.established")
    assert row["data-fact"] == "relations.established"
    label = row.select_one("th.fact-col-fact")  # the label heads its row, the key is small
    assert label.contents[0].strip() == "Diplomatic relations established"
    assert label.select_one("code.fact-key").get_text() == "relations.established"
    cells = {c["class"][-1]: c.get_text() for c in row.select("td")}
    assert cells == {
        "fact-col-value": "12 June 1942",
        "fact-col-kind": "date (day)",
        "fact-col-line": "8",
        "fact-col-cited": "A tiny book; History, 2, 3; Timeline",
    }


# The test book's line of relations.established, which tests extend with further arguments.
ESTABLISHED = 'evidence="Relations between the two countries were established on June 12, 1942"),'


def test_register_keeps_further_mentions_and_notes_on_demand(build, copy_root):
    srcdir = copy_root("book")
    replace_in(
        srcdir / "book_facts.py",
        ESTABLISHED,
        ESTABLISHED[:-2] + ',\n         also={"again": "established on June 12, 1942"}, '
        'note="A <b>note</b>."),',
    )
    app = build("html", srcdir=srcdir)
    assert warnings_of(app) == []
    row = soup(app, "register.html").select_one("tr#fact-relations\\.established")
    more = [span.get_text() for span in row.select("details.fact-details > .fact-more")]
    assert more == [
        "Also stated (@again): “established on June 12, 1942” (line 8)",
        "Note: A <b>note</b>.",
    ]


def test_a_notes_quotation_marks_are_the_prose_s(build, copy_root):
    """A note is the editor's words: set as the prose is, with typographic quotes."""
    srcdir = copy_root("book")
    replace_in(
        srcdir / "book_facts.py",
        ESTABLISHED,
        ESTABLISHED[:-2] + ',\n         note="From the source\'s \\"summary box\\"."),',
    )
    app = build("html", srcdir=srcdir)
    assert warnings_of(app) == []
    row = soup(app, "register.html").select_one("tr#fact-relations\\.established")
    more = [span.get_text() for span in row.select("details.fact-details > .fact-more")]
    assert more == ["Note: From the source\u2019s \u201csummary box\u201d."]


def _timeline_rows(app) -> list:
    rows = soup(app, "timeline.html").select("tr.fact-event")
    for tip in [t for row in rows for t in row.select(".fact-tip")]:
        tip.decompose()  # the tooltips' words are not the row's
    return rows


def test_timeline(html):
    rows = _timeline_rows(html)
    # ordered by the dates' values, not as written; a date opens its row, capitalised
    dates = [row.select_one("th").get_text() for row in rows]
    assert dates == ["12 June 1942", "Fall 2003", "2017", "December 2020"]
    events = [row.select_one("td").get_text() for row in rows]
    assert events[1] == "A state visit to Russia; the Teatre Moskva\u00a0[sic] tours Canada"
    # every date is a fact mark: a citation of the entry's date, with its tooltip
    for row, key in zip(
        soup(html, "timeline.html").select("tr.fact-event"),
        [
            "relations.established",
            "culture.clarkson_visit",
            "opinion.pew_survey_year",
            "opinion.survey_2020",
        ],
        strict=True,
    ):
        mark = row.select_one("th .fact")
        assert mark["data-fact"] == key
        assert mark.select_one("a.fact-value")["href"] == f"register.html#fact-{key}"
        assert mark.select_one("a.fact-value")["aria-describedby"]


def test_infobox(html):
    rows = soup(html, "index.html").select("table.fact-infobox tr")
    cells = [[td.get_text(" ", strip=True) for td in row.select("td")] for row in rows]
    assert [c[0] for c in cells] == [
        "Canada’s mission in Russia",
        "Russia’s mission in Canada",
        "Ambassador of Canada to Russia",
        "Ambassador of Russia to Canada",
        "Diplomatic relations established",
    ]
    values = [row.select_one(".fact-value").get_text() for row in rows]
    assert values == [
        "Canadian Embassy, Moscow",
        "Russian Embassy, Ottawa",
        "Sarah Taylor",
        "Oleg Stepanov",
        "12 June 1942",
    ]


def test_chart(html):
    figure = soup(html, "opinion.html").select_one("figure.fact-chart-figure")
    image = figure.select_one("img.fact-chart")
    assert image["alt"] == (
        "Bar chart of Canadian opinion of Russia. 2017: Favourable 27%, "
        "Unfavourable 59%. December 2020: Unfavourable 62%."
    )
    # the chart's own citations: anchors naming their facts, for the register's backlinks
    anchors = [(a["id"], a["data-fact"]) for a in figure.select("span[id][data-fact]:not(.fact)")]
    assert anchors == [
        ("cite-opinion.pew_survey_year-1", "opinion.pew_survey_year"),
        ("cite-opinion.survey_2020-1", "opinion.survey_2020"),
        ("cite-opinion.favourable_2017-1", "opinion.favourable_2017"),
        ("cite-opinion.unfavourable_2017-1", "opinion.unfavourable_2017"),
        ("cite-opinion.unfavourable_2020-1", "opinion.unfavourable_2020"),
    ]
    svg = (html.outdir / image["src"]).read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert "<!DOCTYPE" not in svg and "<metadata>" not in svg
    # the caption is the directive's prose: it cites the facts like any paragraph
    cited = [f["data-fact"] for f in figure.select("figcaption .fact")]
    assert cited == [
        "opinion.favourable_2017",
        "opinion.unfavourable_2017",
        "opinion.pew_survey_year",
        "opinion.unfavourable_2020",
        "opinion.survey_2020",
    ]


def test_chart_is_deterministic(build, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    first = build("html")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    second = build("html")
    [a] = (first.outdir / "_images").glob("fact-chart-*.svg")
    [b] = (second.outdir / "_images").glob("fact-chart-*.svg")
    assert a.name == b.name and a.read_bytes() == b.read_bytes()


def test_static_files_are_local(html):
    head = soup(html, "history.html").head
    assert head.select_one('link[href^="_static/canru-facts.css"]')
    assert head.select_one('script[src^="_static/canru-facts.js"]')
    css = (html.outdir / "_static" / "canru-facts.css").read_text(encoding="utf-8")
    assert 'html[data-theme="dark"]' in css and ":focus-within" in css
    assert "http" not in css


def test_register_and_timeline_words_are_searchable(html):
    """Built at write time, as nodes: Sphinx indexes them like any page."""
    text = (html.outdir / "searchindex.js").read_text(encoding="utf-8")
    index = json.loads(text[text.index("(") + 1 : text.rindex(")")])
    docs = {name: n for n, name in enumerate(index["docnames"])}

    def pages(word: str) -> set[int]:
        found = index["terms"].get(word, [])
        return {found} if isinstance(found, int) else set(found)

    # evidence and labels, in the register; the timeline's headlines
    assert docs["register"] in pages("envoytitle1")
    assert docs["register"] in pages("clarkson")
    assert docs["timeline"] in pages("tour")
    # not the backlinks: the register does not match the titles of the pages citing facts
    assert docs["register"] not in pages("tini")  # "A tiny book", stemmed


def test_the_sources_odd_words_are_marked_sic_wherever_the_value_is_shown(html):
    """A node, not text glued to the value: [<em>sic</em>] after it, in prose and register."""
    fact = soup(html, "culture.html").select_one('[data-fact="culture.troupe"] .fact-value')
    assert fact.get_text() == "Teatre Moskva\u00a0[sic]"
    assert fact.select_one(".fact-sic em").get_text() == "sic"
    entry = soup(html, "register.html").select_one("#fact-culture\\.troupe")
    value = entry.select_one("td.fact-col-value")
    assert value.get_text() == "Teatre Moskva\u00a0[sic]" and value.select_one(".fact-sic em")
    # the tooltip's evidence quotes the source as it is, unmarked
    tip = soup(html, "culture.html").select_one('[data-fact="culture.troupe"] .fact-tip-evidence')
    assert tip.get_text() == "the Teatre Moskva toured Canada"


def test_the_engine_writes_its_words_in_the_books_language(build):
    """The engine's catalogue (canru_facts.po) is Sphinx's for the book's language."""
    app = build("html", confoverrides={"language": "fr"})
    assert warnings_of(app) == []
    heads = soup(app, "register.html").select("table.fact-register-table thead th")
    assert [th.get_text() for th in heads] == [
        "Fait",
        "Valeur",
        "Nature",
        "Ligne de la source",
        "Cité dans",
    ]
    script = soup(app, "history.html").select_one('script[src^="_static/canru-facts.js"]')
    assert script["data-highlight-label"] == "Surligner les faits"
