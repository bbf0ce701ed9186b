"""Stage 7, validate: SHACL (pyshacl) against ``ontology/shapes.ttl``, and the evidence.

The ontology is passed as pySHACL's ``ont_graph`` so that ``sh:class`` sees subclasses
(a State is an Entity) without running inference over the data. That every text span's
offsets cut exactly its text out of its source's text is checked here in Python: as a
SHACL-SPARQL constraint it took pySHACL 20 s for the five seeds, this takes milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox
from pyshacl import validate as shacl_validate
from rdflib import Graph, Namespace

from . import resources
from .vocab import GRAPH, NIF

#: Graphs that are not data built from articles: the reference data has its own checks, and
#: the shapes describe what the builder asserts, not what OWL RL entails from it.
NOT_VALIDATED = {GRAPH['ontology'], GRAPH['reference'], GRAPH['inferred']}

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    problems: tuple[str, ...]  # one readable line per violation
    turtle: str  # the full SHACL report graph

    def text(self) -> str:
        if self.conforms:
            return "SHACL: conforms"
        return "SHACL: %d violation(s)\n%s" % (len(self.problems), "\n".join("  - " + p for p in self.problems))


@lru_cache(maxsize=1)
def _shapes() -> Graph:
    return Graph().parse(resources.SHAPES, format="turtle")


@lru_cache(maxsize=1)
def _ontology() -> Graph:
    return Graph().parse(resources.ONTOLOGY, format="turtle")


def validate_graph(data: Graph, *, inplace: bool = False) -> ValidationReport:
    """Validate one graph (a source graph merged with its metadata, or any data graph);
    ``inplace`` lets pySHACL mix the ontology into ``data`` instead of copying it first."""
    conforms, report, _ = shacl_validate(
        data, shacl_graph=_shapes(), ont_graph=_ontology(), inference="none", allow_warnings=True, inplace=inplace
    )
    problems = sorted(_describe(report, result) for result in report.subjects(SH.resultSeverity, SH.Violation))
    misplaced = span_problems(data)
    return ValidationReport(bool(conforms) and not misplaced, tuple(problems + misplaced), report.serialize(format="turtle"))


def span_problems(data: Graph) -> list[str]:
    """One line for each text span whose ``nif:anchorOf`` is not the characters from its
    ``nif:beginIndex`` to its ``nif:endIndex`` in its ``nif:referenceContext``'s string."""
    problems = []
    for span, context in data.subject_objects(NIF.referenceContext):
        text, anchor = data.value(context, NIF.isString), data.value(span, NIF.anchorOf)
        begin, end = data.value(span, NIF.beginIndex), data.value(span, NIF.endIndex)
        if None in (text, anchor, begin, end):
            continue  # the shapes report what is missing
        covered = str(text)[int(begin):int(end)]
        if covered != str(anchor):
            problems.append(f"{span}: its text {str(anchor)!r} is not what its offsets cover in its source ({covered!r})")
    return sorted(problems)


def _describe(report: Graph, result) -> str:
    focus = report.value(result, SH.focusNode)
    path = report.value(result, SH.resultPath)
    message = report.value(result, SH.resultMessage)
    value = report.value(result, SH.value)
    where = f"{focus}" + (f" {_short(path)}" if path is not None else "")
    return f"{where}: {message}" + (f" (value: {value})" if value is not None else "")


def _short(term) -> str:
    text = str(term)
    return text.rsplit("#", 1)[-1] if "#" in text else text.rsplit("/", 1)[-1]


def validate_store(store: ox.Store) -> ValidationReport:
    """Validate everything built from articles (all source graphs and the metadata) at once."""
    skip = {ox.NamedNode(str(g)) for g in NOT_VALIDATED}
    triples = (q.triple for q in store if q.graph_name not in skip)
    data = Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    return validate_graph(data, inplace=True)  # the graph is ours and thrown away: no copy
