"""canru_facts.navigation: the sidebar's list of pages made once per build, the pages unchanged.

The navigation root has pages in folders, a page listed twice, pages listed
under another, a hidden list, a page in no list, a page with ``tocdepth``, one
with ``only`` and one with two top-level titles; the tiny book has facts.  Each
is built with sphinx-book-theme with and without the extension, serially and
with two processes, and every HTML page must be byte for byte the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from book_testing import warnings_of

from canru_facts import navigation
from canru_facts.navigation import cut_toc, mark_current, mark_sidebar

FOLDER_LIST = (
    '<ul>\n<li class="toctree-l1"><a class="reference internal" href="a.html">A</a></li>\n'
    '<li class="toctree-l1"><a class="reference internal" href="b.html">B</a></li>\n</ul>\n'
)


def _pages(outdir: Path) -> dict[str, str]:
    return {
        str(p.relative_to(outdir)): p.read_text(encoding="utf-8")
        for p in sorted(outdir.rglob("*.html"))
    }


@pytest.mark.parametrize("parallel", [0, 2], ids=["serial", "parallel"])
@pytest.mark.parametrize("root", ["navigation", "book"])
def test_the_pages_are_the_same_with_and_without_it(build, root, parallel):
    def built(extensions: list[str]) -> dict[str, str]:
        app = build(
            "html",
            root=root,
            parallel=parallel,
            confoverrides={"extensions": extensions, "html_theme": "sphinx_book_theme"},
        )
        assert warnings_of(app) == []
        return _pages(app.outdir)

    base = ["myst_parser"] + (["canru_facts.sphinx"] if root == "book" else [])
    without = built(base)
    with_it = built([*base, "canru_facts.navigation"])
    assert with_it.keys() == without.keys()
    assert len(with_it) >= 8
    for page, html in with_it.items():
        assert html == without[page], page


def test_a_page_listed_once_is_marked_as_sphinx_marks_it():
    assert mark_current(FOLDER_LIST, "b.html") == (
        '<ul class="current">\n'
        '<li class="toctree-l1"><a class="reference internal" href="a.html">A</a></li>\n'
        '<li class="toctree-l1 current"><a class="current reference internal" href="#">B</a>'
        "</li>\n</ul>\n"
    )


def test_a_page_after_one_with_pages_under_it_is_marked_in_its_own_list():
    sub_list = (
        '<ul>\n<li class="toctree-l2"><a class="reference internal" href="a1.html">A1</a></li>\n'
        "</ul>\n"
    )
    nested = FOLDER_LIST.replace("A</a>", "A</a>" + sub_list)
    expected = mark_current(FOLDER_LIST, "b.html").replace("A</a>", "A</a>" + sub_list)
    assert mark_current(nested, "b.html") == expected


def test_a_page_in_no_list_marks_nothing():
    assert mark_current(FOLDER_LIST, "c.html") == FOLDER_LIST


@pytest.mark.parametrize(
    "folder_list",
    [
        FOLDER_LIST + FOLDER_LIST,  # listed twice
        FOLDER_LIST.replace('href="b.html">B</a>', 'href="b.html">B</a><ul><li>x</li></ul>'),
        FOLDER_LIST.replace('"a.html">A', '"b.html#second">Second'),  # a second title
        FOLDER_LIST.replace("toctree-l1", "toctree-l2"),  # under another page
        FOLDER_LIST.replace("<ul>", '<ul class="x">'),
    ],
    ids=["twice", "pages-under-it", "two-titles", "nested", "list-with-a-class"],
)
def test_anything_else_is_left_to_sphinx(folder_list):
    assert mark_current(folder_list, "b.html") is None


def test_a_link_the_writer_escapes_is_left_to_sphinx():
    listed = FOLDER_LIST.replace("b.html", "b&amp;c.html")
    assert mark_current(listed, "b&c.html") is None


def test_the_cut_keeps_titles_and_toctrees(build):
    app = build("html", root="navigation", confoverrides={"html_theme": "alabaster"})
    env = app.env
    guide = cut_toc(env.tocs["guide/index"])
    assert guide.astext().strip() == "Guide"  # sections gone, the toctree kept under the title
    assert [n.tagname for n in guide.findall() if n.tagname == "toctree"] == ["toctree"]
    assert cut_toc(env.tocs["only"]) is env.tocs["only"]  # only: kept whole
    assert env.tocs["intro"].astext() != cut_toc(env.tocs["intro"]).astext() == "Introduction"


THEME_LIST = FOLDER_LIST.replace("<ul>", '<ul class="nav bd-sidenav">')


def test_the_theme_sidebar_is_marked_as_the_theme_marks_it():
    assert mark_sidebar(THEME_LIST, "b.html") == (
        '<ul class="current nav bd-sidenav">\n'
        '<li class="toctree-l1"><a class="reference internal" href="a.html">A</a></li>\n'
        '<li class="toctree-l1 current active"><a class="current reference internal" href="#">'
        "B</a></li>\n</ul>\n"
    )
    assert mark_sidebar(THEME_LIST, "c.html") == THEME_LIST
    assert mark_sidebar(THEME_LIST + THEME_LIST, "b.html") is None
    assert mark_sidebar(FOLDER_LIST, "b.html") is None  # not the theme's list


def _with_theme(build, monkeypatch=None) -> dict[str, str]:
    app = build(
        "html",
        root="navigation",
        confoverrides={
            "extensions": ["myst_parser", "canru_facts.navigation"],
            "html_theme": "sphinx_book_theme",
        },
    )
    assert warnings_of(app) == []
    return _pages(app.outdir)


def test_the_theme_sidebars_are_made_once_per_folder(build):
    _with_theme(build)
    assert navigation._MADE["compared"] is True
    assert {folder for folder, *_rest in navigation._MADE["sidebars"]} == {
        "",
        "guide",
        "guide/deep",
    }


def test_a_sidebar_the_theme_would_mark_otherwise_is_left_to_the_theme(build, monkeypatch):
    """The first page marked is compared with the theme's own: a wrong mark is never written."""
    right = _with_theme(build)
    monkeypatch.setattr(navigation, "mark_sidebar", lambda unmarked, href: unmarked)
    wrong = _with_theme(build)
    assert navigation._MADE["compared"] is False
    assert wrong == right
