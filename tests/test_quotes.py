"""Figures and quotes on small literal texts: sources, speakers before and after a quote, pronouns,
unnamed and second-hand speakers, how each speaker was found, and how far back one is looked for."""

from __future__ import annotations

import re

from briefing_site.figures import extract_figures
from briefing_site.model import Document, Entity, Mention, Paragraph, Sentence
from briefing_site.quotes import (
    NAMED,
    PRONOUN,
    SPEAKER_WINDOW,
    _before_start,
    _mentions_by_position,
    _sentence_at,
    extract_quotes,
)


def _document(*paragraphs: list[str]) -> Document:
    """Paragraphs given as their sentences, joined by one space, numbered across the document."""
    built, index = [], 0
    for number, texts in enumerate(paragraphs):
        sentences, offset = [], 0
        for text in texts:
            sentences.append(Sentence(index, number, text, offset, offset + len(text)))
            index, offset = index + 1, offset + len(text) + 1
        built.append(Paragraph(number, " ".join(texts), "body", number + 1, tuple(sentences)))
    return Document(tuple(built))


def _entity(document: Document, name: str, kind: str = "person") -> Entity:
    """An entity mentioned wherever its name stands in the document."""
    mentions = tuple(Mention(s.index, m.start(), m.end(), name)
                     for s in document.sentences for m in re.finditer(rf"\b{re.escape(name)}\b", s.text))
    return Entity(name.lower().replace(" ", "-"), name, kind, (), (), mentions)


def _speakers(document: Document, *names: str, kind: str = "person") -> list[tuple[str, str | None]]:
    quotes = extract_quotes(document, tuple(_entity(document, n, kind) for n in names))
    return [(q.text, q.speaker_name) for q in quotes]


def _found(document: Document, *entities: Entity) -> list[tuple[str | None, str]]:
    """Each quote's speaker and how it was found."""
    return [(q.speaker_name, q.speaker_how) for q in extract_quotes(document, entities)]


def _named(document: Document, *names: str, kind: str = "person") -> list[tuple[str | None, str]]:
    return _found(document, *(_entity(document, n, kind) for n in names))


def test_every_figure_of_a_sentence_with_a_source_is_sourced() -> None:
    sourced = _document(["Prices rose 5% and wages 3%, official figures show.", "Rents rose 7%."])
    figures = extract_figures(sourced.sentences)
    assert [(f.text, f.sentence, f.sourced) for f in figures] == [("5%", 0, True), ("3%", 0, True),
                                                                   ("7%", 1, False)]


def test_a_long_list_of_figures_keeps_each_one() -> None:
    document = _document([" ".join(["5%"] * 50) + ", the survey said."])
    figures = extract_figures(document.sentences)
    assert len(figures) == 50 and all(f.sourced and f.text == "5%" for f in figures)


def test_the_speaker_named_after_the_quote() -> None:
    document = _document(['"We will fight on," Al Bo said.'])
    assert _speakers(document, "Al Bo") == [("We will fight on,", "Al Bo")]


def test_the_speaker_named_before_the_quote_is_the_nearest_person() -> None:
    document = _document(['Mara Voss met Al Bo, who said: "We will fight on."'])
    assert _speakers(document, "Mara Voss", "Al Bo") == [("We will fight on.", "Al Bo")]


def test_an_organisation_speaks_when_no_person_is_named() -> None:
    document = _document(['"Prices will rise next year," IBM said.'])
    assert _speakers(document, "IBM", kind="organisation") == [("Prices will rise next year,", "IBM")]


def test_a_pronoun_points_to_the_last_subject_before_the_quote() -> None:
    document = _document(["Al Bo spoke to Mara Voss."], ['"We will fight on," he said.'])
    assert _speakers(document, "Al Bo", "Mara Voss") == [("We will fight on,", "Al Bo")]


def test_a_pronoun_falls_back_to_the_last_person_named_at_all() -> None:
    document = _document(["The crowd cheered Mara Voss."], ['"We will fight on," she said.'])
    assert _speakers(document, "Mara Voss") == [("We will fight on,", "Mara Voss")]


def test_a_quote_without_attribution_keeps_the_last_voice() -> None:
    document = _document(['"We will fight on," Al Bo said.', '"We will win in the end."'])
    assert _speakers(document, "Al Bo") == [("We will fight on,", "Al Bo"), ("We will win in the end.", "Al Bo")]


def test_a_quote_carried_over_paragraphs_is_one_quote() -> None:
    document = _document(['Al Bo said: "We will fight on the beaches'], ['"We shall fight in the fields'],
                         ['"We shall never surrender."'])
    assert _speakers(document, "Al Bo") == [
        ("We will fight on the beaches We shall fight in the fields We shall never surrender.", "Al Bo")]


