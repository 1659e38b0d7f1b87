"""Search: a name brings up the chapters that tell of that person before anything else.

Sphinx's search runs in the browser from searchindex.js.  The register and the
timeline repeat every value, so they match every name too; a reader looking for
a person wants the chapter that tells the story first.  Which chapters mention a
name is read from the pages as shown (tooltips hidden), and the search must put
exactly those first.  The names: the 1972 hockey goalie, and for each chapter the
first person of the registry whom that chapter alone mentions.
"""

from __future__ import annotations

import pytest

from canru_facts.model import Person

pytestmark = pytest.mark.browser

GOALIE = "people.vladislav_tretyak"
NOT_CHAPTERS = {"register.html", "timeline.html", "genindex.html", "search.html"}


@pytest.fixture(scope="module")
def chapter_texts(page_in_module, book_pages) -> dict[str, str]:
    """The visible text of every chapter's article."""
    texts = {}
    for name in book_pages:
        if name not in NOT_CHAPTERS:
            page_in_module.goto(name)
            texts[name] = " ".join(page_in_module.locator("main article").inner_text().split())
    return texts


@pytest.fixture(scope="module")
def names(registry, chapter_texts) -> dict[str, list[str]]:
    """The names to search for, each with the chapters that mention it."""

    def mentioning(name: str) -> list[str]:
        return sorted(page for page, text in chapter_texts.items() if name in text)

    chosen = {registry[GOALIE].value.name: mentioning(registry[GOALIE].value.name)}
    covered = set()
    for fact in registry.values():
        if isinstance(fact.value, Person):
            pages = mentioning(fact.value.name)
            if len(pages) == 1 and pages[0] not in covered:
                covered.add(pages[0])
                chosen[fact.value.name] = pages
    assert chosen[registry[GOALIE].value.name], "no chapter mentions the 1972 goalie"
    return chosen


def _search(page, expect, query: str) -> list[str]:
    page.goto("search.html?q=" + query.replace(" ", "+"))
    expect(page.locator("#search-results")).to_contain_text("Search finished", timeout=20_000)
    hrefs = page.locator("#search-results ul.search li > a").evaluate_all(
        "links => links.map((a) => a.getAttribute('href'))"
    )
    return [href.split("#")[0].split("?")[0] for href in hrefs]


def test_a_name_finds_the_chapters_that_mention_it_first(page, expect, names):
    wrong = []
    for name, chapters in names.items():
        found = _search(page, expect, name)
        if sorted(found[: len(chapters)]) != chapters:
            wrong.append(f"{name!r}: mentioned in {chapters}, but the search lists {found}")
    assert not wrong, "searches that do not put the right chapters first:\n" + "\n".join(wrong)


def test_the_search_box_on_a_page_runs_the_search(page, expect, registry, site):
    """What a reader does: open the search from a page (Ctrl+K), type, press Enter."""
    surname = registry[GOALIE].value.name.split()[-1]
    page.goto("index.html")
    page.keyboard.press("Control+k")
    field = page.locator("input[name='q'] >> visible=true").first
    expect(field).to_be_focused()
    field.fill(surname)
    field.press("Enter")
    expect(page).to_have_url(f"{site.url('search.html')}?q={surname}")
    expect(page.locator("#search-results ul.search li").first).to_be_visible(timeout=20_000)
