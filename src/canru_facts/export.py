"""The facts as data: JSON (versioned schema) and CSV.

The JSON document follows ``schema/facts-1.schema.json``, shipped in this package
and printed by ``canru-facts export --schema``.  Within a major version, fields are
only ever added; a removed or renamed field bumps ``schema_version``'s major.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import json
from decimal import Decimal
from importlib.resources import files
from typing import Any

from .model import (
    Count,
    Day,
    DayNoYear,
    DayRange,
    Decade,
    Duration,
    Fact,
    Money,
    Month,
    Ordinal,
    Percentage,
    Person,
    Place,
    Season,
    Value,
    Year,
)
from .registry import Registry
from .seed import Seed
from .style import render

__all__ = ["SCHEMA_VERSION", "as_csv", "as_json", "plain", "schema_text"]

SCHEMA_VERSION = "1.0"
CSV_COLUMNS = ("key", "kind", "class", "plain", "text", "label", "evidence", "seed_line", "note")

_DURATION_UNIT = {
    "day": "D",
    "days": "D",
    "night": "D",
    "nights": "D",
    "week": "W",
    "weeks": "W",
    "month": "M",
    "months": "M",
    "year": "Y",
    "years": "Y",
}


def plain(value: Value) -> str:
    """One machine-readable string per value: ISO 8601 for dates and durations."""
    match value:
        case Day():
            return value.date.isoformat()
        case Month():
            return f"{value.year:04d}-{value.month:02d}"
        case Year():
            return f"{value.year:04d}"
        case Decade():
            return f"{value.start:04d}s"
        case Season():
            return f"{value.year:04d}-{value.season}"
        case DayRange():
            return f"{value.first.isoformat()}/{value.last.isoformat()}"
        case DayNoYear():
            return f"--{value.month:02d}-{value.day:02d}"  # ISO 8601 date without year
        case Person() | Place():
            return value.name
        case Percentage():
            return str(value.value)
        case Money():
            return str(value.total)
        case Count() | Ordinal():
            return str(value.value)
        case Duration():
            return f"P{value.value}{_DURATION_UNIT[value.unit]}"
    raise TypeError(f"no plain form for {type(value).__name__}")  # pragma: no cover


def _json_field(item: Any) -> Any:
    return str(item) if isinstance(item, Decimal) else item


def _record(fact: Fact, line: int | None) -> dict[str, Any]:
    fields = {
        f.name: _json_field(getattr(fact.value, f.name)) for f in dataclasses.fields(fact.value)
    }
    return {
        "key": fact.key,
        "kind": fact.kind,
        "label": fact.label,
        "value": {"class": type(fact.value).__name__, **fields},
        "plain": plain(fact.value),
        "text": render(fact.value),
        "evidence": fact.evidence,
        "seed_line": line,
        "note": fact.note,
    }


def records(registry: Registry, seed: Seed) -> list[dict[str, Any]]:
    lines = seed.locate_all(f.evidence for f in registry.values())
    return [_record(f, lines[f.evidence]) for f in registry.values()]


def as_json(registry: Registry, seed: Seed) -> str:
    document = {
        "schema": "canru-facts/facts",
        "schema_version": SCHEMA_VERSION,
        "source": {
            "title": "Canada–Russia relations",
            "publisher": "Wikipedia, The Free Encyclopedia",
            "licence": "CC BY-SA 4.0",
            "file": seed.path.replace("\\", "/").rsplit("/", 1)[-1],
            "sha256": hashlib.sha256(seed.text.encode("utf-8")).hexdigest(),
        },
        "facts": records(registry, seed),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def as_csv(registry: Registry, seed: Seed) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for record in records(registry, seed):
        writer.writerow({**record, "class": record["value"]["class"]})
    return out.getvalue()


def schema_text() -> str:
    return (files("canru_facts") / "schema" / "facts-1.schema.json").read_text("utf-8")
