"""LaTeX, EPUB and plain text: the plain value, and no HTML leaking anywhere."""

from __future__ import annotations

import re

from book_testing import soup, warnings_of


def test_latex_has_plain_values_and_anchors(build):
    app = build("latex")
    assert warnings_of(app) == []
    tex = (app.outdir / "tinybook.tex").read_text(encoding="utf-8")
    assert (
        "Relations were established on \\phantomsection\\label{\\detokenize{"
        "history:cite-relations.established-1}}12 June 1942" in tex
    )
    assert "up to \\$25 billion" in tex
    for leaked in ("<span", "data-fact", "fact-tip", "aria-", "&lt;", "<script"):
        assert leaked not in tex
    # escaped for TeX, not for HTML
    assert "Théâtre \\textless{}i\\textgreater{}\\&\\textless{}/i\\textgreater{}" in tex
    # the register: a longtable in small type, a row per fact, "label: value key",
    # the evidence and its line, and the pages citing it (each page's first citation)
    assert "\\begingroup\\fontsize{7}{8}\\selectfont" in tex and "\\begin{longtable}" in tex
    assert (
        "\\label{\\detokenize{register:fact-relations.established}}"
        in tex.split("Diplomatic relations established: ")[0]
    )
    assert (
        "Diplomatic relations established: \\sphinxstylestrong{12 June 1942} "
        "{\\fontsize{6}{8}\\selectfont\\sphinxcode{\\sphinxupquote{relations.\\allowbreak{}"
        "established}}}" in tex
    )
    assert "“Relations between the two countries were established on June 12, 1942” (line 8)" in tex
    pages = "\\hyperref[\\detokenize{history:cite-relations.established-1}]{\\pageref*{"
    assert pages in tex
    # a key breaks after its dots and underscores only
    assert "opinion.\\allowbreak{}pew\\_\\allowbreak{}survey\\_\\allowbreak{}year" in tex
    assert "register entry" not in tex
    assert "Teatre Moskva\\DUrole{fact-sic}{\u00a0{[}\\sphinxstyleemphasis{sic}{]}}" in tex
    # a heading's citation is plain text, no label inside a section title: its
    # anchor, which the register's backlinks name, is the section's
    assert (
        "\\section{Since 1942}\n\\label{\\detokenize{history:since}}"
        "\\label{\\detokenize{history:cite-relations.established-3}}" in tex
    )
    [chart] = re.findall(r"\\sphinxincludegraphics\[\]\{(fact-chart-\w+\.pdf)\}", tex)
    assert (app.outdir / chart).read_bytes().startswith(b"%PDF")


def test_epub_has_plain_links_and_no_tooltips(build):
    app = build("epub")
    assert warnings_of(app) == []
    page = soup(app, "history.xhtml")
    fact = page.select_one('a.fact[data-fact="relations.established"]')
    assert fact.get_text() == "12 June 1942"
    assert fact["href"] == "register.xhtml#fact-relations.established"
    assert page.select(".fact-tip") == [] and page.select("[aria-describedby]") == []
    assert not page.select('script[src*="canru-facts"]')
    [image] = soup(app, "opinion.xhtml").select("img.fact-chart")
    assert image["src"].endswith(".png") and (app.outdir / image["src"]).is_file()
    opf = (app.outdir / "content.opf").read_text(encoding="utf-8")
    assert image["src"] in opf and "canru-facts.css" in opf and "canru-facts.js" not in opf


def test_text_has_plain_values(build):
    app = build("text")
    assert warnings_of(app) == []
    history = (app.outdir / "history.txt").read_text(encoding="utf-8")
    assert "Relations were established on 12 June 1942, in 1942. Sarah Taylor," in history
    opinion = " ".join((app.outdir / "opinion.txt").read_text(encoding="utf-8").split())
    assert (
        "[Bar chart of Canadian opinion of Russia. 2017: Favourable 27%, Unfavourable 59%. "
        "December 2020: Unfavourable 62%.]" in opinion
    )
    timeline = (app.outdir / "timeline.txt").read_text(encoding="utf-8")
    assert "| 12 June 1942 | Canada and the Soviet Union establish diplomatic relations |" in (
        " ".join(timeline.split())
    )
    culture = (app.outdir / "culture.txt").read_text(encoding="utf-8")
    assert "Teatre Moskva [*sic*] toured" in " ".join(culture.split())
    register = " ".join((app.outdir / "register.txt").read_text(encoding="utf-8").split())
    assert "| Fact | Value | Kind | Evidence | Cited in |" in register
    assert "| “Mission1: Canadian Embassy, Moscow” (line 3) |" in register


def test_a_citation_in_a_table_title_is_anchored_at_the_table_in_print(build, copy_root):
    """LaTeX writes no label in a heading or a caption: the table takes the anchor."""
    srcdir = copy_root("book")
    with (srcdir / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write('\nmyst_enable_extensions = ["colon_fence"]\n')
    index = srcdir / "index.md"
    text = index.read_text(encoding="utf-8")
    text = text.replace(
        "```{fact-infobox} At a glance",
        ":::{fact-infobox} Since {fact}`relations.established:year`",
    )
    text = text.replace("relations.established\n```", "relations.established\n:::")
    index.write_text(text, encoding="utf-8")
    app = build("latex", srcdir=srcdir)
    assert warnings_of(app) == []
    tex = (app.outdir / "tinybook.tex").read_text(encoding="utf-8")
    caption = tex[tex.index("\\sphinxcaption{Since 1942}") :].splitlines()[0]
    assert caption.endswith("\\label{\\detokenize{index:cite-relations.established-1}}")


def test_a_heading_citation_with_nothing_to_anchor_it_is_reported():
    from docutils import nodes

    from canru_facts.sphinx.nodes import Reference, make_ref
    from canru_facts.sphinx.writers import anchor_outside_heading

    citation = make_ref(Reference("relations.established"), "text")
    citation["ids"] = ["cite-relations.established-1"]
    section = nodes.section("", nodes.title("", "", citation))
    assert anchor_outside_heading(citation)
    assert section["ids"] == ["cite-relations.established-1"] and citation["ids"] == []
    lone = make_ref(Reference("relations.established"), "text")
    lone["ids"] = ["cite-relations.established-2"]
    nodes.topic("", nodes.title("", "", lone))
    assert not anchor_outside_heading(lone) and lone["ids"] == ["cite-relations.established-2"]


def test_a_book_names_a_page_in_backlinks_per_builder(build, copy_root):
    """A printed book may lay its landing page out under another heading."""
    srcdir = copy_root("book")
    with (srcdir / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write('\ncanru_facts_page_titles = {"text": {"index": "Introduction"}}\n')
    text = build("text", srcdir=srcdir)
    register = (text.outdir / "register.txt").read_text(encoding="utf-8")
    row = next(line for line in register.splitlines() if "mission.canada" in line)
    assert row.split("|")[-2].strip() == "Introduction"
    assert "A tiny book" not in register
    html = build("html", srcdir=srcdir)  # another builder: the page's own title
    row = soup(html, "register.html").select_one("tr#fact-relations\\.established")
    assert row.select_one("td.fact-col-cited a").get_text() == "A tiny book"
