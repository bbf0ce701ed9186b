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
