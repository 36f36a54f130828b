"""Roles (roles.py): an office or description, never an honorific."""

from __future__ import annotations

import pytest
from briefing_site.entities import extract_entities
from briefing_site.knowledge import Knowledge, load_knowledge
from briefing_site.model import Entity
from briefing_site.roles import office, relative_office, role_after, role_before, title_of
from briefing_site.text import read_document


@pytest.fixture(scope="module")
def builtin() -> Knowledge:
    return load_knowledge(None)


def _people(body: str, knowledge: Knowledge) -> dict[str, Entity]:
    return {e.name: e for e in extract_entities(read_document(f"A quiet week\n\n{body}\n"), knowledge)}


@pytest.mark.parametrize("raw, kept", [
    ("Mr", ""), ("Lord", ""), ("Ms", ""), ("chairman Mr", "chairman"),
    ("Lord Chancellor Lord", "Lord Chancellor"), ("former Tory Treasurer Lord", "former Tory Treasurer"),
    ("Turkish Interior Minister", "Turkish Interior Minister"),
])
def test_office_drops_honorifics(raw: str, kept: str) -> None:
    assert office(raw) == kept


def test_title_of_names_the_honorific_before_a_name() -> None:
    assert title_of("Tory leader Mr") == "mr"
    assert title_of("Sir") == "sir"
    assert title_of("Foreign Secretary") == ""


def test_honorifics_are_not_roles(builtin: Knowledge) -> None:
    people = _people("Ann Vetch spoke first. Mr Rolle and Lord Chancellor Lord Pim agreed with Ms Vetch.", builtin)
    assert people["Ann Vetch"].roles == ()
    assert people["Pim"].roles == ("Lord Chancellor",)
    assert people["Rolle"].roles == ()


def test_a_counterpart_takes_the_other_persons_office(builtin: Knowledge) -> None:
    people = _people("Iraq's interior minister Sam Odeh arrived on Monday. "
                     "Odeh and his Turkish counterpart Ali Veli signed a deal.", builtin)
    assert people["Ali Veli"].roles == ("Turkish interior minister",)


def test_relative_office_keeps_its_own_country() -> None:
    assert relative_office("Turkish counterpart", "Iraq’s interior minister") == "Turkish interior minister"
    assert relative_office("French counterpart", "Iraqi Foreign Minister") == "French Foreign Minister"


def test_roles_keep_their_whole_phrase(builtin: Knowledge) -> None:
    people = _people("Liberal Democrat chairman Tom Reed spoke. Agriculture minister Ana Kress agreed. "
                     "Lord Tanfield, leader of Wexmoor County Council, said no.", builtin)
    assert people["Tom Reed"].roles == ("Liberal Democrat chairman",)
    assert people["Ana Kress"].roles == ("Agriculture minister",)
    assert people["Tanfield"].roles == ("leader of Wexmoor County Council",)


def test_a_clause_after_a_name_is_no_role() -> None:
    text = "Ann Vetch, who was a well-known leader, said"
    assert role_after(text, len("Ann Vetch")) == ""


@pytest.mark.parametrize(("text", "role"), [
    # a place or body an office is written after, in lower case, was read as a clause's adjective
    ("Anna Smith, the hospital director, said", "hospital director"),
    ("Ivo Brandt, the port manager, said", "port manager"),
    # an age between the name and the office
    ("Robert Jackson, 58, MP for Wantage, said", "MP for Wantage"),
    ("Pieter Osterlind, 41, a commercial attaché, was detained", "commercial attaché"),
    ("Pieter Osterlind, 41, said", ""),
])
def test_an_office_after_a_name_its_body_in_lower_case_or_an_age_between(text: str, role: str) -> None:
    assert role_after(text, len(text.split(",")[0])) == role


def test_a_market_leader_is_a_company_not_a_person(builtin: Knowledge) -> None:
    people = _people("The rest was bought by market leader Brandco on Monday.", builtin)
    assert people["Brandco"].type == "organisation"
    assert people["Brandco"].roles == ()


