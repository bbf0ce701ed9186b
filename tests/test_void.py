"""The VoID description of an export: its counts match the store, and it is written with the dump."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from builder.cli import main
from builder.errors import InputError
from builder.store import open_store
from builder.vocab import FORMATS, ID, NIF, NKG, RDF, VOID
from builder.void import describe

DATASET = ID["dataset"]
ENDPOINT = "http://localhost:7878/query"


def store_quads(store: Path) -> list[ox.Quad]:
    opened = open_store(store)
    quads = list(opened)
    del opened
    return quads


def description_of(store: Path, **options) -> Graph:
    opened = open_store(store)
    graph = describe(opened, **options)
    del opened
    return graph


def count(graph: Graph, node, prop) -> int:
    return graph.value(node, prop).toPython()


def export(capsys, *argv: str) -> tuple[int, str]:
    code = main(["export", *argv])
    return code, capsys.readouterr().err


def test_dataset_counts_equal_the_store(seed_store):
    quads = store_quads(seed_store)
    void = description_of(seed_store)
    assert (DATASET, RDF.type, VOID.Dataset) in void
    assert count(void, DATASET, VOID.triples) == len(quads) > 1000
    assert count(void, DATASET, VOID.distinctSubjects) == len({q.subject for q in quads})
    assert count(void, DATASET, VOID.distinctObjects) == len({q.object for q in quads})
    assert count(void, DATASET, VOID.properties) == len({q.predicate for q in quads})
    types = {q.object for q in quads if q.predicate.value == str(RDF.type)}
    assert count(void, DATASET, VOID.classes) == len(types)
    assert void.value(DATASET, VOID.uriSpace) == Literal("https://w3id.org/newskg/id/")
    assert not any(isinstance(term, ox.BlankNode) for triple in void for term in triple)


def test_one_subset_per_named_graph_with_its_count(seed_store):
    per_graph = Counter(q.graph_name.value for q in store_quads(seed_store))
    void = description_of(seed_store)
    subsets = set(void.objects(DATASET, VOID.subset))
    assert subsets == {URIRef(name) for name in per_graph}
    assert len(subsets) == 8  # five sources, metadata, reference, ontology
    for subset in subsets:
        assert (subset, RDF.type, VOID.Dataset) in void
        assert count(void, subset, VOID.triples) == per_graph[str(subset)]


def test_class_and_property_partitions(seed_store):
    quads = store_quads(seed_store)
    void = description_of(seed_store)
    memberships = {q.subject for q in quads if q.predicate.value == str(RDF.type) and q.object.value == str(NKG.Membership)}
    classes = {void.value(p, VOID["class"]): count(void, p, VOID.entities) for p in void.objects(DATASET, VOID.classPartition)}
    assert classes[NKG.Membership] == len(memberships) > 0
    properties = {void.value(p, VOID.property): count(void, p, VOID.triples) for p in void.objects(DATASET, VOID.propertyPartition)}
    assert sum(properties.values()) == len(quads)
    assert properties[NIF.beginIndex] == sum(q.predicate.value == str(NIF.beginIndex) for q in quads)
    assert all(str(p).startswith(str(ID["dataset/"])) for p in void.objects(DATASET, VOID.classPartition))


def test_vocabularies_are_the_namespaces_used(seed_store):
    vocabularies = set(description_of(seed_store).objects(DATASET, VOID.vocabulary))
    assert {URIRef(str(NKG._NS)), URIRef(str(NIF._NS)), URIRef(str(RDF))} <= vocabularies
    assert URIRef(str(VOID)) not in vocabularies


def test_bad_endpoint_is_an_error(seed_store):
    with pytest.raises(InputError, match="not a SPARQL endpoint URL"):
        description_of(seed_store, sparql_endpoint="localhost:7878")


def test_export_writes_the_description_beside_the_dump(seed_store, tmp_path, capsys):
    out = tmp_path / "graph.trig"
    code, err = export(capsys, "--output", str(out), "--store", str(seed_store), "--sparql-endpoint", ENDPOINT)
    assert code == 0, err
    path = tmp_path / "graph.trig.void.ttl"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.trig", "graph.trig.void.ttl"]
    parsed = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    assert len(parsed) > 100
    void = Graph().parse(path, format="turtle")
    assert void.value(DATASET, VOID.dataDump) == URIRef(out.resolve().as_uri())
    assert void.value(DATASET, VOID.feature) == FORMATS.TriG
    assert void.value(DATASET, VOID.sparqlEndpoint) == URIRef(ENDPOINT)
    assert count(void, DATASET, VOID.triples) == len(store_quads(seed_store))


def test_two_exports_give_identical_void_bytes(seed_store, tmp_path, capsys):
    out = tmp_path / "graph.nq"
    descriptions = []
    for _ in range(2):
        assert export(capsys, "--format", "nquads", "--output", str(out), "--store", str(seed_store))[0] == 0
        descriptions.append((tmp_path / "graph.nq.void.ttl").read_bytes())
    assert descriptions[0] == descriptions[1]
    void = Graph().parse(data=descriptions[0], format="turtle")
    assert void.value(DATASET, VOID.feature) == FORMATS["N-Quads"]


def test_void_option_with_export_to_stdout(seed_store, tmp_path, capsysbinary):
    path = tmp_path / "description.ttl"
    assert main(["export", "--format", "nquads", "--store", str(seed_store), "--void", str(path)]) == 0
    assert capsysbinary.readouterr().out.count(b"\n") == len(store_quads(seed_store))
    void = Graph().parse(path, format="turtle")
    assert void.value(DATASET, VOID.dataDump) is None
    assert (DATASET, RDF.type, VOID.Dataset) in void
    assert sorted(p.name for p in tmp_path.iterdir()) == ["description.ttl"]


@pytest.mark.parametrize(
    "argv, name",
    [
        (["--output", "{tmp}/missing/graph.trig"], "graph.trig"),
        (["--output", "{tmp}/graph.trig", "--void", "{tmp}/missing/graph.void.ttl"], "graph.void.ttl"),
        (["--output", "{tmp}/graph.trig", "--sparql-endpoint", "not a url"], "not a url"),
        (["--sparql-endpoint", ENDPOINT], "--sparql-endpoint"),
        (["--output", "{tmp}/graph.trig", "--void", "{tmp}/graph.trig"], "graph.trig"),
    ],
    ids=["output-folder-missing", "void-folder-missing", "bad-endpoint", "endpoint-without-void", "void-is-output"],
)
def test_bad_export_writes_nothing(argv, name, seed_store, tmp_path, capsys):
    argv = [arg.format(tmp=tmp_path) for arg in argv]
    code = main(["export", *argv, "--store", str(seed_store)])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == "" and len(err.splitlines()) == 1 and name in err, err
    assert list(tmp_path.iterdir()) == []
