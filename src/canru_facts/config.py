"""Which book the command checks: ``[tool.canru-facts]`` in the project's pyproject.toml.

The engine knows no book of its own.  A project names its facts, its rules and
its seed once::

    [tool.canru-facts]
    registry = "canru_facts.facts:FACTS"   # module:attribute of the facts
    rules = "canru_facts.facts:RULES"      # optional: rules tying facts together
    seed = "seeds/canada-russia-relations.txt"   # relative to pyproject.toml

``canru-facts`` reads the nearest pyproject.toml from the working folder
upwards (a project without the table has no book); ``--registry``, ``--rules``
and ``--seed`` override it.  The Sphinx
book reads the same table through :func:`find` in its conf.py.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

__all__ = ["BookConfig", "ConfigError", "find", "read"]

TABLE = "canru-facts"


class ConfigError(Exception):
    """The configuration cannot be used. ``str()`` is one located line."""


@dataclass(frozen=True)
class BookConfig:
    """One book: where its facts, rules and seed are."""

    path: Path  # the pyproject.toml it was read from
    registry: str
    rules: str  # "" when the book declares no rules
    seed: Path  # absolute

    @property
    def root(self) -> Path:
        return self.path.parent


def find(start: Path | None = None) -> BookConfig | None:
    """The book of the nearest pyproject.toml at or above ``start``; None if there is none,
    or if that project configures no book (a project's folder is its own, whatever
    the folders around it configure)."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        path = candidate / "pyproject.toml"
        if path.is_file():
            return read(path)
    return None


def read(path: Path) -> BookConfig | None:
    """The ``[tool.canru-facts]`` table of ``path``; None when the file has none."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: cannot read: {err}") from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: not valid TOML: {err}") from None
    table = data.get("tool", {}).get(TABLE)
    if table is None:
        return None
    where = f"{path}: [tool.{TABLE}]"
    unknown = sorted(set(table) - {"registry", "rules", "seed"})
    if unknown:
        raise ConfigError(
            f"{where}: unknown key {unknown[0]!r}; the keys are registry, rules, seed"
        )
    for name in ("registry", "seed"):
        if not isinstance(table.get(name), str) or not table[name].strip():
            raise ConfigError(f"{where}: {name!r} is missing; e.g. {_EXAMPLES[name]}")
    rules = table.get("rules", "")
    if not isinstance(rules, str):
        raise ConfigError(f"{where}: 'rules' must be a string, e.g. {_EXAMPLES['rules']}")
    return BookConfig(path, table["registry"], rules, (path.parent / table["seed"]).resolve())


_EXAMPLES = {
    "registry": 'registry = "mybook.facts:FACTS"',
    "rules": 'rules = "mybook.facts:RULES"',
    "seed": 'seed = "seeds/source.txt"',
}
