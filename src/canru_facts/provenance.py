"""Where a seed comes from: the TOML file beside it (``seed.txt`` -> ``seed.toml``).

It names the source (title, publisher, address, licence), the revision or the
day the copy was taken where known, and the SHA-256 of the seed file; the
export, the book's Sources page and its title page read it from here.  It is
the one place the digest is recorded: ``canru-facts update --write`` keeps it
current (and records ``--revision`` and ``--retrieved``), see
:func:`canru_facts.update.provenance_text`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path

__all__ = ["Provenance", "ProvenanceError", "digest", "path_for"]


class ProvenanceError(Exception):
    """The provenance file cannot be used. ``str()`` is one located line."""


@dataclass(frozen=True)
class Provenance:
    title: str = ""
    publisher: str = ""
    language: str = ""
    url: str = ""
    history_url: str = ""
    licence: str = ""
    licence_url: str = ""
    revision: str = ""  # the source's own revision id, where known
    retrieved: dt.date | None = None  # the day the copy was taken, where known
    sha256: str = ""  # of the seed file's bytes (its text as UTF-8), as sha256sum gives it

    @classmethod
    def load(cls, seed_path: str | Path) -> Provenance | None:
        """The provenance of the seed at ``seed_path``; None where it has no file."""
        path = path_for(seed_path)
        if not path.is_file():
            return None
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
            raise ProvenanceError(f"{path}: cannot read the seed's provenance: {err}") from None
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ProvenanceError(
                f"{path}: unknown key {unknown[0]!r}; the keys are {', '.join(sorted(known))}"
            )
        retrieved = data.get("retrieved")
        if retrieved is not None and not isinstance(retrieved, dt.date):
            raise ProvenanceError(
                f"{path}: 'retrieved' must be a date, e.g. retrieved = 2026-11-29"
            )
        for name, value in data.items():
            if name != "retrieved" and not isinstance(value, str):
                raise ProvenanceError(f"{path}: {name!r} must be a string")
        return cls(**data)


def path_for(seed_path: str | Path) -> Path:
    """The provenance file of a seed: the same name with ``.toml``."""
    return Path(seed_path).with_suffix(".toml")


def digest(text: str) -> str:
    """SHA-256 of a seed's text, as the provenance file records it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