def test_a_role_that_repeats_the_end_of_a_longer_one_is_dropped() -> None:
    from briefing_site.roles import distinct_roles
    assert distinct_roles(["Turkish Interior Minister", "Minister"]) == ("Turkish Interior Minister",)
    assert distinct_roles(["minister", "Agriculture minister", "chairman"]) == ("Agriculture minister", "chairman")
    assert distinct_roles(["Prime Minister", "Foreign Secretary"]) == ("Prime Minister", "Foreign Secretary")


def test_a_role_said_of_someone_else_before_a_comma_is_not_the_next_names() -> None:
    """'… as he begins his second term as US President, Tony Blair has said' gave Tony Blair the
    office of the man the clause is about. A role introduced by 'as' and cut from the name by a comma
    is the name's only when the sentence opens with it, or when the name is set off as an apposition."""
    from briefing_site.roles import role_before

    def role(text: str, name: str) -> str:
        return role_before(text, text.index(name))

    assert role("Jonas Berg will take a softer line as he begins his second term as Kestrel Mining chairman, "
                "Anna Lund has said.", "Anna Lund") == ""
    assert role("As chief executive, Anna Lund will run Kestrel Mining.", "Anna Lund") == "chief executive"
    assert role("Jonas Berg took over after his predecessor as chief executive, Anna Lund, retired.",
                "Anna Lund") == "chief executive"
    assert role("The chief executive, Anna Lund, said so.", "Anna Lund") == "chief executive"


@pytest.mark.parametrize(("text", "name", "role"), [
    ("US Attorney David Kelley said the case was strong.", "David Kelley", "US Attorney"),
    ("Assistant Chief Constable David Warcup said the force was ready.", "David Warcup", "Assistant Chief Constable"),
    ("Solicitor General Harriet Harman said the law was clear.", "Harriet Harman", "Solicitor General"),
    ("Labour backbencher Stephen Pound said the vote was close.", "Stephen Pound", "Labour backbencher"),
])
def test_legal_police_and_backbench_offices_are_roles_not_names(builtin: Knowledge, text: str, name: str,
                                                                  role: str) -> None:
    people = _people(text, builtin)
    assert role in people[name].roles, {n: e.roles for n, e in people.items()}


def test_a_role_is_the_names_only_where_nothing_between_them_says_otherwise() -> None:
    """Gordon Brown's page gave him the roles 'prime minister' ("did not trust the prime minister, Mr
    Brown replied"), 'host' ("Cafod will host Mr Brown's speech"), 'head of' ("over the head of Mr
    Brown") and 'prime minister and Chancellor' ("Both the prime minister and Chancellor Gordon Brown")."""
    from briefing_site.roles import role_before

    def role(text: str, name: str) -> str:
        return role_before(text, text.index(name))

    assert office(role("Asked if he did not trust the prime minister, Mr Brown replied.", "Brown")) == ""
    assert office(role("The Cafod agency will host Mr Brown's speech.", "Brown")) == ""
    assert office(role("Mr Milburn was brought in over the head of Mr Brown.", "Brown")) == ""
    assert role("Both the prime minister and Chancellor Gordon Brown spoke.", "Gordon") == "Chancellor"
    assert role("Labour argue how good a prime minister Gordon Brown will make.", "Gordon") == ""
    assert role("It is the most important general election Tony Blair will face.", "Tony") == ""
    assert role("They joined the campaign of President Mathieu Kerekou.", "Mathieu") == "President"
    assert role("Its chief financial officer Scott Sullivan quit.", "Scott") == "chief financial officer"
    assert role("Labour's election chief Alan Milburn spoke.", "Alan") == "Labour's election chief"
    assert role("He spoke to a Jewish reporter, Tory MP Boris Johnson has said.", "Boris") == "Tory MP"
    # what stays: an apposition, a role after "as", one man's two offices, a role after "to"
    assert role("The chancellor, Gordon Brown, said so.", "Gordon") == "chancellor"
    assert role("So said EEF chief economist, Steve Radley.", "Steve") == "chief economist"
    assert office(role("As an MSP, Mr McLetchie signed a motion.", "McLetchie")) == "MSP"
    assert role("It fell, said chairman and chief executive Rick Wagoner.", "Rick") == "chairman and chief executive"
    assert role("They will talk to Fisheries Minister Ross Finnie.", "Ross") == "Fisheries Minister"


