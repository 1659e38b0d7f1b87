"""Sphinx extension: the book's facts, cited, registered, charted and checked.

Add ``"canru_facts.sphinx"`` to ``extensions``.  Configuration:

``canru_facts_registry``  ``"module:attribute"`` of the facts (default the book's)
``canru_facts_seed``      the seed's path, relative to conf.py ("" = no seed lines)
``canru_facts_locale``    the language values are written in (default "en")
``canru_facts_lint``      warn at bare values in Markdown pages (default True)

Each module below holds one concern; this function only wires them together.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sphinx.builders._epub_base import EpubBuilder
from sphinx.util.fileutil import copy_asset_file

from ..registry import DEFAULT_SPEC
from . import chart, incremental, lint, register, resolve, role, timeline, writers
from .domain import FactsDomain
from .infobox import FactInfobox
from .nodes import (
    fact_chart,
    fact_entry,
    fact_ref,
    fact_register_marker,
    fact_timeline,
    fact_timeline_marker,
)

# Bump when the pickled data changes shape: Sphinx then reads every page again.
ENV_VERSION = 1
STATIC = Path(__file__).with_name("static")


def setup(app: Any) -> dict[str, Any]:
    # configuration
    app.add_config_value("canru_facts_registry", DEFAULT_SPEC, "env", types=frozenset({str}))
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
