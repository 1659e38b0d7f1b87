"""The ``fact-chart`` directive: Canadian public opinion of Russia, drawn from facts.

The figure is a bar chart of the 2017 survey (favourable and unfavourable) and a
later unfavourable figure (December 2020), with a caption that cites the five
facts, so they link to the register and count as cited.  The values are taken
when the page is read and stored on the node; the image is drawn when the page
is written (like ``sphinx.ext.graphviz``), straight into the builder's image
folder: SVG for HTML, PNG for EPUB, PDF for LaTeX.  Output is byte-for-byte
deterministic (fixed hash salt, no dates in metadata), and the figure has an
opaque white background, so it stays readable in dark mode.

Options (each a fact key)::

    :favourable:          opinion.favourable_2017
    :unfavourable:        opinion.unfavourable_2017
    :first-date:          opinion.pew_survey_year
    :second-unfavourable: opinion.unfavourable_2020
    :second-date:         opinion.survey_2020
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import posixpath
import re
import tempfile
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.builders._epub_base import EpubBuilder
from sphinx.util.docutils import SphinxDirective

from ..model import DATE_KINDS, Percentage
from .loading import LoadedFacts
from .messages import _, warn
from .nodes import fact_chart
from .role import CitationError, broken_citation, make_citation

OPTIONS = {  # option -> (default key, the value type it must hold)
    "favourable": ("opinion.favourable_2017", "percentage"),
    "unfavourable": ("opinion.unfavourable_2017", "percentage"),
    "first-date": ("opinion.pew_survey_year", "date"),
    "second-unfavourable": ("opinion.unfavourable_2020", "percentage"),
    "second-date": ("opinion.survey_2020", "date"),
}

# Okabe–Ito colours: told apart with any colour vision, dark enough on white.
FAVOURABLE_COLOUR = "#0072B2"
UNFAVOURABLE_COLOUR = "#D55E00"


class FactChart(SphinxDirective):
    has_content = False
    option_spec: ClassVar[dict] = {
        **{name: directives.unchanged_required for name in OPTIONS},
        "name": directives.unchanged,
    }

    def run(self) -> list[nodes.Node]:
        facts = self.env.domains["facts"].facts()
        cites: dict[str, nodes.Element] = {}
        failed: list[nodes.Node] = []
        for option, (default, expected) in OPTIONS.items():
            key = self.options.get(option, default).strip()
            try:
                cite = make_citation(facts, key, origin="chart")
                _check_kind(facts, key, expected)
            except CitationError as err:
                warn(f"fact-chart :{option}: {err}", self.get_location(), err.subtype)
                failed.append(broken_citation(key, key))
                continue
            self.set_source_info(cite)
            cites[option] = cite
        if failed:
            para = nodes.paragraph("", "", *failed)
            self.set_source_info(para)
            return [para]
        return [self.figure(facts, cites)]

    def figure(self, facts: LoadedFacts, cites: dict[str, nodes.Element]) -> nodes.figure:
        text = {option: cite.astext() for option, cite in cites.items()}
        number = {
            option: float(facts.registry[cite["key"]].value.value)
            for option, cite in cites.items()
            if option not in ("first-date", "second-date")
        }
        favourable, unfavourable = str(_("favourable")), str(_("unfavourable"))
        chart = fact_chart(
            title=str(_("Canadian opinion of Russia")),
            groups=[text["first-date"], text["second-date"]],
            series=[
                (favourable.capitalize(), [number["favourable"], None]),
                (
                    unfavourable.capitalize(),
                    [number["unfavourable"], number["second-unfavourable"]],
                ),
            ],
            value_labels=[
                [text["favourable"], None],
                [text["unfavourable"], text["second-unfavourable"]],
            ],
            alt=str(
                _(
                    "Bar chart of Canadian opinion of Russia. %(first)s: %(fav)s favourable, "
                    "%(unfav)s unfavourable. %(second)s: %(unfav2)s unfavourable."
                )
            )
            % {
                "first": text["first-date"],
                "fav": text["favourable"],
                "unfav": text["unfavourable"],
                "second": text["second-date"],
                "unfav2": text["second-unfavourable"],
            },
        )
        self.set_source_info(chart)
        caption = nodes.caption()
        caption.extend(
            interpolate(
                str(
                    _(
                        "Canadian opinion of Russia: {favourable} favourable and {unfavourable} "
                        "unfavourable in {first-date}; {second-unfavourable} unfavourable in "
                        "{second-date}."
                    )
                ),
                cites,
            )
        )
        figure = nodes.figure("", chart, caption, classes=["fact-chart-figure"])
        self.set_source_info(figure)
        self.add_name(figure)
        return figure


def _check_kind(facts: LoadedFacts, key: str, expected: str) -> None:
    value = facts.registry[key].value
    ok = (
        isinstance(value, Percentage) if expected == "percentage" else isinstance(value, DATE_KINDS)
    )
    if not ok:
        raise CitationError(
            f"fact {key!r} is a {type(value).__name__}; this option needs a {expected}", "option"
        )


def interpolate(template: str, values: dict[str, nodes.Node]) -> list[nodes.Node]:
    """Split ``template`` on ``{name}`` and put the nodes in their places."""
    out: list[nodes.Node] = []
    for i, piece in enumerate(re.split(r"\{([a-z-]+)\}", template)):
        if i % 2:
            out.append(values[piece])
        elif piece:
            out.append(nodes.Text(piece))
    return out


# --- drawing -----------------------------------------------------------------

_METADATA = {  # no dates, so a rebuild writes the same bytes
    "svg": {"Date": None},
    "pdf": {"CreationDate": None, "ModDate": None},
    "png": {"Software": None},
}


def chart_file(builder: Any, node: fact_chart, fmt: str) -> str:
    """Draw the chart into the builder's image folder once; return its file name."""
    import matplotlib

    spec = {k: node[k] for k in ("title", "groups", "series", "value_labels", "alt")}
    digest = hashlib.sha256(
        json.dumps([spec, fmt, matplotlib.__version__], sort_keys=True).encode()
    ).hexdigest()[:16]
    name = f"fact-chart-{digest}.{fmt}"
    folder = Path(builder.outdir, builder.imagedir)
    target = folder / name
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        data = draw(spec, fmt)
        # Parallel writers may draw the same chart: write aside, then rename.
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".fact-chart-")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, target)
    return name


