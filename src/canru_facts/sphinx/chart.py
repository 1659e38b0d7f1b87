"""The ``fact-chart`` directive: a bar chart of facts, with a caption that may cite them.

The title is the argument; ``:groups:`` names the facts that label the groups of
bars (usually dates); each line of the content's first block is a series, its
name and one fact per group (``-`` where the series has no bar); the rest of the
content is the figure's caption, ordinary prose that may cite facts::

    ```{fact-chart} Canadian opinion of Russia
    :groups: opinion.pew_survey_year, opinion.survey_2020

    Favourable: opinion.favourable_2017, -
    Unfavourable: opinion.unfavourable_2017, opinion.unfavourable_2020

    In {fact}`opinion.pew_survey_year`, {fact}`opinion.favourable_2017` were favourable.
    ```

A series plots percentages (on a 0–100 scale), counts or sums of money, one kind
per chart.  Every fact the chart names counts as cited, and the register's
backlinks to it land on the figure.  Like every fact, the values are taken when
the page is written (:func:`resolve_chart`); the image is drawn by the writer
(like ``sphinx.ext.graphviz``), straight into the builder's image folder: SVG for
HTML, PNG for EPUB, PDF for LaTeX; formats without images get the alt text.
Output is byte-for-byte deterministic (fixed hash salt, no dates in metadata),
and the figure has an opaque white background, so it stays readable in dark mode.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import posixpath
import re
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.builders.epub3 import Epub3Builder
from sphinx.util.docutils import SphinxDirective

from ..model import Count, Money, Percentage
from .loading import Problem
from .messages import _, warn
from .nodes import content_line, fact_chart, key_of, parse_reference

if TYPE_CHECKING:
    from .resolve import Page

# Okabe–Ito colours: told apart with any colour vision, dark enough on white.
COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00")
NO_BAR = "-"


class FactChart(SphinxDirective):
    has_content = True
    optional_arguments = 1
    final_argument_whitespace = True
    option_spec: ClassVar[dict] = {
        "groups": directives.unchanged_required,
        "name": directives.unchanged,
    }

    def run(self) -> list[nodes.Node]:
        groups = [g.strip() for g in self.options.get("groups", "").split(",") if g.strip()]
        lines = list(self.content)
        blank = next((i for i, line in enumerate(lines) if not line.strip()), len(lines))
        series = []
        for i, line in enumerate(lines[:blank]):
            name, colon, values = line.partition(":")
            cells = [v.strip() for v in values.split(",")]
            problem = None
            if not colon or not name.strip():
                problem = _("a series is 'Name: key, key'; this line is %(line)r")
            elif len(cells) != len(groups):
                problem = _("series %(name)r names %(n)d facts for %(groups)d groups")
            if problem is not None:
                words = str(_("fact-chart: %s")) % problem
                where = f"{self.get_source_info()[0]}:{content_line(self, i)}"
                detail = {
                    "line": line,
                    "name": name.strip(),
                    "n": len(cells),
                    "groups": len(groups),
                }
                warn(words % detail, where, "option")
                return []
            series.append((name.strip(), ["" if c == NO_BAR else c for c in cells]))
        if not groups or not series:
            words = _("fact-chart: it needs :groups: and at least one series line")
            warn(str(words), self.get_location(), "option")
            return []
        chart = fact_chart(
            title=self.arguments[0] if self.arguments else "", groups=groups, series=series
        )
        self.set_source_info(chart)
        figure = nodes.figure("", chart, classes=["fact-chart-figure"])
        self.set_source_info(figure)
        self.add_name(figure)
        if blank < len(lines):  # the caption: the figure directive's way
            body = nodes.Element()
            self.state.nested_parse(
                self.content[blank + 1 :], self.content_offset + blank + 1, body
            )
            first = body.children[0] if body.children else None
            if isinstance(first, nodes.paragraph):
                caption = nodes.caption(first.rawsource, "", *first.children)
                caption.source, caption.line = first.source, first.line
                figure += caption
                rest = body.children[1:]
            else:
                rest = body.children
            if rest:
                figure += nodes.legend("", *rest)
        return [figure]


# --- the chart's values, when the page is written --------------------------------------


def resolve_chart(page: Page, node: fact_chart) -> None:
    """Give the chart its numbers and words, or show what is wrong with it."""
    facts = page.facts
    failed: list[str] = []
    values = [v for _name, refs in node["series"] for v in refs if v]
    for text, plotted in [(g, False) for g in node["groups"]] + [(v, True) for v in values]:
        reference = parse_reference(text)
        problem = facts.problem(reference)
        if problem is None and plotted:
            problem = _kind_problem(page, reference.key)
        if problem is not None:
            warn(f"fact-chart: {problem.message}", node, problem.subtype)
            failed.append(text)
    kinds = (
        [] if failed else sorted({type(facts.registry[_kv(v)[0]].value).__name__ for v in values})
    )
    if len(kinds) > 1:
        words = str(_("fact-chart: a chart plots one kind of value; this one mixes %s"))
        warn(words % ", ".join(kinds), node, "option")
        failed = values
    if failed:
        para = nodes.paragraph("", "", *(nodes.problematic(t, t) for t in failed))
        para.source, para.line = node.source, node.line
        node.replace_self(para)
        return
    groups = [facts.text(*_kv(ref)) for ref in node["groups"]]
    series, labels = [], []
    percent = False
    for name, refs in node["series"]:
        numbers: list[float | None] = []
        texts: list[str | None] = []
        for ref in refs:
            if not ref:
                numbers.append(None)
                texts.append(None)
                continue
            key, variant = _kv(ref)
            value = facts.registry[key].value
            percent = percent or isinstance(value, Percentage)
            numbers.append(float(_number(value)))
            texts.append(facts.text(key, variant))
        series.append((name, numbers))
        labels.append(texts)
    alt = alt_text(node["title"], groups, series, labels)
    if page.format not in ("html", "latex"):  # no images: the alt text, in brackets
        para = nodes.paragraph("", f"[{alt}]")
        para.source, para.line = node.source, node.line
        node.replace_self(para)
        return
    node["spec"] = {
        "title": node["title"],
        "groups": groups,
        "series": series,
        "value_labels": labels,
        "percent": percent,
    }
    node["alt"] = alt


def alt_text(title: str, groups: list[str], series: list, labels: list) -> str:
    """``Bar chart of T. 2017: Favourable 27%, Unfavourable 59%. December 2020: ...``."""
    out = [str(_("Bar chart of %s.")) % title if title else str(_("Bar chart."))]
    for g, group in enumerate(groups):
        bars = [
            f"{name} {texts[g]}"
            for (name, _values), texts in zip(series, labels, strict=True)
            if texts[g]
        ]
        if bars:
            out.append(f"{group}: {', '.join(bars)}.")
    return " ".join(out)


def _kv(text: str) -> tuple[str, str]:
    reference = parse_reference(text)
    return reference.key, reference.variant


def _number(value: object) -> Decimal | int:
    if isinstance(value, Money):
        return value.amount
    return value.value  # type: ignore[attr-defined]


def _kind_problem(page: Page, key: str) -> Problem | None:
    value = page.facts.registry[key].value
    if isinstance(value, (Percentage, Count, Money)):
        return None
    words = str(_("fact %(key)r is a %(kind)s; a chart plots percentages, counts or money"))
    return Problem(words % {"key": key, "kind": type(value).__name__}, "option")


# --- drawing -----------------------------------------------------------------

_METADATA = {  # no dates, so a rebuild writes the same bytes
    "svg": {"Date": None},
    "pdf": {"CreationDate": None, "ModDate": None},
    "png": {"Software": None},
}


def chart_file(builder: Any, node: fact_chart, fmt: str) -> str:
    """Draw the chart into the builder's image folder once; return its file name."""
    import matplotlib

    spec = node["spec"]
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
        count = len(spec["series"])
        width = 0.72 / count
        for i, ((name, values), labels) in enumerate(
            zip(spec["series"], spec["value_labels"], strict=True)
        ):
            offset = (i - (count - 1) / 2) * width
            xs = [g + offset for g, v in enumerate(values) if v is not None]
            heights = [v for v in values if v is not None]
            colour = COLOURS[i % len(COLOURS)]
            bars = axes.bar(xs, heights, width, label=name, color=colour)
            axes.bar_label(
                bars, labels=[t for t in labels if t is not None], padding=3, color="#1a1a1a"
            )
        axes.set_xticks(range(len(groups)), groups)
        if spec["percent"]:
            axes.set_ylim(0, 100)
            axes.set_ylabel("%")
        else:
            axes.set_ylim(bottom=0)
            axes.margins(y=0.15)  # room for the value labels above the bars
        if spec["title"]:
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
    fmt = "png" if isinstance(self.builder, Epub3Builder) else "svg"
    name = chart_file(self.builder, node, fmt)
    att = self.attval
    src = posixpath.join(self.builder.imgpath, name)
    # Each citation the chart draws gets an anchor naming its fact, as a written
    # citation does, for the register's backlinks: written by hand, since docutils
    # writes a node's further ids as anchors naming nothing.
    anchors = "".join(
        f'<span id="{att(anchor)}" data-fact="{att(key_of(anchor))}"></span>'
        for anchor in node["ids"]
    )
    self.body.append(
        f'{anchors}<img class="fact-chart" src="{att(src)}" alt="{att(node["alt"])}" '
        'width="640" height="360" />'
    )
    raise nodes.SkipNode


def latex_visit_fact_chart(self: Any, node: fact_chart) -> None:
    name = chart_file(self.builder, node, "pdf")
    path = posixpath.join(self.builder.imgpath, name)
    self.body.append(f"\n{self.hypertarget_to(node)}\\sphinxincludegraphics[]{{{path}}}\n")
    raise nodes.SkipNode


def setup_chart(app: Any) -> None:
    app.add_directive("fact-chart", FactChart)
    app.add_node(
        fact_chart,
        html=(html_visit_fact_chart, None),
        latex=(latex_visit_fact_chart, None),
    )
