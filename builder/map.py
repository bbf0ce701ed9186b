"""Stage 6, map: :class:`Facts` to RDF, one named graph per source.

Everything here is deterministic: entity IRIs are readable keys under ``ID``, fact IRIs
hash the source and the fact, span IRIs give their character range (RFC 5147 style), and
no timestamps are written, so the same input always gives the same triples.
"""

from __future__ import annotations

import hashlib
from urllib.parse import quote

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SDO

from .model import Facts, Source, Span
from .vocab import DCTERMS, GRAPH, ID, NIF, NKG, OWL, RDF, RDFS, SKOS, WD, XSD

ENTITY_CLASS = {"person": NKG.Person, "state": NKG.State, "org": NKG.Organization, "city": NKG.City, "region": NKG.Region, "place": NKG.Place}
METADATA_GRAPH = GRAPH["metadata"]
REFERENCE_GRAPH = GRAPH["reference"]


def source_iri(source: Source) -> URIRef:
    return ID["source/" + _segment(source.stem)]


def graph_iri(source: Source) -> URIRef:
    """The named graph holding everything extracted from ``source``."""
    return GRAPH[_segment(source.stem)]


def entity_iri(key: str) -> URIRef:
    return ID[key]


def _segment(text: str) -> str:
    return quote(text, safe="-._~")


def map_metadata(source: Source) -> Graph:
    """The source's description, for the metadata graph."""
    graph = Graph(identifier=METADATA_GRAPH)
    node = source_iri(source)
    graph.add((node, RDF.type, NKG.Source))
    graph.add((node, NKG.fileName, Literal(source.name)))
    graph.add((node, DCTERMS.title, Literal(source.title)))
    graph.add((node, NKG.sha256, Literal(source.sha256)))
    graph.add((node, NKG.graph, graph_iri(source)))
    if source.published:
        graph.add((node, DCTERMS.issued, Literal(source.published.isoformat(), datatype=XSD.date)))
    if source.url:
        graph.add((node, SDO.url, Literal(source.url, datatype=XSD.anyURI)))
    if source.outlet:
        graph.add((node, NKG.outlet, Literal(source.outlet)))
    return graph


def map_facts(facts: Facts) -> Graph:
    """The source's named graph: its entities, mentions, facts and evidence spans."""
    source = facts.source
    graph = Graph(identifier=graph_iri(source))
    src = source_iri(source)
    names = {e.key: e.name for e in facts.entities}

    def span(s: Span, cls: URIRef = NKG.TextSpan) -> URIRef:
        node = ID[f"text/{_segment(source.stem)}#char={s.start},{s.end}"]
        graph.add((node, RDF.type, cls))
        graph.add((node, NIF.beginIndex, Literal(s.start, datatype=XSD.integer)))
        graph.add((node, NIF.endIndex, Literal(s.end, datatype=XSD.integer)))
        graph.add((node, NIF.anchorOf, Literal(s.text)))
        graph.add((node, NKG.inSource, src))
        return node

    def fact(cls: URIRef, kind: str, evidence: Span, *identity: object) -> URIRef:
        digest = hashlib.sha1("|".join(map(str, (kind, evidence.start, evidence.end) + identity)).encode()).hexdigest()[:12]
        node = ID[f"fact/{_segment(source.stem)}/{kind}-{digest}"]
        graph.add((node, RDF.type, cls))
        graph.add((node, NKG.statedIn, src))
        graph.add((node, NKG.evidence, span(evidence)))
        return node

    for entity in facts.entities:
        node = entity_iri(entity.key)
        graph.add((node, RDF.type, ENTITY_CLASS[entity.kind]))
        graph.add((node, SKOS.prefLabel, Literal(entity.name, lang="en")))
        for alias in entity.aliases:
            if alias != entity.name:
                graph.add((node, SKOS.altLabel, Literal(alias, lang="en")))
        if entity.wikidata:
            graph.add((node, OWL.sameAs, WD[entity.wikidata]))
        if entity.org_kind:
            graph.add((node, NKG.orgKind, Literal(entity.org_kind)))
        if entity.nationality:
            graph.add((node, NKG.nationality, entity_iri(entity.nationality)))
        for mention in entity.mentions:
            graph.add((span(mention, NKG.Mention), NKG.denotes, node))

    for m in facts.memberships:
        node = fact(NKG.Membership, "membership", m.evidence, m.member, m.organization)
        graph.add((node, NKG.member, entity_iri(m.member)))
        graph.add((node, NKG.organization, entity_iri(m.organization)))
        graph.add((node, NKG.status, Literal(m.status)))
    for lead in facts.leaderships:
        node = fact(NKG.Leadership, "leadership", lead.evidence, lead.leader, lead.organization)
        graph.add((node, NKG.leader, entity_iri(lead.leader)))
        graph.add((node, NKG.organization, entity_iri(lead.organization)))
    for role in facts.roles:
        node = fact(NKG.RoleAssignment, "role", role.evidence, role.person, role.title, role.of)
        graph.add((node, NKG.person, entity_iri(role.person)))
        graph.add((node, NKG.roleTitle, Literal(role.title)))
        label = f"{role.title} of {names[role.of]}" if role.of else role.title
        graph.add((node, RDFS.label, Literal(label, lang="en")))
        if role.of:
            graph.add((node, NKG.roleOf, entity_iri(role.of)))
    for event in facts.events:
        node = fact(NKG.Event, "event", event.evidence, event.type, event.organization, *event.agents)
        graph.add((node, NKG.eventType, Literal(event.type)))
        for agent in event.agents:
            graph.add((node, NKG.agent, entity_iri(agent)))
        if event.organization:
            graph.add((node, NKG.organization, entity_iri(event.organization)))
        if event.place:
            graph.add((node, NKG.place, entity_iri(event.place)))
        if event.date:
            datatype = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}[len(event.date)]
            graph.add((node, NKG.date, Literal(event.date, datatype=datatype)))
    for q in facts.quotes:
        node = fact(NKG.Quote, "quote", q.evidence, q.speaker)
        graph.add((node, NKG.quoteText, Literal(q.text)))
        if q.speaker:
            graph.add((node, NKG.speaker, entity_iri(q.speaker)))
    for furniture in facts.boilerplate:
        graph.add((span(furniture), NKG.isBoilerplate, Literal(True)))
    return graph
