"""RDF namespaces. Python code names ontology terms only through these classes.

``NKG`` mirrors ``ontology/newskg.ttl`` term for term (a test keeps them in step), so a
misspelt term is an ``AttributeError`` at import time rather than a silent new IRI.
"""

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, VOID, XSD, DefinedNamespace

__all__ = ["NKG", "NIF", "WD", "ID", "GRAPH", "FORMATS", "DCTERMS", "OWL", "PROV", "RDF", "RDFS", "SKOS", "VOID", "XSD"]


class NKG(DefinedNamespace):
    """The newskg ontology."""

    _NS = Namespace("https://w3id.org/newskg/ontology#")
    _fail = True

    # classes
    Entity: URIRef
    Person: URIRef
    State: URIRef
    Organization: URIRef
    InternationalOrganization: URIRef
    RegionalOrganization: URIRef
    EconomicUnion: URIRef
    MilitaryAlliance: URIRef
    Court: URIRef
    GovernmentBody: URIRef
    PoliticalParty: URIRef
    Company: URIRef
    NewsOrganization: URIRef
    Place: URIRef
    City: URIRef
    Region: URIRef
    Post: URIRef
    Source: URIRef
    SourceGraph: URIRef
    Build: URIRef
    Text: URIRef
    TextSpan: URIRef
    Mention: URIRef
    Fact: URIRef
    Membership: URIRef
    Leadership: URIRef
    RoleAssignment: URIRef
    Event: URIRef
    Withdrawal: URIRef
    Accession: URIRef
    Announcement: URIRef
    MilitaryExercise: URIRef
    Attack: URIRef
    Agreement: URIRef
    Protest: URIRef
    Statement: URIRef
    OtherEvent: URIRef
    Quote: URIRef
    # properties
    fileName: URIRef
    sha256: URIRef
    outlet: URIRef
    graph: URIRef
    text: URIRef
    inSource: URIRef
    denotes: URIRef
    mentionedBy: URIRef
    isBoilerplate: URIRef
    acronym: URIRef
    demonym: URIRef
    metonym: URIRef
    iso2: URIRef
    iso3: URIRef
    capital: URIRef
    capitalOf: URIRef
    orgKind: URIRef
    hasMemberState: URIRef
    memberStateOf: URIRef
    nationality: URIRef
    roleTitle: URIRef
    postIn: URIRef
    accreditedTo: URIRef
    statedIn: URIRef
    evidence: URIRef
    evidenceFor: URIRef
    member: URIRef
    organization: URIRef
    status: URIRef
    confidence: URIRef
    linkReason: URIRef
    leader: URIRef
    person: URIRef
    post: URIRef
    eventType: URIRef
    agent: URIRef
    place: URIRef
    date: URIRef
    speaker: URIRef
    quoteText: URIRef


class NIF(DefinedNamespace):
    """The parts of NIF 2.0 core used for text spans."""

    _NS = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    _fail = True

    Context: URIRef
    String: URIRef
    OffsetBasedString: URIRef
    isString: URIRef
    referenceContext: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    anchorOf: URIRef


#: Wikidata entities, the target of owl:sameAs links.
WD = Namespace("http://www.wikidata.org/entity/")
#: Instance IRIs: entities (``ID["state/armenia"]``), sources, facts, spans.
ID = Namespace("https://w3id.org/newskg/id/")
#: Named graphs: one per source, plus the metadata and reference graphs.
GRAPH = Namespace("https://w3id.org/newskg/graph/")
#: W3C unique URIs for RDF serialisation formats (``FORMATS.TriG``, ``FORMATS["N-Quads"]``), for void:feature.
FORMATS = Namespace("http://www.w3.org/ns/formats/")
