"""The facts of one build: the registry, its rules, the proof's seed lines, and their words.

:func:`load` imports the registry and the rules named in the configuration,
proves them against the seed (:mod:`canru_facts.sphinx.proving`) and returns a
:class:`LoadedFacts`: what every part of the extension asks of a fact while a
page is written (its value in a variant, its label, its seed line).  The
``facts`` domain loads it at ``builder-inited``; parallel readers and writers are
forked later and inherit it.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path, PurePath
from typing import Any, NamedTuple

from docutils import nodes
from sphinx.errors import ConfigError

from .. import registry as registry_module
from .. import rules as rules_module
from ..model import Fact
from ..registry import Registry, RegistryError, fingerprint
from ..rules import Rule
from ..seed import SeedError
from ..style import StyleError, capitalise, check_locale, render, typographic
from .lint import Index
from .messages import _, did_you_mean, warn
from .nodes import Reference, element, text_element
from .proving import ProofState, prove_in_build

SYNTAX = "{fact}`key`, {fact}`key:variant` or {fact}`key@mention:variant`"


class Problem(NamedTuple):
    """Why a citation cannot be written: the warning's words and subtype."""

    message: str
    subtype: str


@dataclass
class LoadedFacts:
    """The registry as this build sees it, and how the pages show each fact."""

    registry: Registry
    locale: str
    seed_name: str  # the seed's file name, shown next to line numbers ("" = no seed)
    lines: Mapping[tuple[str, str], int | None]  # (key, mention) -> seed line, from the proof
    # Made once per build by the methods below: a book cites the same few
    # variants of a fact many times.
    _values: dict[tuple[str, str], tuple[str, bool]] = field(default_factory=dict, repr=False)
    _labels: dict[str, str] = field(default_factory=dict, repr=False)

    # --- citations ------------------------------------------------------------------

    def problem(self, reference: Reference) -> Problem | None:
        """What is wrong with citing ``reference``, or None when it can be written."""
        key, mention, variant = reference
        if not key:
            return Problem(str(_("empty fact reference; write %s")) % SYNTAX, "empty")
        fact = self.registry.get(key)
        if fact is None:
            hint = did_you_mean(self.registry.nearest(key))
            words = str(_("unknown fact key %(key)r; %(hint)s"))
            return Problem(words % {"key": key, "hint": hint}, "unknown")
        if mention and mention not in fact.also:
            named = ", ".join(f"@{m}" for m in fact.also)
            words = str(_("fact %(key)r has no mention %(mention)r; its mentions: %(named)s"))
            named = named or str(_("none besides its main evidence"))
            return Problem(words % {"key": key, "mention": mention, "named": named}, "unknown")
        try:
            self.value(key, variant)
        except StyleError as err:  # its message lists the valid variants
            return Problem(str(_("fact %(key)r: %(err)s")) % {"key": key, "err": err}, "variant")
        return None

    def value(self, key: str, variant: str = "") -> tuple[str, bool]:
        """The value of ``key`` as ``variant`` asks, and whether it shows the source's odd words.

        StyleError for a variant the value cannot take.
        """
        found = self._values.get((key, variant))
        if found is None:
            fact = self.registry[key]
            text = render(fact.value, variant or None, self.locale)
            found = self._values[key, variant] = (text, bool(fact.sic) and fact.sic in text)
        return found

    def value_nodes(self, key: str, variant: str = "") -> list[nodes.Node]:
        """The value as nodes: its text, then ``[sic]`` where it shows the source's odd words."""
        text, sic = self.value(key, variant)
        out: list[nodes.Node] = [nodes.Text(text)]
        if sic:
            out.append(
                element(
                    nodes.inline,
                    nodes.Text("\u00a0["),
                    text_element(nodes.emphasis, str(_("sic"))),
                    nodes.Text("]"),
                    classes=["fact-sic"],
                )
            )
        return out

    def text(self, key: str, variant: str = "") -> str:
        """The value as plain text, ``[sic]`` included: for alt text and a chart's labels."""
        text, sic = self.value(key, variant)
        return f"{text}\u00a0[{_('sic')}]" if sic else text

    def label(self, key: str) -> str:
        """The fact's label with the quotation marks and apostrophes of the prose."""
        text = self._labels.get(key)
        if text is None:
            text = self._labels[key] = typographic(self.registry[key].label, self.locale)
        return text

    def line_start(self, key: str) -> str:
        """The value of ``key`` where it opens a line (the timeline): "Fall 1977"."""
        return capitalise(self.value(key)[0], self.locale)

    def seed_place(self, key: str, mention: str = "") -> str:
        """``seed.txt, line 8``, or that the evidence is not in the seed."""
        line = self.lines.get((key, mention))
        if line:
            return str(_("%(seed)s, line %(line)d")) % {"seed": self.seed_name, "line": line}
        return str(_("not located in the seed"))

    # --- the registry as a whole --------------------------------------------------------

    def fingerprints(self) -> dict[str, str]:
        """key -> digest of everything the book shows of the fact.

        Its words and value, its seed lines, and the subject it is registered under.
        """
        return {
            key: f"{fingerprint(fact)}:{[self.lines.get((key, m)) for m in fact.mentions]}"
            f":{self.subjects[key]}"
            for key, fact in self.registry.items()
        }

    @staticmethod
    def subject_in(printed: str) -> str:
        """The subject a fingerprint of :meth:`fingerprints` was made under (its last part)."""
        return printed.rpartition(":")[2]

    def order(self) -> str:
        """Digest of the registry's order, which the register and the timeline follow."""
        return hashlib.blake2b("\x1f".join(self.registry).encode(), digest_size=8).hexdigest()

    def by_subject(self) -> list[tuple[str, list[Fact]]]:
        """Facts grouped by the module that defines them, in registry order."""
        groups: dict[str, list[Fact]] = {}
        for fact in self.registry.values():
            groups.setdefault(self.subjects[fact.key], []).append(fact)
        return list(groups.items())

    @cached_property
    def subject_names(self) -> list[str]:
        """The subjects, in registry order."""
        return list(dict.fromkeys(self.subjects.values()))

    @cached_property
    def subjects(self) -> dict[str, str]:
        """key -> the subject the fact is registered under (:func:`subject_of`)."""
        return {key: subject_of(fact) for key, fact in self.registry.items()}

    @cached_property
    def lint_index(self) -> Index:
        """What the bare-fact lint looks for; made once, before parallel readers fork."""
        return Index(self.registry)


