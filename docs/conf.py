"""Sphinx configuration of the book: HTML, PDF (LaTeX) and EPUB.

Every value in the chapters comes from the fact registry through the
``canru_facts.sphinx`` extension; this file only says how the book is built.
Builds are reproducible: nothing here depends on the clock or the machine, and
the dates Sphinx and pdfTeX write follow SOURCE_DATE_EPOCH when it is set
(``nox`` sets it to the last commit's time).
"""

from __future__ import annotations

import html
import os
import sys
import time
import tomllib
import uuid
import zipfile
from datetime import date
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as installed_version
from pathlib import Path

from docutils import nodes
from sphinx import addnodes
from sphinx.util.fileutil import copy_asset_file

from canru_facts.config import read as read_book_config
from canru_facts.model import Day
from canru_facts.style import render

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
    # Editors' notes are named in capitals: README.md, STYLE.md (the book's style
    # sheet) and REVIEW.md (the audit of the prose against the source).
    "[A-Z]*.md",
    "Thumbs.db",
    ".DS_Store",
]
templates_path: list[str] = []

# -- The facts (canru_facts.sphinx) ------------------------------------------

# The facts, rules and seed named in [tool.canru-facts] of pyproject.toml, which
# the canru-facts command reads too.
_BOOK = read_book_config(HERE.parent / "pyproject.toml")
canru_facts_registry = _BOOK.registry
canru_facts_rules = _BOOK.rules
canru_facts_seed = os.path.relpath(_BOOK.seed, HERE)
# In print the landing page is the "Introduction" chapter (see _lay_out_the_printed_book):
# wherever the engine names a page in print, it names it so, as the contents and the
# running heads do.  (The printed register's backlinks are page numbers.)
LATEX_INTRODUCTION_TITLE = "Introduction"
canru_facts_page_titles = {"latex": {root_doc: LATEX_INTRODUCTION_TITLE}}

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

# The title page, the same in the PDF and the EPUB: the title, the article the
# book follows, which text of it the facts were proven against, and the licence,
# read from the seed's metadata beside the seed (seeds/*.toml).  No software
# version and no build date: a reader needs to know which text of the article
# the book tells, not which build of the program made it.


def _received(source: dict, locale: str) -> str:
    """Which text of the article: its revision if recorded, and the day it came in.

    ``retrieved`` is the day the copy entered the project, not the day it was
    taken from Wikipedia, so the line says "as received on".
    """
    revision = str(source.get("revision") or "").strip()
    day = source.get("retrieved") or None
    if isinstance(day, str):
        day = date.fromisoformat(day)
    # The house style of the book's dates, which Babel writes in its language.
    on = f"as received on {render(Day(day.year, day.month, day.day), locale=locale)}" if day else ""
    if revision:
        return f"Text of revision {revision} of the article" + (f", {on}" if on else "")
    return f"Text of the article {on}" if on else ""


def _title_page(source: dict, locale: str) -> dict[str, str]:
    publisher = str(source["publisher"]).split(",")[0]  # "Wikipedia, The Free Encyclopedia"
    return {
        "title": project,
        "subtitle": subtitle,
        "after": f"after the {publisher} article",
        "source": str(source["title"]),
        "received": _received(source, locale),
        "licence": f"Licensed, like the article, under {source['licence']}",
        "licence_name": str(source["licence"]),
        "licence_url": str(source["licence_url"]),
    }


SOURCE = tomllib.loads((HERE / canru_facts_seed).with_suffix(".toml").read_text(encoding="utf-8"))
TITLE_PAGE = _title_page(SOURCE, language)


