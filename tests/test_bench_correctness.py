"""What the benchmark relies on is correct; how fast it is, the benchmark says (nox -s bench).

* the indexed check (``prove``: one pass over the seed for every quote) gives the
  same verdict as a naive scan of the seed per fact, planted failures included;
* after one fact is edited, Sphinx reads no page again and writes again exactly
  the pages citing it, the register, the timeline and the index (whose toctree
  lists them), and a rebuild with nothing changed reads and writes nothing.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import measure, synth  # noqa: E402
from bench.naive import MISSING_EVIDENCE, VALUE_NOT_STATED, naive_check, verdicts_of  # noqa: E402

from canru_facts.proof import prove  # noqa: E402
from canru_facts.registry import Registry  # noqa: E402
from canru_facts.seed import Seed  # noqa: E402
from canru_facts.style import render  # noqa: E402

SMALL = synth.Sizes(
    facts=700, book_facts=40, pages=8, citations=80, corpus_bytes=250_000, missing=7, wrong_value=7
)


@pytest.fixture(scope="module")
def small_book() -> synth.SynthBook:
    return synth.generate(SMALL)


@pytest.fixture(scope="module")
def both_checks(small_book):
    registry = Registry(small_book.facts)
    seed = Seed.from_text(small_book.corpus, "synthetic.txt")
    return verdicts_of(prove(registry, seed)), naive_check(registry, seed)


def test_the_generator_is_deterministic(small_book):
    again = synth.generate(SMALL)
    assert again.corpus == small_book.corpus
    assert again.facts == small_book.facts
    assert again.pages == small_book.pages


def test_every_kind_of_value_is_generated(small_book):
    kinds = {type(f.value).__name__ for f in small_book.facts}
    assert len(kinds) == len(synth.MAKERS) == 14


def test_indexed_and_naive_checks_give_the_same_verdicts(both_checks):
    indexed, naive = both_checks
    assert indexed.keys() == naive.keys()
    differ = {k: (indexed[k], naive[k]) for k in indexed if indexed[k] != naive[k]}
    assert not differ


def test_planted_failures_fail_and_nothing_else(small_book, both_checks):
    indexed, _naive = both_checks
    assert small_book.missing and small_book.wrong_value
    failed = {key: v.problem for key, v in indexed.items() if not v.ok}
    assert failed == {
        **{k: MISSING_EVIDENCE for k in small_book.missing},
        **{k: VALUE_NOT_STATED for k in small_book.wrong_value},
    }


def test_found_evidence_is_on_the_line_the_corpus_has_it(small_book, both_checks):
    indexed, _naive = both_checks
    lines = small_book.corpus.split("\n")
    for fact in small_book.facts[:60]:
        verdict = indexed[fact.key]
        if fact.key in small_book.missing:
            assert verdict.line is None
            continue
        first_word = fact.evidence.split()[0]
        # Evidence may wrap onto the next line; its first word is on the line found.
        assert first_word in lines[verdict.line - 1], fact.key


def test_a_rewrapped_corpus_gives_the_same_verdicts(small_book):
    registry = Registry(small_book.facts)
    flat = Seed.from_text(" ".join(small_book.corpus.split()))
    wrapped = Seed.from_text(small_book.corpus)
    ok = {k: v.ok for k, v in verdicts_of(prove(registry, wrapped)).items()}
    assert ok == {k: v.ok for k, v in naive_check(registry, flat).items()}


# --- the extension writes again exactly what a fact edit changes ---------------------------


@pytest.fixture(scope="module")
def built_book(tmp_path_factory, small_book):
    """The small book written out and built once; its registry module and source folder."""
    root = tmp_path_factory.mktemp("bench-book")
    synth.write_support(root, small_book)
    src = synth.write_book(root, small_book, theme="alabaster")
    env = {"PYTHONPATH": str(root)}
    first = measure.sphinx_build(src, root / "html", jobs=1, env=env)
    return root, src, env, first


def test_the_first_build_reads_every_page(built_book, small_book):
    _root, _src, _env, first = built_book
    registers = {synth.register_page(synth.subject_of(f)) for f in small_book.book_facts}
    assert set(first.read) == {*small_book.pages, "index", *registers, "timeline"}
    assert first.warnings == 0


def test_one_fact_edit_rewrites_its_pages_the_register_and_the_timeline(built_book, small_book):
    root, src, env, _first = built_book
    noop = measure.sphinx_build(src, root / "html", jobs=1, env=env)
    assert noop.read == [] and noop.written == []
    # A fact cited by some pages but not all, so that "exactly" means something.
    fact = next(
        f
        for f in small_book.book_facts
        if type(f.value).__name__ == "Year"
        and 0 < len(small_book.citing[f.key]) < len(small_book.pages) // 2
    )
    registry = synth.registry_file(root / "synth_facts", fact)
    text = registry.read_text(encoding="utf-8")
    edited = replace(fact, value=type(fact.value)(fact.value.year + 1))
    registry.write_text(
        text.replace(synth.registry_line(fact), synth.registry_line(edited)), encoding="utf-8"
    )
    rebuilt = measure.sphinx_build(src, root / "html", jobs=1, env=env)
    assert rebuilt.read == []
    register = synth.register_page(synth.subject_of(fact))
    expected = small_book.citing[fact.key] | {register, "timeline", "index"}
    assert rebuilt.written == sorted(expected)
    page = (root / "html" / f"{sorted(small_book.citing[fact.key])[0]}.html").read_text("utf-8")
    assert f">{fact.value.year + 1}<" in page


# --- the control is the same book, every value written by hand -----------------------------


def _shown(html: Path) -> tuple[str, list[tuple[str, str, str]]]:
    """A page's words (the tooltips aside) and its links: (text, address, hint) each."""
    from bs4 import BeautifulSoup

    body = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser").select_one("div.body")
    for tip in body.select(".fact-tip, a.headerlink"):
        tip.decompose()
    links = [(a.get_text(), a["href"], a.get("title", "")) for a in body.find_all("a")]
    return " ".join(body.get_text().split()), links


def test_the_control_shows_the_same_words_and_links(tmp_path, small_book):
    """Register, timeline and chapters: the words a reader sees and every link, alike."""
    synth.write_support(tmp_path, small_book)
    env = {"PYTHONPATH": str(tmp_path)}
    for name, render_by_hand in (("book", None), ("control", render)):
        src = synth.write_book(
            tmp_path, small_book, theme="alabaster", control_render=render_by_hand
        )
        assert measure.sphinx_build(src, tmp_path / f"{name}-html", jobs=1, env=env).warnings == 0
    registers = sorted({synth.register_page(synth.subject_of(f)) for f in small_book.book_facts})
    for page in [*registers, "timeline", *sorted(small_book.pages)[:3]]:
        facts_text, facts_links = _shown(tmp_path / "book-html" / f"{page}.html")
        control_text, control_links = _shown(tmp_path / "control-html" / f"{page}.html")
        assert control_text == facts_text, page
        assert control_links == facts_links, page
    backlinks = [
        link for page in registers for link in _shown(tmp_path / "book-html" / f"{page}.html")[1]
    ]
    assert len(backlinks) >= small_book.sizes.citations
