"""Convert the openly licensed NER corpora into spaCy training files.

Reads ``../shared/corpora/ner`` (or ``--corpora``) and writes ``.spacy`` files to
``training/corpus/``:

* ``train.spacy``: UD English-EWT with UniversalNER entities (tags, dependencies and
  entities), wikigold minus its dev documents (entities only) and re3d (proper-name
  entities only; descriptions such as "rebels" are left unannotated, not taught as O).
* ``dev.spacy``: UD English-EWT dev and every tenth wikigold document, to choose the model.
* ``test-ewt.spacy``, ``test-pud.spacy``: held-out reports. English-PUD is never trained on.

All labels map to PERSON, ORG and LOC. The corpora do not tell countries from other
places, so the GPE/LOC split is the reference graph's job, not the model's. MISC
(wikigold) and the other re3d types become O. Run ``python training/corpora.py --help``.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from builder.annotate import TITLES  # noqa: E402  (titles are stripped from re3d person spans)

LABELS = {
    "PER": "PERSON", "PERSON": "PERSON", "Person": "PERSON",
    "ORG": "ORG", "Organisation": "ORG",
    "LOC": "LOC", "Location": "LOC",
}
FUNCTION_WORDS = {"of", "the", "and", "for", "on", "in", "de", "al", "el", "&", "-", "'s", "to", "at", "bin", "ibn"}
DETERMINERS = {"the", "a", "an"}
PRONOUNS = {"i", "we", "you", "he", "she", "it", "they", "us", "them", "this", "these", "those"}
TITLE_WORDS = {word for title in TITLES for word in title.split()} | {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sgt", "sheikh"}
WIKIGOLD_DEV_EVERY = 10


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=HERE.parent.parent / "shared" / "corpora" / "ner")
    parser.add_argument("--out", type=Path, default=HERE / "corpus")
    parser.add_argument("--news-weight", type=int, default=1, metavar="N", help="repeat wikigold and re3d N times in train (closer to news than EWT's web text)")
    args = parser.parse_args(argv)
    if not (args.corpora / "ud-ewt-uner").is_dir():
        print(f"error: {args.corpora} does not hold ud-ewt-uner/; pass --corpora", file=sys.stderr)
        return 2
    vocab = spacy.blank("en").vocab
    ewt = args.corpora / "ud-ewt-uner"
    wikigold = list(read_wikigold(vocab, args.corpora / "wikigold" / "wikigold.conll.txt"))
    wiki_dev = [doc for i, doc in enumerate(wikigold) if i % WIKIGOLD_DEV_EVERY == 0]
    wiki_train = [doc for i, doc in enumerate(wikigold) if i % WIKIGOLD_DEV_EVERY != 0]
    re3d = list(read_re3d(vocab, args.corpora / "re3d" / "conll"))
    sets = {
        "train": list(read_conllu(vocab, ewt / "merged-train.conllu")) + (wiki_train + re3d) * args.news_weight,
        "dev": list(read_conllu(vocab, ewt / "merged-dev.conllu")) + wiki_dev,
        "test-ewt": list(read_conllu(vocab, ewt / "merged-test.conllu")),
        "test-pud": list(read_conllu(vocab, args.corpora / "uner-en-pud" / "merged-test.conllu")),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    for name, docs in sets.items():
        DocBin(docs=docs, store_user_data=False).to_disk(args.out / f"{name}.spacy")
        words = sum(len(doc) for doc in docs)
        ents = sum(len(doc.ents) for doc in docs)
        print(f"{name:9} {len(docs):6} docs {words:8} words {ents:6} entities")
    return 0


def read_conllu(vocab, path: Path):
    """Docs of UD sentences (a new one at each ``# newdoc``, at most 20 sentences), with tags,
    heads, labels, sentence starts and the UniversalNER entities kept in MISC as ``NE=``."""
    sentences = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.splitlines() if line]
        if not lines:
            continue
        newdoc = any(line.startswith("# newdoc") for line in lines)
        words, spaces, tags, heads, deps, iob = [], [], [], [], [], []
        no_space_until = 0
        for line in lines:
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "." in cols[0]:
                continue
            if "-" in cols[0]:
                no_space_until = int(cols[0].split("-")[1])
                range_space = "SpaceAfter=No" not in cols[9]
                continue
            index = int(cols[0])
            words.append(cols[1])
            if index < no_space_until:
                spaces.append(False)
            elif index == no_space_until:
                spaces.append(range_space)
            else:
                spaces.append("SpaceAfter=No" not in cols[9])
            tags.append(cols[4])
            heads.append(int(cols[6]))
            deps.append(cols[7])
            ne = next((item[3:] for item in cols[9].split("|") if item.startswith("NE=")), "O")
            iob.append(ne)
        sentences.append((newdoc, words, spaces, tags, heads, deps, iob))
    doc_sentences: list[list] = []
    for sentence in sentences:
        if sentence[0] or not doc_sentences or len(doc_sentences[-1]) >= 20:
            doc_sentences.append([])
        doc_sentences[-1].append(sentence)
    for group in doc_sentences:
        words, spaces, tags, heads, deps, ents, starts = [], [], [], [], [], [], []
        for _, w, s, t, h, d, iob in group:
            offset = len(words)
            words += w
            spaces += s
            tags += t
            heads += [offset + head - 1 if head else offset + i for i, head in enumerate(h)]
            deps += ["ROOT" if dep == "root" else dep for dep in d]
            ents += _iob2(iob)
            starts += [True] + [False] * (len(w) - 1)
        yield Doc(vocab, words=words, spaces=spaces, tags=tags, heads=heads, deps=deps, ents=ents, sent_starts=starts)


def _iob2(tags: list[str]) -> list[str]:
    """IOB2 tags with corpus labels to spaCy IOB with project labels; other types become O."""
    out = []
    for tag in tags:
        if tag in ("O", "-") or tag[2:] not in LABELS:
            out.append("O")
        else:
            out.append(f"{tag[0]}-{LABELS[tag[2:]]}")
    # a leading I- (type change without B-) starts an entity
    for i, tag in enumerate(out):
        if tag.startswith("I-") and (i == 0 or out[i - 1][2:] != tag[2:]):
            out[i] = "B-" + tag[2:]
    return out


def read_wikigold(vocab, path: Path):
    """One Doc per wikigold article; IO tags become IOB by starting an entity at each type change."""
    for article in path.read_text(encoding="utf-8").split("-DOCSTART- O"):
        words, tags, starts = [], [], []
        for sentence in article.strip().split("\n\n"):
            rows = [line.rsplit(" ", 1) for line in sentence.splitlines() if line.strip()]
            for i, (word, tag) in enumerate(rows):
                words.append(word)
                tags.append(tag)
                starts.append(i == 0)
        if words:
            yield Doc(vocab, words=words, ents=_iob2(tags), sent_starts=starts)


def read_re3d(vocab, folder: Path):
    """One Doc per re3d document; only proper-name Person/Organisation/Location spans are kept.

    re3d labels descriptions ("U.S. service members", "rebels") and titles ("President of the
    United States") as entities. A span that is not a name is left unannotated (missing), so
    the model is neither taught it as an entity nor as O.
    """
    for path in sorted(folder.glob("*/*.conll")):
        words, tags, starts = [], [], []
        for sentence in path.read_text(encoding="utf-8").split("\n\n"):
            rows = [line.split("\t") for line in sentence.splitlines() if "\t" in line]
            for i, (word, tag) in enumerate(rows):
                words.append(word)
                tags.append(tag.strip() or "O")
                starts.append(i == 0)
        if words:
            yield Doc(vocab, words=words, ents=_proper_names(words, _iob2(tags)), sent_starts=starts)


def _title_or_function(word: str) -> bool:
    return word.lower().rstrip(".") in TITLE_WORDS or word.lower() in FUNCTION_WORDS - {"al", "el", "bin", "ibn", "de"}


def _proper_names(words: list[str], iob: list[str]) -> list[str]:
    out = list(iob)
    i = 0
    while i < len(out):
        if not out[i].startswith("B-"):
            i += 1
            continue
        label, end = out[i][2:], i + 1
        while end < len(out) and out[end] == f"I-{label}":
            end += 1
        start = i
        while start < end - 1 and words[start].lower() in DETERMINERS:
            out[start] = "O"
            start += 1
        if label == "PERSON":  # "US Secretary of State John Kerry": the name is what follows the last title word
            title_end = max((j + 1 for j in range(start, end) if _title_or_function(words[j])), default=start)
            out[start:title_end] = [""] * (title_end - start)
            start = title_end
            if start == end:
                i = end
                continue
        content = [w for w in words[start:end] if w.lower() not in FUNCTION_WORDS and re.search(r"[A-Za-z]", w)]
        if content and all(w[0].isupper() for w in content) and not {w.lower() for w in content} <= PRONOUNS:
            out[start] = f"B-{label}"
        else:
            out[start:end] = [""] * (end - start)
        i = end
    return out


if __name__ == "__main__":
    sys.exit(main())
