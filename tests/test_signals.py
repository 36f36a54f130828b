"""Step 3b: source signals (counted cues) and the kind of document they point to."""

from __future__ import annotations

import re

import pytest
from briefing_site.metadata import extract_metadata
from briefing_site.model import KindVerdict, RawSeed, Signal
from briefing_site.signals import any_word, classify_kind, read_signals
from briefing_site.text import read_document
from hypothesis import given, settings
from hypothesis import strategies as st

NEWS = """News

Ministers agree on border office

Turkish and Iraqi ministers met in Baghdad on Monday, officials said.
"We will open the office within weeks," Foreign Minister Ali Hassan told reporters.
According to the ministry, 1,200 officers will staff the new office.
The talks may continue next month.
"""

OPINION = """The border deal is a landmark

This landmark deal is a historic beacon of hope for the region.
It is a remarkable and unprecedented testament to constructive diplomacy.
The heroic negotiators delivered a glorious result.
We must celebrate this shining moment of humanity.
"""


def _signals(text: str) -> dict[str, Signal]:
    return {s.name: s for s in read_signals(read_document(text))}


def _kind(text: str, declared: dict[str, object] | None = None) -> KindVerdict:
    document = read_document(text)
    raw = RawSeed("story.txt", text, "0" * 64, "utf-8", declared or {}, "front matter" if declared else "", 1)
    return classify_kind(document, read_signals(document), extract_metadata(raw, document))


def test_signal_names_in_card_order() -> None:
    assert list(_signals(NEWS)) == [
        "attributions", "named sources", "direct quotes", "figures with a source",
        "figures without a source", "hedging", "loaded or promotional language",
    ]


def test_news_signals_count_sentences() -> None:
    signals = _signals(NEWS)
    assert (signals["attributions"].count, signals["attributions"].sentences) == (3, (0, 1, 2))
    assert (signals["named sources"].count, signals["named sources"].sentences) == (1, (1,))
    assert (signals["direct quotes"].count, signals["direct quotes"].sentences) == (1, (1,))
    assert (signals["figures with a source"].count, signals["figures with a source"].sentences) == (1, (2,))
    assert signals["figures without a source"].count == 0
    assert (signals["hedging"].count, signals["hedging"].sentences) == (1, (3,))
    assert signals["loaded or promotional language"].count == 0
    for signal in signals.values():
        assert signal.count == len(signal.sentences)


def test_loaded_language_lists_the_words_it_saw() -> None:
    loaded = _signals(OPINION)["loaded or promotional language"]
    assert loaded.count == 4
    assert loaded.sentences == (0, 1, 2, 3)
    assert {"landmark", "historic", "heroic", "unprecedented"} <= set(loaded.examples)
    assert list(loaded.examples) == sorted(loaded.examples)
    assert len(loaded.examples) <= 12


def test_figures_with_and_without_a_source() -> None:
    signals = _signals("Officials counted 300 trucks at the crossing.\n"
                       "The crossing opened in 2019 after long talks.\n"
                       "About 40% of trade passes there, according to the ministry.\n")
    assert signals["figures without a source"].sentences == (0,)
    assert signals["figures with a source"].sentences == (2,)


def test_years_before_punctuation_are_not_figures() -> None:
    """Regression: '2019.' and '2020,' missed YEARISH and counted as unsourced figures."""
    signals = _signals("The crossing opened in 2019.\nIn 2020, it closed again.\n")
    assert signals["figures without a source"].count == 0


def test_headline_and_furniture_are_not_counted() -> None:
    text = ("Officials said the historic talks failed\n\n"
            "READ: Officials said the landmark deal collapsed\n\nThe weather was mild.\n")
    signals = _signals(text)
    assert signals["attributions"].count == 0
    assert signals["loaded or promotional language"].count == 0


def test_labelled_attributed_text_is_news() -> None:
    verdict = _kind(NEWS)
    assert verdict.kind == "news"
    assert verdict.source == "inferred"
    assert any("labelled 'News'" in reason for reason in verdict.reasons)
    assert any("attributed" in reason for reason in verdict.reasons)


def test_unlabelled_attributed_text_with_dateline_is_news() -> None:
    text = ("ANKARA - Officials said on Tuesday that the talks ended.\n"
            "\"The office will open soon and serve both sides,\" the minister told reporters.\n")
    assert _kind(text).kind == "news"


def test_dateline_reason_names_the_dateline_on_the_card() -> None:
    text = ("Ministers agree on border office\n\n"
            "The office had been planned for a year.\n\n"
            "ROSTOV, Southern Province - Officials said on Tuesday that the talks ended.\n")
    reasons = _kind(text).reasons
    assert "opens with a dateline: Rostov, Southern Province (text, line 5)" in reasons


def test_no_dateline_reason_without_a_dateline() -> None:
    text = "Officials met on Monday - The talks ended, the ministry said.\nThey agreed a plan, officials said.\n"
    assert not any("dateline" in reason for reason in _kind(text).reasons)


def test_declared_kind_wins() -> None:
    verdict = _kind(NEWS, {"kind": "analysis"})
    assert verdict == KindVerdict("analysis", "declared", ("declared by the maintainer",))


def test_unattributed_loaded_text_is_opinion() -> None:
    verdict = _kind(OPINION)
    assert verdict.kind == "opinion"
    assert verdict.source == "inferred"
    assert any("loaded" in reason for reason in verdict.reasons)


def test_press_release_wording() -> None:
    text = ("FOR IMMEDIATE RELEASE\n\nAcme Widgets opens a new office in Erbil, the company announced.\n\n"
            "About Acme Widgets\n\nAcme Widgets makes widgets.\n")
    assert _kind(text).kind == "press release"


