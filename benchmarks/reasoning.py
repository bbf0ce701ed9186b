"""Time OWL RL reasoning on generated datasets and print the figures.

    python benchmarks/reasoning.py [--sizes 10000 100000] [--no-reference] [--owlrl]

For each size: a generated dataset of about that many data triples (builder/synthetic.py),
plus the reference graph a real store holds (its Wikidata links make owl:sameAs copy every
statement about a state or organisation), reasoned over in memory (``closure``) and end to
end through a store on disk (``newskg reason``: read, reason, write the inferred graph).
``--owlrl`` also times owlrl, the reference implementation, on the smallest size.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import owlrl
import pyoxigraph as ox
from rdflib import Graph

from builder import resources
from builder.map import REFERENCE_GRAPH
from builder.reason import _ontology_schema, closure, reason_store
from builder.store import graph_quads, replace_graphs
from builder.synthetic import synthetic_graphs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--no-reference", action="store_true", help="generated data only, without the reference graph")
    parser.add_argument("--owlrl", action="store_true", help="also time owlrl on the smallest size (slow: ~20 s for 10k)")
    args = parser.parse_args()

    clock = time.perf_counter
    start = clock()
    _ontology_schema()
    print(f"ontology closure (owlrl, once per process): {clock() - start:.2f} s")
    reference = [] if args.no_reference else graph_quads(Graph().parse(resources.REFERENCE), str(REFERENCE_GRAPH))
    print(f"{'data triples':>12} {'+reference':>10} {'inferred':>9} {'closure s':>9} {'triples/s':>10} {'newskg reason s':>15}")
    for size in args.sizes:
        graphs = synthetic_graphs(size)
        data = {q.triple for quads in graphs.values() for q in quads}
        triples = [(t.subject, t.predicate, t.object) for t in data | {q.triple for q in reference}]
        start = clock()
        result = closure(triples)
        seconds = clock() - start
        with tempfile.TemporaryDirectory(prefix="newskg-reason-bench-") as folder:
            store = Path(folder) / "store"
            replace_graphs(store, {**graphs, **({str(REFERENCE_GRAPH): reference} if reference else {})})
            start = clock()
            reason_store(store)
            end_to_end = clock() - start
        print(f"{len(data):>12} {len(triples) - len(data):>10} {len(result.triples):>9} {seconds:>9.2f} "
              f"{len(triples) / seconds:>10.0f} {end_to_end:>15.2f}")
    if args.owlrl:
        graph = Graph()
        graph.parse(resources.ONTOLOGY)
        data = ox.serialize({q.triple for quads in synthetic_graphs(min(args.sizes)).values() for q in quads}, format=ox.RdfFormat.N_TRIPLES)
        graph.parse(data=data, format="nt")
        start = clock()
        owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
        print(f"owlrl on {min(args.sizes)} generated data triples (no reference): {clock() - start:.1f} s")


if __name__ == "__main__":
    main()
