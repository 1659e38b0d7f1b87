"""A Sphinx extension for books of many pages: the sidebar's list of pages, made once per build.

Add ``"canru_facts.navigation"`` to ``extensions``.  It stands apart from the
facts: ``canru_facts.sphinx`` does not load it, and it imports nothing of them,
so a book without facts may use it too.  It changes no page: the HTML is byte
for byte what Sphinx and the theme write without it.

sphinx-book-theme's sidebar lists the book's pages on every page, through
Sphinx's ``toctree(titles_only=True, collapse=False, ...)`` template function.
Sphinx resolves that tree anew for every page it writes, and for each page
listed copies the page's whole table of contents, every section, only to keep
its title.  In a book of 200 pages of ten sections each, that is 2,200 entries
copied, pruned and written out for each page written: half the CPU time of a
full build, and a quarter of a second for each page a fact edit writes again.

Such a tree (page titles only, not collapsed) differs from one page to the next
only where it marks the page being written, so this extension makes it twice
less often:

* **once per folder**: Sphinx resolves the tree for a page that is in no
  toctree, in the folder of the page being written (its links are relative to
  that folder).  Then, for each page, the entry of the page itself is marked as
  Sphinx marks it (``current`` on the entry, its link and its list, and the link
  made ``#``): a few string operations.  This is done only for a page listed
  once, at the top level of a list, with nothing listed under it, by the
  ``html`` builder; the tree of any other page is resolved by Sphinx.
* **cut once**: whenever Sphinx resolves such a tree, it is handed each page's
  table of contents already cut as ``titles_only`` cuts it (the top-level
  entries, and the toctrees inside them; the cut is Sphinx's own, made once per
  build on a copy).  A page keeps its whole table of contents where the cut
  could differ from what Sphinx keeps: one that sets ``tocdepth``, or whose
  contents hold an ``only`` directive.

A tree asked for without ``titles_only``, or collapsed (the part shown then
depends on the page), is resolved as Sphinx resolves it.  A toctree warning
raised while the tree is resolved (a missing page, a page without a title) is
raised once per folder rather than once per page.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from docutils import nodes
from sphinx import addnodes

__all__ = ["cut_toc", "mark_current", "setup"]

# This round of writing's cut tables of contents, lists of pages and theme's
# sidebars, by folder.
_MADE: dict[str, Any] = {
    "env": None,
    "tocs": None,
    "lists": {},
    "sidebars": {},
    "compared": None,  # whether a sidebar made here matched the theme's (None: not yet)
}
# A page name no toctree lists: the list of pages as seen from its folder, marking none.
_NOBODY = "\x00"
# Characters the HTML writer escapes in an attribute: such a link is left to Sphinx.
_ESCAPED = frozenset('&<>"@ \t\n')
_LIST_TAG = re.compile(r"<ul\b|</ul>")


def setup(app: Any) -> dict[str, Any]:
    # Before pydata-sphinx-theme renders the sidebar, within the same event (priority 500).
    app.connect("html-page-context", _install, priority=400)
    # After pydata-sphinx-theme has added its template functions, before it renders
    # the sidebar to see whether it is empty (see _theme_functions_first).
    app.connect("html-page-context", _install_sidebar, priority=460)
    app.connect("builder-inited", _theme_functions_first)
    app.connect("write-started", _forget)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}


def _forget(app: Any, builder: Any) -> None:
    """A new round of writing: the tables of contents may have changed since the last."""
    _MADE.update(env=None, tocs=None, lists={}, sidebars={}, compared=None)


def _install(
    app: Any, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    resolve = context.get("toctree")
    if resolve is None:
        return
    builder = app.builder

    def toctree(**kwargs: Any) -> str:
        # Sphinx's defaults: the page's own branch alone (collapse), and every entry.
        if not kwargs.get("titles_only") or kwargs.get("collapse", True):
            return resolve(**kwargs)
        marked = _from_folder_list(builder, pagename, kwargs)
        if marked is not None:
            return marked
        with _cut(builder.env):
            return resolve(**kwargs)

    context["toctree"] = toctree


def _from_folder_list(builder: Any, pagename: str, kwargs: dict[str, Any]) -> str | None:
    """The page's list of pages, from its folder's, or None where Sphinx must make it."""
    folder_list = _folder_list(builder, pagename, kwargs)
    if folder_list is None:
        return None
    return mark_current(folder_list, _href(builder, pagename))


def _folder_list(builder: Any, pagename: str, kwargs: dict[str, Any]) -> str | None:
    """The list of pages as Sphinx writes it for the page's folder, marking no page."""
    resolve_for: Callable[..., str] | None = getattr(builder, "_get_local_toctree", None)
    if builder.name != "html" or resolve_for is None:
        return None
    try:
        key = (posixpath.dirname(pagename), tuple(sorted(kwargs.items())))
        hash(key)
    except TypeError:  # an argument that cannot be a key
        return None
    folder_list = _MADE["lists"].get(key) if _MADE["env"] is builder.env else None
    if folder_list is None:
        nobody = posixpath.join(key[0], _NOBODY)
        with _cut(builder.env):
            folder_list = resolve_for(nobody, **kwargs)
        _MADE["lists"][key] = folder_list
    return folder_list


