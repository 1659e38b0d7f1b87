"""The bare-fact lint as a plain function: what it finds and what it leaves alone."""

from __future__ import annotations

from decimal import Decimal
from textwrap import dedent

import pytest

from canru_facts.model import Day, Decade, Fact, Money, Percentage, Person, Year
from canru_facts.registry import Registry
from canru_facts.sphinx.lint import Index, lint_text, names_pattern

REGISTRY = Registry(
    [
        Fact("relations.established", "Relations", Day(1942, 6, 12), evidence="June 12, 1942"),
        Fact(
            "envoy.canada", "Envoy", Person("Sarah Taylor", "Ambassador"), evidence="Sarah Taylor"
        ),
        Fact("pm.harper", "PM", Person("Stephen Harper", "Prime Minister"), evidence="Harper"),
        Fact("pm.other_harper", "Other", Person("Jane Harper"), evidence="Jane Harper"),
        Fact("opinion.favourable", "Favourable", Percentage(27), evidence="27%"),
        Fact(
            "security.budget", "Budget", Money(25, "$", "billion", "up to"), evidence="$25 billion"
        ),
        Fact(
            "security.half", "Half", Money(Decimal("2.5"), "$", "million"), evidence="$2.5 million"
        ),
        Fact("kgb.quoted", "Quoted", Decade(1990), evidence="the 1990s"),
        Fact("trade.end", "End", Year(1936), evidence="1936"),
    ]
)


def found(text: str) -> list[tuple[int, str, str, tuple[str, ...]]]:
    return [(f.line, f.kind, f.text, f.keys) for f in lint_text(dedent(text), REGISTRY)]


@pytest.mark.parametrize(
    ("text", "kind", "shown", "keys"),
    [
        ("in 1942.", "year", "1942", ("relations.established:year",)),
        ("since 1936,", "year", "1936", ("trade.end:year",)),
        ("in the 1990s", "year", "1990s", ("kgb.quoted",)),
        ("in 1066", "year", "1066", ()),
        ("on June 12, 1942 the", "date", "June 12, 1942", ("relations.established",)),
        ("on 12 June 1942 the", "date", "12 June 1942", ("relations.established",)),
        ("on the 12th of June 1942", "date", "12th of June 1942", ("relations.established",)),
        ("by November 2023,", "date", "November 2023", ()),
        ("held March 26–27, 2007, in", "date", "March 26–27, 2007", ()),
        ("le 12 juin 1942", "date", "12 juin 1942", ("relations.established",)),
        ("only 27% agreed", "percentage", "27%", ("opinion.favourable",)),
        ("only 27 per cent agreed", "percentage", "27 per cent", ("opinion.favourable",)),
        ("seul 27\u00a0% d'accord", "percentage", "27\u00a0%", ("opinion.favourable",)),
        ("up to $25 billion over", "money", "$25 billion", ("security.budget",)),
        ("a further $2.5 million", "money", "$2.5 million", ("security.half",)),
        ("some USD 40 for", "money", "USD 40", ()),
        ("some 40 dollars for", "money", "40 dollars", ()),
        ("jusqu'à 25 milliards $ sur", "money", "25 milliards $", ("security.budget",)),
        ("when Sarah Taylor arrived", "person", "Sarah Taylor", ("envoy.canada",)),
        ("when Sarah\nTaylor arrived", "person", "Sarah\nTaylor", ("envoy.canada",)),
        ("and then Taylor said", "person", "Taylor", ("envoy.canada:surname",)),
        ("and Stephen Harper met", "person", "Stephen Harper", ("pm.harper",)),
    ],
)
def test_finds(text, kind, shown, keys):
    assert found(text) == [(1, kind, shown, keys)]


