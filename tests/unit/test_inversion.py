"""An inverted question's verb in the person of its pronoun (inversion.py)."""
from __future__ import annotations

import pytest

from s2s_core.inversion import mend
from s2s_core.typography import french


@pytest.mark.parametrize("model, mended", [
    ("Sors-t-il avec quelqu'un ?", "Sort-il avec quelqu'un ?"),          # "Is he seeing anyone?"
    ("Sors-ils avec qui que ce soit ?", "Sortent-ils avec qui que ce soit ?"),
    ("Venent-ils ?", "Viennent-ils ?"),                                    # "Are they coming?"
    ("Prends-il le train ?", "Prend-il le train ?"),
    ("Peux-t-elle venir ?", "Peut-elle venir ?"),
    ("Parles-t-il français ?", "Parle-t-il français ?"),
    ("As-t-il faim ?", "A-t-il faim ?"),
    ("Finis-t-elle à midi ?", "Finit-elle à midi ?"),
    ("Parles-elles français ?", "Parlent-elles français ?"),
    ("Fais-on une pause ?", "Fait-on une pause ?"),
])
def test_a_second_person_form_before_a_third_person_pronoun_takes_the_third_person(model, mended):
    assert mend(model) == mended


@pytest.mark.parametrize("right", [
    "Sort-il avec quelqu'un ?", "Travaille-t-elle aujourd'hui ?", "Partent-ils demain ?", "Sors-tu avec elle ?",
    "Viennent-ils ?", "Va-t-il venir ?", "A-t-elle écrit ?", "Peuvent-ils venir ?", "Sont-elles là ?",
    "Est-il en train de dormir ?", "Dit-on cela ?", "Répondez-vous ?",
])
def test_a_verb_already_in_its_pronouns_person_is_left(right):
    assert mend(right) == right


def test_french_writes_it_after_the_model():
    assert french("Sors-t-il avec qui que ce soit ?", "Is he going out with anyone?") == \
        "Sort-il avec qui que ce soit ?"


@pytest.mark.parametrize("right", [
    "Je veux laisser à nos enfants-on vit pour cela aujourd'hui.",      # a dash without spaces, the Hansards' way
    "Les chercheurs canadiens-il faut le dire-sont souvent à l'avant-garde ?",
    "Sors-t-il avec elle.",                                               # no question: not the model's inversion
])
def test_a_word_before_a_dash_is_no_inverted_verb(right):
    assert mend(right) == right


def test_an_inverted_verb_after_a_question_word_or_ne():
    assert mend("Pourquoi sors-t-il si tard ?") == "Pourquoi sort-il si tard ?"
    assert mend("Ne prends-il pas le train ?") == "Ne prend-il pas le train ?"


@pytest.mark.parametrize("model, mended", [
    ("Mets-il la table ?", "Met-il la table ?"),                 # a stem in "t" takes no other: not "Mett-il"
    ("Permets-t-elle cela ?", "Permet-elle cela ?"),
    ("Es-t-il malade ?", "Est-il malade ?"),                     # not "E-t-il"
    ("Pourquoi es-elle là ?", "Pourquoi est-elle là ?"),
    ("Faites-il ses devoirs ?", "Fait-il ses devoirs ?"),         # a 2nd person plural: not "Faite-t-il"
    ("Que dites-t-elle ?", "Que dit-elle ?"),
])
def test_a_verb_whose_third_person_is_not_its_stem_and_t(model, mended):
    assert mend(model) == mended
