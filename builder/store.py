"""Stage 8, store and write: the persistent Oxigraph store and the exports.

Writes never leave a half-written store: a build copies the current store into a new
directory next to it, applies its changes there and swaps the directories only when all
is written. Exports are sorted, so two builds of the same input give the same bytes.
"""

from __future__ import annotations

import gc
import os
import shutil
from collections.abc import Iterable, Mapping
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from .errors import StoreError

DEFAULT_STORE = Path("newskg-store")
EXPORT_FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS, "turtle": ox.RdfFormat.TURTLE}
PREFIXES = {
    "nkg": "https://w3id.org/newskg/ontology#",
    "id": "https://w3id.org/newskg/id/",
    "graph": "https://w3id.org/newskg/graph/",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "wd": "http://www.wikidata.org/entity/",
}


def to_oxigraph(term) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """One rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def graph_quads(graph: Graph, name: str) -> list[ox.Quad]:
    """The triples of an rdflib graph as quads in the named graph ``name``."""
    graph_name = ox.NamedNode(name)
    return [ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), graph_name) for s, p, o in graph]


def replace_graphs(store_dir: Path, graphs: Mapping[str, Iterable[ox.Quad]]) -> None:
    """Replace exactly the named graphs given (and nothing else) in the store at ``store_dir``.

    The new store is written beside the old one and swapped in at the end.
    """
    store_dir = Path(store_dir)
    staging = store_dir.with_name(f".{store_dir.name}.new-{os.getpid()}")
    retired = store_dir.with_name(f".{store_dir.name}.old-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        store_dir.parent.mkdir(parents=True, exist_ok=True)
        new = ox.Store(str(staging))
        if store_dir.exists():
            old = open_store(store_dir)
            replaced = {ox.NamedNode(name) for name in graphs}
            new.bulk_extend(q for q in old if q.graph_name not in replaced)
            del old
        for quads in graphs.values():
            new.bulk_extend(quads)
        new.flush()
        del new
        gc.collect()
        if store_dir.exists():
            store_dir.rename(retired)
        staging.rename(store_dir)
        shutil.rmtree(retired, ignore_errors=True)
    except OSError as err:
        shutil.rmtree(staging, ignore_errors=True)
        if retired.exists() and not store_dir.exists():
            retired.rename(store_dir)
        raise StoreError(f"{store_dir}: cannot write the store ({err}); check permissions and free space") from None


def open_store(store_dir: Path) -> ox.Store:
    """The store at ``store_dir``, read-only; an error that says what to do if there is none."""
    store_dir = Path(store_dir)
    if not store_dir.is_dir():
        raise StoreError(f"{store_dir}: no store here; run 'newskg build PATH...' first or pass --store DIR")
    try:
        return ox.Store.read_only(str(store_dir))
    except OSError as err:
        raise StoreError(f"{store_dir}: cannot open the store ({err})") from None


def sorted_nquads(quads: Iterable[ox.Quad]) -> bytes:
    """Canonical N-Quads: one line per quad, sorted, so equal data gives equal bytes."""
    lines = ox.serialize(quads, format=ox.RdfFormat.N_QUADS).splitlines()
    return b"".join(sorted(set(line + b"\n" for line in lines if line.strip())))


def export(store: ox.Store, fmt: str) -> bytes:
    """The whole store as TriG or N-Quads (named graphs kept) or Turtle (their union)."""
    canonical = sorted_nquads(store)
    if fmt == "nquads":
        return canonical
    quads = list(ox.parse(canonical, format=ox.RdfFormat.N_QUADS))
    if fmt == "turtle":
        return sorted_turtle(quad.triple for quad in quads)
    return ox.serialize(quads, format=EXPORT_FORMATS[fmt], prefixes=PREFIXES)


def sorted_turtle(triples: Iterable[ox.Triple], prefixes: Mapping[str, str] = PREFIXES) -> bytes:
    """Turtle of the distinct triples in sorted order, so equal data gives equal bytes."""
    return ox.serialize(sorted(set(triples), key=str), format=ox.RdfFormat.TURTLE, prefixes=dict(prefixes))


def write_atomically(path: Path, data: bytes) -> None:
    """Write a file through a temporary file and a rename: never half-written."""
    write_together({Path(path): data})


def write_together(files: Mapping[Path, bytes]) -> None:
    """Write several files through temporary files, renamed only once all are written.

    A dump and its description either both change or, when one cannot be written, neither.
    """
    temporaries: dict[Path, Path] = {}
    try:
        for path, data in files.items():
            path = Path(path)
            temporaries[path] = path.with_name(f".{path.name}.tmp-{os.getpid()}")
            temporaries[path].write_bytes(data)
        for path, temporary in temporaries.items():
            temporary.replace(path)
    except OSError as err:
        for temporary in temporaries.values():
            temporary.unlink(missing_ok=True)
        raise StoreError(f"{path}: cannot write ({err})") from None
