"""Reasoning: newskg's OWL 2 RL closure equals owlrl's on the data, and contradictions are
reported with the asserted triples they rest on."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import owlrl
import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, XSD

from builder import resources
from builder.cli import main
from builder.reason import INFERRED_GRAPH, ReasoningError, closure, schema_of
from builder.store import open_store, to_oxigraph

HERE = Path(__file__).resolve().parent / "reasoning"
EX = "https://example.org/"


def _owlrl_about_data(ontology: Graph, data: Graph) -> set[str]:
    """owlrl's inferred triples, less what newskg leaves out by design: ``x sameAs x``,
    triples about literals, about datatypes, and about the ontology's blank nodes."""
    graph = Graph()
    for triple in (*ontology, *data):
        graph.add(triple)
    before = set(graph)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    blank = {t for triple in ontology for t in triple if isinstance(t, BNode)}
    return {_nt(triple) for triple in set(graph) - before if _about_data(triple, blank)}


def _ours(ontology: Graph, data: Graph) -> set[str]:
    result = closure([tuple(to_oxigraph(t) for t in triple) for triple in data], schema_of(ontology))
    assert result.inconsistencies == ()
    blank = {t for triple in ontology for t in triple if isinstance(t, BNode)}
    return {" ".join(map(str, triple)) for triple in result.triples
            if _about_data(tuple(_rdflib(t) for t in triple), blank)}


def _about_data(triple, ontology_blanks) -> bool:
    s, p, o = triple
    return not (isinstance(s, Literal) or (p == OWL.sameAs and s == o) or str(s).startswith(str(XSD))
                or {s, o} & ontology_blanks or (isinstance(s, BNode) and p == URIRef("http://www.daml.org/2002/03/agents/agent-ont#error")))


def _nt(triple) -> str:
    return " ".join(str(to_oxigraph(t)) for t in triple)


def _rdflib(term):
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    return Literal(term.value, lang=term.language, datatype=None if term.language else term.datatype.value)


def _random_data(seed: int) -> Graph:
    """Forty random facts over the test ontology's classes and properties and twelve individuals."""
    rng = random.Random(seed)
    people = [URIRef(f"{EX}i{n}") for n in range(12)]
    classes = [URIRef(EX + c) for c in ("A", "B", "C", "D", "E", "F", "OnlyB", "AtMostOne", "AtMostOneE", "HasValue")]
    properties = [URIRef(EX + p) for p in ("p", "q", "r", "rInverse", "s", "t", "f", "g", "e", "eTwin")]
    data = Graph()
    while len(data) < 40:
        roll = rng.random()
        who = rng.choice(people)
        if roll < 0.3:
            data.add((who, RDF.type, rng.choice(classes)))
        elif roll < 0.85:
            data.add((who, rng.choice(properties), rng.choice(people)))
        elif roll < 0.95:
            data.add((who, URIRef(EX + "code"), Literal(rng.choice(["red", "blue"]))))
        else:
            data.add((who, OWL.sameAs, rng.choice(people)))
    return data


@pytest.mark.parametrize("seed", range(16))
def test_closure_equals_owlrl_on_generated_graphs(seed):
    ontology = Graph().parse(HERE / "ontology.ttl")
    data = _random_data(seed)
    expected = _owlrl_about_data(ontology, data)
    assert expected, "the generated graph entails nothing: the test would prove nothing"
    assert _ours(ontology, data) == expected


def test_closure_equals_owlrl_on_the_seeds(seed_store):
    store = open_store(seed_store)
    skip = {ox.NamedNode(str(INFERRED_GRAPH)), ox.NamedNode("https://w3id.org/newskg/graph/ontology")}
    data = Graph().parse(data=ox.serialize((q.triple for q in store if q.graph_name not in skip), format=ox.RdfFormat.N_TRIPLES), format="nt")
    del store
    ontology = Graph().parse(resources.ONTOLOGY)
    ours = _ours(ontology, data)
    assert len(ours) > len(data)  # subclasses, inverses, and everything said of an entity said of its Wikidata twin
    assert ours == _owlrl_about_data(ontology, data)


def test_the_closure_types_events_by_their_type_word_and_entities_by_their_properties():
    nkg = "https://w3id.org/newskg/ontology#"
    event, armenia = ox.NamedNode(EX + "event"), ox.NamedNode(EX + "armenia")
    facts = [(event, ox.NamedNode(RDF.type), ox.NamedNode(nkg + "Event")),
             (event, ox.NamedNode(nkg + "eventType"), ox.Literal("withdrawal")),
             (event, ox.NamedNode(nkg + "agent"), armenia)]
    inferred = {(str(s), str(p), str(o)) for s, p, o in closure(facts).triples}
    assert (str(event), f"<{RDF.type}>", f"<{nkg}Withdrawal>") in inferred  # owl:hasValue
    assert (str(event), f"<{RDF.type}>", "<http://semanticweb.cs.vu.nl/2009/11/sem/Event>") in inferred
    assert (str(event), "<http://semanticweb.cs.vu.nl/2009/11/sem/hasActor>", str(armenia)) in inferred
    assert (str(armenia), f"<{RDF.type}>", f"<{nkg}Entity>") in inferred