@pytest.mark.parametrize(("body", "name", "role"), [
    ("Minister of Environment Murat Kurum said the section would open.", "Murat Kurum", "Minister of Environment"),
    ("Officials met Minister of Foreign Affairs Hakan Fidan in Ankara.", "Hakan Fidan", "Minister of Foreign Affairs"),
    ("Iraqi Minister of Defence Thabit al-Abbasi visited the base.", "Thabit al-Abbasi", "Iraqi Minister of Defence"),
    # the rank is the office's: "Minister of Health" had made the deputy the minister
    ("Deputy Minister of Health Teodor van der Haak will lead a delegation.", "Teodor van der Haak",
     "Deputy Minister of Health"),
    ("On Friday, Vice-Minister for Trade Anna Lund spoke.", "Anna Lund", "Vice-Minister for Trade"),
])
def test_an_office_of_a_portfolio_before_a_name_is_the_persons_role(body: str, name: str, role: str,
                                                                   builtin: Knowledge) -> None:
    """The portfolio's capitals ran into the name: 'Environment Murat Kurum' was a person with no role."""
    assert _people(body, builtin)[name].roles == (role,)


@pytest.mark.parametrize(("body", "name", "role"), [
    ('The Minister of Health and Sanitation, Dr Ilona Petrak, said: "We are ready."', "Ilona Petrak",
     "Minister of Health and Sanitation"),
    ("Secretary of State for Culture, Media and Sport Tessa Jowell agreed.", "Tessa Jowell",
     "Secretary of State for Culture, Media and Sport"),
    ("The Minister of Labour and Social Affairs, Karl Brenner, resigned.", "Karl Brenner",
     "Minister of Labour and Social Affairs"),
    ("The Minister of Labour, Tavit Abbasi, resigned.", "Tavit Abbasi", "Minister of Labour"),
    # a name written surname first: "Energy Han Seo-yeon" was an organisation that took her quotes
    ("Minister of Trade, Industry and Energy Han Seo-yeon said the talks had failed.", "Han Seo-yeon",
     "Minister of Trade, Industry and Energy"),
])
def test_a_portfolio_of_several_words_is_the_office_not_names(body: str, name: str, role: str,
                                                              builtin: Knowledge) -> None:
    """'Sanitation' was an organisation that took the health minister's quote, 'Sport Tessa Jowell' a
    person, and 'Labour' the Labour Party."""
    found = _people(body, builtin)
    assert found[name].roles == (role,)
    assert set(found) == {name}  # no "Sanitation", "Media", "Social Affairs" nor "Labour Party"


def test_a_state_after_an_office_named_with_its_portfolio_stays(builtin: Knowledge) -> None:
    found = _people("The Foreign Minister of Varosh met the Secretary of State for Northern Ireland, Paul Murphy.",
                    builtin)
    assert "Varosh" in found and "Northern Ireland" in found
    assert found["Paul Murphy"].roles == ("Secretary of State for Northern Ireland",)


def test_a_prefect_is_an_office() -> None:
    """'Prefect Ana Petrescu' was a person of that name, apart from Governor Ana Petrescu."""
    from briefing_site.entities import extract_entities
    from briefing_site.knowledge import load_knowledge
    from briefing_site.text import read_document
    found = {e.name: e for e in extract_entities(read_document("T\n\nPrefect Ana Petrescu said the dam failed.\n"),
                                                  load_knowledge(None))}
    assert found["Ana Petrescu"].roles == ("Prefect",)


