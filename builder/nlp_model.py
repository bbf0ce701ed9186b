"""The statistical half of the annotate stage: newskg's own trained pipeline, or any installed one.

The rules and the reference graph know the states and organisations we list and the people
a title introduces; a trained pipeline adds the names nobody listed. Rules take precedence:
the model's mentions are put aside by ``newskg_model_stash`` before the rules run, and only
those no rule claimed come back, people through the people finder (so surnames link) and
organisations and places through ``newskg_model_mentions`` (both in ``annotate``).

The shipped pipeline lives in ``builder/models/en_newskg`` (trained by ``training/``, see
its MODEL_CARD.md). ``load_model`` also takes the name or path of any installed spaCy
pipeline; none is ever downloaded.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from .errors import InputError
from .slug import slugify

SHIPPED_MODEL = Path(__file__).resolve().parent / "models" / "en_newskg"
#: Model labels we take, as entity-key kinds. Other labels (DATE, NORP, ...) are left to the rules.
KIND_OF_LABEL = {"PERSON": "person", "PER": "person", "ORG": "org", "LOC": "place", "GPE": "place", "FAC": "place"}
_LEADING = {"the", "a", "an", "his", "her", "its", "their", "our", "your", "majesty", "highness", "excellency", "holiness",  # "Her Majesty"
            "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "monsignor", "monsenor", "monseñor"}  # "Dr. Tom Frieden"
_NOT_NAMES = {"i", "we", "you", "he", "she", "it", "they", "this", "that", "these", "those", "mr", "mrs", "ms"}


def load_model(name: str | Path = SHIPPED_MODEL) -> Language:
    """The named spaCy pipeline (package name or folder), loaded offline.

    Raises InputError with what to do when it is not installed.
    """
    try:
        return spacy.load(name)
    except OSError:
        if Path(name) == SHIPPED_MODEL:
            raise InputError(f"newskg's trained pipeline is missing from {SHIPPED_MODEL}; reinstall newskg, rebuild it with 'python training/train.py', or pass --no-model") from None
        raise InputError(f"no spaCy pipeline named {name!r} is installed; install it as a package or give its folder, or pass --no-model") from None


def model_mentions(doc: Doc, kinds: set[str]) -> list[Span]:
    """The stashed model mentions of these kinds that no entity overlaps, tidied
    ("the Boeing Company" -> "Boeing Company") and keyed ("org/boeing-company")."""
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    # a span's extension values are stored by its offsets: a mention with a role's offsets
    # ("the long-serving Sultan of Oman") would overwrite that role's holder
    roles = {(role.start, role.end) for role in doc.spans.get("roles", [])}
    found = []
    for span in doc.spans.get("model", []):
        kind = KIND_OF_LABEL.get(span.label_)
        if kind not in kinds:
            continue
        start, end = span.start, span.end
        while start < end and doc[start].lower_ in _LEADING:
            start += 1
        while end > start and (doc[end - 1].text in {"'s", "’s", "'", "’"} or doc[end - 1].is_punct or doc[end - 1].is_lower):
            end -= 1  # nor does a name end in a lowercase word ("[Bashir al] Assad")
        if start == end or any(i in taken for i in range(start, end)) or (start, end) in roles:
            continue
        words = doc[start:end]
        if not words[0].text[:1].isupper() or words.text.lower() in _NOT_NAMES or all(t.is_stop or not t.is_alpha for t in words):
            continue
        if words.root.dep_ == "amod" and not start <= words.root.head.i < end:
            continue  # "the Middle Eastern nation": an adjective, not a name
        mention = Span(doc, start, end, label="PERSON" if kind == "person" else "ORG" if kind == "org" else "LOC")
        mention._.key = f"{kind}/{slugify(mention.text)}"
        found.append(mention)
    return found


def model_disagrees(span: Span) -> bool:
    """Whether the model tagged part of a would-be person as something else (an ORG, a place):
    rules with weak evidence, such as a repeated capitalised pair, defer to it."""
    return any(m.start < span.end and span.start < m.end and KIND_OF_LABEL.get(m.label_) != "person"
               for m in span.doc.spans.get("model", []))


@Language.component("newskg_model_stash", assigns=["doc.spans", "doc.ents"], requires=["doc.ents"])
def newskg_model_stash(doc: Doc) -> Doc:
    """Move the model's entities to ``doc.spans["model"]`` so the rules start from none."""
    doc.spans["model"] = list(doc.ents)
    doc.ents = []
    return doc
