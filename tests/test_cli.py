"""End-to-end tests of the ``newskg`` command line, run in-process through ``builder.cli.main``.

Every store lives under pytest's ``tmp_path``; one store of the five seed articles is built
once per session (``seed_store`` in conftest.py) and shared by the tests that only read it.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path
from xml.etree import ElementTree

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

from builder.cli import main
from builder.store import open_store, sorted_nquads, to_oxigraph
from builder.validate import validate_graph

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"
QUERIES = ROOT / "queries"
GRAPH = "https://w3id.org/newskg/graph/"
CSTO_IRI = "https://w3id.org/newskg/id/org/csto"
SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))
SEED_000 = next(name for name in SEED_NAMES if name.startswith("000_"))
SIX = ["Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan"]


# ---------------------------------------------------------------- helpers


def build(capsys, store: Path, *paths) -> int:
    code = main(["build", *map(str, paths), "--store", str(store), "--quiet"])
    capsys.readouterr()
    return code


def snapshot(store: Path) -> bytes:
    """The whole store as canonical N-Quads; the store object is released afterwards."""
    opened = open_store(store)
    data = sorted_nquads(opened)
    del opened
    return data


def graph_nquads(store: Path) -> dict[str, bytes]:
    """Canonical N-Quads of each named graph of the store."""
    opened = open_store(store)
    names = sorted({q.graph_name.value for q in opened if isinstance(q.graph_name, ox.NamedNode)})
    result = {name: sorted_nquads(opened.quads_for_pattern(None, None, None, ox.NamedNode(name))) for name in names}
    del opened
    return result


def query_csv(capsys, store: Path, *extra: str) -> list[dict[str, str]]:
    code = main(["query", "members-by-source", "--store", str(store), "--format", "csv", *extra])
    out = capsys.readouterr().out
    assert code == 0
    reader = csv.reader(io.StringIO(out))
    header = next(reader)
    assert header == ["source", "title", "member", "status"]
    return [dict(zip(header, row)) for row in reader if row]


def members_by_source(rows: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for row in rows:
        found.setdefault(row["source"], {})[row["member"]] = row["status"]
    return found


# ---------------------------------------------------------------- 1. bad input


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


GOOD_TEXT = "Armenia and the CSTO\n\nArmenia is a member of the Collective Security Treaty Organization.\n"


def _bad_build_missing(tmp):
    missing = tmp / "nope" / "missing.txt"
    return ["build", str(missing)], "missing.txt"


def _bad_build_empty(tmp):
    path = _write(tmp / "in" / "empty.txt", b"")
    return ["build", str(path)], "empty.txt"


def _bad_build_blank(tmp):
    path = _write(tmp / "in" / "blank.txt", "  \n\n\t\n")
    return ["build", str(path)], "blank.txt"


def _bad_build_binary(tmp):
    path = _write(tmp / "in" / "x.txt", b"Armenia\x00\x01\x02\x00 CSTO \xff\x00")
    return ["build", str(path)], "x.txt"


def _bad_build_not_utf8(tmp):
    path = _write(tmp / "in" / "x.txt", b"caf\xe9 au lait")
    return ["build", str(path)], "x.txt"


def _bad_build_unknown_model(tmp):
    path = _write(tmp / "in" / "art.txt", GOOD_TEXT)
    return ["build", str(path), "--model", "xx_missing_pipeline"], "xx_missing_pipeline"


def _bad_build_meta_invalid_json(tmp):
    path = _write(tmp / "in" / "art.txt", GOOD_TEXT)
    _write(tmp / "in" / "art.meta.json", '{"title": "A title", ')
    return ["build", str(path)], "art.meta.json"


def _bad_build_meta_bad_date(tmp):
    path = _write(tmp / "in" / "art.txt", GOOD_TEXT)
    _write(tmp / "in" / "art.meta.json", json.dumps({"title": "A title", "published": "24/09/2023"}))
    return ["build", str(path)], "art.meta.json"


def _bad_build_good_and_missing(tmp):
    good = _write(tmp / "in" / "good.txt", GOOD_TEXT)
    return ["build", str(good), str(tmp / "in" / "missing.txt")], "missing.txt"


def _bad_build_empty_folder(tmp):
    folder = tmp / "emptydir"
    folder.mkdir()
    return ["build", str(folder)], "emptydir"


def _bad_query_unknown_name(tmp):
    return ["query", "no-such-query"], "no-such-query"


def _bad_query_malformed_param(tmp):
    return ["query", "members-by-source", "--param", "org"], "org"


def _bad_query_unknown_param(tmp):
    return ["query", "members-by-source", "--param", "colour=blue"], "colour"


def _bad_query_rq_does_not_parse(tmp):
    path = _write(tmp / "broken.rq", "# title: Broken\nSELECT ?x WHERE { ?x ?y \n")
    return ["query", str(path)], "broken.rq"


BAD_INPUTS = {
    "missing-path": _bad_build_missing,
    "empty-file": _bad_build_empty,
    "whitespace-only-file": _bad_build_blank,
    "binary-file": _bad_build_binary,
    "non-utf8-file": _bad_build_not_utf8,
    "meta-invalid-json": _bad_build_meta_invalid_json,
    "meta-bad-published": _bad_build_meta_bad_date,
    "good-plus-missing": _bad_build_good_and_missing,
    "folder-without-articles": _bad_build_empty_folder,
    "unknown-model": _bad_build_unknown_model,
    "unknown-query": _bad_query_unknown_name,
    "malformed-param": _bad_query_malformed_param,
    "unknown-param": _bad_query_unknown_param,
    "rq-does-not-parse": _bad_query_rq_does_not_parse,
}


@pytest.mark.parametrize(
    "case",
    sorted(BAD_INPUTS),
)
def test_bad_input_exits_2_with_one_line_and_leaves_store_unchanged(case, seed_store, tmp_path, capsys):
    before = snapshot(seed_store)
    argv, name = BAD_INPUTS[case](tmp_path)
    code = main([*argv, "--store", str(seed_store)])
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert name in lines[0], err
    assert "Traceback" not in err and "Traceback" not in out
    assert snapshot(seed_store) == before
    # nothing was left half-written beside the store
    assert sorted(p.name for p in seed_store.parent.iterdir()) == ["store"]


def test_query_against_missing_store_exits_2(tmp_path, capsys):
    store = tmp_path / "store"
    code = main(["query", "members-by-source", "--store", str(store)])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1 and str(store) in lines[0], err
    assert "Traceback" not in err
    assert not store.exists()


def test_bad_build_into_new_store_creates_nothing(tmp_path, capsys):
    store = tmp_path / "store"
    good = _write(tmp_path / "in" / "good.txt", GOOD_TEXT)
    code = main(["build", str(good), str(tmp_path / "in" / "missing.txt"), "--store", str(store), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.splitlines()) == 1 and "missing.txt" in err
    assert not store.exists()


def test_build_with_rules_alone_still_finds_the_members(tmp_path, capsys):
    good = _write(tmp_path / "in" / "good.txt", GOOD_TEXT)
    assert main(["build", str(good), "--store", str(tmp_path / "store"), "--quiet", "--no-model"]) == 0
    assert "entities: org 1, state 1" in capsys.readouterr().out


def test_model_options_exclude_each_other(tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["build", "seeds", "--model", "x", "--no-model"])
    assert stop.value.code == 2 and "not allowed with" in capsys.readouterr().err


# ---------------------------------------------------------------- 2. members-by-source


def test_members_by_source_lists_expected_csto_members(seed_store, capsys):
    rows = query_csv(capsys, seed_store)
    found = members_by_source(rows)
    assert set(found) == set(SEED_NAMES)
    by_prefix = {name[:3]: found[name] for name in found}
    for prefix in ("001", "002", "004"):
        assert by_prefix[prefix] == {m: ("leaving" if m == "Armenia" else "member") for m in SIX}, prefix
    for prefix in ("000", "003"):
        assert by_prefix[prefix] == {"Armenia": "member"}, prefix
    # one row per source and member, each with the source's title
    assert len(rows) == len({(r["source"], r["member"]) for r in rows})
    assert all(r["title"] for r in rows)


@pytest.mark.parametrize("org", [CSTO_IRI, "Collective Security Treaty Organization", "csto", "CSTO"])
def test_members_by_source_org_param_by_iri_label_or_acronym(org, seed_store, capsys):
    default = query_csv(capsys, seed_store)
    assert query_csv(capsys, seed_store, "--param", f"org={org}") == default


def test_members_by_source_other_org_gives_no_rows(seed_store, capsys):
    assert query_csv(capsys, seed_store, "--param", "org=NATO") == []


def test_members_by_source_json(seed_store, capsys):
    assert main(["query", "members-by-source", "--store", str(seed_store), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["head"]["vars"] == ["source", "title", "member", "status"]
    bindings = data["results"]["bindings"]
    assert len(bindings) == 20
    assert all(set(b) == {"source", "title", "member", "status"} for b in bindings)


def test_merges_lists_each_merged_mention_with_its_reason(seed_store, capsys):
    """Item 5 of the design: every merge is recorded with its reason, and a saved query shows them."""
    assert main(["query", "merges", "--store", str(seed_store), "--format", "json"]) == 0
    rows = {(b["form"]["value"], b["name"]["value"], b["reason"]["value"], b["source"]["value"][:3])
            for b in json.loads(capsys.readouterr().out)["results"]["bindings"]}
    assert ("Pashinyan", "Nikol Pashinyan", "the surname of Nikol Pashinyan", "000") in rows
    assert ("Moscow", "Russia", "stands for the government of Russia", "000") in rows
    # 004 names only "Putin"; another seed names him in full
    assert ("Putin", "Vladimir Putin", "the surname of Vladimir Putin, the one full name ending in it in the sources built together", "004") in rows
    assert not any(form == name for form, name, _, _ in rows)


def test_members_by_source_xml(seed_store, capsys):
    assert main(["query", "members-by-source", "--store", str(seed_store), "--format", "xml"]) == 0
    root = ElementTree.fromstring(capsys.readouterr().out.encode("utf-8"))
    ns = "{http://www.w3.org/2005/sparql-results#}"
    assert [v.get("name") for v in root.find(ns + "head")] == ["source", "title", "member", "status"]
    results = root.findall(f"{ns}results/{ns}result")
    assert len(results) == 20
    assert all(b.get("name") != "org" for r in results for b in r)


def test_members_by_source_table(seed_store, capsys):
    assert main(["query", "members-by-source", "--store", str(seed_store)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["source", "title", "member", "status"]
    assert out.rstrip().endswith("(20 rows)")


# ---------------------------------------------------------------- 3. queries


def test_queries_lists_every_saved_query(capsys):
    assert main(["queries"]) == 0
    out = capsys.readouterr().out
    listed = {line.split(":", 1)[0] for line in out.splitlines() if line and not line.startswith(" ")}
    expected = {p.stem for p in QUERIES.glob("*.rq")}
    assert expected and listed == expected
    assert "--param org=VALUE" in out


# ---------------------------------------------------------------- 4. validate


def test_validate_store_conforms(seed_store, capsys):
    code = main(["validate", "--store", str(seed_store)])
    out = capsys.readouterr().out
    assert code == 0, out[:2000]
    assert "conforms" in out


def test_validate_missing_store_exits_2(tmp_path, capsys):
    code = main(["validate", "--store", str(tmp_path / "store")])
    err = capsys.readouterr().err
    assert code == 2 and len(err.splitlines()) == 1 and "store" in err


# ---------------------------------------------------------------- 5. export


def _rdflib_nquads(path: Path) -> bytes:
    dataset = rdflib.Dataset()
    dataset.parse(str(path), format="trig")
    quads = []
    for s, p, o, g in dataset.quads((None, None, None, None)):
        name = getattr(g, "identifier", g)
        graph = ox.DefaultGraph() if name is None or name == rdflib.graph.DATASET_DEFAULT_GRAPH_ID else to_oxigraph(name)
        quads.append(ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), graph))
    store = ox.Store()  # compares values: rdflib writes a UTC time "+00:00", Oxigraph "Z"
    store.extend(quads)
    return sorted_nquads(store)


def _isomorphic_nquads(a: bytes, b: bytes) -> bool:
    """Equal quads, up to the names each parser gives blank nodes (the ontology's restrictions)."""
    ground = [{line for line in data.splitlines() if b"_:" not in line} for data in (a, b)]
    blank = [Graph().parse(data=b"\n".join(line.rsplit(b" ", 2)[0] + b" ." for line in data.splitlines() if b"_:" in line), format="nt")
             for data in (a, b)]
    return ground[0] == ground[1] and isomorphic(*blank)


@pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")
def test_export_trig_parses_the_same_in_rdflib_and_pyoxigraph(seed_store, tmp_path, capsys):
    out = tmp_path / "export.trig"
    assert main(["export", "--format", "trig", "--output", str(out), "--store", str(seed_store)]) == 0
    assert capsys.readouterr().out == ""
    by_oxigraph = sorted_nquads(ox.parse(path=str(out), format=ox.RdfFormat.TRIG))
    by_rdflib = _rdflib_nquads(out)
    assert by_oxigraph.count(b"\n") > 1000
    assert _isomorphic_nquads(by_rdflib, by_oxigraph)
    assert _isomorphic_nquads(by_oxigraph, snapshot(seed_store))
    # every source has its own named graph, plus metadata, reference and ontology
    graphs = {line.rsplit(b" ", 2)[-2] for line in by_oxigraph.splitlines()}
    expected = {f"<{GRAPH}{Path(n).stem}>".encode() for n in SEED_NAMES}
    expected |= {f"<{GRAPH}{g}>".encode() for g in ("metadata", "reference", "ontology")}
    assert graphs == expected


@pytest.mark.parametrize("fmt, rdf_format", [("nquads", ox.RdfFormat.N_QUADS), ("turtle", ox.RdfFormat.TURTLE)])
def test_export_nquads_and_turtle_parse(fmt, rdf_format, seed_store, tmp_path, capsys):
    out = tmp_path / f"export.{fmt}"
    assert main(["export", "--format", fmt, "--output", str(out), "--store", str(seed_store)]) == 0
    parsed = list(ox.parse(path=str(out), format=rdf_format))
    whole = snapshot(seed_store)
    if fmt == "nquads":
        assert sorted_nquads(parsed) == whole
    else:  # the union of the graphs
        union = {q.triple for q in ox.parse(whole, format=ox.RdfFormat.N_QUADS)}
        assert all(isinstance(q.graph_name, ox.DefaultGraph) for q in parsed)
        assert {q.triple for q in parsed} == union


def test_export_nquads_to_stdout_is_the_canonical_store(seed_store, capsysbinary):
    assert main(["export", "--format", "nquads", "--store", str(seed_store)]) == 0
    stdout = capsysbinary.readouterr().out
    assert stdout == snapshot(seed_store)


# ---------------------------------------------------------------- 6. determinism


def test_two_builds_export_identical_bytes(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # the build's clock: reproducible-builds.org
    stores = [tmp_path / "a" / "store", tmp_path / "b" / "store"]
    for store in stores:
        assert build(capsys, store, SEEDS) == 0
    for fmt in ("trig", "nquads"):
        exports = []
        for store in stores:
            out = store.parent / f"export.{fmt}"
            assert main(["export", "--format", fmt, "--output", str(out), "--store", str(store)]) == 0
            exports.append(out.read_bytes())
        assert exports[0] == exports[1], fmt
        assert len(exports[0]) > 10000


# ---------------------------------------------------------------- 7. rebuilding one source


def test_rebuilding_one_source_replaces_exactly_its_graph(seed_store, tmp_path, capsys):
    store = tmp_path / "store"
    shutil.copytree(seed_store, store)
    before = graph_nquads(store)

    modified = tmp_path / "modified" / SEED_000
    text = (SEEDS / SEED_000).read_text(encoding="utf-8")
    modified.parent.mkdir()
    # The article ends with site furniture ("Follow AsumeTech on" ... "Leave a Reply"), after
    # which everything is boilerplate by design, so the sentence goes at the end of the body.
    footer = "\nFollow AsumeTech on"
    assert footer in text
    sentence = "Kazakhstan is a member of the Collective Security Treaty Organization."
    modified.write_text(text.replace(footer, f"\n{sentence}\n{footer}", 1), encoding="utf-8")
    assert build(capsys, store, modified) == 0

    after = graph_nquads(store)
    assert set(after) == set(before)
    source_000 = GRAPH + Path(SEED_000).stem
    assert after[source_000] != before[source_000]
    for name in SEED_NAMES[1:]:
        graph = GRAPH + Path(name).stem
        assert after[graph] == before[graph], name
    for graph in ("reference", "ontology"):
        assert after[GRAPH + graph] == before[GRAPH + graph]

    found = members_by_source(query_csv(capsys, store))
    assert found[SEED_000].get("Kazakhstan") == "member"
    assert found[SEED_000].get("Armenia") == "member"
    for name in SEED_NAMES[1:]:
        assert found[name] == members_by_source(query_csv(capsys, seed_store))[name]

    assert main(["query", "sources", "--store", str(store), "--format", "json"]) == 0
    sources = json.loads(capsys.readouterr().out)["results"]["bindings"]
    assert len(sources) == 5
    opened = open_store(store)
    metadata_sources = {
        q.subject for q in opened.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), None, ox.NamedNode(GRAPH + "metadata"))
        if q.object.value.endswith("#Source")
    }
    del opened
    assert len(metadata_sources) == 5


