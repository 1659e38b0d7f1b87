"""The book's furniture in print and in the EPUB: title page, running heads, archive.

docs/conf.py writes the title page from the seed's metadata (seeds/*.toml) for
the PDF and the EPUB alike; the EPUB is built once here to check its title page
and that its archive is dated by SOURCE_DATE_EPOCH.  The PDF's heads and pages
are checked on the built PDF by .ci/check_pdf.py (tests/test_packaging_checks.py).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import runpy
import subprocess
import sys
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parent.parent
EPOCH = "1700000000"  # 14 November 2023


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


@pytest.mark.parametrize("form", ["_title_page_tex", "_title_page_xhtml"])
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


# --- the EPUB ------------------------------------------------------------------------


def fake_app(builder: str, outdir: Path = Path()) -> SimpleNamespace:
    config = SimpleNamespace(epub_basename="book")
    return SimpleNamespace(builder=SimpleNamespace(name=builder), outdir=outdir, config=config)


def test_only_the_epub_has_a_title_page(conf):
    assert conf["_add_epub_title_page"](fake_app("html")) == []
    assert conf["_add_epub_title_page"](fake_app("dirhtml")) == []
    ((name, context, template),) = conf["_add_epub_title_page"](fake_app("epub"))
    assert (f"{name}.xhtml", "Title page") == conf["epub_pre_files"][0]
    assert template == "page.html" and "Canada–Russia" in context["body"]


@pytest.fixture(scope="module")
def epub(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("epub")
    done = subprocess.run(
        [sys.executable, "-m", "sphinx", "-b", "epub", "-q", "-W", "--keep-going", "-n"]
        + ["-d", str(out / "doctrees"), str(ROOT / "docs"), str(out / "epub")],
        capture_output=True,
        text=True,
        env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return out / "epub" / "canada-russia-relations.epub"


def test_the_epub_opens_on_its_title_page(epub, conf):
    with zipfile.ZipFile(epub) as archive:
        opf = archive.read("content.opf").decode("utf-8")
        page = archive.read("title-page.xhtml").decode("utf-8")
        nav = archive.read("nav.xhtml").decode("utf-8")
    first_item = re.search(r'<itemref idref="([^"]+)"', opf)[1]
    assert f'<item id="{first_item}" href="title-page.xhtml"' in opf
    assert 'type="toc" title="Table of Contents" href="index.xhtml"' in opf
    assert nav.index("title-page.xhtml") < nav.index("index.xhtml")
    text = re.sub(r"<[^>]+>", "", page)
    for line in conf["TITLE_PAGE"].values():
        assert line.replace("&", "&amp;") in (page if line.startswith("https:") else text)
    assert conf["release"] not in page.split("<body>")[1]


def test_the_epub_archive_is_dated_by_source_date_epoch_in_its_own_order(
    conf, tmp_path, monkeypatch
):
    book = tmp_path / "book.epub"
    with zipfile.ZipFile(book, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip", zipfile.ZIP_STORED)
        archive.writestr(zipfile.ZipInfo("b.xhtml", (2030, 5, 6, 7, 8, 10)), "<b/>")
        archive.writestr("a.xhtml", "<a/>", zipfile.ZIP_DEFLATED)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    conf["_date_the_epub_archive"](fake_app("epub", tmp_path), None)
    with zipfile.ZipFile(book) as archive:
        infos = archive.infolist()
        assert [i.filename for i in infos] == ["mimetype", "b.xhtml", "a.xhtml"]
        assert {i.date_time for i in infos} == {(2023, 11, 14, 22, 13, 20)}
        assert infos[0].compress_type == zipfile.ZIP_STORED
        assert archive.read("a.xhtml") == b"<a/>"


def test_without_source_date_epoch_the_archive_is_left_as_sphinx_wrote_it(
    conf, tmp_path, monkeypatch
):
    book = tmp_path / "book.epub"
    with zipfile.ZipFile(book, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype", (2030, 5, 6, 7, 8, 10)), "x")
    before = book.read_bytes()
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    conf["_date_the_epub_archive"](fake_app("epub", tmp_path), None)
    assert book.read_bytes() == before


def test_the_epub_archive_is_dated_by_the_commit(epub):
    with zipfile.ZipFile(epub) as archive:
        assert {i.date_time for i in archive.infolist()} == {(2023, 11, 14, 22, 13, 20)}
        assert archive.infolist()[0].filename == "mimetype"


def test_the_pdf_names_its_introduction_as_the_engine_does(conf):
    """The landing page is the "Introduction" chapter in print, for the engine too."""
    assert conf["canru_facts_page_titles"] == {"latex": {"index": "Introduction"}}
    assert conf["LATEX_INTRODUCTION_TITLE"] == "Introduction"


def test_chapter_headings_take_one_line(conf):
    """No fncychap block ("CHAPTER TWO" over a rule): a number and the title."""
    assert conf["latex_elements"]["fncychap"] == ""
    assert r"\titleformat{\chapter}[hang]" in conf["latex_elements"]["preamble"]
