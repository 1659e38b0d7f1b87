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
    # the register's backlinks point at the citations' labels
    assert "\\hyperref[\\detokenize{history:cite-relations.established-2}]" in tex
    assert "\\label{\\detokenize{register:fact-relations.established}}" in tex
    # the timeline points into the register by page number, not by a web-style link
    assert (
        "\\sphinxstylestrong{Fall 2003} — {\\hyperref[\\detokenize{culture:cite-culture."
        "clarkson_visit-1}]{\\sphinxcrossref{Governor General Clarkson’s state visit}}} "
        "(register, \\autopageref*{\\detokenize{register:fact-culture.clarkson_visit}})" in tex
    )
    assert "register entry" not in tex
    assert "Teatre Moskva\\DUrole{fact-sic}{\u00a0{[}\\sphinxstyleemphasis{sic}{]}}" in tex
    # a heading's citation is plain text, no label inside a section title
    assert "\\section{Since 1942}" in tex
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
    assert "* **12 June 1942** — Diplomatic relations established\n" in timeline
    culture = (app.outdir / "culture.txt").read_text(encoding="utf-8")
    assert "Teatre Moskva [*sic*] toured" in " ".join(culture.split())
    register = (app.outdir / "register.txt").read_text(encoding="utf-8")
    assert "A tiny book; History, 2, 3" in register
