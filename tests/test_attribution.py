"""Who speaks each quote, on small literal texts: the speech verb and its subject in the quote's own
sentence, pronouns and titles that point back, unnamed and second-hand speakers, quoted phrases in
the writer's own sentences, and how each speaker was found."""

from __future__ import annotations

import pytest
from briefing_site.attribution import NAMED, NOT_STATED, PRONOUN, TITLE, UNRECOGNISED
from briefing_site.model import Document, Entity
from briefing_site.quotes import extract_quotes
from briefing_site.voices import BETWEEN
from test_quotes import document_of, entity_in, speakers

from evaluation.annotations import nearest_capitalised_name, speaker_matches


def _found(document: Document, *entities: Entity) -> list[tuple[str | None, str]]:
    """Each quote's speaker and how it was found."""
    return [(q.speaker_name, q.speaker_how) for q in extract_quotes(document, entities)]


def _named(document: Document, *names: str, kind: str = "person") -> list[tuple[str | None, str]]:
    return _found(document, *(entity_in(document, n, kind) for n in names))


def test_the_speaker_named_after_the_quote() -> None:
    document = document_of(['"We will fight on," Al Bo said.'])
    assert speakers(document, "Al Bo") == [("We will fight on,", "Al Bo")]


def test_the_speaker_named_before_the_quote_is_the_nearest_person() -> None:
    document = document_of(['Mara Voss met Al Bo, who said: "We will fight on."'])
    assert speakers(document, "Mara Voss", "Al Bo") == [("We will fight on.", "Al Bo")]


def test_an_organisation_speaks_when_no_person_is_named() -> None:
    document = document_of(['"Prices will rise next year," IBM said.'])
    assert speakers(document, "IBM", kind="organisation") == [("Prices will rise next year,", "IBM")]


def test_a_pronoun_points_to_the_last_subject_before_the_quote() -> None:
    document = document_of(["Al Bo spoke to Mara Voss."], ['"We will fight on," he said.'])
    assert speakers(document, "Al Bo", "Mara Voss") == [("We will fight on,", "Al Bo")]


def test_a_pronoun_falls_back_to_the_last_person_named_at_all() -> None:
    document = document_of(["The crowd cheered Mara Voss."], ['"We will fight on," she said.'])
    assert speakers(document, "Mara Voss") == [("We will fight on,", "Mara Voss")]


def test_a_quote_without_attribution_keeps_the_last_voice() -> None:
    document = document_of(['"We will fight on," Al Bo said.', '"We will win in the end."'])
    assert speakers(document, "Al Bo") == [("We will fight on,", "Al Bo"), ("We will win in the end.", "Al Bo")]


def test_a_name_inside_the_quote_never_speaks() -> None:
    after = document_of(['"We beat Mara Voss," Al Bo said.'])
    assert _named(after, "Mara Voss", "Al Bo") == [("Al Bo", NAMED)]
    pronoun = document_of(["Al Bo came in."], ['"Mara Voss will lose," he said.'])
    assert _named(pronoun, "Mara Voss", "Al Bo") == [("Al Bo", PRONOUN)]


def test_the_subject_of_the_speech_verb_speaks_not_the_nearest_name() -> None:
    document = document_of(['Al Bo said that whether Ned Kay or Mara Voss won, it meant "more of the same old story".'])
    assert _named(document, "Al Bo", "Ned Kay", "Mara Voss") == [("Al Bo", NAMED)]


def test_a_speaker_beside_one_with_the_same_surname() -> None:
    document = document_of(["Ben Holt spoke first.", 'Ann Holt replied: "That is not what we agreed."'])
    assert _named(document, "Ben Holt", "Ann Holt") == [("Ann Holt", NAMED)]


def test_a_pronoun_fits_the_title_it_points_to() -> None:
    document = document_of(["Mr Holt met Mrs Holt."], ['"We agree on nearly everything," she said.'])
    assert _named(document, "Mr Holt", "Mrs Holt") == [("Mrs Holt", PRONOUN)]


def test_a_pronoun_passes_over_a_person_titled_or_described_otherwise() -> None:
    """The entities leave the title out of a name ("Mr Howard" is a mention of Howard): "she" was
    Michael Howard; and "he" is not a spokeswoman."""
    document = document_of(["Ann Lee met Howard.", "Mr Howard smiled.",
                            'Asked about ping pong, she confesses: "It would be fun to win."'])
    assert _named(document, "Ann Lee", "Howard") == [("Ann Lee", PRONOUN)]
    document = document_of(["Al Bo met the press.", "Jo Reid spoke next.", '"We will not sign," he said.'])
    spokeswoman = entity_in(document, "Jo Reid", roles=("spokeswoman",))
    assert _found(document, entity_in(document, "Al Bo"), spokeswoman) == [("Al Bo", PRONOUN)]


def test_a_pronoun_passes_over_a_host_named_after_a_preposition() -> None:
    document = document_of(["Al Bo flew in.", "At a dinner hosted by Ned Kay, he spoke.",
                          '"Rates will fall soon enough," he told the guests.'])
    assert _named(document, "Al Bo", "Ned Kay") == [("Al Bo", PRONOUN)]


def test_a_title_only_speaker_stays_unnamed() -> None:
    document = document_of(["Al Bo left the board.", '"We will miss him a lot," the chairman added.'])
    assert _named(document, "Al Bo") == [(None, "not named: the chairman")]


def test_a_speaker_named_in_its_own_sentence_beats_the_last_voice() -> None:
    document = document_of(['"We will win the vote," Al Bo said.'],
                         ['Mara Voss disagreed on Monday, saying: "We will lose it."'],
                         ['Mara Voss called for the plan to be "torn up at once".'])
    assert _named(document, "Al Bo", "Mara Voss") == [("Al Bo", NAMED), ("Mara Voss", NAMED), ("Mara Voss", NAMED)]


