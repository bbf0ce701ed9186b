"""Saved SPARQL queries: ``queries/*.rq`` files with a header, run with bound parameters.

A header is a block of comment lines at the top of the file::

    # title: Members by source
    # description: The members each source lists for an organisation.
    # param: org = CSTO ; the organisation, by label, acronym or IRI

A parameter is a variable of the query (``?org``). Its value is bound as an RDF term
(an IRI when it looks like one, else a plain literal) through SPARQL substitution
(SEP-0007, as pyoxigraph implements it); no text is ever pasted into the query. SEP-0007
only substitutes projected variables, so a query projects its parameters and
:func:`format_results` leaves those columns out of what it prints.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from xml.etree import ElementTree
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from . import resources
from .errors import QueryError

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "xml": ox.QueryResultsFormat.XML,
}
_HEADER = re.compile(r"^#\s*(title|description|param):\s*(.*)$")
_PARAM = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s*(?:=\s*(?P<default>[^;]*?))?\s*(?:;\s*(?P<doc>.*))?$")
_IRI = re.compile(r"^(?:<(?P<bracketed>[^<>\s]+)>|(?P<bare>(?:https?|urn|file):[^\s<>\"]+))$")


@dataclass(frozen=True)
class Param:
    name: str
    default: str | None
    doc: str


@dataclass(frozen=True)
class SavedQuery:
    name: str
    path: Path
    title: str
    description: str
    params: tuple[Param, ...]
    text: str


def list_queries(folder: Path = resources.QUERIES) -> list[SavedQuery]:
    """Every saved query in ``folder``, by name."""
    return [read_query(path) for path in sorted(Path(folder).glob("*.rq"))]


def load_query(name: str, folder: Path = resources.QUERIES) -> SavedQuery:
    """A saved query by name ("members-by-source") or a path to any ``.rq`` file."""
    path = Path(name)
    if path.suffix == ".rq" and path.is_file():
        return read_query(path)
    candidate = Path(folder) / f"{name}.rq"
    if candidate.is_file():
        return read_query(candidate)
    known = ", ".join(q.name for q in list_queries(folder))
    raise QueryError(f"{name}: no such saved query or .rq file; saved queries: {known} (see 'newskg queries')")


def read_query(path: Path) -> SavedQuery:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise QueryError(f"{path}: cannot read the query ({err})") from None
    fields: dict[str, list[str]] = {"title": [], "description": [], "param": []}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _HEADER.match(line)
        if match:
            fields[match.group(1)].append(match.group(2).strip())
    params = []
    for spec in fields["param"]:
        match = _PARAM.match(spec)
        if not match:
            raise QueryError(f"{path}: bad parameter line '# param: {spec}'; write '# param: NAME = DEFAULT ; description'")
        params.append(Param(match.group("name"), match.group("default") or None, match.group("doc") or ""))
    return SavedQuery(
        name=path.stem,
        path=path,
        title=" ".join(fields["title"]) or path.stem,
        description=" ".join(fields["description"]),
        params=tuple(params),
        text=text,
    )


def parse_params(pairs: list[str]) -> dict[str, str]:
    """``NAME=VALUE`` strings from the command line."""
    values = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not re.fullmatch(r"[A-Za-z_]\w*", name.strip()):
            raise QueryError(f"--param {pair!r}: write it as NAME=VALUE, e.g. --param org=NATO")
        values[name.strip()] = value.strip()
    return values


def bind(query: SavedQuery, values: dict[str, str]) -> dict[ox.Variable, ox.NamedNode | ox.Literal]:
    """RDF terms for the query's parameters: given values, else defaults."""
    declared = {p.name: p for p in query.params}
    unknown = set(values) - set(declared)
    if unknown:
        names = ", ".join(declared) or "none"
        raise QueryError(f"{query.name}: unknown parameter(s) {', '.join(sorted(unknown))}; this query takes: {names}")
    bindings = {}
    for name, param in declared.items():
        value = values.get(name, param.default)
        if value is None or value == "":
            raise QueryError(f"{query.name}: parameter '{name}' needs a value; pass --param {name}=VALUE ({param.doc})")
        bindings[ox.Variable(name)] = term_of(value)
    return bindings


