"""The ``fact-source`` directive: where the seed comes from, as its provenance file says.

::

    ```{fact-source}
    ```

A list of fields read from the provenance file beside the seed
(:class:`canru_facts.provenance.Provenance`, ``seed.toml``): the source's title,
linked to its address; its publisher; its licence, linked; the revision of the
source the copy is (where recorded) and the day the copy entered the project
(``retrieved``, which is not the day it was taken from the source); the SHA-256
of the seed file; and the file's name.  Fields the provenance leaves empty are
left out.

The list is made as the page is read, and the provenance file and the seed are
dependencies of the page: Sphinx reads the page again when either changes (a new
seed, written by ``canru-facts update``, brings a new digest).  The digest shown
is checked against the seed file: a provenance that does not describe the seed
is a located ``fact.seed`` warning, as are a missing or unreadable file.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from ..model import Day
from ..provenance import Provenance, ProvenanceError, path_for
from ..style import render
from .loading import values_locale
from .messages import _, warn
from .nodes import element, text_element


class FactSource(SphinxDirective):
    has_content = False
    option_spec: ClassVar[dict] = {}

    def run(self) -> list[nodes.Node]:
        config = self.env.config
        if not config.canru_facts_seed:
            words = _("fact-source: the book names no seed (canru_facts_seed)")
            warn(str(words), self.get_location(), "seed")
            return []
        seed = (Path(self.env.srcdir) / config.canru_facts_seed).resolve()
        provenance_file = path_for(seed)
        for path in (seed, provenance_file):
            self.env.note_dependency(str(path))
        try:
            provenance = Provenance.load(seed)
        except ProvenanceError as err:
            warn(f"fact-source: {err}", self.get_location(), "seed")
            return []
        if provenance is None or not seed.is_file():
            words = _("fact-source: %(file)s: no such file; the seed's provenance cannot be shown")
            missing = seed if not seed.is_file() else provenance_file
            warn(str(words) % {"file": missing.name}, self.get_location(), "seed")
            return []
        actual = hashlib.sha256(seed.read_bytes()).hexdigest()
        if provenance.sha256 and provenance.sha256 != actual:
            words = _(
                "fact-source: %(file)s records the SHA-256 %(recorded)s, but the seed's is "
                "%(actual)s; the provenance does not describe this seed"
            )
            detail = {
                "file": provenance_file.name,
                "recorded": provenance.sha256,
                "actual": actual,
            }
            warn(str(words) % detail, self.get_location(), "seed")
        fields = source_fields(provenance, seed.name, values_locale(config))
        node = element(nodes.field_list, *fields, classes=["fact-source"])
        self.set_source_info(node)
        return [node]


def source_fields(provenance: Provenance, file_name: str, locale: str) -> list[nodes.Element]:
    """The fields of the list, each a name and its value as nodes."""
    fields = []

    def add(name: str, *value: nodes.Node) -> None:
        body = element(nodes.field_body, element(nodes.paragraph, *value))
        fields.append(element(nodes.field, text_element(nodes.field_name, name), body))

    if provenance.title:
        add(str(_("Title")), linked(provenance.title, provenance.url))
    if provenance.publisher:
        add(str(_("Publisher")), nodes.Text(provenance.publisher))
    if provenance.licence:
        add(str(_("Licence")), linked(provenance.licence, provenance.licence_url))
    if provenance.revision:
        add(str(_("Revision")), nodes.Text(provenance.revision))
    if provenance.retrieved:
        day = provenance.retrieved
        when = render(Day(day.year, day.month, day.day), locale=locale)
        words = _("%s, the day this copy entered the project")
        add(str(_("Received")), nodes.Text(str(words) % when))
    if provenance.sha256:
        add("SHA-256", text_element(nodes.literal, provenance.sha256, classes=["fact-digest"]))
    add(str(_("File")), text_element(nodes.literal, file_name))
    return fields


def linked(text: str, url: str) -> nodes.Node:
    if not url:
        return nodes.Text(text)
    return text_element(nodes.reference, text, refuri=url)


def setup_source(app: Any) -> None:
    app.add_directive("fact-source", FactSource)
