"""Independent strict parsers accept every export and its VoID description, with the same counts.

Raptor (``rapper``) and Serd (``serdi``) are other implementations than the Oxigraph that
writes the files, so a syntax only Oxigraph reads would show up here. Without them the
tests skip, naming the Debian package; with NEWSKG_REQUIRE_PARSERS=1 (as in CI) they fail.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest

from builder.cli import main
from builder.store import open_store

FILES = {"turtle": "export.ttl", "trig": "export.trig", "nquads": "export.nq", "void": "export.trig.void.ttl"}
SYNTAX = {"turtle": "turtle", "trig": "trig", "nquads": "nquads", "void": "turtle"}
OX_FORMAT = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}
PACKAGES = {"rapper": "raptor2-utils", "serdi": "serdi"}
TIMEOUT_S = 120


@pytest.fixture(scope="module")
def exports(seed_store, tmp_path_factory) -> Path:
    """The seed store exported in each format (the TriG export also writes the VoID file)."""
    folder = tmp_path_factory.mktemp("exports")
    for fmt in ("turtle", "trig", "nquads"):
        assert main(["export", "--format", fmt, "--output", str(folder / FILES[fmt]), "--store", str(seed_store)]) == 0
    return folder


@pytest.fixture(scope="module")
def expected_counts(seed_store, exports) -> dict[str, int]:
    """Statements each file holds: quads for TriG and N-Quads, distinct triples for Turtle."""
    store = open_store(seed_store)
    quads = list(store)
    del store
    void = list(ox.parse(path=str(exports / FILES["void"]), format=ox.RdfFormat.TURTLE))
    return {"trig": len(quads), "nquads": len(quads), "turtle": len({q.triple for q in quads}), "void": len(void)}


def require(tool: str) -> None:
    if shutil.which(tool) is None:
        message = f"{tool} is not installed (Debian package {PACKAGES[tool]})"
        if os.environ.get("NEWSKG_REQUIRE_PARSERS") == "1":
            pytest.fail(f"{message}; NEWSKG_REQUIRE_PARSERS=1 requires it")
        pytest.skip(message)


def rapper_count(syntax: str, path: Path) -> int:
    """Statements ``rapper`` reads in strict mode; fails on any error or warning."""
    require("rapper")
    result = subprocess.run(
        ["rapper", "-f", "strict", "-f", "noNet", "-i", syntax, "-c", str(path)],
        capture_output=True, text=True, timeout=TIMEOUT_S,
    )
    problems = [line for line in result.stderr.splitlines() if line.startswith(("rapper: Error", "rapper: Warning"))]
    assert result.returncode == 0 and not problems, result.stderr[-2000:]
    return int(re.search(r"Parsing returned (\d+) triples?", result.stderr).group(1))


def serdi_count(syntax: str, path: Path) -> int:
    """Statements ``serdi`` (strict unless -l) writes back as N-Quads; fails on anything on stderr."""
    require("serdi")
    result = subprocess.run(["serdi", "-i", syntax, "-o", "nquads", str(path)], capture_output=True, timeout=TIMEOUT_S)
    assert result.returncode == 0 and not result.stderr, result.stderr.decode("utf-8", "replace")[-2000:]
    return result.stdout.count(b"\n")


def oxigraph_count(syntax: str, path: Path) -> int:
    return sum(1 for _ in ox.parse(path=str(path), format=OX_FORMAT[syntax]))


TOOLS = {"rapper": rapper_count, "serdi": serdi_count, "pyoxigraph": oxigraph_count}


@pytest.mark.parametrize("kind", list(FILES))
@pytest.mark.parametrize("tool", list(TOOLS))
def test_strict_parser_accepts_the_export(tool, kind, exports, expected_counts):
    assert TOOLS[tool](SYNTAX[kind], exports / FILES[kind]) == expected_counts[kind]
