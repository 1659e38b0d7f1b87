"""The checks that `nox -s pdf` and `nox -s linkcheck` run (.ci/check_*.py) can fail."""

from __future__ import annotations

import importlib.util
import json
import runpy
import sys
from pathlib import Path
from types import ModuleType

import pytest

CI = Path(__file__).resolve().parent.parent / ".ci"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, CI / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # as an import would: dataclasses look their module up there
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


# --- the PDF's pages, parts and running heads ---------------------------------------
# Small samples in the forms poppler prints: pdftotext -bbox (the words of each page
# and where they stand), pdftohtml -xml (the bookmarks), pdfinfo -dests (the targets
# LaTeX leaves where chapters open).


def word(text: str, top: float) -> str:
    return f'<word xMin="72.0" yMin="{top}" xMax="90.0" yMax="{top + 10}">{text}</word>'


def bbox(*pages: list[str]) -> str:
    body = "".join(
        f'<page width="595.276000" height="841.890000">{"".join(words)}</page>' for words in pages
    )
    return f"<html><body><doc>{body}</doc></body></html>"


HEAD, FOOT, BODY = 37.0, 794.0, 400.0  # where the book sets its heads, numbers and text


def test_a_page_with_only_its_running_head_and_number_is_blank(pdf):
    pages = pdf.parse_pages(
        bbox(
            [word("Canada–Russia", HEAD), word("History", HEAD), word("4", FOOT)],
            [word("Canada–Russia", HEAD), word("Text.", BODY), word("5", FOOT)],
            [],
        )
    )
    assert pages[1].head == "Canada–Russia" and pages[1].body == "Text." and pages[1].foot == "5"
    problems = pdf.blank_pages(pages)
    assert [p.split(" is blank")[0] for p in problems] == ["page 1", "page 3"]
    assert "'Canada–Russia History 4'" in problems[0]


def test_words_are_read_unescaped(pdf):
    (page,) = pdf.parse_pages(bbox([word("Q&amp;A", BODY)]))
    assert page.body == "Q&A"


OUTLINE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE pdf2xml SYSTEM "pdf2xml.dtd">
<pdf2xml producer="poppler" version="22.12.0">
<page number="1" position="absolute" top="0" left="0" height="1262" width="892"></page>
<outline>
<item page="4">Introduction</item>
<outline><item page="4">How the facts are checked</item></outline>
<item page="6">History</item>
<outline><item page="7">Background</item></outline>
<item page="9">Fact register</item>
<item page="20">Timeline</item>
</outline>
</pdf2xml>
"""
DESTS = """Page  Destination                 Name
   1 [ XYZ   72  768 null      ] "Doc-Start"
   2 [ XYZ   72  768 null      ] "chapter*.1"
   4 [ XYZ   72  768 null      ] "chapter.1"
   4 [ XYZ  313  309 null      ] "section*.10"
   6 [ XYZ   72  768 null      ] "chapter.2"
   7 [ XYZ   72  556 null      ] "section.2.1"
   9 [ XYZ   72  768 null      ] "appendix.A"
  20 [ XYZ   72  768 null      ] "appendix.B"
