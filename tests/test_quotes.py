"""Figures and quotes on small literal texts: sources of figures, the quoted passages, quotes carried
over paragraphs, and how far back a speaker is looked for. Who speaks each quote: test_attribution.py,
which uses the helpers here."""

from __future__ import annotations

import dataclasses
import re

from briefing_site.antecedents import mentions_by_position
from briefing_site.attribution import SPEAKER_WINDOW, before_start
from briefing_site.figures import extract_figures
from briefing_site.model import Document, Entity, Mention, Paragraph, Sentence
from briefing_site.quotes import _sentence_at, extract_quotes


def document_of(*paragraphs: list[str]) -> Document:
    """Paragraphs given as their sentences, joined by one space, numbered across the document."""
    built, index = [], 0
    for number, texts in enumerate(paragraphs):
        sentences, offset = [], 0
        for text in texts:
            sentences.append(Sentence(index, number, text, offset, offset + len(text)))
            index, offset = index + 1, offset + len(text) + 1
        built.append(Paragraph(number, " ".join(texts), "body", number + 1, tuple(sentences)))
    return Document(tuple(built))


def entity_in(document: Document, name: str, kind: str = "person", roles: tuple[str, ...] = ()) -> Entity:
    """An entity mentioned wherever its name stands in the document."""
    mentions = tuple(Mention(s.index, m.start(), m.end(), name)
                     for s in document.sentences for m in re.finditer(rf"\b{re.escape(name)}\b", s.text))
    return Entity(name.lower().replace(" ", "-"), name, kind, (), roles, mentions)


def speakers(document: Document, *names: str, kind: str = "person") -> list[tuple[str, str | None]]:
    """Each quote's text and speaker, the names given all of one kind."""
    quotes = extract_quotes(document, tuple(entity_in(document, n, kind) for n in names))
    return [(q.text, q.speaker_name) for q in quotes]


def test_every_figure_of_a_sentence_with_a_source_is_sourced() -> None:
    sourced = document_of(["Prices rose 5% and wages 3%, official figures show.", "Rents rose 7%."])
    figures = extract_figures(sourced.sentences)
    assert [(f.text, f.sentence, f.sourced) for f in figures] == [("5%", 0, True), ("3%", 0, True),
                                                                   ("7%", 1, False)]


def test_a_long_list_of_figures_keeps_each_one() -> None:
    document = document_of([" ".join(["5%"] * 50) + ", the survey said."])
    figures = extract_figures(document.sentences)
    assert len(figures) == 50 and all(f.sourced and f.text == "5%" for f in figures)


def test_a_quote_carried_over_paragraphs_is_one_quote() -> None:
    document = document_of(['Al Bo said: "We will fight on the beaches'], ['"We shall fight in the fields'],
                         ['"We shall never surrender."'])
    assert speakers(document, "Al Bo") == [
        ("We will fight on the beaches We shall fight in the fields We shall never surrender.", "Al Bo")]


def test_a_speech_verb_far_back_in_a_long_sentence_is_not_looked_at() -> None:
    # the look back stops SPEAKER_WINDOW characters before the quote, as the look after it does
    near = document_of(['Al Bo said that ' + "we " * 20 + '"will go now today"'])
    far = document_of(['Al Bo said that ' + "we " * 120 + '"will go now today"'])
    assert speakers(near, "Al Bo") == [("will go now today", "Al Bo")]
    assert speakers(far, "Al Bo") == [("will go now today", None)]


def test_the_look_back_starts_at_the_sentence_or_at_a_word_within_the_window() -> None:
    assert before_start("Al Bo said: ", 0, 12) == 0
    text = "x" * 10 + " thread" * 100
    quote = len(text)
    start = before_start(text, 0, quote)
    assert quote - SPEAKER_WINDOW <= start < quote and text[start - 1] == " " and text[start:start + 6] == "thread"


