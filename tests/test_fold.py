"""Typography never counts: the fold, and the offsets it keeps into the original."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from canru_facts.fold import fold, fold_with_offsets, tidy

# Characters that typesetting, copying and wrapping put into a text.
TYPOGRAPHY = (
    "\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u02bc"  # quotes
    "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"  # dashes, minus
    "\u00a0\u202f\u2009\u3000"  # spaces
    "\u200b\u200c\u200d\u2060\u00ad\ufeff\u200e"  # invisible
    "\u2028\u2029\u0085"  # separators
    "\ufb01\uff21\u2026"  # compatibility forms
)
# A decomposed "é", as a Mac copy writes it, stands for a letter.
ALPHABET = [*"ab Z1.,;-'\"[]\n\r\t", *TYPOGRAPHY, "e\u0301"]
MARKERS = ["[1]", "[12]", "[a]", "[note 3]", "[citation needed]", "[who?]", "[nb 2]"]


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Canada\u2013Russia relations", "Canada-Russia relations"),
        ("Canada\u2014Russia, Canada\u2212Russia", "Canada-Russia, Canada-Russia"),
        ("\u201cSanctions Regime\u201d, Glenn Gould\u2019s", '"Sanctions Regime", Glenn Gould\'s'),
        ("\u00abunfriendly\u00bb \u2039countries\u203a", "\"unfriendly\" 'countries'"),
        ("Rimsky\u200b-Korsakov", "Rimsky-Korsakov"),
        ("June\u00a012,\u202f1942", "June 12, 1942"),
        ("\ufeffInfobox", "Infobox"),
        ("a\r\nb\rc\nd", "a b c d"),
        ("near-\ntotal", "near-total"),
        ("near-\r\n  total", "near-total"),
        ("1922\u2013\n1970", "1922-1970"),
        ("composers -\nnotably", "composers - notably"),
        ("estab\u00ad\nlished", "established"),
        ("Canadians,[12] with", "Canadians, with"),
        ("Russia[12], with", "Russia, with"),
        ("Russia [12] and", "Russia and"),
        ("Russia [12]  and", "Russia and"),
        ("Russia.[12][13] The", "Russia. The"),
        ("Ukraine[note 3] and [a] them[citation needed].", "Ukraine and them."),
        ("policy[citation\nneeded] towards", "policy towards"),
        ("Canada has suspended [its] cooperation", "Canada has suspended [its] cooperation"),
        ("[sic] and [1990s]", "[sic] and [1990s]"),
        ("Que\u0301bec", "Qu\u00e9bec"),
        ("Canada\u00e2\u20ac\u201cRussia", "Canada-Russia"),  # mojibake of the en dash
        ("Qu\u00c3\u00a9bec", "Qu\u00e9bec"),  # mojibake of é
        ("\ufb01ne \uff21\u2026", "fine A..."),
        ("  lead\t and trail \n", "lead and trail"),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded
    assert fold_with_offsets(text).text == folded


def test_a_hyphenated_word_broken_by_a_typesetter_is_not_joined():
    # Documented limit: only a soft hyphen says a word was broken; a real
    # hyphen at a line break is kept, as re-wrapping never adds one.
    assert fold("estab-\nlished") == "estab-lished"


def test_tidy_keeps_the_seeds_characters_but_not_markers_or_line_breaks():
    assert tidy("Envoytitle1: Ambassador\n- Envoy1: \u201cX\u201d[3]") == (
        "Envoytitle1: Ambassador - Envoy1: \u201cX\u201d"
    )


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*ALPHABET, *MARKERS]), max_size=40).map("".join))
@example("a [1]  b")
@example("a-\n[1]b")
@example("\u00ad\n")
@example("a\u0301\u0301b")
def test_folding_a_whole_text_gives_the_short_fold(text):
    """fold() (evidence, forms) and fold_with_offsets() (the seed) agree on any text."""
    assert fold_with_offsets(text).text == fold(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*ALPHABET, *MARKERS, "word", "Word"]), max_size=40).map("".join))
def test_offsets_lead_back_to_the_original_words(text):
    """Any folded span from a word character to a word character quotes the original
    characters it folds from: folding that quote gives the span back (or, where the
    span ends inside what one character expands to, "ﬁ" to "fi", a little more)."""
    folded = fold_with_offsets(text)
    flat = folded.text
    words = [i for i, c in enumerate(flat) if c.isalnum()]
    for a in words[:6]:
        for b in words[-6:]:
            if b < a:
                continue
            quote = text[folded.start(a) : folded.end(b + 1)]
            again = fold(quote)
            assert flat[a : b + 1] in again and again in flat[max(0, a - 2) : b + 3], (a, b, quote)
            assert folded.folded(folded.start(a)) <= a