def _href(builder: Any, pagename: str) -> str:
    """How a page of the folder links to ``pagename``."""
    return builder.get_relative_uri(posixpath.join(posixpath.dirname(pagename), _NOBODY), pagename)


def _theme_functions_first(app: Any) -> None:
    """pydata-sphinx-theme's template functions added at priority 450, not 500.

    The theme adds them (``add_toctree_functions``) and then renders each sidebar
    template once to see whether it is empty (``update_and_remove_templates``),
    both at priority 500, one after the other: no listener of this extension can
    come between them to make the sidebar from its folder's.  Its functions only
    define what templates call later, so adding them first changes nothing else.
    The theme is loaded with the builder, so its listeners are known here.
    """
    try:
        from pydata_sphinx_theme.toctree import add_toctree_functions
    except ImportError:
        return
    for listener in list(app.events.listeners.get("html-page-context", ())):
        if listener.handler is add_toctree_functions and listener.priority == 500:
            app.disconnect(listener.id)
            app.connect("html-page-context", add_toctree_functions, priority=450)


def _install_sidebar(
    app: Any, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """pydata-sphinx-theme's sidebar, made from its folder's rather than once per page.

    The theme's ``generate_toctree_html`` parses the list of pages Sphinx wrote
    (BeautifulSoup), adds its classes and writes it out again: for a book of
    200 pages, most of the time it takes to write a page.  For the sidebar of
    sphinx-book-theme (``startdepth=0``, ``titles_only``, not collapsed), the
    theme's sidebar for the page's folder, marking no page, is made once; each
    page's is that one with the page's entry and list marked as the theme marks
    them (:func:`mark_sidebar`).  The first page marked in a round of writing
    is made by the theme too and compared: if the two differ, the theme makes
    every sidebar itself.  A parallel build makes every folder's sidebar with
    the first page, which the main process writes before the writers fork.
    """
    made = context.get("generate_toctree_html")
    if made is None or app.builder.name != "html":
        return
    # The theme's function itself, not its per-page cache, for the unmarked sidebar.
    function = getattr(made, "__wrapped__", None)
    if function is None:
        return
    builder = app.builder

    def generate_toctree_html(
        kind: str, startdepth: int = 1, show_nav_level: int = 1, **kwargs: Any
    ) -> Any:
        simple = kind == "sidebar" and startdepth == 0 and kwargs.get("titles_only")
        folder_list = (
            _folder_list(builder, pagename, kwargs)
            if simple and not kwargs.get("collapse", True)
            else None
        )
        if folder_list is None:
            return made(kind, startdepth, show_nav_level, **kwargs)
        args = (show_nav_level, tuple(sorted(kwargs.items())))

        def unmarked_for(folder: str, folder_list: str) -> str:
            """The theme's sidebar for a page of ``folder`` in no list: the theme's
            function, handed that folder's list of pages."""
            made_for = _MADE["sidebars"].get((folder, *args))
            if made_for is None:
                resolve = context["toctree"]
                context["toctree"] = lambda **_kwargs: folder_list
                try:
                    made_for = str(function(kind, startdepth, show_nav_level, **kwargs))
                finally:
                    context["toctree"] = resolve
                _MADE["sidebars"][folder, *args] = made_for
            return made_for

        if app.parallel > 1 and not _MADE["sidebars"]:
            # Made now, before the writers fork (the first page is written by the
            # main process): else each of them would make them all again.
            for other in sorted({posixpath.dirname(d) for d in builder.env.found_docs}):
                page = posixpath.join(other, _NOBODY)
                listed = _folder_list(builder, page, kwargs)
                if listed is not None:
                    unmarked_for(other, listed)
        unmarked = unmarked_for(posixpath.dirname(pagename), folder_list)
        href = _href(builder, pagename)
        if f'href="{href}"' not in unmarked:  # a page in no list: nothing to mark
            return unmarked
        marked = mark_sidebar(unmarked, href)
        if marked is None or _MADE["compared"] is False:
            return made(kind, startdepth, show_nav_level, **kwargs)
        if _MADE["compared"]:
            return marked
        # The first page marked: the theme makes it too, and the two must agree.
        theirs = str(made(kind, startdepth, show_nav_level, **kwargs))
        _MADE["compared"] = theirs == marked
        return theirs

    context["generate_toctree_html"] = generate_toctree_html


def mark_sidebar(unmarked: str, href: str) -> str | None:
    """The theme's sidebar for the page ``href`` links to, from the one marking no page.

    As :func:`mark_current` marks Sphinx's list, with the theme's classes: the
    entry ``current active``, its top-level list ``current nav bd-sidenav``.
    None where the page's entry is not the simple case.
    """
    if not href or _ESCAPED.intersection(href) or f'href="{href}#' in unmarked:
        return None
    uses = unmarked.count(f'href="{href}"')
    if uses == 0:
        return unmarked
    entry = f'<li class="toctree-l1"><a class="reference internal" href="{href}">'
    at = unmarked.find(entry)
    if uses > 1 or at < 0 or not unmarked.startswith("</a></li>", unmarked.find("</a>", at)):
        return None
    top = '<ul class="nav bd-sidenav">'
    opens = _enclosing_list(unmarked, at)
    if opens < 0 or not unmarked.startswith(top, opens):
        return None
    return "".join(
        (
            unmarked[:opens],
            '<ul class="current nav bd-sidenav">',
            unmarked[opens + len(top) : at],
            '<li class="toctree-l1 current active"><a class="current reference internal" href="#">',
            unmarked[at + len(entry) :],
        )
    )


def mark_current(folder_list: str, href: str) -> str | None:
    """The list of pages as Sphinx writes it for the page ``href`` links to, or None.

    ``folder_list`` is the list written for a page of the same folder that it
    does not list.  Sphinx marks the listed page's entry, link and list
    ``current`` and links it to ``#``.  None where the page's entry is not the
    simple case: listed twice, with sections or pages under it, not at the top
    level, or a link the writer would escape.
    """
    if not href or _ESCAPED.intersection(href) or f'href="{href}#' in folder_list:
        return None
    uses = folder_list.count(f'href="{href}"')
    if uses == 0:  # not listed: nothing to mark
        return folder_list
    entry = f'<li class="toctree-l1"><a class="reference internal" href="{href}">'
    at = folder_list.find(entry)
    if uses > 1 or at < 0 or not folder_list.startswith("</a></li>", folder_list.find("</a>", at)):
        return None
    opens = _enclosing_list(folder_list, at)
    if opens < 0 or not folder_list.startswith("<ul>", opens):
        return None
    return "".join(
        (
            folder_list[:opens],
            '<ul class="current">',
            folder_list[opens + len("<ul>") : at],
            '<li class="toctree-l1 current"><a class="current reference internal" href="#">',
            folder_list[at + len(entry) :],
        )
    )


def _enclosing_list(html: str, at: int) -> int:
    """Where the list holding the entry at ``at`` opens (-1 if none): lists closed before it
    and the lists they hold are passed over."""
    closed = 0
    for tag in reversed(list(_LIST_TAG.finditer(html, 0, at))):
        if tag.group() == "</ul>":
            closed += 1
        elif closed:
            closed -= 1
        else:
            return tag.start()
    return -1


@contextmanager
def _cut(env: Any) -> Iterator[None]:
    """Sphinx sees every page's table of contents cut as ``titles_only`` cuts it."""
    whole = env.tocs
    env.tocs = _cut_tocs(env)
    try:
        yield
    finally:
        env.tocs = whole


def _cut_tocs(env: Any) -> dict[str, nodes.Node]:
    """Every page's table of contents, cut where it can be; made once per round of writing.

    In a parallel build the main process writes the first page before it forks
    the writers, so they inherit what it made.
    """
    if _MADE["env"] is not env:
        _MADE.update(env=env, lists={})
        _MADE["tocs"] = {
            docname: toc if env.metadata.get(docname, {}).get("tocdepth", 0) else cut_toc(toc)
            for docname, toc in env.tocs.items()
        }
    return _MADE["tocs"]


def cut_toc(toc: nodes.Node) -> nodes.Node:
    """A copy of ``toc`` as ``titles_only`` leaves it; ``toc`` itself where it holds ``only``.

    Sphinx's ``_entries_from_toctree`` applies the same cut to its copy of each
    listed page's table of contents, after copying it whole.  Without a
    ``tocdepth`` and without ``only`` (which Sphinx filters by tags as it
    copies), copying and cutting may come in either order.
    """
    if not isinstance(toc, nodes.Element) or next(iter(toc.findall(addnodes.only)), None):
        return toc
    cut = toc.deepcopy()
    for top_level in cut.children:
        if len(top_level) > 1:
            if subtrees := list(top_level.findall(addnodes.toctree)):
                top_level[1][:] = subtrees
            else:
                top_level.pop(1)
    return cut
