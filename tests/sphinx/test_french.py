"""A French edition: the same engine, ``language = "fr"``, and no English word of the engine.

The almanac root (``roots/test-almanac``: a register, a timeline, a list of people,
the seed's provenance, citations) is built twice from the same sources, in English
and in French.  Its facts' labels and evidence are the book's own words and stay
as written; every word the *engine* adds must come out in French, and every value
in French house style.
"""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po
from book_testing import ROOTS, copy_root_to, soup, warnings_of
from sphinx.testing.util import SphinxTestApp

from canru_facts import i18n

PAGES = ("about", "timeline", "people", "sources", "register")
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[a-z]|%[a-z]|\{[a-z-]+\}")


def _text(app, page: str) -> str:
    body = soup(app, f"{page}.html").select_one("div.body, article, main")
    return " ".join(body.get_text(" ").split())


@pytest.fixture(scope="module")
def editions(tmp_path_factory):
    built = {}
    for language in ("en", "fr"):
        srcdir = copy_root_to("almanac", tmp_path_factory.mktemp(language) / "almanac")
        app = SphinxTestApp("html", srcdir=srcdir, confoverrides={"language": language})
        app.build()
        app.cleanup()
        assert warnings_of(app) == [], language
        built[language] = {page: _text(app, page) for page in PAGES}
        script = soup(app, "about.html").select_one("script[data-highlight-label]")
        built[language]["toggle"] = script["data-highlight-label"]
    return built


def _engine_words() -> dict[str, str]:
    """Each English phrase of the catalogue (placeholders cut out) -> its French."""
    with (i18n.LOCALE_DIR / "fr" / "LC_MESSAGES" / f"{i18n.DOMAIN}.po").open("rb") as f:
        catalogue = read_po(f)
    words = {}
    for message in catalogue:
        if not message.id or message.string == message.id:
            continue
        for piece in PLACEHOLDER.split(message.id):
            piece = piece.strip(" ,;:.()[]")
            # A word French shares ("Note", "Organisation") is no sign of English.
            if re.search(r"[A-Za-z]{3}", piece) and piece not in message.string:
                words[piece] = message.string
    return words


def _book_words() -> str:
    """The book's own words (pages, labels, evidence, notes): they stay English in both."""
    root = ROOTS / "test-almanac"
    return " ".join(p.read_text(encoding="utf-8") for p in (*root.glob("*.md"), *root.glob("*.py")))


def _said(phrase: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


def test_the_french_edition_has_no_english_word_of_the_engine(editions):
    # A phrase the book itself uses ("the", "year") cannot tell the engine's words apart.
    book = _book_words()
    shown = [
        w
        for w in _engine_words()
        if not _said(w, book) and any(_said(w, t) for t in editions["en"].values())
    ]
    assert len(shown) >= 15, "the English edition shows the engine's words"
    for page, text in editions["fr"].items():  # the pages, and the toggle's label
        english = [w for w in shown if _said(w, text)]
        assert not english, f"{page}.html (French) still says {english}"


def test_the_french_edition_writes_the_engines_words_and_values_in_french(editions):
    fr = editions["fr"]
    for header in ("Fait", "Valeur", "Nature", "Ligne de la source", "Cité dans", "Preuve"):
        assert header in fr["register"]
    assert "date (année)" in fr["register"] and "personne" in fr["register"]
    assert "Nom Fonction Organisation" in fr["people"]
    assert "1 mai 1905" in fr["timeline"] and "Les années 1920" in fr["timeline"]
    assert "Juin 1950" in fr["timeline"]
    assert "29 novembre 2026" in fr["sources"] and "Éditeur" in fr["sources"]
    assert (editions["en"]["toggle"], fr["toggle"]) == ("Highlight facts", "Surligner les faits")
    assert "1 May 1905" in editions["en"]["timeline"].replace("1 May 1905 (", "")
