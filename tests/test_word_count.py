"""The chapters stay short: at most 3,400 words of prose, as the reader sees them.

The landing page and the five chapters are counted, headings and lists
included; the appendices (register, timeline, "See also", sources) are not.
Each ``{fact}`` citation counts as the words of its rendered value ("12 June
1942" is three words), each ``{num}`` as its text; directive blocks (the
infobox, the chart, the toctrees) and link targets are left out, except a list
of people (``{fact-people}``, one person key a line), which counts as each
person's name, role and organisation.  Run this file with ``-s`` to see the
count per page.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from canru_facts.sphinx.nodes import parse_reference as split_reference
from canru_facts.style import render

DOCS = Path(__file__).resolve().parent.parent / "docs"
PROSE_PAGES = ("index", "history", "culture", "economy", "diplomacy", "intelligence")
LIMIT = 3400

FENCE = re.compile(r"^(`{3,}|:{3,})(\{[\w-]+\})?")
PEOPLE = "{fact-people}"
ROLE = re.compile(r"\{(fact|num)\}`([^`]*)`")
LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
FOOTNOTE_MARK = re.compile(r"\[\^[^\]]+\]:?")
WORD = re.compile(r"[^\W_](?:[\w’'.\-–]*[^\W_])?")


def prose(text: str, registry) -> str:
    """The page's text as the reader sees it: values written out, markup and blocks gone."""
    kept, fence, people = [], "", False
    for line in text.splitlines():
        opened = FENCE.match(line.strip())
        if fence:
            if opened and line.strip() == fence:
                fence, people = "", False
            elif people and line.strip() and not line.strip().startswith(":"):
                person = registry[split_reference(line)[0]].value
                kept.append(
                    ", ".join(w for w in (person.name, person.role, person.organisation) if w)
                )
            continue
        if opened:
            fence, people = opened.group(1), opened.group(2) == PEOPLE
            continue
        kept.append(line)
    body = "\n".join(kept)

    def value(match: re.Match[str]) -> str:
        if match.group(1) == "num":
            return match.group(2)
        key, _mention, variant = split_reference(match.group(2))
        fact = registry[key]
        text = render(fact.value, variant or None)
        return f"{text} [sic]" if fact.sic and fact.sic in text else text

    body = ROLE.sub(value, body)
    body = LINK.sub(r"\1", body)
    return FOOTNOTE_MARK.sub(" ", body)


def words(text: str) -> int:
    return len(WORD.findall(text))


def counts(registry) -> dict[str, int]:
    return {
        page: words(prose((DOCS / f"{page}.md").read_text(encoding="utf-8"), registry))
        for page in PROSE_PAGES
    }


def test_the_counter_counts_rendered_values(registry):
    text = (
        "# Title\n\nOn {fact}`relations.established`, see [the list](x.md).\n\n"
        "```{fact-infobox}\n```\n\n```{fact-people}\npeople.y_kotliarov\n```\n"
    )
    assert prose(text, registry).split() == [
        *("#", "Title", "On", "12", "June", "1942,", "see", "the", "list."),
        *("Y.", "Kotliarov,", "General", "Manager,", "Moscow", "Branch", "Office,", "SNC-Lavalin"),
    ]
    assert words(prose(text, registry)) == 16


def test_the_prose_is_at_most_the_limit(registry):
    per_page = counts(registry)
    for page, n in per_page.items():
        print(f"{page:>14}: {n:5d}")
    total = sum(per_page.values())
    print(f"{'total':>14}: {total:5d} (limit {LIMIT})")
    assert total <= LIMIT, f"{total} words of chapter prose; the limit is {LIMIT}: {per_page}"


@pytest.mark.parametrize("page", PROSE_PAGES)
def test_every_prose_page_exists(page):
    assert (DOCS / f"{page}.md").is_file()
