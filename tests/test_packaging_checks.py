"""The checks that `nox -s pdf` and `nox -s linkcheck` run (.ci/check_*.py) can fail."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

CI = Path(__file__).resolve().parent.parent / ".ci"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, CI / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the LaTeX log -----------------------------------------------------------------

LOG = r"""
Overfull \hbox (0.4pt too wide) in paragraph at lines 12--14
[]\T1/qtm/m/n/10.95 almost fits
Overfull \hbox (23.7pt too wide) in paragraph at lines 189--189
\T1/qtm/m/n/10.95 (-20) tions.established
Underfull \hbox (badness 10000) in paragraph at lines 200--201
"""


@pytest.fixture(scope="module")
def latex_log():
    return load("check_latex_log")


def test_overfull_boxes_are_read_with_their_width_and_text(latex_log):
    boxes = latex_log.overfull_boxes(LOG)
    assert [(pt, text) for pt, _where, text in boxes] == [
        (0.4, r"[]\T1/qtm/m/n/10.95 almost fits"),
        (23.7, r"\T1/qtm/m/n/10.95 (-20) tions.established"),
    ]


def test_a_box_that_sticks_out_fails_and_a_hairline_passes(latex_log, tmp_path, capsys):
    log = tmp_path / "book.log"
    log.write_text(LOG, encoding="latin-1")
    assert latex_log.main(["check", str(log)]) == 1
    assert "23.7pt too wide in paragraph at lines 189--189" in capsys.readouterr().err
    log.write_text(LOG.split("Overfull \\hbox (23.7pt")[0], encoding="latin-1")
    assert latex_log.main(["check", str(log)]) == 0


# --- the link report ---------------------------------------------------------------


@pytest.fixture(scope="module")
def links():
    return load("check_links")


def report(tmp_path: Path, *rows: dict) -> str:
    path = tmp_path / "output.json"
    base = {"filename": "sources.md", "lineno": 3, "info": ""}
    path.write_text("".join(json.dumps({**base, **row}) + "\n" for row in rows), encoding="utf-8")
    return str(path)


ARTICLE = "https://en.wikipedia.org/wiki/Canada%E2%80%93Russia_relations"
LICENCE = "https://creativecommons.org/licenses/by-sa/4.0/"


def test_working_links_on_allowed_hosts_pass(links, tmp_path):
    rows = [{"uri": u, "status": "working", "code": 0} for u in (ARTICLE, LICENCE)]
    assert links.main(["check", report(tmp_path, *rows)]) == 0


def test_a_link_to_another_host_fails_even_offline(links, tmp_path, capsys):
    rows = [
        {"uri": ARTICLE, "status": "broken", "code": 0, "info": "Name resolution failed"},
        {"uri": "https://example.org/x", "status": "broken", "code": 0, "info": "unreachable"},
    ]
    assert links.main(["check", report(tmp_path, *rows)]) == 1
    assert "example.org/x: host not on the allow-list" in capsys.readouterr().err


def test_a_link_the_server_refuses_is_broken(links, tmp_path, capsys):
    rows = [
        {"uri": ARTICLE, "status": "working", "code": 0},
        {"uri": LICENCE + "nope", "status": "broken", "code": 404, "info": "404 Not Found"},
    ]
    assert links.main(["check", report(tmp_path, *rows)]) == 1
    assert "404 Not Found" in capsys.readouterr().err


def test_offline_links_are_reported_as_not_checked(links, tmp_path, capsys):
    rows = [{"uri": u, "status": "broken", "code": 0} for u in (ARTICLE, LICENCE)]
    assert links.main(["check", report(tmp_path, *rows)]) == 0
    assert capsys.readouterr().out.startswith("NOT CHECKED")


def test_an_unreachable_link_fails_when_others_answer(links, tmp_path):
    rows = [
        {"uri": ARTICLE, "status": "working", "code": 0},
        {"uri": LICENCE, "status": "timeout", "code": 0},
    ]
    assert links.main(["check", report(tmp_path, *rows)]) == 1


# --- the PDF's text ----------------------------------------------------------------


@pytest.fixture(scope="module")
def pdf():
    return load("check_pdf")


def test_pdf_text_is_searched_across_line_breaks_and_hyphenation(pdf):
    text = pdf.searchable("Ambassador Oleg Stepa-\nnov met the\nPrime   Minister")
    assert "Oleg Stepanov met the Prime Minister" in text


def test_every_chapter_but_the_root_page_has_a_title(pdf):
    titles = pdf.chapter_titles()
    assert "index.md" not in titles
    assert all(title.strip() for title in titles.values())


def test_sampled_facts_cover_several_kinds_and_are_not_bare_numbers(pdf):
    samples = pdf.sampled_facts()
    assert len(samples) >= 5
    assert not any(value.isdigit() for value in samples.values())