def test_reasons_are_never_empty() -> None:
    for text in (NEWS, OPINION, "One sentence said nothing. Another said little.\n"):
        assert _kind(text).reasons


def test_about_half_is_not_a_press_release() -> None:
    text = ("Troops Pull Back From Border\nTurkish officials said on Monday that troops would leave. "
            "The ministry announced the plan, officials said.\n\n"
            "About half of the troops had already left by Tuesday, a spokesman said.\n")
    document = read_document(text)
    raw = RawSeed("t.txt", text, "", "utf-8", {}, "", 1)
    verdict = classify_kind(document, read_signals(document), extract_metadata(raw, document))
    assert verdict.kind == "news"


def test_any_word_matches_as_the_plain_alternation_does() -> None:
    """The look-ahead for first letters changes no match, ignoring case as the pattern does ('ſ' is 's')."""
    words = r"said|says|spokes(?:man|woman)|according to|hope amidst"
    plain = re.compile(rf"\b(?:{words})\b", re.IGNORECASE)
    texts = ["He SAID so", "ſays", "a spokeswoman and a Spokesman", "according  to", "hope amidst it",
             "unsaid", "Saidi", "hopes", ""]
    for text in texts:
        assert [m.span() for m in any_word(words).finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_any_word_refuses_an_alternative_it_cannot_read_a_first_letter_from() -> None:
    with pytest.raises(ValueError):
        any_word(r"said|(?:told|asked)")


_SOURCE_WORDS = ["Officials", "said", "says", "told", "stated", "according", "to", "the", "Ministry", "statement",
                 "by", "emphasised", "emphasized", "stressed", "added", "noted", "announced", "Mr", "Smith", "He",
                 "reported", ",", ".", "Said", "SAID", "resaid", "unsaid", "toldx"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SOURCE_WORDS), min_size=1, max_size=8))
def test_a_named_source_is_always_an_attribution(words: list[str]) -> None:
    """read_signals searches NAMED_SOURCE only in sentences ATTRIBUTION matched (speed): sound only if
    every NAMED_SOURCE match holds an ATTRIBUTION match."""
    from briefing_site.signals import ATTRIBUTION, NAMED_SOURCE

    text = " ".join(words)
    if NAMED_SOURCE.search(text):
        assert ATTRIBUTION.search(text), text


def test_an_op_ed_that_quotes_officials_is_still_opinion() -> None:
    """An op-ed without front matter that cites the governor and quotes the minister read as news;
    one that says what should be in its own words, under such a headline, and ends with its author
    is opinion. A news report of rules ('must have been members') or of views ('believes the law
    should be handled') is not."""
    op_ed = _kind("Silopi deserves answers, not a news blackout\n\nBy Nesrin Polat\n\nThe governor said six on "
                  "Tuesday. Then eight. The hospital said nine. A government that wants trust should start by "
                  "counting its dead. The minister has promised that \"not one of them\" will escape. The governor "
                  "should meet the co-mayor this week. Officials said the talks would go on. They should also discuss "
                  "the people of Silopi. The police said arrests were made.\n\nNesrin Polat is a writer from Cizre.\n")
    assert op_ed.kind == "opinion", op_ed.reasons
    news = _kind("Members to share windfall\n\nMembers will share £42m, the society said on Tuesday. To qualify, "
                 "customers must have been members for two years. The Executive believes that the law should be "
                 "handled by Westminster, officials said. Ministers insist they should have the final say. The "
                 "vote is due on Wednesday.\n")
    assert news.kind != "opinion", news.reasons


def test_an_op_ed_whose_writer_speaks_as_i_and_ends_with_their_trade_is_opinion() -> None:
    """A retired master mariner's op-ed, with no kind declared, read as news: its first person and its
    closing line ('… is a retired master mariner and a former harbour master') are an opinion's."""
    op_ed = _kind("Don't make the master a scapegoat\n\nBy Tomas Reyle\n\nI spent thirty-one years at sea. The "
                  "coastguard said on Tuesday the captain was arrested. I have stood on bridges in fog like that. My "
                  "first captain told me to trust the radar. Officials said the inquiry would start on Monday. I know "
                  "what the captain faced. The company said the ship was sound.\n\nTomas Reyle is a retired master "
                  "mariner and a former harbour master of Port Marrow.\n")
    assert op_ed.kind == "opinion", op_ed.reasons
    news = _kind("Port reopens\n\nThe port reopened on Monday, officials said. \"I am glad,\" said one trader, "
                 "\"and my staff are too.\" Ships arrived on Tuesday. The mayor said trade would recover.\n")
    assert news.kind == "news", news.reasons


INTERVIEW = """An interview

Prof. Vera Lind spoke to the Weekly on Monday.

When was the first case?

Lind: Our information is that the first case was confirmed on 27 January.

How is the campaign going?

Lind: Better than I feared. About 410,000 people have had a first dose.

Note: this interview has been edited.
"""


def test_a_transcripts_answers_are_attributed_to_their_speaker() -> None:
    """'Lind: Our information is …' is Lind's, not the writer's claim; the question, the label that opens
    one paragraph only ('Note:') and the writer's own sentences are not attributed."""
    document = read_document(INTERVIEW)
    attributed = {s.name: set(s.sentences) for s in read_signals(document)}
    texts = {s.index: s.text for s in document.sentences}
    answers = {i for i, t in texts.items() if t.startswith("Lind:") or t.startswith("About 410,000")}
    assert len(answers) == 3
    assert attributed["attributions"] & set(texts) >= answers
    assert answers <= attributed["named sources"]
    unattributed = {i for i, t in texts.items() if t.startswith(("When was", "How is", "Note:"))}
    assert not unattributed & attributed["attributions"]
