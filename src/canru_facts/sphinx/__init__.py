"""Sphinx extension: a book's facts, proven, cited, registered, charted and checked.

Add ``"canru_facts.sphinx"`` to ``extensions``.  Configuration:

``canru_facts_registry``  ``"module:attribute"`` of the facts (required)
``canru_facts_rules``     ``"module:attribute"`` of the rules tying facts together ("" = none)
``canru_facts_seed``      the seed's path, relative to conf.py ("" = no proof, no seed lines)
``canru_facts_locale``    the language values are written in ("en" or "fr"; "" = ``language``)
``canru_facts_lint``      warn at bare values in MyST and rST pages (default True)
``canru_facts_page_titles``  ``{builder name: {docname: title}}``: what backlinks call a
                          page in a builder's output, where the book lays it out under
                          another heading (a printed book's "Introduction")

Every build proves the facts and rules against the seed, as ``canru-facts
check`` does, and warns (``fact.proof``) at each fact that fails.

Writing with facts (MyST; in reStructuredText ``:fact:`key```)::

    {fact}`relations.established`          12 June 1942
    {fact}`relations.established:year`     1942
    {fact}`history.nato@allies`            the value, with the evidence of its mention "allies"
    {num}`1900s`                           a number that is not a fact (plain text)

Variants, by the kind of value (``canru_facts.style.VARIANTS``)::

    Day          (12 June 1942)      :day (12 June)  :month (June 1942)  :year
    Month        (November 2023)     :month  :year
    Year         (1942)              :year
    Decade       (the 1990s)         :bare (1990s)
    Season       (fall 2003)         :the (the fall of 2003)  :season (fall)  :year
    DayRange     (26–27 March 2007)  :day (26–27 March)  :month  :year
    DayNoYear    (8 May)             :day
    Person       (Sarah Taylor)      :name  :surname  :role  :name-role  :organisation
    Place, Organisation, Law, Event, Publication, Programme
                 (name)              :name  :abbr  :name-abbr (name (ABBR))
    Percentage   (27%)               :number (27)
    Money        (up to $25 billion) :amount ($25 billion)
    Count        (over 300 participants; words below ten)  :words  :digits  :number
    Duration     (more than 35 years; words below ten)     :words  :digits  :number
    Ordinal      (65th anniversary; words below tenth)     :words  :digits  :number (65th)

Directives: ``fact-register`` (every fact, or those of the subjects its
``:subjects:`` lists, a table per subject, with backlinks; see
:mod:`.register`), ``fact-timeline`` (one entry per event, a line of its
content each; see :mod:`.timeline`), ``fact-people`` (one person's key per
line, a table of names, roles and organisations; see :mod:`.people`),
``fact-source`` (the seed's provenance; see :mod:`.source`), ``fact-infobox``
(one fact reference per content line; an optional title) and ``fact-chart`` (a
title, ``:groups:`` and one series per content line, then an optional caption;
see :mod:`.chart`).  Warnings are typed ``fact.unknown``, ``fact.variant``,
``fact.empty``, ``fact.option``, ``fact.uncited``, ``fact.bare``,
``fact.seed``, ``fact.proof``, ``fact.register``, ``fact.timeline`` and
``fact.heading``.

In HTML a cited value reads like the text around it, a faint dotted underline
the sign that it is a fact; hovered or focused it is marked and shows its
tooltip, and the reader's "Highlight facts" button (``static/canru-facts.js``)
marks every fact of the page, remembered from page to page.  The engine's
words are in its message catalogue (``locale/``), in the book's ``language``.

A page is read with placeholders that name facts; every value, link, tooltip
and aggregate is made when the page is written (:mod:`.resolve`), so a fact edit
writes the pages that show the fact again without reading them (:mod:`.rewrite`).
While the book is read and written, what it holds throughout is kept from the
garbage collector (:mod:`.forking`).  Each module below holds one concern, with
its own ``setup_*``; :func:`setup` only calls them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sphinx.builders.epub3 import Epub3Builder
from sphinx.util.fileutil import copy_asset_file

from ..i18n import DOMAIN, LOCALE_DIR
from .chart import setup_chart
from .domain import FactsDomain
from .forking import setup_forking
from .infobox import setup_infobox
from .lint import setup_lint
from .messages import _
from .people import setup_people
from .register import setup_register
from .resolve import setup_resolve
from .rewrite import pages_to_rewrite, register_outdated
from .role import setup_roles
from .source import setup_source
from .timeline import setup_timeline
from .writers import setup_writers

# Bump when the pickled data changes shape: Sphinx then reads every page again.
ENV_VERSION = 4
STATIC = Path(__file__).with_name("static")


def setup(app: Any) -> dict[str, Any]:
    setup_facts(app)
    setup_roles(app)
    setup_writers(app)
    setup_resolve(app)
    setup_register(app)
    setup_timeline(app)
    setup_infobox(app)
    setup_people(app)
    setup_source(app)
    setup_chart(app)
    setup_lint(app)
    setup_static(app)
    setup_forking(app)
    return {
        "version": "0.2",
        "env_version": ENV_VERSION,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }


def setup_facts(app: Any) -> None:
    """The configuration, the domain holding every piece of state, and when pages are written.

    The engine's words come from its message catalogue, in the book's language.
    """
    app.add_message_catalog(DOMAIN, str(LOCALE_DIR))
    app.add_config_value("canru_facts_registry", "", "env", types=frozenset({str}))
    app.add_config_value("canru_facts_rules", "", "env", types=frozenset({str}))
    app.add_config_value("canru_facts_seed", "", "", types=frozenset({str}))
    app.add_config_value("canru_facts_locale", "", "env", types=frozenset({str}))
    app.add_config_value("canru_facts_page_titles", {}, "env", types=frozenset({dict}))
    app.add_domain(FactsDomain)
    app.connect("builder-inited", _begin)
    app.connect("env-get-outdated", register_outdated)
    app.connect("env-get-updated", pages_to_rewrite)


def _begin(app: Any) -> None:
    app.env.domains["facts"].begin(app)


def setup_static(app: Any) -> None:
    """The citations' look (light and dark) and the tooltip script."""
    app.add_css_file("canru-facts.css")
    app.connect("builder-inited", _add_static_files)


def _add_static_files(app: Any) -> None:
    """Ship the CSS and the small tooltip script with HTML output (no other host).

    Copied straight into ``_static`` rather than added to ``html_static_path``, so
    the user's configuration is left as written (Sphinx compares it between builds).
    """
    if app.builder.format != "html":
        return
    static = Path(app.outdir, "_static")
    names = ["canru-facts.css"]
    if not isinstance(app.builder, Epub3Builder):  # EPUB output carries no script
        names.append("canru-facts.js")
        # The toggle's words, in the book's language, on the script's tag.
        label = {"data-highlight-label": str(_("Highlight facts"))}
        app.add_js_file("canru-facts.js", loading_method="defer", **label)
    static.mkdir(parents=True, exist_ok=True)
    for name in names:
        copy_asset_file(STATIC / name, static, force=True)
