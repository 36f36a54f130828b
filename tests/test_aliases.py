"""Identity (aliases.py): a short form joins a longer name only when exactly one fits it."""

from __future__ import annotations

import pytest
from briefing_site.entities import extract_entities
from briefing_site.knowledge import Knowledge, load_knowledge
from briefing_site.model import Entity
from briefing_site.text import read_document


@pytest.fixture(scope="module")
def builtin() -> Knowledge:
    return load_knowledge(None)


def _owners(body: str, knowledge: Knowledge, headline: str = "A quiet week") -> dict[str, Entity]:
    """Each mention's text -> the entity holding it (the last one wins for repeated texts)."""
    entities = extract_entities(read_document(f"{headline}\n\n{body}\n"), knowledge)
    return {m.text: e for e in entities for m in e.mentions}


def test_an_honorific_surname_never_joins_a_given_name(builtin: Knowledge) -> None:
    owners = _owners("Grant Mitchell lost his seat. Later Mr Grant said the party was united.", builtin)
    assert owners["Grant"].name != "Grant Mitchell"


def test_an_honorific_surname_joins_the_one_person_with_that_surname(builtin: Knowledge) -> None:
    owners = _owners("Hugh Grant met Grant Mitchell on Monday. Mr Grant said the talks went well.", builtin)
    assert owners["Grant"].name == "Hugh Grant"
    assert owners["Grant Mitchell"].name == "Grant Mitchell"


def test_two_people_sharing_a_surname_leave_the_short_form_unresolved(builtin: Knowledge) -> None:
    owners = _owners("Gordon Bale and Nick Bale spoke on Monday. Later Mr Bale declined to comment.", builtin)
    assert owners["Bale"].name == "Bale"
    assert owners["Gordon Bale"] is not owners["Nick Bale"]


def test_a_bare_given_name_fits_only_when_one_person_has_it(builtin: Knowledge) -> None:
    owners = _owners("Digby Carr and Rhona Mills spoke on Monday. Later Sir Digby declined to comment.", builtin)
    assert owners["Digby"].name == "Digby Carr"


def test_a_full_name_in_the_headline_identifies_a_surname(builtin: Knowledge) -> None:
    owners = _owners("The deputy quit on Monday. Ms Oakley said she was proud.", builtin,
                     headline="Helen Oakley quits the board")
    assert owners["Oakley"].name == "Helen Oakley"
    assert [m.text for m in owners["Oakley"].mentions] == ["Oakley"]  # the headline is evidence, not a mention


def test_an_acronym_spelling_out_its_connectors_merges(builtin: Knowledge) -> None:
    owners = _owners("The Bank of Narnia raised rates. Traders said the BoN acted late.", builtin)
    assert owners["BoN"] is owners["Bank of Narnia"]


def test_a_curated_acronym_merges_with_its_expansion(builtin: Knowledge) -> None:
    owners = _owners("The Bank of England held rates. Analysts expect the BoE to wait.", builtin)
    assert owners["BoE"] is owners["Bank of England"]


def test_a_short_form_joins_its_long_form(builtin: Knowledge) -> None:
    owners = _owners("Flights at Fernley Airport rose. Campaigners said Fernley was full. "
                     "The Hadley Inquiry reported. Critics said Hadley had ignored them.", builtin)
    assert owners["Fernley"] is owners["Fernley Airport"]
    assert owners["Hadley"] is owners["Hadley Inquiry"]


def test_a_place_does_not_fold_into_the_body_named_after_it(builtin: Knowledge) -> None:
    owners = _owners("Homes in Wexmoor are dear. Wexmoor County Council said it would build more.", builtin)
    assert owners["Wexmoor"] is not owners["Wexmoor County Council"]


def test_a_located_short_form_joins_the_name_the_text_places_there(builtin: Knowledge) -> None:
    owners = _owners("A new Liaison Centre in Mosul opened. The Mosul Centre will share data. "
                     "Officials said the Centre would grow.", builtin)
    assert owners["Mosul Centre"] is owners["Liaison Centre"] is owners["Centre"]
    assert owners["Mosul"].type == "place"


