"""The whole flow: read, clean, annotate, extract, resolve, map, validate, store.

Each stage is one module with one main function; this module only strings them together
and reports progress through a callback, so the library never prints.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from rdflib.compare import to_canonical_graph
from spacy.language import Language

from . import resources
from .annotate import annotate, build_pipeline
from .clean import clean
from .extract import extract
from .errors import InputError
from .map import METADATA_GRAPH, ONTOLOGY_GRAPH, REFERENCE_GRAPH, map_build, map_facts, map_metadata
from .model import Facts, Source
from .nlp_model import SHIPPED_MODEL
from .query import read_query, run
from .read import read_sources
from .reference import Reference, load_reference
from .resolve import resolve
from .store import graph_quads, open_store, replace_graphs
from .validate import ValidationReport, validate_graph


@dataclass
class BuildSummary:
    sources: int = 0
    entities: Counter = field(default_factory=Counter)
    facts: Counter = field(default_factory=Counter)
    triples: int = 0
    reports: dict[str, ValidationReport] = field(default_factory=dict)

    @property
    def conforms(self) -> bool:
        return all(r.conforms for r in self.reports.values())


def extract_sources(sources: list[Source], nlp: Language, reference: Reference, progress: Callable[[str], None]) -> list[Facts]:
    """Read each source into Facts (stages clean to extract) with the annotate pipeline ``nlp``."""
    batch = []
    for number, source in enumerate(sources, 1):
        article = clean(source)
        facts = extract(article, annotate(article, nlp), reference)
        progress(f"[{number}/{len(sources)}] {source.name}: {len(facts.entities)} entities, "
                 f"{len(facts.memberships) + len(facts.roles) + len(facts.events) + len(facts.quotes) + len(facts.leaderships)} facts")
        batch.append(facts)
    return batch


def build(paths: Iterable[str | Path], store_dir: Path, progress: Callable[[str], None] = lambda _: None, *, model: str | Path | None = SHIPPED_MODEL) -> BuildSummary:
    """Build the named sources into the store, replacing exactly their graphs.

    ``model`` is the trained spaCy pipeline under the rules (newskg's own by default, any
    installed one by name or folder); ``None`` runs the rules alone.
    """
    sources = read_sources(paths)  # every input is checked before anything is written
    started = build_time()
    reference = load_reference()
    nlp = build_pipeline(reference, model=model)
    batch = extract_sources(sources, nlp, reference, progress)
    known = _known_people(store_dir)
    batch = resolve(batch, known)
    summary = BuildSummary(sources=len(batch))
    graphs: dict[str, list] = {}
    metadata = Graph(identifier=METADATA_GRAPH)
    for facts in batch:
        source_graph = map_facts(facts)
        meta = map_metadata(facts.source)
        report = validate_graph(source_graph + meta)
        summary.reports[facts.source.name] = report
        progress(f"SHACL {facts.source.name}: {'conforms' if report.conforms else f'{len(report.problems)} violation(s)'}")
        graphs[str(source_graph.identifier)] = graph_quads(source_graph, str(source_graph.identifier))
        metadata += meta
        summary.triples += len(source_graph)
        for entity in facts.entities:
            summary.entities[entity.kind] += 1
        summary.facts.update(
            membership=len(facts.memberships), leadership=len(facts.leaderships), role=len(facts.roles),
            event=len(facts.events), quote=len(facts.quotes))
    pipeline = None if model is None else (f"{nlp.meta['lang']}_{nlp.meta['name']}", nlp.meta["version"])
    metadata += map_build([f.source for f in batch], started=started, ended=build_time(), pipeline=pipeline)
    graphs[str(METADATA_GRAPH)] = _merged_metadata(store_dir, metadata, {str(g) for g in graphs})
    graphs[str(REFERENCE_GRAPH)] = graph_quads(Graph().parse(resources.REFERENCE), str(REFERENCE_GRAPH))
    # canonical blank node labels (the ontology's restrictions and lists): the same bytes every build
    graphs[str(ONTOLOGY_GRAPH)] = graph_quads(to_canonical_graph(Graph().parse(resources.ONTOLOGY)), str(ONTOLOGY_GRAPH))
    replace_graphs(store_dir, graphs)
    return summary


def _known_people(store_dir: Path) -> list[tuple[str, str]]:
    if not Path(store_dir).is_dir():
        return []
    store = open_store(store_dir)
    rows = run(read_query(resources.INTERNAL_QUERIES / "known-people.rq"), store)
    people = [(row["person"].value.rsplit("/id/", 1)[-1], row["name"].value) for row in rows]
    del store
    return people


def _merged_metadata(store_dir: Path, metadata: Graph, rebuilt_graphs: set[str]) -> list:
    """The metadata graph: what this build says of its sources, plus what the store said of
    the others (their descriptions, and the builds and software that made their graphs)."""
    quads = graph_quads(metadata, str(METADATA_GRAPH))
    if not Path(store_dir).is_dir():
        return quads
    store = open_store(store_dir)
    rows = list(run(read_query(resources.INTERNAL_QUERIES / "graphs.rq"), store))
    rebuilt = {node for row in rows if row["graph"].value in rebuilt_graphs for node in (row["source"], row["graph"])}
    old = list(store.quads_for_pattern(None, None, None, ox.NamedNode(str(METADATA_GRAPH))))
    del store
    by_subject: dict = {}
    for quad in old:
        by_subject.setdefault(quad.subject, []).append(quad)
    todo = [node for row in rows if row["graph"].value not in rebuilt_graphs for node in (row["source"], row["graph"])]
    seen = rebuilt | set(todo)
    while todo:  # everything the kept sources and graphs lead to: their builds, the software
        for quad in by_subject.get(todo.pop(), ()):
            quads.append(quad)
            if quad.object in by_subject and quad.object not in seen:
                seen.add(quad.object)
                todo.append(quad.object)
    return quads


def build_time() -> datetime:
    """Now, or ``SOURCE_DATE_EPOCH`` when set (reproducible-builds.org), so that a rebuild of
    the same articles can give the same bytes."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None:
        return datetime.now(timezone.utc).replace(microsecond=0)
    try:
        return datetime.fromtimestamp(int(epoch), timezone.utc)
    except ValueError:
        raise InputError(f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds since 1970") from None
