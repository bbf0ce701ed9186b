"""Shared fixtures: the seeds, and one NLP pipeline per test session (it takes a second)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from builder.annotate import annotate, build_pipeline
from builder.clean import clean
from builder.cli import main
from builder.extract import extract
from builder.model import Facts, Source
from builder.read import read_sources

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="session")
def nlp():
    return build_pipeline()


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory) -> Path:
    """A store of the five seed articles, built once; tests only read it (copy it to change it)."""
    store = tmp_path_factory.mktemp("seeded") / "store"
    assert main(["build", str(SEEDS), "--store", str(store), "--quiet"]) == 0
    return store


@pytest.fixture(scope="session")
def seed_facts(nlp) -> dict[str, Facts]:
    facts = {}
    for source in read_sources([SEEDS]):
        article = clean(source)
        facts[source.name[:3]] = extract(article, annotate(article, nlp))
    return facts


def article(text: str, published: date | None = date(2024, 6, 20), name: str = "test.txt") -> Source:
    """A small article written for a test."""
    return Source(name=name, text=text, sha256="0" * 64, title=text.splitlines()[0], published=published)


@pytest.fixture
def run(nlp):
    """Extract facts from a small article text."""

    def run_text(text: str, published: date | None = date(2024, 6, 20)) -> Facts:
        art = clean(article(text, published))
        return extract(art, annotate(art, nlp))

    return run_text


@pytest.fixture
def doc_of(nlp):
    def annotate_text(text: str, published: date | None = date(2024, 6, 20)):
        return annotate(clean(article(text, published)), nlp)

    return annotate_text
