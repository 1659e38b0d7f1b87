"""Sphinx extension: the book's facts, cited, registered, charted and checked.

Add ``"canru_facts.sphinx"`` to ``extensions``.  Configuration:

``canru_facts_registry``  ``"module:attribute"`` of the facts (required)
``canru_facts_rules``     ``"module:attribute"`` of the rules tying facts together ("" = none)
``canru_facts_seed``      the seed's path, relative to conf.py ("" = no seed lines)
``canru_facts_locale``    the language values are written in ("en" or "fr")
``canru_facts_lint``      warn at bare values in Markdown pages (default True)

Writing with facts (MyST)::

    {fact}`relations.established`          12 June 1942
    {fact}`relations.established:year`     1942
    {num}`1900s`                           a number that is not a fact (plain text)

Variants, by the kind of value (``canru_facts.style.VARIANTS``)::

    Day          (12 June 1942)      :day (12 June)  :month (June 1942)  :year
    Month        (November 2023)     :month  :year
    Year         (1942)              :year
    Decade       (the 1990s)         :bare (1990s)
    Season       (fall 2003)         :the (the fall of 2003)  :season (fall)  :year
    DayRange     (26–27 March 2007)  :day (26–27 March)  :month  :year
    DayNoYear    (8 May)             :day
    Person       (Sarah Taylor)      :name  :surname  :role  :name-role
    Place        (name)              :name  :abbr  :name-abbr (name (ABBR))
    Percentage   (27%)               :number (27)
    Money        (up to $25 billion) :amount ($25 billion)
    Count        (over 300 participants; words below ten)  :words  :digits  :number
    Duration     (more than 35 years; words below ten)     :words  :digits  :number
    Ordinal      (65th anniversary; words below tenth)     :words  :digits  :number (65th)

Directives: ``fact-register``, ``fact-timeline``, ``fact-infobox`` (options
``mission-canada``, ``mission-russia``, ``envoy-canada``, ``envoy-russia``,
``established``; an optional title) and ``fact-chart`` (options ``favourable``,
``unfavourable``, ``first-date``, ``second-unfavourable``, ``second-date``,
``name``); each option takes a fact key.  Warnings are typed ``fact.unknown``,
``fact.variant``, ``fact.empty``, ``fact.option``, ``fact.uncited``,
``fact.bare``, ``fact.seed`` and ``fact.register``.

Each module below holds one concern; setup() only wires them together.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sphinx.builders._epub_base import EpubBuilder
from sphinx.util.fileutil import copy_asset_file

from . import chart, incremental, lint, register, resolve, role, timeline, writers
from .domain import FactsDomain
from .infobox import FactInfobox
from .nodes import (
    fact_chart,
    fact_entry,
    fact_pageref,
    fact_ref,
    fact_register_marker,
    fact_timeline,
    fact_timeline_marker,
)

# Bump when the pickled data changes shape: Sphinx then reads every page again.
ENV_VERSION = 2
STATIC = Path(__file__).with_name("static")


def setup(app: Any) -> dict[str, Any]:
    # configuration
    app.add_config_value("canru_facts_registry", "", "env", types=frozenset({str}))
    app.add_config_value("canru_facts_rules", "", "env", types=frozenset({str}))
    app.add_config_value("canru_facts_seed", "", "", types=frozenset({str}))
    app.add_config_value("canru_facts_locale", "en", "env", types=frozenset({str}))
    app.add_config_value("canru_facts_lint", True, "env", types=frozenset({bool}))

    # citations: the role, its escape, and where citations are kept
    app.add_domain(FactsDomain)
    app.add_role("fact", role.FactRole())
    app.add_role("num", role.NumRole())
    app.add_node(fact_ref, **writers.FACT_REF_VISITORS)

    # pages drawn from the facts
    app.add_directive("fact-register", register.FactRegister)
    app.add_directive("fact-timeline", timeline.FactTimeline)
    app.add_directive("fact-infobox", FactInfobox)
    app.add_directive("fact-chart", chart.FactChart)
    app.add_node(fact_entry, **writers.FACT_ENTRY_VISITORS)
    app.add_node(fact_timeline, html=(timeline.html_visit_fact_timeline, None))
    app.add_node(fact_chart, **chart.CHART_VISITORS)
    app.add_node(fact_pageref, **timeline.PAGEREF_VISITORS)
    for marker in (fact_register_marker, fact_timeline_marker):
        app.add_node(marker)  # removed before any writer sees them

    # build lifecycle: load facts, re-read exactly, resolve links, warn
    app.connect("builder-inited", incremental.load_facts)
    app.connect("builder-inited", _add_static_files)
    app.connect("env-get-outdated", incremental.outdated_by_facts)
    # before Sphinx's own collectors forget the page's title and toctree (priority 500)
    app.connect("env-purge-doc", incremental.remember_before_read, priority=100)
    app.connect("env-get-updated", incremental.rewrite_aggregates)
    app.connect("env-check-consistency", _check_consistency)
    app.connect("source-read", lint.lint_source)
    app.connect("doctree-resolved", resolve.resolve_facts)
    app.connect("doctree-resolved", chart.chart_as_text)

    # look: highlight and tooltip, light and dark
    app.add_css_file("canru-facts.css")

    return {
        "version": "0.1",
        "env_version": ENV_VERSION,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }


def _add_static_files(app: Any) -> None:
    """Ship the CSS and the small tooltip script with HTML output (no other host).

    Copied straight into ``_static`` rather than added to ``html_static_path``, so
    the user's configuration is left as written (Sphinx compares it between builds).
    """
    if app.builder.format != "html":
        return
    static = Path(app.outdir, "_static")
    names = ["canru-facts.css"]
    if not isinstance(app.builder, EpubBuilder):  # EPUB output carries no script
        names.append("canru-facts.js")
        app.add_js_file("canru-facts.js", loading_method="defer")
    static.mkdir(parents=True, exist_ok=True)
    for name in names:
        copy_asset_file(STATIC / name, static, force=True)


def _check_consistency(app: Any, env: Any) -> None:
    domain: FactsDomain = env.domains["facts"]
    register.warn_uncited(domain)
    register.warn_unlocated_evidence(domain)