def test_a_mention_after_a_preposition_is_oblique() -> None:
    texts = ["Al Bo left.", "At a talk hosted by Al Bo, we left.", "Mara Voss met Al Bo."]
    document = document_of(texts)
    mentions = mentions_by_position(document, (entity_in(document, "Al Bo"),), {})
    assert [m.oblique for m in mentions] == [False, True, False]


def test_a_title_that_holds_a_preposition_is_no_preposition_before_the_name() -> None:
    """'Minister of Civil Protection Aurel Dracsic said …' was oblique (after 'of'), so 'He said he
    would travel …' in the next sentence went to the company chief named two sentences before."""
    texts = ["Minister of Civil Protection Al Bo left.", "Head of the Joint Staff Al Bo left.",
             "A talk with Foreign Secretary Al Bo ended.", "Letters from Minister of Health Al Bo came.",
             "It may triple the price, according to the Economist Intelligence Unit's Mr Al Bo."]
    document = document_of(texts)
    mentions = mentions_by_position(document, (entity_in(document, "Al Bo"),), {})
    assert [m.oblique for m in mentions] == [False, False, True, True, False]
    speech = document_of(['"We deny it," said Ned Kay, the company chief.', "Minister of Civil Protection Al Bo said "
                          "aid would come.", 'He said he would travel "as soon as I am allowed."'])
    assert speakers(speech, "Ned Kay", "Al Bo") == [("We deny it,", "Ned Kay"), ("as soon as I am allowed.", "Al Bo")]


def test_the_sentence_at_an_offset_or_the_nearest_one() -> None:
    paragraph = Paragraph(0, "abcd    efgh", "body", 1, (Sentence(0, 0, "abcd", 0, 4), Sentence(1, 0, "efgh", 8, 12)))
    starts = [0, 8]
    assert [_sentence_at(paragraph, starts, offset).index for offset in (0, 3, 4, 5, 7, 8, 11, 20)] == \
        [0, 0, 0, 1, 1, 1, 1, 1]


