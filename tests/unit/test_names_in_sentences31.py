"""Names inside sentences (names31, session 31): a woman's name after "neighbour" at the sentence's end, a teacher's,
a girlfriend's or a boyfriend's name as one name with the role, shouted text read in sentence case however short
what is left in capitals, "de Emma" elided, "Merci ton patron" as "Remercie ton patron", one nationality list
(opening_names.py, verbatim.py, casing.py, name_forms.py, fold.py)."""
from s2s_core import casing, opening_names
from s2s_core.fold import fold, restore
from s2s_core.name_forms import elided, mend, thanked
from s2s_core.opening_names import inner_names
from s2s_core.verbatim import NAMES

from name_vocab import COVERS, Vocab

VOCAB = Vocab(("Tom", "Mary", "John", "Jack", "Paul", "France", "Canada", "Michael"))


def test_a_woman_after_neighbour_at_the_end_of_the_sentence_stands_in_with_it():
    # read as typed, "Ask your neighbour Sophie." had come out "Demandez votre voisin.", "Help your neighbour Emma."
    # "Aide ton voisin." (the name lost); as "Ask Mary.": "Demande à ta voisine Sophie."
    assert inner_names("Ask your neighbour Sophie.") == [(19, 25, "kin_woman")]
    f = fold("Help your neighbour Emma.", COVERS, NAMES, VOCAB)
    assert f.text == "Help Mary."
    assert restore("Aide Mary.", f) == "Aide ta voisine Emma."
    assert inner_names("My neighbour Claire's dog barks.") == []          # no verb, no end after it: as typed


def test_a_teacher_a_girlfriend_or_a_boyfriend_stands_in_with_the_name_in_a_statement():
    # read plain, "Your teacher Emma called." had come out "Ton professeur a appelé Emma.", "My girlfriend Emma is
    # French." "Ma petite amie qu'Emma est française.", "My boyfriend Thomas is French." "…est le français."
    f = fold("Your teacher Emma called.", COVERS, NAMES, VOCAB)
    assert f.text == "Mary called."
    assert restore("Mary a appelé.", f) == "Ta professeure Emma a appelé."
    f = fold("My girlfriend Emma is French.", COVERS, NAMES, VOCAB)
    assert f.text == "Mary is French."
    assert restore("Mary est française.", f) == "Ma petite amie Emma est française."
    f = fold("My boyfriend Thomas is French.", COVERS, NAMES, VOCAB)
    assert f.text == "Tom is French."
    assert restore("Tom est français.", f) == "Mon petit ami Thomas est français."
    f = fold("His girlfriend Anna called.", COVERS, NAMES, VOCAB)
    assert restore("Mary a appelé.", f) == "Sa petite amie Anna a appelé."         # never "sa petit ami"
    # not after "met": "We met Mary." had come out "Nous nous sommes rencontrés…"
    assert fold("We met our director Emma.", COVERS, NAMES, VOCAB).text == "We met our director Mary."


def test_shouted_text_whose_stand_in_leaves_one_word_in_capitals_is_still_shouted():
    # "CALL YOUR BOSS JULIE." had come out "APPELLE TON PATRON À JULIE." (read "CALL YOUR BOSS Mary.")
    f = fold("CALL YOUR BOSS JULIE.", COVERS, NAMES, VOCAB)
    assert (f.text, f.shouted) == ("Call Mary.", True)
    assert restore("Appelle Mary.", f) == "APPELLE TA PATRONNE JULIE."
    assert restore("Appelez Mary.", f) == "APPELEZ VOTRE PATRONNE JULIE."      # "vous" seen in capitals too
    f = fold("ASK YOUR NEIGHBOUR SOPHIE.", COVERS, NAMES, VOCAB)
    assert restore("Demande à Mary.", f) == "DEMANDE À TA VOISINE SOPHIE."
    # a text that was not shouted is not made so by its stand-in ("OK" alone is no shouting)
    assert not fold("OK anna@example.org", COVERS, NAMES, VOCAB).shouted


def test_a_name_read_as_typed_that_opens_with_a_vowel_is_elided():
    # "Emma's brother lives in Paris." had come out "Le frère de Emma vit à Paris."
    assert mend("Le frère de Emma vit à Paris.", "Emma's brother lives in Paris.") == "Le frère d'Emma vit à Paris."
    assert elided("Je crois que Olivier est là.", "I think Olivier is here.") == "Je crois qu'Olivier est là."
    assert elided("LE FRÈRE DE EMMA.", "EMMA'S BROTHER.") == "LE FRÈRE D'EMMA."
    assert elided("Le chat de Yuki.", "Yuki's cat.") == "Le chat de Yuki."             # a consonant sound
    assert elided("Le chat de Hugo.", "Hugo's cat.") == "Le chat de Hugo."


def test_thank_your_boss_is_said_with_remercier():
    # "Thank your boss Thomas." (read "Thank Tom.") had come out "Merci ton patron Thomas.", "Thank your mother."
    # "Merci ta mère."
    assert thanked("Merci ton patron Thomas.", "Thank Tom.") == "Remercie ton patron Thomas."
    assert thanked("Merci votre patron Thomas pour les fleurs.", "Thank Tom for the flowers.") == \
        "Remerciez votre patron Thomas pour les fleurs."
    assert thanked("Merci à ta mère.", "Thank your mother.") == "Remercie ta mère."
    assert thanked("MERCI TON PATRON THOMAS.", "Thank Tom.") == "REMERCIE TON PATRON THOMAS."
    assert thanked("Merci, ta mère est gentille.", "Thanks, your mother is nice.") == "Merci, ta mère est gentille."
    assert thanked("Merci ta mère.", "Thank you, your mother…") == "Merci ta mère."


def test_one_list_of_nationalities_for_casing_and_names():
    assert "Polish" in casing.NATIONALITIES and "polish" not in casing.LOWER_CASE_NAMES   # "polish the shoes"
    assert all(casing.LOWER_CASE_NAMES[n.lower()] == n for n in casing.NATIONALITIES if n != "Polish")
    assert "French" in opening_names._NATIONALITY and "Korean" in opening_names._NATIONALITY
    assert inner_names("Is your teacher Claire French?") == [(16, 22, "kin_woman")]


def test_a_name_after_a_role_that_ends_a_question_stands_in_with_it():
    # read as typed or plain, "Did you see your neighbour Sophie?" had come out "Avez-vous vu votre Sophie voisin ?",
    # "Are you waiting for your girlfriend Sophie?" "Attendez-vous Sophie à la petite amie ?"
    f = fold("Did you see your neighbour Sophie?", COVERS, NAMES, VOCAB)
    assert f.text == "Did you see Mary?"
    assert restore("Avez-vous vu Mary ?", f) == "Avez-vous vu votre voisine Sophie ?"
    f = fold("Are you waiting for your girlfriend Sophie?", COVERS, NAMES, VOCAB)
    assert restore("Attendez-vous Mary ?", f) == "Attendez-vous votre petite amie Sophie ?"
    # after "met", the name alone ("As-tu rencontré ma voisine Sophie ?"; read as typed, "…mon voisin ?")
    assert fold("Have you met my neighbour Sophie?", COVERS, NAMES, VOCAB).text == "Have you met my neighbour Mary?"
