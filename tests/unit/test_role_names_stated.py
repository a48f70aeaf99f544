"""A name after "our director", "my manager" in a statement, after any role before the sentence ends, before a
nationality or a possessive "'s" in a question, and after "girlfriend"/"colleague", stands in with them as one name
(opening_names.asked_kin; names30b, session 30)."""
from s2s_core.fold import fold, restore
from s2s_core.opening_names import inner_names
from s2s_core.verbatim import NAMES

from name_vocab import COVERS, Vocab

VOCAB = Vocab(("Tom", "Mary", "John", "Jack", "Paul", "France", "Canada", "Michael"))


def test_a_director_or_a_manager_stands_in_with_the_name_in_a_statement():
    # read plain, "Our director Angela arrived." had come out "Notre directeur d'Angela est arrivé.", "Our manager
    # Thomas is very strict." "Thomas Notre gestionnaire est très strict."
    f = fold("Our director Angela arrived.", COVERS, NAMES, VOCAB)
    assert f.text == "Mary arrived."
    assert restore("Mary est arrivée.", f) == "Notre directrice Angela est arrivée."
    f = fold("Our manager Thomas is very strict.", COVERS, NAMES, VOCAB)
    assert f.text == "Tom is very strict."
    assert restore("Tom est très strict.", f) == "Notre manager Thomas est très strict."
    f = fold("Their manager Sarah works from home.", COVERS, NAMES, VOCAB)
    assert restore("Mary travaille de chez elle.", f) == "Leur manager Sarah travaille de chez elle."


def test_a_role_and_a_name_ending_a_sentence_stand_in_as_one():
    # "Call your boss Julie." had come out "Appelle ton patron à Julie.", "I saw our director Angela." "J'ai vu
    # notre directeur d'Angela."
    f = fold("Call your boss Julie.", COVERS, NAMES, VOCAB)
    assert f.text == "Call Mary."
    assert restore("Appelle Mary.", f) == "Appelle ta patronne Julie."
    assert restore("Appelez Mary.", f) == "Appelez votre patronne Julie."
    f = fold("I saw our director Angela.", COVERS, NAMES, VOCAB)
    assert restore("J'ai vu Mary.", f) == "J'ai vu notre directrice Angela."


def test_not_after_meet_and_shouted_text_is_read_in_sentence_case():
    # "Meet my boss Anna." as "Meet Mary." came out "Restez Mary."; "CALL MARY." came out "CALL MARY." (what was
    # left in capitals, "CALL", too short to count as shouted: it is, where the text typed was; names31)
    assert fold("Meet my boss Anna.", COVERS, NAMES, VOCAB).text != "Meet Mary."
    assert fold("We met their teacher Anna.", COVERS, NAMES, VOCAB).text != "We met Mary."
    assert fold("CALL YOUR BOSS JULIE.", COVERS, NAMES, VOCAB).text == "Call Mary."


def test_a_nationality_after_a_name_in_a_question():
    # "Is your teacher Claire French?" had come out "Votre professeur est-il le français ?" (the name passed over)
    text = "Is your teacher Claire French?"
    assert [text[a:b] for a, b, _ in inner_names(text)] == ["Claire"]
    f = fold(text, COVERS, NAMES, VOCAB)
    assert f.text == "Is Mary French?"
    assert restore("Mary est-elle française ?", f) == "Ta professeure Claire est-elle française ?"
    f = fold("Is his girlfriend Emma French?", COVERS, NAMES, VOCAB)
    assert restore("Mary est-elle française ?", f) == "Sa petite amie Emma est-elle française ?"
    assert [text[a:b] for a, b, _ in inner_names("Is that Claire Morgan?")] == []      # a surname: as before


def test_a_possessive_s_after_a_role_and_a_name_in_a_question():
    # "Is that your boss Thomas's car?" had come out "Est-ce la Thomas voiture de votre patron ?"
    f = fold("Is that your boss Thomas's car?", COVERS, NAMES, VOCAB)
    assert f.text == "Is that Tom's car?"
    assert restore("Est-ce la voiture de Tom ?", f) == "Est-ce la voiture de ton patron Thomas ?"


def test_a_nationality_written_with_a_capital_after_a_woman_goes_into_the_feminine():
    # "Is her manager Sophie Italian?" came out "Est-ce que sa manager Sophie est Italien ?"
    from s2s_core.name_forms import feminine
    assert feminine("Est-ce que sa manager Sophie est Italien ?") == "Est-ce que sa manager Sophie est italienne ?"
    assert feminine("Anna est Allemand.") == "Anna est allemande."
    assert feminine("Anna est Marie.") == "Anna est Marie."                # a name, not a nationality


# -- review30b: a surname ending in "-ez" is no verb said to "vous" ------------------------------------------------
def test_a_surname_in_ez_does_not_turn_ton_into_votre():
    f = fold("Call your boss Julie.", COVERS, NAMES, VOCAB)
    assert restore("Appelle Mary chez Martinez.", f) == "Appelle ta patronne Julie chez Martinez."
    assert restore("Appelle Mary avec Gomez.", f) == "Appelle ta patronne Julie avec Gomez."
    assert restore("Appelez Mary avec Gomez.", f) == "Appelez votre patronne Julie avec Gomez."


# -- review30b: "boyfriend" says a man where the name may be either's ---------------------------------------------
def test_a_boyfriend_with_a_name_women_bear_too_is_petit_ami_after_ton():
    from s2s_core.opening_names import asked_kin
    text = "Is your boyfriend Camille coming?"
    (name,) = inner_names(text)
    assert asked_kin(text, *name)[1] == "ton petit ami Camille"         # not "ta petit ami Camille"
