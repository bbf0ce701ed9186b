"""Generated datasets of realistic shape: many sources of known size, without any NLP.

The benchmarks (SHACL validation, storage) and the reasoning tests need graphs far larger
than the five seeds, built fast and identically every time. This module writes synthetic
articles sentence by sentence from the real reference entities (states, organisations,
cities, regions, with their Wikidata ids and kinds) and generated people, and records each
fact with the exact offsets of its evidence, as the extract stage would. It produces only
:class:`~builder.model.Facts`; the RDF comes from ``map_facts``/``map_metadata``, so the
generated graphs follow whatever the mapping and the ontology currently are.
"""

from __future__ import annotations

import hashlib
import random
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from rdflib import Graph

from .map import METADATA_GRAPH, map_build, map_facts, map_metadata
from .model import EVENT_TYPES, MEMBERSHIP_STATUSES, Entity, Event, Facts, Leadership, Membership, Quote, Role, Source, Span
from .reference import Reference, load_reference
from .slug import slugify
from .store import graph_quads

#: The fixed build time of every generated dataset, so the same seed gives the same bytes.
GENERATED_AT = datetime(2026, 1, 1, tzinfo=timezone.utc)
#: Organisations that have member states (not news outlets, UN bodies or EU institutions).
MEMBER_ORG_KINDS = {
    "regional organization", "military alliance", "economic union", "trade bloc", "intergovernmental forum",
    "international organization", "political and economic union", "commodity cartel", "financial institution",
    "intelligence alliance", "court",
}
FIRST_NAMES = (
    "Anna", "Nikol", "Maria", "Ali", "Olena", "Kassym", "Sadyr", "Emomali", "Aleksandr", "Ilham", "Fatima",
    "Jean", "Amina", "Ibrahim", "Mahamat", "Chen", "Keiko", "Ravi", "Lucia", "Tomas", "Ingrid", "Kwame",
    "Nadia", "Omar", "Sofia", "Viktor", "Yuki", "Zainab", "Pedro", "Leila", "Mikhail", "Aisha",
)
SURNAMES = (
    "Petrova", "Grigoryan", "Tokayev", "Japarov", "Rahmon", "Lukashenko", "Aliyev", "Traore", "Diallo",
    "Ouedraogo", "Deby", "Wang", "Tanaka", "Sharma", "Fernandez", "Novak", "Larsen", "Mensah", "Haddad",
    "Kovalenko", "Sato", "Bello", "Silva", "Nasser", "Ivanov", "Okafor", "Moreau", "Schmidt", "Kaya", "Hossain",
)
TITLES = ("President", "Prime Minister", "Foreign Minister", "Defence Minister", "Ambassador", "Deputy Prime Minister")
PREDICATES = (
    "spoke to reporters after the meeting.", "called for calm.", "defended the decision.",
    "warned against escalation.", "met counterparts on the sidelines of the summit.",
    "did not comment on the timing.",
)
QUOTES = (
    "We will leave. We will decide when", "Our security cannot depend on partners who do not keep their word",
    "This decision was not taken lightly", "The alliance has failed to meet its obligations",
    "We remain open to dialogue with all our neighbours", "Nobody can tell us which bloc to join",
    "The door is open, but the conditions have not changed", "We expect a clear answer by the end of the year",
    "This is a historic day for our country", "Sanctions will not change our course",
)
STATUS_SENTENCES = {
    "member": ("", " is a member of the ", "."),
    "leaving": ("", " is leaving the ", "."),
    "left": ("", " left the ", "."),
    "joining": ("", " is set to join the ", "."),
    "joined": ("", " joined the ", "."),
    "suspended": ("The membership of ", " in the ", " has been suspended."),
    "frozen": ("", " has frozen its participation in the ", "."),
}
FURNITURE = ("Leave a Reply", "Share this article", "Subscribe to our newsletter", "Read more: world news")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


@dataclass(frozen=True)
class _Pools:
    """The reference entities to draw from, by the part they play in an article."""

    states: list[str]
    orgs: list[str]  # those with member states
    cities: list[str]
    regions: list[str]
    capitals: dict[str, str]  # state key: city key
    outlets: list[str]

    @classmethod
    def of(cls, reference: Reference) -> _Pools:
        entities = sorted(reference.entities.values(), key=lambda e: e.key)
        keys = lambda kind: [e.key for e in entities if e.kind == kind]
        return cls(
            states=keys("state"), orgs=[e.key for e in entities if e.kind == "org" and e.org_kind in MEMBER_ORG_KINDS],
            cities=keys("city"), regions=keys("region"),
            capitals={e.capital_of: e.key for e in entities if e.kind == "city" and e.capital_of},
            outlets=[e.name for e in entities if e.org_kind == "news media"],
        )


@dataclass(frozen=True)
class _Person:
    key: str
    name: str
    surname: str
    nationality: str  # key of a state
    title: str


