"""canru-facts update on a copy of the project: a dry run by default, then --write.

Each test copies the book's registry (as a package of its own, ``book_facts``),
its seed and the seed's provenance into a temporary project, and runs the
command there in a fresh interpreter, as a maintainer would.
"""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "drift"
FACTS = ROOT / "src" / "canru_facts" / "facts"
SEED = ROOT / "seeds" / "canada-russia-relations.txt"

PYPROJECT = """\
[project]
name = "book-copy"
version = "0"

[tool.ruff]
line-length = 100

[tool.ruff.lint]
select = ["I"]

[tool.canru-facts]
registry = "book_facts:FACTS"
rules = "book_facts:RULES"
seed = "seeds/canada-russia-relations.txt"
"""


@pytest.fixture
def project(tmp_path) -> Path:
    shutil.copytree(FACTS, tmp_path / "book_facts", ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds")
    shutil.copy(SEED.with_suffix(".toml"), tmp_path / "seeds")
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    return tmp_path


def canru(project: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(project), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "canru_facts.cli", *argv],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def _snapshot(project: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(project)): p.read_bytes()
        for p in sorted(project.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_a_dry_run_shows_the_diff_and_writes_nothing(project):
    before = _snapshot(project)
    done = canru(project, "update", "--seed", str(DATA / "revision.txt"))
    assert done.returncode == 1, done.stderr  # changed facts are left for a person
    assert _snapshot(project) == before
    out = done.stdout
    for name in ("book_facts/history.py", "seeds/canada-russia-relations.txt"):
        assert f"--- a/{name}\n+++ b/{name}\n" in out
    assert "--- a/seeds/canada-russia-relations.toml" in out
    assert (
        '+        evidence="Canada and the Russian Federation established relations in 1992",'
        in out
    )
    assert "2 reworded: new quote for relations.established, relations.post_soviet" in out
    assert "5 changed, left as they are (take them with --accept KEY or --accept-all):" in out
    assert "revision.txt:82: envoy.canada_appointed: changed: November 2023 is now" in out
    assert out.rstrip().endswith("dry run: nothing written; --write applies the diff above")


def test_write_applies_the_reworded_quotes_and_leaves_changed_values(project):
    done = canru(project, "update", "--seed", str(DATA / "revision.txt"), "--write")
    assert done.returncode == 1, done.stdout + done.stderr
    assert (project / "seeds" / "canada-russia-relations.txt").read_bytes() == (
        DATA / "revision.txt"
    ).read_bytes()
    history = (project / "book_facts" / "history.py").read_text(encoding="utf-8")
    assert 'evidence="Canada and the Russian Federation established relations in 1992"' in history
    assert "Percentage(27)," in history  # changed, not accepted: as it was
    check = canru(project, "check")
    assert check.returncode == 1
    assert "(5 changed)" in check.stderr


def test_accept_all_brings_the_book_to_the_new_seed(project):
    originals = {
        p.name: p.read_text(encoding="utf-8") for p in (project / "book_facts").glob("*.py")
    }
    done = canru(
        project,
        "update",
        "--seed",
        str(DATA / "revision.txt"),
        "--write",
        "--accept-all",
        "--revision",
        "1266471234",
        "--retrieved",
        "2026-12-01",
    )
    assert done.returncode == 0, done.stdout + done.stderr
    check = canru(project, "check")
    assert check.returncode == 0, check.stdout + check.stderr
    diplomacy = (project / "book_facts" / "diplomacy.py").read_text(encoding="utf-8")
    assert "        Day(2023, 11, 9),\n" in diplomacy
    assert "    Day,\n" in diplomacy  # the new value's class is imported, in order
    overview = (project / "book_facts" / "overview.py").read_text(encoding="utf-8")
    assert 'Person("Alison LeClaire", "Ambassador of Canada to Russia"),' in overview
    # Comments and formatting elsewhere are byte for byte as they were.
    for name, old in originals.items():
        new = (project / "book_facts" / name).read_text(encoding="utf-8")
        comments = [line for line in old.splitlines() if line.strip().startswith("#")]
        assert [line for line in new.splitlines() if line.strip().startswith("#")] == comments
        for line in difflib.ndiff(old.splitlines(), new.splitlines()):
            if line.startswith("- "):
                removed = line[2:].strip()
                assert removed.startswith(
                    ('"', "evidence=", "also=", "Day(", "Month(", "Person(")
                ) or (removed.startswith(("Percentage(", "from canru_facts", "Count,"))), (
                    f"{name}: {removed!r} should not have changed"
                )
    # As the project's formatter (ruff, in the test extra) writes it.
    formatted = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "--diff", "book_facts"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    for edited in ("diplomacy.py", "history.py", "overview.py"):
        assert f"book_facts/{edited}" not in formatted.stdout, formatted.stdout
    imports = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "book_facts/diplomacy.py"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert imports.returncode == 0, imports.stdout
    provenance = tomllib.loads(
        (project / "seeds" / "canada-russia-relations.toml").read_text(encoding="utf-8")
    )
    assert provenance["sha256"] == hashlib.sha256((DATA / "revision.txt").read_bytes()).hexdigest()
    assert provenance["revision"] == "1266471234"
    assert str(provenance["retrieved"]) == "2026-12-01"
    assert provenance["licence"] == "CC BY-SA 4.0"  # the rest as it was
    toml = (project / "seeds" / "canada-russia-relations.toml").read_text(encoding="utf-8")
    assert toml.startswith("# Where the seed beside this file comes from.")


def test_accept_takes_only_the_named_changed_facts(project):
    done = canru(
        project,
        "update",
        "--seed",
        str(DATA / "revision.txt"),
        "--write",
        "--accept",
        "envoy.canada",
        "opinion.favourable_2017",
    )
    assert done.returncode == 1
    assert "2 changed and accepted: new value for envoy.canada, opinion.favourable_2017" in (
        done.stdout
    )
    assert "3 changed, left as they are" in done.stdout
    history = (project / "book_facts" / "history.py").read_text(encoding="utf-8")
    assert "Percentage(31)," in history and "Percentage(59)," in history


def test_gone_facts_are_listed_never_deleted(project):
    before = (project / "book_facts" / "history.py").read_text(encoding="utf-8")
    done = canru(
        project, "update", "--seed", str(DATA / "paragraphs-removed.txt"), "--write", "--accept-all"
    )
    assert done.returncode == 1
    assert "4 gone, for you to decide" in done.stdout
    assert "paragraphs-removed.txt:21: history.trade_war_start: gone:" in done.stdout
    assert (project / "book_facts" / "history.py").read_text(encoding="utf-8") == before


def test_a_typography_only_copy_changes_only_the_seed_and_its_digest(project):
    done = canru(project, "update", "--seed", str(DATA / "typography.txt"), "--write")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[:2] == [
        "wrote seeds/canada-russia-relations.toml",
        "wrote seeds/canada-russia-relations.txt",
    ]
    assert canru(project, "check").returncode == 0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["--accept", "envoy.canad"],
            "--accept envoy.canad: no such fact; did you mean envoy.canada",
        ),
        (["--accept", "relations.established"], "this seed does not change its value"),
        (["--retrieved", "yesterday"], "'yesterday' is not a date like 2026-11-29"),
    ],
)
def test_bad_options_exit_2_with_one_line(project, argv, message):
    done = canru(project, "update", "--seed", str(DATA / "revision.txt"), *argv)
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.splitlines()) == 1 and message in done.stderr


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the seed is empty"),
        (b"\x00\x01binary", "is not text"),
        (b"caf\xe9\n", "is not UTF-8"),
        (b"Another article altogether, about rivers.\n" * 30, "this does not look like the source"),
    ],
)
def test_a_seed_that_cannot_serve_exits_2_and_writes_nothing(project, data, message):
    new = project / "new.txt"
    new.write_bytes(data)
    before = _snapshot(project)
    done = canru(project, "update", "--seed", str(new), "--write", "--accept-all")
    assert done.returncode == 2
    assert len(done.stderr.splitlines()) == 1 and message in done.stderr
    assert _snapshot(project) == before


