"""Stage map: deterministic IRIs, and evidence spans that slice the source text exactly."""

from rdflib import Literal

from builder.map import map_facts, map_metadata
from builder.read import read_sources
from builder.validate import validate_graph
from builder.vocab import NIF, NKG, RDF

from .conftest import SEEDS


def test_every_span_of_every_seed_slices_the_source_text(seed_facts):
    texts = {s.name[:3]: s.text for s in read_sources([SEEDS])}
    for seed, facts in seed_facts.items():
        graph = map_facts(facts)
        spans = list(graph.subjects(NIF.beginIndex, None))
        assert len(spans) > 20
        for span in spans:
            begin, end = int(graph.value(span, NIF.beginIndex)), int(graph.value(span, NIF.endIndex))
            assert texts[seed][begin:end] == str(graph.value(span, NIF.anchorOf))


def test_mapping_is_deterministic(seed_facts):
    facts = seed_facts["001"]
    assert sorted(map_facts(facts)) == sorted(map_facts(facts))


def test_each_seed_graph_conforms_to_the_shapes(seed_facts):
    for facts in seed_facts.values():
        report = validate_graph(map_facts(facts) + map_metadata(facts.source))
        assert report.conforms, report.text()


def test_boilerplate_spans_are_recorded(seed_facts):
    graph = map_facts(seed_facts["000"])
    furniture = {str(graph.value(s, NIF.anchorOf)) for s in graph.subjects(NKG.isBoilerplate, Literal(True))}
    assert "Leave a Reply" in furniture


def test_membership_nodes_point_at_state_organisation_and_evidence(seed_facts):
    graph = map_facts(seed_facts["001"])
    nodes = list(graph.subjects(RDF.type, NKG.Membership))
    assert len(nodes) == 6
    for node in nodes:
        assert graph.value(node, NKG.evidence) is not None
        assert (graph.value(node, NKG.member), RDF.type, NKG.State) in graph