# ---------------------------------------------------------------- 8. SHACL failing case


def test_shacl_reports_a_bad_membership_status_readably():
    nkg = Namespace("https://w3id.org/newskg/ontology#")
    skos = Namespace("http://www.w3.org/2004/02/skos/core#")
    g = Graph()
    membership = URIRef("https://w3id.org/newskg/id/fact/test#membership")
    armenia = URIRef("https://w3id.org/newskg/id/state/armenia")
    csto = URIRef(CSTO_IRI)
    g.add((armenia, RDF.type, nkg.State))
    g.add((armenia, skos.prefLabel, Literal("Armenia", lang="en")))
    g.add((csto, RDF.type, nkg.Organization))
    g.add((csto, skos.prefLabel, Literal("Collective Security Treaty Organization", lang="en")))
    g.add((membership, RDF.type, nkg.Membership))
    g.add((membership, nkg.member, armenia))
    g.add((membership, nkg.organization, csto))
    g.add((membership, nkg.status, Literal("maybe")))
    report = validate_graph(g)
    assert report.conforms is False
    matching = [p for p in report.problems if "membership status is one of" in p]
    assert len(matching) == 1, report.problems
    assert str(membership) in matching[0] and "maybe" in matching[0]
    assert "membership status is one of" in report.text()


def test_shacl_accepts_a_valid_membership_status():
    nkg = Namespace("https://w3id.org/newskg/ontology#")
    g = Graph()
    membership = URIRef("https://w3id.org/newskg/id/fact/test#membership")
    g.add((membership, RDF.type, nkg.Membership))
    g.add((membership, nkg.status, Literal("leaving")))
    report = validate_graph(g)
    assert not any("membership status is one of" in p for p in report.problems)