def test_a_paragraph_of_many_quotes_is_put_together_a_bounded_number_of_times(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Paragraph.text joins the paragraph's pieces on each read: read once a quote, a paragraph of a
    thousand quotes (a transcript) took minutes to analyse. Counted, not timed."""
    quotes = 400
    document = document_of([f'"We will go on," said Ahmed Khan on day {n}.' for n in range(quotes)])
    reads = 0
    text = Paragraph.text

    def counted(self: Paragraph) -> str:
        nonlocal reads
        reads += 1
        return text.fget(self)  # type: ignore[attr-defined]

    monkeypatch.setattr(Paragraph, "text", property(counted))
    found = extract_quotes(document, (entity_in(document, "Ahmed Khan"),))
    assert len(found) == quotes and {q.speaker_name for q in found} == {"Ahmed Khan"}
    assert reads <= 10  # once or twice per paragraph, never once per quote



def test_a_body_that_speaks_is_its_own_voice() -> None:
    """'Iraq's foreign ministry said it "…"' was given to the defence minister named before it; 'the
    ministry said' is the one ministry the text names."""
    document = document_of(["Turkish Defence Minister Yasar Guler said the strikes would go on.",
                            "Iraq's foreign ministry said it \"rejects the use of its territory for attacks\"."])
    quote = extract_quotes(document, (entity_in(document, "Yasar Guler"),))[-1]
    assert (quote.speaker_name, quote.speaker_how) == (None, "not named: Iraq's foreign ministry")
    document = document_of(["The Finance Ministry forecast growth of 3%.",
                            "Later the ministry said: \"The focus will be on jobs.\""])
    quote = extract_quotes(document, (entity_in(document, "Finance Ministry", "organisation"),))[-1]
    assert (quote.speaker_name, quote.speaker_how) == ("Finance Ministry",
                                                      "the one body named with that word: the ministry")


def test_a_body_named_by_its_kind_is_the_body_the_text_gives_never_a_person() -> None:
    """'the company said', 'the group said': the body the quotes before stood for ("Kestrel said …",
    the company), or the body named last before it; never the person who spoke last ("Anna Lind
    said sales rose. "…," the board said" was Anna Lind's), and no one when no body is named."""
    document = document_of(["Kestrel Mining said sales rose.", "Its chief executive Anna Lind spoke to analysts.",
                            "\"We expect more growth next year,\" the company said."])
    found = extract_quotes(document, (entity_in(document, "Kestrel Mining", "organisation"),
                                      entity_in(document, "Anna Lind")))
    assert [q.speaker_name for q in found] == ["Kestrel Mining"]
    document = document_of(["Anna Lind, chief executive of Kestrel Mining, said sales rose.",
                            "\"The offer undervalues the company,\" the board said."])
    found = extract_quotes(document, (entity_in(document, "Kestrel Mining", "organisation"),
                                      entity_in(document, "Anna Lind")))
    assert [(q.speaker_name, q.speaker_how) for q in found] == [
        ("Kestrel Mining", "the body the text before it is about: the board")]
    document = document_of(["Anna Lind said sales rose.", "\"We are pleased,\" the group said."])
    found = extract_quotes(document, (entity_in(document, "Anna Lind"),))
    assert [(q.speaker_name, q.speaker_how) for q in found] == [(None, "not named: the group")]


def test_a_spokesperson_for_a_body_word_speaks_for_the_body_named_so() -> None:
    """'A spokeswoman for the trust denied a report … "No payment has been made," she said' went to the
    agency director named two sentences before (a name of either sex); the trust speaks, through its
    spokesperson, and no one when the text names no such body or the one speaking is no spokesperson."""
    document = document_of(["The Marrowdale Health Trust was attacked on Sunday.",
                            "Its director, Rahul Mehta, said the group had demanded 50 bitcoin.",
                            "A spokeswoman for the trust denied a report that a ransom had been paid.",
                            "\"No payment has been made,\" she said."],
                           ["A spokesman for the trust said: \"Services will return.\""],
                           ["A spokesman for the family said: \"We are relieved.\""],
                           ["A lawyer for the trust said: \"We will sue.\""])
    found = extract_quotes(document, (entity_in(document, "Marrowdale Health Trust", "organisation"),
                                      entity_in(document, "Rahul Mehta")))
    assert [(q.speaker_name, q.speaker_how) for q in found] == [
        ("Marrowdale Health Trust", "pronoun, resolved to the last speaker: the one body named with that word: "
                                    "A spokeswoman for the trust, through its spokesperson"),
        ("Marrowdale Health Trust", "the one body named with that word: A spokesman for the trust, through its "
                                    "spokesperson"),
        (None, "not named: A spokesman for the family"), (None, "not named: A lawyer for the trust")]


def test_who_speaks_for_a_person_or_among_unnamed_people_is_not_that_person() -> None:
    """'A spokesman for Ms Salo called the report "a complete fabrication"' was Ingrid Salo's, and so was
    'The prime minister's office repeated …'; 'One of them described the call as "…"' (of unnamed
    sources) was the chief of staff's, named before; 'According to Dr Nowell, the move "…"' had no speaker."""
    document = document_of(["Elin Varga telephoned Governor Helena Marsk on Monday, the people said.",
                            "One of them described the call as \"a clear request, not a chat\"."],
                           ["A spokesman for Ms Salo called the report \"a complete fabrication\".",
                            "\"We never sought to influence the bank,\" he said."],
                           ["The prime minister's office repeated that it was \"a complete fabrication\"."],
                           ["According to Dr Nowell, the size of the move \"was partly about credibility\"."])
    people = [entity_in(document, name) for name in ("Elin Varga", "Helena Marsk", "Salo", "Nowell")]
    salo = dataclasses.replace(people[2], name="Ingrid Salo", roles=("Prime Minister",))
    found = extract_quotes(document, (*people[:2], salo, people[3]))
    assert [(q.speaker_name, q.speaker_how) for q in found] == [
        (None, "not named: One of them"), (None, "not named: A spokesman for Ms Salo"),
        (None, "pronoun, resolved to the last speaker: A spokesman for Ms Salo, not named"),
        (None, "not named: The prime minister's office"), ("Nowell", "named in the sentence")]


def test_praise_is_a_way_of_speaking() -> None:
    """'Governor Nadir Haskani, who has governed the province since 2021, praised the "wisdom of the
    elders"' went on from the driver quoted before him."""
    document = document_of(["\"The foreigners they kept,\" said Haroun Mekki, a driver.",
                            "Governor Nadir Haskani, who has governed the province since 2021, praised the "
                            "\"wisdom of the elders\" but would not comment."])
    assert speakers(document, "Haroun Mekki", "Nadir Haskani") == [("The foreigners they kept,", "Haroun Mekki"),
                                                                   ("wisdom of the elders", "Nadir Haskani")]


def test_the_company_is_the_subject_of_the_sentence_before_not_the_body_after_a_preposition() -> None:
    """'Boeing was fined by the FAA. "…," the company said' went to the FAA, the last body named;
    the body the sentence is about (the first named outside a preposition) speaks."""
    document = document_of(["Shares in Boeing fell.", "Boeing was fined by the Federal Aviation Administration.",
                            "\"We accept the decision,\" the company said."])
    found = extract_quotes(document, (entity_in(document, "Boeing", "organisation"),
                                      entity_in(document, "Federal Aviation Administration", "organisation")))
    assert [q.speaker_name for q in found] == ["Boeing"]


def test_a_quote_broken_by_its_attribution_is_one_quote() -> None:
    """'"The sirens," Mr Lind said, "are the first thing …"' lost its first two words and read
    'are the first thing …'; '"A literate and qualified Turkish population," he said, "will make a
    positive impact"' was two quotes."""
    document = document_of(['"The sirens," Josef Lind said, "are the first thing I want the inquiry to look at."',
                            '"We have people who are not on any list," said Vera Lind, "and nobody counts them."',
                            '"No," she said. "Never again."'])
    assert speakers(document, "Josef Lind", "Vera Lind") == [
        ("The sirens … are the first thing I want the inquiry to look at.", "Josef Lind"),
        ("We have people who are not on any list … and nobody counts them.", "Vera Lind")]


def test_a_person_set_off_after_a_role_at_a_body_is_the_speaker() -> None:
    """'An industry analyst at Nordea, Per Malmberg, said the verdict "…"' went to no one ('not
    named: analyst at Nordea'); so did 'director of the Victims of Crime Trust, Norman Brennan,
    accused …' (to the trust) on the BBC articles."""
    document = document_of(['An industry analyst at Nordea, Per Malmberg, said the verdict "creates a shadow over '
                            'the whole company".'])
    quotes = extract_quotes(document, (entity_in(document, "Nordea", "organisation"),
                                       entity_in(document, "Per Malmberg")))
    assert [q.speaker_name for q in quotes] == ["Per Malmberg"]


def test_a_name_set_off_after_an_office_after_said_is_the_speaker() -> None:
    """'"Our value of 6.8 … we are confident in it," said the Director of the Institute, Dr Aurel
    Danescu.' had no speaker ('not named: the Director')."""
    document = document_of(['"Our value of 6.8 is based on 212 stations, and we are confident in it," said the '
                            'Director of the Institute, Dr Aurel Danescu.'])
    quotes = extract_quotes(document, (entity_in(document, "Aurel Danescu"),))
    assert [q.speaker_name for q in quotes] == ["Aurel Danescu"]


def test_welcoming_is_a_way_of_speaking_and_a_with_clause_has_its_own_speaker() -> None:
    """'Minister Varga welcomed the agreement as "a turning point …"' had no speaker; 'Berlin welcomed
    the decision, with finance minister Hans Eichel saying it was "on the right track"' is Eichel's."""
    document = document_of(['Minister Varga welcomed the agreement as "a turning point in the security of our common '
                            'border".'],
                           ['Berlin welcomed the decision, with finance minister Hans Eichel saying it showed the '
                            'policy was "on the right track even amid very difficult conditions".'])
    quotes = extract_quotes(document, (entity_in(document, "Varga"), entity_in(document, "Berlin", "place"),
                                       entity_in(document, "Hans Eichel")))
    assert [q.speaker_name for q in quotes] == ["Varga", "Hans Eichel"]


def test_the_source_after_according_to_is_who_she_is() -> None:
    """'According to Sofia Lind, who runs a repair shop, …. "…," she said' had gone to the woman named in
    the paragraph before: a name after 'according to' is the sentence's source, not an oblique."""
    document = document_of(["Ana Wrobel, who runs a bakery, was worried."],
                           ["According to Sofia Lind, who runs a repair shop, customers came all week.",
                            '"People think the hackers are inside their phones," she said.'])
    assert speakers(document, "Ana Wrobel", "Sofia Lind") == [
        ("People think the hackers are inside their phones,", "Sofia Lind")]


def test_a_shopper_not_named_is_no_one_named_before() -> None:
    document = document_of(['"We are angry," said Ana Wrobel, who runs a bakery.'],
                           ['"It is us who pay in the end," said one shopper, who declined to give his name.'])
    assert speakers(document, "Ana Wrobel") == [("We are angry,", "Ana Wrobel"), ("It is us who pay in the end,", None)]


def _transcript_quotes(text: str) -> list[tuple[str, str | None, str]]:
    from briefing_site.entities import extract_entities
    from briefing_site.knowledge import load_knowledge
    from briefing_site.text import read_document
    document = read_document(text)
    quotes = extract_quotes(document, extract_entities(document, load_knowledge(None)))
    return [(q.text, q.speaker_name, q.speaker_how) for q in quotes]


TRANSCRIPT = """An interview on the bridge

Rafael Osterberg led the work on the bridge for Castellan. Hanne Vos spoke to him on Thursday.

HANNE VOS: Mr Osterberg, what is your position at Castellan today?

RAFAEL OSTERBERG: I am still, formally, the chief engineer. Nobody has told me otherwise.

VOS: Did you send the letter?

OSTERBERG: I sent it on the 3rd of February by registered post. The minister said "we have no money".

VOS: Will you give evidence?

OSTERBERG: Yes.

VOS: Thank you.
"""


def test_a_transcripts_answers_are_quotes_of_the_labelled_speaker() -> None:
    """An interview printed as a transcript had no quotes: its answers stand in no quotation marks."""
    found = _transcript_quotes(TRANSCRIPT)
    assert found == [
        ("I am still, formally, the chief engineer. Nobody has told me otherwise.", "Rafael Osterberg",
         "a transcript's speaker label: RAFAEL OSTERBERG"),
        ('I sent it on the 3rd of February by registered post. The minister said "we have no money".',
         "Rafael Osterberg", "a transcript's speaker label: OSTERBERG")]  # the questions are no quotes, nor "Yes."


def test_a_label_that_names_no_one_person_is_not_resolved() -> None:
    text = TRANSCRIPT.replace("Rafael Osterberg led", "Rafael Osterberg and Lena Osterberg led")
    assert [(speaker, how) for _, speaker, how in _transcript_quotes(text)] == [
        ("Rafael Osterberg", "a transcript's speaker label: RAFAEL OSTERBERG"),
        (None, "a transcript's speaker label, not named: OSTERBERG")]  # two Osterbergs: which one is not said
    labelled_once = "Title\n\nAl Bo spoke.\n\nNOTE: This interview was edited for length and clarity.\n"
    assert _transcript_quotes(labelled_once) == []  # one label, once: a heading's, not a transcript's


def test_a_request_is_no_speech_verb_for_the_quote_after_it() -> None:
    """'He added that the city council had asked for the bridge to be inspected, "and we were told …"'
    gave the quote to the council (not named), the subject of 'asked for'."""
    document = document_of(['"We were promised a safe bridge," said Pavel Sorensen.',
                            'He added that the city council had asked for the bridge to be inspected more often, '
                            '"and we were told that every two years was enough".'])
    assert speakers(document, "Pavel Sorensen")[1] == ("and we were told that every two years was enough",
                                                       "Pavel Sorensen")


def test_it_that_speaks_is_no_person_and_no_last_voice_going_on() -> None:
    """'Ms Halloran's office gave a different account. In a statement, it said she had resigned "…"'
    gave the ousted minister's account to the government spokesman quoted before, as his quote going on."""
    document = document_of(['Spokesman Dan Ferro said the minister had "lost the confidence of the cabinet".',
                            "Ms Halloran's office gave a different account.",
                            'In a statement, it said she had resigned "to allow the inquiry to do its work".'],
                           ["The letter is signed by Rafa Ost, the chief engineer.",
                            'It urges the ministry to commission "an urgent inspection of the anchorages".'],
                           ["Norwald Timber denied the claim.", 'It said: "Our harvester was parked and idle."'])
    found = extract_quotes(document, (entity_in(document, "Dan Ferro"), entity_in(document, "Halloran"),
                                      entity_in(document, "Rafa Ost"),
                                      entity_in(document, "Norwald Timber", "organisation")))
    assert [(q.speaker_name, q.speaker_how) for q in found] == [
        ("Dan Ferro", "named in the sentence"), (None, "not named: Ms Halloran's office"),
        (None, "not named: the letter"),
        ("Norwald Timber", "pronoun, resolved to the body the sentence before opens with")]


def test_of_two_voices_the_one_that_asks_more_is_the_interviewer() -> None:
    """An interviewer whose turns also tell what others say ('OSTBERG: The port authority says the
    figure is closer to 3,100.') asked in fewer than half of them, and had ten quotes of his own."""
    text = ("Interview\n\nTomas Brennick leads the union. Mikael Ostberg asked the questions.\n\n"
            "OSTBERG: How many are on strike today?\n\nBRENNICK: Today we have 4,500 people out, every docker.\n\n"
            "OSTBERG: The port authority says the figure is closer to 3,100.\n\n"
            "BRENNICK: The port authority can count cranes, but not people.\n\n"
            "OSTBERG: The authority also denies hiring replacement workers.\n\n"
            "BRENNICK: They can deny what they like, but our people saw them.\n")
    assert {speaker for _, speaker, _ in _transcript_quotes(text)} == {"Tomas Brennick"}


QA_TRANSCRIPT = """Title

Three weeks after the verdict, his defence lawyer Konstantin Varga spoke to Radio Selvik's Jelena Markovic about the
appeal.

Q: Prosecutor General Halasz says the documents alone prove the case. Do they?

A: Documents do not speak for themselves. Somebody has to explain them.

Q: When do you expect a ruling?

A: The Court of Appeal has scheduled a first hearing for 9 February 2026.
"""


def test_a_transcripts_answers_labelled_a_are_the_interviewees() -> None:
    """'Q: … A: …' gave every answer to 'A', not named, though the introduction names who spoke to
    the outlet: its answers are his, and the one it spoke to (after 'spoke to') asks."""
    assert [(speaker, how) for _, speaker, how in _transcript_quotes(QA_TRANSCRIPT)] == [
        ("Konstantin Varga", "a transcript's speaker label: A, the interviewee its introduction names")] * 2
    unnamed = QA_TRANSCRIPT.replace("his defence lawyer Konstantin Varga spoke to Radio Selvik's Jelena Markovic",
                                    "the lawyer spoke to the radio")
    assert [speaker for _, speaker, _ in _transcript_quotes(unnamed)] == [None, None]  # no one named: not guessed



def test_the_outlet_that_spoke_to_the_interviewee_is_not_the_interviewee() -> None:
    """'Dr Ilona Szász-Weber heads the Kestravan service. Hydro Policy Weekly spoke to her by video
    link': the magazine (typed a person, since it 'spoke') was given every answer."""
    text = QA_TRANSCRIPT.replace(
        "Three weeks after the verdict, his defence lawyer Konstantin Varga spoke to Radio Selvik's Jelena Markovic "
        "about the\nappeal.", "Konstantin Varga is the defence lawyer. Jelena Markovic spoke to him about the appeal.")
    assert "spoke to him" in text
    assert [speaker for _, speaker, _ in _transcript_quotes(text)] == ["Konstantin Varga"] * 2


def test_a_quote_after_someone_brought_in_unnamed_is_theirs() -> None:
    """'A soldier at a checkpoint north of Halvik, who would not give his name, was more blunt. "We
    were told …"' gave the soldier's words to the MP quoted before, as a continued quote. Not so
    after one it befell ('A man was killed in the blast.')."""
    text = ('Title\n\n"We need answers," said opposition MP Teodor Balan.\n\nA soldier at a checkpoint north of '
            'Halvik, who would not give his name, was more blunt. "We were told the whole valley is SLF."\n\n'
            'One resident was angrier still. "They never warned us."\n\n"The army must explain," Balan said. '
            'A man was killed in the blast. "We will not wait."\n')
    found = [(speaker, how) for _, speaker, how in _transcript_quotes(text)]
    assert found[1:3] == [(None, "the one brought in before it, not named: A soldier"),
                          (None, "the one brought in before it, not named: One resident")]
    assert found[4][0] == "Teodor Balan"  # after a man killed, the last voice goes on


def test_the_company_that_speaks_is_the_company_named_before_it() -> None:
    """'The mine is operated by Corvane Minerals Ltd … In a brief statement, the company said it was
    "cooperating fully …"' gave the company's words to the rescue agency the paragraph before was
    about: a body named after 'by' was passed over, though its name says it is the company."""
    text = ('Title\n\nRescuers from the National Civil Protection Agency reached the gallery on Tuesday. "We have '
            'contact," Gen. Osric Matveyev, who heads the NCPA, told reporters.\n\nThe mine is operated by Corvane '
            'Minerals Ltd, the second-largest coal producer. In a brief statement, the company said it was '
            '"cooperating fully with the authorities".\n')
    found = {quote: speaker for quote, speaker, _ in _transcript_quotes(text)}
    assert found["cooperating fully with the authorities"] == "Corvane Minerals Ltd"


PARTICLE_TRANSCRIPT = """Interview

Rafael de la Cruz Obando, 61, led the talks for Qadirah. He spoke to Qadirah Today.

Qadirah Today: Who were you working for?

De la Cruz: For the hostages. I was asked by His Excellency Sheikh Hamad to help, as an adviser.

Qadirah Today: And now?

De la Cruz: I will rest. Sheikh Hamad called me on Saturday and thanked me.

Asked whether he had a message for the families, he paused. "Tell them I have not forgotten them," he said.
"""


def test_a_label_with_particles_is_a_speakers_and_he_after_the_turns_is_the_interviewee() -> None:
    """'De la Cruz: For the hostages.' was no turn (the label's 'la'), so the mediator said nothing;
    the closing '"Tell them I have not forgotten," he said' went to the sheikh his last answer named."""
    found = [(speaker, how.split(":")[0]) for _, speaker, how in _transcript_quotes(PARTICLE_TRANSCRIPT)]
    assert found == [("Rafael de la Cruz Obando", "a transcript's speaker label")] * 2 + [
        ("Rafael de la Cruz Obando", "pronoun, in an interview")]


def test_a_title_s_point_ends_no_sentence_before_a_quote() -> None:
    """'According to Prof. Anselm Gutiérrez de la Torre, a constitutional lawyer …, the court "has never
    annulled a provincial result"' went to the commission chair quoted before: the title's point was
    read as a sentence's end, and what was left named no speaker."""
    document = document_of(["The commission chair, Tomasz Erdelyi, said the count was final."],
                           ["According to Prof. Anselm Gutiérrez de la Torre, a constitutional lawyer at the "
                            "University of Velmora, the court \"has never annulled a provincial result\"."])
    people = [entity_in(document, name) for name in ("Tomasz Erdelyi", "Anselm Gutiérrez de la Torre")]
    found = extract_quotes(document, tuple(people))
    assert [(q.speaker_name, q.speaker_how) for q in found] == [
        ("Anselm Gutiérrez de la Torre", "named in the sentence")]


def test_after_the_turns_a_person_the_narrative_names_speaking_keeps_his_words() -> None:
    """After a Q&A, 'Henrik Saltmarsh, the employers' chairman, said the deal was "expensive but
    final". He said the employers would "not reopen pay before July 2027".' and 'Asked about the
    union leader's account, a spokesman for the interior ministry said: "…"' went to the union
    leader interviewed: the employers' pay freeze and the police's version of his arrest, in his mouth."""
    text = PARTICLE_TRANSCRIPT + (
        "\nHenrik Saltmarsh, the employers' chairman, said on Thursday that the deal was \"expensive but final\". "
        "He said the employers would \"not reopen pay before July 2027\".\n\n"
        "Asked about the mediator's account of the talks, a spokesman for the interior ministry said: \"The "
        "commissioner has given the facts. We have nothing to add.\"\n")
    found = [(speaker, how.split(":")[0]) for _, speaker, how in _transcript_quotes(text)]
    assert found[3:] == [("Henrik Saltmarsh", "named in the sentence"),
                         ("Henrik Saltmarsh", "pronoun, resolved to the last person named"),
                         (None, "not named")]


def test_a_spokesman_for_a_body_of_several_words_after_a_clause_is_unnamed_not_the_last_voice() -> None:
    """'Asked about the account, a spokesman for the interior ministry said: "…"' went to the last
    person quoted: the role was too far from its verb to be read. Not an office a comma sets off after
    a name ('Alois Rhiel, its minister for economic affairs, added': his)."""
    document = document_of(["Henrik Saltmarsh said the deal was \"expensive but final\"."],
                           ["Asked about the union leader's account of 11 June, a spokesman for the interior ministry "
                            "said: \"The commissioner has given the facts.\""],
                           ["\"It is our wish that the headquarters stay here,\" Alois Rhiel, its minister for "
                            "economic affairs added."])
    people = [entity_in(document, name) for name in ("Henrik Saltmarsh", "Alois Rhiel")]
    found = extract_quotes(document, tuple(people))
    assert [(q.speaker_name, q.speaker_how) for q in found] == [
        ("Henrik Saltmarsh", "named in the sentence"),
        (None, "not named: a spokesman for the interior ministry"), ("Alois Rhiel", "named in the sentence")]


def test_he_after_the_turns_in_a_paragraph_that_names_its_speaker_is_his_not_the_interviewees() -> None:
    """'Dahlstrøm, reached by telephone, declined to comment on his departure. "I said everything I had
    to say on the 18th," he said' went to the woman interviewed, whose answers the transcript holds."""
    text = PARTICLE_TRANSCRIPT + ("\nHenrik Dahlstrom, reached by telephone, declined to comment. \"I said everything "
                                  "on the 18th,\" he said.\n")
    found = [(speaker, how.split(":")[0]) for _, speaker, how in _transcript_quotes(text)]
    assert found[-2:] == [("Rafael de la Cruz Obando", "pronoun, in an interview"),
                          ("Henrik Dahlstrom", "pronoun, resolved to the last person named")]
