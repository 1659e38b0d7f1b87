"""The landing page: its title, the infobox drawn from facts, and the way to every chapter."""

from __future__ import annotations

import re

import pytest

from canru_facts.style import render

pytestmark = pytest.mark.browser

INFOBOX = ("mission.canada", "mission.russia", "envoy.canada", "envoy.russia")
DOCS_SOURCES = "[a-z]*.md"  # the book's pages; editors' notes (STYLE.md...) are in capitals


@pytest.fixture(scope="module")
def chapters(docs, book) -> list[str]:
    """Every page written in docs/, but the landing page, as its HTML file name."""
    names = sorted(f"{path.stem}.html" for path in docs.glob(DOCS_SOURCES))
    names = [name for name in names if name != "index.html"]
    assert names, f"{docs} holds no chapter"
    return names


def test_the_landing_page_shows_its_title(page, expect):
    page.goto("index.html")
    heading = page.locator("main article h1").first
    expect(heading).to_be_visible()
    expect(heading).to_contain_text("Canada")
    expect(heading).to_contain_text("Russia")
    assert heading.inner_text().strip().rstrip("#").strip() in page.title()


def test_the_infobox_shows_both_missions_and_both_envoys(page, expect, registry, typeset):
    page.goto("index.html")
    infobox = page.locator("table.fact-infobox")
    expect(infobox).to_be_visible()
    for key in INFOBOX:
        cell = infobox.locator(f'.fact[data-fact="{key}"]')
        expect(cell).to_have_count(1)
        expect(cell).to_be_visible()
        expect(cell.locator(".fact-value")).to_have_text(render(registry[key].value))
        row = infobox.locator("tr", has=page.locator(f'.fact[data-fact="{key}"]'))
        expect(row).to_contain_text(typeset(registry[key].label))  # labelled


def _sidebar_link(page, name: str):
    return page.locator(f'nav.bd-docs-nav a.reference.internal[href="{name}"]')


def test_every_chapter_is_reachable_from_the_navigation(page, expect, chapters, site):
    for name in chapters:
        page.goto("index.html")
        link = _sidebar_link(page, name)
        expect(link, f"no link to {name} in the navigation").to_have_count(1)
        expect(link).to_be_visible()
        title = link.inner_text().strip()
        link.click()
        expect(page).to_have_url(site.url(name))
        heading = page.locator("main article h1").first
        expect(heading).to_be_visible()
        expect(heading).to_have_text(re.compile(re.escape(title)))


def test_next_links_walk_through_every_chapter(page, expect, chapters, site):
    """The "next" button at the foot of each page reads the book from cover to cover."""
    page.goto("index.html")
    seen = []
    for _ in range(len(chapters) + 1):
        nxt = page.locator("main a.right-next")
        if nxt.count() == 0:
            break
        with page.expect_navigation():
            nxt.click()
        seen.append(page.url.removeprefix(site.base_url).split("#")[0])
    assert sorted(seen) == chapters, f"the next links visit {seen}"


def test_a_phone_reader_finds_the_chapters_behind_the_menu(phone_page, expect, chapters, site):
    phone_page.goto("index.html")
    sidebar_link = _sidebar_link(phone_page, chapters[0])
    expect(sidebar_link).not_to_be_in_viewport()
    phone_page.locator("button.primary-toggle >> visible=true").first.click()
    expect(sidebar_link).to_be_in_viewport()
    sidebar_link.click()
    expect(phone_page).to_have_url(site.url(chapters[0]))


def test_the_desktop_sidebar_button_folds_the_navigation_away_and_back(page, expect, chapters):
    page.goto("index.html")
    link = _sidebar_link(page, chapters[0])
    button = page.locator("button.primary-toggle >> visible=true").first
    expect(link).to_be_visible()
    button.click()
    expect(link).to_be_hidden()
    button.click()
    expect(link).to_be_visible()
