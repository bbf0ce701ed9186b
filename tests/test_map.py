"""Stage map: deterministic IRIs, and evidence spans that slice the source text exactly."""

import pyoxigraph as ox
from rdflib import Literal

from builder.map import map_facts, map_metadata
from builder.read import read_sources
from builder.store import open_store
from builder.validate import validate_graph
from builder.vocab import NIF, NKG, RDF, RDFS

from .conftest import SEEDS


def test_every_span_of_every_seed_slices_the_source_text(seed_store):
    """Every span the build stored, read back from the store, against the seed files themselves."""
    texts = {s.stem: s.text for s in read_sources([SEEDS])}
    store = open_store(seed_store)
    spans = {}
    for quad in store:
        if quad.predicate.value in (str(NIF.beginIndex), str(NIF.endIndex), str(NIF.anchorOf), str(NKG.inSource)):
            spans.setdefault(quad.subject, {})[quad.predicate.value] = quad.object.value
    contexts = {q.subject: q.object.value for q in store.quads_for_pattern(None, ox.NamedNode(str(NIF.isString)), None)}
    del store
    anchored = {span: fields for span, fields in spans.items() if str(NIF.anchorOf) in fields}
    assert len(anchored) > 250
    for span, fields in anchored.items():
        text = texts[fields[str(NKG.inSource)].rsplit("/", 1)[-1]]
        assert text[int(fields[str(NIF.beginIndex)]):int(fields[str(NIF.endIndex)])] == fields[str(NIF.anchorOf)], span
    assert sorted(contexts.values()) == sorted(texts.values())  # each source's whole text, as read


def test_every_fact_points_at_its_evidence_in_its_source_text(seed_facts):
    for facts in seed_facts.values():
        graph = map_facts(facts)
        for cls in (NKG.Membership, NKG.Leadership, NKG.RoleAssignment, NKG.Event, NKG.Quote):
            for node in graph.subjects(RDF.type, cls):
                span = graph.value(node, NKG.evidence)
                context = graph.value(span, NIF.referenceContext)
                begin, end = int(graph.value(span, NIF.beginIndex)), int(graph.value(span, NIF.endIndex))
                assert str(graph.value(context, NIF.isString))[begin:end] == str(graph.value(span, NIF.anchorOf))
                assert graph.value(span, NKG.inSource) == graph.value(node, NKG.statedIn)


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


def test_two_happenings_of_one_actor_in_one_sentence_are_two_valid_event_nodes(run):
    facts = run("Headline\nArmy officers in Gabon ousted President Ali Bongo Ondimba on August 30, minutes after Gabon's "
                "election of August 26 was annulled.\n")
    dated = {e.date for e in facts.events if e.type == "other"}
    graph = map_facts(facts)
    assert len(dated) == 2 and len(set(graph.subjects(RDF.type, NKG.Event))) >= 2
    assert all(len(set(graph.objects(node, NKG.date))) <= 1 for node in graph.subjects(RDF.type, NKG.Event))
    assert validate_graph(graph).conforms


def test_a_diplomatic_post_is_labelled_with_where_it_is_held_and_points_there(run):
    facts = run("Headline\nUS Ambassador to Germany Richard Grenell said the airline had flown arms to Syria.\n")
    graph = map_facts(facts)
    (post,) = graph.subjects(NKG.accreditedTo, None)
    assert str(graph.value(post, RDFS.label)) == "Ambassador of United States to Germany"
    assert (graph.value(post, NKG.accreditedTo), RDF.type, NKG.State) in graph
    assert validate_graph(graph).conforms
