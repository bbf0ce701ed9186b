"""The reference graph (states, capitals, regions, organisations) as names for the NLP.

The entity rules of the annotate stage are generated from ``ontology/reference/`` so that
the text and the graph share one source of names. Loading reads the Turtle once with
pyoxigraph (about ten times faster than rdflib) and keeps a small index in memory.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import pyoxigraph as ox

from . import resources
from .vocab import ID, NKG, OWL, RDF, SKOS, WD

_KIND_OF_CLASS = {
    str(NKG.State): "state",
    str(NKG.Organization): "org",
    str(NKG.City): "city",
    str(NKG.Region): "region",
}


#: Organisations through which others speak ("told the BBC", "via Twitter"): they take part in no event.
OUTLET_KINDS = ("news media", "online platform")
#: Organisations with no member states.
STATELESS_KINDS = ("company", "non-governmental organization", "armed group", "government body")
#: Words that refer back to an organisation ("the alliance", "the bloc's members") and the
#: kind of organisation each prefers.
ORG_ANAPHORA = {"alliance": "alliance", "pact": "alliance", "bloc": "", "grouping": "", "group": "", "organisation": "",
                "organization": "", "union": "union", "court": "court", "cartel": "cartel", "community": "", "body": "",
                "agency": "UN body", "forum": "", "league": "", "club": "", "bank": "financial"}


@dataclass(frozen=True)
class RefEntity:
    """One entity of the reference graph, keyed like the extracted ones ("state/armenia")."""

    key: str
    kind: str
    name: str
    aliases: tuple[str, ...]
    acronyms: tuple[str, ...]
    demonyms: tuple[str, ...]
    metonyms: tuple[str, ...]
    wikidata: str | None
    org_kind: str | None
    capital_of: str | None  # for cities: key of the state

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the reference gives it: its name, aliases and acronyms."""
        return (self.name, *self.aliases, *self.acronyms)

    @property
    def is_member_body(self) -> bool:
        """A body states are members of: not an outlet, an EU institution, a company, an NGO or an armed group."""
        return self.org_kind not in (None, "EU institution", *OUTLET_KINDS, *STATELESS_KINDS)

    def fits(self, word: str) -> bool:
        """Whether "the <word>" prefers this organisation: "the alliance" a military alliance."""
        preferred = ORG_ANAPHORA.get(word.lower(), "")
        return bool(preferred) and preferred in (self.org_kind or "")


@dataclass(frozen=True)
class Reference:
    entities: dict[str, RefEntity]

    def get(self, key: str | None) -> RefEntity | None:
        return self.entities.get(key) if key else None

    @cached_property
    def capital_names(self) -> dict[str, tuple[str, ...]]:
        """Each state's capital's names, by the state's key: what stands for its government ("Yerevan")."""
        names: dict[str, tuple[str, ...]] = defaultdict(tuple)
        for city in self.entities.values():
            if city.capital_of:
                names[city.capital_of] += (city.name, *city.aliases)
        return dict(names)


@lru_cache(maxsize=4)
def load_reference(path: Path = resources.REFERENCE) -> Reference:
    """Index the reference Turtle by entity key."""
    values: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    with open(path, "rb") as stream:
        for triple in ox.parse(stream, format=ox.RdfFormat.TURTLE):
            subject = triple.subject.value
            if not subject.startswith(str(ID)):
                continue
            obj = triple.object
            if isinstance(obj, ox.Literal) and obj.language not in (None, "en"):
                continue  # the NLP reads English; other languages stay in the graph only
            values[subject[len(str(ID)):]][triple.predicate.value].append(obj.value)
    entities = {}
    for key, props in values.items():
        kinds = [_KIND_OF_CLASS[c] for c in props.get(str(RDF.type), []) if c in _KIND_OF_CLASS]
        names = props.get(str(SKOS.prefLabel))
        if not kinds or not names:
            continue
        same = [v for v in props.get(str(OWL.sameAs), []) if v.startswith(str(WD))]
        capital_of = props.get(str(NKG.capitalOf))
        entities[key] = RefEntity(
            key=key,
            kind=kinds[0],
            name=sorted(names)[0],
            aliases=tuple(sorted(set(props.get(str(SKOS.altLabel), [])))),
            acronyms=tuple(sorted(set(props.get(str(NKG.acronym), [])))),
            demonyms=tuple(sorted(set(props.get(str(NKG.demonym), [])))),
            metonyms=tuple(sorted(set(props.get(str(NKG.metonym), [])))),
            wikidata=same[0][len(str(WD)):] if same else None,
            org_kind=(props.get(str(NKG.orgKind)) or [None])[0],
            capital_of=capital_of[0][len(str(ID)):] if capital_of else None,
        )
    return Reference(entities)