def test_speech_verbs_beyond_said() -> None:
    texts = ['Al Bo points out: "Nobody asked us."', '"Who pays for it?" asked Al Bo.',
             'Al Bo explains: "It is a long story."', 'Al Bo wrote: "We are not done yet."',
             '"And we never will be," Al Bo added.']
    assert _named(document_of(texts), "Al Bo") == [("Al Bo", NAMED)] * 5


def test_a_listener_after_told_is_not_the_speaker() -> None:
    document = document_of(['Al Bo told Radio Nine: "We stay in the race."'])
    radio = entity_in(document, "Radio Nine", "organisation")
    assert _found(document, entity_in(document, "Al Bo"), radio) == [("Al Bo", NAMED)]


def test_a_name_and_a_colon_as_match_reports_quote() -> None:
    document = document_of(['City coach Al Bo: "We were poor in the first half."'])
    assert _named(document, "Al Bo") == [("Al Bo", NAMED)]


def test_places_and_titles_do_not_speak() -> None:
    place = document_of(['"We go on," Paris said.'])
    assert _named(place, "Paris", kind="place") == [(None, f"{UNRECOGNISED}: Paris")]
    film = document_of(['The film Red Sky said: "We are all alone up here."'])
    assert _named(film, "Red Sky") == [(None, "not stated")]


def test_the_attribution_after_a_quote_re_opened_before_it_closed() -> None:
    document = document_of(['"We will fight on. "We will win in the end," Ms Voss said.'])
    assert _named(document, "Ms Voss") == [("Ms Voss", "named after the quote's next part"), ("Ms Voss", NAMED)]


def test_the_second_part_of_a_split_quote_keeps_the_voice() -> None:
    document = document_of(['"We will fight on," Ms Voss said.', '"We will win in the end."'])
    assert _named(document, "Ms Voss") == [("Ms Voss", NAMED), ("Ms Voss", "continued quote")]


def test_a_name_with_an_initial_is_not_cut_to_the_initial() -> None:
    document = document_of(['"We will fight on," said Al B. Cole.'])
    assert _named(document, "Al B") == [("Al B. Cole", NAMED)]


def test_a_spokesperson_speaks_for_an_organisation_not_for_a_person() -> None:
    person = document_of(['Al Bo\'s spokesman said: "He is on holiday this week."'])
    assert _named(person, "Al Bo") == [(None, "not named: Al Bo's spokesman")]
    company = document_of(['An Acme Corp spokeswoman said: "Sales are up this year."'])
    assert _named(company, "Acme Corp", kind="organisation") == [
        ("Acme Corp", "named in the sentence, through its spokesperson")]


def test_someone_heard_the_words_in_a_passive() -> None:
    document = document_of(["Mara Voss spoke."], ['One minister says she was told: "You will never get on here."'])
    assert _named(document, "Mara Voss") == [(None, "not named: One minister")]


def test_someone_reported_speaking_since_the_last_quote_speaks_on() -> None:
    document = document_of(['"It is an old boys club," Mara Voss said.',
                          "Al Bo, who led the study with Ned Kay, said he was shocked.", '"We expected much less."'])
    assert _named(document, "Mara Voss", "Al Bo", "Ned Kay") == [
        ("Mara Voss", NAMED), ("Al Bo", "the last speaker named before it")]


def test_a_quote_over_paragraphs_keeps_its_speaker_and_how() -> None:
    document = document_of(['Mara Voss said: "We will fight on the beaches'], ['"We shall never surrender."'])
    assert _named(document, "Mara Voss") == [("Mara Voss", NAMED)]


def test_no_attribution_at_all_is_not_stated() -> None:
    assert _named(document_of(['The sign read "keep off the grass".'])) == [(None, "not stated")]


def test_a_role_with_its_name_set_off_by_commas() -> None:
    document = document_of(['The party chairman, Al Bo, said: "We are ready for it."'])
    assert _named(document, "Al Bo") == [("Al Bo", NAMED)]


def test_after_the_verb_an_organisation_s_person_or_an_unnamed_official() -> None:
    document = document_of(['"Sales will rise," said Acme Corp\'s Al Bo.',
                          '"Costs will too," said an Acme Corp official.', '"We shall see."'])
    acme = entity_in(document, "Acme Corp", "organisation")
    assert _found(document, entity_in(document, "Al Bo"), acme) == [
        ("Al Bo", NAMED), (None, "not named: an Acme Corp official"),
        (None, "continued quote; not named: an Acme Corp official")]


def test_a_pronoun_after_an_unnamed_speaker_stays_unnamed() -> None:
    document = document_of(["Al Bo arrived.", "The party leader said the plan was weak.",
                          '"It will never work out," he said.'])
    assert _named(document, "Al Bo") == [
        (None, "pronoun, resolved to the last speaker: The party leader, not named")]


def test_a_participle_belongs_to_the_verb_before_it() -> None:
    document = document_of(["Al Bo took the stand.",
                          'Ned Kay "kept the books," he told the court, saying he had "a good head for figures".'])
    assert _named(document, "Al Bo", "Ned Kay") == [("Al Bo", PRONOUN), ("Al Bo", PRONOUN)]


# --- speech verbs: their forms, and the same words as nouns -------------------------------------


def test_a_speech_word_used_as_a_noun_attributes_nothing() -> None:
    dismissed = document_of(['Al Bo has dismissed claims that his plan was "a gift to the rich".'])
    assert _named(dismissed, "Al Bo") == [(None, NOT_STATED.how)]
    opening = document_of(['But calls for a new vote have fallen flat despite hopes the "time is now right".'])
    assert _named(opening) == [(None, NOT_STATED.how)]
    possessive = document_of(['Ned Kay said Al Bo\'s comments were fair but the plan was "doomed from the start".'])
    assert _named(possessive, "Al Bo", "Ned Kay") == [("Ned Kay", NAMED)]
    of = document_of(['Details of the plan will come out "in the next few weeks," a spokesman said.'])
    assert _named(of) == [(None, "not named: a spokesman")]