class _Text:
    """An article written piece by piece, keeping the span of every piece and every mention."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.mentions: dict[str, list[Span]] = defaultdict(list)
        self.forms: dict[str, dict[str, None]] = defaultdict(dict)

    def write(self, piece: str) -> Span:
        start, self.length = self.length, self.length + len(piece)
        self.parts.append(piece)
        return Span(start, self.length, piece)

    def sentence(self, *pieces: str | tuple[str, str]) -> tuple[Span, list[Span]]:
        """Write a sentence of text pieces and (key, surface) mentions; its span and theirs."""
        if self.parts and not self.parts[-1].endswith("\n"):
            self.write(" ")
        first, spans = len(self.parts), []
        for piece in pieces:
            if isinstance(piece, tuple):
                key, surface = piece
                spans.append(self.write(surface))
                self.mentions[key].append(spans[-1])
                self.forms[key][surface] = None
            else:
                spans.append(self.write(piece))
        return Span(spans[0].start, self.length, "".join(self.parts[first:])), spans

    def text(self) -> str:
        return "".join(self.parts)


class _Writer:
    """Renders the planned sentences of one source into its text and Facts."""

    def __init__(self, reference: Reference, people: dict[str, _Person]) -> None:
        self.reference, self.people = reference, people
        self.out = _Text()
        self.facts: dict[str, list] = defaultdict(list)
        self.body = 0  # where the text after the headline begins

    def seen(self, key: str) -> bool:
        return any(span.start >= self.body for span in self.out.mentions.get(key, ()))

    def name(self, key: str) -> tuple[str, str]:
        """The surface form for ``key``: full name first, then acronym or surname, as articles do."""
        seen = self.seen(key)
        if key.startswith("person/"):
            person = self.people[key]
            return key, person.surname if seen else person.name
        ref = self.reference.entities[key]
        if ref.kind == "org" and ref.acronyms and seen:
            return key, ref.acronyms[0]
        return key, ref.name

    def org_first(self, key: str) -> tuple:
        """An organisation as "Name (ACR)" the first time it is named, its short name after."""
        ref = self.reference.entities[key]
        if self.seen(key) or not ref.acronyms or ref.acronyms[0] == ref.name:
            return (self.name(key),)
        return (key, ref.name), " (", (key, ref.acronyms[0]), ")"

    def title(self, state: str, org: str, status: str) -> None:
        ref = self.reference.entities[org]
        short = (org, ref.acronyms[0] if ref.acronyms else ref.name)
        verb = {"member": "stays in", "leaving": "to leave", "left": "quits", "joining": "to join",
                "joined": "joins", "suspended": "suspended from", "frozen": "freezes ties with"}[status]
        self.out.sentence((state, self.reference.entities[state].name), f" {verb} ", short)
        self.body = self.out.write("\n").end

    def members(self, org: str, states: list[str]) -> None:
        pieces: list = ["Members of the ", *self.org_first(org), " include "]
        for i, state in enumerate(states):
            pieces += [", " if 0 < i < len(states) - 1 else " and " if i else "", self.name(state)]
        evidence, _ = self.out.sentence(*[p for p in pieces if p], ".")
        self.facts["memberships"] += [Membership(state, org, "member", evidence) for state in states]

    def status(self, state: str, org: str, status: str, when: str | None) -> None:
        before, middle, after = STATUS_SENTENCES[status]
        pieces = [before, self.name(state), middle, *self.org_first(org), " " + _date_words(when) if when else "", after]
        evidence, _ = self.out.sentence(*[p for p in pieces if p])
        self.facts["memberships"].append(Membership(state, org, status, evidence, when))

    def leadership(self, state: str, org: str) -> None:
        evidence, _ = self.out.sentence("The ", *self.org_first(org), " is led by ", self.name(state), ".")
        self.facts["leaderships"].append(Leadership(state, org, evidence))

    def role(self, person: str, predicate: str, quote: str | None) -> None:
        p = self.people[person]
        pieces = [f"{p.title} ", self.name(person), " of ", self.name(p.nationality)]
        if quote is None:
            evidence, _ = self.out.sentence(*pieces, " " + predicate)
        else:
            evidence, spans = self.out.sentence(*pieces, " said: “", quote, ".”")
            self.facts["quotes"].append(Quote(person, quote, spans[-2]))
        self.facts["roles"].append(Role(person, p.title, p.nationality, evidence))

    def spokesperson(self, person: str, quote: str) -> None:
        evidence, spans = self.out.sentence("“", quote, ",” spokesperson ", self.name(person), " told reporters.")
        self.facts["roles"].append(Role(person, "spokesperson", None, evidence))
        self.facts["quotes"].append(Quote(person, quote, spans[1]))

    def quote(self, person: str, quote: str) -> None:
        _, spans = self.out.sentence("“", quote, ",” ", self.name(person), " said.")
        self.facts["quotes"].append(Quote(person, quote, spans[1]))

    def event(self, kind: str, a: str, b: str, org: str, city: str, region: str, person: str, when: str | None) -> None:
        on = [" " + _date_words(when)] if when else []
        org_name = self.org_first(org)
        pieces, agents, organization, place = {
            "withdrawal": lambda: ([self.name(a), " announced its withdrawal from the ", *org_name, *on, "."], (a,), org, None),
            "accession": lambda: ([self.name(a), " joined the ", *org_name, *on, "."], (a,), org, None),
            "announcement": lambda: ([self.name(person), " announced", *on, " that ", self.name(a), " would host the next ",
                                      *org_name, " summit."], (person,), org, None),
            "military_exercise": lambda: (["Troops from ", self.name(a), " and ", self.name(b), " held joint ", *org_name,
                                           " exercises near ", self.name(city), *on, "."], (a, b), org, city),
            "attack": lambda: (["Forces of ", self.name(a), " attacked positions in ", self.name(region), *on, "."], (a,), None, region),
            "agreement": lambda: ([self.name(a), " and ", self.name(b), " signed a cooperation agreement in ", self.name(city),
                                   *on, "."], (a, b), None, city),
            "protest": lambda: (["Thousands of people protested against the ", *org_name, " in ", self.name(city), *on, "."],
                                (), org, city),
            "statement": lambda: (["The ", *org_name, " said in a statement", *on, " that it regretted the decision."], (), org, None),
            "other": lambda: ([self.name(a), " hosted a meeting of the ", *org_name, " in ", self.name(city), *on, "."], (a,), org, city),
        }[kind]()
        evidence, _ = self.out.sentence(*pieces)
        self.facts["events"].append(Event(kind, evidence, agents, organization, place, when))

    def furniture(self, line: str) -> None:
        self.out.write("\n")
        self.facts["boilerplate"].append(self.out.write(line))

    def result(self, source: Source) -> Facts:
        f = self.facts
        keys = set(self.out.mentions) | {m.member for m in f["memberships"]} | {m.organization for m in f["memberships"]}
        keys |= {x.leader for x in f["leaderships"]} | {x.organization for x in f["leaderships"]}
        keys |= {r.person for r in f["roles"]} | {r.of for r in f["roles"] if r.of} | {q.speaker for q in f["quotes"]}
        for event in f["events"]:
            keys |= set(event.agents) | {k for k in (event.organization, event.place) if k}
        keys |= {self.people[k].nationality for k in keys if k.startswith("person/")}
        return Facts(
            source=source,
            entities=tuple(self._entity(key) for key in sorted(keys)),
            **{name: tuple(facts) for name, facts in self.facts.items()},
        )

    def _entity(self, key: str) -> Entity:
        aliases, mentions = tuple(self.out.forms.get(key, {})), tuple(self.out.mentions.get(key, ()))
        if key.startswith("person/"):
            p = self.people[key]
            return Entity(key, "person", p.name, aliases, mentions, nationality=p.nationality)
        ref = self.reference.entities[key]
        return Entity(key, ref.kind, ref.name, aliases, mentions, wikidata=ref.wikidata, org_kind=ref.org_kind)


def _date_words(when: str) -> str:
    parts = [int(p) for p in when.split("-")]
    if len(parts) == 3:
        return f"on {parts[2]} {MONTHS[parts[1] - 1]} {parts[0]}"
    return f"in {MONTHS[parts[1] - 1]} {parts[0]}" if len(parts) == 2 else f"in {parts[0]}"


def _people(rng: random.Random, states: list[str], count: int = 400) -> dict[str, _Person]:
    """A fixed cast, so that the same people recur across sources with one nationality each."""
    people: dict[str, _Person] = {}
    while len(people) < count:
        first, last = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
        key = "person/" + slugify(f"{first} {last}")
        people.setdefault(key, _Person(key, f"{first} {last}", last, rng.choice(states), rng.choice(TITLES)))
    return people


def _plan(rng: random.Random, pools: _Pools, people: dict[str, _Person], published: date) -> tuple[list, list]:
    """The sentences of one source, as (writer method, arguments), all drawn before any is
    written, so that the last source can be cut short without changing what it says."""
    org = rng.choice(pools.orgs)
    members = rng.sample(pools.states, rng.randint(3, 8))
    cast = rng.sample(sorted(people), rng.randint(1, 4))

    def when() -> str | None:
        day = published - timedelta(days=rng.randint(0, 700))
        return rng.choices([day.isoformat(), day.isoformat()[:7], day.isoformat()[:4], None], [6, 3, 1, 1])[0]

    def status(state: str, org: str) -> tuple:
        status = rng.choice(MEMBERSHIP_STATUSES)  # a date only where the sentence can carry one
        return "status", state, org, status, when() if status in ("left", "joined") and rng.random() < 0.5 else None

    headline = status(members[0], org)
    plan: list = [("title", members[0], org, headline[3]), ("members", org, members[1:]), headline]
    plan += [status(s, rng.choice(pools.orgs)) for s in rng.sample(pools.states, rng.randint(0, 3))]
    if rng.random() < 0.4:
        plan.append(("leadership", rng.choice(members), org))
    for person in cast:
        if rng.random() < 0.2:
            plan.append(("spokesperson", person, rng.choice(QUOTES)))
        else:
            plan.append(("role", person, rng.choice(PREDICATES), rng.choice(QUOTES) if rng.random() < 0.5 else None))
    for kind in rng.sample(EVENT_TYPES, rng.randint(1, 5)):
        a, b = rng.sample(members, 2)
        city = pools.capitals.get(a) or rng.choice(pools.cities)
        other_org = rng.choice([org, rng.choice(pools.orgs)])
        plan.append(("event", kind, a, b, other_org, city, rng.choice(pools.regions), rng.choice(cast), when()))
    plan += [("quote", person, rng.choice(QUOTES)) for person in rng.sample(cast, rng.randint(0, len(cast)))]
    furniture = rng.sample(FURNITURE, rng.randint(0, 2))
    return plan, furniture


def _render(number: int, plan: list, furniture: list[str], published: date, outlet: str,
            reference: Reference, people: dict[str, _Person]) -> Facts:
    writer = _Writer(reference, people)
    title = None
    for number_in_plan, (method, *args) in enumerate(plan):
        getattr(writer, method)(*args)
        if method == "title":
            title = writer.out.text().strip()
        elif number_in_plan % 3 == 0:
            writer.out.write("\n")  # a paragraph every few sentences
    for line in furniture:
        writer.furniture(line)
    text = writer.out.text().rstrip("\n") + "\n"
    source = Source(
        name=f"synthetic_{number:05d}.txt", text=text, sha256=hashlib.sha256(text.encode()).hexdigest(), title=title,
        published=published, url=f"https://{slugify(outlet)}.example.org/{published:%Y/%m/%d}/{slugify(title)}-{number}",
        outlet=outlet,
    )
    return writer.result(source)


def _generate(triples: int, seed: int) -> Iterator[tuple[Facts, Graph, Graph]]:
    """Yield (facts, source graph, metadata graph) until the mapped triples reach ``triples``.

    The last source is cut after the sentence that reaches the target, so the total
    overshoots by at most one sentence's triples."""
    rng = random.Random(seed)
    reference = load_reference()
    pools = _Pools.of(reference)
    people = _people(rng, pools.states)
    count, number = 0, 0
    while count < triples:
        number += 1
        published = date(2020, 1, 1) + timedelta(days=rng.randint(0, 5 * 365))
        plan, furniture = _plan(rng, pools, people, published)
        outlet = rng.choice(pools.outlets)

        def mapped(size: int) -> tuple[Facts, Graph, Graph]:
            facts = _render(number, plan[:size], furniture if size == len(plan) else [], published, outlet, reference, people)
            return facts, map_facts(facts), map_metadata(facts.source)

        facts, graph, meta = mapped(len(plan))
        if count + len(graph) + len(meta) > triples:  # the last source: cut after the sentence that reaches the target
            cuts = (cut for cut in map(mapped, range(2, len(plan))) if count + len(cut[1]) + len(cut[2]) >= triples)
            facts, graph, meta = next(cuts, (facts, graph, meta))
        count += len(graph) + len(meta)
        yield facts, graph, meta


def synthetic_facts(triples: int, *, seed: int = 0) -> list[Facts]:
    """As many synthetic sources as it takes to map to about ``triples`` data triples."""
    return [facts for facts, _, _ in _generate(triples, seed)]


def synthetic_graphs(triples: int, *, seed: int = 0) -> dict[str, list]:
    """The mapped sources as {graph IRI: pyoxigraph quads}, with the metadata graph, for a store.

    The reference and ontology graphs are not included (the build adds them from
    ``builder.resources``); ``validate_store`` skips them anyway."""
    graphs: dict[str, list] = {str(METADATA_GRAPH): []}
    sources = []
    for facts, graph, meta in _generate(triples, seed):
        graphs[str(graph.identifier)] = graph_quads(graph, str(graph.identifier))
        graphs[str(METADATA_GRAPH)] += graph_quads(meta, str(METADATA_GRAPH))
        sources.append(facts.source)
    build = map_build(sources, started=GENERATED_AT, ended=GENERATED_AT, pipeline=None)  # as a real build's provenance
    graphs[str(METADATA_GRAPH)] += graph_quads(build, str(METADATA_GRAPH))
    return graphs
