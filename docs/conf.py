"""Sphinx configuration of the book: HTML, PDF (LaTeX) and EPUB.

Every value in the chapters comes from the fact registry through the
``canru_facts.sphinx`` extension; this file only says how the book is built.
Builds are reproducible: nothing here depends on the clock or the machine, and
the dates Sphinx and pdfTeX write follow SOURCE_DATE_EPOCH when it is set
(``nox`` sets it to the last commit's time).
"""

from __future__ import annotations

import os
import sys
import uuid
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as installed_version
from pathlib import Path

from docutils import nodes
from sphinx import addnodes
from sphinx.util.fileutil import copy_asset_file

HERE = Path(__file__).resolve().parent
BOOK_NAME = "canada-russia-relations"  # file name of the .tex, .pdf and .epub

# -- The book ----------------------------------------------------------------

project = "Canada–Russia Relations"
subtitle = "A fact-checked book"
author = "The canru-facts contributors"
# No year: a year taken from the clock would make two builds differ.
copyright = f"{author}; text under CC BY-SA 4.0"  # noqa: A001 (Sphinx's name)
try:
    release = installed_version("canru-facts")
except PackageNotFoundError:  # building from a tree where the package is not installed
    release = "0.0.0"
version = ".".join(release.split(".")[:2])
language = "en"
today_fmt = "%d %B %Y"  # the title page's date; Sphinx takes it from SOURCE_DATE_EPOCH

root_doc = "index"
extensions = ["myst_parser", "canru_facts.sphinx"]
source_suffix = {".md": "markdown"}
# docs/ is the source folder; build/ and .nox/ sit beside it, and these guard
# against anyone pointing an output or a virtual environment inside it.
exclude_patterns = [
    "_build",
    "build",
    ".nox",
    "**/.nox",
    "**/.venv",
    "README.md",
    "Thumbs.db",
    ".DS_Store",
]
templates_path: list[str] = []

# -- The facts (canru_facts.sphinx) ------------------------------------------

canru_facts_registry = "canru_facts.facts:FACTS"
canru_facts_seed = "../seeds/canada-russia-relations.txt"
canru_facts_locale = "en"

# -- MyST ---------------------------------------------------------------------

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3  # [text](#a-heading) links work without explicit labels

# -- HTML ---------------------------------------------------------------------

html_theme = "sphinx_book_theme"
html_title = project
html_last_updated_fmt = None  # a build date in every page would break reproducibility
html_show_sourcelink = True
html_theme_options = {
    "home_page_in_toc": True,
    "show_navbar_depth": 1,
    "show_toc_level": 2,
    "navigation_with_keys": False,
    "use_download_button": True,  # the page's Markdown source and print, both local
    "use_fullscreen_button": True,
    # No repository, issue or launch buttons, no analytics, no icon links and no
    # version switcher: the book loads nothing from other hosts.
    "use_repository_button": False,
    "use_issues_button": False,
    "use_source_button": False,
    "icon_links": [],
    "analytics": {},
    # The book's title in the page header, a landmark, rather than atop the
    # sidebar, where it stood outside any landmark (axe-core's "region" rule).
    "navbar_start": ["navbar-logo"],
}
# The header holds the title and the search field: the sidebar, the chapters.
html_sidebars = {"**": ["sbt-sidebar-nav.html"]}
# A name matches the register and timeline too; chapters rank first (see the file).
html_search_scorer = str(HERE / "search-scorer.js")
# The chapters' own style sheets, whatever their names (docs/_static/*.css).
html_static_path = ["_static"] if (HERE / "_static").is_dir() else []
html_css_files = sorted(p.name for p in (HERE / "_static").glob("*.css"))
html_context: dict[str, object] = {}
html_favicon = "favicon.svg"
# What the pages load, cut to what they use, and a description per page
# (docs/_ext/lean_html: the book's own extension).
sys.path.insert(0, str(HERE / "_ext"))
extensions.append("lean_html")

if os.environ.get("READTHEDOCS") == "True":
    # Read the Docs no longer injects these; its own add-ons are its hosting.
    html_baseurl = os.environ.get("READTHEDOCS_CANONICAL_URL", "")
    html_context["READTHEDOCS"] = True

# -- PDF (LaTeX, built by latexmk as on Read the Docs) -----------------------