@pytest.mark.parametrize(("body", "body_name", "name", "role"), [
    ('"It fits," Calder Chief Executive Martin Okafor said.', "Calder", "Martin Okafor", "Chief Executive"),
    ("Shares rose after Refugee Council Chief Executive Maeve Sherlock spoke.", "Refugee Council", "Maeve Sherlock",
     "Chief Executive"),
    ("Then General Electric Chief Executive Officer Jeff Immelt spoke.", "General Electric", "Jeff Immelt",
     "Chief Executive Officer"),
])
def test_a_body_before_an_office_of_several_words_is_apart_from_its_holder(body: str, body_name: str, name: str,
                                                                          role: str, builtin: Knowledge) -> None:
    """'Calder Chief Executive Martin Okafor' was one name of no known kind, so the quote he spoke had
    no speaker: an office ending in a role word ('Chief Executive') splits a body from a person as
    one role word ('Capital Radio DJ Margherita Taylor') did."""
    found = _people(body, builtin)
    assert found[name].roles == (role,)
    assert found[body_name].type == "organisation"


@pytest.mark.parametrize(("body", "name"), [
    ("Figures from the Association of Chief Police Officers came out.", "Association of Chief Police Officers"),
    ("He met the Roman Catholic Archbishop of Cardiff on Monday.", "Roman Catholic Archbishop of Cardiff"),
])
def test_a_body_named_with_role_words_inside_stays_whole(body: str, name: str, builtin: Knowledge) -> None:
    """Role words inside a name end no office unless one of them does ('Police' ends none)."""
    assert name in _people(body, builtin)


@pytest.mark.parametrize(("body", "name", "role"), [
    ("The ruling was read by the Honourable Justice Miriam Fosse.", "Miriam Fosse", "Honourable Justice"),
    ("Later Justice Harrison ruled for the council.", "Harrison", "Justice"),
    ("The Acting Chairperson, Miriam Fosse, resigned on Friday.", "Miriam Fosse", "Acting Chairperson"),
])
def test_a_judges_and_a_chairpersons_titles_are_offices(body: str, name: str, role: str,
                                                        builtin: Knowledge) -> None:
    """'Honourable Justice Miriam Fosse' was an organisation of that name, and 'the Acting Chairperson'
    another, who spoke a press release's quote."""
    found = _people(body, builtin)
    assert found[name].type == "person" and found[name].roles == (role,)


@pytest.mark.parametrize("name", ["Criminal Justice Act", "Family Justice Division", "Justice Department"])
def test_justice_inside_a_name_is_no_judges_title(name: str, builtin: Knowledge) -> None:
    assert name in _people(f"On Monday the {name} was named in the report.", builtin)


def test_a_hyphenated_office_is_a_role(builtin: Knowledge) -> None:
    """'Its secretary-general, Ilya Dravec, said' made Ilya Dravec an organisation ("its" beside him)
    with no role; on the BBC articles Greg Dyke and Digby Jones were directors-general of no office."""
    found = _people('The party rejected the figures. Its secretary-general, Ilya Dravec, said the count was '
                    'slow.', builtin)
    assert found["Ilya Dravec"].type == "person" and found["Ilya Dravec"].roles == ("secretary-general",)


def test_ranks_written_short_are_titles(builtin: Knowledge) -> None:
    """'Capt. Andrei Petrescu' made an organisation 'Capt' whose page held every captain named so."""
    found = _people("The tanker's master, Capt. Andrei Petrescu, was arrested. Capt. Petrescu denied it. "
                    "Supt. Ann Lowe and Insp. Ola Berg spoke.", builtin)
    assert "Capt" not in found and "Supt" not in found and "Insp" not in found
    assert found["Andrei Petrescu"].roles == ("tanker's master", "Capt.")  # his office, and his rank
    assert found["Ann Lowe"].type == found["Ola Berg"].type == "person"


def test_an_office_of_a_body_set_off_before_its_holder_is_their_role(builtin: Knowledge) -> None:
    """'The Chairperson of the Independent National Electoral Commission, Théodore de Souza, announced'
    gave him no role in any source; not 'the head of Mr Brown's office, Ann Lowe' (a possessive)."""
    found = _people("The Chairperson of the Independent National Electoral Commission, Theo Souza, announced the "
                    "results. The Archbishop of Canterbury, Rowan Williams, spoke.", builtin)
    assert found["Theo Souza"].roles == ("Chairperson of the Independent National Electoral Commission",)
    assert found["Rowan Williams"].roles == ("Archbishop of Canterbury",)


