"""The Python vocabulary, the ontology and the shapes stay in step."""

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF

from builder import resources
from builder.vocab import NKG


def test_every_vocab_term_is_declared_in_the_ontology_and_back():
    ontology = Graph().parse(resources.ONTOLOGY)
    declared = {
        s for t in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
        for s in ontology.subjects(RDF.type, t) if str(s).startswith(str(NKG._NS))
    }
    in_python = {URIRef(str(NKG._NS) + name) for name in NKG.__annotations__}
    assert declared == in_python


def test_every_class_and_property_in_the_ontology_has_an_english_label():
    ontology = Graph().parse(resources.ONTOLOGY)
    from rdflib.namespace import RDFS
    for term in ontology.subjects(RDF.type, None):
        if str(term).startswith(str(NKG._NS)):
            assert any(l.language == "en" for l in ontology.objects(term, RDFS.label)), term


def test_shapes_only_use_terms_of_the_ontology():
    shapes = Graph().parse(resources.SHAPES)
    used = {t for triple in shapes for t in triple if isinstance(t, URIRef) and str(t).startswith(str(NKG._NS))}
    known = {URIRef(str(NKG._NS) + name) for name in NKG.__annotations__}
    assert used and used <= known