"""


def parts_of(pdf, page_count: int = 21):
    targets = pdf.parse_chapter_targets(DESTS)
    return pdf.book_parts(pdf.parse_outline(OUTLINE), targets, page_count)


def test_the_parts_run_from_one_top_level_bookmark_to_the_next(pdf):
    assert pdf.parse_outline(OUTLINE)[1] == ("History", 6)  # sections are not parts
    assert pdf.parse_chapter_targets(DESTS) == {
        4: "chapter 1",
        6: "chapter 2",
        9: "appendix A",
        20: "appendix B",
    }
    assert [(str(p), p.first, p.last, p.pages) for p in parts_of(pdf)] == [
        ("front matter", 1, 3, 3),
        ("chapter 1 Introduction", 4, 5, 2),
        ("chapter 2 History", 6, 8, 3),
        ("appendix A Fact register", 9, 19, 11),
        ("appendix B Timeline", 20, 21, 2),
    ]
    assert pdf.pages_by_part(parts_of(pdf))[-1].endswith("2  (pages 20–21)")


def test_the_page_limit_is_45_and_a_longer_book_names_its_longest_part(pdf):
    assert pdf.MAX_PAGES == 45
    parts = parts_of(pdf, page_count=46)
    (problem,) = pdf.too_many_pages(parts, 46)
    assert problem.startswith("46 pages, 1 over the limit of 45")
    assert "longest first: appendix B Timeline 27, appendix A Fact register 11" in problem
    assert pdf.too_many_pages(parts_of(pdf, page_count=45), 45) == []


def test_the_register_may_take_a_quarter_of_the_pages_and_no_more(pdf):
    assert pdf.Fraction(1, 4) == pdf.MAX_REGISTER_SHARE
    # The register runs pages 9-19: 11 pages, a quarter of 44 but more than a quarter of 43.
    assert pdf.register_too_long(parts_of(pdf, 44), 44, "Fact register") == []
    (problem,) = pdf.register_too_long(parts_of(pdf, 43), 43, "Fact register")
    assert "appendix A Fact register, pages 9–19) takes 11 of 43 pages" in problem
    assert "at most 10 pages" in problem


def test_a_register_without_a_bookmark_cannot_pass(pdf):
    (problem,) = pdf.register_too_long(parts_of(pdf), 21, "Register of facts")
    assert "no bookmark reads 'Register of facts'" in problem


def headed(pdf, *heads: str, foot: str = "7"):
    """Pages 1-21 of parts_of(), each page's head words as given, then 'plain'."""
    pages = []
    for n in range(21):
        head = heads[n] if n < len(heads) else "Canada–Russia Relations History"
        pages.append(
            [word(w, HEAD) for w in head.split()] + [word("Text.", BODY), word(foot, FOOT)]
        )
    return pdf.parse_pages(bbox(*pages))


def good_heads(pdf) -> list[str]:
    heads = []
    for part in parts_of(pdf):
        for n in range(part.first, part.last + 1):
            named = part.label != "front matter" and n != part.first
            heads.append(f"Canada–Russia Relations {part.title}" if named else "")
    return heads


def test_running_heads_name_the_book_and_the_part(pdf):
    pages = headed(pdf, *good_heads(pdf))
    assert pdf.head_problems(pages, parts_of(pdf), "Canada–Russia Relations", "0.1.0") == []


def test_a_head_without_its_chapter_or_the_book_fails(pdf):
    heads = good_heads(pdf)
    heads[6] = heads[7] = "Canada–Russia Relations Introduction"  # pages 7 and 8: History's
    heads[10] = "Fact register"
    problems = pdf.head_problems(headed(pdf, *heads), parts_of(pdf), "Canada–Russia Relations", "")
    assert problems == [
        "chapter 2 History: no 'History' in the running head of pages 7–8; "
        "page 7's reads 'Canada–Russia Relations Introduction'",
        "appendix A Fact register: no 'Canada–Russia Relations' in the running head of page 11; "
        "page 11's reads 'Fact register'",
    ]


@pytest.mark.parametrize(
    ("head", "foot"),
    [
        ("Canada–Russia Relations, Release 0.1.0", "7"),
        ("Canada–Russia Relations 0.1.0", "7"),
        ("Canada–Russia Relations", "release 7"),
    ],
)
def test_a_release_in_a_head_or_foot_fails(pdf, head, foot):
    heads = good_heads(pdf)
    heads[4] = f"{head} Introduction"
    pages = headed(pdf, *heads)
    pages[4] = pdf.Page(
        5, pages[4].height, pages[4].words[:-1] + (pdf.Word(foot, FOOT, FOOT + 10),)
    )
    (problem,) = pdf.head_problems(pages, parts_of(pdf), "Canada–Russia Relations", "0.1.0")
    assert problem.startswith("a release in the running heads or feet of page 5;")


def test_a_version_inside_another_number_is_not_a_release(pdf):
    assert not pdf.names_a_release("Canada–Russia Relations 10.1.0.2 5", "0.1.0")
    assert pdf.names_a_release("Canada–Russia Relations (0.1.0) 5", "0.1.0")


def test_the_checker_and_the_book_agree_on_the_margins(pdf):
    # Heads are told from text by the top and bottom margins: Sphinx's, one inch.
    latex = runpy.run_path(str(CI.parent / "docs" / "conf.py"))["latex_elements"]
    assert pdf.MARGIN_PT == 72.0
    assert "vmargin" not in latex.get("sphinxsetup", "") and "geometry" not in latex


def test_a_heading_that_cites_a_fact_is_matched_as_printed(pdf):
    heading = "History since {fact}`relations.established:year`, *not* the {num}`1900s`"
    assert pdf.as_printed(heading) == "History since 1942, not the 1900s"
