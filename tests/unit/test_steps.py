"""A list of instructions in one form (s2s_core/steps.py)."""
from types import SimpleNamespace

import pytest

from s2s_core import steps


@pytest.mark.parametrize("french, english, expected", [
    ("S'il vous plait, remplissez le formulaire, signez-le et la renvoyer.",
     "Please fill in the form, sign it and send it back to us.",
     "S'il vous plait, remplissez le formulaire, signez-le et renvoyez-la."),
    ("Lis les instructions, vérifier les parties et appelle-nous.", "Read the instructions, check the parts, call us.",
     "Lis les instructions, vérifie les parties et appelle-nous."),
    ("Va à la gare, acheter un billet et attends.", "Go to the station, buy a ticket and wait.",
     "Va à la gare, achète un billet et attends."),
    ("Mélangez le beurre et le sucre, ajouter les œufs et battre.", "Mix the butter and sugar, add the eggs and beat.",
     "Mélangez le beurre et le sucre, ajoutez les œufs et battre."),
    ("Appuyez sur le bouton, attendez la lumière et prendre la parole.", "Press the button, wait and speak.",
     "Appuyez sur le bouton, attendez la lumière et prenez la parole."),
    ("Veuillez vérifier vos réponses, écrivez votre nom et rendre votre copie.",
     "Please check your answers, write your name and hand in your paper.",
     "Veuillez vérifier vos réponses, écrire votre nom et rendre votre copie."),
    ("Veuillez ouvrir la porte, entrer et fermez-la derrière vous.", "Please open the door, come in and close it.",
     "Veuillez ouvrir la porte, entrer et la fermer derrière vous."),
    ("Veuillez répondre aux questions, gardez vos réponses courtes.", "Please answer the questions, keep them short.",
     "Veuillez répondre aux questions, garder vos réponses courtes."),
])
def test_each_step_takes_the_form_of_the_first(french, english, expected):
    assert steps.in_one_form(french, english)[0] == expected


@pytest.mark.parametrize("french, english", [
    ("Ouvrir le couvercle, retirer le filtre et appuyer sur le bouton.", "Open the lid, remove the filter and press."),
    ("Ouvrez le couvercle, retirez le filtre et appuyez sur le bouton.", "Open the lid, remove the filter and press."),
    ("Veuillez lire le courriel, répondre avant vendredi et copier votre directeur.", "Please read, reply and copy."),
    ("Lave-toi les mains et commence à couper les légumes et éplucher.", "Wash your hands, start cutting and peel."),
    ("Lève la main, répéter la question et attends.", "Raise your hand, repeat the question and wait."),  # "répète"
    ("Il travaille à Lyon, aimer le vin et lit beaucoup.", "He works in Lyon, likes wine and reads a lot."),
    ("Veuillez vérifier, attendez et venez.", "Please check, wait and come?"),                     # a question
    ("Appelle-moi, mais un parc est un parc que nous pouvons partager, marcher et camper.",
     "Call me old fashion, but a park is a park that we can share in, walk around and camp in."),   # "nous"
    ("Ouvrez la boîte, sortez la lampe et l'allumer.", "Open the box, take out the lamp and turn it on."),   # le, la?
    # infinitives a verb governs, the first and the ones after it (had become "…, mangez bien et dormez.", "bois")
    ("Essayez de vous détendre, manger bien et dormir.", "Try to relax, eat well and sleep a lot."),
    ("Viens manger, boire et danse avec nous !", "Come and eat, drink and dance with us!"),
    ("N'oublie pas de fermer la porte, éteindre la lumière et fermer les fenêtres.",
     "Don't forget to lock the door, turn off the light and close the windows."),
])
def test_other_sentences_keep_their_words(french, english):
    assert steps.in_one_form(french, english) is None


def test_mend_names_the_change_in_a_note():
    hyp = SimpleNamespace(text="Va à la gare, acheter un billet et attends.")
    t = SimpleNamespace(source="Go to the station, buy a ticket and wait.", hypotheses=[hyp], notes=[])
    assert steps.mend(t) and hyp.text == "Va à la gare, achète un billet et attends."
    assert t.notes == ["Each step of the list in one form (the imperative, «tu»): «acheter» → «achète» (the model had "
                       "mixed imperatives and infinitives)."]


# ---- long30 (s30): a clause that sets the time or condition before the steps ("Avant de commencer, …") is skipped
@pytest.mark.parametrize("french, english, expected", [
    ("Avant de quitter la maison, éteignez les lumières, fermer toutes les fenêtres et donne au chat un peu d'eau.",
     "Before you leave the house, turn off the lights, close all the windows, and give the cat some water.",
     "Avant de quitter la maison, éteignez les lumières, fermez toutes les fenêtres et donne au chat un peu d'eau."),
    ("Avant de commencer, lisez les instructions, vérifier les parties et de préparer vos outils.",
     "Before you start, read the instructions, check the parts and prepare your tools.",
     "Avant de commencer, lisez les instructions, vérifiez les parties et de préparer vos outils."),
    ("Quand tu arrives, appelle-moi, attends devant la porte et regarder la rue.",
     "When you arrive, call me, wait at the door and watch the street.",
     "Quand tu arrives, appelle-moi, attends devant la porte et regarde la rue."),
    ("Lorsqu'il pleut, fermez les fenêtres, rentrer le linge et éteignez le four.",
     "When it rains, close the windows, bring in the washing and turn off the oven.",
     "Lorsqu'il pleut, fermez les fenêtres, rentrez le linge et éteignez le four."),
])
def test_steps_after_a_setting_clause_take_the_form_of_the_first(french, english, expected):
    assert steps.in_one_form(french, english)[0] == expected


@pytest.mark.parametrize("french, english", [
    ("Lorsqu'il pleut, nous restons à la maison, regarder des films et jouer.", "When it rains, we stay in, watch "
     "films and play."),                                      # a statement after the setting clause: no steps
    ("Si la lumière est rouge, éteigne la machine et appeler le technicien.", "If the light is red, turn off the "
     "machine and call the technician."),                     # "éteigne" is no imperative: its form is not sure
])
def test_a_setting_clause_before_no_imperative_keeps_the_words(french, english):
    assert steps.in_one_form(french, english) is None
