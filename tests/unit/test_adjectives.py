"""An adjective before a noun in the noun's gender (adjectives.py): pure strings, no model."""
import pytest

from s2s_core import typography
from s2s_core.adjectives import mend

MENDED = [
    ("Bonne anniversaire à mon meilleur ami", "Bon anniversaire à mon meilleur ami"),     # "Happy birthday…"
    ("Merci pour les belles messages.", "Merci pour les beaux messages."),                # "the kind messages"
    ("Bonne voyage !", "Bon voyage !"),                                                   # Tatoeba test output
    ("Ma petit voiture est rouge.", "Ma petite voiture est rouge."),      # the determiner and the noun agree
    ("C'est un belle endroit.", "C'est un bel endroit."),                 # "bel" before a vowel
    ("J'ai un nouvelle appartement.", "J'ai un nouvel appartement."),
    ("Quelle bel journée !", "Quelle belle journée !"),
    ("Les réformistes veulent aider les petits entreprises.", "Les réformistes veulent aider les petites entreprises."),
    ("C'est une mauvais mesure.", "C'est une mauvaise mesure."),
    ("le plus grande nombre de députés", "le plus grand nombre de députés"),
    ("BONNE ANNIVERSAIRE", "BON ANNIVERSAIRE"),
]
KEPT = [
    "Une belle message.",            # the determiner says the other gender: which word was meant is not known
    "Il est bonne messages.",        # after no determiner, and the number differs
    "Nous sommes de nouveau ensemble.",      # "again"
    "de nouvelles sans un préavis",  # "sans" a preposition
    "Le beau héros.", "Un bel homme.",       # an "h": aspirated or not, not known
    "Elle est belle femme.",         # after a verb
    "Ma grand-mère est là.",         # a compound
    "Une petite voiture.", "Les beaux messages.", "Bon anniversaire !",
    "Une belle Ferrari.",            # a name
]


@pytest.mark.parametrize("wrong, right", MENDED)
def test_an_adjective_before_a_known_noun_takes_its_gender(wrong, right):
    assert mend(wrong) == right


@pytest.mark.parametrize("text", KEPT)
def test_right_or_unsure_adjectives_are_kept(text):
    assert mend(text) == text


def test_french_typography_mends_the_adjective():
    assert typography.french("Bonne anniversaire à mon meilleur ami !", "Happy birthday to my best friend!") \
        == "Bon anniversaire à mon meilleur ami !"


# ask34 (s33): "first" and "last" before a noun in its gender («votre premier visite»)
@pytest.mark.parametrize("wrong, right", [
    ("C'est votre premier visite à Paris, n'est-ce pas ?", "C'est votre première visite à Paris, n'est-ce pas ?"),
    ("Est-ce votre premier visite à Rome ?", "Est-ce votre première visite à Rome ?"),
    ("Nos derniers semaines ici.", "Nos dernières semaines ici."),
    ("Ma premier année.", "Ma première année."),
])
def test_first_and_last_take_the_gender_of_their_noun(wrong, right):
    assert mend(wrong) == right


@pytest.mark.parametrize("text", [
    "Le premier train part à six heures.", "La première fois.", "Le dernier jour.", "Un premier an.",
    "La premier ministre.",          # the determiner says the other gender: which word was meant is not known
])
def test_first_and_last_right_or_unsure_are_kept(text):
    assert mend(text) == text


# an "-al" adjective's masculine plural is "-aux": the model wrote «amicals» (5 lines of the session-33 eval)
@pytest.mark.parametrize("wrong, right", [
    ("Nos voisins sont très amicals.", "Nos voisins sont très amicaux."),
    ("Je suis heureux de voir tant de visages amicals.", "Je suis heureux de voir tant de visages amicaux."),
    ("des clés originals", "des clés originaux"),
    ("Les problèmes sont mondials.", "Les problèmes sont mondiaux."), ("VISAGES AMICALS", "VISAGES AMICAUX"),
])
def test_an_al_adjective_s_plural_is_written_aux(wrong, right):
    assert mend(wrong) == right


@pytest.mark.parametrize("text", [
    "Des matchs amicaux.", "Les festivals et les carnavals.", "Des chantiers navals.", "Des résultats finals.",
    "Des moments banals.", "Des récitals.", "Les Canals.",
])
def test_plurals_in_als_that_french_writes_so_are_kept(text):
    assert mend(text) == text
