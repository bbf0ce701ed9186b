"""The ``newskg`` command line: a thin layer over the package's functions.

Exit status: 0 success; 1 the data does not conform to the SHACL shapes (or, when reasoning,
contradicts the ontology); 2 bad input, bad usage or an unknown name (one line on stderr
says what to do); 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from . import __version__
from .errors import InputError, NewskgError
from .query import RESULT_FORMATS, format_results, list_queries, load_query, parse_params, run
from .store import DEFAULT_STORE, EXPORT_FORMATS, export, open_store, write_together
from .validate import validate_store
from .void import describe, to_turtle

EXIT_OK, EXIT_NOT_CONFORMING, EXIT_USAGE = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.handler(args)
    except NewskgError as err:
        print(f"newskg: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("newskg: interrupted; the store is unchanged", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newskg", description="Build a validated RDF knowledge graph from news articles and query it with SPARQL.")
    parser.add_argument("--version", action="version", version=f"newskg {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    store_help = f"the Oxigraph store directory (default: ./{DEFAULT_STORE})"
    build = sub.add_parser("build", help="read articles and build them into the store", description="Read .txt articles (files or folders), extract entities and facts, validate each source graph with SHACL and write the store. Re-building a source replaces exactly its graph.")
    build.add_argument("paths", nargs="+", metavar="PATH", help=".txt files or folders of them (NAME.meta.json beside NAME.txt gives title, published, url, outlet)")
    build.add_argument("--store", type=Path, default=DEFAULT_STORE, help=store_help)
    build.add_argument("--quiet", action="store_true", help="no progress lines")
    build.add_argument("--reason", action="store_true", help="then write the OWL RL closure into the inferred graph, as 'newskg reason' does")
    _model_options(build)
    build.set_defaults(handler=_build)

    reason = sub.add_parser("reason", help="write the OWL RL closure of ontology and data into the store's inferred graph", description="Compute the OWL 2 RL closure of the ontology and everything built into the store, and write the triples it adds to their own named graph (https://w3id.org/newskg/graph/inferred), replacing the previous one; asserted graphs stay untouched. Exit status 1 when the data contradicts the ontology (each contradiction is printed with the asserted triples it rests on).")
    reason.add_argument("--store", type=Path, default=DEFAULT_STORE, help=store_help)
    reason.set_defaults(handler=_reason)

    query = sub.add_parser("query", help="run a saved query (or any .rq file) against the store", description="Run a saved query from queries/ by name, or a .rq file, against the store or an RDF file.")
    query.add_argument("name", metavar="NAME|FILE.rq")
    query.add_argument("--param", action="append", default=[], metavar="NAME=VALUE", help="bind a query parameter (as an IRI if it looks like one, else a literal)")
    query.add_argument("--format", choices=["table", *RESULT_FORMATS], default="table", help="output format (default: table)")
    query.add_argument("--store", type=Path, default=DEFAULT_STORE, help=store_help)
    query.add_argument("--data", type=Path, help="query this TriG/N-Quads/Turtle file instead of the store")
    query.set_defaults(handler=_query)

    queries = sub.add_parser("queries", help="list the saved queries with their parameters")
    queries.set_defaults(handler=_queries)

    validate = sub.add_parser("validate", help="validate the store with SHACL; exit status 1 if it does not conform")
    validate.add_argument("--store", type=Path, default=DEFAULT_STORE, help=store_help)
    validate.set_defaults(handler=_validate)

    facts = sub.add_parser("facts", help="build articles and write their facts views (FACTS-FORMAT.md) as JSON", description="Build the articles into a store (a temporary one unless --store is given), then read each source's facts back from the graph with SPARQL and write OUT/<stem>.json.")
    facts.add_argument("paths", nargs="+", metavar="PATH", help=".txt files or folders of them")
    facts.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the <stem>.json files (created if missing)")
    facts.add_argument("--store", type=Path, help="build into this store and keep it (default: a temporary store)")
    facts.add_argument("--quiet", action="store_true", help="no progress lines")
    _model_options(facts)
    facts.set_defaults(handler=_facts)

    evaluation = sub.add_parser("eval", help="score facts views against gold files: precision, recall and F1 per category", description="Score every gold DIR/<stem>.json against PRED/<stem>.json with the matching rules of FACTS-FORMAT.md.")
    evaluation.add_argument("--gold", type=Path, required=True, metavar="DIR", help="folder of gold <stem>.json files")
    evaluation.add_argument("--pred", type=Path, required=True, metavar="DIR", help="folder of predicted <stem>.json files ('newskg facts ... --out DIR')")
    evaluation.add_argument("--details", action="store_true", help="also list every missed and every extra item")
    evaluation.add_argument("--format", choices=["table", "json"], default="table")
    evaluation.set_defaults(handler=_eval)

    exp = sub.add_parser("export", help="export the store as TriG, N-Quads (named graphs kept) or Turtle (union)")
    exp.add_argument("--format", choices=list(EXPORT_FORMATS), default="trig")
    exp.add_argument("--store", type=Path, default=DEFAULT_STORE, help=store_help)
    exp.add_argument("--output", "-o", type=Path, help="write to this file, and its VoID description to FILE.void.ttl (default: standard output)")
    exp.add_argument("--void", type=Path, metavar="FILE", help="write the VoID description (Turtle) to this file instead of beside --output")
    exp.add_argument("--sparql-endpoint", metavar="URL", help="record in the VoID description that the data is served at this SPARQL endpoint")
    exp.set_defaults(handler=_export)
    return parser


def _model_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--model", metavar="NAME", help="an installed spaCy pipeline (package name or folder) to use instead of newskg's own trained one; nothing is downloaded")
    group.add_argument("--no-model", action="store_true", help="rules and reference data alone, no trained pipeline (faster, fewer names found)")


def _model(args):
    from .nlp_model import SHIPPED_MODEL

    return None if args.no_model else args.model or SHIPPED_MODEL


def _progress(args):
    return (lambda _: None) if args.quiet else (lambda line: print(line, file=sys.stderr, flush=True))


def _build(args) -> int:
    from .pipeline import build  # spaCy loads only for commands that need it

    summary = build(args.paths, args.store, _progress(args), model=_model(args))
    print(f"Built {summary.sources} source(s) into {args.store}")
    print("  entities: " + ", ".join(f"{k} {v}" for k, v in sorted(summary.entities.items())))
    print("  facts:    " + ", ".join(f"{k} {v}" for k, v in sorted(summary.facts.items())))
    print(f"  triples:  {summary.triples} in source graphs")
    failing = {name: r for name, r in summary.reports.items() if not r.conforms}
    print(f"  SHACL:    {'all source graphs conform' if not failing else f'{len(failing)} source graph(s) do not conform'}")
    for name, report in failing.items():
        print(f"{name}: {report.text()}")
    consistent = _report_reasoning(args.store) if args.reason else True
    return EXIT_OK if not failing and consistent else EXIT_NOT_CONFORMING


def _reason(args) -> int:
    return EXIT_OK if _report_reasoning(args.store) else EXIT_NOT_CONFORMING


def _report_reasoning(store: Path) -> bool:
    """Reason over the store, print what was inferred and any contradiction; True if none."""
    from .reason import INFERRED_GRAPH, reason_store

    summary = reason_store(store)
    print(f"Reasoned over {summary.asserted} triples in {summary.seconds:.1f} s: {summary.inferred} inferred triples in <{INFERRED_GRAPH}>")
    for problem in summary.inconsistencies:
        print(f"inconsistent: {problem.text()}", end="")
    if summary.inconsistencies:
        print(f"  OWL RL: {len(summary.inconsistencies)} contradiction(s) between the data and the ontology")
    return not summary.inconsistencies


def _facts(args) -> int:
    from .facts_view import facts_views, write_facts_views
    from .pipeline import build

    with tempfile.TemporaryDirectory(prefix="newskg-facts-") as temporary:
        store_dir = args.store or Path(temporary) / "store"
        summary = build(args.paths, store_dir, _progress(args), model=_model(args))
        store = open_store(store_dir)
        views = facts_views(store, list(summary.reports))
        del store  # release the store before its temporary folder goes
    written = write_facts_views(views, args.out)
    print(f"Wrote {len(written)} facts view(s) to {args.out}")
    failing = [name for name, report in summary.reports.items() if not report.conforms]
    for name in failing:
        print(f"{name}: {summary.reports[name].text()}")
    return EXIT_OK if not failing else EXIT_NOT_CONFORMING


def _eval(args) -> int:
    from .evaluate import evaluate

    result = evaluate(args.gold, args.pred)
    if args.format == "json":
        print(json.dumps(result.as_json(), indent=2))
    else:
        print(result.table(details=args.details), end="")
    return EXIT_OK


def _query(args) -> int:
    import pyoxigraph as ox

    saved = load_query(args.name)
    values = parse_params(args.param)
    if args.data:
        store = ox.Store()
        try:
            store.bulk_load(path=str(args.data), format=ox.RdfFormat.from_extension(args.data.suffix.lstrip(".")) or ox.RdfFormat.TRIG)
        except (OSError, SyntaxError, ValueError) as err:
            raise InputError(f"{args.data}: cannot load as RDF ({err})") from None
    else:
        store = open_store(args.store)
    print(format_results(run(saved, store, values), args.format, hidden=[p.name for p in saved.params]), end="")
    return EXIT_OK


def _queries(args) -> int:
    for saved in list_queries():
        print(f"{saved.name}: {saved.title}")
        if saved.description:
            print(f"    {saved.description}")
        for param in saved.params:
            default = f" (default: {param.default})" if param.default else ""
            print(f"    --param {param.name}=VALUE  {param.doc}{default}")
    return EXIT_OK


def _validate(args) -> int:
    report = validate_store(open_store(args.store))
    print(report.text())
    return EXIT_OK if report.conforms else EXIT_NOT_CONFORMING


def _export(args) -> int:
    void_path = args.void or (args.output and args.output.with_name(args.output.name + ".void.ttl"))
    if args.sparql_endpoint and not void_path:
        raise InputError("--sparql-endpoint is recorded in the VoID description; give --output FILE or --void FILE too")
    if void_path and args.output and void_path.resolve() == args.output.resolve():
        raise InputError(f"{void_path}: --void and --output name the same file; give the description another name")
    store = open_store(args.store)
    data = export(store, args.format)
    files = {args.output: data} if args.output else {}
    if void_path:
        dumps = [(args.output, args.format)] if args.output else []
        files[void_path] = to_turtle(describe(store, dumps=dumps, sparql_endpoint=args.sparql_endpoint))
    write_together(files)
    if not args.output:
        sys.stdout.buffer.write(data)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
