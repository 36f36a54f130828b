"""A fast slice of the evaluation: the same code as `make eval`, on a few documents.

The annotated seeds are always here; the BBC slice runs only where ../shared/corpora/bbc is.
Thresholds sit a little under the full-run numbers, so a regression in a step fails the suite.
"""

from __future__ import annotations

import pytest
from conftest import ROOT

from evaluation import annotations, summaries
from evaluation.corpus import read_corpus, spread

CORPUS = ROOT.parent / "shared" / "corpora" / "bbc"
GOLD = ROOT / "tests" / "eval" / "gold"


def test_annotated_seeds_entities_and_dates() -> None:
    scores = annotations.evaluate(GOLD, ROOT, CORPUS, only="seeds/")
    assert scores.documents == 5
    assert scores.entity_mentions.precision >= 0.9
    assert scores.entity_mentions.recall >= 0.85
    assert scores.absolute_dates.recall == 1.0
    assert scores.relative_dates.recall >= 0.9


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the BBC corpus is not beside the project")
def test_summaries_beat_lead_on_a_bbc_slice() -> None:
    rows = {(r.system, r.length): r for r in summaries.evaluate(spread(list(read_corpus(CORPUS)), 40))}
    ours, lead = rows[("briefing", "reference")], rows[("lead", "reference")]
    assert ours.rouge2 >= 0.70
    assert ours.rouge2 > lead.rouge2 + 0.1


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the BBC corpus is not beside the project")
def test_annotated_bbc_slice() -> None:
    scores = annotations.evaluate(GOLD, ROOT, CORPUS, only="bbc/")
    if scores.documents == 0:
        pytest.skip("no annotated BBC documents")
    assert scores.entity_mentions.precision >= 0.8
    assert scores.absolute_dates.recall >= 0.9
