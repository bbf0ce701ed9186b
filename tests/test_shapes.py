"""Every SHACL shape in ontology/shapes.ttl can both hold and fail.

For each node shape ``nkgsh:X``, ``tests/shapes/X.pass.ttl`` is a small graph that conforms
to all the shapes and ``tests/shapes/X.fail.ttl`` one that breaks ``nkgsh:X`` and no other
shape (its first line, a comment, says what is wrong). A new shape without both files fails
here, and so does a shape that could never fail. ``evidence-offsets.*.ttl`` do the same for
the check that ``builder.validate`` runs in Python: a span's offsets cut its text exactly.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pyshacl import validate as shacl_validate
from rdflib import RDF, RDFS, BNode, Graph, Namespace, URIRef
from rdflib.namespace import PROV

from builder.map import ENTITY_CLASS, EVENT_CLASS, ORG_KIND_CLASS
from builder.validate import _ontology, _shapes, span_problems, validate_graph
from builder.vocab import NKG

SH = Namespace("http://www.w3.org/ns/shacl#")
NKGSH = "https://w3id.org/newskg/shapes#"
EXAMPLES = Path(__file__).resolve().parent / "shapes"


#: The named node shapes (nkgsh:Labelled, ...), read from the shapes file itself.
NODE_SHAPES = sorted(s for s in _shapes().subjects(RDF.type, SH.NodeShape) if isinstance(s, URIRef))


def _name(shape: URIRef) -> str:
    return str(shape)[len(NKGSH):]


def _load(path: Path) -> Graph:
    return Graph().parse(path, format="turtle")


def _owners() -> dict:
    """Each named node shape, and every blank node under it (its property shapes, the shapes
    and lists of their sh:or, sh:not, sh:in, ...), mapped to that node shape."""
    shapes, owners = _shapes(), {}
    for node in NODE_SHAPES:
        owners[node], below = node, [node]
        while below:
            for child in shapes.objects(below.pop(), None):
                if isinstance(child, BNode) and child not in owners:
                    owners[child] = node
                    below.append(child)
    return owners


OWNERS = _owners()


def _violated_shapes(data: Graph) -> set[URIRef]:
    """The node shapes with at least one violation in ``data``, as pySHACL reports them with
    the same shapes and ontology as :func:`builder.validate.validate_graph`."""
    _, report, _ = shacl_validate(data, shacl_graph=_shapes(), ont_graph=_ontology(), inference="none")
    sources = {report.value(result, SH.sourceShape) for result in report.subjects(SH.resultSeverity, SH.Violation)}
    return {OWNERS.get(source, source) for source in sources}


def test_the_shapes_are_found():
    assert all(str(shape).startswith(NKGSH) for shape in NODE_SHAPES), NODE_SHAPES
    assert len(NODE_SHAPES) >= 35
    assert URIRef(NKGSH + "Labelled") in NODE_SHAPES and URIRef(NKGSH + "Quote") in NODE_SHAPES


def test_every_property_shape_belongs_to_its_node_shape():
    """The helper that names a violation's shape: each property shape maps to its owner."""
    shapes = _shapes()
    for node in NODE_SHAPES:
        for prop in shapes.objects(node, SH.property):
            assert OWNERS[prop] == node


@pytest.mark.parametrize("shape", NODE_SHAPES, ids=_name)
def test_each_shape_has_a_passing_and_a_failing_example(shape):
    for kind in ("pass", "fail"):
        path = EXAMPLES / f"{_name(shape)}.{kind}.ttl"
        assert path.is_file(), f"write {path.relative_to(EXAMPLES.parent.parent)} for {_name(shape)}"
    first = (EXAMPLES / f"{_name(shape)}.fail.ttl").read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# ") and len(first) > 10, "the fail file's first line says what is wrong"


@pytest.mark.parametrize("shape", NODE_SHAPES, ids=_name)
def test_the_passing_example_conforms(shape):
    data = _load(EXAMPLES / f"{_name(shape)}.pass.ttl")
    # a node of a target class, or of one of its subclasses in the ontology (SHACL targets those too)
    ontology = _ontology()
    targets = {sub for cls in _shapes().objects(shape, SH.targetClass) for sub in ontology.transitive_subjects(RDFS.subClassOf, cls)}
    assert any((None, RDF.type, cls) in data for cls in targets), f"no node of {_name(shape)}'s target classes"
    report = validate_graph(data)
    assert report.conforms, report.text()


