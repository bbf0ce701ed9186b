"""Time each pipeline stage on the seeds (or on the paths given) and print the figures.

    python benchmarks/run.py [PATH ...] [--repeat N]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from builder.annotate import annotate, build_pipeline
from builder.clean import clean
from builder.extract import extract
from builder.map import map_facts, map_metadata
from builder.pipeline import build
from builder.read import read_sources
from builder.reference import load_reference
from builder.validate import validate_graph

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", nargs="*", default=[str(SEEDS)])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    clock = time.perf_counter
    start = clock()
    reference = load_reference()
    nlp = build_pipeline(reference)
    print(f"pipeline start-up (reference + spaCy rules): {clock() - start:.2f} s")

    sources = read_sources(args.paths)
    words = sum(len(s.text.split()) for s in sources)
    totals = dict.fromkeys(["clean", "annotate", "extract", "map", "validate"], 0.0)
    for _ in range(args.repeat):
        for source in sources:
            t = clock(); article = clean(source); totals["clean"] += clock() - t
            t = clock(); doc = annotate(article, nlp); totals["annotate"] += clock() - t
            t = clock(); facts = extract(article, doc, reference); totals["extract"] += clock() - t
            t = clock(); graph = map_facts(facts) + map_metadata(source); totals["map"] += clock() - t
            t = clock(); validate_graph(graph); totals["validate"] += clock() - t
    print(f"{len(sources)} sources, {words} words, {args.repeat} repeats")
    for stage, seconds in totals.items():
        per = seconds / args.repeat
        print(f"  {stage:<9} {per * 1000:8.1f} ms per pass   {words / per if per else float('inf'):10.0f} words/s")
    with tempfile.TemporaryDirectory() as tmp:
        t = clock()
        build(args.paths, Path(tmp) / "store")
        print(f"end-to-end build into a new store: {clock() - t:.2f} s")


if __name__ == "__main__":
    main()
