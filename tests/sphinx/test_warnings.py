"""Every warning path: located at file:line, typed ``fact.*``, never a traceback."""

from __future__ import annotations

import re

import pytest
from book_testing import replace_in, soup, warnings_of
from sphinx.errors import ConfigError, SphinxWarning
from sphinx.util.console import strip_escape_sequences


@pytest.fixture
def broken(build):
    return build("html", root="warnings")


def located_lines(app) -> list[str]:
    """Each warning, a proof failure's indented lines included."""
    out: list[str] = []
    text = strip_escape_sequences(app.warning.getvalue())
    for line in text.splitlines():
        if line.startswith("    ") and out:
            out[-1] += "\n" + line
        elif "WARNING" in line and "is already registered" not in line:
            out.append(line)
    return out


def located(app) -> list[tuple[str, int, str, str]]:
    """(file, line, message, type) of each warning, file relative to the source."""
    out = []
    for warning in located_lines(app):
        match = re.fullmatch(r"(.+?):(\d+): WARNING: (.*) \[(fact\.\w+)\]", warning, re.S)
        assert match, f"warning without location or type: {warning}"
        out.append((match[1].rpartition("/")[2], int(match[2]), match[3], match[4]))
    return out


def test_role_errors(broken):
    """Syntax is checked as the page is read; keys, mentions and variants as it is written."""
    errors = sorted(w for w in located(broken) if w[0] == "errors.md" and w[1] < 17)
    assert errors == [
        (
            "errors.md",
            3,
            "unknown fact key 'relations.establishd'; did you mean 'relations.established'?",
            "fact.unknown",
        ),
        (
            "errors.md",
            5,
            "fact 'relations.established': unknown variant 'yr' for a Day; "
            "valid variants: day, month, year",
            "fact.variant",
        ),
        (
            "errors.md",
            7,
            "fact 'mission.russia': Russian Embassy, Ottawa has no abbreviation "
            "in the registry; valid variants here: name",
            "fact.variant",
        ),
        (
            "errors.md",
            9,
            "empty fact reference; write {fact}`key`, {fact}`key:variant` or "
            "{fact}`key@mention:variant`",
            "fact.empty",
        ),
        (
            "errors.md",
            11,
            "empty num role; write {num}`1900s` for a number that is not a fact",
            "fact.empty",
        ),
        (
            "errors.md",
            15,
            "fact 'relations.established' has no mention 'allies'; its mentions: "
            "none besides its main evidence",
            "fact.unknown",
        ),
    ]


def test_infobox_rows_are_located_at_their_lines(broken):
    infobox = [
        w for w in located(broken) if w[2].startswith("fact-infobox") and w[0] == "errors.md"
    ]
    assert infobox == [
        (
            "errors.md",
            19,
            "fact-infobox: unknown fact key 'relations.nope'; "
            "did you mean 'relations.established'?",
            "fact.unknown",
        ),
        (
            "errors.md",
            20,
            "fact-infobox: fact 'envoy.canada': unknown variant 'yr' for a Person; valid "
            "variants: name, surname, role, name-role, organisation",
            "fact.variant",
        ),
    ]


def test_failed_citations_show_as_problems(broken):
    page = soup(broken, "errors.html")
    problems = [p.get_text() for p in page.select(".problematic")]
    assert problems == [
        ":fact:`relations.establishd`",
        ":fact:`relations.established:yr`",
        ":fact:`mission.russia:abbr`",
        ":fact:` `",
        ":num:` `",
        ":fact:`relations.established@allies`",
        "relations.nope",
        "envoy.canada:yr",
    ]
    # the good citations on the same page still work
    assert page.select_one('[data-fact="envoy.canada"] .fact-value').get_text() == "Taylor"
    assert page.select_one(".fact-infobox .fact-value").get_text() == "12 June 1942"


def test_uncited_fact_is_located_at_the_register(broken):
    uncited = [w for w in located(broken) if w[3] == "fact.uncited"]
    assert uncited == [
        (
            "register.md",
            3,
            "fact 'trade.embargo_year' (Year of the embargo) is "
            "never cited; cite it with {fact}`trade.embargo_year` or take it out of "
            "the registry",
            "fact.uncited",
        )
    ]


def test_a_fact_the_seed_does_not_bear_out_is_located_at_the_fact(broken):
    """The build runs the command's proof and warns in its words, at the registry's line."""
    [proof] = [w for w in located_lines(broken) if "[fact.proof]" in w]
    assert re.fullmatch(
        r".*warnings_facts\.py:12: WARNING: .*seed\.txt:3: trade\.embargo_year: gone: no passage "
        r"of the seed is close; it stood after mission\.russia \(line 3\)\n"
        r'    was: "a sentence the seed does not hold" \[fact\.proof\]',
        proof,
    ), proof


def test_bare_fact_lint_warnings(broken):
    bare = [
        (w[1], w[2].split(" written")[0])
        for w in located(broken)
        if w[3] == "fact.bare" and w[0] == "lint.md"
    ]
    assert bare == [
        (3, "bare year '1942'"),
        (3, "bare date 'June 12, 1942'"),
        (4, "bare person 'Sarah Taylor'"),
        (4, "bare percentage '27%'"),
        (4, "bare money '$25 billion'"),
        (13, "bare year '2014'"),
    ]
    assert "{num}`1900s`" not in (broken.outdir / "lint.html").read_text()
    assert "Numbers that are not facts: 1900s and" in soup(broken, "lint.html").get_text()


