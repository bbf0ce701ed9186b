"""Time SHACL validation: the seed articles as the build and `newskg validate` check them, and
generated datasets of realistic shape (builder/synthetic.py) validated as a whole.

    python benchmarks/validation.py [--sizes 10000 100000] [--repeat N] [--no-model]

Seconds are the best of ``--repeat`` runs, after a warm-up that parses the shapes and the
ontology. "to rdflib" is the part of validate_store spent turning the Oxigraph store into
the rdflib graph pySHACL reads (N-Triples out, N-Triples in).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from builder.map import METADATA_GRAPH
from builder.nlp_model import SHIPPED_MODEL
from builder.pipeline import build
from builder.store import open_store
from builder.synthetic import synthetic_graphs
from builder.validate import NOT_VALIDATED, validate_graph, validate_store
from builder.vocab import NKG

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
clock = time.perf_counter


def best(repeat: int, action) -> tuple[float, object]:
    """The shortest time of ``repeat`` runs of ``action``, and its last result."""
    times = []
    for _ in range(repeat):
        start = clock()
        result = action()
        times.append(clock() - start)
    return min(times), result


def to_rdflib(triples) -> Graph:
    """Oxigraph triples as an rdflib graph, the way validate_store reads the store."""
    return Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")


def validated_triples(store: ox.Store):
    skip = {ox.NamedNode(str(g)) for g in NOT_VALIDATED}
    return (q.triple for q in store if q.graph_name not in skip)


def source_graphs(store: ox.Store) -> list[Graph]:
    """Each source graph with its source's description from the metadata graph, as the build
    validates them (map_facts + map_metadata of one source)."""
    metadata = ox.NamedNode(str(METADATA_GRAPH))
    graphs = []
    for link in store.quads_for_pattern(None, ox.NamedNode(str(NKG.graph)), None, metadata):
        triples = [q.triple for q in store.quads_for_pattern(None, None, None, link.object)]
        triples += [q.triple for q in store.quads_for_pattern(link.subject, None, None, metadata)]
        graphs.append(to_rdflib(triples))
    return graphs


def row(name: str, quads: int, triples: int, seconds: float, load: float | None = None) -> None:
    load_text = f"{load:10.2f}" if load is not None else f"{'':>10}"
    print(f"{name:<34} {quads:>8} {triples:>8} {seconds:9.2f} {triples / seconds:11.0f} {load_text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000], help="data triples of each generated dataset")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--no-model", action="store_true", help="build the seeds with the rules alone")
    args = parser.parse_args()

    validate_graph(Graph())  # warm-up: parse the shapes and the ontology once
    print(f"{'data':<34} {'quads':>8} {'triples':>8} {'seconds':>9} {'triples/s':>11} {'to rdflib':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        store_dir = Path(tmp) / "store"
        build([SEEDS], store_dir, model=None if args.no_model else SHIPPED_MODEL)
        store = open_store(store_dir)
        graphs = source_graphs(store)
        seconds, _ = best(args.repeat, lambda: [validate_graph(g) for g in graphs])
        triples = sum(len(g) for g in graphs)
        row(f"seeds, each source graph ({len(graphs)})", triples, triples, seconds)
        quads = sum(1 for _ in validated_triples(store))
        load, union = best(args.repeat, lambda: to_rdflib(validated_triples(store)))
        seconds, report = best(args.repeat, lambda: validate_store(store))
        row("seeds, whole store" + ("" if report.conforms else " (does not conform)"), quads, len(union), seconds, load)
        del store

    for size in args.sizes:
        start = clock()
        store = ox.Store()
        for quads in synthetic_graphs(size).values():
            store.bulk_extend(quads)
        generated = clock() - start
        load, union = best(args.repeat, lambda: to_rdflib(validated_triples(store)))
        seconds, report = best(args.repeat, lambda: validate_store(store))
        name = f"generated {size:,}" + ("" if report.conforms else " (does not conform)")
        row(name, len(store), len(union), seconds, load)
        print(f"  (generated and stored in {generated:.1f} s)")


if __name__ == "__main__":
    main()
