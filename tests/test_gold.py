"""The hand-written gold files are consistent with their articles and with FACTS-FORMAT.md.

Every gold set is a folder with ``articles/`` (or the seeds) and ``gold/``. A gold file
that cites text its article does not hold, or a relation naming an entity it does not
list, would silently lower every score measured against it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from builder.model import EVENT_TYPES, LISTED_STATUSES, MEMBERSHIP_STATUSES

TESTS = Path(__file__).resolve().parent
#: (gold folder, articles folder) for the seeds, our own development articles and Wikinews.
GOLD_SETS = [(TESTS / "gold", TESTS.parent / "seeds"), (TESTS / "dev" / "gold", TESTS / "dev" / "articles"),
             (TESTS / "wikinews" / "gold", TESTS / "wikinews" / "articles")]
GOLD_FILES = [(path, articles) for gold, articles in GOLD_SETS for path in sorted(gold.glob("*.json"))]
KEYS = ["source", "persons", "states", "organizations", "memberships", "events", "quotes", "noise"]
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def test_every_gold_set_has_files():
    assert {gold.parent.parent.name for gold, _ in GOLD_FILES} == {"tests", "dev", "wikinews"}
    assert len(GOLD_FILES) >= 5 + 44 + 29


@pytest.mark.parametrize("path,articles", GOLD_FILES, ids=[p.stem for p, _ in GOLD_FILES])
def test_gold_file_is_consistent(path: Path, articles: Path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert list(gold) == KEYS
    assert gold["source"] == path.stem + ".txt"
    text = (articles / gold["source"]).read_text(encoding="utf-8")
    lines = text.split("\n")
    assert all(n in lines for n in gold["noise"]), "noise entries are whole lines of the article"
    body = "\n".join(line for line in lines if line not in set(gold["noise"]))
    states = {s["name"] for s in gold["states"]}
    orgs = {o["name"] for o in gold["organizations"]}
    names = states | orgs | {p["name"] for p in gold["persons"]}
    for kind in ("persons", "states", "organizations"):
        for entity in gold[kind]:
            assert all(alias in body for alias in entity["aliases"]), entity
            assert entity["wikidata"] is None or re.fullmatch(r"Q\d+", entity["wikidata"])
    for person in gold["persons"]:
        assert person["nationality"] in states | {None}
    for m in gold["memberships"]:
        assert m["status"] in MEMBERSHIP_STATUSES and m["member"] in states and m["organization"] in orgs, m
        assert m["evidence"] in body
    for org in gold["organizations"]:
        listed = {m["member"] for m in gold["memberships"] if m["organization"] == org["name"] and m["status"] in LISTED_STATUSES}
        assert set(org["members_listed"]) == listed, org["name"]
    for event in gold["events"]:
        assert event["type"] in EVENT_TYPES and set(event["agents"]) <= names and event["organization"] in orgs | {None}, event
        assert event["date"] is None or DATE.match(event["date"])
        assert event["evidence"] in body
    for quote in gold["quotes"]:
        assert quote["speaker"] in names and quote["text"] in body, quote
