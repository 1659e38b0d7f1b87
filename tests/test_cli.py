"""The canru-facts command: exit codes 0/1/2 and messages a maintainer can act on."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from canru_facts.cli import main
from canru_facts.export import schema_text
from canru_facts.facts import RULES

ROOT = Path(__file__).resolve().parent.parent
SEED_PATH = ROOT / "seeds" / "canada-russia-relations.txt"


@pytest.fixture(autouse=True)
def _run_in_project_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_passes_on_the_project_seed(capsys, registry):
    code, out, err = run(capsys, "check")
    assert code == 0, out + err
    assert f"all {len(registry)} facts and {len(RULES)} rules hold" in out


def test_check_reports_a_changed_value_on_its_line_with_the_new_words(
    capsys, tmp_path, seed_text, registry
):
    changed = tmp_path / "seed.txt"
    changed.write_text(seed_text.replace("June 12, 1942", "June 14, 1942"), encoding="utf-8")
    code, out, err = run(capsys, "check", "--seed", str(changed))
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == (
        f"{changed}:25: relations.established: changed: June 12, 1942 is now June 14, 1942"
    )
    assert lines[1] == (
        '    now: "Diplomatic relations between the two countries were finally established '
        'on June 14, 1942"'
    )
    assert lines[2].startswith('    was: "Diplomatic relations')
    assert err.strip() == f"1 of {len(registry)} facts do not hold (1 changed) against {changed}"


def test_check_reports_a_broken_rule(capsys, tmp_path, seed_text):
    changed = tmp_path / "seed.txt"
    # The trade war's start and end, told in two paragraphs: each fact holds, the rule not.
    end = "This trade war between the USSR and Canada lasted until 1936."
    changed.write_text(seed_text.replace(end, "\n\n" + end), encoding="utf-8")
    code, out, err = run(capsys, "check", "--seed", str(changed))
    assert code == 1
    assert out.startswith(f"{changed}:23: history.trade_war_start: rule trade-war-1931-1936: ")
    assert "no longer told in one paragraph" in out
    assert err.strip().endswith(f"facts hold; 1 of {len(RULES)} rules fail against {changed}")


def test_a_re_typeset_copy_with_cr_line_endings_holds(capsys, tmp_path, seed_text):
    copy = tmp_path / "copy.txt"
    text = seed_text.replace("'", "\u2019").replace("Canada-Russia", "Canada\u2013Russia")
    copy.write_bytes(text.replace("\n", "\r").encode("utf-8"))
    code, out, err = run(capsys, "check", "--seed", str(copy))
    assert (code, err) == (0, "")
    assert out.startswith("all ")


@pytest.mark.parametrize(
    ("make_seed", "message"),
    [
        (lambda p: p / "missing.txt", "no such seed file; pass --seed PATH"),
        (lambda p: p, "is a folder"),
        (lambda p: _write(p / "bad.txt", b"ok\n\xff\n"), "bad.txt:2: the seed is not UTF-8"),
        (lambda p: _write(p / "empty.txt", b""), "empty.txt: the seed is empty"),
        (lambda p: _write(p / "blank.txt", b"\n \r\n"), "blank.txt: the seed is empty"),
        (lambda p: _write(p / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00"), "is not text"),
        (
            lambda p: _write(p / "other.txt", b"A text about something else entirely.\n" * 40),
            "other.txt: this does not look like the source: only 0 of the registry's",
        ),
    ],
)
def test_bad_seed_exits_2_with_one_line(capsys, tmp_path, make_seed, message):
    code, out, err = run(capsys, "check", "--seed", str(make_seed(tmp_path)))
    assert code == 2
    assert out == ""
    assert len(err.splitlines()) == 1 and message in err
    assert "Traceback" not in err


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "argv", [[], ["frobnicate"], ["check", "--sed", "x"], ["export", "--format", "xml"]]
)
def test_usage_errors_exit_2_with_one_line(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("canru-facts: error: ") and "--help" in err


def test_unreadable_seed_exits_2(capsys, tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads files whatever their mode")
    locked = _write(tmp_path / "locked.txt", b"x")
    locked.chmod(0)
    code, _, err = run(capsys, "check", "--seed", str(locked))
    assert code == 2 and "cannot read the seed" in err


def test_broken_registry_exits_2(capsys):
    code, _, err = run(capsys, "--registry", "no_such_module:FACTS", "check")
    assert code == 2 and "cannot import the registry" in err


def test_list_prints_one_line_per_fact(capsys, registry):
    code, out, _ = run(capsys, "list")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == len(registry)
    assert any(line.split()[:2] == ["relations.established", "date"] for line in lines)


def test_show_prints_value_evidence_and_line(capsys):
    code, out, _ = run(capsys, "show", "relations.established")
    assert code == 0
    assert "value:" in out and "1942" in out
    assert "canada-russia-relations.txt:25" in out
    assert "June 12, 1942" in out


def test_show_unknown_key_suggests_the_nearest(capsys):
    code, out, err = run(capsys, "show", "relations.establishd")
    assert code == 2 and out == ""
    assert "no fact 'relations.establishd'; did you mean relations.established" in err


def test_json_export_follows_its_schema(capsys, registry):
    code, out, _ = run(capsys, "export", "--format", "json")
    assert code == 0
    document = json.loads(out)
    jsonschema.validate(document, json.loads(schema_text()))
    assert len(document["facts"]) == len(registry)
    established = next(f for f in document["facts"] if f["key"] == "relations.established")
    assert established["plain"] == "1942-06-12"
    assert established["value"] == {"class": "Day", "year": 1942, "month": 6, "day": 12}
    assert established["seed_line"] == 25


def test_csv_export_has_a_row_per_fact(capsys, registry, tmp_path):
    target = tmp_path / "facts.csv"
    code, out, _ = run(capsys, "export", "--format", "csv", "--output", str(target))
    assert code == 0 and out == ""
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert len(rows) == len(registry)
    assert {r["key"]: r["plain"] for r in rows}["relations.established"] == "1942-06-12"


def test_schema_is_printed_on_request(capsys):
    code, out, _ = run(capsys, "export", "--schema")
    assert code == 0 and json.loads(out)["title"].startswith("canru-facts export")


def test_console_script_is_installed_and_exits_2_on_a_bad_seed(tmp_path):
    script = shutil.which("canru-facts", path=str(Path(sys.executable).parent))
    assert script, "the canru-facts console script is not installed"
    result = subprocess.run(
        [script, "check", "--seed", str(tmp_path / "nope.txt")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_seed_copy_is_byte_exact_with_the_shared_source():
    shared = ROOT.parent / "shared" / "seeds" / SEED_PATH.name
    if not shared.exists():
        pytest.skip("the shared seed is not beside this checkout")
    assert shared.read_bytes() == SEED_PATH.read_bytes()
