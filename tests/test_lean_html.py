"""The book's lean_html extension (docs/_ext): style sheets, icons, descriptions, scripts.

The browser tests check the built book as readers get it (tests/browser/
test_book_weight.py, test_book_icons.py); these check the pieces on small inputs.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from docutils import nodes
from docutils.frontend import get_default_settings
from docutils.parsers.rst import Parser
from docutils.utils import new_document

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

import lean_html  # noqa: E402
from lean_html import css, icons, pages  # noqa: E402

pydata_sphinx_theme = pytest.importorskip("pydata_sphinx_theme")
THEME_STATIC = (
    Path(pydata_sphinx_theme.__file__).parent / "theme" / "pydata_sphinx_theme" / "static"
)


# --- css ---------------------------------------------------------------------------


def test_a_style_sheet_is_written_back_byte_for_byte():
    text = (THEME_STATIC / "styles" / "pydata-sphinx-theme.css").read_text(encoding="utf-8")
    assert css.serialize(css.parse(text)) == text


def test_rules_are_split_inside_media_queries_but_not_inside_keyframes():
    items = css.parse("@media (min-width:1px){.a{x:1}.b{y:2}}@keyframes k{0%{x:1}}.c,.d{z:3}")
    kinds = [(i.kind, i.selectors) for i in items]
    assert kinds == [("group", []), ("at", []), ("rule", [".c", ".d"])]
    assert [c.selectors for c in items[0].children] == [[".a"], [".b"]]


@pytest.mark.parametrize(
    ("selector", "classes"),
    [
        (".a .b>c.d:hover::before", {"a", "b", "d"}),
        (".a:not(.b)", {"a"}),
        (":is(.fas,.far):before", set()),
        ('a[href$=".pdf"].e', {"e"}),
        (r".md\:flex", {"md:flex"}),
        ("html[data-theme=dark] p", set()),
    ],
)
def test_a_selector_requires_the_classes_outside_parentheses_and_brackets(selector, classes):
    assert css.required_classes(selector) == classes


def test_pruning_drops_selectors_then_empty_rules_then_empty_groups():
    items = css.parse(".a,.b{x:1}@media print{.b{y:2}}.c{z:3}")
    css.prune(items, lambda selector: selector != ".b")
    assert css.serialize(items) == ".a{x:1}.c{z:3}"


def test_strings_decode_escapes():
    assert css.strings(r'"\f185" / "x\"y"') == ["\uf185", 'x"y']


def test_relative_urls_are_rebased_and_others_left_alone():
    text = 'a{b:url(file.png)}c{d:url("../x/y.woff2?v=1")}e{f:url(data:x)}g{h:url(#i)}'
    rebased = css.rebase_urls(text, lambda url: "../" + url)
    assert rebased == (
        'a{b:url(../file.png)}c{d:url("../../x/y.woff2?v=1")}e{f:url(data:x)}g{h:url(#i)}'
    )


def test_a_url_moves_with_its_style_sheet():
    moved = lean_html._relative("../vendor/f.woff2?v=2#x", "_static/styles", "_static/lean")
    assert moved == "../vendor/f.woff2?v=2#x"


# --- what the pages use ------------------------------------------------------------------


def write_site(root: Path) -> None:
    (root / "_static").mkdir(parents=True)
    (root / "index.html").write_text(
        '<p class="lead"><i class="fa-solid fa-sun fa-lg"></i><span class="fab fa-github">'
        '</span></p><script src="_static/app.js?v=1"></script>'
        '<script src="searchindex.js"></script>',
        encoding="utf-8",
    )
    (root / "_static" / "app.js").write_text(
        'el.classList.add("shown"); el.className = `kind-${kind}`;'
        " x.innerHTML = '<i class=\"fa-solid fa-xmark\"></i>';",
        encoding="utf-8",
    )
    (root / "searchindex.js").write_text('Search.setIndex({"terms": {"secret": 1}})')


def test_the_pages_classes_their_scripts_words_and_the_icons_they_draw(tmp_path):
    write_site(tmp_path)
    usage = pages.read(tmp_path)
    assert {"lead", "fa-sun", "shown", "fa-xmark"} <= usage.classes
    assert usage.may_use("kind-title")  # built by a script from "kind-"
    assert not usage.may_use("secret")  # the search index is data
    assert usage.icons == {
        "solid": {"fa-sun", "fa-lg", "fa-xmark"},
        "regular": set(),
        "brands": {"fa-github"},
    }
    assert usage.may_match(".lead .shown:hover")
    assert not usage.may_match(".lead .absent")


def test_the_assets_hold_only_what_the_pages_use(tmp_path):
    write_site(tmp_path)
    static = tmp_path / "_static"
    shutil.copytree(THEME_STATIC / "styles", static / "styles")
    shutil.copytree(THEME_STATIC / "vendor", static / "vendor")
    (static / "basic.css").write_text(
        "div.lead{background:url(file.png)}div.unused{x:1}", encoding="utf-8"
    )
    (tmp_path / "index.html").write_text(
        (tmp_path / "index.html").read_text(encoding="utf-8")
        + '<link href="_static/lean/theme.css?digest=0123" rel="stylesheet" />',
        encoding="utf-8",
    )
    lean_html.write_assets(tmp_path)

    sheet = (static / "lean" / "theme.css").read_text(encoding="utf-8")
    assert sheet.startswith('@charset "UTF-8";')
    assert "div.lead{background:url(../file.png)}" in sheet
    assert "div.unused" not in sheet
    assert ".fa-sun{" in sheet and ".fa-xmark{" in sheet and ".fa-house{" not in sheet
    assert "sourceMappingURL" not in sheet
    # Solid and brands icons are shown, no regular one: no regular font.
    assert "fa-regular-400" not in sheet
    assert sorted(p.name for p in (static / "lean").glob("*.woff2")) == [
        "fa-brands-400.woff2",
        "fa-solid-900.woff2",
    ]
    from fontTools.ttLib import TTFont

    solid = set(TTFont(static / "lean" / "fa-solid-900.woff2").getBestCmap())
    assert {0xF185, 0xF00D} <= solid  # sun, xmark
    assert 0xF015 not in solid  # house
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "theme.css?digest=0123" not in page and "theme.css?digest=" in page


def test_the_assets_are_the_same_bytes_every_time(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    for root in (first, second):
        write_site(root)
        shutil.copytree(THEME_STATIC / "styles", root / "_static" / "styles")
        shutil.copytree(THEME_STATIC / "vendor", root / "_static" / "vendor")
        (root / "_static" / "basic.css").write_text("p{x:1}", encoding="utf-8")
        lean_html.write_assets(root)
    for name in ("theme.css", "fa-solid-900.woff2", "fa-brands-400.woff2"):
        assert (first / "_static/lean" / name).read_bytes() == (
            second / "_static/lean" / name
        ).read_bytes(), name


def test_a_rule_drawing_an_icon_through_custom_properties_counts_when_it_may_match():
    items = css.parse(
        ':root{--pst-icon-x:"\\f015";--pst-icon-y:var(--pst-icon-x)}'
        ".shown:after{content:var(--pst-icon-y);font:var(--fa-font-solid)}"
        '.absent:after{content:"\\f185"}'
        ".brand:before{content:var(--pst-icon-x);font:var(--fa-font-brands)}"
    )
    usage = pages.Usage(classes={"shown", "brand"})
    drawn = icons.drawn_by_rules(items, usage)
    assert drawn == {"solid": {"\uf015"}, "regular": set(), "brands": {"\uf015"}}


# --- the page's head --------------------------------------------------------------------


def doctree(source: str) -> nodes.document:
    document = new_document("test", get_default_settings(Parser))
    Parser().parse(source, document)
    return document


def test_the_description_is_the_opening_paragraph_as_plain_text():
    tree = doctree(
        "Title\n=====\n\n.. note:: Not this.\n\nThe *first* paragraph,\nwrapped.\n\nNot this one.\n"
    )
    assert lean_html.description_of(tree) == "The first paragraph, wrapped."


def test_a_long_description_keeps_whole_sentences_or_ends_with_an_ellipsis():
    sentence = "A sentence of forty characters or so. "
    assert lean_html._trimmed(sentence * 6) == (sentence * 4).strip()
    words = "word " * 60
    trimmed = lean_html._trimmed(words)
    assert trimmed.endswith("word…") and len(trimmed) <= lean_html.DESCRIPTION_LIMIT


def test_scripts_are_deferred_and_inline_scripts_become_modules():
    from sphinx.builders.html._assets import _JavaScript

    scripts = [
        _JavaScript("a.js", priority=200),
        _JavaScript(None, body="DOCUMENTATION_OPTIONS.pagename = 'x';"),
        _JavaScript("b.js", priority=500, **{"async": "async"}),
        _JavaScript("c.js", type="module"),
        "old-style.js",
    ]
    deferred = lean_html._deferred(scripts)
    assert deferred[0].attributes == {"defer": "defer"} and deferred[0].priority == 200
    assert deferred[1].attributes["type"] == "module"
    assert deferred[2:] == scripts[2:]