def test_keys_make_the_individuals_that_share_every_key_value_the_same():
    ontology = Graph().parse(data="""
        @prefix ex: <https://example.org/> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
        ex:Flight owl:hasKey ( ex:number ex:day ) .""", format="turtle")
    data = Graph().parse(data="""
        @prefix ex: <https://example.org/> .
        ex:a a ex:Flight ; ex:number "BA1" ; ex:day "Monday" .
        ex:b a ex:Flight ; ex:number "BA1" ; ex:day "Monday" , "Tuesday" .
        ex:c a ex:Flight ; ex:number "BA1" ; ex:day "Friday" .
        ex:d a ex:Flight ; ex:number "BA1" .
        ex:e ex:number "BA1" ; ex:day "Monday" .""", format="turtle")
    same = {line for line in _ours(ontology, data) if "#sameAs>" in line}
    assert same == {f"<{EX}a> <{OWL.sameAs}> <{EX}b>", f"<{EX}b> <{OWL.sameAs}> <{EX}a>"}


CONTRADICTIONS = sorted(p.stem for p in (HERE / "inconsistent").glob("*.ttl"))


@pytest.mark.parametrize("case", CONTRADICTIONS)
def test_contradictions_are_reported_with_the_asserted_triples(case):
    """Each case names its rule and the triples a report must cite in its leading comments:
    ``# rule: cax-dw`` and ``# cites: <s> <p> <o> .`` lines."""
    path = HERE / "inconsistent" / f"{case}.ttl"
    lines = path.read_text().splitlines()
    rule = next(line.split(":", 1)[1].strip() for line in lines if line.startswith("# rule:"))
    cited = {line.split(":", 1)[1].strip() for line in lines if line.startswith("# cites:")}
    graph = Graph().parse(path)
    ontology = Graph().parse(HERE / "ontology-disjoint.ttl")
    data = [tuple(to_oxigraph(t) for t in triple) for triple in graph]
    problems = closure(data, schema_of(ontology)).inconsistencies
    reported = [p for p in problems if p.rule == rule]
    assert len(reported) == 1, [p.text() for p in problems]
    assert cited <= set(reported[0].triples)
    checked = Graph()
    for triple in (*ontology, *graph):
        checked.add(triple)
    reference = owlrl.DeductiveClosure(owlrl.OWLRL_Semantics)
    reference.expand(checked)
    if rule not in ("prp-npa", "eq-diff2", "prp-fp"):  # owlrl does not check these
        assert any(p == URIRef("http://www.daml.org/2002/03/agents/agent-ont#error") for _, p, _ in checked), "owlrl finds no contradiction"


def test_schema_axioms_in_the_data_are_refused():
    triple = (ox.NamedNode(EX + "A"), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#subClassOf"), ox.NamedNode(EX + "B"))
    with pytest.raises(ReasoningError, match="belong in the ontology"):
        closure([triple])


def test_reason_writes_only_the_inferred_graph(seed_store, tmp_path, capsys):
    store_dir = tmp_path / "store"
    shutil.copytree(seed_store, store_dir)
    before = {q for q in open_store(store_dir)}
    assert main(["reason", "--store", str(store_dir)]) == 0
    out = capsys.readouterr().out
    assert "inferred triples in <https://w3id.org/newskg/graph/inferred>" in out
    after = {q for q in open_store(store_dir)}
    inferred = {q for q in after if q.graph_name == ox.NamedNode(str(INFERRED_GRAPH))}
    assert after - inferred == before  # what the text asserted is untouched
    assert inferred and not {q.triple for q in inferred} & {q.triple for q in before}
    assert main(["reason", "--store", str(store_dir)]) == 0  # a second run replaces, not adds
    assert {q for q in open_store(store_dir)} == after
    assert main(["validate", "--store", str(store_dir)]) == 0


def test_build_reason_reports_a_contradiction_and_exits_1(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Alliance news\nArmenia is a member of the CSTO.\n", encoding="utf-8")
    store_dir = tmp_path / "store"
    assert main(["build", str(article), "--store", str(store_dir), "--quiet", "--no-model", "--reason"]) == 0
    capsys.readouterr()
    # A hand-made contradiction: the same node a state and an organisation.
    store = ox.Store(str(store_dir))
    csto = ox.NamedNode("https://w3id.org/newskg/id/org/csto")
    store.add(ox.Quad(csto, ox.NamedNode(str(RDF.type)), ox.NamedNode("https://w3id.org/newskg/ontology#State"), ox.NamedNode(EX + "hand")))
    store.flush()
    del store
    assert main(["reason", "--store", str(store_dir)]) == 1
    out = capsys.readouterr().out
    assert "cax-dw" in out and "<https://w3id.org/newskg/id/org/csto>" in out and "contradiction" in out