@pytest.mark.parametrize(
    "text",
    [
        "Cited: {fact}`relations.established` and {fact}`envoy.canada:surname`.",
        "Escaped: {num}`1900s` and {num}`27%`.",
        "Code: `1942` and ``a 1942 b``.",
        'A [link](https://example.invalid/1942/27%25 "title") here.',
        "Bare URL https://example.invalid/2014/report here.",
        "A {doc}`history-1942` role target and {ref}`label-2014`.",
        "Harper alone is ambiguous: two people share the surname.",
        "Taylor starts this sentence, where a capital says nothing.",
        "Numbers that are not years: 300 people, 1,942 votes, 3.1942, 2100 and 999.",
        "(target-1942)=",
        "% a comment about 1942",
        "<!-- a comment about 1942 -->",
        "An <span title='1942'>attribute</span>.",
    ],
)
def test_leaves_alone(text):
    assert found(text) == []


def test_role_title_is_prose_but_target_is_not():
    assert found("See {ref}`the 1942 accord <accord-1936>`.") == [
        (1, "year", "1942", ("relations.established:year",))
    ]


def test_code_blocks_options_and_front_matter_are_skipped():
    text = """\
    ---
    date: 1942
    ---
    # Title

    ```python
    year = 1942
    ```

    ~~~
    1936
    ~~~

    ```{figure} chart-1942.png
    :alt: opinion in 2017
    :width: 1942px

    Caption written in 1936.
    ```

    :::{note}
    ---
    class: year-1942
    ---
    A note from 1936.
    :::

    ````{admonition} Nested
    ```{code-block}
    1942
    ```
    Back in prose in 1936.
    ````

    <!--
    1942 in a comment
    -->
    After the comment, 1936.
    """
    assert [(line, shown) for line, _kind, shown, _keys in found(text)] == [
        (18, "1936"),
        (25, "1936"),
        (32, "1936"),
        (38, "1936"),
    ]


def test_message_names_the_key_and_the_escape():
    [year] = lint_text("in 1942.", REGISTRY)
    assert year.message == (
        "bare year '1942' written by hand; cite it with "
        "{fact}`relations.established:year`; if it is not a fact, "
        "write {num}`1942`"
    )
    [person] = lint_text("by Sarah Taylor", REGISTRY)
    assert (
        person.message == "bare person 'Sarah Taylor' written by hand; cite it with "
        "{fact}`envoy.canada`"
    )
    [unknown] = lint_text("in 1066", REGISTRY)
    assert unknown.message.endswith(
        "if it is a fact, add it to the registry and cite it with "
        "{fact}`key`; if not, write {num}`1066`"
    )


def test_columns_and_order():
    findings = lint_text("x\nIn 1942, 27% and Sarah Taylor.\n", REGISTRY)
    assert [(f.line, f.column, f.kind) for f in findings] == [
        (2, 4, "year"),
        (2, 10, "percentage"),
        (2, 18, "person"),
    ]


def test_works_with_a_plain_mapping():
    assert [f.kind for f in lint_text("in 1942", dict(REGISTRY))] == ["year"]


def test_link_text_is_prose():
    assert found("A [report from 1942](https://example.invalid/x) here.") == [
        (1, "year", "1942", ("relations.established:year",))
    ]


def test_names_pattern_finds_the_longest_whole_name():
    pattern = names_pattern(["Ann", "Anna", "Anna Maria", "Anna Marie", "Jean-Luc Picard"])
    text = "Anna Maria, Ann, Anna\nMarie, Annabel, Anna-Maria, Anna Mari, Jean-Luc  Picard."
    assert [m[1] for m in pattern.finditer(text)] == [
        "Anna Maria",
        "Ann",
        "Anna\nMarie",
        "Anna",
        "Jean-Luc  Picard",
    ]


def test_names_pattern_of_no_names():
    assert names_pattern([]) is None


def test_an_index_gives_what_its_registry_gives():
    """A build indexes its registry once and lints every page against the index."""
    index = Index(REGISTRY)
    text = "in 1942, 27% and Sarah Taylor"
    assert lint_text(text, index) == lint_text(text, REGISTRY) != []


# --- reStructuredText ---------------------------------------------------------------


def found_rst(text: str) -> list[tuple[int, str, str]]:
    findings = lint_text(dedent(text), REGISTRY, "restructuredtext")
    return [(f.line, f.kind, f.text) for f in findings]


