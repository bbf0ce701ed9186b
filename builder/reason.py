"""Reasoning, on demand: the OWL 2 RL closure of the ontology and the data, fast.

owlrl is the reference, and it computes the closure of the small ontology once (a quarter
of a second). It is too slow for the data (300 s for 100k triples), so the rules that apply
to individuals run here instead, specialised to that ontology closure: subclass and
subproperty hierarchies, domains and ranges, inverse, symmetric, transitive, functional
and inverse-functional properties, property chains and keys, the class expressions
(intersection, union, hasValue, someValuesFrom, allValuesFrom, max cardinality), and
equality (``owl:sameAs``: symmetry, transitivity and replacement). Each triple is taken once
from a work list and joined against indexes of everything derived so far, on integer term
ids, so a triple costs a few dictionary lookups. The rules whose conclusion is *false*
(disjoint classes, irreflexive and asymmetric properties, disjoint properties,
``owl:Nothing``, complements, max cardinality 0, ``owl:differentFrom``, negative property
assertions, ill-typed literals) become :class:`Inconsistency` reports naming the asserted
triples they rest on.

The closure equals owlrl's on every triple about the data, leaving out what no query
needs: ``x owl:sameAs x`` for every term (rule eq-ref), triples about literals, and triples
about the ontology's blank nodes (restrictions and lists), which mean nothing outside the
ontology's own graph.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from pathlib import Path

import owlrl
import pyoxigraph as ox
from rdflib import BNode, Graph, Literal as RdfLiteral

from . import resources
from .errors import NewskgError
from .map import ONTOLOGY_GRAPH
from .store import open_store, replace_graphs, to_oxigraph
from .vocab import GRAPH, OWL, RDF, RDFS, XSD

INFERRED_GRAPH = GRAPH["inferred"]

#: Predicates and classes of schema axioms: they belong in the ontology, not in the data.
SCHEMA_PREDICATES = {
    RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range, OWL.equivalentClass, OWL.equivalentProperty,
    OWL.inverseOf, OWL.disjointWith, OWL.propertyDisjointWith, OWL.propertyChainAxiom, OWL.hasKey,
    OWL.onProperty, OWL.intersectionOf, OWL.unionOf, OWL.complementOf, OWL.oneOf,
}
PROPERTY_KINDS = {
    "symmetric": OWL.SymmetricProperty, "transitive": OWL.TransitiveProperty, "functional": OWL.FunctionalProperty,
    "inverse_functional": OWL.InverseFunctionalProperty, "irreflexive": OWL.IrreflexiveProperty,
    "asymmetric": OWL.AsymmetricProperty,
}


class ReasoningError(NewskgError):
    """The data cannot be reasoned over as it is (it holds schema axioms)."""


@dataclass(frozen=True)
class Inconsistency:
    """A rule whose conclusion is *false* fired: the data contradicts the ontology."""

    rule: str  # the OWL 2 RL rule, e.g. "cax-dw"
    message: str
    triples: tuple[str, ...]  # the asserted triples it rests on, as N-Triples

    def text(self) -> str:
        return f"{self.rule}: {self.message}\n" + "".join(f"      {t}\n" for t in self.triples)


@dataclass(frozen=True)
class Closure:
    triples: list[tuple]  # the inferred triples (pyoxigraph terms), none of them asserted
    inconsistencies: tuple[Inconsistency, ...]


class _Terms:
    """Every term gets a small integer: the rules hash ints, not RDF terms."""

    def __init__(self) -> None:
        self.ids: dict = {}
        self.terms: list = []
        self.literals: set[int] = set()

    def id(self, term) -> int:
        known = self.ids.get(term)
        if known is None:
            known = self.ids[term] = len(self.terms)
            self.terms.append(term)
            if isinstance(term, ox.Literal):
                self.literals.add(known)
        return known

    def copy(self) -> _Terms:
        """The ontology's terms, to which one run adds the data's (the cached schema stays as is)."""
        terms = _Terms()
        terms.ids, terms.terms, terms.literals = dict(self.ids), list(self.terms), set(self.literals)
        return terms


@dataclass
class Schema:
    """What the closed ontology says about classes and properties, by term id."""

    terms: _Terms
    tbox: set[tuple[int, int, int]]  # the ontology's closure
    stated: set[tuple[int, int, int]]  # the ontology's own triples
    blank: set[int]  # the ontology's blank nodes
    superclasses: dict[int, set[int]]
    superproperties: dict[int, set[int]]
    domains: dict[int, set[int]]
    ranges: dict[int, set[int]]
    inverses: dict[int, set[int]]
    kinds: dict[str, set[int]]
    disjoint_classes: dict[int, set[int]]
    disjoint_properties: dict[int, set[int]]
    complements: dict[int, set[int]]
    has_value: dict[int, tuple[int, int]]  # restriction -> (property, value)
    has_value_by_property: dict[int, list[tuple[int, int]]]  # property -> [(value, restriction)]
    some_values: dict[int, list[tuple[int, int]]]  # property -> [(class, restriction)]
    some_values_by_class: dict[int, list[tuple[int, int]]]  # class -> [(property, restriction)]
    all_values: dict[int, tuple[int, int]]  # restriction -> (property, class)
    all_values_by_property: dict[int, list[tuple[int, int]]]  # property -> [(restriction, class)]
    max_cardinality: dict[int, tuple[int, int, int | None]]  # restriction -> (n, property, qualifying class)
    max_by_property: dict[int, list[int]]  # property -> restrictions
    intersections: dict[int, list[int]]  # class -> members
    in_intersections: dict[int, list[int]]  # member -> intersection classes
    in_unions: dict[int, set[int]]  # member -> union classes
    chains: dict[int, list[tuple[int, tuple[int, ...]]]]  # property in a chain -> [(super property, chain)]
    keys: dict[int, list[tuple[int, ...]]]  # class -> key property lists
    key_properties: dict[int, set[int]]  # property -> classes it is a key of
    one_of: dict[int, list[int]]  # class -> its individuals

    @property
    def type(self) -> int:
        return self.terms.id(ox.NamedNode(str(RDF.type)))

    @property
    def same(self) -> int:
        return self.terms.id(ox.NamedNode(str(OWL.sameAs)))


def schema_of(ontology: Graph) -> Schema:
    """Close ``ontology`` with owlrl and read off what the data rules need."""
    closed = Graph()
    for triple in ontology:
        closed.add(triple)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(closed)
    terms = _Terms()

    def i(term) -> int:
        return terms.id(to_oxigraph(term))

    def members(head) -> list[int]:
        return [i(item) for item in closed.items(head)]

    def pairs(predicate) -> Iterable[tuple[int, int]]:
        return ((i(s), i(o)) for s, o in closed.subject_objects(predicate) if not isinstance(o, RdfLiteral))

    def grouped(predicate, symmetric: bool = False) -> dict[int, set[int]]:
        found: dict[int, set[int]] = defaultdict(set)
        for s, o in pairs(predicate):
            found[s].add(o)
            if symmetric:
                found[o].add(s)
        return found

    superclasses = grouped(RDFS.subClassOf)
    for s, o in pairs(OWL.equivalentClass):
        superclasses[s].add(o)
        superclasses[o].add(s)
    superproperties = grouped(RDFS.subPropertyOf)
    for s, o in pairs(OWL.equivalentProperty):
        superproperties[s].add(o)
        superproperties[o].add(s)
    inverses = grouped(OWL.inverseOf, symmetric=True)
    disjoint_classes = grouped(OWL.disjointWith, symmetric=True)
    disjoint_properties = grouped(OWL.propertyDisjointWith, symmetric=True)
    for group, kind in ((disjoint_classes, OWL.AllDisjointClasses), (disjoint_properties, OWL.AllDisjointProperties)):
        for node in closed.subjects(RDF.type, kind):
            for head in closed.objects(node, OWL.members):
                listed = members(head)
                for a in listed:
                    group[a].update(b for b in listed if b != a)
    complements = grouped(OWL.complementOf, symmetric=True)

    schema = Schema(
        terms=terms, tbox=set(), stated=set(), blank=set(), superclasses=superclasses, superproperties=superproperties,
        domains=grouped(RDFS.domain), ranges=grouped(RDFS.range), inverses=inverses,
        kinds={name: {i(p) for p in closed.subjects(RDF.type, kind)} for name, kind in PROPERTY_KINDS.items()},
        disjoint_classes=disjoint_classes, disjoint_properties=disjoint_properties, complements=complements,
        has_value={}, has_value_by_property=defaultdict(list), some_values=defaultdict(list),
        some_values_by_class=defaultdict(list), all_values={}, all_values_by_property=defaultdict(list),
        max_cardinality={}, max_by_property=defaultdict(list), intersections={}, in_intersections=defaultdict(list),
        in_unions=defaultdict(set), chains=defaultdict(list), keys=defaultdict(list), key_properties=defaultdict(set),
        one_of={},
    )
    for restriction, prop in closed.subject_objects(OWL.onProperty):
        r, p = i(restriction), i(prop)
        for value in closed.objects(restriction, OWL.hasValue):
            schema.has_value[r] = (p, i(value))
            schema.has_value_by_property[p].append((i(value), r))
        for cls in closed.objects(restriction, OWL.someValuesFrom):
            schema.some_values[p].append((i(cls), r))
            schema.some_values_by_class[i(cls)].append((p, r))
        for cls in closed.objects(restriction, OWL.allValuesFrom):
            schema.all_values[r] = (p, i(cls))
            schema.all_values_by_property[p].append((r, i(cls)))
        for predicate, qualified in ((OWL.maxCardinality, False), (OWL.maxQualifiedCardinality, True)):
            for n in closed.objects(restriction, predicate):
                if int(n) in (0, 1):
                    on_class = closed.value(restriction, OWL.onClass) if qualified else None
                    schema.max_cardinality[r] = (int(n), p, i(on_class) if on_class is not None else None)
                    schema.max_by_property[p].append(r)
    for cls, head in closed.subject_objects(OWL.intersectionOf):
        parts = members(head)
        schema.intersections[i(cls)] = parts
        for part in parts:
            schema.in_intersections[part].append(i(cls))
    for cls, head in closed.subject_objects(OWL.unionOf):
        for part in members(head):
            schema.in_unions[part].add(i(cls))
    for prop, head in closed.subject_objects(OWL.propertyChainAxiom):
        chain = tuple(members(head))
        for step in set(chain):
            schema.chains[step].append((i(prop), chain))
    for cls, head in closed.subject_objects(OWL.hasKey):
        key = tuple(members(head))
        schema.keys[i(cls)].append(key)
        for prop in key:
            schema.key_properties[prop].add(i(cls))
    for cls, head in closed.subject_objects(OWL.oneOf):
        schema.one_of[i(cls)] = members(head)
    schema.tbox = {(i(s), i(p), i(o)) for s, p, o in closed}
    schema.stated = {(i(s), i(p), i(o)) for s, p, o in ontology}
    schema.blank = {i(t) for triple in closed for t in triple if isinstance(t, BNode)}
    return schema


@lru_cache(maxsize=1)
def _ontology_schema() -> Schema:
    return schema_of(Graph().parse(resources.ONTOLOGY, format="turtle"))


def closure(triples: Iterable[tuple], schema: Schema | None = None) -> Closure:
    """The OWL 2 RL consequences of ``triples`` (pyoxigraph terms) under the ontology.

    >>> import pyoxigraph as ox
    >>> nkg, ex = "https://w3id.org/newskg/ontology#", "https://example.org/"
    >>> fact = (ox.NamedNode(ex + "m1"), ox.NamedNode(nkg + "member"), ox.NamedNode(ex + "armenia"))
    >>> inferred = {(str(s), str(p), str(o)) for s, p, o in closure([fact]).triples}
    >>> ("<https://example.org/armenia>", "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", f"<{nkg}State>") in inferred
    True
    """
    return _Reasoner(schema or _ontology_schema()).run(triples)


class _Reasoner:
    def __init__(self, schema: Schema) -> None:
        self.s = schema
        self.terms = schema.terms.copy()
        self.facts: set[tuple[int, int, int]] = set()
        self.out: dict[int, dict[int, set[int]]] = defaultdict(lambda: defaultdict(set))
        self.inc: dict[int, dict[int, set[int]]] = defaultdict(lambda: defaultdict(set))
        self.why: dict[tuple, tuple] = {}  # derived triple -> the premises it came from
        self.queue: list[tuple[int, int, int]] = []
        self.problems: dict[tuple, Inconsistency] = {}
        self.TYPE, self.SAME = schema.type, schema.same
        term = lambda iri: self.terms.id(ox.NamedNode(str(iri)))  # noqa: E731
        self.NOTHING, self.THING = term(OWL.Nothing), term(OWL.Thing)
        self.DIFFERENT = term(OWL.differentFrom)
        self.predicates: set[int] = set()
        self.ruled: set[int] = {p for table in (
            schema.domains, schema.ranges, schema.inverses, schema.superproperties, schema.disjoint_properties,
            schema.has_value_by_property, schema.some_values, schema.all_values_by_property, schema.max_by_property,
            schema.chains, schema.key_properties, *schema.kinds.values()) for p in table}
        self.negative: set[tuple[int, int, int]] = set()  # from owl:NegativePropertyAssertion
        self.all_different: dict[int, list[set[int]]] = defaultdict(list)

    def add(self, triple: tuple[int, int, int], *premises: tuple) -> None:
        if triple in self.facts:
            return
        s, p, o = triple
        if s in self.terms.literals or p in self.terms.literals:
            return  # literals are never subjects (owlrl's literal-subject triples are left out)
        self.facts.add(triple)
        self.predicates.add(p)
        self.out[s][p].add(o)
        self.inc[o][p].add(s)
        if premises:
            self.why[triple] = premises
        self.queue.append(triple)

    def fail(self, rule: str, message: str, *premises: tuple) -> None:
        asserted = tuple(sorted({self._nt(t) for t in self._asserted(premises)}))
        self.problems.setdefault((rule, asserted), Inconsistency(rule, message, asserted))  # one report per cause

    def run(self, triples: Iterable[tuple]) -> Closure:
        asserted = set()
        for s, p, o in triples:
            triple = (self.terms.id(s), self.terms.id(p), self.terms.id(o))
            asserted.add(triple)
            if p.value in _SCHEMA_IRIS or (p.value == str(RDF.type) and o.value in _SCHEMA_CLASSES):
                raise ReasoningError(f"the data holds a schema axiom ({s} {p} {o}); schema axioms belong in the ontology, ontology/newskg.ttl")
        self._literal_checks(asserted)
        self._asserted_differences(asserted)
        for triple in asserted:
            self.add(triple)
        queue = self.queue
        while queue:
            self._apply(queue.pop())
        keep = self.facts - asserted - self.s.tbox
        drop = self.s.blank | self.terms.literals
        terms = self.terms.terms
        inferred = [(terms[s], terms[p], terms[o]) for s, p, o in keep
                    if not (p == self.SAME and s == o) and s not in drop and o not in self.s.blank]
        inferred += [(terms[s], terms[p], terms[o]) for s, p, o in self.s.tbox - self.s.stated - asserted
                     if not (p == self.SAME and s == o) and s not in self.terms.literals and not {s, p, o} & self.s.blank]
        return Closure(inferred, tuple(self.problems[k] for k in sorted(self.problems, key=str)))

    # -- the rules -------------------------------------------------------------------------

    def _apply(self, t: tuple[int, int, int]) -> None:
        s, p, o = t
        add, out = self.add, self.out
        if p == self.TYPE:
            self._typed(t)
        elif p == self.SAME:
            self._same(t)
        for q in out[p][self.SAME] if p in out else ():  # eq-rep-p
            add((s, q, o), t, (p, self.SAME, q))
        for x in out[s][self.SAME] if s in out else ():  # eq-rep-s
            add((x, p, o), t, (s, self.SAME, x))
        if o not in self.terms.literals:
            for x in out[o][self.SAME] if o in out else ():  # eq-rep-o
                add((s, p, x), t, (o, self.SAME, x))
        if p in self.ruled:
            self._property_rules(t)
        if self.negative and t in self.negative:  # prp-npa1, prp-npa2
            self.fail("prp-npa", f"{self._name(s)} {self._name(p)} {self._name(o)} is asserted not to hold", t)

    def _property_rules(self, t: tuple[int, int, int]) -> None:
        """The rules about the property ``t`` uses: only properties the ontology says something of."""
        s, p, o = t
        S, add, out, inc = self.s, self.add, self.out, self.inc
        for c in S.domains.get(p, ()):  # prp-dom
            add((s, self.TYPE, c), t)
        if o not in self.terms.literals:
            for c in S.ranges.get(p, ()):  # prp-rng
                add((o, self.TYPE, c), t)
            for q in S.inverses.get(p, ()):  # prp-inv1, prp-inv2
                add((o, q, s), t)
            if p in S.kinds["symmetric"]:  # prp-symp
                add((o, p, s), t)
            if p in S.kinds["transitive"]:  # prp-trp
                for z in list(out[o][p]):
                    add((s, p, z), t, (o, p, z))
                for w in list(inc[s][p]):
                    add((w, p, o), (w, p, s), t)
        for q in S.superproperties.get(p, ()):  # prp-spo1
            add((s, q, o), t)
        if p in S.kinds["functional"]:  # prp-fp
            for other in list(out[s][p]):
                if other != o:
                    self._equal(o, other, "prp-fp", t, (s, p, other))
        if p in S.kinds["inverse_functional"]:  # prp-ifp
            for other in list(inc[o][p]):
                if other != s:
                    self._equal(s, other, "prp-ifp", t, (other, p, o))
        if p in S.kinds["irreflexive"] and s == o:
            self.fail("prp-irp", f"{self._name(p)} is irreflexive, yet {self._name(s)} has it to itself", t)
        if p in S.kinds["asymmetric"] and s in out[o][p]:
            self.fail("prp-asyp", f"{self._name(p)} is asymmetric, yet it holds both ways", t, (o, p, s))
        for q in S.disjoint_properties.get(p, ()):
            if o in out[s][q]:
                self.fail("prp-pdw", f"{self._name(p)} and {self._name(q)} are disjoint properties", t, (s, q, o))
        for value, restriction in S.has_value_by_property.get(p, ()):  # cls-hv2
            if value == o:
                add((s, self.TYPE, restriction), t)
        for cls, restriction in S.some_values.get(p, ()):  # cls-svf1, cls-svf2
            if cls == self.THING or cls in out[o][self.TYPE]:
                add((s, self.TYPE, restriction), t, *(() if cls == self.THING else ((o, self.TYPE, cls),)))
        types = out[s][self.TYPE]
        for restriction, cls in S.all_values_by_property.get(p, ()):  # cls-avf
            if restriction in types:
                add((o, self.TYPE, cls), t, (s, self.TYPE, restriction))
        for restriction in S.max_by_property.get(p, ()):
            if restriction in types:
                self._max_cardinality(s, restriction)
        for sup, chain in S.chains.get(p, ()):  # prp-spo2
            self._chain(t, sup, chain)
        for cls in S.key_properties.get(p, ()):  # prp-key
            if cls in types:
                self._key(s, cls)

    def _typed(self, t: tuple[int, int, int]) -> None:
        s, _, c = t
        S, add, types = self.s, self.add, self.out[s][self.TYPE]
        for d in S.superclasses.get(c, ()):  # cax-sco, cax-eqc
            add((s, self.TYPE, d), t)
        for d in S.disjoint_classes.get(c, ()):  # cax-dw, cax-adc
            if d in types:
                self.fail("cax-dw", f"{self._name(s)} is both {self._name(c)} and {self._name(d)}, which are disjoint", t, (s, self.TYPE, d))
        for d in S.complements.get(c, ()):  # cls-com
            if d in types:
                self.fail("cls-com", f"{self._name(s)} is in both a class and its complement", t, (s, self.TYPE, d))
        if c == self.NOTHING:  # cls-nothing2
            self.fail("cls-nothing2", f"{self._name(s)} is an owl:Nothing", t)
        if c in S.has_value:  # cls-hv1
            p, value = S.has_value[c]
            add((s, p, value), t)
        if c in S.all_values:  # cls-avf
            p, cls = S.all_values[c]
            for y in list(self.out[s][p]):
                add((y, self.TYPE, cls), t, (s, p, y))
        if c in S.max_cardinality:
            self._max_cardinality(s, c)
        for part in S.intersections.get(c, ()):  # cls-int2
            add((s, self.TYPE, part), t)
        for whole in S.in_intersections.get(c, ()):  # cls-int1
            parts = S.intersections[whole]
            if all(part in types for part in parts):
                add((s, self.TYPE, whole), *((s, self.TYPE, part) for part in parts))
        for union in S.in_unions.get(c, ()):  # cls-uni
            add((s, self.TYPE, union), t)
        for p, restriction in S.some_values_by_class.get(c, ()):  # cls-svf1
            for x in list(self.inc[s][p]):
                add((x, self.TYPE, restriction), (x, p, s), t)
        for key in S.keys.get(c, ()):  # prp-key
            self._key(s, c, key)

    def _same(self, t: tuple[int, int, int]) -> None:
        x, _, y = t
        add, out, inc, SAME = self.add, self.out, self.inc, self.SAME
        add((y, SAME, x), t)  # eq-sym
        for z in list(out[y][SAME]):  # eq-trans
            add((x, SAME, z), t, (y, SAME, z))
        for w in list(inc[x][SAME]):
            add((w, SAME, y), (w, SAME, x), t)
        for p, objects in list(out[x].items()):  # eq-rep-s
            for o in list(objects):
                add((y, p, o), (x, p, o), t)
        for p, subjects in list(inc[x].items()):  # eq-rep-o
            for s in list(subjects):
                add((s, p, y), (s, p, x), t)
        if x in self.predicates:  # eq-rep-p (a property said to be the same as another: rare)
            for s, p, o in [f for f in self.facts if f[1] == x]:
                add((s, y, o), (s, p, o), t)
        if y in out[x][self.DIFFERENT] or x in out[y][self.DIFFERENT]:  # eq-diff1
            self.fail("eq-diff1", f"{self._name(x)} and {self._name(y)} are said to be both the same and different", t)
        for group in self.all_different.get(x, ()):  # eq-diff2, eq-diff3
            if y in group and x != y:
                self.fail("eq-diff2", f"{self._name(x)} and {self._name(y)} are the same, yet listed as all different", t)

    def _equal(self, a: int, b: int, rule: str, *premises: tuple) -> None:
        literals = self.terms.literals
        if a in literals and b in literals:
            if self.terms.terms[a] != self.terms.terms[b]:
                self.fail(rule, f"{self._name(premises[0][1])} allows one value, yet has {self._name(a)} and {self._name(b)}", *premises)
            return
        self.add((a, self.SAME, b), *premises)

    def _max_cardinality(self, s: int, restriction: int) -> None:
        n, p, on_class = self.s.max_cardinality[restriction]
        values = [y for y in self.out[s][p] if on_class is None or on_class == self.THING or on_class in self.out[y][self.TYPE]]
        premises = [(s, self.TYPE, restriction)] + [(s, p, y) for y in values]
        if n == 0 and values:  # cls-maxc1, cls-maxqc1, cls-maxqc2
            self.fail("cls-maxc1", f"{self._name(s)} may have no {self._name(p)}, yet has one", *premises)
        elif n == 1:  # cls-maxc2, cls-maxqc3, cls-maxqc4
            for a, b in product(values, values):
                if a != b:
                    self._equal(a, b, "cls-maxc2", *premises)

    def _chain(self, t: tuple[int, int, int], sup: int, chain: tuple[int, ...]) -> None:
        for at, step in enumerate(chain):
            if step != t[1]:
                continue
            starts = {t[0]}
            for prop in reversed(chain[:at]):
                starts = {x for y in starts for x in self.inc[y][prop]}
            ends = {t[2]}
            for prop in chain[at + 1:]:
                ends = {z for y in ends for z in self.out[y][prop]}
            for x, z in product(starts, ends):
                self.add((x, sup, z), t)

    def _key(self, s: int, cls: int, key: tuple[int, ...] | None = None) -> None:
        for props in [key] if key else self.s.keys[cls]:
            mine = [self.out[s][p] for p in props]
            if not all(mine):
                continue
            sharing = {x for value in mine[0] for x in self.inc[value][props[0]]}
            for x in sharing:
                if x != s and cls in self.out[x][self.TYPE] and all(self.out[x][p] & values for p, values in zip(props, mine)):
                    self.add((s, self.SAME, x), (s, self.TYPE, cls), (x, self.TYPE, cls))

    # -- checks on the asserted data --------------------------------------------------------

    def _literal_checks(self, asserted: set[tuple]) -> None:
        """dt-not-type: a literal whose text is not a value of its datatype."""
        ill_typed = set()
        for literal in self.terms.literals:
            term = self.terms.terms[literal]
            datatype = term.datatype.value
            if datatype.startswith(_XSD) and datatype != _XSD_STRING and not (datatype == _XSD_INTEGER and _INTEGER.fullmatch(term.value)):
                if RdfLiteral(term.value, datatype=datatype).ill_typed:
                    ill_typed.add(literal)
        for triple in asserted:
            if triple[2] in ill_typed:
                term = self.terms.terms[triple[2]]
                self.fail("dt-not-type", f"{term} is not a valid {self._name(self.terms.id(term.datatype))}", triple)

    def _asserted_differences(self, asserted: set[tuple]) -> None:
        """owl:AllDifferent groups and negative property assertions, read from the data."""
        iri = lambda term: self.terms.id(ox.NamedNode(str(term)))  # noqa: E731
        markers = {iri(OWL.AllDifferent), iri(OWL.NegativePropertyAssertion)}
        if not any(p == self.TYPE and o in markers for _, p, o in asserted):
            return
        by_subject: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
        for s, p, o in asserted:
            by_subject[s][p].append(o)

        def items(head: int) -> list[int]:
            found = []
            while head != iri(RDF.nil) and by_subject[head][iri(RDF.first)]:
                found.append(by_subject[head][iri(RDF.first)][0])
                head = (by_subject[head][iri(RDF.rest)] or [iri(RDF.nil)])[0]
            return found

        for node, props in list(by_subject.items()):
            if iri(OWL.AllDifferent) in props.get(self.TYPE, ()):
                for head in props.get(iri(OWL.members), []) + props.get(iri(OWL.distinctMembers), []):
                    group = set(items(head))
                    for member in group:
                        self.all_different[member].append(group)
            if iri(OWL.NegativePropertyAssertion) in props.get(self.TYPE, ()):
                source = props.get(iri(OWL.sourceIndividual), [None])[0]
                prop = props.get(iri(OWL.assertionProperty), [None])[0]
                target = (props.get(iri(OWL.targetIndividual)) or props.get(iri(OWL.targetValue)) or [None])[0]
                if None not in (source, prop, target):
                    self.negative.add((source, prop, target))

    # -- reports ----------------------------------------------------------------------------

    def _asserted(self, premises: Iterable[tuple]) -> set[tuple]:
        """The asserted triples a derivation rests on, following the recorded premises back."""
        found, todo, seen = set(), list(premises), set()
        while todo:
            triple = todo.pop()
            if triple in seen:
                continue
            seen.add(triple)
            if triple in self.why:
                todo.extend(self.why[triple])
            elif triple not in self.s.tbox:
                found.add(triple)
        return found

    def _nt(self, triple: tuple) -> str:
        return " ".join(str(self.terms.terms[t]) for t in triple) + " ."

    def _name(self, term: int) -> str:
        return str(self.terms.terms[term])


_SCHEMA_IRIS = {str(p) for p in SCHEMA_PREDICATES}
_XSD, _XSD_STRING, _XSD_INTEGER = str(XSD), str(XSD.string), str(XSD.integer)
_INTEGER = re.compile(r"[+-]?[0-9]+")
_SCHEMA_CLASSES = {str(c) for c in (OWL.Class, OWL.Restriction, OWL.ObjectProperty, OWL.DatatypeProperty,
                                    OWL.AllDisjointClasses, OWL.AllDisjointProperties, *PROPERTY_KINDS.values())}


@dataclass(frozen=True)
class ReasoningSummary:
    asserted: int  # distinct triples reasoned over
    inferred: int  # triples written to the inferred graph
    seconds: float
    inconsistencies: tuple[Inconsistency, ...]


def reason_store(store_dir: Path) -> ReasoningSummary:
    """Replace the store's inferred graph with the closure of everything else in it."""
    started = time.perf_counter()
    store = open_store(store_dir)
    skip = {ox.NamedNode(str(INFERRED_GRAPH)), ox.NamedNode(str(ONTOLOGY_GRAPH))}
    triples = {q.triple for q in store if q.graph_name not in skip}
    del store
    result = closure((t.subject, t.predicate, t.object) for t in triples)
    name = ox.NamedNode(str(INFERRED_GRAPH))
    replace_graphs(store_dir, {str(INFERRED_GRAPH): [ox.Quad(s, p, o, name) for s, p, o in result.triples]})
    return ReasoningSummary(len(triples), len(result.triples), time.perf_counter() - started, result.inconsistencies)

