"""A name after "your boss", "his neighbour", "their teacher" in a question stands in with them as one name; a
shouted translation says a woman named in it in the feminine; "professeure", "cheffe", "ma manager" before a
woman's name; women's names of demos get the feminine (opening_names.py, verbatim.py, name_forms.py)."""
from s2s_core.fold import fold, restore
from s2s_core.name_forms import feminine, mend
from s2s_core.opening_names import FEMININE_ROLES, WOMEN, asked_kin, inner_names
from s2s_core.verbatim import NAMES

from name_vocab import COVERS, Vocab

VOCAB = Vocab(("Tom", "Mary", "John", "Jack", "Paul", "France", "Canada", "Michael"))


def test_a_name_after_any_possessive_and_a_relation_in_a_question_stands_in_with_them():
    # read plain or between commas, "Is your boss Thomas in today?" had come out "Ton patron est-il, Thomas
    # aujourd'hui ?", "Is our neighbour Sophie coming tonight?" "Notre voisin est-il, Sophie ce soir ?"
    f = fold("Is your boss Thomas in today?", COVERS, NAMES, VOCAB)
    assert f.text == "Is Tom in today?"
    assert restore("Tom est-il là aujourd'hui ?", f) == "Ton patron Thomas est-il là aujourd'hui ?"
    f = fold("Is our neighbour Sophie coming tonight?", COVERS, NAMES, VOCAB)
    assert f.text == "Is Mary coming tonight?"
    assert restore("Mary vient-elle ce soir ?", f) == "Notre voisine Sophie vient-elle ce soir ?"
    f = fold("Was their teacher Claire strict?", COVERS, NAMES, VOCAB)
    assert restore("Mary était-elle stricte ?", f) == "Leur professeure Claire était-elle stricte ?"
    f = fold("Did her partner Sarah leave?", COVERS, NAMES, VOCAB)
    assert restore("Mary est-elle partie ?", f) == "Sa partenaire Sarah est-elle partie ?"
    f = fold("Has your boss Michael answered?", COVERS, NAMES, VOCAB)       # a name the model knows too
    assert f.text == "Has Tom answered?"


def test_your_relation_is_votre_where_the_translation_says_vous():
    f = fold("Did your boss Thomas call you?", COVERS, NAMES, VOCAB)
    assert restore("Tom vous a-t-il appelé ?", f) == "Votre patron Thomas vous a-t-il appelé ?"
    assert restore("Tom t'a-t-il appelé ?", f) == "Ton patron Thomas t'a-t-il appelé ?"


def test_asked_kin_is_asked_once_per_name_and_not_outside_a_question():
    text = "Did his neighbour Claire call?"
    (a, b, kind), = inner_names(text)
    asked_kin.cache_clear()
    assert asked_kin(text, a, b, kind) == (4, "sa voisine Claire")
    fold(text, COVERS, NAMES, VOCAB)
    assert asked_kin.cache_info().misses == 1                   # verbatim asked it again: read from the cache
    statement = "His neighbour Claire called."
    assert asked_kin(statement, *inner_names(statement)[0]) == (-1, "")


def test_a_shouted_translation_says_a_woman_named_in_the_feminine():
    # "MY NEIGHBOUR CLAIRE IS HERE." had come out "MON VOISIN CLAIRE EST ICI."
    assert mend("MON VOISIN CLAIRE EST ICI.", "MY NEIGHBOUR CLAIRE IS HERE.") == "MA VOISINE CLAIRE EST ICI."
    assert mend("MON AMI SOPHIE VIENT.", "MY FRIEND SOPHIE IS COMING.") == "MON AMIE SOPHIE VIENT."
    assert mend("MON PROFESSEUR CLAIRE EST STRICT.", "MY TEACHER CLAIRE IS STRICT.") \
        == "MA PROFESSEURE CLAIRE EST STRICTE."
    assert mend("MON VOISIN THOMAS EST ICI.", "MY NEIGHBOUR THOMAS IS HERE.") == "MON VOISIN THOMAS EST ICI."


def test_a_shouted_de_between_a_relation_and_a_name_goes():
    # "MY COLLEAGUE EMMA IS SICK." had come out "MA COLLÈGUE DE EMMA EST MALADE."
    f = fold("MY COLLEAGUE EMMA IS SICK.", COVERS, NAMES, VOCAB)
    assert restore("Ma collègue de Mary est malade.", f) == "MA COLLÈGUE EMMA EST MALADE."


def test_chef_manager_professeur_before_a_woman_s_name_are_feminine():
    assert feminine("Mon manager Sophie est en vacances.") == "Ma manager Sophie est en vacances."
    assert feminine("Mon chef Sophie cuisine très bien.") == "Ma cheffe Sophie cuisine très bien."
    assert feminine("Notre professeur Emma nous a donné des devoirs.") \
        == "Notre professeure Emma nous a donné des devoirs."
    assert feminine("Mon manager Thomas m'a appelé.") == "Mon manager Thomas m'a appelé."          # a man
    assert FEMININE_ROLES["professeur"] == "professeure"        # one table for name_forms and asked_kin


def test_women_s_names_of_demos_get_the_feminine():
    # "Julie is my best friend." had come out "Julie est mon meilleur ami.", "Rachel and Monica are my best friends."
    # "…mes meilleurs amis."
    assert feminine("Julie est mon meilleur ami.") == "Julie est ma meilleure amie."
    assert feminine("Rachel et Monica sont mes meilleurs amis.") == "Rachel et Monica sont mes meilleures amies."
    assert feminine("Mon voisin Amanda est sympa.") == "Ma voisine Amanda est sympa."
    assert not {"Camille", "Dominique", "Ashley", "Kelly", "Andrea", "Rose", "Grace"} & (WOMEN - {"Camille"})


def test_a_name_after_my_teacher_stands_in_with_it_as_one_name():
    # read plain, "My teacher Laura speaks three languages." had come out "Mon professeur parle Laura trois langues.";
    # as one name (names31) right in the present and the past, a woman's or a man's name
    f = fold("My teacher Laura speaks three languages.", COVERS, NAMES, VOCAB)
    assert f.text == "Mary speaks three languages."
    assert restore("Mary parle trois langues.", f) == "Ma professeure Laura parle trois langues."
    assert fold("My teacher Thomas gave us homework.", COVERS, NAMES, VOCAB).text == "Tom gave us homework."
    assert fold("My teacher Anna gave us a test.", COVERS, NAMES, VOCAB).text == "Mary gave us a test."
    # a manager and the name as one (names30b; the model's French the same: "Ma manager Sophie est en vacances.")
    assert fold("My manager Sophie is on holiday.", COVERS, NAMES, VOCAB).text == "Mary is on holiday."


def test_gerant_before_a_woman_s_name_is_feminine():
    assert feminine("Ton gérant Claire a appelé ce matin.") == "Ta gérante Claire a appelé ce matin."


def test_a_relation_in_the_feminine_before_a_man_s_name_goes_in_the_masculine():
    # "Ask your boss Thomas." had come out "Demandez à votre patronne Thomas."
    assert feminine("Demandez à votre patronne Thomas.") == "Demandez à votre patron Thomas."
    assert feminine("Ma meilleure amie Pierre est là.") == "Mon meilleur ami Pierre est là."
    assert feminine("Ma collègue Thomas arrive.") == "Mon collègue Thomas arrive."
    assert feminine("Ma collègue Claire arrive.") == "Ma collègue Claire arrive."                  # a woman
    assert mend("MA VOISINE THOMAS EST ICI.", "MY NEIGHBOUR THOMAS IS HERE.") == "MON VOISIN THOMAS EST ICI."
