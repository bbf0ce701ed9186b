"""Score facts views against gold files with the matching rules of ``FACTS-FORMAT.md``.

- Entities match when a name or alias equals one of the other's after case and
  whitespace folding, or when their Wikidata QIDs are equal; matching is one to one.
- Relations name entities; a predicted name counts as the gold entity it matched.
- Roles match on (person, role); members listed on (organisation, state).
- Memberships match on (member, organisation); status is scored on the matched pairs.
- Events match on type plus the organisation or one shared agent; date on the matched.
- Quotes match on speaker plus at least 80% word overlap of the text.

>>> gold = {"states": [{"name": "Armenia", "aliases": ["Armenia", "Yerevan"], "wikidata": "Q399"}]}
>>> pred = {"states": [{"name": "armenia", "aliases": [], "wikidata": None}]}
>>> score_document(gold, pred)["states"].f1
1.0
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import networkx

from .errors import InputError

ENTITY_CATEGORIES = ("persons", "states", "organizations")
CATEGORIES = ENTITY_CATEGORIES + ("roles", "members_listed", "memberships", "events", "quotes")
QUOTE_OVERLAP = 0.8


@dataclass
class Score:
    """Counts for one category; ``agreeing`` counts matched pairs whose status or date agree."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    agreeing: int = 0
    misses: list[str] = field(default_factory=list)  # gold items not found
    extras: list[str] = field(default_factory=list)  # predicted items not in gold

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def agreement(self) -> float | None:
        return self.agreeing / self.tp if self.tp else None

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.agreeing += other.agreeing
        self.misses += other.misses
        self.extras += other.extras


def fold(text: str | None) -> str:
    """Case and whitespace folding, the equality of the matching rules."""
    return " ".join((text or "").casefold().split())


class _Names:
    """Canonical names: a gold entity's folded name, which a matched prediction takes too."""

    def __init__(self, gold: dict, pred: dict):
        self.gold: dict[str, str] = {}
        self.pred: dict[str, str] = {}
        self.scores: dict[str, Score] = {}
        for category in ENTITY_CATEGORIES:
            golds, preds = gold.get(category, []), pred.get(category, [])
            for g in golds:
                for form in _forms(g):
                    self.gold.setdefault(form, fold(g["name"]))
            score, pairs = _match(golds, preds, same_entity, lambda g, p: True, lambda e: e["name"])
            for g, p in pairs:
                self.pred[fold(p["name"])] = fold(g["name"])
            self.scores[category] = score

    def of_gold(self, name: str | None) -> str:
        return self.gold.get(fold(name), fold(name))

    def of_pred(self, name: str | None) -> str:
        folded = fold(name)
        return self.pred.get(folded) or self.gold.get(folded, folded)


def _forms(entity: dict) -> set[str]:
    return {fold(entity["name"])} | {fold(a) for a in entity.get("aliases") or []}


def same_entity(gold: dict, pred: dict) -> bool:
    """Whether a predicted entity is a gold one: the same QID, or a name or alias in common."""
    if gold.get("wikidata") and gold.get("wikidata") == pred.get("wikidata"):
        return True
    return bool(_forms(gold) & _forms(pred))


def _score_sets(gold: set, pred: set) -> Score:
    return Score(tp=len(gold & pred), fp=len(pred - gold), fn=len(gold - pred),
                 misses=sorted(map(str, gold - pred)), extras=sorted(map(str, pred - gold)))