def test_speech_verbs_in_all_their_forms() -> None:
    texts = ['Al Bo will announce the plan on Monday: "We are ready for it."',  # a bare form after a modal
             'And on Friday Al Bo is saying: "We are ready now."',  # "is saying" speaks, "was told" hears
             'Al Bo branded the plan "a very costly mistake".', 'Al Bo called the deal "a bad bargain all round".',
             '"It is a fine day," Al Bo remarks.', 'Al Bo has hailed the result as "a win for all of us".']
    assert _named(document_of(texts), "Al Bo") == [("Al Bo", NAMED)] * len(texts)


def test_a_passive_with_an_adverb_still_hears_the_words() -> None:
    document = document_of(["Mara Voss spoke."], ['Ned Kay was reportedly told: "You will never get on here."'])
    assert _named(document, "Mara Voss", "Ned Kay") == [(None, NOT_STATED.how)]


# --- the subject of the verb -------------------------------------------------------------------


def test_an_infinitive_or_participle_takes_the_subject_of_the_finite_verb() -> None:
    document = document_of(['Al Bo said it was wrong to suggest the board would usurp Ned Kay, adding they would '
                            '"work as one team".'])
    assert _named(document, "Al Bo", "Ned Kay") == [("Al Bo", NAMED)]


def test_a_participle_after_a_comma_belongs_to_the_sentence_s_subject() -> None:
    document = document_of(['Ned Kay sat on the council before being elected to Acme Corp in 1990, declaring '
                            '"the time has come".'])
    acme = entity_in(document, "Acme Corp", "organisation")
    assert _found(document, entity_in(document, "Ned Kay"), acme) == [("Ned Kay", NAMED)]


def test_a_name_inside_a_dash_aside_does_not_speak() -> None:
    document = document_of(['Al Bo - who chairs the board that oversees Acme Corp - said the plan was '
                            '"going nowhere fast".'])
    acme = entity_in(document, "Acme Corp", "organisation")
    assert _found(document, entity_in(document, "Al Bo"), acme) == [("Al Bo", NAMED)]


def test_a_name_with_its_role_set_off_by_one_comma_or_two() -> None:
    one = document_of(['Ann Bo, a local councillor said the plan was sound: "We back it fully."'])
    assert _named(one, "Ann Bo") == [("Ann Bo", NAMED)]
    two = document_of(['Al Bo MP, Acme Corp\'s chief executive, said: "Sales are up again."'])
    assert _found(two, entity_in(two, "Al Bo"), entity_in(two, "Acme Corp", "organisation")) == [("Al Bo", NAMED)]
    both = document_of(['"Sales are up," Acme Corp spokesman Al Bo, Acme Corp spokesman, told Radio Nine.'])
    assert _found(both, entity_in(both, "Al Bo"), entity_in(both, "Acme Corp", "organisation"),
                  entity_in(both, "Radio Nine", "organisation")) == [("Al Bo", NAMED)]


def test_a_role_before_a_name_is_no_subject_of_its_own() -> None:
    document = document_of(['Writing in the Daily Post, the prime minister conceded the plans were "very hard '
                            'for any government".'])
    assert _found(document, entity_in(document, "Daily Post", "organisation")) == [
        (None, "not named: the prime minister")]


def test_the_person_after_an_organisation_and_a_role() -> None:
    document = document_of(['Acme Corp chairman Al Bo has written to the board accusing it of "a breach of trust".'])
    acme = entity_in(document, "Acme Corp", "organisation")
    assert _found(document, acme, entity_in(document, "Al Bo")) == [("Al Bo", NAMED)]


def test_said_and_a_name_after_a_clause_that_follows_the_quote() -> None:
    document = document_of(['Ned Kay "should have known far better" once he saw the figures, said Al Bo.'])
    assert _named(document, "Ned Kay", "Al Bo") == [("Al Bo", NAMED)]


def test_a_statement_of_a_person_s_is_that_person_s_words() -> None:
    document = document_of(['Al Bo\'s statement said: "We regret the long delay."'])
    assert _named(document, "Al Bo") == [("Al Bo", f"{NAMED}, in their statement")]


def test_words_of_an_unnamed_subject_inside_what_another_reports() -> None:
    document = document_of(['The rules said papers should go if they served "no useful purpose", Al Bo said.'])
    assert _named(document, "Al Bo") == [(None, "not named: The rules")]


# --- pronouns and titles that point back ---------------------------------------------------------


def test_a_pronoun_after_a_sentence_opened_by_the_same_pronoun() -> None:
    document = document_of(["Al Bo said the plan was wrong.", "And he hit back at Mr Kay's claim.",
                            '"It will not work at all," he said.'])
    assert _named(document, "Al Bo", "Mr Kay") == [("Al Bo", PRONOUN)]


def test_a_title_points_to_the_one_person_named_with_it() -> None:
    document = document_of(["Justice Minister Ann Bo has dropped the plan.", 'The minister said: "We will try again."'])
    bo = entity_in(document, "Ann Bo", roles=("Justice Minister",))
    assert _found(document, bo) == [("Ann Bo", f"{TITLE}: The minister")]


