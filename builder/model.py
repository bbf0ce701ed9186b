"""The plain data passed between pipeline stages.

Stages before ``map`` know nothing of RDF and stages after it nothing of spaCy: these
frozen dataclasses are the whole contract between them. Offsets are Python string
indices (Unicode code points) into ``Source.text``, end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

#: Membership statuses a source can state (see FACTS-FORMAT.md).
MEMBERSHIP_STATUSES = ("member", "leaving", "left", "joining", "joined", "suspended", "frozen")
#: Statuses under which a state still counts as listed among an organisation's members.
LISTED_STATUSES = ("member", "leaving", "joined", "suspended", "frozen")
#: Event types (see FACTS-FORMAT.md).
EVENT_TYPES = (
    "withdrawal", "accession", "announcement", "military_exercise", "attack",
    "agreement", "protest", "statement", "other",
)
#: Entity kinds, the first word of an entity key ("state/armenia").
ENTITY_KINDS = ("person", "state", "org", "city", "region", "place")


@dataclass(frozen=True)
class Source:
    """One article as read from disk, before any cleaning."""

    name: str  # file name, unique within a build ("001_b3ba5b312ea64dc1.txt")
    text: str
    sha256: str
    title: str
    published: date | None = None
    url: str | None = None
    outlet: str | None = None

    @property
    def stem(self) -> str:
        return self.name.rsplit(".", 1)[0]


@dataclass(frozen=True)
class Span:
    """A run of characters of a source's text."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])


@dataclass(frozen=True)
class Article:
    """A source split into the article proper and the site furniture around it."""

    source: Source
    body: tuple[Span, ...]  # paragraphs or lines that belong to the article
    boilerplate: tuple[Span, ...]  # lines that do not ("Leave a Reply", teasers)


@dataclass(frozen=True)
class Entity:
    """Something the article names, with the surface forms it uses for it.

    ``key`` is kind/slug ("state/armenia", "person/nikol-pashinyan"); entities from the
    reference graph keep the reference key, so the same state is one entity everywhere.
    """

    key: str
    kind: str
    name: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()
    wikidata: str | None = None
    org_kind: str | None = None
    nationality: str | None = None  # key of a state
    merged: tuple[tuple[str, str], ...] = ()  # (surface form, why it names this entity) for each form that is not one of its names


@dataclass(frozen=True)
class Membership:
    member: str  # entity key
    organization: str  # entity key
    status: str
    evidence: Span
    date: str | None = None  # when the sentence says it held: YYYY-MM-DD, YYYY-MM or YYYY
    confidence: float | None = None  # the membership model's probability, for a membership only it read; None for a statement form's


@dataclass(frozen=True)
class Leadership:
    leader: str
    organization: str
    evidence: Span


@dataclass(frozen=True)
class Role:
    person: str
    title: str  # "Prime Minister"
    of: str | None  # entity key of the state or organisation, if the text says whose
    evidence: Span
    to: str | None = None  # the state or body a diplomat is posted to: "Ambassador to Germany"
    guessed: bool = False  # the text does not say whose post it is: ``of`` is the state or body nearest, or none


@dataclass(frozen=True)
class Event:
    type: str
    evidence: Span
    agents: tuple[str, ...] = ()
    organization: str | None = None
    place: str | None = None
    date: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    negated: bool = False


@dataclass(frozen=True)
class Quote:
    speaker: str | None  # entity key
    text: str
    evidence: Span  # the quoted words, without the marks


@dataclass(frozen=True)
class Facts:
    """Everything extracted from one source."""

    source: Source
    entities: tuple[Entity, ...] = ()
    memberships: tuple[Membership, ...] = ()
    leaderships: tuple[Leadership, ...] = ()
    roles: tuple[Role, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    boilerplate: tuple[Span, ...] = field(default=())

    def entity(self, key: str) -> Entity | None:
        return next((e for e in self.entities if e.key == key), None)