def score_document(gold: dict, pred: dict) -> dict[str, Score]:
    """Scores of one document's predicted view against its gold view, by category."""
    names = _Names(gold, pred)
    scores = dict(names.scores)

    scores["roles"] = _score_sets(
        {(names.of_gold(p["name"]), fold(r)) for p in gold.get("persons", []) for r in p.get("roles") or []},
        {(names.of_pred(p["name"]), fold(r)) for p in pred.get("persons", []) for r in p.get("roles") or []})
    scores["members_listed"] = _score_sets(
        {(names.of_gold(o["name"]), names.of_gold(s)) for o in gold.get("organizations", []) for s in o.get("members_listed") or []},
        {(names.of_pred(o["name"]), names.of_pred(s)) for o in pred.get("organizations", []) for s in o.get("members_listed") or []})

    gold_status = {(names.of_gold(m["member"]), names.of_gold(m["organization"])): m["status"] for m in gold.get("memberships", [])}
    pred_status = {(names.of_pred(m["member"]), names.of_pred(m["organization"])): m["status"] for m in pred.get("memberships", [])}
    membership = _score_sets(set(gold_status), set(pred_status))
    membership.agreeing = sum(gold_status[k] == pred_status[k] for k in set(gold_status) & set(pred_status))
    scores["memberships"] = membership

    scores["events"], _ = _match(
        gold.get("events", []), pred.get("events", []),
        lambda g, p: g["type"] == p["type"] and (
            (g.get("organization") and names.of_gold(g["organization"]) == names.of_pred(p.get("organization")))
            or bool({names.of_gold(a) for a in g.get("agents") or []} & {names.of_pred(a) for a in p.get("agents") or []})),
        lambda g, p: g.get("date") == p.get("date"),
        lambda e: f"{e['type']} {e.get('organization')} {e.get('agents')} {e.get('date')}")
    scores["quotes"], _ = _match(
        gold.get("quotes", []), pred.get("quotes", []),
        lambda g, p: names.of_gold(g.get("speaker")) == names.of_pred(p.get("speaker")) and word_overlap(g["text"], p["text"]) >= QUOTE_OVERLAP,
        lambda g, p: True,
        lambda q: f"{q.get('speaker')}: {q['text'][:60]}")
    return scores


def _match(golds: list, preds: list, same, agree, label) -> tuple[Score, list[tuple]]:
    """One-to-one matching: the most pairs, and among those the most that agree (an event's
    date), so that two withdrawals in one sentence are not scored against each other's dates
    because of their order. Returns the score and the matched (gold, pred) pairs."""
    graph = networkx.Graph()
    for i, g in enumerate(golds):
        for j, p in enumerate(preds):
            if same(g, p):
                graph.add_edge(("gold", i), ("pred", j), weight=2 if agree(g, p) else 1)
    matching = networkx.max_weight_matching(graph, maxcardinality=True)
    partner = dict(sorted((a[1], b[1]) if a[0] == "gold" else (b[1], a[1]) for a, b in matching))
    score = Score()
    pairs = [(golds[i], preds[j]) for i, j in partner.items()]
    score.tp = len(pairs)
    score.agreeing = sum(bool(agree(g, p)) for g, p in pairs)
    score.fn = len(golds) - len(pairs)
    score.misses = [label(g) for i, g in enumerate(golds) if i not in partner]
    taken = set(partner.values())
    score.fp = len(preds) - len(pairs)
    score.extras = [label(p) for j, p in enumerate(preds) if j not in taken]
    return score, pairs


def word_overlap(a: str, b: str) -> float:
    """Shared words over the words of the longer text.

    >>> word_overlap("We will leave (the CSTO).", "We will leave the CSTO")
    1.0
    """
    wa, wb = Counter(re.findall(r"\w+", fold(a))), Counter(re.findall(r"\w+", fold(b)))
    longest = max(sum(wa.values()), sum(wb.values()))
    return sum((wa & wb).values()) / longest if longest else 1.0


def facts_from_noise(gold: dict, pred: dict) -> list[str]:
    """Predicted evidence or quotes that lie inside a line the gold file marks as noise,
    except a quotation the gold gives too (a teaser that repeats the article's words)."""
    noise = [n for n in gold.get("noise", []) if n.strip()]
    texts = [m.get("evidence") for m in pred.get("memberships", [])] + [e.get("evidence") for e in pred.get("events", [])]
    quoted = {fold(q.get("text")) for q in gold.get("quotes", [])}
    texts += [q.get("text") for q in pred.get("quotes", []) if fold(q.get("text")) not in quoted]
    return [t for t in texts if t and any(t in n for n in noise)]


