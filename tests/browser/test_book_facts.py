"""Facts in the prose: the evidence on hover and on keyboard focus, the register and back.

Each citation is ``<span class="fact" data-fact="KEY">`` holding the value (a link
to the register) and a tooltip with the fact's label, its evidence and its seed
line, tied to the value by ``aria-describedby``.  The expected evidence comes
from the registry, not from the page.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

CHAPTER = "history.html"  # the chapter with the most citations
REGISTER = "register.html"


def _evidence_shown(tip, evidence, expect) -> None:
    expect(tip).to_be_visible()
    expect(tip).to_contain_text(evidence)
    box = tip.bounding_box()
    assert box and box["width"] > 20 and box["height"] > 10, f"the tooltip is tiny: {box}"


def _first_fact(page):
    fact = page.locator("main article p .fact[data-fact]").first
    return fact, fact.get_attribute("data-fact")


def test_hovering_a_fact_shows_its_evidence(page, expect, registry, typeset):
    page.goto(CHAPTER)
    fact, key = _first_fact(page)
    tip = fact.locator(".fact-tip")
    expect(tip).to_be_hidden()
    fact.locator(".fact-value").hover()
    _evidence_shown(tip, typeset(registry[key].evidence), expect)
    expect(tip).to_contain_text(typeset(registry[key].label))
    page.mouse.move(0, 0)
    expect(tip).to_be_hidden()


def _tab_to_a_fact(page) -> str:
    """Press Tab from the top of the page until a fact of the article has the focus."""
    page.mouse.move(0, 0)
    for _ in range(400):  # the header and the navigation come first
        page.keyboard.press("Tab")
        key = page.evaluate(
            "document.activeElement.closest('main article .fact[data-fact]')?.dataset.fact"
        )
        if key:
            return key
    pytest.fail(f"no fact of {page.url} can be reached with the Tab key")


def _tooltip_of_focus(page, expect):
    described_by = page.locator("*:focus").get_attribute("aria-describedby")
    assert described_by, "the focused value names no description (aria-describedby)"
    tip = page.locator(f'[id="{described_by}"]')
    expect(tip).to_have_attribute("role", "tooltip")
    return tip


def test_focusing_a_fact_with_the_keyboard_shows_its_evidence(page, expect, registry, typeset):
    page.goto(CHAPTER)
    key = _tab_to_a_fact(page)
    tip = _tooltip_of_focus(page, expect)
    _evidence_shown(tip, typeset(registry[key].evidence), expect)
    page.keyboard.press("Tab")
    expect(tip).to_be_hidden()


def test_escape_hides_the_evidence_and_keeps_the_focus(page, expect):
    """WCAG 1.4.13: content shown on focus can be dismissed without moving the focus."""
    page.goto(CHAPTER)
    key = _tab_to_a_fact(page)
    tip = _tooltip_of_focus(page, expect)
    expect(tip).to_be_visible()
    page.keyboard.press("Escape")
    expect(tip).to_be_hidden()
    assert page.evaluate("document.activeElement.closest('.fact')?.dataset.fact") == key


def test_a_focused_facts_evidence_fits_on_a_phone(phone_page, expect):
    """The tooltip of the fact nearest the right edge stays on the screen."""
    phone_page.goto(CHAPTER)
    values = phone_page.locator("main article p .fact[data-fact] > .fact-value")
    rights = values.evaluate_all("els => els.map((el) => el.getBoundingClientRect().right)")
    assert rights, f"{CHAPTER} cites no fact in its paragraphs"
    value = values.nth(rights.index(max(rights)))
    value.focus()
    tip = value.locator("xpath=following-sibling::*[contains(@class, 'fact-tip')]")
    expect(tip).to_be_visible()
    box, width = tip.bounding_box(), phone_page.viewport_size["width"]
    assert box["x"] >= 0 and box["x"] + box["width"] <= width, (
        f"the evidence spans {box['x']:.0f}..{box['x'] + box['width']:.0f}px on a {width}px screen"
    )


def test_a_facts_link_lands_on_its_register_entry(page, expect, registry, typeset, site):
    page.goto(CHAPTER)
    fact, key = _first_fact(page)
    fact.locator("a.fact-value").click()
    expect(page).to_have_url(site.url(f"{REGISTER}#fact-{key}"))
    entry = page.locator(":target")
    expect(entry).to_have_attribute("data-fact", key)
    expect(entry).to_be_in_viewport()
    expect(entry).to_contain_text(typeset(registry[key].label))
    expect(entry).to_contain_text(key)
    _not_under_the_header(page, entry)


def test_the_registers_backlinks_lead_back_to_the_citing_paragraph(page, expect, site):
    page.goto(CHAPTER)
    fact, key = _first_fact(page)
    cite_id = fact.get_attribute("id")
    assert cite_id, f"the citation of {key} has no id to link back to"
    page.goto(f"{REGISTER}#fact-{key}")
    entry = page.locator(":target")
    backlink = entry.locator(f'a[href="{CHAPTER}#{cite_id}"]')
    expect(backlink, f"the register entry of {key} has no link back to {cite_id}").to_have_count(1)
    backlink.click()
    expect(page).to_have_url(site.url(f"{CHAPTER}#{cite_id}"))
    target = page.locator(":target")
    expect(target).to_have_attribute("data-fact", key)
    paragraph = page.locator("main article p", has=target)
    expect(paragraph).to_be_in_viewport()
    _not_under_the_header(page, target)


def test_every_backlink_lands_on_a_citation_of_its_fact(page, book):
    """All of them at once, without a browser click each: the ids they name exist."""
    page.goto(REGISTER)
    links = page.evaluate(
        """() => [...document.querySelectorAll('main .fact-entry[data-fact] a[href*="#"]')]
            .map((a) => [a.closest('.fact-entry').dataset.fact, a.getAttribute('href')])
            .filter(([, href]) => !href.startsWith('#') && !href.startsWith('register.html'))"""
    )
    assert links, "the register has no backlinks"
    pages: dict[str, str] = {}
    broken = []
    for key, href in links:
        name, _, anchor = href.partition("#")
        if name not in pages:
            page.goto(name)
            pages[name] = page.evaluate(
                """() => Object.fromEntries([...document.querySelectorAll('[id]')]
                    .map((el) => [el.id, el.closest('[data-fact]')?.dataset.fact ?? null]))"""
            )
        if pages[name].get(anchor, "missing") != key:
            broken.append(f"{key} -> {href} ({pages[name].get(anchor, 'no such id')})")
    assert not broken, "backlinks that miss their citation:\n" + "\n".join(broken)


def _not_under_the_header(page, target) -> None:
    """A sticky header must not cover the place a link jumped to."""
    header = page.locator("header.bd-header").first
    if header.count() and header.is_visible():
        header_bottom = header.bounding_box()["y"] + header.bounding_box()["height"]
        assert target.bounding_box()["y"] >= header_bottom - 2, "the target hides under the header"


@pytest.mark.parametrize(
    ("name", "selector"),
    [
        ("timeline.html", "table.fact-timeline tr:last-child th .fact-value"),
        ("economy.html", "table.fact-people tr:last-child td .fact-value"),
    ],
)
def test_a_tooltip_in_a_table_is_not_cut_off_by_the_table(page, expect, name, selector):
    """The theme puts tables in a scroll box, which would clip a tooltip at its edge."""
    page.goto(name)
    value = page.locator(selector).first
    value.scroll_into_view_if_needed()
    value.hover()
    tip = page.locator(".fact-tip:visible").first
    expect(tip).to_be_visible()
    box = tip.bounding_box()
    bottom = page.evaluate(
        "([x, y]) => document.elementFromPoint(x, y)?.closest('.fact-tip') !== null",
        [box["x"] + box["width"] / 2, box["y"] + box["height"] - 3],
    )
    assert bottom, f"{name}: the tooltip's foot is hidden (cut off by its table?)"
