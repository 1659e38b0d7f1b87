"""Load the registry and the seed once per build, and say what each fact looks like now.

The loaded facts live on the ``facts`` domain object, which Sphinx rebuilds for
every build and never pickles; parallel readers and writers are forked from the
main process and inherit them.  What must survive between builds (fingerprints,
the seed lines found last time) lives in the domain's data instead.
"""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass, field
from pathlib import Path

from sphinx.errors import ConfigError

from .. import registry as registry_module
from ..model import Fact
from ..registry import Registry, RegistryError, fingerprint
from ..seed import Seed, SeedError
from ..style import StyleError, capitalise, check_locale, render, typographic
from .messages import warn


@dataclass
class LoadedFacts:
    """The registry as this build sees it, with what the pages show of each fact."""

    registry: Registry
    locale: str
    seed_name: str  # the seed's file name, shown next to line numbers
    lines: dict[tuple[str, str], int | None]  # (key, mention) -> seed line of its evidence
    _rendered: dict[tuple[str, str], str] = field(default_factory=dict, repr=False)
    html_tooltips: dict[str, str] = field(default_factory=dict, repr=False)  # see writers.py
    words: dict[str, str] = field(default_factory=dict, repr=False)  # see register.py
    _labels: dict[str, str] = field(default_factory=dict, repr=False)

    def render(self, key: str, variant: str = "") -> str:
        """The value of ``key`` as ``variant`` asks; StyleError for a bad variant.

        Cached: a book cites the same few variants of a fact many times.
        """
        cache_key = (key, variant)
        text = self._rendered.get(cache_key)
        if text is None:
            fact = self.registry[key]
            text = render(fact.value, variant or None, self.locale)
            if fact.sic and fact.sic in text:  # the source's odd words, marked where shown
                text += "\u00a0[sic]"
            self._rendered[cache_key] = text
        return text

    def label(self, key: str) -> str:
        """The fact's label with the quotation marks and apostrophes of the prose."""
        text = self._labels.get(key)
        if text is None:
            text = self._labels[key] = typographic(self.registry[key].label, self.locale)
        return text

    def line_start(self, key: str) -> str:
        """The value of ``key`` where it opens a line (the timeline): "Fall 1977"."""
        return capitalise(self.render(key), self.locale)

    def fingerprints(self) -> dict[str, str]:
        """key -> digest of everything a page shows of the fact, seed line included."""
        return {
            key: f"{fingerprint(fact)}:{[self.lines.get((key, m)) for m in fact.mentions]}"
            for key, fact in self.registry.items()
        }


def load(config, confdir: str | Path, seed_cache: dict) -> LoadedFacts:
    """Load the registry named by ``canru_facts_registry`` and locate its evidence.

    ``seed_cache`` is the domain's persistent ``seed`` data: the seed's stamp and
    the line of every evidence found last time, so that a rebuild with an
    unchanged seed does not scan it again.
    """
    try:
        locale = config.canru_facts_locale
        check_locale(locale)
    except StyleError as err:
        raise ConfigError(f"canru_facts_locale: {err}") from None
    try:
        registry = fresh_registry(config.canru_facts_registry)
    except RegistryError as err:
        raise ConfigError(f"canru_facts_registry: {err}") from None
    seed_name, lines = _seed_lines(registry, config.canru_facts_seed, Path(confdir), seed_cache)
    return LoadedFacts(registry, locale, seed_name, lines)


def fresh_registry(spec: str) -> Registry:
    """Import the registry anew, so an edited fact is seen by the next build.

    Sphinx may build many times in one process (sphinx-autobuild, the test
    suite); ``import`` alone would return the facts of the first build.  The
    spec's module and its submodules are dropped and imported again.  This
    package's own modules are never dropped: their classes must stay the same.
    """
    module_name = spec.partition(":")[0]
    own = (__name__, Fact.__module__, registry_module.__name__)
    prefix = module_name + "."
    if module_name and not any(n == module_name or n.startswith(prefix) for n in own):
        for name in [n for n in sys.modules if n == module_name or n.startswith(prefix)]:
            del sys.modules[name]
        importlib.invalidate_caches()
    return registry_module.load(spec)


def _seed_lines(
    registry: Registry, seed_setting: str, confdir: Path, cache: dict
) -> tuple[str, dict[tuple[str, str], int | None]]:
    if not seed_setting:
        return "", {}
    path = (confdir / seed_setting).resolve()
    try:
        stat = path.stat()
    except OSError:
        warn(
            f"canru_facts_seed: {path.name}: no such seed file (set it relative to conf.py); "
            "the register will show no seed lines",
            None,
            "seed",
        )
        return path.name, {}
    stamp = [str(path), stat.st_mtime_ns, stat.st_size]
    if cache.get("stamp") != stamp:
        cache.clear()
        cache.update(stamp=stamp, lines={})
    found: dict[str, int | None] = cache["lines"]
    evidences = {words for fact in registry.values() for words in fact.mentions.values()}
    missing = evidences - found.keys()
    if missing:
        try:
            seed = Seed.load(path)
        except SeedError as err:
            warn(f"canru_facts_seed: {err}", None, "seed")
            return path.name, {}
        found.update(seed.locate_all(missing))  # one pass over the seed for all quotes
    for gone in found.keys() - evidences:
        del found[gone]
    return path.name, {
        (key, mention): found.get(words)
        for key, fact in registry.items()
        for mention, words in fact.mentions.items()
    }
