"""Shared fixtures: the seed corpus with its hand-made gold, cleaned once per session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kolom import pipeline

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS_RAW = FIXTURES / "seeds" / "raw"
SEEDS_GOLD = FIXTURES / "seeds" / "gold"


def load_gold() -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(SEEDS_GOLD.glob("*.json"))}


@pytest.fixture(scope="session")
def gold() -> dict[str, dict]:
    return load_gold()


@pytest.fixture(scope="session")
def seed_corpus() -> pipeline.Corpus:
    return pipeline.run(SEEDS_RAW, workers=1)


@pytest.fixture(scope="session")
def seed_columns(seed_corpus) -> dict[str, object]:
    return {Path(c.source).stem: c for c in seed_corpus.columns}
