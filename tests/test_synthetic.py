"""Generated datasets: deterministic, of the size asked for, with exact spans, and valid."""

import pyoxigraph as ox
import pytest
from rdflib import Graph

from builder.map import map_facts, map_metadata
from builder.store import sorted_nquads
from builder.synthetic import synthetic_facts, synthetic_graphs
from builder.validate import validate_graph


def nquads(graphs: dict[str, list]) -> bytes:
    return sorted_nquads(q for quads in graphs.values() for q in quads)


def test_same_seed_same_dataset_other_seed_another():
    assert nquads(synthetic_graphs(3000, seed=7)) == nquads(synthetic_graphs(3000, seed=7))
    assert nquads(synthetic_graphs(3000, seed=7)) != nquads(synthetic_graphs(3000, seed=8))


@pytest.mark.parametrize("target", [2000, 20000])
def test_the_data_triples_hit_the_target(target):
    graphs = synthetic_graphs(target)
    triples = sum(len(quads) for quads in graphs.values())
    assert target <= triples <= target * 1.04
    assert len(graphs) > 2  # several source graphs and the metadata graph


def test_every_span_slices_its_source_text_exactly():
    batch = synthetic_facts(20000, seed=1)
    checked = 0
    for facts in batch:
        text = facts.source.text
        facts_with_evidence = facts.memberships + facts.leaderships + facts.roles + facts.events + facts.quotes
        spans = [m for e in facts.entities for m in e.mentions] + [f.evidence for f in facts_with_evidence]
        spans += list(facts.boilerplate)
        for span in spans:
            assert 0 <= span.start < span.end <= len(text)
            assert text[span.start:span.end] == span.text
        for quote in facts.quotes:
            assert quote.evidence.text == quote.text
        checked += len(spans)
    assert checked > 1000
    assert len({f.source.name for f in batch}) == len(batch)


def test_entities_are_realistic():
    batch = synthetic_facts(5000)
    entities = [e for facts in batch for e in facts.entities]
    assert {e.kind for e in entities} >= {"person", "state", "org", "city"}
    assert all(e.wikidata for e in entities if e.kind == "state")
    assert all(e.org_kind for e in entities if e.kind == "org")
    for facts in batch:
        keys = {e.key for e in facts.entities}
        for person in (e for e in facts.entities if e.kind == "person"):
            assert person.nationality in keys and person.nationality.startswith("state/")


def test_a_generated_dataset_conforms_to_the_shapes():
    union = Graph()
    for facts in synthetic_facts(4000, seed=2):
        union += map_facts(facts)
        union += map_metadata(facts.source)
    report = validate_graph(union)
    assert report.conforms, report.text()


def test_graphs_load_into_a_store():
    graphs = synthetic_graphs(2000)
    store = ox.Store()
    for quads in graphs.values():
        store.bulk_extend(quads)
    assert len(store) == sum(len(quads) for quads in graphs.values())
