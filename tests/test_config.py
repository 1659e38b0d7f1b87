"""[tool.canru-facts]: the book the command works on, and clear words when it is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from canru_facts.cli import main
from canru_facts.config import ConfigError, find, read
from canru_facts.provenance import Provenance, ProvenanceError

ROOT = Path(__file__).resolve().parent.parent


def test_the_project_names_its_book():
    book = find(ROOT / "docs")
    assert book is not None and book.path == ROOT / "pyproject.toml"
    assert book.registry == "canru_facts.facts:FACTS"
    assert book.rules == "canru_facts.facts:RULES"
    assert book.seed == ROOT / "seeds" / "canada-russia-relations.txt"


def _pyproject(tmp_path: Path, table: str) -> Path:
    path = tmp_path / "pyproject.toml"
    path.write_text(f"[project]\nname = 'x'\n\n[tool.canru-facts]\n{table}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('seed = "s.txt"', "'registry' is missing; e.g. registry = "),
        ('registry = "m:FACTS"', "'seed' is missing"),
        ('registry = "m:FACTS"\nseed = "s.txt"\nrule = "m:RULES"', "unknown key 'rule'"),
        ('registry = "m:FACTS"\nseed = "s.txt"\nrules = 3', "'rules' must be a string"),
    ],
)
def test_a_bad_table_is_a_located_error(tmp_path, table, message):
    path = _pyproject(tmp_path, table)
    with pytest.raises(ConfigError, match=message) as caught:
        read(path)
    assert str(caught.value).startswith(f"{path}: [tool.canru-facts]")


def test_a_pyproject_without_the_table_is_not_a_book(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    assert read(tmp_path / "pyproject.toml") is None


def test_without_a_book_the_command_says_what_to_pass(tmp_path, monkeypatch, capsys):
    # A project of its own, without a book, wherever the temporary folder is (under
    # nox it is inside this project, whose book is then not this folder's).
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "other"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 2
    err = capsys.readouterr().err
    assert "no book is configured here: pass --registry MODULE:NAME and --seed PATH" in err


def test_other_facts_are_checked_without_the_books_rules(monkeypatch, capsys, tmp_path):
    monkeypatch.chdir(ROOT)
    seed = tmp_path / "seed.txt"
    seed.write_text("Canada joined in 1942.\n", encoding="utf-8")
    module = tmp_path / "other_facts.py"
    module.write_text(
        "from canru_facts.model import Fact, Year\n"
        "FACTS = [Fact('a.joined', 'Joined', Year(1942), evidence='Canada joined in 1942')]\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    code = main(["--registry", "other_facts:FACTS", "check", "--seed", str(seed)])
    out = capsys.readouterr().out
    assert code == 0 and "all 1 facts and 0 rules hold" in out


def test_the_seed_has_its_provenance_beside_it():
    provenance = Provenance.load(ROOT / "seeds" / "canada-russia-relations.txt")
    assert provenance is not None and provenance.title == "Canada–Russia relations"
    assert provenance.licence == "CC BY-SA 4.0"
    assert provenance.retrieved is not None


def test_a_bad_provenance_file_is_a_located_error(tmp_path):
    (tmp_path / "s.txt").write_text("text", encoding="utf-8")
    (tmp_path / "s.toml").write_text('retrieved = "yesterday"\n', encoding="utf-8")
    with pytest.raises(ProvenanceError, match=r"s\.toml: 'retrieved' must be a date"):
        Provenance.load(tmp_path / "s.txt")


def test_the_nearest_project_decides(tmp_path):
    """A project inside another's folder has no book of its own: not the other's."""
    (tmp_path / "pyproject.toml").write_text(
        '[tool.canru-facts]\nregistry = "book.facts:FACTS"\nseed = "seed.txt"\n', encoding="utf-8"
    )
    inner = tmp_path / "inner" / "docs"
    inner.mkdir(parents=True)
    (inner.parent / "pyproject.toml").write_text('[project]\nname = "inner"\n', encoding="utf-8")
    assert find(inner) is None
    assert find(tmp_path).registry == "book.facts:FACTS"