def test_a_speech_verb_far_back_in_a_long_sentence_is_not_looked_at() -> None:
    # the look back stops SPEAKER_WINDOW characters before the quote, as the look after it does
    near = _document(['Al Bo said that ' + "we " * 20 + '"will go now today"'])
    far = _document(['Al Bo said that ' + "we " * 120 + '"will go now today"'])
    assert _speakers(near, "Al Bo") == [("will go now today", "Al Bo")]
    assert _speakers(far, "Al Bo") == [("will go now today", None)]


def test_the_look_back_starts_at_the_sentence_or_at_a_word_within_the_window() -> None:
    assert _before_start("Al Bo said: ", 0, 12) == 0
    text = "x" * 10 + " thread" * 100
    quote = len(text)
    start = _before_start(text, 0, quote)
    assert quote - SPEAKER_WINDOW <= start < quote and text[start - 1] == " " and text[start:start + 6] == "thread"


def test_a_mention_after_a_preposition_is_oblique() -> None:
    texts = ["Al Bo left.", "At a talk hosted by Al Bo, we left.", "Mara Voss met Al Bo."]
    document = _document(texts)
    mentions = _mentions_by_position(document, (_entity(document, "Al Bo"),), {})
    assert [m.oblique for m in mentions] == [False, True, False]


def test_the_sentence_at_an_offset_or_the_nearest_one() -> None:
    paragraph = Paragraph(0, "abcd    efgh", "body", 1, (Sentence(0, 0, "abcd", 0, 4), Sentence(1, 0, "efgh", 8, 12)))
    starts = [0, 8]
    assert [_sentence_at(paragraph, starts, offset).index for offset in (0, 3, 4, 5, 7, 8, 11, 20)] == \
        [0, 0, 0, 1, 1, 1, 1, 1]


def test_a_name_inside_the_quote_never_speaks() -> None:
    after = _document(['"We beat Mara Voss," Al Bo said.'])
    assert _named(after, "Mara Voss", "Al Bo") == [("Al Bo", NAMED)]
    pronoun = _document(["Al Bo came in."], ['"Mara Voss will lose," he said.'])
    assert _named(pronoun, "Mara Voss", "Al Bo") == [("Al Bo", PRONOUN)]


def test_the_subject_of_the_speech_verb_speaks_not_the_nearest_name() -> None:
    document = _document(['Al Bo said that whether Ned Kay or Mara Voss won, it meant "more of the same old story".'])
    assert _named(document, "Al Bo", "Ned Kay", "Mara Voss") == [("Al Bo", NAMED)]


def test_a_speaker_beside_one_with_the_same_surname() -> None:
    document = _document(["Ben Holt spoke first.", 'Ann Holt replied: "That is not what we agreed."'])
    assert _named(document, "Ben Holt", "Ann Holt") == [("Ann Holt", NAMED)]


def test_a_pronoun_fits_the_title_it_points_to() -> None:
    document = _document(["Mr Holt met Mrs Holt."], ['"We agree on nearly everything," she said.'])
    assert _named(document, "Mr Holt", "Mrs Holt") == [("Mrs Holt", PRONOUN)]


def test_a_pronoun_passes_over_a_host_named_after_a_preposition() -> None:
    document = _document(["Al Bo flew in.", "At a dinner hosted by Ned Kay, he spoke.",
                          '"Rates will fall soon enough," he told the guests.'])
    assert _named(document, "Al Bo", "Ned Kay") == [("Al Bo", PRONOUN)]


def test_a_title_only_speaker_stays_unnamed() -> None:
    document = _document(["Al Bo left the board.", '"We will miss him a lot," the chairman added.'])
    assert _named(document, "Al Bo") == [(None, "not named: the chairman")]


def test_a_speaker_named_in_its_own_sentence_beats_the_last_voice() -> None:
    document = _document(['"We will win the vote," Al Bo said.'],
                         ['Mara Voss disagreed on Monday, saying: "We will lose it."'],
                         ['Mara Voss called for the plan to be "torn up at once".'])
    assert _named(document, "Al Bo", "Mara Voss") == [("Al Bo", NAMED), ("Mara Voss", NAMED), ("Mara Voss", NAMED)]


def test_speech_verbs_beyond_said() -> None:
    texts = ['Al Bo points out: "Nobody asked us."', '"Who pays for it?" asked Al Bo.',
             'Al Bo explains: "It is a long story."', 'Al Bo wrote: "We are not done yet."',
             '"And we never will be," Al Bo added.']
    assert _named(_document(texts), "Al Bo") == [("Al Bo", NAMED)] * 5


