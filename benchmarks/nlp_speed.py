"""Speed of the NLP (annotate) stage, with and without the trained pipeline, in words per second.

Run: ``python benchmarks/nlp_speed.py [PATH ...] [--repeat N]`` (default: the seeds and the
development and Wikinews articles). Words are whitespace-separated; the figures are for one
process on this machine, after a warm-up pass.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from builder.annotate import annotate, build_pipeline
from builder.clean import clean
from builder.nlp_model import SHIPPED_MODEL, load_model
from builder.read import read_sources
from builder.reference import load_reference

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATHS = [ROOT / "seeds", ROOT / "tests" / "dev" / "articles", ROOT / "tests" / "wikinews" / "articles"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=DEFAULT_PATHS)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    articles = [clean(source) for source in read_sources(args.paths)]
    words = sum(len(a.source.text.split()) for a in articles)
    print(f"{len(articles)} articles, {words} words, {args.repeat} repeats, {os.cpu_count()} CPU(s)")
    reference = load_reference()
    for name, model in (("rules alone (--no-model)", None), ("rules + trained pipeline (default)", SHIPPED_MODEL)):
        nlp = build_pipeline(reference, model=model)
        _report(name, words, args.repeat, lambda: [annotate(a, nlp) for a in articles])
    model = load_model()
    _report("trained pipeline alone", words, args.repeat, lambda: list(model.pipe(a.source.text for a in articles)))
    print(f"shipped pipeline size: {sum(f.stat().st_size for f in SHIPPED_MODEL.rglob('*') if f.is_file()) / 1e6:.1f} MB")


def _report(name: str, words: int, repeat: int, work) -> None:
    work()  # warm-up: lazy loading and caches
    start = time.perf_counter()
    for _ in range(repeat):
        work()
    seconds = (time.perf_counter() - start) / repeat
    print(f"  {name:<36} {seconds * 1000:8.1f} ms per pass  {words / seconds:8.0f} words/s")


if __name__ == "__main__":
    main()