REGISTRY_SOURCE = '''\
"""A registry with a further mention."""

from canru_facts.model import Fact, Organisation  # the kinds used here

FACTS = [
    # --- the alliance -------------------------------------------------------
    Fact(
        "history.nato",
        "Western alliance",
        Organisation("NATO", "alliance"),
        evidence="Canada was part of the democratic Western bloc and NATO",
        also={
            "allies": "hostile foreign policy towards Canada and its NATO allies",  # intro
        },
    ),
]
'''


def test_a_further_mention_is_re_quoted_in_its_own_entry():
    from canru_facts.model import Fact, Organisation, Percentage
    from canru_facts.update import _Edit, edit_source

    fact = Fact(
        "history.nato",
        "Western alliance",
        Organisation("NATO", "alliance"),
        evidence="Canada was part of the democratic Western bloc and NATO",
        also={"allies": "hostile foreign policy towards Canada and its NATO allies"},
    )
    edit = _Edit(fact, evidence={"allies": "hostile policy towards Canada and its NATO partners"})
    new, missing = edit_source(REGISTRY_SOURCE, [edit])
    assert missing == []
    assert new == REGISTRY_SOURCE.replace(
        "hostile foreign policy towards Canada and its NATO allies",
        "hostile policy towards Canada and its NATO partners",
    )
    other = _Edit(dataclasses.replace(fact, key="history.other"), value=Percentage(3))
    _, missing = edit_source(REGISTRY_SOURCE, [other])
    assert missing == ["history.other"]
