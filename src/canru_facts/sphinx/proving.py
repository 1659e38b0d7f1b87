"""The build proves the facts, with the same proof as ``canru-facts check``.

At the start of every build the registry, the book's rules and the seed go
through :func:`canru_facts.proof.prove`; every failing finding becomes a
``fact.proof`` warning at the fact's line of the registry (``Fact.origin``),
in the words the command prints (:func:`canru_facts.proof.describe`).  Under
``-W`` the build fails.  The proof's seed lines are what the tooltips and the
register show.

Proving a large book against a large seed takes a moment, so the outcome is
kept in the environment with a stamp of everything it depends on (the seed's
bytes, every fact and its place in the registry, every rule); a build whose
stamp is unchanged takes the kept outcome instead of proving again, and still
warns of every failure, so an incremental build fails as the first one did.

When the stamp changed but only some facts did (a fact edit), with the seed and
the rules as they were and every fact holding last time, only the edited facts
are proven and the rules checked (:func:`canru_facts.proof.prove_again`, which
reports what the whole proof would); should an edited fact fail, the whole
book is proven.  The folded seed is kept too, in a file beside the doctrees
named by the seed's digest, so that a fact edit does not fold the seed again.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Sequence
from dataclasses import fields, replace
from pathlib import Path
from typing import NamedTuple

from .. import proof
from ..registry import Registry, fingerprint
from ..rules import Rule
from ..seed import Seed, SeedError
from .messages import _, warn

__all__ = ["SEED_CACHE", "ProofState", "prove_in_build", "warn_failures"]

# The folded seed, with its digest, in the cache folder (the builder's doctree folder).
SEED_CACHE = "canru-facts-seed.pickle"
_SEED_SHAPE = tuple(f.name for f in fields(Seed))  # a kept seed of another shape is folded again


class Failure(NamedTuple):
    """One failing finding: where to warn (``file:line``) and what the command prints."""

    location: str
    message: str


class ProofState(NamedTuple):
    """The outcome of the proof, kept between builds."""

    stamp: str  # digest of the seed, the facts and the rules the proof read
    lines: dict[tuple[str, str], int | None]  # (key, mention) -> seed line (Report.lines)
    failures: tuple[Failure, ...]
    seed: str = ""  # SHA-256 of the seed's bytes
    facts: dict[str, str] | None = None  # key -> fingerprint of the fact proven
    rules: str = ""  # digest of the rules checked


def prove_in_build(
    registry: Registry,
    rules: Sequence[Rule],
    seed_path: Path,
    rules_spec: str,
    previous: ProofState | None,
    cache: Path | None = None,
) -> ProofState:
    """The proof's outcome: kept from ``previous`` when nothing it read changed.

    ``cache`` is a folder where the folded seed is kept between builds (None:
    the seed is folded on every proof).  Raises SeedError when the seed cannot
    be read.
    """
    try:
        data = seed_path.read_bytes()
    except OSError as err:
        why = str(_("%(seed)s: cannot read the seed: %(why)s"))
        raise SeedError(why % {"seed": seed_path.name, "why": err.strerror}) from None
    sha = hashlib.sha256(data).hexdigest()
    facts = {key: fingerprint(fact) for key, fact in registry.items()}
    rules_digest = _rules_digest(rules)
    stamp = _stamp(sha, registry, facts, rules_digest)
    if previous is not None and previous.stamp == stamp:
        return previous
    seed = _seed(seed_path, sha, cache)
    report = None
    if (
        previous is not None
        and previous.facts is not None
        and not previous.failures
        and previous.seed == sha
        and previous.rules == rules_digest
    ):
        changed = {key for key, made in facts.items() if previous.facts.get(key) != made}
        report = proof.prove_again(registry, seed, rules, previous.lines, changed)
    if report is None:
        report = proof.prove(registry, seed, rules)
    shown = _shown_path(seed_path)
    failures = tuple(
        Failure(_location(registry, rules, rules_spec, finding), proof.describe(finding, shown))
        for finding in report.failures
    )
    return ProofState(stamp, dict(report.lines), failures, sha, facts, rules_digest)


def warn_failures(state: ProofState) -> None:
    """One ``fact.proof`` warning per failing finding (every build, incremental ones too)."""
    for failure in state.failures:
        warn(failure.message, failure.location, "proof")


def _seed(path: Path, sha: str, cache: Path | None) -> Seed:
    """The seed at ``path`` (whose bytes have digest ``sha``), folded: from the cache if it
    holds this seed, else loaded and folded, and kept in the cache for the next build."""
    kept = cache / SEED_CACHE if cache is not None else None
    if kept is not None:
        try:
            with kept.open("rb") as file:
                shape, digest, seed = pickle.load(file)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError):
            shape = digest = seed = None
        if shape == _SEED_SHAPE and digest == sha and isinstance(seed, Seed):
            return replace(seed, path=str(path))
    seed = Seed.load(path)
    if kept is not None and seed.sha256 == sha:
        try:
            kept.parent.mkdir(parents=True, exist_ok=True)
            partial = kept.with_name(f"{kept.name}.{os.getpid()}")
            with partial.open("wb") as file:
                pickle.dump((_SEED_SHAPE, sha, seed), file, pickle.HIGHEST_PROTOCOL)
            partial.replace(kept)
        except OSError:  # a read-only folder: fold again next time
            pass
    return seed


def _stamp(sha: str, registry: Registry, facts: dict[str, str], rules: str) -> str:
    digest = hashlib.blake2b(sha.encode(), digest_size=16)
    for key, fact in registry.items():
        # the origin too: the warnings are located at it
        digest.update(f"{key}\x1f{facts[key]}\x1f{fact.origin}\x1e".encode())
    digest.update(rules.encode())
    return digest.hexdigest()


def _rules_digest(rules: Sequence[Rule]) -> str:
    digest = hashlib.blake2b(digest_size=16)
    for rule in rules:
        digest.update(_rule_words(rule))
    return digest.hexdigest()


def _rule_words(rule: Rule) -> bytes:
    """A rule as the proof applies it: its name, keys and words, its check's code and values."""
    code = getattr(rule.check, "__code__", None)
    cells = getattr(rule.check, "__closure__", None) or ()
    parts = [rule.name, repr(rule.keys), rule.says]
    if code is not None:
        parts += [code.co_code.hex(), repr(code.co_consts)]
    parts += [repr(cell.cell_contents) for cell in cells]
    return ("\x1f".join(parts) + "\x1e").encode()


def _location(
    registry: Registry, rules: Sequence[Rule], rules_spec: str, finding: proof.Finding
) -> str:
    """The fact's ``file:line`` in the registry; a rule naming no known fact, the rule's."""
    fact = registry.get(finding.key)
    if fact is not None and fact.origin:
        return fact.origin
    return _rule_origin(rules_spec, finding.rule)


def _rule_origin(rules_spec: str, name: str) -> str:
    """``file:line`` of the line of the rules module that names the rule."""
    module = sys.modules.get(rules_spec.partition(":")[0])
    path = getattr(module, "__file__", None)
    if not path:
        return rules_spec
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        lines = []
    quoted = (f'"{name}"', f"'{name}'")
    number = next((n for n, line in enumerate(lines, 1) if any(q in line for q in quoted)), 1)
    return f"{path}:{number}"


def _shown_path(path: Path) -> str:
    """The seed as a message names it: relative to the working folder when below it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return os.fspath(path)
