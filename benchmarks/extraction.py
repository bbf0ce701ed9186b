"""Extraction quality: build each gold set, write its facts views and score them.

Run: ``python benchmarks/extraction.py [--details] [--no-model] [SET...]`` where SET is seeds, dev or
wikinews (default: all three). Prints precision, recall and F1 per category for each set,
as ``newskg facts`` followed by ``newskg eval`` would.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from builder.evaluate import evaluate
from builder.facts_view import facts_views, write_facts_views
from builder.nlp_model import SHIPPED_MODEL
from builder.pipeline import build
from builder.store import open_store

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "seeds": (ROOT / "seeds", ROOT / "tests" / "gold"),
    "dev": (ROOT / "tests" / "dev" / "articles", ROOT / "tests" / "dev" / "gold"),
    "wikinews": (ROOT / "tests" / "wikinews" / "articles", ROOT / "tests" / "wikinews" / "gold"),
}


def score_set(articles: Path, gold: Path, work: Path, model=SHIPPED_MODEL):
    """Build ``articles`` into a fresh store under ``work`` and score its views against ``gold``."""
    summary = build([articles], work / "store", model=model)
    views = facts_views(open_store(work / "store"), list(summary.reports))
    write_facts_views(views, work / "pred")
    return evaluate(gold, work / "pred")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", metavar="SET", help=f"which sets to score: {', '.join(SETS)} (default: all)")
    parser.add_argument("--details", action="store_true", help="list every missed and extra item")
    parser.add_argument("--no-model", action="store_true", help="rules alone, without the trained pipeline")
    args = parser.parse_args(argv)
    unknown = set(args.sets) - set(SETS)
    if unknown:
        parser.error(f"unknown set(s) {', '.join(sorted(unknown))}; choose from {', '.join(SETS)}")
    for name in args.sets or SETS:
        articles, gold = SETS[name]
        with tempfile.TemporaryDirectory() as work:
            result = score_set(articles, gold, Path(work), None if args.no_model else SHIPPED_MODEL)
        print(f"== {name}: {articles.relative_to(ROOT)} against {gold.relative_to(ROOT)}")
        print(result.table(details=args.details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