def test_an_engineers_title_is_an_honorific(builtin: Knowledge) -> None:
    """'The union's chief safety officer, Eng. Samuel Okonjo, …' made a person 'Eng' with the role
    'officer', apart from Samuel Okonjo."""
    found = _people("The union's chief safety officer, Eng. Samuel Okonjo, who has been at the mine since Monday, "
                    "said the workings were deeper. Eng. Okonjo left.", builtin)
    assert "Eng" not in found and found["Samuel Okonjo"].roles == ("officer",)


def test_short_offices_and_their_qualifiers_are_roles(builtin: Knowledge) -> None:
    """'Former CFO Anna Lindqvist' was an organisation of that name, 'Firefighter Tomas Greer' a page
    apart from Tomas Greer, 'Chief Fire Officer Helena Marsh' made an actor 'Chief Fire', and an
    interim chief executive read as the chief executive."""
    found = _people("Former CFO Anna Lindqvist regretted it. The interim CEO, Jorrit Dekker, spoke. Chief Fire "
                    "Officer Helena Marsh said crews held. Firefighter Tomas Greer died. Harbour Master Colm Brennan "
                    "agreed. Umbro signed a deal with Scottish club Rangers.", builtin)
    roles = {name: found[name].roles for name in ("Anna Lindqvist", "Jorrit Dekker", "Helena Marsh", "Tomas Greer",
                                                  "Colm Brennan")}
    assert roles == {"Anna Lindqvist": ("Former CFO",), "Jorrit Dekker": ("interim CEO",),
                     "Helena Marsh": ("Chief Fire Officer",), "Tomas Greer": ("Firefighter",),
                     "Colm Brennan": ("Harbour Master",)}
    assert "Chief Fire" not in found and "Rangers" in found


def test_an_office_set_off_after_a_name_is_its_role(builtin: Knowledge) -> None:
    """Capitalised, of a portfolio listed with commas, 'chief executive', of a department at a body."""
    people = _people("Radomir Petrescu, the Minister of Water, Energy and Infrastructure, resigned on Friday. "
                     "Anna Keller, Head of Corporate Affairs at Harlow Pharma, said the firm regretted it. "
                     "Lena Vos, the chief executive of Harlow Pharma, said yes. "
                     "Tom Berg, Director of Communications at the Trust, said it was over.", builtin)
    assert people["Radomir Petrescu"].roles == ("Minister of Water, Energy and Infrastructure",)
    assert people["Anna Keller"].roles == ("Head of Corporate Affairs at Harlow Pharma",)
    assert people["Lena Vos"].roles == ("chief executive of Harlow Pharma",)
    assert people["Tom Berg"].roles == ("Director of Communications at the Trust",)


@pytest.mark.parametrize(("text", "name"), [
    ("Director of Public Prosecutions, Ken Macdonald QC, who sits on the council, said", "Prosecutions"),  # a name
    ("Ann Vetch, the executive of the club, said", "Ann Vetch"),  # an executive is no office alone
])
def test_words_after_a_name_that_are_no_office_of_its_own(text: str, name: str) -> None:
    assert role_after(text, text.index(name) + len(name)) == ""


def test_a_list_after_an_office_of_no_portfolio_is_not_its_own() -> None:
    """Only a minister's portfolio is listed with commas: a leader's is of the first name alone."""
    assert role_after("Ann Vetch, leader of Wexmoor, Tanfield and Ross, said", 9) == "leader of Wexmoor"
    portfolio = "Secretary for Culture, Media and Sport"
    assert role_after(f"Mo Chan, {portfolio}, said", 7) == portfolio


