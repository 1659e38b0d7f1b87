"""Typography never changes a verdict: re-typeset copies of the real seed prove every fact.

Each variant is a way a browser, a mirror or an editor re-types the article;
Hypothesis combines them.  Every combination must prove every fact and rule.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from canru_facts.facts import RULES
from canru_facts.proof import prove
from canru_facts.registry import load
from canru_facts.seed import Seed

SEED_PATH = Path(__file__).resolve().parent.parent / "seeds" / "canada-russia-relations.txt"
# Module constants, not fixtures: Hypothesis re-runs a test many times, and a
# failing example should print the variants chosen, not the whole seed.
SEED_TEXT = SEED_PATH.read_text(encoding="utf-8")
REGISTRY = load("canru_facts.facts:FACTS")


def curly_quotes(text: str) -> str:
    """Apostrophes and quotes as a browser's smart quotes set them."""
    text = re.sub(r"(?<=\w)'(?=\w)", "\u2019", text)
    text = re.sub(r"'(?=\w)", "\u2018", text)
    text = text.replace("'", "\u2019")
    return re.sub(r'"([^"\n]*)"', "\u201c\\1\u201d", text)


def en_dash_compounds(text: str) -> str:
    """ "Canada-Russia" with an en dash, as the article's title writes it."""
    return re.sub(r"\b(Canada|Russia)-(Russia|Canada)\b", "\\1\u2013\\2", text)


def hyphen_ranges(text: str) -> str:
    """ "26–27" and "1922–1970" typed with a hyphen."""
    return re.sub(r"(?<=\d)\u2013(?=\d)", "-", text)


def spaced_en_dashes(text: str) -> str:
    return text.replace(" - ", " \u2013 ")


def zero_width_space(text: str) -> str:
    return text.replace("Rimsky-Korsakov", "Rimsky\u200b-Korsakov").replace(
        "Tchaikovsky", "Tchai\u200bkovsky"
    )


def soft_hyphens(text: str) -> str:
    return text.replace("Intergovernmental", "Inter\u00adgovern\u00admental")


def no_break_spaces(text: str) -> str:
    text = re.sub(r"(\d) (January|February|March|April|May|June|July|August)", "\\1\u00a0\\2", text)
    return text.replace("% of", "%\u202fof").replace("St. Petersburg", "St.\u00a0Petersburg")


def rewrapped(text: str) -> str:
    """Every line re-wrapped at 72 columns, breaking after hyphens ("near-" / "total")."""
    return "\n".join(
        textwrap.fill(line, 72, break_on_hyphens=True) if line else line
        for line in text.split("\n")
    )


def citation_markers(text: str) -> str:
    """Wikipedia's markers after commas, semicolons and full stops, and between a word
    and a comma."""
    counter = iter(range(1, 10_000))
    text = re.sub(r"(?<=[,;])(?= )", lambda _: f"[{next(counter)}]", text)
    text = re.sub(r"(?<=\.)(?= [A-Z])", lambda _: f"[{next(counter)}]", text)
    text = re.sub(r"(?<=[a-z])(?=, [a-z])", lambda _: f"[{next(counter)}]", text, count=15)
    return text.replace("Soviet goods.", "Soviet goods.[citation needed]").replace(
        "Canadian programs.", "Canadian programs.[note 3]"
    )


def cr_line_endings(text: str) -> str:
    return text.replace("\n", "\r")


def crlf_line_endings(text: str) -> str:
    return text.replace("\n", "\r\n")


def byte_order_mark(text: str) -> str:
    return "\ufeff" + text


def decomposed(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def mojibake(text: str) -> str:
    """UTF-8 read as Windows-1252 and saved again, as a mislabelled mirror serves it."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))  # bytes Windows-1252 leaves undefined pass as C1 controls
    return "".join(out)


# In the order a copy would go through them: typesetting, then copying, then saving.
VARIANTS = (
    curly_quotes,
    en_dash_compounds,
    hyphen_ranges,
    spaced_en_dashes,
    zero_width_space,
    soft_hyphens,
    no_break_spaces,
    citation_markers,
    rewrapped,
    decomposed,
    mojibake,
    byte_order_mark,
    cr_line_endings,
    crlf_line_endings,
)


def _apply(text: str, chosen) -> str:
    for variant in VARIANTS:
        if variant in chosen and not (variant is crlf_line_endings and cr_line_endings in chosen):
            text = variant(text)
    return text


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda v: v.__name__)
def test_each_variant_changes_the_seed_and_proves_every_fact(seed_text, registry, variant):
    text = variant(seed_text)
    assert text != seed_text
    report = prove(registry, Seed.from_text(text, f"{variant.__name__}.txt"), RULES)
    assert not report.failures, [(f.key, f.problem) for f in report.failures]


@settings(max_examples=40, deadline=None)
@given(chosen=st.sets(st.sampled_from(VARIANTS), min_size=2))
def test_any_combination_of_variants_proves_every_fact(chosen):
    text = _apply(SEED_TEXT, chosen)
    report = prove(REGISTRY, Seed.from_text(text, "variant.txt"), RULES)
    assert not report.failures, (
        sorted(v.__name__ for v in chosen),
        [(f.key, f.problem) for f in report.failures][:5],
    )


def test_lines_of_a_re_typeset_seed_are_its_own(seed_text, registry):
    """A copy with CR endings keeps its lines: each fact is found on the line it is on."""
    text = cr_line_endings(curly_quotes(seed_text))
    report = prove(registry, Seed.from_text(text), RULES)
    assert report.lines["relations.established", ""] == 25
    assert report.lines["envoy.canada", ""] == 7  # the evidence spans lines 7 and 8
