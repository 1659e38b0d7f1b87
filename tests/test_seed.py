"""The seed: white space collapsed once, offsets mapped back to lines."""

from __future__ import annotations

import re
import textwrap

import pytest

from canru_facts.seed import Seed, SeedError, normalise


def test_normalise_collapses_every_run_of_white_space():
    assert normalise("  a \t b\n\n c\r\n") == "a b c"


def test_normalise_folds_typography():
    assert normalise("Canada\u2013Russia\u2019s \u201cten\u201d[3]") == 'Canada-Russia\'s "ten"'


def test_flat_offsets_map_back_to_original_lines():
    seed = Seed.from_text("  first line\n\n  second   line\nthird\n")
    assert seed.flat == "first line second line third"
    for word, line in [("first", 1), ("second", 3), ("line third", 3), ("third", 4)]:
        assert seed.line_of(seed.flat.index(word)) == line, word
    assert seed.line_count == 4


def test_locate_finds_quotes_across_line_breaks(seed):
    assert seed.locate("finally established on June 12, 1942") == 25
    assert seed.locate("finally established\non   June 12,\n1942") == 25
    assert seed.locate("not in the seed at all") is None


def test_one_pass_search_agrees_with_search_per_quote(seed):
    quotes = [seed.flat[i : i + n] for i in range(0, len(seed.flat) - 80, 397) for n in (12, 60)]
    quotes += ["absent quote", "Envoy2: Oleg Stepanov", "Envoy2: Oleg Stepanov"]
    assert seed.find_all(quotes) == {q: seed.find(q) for q in quotes}


def test_reflowed_seed_keeps_lines_of_the_new_file(seed_text):
    reflowed = "\n".join(textwrap.fill(paragraph, 60) for paragraph in seed_text.split("\n"))
    seed = Seed.from_text(reflowed)
    line = seed.locate("Diplomatic relations between the two countries")
    assert seed.line_text(line).startswith("Diplomatic relations")


def test_lines_end_at_lf_crlf_or_a_lone_cr():
    for ending in ("\n", "\r\n", "\r"):
        seed = Seed.from_text(ending.join(["first", "", "second line", "third"]) + ending)
        assert seed.line_count == 4, repr(ending)
        assert seed.locate("second line third") == 3
        assert seed.line_text(3) == "second line"
        assert seed.paragraph_of(4) == 1


def test_a_quote_is_the_originals_own_characters():
    seed = Seed.from_text("Canada\u2013Russia [12] relations,\r\nnear-\ntotal")
    at = seed.find("Canada-Russia relations, near-total")
    assert at == 0
    assert seed.quote(at, len(seed.flat)) == "Canada\u2013Russia [12] relations,\r\nnear-\ntotal"
    assert seed.line_of(seed.flat.index("total")) == 3


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the seed is empty"),
        (b" \n\r\n\t\n", "the seed is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "the seed is not text (a NUL byte at offset 8)"),
        ("Canada".encode("utf-16"), "the seed is UTF-16 text; save it as UTF-8"),
    ],
)
def test_a_file_that_cannot_be_a_seed_is_one_clear_line(tmp_path, data, message):
    path = tmp_path / "seed.txt"
    path.write_bytes(data)
    with pytest.raises(SeedError, match=re.escape(message)):
        Seed.load(path)


def test_missing_seed_is_one_clear_line(tmp_path):
    with pytest.raises(SeedError, match=r"no such seed file; pass --seed PATH"):
        Seed.load(tmp_path / "absent.txt")


def test_folder_is_not_a_seed(tmp_path):
    with pytest.raises(SeedError, match="is a folder"):
        Seed.load(tmp_path)


def test_non_utf8_seed_names_the_line(tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("line one\nMontréal\n".encode("latin-1"))
    with pytest.raises(SeedError, match=r"latin1.txt:2: the seed is not UTF-8 \(byte 0xe9"):
        Seed.load(bad)


def test_the_provenance_file_records_the_digest_of_the_seed():
    import hashlib
    import re
    from pathlib import Path

    from canru_facts.provenance import Provenance

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    seed_path = seeds / "canada-russia-relations.txt"
    digest = hashlib.sha256(seed_path.read_bytes()).hexdigest()
    assert Provenance.load(seed_path).sha256 == digest, (
        "update sha256 in seeds/canada-russia-relations.toml (canru-facts update does it)"
    )
    readme = (seeds / "README.md").read_text("utf-8")
    assert not re.findall(r"\b[0-9a-f]{64}\b", readme), "the digest lives in the .toml only"
    assert "`canada-russia-relations.toml`" in readme