def test_a_full_name_after_an_office_for_a_portfolio_is_a_person_with_that_office(builtin: Knowledge) -> None:
    """'"…," said Minister for Foreign Affairs Annika Strandberg' had no speaker: the whole run was read
    as a title; an office after 'for' is the holder's own ('a spokesman for … Commissioner Franco Frattini')."""
    people = _people("Minister for Foreign Affairs Annika Strandberg spoke. Commissioner for Transport said no. "
                     "And a spokesman for European Justice and Home Affairs Commissioner Franco Frattini said no.",
                     builtin)
    assert people["Annika Strandberg"].roles == ("Minister for Foreign Affairs",)
    assert people["Franco Frattini"].roles == ("European Justice and Home Affairs Commissioner",)
    assert "Transport" not in people and "Commissioner for Transport" not in people


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Walid Mansour was appointed defence minister on Monday.", "Walid Mansour", "defence minister"),
    ("The board named Ines Duval as chief executive.", "Ines Duval", "chief executive"),
    ("Peter Olsen has been named interim chief executive of Norvik Telecom.", "Peter Olsen",
     "interim chief executive of Norvik Telecom"),
    ("Anna Berg became chair of the Electoral Commission last week.", "Anna Berg", "chair of the Electoral Commission"),
    ("Jonas Lind was sworn in as prime minister.", "Jonas Lind", "prime minister"),
    ("Karl Wendt, who was elected mayor in 2019, said nothing.", "Karl Wendt", "mayor"),
])
def test_an_office_the_sentence_gives_a_name_is_its_role(text: str, name: str, role: str) -> None:
    """'Walid Mansour was appointed defence minister, replacing Karim Benaïssa': the new minister had
    no office, and the old one stayed the only defence minister the briefing named."""
    assert role_after(text, text.index(name) + len(name)) == role


@pytest.mark.parametrize(("text", "name"), [
    ("Marta Kos was replaced as chair by Ivo Ren.", "Marta Kos"),  # an office left, not taken
    ("Lena Holm was elected to parliament.", "Lena Holm"),  # a body, no office
    ("In 1983 Mr Fischer became adviser on Israel's economy.", "Fischer"),  # an adviser only as a title
    ("Tom Berg became a minister in the government.", "Tom Berg"),  # no office of its own
])
def test_words_after_a_name_that_give_it_no_office(text: str, name: str) -> None:
    assert role_after(text, text.index(name) + len(name)) == ""


def test_the_new_holder_of_an_office_has_it_and_the_one_replaced_does_not(builtin: Knowledge) -> None:
    people = _people("Walid Mansour was appointed defence minister, replacing Karim Benaissa, who resigned.", builtin)
    assert people["Walid Mansour"].roles == ("defence minister",)
    assert people["Karim Benaissa"].roles == ()


@pytest.mark.parametrize(("text", "name", "role"), [
    ("The police commissioner, Gen. Stefan Korb, said", "Stefan Korb", "police commissioner"),
    ("The army chief, Maj. Gen. Ivo Tark, said", "Ivo Tark", "army chief"),
    ("The chancellor, Mr Gordon Brown, said", "Gordon Brown", "chancellor Mr"),  # his honorific tells his sex
    ("Gen. Ivo Tark said", "Ivo Tark", "Gen."),
])
def test_a_rank_after_an_office_set_off_before_a_name_is_no_word_of_the_office(text: str, name: str,
                                                                               role: str) -> None:
    """'The police commissioner, Gen. Stefan Korb,' gave him the office 'police commissioner Gen.'."""
    assert role_before(text, text.index(name)) == role


