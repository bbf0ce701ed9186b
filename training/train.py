"""Rebuild newskg's trained English pipeline from the open corpora and ship it.

    python training/train.py [--corpora ../shared/corpora/ner] [--minutes 90]

Steps: convert the corpora (``corpora.py``), train ``config.cfg`` with spaCy for at most
``--minutes`` (the best model on the dev set is kept as training goes), score it on the
held-out EWT and English-PUD test sets, and copy it with its licence and metadata into
``builder/models/en_newskg``, where ``pip install -e .`` makes it available. Training runs
on the CPU; on 2 cores about 90 minutes gave the shipped model (see MODEL_CARD.md).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHIPPED = ROOT / "builder" / "models" / "en_newskg"
#: Files that travel with the weights (licence, attribution, model card).
DOCUMENTS = ("LICENSE", "MODEL_CARD.md")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora" / "ner")
    parser.add_argument("--minutes", type=float, default=90, help="stop training after this long (default: 90)")
    parser.add_argument("--output", type=Path, default=HERE / "output" / "latest")
    parser.add_argument("--ship", type=Path, metavar="MODEL", help="only package this trained model folder (e.g. a model-best) into builder/models")
    args = parser.parse_args(argv)
    if args.ship:
        _ship(args.ship)
        print(f"shipped {args.ship} to {SHIPPED}")
        return 0
    corpus = HERE / "corpus"
    _run([sys.executable, str(HERE / "corpora.py"), "--corpora", str(args.corpora), "--out", str(corpus)])
    _train(args.output, args.minutes)
    best = args.output / "model-best"
    for name in ("test-ewt", "test-pud"):
        _run([sys.executable, "-m", "spacy", "evaluate", str(best), str(corpus / f"{name}.spacy"), "--output", str(args.output / f"{name}.json")])
    _ship(best)
    print(f"shipped {best} to {SHIPPED}")
    return 0


def _run(command: list[str]) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT)


def _train(output: Path, minutes: float) -> None:
    """spaCy training, stopped after ``minutes``; model-best is saved at every improvement."""
    command = [sys.executable, "-m", "spacy", "train", str(HERE / "config.cfg"), "--output", str(output)]
    print("+", " ".join(command), flush=True)
    process = subprocess.Popen(command, cwd=ROOT)
    deadline = time.monotonic() + minutes * 60
    while process.poll() is None and time.monotonic() < deadline:
        time.sleep(10)
    if process.poll() is None:
        process.terminate()
        process.wait()
    if not (output / "model-best").is_dir():
        raise SystemExit(f"training wrote no model-best under {output}; train longer")


def _ship(best: Path) -> None:
    keep = {path.name: path.read_bytes() for path in (SHIPPED / name for name in DOCUMENTS) if path.exists()}
    if SHIPPED.exists():
        shutil.rmtree(SHIPPED)
    shutil.copytree(best, SHIPPED)
    for name, data in keep.items():
        (SHIPPED / name).write_bytes(data)
    meta_path = SHIPPED / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta.update(
        name="newskg", version="1.0.0", license="CC BY-SA 4.0",
        description="newskg's English tagger, parser and PERSON/ORG/LOC recogniser, trained on UD English-EWT with "
                    "UniversalNER entities, wikigold and re3d (see MODEL_CARD.md)",
        sources=[
            {"name": "UD English-EWT", "url": "https://github.com/UniversalDependencies/UD_English-EWT", "license": "CC BY-SA 4.0"},
            {"name": "UniversalNER English-EWT", "url": "https://github.com/UniversalNER/UNER_English-EWT", "license": "CC BY-SA 4.0"},
            {"name": "wikigold", "url": "https://figshare.com/articles/Learning_multilingual_named_entity_recognition_from_Wikipedia/5462500", "license": "CC BY 4.0"},
            {"name": "re3d (BBC part excluded)", "url": "https://github.com/dstl/re3d", "license": "public domain, OGL v3.0, CC BY 3.0 AU, CC BY-SA 3.0, EU reuse notice"},
        ],
    )
    meta_path.write_text(json.dumps(meta, indent=2) + "\n")


if __name__ == "__main__":
    sys.exit(main())