latex_engine = "pdflatex"
latex_documents = [(root_doc, f"{BOOK_NAME}.tex", project, author, "manual")]
latex_show_urls = "footnote"  # a printed link is no use without its address
latex_show_pagerefs = False
latex_domain_indices = False
latex_elements = {
    "papersize": "a4paper",
    "pointsize": "11pt",
    # The default fonts (TeX Gyre Termes and Heros, Debian package tex-gyre) cover
    # every character of the seed: Latin letters, accents and the en dash.
    "preamble": r"""
\usepackage{microtype}
% Long evidence quotes and names in the register's narrow columns: let a line
% stretch rather than stick out past the margin.
\setlength{\emergencystretch}{3em}
\setlength{\headheight}{14pt}  % fancyhdr's running heads at 11pt
% The title page below reads what Sphinx declares from latex_documents and release.
\makeatletter
\newcommand{\canrutitle}{\@title}
\newcommand{\canruauthor}{\@author}
\newcommand{\canrudate}{\@date}
\newcommand{\canrurelease}{\py@release}
\makeatother
""",
    "maketitle": r"""
\hypersetup{pdftitle={\canrutitle}, pdfauthor={\canruauthor}}
\begin{titlepage}
  \centering
  \vspace*{0.18\textheight}
  {\sffamily\bfseries\Huge \canrutitle\par}
  \vspace{1.2em}
  {\sffamily\Large """
    + subtitle
    + r"""\par}
  \vspace{3em}
  {\large Every date, envoy and figure held once,\\
   and proven against its source text\par}
  \vfill
  {\large \canruauthor\par}
  \vspace{1.5em}
  {\small Based on the Wikipedia article \emph{Canada--Russia relations},\\
   available under the Creative Commons Attribution-ShareAlike 4.0 licence.\par}
  \vspace{1em}
  {\small \canrurelease, \canrudate\par}
\end{titlepage}
% Sphinx names the contents after the first toctree's caption ("Chapters"), but
% they list the introduction and the appendices too.
\renewcommand{\contentsname}{Contents}
""",
    # The book has no index entries: no empty "Index" chapter at the end.
    "makeindex": "",
    "printindex": "",
}

# -- EPUB ---------------------------------------------------------------------

epub_basename = BOOK_NAME
epub_title = project
epub_description = f"{project}: {subtitle.lower()}"
epub_author = author
epub_publisher = author
epub_copyright = copyright
epub_language = language
# A stable identifier, the same in every build (a fresh one would change each
# time).  Sphinx writes epub_uid, not the identifier, as the NCX's dtb:uid, which
# must equal the identifier; so the two are one string, an XML name without colons.
epub_identifier = epub_uid = f"canru-{uuid.uuid5(uuid.NAMESPACE_URL, 'canru-facts/' + BOOK_NAME)}"
epub_show_urls = "no"
epub_exclude_files = ["search.html"]

# -- Link checking (nox -s linkcheck) -----------------------------------------

linkcheck_timeout = 10
linkcheck_retries = 1
linkcheck_anchors = True


# -- The PDF's chapters --------------------------------------------------------
# LaTeX makes chapters of the root page's own sections ("How the facts are
# checked", ...) and sections of the chapters its toctrees list, because MyST
# puts those toctrees inside the last section.  For print, the landing page
# becomes an "Introduction" chapter, the book's chapters follow as chapters,
# and the pages of a toctree captioned "Appendices" follow \appendix.

LATEX_INTRODUCTION_TITLE = "Introduction"
APPENDICES_CAPTION = "Appendices"


def _lay_out_the_printed_book(app, doctree: nodes.document, docname: str) -> None:
    if app.builder.format != "latex" or docname != app.config.root_doc:
        return
    book = next(iter(doctree.findall(nodes.section)))  # the root page: its title is the book's
    pages = [page for page in book.findall(addnodes.start_of_file) if _outermost(page)]
    for page in pages:
        page.parent.remove(page)
    for wrapper in list(book.findall(nodes.compound)):
        if "toctree-wrapper" in wrapper["classes"] and not wrapper.children:
            wrapper.parent.remove(wrapper)

    introduction = nodes.section(ids=["canru-introduction"], names=[])
    introduction += nodes.title("", LATEX_INTRODUCTION_TITLE)
    introduction.extend(book.children[1:])
    del book.children[1:]
    book += introduction

    appendices = _appendix_pages(app)
    for page in pages:
        if page["docname"] in appendices and appendices:
            book += nodes.raw("", "\\appendix\n", format="latex")
            appendices = set()  # \appendix once, before the first of them
        book += page


def _outermost(page: addnodes.start_of_file) -> bool:
    parent = page.parent
    while parent is not None:
        if isinstance(parent, addnodes.start_of_file):
            return False
        parent = parent.parent
    return True


def _appendix_pages(app) -> set[str]:
    root = app.env.get_doctree(app.config.root_doc)
    return {
        included
        for toctree in root.findall(addnodes.toctree)
        if toctree.get("caption") == APPENDICES_CAPTION
        for included in toctree["includefiles"]
    }


# -- The sidebar buttons ------------------------------------------------------
SIDEBAR_TOGGLES = HERE / "sidebar-toggles.js"


def _add_sidebar_toggles(app) -> None:
    """Make sphinx-book-theme's sidebar buttons work (see the script); the EPUB has none."""
    if app.builder.format != "html" or app.builder.name.startswith("epub"):
        return
    copy_asset_file(SIDEBAR_TOGGLES, Path(app.outdir, "_static"), force=True)
    app.add_js_file(SIDEBAR_TOGGLES.name, loading_method="defer")


def setup(app):
    app.connect("doctree-resolved", _lay_out_the_printed_book)
    app.connect("builder-inited", _add_sidebar_toggles)