def term_of(value: str) -> ox.NamedNode | ox.Literal:
    """An IRI for ``<...>`` or ``http(s):``/``urn:`` values, else a plain literal."""
    match = _IRI.match(value)
    if match:
        try:
            return ox.NamedNode(match.group("bracketed") or match.group("bare"))
        except ValueError as err:
            raise QueryError(f"{value!r}: not a valid IRI ({err})") from None
    return ox.Literal(value)


def run(query: SavedQuery, store: ox.Store, values: dict[str, str] | None = None):
    """Run a saved query over the store; the default graph is the union of all graphs."""
    bindings = bind(query, values or {})
    try:
        return store.query(query.text, use_default_graph_as_union=True, substitutions=bindings)
    except SyntaxError as err:
        first_line = str(err).strip().splitlines()[0] if str(err).strip() else "syntax error"
        raise QueryError(f"{query.path}: the query does not parse: {first_line}") from None


def format_results(results, fmt: str = "table", hidden: Iterable[str] = ()) -> str:
    """SELECT results as an aligned text table or a SPARQL 1.1 results format, without
    the ``hidden`` columns (the parameters)."""
    if isinstance(results, ox.QueryBoolean):
        return "true" if bool(results) else "false"
    if isinstance(results, ox.QueryTriples):
        return ox.serialize(results, format=ox.RdfFormat.TURTLE).decode()
    hidden = set(hidden)
    if fmt != "table":
        text = results.serialize(format=RESULT_FORMATS[fmt]).decode()
        return _drop_columns(text, fmt, hidden) if hidden else text
    columns = [v.value for v in results.variables if v.value not in hidden]
    rows = [[_cell(solution[c]) for c in columns] for solution in results]
    widths = [max([len(c)] + [len(r[i]) for r in rows]) for i, c in enumerate(columns)]
    out = io.StringIO()
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    out.write(line(columns) + "\n" + line(["-" * w for w in widths]) + "\n")
    for row in rows:
        out.write(line(row) + "\n")
    out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")
    return out.getvalue()


def _drop_columns(text: str, fmt: str, hidden: set[str]) -> str:
    """Remove variables from serialised SPARQL results."""
    if fmt == "json":
        data = json.loads(text)
        data["head"]["vars"] = [v for v in data["head"]["vars"] if v not in hidden]
        for binding in data["results"]["bindings"]:
            for name in hidden:
                binding.pop(name, None)
        return json.dumps(data, ensure_ascii=False)
    if fmt in ("csv", "tsv"):
        delimiter = "," if fmt == "csv" else "\t"
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter, quoting=csv.QUOTE_MINIMAL if fmt == "csv" else csv.QUOTE_NONE))
        header = [h.lstrip("?") for h in rows[0]] if rows else []
        keep = [i for i, h in enumerate(header) if h not in hidden]
        out = io.StringIO()
        writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n" if fmt == "csv" else "\n",
                            quoting=csv.QUOTE_MINIMAL if fmt == "csv" else csv.QUOTE_NONE, escapechar=None if fmt == "csv" else "\\")
        for row in rows:
            writer.writerow([row[i] for i in keep if i < len(row)])
        return out.getvalue()
    namespace = "{http://www.w3.org/2005/sparql-results#}"
    ElementTree.register_namespace("", namespace.strip("{}"))
    root = ElementTree.fromstring(text)
    head = root.find(namespace + "head")
    for variable in list(head):
        if variable.get("name") in hidden:
            head.remove(variable)
    for result in root.iter(namespace + "result"):
        for binding in list(result):
            if binding.get("name") in hidden:
                result.remove(binding)
    return ElementTree.tostring(root, encoding="unicode", xml_declaration=True)


def _cell(term) -> str:
    if term is None:
        return ""
    return term.value