@pytest.mark.parametrize(("text", "name", "role"), [
    # an office a state owns, written in capitals, set off before its holder
    ("Kestrava's Interior Minister, Dr Ilse van Aardt, said the border would stay open.", "Ilse van Aardt",
     "Kestrava's Interior Minister"),
    # a minister's portfolio in lower case; a qualifier of the office's work, hyphenated
    ("Tomas Echeverri-Lund, the former minister of mines and energy, resigned.", "Tomas Echeverri-Lund",
     "former minister of mines and energy"),
    ("Dr Ana Ruiz de Velasco, the chief anti-corruption prosecutor, said it was over.", "Ana Ruiz de Velasco",
     "chief anti-corruption prosecutor"),
    # a councillor's title, written short, and a rank, between an office and its holder
    ("The Mayor of Portmarren, Cllr. Teodora da Silva Pereira, said the city would fight.",
     "Teodora da Silva Pereira", "Mayor of Portmarren"),
    ("It needed a signature from the Chief of the General Staff, Gen Oskar Brandt.", "Oskar Brandt",
     "Chief of the General Staff"),
    # not a leader of something no office's work names
    ("Lord Hanningfield, leader of the party, said it was over.", "Hanningfield", ""),
])
def test_offices_set_off_in_capitals_of_a_portfolio_or_after_a_title_are_the_holders(
        text: str, name: str, role: str, builtin: Knowledge) -> None:
    """'Kestrava's Interior Minister, Dr Ilse van Aardt,' gave her no office, so the new minister named
    by another source was never set against her; 'Cllr.' ended a sentence and was a person; the Chief
    of the General Staff was 'Gen'."""
    people = _people(text, builtin)
    assert people[name].roles == ((role,) if role else ())


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Speaking afterwards, Deputy Prosecutor-General Ana Ruiz de Velasco said it was fair.", "Ana Ruiz de Velasco",
     "Deputy Prosecutor-General"),
    ("Mayor of Eskaby Leif Andersen-Kaur welcomed the verdict.", "Leif Andersen-Kaur", "Mayor of Eskaby"),
    ("The Mayor of London Ken Livingstone said no.", "Ken Livingstone", "Mayor of London"),
])
def test_a_hyphenated_office_or_a_mayors_before_a_name_is_its_holders(text: str, name: str, role: str,
                                                                      builtin: Knowledge) -> None:
    """'Deputy Prosecutor-General Ana Ruiz de Velasco' was one entity of type 'other', and 'Mayor of
    Eskaby Leif Andersen-Kaur' a place 'Eskaby Leif Andersen-Kaur': both quotes lost their speaker."""
    people = _people(text, builtin)
    assert people[name].roles == (role,) and people[name].type == "person"


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Ines Vark, director of the Rail Accident Investigation Board (RAIB), said the signal failed.", "Ines Vark",
     "director of the Rail Accident Investigation Board"),
    ("Calvenia's sports minister, H.E. Dr Lorenz Aubertin, said the government was concerned.", "Lorenz Aubertin",
     "Calvenia's sports minister"),
])
def test_an_office_keeps_its_holder_past_a_bodys_letters_or_his_excellency(text: str, name: str, role: str,
                                                                           builtin: Knowledge) -> None:
    """'X, director of the … Board (RAIB), said' and "Calvenia's sports minister, H.E. Dr Lorenz
    Aubertin," gave no office: the body's letters and the title stood between."""
    people = _people(text, builtin)
    assert people[name].roles == (role,)


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Ms Vesna Korac is acting president, as the board decided.", "Vesna Korac", "acting president"),
    ("The deputy, Luka Horvatin, will serve as acting president until a congress is called.", "Luka Horvatin",
     "acting president"),
    ("Damien Hockney, who is now Veritas' deputy leader, spoke.", "Damien Hockney", "Veritas' deputy leader"),
    ("Ms Vesna Korac is a former president of the club.", "Vesna Korac", ""),
])
def test_an_office_a_sentence_says_someone_holds_now_is_theirs(text: str, name: str, role: str,
                                                               builtin: Knowledge) -> None:
    """'Ms Korać is acting president' and 'Luka Horvatin, will serve as acting president' gave no
    office, so the two sources' acting presidents were never set side by side; not an office held once."""
    people = _people(text, builtin)
    assert people[name].roles == ((role,) if role else ())


@pytest.mark.parametrize(("body", "name", "roles"), [
    ("Interior Minister H.E. Eva Horak said the police would act.", "Eva Horak", ("Interior Minister",)),
    ("The Minister of Finance, H.E. Karel Vostry, said the decision was unavoidable.", "Karel Vostry",
     ("Minister of Finance",)),
    ("The minister received H.E. Hakan Al-Rashidi in Baghdad.", "Hakan Al-Rashidi", ()),
])
def test_his_excellency_is_no_part_of_a_name_and_leaves_the_office_to_it(body: str, name: str,
                                                                          roles: tuple[str, ...],
                                                                          builtin: Knowledge) -> None:
    """'Interior Minister H.E. Eva Horak' had made a person 'H.E. Eva Horak', and 'The Minister of
    Finance, H.E. Karel Vostry,' a person with no office, so that 'the Minister said' was no one."""
    people = _people(body, builtin)
    assert people[name].roles == roles


