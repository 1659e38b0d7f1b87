"""The book as shipped writes no fact by hand: the lint finds nothing in docs/*.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from canru_facts.registry import load
from canru_facts.sphinx.lint import lint_text

DOCS = Path(__file__).resolve().parents[2] / "docs"
CHAPTERS = sorted(DOCS.glob("[a-z]*.md"))  # the book's pages, not the editors' notes


def test_there_are_chapters_to_lint():
    assert len(CHAPTERS) >= 10, CHAPTERS


@pytest.mark.parametrize("chapter", CHAPTERS, ids=[p.name for p in CHAPTERS])
def test_no_bare_facts(chapter):
    findings = lint_text(chapter.read_text(encoding="utf-8"), load("canru_facts.facts:FACTS"))
    assert [f"{chapter.name}:{f.line}: {f.message}" for f in findings] == []