def test_a_name_without_an_ascii_key_is_no_fault(builtin: Knowledge) -> None:
    extract_entities(read_document("A quiet week\n\n0Æ and Æ Centre met Ωμέγα.\n"), builtin)


def test_a_title_and_an_initial_fit_the_one_surname_with_that_letter(builtin: Knowledge) -> None:
    owners = _owners("Jeremy Parrow met Peter Mandell. Later he said Mr P. was in good form.", builtin)
    assert owners["P"] is owners["Jeremy Parrow"]
    owners = _owners("Jeremy Parrow met Paula Pike. Later he said Mr P. was in good form.", builtin)
    assert owners["P"] is not owners["Jeremy Parrow"] and owners["P"] is not owners["Paula Pike"]


def test_a_lower_case_given_name_in_a_quote_is_the_one_person_with_it(builtin: Knowledge) -> None:
    body = ('They hired Trevor Bealey, the agency\'s boss. Mr Hall wrote: "Just spoke to trevor. All fine.\n'
            '"Talk later." Mr Bealey said nothing.')
    assert _owners(body, builtin)["trevor"].name == "Trevor Bealey"


@pytest.mark.parametrize("body", [
    'They hired Trevor Bealey, the agency\'s boss, and Trevor Nunn, a director. Mr Hall wrote: "Ask trevor."',
    'They hired Trevor Bealey, the agency\'s boss. Mr Hall wrote: "Ask trevor." A trevor is a kind of fish.',
    'They hired Will Bealey, the agency\'s boss. Mr Hall wrote: "It will pass."',
])
def test_a_lower_case_word_stays_a_word_when_it_is_used_as_one_or_fits_two(builtin: Knowledge, body: str) -> None:
    owners = _owners(body, builtin)
    assert "trevor" not in owners and "will" not in owners


def test_a_party_with_a_lower_case_head_is_the_party(builtin: Knowledge) -> None:
    owners = _owners("The Labour party met. The Tory party did not. A Eurosceptic party formed.", builtin)
    assert owners["Labour party"].name == "Labour Party"
    assert owners["Tory party"].name == "Conservative Party"
    assert "Eurosceptic party" not in owners


def test_a_firm_is_named_for_short_by_its_first_partner(builtin: Knowledge) -> None:
    owners = _owners("Shares in Hobb & Carrow fell. Analysts said Hobb would cut jobs.", builtin)
    assert owners["Hobb"] is owners["Hobb & Carrow"]
    assert owners["Hobb"].type == "organisation"


def test_a_known_name_with_a_number_and_a_prefix(builtin: Knowledge) -> None:
    owners = _owners("Ex-No 10 aide Ann Vetch spoke on BBC Radio 4 on Monday.", builtin)
    assert owners["No 10"].name == "Downing Street"
    assert owners["BBC Radio 4"].type == "organisation" and "BBC" not in owners


def test_an_office_before_one_name_marks_a_surname(builtin: Knowledge) -> None:
    # Durham is also a city in the gazetteer: only the office shows it is a surname here
    owners = _owners("President Walter J Durham won a second term. Analysts expect President Durham "
                     "to keep rates low.", builtin)
    assert owners["Durham"].name == "Walter J Durham"


def test_a_title_joins_a_full_name_typed_only_by_weak_context(builtin: Knowledge) -> None:
    owners = _owners("After Austin Pell became president in 2001, he did not raise taxes. After Mr Pell "
                     "came to power, the company's shares fell.", builtin)
    assert owners["Pell"] is owners["Austin Pell"]
    assert owners["Pell"].type == "person"


def test_the_name_before_a_portuguese_particle_is_a_surname(builtin: Knowledge) -> None:
    owners = _owners("President Jose Carlos Tavo da Mota promised reform. Since then President Tavo has cut "
                     "spending.", builtin)
    assert owners["Tavo"].name == "Jose Carlos Tavo da Mota"


def test_the_name_before_an_arabic_particle_is_not_a_surname(builtin: Knowledge) -> None:
    owners = _owners("Minister Abdul Karim al-Fayez arrived on Monday. Later Mr Karim said little.", builtin)
    assert owners["Karim"].name != "Abdul Karim al-Fayez"


