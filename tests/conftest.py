"""Shared fixtures: the real seed and registry, and copies to mutate."""

from __future__ import annotations

from pathlib import Path

import pytest

from canru_facts.registry import load
from canru_facts.seed import Seed

ROOT = Path(__file__).resolve().parent.parent
SEED_PATH = ROOT / "seeds" / "canada-russia-relations.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed() -> Seed:
    return Seed.load(SEED_PATH)


@pytest.fixture(scope="session")
def registry():
    return load("canru_facts.facts:FACTS")
