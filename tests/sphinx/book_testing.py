"""Helpers shared by the extension's tests (plain functions, not fixtures)."""

from __future__ import annotations

import shutil
from pathlib import Path

from bs4 import BeautifulSoup
from sphinx.testing.util import SphinxTestApp
from sphinx.util.console import strip_escape_sequences


def soup(app: SphinxTestApp, page: str) -> BeautifulSoup:
    return BeautifulSoup((app.outdir / page).read_text(encoding="utf-8"), "html.parser")


def warnings_of(app: SphinxTestApp) -> list[str]:
    """The build's warning lines, without colour codes.

    Two test apps alive at once in one process make Sphinx say its own nodes are
    "already registered"; that is the test harness, not the build, so it is left out.
    """
    text = strip_escape_sequences(app.warning.getvalue())
    return [
        line
        for line in text.splitlines()
        if ("WARNING" in line or "ERROR" in line) and "is already registered" not in line
    ]


ROOTS = Path(__file__).parent / "roots"


def copy_root_to(name: str, target: Path) -> Path:
    """Copy ``roots/test-NAME`` to ``target``."""
    shutil.copytree(ROOTS / f"test-{name}", target)
    return target


def replace_in(path: Path, old: str, new: str) -> None:
    """Edit a copied test book's file: ``old`` (which must be there) becomes ``new``."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), encoding="utf-8")