def test_a_title_held_by_two_or_only_by_a_deputy_names_no_one() -> None:
    deputy = document_of(["Deputy Mayor Ann Bo opened the fair.", '"It is a great day," the mayor said.'])
    assert _found(deputy, entity_in(deputy, "Ann Bo", roles=("Deputy Mayor",))) == [(None, "not named: the mayor")]
    two = document_of(["Farm Minister Ann Bo met Trade Minister Al Bo.", 'The minister said: "We all agree."'])
    ministers = (entity_in(two, "Ann Bo", roles=("Farm Minister",)), entity_in(two, "Al Bo", roles=("Trade Minister",)))
    assert _found(two, *ministers) == [(None, "not named: The minister")]


def test_a_title_only_speaker_before_beats_a_name_further_back() -> None:
    document = document_of(['"We will win the vote," Al Bo said.', "The party chairman said the plan was weak.",
                            '"It will never work."'])
    assert _named(document, "Al Bo") == [
        ("Al Bo", NAMED), (None, "the last speaker before it, not named: The party chairman")]


# --- names the entities missed -------------------------------------------------------------------


def test_a_speaker_named_but_not_found_stops_the_last_voice() -> None:
    document = document_of(['"We will win," Al Bo said.'], ['"We will see about that," said Councillor Jo Smith.'])
    assert _named(document, "Al Bo") == [("Al Bo", NAMED), (None, f"{UNRECOGNISED}: Councillor Jo Smith")]


def test_a_title_and_surname_missed_is_the_one_person_with_that_surname() -> None:
    one = document_of(["Mike Tan leads the group."], ['Mr Tan said: "We will go on."'])
    assert _named(one, "Mike Tan") == [("Mike Tan", NAMED)]
    two = document_of(["Mike Tan and Ann Tan lead the group."], ['Mr Tan said: "We will go on."'])
    assert _named(two, "Mike Tan", "Ann Tan") == [(None, f"{UNRECOGNISED}: Mr Tan")]


# --- quotes whose own sentence names no speaker -------------------------------------------------


def test_a_quoted_phrase_in_the_writer_s_sentence_is_not_stated() -> None:
    document = document_of(['"We will cut costs," Al Bo said.'],
                           ['The firm valued the stock at "two to three times" its price.'],
                           ['"That is far too much," Ned Kay said.'])
    assert _named(document, "Al Bo", "Ned Kay") == [("Al Bo", NAMED), (None, NOT_STATED.how), ("Ned Kay", NAMED)]


def test_a_quoted_phrase_between_two_quotes_of_one_speaker_is_theirs() -> None:
    document = document_of(['"We will cut costs," Al Bo said.'], ['The plan would mean "fewer but better jobs" here.'],
                           ['"And we will win," Al Bo said.'])
    assert _named(document, "Al Bo") == [("Al Bo", NAMED), ("Al Bo", BETWEEN), ("Al Bo", NAMED)]


def test_the_attribution_after_a_later_quote_of_the_same_sentence() -> None:
    document = document_of(['"We will not back down" on pay, or on "the length of the week", Al Bo said.'])
    assert _named(document, "Al Bo") == [("Al Bo", "named after the quote's next part"), ("Al Bo", NAMED)]


def test_an_unnamed_voice_goes_on_over_several_quotes() -> None:
    document = document_of(['"Costs will rise," said an Acme Corp official.'], ['"Prices will follow them."'],
                           ['"Nobody will like it."'])
    assert _found(document, entity_in(document, "Acme Corp", "organisation")) == [
        (None, "not named: an Acme Corp official")] + [(None, "continued quote; not named: an Acme Corp official")] * 2


# --- the evaluation's speaker measures ------------------------------------------------------------


def test_a_speaker_matches_the_gold_name_or_a_form_of_the_gold_entity() -> None:
    gold = {"entities": [{"name": "Department of Farms", "type": "organisation", "mentions": ["Dofa", "Dofa"]},
                         {"name": "Jon Bo", "type": "person", "mentions": ["Jon Bo", "Jon"]}]}
    assert speaker_matches("Department of Farms", "Dofa", gold)
    assert not speaker_matches("Jon Bo", "Jon Kay", gold)  # a part of the name is not another name for it
    assert speaker_matches("Al Bo", "Mr Bo", gold) and speaker_matches(None, None, gold)
    assert not speaker_matches("Al Bo", None, gold) and not speaker_matches(None, "Al Bo", gold)


def test_the_speaker_baseline_is_the_nearest_capitalised_name_outside_quotes() -> None:
    sentence = 'Ned Kay met Al Bo, who said "Mara Voss is wrong" on Monday.'
    assert nearest_capitalised_name(sentence, "Mara Voss is wrong") == "Al Bo"
    assert nearest_capitalised_name('"We go," he said.', "We go,") is None


def test_capitals_after_a_preposition_or_a_pronoun_are_no_speaker() -> None:
    member = document_of(['Another member of the Cabinet said: "We will vote no."'])
    assert _named(member) == [(None, "not named: Another member of the Cabinet")]
    pronoun = document_of(['"We are pleased," Acme Corp said.', 'It said: "Sales are up again."'])
    assert _found(pronoun, entity_in(pronoun, "Acme Corp", "organisation")) == [
        ("Acme Corp", NAMED), ("Acme Corp", "continued quote")]


def test_an_abbreviated_title_after_the_verb_ends_no_sentence() -> None:
    """'," said Dr. Alexandru Neagu, president of the Red Cross' was 'named, but not as a person: Dr':
    the point of "Dr." ended the words after the quote."""
    document = document_of(['"Our volunteers were there within two hours," said Dr. Alexandru Neagu, president of '
                            'the Red Cross.'])
    assert _named(document, "Alexandru Neagu") == [("Alexandru Neagu", NAMED)]


def test_the_speaker_named_before_a_comma_and_adverbs_before_the_verb() -> None:
    """'The council president, Dan Muresan, has so far said only that "…"' was no one's: the comma
    after the name was counted as a fourth word between the name and the verb."""
    document = document_of(['Governor Ana Petrescu promised an inquiry. The council president, Dan Muresan, has so '
                            'far said only that "this is not the moment for politics."'])
    assert _named(document, "Ana Petrescu", "Dan Muresan") == [("Dan Muresan", NAMED)]


