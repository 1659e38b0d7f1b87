"""Accessibility: axe-core finds no serious or critical violation on any page.

axe-core runs inside Chromium on every page of the book, in the light theme and
in the dark one (colour contrast differs).  axe-playwright-python ships axe-core,
so nothing is fetched.  Moderate and minor findings do not fail the run: they are
listed after it (the terminal summary) and written, in full, under
build/accessibility/.
"""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.browser

IMPACTS = ("critical", "serious", "moderate", "minor")
BLOCKING = {"critical", "serious"}


def _describe(violation: dict) -> str:
    nodes = "; ".join(
        " ".join(node["target"]) + ": " + (node.get("failureSummary") or "").replace("\n", " ")
        for node in violation["nodes"][:5]
    )
    return f"{violation['id']} ({violation['impact']}, {violation['help']}): {nodes}"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_axe_finds_no_serious_or_critical_violation(
    theme, request, axe, book_pages, axe_report, book
):
    page = request.getfixturevalue("page" if theme == "light" else "dark_page")
    out = book.parent / "accessibility"
    out.mkdir(parents=True, exist_ok=True)
    blocking: list[str] = []
    for name in book_pages:
        page.goto(name, wait_until="load")
        assert page.evaluate("document.documentElement.dataset.theme") == theme, name
        violations = axe.run(page).response["violations"]
        (out / f"{theme}-{name.replace('/', '_')}.json").write_text(
            json.dumps(violations, indent=1), encoding="utf-8"
        )
        found: dict[str, dict[str, int]] = {}
        for violation in violations:
            impact = violation["impact"] or "minor"
            found.setdefault(impact, {})[violation["id"]] = len(violation["nodes"])
            if impact in BLOCKING:
                blocking.append(f"{name}: {_describe(violation)}")
        axe_report[(theme, name)] = {i: found[i] for i in IMPACTS if i in found}
    assert not blocking, f"serious or critical accessibility violations ({theme} theme):\n" + (
        "\n".join(blocking)
    )


def test_every_target_on_a_phone_is_large_enough_to_touch(axe, book_pages, phone_page):
    """WCAG 2.2's target size (24 by 24 CSS pixels, or space around), which axe runs
    only when asked: the register's "Evidence" under each label is one such target."""
    small: list[str] = []
    for name in book_pages:
        phone_page.goto(name, wait_until="load")
        options = {"runOnly": {"type": "rule", "values": ["target-size"]}}
        for violation in axe.run(phone_page, options=options).response["violations"]:
            small.append(f"{name}: {_describe(violation)}")
    assert not small, "targets too small to touch:\n" + "\n".join(small)
