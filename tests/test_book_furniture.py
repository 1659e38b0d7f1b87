"""The book's furniture in print: title page, pages and running heads.

docs/conf.py writes the title page from the seed's metadata (seeds/*.toml).  The
PDF's pages and heads are checked on the built PDF by .ci/check_pdf.py
(tests/test_packaging_checks.py); these tests read docs/conf.py.
"""

from __future__ import annotations

import datetime as dt
import re
import runpy
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def conf() -> dict:
    return runpy.run_path(str(ROOT / "docs" / "conf.py"))


# --- the printed book's pages and heads ----------------------------------------------


def test_the_pdf_is_one_sided_and_its_chapters_open_on_any_page(conf):
    options = conf["latex_elements"]["extraclassoptions"].split(",")
    assert {"openany", "oneside"} <= set(options)


def test_the_running_heads_are_the_book_and_the_chapter_and_name_no_release(conf):
    preamble = conf["latex_elements"]["preamble"]
    for style in ("normal", "plain"):
        assert rf"\fancypagestyle{{{style}}}" in preamble
    assert r"\leftmark" in preamble and r"\@title" in preamble
    assert r"\def\chaptermark##1{\markboth{##1}{}}" in preamble  # the name alone
    styles = preamble[preamble.index(r"\fancypagestyle{normal}") :]
    assert "release" not in styles[: styles.index(r"\makeatother")].lower()


# --- the title page ------------------------------------------------------------------


SOURCE = {
    "title": "Canada–Russia relations",
    "publisher": "Wikipedia, The Free Encyclopedia",
    "licence": "CC BY-SA 4.0",
    "licence_url": "https://creativecommons.org/licenses/by-sa/4.0/",
    "revision": "",
    "retrieved": dt.date(2026, 11, 29),
}


def test_the_title_page_says_which_text_of_which_article_under_which_licence(conf):
    page = conf["TITLE_PAGE"]
    assert page["title"] == conf["project"] == "Canada–Russia Relations"
    assert page["after"] == "after the Wikipedia article"
    assert page["source"] == "Canada–Russia relations"
    assert page["received"] == "Text of the article as received on 29 November 2026"
    assert page["licence"] == "Licensed, like the article, under CC BY-SA 4.0"


def test_a_recorded_revision_is_named_and_a_missing_date_left_out(conf):
    received = conf["_received"]
    assert received({**SOURCE, "revision": "1234567"}, "en") == (
        "Text of revision 1234567 of the article, as received on 29 November 2026"
    )
    assert received({**SOURCE, "revision": "1234567", "retrieved": ""}, "en") == (
        "Text of revision 1234567 of the article"
    )
    assert received({**SOURCE, "retrieved": "2025-03-01"}, "en").endswith("on 1 March 2025")
    assert received({**SOURCE, "retrieved": ""}, "en") == ""


def test_the_date_is_written_in_the_books_language(conf):
    assert conf["_received"](SOURCE, "fr") == "Text of the article as received on 29 novembre 2026"


@pytest.mark.parametrize("form", ["_title_page_tex"])
def test_no_version_no_build_date_and_no_contributors_on_the_title_page(conf, form):
    text = conf[form](conf["TITLE_PAGE"])
    if form == "_title_page_tex":  # what is printed; the PDF's metadata name the author
        text = text[text.index(r"\begin{titlepage}") : text.index(r"\end{titlepage}")]
    for line in ("Canada–Russia Relations", "after the Wikipedia article", "29 November 2026"):
        assert line in text
    assert "CC BY-SA 4.0" in text and conf["TITLE_PAGE"]["licence_url"] in text
    assert conf["release"] not in text
    assert not re.search(r"release|contributors|\\canru|\\py@|\\@date", text, re.IGNORECASE)


def test_the_pdf_title_page_escapes_latex_and_sets_sensible_metadata(conf):
    assert conf["_tex"]("50% of $5 & #1_{x}") == r"50\% of \$5 \& \#1\_\{x\}"
    tex = conf["_title_page_tex"]({**conf["TITLE_PAGE"], "source": "R&D"})
    assert r"\emph{R\&D}" in tex
    assert r"pdftitle={Canada–Russia Relations}" in tex
    assert r"pdfsubject={after the Wikipedia article R\&D}" in tex
    assert "titlepage" in conf["latex_elements"]["maketitle"]