def test_a_name_a_verb_has_just_taken_as_its_object_does_not_speak() -> None:
    """'The police arrested Tamaz Lordkipanidze last Monday, and the minister has been on every channel
    since, promising that "…"' gave the arrested man the minister's words: the clause the speech verb
    ends has a subject of its own, and the name after 'arrested' is no sentence's subject."""
    document = document_of(["Levan Gogoladze, the minister, visited Ortskali on Friday."],
                           ['The police arrested Tamaz Lordkipanidze last Monday, and the minister has been on '
                            'every television channel since, promising that "the guilty will answer for it".'])
    gogoladze = entity_in(document, "Levan Gogoladze", roles=("minister",))
    quotes = extract_quotes(document, (gogoladze, entity_in(document, "Tamaz Lordkipanidze")))
    assert [(q.speaker_name, q.speaker_how.split(":")[0]) for q in quotes] == [("Levan Gogoladze", TITLE)]


def test_a_name_quoted_as_saying_speaks() -> None:
    document = document_of(['"We are mourning a great company," the agency quoted worker David Ogden as saying.'])
    assert speakers(document, "David Ogden") == [("We are mourning a great company,", "David Ogden")]


def test_a_pronoun_passes_over_a_person_whose_given_name_is_of_the_other_sex() -> None:
    """'his wife, Marta, left the courtroom. … he told the court: "…"' gave Marta the defendant's words."""
    document = document_of(["Marco Delgado Ruiz was convicted on Friday."],
                           ["His wife, Marta, left the courtroom in tears."],
                           ['Testifying last month, he told the court: "I have never taken a single escudo."'])
    quotes = extract_quotes(document, (entity_in(document, "Marco Delgado Ruiz"), entity_in(document, "Marta")))
    assert [q.speaker_name for q in quotes] == ["Marco Delgado Ruiz"]


def test_someone_of_a_persons_speaks_for_them_unnamed_not_as_the_last_voice() -> None:
    office = document_of(['"We will fight on," Al Bo said.',
                          'Mara Voss stayed away. "We are reviewing it," her office said.'])
    assert _named(office, "Al Bo", "Mara Voss") == [("Al Bo", NAMED), (None, "not named: her office")]
    before = document_of(['"We will fight on," Al Bo said.', 'His family said: "He is innocent."'])
    assert _named(before, "Al Bo") == [("Al Bo", NAMED), (None, "not named: His family")]


def test_a_persons_statement_is_their_own_words() -> None:
    document = document_of(["Mara Voss met Al Bo."], ['"We will win," his statement said.'])
    assert _named(document, "Mara Voss", "Al Bo") == [("Al Bo", f"{PRONOUN}, in their statement")]


def test_his_first_comments_name_no_speaker_of_his() -> None:
    document = document_of(['"We will fight on," Al Bo said.',
                            'In his first comments, Al Bo told reporters: "We have drawn a line."'])
    assert [name for name, _ in _named(document, "Al Bo")] == ["Al Bo", "Al Bo"]


def test_people_named_by_what_they_are_speak_unnamed() -> None:
    """An elder, a gravedigger, a diplomat and a daughter had their words given to the last person
    named: the interior minister, a cholera victim's relative, a Norwegian minister."""
    elder = document_of(["Interior Minister Farid Qasim spoke on Monday.",
                         "A local elder in Tel Harun, reached by telephone, said the clinic had closed.",
                         '"They come every two weeks," he said.'])
    assert _named(elder, "Farid Qasim")[-1] == (None, "pronoun, resolved to the last speaker: A local elder, "
                                                      "not named")
    spokesman = document_of(["Kristin Aas met the press.",
                             "A Dhariyan foreign ministry spokesman also denied that money had changed hands.",
                             '"Dhariya does not pay," he said.'])
    assert _named(spokesman, "Kristin Aas")[-1][0] is None
    diplomat = document_of(['"We will wait," Helen Marsh said.',
                            '"Every number printed becomes a floor," the diplomat said.'])
    assert _named(diplomat, "Helen Marsh")[-1] == (None, "not named: the diplomat")


def test_a_named_persons_apposition_is_no_unnamed_speaker() -> None:
    """'said Joshua Osagie, a cocoa farmer from Edo state': "he said" after it is Mr Osagie, and "His
    party leader, Michael Howard, argued" is Mr Howard."""
    farmer = document_of(['"They hijack it," said Joshua Osagie, a cocoa farmer from Edo state told Reuters.',
                          '"We never see any of it," he said.'])
    assert [name for name, _ in _named(farmer, "Joshua Osagie")] == ["Joshua Osagie", "Joshua Osagie"]
    leader = document_of(["His party leader, Michael Howard, argued a change was needed.",
                          '"Labour are creating Two Britains," he said.'])
    assert _named(leader, "Michael Howard") == [("Michael Howard", PRONOUN)]


def test_a_verb_joined_by_and_has_the_subject_of_the_one_before() -> None:
    """'Anna, speaking in English, said they were well and asked their governments to "do what is
    necessary"' went to the last voice."""
    document = document_of(['"We are holding on," Maren Haug said.',
                            'In the video, Anna Sol, speaking in English, said they were well and asked their '
                            'governments to "do what is necessary".'])
    assert [name for name, _ in _named(document, "Maren Haug", "Anna Sol")] == ["Maren Haug", "Anna Sol"]


