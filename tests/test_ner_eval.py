"""Mention scoring with conlleval's rules, on hand-made cases and on a MEANTIME sample."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from builder.annotate import annotate_text, build_pipeline
from builder.errors import InputError
from builder.ner_eval import Score, Sentence, group_documents, predicted_tags, read_conll, score_groups

SAMPLE = Path(__file__).resolve().parent / "meantime"


def test_scores_count_exact_type_and_span_matches():
    score = Score()
    score.add(["B-PER", "I-PER", "O", "B-ORG", "I-ORG"], ["B-PER", "I-PER", "O", "B-LOC", "I-LOC"])
    score.add(["B-ORG", "O"], ["B-ORG", "I-ORG"])  # a span one token too long is wrong
    assert (score.gold, score.predicted, score.correct) == ({"PER": 1, "ORG": 2}, {"PER": 1, "LOC": 1, "ORG": 1}, {"PER": 1})
    precision, recall, f1 = score.prf()
    assert (precision, recall) == (1 / 3, 1 / 3) and f1 == pytest.approx(1 / 3)
    assert score.prf("PER") == (1.0, 1.0, 1.0) and score.prf("LOC") == (0.0, 0.0, 0.0)


def test_ragged_conll_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.conll"
    bad.write_text("Boeing B-ORG B-ORG\nfell O\n")
    with pytest.raises(InputError, match="same number of tag columns"):
        read_conll(bad)


def test_character_spans_become_token_tags():
    group = [Sentence(("Ron", "Sugar", "of", "Northrop", "Grumman"), (("B-PER", "I-PER", "O", "B-ORG", "I-ORG"),)),
             Sentence(("In", "Seattle", "."), (("O", "B-LOC", "O"),))]

    def tag(text, published):
        assert text == "Ron Sugar of Northrop Grumman\nIn Seattle ."
        return [(0, 9, "PERSON"), (13, 29, "ORG"), (33, 40, "GPE"), (41, 42, "DATE")]

    assert predicted_tags(group, tag, None) == [["B-PER", "I-PER", "O", "B-ORG", "I-ORG"], ["O", "B-LOC", "O"]]


@pytest.fixture(scope="module")
def sample():
    documents = {doc_id: (d["lines"], date.fromisoformat(d["date"]) if d["date"] else None)
                 for doc_id, d in json.loads((SAMPLE / "documents.json").read_text()).items()}
    sentences = read_conll(SAMPLE / "sample.conll")
    return sentences, group_documents(sentences, documents)


def test_sample_sentences_group_into_their_documents(sample):
    sentences, groups = sample
    assert len(groups) == 12 and sum(len(g) for g, _ in groups) == len(sentences)
    assert all(published is not None for _, published in groups)


def _stage(nlp):
    return lambda text, day: [(e.start_char, e.end_char, e.label_) for e in annotate_text(text, day, nlp).ents]


def test_the_trained_pipeline_finds_meantime_names_the_rules_miss(sample):
    """The sample is 12 MEANTIME business articles, mostly about companies no list holds."""
    _, groups = sample
    rules, combined = score_groups(groups, _stage(build_pipeline(model=None))), score_groups(groups, _stage(build_pipeline()))
    assert combined.prf()[1] > rules.prf()[1] + 0.05  # recall
    assert combined.prf()[2] > rules.prf()[2]


def test_newsreader_output_scores_as_published_on_the_sample(sample):
    """Column 2 of the sample is NewsReader's own output; on the whole corpus this scorer
    reproduces its published 53.24 F1 (benchmarks/ner.py), on the sample it is 0.576."""
    sentences, _ = sample
    newsreader = Score()
    for sentence in sentences:
        newsreader.add(sentence.columns[0], sentence.columns[1])
    assert (sum(newsreader.gold.values()), sum(newsreader.predicted.values()), sum(newsreader.correct.values())) == (59, 66, 36)
