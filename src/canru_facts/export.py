"""The facts as data: JSON (versioned schema) and CSV.

The JSON document follows ``schema/facts-2.schema.json``, shipped in this package
and printed by ``canru-facts export --schema``; :func:`schema` builds it from the
kinds, and a test keeps the shipped file equal to it.  Within a major version,
fields are only ever added; a removed or renamed field bumps
``schema_version``'s major (``schema/CHANGES.md`` says what each version changed).
"""

from __future__ import annotations

import csv
import io
import json
from importlib.resources import files
from typing import Any

from .kinds import KINDS
from .model import KEY_PATTERN, Fact
from .provenance import Provenance
from .registry import Registry
from .seed import Seed

__all__ = [
    "SCHEMA_VERSION",
    "as_csv",
    "as_json",
    "records",
    "schema",
    "schema_json",
    "schema_text",
]

SCHEMA_MAJOR = 2
SCHEMA_VERSION = f"{SCHEMA_MAJOR}.0"
SCHEMA_FILE = f"facts-{SCHEMA_MAJOR}.schema.json"
CSV_COLUMNS = (
    "key",
    "kind",
    "detail",
    "class",
    "plain",
    "text",
    "label",
    "evidence",
    "seed_line",
    "note",
    "sic",
)


def _record(fact: Fact, lines: dict[str, int | None]) -> dict[str, Any]:
    kind, detail = fact.value.describe()
    return {
        "key": fact.key,
        "kind": kind,
        "detail": detail,
        "label": fact.label,
        "value": {"class": type(fact.value).__name__, **fact.value.fields()},
        "plain": fact.value.plain(),
        "text": fact.value.write(),
        "evidence": fact.evidence,
        "seed_line": lines[fact.evidence],
        "mentions": [
            {"name": name, "evidence": words, "seed_line": lines[words]}
            for name, words in fact.also.items()
        ],
        "note": fact.note,
        "sic": fact.sic,
    }


def records(registry: Registry, seed: Seed) -> list[dict[str, Any]]:
    lines = seed.locate_all(words for f in registry.values() for words in f.mentions.values())
    return [_record(f, lines) for f in registry.values()]


def _source(seed: Seed, provenance: Provenance | None) -> dict[str, Any]:
    source: dict[str, Any] = {}
    if provenance is not None:
        for name in ("title", "publisher", "url", "licence", "licence_url", "revision"):
            if getattr(provenance, name):
                source[name] = getattr(provenance, name)
        if provenance.retrieved is not None:
            source["retrieved"] = provenance.retrieved.isoformat()
    source["file"] = seed.path.replace("\\", "/").rsplit("/", 1)[-1]
    source["sha256"] = seed.sha256
    return source


def as_json(registry: Registry, seed: Seed, provenance: Provenance | None = None) -> str:
    document = {
        "schema": "canru-facts/facts",
        "schema_version": SCHEMA_VERSION,
        "source": _source(seed, provenance),
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
    """The shipped schema of the current major version."""
    return (files("canru_facts") / "schema" / SCHEMA_FILE).read_text("utf-8")


def schema() -> dict[str, Any]:
    """The export's JSON schema, built from the kinds (the shipped file must equal it)."""
    kinds = list(dict.fromkeys(cls.kind for cls in KINDS.values()))
    line = {"type": ["integer", "null"], "minimum": 1}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"canru-facts/{SCHEMA_FILE}",
        "title": f"canru-facts export, schema version {SCHEMA_MAJOR}",
        "description": (
            "Facts of a canru-facts book, each proven against its source text. Within "
            f"version {SCHEMA_MAJOR}, fields may be added but none is removed or renamed."
        ),
        "type": "object",
        "required": ["schema", "schema_version", "source", "facts"],
        "properties": {
            "schema": {"const": "canru-facts/facts"},
            "schema_version": {"type": "string", "pattern": rf"^{SCHEMA_MAJOR}\.[0-9]+$"},
            "source": {
                "type": "object",
                "required": ["file", "sha256"],
                "properties": {
                    "title": {"type": "string"},
                    "publisher": {"type": "string"},
                    "url": {"type": "string"},
                    "licence": {"type": "string"},
                    "licence_url": {"type": "string"},
                    "revision": {"type": "string", "description": "The source's revision id."},
                    "retrieved": {
                        "type": "string",
                        "format": "date",
                        "description": "The day the copy of the source was taken.",
                    },
                    "file": {"type": "string"},
                    "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                },
            },
            "facts": {"type": "array", "items": {"$ref": "#/$defs/fact"}},
        },
        "$defs": {
            "fact": {
                "type": "object",
                "required": [
                    "key",
                    "kind",
                    "detail",
                    "label",
                    "value",
                    "plain",
                    "text",
                    "evidence",
                    "seed_line",
                    "mentions",
                    "note",
                    "sic",
                ],
                "properties": {
                    "key": {
                        "type": "string",
                        "pattern": KEY_PATTERN.pattern,
                        "description": "Stable dotted key; the book cites the fact by it.",
                    },
                    "kind": {"enum": kinds, "description": "What the value is."},
                    "detail": {
                        "type": "string",
                        "description": (
                            "A date's precision (day, month...) or a named thing's type "
                            "(city, museum, regulations...); empty for other kinds."
                        ),
                    },
                    "label": {"type": "string", "minLength": 1},
                    "value": {
                        "description": "The typed value: 'class' names the kind, then its fields.",
                        "oneOf": [{"$ref": f"#/$defs/{name}"} for name in KINDS],
                    },
                    "plain": {
                        "type": "string",
                        "description": (
                            "Machine-readable value: ISO 8601 for dates (YYYY-MM-DD, YYYY-MM, "
                            "YYYY, --MM-DD, start/end) and durations (P2W); the number for "
                            "figures; the name for people and named things."
                        ),
                    },
                    "text": {
                        "type": "string",
                        "description": "The value in the book's house style (English).",
                    },
                    "evidence": {
                        "type": "string",
                        "minLength": 1,
                        "description": "Verbatim quote of the source that states the whole value.",
                    },
                    "seed_line": {
                        **line,
                        "description": "Line of the source where the evidence starts; null if "
                        "not found.",
                    },
                    "mentions": {
                        "type": "array",
                        "description": "Further places where the source states the value.",
                        "items": {
                            "type": "object",
                            "required": ["name", "evidence", "seed_line"],
                            "properties": {
                                "name": {"type": "string", "pattern": "^[a-z][a-z0-9-]*$"},
                                "evidence": {"type": "string", "minLength": 1},
                                "seed_line": line,
                            },
                        },
                    },
                    "note": {"type": "string"},
                    "sic": {
                        "type": "string",
                        "description": "Words of the value the source gets wrong or writes "
                        "oddly, as it writes them; the book marks them [sic].",
                    },
                },
            },
            **{name: cls.schema() for name, cls in KINDS.items()},
        },
    }


def schema_json() -> str:
    """:func:`schema` as the shipped file holds it."""
    return json.dumps(schema(), ensure_ascii=False, indent=2) + "\n"
