"""Score PERSON/ORG/LOC mentions against CoNLL gold with the conlleval chunk rules.

The NewsReader project published its MEANTIME gold and its own tagger's output as CoNLL
columns (``token gold [system]``). Scoring our pipeline and theirs with this one scorer
keeps the comparison like for like: phrase-level exact match of type and span.

>>> chunks(["B-ORG", "I-ORG", "O", "I-PER", "B-PER", "I-LOC"])
[(0, 2, 'ORG'), (3, 4, 'PER'), (4, 5, 'PER'), (5, 6, 'LOC')]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .errors import InputError

#: Our entity labels as the three CoNLL classes; NORP, DATE and the rest are not scored.
CLASS_OF_LABEL = {"PERSON": "PER", "PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}


@dataclass(frozen=True)
class Sentence:
    tokens: tuple[str, ...]
    columns: tuple[tuple[str, ...], ...]  # one tag sequence per column after the token


@dataclass
class Score:
    gold: Counter = field(default_factory=Counter)
    predicted: Counter = field(default_factory=Counter)
    correct: Counter = field(default_factory=Counter)

    def add(self, gold_tags: Iterable[str], predicted_tags: Iterable[str]) -> None:
        gold, predicted = set(chunks(list(gold_tags))), set(chunks(list(predicted_tags)))
        self.gold.update(c[2] for c in gold)
        self.predicted.update(c[2] for c in predicted)
        self.correct.update(c[2] for c in gold & predicted)

    def prf(self, cls: str | None = None) -> tuple[float, float, float]:
        """Precision, recall and F1 for one class, or over all of them."""
        pick = (lambda c: c[cls]) if cls else (lambda c: sum(c.values()))
        g, p, c = pick(self.gold), pick(self.predicted), pick(self.correct)
        precision, recall = (c / p if p else 0.0), (c / g if g else 0.0)
        return precision, recall, (2 * precision * recall / (precision + recall) if c else 0.0)

    def rows(self) -> list[tuple[str, int, int, int, float, float, float]]:
        classes = sorted(set(self.gold) | set(self.predicted))
        return [(name, *(sum(c.values()) if name == "ALL" else c[name] for c in (self.gold, self.predicted, self.correct)), *self.prf(None if name == "ALL" else name))
                for name in ["ALL", *classes]]


def chunks(tags: list[str]) -> list[tuple[int, int, str]]:
    """Entity chunks (start, end, type) of IOB1/IOB2 tags, as conlleval reads them."""
    found, start, kind = [], None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        begins = prefix == "B" or (prefix == "I" and label != kind)
        if start is not None and (prefix == "O" or begins):
            found.append((start, i, kind))
            start, kind = None, None
        if begins:
            start, kind = i, label
    return found


def read_conll(path: Path) -> list[Sentence]:
    """Sentences of a CoNLL file with whitespace-separated columns and blank lines between."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror}") from None
    sentences, rows = [], []
    for line in [*text.splitlines(), ""]:
        if line.strip():
            rows.append(line.split())
            continue
        if not rows:
            continue
        if len({len(r) for r in rows}) != 1 or len(rows[0]) < 2:
            raise InputError(f"{path}: every line needs a token and the same number of tag columns")
        sentences.append(Sentence(tuple(r[0] for r in rows), tuple(zip(*(r[1:] for r in rows)))))
        rows = []
    return sentences


def group_documents(sentences: list[Sentence], documents: dict[str, tuple[list[str], date | None]]) -> list[tuple[list[Sentence], date | None]]:
    """Consecutive sentences grouped by the document whose lines hold them all.

    ``documents`` maps a document id to its lines (tokens joined by spaces) and its date. A
    sentence no document holds starts a group of its own, without a date.
    """
    holders: dict[str, set[str]] = {}
    for doc_id, (lines, _) in documents.items():
        for line in lines:
            holders.setdefault(line, set()).add(doc_id)
    groups: list[tuple[list[Sentence], set[str]]] = []
    for sentence in sentences:
        owners = holders.get(" ".join(sentence.tokens), set())
        if groups and groups[-1][1] & owners:
            groups[-1] = (groups[-1][0] + [sentence], groups[-1][1] & owners)
        else:
            groups.append(([sentence], owners))
    return [(group, documents[min(owners)][1] if owners else None) for group, owners in groups]


def predicted_tags(group: list[Sentence], tag: Callable[[str, date | None], list[tuple[int, int, str]]], published: date | None) -> list[list[str]]:
    """IOB2 tags for every token of a group, from ``tag(text, date)`` character spans.

    The group's sentences become the lines of one text, so the tagger sees the whole
    document; each token takes the class of the span that covers its first character.
    """
    lines = [" ".join(s.tokens) for s in group]
    text = "\n".join(lines)
    label_at: dict[int, tuple[int, str]] = {}
    for start, end, label in tag(text, published):
        cls = CLASS_OF_LABEL.get(label)
        if cls:
            for k in range(start, end):
                label_at[k] = (start, cls)
    out, offset = [], 0
    for sentence, line in zip(group, lines):
        tags, position, previous = [], offset, None
        for token in sentence.tokens:
            hit = label_at.get(position)
            if hit is None:
                tags.append("O")
            else:
                tags.append(("I-" if hit == previous else "B-") + hit[1])
            previous = hit
            position += len(token) + 1
        out.append(tags)
        offset += len(line) + 1
    return out


def score_groups(groups: list[tuple[list[Sentence], date | None]], tag: Callable[[str, date | None], list[tuple[int, int, str]]]) -> Score:
    """Score ``tag`` against the first tag column of every sentence of grouped documents."""
    score = Score()
    for group, published in groups:
        for sentence, tags in zip(group, predicted_tags(group, tag, published)):
            score.add(sentence.columns[0], tags)
    return score
