"""Every warning path: located at file:line, typed ``fact.*``, never a traceback."""

from __future__ import annotations

import re

import pytest
from book_testing import soup, warnings_of
from sphinx.errors import ConfigError, SphinxWarning


@pytest.fixture
def broken(build):
    return build("html", root="warnings")


def located(app) -> list[tuple[str, int, str, str]]:
    """(file, line, message, type) of each warning, file relative to the source."""
    out = []
    for line in warnings_of(app):
        match = re.fullmatch(r"(.+?):(\d+): WARNING: (.*) \[(fact\.\w+)\]", line)
        assert match, f"warning without location or type: {line}"
        out.append((match[1].rpartition("/")[2], int(match[2]), match[3], match[4]))
    return out


def test_role_errors(broken):
    errors = [w for w in located(broken) if w[0] == "errors.md"]
    assert errors[:5] == [
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
    ]


def test_directive_option_errors(broken):
    infobox = [w for w in located(broken) if w[2].startswith("fact-infobox")]
    assert [(w[1], w[3]) for w in infobox] == [(15, "fact.unknown")] * 3
    assert infobox[2][2] == (
        "fact-infobox :established: unknown fact key 'relations.nope'; "
        "did you mean 'relations.established'?"
    )


def test_failed_citations_show_as_problems(broken):
    page = soup(broken, "errors.html")
    problems = [p.get_text() for p in page.select(".problematic")]
    assert problems[:4] == [
        ":fact:`relations.establishd`",
        ":fact:`relations.established:yr`",
        ":fact:`mission.russia:abbr`",
        ":fact:` `",
    ]
    # the good citations on the same page still work
    assert page.select_one('[data-fact="envoy.canada"] .fact-value').get_text() == "Taylor"


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


def test_evidence_missing_from_the_seed_is_located_at_the_fact(broken):
    [seed] = [w for w in located(broken) if w[3] == "fact.seed"]
    assert seed[0] == "warnings_facts.py" and seed[1] == 12
    assert "trade.embargo_year: evidence not found in seed.txt" in seed[2]


def test_bare_fact_lint_warnings(broken):
    bare = [(w[1], w[2].split(" written")[0]) for w in located(broken) if w[3] == "fact.bare"]
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
    assert len(located(app)) == 16


def test_first_warning_can_stop_the_build(copy_root, make_app):
    """-W without --keep-going: the first warning is an exception, not a traceback."""
    app = make_app("html", srcdir=copy_root("warnings"), exception_on_warning=True)
    with pytest.raises(SphinxWarning, match=r"errors.md:3:unknown fact key 'relations.establishd'"):
        app.build()


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