def subject_of(fact: Fact) -> str:
    """The defining module's name (``history`` for ``facts/history.py:12``)."""
    path = fact.origin.rpartition(":")[0] if fact.origin else ""
    if not path:
        return fact.key.partition(".")[0]
    stem = PurePath(path).stem
    return PurePath(path).parent.name if stem == "__init__" else stem


def values_locale(config: Any) -> str:
    """The locale values are written in: the book's language, unless the book says otherwise."""
    return config.canru_facts_locale or config.language or "en"


def load(
    config: Any, confdir: str | Path, previous: ProofState | None, cache: Path | None = None
) -> tuple[LoadedFacts, ProofState | None]:
    """Load the facts and rules the configuration names, and prove them against the seed.

    ``previous`` is the outcome kept from the last build; the new one is returned
    with the facts (None when the book names no seed, or it cannot be read).
    ``cache`` is where the folded seed is kept between builds (see :mod:`.proving`).
    """
    locale = values_locale(config)
    try:
        check_locale(locale)
    except StyleError as err:
        setting = "canru_facts_locale" if config.canru_facts_locale else "language"
        raise ConfigError(f"{setting}: {err}") from None
    fresh_modules(config.canru_facts_registry, config.canru_facts_rules)
    try:
        registry = registry_module.load(config.canru_facts_registry)
    except RegistryError as err:
        raise ConfigError(f"canru_facts_registry: {err}") from None
    rules: tuple[Rule, ...] = ()
    if config.canru_facts_rules:
        try:
            rules = rules_module.load(config.canru_facts_rules)
        except RegistryError as err:
            raise ConfigError(f"canru_facts_rules: {err}") from None
    if not config.canru_facts_seed:
        return LoadedFacts(registry, locale, "", {}), None
    path = (Path(confdir) / config.canru_facts_seed).resolve()
    if not path.is_file():
        warn(
            str(
                _(
                    "canru_facts_seed: %s: no such seed file (set it relative to conf.py); "
                    "the register will show no seed lines"
                )
            )
            % path.name,
            None,
            "seed",
        )
        return LoadedFacts(registry, locale, path.name, {}), None
    try:
        state = prove_in_build(registry, rules, path, config.canru_facts_rules, previous, cache)
    except SeedError as err:
        warn(f"canru_facts_seed: {err}", None, "seed")
        return LoadedFacts(registry, locale, path.name, {}), None
    return LoadedFacts(registry, locale, path.name, state.lines), state


def fresh_modules(*specs: str) -> None:
    """Forget the modules of the registry and the rules, so this build imports them anew.

    Still needed with pages resolved at write time: Sphinx may build many times
    in one process (sphinx-autobuild, the test suite), and ``import`` alone would
    return the facts of the first build.  Each spec's module is dropped, with its
    submodules and the modules loaded from its folder (a registry beside conf.py
    may import its neighbours).  This package's own modules are never dropped:
    their classes must stay the same.
    """
    core = (__name__, Fact.__module__, registry_module.__name__, rules_module.__name__)
    names: set[str] = set()
    folders: set[str] = set()
    for spec in specs:
        name = spec.partition(":")[0]
        if not name or any(c == name or c.startswith(name + ".") for c in core):
            continue
        names.add(name)
        path = getattr(sys.modules.get(name), "__file__", None)
        if path:
            folders.add(os.path.dirname(path))

    def doomed(name: str, module: object) -> bool:
        if any(name == n or name.startswith(n + ".") for n in names):
            return True
        if name.partition(".")[0] == _PACKAGE:  # the engine, beside a book inside it
            return False
        path = getattr(module, "__file__", None)
        return bool(path) and os.path.dirname(path) in folders

    dropped = [name for name, module in list(sys.modules.items()) if doomed(name, module)]
    for name in dropped:
        sys.modules.pop(name, None)
    if dropped:
        importlib.invalidate_caches()


_PACKAGE = __name__.partition(".")[0]