@pytest.mark.parametrize(("given", "title", "again"), [("Neil", "Lord", "Lord"), ("Neil", "Baron", "Lord"),
                                                     ("Glenys", "Baroness", "Lady")])
def test_a_peers_title_is_a_title_not_a_given_name(builtin: Knowledge, given: str, title: str, again: str) -> None:
    """'Baron Kinnock' was a person of its own, a second Kinnock, and left 'Lord Kinnock' two
    people to choose from: none."""
    owners = _owners(f"Former Labour MEP {given} Kinnock joined the Lords. The peer will be known as {title} "
                     f"Kinnock of Bedwellty. {again} Kinnock said it was an honour.", builtin)
    assert owners["Kinnock"].name == f"{given} Kinnock"
    assert {e.name for e in owners.values() if "Kinnock" in e.name} == {f"{given} Kinnock"}


@pytest.mark.parametrize(("full", "short"), [
    ("Robert Kilroy-Silk", "Mr Kilroy-Silk"),  # name_key splits the surname in two: 'kilroy silk'
    ("Mike O'Brien", "Mr O'Brien"),
    ("Iain Duncan-Smith", "Mr Duncan-Smith"),
    ("Interior Minister Abdul Amir al-Shammari", "Al-Shammari"),  # no title, at a sentence's start
])
def test_a_surname_written_with_a_hyphen_or_an_apostrophe_joins_its_full_name(builtin: Knowledge, full: str,
                                                                               short: str) -> None:
    owners = _owners(f"{full} met officials in Leeds on Monday. {short} said the talks went well.", builtin)
    assert owners[short.split()[-1]].name == full.removeprefix("Interior Minister ")


def test_a_short_form_of_a_short_form_follows_it_into_the_full_name(builtin: Knowledge) -> None:
    owners = _owners("Moqtada al-Sadr spoke on Friday. Mr al-Sadr said the ceasefire held. Sadr's men left.",
                     builtin)
    assert owners["Sadr"].name == owners["al-Sadr"].name == "Moqtada al-Sadr"


def test_a_hyphenated_name_is_no_surname_of_a_person_it_does_not_end(builtin: Knowledge) -> None:
    owners = _owners("Jean-Pierre Raffarin met Ms Pierre and Sarah Pierre-Louis in Paris. Coca-Cola said "
                     "sales rose.", builtin)
    assert owners["Pierre"].name == "Pierre" and owners["Coca-Cola"].name == "Coca-Cola"


def test_a_womans_title_never_joins_a_mans_full_name(builtin: Knowledge) -> None:
    names = {e.name: e for e in _entities_of("Michael Howard spoke in Folkestone. Mr Howard said taxes would "
                                            "fall. Mrs Howard said she was proud of him.", builtin)}
    assert [m.start for m in names["Michael Howard"].mentions] == [0, 3]  # 'Mr Howard' is his
    assert len(names["Howard"].mentions) == 1  # 'Mrs Howard' is not


def test_a_mans_title_never_joins_a_womans_full_name(builtin: Knowledge) -> None:
    names = {e.name: e for e in _entities_of("Margaret Beckett met the unions on Monday. "
                                            "Mr Beckett, her husband, said nothing.", builtin)}
    assert "Beckett" in names and len(names["Margaret Beckett"].mentions) == 1


def test_a_title_the_person_is_already_given_decides_the_sex(builtin: Knowledge) -> None:
    # 'Lakshmi' is a woman's name in one locale's list only: not evidence enough against 'Mr'.
    names = {e.name: e for e in _entities_of("Lakshmi Mittal bought the firm. Mr Mittal said it was cheap.",
                                            builtin)}
    assert len(names["Lakshmi Mittal"].mentions) == 2 and "Mittal" not in names
    # 'Sam' is given to both sexes: the title the full name has decides.
    names = {e.name: e for e in _entities_of("Mr Sam Lowe spoke for the families. Mr Lowe said the inquiry "
                                            "was late. Mrs Lowe, his wife, said nothing.", builtin)}
    assert len(names["Sam Lowe"].mentions) == 2 and len(names["Lowe"].mentions) == 1