def test_words_given_by_someone_after_the_quote_are_theirs() -> None:
    """'the figure of "no more than 300 tonnes" put out by Helion Tankers on Monday' had no speaker."""
    document = document_of(['That is ten times the figure of "no more than 300 tonnes" put out by Helion Tankers '
                            "on Monday.", 'The phrase "axis of evil" coined by President Al Bo stuck.'])
    assert _found(document, entity_in(document, "Helion Tankers", "organisation"),
                  entity_in(document, "Al Bo", "person")) == [("Helion Tankers", NAMED), ("Al Bo", NAMED)]


def test_someones_relative_and_a_plural_they_speak_unnamed() -> None:
    """'Hale's sister … said …. "…," she said' went to the fire service's spokeswoman named earlier;
    analysts' '"…," they wrote' to the last person quoted."""
    sister = document_of(['"The fire is contained," Lucia Ferr said.',
                          "Hale's sister, reached by telephone, said her brother had been at home.",
                          '"He has lived in these hills all his life," she said.'])
    assert _named(sister, "Lucia Ferr")[-1] == (None, "pronoun, resolved to the last speaker: Hale's sister, "
                                                      "not named")
    they = document_of(['"I am shocked," Walter Brandt said.', "Analysts cut their rating.",
                        '"The size of the overstatement raises questions," they wrote in a note.'])
    assert _named(they, "Walter Brandt")[-1] == (None, "not named: they")


def test_a_role_opening_the_sentence_names_its_subject_between_commas() -> None:
    """'NUMAW's general secretary, Agnes Turay, welcomed the inquiry but said it came "…"' went to the
    executive quoted before ("continued quote"): a role set off before a name opens the sentence as
    a name does."""
    document = document_of(['"At no time was I informed," Marek Stolz said.',
                            "NUMAW's general secretary, Agnes Turay, welcomed the inquiry but said it came "
                            '"eight days and nine coffins too late".',
                            'The company\'s head of corporate communications, Dana Ili, visited the site and said the '
                            'citations were "administrative in nature".'])
    assert [name for name, _ in _named(document, "Marek Stolz", "Agnes Turay", "Dana Ili")] == [
        "Marek Stolz", "Agnes Turay", "Dana Ili"]


def test_an_unnamed_speaker_s_long_aside_and_a_quote_s_own_attribution() -> None:
    """'A rescuer, who asked not to be named because he was not authorised to speak to the media,
    said …. "…," he said' went to the miner named before; a quote carried into a paragraph of its
    own went to "the men" of the quote before ('"… the men were sent back down," said X')."""
    rescuer = document_of(["Daniel Oka was underground at the time.",
                           "A rescuer, who asked not to be named because he was not authorised to speak to the media, "
                           "said the rock fall had blocked the main haulage way.", '"It is slow," he said.'])
    assert _named(rescuer, "Daniel Oka") == [(None, "pronoun, resolved to the last speaker: A rescuer, not named")]
    carried = document_of(['"Halvek knew. And the men were sent back down anyway," said union leader Agnes Turay.',
                           '"We raised the ground conditions at every meeting.'])
    assert [name for name, _ in _named(carried, "Agnes Turay")] == ["Agnes Turay", "Agnes Turay"]


def test_the_office_before_a_portfolio_is_the_title_a_holder_is_named_by() -> None:
    """'Minister of Trade, Industry and Energy Han Seo-yeon said …. "…," the Minister added' was no
    one named: the role's last word was 'Energy'."""
    document = document_of(['Minister of Trade, Industry and Energy Han Seo-yeon said: "We did not seek this."',
                            '"We remain ready to negotiate," the Minister added.'])
    minister = entity_in(document, "Han Seo-yeon", roles=("Minister of Trade, Industry and Energy",))
    assert _found(document, minister)[-1] == ("Han Seo-yeon", f"{TITLE}: the Minister")


def test_a_person_named_before_a_role_of_a_body_speaks() -> None:
    """'Mr Yoon, Seonhae's chief negotiator, who returned …, described the deal as "…"' went to no one
    named ("Seonhae's chief"); 'Armando Falcon, OFHEO director said' and 'Michael Lamberty, a
    Lufthansa spokesman told the BBC' to the bodies."""
    document = document_of(["Yoon Min led the talks.",
                            "Mr Yoon Min, Seonhae's chief negotiator, who returned to Valmont on Friday, described the "
                            'deal as "a fair outcome for both sides".',
                            '"We are doing research," Michael Lamberty, a Lufthansa spokesman told the BBC.'])
    assert [name for name, _ in _found(document, entity_in(document, "Yoon Min"), entity_in(document, "Seonhae",
                                                                                           "organisation"),
                                       entity_in(document, "Michael Lamberty"),
                                       entity_in(document, "Lufthansa", "organisation"))] == [
        "Yoon Min", "Michael Lamberty"]


def test_an_office_then_its_holder_after_the_verb_and_a_subject_before_a_colon_speak() -> None:
    """'"…," said the Chairperson of the Commission, Mr Théodore de Souza' was the commission's; 'Bishop
    Emmanuel Tchouta put it better than any politician: "…"' went to the last voice. Not the subject of
    'Kevin Donnellon was asked:', nor a person in a photograph 'under the headline:'."""
    document = document_of(['"The figures came from the polling stations," said the Chairperson of the '
                            "Commission, Mr Theo Souza.",
                            'Bishop Emmanuel Tchouta put it better than any politician: "No election is worth '
                            'the blood of a single citizen."',
                            'Wheelchair user Kevin Donnellon was asked: "Why on earth do you want this?"'])
    found = _found(document, entity_in(document, "Commission", "organisation"), entity_in(document, "Theo Souza"),
                   entity_in(document, "Emmanuel Tchouta"), entity_in(document, "Kevin Donnellon"))
    assert [name for name, _ in found][:2] == ["Theo Souza", "Emmanuel Tchouta"] and found[2][0] != "Kevin Donnellon"


