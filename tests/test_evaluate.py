"""The eval command's matching rules (FACTS-FORMAT.md), on small hand-made views."""

from __future__ import annotations

import json

from builder.cli import main
from builder.evaluate import evaluate, facts_from_noise, score_document, word_overlap

ARMENIA = {"name": "Armenia", "aliases": ["Armenia", "Yerevan"], "wikidata": "Q399"}
CSTO = {"name": "Collective Security Treaty Organization", "aliases": ["CSTO"], "kind": "military alliance",
        "wikidata": "Q318693", "members_listed": ["Armenia", "Russia"]}
GOLD = {
    "source": "a.txt",
    "persons": [{"name": "Nikol Pashinyan", "aliases": ["Pashinyan"], "roles": ["Prime Minister of Armenia"], "nationality": "Armenia", "wikidata": None}],
    "states": [ARMENIA, {"name": "Russia", "aliases": ["Russia", "Moscow"], "wikidata": "Q159"}],
    "organizations": [CSTO],
    "memberships": [{"member": "Armenia", "organization": "Collective Security Treaty Organization", "status": "leaving", "evidence": "x"},
                    {"member": "Russia", "organization": "Collective Security Treaty Organization", "status": "member", "evidence": "y"}],
    "events": [{"type": "withdrawal", "agents": ["Armenia"], "organization": "Collective Security Treaty Organization", "date": "2024-06-12", "evidence": "z"}],
    "quotes": [{"speaker": "Nikol Pashinyan", "text": "We will leave (the CSTO). We will decide when"}],
    "noise": ["Read more: Russia leaves the CSTO"],
}


def test_entities_match_by_alias_or_qid_after_folding():
    pred = {"states": [{"name": "  yerevan ", "aliases": [], "wikidata": None}, {"name": "Rusia", "aliases": [], "wikidata": "Q159"},
                       {"name": "France", "aliases": ["France"], "wikidata": "Q142"}]}
    states = score_document(GOLD, pred)["states"]
    assert (states.tp, states.fp, states.fn) == (2, 1, 0)
    assert states.extras == ["France"]


def test_relations_use_the_gold_name_of_a_matched_entity():
    pred = {"organizations": [{"name": "CSTO", "aliases": [], "wikidata": None, "members_listed": ["Yerevan", "Russia", "Belarus"]}],
            "states": [{"name": "Yerevan", "aliases": [], "wikidata": None}],
            "memberships": [{"member": "Yerevan", "organization": "CSTO", "status": "member"}]}
    scores = score_document(GOLD, pred)
    assert (scores["members_listed"].tp, scores["members_listed"].fp) == (2, 1)
    membership = scores["memberships"]
    assert (membership.tp, membership.fn, membership.agreeing) == (1, 1, 0)  # matched, but status wrong


def test_events_match_on_type_and_one_agent_or_organisation_and_score_the_date():
    same_agent = {"events": [{"type": "withdrawal", "agents": ["Armenia", "Russia"], "organization": None, "date": None}]}
    assert (score_document(GOLD, same_agent)["events"].tp, score_document(GOLD, same_agent)["events"].agreeing) == (1, 0)
    same_org = {"events": [{"type": "withdrawal", "agents": [], "organization": "CSTO", "date": "2024-06-12"}],
                "organizations": [CSTO]}
    assert score_document(GOLD, same_org)["events"].agreeing == 1
    other_type = {"events": [{"type": "statement", "agents": ["Armenia"], "organization": "CSTO", "date": "2024-06-12"}]}
    events = score_document(GOLD, other_type)["events"]
    assert (events.tp, events.fp, events.fn) == (0, 1, 1)


def test_events_pair_so_that_most_match_and_most_dates_agree():
    def event(kind, org, date=None):
        return {"type": kind, "agents": [], "organization": org, "date": date}
    orgs = {"organizations": [{"name": "ICC", "aliases": []}, {"name": "CIS", "aliases": []}]}
    gold = {**orgs, "events": [event("withdrawal", "ICC", "2017"), event("withdrawal", "ICC", "2019"), event("statement", "ICC")]}
    swapped = {**orgs, "events": [event("withdrawal", "ICC", "2019"), event("withdrawal", "ICC", "2017")]}
    assert (score_document(gold, swapped)["events"].tp, score_document(gold, swapped)["events"].agreeing) == (2, 2)
    # the first gold statement could take either prediction; taking the CIS one would leave the second unmatched
    gold = {**orgs, "events": [{**event("statement", "ICC"), "agents": ["ICC"]}, event("statement", "CIS")]}
    pred = {**orgs, "events": [{**event("statement", "CIS"), "agents": ["ICC"]}, event("statement", "ICC")]}
    assert score_document(gold, pred)["events"].tp == 2


def test_quotes_need_the_speaker_and_80_percent_of_the_words():
    close = {"quotes": [{"speaker": "Pashinyan", "text": "We will leave the CSTO. We will decide"}],
             "persons": [{"name": "Pashinyan", "aliases": [], "roles": [], "wikidata": None}]}
    assert score_document(GOLD, close)["quotes"].tp == 1
    short = {"quotes": [{"speaker": "Nikol Pashinyan", "text": "We will leave"}]}
    assert score_document(GOLD, short)["quotes"].tp == 0
    wrong_speaker = {"quotes": [{"speaker": "Vladimir Putin", "text": GOLD["quotes"][0]["text"]}]}
    assert score_document(GOLD, wrong_speaker)["quotes"].tp == 0
    assert word_overlap("a b c d e", "a b c d") == 0.8


def test_an_empty_prediction_has_zero_recall_and_full_precision():
    scores = score_document(GOLD, {})
    assert all(s.recall == 0 and s.precision == 1.0 for s in scores.values())


def test_facts_from_noise_lines_are_reported():
    pred = {"memberships": [{"member": "Russia", "organization": "CSTO", "status": "left", "evidence": "Russia leaves the CSTO"}]}
    assert facts_from_noise(GOLD, pred) == ["Russia leaves the CSTO"]


def test_a_quotation_a_noise_line_repeats_from_the_article_is_not_from_noise():
    gold = {**GOLD, "noise": ['"We will leave (the CSTO). We will decide when," said Pashinyan on the...', '"Leave the CSTO now," a teaser said']}
    pred = {"quotes": [{"speaker": "Nikol Pashinyan", "text": "We will leave (the CSTO). We will decide when"}, {"speaker": "X", "text": "Leave the CSTO now"}]}
    assert facts_from_noise(gold, pred) == ["Leave the CSTO now"]


def test_eval_command_prints_scores_and_a_missing_prediction(tmp_path, capsys):
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir()
    pred.mkdir()
    (gold / "a.json").write_text(json.dumps(GOLD))
    (gold / "b.json").write_text(json.dumps(GOLD | {"source": "b.txt"}))
    (pred / "a.json").write_text(json.dumps(GOLD))
    assert main(["eval", "--gold", str(gold), "--pred", str(pred), "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["missing"] == ["b.json"]
    assert result["categories"]["states"]["recall"] == 0.5
    assert result["categories"]["states"]["precision"] == 1.0
    assert evaluate(gold, pred).scores["events"].agreement == 1.0


def test_eval_command_rejects_a_bad_gold_file_in_one_line(tmp_path, capsys):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.json").write_text("{not json")
    assert main(["eval", "--gold", str(gold), "--pred", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "a.json: not a readable facts-view JSON file" in err
