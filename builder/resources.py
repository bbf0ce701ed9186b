"""Where the files that ship with newskg live: ontology, shapes, reference data, queries."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "newskg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
REFERENCE = ROOT / "ontology" / "reference" / "reference.ttl"
QUERIES = ROOT / "queries"
#: Queries the package itself runs (facts view, summaries); not listed to users.
INTERNAL_QUERIES = Path(__file__).resolve().parent / "sparql"
