"""The trained pipeline under the rules: loading, precedence, and any installed pipeline."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from builder.annotate import annotate_text, build_pipeline
from builder.errors import InputError
from builder.nlp_model import SHIPPED_MODEL, load_model

ARTICLE = (
    "Airline shares fall\n"
    "Boeing Commercial Airplanes said on Tuesday that Kestrel Vantor will supply wing parts. "
    "Kestrel Vantor shares rose, and Jane Okafor, who runs its Lagos plant, welcomed the deal. "
    "Okafor said the plant in Port Harcourt would hire 200 people."
)


def ents(doc):
    return {(e.text, e.label_, e._.key) for e in doc.ents}


@pytest.fixture(scope="module")
def stub_model(tmp_path_factory):
    """An 'installed' pipeline whose recogniser is a ruler: known output, no training."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([
        {"label": "ORG", "pattern": "Kestrel Vantor"},
        {"label": "PERSON", "pattern": "Jane Okafor"},
        {"label": "GPE", "pattern": "Port Harcourt"},
        {"label": "ORG", "pattern": "Nigeria"},  # wrong on purpose: the reference must win
    ])
    path = tmp_path_factory.mktemp("models") / "stub"
    nlp.to_disk(path)
    return path


def test_the_shipped_pipeline_loads_offline_with_its_licence_and_card():
    nlp = load_model()
    assert {"tagger", "parser", "ner"} <= set(nlp.pipe_names)
    assert set(nlp.get_pipe("ner").labels) == {"PERSON", "ORG", "LOC"}
    assert nlp.meta["license"] == "CC BY-SA 4.0"
    assert (SHIPPED_MODEL / "LICENSE").is_file() and (SHIPPED_MODEL / "MODEL_CARD.md").is_file()
    assert sum(f.stat().st_size for f in SHIPPED_MODEL.rglob("*") if f.is_file()) <= 25 * 1024 * 1024


def test_the_shipped_pipeline_parses_and_finds_names_nobody_listed():
    doc = load_model()("Jane Okafor, who heads the Red Cross office in Lagos, met officials from Amnesty International and Microsoft on Monday.")
    assert {("Jane Okafor", "PERSON"), ("Lagos", "LOC"), ("Amnesty International", "ORG")} <= {(e.text, e.label_) for e in doc.ents}
    assert doc[0].tag_ == "NNP"
    parse = load_model()("The alliance was attacked by rebels.")
    assert [(t.text, t.dep_, t.head.text) for t in parse if t.dep_ in ("nsubj:pass", "obl:agent", "ROOT")] == [
        ("alliance", "nsubj:pass", "attacked"), ("attacked", "ROOT", "attacked"), ("rebels", "obl:agent", "attacked")]


def test_an_unknown_model_name_is_a_clear_error():
    with pytest.raises(InputError, match="no spaCy pipeline named 'xx_no_such_model' is installed"):
        build_pipeline(model="xx_no_such_model")


def test_rules_alone_load_no_model():
    assert not {"tok2vec", "ner", "newskg_model_stash"} & set(build_pipeline(model=None).pipe_names)


def test_an_installed_pipeline_adds_the_names_rules_do_not_know(stub_model):
    doc = annotate_text(ARTICLE, date(2024, 6, 20), build_pipeline(model=stub_model))
    found = ents(doc)
    assert ("Kestrel Vantor", "ORG", "org/kestrel-vantor") in found
    assert ("Port Harcourt", "LOC", "place/port-harcourt") in found
    # the model's person joins the people finder, so the lone surname links to her
    assert ("Jane Okafor", "PERSON", "person/jane-okafor") in found
    assert ("Okafor", "PERSON", "person/jane-okafor") in found


def test_rules_and_reference_take_precedence_over_the_model(stub_model):
    doc = annotate_text("Headline\nNigeria and Ghana signed the accord.", date(2024, 6, 20), build_pipeline(model=stub_model))
    assert ("Nigeria", "GPE", "state/nigeria") in ents(doc)


def test_weak_person_cues_yield_to_a_model_that_says_organisation(stub_model):
    text = "Headline\nKestrel Vantor makes wings. Analysts expect Kestrel Vantor to grow."
    assert ("Kestrel Vantor", "PERSON", "person/kestrel-vantor") in ents(annotate_text(text, None, build_pipeline(model=None)))
    assert ("Kestrel Vantor", "ORG", "org/kestrel-vantor") in ents(annotate_text(text, None, build_pipeline(model=stub_model)))
