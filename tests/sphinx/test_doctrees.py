"""Doctree snapshots, MyST and reStructuredText: what a page holds as read, and as written.

As read (and pickled), a citation names its fact and holds no value; as written
for HTML, it holds the value, its link and the tooltip's words.  The snapshots
are the pages' pseudo-XML (``pformat``), without the document's own line, which
names the file on this machine.
"""

from __future__ import annotations

import inspect

import pytest

from canru_facts.sphinx.nodes import fact_ref


def _pformat(document) -> str:
    return "".join(child.pformat() for child in document.children)


@pytest.mark.parametrize(
    ("root", "page"),
    [("book", "history"), ("second", "story")],
    ids=["myst", "rst"],
)
def test_pages_are_read_with_citations_and_written_with_values(build, file_regression, root, page):
    app = build("html", root=root)
    read = app.env.get_doctree(page)
    cites = list(read.findall(fact_ref))
    assert cites and all(not node.children for node in cites)
    file_regression.check(_pformat(read), basename=f"{root}-{page}-read", extension=".xml")
    # Sphinx 9 takes the builder's tags; earlier releases read them from the builder.
    takes_tags = "tags" in inspect.signature(app.env.get_and_resolve_doctree).parameters
    extra = {"tags": app.builder.tags} if takes_tags else {}
    written = app.env.get_and_resolve_doctree(page, app.builder, **extra)
    file_regression.check(_pformat(written), basename=f"{root}-{page}-written", extension=".xml")