@pytest.mark.parametrize("shape", NODE_SHAPES, ids=_name)
def test_the_failing_example_breaks_that_shape_and_no_other(shape):
    data = _load(EXAMPLES / f"{_name(shape)}.fail.ttl")
    assert not validate_graph(data).conforms
    assert _violated_shapes(data) == {shape}
    assert span_problems(data) == []  # the failure is the shape's, not the offsets check's


def test_every_example_file_belongs_to_a_shape():
    """No examples left behind for a shape that was renamed or removed."""
    expected = {f"{_name(s)}.{kind}.ttl" for s in NODE_SHAPES for kind in ("pass", "fail")}
    expected |= {"evidence-offsets.pass.ttl", "evidence-offsets.fail.ttl"}
    assert {p.name for p in EXAMPLES.iterdir()} == expected


def test_evidence_offsets_are_checked():
    """The check SHACL leaves to Python: a span's offsets cut exactly its nif:anchorOf."""
    good = _load(EXAMPLES / "evidence-offsets.pass.ttl")
    report = validate_graph(good)
    assert report.conforms, report.text()

    bad = _load(EXAMPLES / "evidence-offsets.fail.ttl")
    assert _violated_shapes(bad) == set()  # every shape holds ...
    report = validate_graph(bad)
    assert not report.conforms  # ... but the offsets do not
    (problem,) = report.problems
    assert "'Armenia' is not what its offsets cover" in problem and "'rmenia '" in problem


@pytest.mark.parametrize("example", ["Membership", "Event"])
@pytest.mark.parametrize(
    "date, conforms",
    [
        ('"2024-02-23"^^xsd:date', True), ('"2024-02"^^xsd:gYearMonth', True), ('"2024"^^xsd:gYear', True),
        ('"2024-02-30"^^xsd:date', False), ('"2024-13"^^xsd:gYearMonth', False), ('"Feb 2024"^^xsd:gYearMonth', False),
        ('"24"^^xsd:gYear', False), ('"2024-02"^^xsd:gYear', False), ('"2024-02"', False),
    ],
)
def test_a_fact_date_is_a_well_formed_date_month_or_year(example, date, conforms):
    """rdflib does not check the lexical form of xsd:gYearMonth and xsd:gYear, so the shapes
    give their patterns; an xsd:date it checks itself."""
    text = (EXAMPLES / f"{example}.pass.ttl").read_text(encoding="utf-8")
    (old,) = {line.split("nkg:date ", 1)[1].rstrip(" .;") for line in text.splitlines() if "nkg:date " in line}
    data = Graph().parse(data=text.replace(old, date), format="turtle")
    assert _violated_shapes(data) == (set() if conforms else {URIRef(NKGSH + example)})


@pytest.mark.parametrize("confidence, conforms", [("0.853", True), ("1.0", True), ("1.2", False), ("-0.1", False), ('"high"', False)])
def test_a_membership_confidence_is_a_probability(confidence, conforms):
    text = (EXAMPLES / "Membership.pass.ttl").read_text(encoding="utf-8")
    data = Graph().parse(data=text.replace("nkg:confidence 0.853", f"nkg:confidence {confidence}"), format="turtle")
    assert _violated_shapes(data) == (set() if conforms else {URIRef(NKGSH + "Membership")})


@pytest.mark.parametrize("reason, conforms", [('"the surname of Nikol Pashinyan"', True), ('""', False), ("42", False),
                                             ('"a surname", "a given name"', False)])
def test_a_merged_mention_gives_one_reason(reason, conforms):
    text = (EXAMPLES / "Mention.pass.ttl").read_text(encoding="utf-8")
    data = Graph().parse(data=text.replace('nkg:linkReason "the surname of Nikol Pashinyan"', f"nkg:linkReason {reason}"), format="turtle")
    assert _violated_shapes(data) == (set() if conforms else {URIRef(NKGSH + "Mention")})


def test_every_class_the_builder_writes_is_a_shape_target():
    written = {
        *ENTITY_CLASS.values(), *ORG_KIND_CLASS.values(), *EVENT_CLASS.values(),
        NKG.Source, NKG.SourceGraph, NKG.Build, NKG.Text, NKG.TextSpan, NKG.Mention,
        NKG.Membership, NKG.Leadership, NKG.RoleAssignment, NKG.Post, NKG.Quote, PROV.SoftwareAgent,
    }
    targets = set(_shapes().objects(None, SH.targetClass))
    assert written - targets == set()