@pytest.mark.parametrize(("body", "name", "roles"), [
    ("Maj-Gen Ruth Kamanzi was appointed Varkesh's defence minister three weeks ago.", "Ruth Kamanzi",
     ("Varkesh's defence minister",)),
    ("Walid Mansour was appointed defence minister two days ago, officials said.", "Walid Mansour",
     ("defence minister",)),
])
def test_an_office_taken_some_time_ago_after_a_rank_is_read(body: str, name: str, roles: tuple[str, ...],
                                                             builtin: Knowledge) -> None:
    """'Maj-Gen Ruth Kamanzi was appointed Varkesh's defence minister three weeks ago': her office was
    never read, for the rank of two words before her name and the time after the office."""
    assert _people(body, builtin)[name].roles == roles


@pytest.mark.parametrize(("body", "name", "roles"), [
    ("The chief of the general staff, Gen. Tomás de Almeida, had directed the operation.", "Tomás de Almeida",
     ("chief of the general staff",)),
    ("The governor of the central bank, Anna Kolk, resigned on Monday.", "Anna Kolk",
     ("governor of the central bank",)),
    # no office of a body: a member of the public
    ("A member of the public, John Smith, said so.", "John Smith", ()),
])
def test_an_office_of_a_body_in_lower_case_set_off_before_its_holder(body: str, name: str, roles: tuple[str, ...],
                                                                     builtin: Knowledge) -> None:
    """'The chief of the general staff, Gen. Tomás de Almeida,' gave him only 'Gen.': an office of a
    body set off before its holder was read only when the body was named in capitals."""
    assert _people(body, builtin)[name].roles == roles


@pytest.mark.parametrize(("body", "name", "roles"), [
    ("Bogdan Marinescu, the federation's secretary-general for a decade, did not resign.", "Bogdan Marinescu",
     ("federation's secretary-general",)),
    ("Anna Bo, chairman of Corvane since 2019, was arrested.", "Anna Bo", ("chairman of Corvane",)),
])
def test_an_office_set_off_after_a_name_with_how_long_it_was_held(body: str, name: str, roles: tuple[str, ...],
                                                                  builtin: Knowledge) -> None:
    """'Bogdan Marinescu, the federation's secretary-general for a decade,' had no office: how long it was
    held ran on from the office's words to the comma."""
    assert _people(body, builtin)[name].roles == roles


@pytest.mark.parametrize(("body", "name", "roles"), [
    ("Mr Pieter van der Holt, until now Deputy Chair of the Commission, has been appointed Acting Chair with "
     "immediate effect.", "Pieter van der Holt", ("Acting Chair",)),
    ("Anna Bo, formerly finance minister, said so.", "Anna Bo", ()),
    ("Jan Ek was appointed chief executive with immediate effect.", "Jan Ek", ("chief executive",)),
])
def test_an_office_held_until_now_is_left_for_the_one_taken(body: str, name: str, roles: tuple[str, ...],
                                                             builtin: Knowledge) -> None:
    """'Mr Pieter van der Holt, until now Deputy Chair of the Commission, has been appointed Acting Chair'
    gave him the office he was leaving, 'until now Deputy Chair of the Commission', as his."""
    assert _people(body, builtin)[name].roles == roles


def test_a_name_after_a_portfolio_with_no_given_name_known_is_the_holders(builtin: Knowledge) -> None:
    """'said Minister of Defence Radomir Pasek' made a person 'Defence Radomir Pasek' with no office (the
    given name 'Radomir' is in no list), and the press release's quotes lost their speaker."""
    people = _people("Minister of Defence Radomir Pasek spoke on Monday. Minister of Health Kofi Mensah agreed.",
                     builtin)
    assert (people["Radomir Pasek"].roles, people["Kofi Mensah"].roles) == (("Minister of Defence",),
                                                                          ("Minister of Health",))
