"""The ``fact-timeline`` directive: the book's events, one entry each, in time order.

The entries are the directive's content, one a line, each an event written as
one::

    ```{fact-timeline}
    :not-events: culture.stravinsky_after, people.molody_born

    relations.established: Canada and the Soviet Union establish diplomatic relations
    summit2011.iec_meeting after summit2011.date: The {fact}`economy.iec:abbr` meets
    history.invasion with relations.collapse_2022, economy.invasion: Russia invades Ukraine
    ```

* ``DATE-KEY: headline``: the fact that dates the event, then the headline,
  inline markup of the page (MyST or reStructuredText) in which every name and
  value is a citation;
* ``DATE-KEY after OTHER-KEY: headline``: a day the source gives without its
  year (``DayNoYear``) stands right after OTHER's entry, and shows OTHER's year
  in square brackets, an editor's insertion, taken from OTHER's value (a
  citation of ``OTHER:year``), never typed;
* ``... with KEY, KEY: headline``: further facts dating the same event (the
  source may date one event in several places) are gathered into the entry,
  which lists and links them after its headline.

``:not-events:`` names the dated facts that are deliberately no event (a period,
a judgement, a birth whose event the source does not date).

When the page is written the entries are ordered by their dates' values (ties
keep the order they were written in) and laid out as a table, date and event.
Each date is a citation of its fact (a fact mark, with its tooltip), headlines
cite facts like any prose, and each gathered fact links to its register entry
(in print: its register page).  Citations in the timeline count as citations:
the register lists the timeline among the places citing a fact.

Located warnings, when the page is written: a key the registry lacks
(``fact.unknown``); an entry opened by a fact that is no date, a day without a
year without ``after`` (or ``after`` with a fact that has its year, or naming no
entry of a date with a year), a fact dating or gathered into two entries (one
entry per event), a gathered fact whose date is not the entry's, a line that is
not an entry (``fact.option``, ``fact.timeline``); and every dated fact of the
registry that is neither an entry's date, gathered, cited in a headline nor
listed as no event (``fact.timeline``): no dated event of the source is missing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple

from docutils import nodes
from sphinx import addnodes
from sphinx.util.docutils import SphinxDirective

from ..model import DayNoYear, Fact
from ..style import capitalise
from .messages import _, did_you_mean, warn
from .nodes import (
    Place,
    Reference,
    cell,
    content_line,
    element,
    entry_id,
    fact_event,
    fact_pageref,
    fact_ref,
    fact_timeline,
    make_ref,
    walk,
)
from .register import link

if TYPE_CHECKING:
    from .resolve import Page

ORIGIN = "timeline"  # what made the citations of a timeline
KEY = r"[a-z][a-z0-9_]*(?:\.[a-z0-9][a-z0-9_]*)+"
ENTRY = re.compile(
    rf"(?P<date>{KEY})(?:\s+after\s+(?P<after>{KEY}))?"
    rf"(?:\s+with\s+(?P<with>{KEY}(?:\s*,\s*{KEY})*))?\s*:(?P<headline>.*)$"
)
ENTRY_SYNTAX = (
    "DATE-KEY: headline, DATE-KEY after OTHER-KEY: headline, DATE-KEY with KEY, KEY: headline"
)
NOT_EVENTS = "not-events"


def keys_option(text: str | None) -> list[str]:
    """``a.b, c.d e.f``: keys, separated by commas or white space."""
    return [key for key in re.split(r"[\s,]+", text or "") if key]


class FactTimeline(SphinxDirective):
    has_content = True
    option_spec: ClassVar[dict] = {NOT_EVENTS: keys_option}

    def run(self) -> list[nodes.Node]:
        timeline = fact_timeline(not_events=self.options.get(NOT_EVENTS, []))
        self.set_source_info(timeline)
        out: list[nodes.Node] = [timeline]
        source = self.get_source_info()[0]
        for i, line in enumerate(self.content):
            if not line.strip():
                continue
            lineno = content_line(self, i)
            match = ENTRY.match(line.strip())
            if match is None:
                words = str(_("fact-timeline: %(line)r is not an entry; write %(syntax)s"))
                detail = {"line": line.strip(), "syntax": ENTRY_SYNTAX}
                warn(words % detail, f"{source}:{lineno}", "option")
                continue
            headline, messages = self.parse_inline(match["headline"].strip(), lineno=lineno)
            out += messages
            for ref, _place in walk(element(nodes.paragraph, *headline), (fact_ref,)):
                ref["origin"] = ORIGIN
                ref.source, ref.line = source, lineno
            date = make_ref(Reference(match["date"]), ORIGIN)
            date.source, date.line = source, lineno
            event = fact_event(
                date=match["date"],
                after=match["after"] or "",
                gathered=keys_option(match["with"]),
            )
            event.source, event.line = source, lineno
            event += date
            event += nodes.paragraph("", "", *headline)
            timeline += event
        return out


# --- building it, when the page is written ------------------------------------------


class Entry(NamedTuple):
    """An entry of the timeline being written."""

    node: fact_event
    index: int  # where it was written among the entries
    fact: Fact | None  # the fact dating it; None if it cannot date an entry
    anchor: Fact | None  # for a day without a year: the fact whose entry it follows


def build_timeline(page: Page, node: fact_timeline) -> list[nodes.Node]:
    """The timeline as a table, date and event, its entries in time order."""
    checks = Checks(page, node)
    entries = [checks.entry(i, event) for i, event in enumerate(node.children)]
    checks.once_per_event(entries)
    checks.nothing_missing(entries)
    words = Words()
    rows = [row(page, entry, words) for entry in in_time_order(entries)]
    html = page.format == "html"
    group = element(nodes.tgroup, cols=2)
    group += nodes.colspec(colwidth=22, **({"stub": True} if html else {}))
    group += nodes.colspec(colwidth=78)
    heads = [cell(nodes.Text(words.date)), cell(nodes.Text(words.event))]
    group += element(nodes.thead, element(nodes.row, *heads))
    group += element(nodes.tbody, *rows)
    table = element(nodes.table, group, classes=["fact-timeline", "colwidths-auto"])
    if page.format == "latex":
        table["classes"].append("longtable")
        return [addnodes.tabular_col_spec(spec=r"\X{22}{100}\X{78}{100}"), table]
    return [table]


class Words:
    def __init__(self) -> None:
        self.date = str(_("Date"))
        self.event = str(_("Event"))
        self.also = str(_("Also dated by %s."))
        self.register_page = str(_("register, page"))


def in_time_order(entries: list[Entry]) -> list[Entry]:
    """Entries by their dates; a day without a year right after the entry it follows.

    Ties keep the order the entries were written in; an entry that cannot be
    placed comes last.
    """
    placed = sorted(
        (e for e in entries if e.fact is not None and e.anchor is None),
        key=lambda e: (e.fact.value.sort_key, e.index),
    )
    followers: dict[str, list[Entry]] = {}
    for e in entries:
        if e.fact is not None and e.anchor is not None:
            followers.setdefault(e.anchor.key, []).append(e)
    out: list[Entry] = []
    for entry in placed:
        out.append(entry)
        after = followers.pop(entry.fact.key, [])
        out += sorted(after, key=lambda e: (e.fact.value.month, e.fact.value.day, e.index))
    # entries whose date or anchor could not be placed (each was warned of)
    shown = {id(e) for e in out}
    return out + [e for e in entries if id(e) not in shown]


def row(page: Page, entry: Entry, words: Words) -> nodes.Element:
    """The entry's row: its date (and bracketed year), its headline, what it gathers."""
    event, facts = entry.node, page.facts
    page.citation(event.children[0], Place(False, False))
    date_ref = event.children[0]  # or the problem that replaced it
    if isinstance(date_ref, fact_ref) and date_ref.children:
        # A date opens the row: "Fall 1977", "The 1990s".
        date_ref[0] = nodes.Text(capitalise(date_ref[0].astext(), facts.locale))
    date = [date_ref]
    if entry.anchor is not None:  # "2 June [2011]": the year is the other fact's
        year = make_ref(Reference(entry.anchor.key, "", "year"), ORIGIN)
        year.source, year.line = event.source, event.line
        page.citation(year, Place(False, False))
        date += [nodes.Text("\u00a0["), year, nodes.Text("]")]
    headline = event.children[1]
    for ref, place in list(walk(headline, (fact_ref,))):
        page.citation(ref, place)
    cells = [element(nodes.entry, element(nodes.paragraph, *date)), element(nodes.entry, headline)]
    gathered = [facts.registry[k] for k in event["gathered"] if k in facts.registry]
    if gathered:
        cells[1] += gathered_paragraph(page, gathered, words)
    return element(nodes.row, *cells, classes=["fact-event"])


