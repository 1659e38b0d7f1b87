"""Fixtures: build tiny Sphinx projects from ``roots/test-*`` with sphinx.testing.

Each test gets its own copy of a root in a temporary folder, so a test may edit
the copy's facts or pages and build again.  The roots carry their own small
registry module and seed, so these tests never depend on the book's facts.

``pytest_plugins`` may only be set in the top-level conftest; importing the
fixtures here registers them for this folder alone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from book_testing import ROOTS, copy_root_to
from sphinx.testing.fixtures import (  # noqa: F401  (fixtures)
    _shared_result_cache,
    app_params,
    make_app,
    shared_result,
    sphinx_test_tempdir,
    test_params,
)
from sphinx.testing.fixtures import pytest_configure as sphinx_markers
from sphinx.testing.util import SphinxTestApp


def pytest_configure(config: pytest.Config) -> None:
    sphinx_markers(config)
    # as tests/browser registers it: the whole suite then runs these tests last
    config.addinivalue_line("markers", "browser: opens built HTML in headless Chromium")


@pytest.fixture(scope="session")
def rootdir() -> Path:
    return ROOTS


@pytest.fixture
def copy_root(tmp_path: Path) -> Callable[[str], Path]:
    """Copy ``roots/test-NAME`` into this test's temporary folder."""

    def copy(name: str) -> Path:
        target, n = tmp_path / name, 1
        while target.exists():  # a test may build the same root twice
            n += 1
            target = tmp_path / f"{name}-{n}"
        return copy_root_to(name, target)

    return copy


@pytest.fixture
def build(copy_root, make_app) -> Callable[..., SphinxTestApp]:  # noqa: F811
    """Copy a root and build it: ``build("html", root="book", parallel=2)``."""

    def run(
        buildername: str = "html", *, root: str = "book", srcdir: Path | None = None, **kwargs
    ) -> SphinxTestApp:
        app = make_app(buildername, srcdir=srcdir or copy_root(root), **kwargs)
        app.build()
        return app

    return run