def draw(spec: dict, fmt: str) -> bytes:
    """The chart as SVG, PNG or PDF bytes, drawn with matplotlib's Agg-based canvas."""
    import matplotlib
    from matplotlib.figure import Figure  # no pyplot: no GUI backend, no global state

    with matplotlib.rc_context(
        {
            "svg.hashsalt": "canru-facts",  # stable ids inside the SVG
            "svg.fonttype": "path",  # no fonts needed by the reader
            "pdf.fonttype": 42,
            "font.family": "DejaVu Sans",  # shipped with matplotlib: same glyphs everywhere
            "font.size": 11,
        }
    ):
        figure = Figure(figsize=(6.4, 3.6), dpi=100, facecolor="white")
        axes = figure.add_subplot()
        axes.set_facecolor("white")
        groups = spec["groups"]
        width = 0.36
        colours = (FAVOURABLE_COLOUR, UNFAVOURABLE_COLOUR)
        for i, ((name, values), labels) in enumerate(
            zip(spec["series"], spec["value_labels"], strict=True)
        ):
            xs = [g + (i - 0.5) * width for g, v in enumerate(values) if v is not None]
            heights = [v for v in values if v is not None]
            bars = axes.bar(xs, heights, width, label=name, color=colours[i % 2])
            axes.bar_label(
                bars, labels=[t for t in labels if t is not None], padding=3, color="#1a1a1a"
            )
        axes.set_xticks(range(len(groups)), groups)
        axes.set_ylim(0, 100)
        axes.set_ylabel("%")
        axes.set_title(spec["title"], color="#1a1a1a")
        axes.spines[["top", "right"]].set_visible(False)
        axes.legend(frameon=False, loc="upper left")
        figure.tight_layout()
        buffer = io.BytesIO()
        figure.savefig(buffer, format=fmt, metadata=_METADATA[fmt], facecolor="white")
    data = buffer.getvalue()
    if fmt == "svg":
        # The DOCTYPE names a DTD on another host and the RDF block says nothing a
        # reader needs; SVG 2 wants neither.
        data = re.sub(rb"<!DOCTYPE[^>]*>\s*", b"", data)
        data = re.sub(rb"\s*<metadata>.*?</metadata>", b"", data, flags=re.S)
    return data


# --- writing ---------------------------------------------------------------------


def html_visit_fact_chart(self: Any, node: fact_chart) -> None:
    # EPUB readers all show PNG; browsers get a crisp SVG.
    fmt = "png" if isinstance(self.builder, EpubBuilder) else "svg"
    name = chart_file(self.builder, node, fmt)
    src = posixpath.join(self.builder.imgpath, name)
    self.body.append(
        self.starttag(
            node,
            "img",
            "",
            empty=True,
            CLASS="fact-chart",
            src=src,
            alt=node["alt"],
            width="640",
            height="360",
        )
    )
    raise nodes.SkipNode


def latex_visit_fact_chart(self: Any, node: fact_chart) -> None:
    name = chart_file(self.builder, node, "pdf")
    path = posixpath.join(self.builder.imgpath, name)
    self.body.append(f"\n\\sphinxincludegraphics[]{{{path}}}\n")
    raise nodes.SkipNode


def chart_as_text(app: Any, doctree: nodes.document, docname: str) -> None:
    """doctree-resolved: formats without images (text, man, Texinfo…) get the alt text."""
    if app.builder.format in ("html", "latex"):
        return
    for node in list(doctree.findall(fact_chart)):
        node.replace_self(nodes.paragraph("", f"[{node['alt']}]"))


CHART_VISITORS = {
    "html": (html_visit_fact_chart, None),
    "latex": (latex_visit_fact_chart, None),
}