def test_a_word_ending_one_name_and_opening_another_fits_neither(builtin: Knowledge) -> None:
    names = {e.name: e for e in _entities_of(
        "Manchester United shares rose in the United Kingdom on Monday. United fans protested.", builtin)}
    assert len(names["United Kingdom"].mentions) == 1
    names = {e.name: e for e in _entities_of("Stansted Airport will grow. Stansted is busy.", builtin)}
    assert len(names["Stansted Airport"].mentions) == 2
    names = {e.name: e for e in _entities_of("The United Kingdom's biggest brewer is to buy India's United "
                                            "Breweries. It will buy a stake in United, maker of a lager.", builtin)}
    assert len(names["United Kingdom"].mentions) == 1  # no one calls the United Kingdom 'United'
    names = {e.name: e for e in _entities_of("Yangtze Electric Power will list in Shanghai. Yangtze Electric "
                                            "shares rose. Investors like Yangtze, analysts said.", builtin)}
    assert {m.text for e in names.values() for m in e.mentions if "Yangtze" in m.text} >= {"Yangtze"}
    assert "Yangtze" not in names  # a longer version of the fit is no rival of it


def _entities_of(body: str, knowledge: Knowledge) -> tuple[Entity, ...]:
    return extract_entities(read_document(f"A quiet week\n\n{body}\n"), knowledge)


def test_a_common_word_opening_a_sentence_is_no_part_of_the_name_named_alone_elsewhere(builtin: Knowledge) -> None:
    names = {e.name: e for e in _entities_of("Former WorldCom boss Bernard Ebbers was jailed. Shareholders of "
                                            "WorldCom lost money.", builtin)}
    assert "Former WorldCom" not in names and [m.text for m in names["WorldCom"].mentions] == ["WorldCom"] * 2
    assert names["WorldCom"].mentions[0].start == len("Former ")


def test_a_common_word_opening_a_name_stays_without_the_rest_named_alone(builtin: Knowledge) -> None:
    names = {e.name for e in _entities_of("Age Concern said pensions were too low. Help the Aged agreed.", builtin)}
    assert "Age Concern" in names
    names = {e.name for e in _entities_of("Air China flew to Beijing. Its shares rose in China.", builtin)}
    assert "Air China" in names  # a place named in a body's name is not that body


def test_a_verb_form_opening_a_sentence_is_no_part_of_the_name_named_alone_elsewhere(builtin: Knowledge) -> None:
    names = {e.name for e in _entities_of("Putting Vioxx on the market was a mistake. Sales of Vioxx fell. "
                                         "Sterling Morgan said so.", builtin)}
    assert "Vioxx" in names and "Putting Vioxx" not in names
    assert "Sterling Morgan" in names  # a given name in -ing



def test_a_short_form_joins_a_name_typed_by_weak_context_opening_with_a_given_name(builtin: Knowledge) -> None:
    names = {e.name: e for e in _entities_of("Shares in housebuilder George Wimpey rose after its profits rose. "
                                            "Later, Wimpey said sales were strong.", builtin)}
    assert "Wimpey" not in names and len(names["George Wimpey"].mentions) == 2


def test_a_hyphenated_given_name_alone_joins_its_one_person(builtin: Knowledge) -> None:
    names = {e.name: e for e in _entities_of("French Prime Minister Jean-Pierre Raffarin spoke on Monday. "
                                            "Later, Jean-Pierre said the plan was fair.", builtin)}
    assert "Jean-Pierre" not in names and len(names["Jean-Pierre Raffarin"].mentions) == 2


def test_a_headline_name_opened_by_a_verb_form_is_no_person_the_body_names_by_surname(builtin: Knowledge) -> None:
    """'Ailing EuroDisney vows turnaround' made a person 'Ailing EuroDisney', and the body's four
    'EuroDisney' his surname; 'Troubled Marsh' took Marsh & McLennan's seven. A headline name that
    opens with a word put before a name (a common word, an -ing or -ed form) is no evidence of a person."""
    document = read_document("Ailing EuroKestrel vows turnaround\n\nEuroKestrel will sell new shares. Analysts said "
                             "EuroKestrel had made progress.\n")
    names = {e.name: e for e in extract_entities(document, builtin)}
    assert "Ailing EuroKestrel" not in names
    assert names["EuroKestrel"].type != "person" and len(names["EuroKestrel"].mentions) == 2
    document = read_document("Senator EuroKestrel vows turnaround\n\nMr EuroKestrel will sell his shares.\n")
    assert "EuroKestrel" in {e.name for e in extract_entities(document, builtin)}  # a title is no opening word


