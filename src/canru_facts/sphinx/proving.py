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
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from .. import proof
from ..registry import Registry, fingerprint
from ..rules import Rule
from ..seed import Seed, SeedError
from .messages import _, warn

__all__ = ["ProofState", "prove_in_build", "warn_failures"]


class Failure(NamedTuple):
    """One failing finding: where to warn (``file:line``) and what the command prints."""

    location: str
    message: str


class ProofState(NamedTuple):
    """The outcome of the proof, kept between builds."""

    stamp: str  # digest of the seed, the facts and the rules the proof read
    lines: dict[tuple[str, str], int | None]  # (key, mention) -> seed line (Report.lines)
    failures: tuple[Failure, ...]


def prove_in_build(
    registry: Registry,
    rules: Sequence[Rule],
    seed_path: Path,
    rules_spec: str,
    previous: ProofState | None,
) -> ProofState:
    """The proof's outcome: kept from ``previous`` when nothing it read changed.

    Raises SeedError when the seed cannot be read.
    """
    try:
        data = seed_path.read_bytes()
    except OSError as err:
        why = str(_("%(seed)s: cannot read the seed: %(why)s"))
        raise SeedError(why % {"seed": seed_path.name, "why": err.strerror}) from None
    stamp = _stamp(data, registry, rules)
    if previous is not None and previous.stamp == stamp:
        return previous
    seed = Seed.load(seed_path)
    report = proof.prove(registry, seed, rules)
    shown = _shown_path(seed_path)
    failures = tuple(
        Failure(_location(registry, rules, rules_spec, finding), proof.describe(finding, shown))
        for finding in report.failures
    )
    return ProofState(stamp, dict(report.lines), failures)


def warn_failures(state: ProofState) -> None:
    """One ``fact.proof`` warning per failing finding (every build, incremental ones too)."""
    for failure in state.failures:
        warn(failure.message, failure.location, "proof")


def _stamp(data: bytes, registry: Registry, rules: Sequence[Rule]) -> str:
    digest = hashlib.blake2b(hashlib.sha256(data).digest(), digest_size=16)
    for fact in registry.values():
        # the origin too: the warnings are located at it
        digest.update(f"{fact.key}\x1f{fingerprint(fact)}\x1f{fact.origin}\x1e".encode())
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
