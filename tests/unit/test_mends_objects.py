"""A machine that makes a noise and a thing painted a colour, as French says them (mends/objects.py): "The washing
machine is making a strange noise again." had come out "La machine à laver est de nouveau un bruit étrange."."""
from __future__ import annotations

import pytest

from s2s_core.mends.objects import mend
from s2s_core.typography import french


@pytest.mark.parametrize("model, source, expected", [
    ("La machine à laver est de nouveau un bruit étrange.", "The washing machine is making a strange noise again.",
     "La machine à laver fait de nouveau un bruit étrange."),
    ("Ma machine à laver était de nouveau un bruit amusant.", "My washing machine was making a funny noise again.",
     "Ma machine à laver faisait de nouveau un bruit amusant."),
    ("La machine à laver est un bruit fort.", "The washing machine is making a loud noise.",
     "La machine à laver fait un bruit fort."),
])
def test_a_machine_making_a_noise_makes_it(model, source, expected):
    assert mend(model, source) == expected
    assert french(model, source) == expected                                # typography.py calls it


@pytest.mark.parametrize("model, source", [
    ("C'est un bruit étrange.", "It is making a strange noise."),            # what the noise is
    ("Le bruit est un bruit étrange.", "The noise is a strange noise."),     # the English makes no noise
    ("La voiture fait encore un bruit étrange.", "The car is making a strange noise again."),   # right already
])
def test_what_is_not_a_noise_made_is_left(model, source):
    assert mend(model, source) == model


def test_a_colour_painted_is_a_noun_after_en():
    """"…painted the bedroom blue last weekend…" (read "in blue", attach.py) came out "…la chambre en bleue…"."""
    assert mend("Nous avons peint la chambre en bleue le week-end dernier.",
                "We painted the bedroom in blue last weekend.") == \
        "Nous avons peint la chambre en bleu le week-end dernier."
    assert mend("Elle a peint sa porte en verte.", "She painted her door in green.") == "Elle a peint sa porte en vert."
    assert mend("La chambre est bleue.", "The bedroom is blue.") == "La chambre est bleue."       # not painted


@pytest.mark.parametrize("model, source, expected", [
    ("Est-il possible de payer une carte ou seulement en liquide ?", "Is it possible to pay with a card, or only in "
     "cash?", "Est-il possible de payer par carte ou seulement en liquide ?"),
    ("Est-il possible de payer une carte bancaire ?", "Is it possible to pay with a bank card?",
     "Est-il possible de payer par carte bancaire ?"),
    ("Est-il possible de payer une carte de crédit ?", "Is it possible to pay with a credit card?",
     "Est-il possible de payer par carte de crédit ?"),
    ("Elle a payé une carte ici.", "She paid using a card here.", "Elle a payé par carte ici."),
])
def test_paying_by_card_is_par_carte(model, source, expected):
    """"Is it possible to pay by card…?" came out "…de payer une carte…" (a card paid for) whatever the reading."""
    assert mend(model, source) == expected


def test_a_card_paid_for_is_left():
    assert mend("J'ai payé une carte de vœux.", "I paid for a greeting card.") == "J'ai payé une carte de vœux."
    assert mend("Puis-je payer avec une carte ?", "Can I pay with a card?") == "Puis-je payer avec une carte ?"


# measure40 (s36): a file saved had come out «économisé le dossier», "I still paint landscapes" «je me peigne encore»
@pytest.mark.parametrize("model, source, expected", [
    ("As-tu économisé le dossier avant de fermer le programme ?", "Did you save the file before closing the program?",
     "As-tu enregistré le fichier avant de fermer le programme ?"),
    ("Avez-vous sauvé le document ?", "Have you saved the document?", "Avez-vous enregistré le document ?"),
    ("N'oublie pas de économiser ton travail.", "Don't forget to save your work.",
     "N'oublie pas d'enregistrer ton travail."),
    ("Et je me peigne encore chaque week-end.", "And I still paint landscapes every weekend.",
     "Et je peins encore chaque week-end."),
    ("Je peigne encore des tableaux.", "I still paint pictures.", "Je peins encore des tableaux."),
    ("Il peigne. Elle a peigné le mur.", "He paints. She painted the wall.", "Il peint. Elle a peint le mur."),
])
def test_measure40_saved_files_and_painting(model, source, expected):
    assert mend(model, source) == expected


