"""The membership model: its features, its arithmetic on hand-made weights, and what the
shipped weights add to the statement forms on small articles written for these tests."""

import pytest

from builder.map import map_facts
from builder.membership_model import MembershipModel, Pair, features, shipped_model
from builder.model import MEMBERSHIP_STATUSES
from builder.vocab import NKG, RDF, XSD


def memberships(facts):
    return sorted((m.member, m.organization, m.status) for m in facts.memberships)


def test_features_mark_the_pair_and_not_the_other_mentions():
    pair = Pair("⟨S0⟩ left ⟨O0⟩, but ⟨S1⟩ stayed in ⟨O1⟩.", state=1, bodies=(1,), states=2, body_kinds=2)
    on = features(pair)
    assert {"left1:but", "right1:stayed", "between:stayed", "between:in", "nearest_after", "order=SO", "distance=1"} <= set(on)
    assert "body_between" not in on and "between:left" not in on and "word:left" in on


def test_a_pair_with_the_topic_body_a_sentence_does_not_name_is_read_apart():
    on = features(Pair("⟨S0⟩ and ⟨S1⟩ are parties to the statute.", state=0, bodies=(), states=2, implied=True))
    assert {"implied", "implied:word:parties", "implied:right1:and"} <= set(on) and "word:parties" not in on


def test_a_pair_is_read_by_how_the_parse_attaches_the_state_and_the_body():
    on = features(Pair("⟨S0⟩ joined ⟨O0⟩.", state=0, bodies=(0,), state_role=("nsubj", "joined"), body_role=("obj", "joined")))
    assert {"state_role=nsubj_joined", "body_role=obj_joined", "same_head"} <= set(on) and "same_role" not in on


def test_the_model_adds_up_weights_of_the_features_a_pair_has():
    model = MembershipModel({"threshold": 0.8, "member": {"bias": -1.0, "weights": {"between:sit": 3.0}},
                             "status": {"classes": ["joined", "member"], "bias": [0.0, 0.5], "weights": {"between:joined": [2.0, 0.0]}}})
    sitting = Pair("⟨S0⟩ sit in ⟨O0⟩.", state=0, bodies=(0,))
    joining = Pair("⟨S0⟩ joined ⟨O0⟩.", state=0, bodies=(0,))
    assert model.probability(sitting) == pytest.approx(1 / (1 + 2.718281828 ** -2.0))
    assert model.probability(joining) == pytest.approx(1 / (1 + 2.718281828))
    assert (model.status(sitting), model.status(joining)) == ("member", "joined")


def test_the_shipped_model_knows_every_status_and_has_a_threshold():
    model = shipped_model()
    assert 0.5 <= model.threshold < 1
    assert set(model.statuses) == set(MEMBERSHIP_STATUSES)


def test_the_model_finds_a_member_no_statement_form_reads(run):
    facts = run("Headline\nAustria, like Ireland, belongs to both the European Union and the OSCE.")
    assert memberships(facts) == [("state/austria", "org/eu", "member"), ("state/austria", "org/osce", "member"),
                                  ("state/ireland", "org/eu", "member"), ("state/ireland", "org/osce", "member")]


def test_a_membership_only_the_model_read_carries_its_confidence_into_the_graph(run):
    facts = run("Headline\nAustria, like Ireland, belongs to both the European Union and the OSCE.")
    graph = map_facts(facts)
    confidence = {(str(graph.value(node, NKG.member)).rsplit("/", 1)[-1], graph.value(node, NKG.confidence))
                  for node in graph.subjects(RDF.type, NKG.Membership) if str(graph.value(node, NKG.organization)).endswith("/eu")}
    (austria,) = [value for state, value in confidence if state == "austria"]
    assert 0.5 < float(austria) <= 1 and austria.datatype == XSD.decimal
    assert ("ireland", None) in confidence  # the form "like ..., belongs to" read Ireland's


def test_a_bodys_leader_is_not_made_its_member_by_the_model(run):
    facts = run("Headline\nArmenia has announced its plans to leave the Collective Security Treaty Organization. "
                "Armenia is still a member of the Collective Security Treaty Organization, a military alliance headed by Russia, "
                "but it has shown signs of moving away from Moscow.")
    assert [(s, o) for s, o, _ in memberships(facts)] == [("state/armenia", "org/csto")]


def test_a_sentence_that_names_no_body_makes_members_of_the_articles_topic(run):
    facts = run("Headline\nThe International Criminal Court opened a case. The court said so. Poland, Slovakia, Hungary, Romania "
                "and Moldova are all parties to the statute, while Russia and Belarus have stayed out. "
                "The International Criminal Court will rule in May.")
    assert memberships(facts) == [(f"state/{s}", "org/icc", "member") for s in ("hungary", "moldova", "poland", "romania", "slovakia")]


def test_states_let_in_without_the_body_named_join_the_articles_topic(run):
    facts = run("Headline\nAsia-Pacific Economic Cooperation (APEC) leaders met in Gyeongju. APEC was founded in 1989. "
                "China and Taiwan were let in two years later. APEC will meet in Shenzhen next year.")
    assert {("state/china", "org/apec"), ("state/taiwan", "org/apec")} <= {(s, o) for s, o, _ in memberships(facts)}


def test_a_topic_a_few_mentions_or_no_member_states_make_is_no_body_of_a_sentence_that_names_none(run):
    facts = run("Headline\nThe WHO named the disease. People avoided Chinese travellers in several countries, including Italy, "
                "the United States, Thailand and Canada, and some joined protests.")
    assert memberships(facts) == []