def test_a_relative_of_the_one_named_speaks_not_the_one_named() -> None:
    """'"They kept our boys," said Dusalev's mother, Roza' gave the mother's words to her son, still
    held; 'Marvanyi's wife, Daria, … "…," she said' gave the wife's to her husband."""
    from briefing_site.text import read_document

    document = read_document('Title\n\nKiran Dusalev is still held. "They kept our boys," said Dusalev\'s mother, '
                             'Roza, outside the shop.\n\nOleksi Marvanyi is held too. Marvanyi\'s wife, Daria, '
                             'spoke to reporters in January. "He said he was being fed," she said.\n\n"I never gave '
                             'up any hope," said Tolan\'s elder brother.\n')
    found = _named(document, "Dusalev", "Roza", "Marvanyi", "Daria", "Tolan")
    assert found == [("Roza", NAMED), ("Daria", PRONOUN), (None, "not named: Tolan's elder brother")]


def test_a_body_word_with_a_qualifier_is_the_body_only_if_its_name_has_it() -> None:
    """'the irrigation ministry said Kestrava had cut releases …' went to Kestrava's Ministry of Energy
    and Water Resources, the one ministry the text named: the ministry it accuses."""
    from briefing_site.text import read_document

    document = read_document('Title\n\nKestrava\'s Ministry of Energy and Water Resources denied it. The irrigation '
                             'ministry said the flow had fallen "as low as 160 cubic metres per second" last week. '
                             'Later "we stand by our figures," the ministry said.\n')
    assert _named(document, "Ministry of Energy and Water Resources", kind="organisation") == [
        (None, "not named: The irrigation ministry"),
        ("Ministry of Energy and Water Resources", "the one body named with that word: the ministry")]


def test_a_worker_unnamed_at_a_named_place_is_not_the_place() -> None:
    """'"It was like someone turned off a tap," said a pump operator at Qasr Benni who asked not to be
    named' gave the quote to the village (typed a body), then 'not stated'."""
    from briefing_site.text import read_document

    document = read_document('Title\n\n"It was like someone turned off a tap," said a pump operator at Qasr Benni who '
                             'asked not to be named. "On Sunday night the water was at the third mark."\n')
    found = _named(document, "Qasr Benni", kind="organisation")
    assert [speaker for speaker, _ in found] == [None, None] and all("not named:" in how and "operator" in how
                                                                     for _, how in found), found


def test_a_readout_or_a_banner_is_no_voice_before_it() -> None:
    """'A foreign ministry readout said the two had "agreed on the importance of calm."' and 'One banner
    read: "Veltsk signed, Sarouk dried."' went on the minister quoted before, as continued quotes."""
    from briefing_site.text import read_document

    document = read_document('Title\n\n"We will cooperate," Foreign Minister Anna Stoel said.\n\nA foreign ministry '
                             'readout said the two had "agreed on the importance of calm." One banner read: "Veltsk '
                             'signed, Sarouk dried."\n')
    assert _named(document, "Anna Stoel")[1:] == [(None, "not named: A foreign ministry readout"),
                                                   (None, "not named: One banner")]


@pytest.mark.parametrize(("sentence", "name", "speaker"), [
    # someone speaking for the holder of an office set off before the name, or written before it as a title
    ('"We will restore order," a spokesman for the police commissioner, Gen. Stefan Korb, said.', "Stefan Korb",
     (None, "not named: a spokesman for the police commissioner, Gen. Stefan Korb")),
    ('"We will restore order," a spokeswoman for Interior Minister Anna Belk said.', "Anna Belk",
     (None, "not named: a spokeswoman for Interior Minister Anna Belk")),
    ('"We will restore order," said an aide to the prime minister, Dr Ilse Varga.', "Ilse Varga",
     (None, "not named: an aide to the prime minister, Dr Ilse Varga")),
    # the name set off after a role at a body is the speaker's own
    ('"We will restore order," an analyst at the bank, Per Malmberg, said.', "Per Malmberg",
     ("Per Malmberg", NAMED)),
    ('"We will restore order," a spokesman for the ministry, Jan Smit, said.', "Jan Smit", ("Jan Smit", NAMED)),
    ('"We will restore order," the prime minister, Dr Ilse Varga, said.', "Ilse Varga", ("Ilse Varga", NAMED)),
])
def test_a_spokesperson_for_an_office_holder_is_not_the_holder(sentence: str, name: str,
                                                                 speaker: tuple[str | None, str]) -> None:
    """'a spokesman for the police commissioner, Gen. Stefan Korb, said' gave the spokesman's words to
    the commissioner."""
    assert _named(document_of([sentence]), name) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Karel Dvorsky's lawyer, John Brown, said his client would appeal. \"The verdict rests on a liar,\" he "
     "said.", "John Brown"),
    ("But Karel Dvorsky's former adviser John Brown said the plans were wrong. He added: \"I do not accept it.\"",
     "John Brown"),
    ("Karel Dvorsky's car was seized, John Brown said. \"I do not accept it,\" he said.", "Karel Dvorsky"),
])
def test_he_after_someones_lawyer_or_adviser_is_the_lawyer_not_his_client(text: str, speaker: str) -> None:
    """'Van der Stroom's lawyer, Mr J-B Moreau-Adeyemi, said his client would appeal. "…," he said' gave
    the lawyer's words to the man convicted, named first in the sentence before as its possessor."""
    document = document_of(["Karel Dvorsky was jailed on Thursday."], [text])
    assert [name for name, _ in _named(document, "Karel Dvorsky", "John Brown")] == [speaker]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('"A remedy is only as good as its buyer," as one former regulator put it to us.',
     (None, "not named: one former regulator")),
    ('"It is a disaster," as Ivo Tark put it.', ("Ivo Tark", NAMED)),
    ('"A remedy is weak," one former regulator said.', (None, "not named: one former regulator")),
])
def test_words_someone_put_so_are_theirs(sentence: str, speaker: tuple[str | None, str]) -> None:
    """'"…," as one former regulator put it to us' had no speech verb, and went to the body the
    analysis had quoted before; a former regulator is a person, as a former official is."""
    document = document_of(['"We acted on the evidence," the Velorian Competition Authority said.'], [sentence])
    found = _found(document, entity_in(document, "Velorian Competition Authority", "organisation"),
                   entity_in(document, "Ivo Tark"))
    assert found[-1] == speaker


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('A regulator, speaking on condition of anonymity, said: "It was a disaster waiting to happen."',
     (None, "not named: A regulator")),
    ('"We are calm," one official, who asked not to be named, told reporters.', (None, "not named: one official")),
    ('An executive who spoke on condition of anonymity said: "We saw it coming."',
     (None, "not named: An executive")),
    ('One of the people, who declined to be identified, said: "The loan was refused."',
     (None, "not named: One of the people")),
    ('Piotr Lis, speaking on condition of anonymity, said: "We saw it coming."', ("Piotr Lis", NAMED)),
])
def test_a_speaker_the_text_says_it_does_not_name_is_no_earlier_voice(sentence: str,
                                                                       speaker: tuple[str | None, str]) -> None:
    """'A regulator, speaking on condition of anonymity, said: "…"' after a paragraph quoting the
    minister had been the minister's words, continued: whoever the text says it does not name is
    not the last voice it quoted (and a name before the cue is still that person's)."""
    document = document_of(['Finance Minister Piotr Lis said: "We will protect every saver."'], [sentence])
    assert _named(document, "Piotr Lis")[-1] == speaker


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('As one senior banker in Port Caldra put it to us, "everybody knew, and nobody said."',
     (None, "not named: one senior banker")),
    ('A local elder in Tel Harun said: "We are afraid of the next winter."', (None, "not named: A local elder")),
])
def test_someone_unnamed_where_they_are_is_no_earlier_voice(sentence: str, speaker: tuple[str | None, str]) -> None:
    """'As one senior banker in Port Caldra put it to us' had been the governor quoted the paragraph
    before: the place after the role says where the unnamed speaker is, not that no one is named."""
    document = document_of(['Governor Anna Kolk said the banks had "no weak links".'], [sentence])
    place = entity_in(document, sentence.split(" in ")[1].split(" put")[0].split(" said")[0], "place")
    assert _found(document, entity_in(document, "Anna Kolk"), place)[-1] == speaker