@pytest.mark.parametrize(("title", "meant"), [("Mr", "Dariush Karimi"), ("Ms", "Leyla Karimi")])
def test_of_two_people_sharing_a_surname_a_title_of_one_sex_fits_the_one_given_a_name_of_it(
        title: str, meant: str, builtin: Knowledge) -> None:
    """Leyla (a woman's name) and Dariush (a name the list does not know) Karimi: 'Ms Karimi' is
    Leyla, and 'Mr Karimi' not she; before, both stayed a third "Karimi", pooled across sources."""
    owners = _owners("Leyla Karimi and Dariush Karimi attended. The talks ran late into the night. "
                     "Neither side spoke of water. Both sides spoke of trust. "
                     f"{title} Karimi said the deal was fair.", builtin)
    assert owners["Karimi"].name == meant


def test_of_two_people_sharing_a_surname_a_short_form_is_the_one_just_named(builtin: Knowledge) -> None:
    """A writer names the one they mean just before the short form: Moazzam Begg, not his father."""
    owners = _owners("Azmat Begg thanked his lawyers on Monday. The campaign had lasted years. "
                     "It had many supporters. Its website was busy. Moazzam Begg was freed on Tuesday. "
                     "Mr Begg said he was tired.", builtin)
    assert owners["Begg"].name == "Moazzam Begg"


def test_two_people_named_just_before_a_shared_surname_leave_it_unresolved(builtin: Knowledge) -> None:
    owners = _owners("Leyla Karimi met Dariush Karimi on Monday. Karimi said the talks went well.", builtin)
    assert owners["Karimi"].name == "Karimi"


def test_a_name_after_bin_is_the_persons_short_form(builtin: Knowledge) -> None:
    """'Bin Saeed was sworn in' after Khalid bin Saeed al-Mansouri: his father's name, by which he is
    called; it was an organisation "Saeed" of its own."""
    owners = _owners("The president named Khalid bin Saeed al-Mansouri as his successor. "
                     "Bin Saeed was sworn in on Thursday.", builtin)
    assert owners["Saeed"].name == "Khalid bin Saeed al-Mansouri"


def test_a_pronoun_of_the_other_sex_keeps_a_surname_from_the_one_full_name(builtin: Knowledge) -> None:
    """'Inspector General Kessel … "…," he said' in a report naming only Daria Kessel in full was
    Daria Kessel, and the police chief's words were hers."""
    owners = _owners('Daria Kessel urged calm. Inspector General Kessel said the police acted lawfully. '
                     '"Nobody was arrested for protesting," he said.', builtin)
    assert owners["Kessel"].name != "Daria Kessel"


def test_a_pronoun_after_a_shared_surname_tells_which_person_it_is(builtin: Knowledge) -> None:
    """Outside quotation marks only: a quote's "She" is the speaker's word for someone else."""
    owners = _owners('Daria Kessel and Pavel Kessel were in the square. The crowd grew all day. It stayed calm. '
                     'Kessel accused the commission. "Nobody switches off a server by accident," she said.', builtin)
    assert owners["Kessel"].name == "Daria Kessel"
    quoted = _owners('Daria Kessel and Pavel Kessel were in the square. The crowd grew all day. It stayed calm. '
                     'Kessel said: "She has lied to the country," and he left.', builtin)
    assert quoted["Kessel"].name == "Pavel Kessel"