def gathered_paragraph(page: Page, gathered: list[Fact], words: Words) -> nodes.Element:
    """ "Also dated by LABEL; LABEL.": each fact linked to its register entry."""
    before, _s, after = words.also.partition("%s")
    out: list[nodes.Node] = [nodes.Text(before)]
    for n, fact in enumerate(gathered):
        if n:
            out.append(nodes.Text("; "))
        label = page.facts.label(fact.key)
        register = page.register_of(fact.key)
        if register is None:
            out.append(nodes.Text(label))
        elif page.format == "latex":  # print: the label and the register page
            refid = f"{register}:{entry_id(fact.key)}"
            where = nodes.Text(f"{label} ({words.register_page} ")
            out += [where, fact_pageref(refid=refid), nodes.Text(")")]
        else:
            out.append(link(label, page.uri(register, entry_id(fact.key))))
    out.append(nodes.Text(after))
    return element(nodes.paragraph, *out, classes=["fact-timeline-also"])


class Checks:
    """What the timeline's entries must be, each failure a located warning."""

    def __init__(self, page: Page, node: fact_timeline) -> None:
        self.page = page
        self.registry = page.facts.registry
        self.node = node
        self.not_events: list[str] = []
        for key in node["not_events"]:
            if self.known(key, node, ":not-events: "):
                self.not_events.append(key)

    def known(self, key: str, where: nodes.Node, context: str = "") -> bool:
        if key in self.registry:
            return True
        hint = did_you_mean(self.registry.nearest(key))
        words = str(_("fact-timeline: %(context)sunknown fact key %(key)r; %(hint)s"))
        warn(words % {"context": context, "key": key, "hint": hint}, where, "unknown")
        return False

    def entry(self, index: int, event: fact_event) -> Entry:
        """The entry as written, its date and anchor checked (None where unusable)."""
        key, after = event["date"], event["after"]
        fact = self.registry.get(key)  # an unknown date key is reported at its citation
        for gathered in event["gathered"]:
            if self.known(gathered, event, "with: "):
                self.same_event(event, fact, self.registry[gathered])
        if fact is None:
            return Entry(event, index, None, None)
        if not fact.is_dated:
            words = _(
                "fact-timeline: %(key)r is a %(kind)s, not a date; an entry opens with the "
                "fact that dates it"
            )
            warn(str(words) % {"key": key, "kind": fact.kind}, event, "timeline")
            return Entry(event, index, None, None)
        if not after:
            if isinstance(fact.value, DayNoYear):
                words = _(
                    "fact-timeline: %(key)r is a day without a year; write '%(entry)s after "
                    "OTHER-KEY: ...' to place it after the entry whose year it shares"
                )
                warn(str(words) % {"key": key, "entry": key}, event, "timeline")
                return Entry(event, index, None, None)
            return Entry(event, index, fact, None)
        if not isinstance(fact.value, DayNoYear):
            words = _("fact-timeline: %(key)r has a year of its own; drop 'after %(after)s'")
            warn(str(words) % {"key": key, "after": after}, event, "timeline")
            return Entry(event, index, fact, None)
        if not self.known(after, event, "after: "):
            return Entry(event, index, None, None)
        anchor = self.registry[after]
        dates = {e["date"] for e in self.node.children if not e["after"]}
        if after not in dates or anchor.value.sort_key is None:
            words = _(
                "fact-timeline: after %(after)r: no entry of this timeline opens with it; "
                "a day without a year follows an entry dated with a year"
            )
            warn(str(words) % {"after": after}, event, "timeline")
            return Entry(event, index, None, None)
        bounds = anchor.value.bounds()
        if (fact.value.month, fact.value.day) < (bounds[0].month, bounds[0].day):
            words = _(
                "fact-timeline: %(key)r (%(day)s) falls before %(after)r in the year, so "
                "it cannot take that year"
            )
            day = self.page.facts.text(key)
            warn(str(words) % {"key": key, "day": day, "after": after}, event, "timeline")
            return Entry(event, index, None, None)
        return Entry(event, index, fact, anchor)

    def same_event(self, event: fact_event, fact: Fact | None, gathered: Fact) -> None:
        """A gathered fact must be a date the entry's own date falls in, or the other way."""
        if not gathered.is_dated:
            words = _("fact-timeline: %(key)r is a %(kind)s, not a date; gather only dates")
            warn(str(words) % {"key": gathered.key, "kind": gathered.kind}, event, "timeline")
            return
        if fact is None or not fact.is_dated:
            return
        mine, theirs = fact.value.bounds(), gathered.value.bounds()
        if mine is None or theirs is None:
            return
        if mine[1] < theirs[0] or theirs[1] < mine[0]:
            words = _(
                "fact-timeline: %(gathered)r (%(their)s) does not date the same event as "
                "%(key)r (%(mine)s)"
            )
            texts = self.page.facts.text
            detail = {
                "gathered": gathered.key,
                "their": texts(gathered.key),
                "key": fact.key,
                "mine": texts(fact.key),
            }
            warn(str(words) % detail, event, "timeline")

    def once_per_event(self, entries: list[Entry]) -> None:
        """A fact dates one entry, or is gathered into one: one entry per event."""
        seen: dict[str, fact_event] = {}
        for entry in entries:
            event = entry.node
            for key in [event["date"], *event["gathered"]]:
                if key not in self.registry:
                    continue
                if key in seen:
                    words = _(
                        "fact-timeline: %(key)r already dates the entry on line %(line)d; "
                        "one entry per event"
                    )
                    warn(str(words) % {"key": key, "line": seen[key].line}, event, "timeline")
                else:
                    seen[key] = event
                if key in self.not_events:
                    words = _("fact-timeline: %(key)r dates an entry but is listed in :not-events:")
                    warn(str(words) % {"key": key}, event, "timeline")

    def nothing_missing(self, entries: list[Entry]) -> None:
        """Every dated fact of the registry is in an entry, cited in one, or no event."""
        covered = set(self.not_events)
        for entry in entries:
            event = entry.node
            covered |= {event["date"], *event["gathered"]}
            covered |= {ref["key"] for ref, _p in walk(event.children[1], (fact_ref,))}
        words = _(
            "fact-timeline: the dated fact %(key)r (%(label)s, %(value)s) is in no entry; "
            "open an entry with it, gather it into one ('KEY with %(name)s: ...'), cite it "
            "in a headline, or list it in :not-events:"
        )
        for key, fact in self.registry.items():
            if fact.is_dated and key not in covered:
                value = self.page.facts.text(key)
                detail = {"key": key, "name": key, "label": fact.label, "value": value}
                warn(str(words) % detail, self.node, "timeline")


def setup_timeline(app: Any) -> None:
    app.add_directive("fact-timeline", FactTimeline)
    app.add_node(fact_timeline)  # replaced before any writer sees it
    app.add_node(fact_event)