def test_warnings_can_be_silenced_by_subtype(build):
    app = build(
        "html", root="warnings", confoverrides={"suppress_warnings": ["fact.bare", "fact.uncited"]}
    )
    kinds = {w[3] for w in located(app)}
    assert "fact.bare" not in kinds and "fact.uncited" not in kinds
    assert "fact.unknown" in kinds


def test_lint_can_be_turned_off(build):
    app = build("html", root="warnings", confoverrides={"canru_facts_lint": False})
    assert "fact.bare" not in {w[3] for w in located(app)}


def test_warning_as_error_fails_the_build(copy_root, make_app):
    """-W --keep-going: the whole build runs, reports every warning, and fails."""
    app = make_app("html", srcdir=copy_root("warnings"), warningiserror=True)
    app.build()
    assert app.statuscode == 1
    assert len(located(app)) == 24


def test_first_warning_can_stop_the_build(copy_root, make_app):
    """-W without --keep-going: the first warning is an exception, not a traceback.

    The proof runs first, as the build starts.
    """
    with pytest.raises(SphinxWarning, match=r"warnings_facts.py:12:.*trade.embargo_year"):
        make_app("html", srcdir=copy_root("warnings"), exception_on_warning=True).build()


def test_bad_registry_is_a_config_error(copy_root, make_app):
    with pytest.raises(
        ConfigError, match="canru_facts_registry: cannot import the registry 'no_such_module:FACTS'"
    ):
        make_app(
            "html",
            srcdir=copy_root("warnings"),
            confoverrides={"canru_facts_registry": "no_such_module:FACTS"},
        )


def test_bad_locale_is_a_config_error(copy_root, make_app):
    with pytest.raises(ConfigError, match="canru_facts_locale: .*no house style for 'de'"):
        make_app("html", srcdir=copy_root("warnings"), confoverrides={"canru_facts_locale": "de"})


def test_missing_seed_is_a_warning(build):
    app = build("html", root="warnings", confoverrides={"canru_facts_seed": "nowhere.txt"})
    seed = [line for line in warnings_of(app) if "[fact.seed]" in line]
    assert seed == [
        "WARNING: canru_facts_seed: nowhere.txt: no such seed file (set it relative "
        "to conf.py); the register will show no seed lines [fact.seed]"
    ]


def test_rst_pages_are_linted_and_cite_like_myst_pages(broken):
    found = [w for w in located(broken) if w[0] == "lint-rst.rst" and "infobox" not in w[2]]
    assert [(w[1], w[2].split(" written")[0], w[3]) for w in found] == [
        (4, "bare year '1942'", "fact.bare"),
        (4, "bare person 'Sarah Taylor'", "fact.bare"),
        (4, "bare percentage '27%'", "fact.bare"),
        (
            8,
            "unknown fact key 'relations.establishd'; did you mean 'relations.established'?",
            "fact.unknown",
        ),
    ]
    assert found[0][2].endswith("write :num:`1942`")  # the advice in rST's own syntax
    page = soup(broken, "lint-rst.html")
    assert page.select_one('[data-fact="relations.established"] .fact-value').get_text() == "1942"
    assert page.select_one(".problematic").get_text() == ":fact:`relations.establishd`"


def test_chart_errors_are_located_and_show_as_problems(broken):
    charts = [w for w in located(broken) if w[0] == "chart.md"]
    assert charts == [
        (
            "chart.md",
            6,
            "fact-chart: a series is 'Name: key, key'; this line is 'Just words'",
            "fact.option",
        ),
        (
            "chart.md",
            9,
            "fact-chart: unknown fact key 'relations.nope'; did you mean 'relations.established'?",
            "fact.unknown",
        ),
        (
            "chart.md",
            9,
            "fact-chart: fact 'envoy.canada' is a Person; "
            "a chart plots percentages, counts or money",
            "fact.option",
        ),
    ]
    page = soup(broken, "chart.html")
    assert page.select("img") == []
    assert [p.get_text() for p in page.select(".problematic")] == ["relations.nope", "envoy.canada"]


def test_an_rst_infobox_row_is_located_at_its_line(broken):
    rows = [w for w in located(broken) if w[0] == "lint-rst.rst" and w[2].startswith("fact-info")]
    assert [(w[1], w[3]) for w in rows] == [(17, "fact.unknown")]


def test_registers_by_subject_are_checked(copy_root, make_app):
    """A subject no register holds, and a subject a register lists that has no facts."""
    srcdir = copy_root("book")
    directive = "```{fact-register}\n"
    replace_in(srcdir / "register.md", directive, directive + ":subjects: more_facts, trade\n")
    app = make_app("html", srcdir=srcdir)
    app.build()
    assert located(app) == [
        (
            "register.md",
            3,
            "fact-register: no facts of the subject 'more_facts'; the subjects are book_facts",
            "fact.register",
        ),
        (
            "register.md",
            3,
            "fact-register: no facts of the subject 'trade'; the subjects are book_facts",
            "fact.register",
        ),
        (
            "register.md",
            3,
            "the facts of 'book_facts' are in no fact-register; list book_facts in a "
            "register's :subjects:",
            "fact.register",
        ),
    ]
    # the citations link nowhere, and the register is empty
    link = soup(app, "history.html").select_one('[data-fact="envoy.russia"] .fact-value')
    assert link.name != "a" or not link.get("href")
    assert not soup(app, "register.html").select("tr.fact-entry")
