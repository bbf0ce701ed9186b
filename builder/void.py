"""A VoID description of the exported dataset (https://www.w3.org/TR/void/).

Catalogues and triple stores read it to learn the size, graphs, vocabularies and dump
files of the data before loading any of it. The counts come from one pass over the
store's quads; the partitions get IRIs derived from their class or property instead of
blank nodes, so two exports of the same store describe it in the same bytes.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from .errors import InputError
from .store import PREFIXES, sorted_turtle, to_oxigraph
from .vocab import DCTERMS, FORMATS, ID, RDF, VOID

DATASET = ID["dataset"]
#: The void:feature of each export format.
FORMAT_FEATURES = {"trig": FORMATS.TriG, "nquads": FORMATS["N-Quads"], "turtle": FORMATS.Turtle}
VOID_PREFIXES = {**PREFIXES, "void": str(VOID), "formats": str(FORMATS)}
_RDF_TYPE = ox.NamedNode(str(RDF.type))


def describe(store: Iterable[ox.Quad], *, dumps: Iterable[tuple[Path, str]] = (), sparql_endpoint: str | None = None) -> Graph:
    """The VoID description of the quads of ``store``.

    ``dumps`` are the (file, export format) pairs the data was written to; ``sparql_endpoint``
    is the URL where it is served, if it is.
    """
    dump_features = [(Path(path), FORMAT_FEATURES[fmt]) for path, fmt in dumps]
    endpoint = _endpoint(sparql_endpoint) if sparql_endpoint is not None else None

    total = 0
    per_graph: Counter[ox.NamedNode] = Counter()
    per_property: Counter[ox.NamedNode] = Counter()
    subjects, objects = set(), set()
    instances: defaultdict[ox.NamedNode, set] = defaultdict(set)
    for quad in store:
        total += 1
        if isinstance(quad.graph_name, ox.NamedNode):
            per_graph[quad.graph_name] += 1
        per_property[quad.predicate] += 1
        subjects.add(quad.subject)
        objects.add(quad.object)
        if quad.predicate == _RDF_TYPE and isinstance(quad.object, ox.NamedNode):
            instances[quad.object].add(quad.subject)

    description = Graph()
    add = description.add
    add((DATASET, RDF.type, VOID.Dataset))
    add((DATASET, DCTERMS.title, Literal("newskg knowledge graph", lang="en")))
    add((DATASET, VOID.triples, Literal(total)))
    add((DATASET, VOID.distinctSubjects, Literal(len(subjects))))
    add((DATASET, VOID.distinctObjects, Literal(len(objects))))
    add((DATASET, VOID.properties, Literal(len(per_property))))
    add((DATASET, VOID.classes, Literal(len(instances))))
    add((DATASET, VOID.uriSpace, Literal(str(ID))))
    for namespace in {_namespace(term.value) for term in [*per_property, *instances]}:
        add((DATASET, VOID.vocabulary, URIRef(namespace)))
    for path, feature in dump_features:
        add((DATASET, VOID.dataDump, URIRef(path.resolve().as_uri())))
        add((DATASET, VOID.feature, feature))
    if endpoint is not None:
        add((DATASET, VOID.sparqlEndpoint, endpoint))
    for graph, count in per_graph.items():
        subset = URIRef(graph.value)
        add((DATASET, VOID.subset, subset))
        add((subset, RDF.type, VOID.Dataset))
        add((subset, VOID.triples, Literal(count)))
    for cls, members in instances.items():
        partition = _partition("class", cls)
        add((DATASET, VOID.classPartition, partition))
        add((partition, VOID["class"], URIRef(cls.value)))
        add((partition, VOID.entities, Literal(len(members))))
    for prop, count in per_property.items():
        partition = _partition("property", prop)
        add((DATASET, VOID.propertyPartition, partition))
        add((partition, VOID.property, URIRef(prop.value)))
        add((partition, VOID.triples, Literal(count)))
    return description


def to_turtle(description: Graph) -> bytes:
    """The description as sorted Turtle, so equal descriptions give equal bytes."""
    return sorted_turtle((ox.Triple(*map(to_oxigraph, triple)) for triple in description), VOID_PREFIXES)


def _namespace(iri: str) -> str:
    """The vocabulary an IRI belongs to: the IRI up to and including its last '#' or '/'."""
    return iri[: max(iri.rfind("#"), iri.rfind("/")) + 1]


def _partition(kind: str, term: ox.NamedNode) -> URIRef:
    """A stable IRI for the partition of one class or property."""
    return ID[f"dataset/{kind}/{hashlib.sha256(term.value.encode('utf-8')).hexdigest()[:16]}"]


def _endpoint(url: str) -> URIRef:
    """The endpoint URL as an IRI; an error for anything but an absolute http(s) IRI."""
    problem = f"{url!r}: not a SPARQL endpoint URL; give an absolute http:// or https:// URL"
    try:
        ox.NamedNode(url)
        parts = urlsplit(url)
    except ValueError as err:
        raise InputError(f"{problem} ({err})") from None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(problem)
    return URIRef(url)
