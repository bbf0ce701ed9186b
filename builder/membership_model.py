"""The learned half of the membership relation: a linear model that reads a state and a body
one sentence names together and says whether the sentence makes the state a member, and
with which status.

Why: the statement forms in ``extract`` are precise but find only the phrasings someone
wrote a form for. On the twenty-first blind dev batch they found two memberships in five
(precision 0.87, recall 0.39), and each batch's new forms lifted the next unseen batch by
0.00 to 0.02. The model reads every pair a sentence names (its words, their order and
distance, and what the forms found elsewhere in the article) and ``extract`` adds the pairs
it is sure of where no form gave the pair a status. It is trained by
``training/memberships.py`` on the development set's gold files and shipped as plain
weights in ``models/memberships.json``: no pickle, and no training library at run time.

>>> pair = Pair("⟨S0⟩ and ⟨S1⟩ sit together in ⟨O0⟩.", state=1, bodies=(0,), states=2, body_kinds=1)
>>> features(pair)["between:sit"], features(pair)["order=SO"]
(1.0, 1.0)
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

SHIPPED = Path(__file__).resolve().parent / "models" / "memberships.json"
_TOKEN = re.compile(r"⟨[SO]\d+⟩|[\w'’-]+|[^\w\s]")
_PLACEHOLDER = re.compile(r"⟨([SO])(\d+)⟩")


@dataclass(frozen=True)
class Pair:
    """A state and a body one masked sentence names, with what the article's statement
    forms found around them: all the model reads."""

    masked: str  # the sentence, each state mention ⟨S#⟩ and each body mention ⟨O#⟩
    state: int  # the state's placeholder number
    bodies: tuple[int, ...]  # the body's placeholder numbers
    states: int = 1  # state mentions in the sentence
    body_kinds: int = 1  # distinct bodies the sentence names
    head: bool = False  # the ⟨S#⟩ is the name of the state's head, who stands for it
    kind: str | None = None  # the body's kind in the reference ("military alliance"); None when the reference lacks it
    member_body: bool = False  # the reference says the body has member states
    found: int = 0  # memberships the statement forms found in the article
    found_for_body: int = 0  # ... of this body
    found_beside: int = 0  # other states of this sentence the forms made members of this body
    found_for_state: int = 0  # other bodies the forms made this state a member of
    state_role: tuple[str, str] | None = None  # the state's dependency and the word it hangs on, past a list: ("obj", "condemned")
    body_role: tuple[str, str] | None = None  # the body's likewise: ("obl", "joined")
    implied: bool = False  # the sentence names no body but speaks of membership: the body is the article's topic


def _bucket(n: int, bounds: tuple[int, ...]) -> int:
    return next((i for i, bound in enumerate(bounds) if n < bound), len(bounds))


def features(pair: Pair) -> dict[str, float]:
    """The pair's binary features: the sentence's words and word pairs, the words around
    the state and the body and between them, their order and distance, whether another
    body lies nearer, how the parse attaches each, and the counts the statement forms give."""
    words = []
    for token in _TOKEN.findall(pair.masked):
        placeholder = _PLACEHOLDER.fullmatch(token)
        if placeholder is None:
            words.append(token.lower())
        elif placeholder.group(1) == "S":
            words.append("TS" if int(placeholder.group(2)) == pair.state else "S")
        else:
            words.append("TO" if int(placeholder.group(2)) in pair.bodies else "O")
    on = {f"states={min(pair.states, 6)}", f"bodies={min(pair.body_kinds, 4)}", f"kind={pair.kind or 'unknown'}",
          f"found={_bucket(pair.found, (1, 4, 10))}", f"found_for_body={_bucket(pair.found_for_body, (1, 3))}"}
    on |= {f"word:{w}" for w in words} | {f"bigram:{a}_{b}" for a, b in zip(words, words[1:])}
    on |= {name for name, holds in (("head", pair.head), ("member_body", pair.member_body),
                                    ("found_beside", pair.found_beside), ("found_for_state", pair.found_for_state)) if holds}
    for name, role in (("state", pair.state_role), ("body", pair.body_role)):
        if role:
            on |= {f"{name}_dep={role[0]}", f"{name}_head={role[1]}", f"{name}_role={role[0]}_{role[1]}"}
    if pair.state_role and pair.state_role == pair.body_role:
        on.add("same_role")
    if pair.state_role and pair.body_role and pair.state_role[1] == pair.body_role[1]:
        on.add("same_head")
    if "TS" in words:
        at = words.index("TS")
        word = lambda i: words[i] if 0 <= i < len(words) else ("^" if i < 0 else "$")
        on |= {f"left{k}:{word(at - k)}" for k in (1, 2, 3) if at - k >= 0} | {f"right{k}:{word(at + k)}" for k in (1, 2, 3) if at + k < len(words)}
        on |= {f"left:{word(at - 2)}_{word(at - 1)}", f"right:{word(at + 1)}_{word(at + 2)}"}
        bodies = [i for i, w in enumerate(words) if w == "TO"]
        if bodies:
            body = min(bodies, key=lambda i: abs(i - at))
            first, last = sorted((at, body))
            between = words[first + 1:last]
            on |= {"order=" + ("SO" if at < body else "OS"), f"distance={_bucket(last - first, (3, 6, 12, 25))}",
                   f"states_between={min(between.count('S'), 3)}"}
            on |= {f"between:{w}" for w in between} | {f"between2:{a}_{b}" for a, b in zip(between, between[1:])}
            if last - first <= 6:
                on.add("span:" + " ".join(between))
            if "O" in between:
                on.add("body_between")
            named = [i for i, w in enumerate(words) if w in ("O", "TO")]
            if words[min(named, key=lambda i: (abs(i - at), i > at))] == "TO":
                on.add("nearest")
            before, after = [i for i in named if i < at], [i for i in named if i > at]
            if before and words[before[-1]] == "TO":
                on.add("nearest_before")
            if after and words[after[0]] == "TO":
                on.add("nearest_after")
            on |= {f"body_right{k}:{word(body + k)}" for k in (1, 2) if body + k < len(words)}
            on |= {f"body_left{k}:{word(body - k)}" for k in (1, 2) if body - k >= 0}
    if pair.implied:  # a regime of its own: "its members include ⟨S0⟩" reads unlike a sentence that names the body
        on = {"implied", *("implied:" + name for name in on)}
    return dict.fromkeys(sorted(on), 1.0)


class MembershipModel:
    """Trained weights: whether a pair is a membership, and its status.

    Load the shipped model with :func:`shipped_model`; ``threshold`` is the probability
    above which ``extract`` adds a pair.
    """

    def __init__(self, data: dict):
        self.threshold: float = data["threshold"]
        self._bias: float = data["member"]["bias"]
        self._weights: dict[str, float] = data["member"]["weights"]
        self.statuses: tuple[str, ...] = tuple(data["status"]["classes"])
        self._status_bias: list[float] = data["status"]["bias"]
        self._status_weights: dict[str, list[float]] = data["status"]["weights"]

    def probability(self, pair: Pair) -> float:
        """How sure the model is that the pair's sentence makes the state a member of the body."""
        score = self._bias + sum(self._weights.get(name, 0.0) for name in features(pair))
        return 1.0 / (1.0 + math.exp(-score))

    def status(self, pair: Pair) -> str:
        """The most likely status ("member", "joined", "left", ...) of a membership the pair states."""
        scores = list(self._status_bias)
        for name in features(pair):
            for i, weight in enumerate(self._status_weights.get(name, ())):
                scores[i] += weight
        return self.statuses[max(range(len(scores)), key=scores.__getitem__)]


@cache
def shipped_model() -> MembershipModel:
    """The model trained by ``training/memberships.py``, read once."""
    return MembershipModel(json.loads(SHIPPED.read_text(encoding="utf-8")))