@dataclass
class Evaluation:
    """Scores summed over documents (micro-averaged), per category."""

    documents: int
    scores: dict[str, Score]
    missing: list[str]  # gold documents with no prediction (scored as empty)
    noise_facts: list[str]

    @property
    def mean_f1(self) -> float:
        return sum(s.f1 for s in self.scores.values()) / len(self.scores)

    def table(self, details: bool = False) -> str:
        lines = [f"{'category':<15} {'P':>6} {'R':>6} {'F1':>6}   {'tp':>4} {'fp':>4} {'fn':>4}"]
        for category, s in self.scores.items():
            line = f"{category:<15} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}   {s.tp:4d} {s.fp:4d} {s.fn:4d}"
            if category in ("memberships", "events") and s.agreement is not None:
                line += f"   {'status' if category == 'memberships' else 'date'} right on {s.agreement:.3f} of matched"
            lines.append(line)
        lines.append(f"{'mean F1':<15} {self.mean_f1:20.3f}   over {self.documents} document(s)")
        lines.append(f"facts from noise: {len(self.noise_facts)}")
        if self.missing:
            lines.append(f"no prediction for: {', '.join(self.missing)}")
        if details:
            for category, s in self.scores.items():
                for item in s.misses:
                    lines.append(f"  missed  {category:<14} {item}")
                for item in s.extras:
                    lines.append(f"  extra   {category:<14} {item}")
            for text in self.noise_facts:
                lines.append(f"  noise   {text[:100]}")
        return "\n".join(lines) + "\n"

    def as_json(self) -> dict:
        return {"documents": self.documents, "mean_f1": round(self.mean_f1, 4), "missing": self.missing,
                "facts_from_noise": len(self.noise_facts),
                "categories": {c: {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                                   "tp": s.tp, "fp": s.fp, "fn": s.fn,
                                   **({"agreement": round(s.agreement, 4)} if s.agreement is not None and c in ("memberships", "events") else {})}
                               for c, s in self.scores.items()}}


def evaluate(gold_dir: Path, pred_dir: Path) -> Evaluation:
    """Score every ``<stem>.json`` of ``gold_dir`` against ``pred_dir/<stem>.json``."""
    gold_files = sorted(Path(gold_dir).glob("*.json")) if Path(gold_dir).is_dir() else []
    if not gold_files:
        raise InputError(f"{gold_dir}: no gold .json files here; pass --gold DIR holding one <stem>.json per source")
    if not Path(pred_dir).is_dir():
        raise InputError(f"{pred_dir}: no such folder; write predictions with 'newskg facts PATH... --out {pred_dir}'")
    totals = {c: Score() for c in CATEGORIES}
    missing, noise = [], []
    for gold_path in gold_files:
        gold = read_view(gold_path)
        pred_path = Path(pred_dir) / gold_path.name
        if pred_path.is_file():
            pred = read_view(pred_path)
        else:
            pred = {}
            missing.append(gold_path.name)
        for category, score in score_document(gold, pred).items():
            score.misses = [f"{gold_path.stem}: {m}" for m in score.misses]
            score.extras = [f"{gold_path.stem}: {e}" for e in score.extras]
            totals[category].add(score)
        noise += facts_from_noise(gold, pred)
    return Evaluation(len(gold_files), totals, missing, noise)


def read_view(path: Path) -> dict:
    """A facts-view JSON file; a clear error when it is not one."""
    try:
        view = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InputError(f"{path}: not a readable facts-view JSON file ({err})") from None
    if not isinstance(view, dict):
        raise InputError(f"{path}: a facts view is a JSON object, not {type(view).__name__}")
    return view