def test_he_said_after_a_paragraph_that_ends_with_someone_unnamed_speaking_is_theirs() -> None:
    """'A VBC technician, who asked that his name not be printed, said about 40 soldiers entered …'
    and, opening the next paragraph, '"They had a list of names …," he said': the technician's words,
    which had gone to the hospital director named two paragraphs before. A named speaker before is
    still the one "he" points to."""
    document = document_of(["Dr Jan Tesfaye, the director of the hospital, said 23 people had died."],
                           ["A VBC technician, who asked that his name not be printed, said about 40 soldiers "
                            "entered the building."],
                           ['"They had a list of names of the people they wanted," he said.'],
                           ["The minister, Ali Bo, said the army was loyal."],
                           ['"We are calm and loyal," he said.'])
    assert _named(document, "Jan Tesfaye", "Ali Bo") == [
        (None, "pronoun, resolved to the last speaker: A VBC technician, not named"), ("Ali Bo", PRONOUN)]


def test_he_said_after_a_paragraph_that_ends_with_someone_known_speaking_is_the_person_named() -> None:
    """'… the chancellor pledged to continue growth.' and, next paragraph, 'He said … "the only party
    trusted with the economy"': the chancellor is Gordon Brown, named before, not someone unnamed."""
    document = document_of(["Gordon Brown has issued a rallying cry to supporters."],
                           ["Turning to the economy, the chancellor pledged to continue economic stability."],
                           ['He said Labour was now "the only party trusted with the economy".'])
    assert _named(document, "Gordon Brown") == [("Gordon Brown", PRONOUN)]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('"We will not go home until every ballot is counted," said Vilkas\'s deputy, Mr Teodor Ilic.',
     ("Teodor Ilic", NAMED)),
    ('"It is over," said Vilkas\'s spokesman, Tom Kelly.', ("Tom Kelly", NAMED)),
])
def test_said_someones_deputy_and_a_name_is_the_deputys_words(sentence: str, speaker: tuple[str, str]) -> None:
    """'said Vilkas's deputy, Mr Teodor Ilić' gave the opposition leader her deputy's words: the owner
    of a role set off before its holder's name does not speak."""
    document = document_of(["Anja Vilkas led the march."], [sentence])
    holder = speaker[0]
    assert _named(document, "Anja Vilkas", holder)[-1] == speaker


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('A receptionist at the company\'s head office in Velgrad said management was "cooperating fully with the '
     'authorities".', (None, "not named: A receptionist at the company's head office in Velgrad")),
    ('An elderly woman who lives nearby said: "We heard screams all night long."',
     (None, "not named: An elderly woman")),
])
def test_someone_brought_in_by_any_word_is_no_earlier_voice(sentence: str, speaker: tuple[str | None, str]) -> None:
    """'A receptionist at the company's head office in Velgrad said management was "cooperating fully …"'
    went to the hospital director quoted the paragraph before: a receptionist is no role the speech
    rules knew, and whoever a clause brings in with 'a' is not the last voice quoted."""
    document = document_of(['Dr Stefan Coelho, the director, said: "We admitted 64 patients overnight."'], [sentence])
    velgrad = [entity_in(document, "Velgrad", "place")] if "Velgrad" in sentence else []
    assert _found(document, entity_in(document, "Stefan Coelho"), *velgrad)[-1] == speaker
