"""Verdicts on a drifted seed: changed, reworded or gone, each on the right line of the new seed.

tests/data/drift/ holds three copies of the seed: a newer revision (envoys, a
poll's figures and an appointment day changed; two sentences reworded), one
with whole paragraphs removed, and a browser copy in which only typography
changed.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from canru_facts.facts import RULES
from canru_facts.model import Day, Percentage, Person
from canru_facts.proof import describe, prove
from canru_facts.registry import Registry
from canru_facts.seed import Seed

DATA = Path(__file__).resolve().parent / "data" / "drift"


def _verdicts(registry, name: str) -> dict[str, object]:
    report = prove(registry, Seed.load(DATA / name), RULES)
    assert not [f for f in report.failures if f.rule], "no rule breaks in these copies"
    return {f.key: f for f in report.failures if not f.mention}  # main evidences only


def _mention_verdicts(registry, name: str) -> dict[tuple[str, str], tuple[str, int]]:
    report = prove(registry, Seed.load(DATA / name), RULES)
    return {(f.key, f.mention): (f.verdict, f.line) for f in report.failures if f.mention}


def test_a_browser_copy_changes_no_verdict(registry):
    """Curly quotes, en dashes, a zero-width space, citation markers, no-break spaces,
    lines re-wrapped at 72 columns after hyphens, CRLF: every fact holds."""
    report = prove(registry, Seed.load(DATA / "typography.txt"), RULES)
    assert report.ok, [describe(f, "typography.txt") for f in report.failures]


def test_a_newer_revision_says_what_changed_and_what_was_reworded(registry):
    failed = _verdicts(registry, "revision.txt")
    assert {key: (f.verdict, f.line) for key, f in failed.items()} == {
        "envoy.canada": ("changed", 7),
        "envoy.russia": ("changed", 9),
        "relations.established": ("reworded", 25),
        "relations.post_soviet": ("reworded", 27),
        "opinion.favourable_2017": ("changed", 41),
        "opinion.unfavourable_2017": ("changed", 41),
        "envoy.canada_appointed": ("changed", 82),
    }
    # The envoys are named again in the section on diplomacy: those mentions change too.
    assert _mention_verdicts(registry, "revision.txt") == {
        ("envoy.canada", "diplomacy"): ("changed", 82),
        ("envoy.russia", "diplomacy"): ("changed", 82),
    }
    now = {key: f.drift for key, f in failed.items()}
    assert now["envoy.canada"].value == Person("Alison LeClaire", "Ambassador of Canada to Russia")
    assert now["envoy.canada"].quote == (
        "Envoytitle1: Ambassador of Canada to Russia - Envoy1: Alison LeClaire"
    )
    assert now["envoy.russia"].value == Person("Nikolai Petrov", "Ambassador of Russia to Canada")
    assert (now["opinion.favourable_2017"].value, now["opinion.favourable_2017"].comparison) == (
        Percentage(31),
        "different",
    )
    assert now["opinion.unfavourable_2017"].value == Percentage(55)
    assert now["opinion.unfavourable_2017"].quote == "with 55% expressing an unfavourable view"
    # The same month, made more precise: compared as values, not as strings.
    appointed = now["envoy.canada_appointed"]
    assert (appointed.value, appointed.comparison) == (Day(2023, 11, 9), "more precise")
    assert appointed.quote == (
        "The Canadian ambassador to Russia is Alison LeClaire, appointed on November 9, 2023"
    )
    # "12 June 1942" is June 12, 1942: the value holds, only the words changed.
    assert now["relations.established"].quote == (
        "Diplomatic relations between the two countries were finally established on 12 June 1942"
    )
    assert now["relations.post_soviet"].quote == (
        "Canada and the Russian Federation established relations in 1992"
    )


def test_the_words_of_each_verdict(registry):
    failed = _verdicts(registry, "revision.txt")
    text = describe(failed["envoy.canada_appointed"], "revision.txt").splitlines()
    assert text[0] == (
        "revision.txt:82: envoy.canada_appointed: changed: November 2023 is now "
        "November 9, 2023 (the same month, made more precise: a day)"
    )
    assert text[1].startswith('    now: "The Canadian ambassador to Russia is Alison LeClaire')
    assert text[2].startswith('    was: "The Canadian ambassador to Russia is Sarah Taylor')
    reworded = describe(failed["relations.established"], "revision.txt").splitlines()[0]
    assert reworded == (
        "revision.txt:25: relations.established: reworded: June 12, 1942 still holds; "
        "the quote is now"
    )


def test_removed_paragraphs_are_gone_where_they_stood(registry):
    failed = _verdicts(registry, "paragraphs-removed.txt")
    assert {key: f.verdict for key, f in failed.items()} == {
        "history.trade_war_start": "gone",
        "history.trade_war_end": "gone",
        "opinion.survey_2020": "gone",
        "opinion.unfavourable_2020": "gone",
    }
    trade = failed["history.trade_war_start"]
    # The paragraph stood between line 21 (the Bolshevik Revolution) and line 23 now.
    assert trade.line == 21
    assert trade.drift.after == ("history.bolshevik_revolution", 21)
    assert trade.drift.before == ("relations.established", 23)
    poll = failed["opinion.unfavourable_2020"]
    assert poll.line == 39
    assert poll.drift.before == ("sanctions.tools_list", 41)
    assert describe(poll, "p.txt").splitlines()[0] == (
        "p.txt:39: opinion.unfavourable_2020: gone: no passage of the seed is close; it stood "
        "after opinion.unfavourable_2017 (line 39) and before sanctions.tools_list (line 41)"
    )


def _one(registry, key: str, old: str, new: str, seed_text: str):
    text = seed_text.replace(old, new)
    assert text != seed_text
    report = prove(registry, Seed.from_text(text, "new.txt"))
    (finding,) = report.failures
    assert finding.key == key
    return finding


def test_a_role_that_changed_is_read_from_its_own_line(registry, seed_text):
    """The role sits on the line above the name (an infobox): it is read there."""
    finding = _one(
        registry,
        "envoy.canada",
        "Envoytitle1: Ambassador of Canada to Russia",
        "Envoytitle1: Ambassador of Canada to the Russian Federation",
        seed_text,
    )
    assert finding.verdict == "changed" and finding.line == 7
    assert finding.drift.value == Person(
        "Sarah Taylor", "Ambassador of Canada to the Russian Federation"
    )


def test_a_person_whose_sentence_changed_elsewhere_is_reworded_not_renamed(registry, seed_text):
    text = seed_text.replace("met for the second time", "met for a second time")
    report = prove(registry, Seed.from_text(text, "new.txt"))
    verdicts = {f.key: f.verdict for f in report.failures}
    assert verdicts["people.stephen_harper"] == "reworded"
    assert verdicts["people.vladimir_putin"] == "reworded"
    assert verdicts["relations.harper_putin_second_meeting"] == "reworded"  # "second time"


@pytest.mark.parametrize(
    ("key", "old", "new", "value", "comparison"),
    [
        ("relations.established", "June 12, 1942", "June 1942", "June 1942", "less precise"),
        ("diplomacy.cooperation_began", "more than 35 years", "38 years", "38 years", None),
        ("opinion.favourable_2017", "27% of", "27.4% of", Percentage(Decimal("27.4")), None),
        ("summit2007.participants", "over 300 participants", "312 participants", None, None),
    ],
)
def test_precision_is_compared_as_values(registry, seed_text, key, old, new, value, comparison):
    finding = _one(registry, key, old, new, seed_text)
    assert finding.verdict == "changed"
    if isinstance(value, str):
        assert finding.drift.words == value
    elif value is not None:
        assert finding.drift.value == value
    assert finding.drift.comparison == (comparison or "more precise")


def test_a_further_mention_gets_its_own_verdict():
    from canru_facts.model import Fact, Organisation

    seed = Seed.from_text(
        "During the Cold War, Canada was part of the democratic Western bloc and NATO.\n\n"
        "Russia is hostile towards Canada and its NATO partners.\n"
    )
    nato = Fact(
        "org.nato",
        "NATO",
        Organisation("NATO", "alliance"),
        evidence="Canada was part of the democratic Western bloc and NATO",
        also={"allies": "hostile towards Canada and its NATO allies"},
    )
    (finding,) = prove(Registry([nato]), seed).failures
    assert (finding.mention, finding.verdict, finding.line) == ("allies", "reworded", 3)
    assert finding.drift.quote == "hostile towards Canada and its NATO partners"


@pytest.mark.parametrize(
    ("key", "old", "new", "verdict", "line", "quote"),
    [
        # A heading is a passage of its own.
        (
            "history.soviet_dissolution",
            "===Relations since 1991 Soviet dissolution===",
            "===Relations since the 1991 Soviet dissolution===",
            "reworded",
            29,
            "Relations since the 1991 Soviet dissolution",
        ),
        # An infobox line: the value with a comma in it is read whole.
        (
            "mission.canada",
            "- Mission1: Canadian Embassy, Moscow",
            "- Mission1: Canadian Embassy, Saint Petersburg",
            "changed",
            5,
            "Mission1: Canadian Embassy, Saint Petersburg",
        ),
        # A list item, with a citation marker after it now.
        (
            "sanctions.semrr",
            "- Special Economic Measures (Russia) Regulations (SEMRR)",
            "- Special Economic Measures (Russian Federation) Regulations (SEMRR)[4]",
            "changed",
            46,
            "Special Economic Measures (Russian Federation) Regulations (SEMRR)",
        ),
    ],
)
def test_headings_infobox_lines_and_list_items_are_passages(
    registry, seed_text, key, old, new, verdict, line, quote
):
    finding = _one(registry, key, old, new, seed_text)
    assert (finding.verdict, finding.line, finding.drift.quote) == (verdict, line, quote)