def test_measure40_other_savings_and_combing_are_left():
    assert mend("Nous avons économisé de l'argent.", "We saved money.") == "Nous avons économisé de l'argent."
    assert mend("Il a sauvé l'enfant.", "He saved the child.") == "Il a sauvé l'enfant."
    assert mend("Elle se peigne.", "She combs her hair.") == "Elle se peigne."
    assert mend("J'ai sauvé le fichier dans mon dossier.", "I saved the file in my folder.") == \
        "J'ai enregistré le fichier dans mon dossier."                    # a folder is «dossier»


def test_measure40_time_spent_is_passer():
    """"…he spends every Sunday morning at the flea market." came out «…il dépense tous les dimanches matin…»."""
    assert mend("Il dépense tous les dimanches matin au marché.", "He spends every Sunday morning at the market.") \
        == "Il passe tous les dimanches matin au marché."
    assert mend("Elle a dépensé tout le week-end ici.", "She spent all weekend here.") == \
        "Elle a passé tout le week-end ici."
    assert mend("Il dépense tout son argent.", "He spends all his money.") == "Il dépense tout son argent."


def test_a_painted_participle_after_its_subject_stays():
    """The Tatoeba Challenge: "Where did you paint them?" «Où les as-tu peint ?» had become «…as-tu peins ?» (the
    «tu peint» of a question read as a present tense); «je peint» is still mended."""
    assert mend("Où les as-tu peint ?", "Where did you paint them?") == "Où les as-tu peint ?"
    assert mend("Pourquoi as-tu peint la banque en rouge ?", "Why did you paint the bank red?") == \
        "Pourquoi as-tu peint la banque en rouge ?"
    assert mend("Je peint le mur.", "I paint the wall.") == "Je peins le mur."


def test_words_written_on_something_are_the_object_of_ecrire():
    """Copied as an inscription ('She wrote "Happy Birthday Anna" on the card.', read "She wrote Tom on the card."),
    the words came out written to a person: «Elle a écrit à « Happy Birthday Anna » sur la carte.» (s42)."""
    assert mend('Elle a écrit à "Happy Birthday Anna" sur la carte.', "She wrote Tom on the card.") == \
        'Elle a écrit "Happy Birthday Anna" sur la carte.'
    assert mend("Pourriez-vous écrire à « Best Mum Ever » ici ?", 'Could you write "Best Mum Ever" here?') == \
        "Pourriez-vous écrire « Best Mum Ever » ici ?"
    assert mend("Écris à « Good Luck Tom » sur la carte.", "Write Tom on the card.") == \
        "Écris « Good Luck Tom » sur la carte."
    # written to someone: the «à» stays
    assert mend('J\'ai écrit à "Le Monde" hier.', 'I wrote to "Le Monde" yesterday.') == \
        'J\'ai écrit à "Le Monde" hier.'
    assert mend("J'ai écrit à Tom hier.", "I wrote Tom yesterday.") == "J'ai écrit à Tom hier."


def test_a_sign_that_says_words_in_quotes_is_a_panneau():
    """Read with its quote stood in (speech.py), 'The sign on the door said "We're closed."' came out «Le signe sur la
    porte a dit…», 'There was a sign saying, "…"' «…un signe : …» (a gesture, an omen) (s43)."""
    assert mend("Le signe sur la porte a dit : « Tom ».", 'The sign on the door said: "Tom".') == \
        "Le panneau sur la porte a dit : « Tom »."
    assert mend("Il y a des signes qui disent : « Tom ».", 'There are warning signs that say: "Tom".') == \
        "Il y a des panneaux qui disent : « Tom »."
    for french, english in (("C'est un signe qu'il a dit non.", "It is a sign that he said no."),
                            ("C'est un signe qu'il a dit « Non merci ».", 'It is a sign that he said "No thanks".'),
                            ("Signez ici, a dit le signe.", "Sign here, the clerk said.")):
        assert mend(french, english) == french, english