@pytest.mark.parametrize(
    ("text", "kind", "shown"),
    [
        ("Relations began in 1942.", "year", "1942"),
        ("On 12 June 1942 they met.", "date", "12 June 1942"),
        ("Only 27% agreed.", "percentage", "27%"),
        ("Then Sarah Taylor spoke.", "person", "Sarah Taylor"),
        ("See `the 1942 accord <https://example.invalid/x>`_.", "year", "1942"),
        ("See :ref:`the 1942 accord <accord-1936>`.", "year", "1942"),
        ("A **bold 1942** and *1942s*", "year", "1942"),
    ],
)
def test_finds_in_rst(text, kind, shown):
    assert found_rst(text)[:1] == [(1, kind, shown)]


@pytest.mark.parametrize(
    "text",
    [
        "Cited: :fact:`relations.established` and :fact:`envoy.canada:surname`.",
        "Escaped: :num:`1900s` and :num:`27%`.",
        "Roles with a domain: :py:func:`f_1942` and `1942`:fact:.",
        "Code: ``1942`` and ``a 1942 b``.",
        "A default role: `1942`.",
        "A link `report <https://example.invalid/1942/27%25>`_ here.",
        "Bare URL https://example.invalid/2014/report here.",
        "Substitution |year-1942| and footnote [1942]_ and [#]_.",
        ".. _target-1942:",
        ".. a comment about 1942",
        ":year-1942: a field name",
    ],
)
def test_leaves_alone_in_rst(text):
    assert found_rst(text) == []


def test_a_fields_value_is_prose_in_rst():
    assert found_rst(":Founded: in 1936") == [(1, "year", "1936")]


def test_rst_blocks_options_and_comments_are_skipped():
    text = """\
    Title
    =====

    .. code-block:: python

       year = 1942

    A paragraph ending with a literal block::

       1936 in a literal block

    .. figure:: chart-1942.png
       :alt: opinion in 2017
       :width: 1942px

       Caption written in 1936.

    .. note::

       A note from 1936.

       .. code-block:: text

          1942 nested in code

       Back in the note in 1936.

    ..
       A comment block about 1942,
       over two lines.

    .. [1] A footnote from 1936.

    .. fact-infobox:: At a glance

       relations.established

    After all that, 1936.
    """
    assert [(line, shown) for line, _kind, shown in found_rst(text)] == [
        (16, "1936"),
        (20, "1936"),
        (26, "1936"),
        (32, "1936"),
        (38, "1936"),
    ]


def test_rst_advice_writes_rst_roles():
    [year] = lint_text("in 1942.", REGISTRY, "restructuredtext")
    assert year.message == (
        "bare year '1942' written by hand; cite it with "
        ":fact:`relations.established:year`; if it is not a fact, write :num:`1942`"
    )


@pytest.mark.parametrize(
    "text",
    ["le 12 décembre 1942", "Décembre 1942 fut froid", "en février 1942", "on 3 August 1942"],
)
def test_month_names_come_from_cldr_in_every_language_of_the_book(text):
    """Not a hand list: every CLDR month name of English and French, in either case."""
    [finding] = lint_text(text, REGISTRY)
    assert finding.kind == "date"


def test_a_timelines_headlines_are_prose_and_a_peoples_list_is_keys():
    text = """\
    ```{fact-timeline}
    :not-events: trade.end

    relations.established: Relations are established in 1942
    trade.end with relations.established: The trade war ends, {fact}`trade.end`
    ```

    ```{fact-people} Envoys of 1936
    envoy.canada
    ```
    """
    assert [(line, shown) for line, _kind, shown, _keys in found(text)] == [(4, "1942")]


def test_a_timelines_headlines_are_prose_in_rst():
    text = """\
    .. fact-timeline::
       :not-events: trade.end

       relations.established: Relations are established in 1942

    .. fact-people:: Envoys

       envoy.canada
    """
    assert [(line, shown) for line, _kind, shown in found_rst(text)] == [(4, "1942")]
