"""Generates docs/ontology.html, the reference page of the newskg ontology, with pyLODE.

    pip install -e '.[docs]' && python docs/build.py           # rewrite docs/ontology.html
    python docs/build.py --check                                # exit 1 if the page is stale

The page is generated offline from ontology/newskg.ttl alone, and the same ontology and
pyLODE version always give the same bytes: pyLODE lists the members of an owl:unionOf or
owl:intersectionOf from a Python set of HTML elements, in an order that changes from run to
run, so :func:`render` sorts those members. The file is replaced only once the new page has
been fully written beside it.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "newskg.ttl"
PAGE = ROOT / "docs" / "ontology.html"
#: pyLODE 3.4.1 as published cannot be imported: it reads its version from a pyproject.toml
#: that its wheel does not ship (https://github.com/RDFLib/pyLODE/issues/260).
REQUIREMENT = "pylode>=3.3.4,<4,!=3.4.1"


def _pylode():
    # pyLODE calls logging.basicConfig(level=DEBUG) on import; configure logging first so that
    # call does nothing and its debug chatter stays out of the output.
    logging.basicConfig(level=logging.WARNING)
    try:
        import pylode
        import pylode.utils
    except ImportError:
        raise SystemExit(f"docs/build.py: pyLODE is not installed; run: pip install -e '.[docs]' (or '{REQUIREMENT}')")
    except FileNotFoundError:
        raise SystemExit(f"docs/build.py: this pyLODE release cannot be imported (RDFLib/pyLODE#260); run: pip install '{REQUIREMENT}'")
    _sort_set_members(pylode.utils)
    return pylode


def _sort_set_members(utils) -> None:
    """Make pyLODE list the classes of a union or intersection in a fixed order: it builds them
    as a set of elements (hashed by identity) and joins them with ``utils.intersperse``."""
    original = utils.intersperse
    if getattr(original, "newskg_sorted", False):
        return

    def intersperse(items, separator):
        if isinstance(items, (set, frozenset)):
            items = sorted(items, key=str)  # str() of an element is its HTML
        return original(items, separator)

    intersperse.newskg_sorted = True
    utils.intersperse = intersperse


def render(ontology: Path = ONTOLOGY) -> str:
    """The HTML page of ``ontology``."""
    from rdflib import Graph

    pylode = _pylode()
    graph = Graph().parse(ontology, format="turtle")  # parsed here: pyLODE's loader exit()s on errors
    html = pylode.OntPub(ontology=graph).make_html()
    return html if html.endswith("\n") else html + "\n"


def write(html: str, destination: Path = PAGE) -> None:
    """Write ``destination`` atomically: a temporary file beside it, then a rename."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=".tmp", dir=destination.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(html)
        os.chmod(temporary, 0o644)
        os.replace(temporary, destination)
    except BaseException:
        os.unlink(temporary)
        raise


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate docs/ontology.html from ontology/newskg.ttl with pyLODE.")
    parser.add_argument("--ontology", type=Path, default=ONTOLOGY, help="the ontology (default: %(default)s)")
    parser.add_argument("--output", type=Path, default=PAGE, help="the page to write (default: %(default)s)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if the page is not what would be generated")
    args = parser.parse_args(argv)
    html = render(args.ontology)
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.is_file() else None
        if current != html:
            print(f"{args.output} is not current; run: python docs/build.py", file=sys.stderr)
            return 1
        print(f"{args.output} is current")
        return 0
    write(html, args.output)
    print(f"wrote {args.output} ({len(html.encode())} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
