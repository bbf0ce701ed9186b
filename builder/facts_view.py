"""The facts view: one JSON object per source, read back from the built graph.

The view is what a reader of one article alone would say it states, in the shape of
``FACTS-FORMAT.md`` (format 1). It is produced with SPARQL over the store, never from the
in-memory extraction, so that it shows exactly what the graph holds.

>>> sorted(empty_view("a.txt"))
['events', 'memberships', 'noise', 'organizations', 'persons', 'quotes', 'source', 'states']
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

from . import resources
from .errors import InputError
from .model import LISTED_STATUSES
from .query import read_query, run
from .store import write_atomically
from .vocab import NKG, WD

_SECTION = {str(NKG.Person): "persons", str(NKG.State): "states", str(NKG.Organization): "organizations"}


def empty_view(file_name: str) -> dict:
    """The view of a source that states nothing."""
    return {"source": file_name, "persons": [], "states": [], "organizations": [],
            "memberships": [], "events": [], "quotes": [], "noise": []}


def facts_views(store: ox.Store, files: list[str] | None = None) -> dict[str, dict]:
    """The view of every source in the store (or of ``files`` only), by file name."""
    views = {name: empty_view(name) for name in (files or [])}

    def rows(name: str):
        for row in run(read_query(resources.INTERNAL_QUERIES / f"facts-{name}.rq"), store):
            file = row["file"].value
            if files is None or file in views:
                yield views.setdefault(file, empty_view(file)), row

    aliases: dict[tuple[str, str], list[str]] = defaultdict(list)
    for view, row in rows("aliases"):
        aliases[view["source"], row["entity"].value].append(row["alias"].value)
    roles: dict[tuple[str, str], list[str]] = defaultdict(list)
    for view, row in rows("roles"):
        roles[view["source"], row["person"].value].append(row["role"].value)
    members: dict[tuple[str, str], list[str]] = defaultdict(list)
    for view, row in rows("memberships"):
        view["memberships"].append({
            "member": row["member"].value, "organization": row["organization"].value,
            "status": row["status"].value, "evidence": row["evidence"].value})
        if row["status"].value in LISTED_STATUSES:
            members[view["source"], row["organizationEntity"].value].append(row["member"].value)

    for view, row in rows("entities"):
        iri, name = row["entity"].value, row["name"].value
        forms = sorted(set(aliases[view["source"], iri]) | {name}, key=str.casefold)
        wikidata = row["wikidata"].value.removeprefix(str(WD)) if row["wikidata"] else None
        section = _SECTION[row["class"].value]
        entry: dict = {"name": name, "aliases": forms}
        if section == "persons":
            entry |= {"roles": roles[view["source"], iri],
                      "nationality": row["nationality"].value if row["nationality"] else None}
        entry["wikidata"] = wikidata
        if section == "organizations":
            entry |= {"kind": row["kind"].value if row["kind"] else None,
                      "members_listed": list(dict.fromkeys(members[view["source"], iri]))}
        view[section].append(entry)

    events: dict[str, dict] = {}
    for view, row in rows("events"):
        event = events.get(row["fact"].value)
        if event is None:
            event = events[row["fact"].value] = {
                "type": row["type"].value, "agents": [],
                "organization": row["organization"].value if row["organization"] else None,
                "date": row["date"].value if row["date"] else None,
                "evidence": row["evidence"].value}
            view["events"].append(event)
        if row["agent"] and row["agent"].value not in event["agents"]:
            event["agents"].append(row["agent"].value)

    for view, row in rows("quotes"):
        view["quotes"].append({"speaker": row["speaker"].value if row["speaker"] else None, "text": row["text"].value})
    return views


def write_facts_views(views: dict[str, dict], out_dir: Path) -> list[Path]:
    """Write ``OUT/<stem>.json`` for each view, each file atomically; returns the paths."""
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise InputError(f"{out_dir}: cannot create the output folder ({err}); pass --out with a folder path") from None
    written = []
    for file_name, view in sorted(views.items()):
        path = out_dir / (Path(file_name).stem + ".json")
        write_atomically(path, (json.dumps(view, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
        written.append(path)
    return written
