"""Stage 5, resolve: one key per real-world entity across all sources.

Entities from the reference graph already share keys. People are the work here: an
article that names only "Pashinyan" means the Nikol Pashinyan another source names in
full, when exactly one known full name ends in that surname. And a post whose owner one
article leaves unsaid ("President Xi Jinping" in a story about Lithuania) is the post
another source says is that person's ("Chinese President Xi Jinping"). Each form merged
into an entity whose own name it is not is kept with the reason (:func:`merge_reason`),
which the graph records on its mentions (``nkg:linkReason``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from .annotate import one_edit_apart
from .model import Entity, Facts, Role
from .slug import slugify


def resolve(batch: list[Facts], known_people: Iterable[tuple[str, str]] = ()) -> list[Facts]:
    """Rewrite surname-only person keys to the single full name they stand for.

    ``known_people`` gives (key, name) pairs of people already in the store.
    """
    full_names: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for key, name in list(known_people) + [(e.key, e.name) for f in batch for e in f.entities if e.kind == "person"]:
        if len(name.split()) >= 2:
            full_names[name.split()[-1]].add((key, name))
    renames: dict[str, tuple[str, str]] = {}
    for facts in batch:
        for entity in facts.entities:
            if entity.kind == "person" and len(entity.name.split()) == 1 and len(full_names.get(entity.name, ())) == 1:
                renames[entity.key] = next(iter(full_names[entity.name]))
    batch = [_rename(facts, renames) for facts in batch] if renames else batch
    return _owners_stated_elsewhere(batch)


def _owners_stated_elsewhere(batch: list[Facts]) -> list[Facts]:
    """Give a post the text only guessed the owner of the owner other sources state for that
    person's same post (a former one included), when they agree on one and this text names it."""
    stated: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for facts in batch:
        for role in facts.roles:
            if role.of and not role.guessed:
                stated[role.person, role.title.removeprefix("Former ")][role.of] += 1

    def owner(role: Role, named: set[str]) -> Role:
        counts = stated.get((role.person, role.title.removeprefix("Former "))) if role.guessed else None
        if not counts:
            return role
        (best, n), *runner_up = counts.most_common(2)
        return role if (runner_up and runner_up[0][1] == n) or best not in named else replace(role, of=best)

    return [replace(facts, roles=tuple(owner(r, {e.key for e in facts.entities}) for r in facts.roles)) for facts in batch]


def merge_reason(form: str, name: str, names: tuple[str, ...] = (), stands_for: tuple[str, ...] = ()) -> str | None:
    """Why ``form`` names the entity called ``name``, whose other names are ``names`` and
    whose government ``stands_for`` names (its capital, "the Kremlin"); None for one of its names.

    >>> merge_reason("Pashinyan", "Nikol Pashinyan"), merge_reason("Yerevyan", "Armenia", stands_for=("Yerevan",))
    ('the surname of Nikol Pashinyan', 'one letter off Yerevan, which stands for Armenia')
    """
    if form == name or form in names:
        return None
    if form in stands_for:
        return f"stands for the government of {name}"
    close = next((n for n in (name, *names, *stands_for) if one_edit_apart(n, form)), None)
    if close is not None:
        return f"one letter off {close}" + (f", which stands for {name}" if close in stands_for else "")
    words, forms = [slugify(w) for w in name.split()], [slugify(w) for w in form.split()]
    if forms == words:
        return f"{name}, written otherwise"  # "YEREVAN" in a dateline, "Erdogan" for "Erdoğan"
    if len(words) > 1 and forms == words[-len(forms):]:
        return f"the surname of {name}" + ("" if form in name else ", spelt otherwise")
    if len(words) > 1 and forms == words[:len(forms)]:
        return f"the given name of {name}"
    if set(forms) <= set(words):
        return f"part of the name {name}"
    return f"another name for {name} in this article"


def _rename(facts: Facts, renames: dict[str, tuple[str, str]]) -> Facts:
    def key(k: str | None) -> str | None:
        return renames[k][0] if k in renames else k

    entities: dict[str, Entity] = {}
    for entity in facts.entities:
        if entity.key in renames:
            new_key, name = renames[entity.key]
            why = f"the surname of {name}, the one full name ending in it in the sources built together"
            entity = replace(entity, key=new_key, name=name, merged=entity.merged + ((entity.name, why),))
        if entity.key in entities:  # the article also named the person in full
            other = entities[entity.key]
            entity = replace(other, aliases=tuple(dict.fromkeys(other.aliases + entity.aliases)), mentions=other.mentions + entity.mentions,
                             merged=other.merged + entity.merged)
        entities[entity.key] = entity
    return replace(
        facts,
        entities=tuple(sorted(entities.values(), key=lambda e: e.key)),
        roles=tuple(replace(r, person=key(r.person)) for r in facts.roles),
        events=tuple(replace(e, agents=tuple(key(a) for a in e.agents)) for e in facts.events),
        quotes=tuple(replace(q, speaker=key(q.speaker)) for q in facts.quotes),
    )
