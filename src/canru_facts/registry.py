"""The registry: every fact of the book, loaded once, validated, looked up by key."""

from __future__ import annotations

import difflib
import hashlib
import importlib
import traceback
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from . import kinds, model
from .model import Fact, FactError

__all__ = ["Registry", "RegistryError", "fingerprint", "load", "load_object"]


class RegistryError(Exception):
    """The registry cannot be loaded. ``str()`` is one located, actionable line."""


class Registry(Mapping[str, Fact]):
    """An ordered, read-only mapping from key to :class:`Fact`."""

    def __init__(self, facts: Iterable[Fact]) -> None:
        self._facts: dict[str, Fact] = {}
        for fact in facts:
            if not isinstance(fact, Fact):
                raise RegistryError(f"the registry holds {fact!r}, which is not a Fact")
            first = self._facts.get(fact.key)
            if first is not None:
                raise RegistryError(
                    f"{fact.origin}: {fact.key}: duplicate key; first defined at {first.origin}. "
                    "Give one of them another key."
                )
            self._facts[fact.key] = fact

    # Mapping protocol
    def __getitem__(self, key: str) -> Fact:
        return self._facts[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._facts)

    def __len__(self) -> int:
        return len(self._facts)

    def values(self):  # the dict's own view: no lookup per fact
        return self._facts.values()

    def items(self):
        return self._facts.items()

    def nearest(self, key: str, n: int = 3) -> list[str]:
        """The keys closest in spelling to ``key``, best first, for 'did you mean'."""
        close = difflib.get_close_matches(key, self._facts, n=n, cutoff=0.5)
        if len(close) < n:  # a right last part under a wrong prefix still helps
            tail = key.rsplit(".", 1)[-1]
            close += [k for k in self._facts if k.endswith("." + tail) and k not in close]
        return close[:n]

    def dated(self) -> list[Fact]:
        """Every fact whose value can be placed in time, in time order.

        A day without a year cannot be placed, so it is left out; ties keep the
        registry's order.
        """
        placed = [f for f in self._facts.values() if f.value.sort_key is not None]
        return sorted(placed, key=lambda f: f.value.sort_key)


def fingerprint(fact: Fact) -> str:
    """A short digest of everything the book shows of a fact.

    The Sphinx extension compares fingerprints between builds to re-read exactly
    the pages that cite a changed fact.
    """
    text = "\x1f".join(
        (
            fact.key,
            fact.label,
            repr(fact.value),
            fact.evidence,
            fact.note,
            repr(fact.also),
            fact.sic,
        )
    )
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def load(spec: str) -> Registry:
    """Import ``module:attribute`` (a list of facts, or a Registry) and validate it."""
    found = load_object(spec, "FACTS", "the registry")
    if isinstance(found, Registry):
        return found
    return Registry(found)


def load_object(spec: str, default_attribute: str, what: str) -> Any:
    """Import ``module:attribute`` of the book's data; RegistryError says what is wrong.

    The attribute defaults to ``default_attribute`` ("FACTS", "RULES").  A fact
    or a value refusing its arguments while the module loads is reported at the
    registry line that made it.
    """
    module_name, _, attribute = spec.partition(":")
    attribute = attribute or default_attribute
    if not module_name:
        raise RegistryError(f"{spec!r} names no module; write 'package.module:{attribute}'")
    try:
        module = importlib.import_module(module_name)
        return getattr(module, attribute)
    except FactError as err:
        raise RegistryError(str(err)) from None
    except (ValueError, TypeError) as err:
        # A value type refused its arguments, e.g. Day(1942, 13, 12).
        frame = _innermost_registry_frame(err)
        raise RegistryError(f"{frame}: {err}. Check the value's arguments.") from None
    except ModuleNotFoundError as err:
        raise RegistryError(f"cannot import {what} {spec!r}: {err}") from None
    except AttributeError:
        raise RegistryError(
            f"{module_name} has no attribute {attribute!r} (from {spec!r})"
        ) from None


def _innermost_registry_frame(err: BaseException) -> str:
    """The deepest traceback frame outside this package's model code: the entry."""
    frames = traceback.extract_tb(err.__traceback__)
    inner = {model.__file__, __file__, "<string>"}
    kinds_folder = str(Path(kinds.__file__).parent)
    outside = [
        f
        for f in frames
        if f.filename not in inner
        and not f.filename.startswith(("<frozen", kinds_folder))
        and not f.filename.startswith("<")
    ]
    frame = (outside or frames)[-1] if frames else None
    return f"{frame.filename}:{frame.lineno}" if frame else "<registry>"
