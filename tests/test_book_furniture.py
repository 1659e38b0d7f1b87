"""The book's furniture in print: pages and running heads.

The PDF's pages and heads are checked on the built PDF by .ci/check_pdf.py
(tests/test_packaging_checks.py); these tests read docs/conf.py.
"""

from __future__ import annotations

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