def test_a_listener_after_told_is_not_the_speaker() -> None:
    document = _document(['Al Bo told Radio Nine: "We stay in the race."'])
    radio = _entity(document, "Radio Nine", "organisation")
    assert _found(document, _entity(document, "Al Bo"), radio) == [("Al Bo", NAMED)]


def test_a_name_and_a_colon_as_match_reports_quote() -> None:
    document = _document(['City coach Al Bo: "We were poor in the first half."'])
    assert _named(document, "Al Bo") == [("Al Bo", NAMED)]


def test_places_and_titles_do_not_speak() -> None:
    place = _document(['"We go on," Paris said.'])
    assert _named(place, "Paris", kind="place") == [(None, "not stated")]
    film = _document(['The film Red Sky said: "We are all alone up here."'])
    assert _named(film, "Red Sky") == [(None, "not stated")]


def test_the_attribution_after_a_quote_re_opened_before_it_closed() -> None:
    document = _document(['"We will fight on. "We will win in the end," Ms Voss said.'])
    assert _named(document, "Ms Voss") == [("Ms Voss", "named after the quote's next part"), ("Ms Voss", NAMED)]


def test_the_second_part_of_a_split_quote_keeps_the_voice() -> None:
    document = _document(['"We will fight on," Ms Voss said.', '"We will win in the end."'])
    assert _named(document, "Ms Voss") == [("Ms Voss", NAMED), ("Ms Voss", "continued quote")]


def test_a_name_with_an_initial_is_not_cut_to_the_initial() -> None:
    document = _document(['"We will fight on," said Al B. Cole.'])
    assert _named(document, "Al B") == [("Al B. Cole", NAMED)]


def test_a_spokesperson_speaks_for_an_organisation_not_for_a_person() -> None:
    person = _document(['Al Bo\'s spokesman said: "He is on holiday this week."'])
    assert _named(person, "Al Bo") == [(None, "not named: Al Bo's spokesman")]
    company = _document(['An Acme Corp spokeswoman said: "Sales are up this year."'])
    assert _named(company, "Acme Corp", kind="organisation") == [
        ("Acme Corp", "named in the sentence, through its spokesperson")]


def test_someone_heard_the_words_in_a_passive() -> None:
    document = _document(["Mara Voss spoke."], ['One minister says she was told: "You will never get on here."'])
    assert _named(document, "Mara Voss") == [(None, "not named: One minister")]


def test_someone_reported_speaking_since_the_last_quote_speaks_on() -> None:
    document = _document(['"It is an old boys club," Mara Voss said.',
                          "Al Bo, who led the study with Ned Kay, said he was shocked.", '"We expected much less."'])
    assert _named(document, "Mara Voss", "Al Bo", "Ned Kay") == [
        ("Mara Voss", NAMED), ("Al Bo", "the last speaker named before it")]


def test_a_quote_over_paragraphs_keeps_its_speaker_and_how() -> None:
    document = _document(['Mara Voss said: "We will fight on the beaches'], ['"We shall never surrender."'])
    assert _named(document, "Mara Voss") == [("Mara Voss", NAMED)]


def test_no_attribution_at_all_is_not_stated() -> None:
    assert _named(_document(['The sign read "keep off the grass".'])) == [(None, "not stated")]


def test_a_role_with_its_name_set_off_by_commas() -> None:
    document = _document(['The party chairman, Al Bo, said: "We are ready for it."'])
    assert _named(document, "Al Bo") == [("Al Bo", NAMED)]


def test_after_the_verb_an_organisation_s_person_or_an_unnamed_official() -> None:
    document = _document(['"Sales will rise," said Acme Corp\'s Al Bo.',
                          '"Costs will too," said an Acme Corp official.', '"We shall see."'])
    acme = _entity(document, "Acme Corp", "organisation")
    assert _found(document, _entity(document, "Al Bo"), acme) == [
        ("Al Bo", NAMED), (None, "not named: an Acme Corp official"),
        (None, "continued quote; not named: an Acme Corp official")]


def test_a_pronoun_after_an_unnamed_speaker_stays_unnamed() -> None:
    document = _document(["Al Bo arrived.", "The party leader said the plan was weak.",
                          '"It will never work out," he said.'])
    assert _named(document, "Al Bo") == [
        (None, "pronoun, resolved to the last speaker: The party leader, not named")]


def test_a_participle_belongs_to_the_verb_before_it() -> None:
    document = _document(["Al Bo took the stand.",
                          'Ned Kay "kept the books," he told the court, saying he had "a good head for figures".'])
    assert _named(document, "Al Bo", "Ned Kay") == [("Al Bo", PRONOUN), ("Al Bo", PRONOUN)]
