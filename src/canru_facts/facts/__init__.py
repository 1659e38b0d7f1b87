"""Every fact of the book, one module per subject, and the rules that tie them together.

Each module holds a list ``FACTS`` of :class:`canru_facts.model.Fact` entries, in
the order the seed tells them.  The book's register follows this order.
``RULES`` are checked with the facts (``pyproject.toml`` and ``docs/conf.py``
name both).
"""

from canru_facts.rules import anniversary, ordered_in_one_passage, same_value, same_year

from . import culture, diplomacy, economy, history, intelligence, overview

FACTS = [
    *overview.FACTS,
    *history.FACTS,
    *culture.FACTS,
    *economy.FACTS,
    *diplomacy.FACTS,
    *intelligence.FACTS,
]

RULES = (
    anniversary(
        "relations-65th-anniversary",
        "relations.anniversary_65",
        since="relations.established",
        on="relations.anniversary_65_date",
    ),
    anniversary(
        "gould-50th-anniversary",
        "culture.gould_anniversary",
        since="culture.gould_tour",
        on="culture.gould_anniversary_year",
    ),
    ordered_in_one_passage(
        "trade-war-1931-1936", "history.trade_war_start", "history.trade_war_end"
    ),
    same_value(
        "invasion-date-agrees", "history.invasion", "economy.invasion", "economy.sanctions_invasion"
    ),
    same_year(
        "invasion-year-agrees",
        "history.invasion",
        "relations.collapse_2022",
    ),
    same_year(
        "crimea-year-agrees",
        "history.crimea_annexation",
        "history.crimea_motion",
        "relations.deteriorated_2014",
        "relations.hostile_since",
    ),
    same_value(
        "summit-series-1972-agrees", "hockey.summit_series_1972", "summit2007.tretyak_hockey_summit"
    ),
)
