"""The facts view end to end: ``newskg facts`` on real articles, read back from the graph,
scored with ``newskg eval`` against the hand-written gold. The floors sit a little under
the scores measured when they were set (see benchmarks/extraction.py); a drop below one
is a regression in extraction, not noise: the pipeline is deterministic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from builder.cli import main
from builder.evaluate import evaluate
from builder.model import LISTED_STATUSES

TESTS = Path(__file__).resolve().parent
SEEDS = TESTS.parent / "seeds"
#: Per-category F1 floors for the seeds and the mean-F1 floors of the development sets.
SEED_FLOORS = {"persons": 0.95, "states": 0.95, "organizations": 0.9, "roles": 0.9, "members_listed": 0.95,
               "memberships": 0.95, "events": 0.85, "quotes": 0.95}
MEAN_FLOORS = {"dev": 0.85, "wikinews": 0.80}


@pytest.fixture(scope="module")
def seed_views(tmp_path_factory):
    out = tmp_path_factory.mktemp("facts")
    assert main(["facts", str(SEEDS), "--out", str(out), "--quiet"]) == 0
    return out


def test_facts_writes_one_view_per_source_in_the_facts_format(seed_views):
    files = sorted(p.name for p in seed_views.glob("*.json"))
    assert files == sorted(p.stem + ".json" for p in SEEDS.glob("*.txt"))
    for path in seed_views.glob("*.json"):
        view = json.loads(path.read_text(encoding="utf-8"))
        assert list(view) == ["source", "persons", "states", "organizations", "memberships", "events", "quotes", "noise"]
        text = (SEEDS / view["source"]).read_text(encoding="utf-8")
        for m in view["memberships"]:
            assert m["evidence"] in text
        for q in view["quotes"]:
            assert q["text"] in text
        for org in view["organizations"]:
            listed = {m["member"] for m in view["memberships"] if m["organization"] == org["name"] and m["status"] in LISTED_STATUSES}
            assert set(org["members_listed"]) == listed


def test_seed_scores_stay_above_their_floors(seed_views):
    result = evaluate(TESTS / "gold", seed_views)
    assert not result.missing and len(result.noise_facts) <= 1  # 004 repeats a quote in a furniture line
    scores = {c: round(s.f1, 3) for c, s in result.scores.items()}
    assert all(scores[c] >= floor for c, floor in SEED_FLOORS.items()), scores


@pytest.mark.parametrize("name", MEAN_FLOORS)
def test_development_set_scores_stay_above_their_floor(name, tmp_path):
    articles, gold = TESTS / name / "articles", TESTS / name / "gold"
    assert main(["facts", str(articles), "--out", str(tmp_path), "--quiet"]) == 0
    assert evaluate(gold, tmp_path).mean_f1 >= MEAN_FLOORS[name]


def test_facts_into_a_kept_store_and_a_bad_out_folder(tmp_path, capsys):
    store = tmp_path / "store"
    assert main(["facts", str(SEEDS / "001_b3ba5b312ea64dc1.txt"), "--out", str(tmp_path / "out"), "--store", str(store), "--quiet"]) == 0
    assert store.is_dir() and (tmp_path / "out" / "001_b3ba5b312ea64dc1.json").is_file()
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["facts", str(SEEDS / "001_b3ba5b312ea64dc1.txt"), "--out", str(blocker), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot create the output folder" in err


def test_a_post_one_article_leaves_unowned_takes_the_owner_another_states(tmp_path):
    """Sources are read together: "President Xi Jinping" beside Lithuania is China's president,
    as the other article says; built alone, the article's nearest state would be taken."""
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "summit.txt").write_text(
        "Xi hosts Central Asian leaders\nMay 19, 2023\n\n"
        "Chinese President Xi Jinping welcomed the leaders of five Central Asian states to Xian on Thursday.\n", encoding="utf-8")
    (articles / "forum.txt").write_text(
        "Lithuania quits Chinese forum\nMay 23, 2021\n\n"
        "Lithuania has left the 17+1, China's forum for cooperation with Central and Eastern European states. "
        "At the last summit, chaired by President Xi Jinping, Lithuania sent only a minister.\n", encoding="utf-8")

    def roles(paths, out):
        assert main(["facts", *map(str, paths), "--out", str(out), "--quiet"]) == 0
        view = json.loads((out / "forum.json").read_text(encoding="utf-8"))
        return next(p["roles"] for p in view["persons"] if p["name"] == "Xi Jinping")

    assert roles([articles / "forum.txt"], tmp_path / "alone") == ["President of Lithuania"]
    assert roles([articles], tmp_path / "together") == ["President of China"]