def test_a_second_surname_is_a_short_form_and_an_office_tells_two_people_of_it_apart(builtin: Knowledge) -> None:
    """Marco Delgado Ruiz is 'Delgado' for short, beside Judge Lucía Delgado (no relation): the
    defendant's arrest and charges were the judge's on the court set's pages."""
    owners = _owners("Marco Delgado Ruiz was convicted on Friday. Judge Lucía Delgado sentenced him. "
                     "The court was full. The verdict was read at noon. Many wept. "
                     "Delgado stood with his hands folded. The crowd left. Later the press gathered outside. "
                     "Reporters waited. It rained. Judge Delgado said the evidence was clear.", builtin)
    mentions = sorted((m.sentence, e.name) for e in {e.id: e for e in owners.values()}.values()
                      for m in e.mentions if m.text == "Delgado")
    assert [name for _, name in mentions] == ["Marco Delgado Ruiz", "Lucía Delgado"]


def test_another_persons_surname_alone_stops_the_look_for_a_pronoun(builtin: Knowledge) -> None:
    """'Resnik was sworn in …. Officials had lost confidence in Petrak after she …' kept 'Resnik' from
    Anton Resnik: the 'she' is Petrak's, whose surname alone was not yet read as a person's."""
    owners = _owners("President Tomas Hedlund dismissed Ilona Petrak and named Anton Resnik as minister. Resnik was "
                     "sworn in on Tuesday. Officials had lost confidence in Petrak after she ignored them.", builtin)
    assert owners["Resnik"].name == "Anton Resnik"


def test_a_name_written_surname_first_is_its_surname_for_short(builtin: Knowledge) -> None:
    """'Ms Han' of Han Seo-yeon, 'Mr Xi' of Xi Jinping: East Asian names put the surname first, and
    each was a person of its own; two Kangs are told apart by who was just named. Not 'Mr Kim' of
    Kim Clijsters, whose given name opens her name."""
    owners = _owners("The trade minister, Han Seo-yeon, spoke on Monday. Ms Han said the tariffs were unfair. "
                     "President Xi Jinping met her. Mr Xi said little. Governor Kang Eun-ji warned of a slowdown. "
                     "Dr Kang said the bank had not intervened. Opposition lawmaker Kang Tae-sik attacked the "
                     "government. Mr Kang said it had no plan.", builtin)
    assert [owners[short].name for short in ("Han", "Xi")] == ["Han Seo-yeon", "Xi Jinping"]
    kangs = sorted((m.sentence, e.name) for e in {e.id: e for e in owners.values()}.values()
                   for m in e.mentions if m.text == "Kang")
    assert [name for _, name in kangs] == ["Kang Eun-ji", "Kang Tae-sik"]
    western = _owners("Kim Clijsters won on Monday. Mr Kim, her coach, said she was tired.", builtin)
    assert western["Kim"].name != "Kim Clijsters"


def test_what_a_body_is_of_is_not_its_short_name(builtin: Knowledge) -> None:
    """'Seonhae hit back' beside 'the Bank of Seonhae' was the central bank (five of its six mentions
    were the country's)."""
    owners = _owners("Officials said Seonhae hit back with tariffs. On Wednesday the Bank of Seonhae warned that "
                     "growth would slow.", builtin)
    assert owners["Seonhae"].name == "Seonhae" and owners["Bank of Seonhae"].name == "Bank of Seonhae"


def test_a_titles_sex_picks_the_one_name_only_of_that_sex(builtin: Knowledge) -> None:
    """'Mr Lind' beside Josef Lind and Vera Lind (a name some lists give either sex) was left apart,
    and its quote went to the sister named just before."""
    owners = _owners("Josef Lind is the mayor. Vera Lind is his sister. Mr Lind said he had been woken.", builtin)
    assert owners["Lind"].name == "Josef Lind"


def test_a_name_the_text_calls_a_town_is_not_a_place_named_after_it(builtin: Knowledge) -> None:
    """'Varnok, a town of about 6,000 people' went into 'Varnok station', the weather station of one
    sentence, and every event of the town was the station's ('Expansion at Stansted' still is the airport's)."""
    owners = _owners("Fire crews fought a blaze near Varnok. The order for Varnok, a town of about 6,000 people, "
                     "was issued. The service recorded 43 degrees at its Varnok station. Planes left Stansted "
                     "Airport. Expansion at Stansted was approved.", builtin)
    assert owners["Varnok"].name == "Varnok" and owners["Varnok station"].name == "Varnok station"
    assert owners["Stansted"].name == "Stansted Airport"