def _tex(text: str) -> str:
    """Text for LaTeX: its special characters escaped."""
    named = {"\\": r"\textbackslash{}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
    return "".join(named.get(c, "\\" + c if c in "&%$#_{}" else c) for c in text)


def _linked_licence_tex(page: dict[str, str]) -> str:
    url = page["licence_url"].replace("\\", "").replace("%", r"\%").replace("#", r"\#")
    before, name, after = page["licence"].rpartition(page["licence_name"])
    return _tex(before) + r"\href{" + url + "}{" + _tex(name) + "}" + _tex(after)


def _title_page_tex(page: dict[str, str]) -> str:
    received = r"{\small " + _tex(page["received"]) + r"\par}" if page["received"] else ""
    return "\n".join(
        [
            r"\hypersetup{pdftitle={" + _tex(page["title"]) + "},",
            r"  pdfsubject={" + _tex(f"{page['after']} {page['source']}") + "},",
            r"  pdfauthor={" + _tex(author) + "}}",
            # No page anchor: the title page would take "page.1", which chapter 1's
            # first page needs (as Sphinx's own title page does).
            r"\hypersetup{pageanchor=false}",
            r"\begin{titlepage}",
            r"  \centering",
            r"  \vspace*{0.18\textheight}",
            r"  {\sffamily\bfseries\Huge " + _tex(page["title"]) + r"\par}",
            r"  \vspace{1.2em}",
            r"  {\sffamily\Large " + _tex(page["subtitle"]) + r"\par}",
            r"  \vspace{3em}",
            r"  {\large " + _tex(page["after"]) + r" \emph{" + _tex(page["source"]) + r"}\par}",
            r"  \vfill",
            r"  " + received,
            r"  \vspace{0.6em}",
            # The link in the text's colour: the page is set for print.
            r"  {\small\hypersetup{urlcolor=.}" + _linked_licence_tex(page) + r"\par}",
            r"\end{titlepage}",
            r"\hypersetup{pageanchor=true}",
            "",
        ]
    )


latex_engine = "pdflatex"
latex_documents = [(root_doc, f"{BOOK_NAME}.tex", project, author, "manual")]
latex_show_urls = "footnote"  # a printed link is no use without its address
latex_show_pagerefs = False
latex_domain_indices = False
latex_elements = {
    "papersize": "a4paper",
    "pointsize": "11pt",
    # One-sided, and a chapter opens on the next page, odd or even: no blank
    # pages, which in a two-sided book would carry running heads all the same.
    "extraclassoptions": "openany,oneside",
    # Chapter headings on one line, "2  History", in the heads' sans serif, rather
    # than fncychap's block ("CHAPTER TWO" above a rule and the title), which took
    # a third of each chapter's first page.  Appendices read "C  Fact register".
    "fncychap": "",
    # The default fonts (TeX Gyre Termes and Heros, Debian package tex-gyre) cover
    # every character of the seed: Latin letters, accents and the en dash.
    "preamble": r"""
\usepackage{microtype}
% Long evidence quotes and names in the register's narrow columns: let a line
% stretch rather than stick out past the margin.
\setlength{\emergencystretch}{3em}
\setlength{\headheight}{14pt}  % fancyhdr's running heads at 11pt
% Running heads: the book's title, and the chapter's name as the contents give
% it; the page number below.  Sphinx's own heads add "Release" and the version,
% and "Chapter 3." before the name.  A chapter's first page (plain) and the
% contents show the page number only.  The marks are set inside the page style,
% because fancyhdr resets \chaptermark whenever a style of its own is chosen.
\makeatletter
\fancypagestyle{normal}{%
  \fancyhf{}%
  \fancyhead[L]{{\py@HeaderFamily\@title}}%
  \fancyhead[R]{{\py@HeaderFamily\leftmark}}%
  \fancyfoot[C]{{\py@HeaderFamily\thepage}}%
  \renewcommand{\headrulewidth}{0.4pt}%
  \renewcommand{\footrulewidth}{0pt}%
  \def\chaptermark##1{\markboth{##1}{}}%
  \def\sectionmark##1{}%
}
\fancypagestyle{plain}{%
  \fancyhf{}%
  \fancyfoot[C]{{\py@HeaderFamily\thepage}}%
  \renewcommand{\headrulewidth}{0pt}%
  \renewcommand{\footrulewidth}{0pt}%
}
\titleformat{\chapter}[hang]{\py@HeaderFamily\huge}{\thechapter}{0.75em}{}
\titlespacing*{\chapter}{0pt}{0pt}{1.5\baselineskip}
\makeatother
""",
    "maketitle": _title_page_tex(TITLE_PAGE)
    + r"""
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
# The title page, as in the PDF, first in the reading order (written below by
# _add_epub_title_page); the landing page stays the guide's table of contents.
EPUB_TITLE_PAGE = "title-page"
epub_pre_files = [(f"{EPUB_TITLE_PAGE}.xhtml", "Title page")]
epub_guide = (
    ("title-page", f"{EPUB_TITLE_PAGE}.xhtml", "Title page"),
    ("toc", f"{root_doc}.xhtml", "Table of Contents"),
)

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


# -- The EPUB's title page and archive -----------------------------------------


def _title_page_xhtml(page: dict[str, str]) -> str:
    """The title page's body: the PDF's lines, centred, in the e-book's own fonts."""
    e = html.escape
    before, name, after = page["licence"].rpartition(page["licence_name"])
    licence = f'{e(before)}<a href="{e(page["licence_url"])}">{e(name)}</a>{e(after)}'
    received = f'<p style="margin: 0.5em 0">{e(page["received"])}</p>' if page["received"] else ""
    return f"""
<section epub:type="titlepage" style="text-align: center; margin-top: 20%">
<h1 style="margin-bottom: 0.3em">{e(page["title"])}</h1>
<p style="font-size: 1.4em; margin-top: 0">{e(page["subtitle"])}</p>
<p style="margin: 3em 0">{e(page["after"])} <cite>{e(page["source"])}</cite></p>
<div style="font-size: 0.9em; margin-top: 8em">
{received}
<p style="margin: 0.5em 0">{licence}</p>
</div>
</section>
"""


def _add_epub_title_page(app):
    """Write title-page.xhtml in the EPUB's theme; the HTML book has no such page."""
    if not app.builder.name.startswith("epub"):
        return []
    context = {"title": TITLE_PAGE["title"], "body": _title_page_xhtml(TITLE_PAGE)}
    return [(EPUB_TITLE_PAGE, context, "page.html")]


def _date_the_epub_archive(app, exception) -> None:
    """Date every file in the .epub by SOURCE_DATE_EPOCH, as its content.opf is.

    Sphinx zips the files with their times on disk, so two builds of one commit
    would give the same files in archives that differ.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if exception is not None or not app.builder.name.startswith("epub") or not epoch.isdigit():
        return
    stamp = max(time.gmtime(int(epoch))[:6], (1980, 1, 1, 0, 0, 0))  # zip dates start in 1980
    book = Path(app.outdir, f"{app.config.epub_basename}.epub")
    with zipfile.ZipFile(book) as archive:
        files = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(book, "w") as archive:
        for info, data in files:  # in their order: the stored mimetype first
            dated = zipfile.ZipInfo(info.filename, date_time=stamp)
            dated.compress_type = info.compress_type
            dated.create_system = 3  # Unix, so the permissions below mean what they say
            dated.external_attr = 0o644 << 16
            archive.writestr(dated, data)


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
    app.connect("html-collect-pages", _add_epub_title_page)
    app.connect("build-finished", _date_the_epub_archive)
