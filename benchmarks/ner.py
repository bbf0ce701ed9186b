"""Mention quality: PERSON/ORG/LOC F1 on MEANTIME English and UNER English-PUD.

Run: ``python benchmarks/ner.py [--corpora ../shared/corpora]``. Prints, with one scorer
(conlleval's chunk rules, ``builder.ner_eval``), NewsReader's published tagger output on the
MEANTIME NERC gold (outer mentions), newskg's annotate stage with and without its trained
pipeline, and the trained pipeline alone. English-PUD is never trained on: it is reported
for the trained pipeline alone and for the whole stage.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from builder.annotate import annotate_text, build_pipeline
from builder.ner_eval import Score, Sentence, group_documents, read_conll, score_groups
from builder.nlp_model import SHIPPED_MODEL, load_model

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora", help="folder holding meantime_en/ and ner/uner-en-pud/")
    args = parser.parse_args(argv)
    meantime = args.corpora / "meantime_en"
    if not (meantime / "newsreader_nerc_eval").is_dir():
        print(f"error: {meantime}/newsreader_nerc_eval not found; pass --corpora", file=sys.stderr)
        return 2
    system = read_conll(meantime / "newsreader_nerc_eval" / "conlleval-3-class-best-outer.txt")
    groups = group_documents(system, _meantime_documents(meantime / "meantime_en_intra.jsonl"))
    newsreader = Score()
    for sentence in system:
        newsreader.add(sentence.columns[0], sentence.columns[1])
    taggers = {
        "newskg (rules + trained pipeline)": _stage_tagger(SHIPPED_MODEL),
        "newskg (rules alone, --no-model)": _stage_tagger(None),
        "trained pipeline alone": _model_tagger(),
    }
    print(f"MEANTIME English, NewsReader NERC gold, outer mentions ({len(system)} sentences, {len(groups)} documents)")
    _print("NewsReader ixa-pipe-nerc (published output)", newsreader)
    for name, tag in taggers.items():
        _print(name, score_groups(groups, tag))
    pud = _pud_documents(args.corpora / "ner" / "uner-en-pud" / "merged-test.conllu")
    print(f"\nUNER English-PUD (news and Wikipedia, never trained on; {sum(len(g) for g, _ in pud)} sentences)")
    for name in ("newskg (rules + trained pipeline)", "trained pipeline alone"):
        _print(name, score_groups(pud, taggers[name]))
    return 0


def _stage_tagger(model):
    nlp = build_pipeline(model=model)
    return lambda text, published: [(e.start_char, e.end_char, e.label_) for e in annotate_text(text, published, nlp).ents]


def _model_tagger():
    nlp = load_model()
    return lambda text, published: [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]


def _print(name: str, score: Score) -> None:
    print(f"  {name}")
    for cls, g, p, c, precision, recall, f1 in score.rows():
        print(f"    {cls:4} gold {g:4}  predicted {p:4}  correct {c:4}   P {precision:6.2%}  R {recall:6.2%}  F1 {f1:6.2%}")


def _meantime_documents(path: Path) -> dict[str, tuple[list[str], date | None]]:
    documents = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        try:
            published = date.fromisoformat(record["date"]) if record["date"] else None
        except ValueError:
            published = None
        documents[record["id"]] = (record["text"].split("\n"), published)
    return documents


def _pud_documents(path: Path) -> list[tuple[list[Sentence], None]]:
    """UD English-PUD sentences with their UNER tags (``NE=`` in MISC), one group per document."""
    groups: list[tuple[list[Sentence], None]] = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = block.splitlines()
        words = [line.split("\t") for line in lines if line and line[0].isdigit() and "\t" in line]
        words = [w for w in words if w[0].isdigit()]  # skip multiword ranges and empty nodes
        if not words:
            continue
        tags = tuple(next((m[3:] for m in w[9].split("|") if m.startswith("NE=")), "O") for w in words)
        sentence = Sentence(tuple(w[1] for w in words), (tags,))
        if any(line.startswith("# newdoc") for line in lines) or not groups:
            groups.append(([], None))
        groups[-1][0].append(sentence)
    return groups


if __name__ == "__main__":
    sys.exit(main())
