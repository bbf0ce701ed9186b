"""The committed reference graph: member states as of its corrections, read through a real SPARQL engine."""

import pyoxigraph as ox

from builder import resources
from builder.vocab import ID, NKG


def members(org: str) -> set[str]:
    store = ox.Store()
    with open(resources.REFERENCE, "rb") as stream:
        store.load(stream, format=ox.RdfFormat.TURTLE)
    return {t.object.value.removeprefix(str(ID)) for t in store.quads_for_pattern(ox.NamedNode(f"{ID}{org}"), ox.NamedNode(str(NKG.hasMemberState)), None)}


def test_oecd_members_are_its_38_without_partners():
    oecd = members("org/oecd")
    assert len(oecd) == 38
    assert {"state/chile", "state/colombia", "state/costa-rica", "state/latvia"} <= oecd
    assert not {"state/india", "state/china", "state/brazil", "state/indonesia"} & oecd


def test_euro_area_and_schengen_members_are_not_the_eus():
    euro, schengen = members("org/euro-area"), members("org/schengen-area")
    assert len(euro) == 21 and {"state/croatia", "state/bulgaria"} <= euro and not {"state/sweden", "state/poland"} & euro
    assert len(schengen) == 29 and {"state/switzerland", "state/norway", "state/romania"} <= schengen
    assert not {"state/ireland", "state/cyprus"} & schengen


def test_the_g8_is_the_g7_with_russia_suspended():
    assert members("org/g8") == members("org/g7")


def test_bodies_admitted_after_the_factbook_extract_and_groupings_without_it():
    assert "state/azerbaijan" in members("org/d-8") and len(members("org/d-8")) == 9  # admitted in December 2024
    assert "state/united-kingdom" in members("org/cptpp") and "state/united-states" not in members("org/cptpp")
    assert members("org/bucharest-nine") == {f"state/{s}" for s in ("bulgaria", "czechia", "estonia", "hungary", "latvia",
                                                                     "lithuania", "poland", "romania", "slovakia")}


def test_the_eurozone_written_lowercase_as_news_writes_it_is_the_euro_area(doc_of):
    doc = doc_of("Headline\nCroatia became the 20th member of the eurozone in 2023. The Eurozone grew.")
    assert [e._.key for e in doc.ents if e.label_ == "ORG"] == ["org/euro-area", "org/euro-area"]
