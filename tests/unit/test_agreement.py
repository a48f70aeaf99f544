"""A determiner in its noun's gender (agreement.py): pure strings, no model."""
import pytest

from s2s_core import typography
from s2s_core.agreement import genders, mend

MENDED = [
    ("Où est mon commande ?", "Où est ma commande ?"),          # "Where is my order?"
    ("Je veux annuler mon commande.", "Je veux annuler ma commande."),
    ("C'est ta petit ami ?", "C'est ton petit ami ?"),           # adjective and noun agree: the determiner follows
    ("Ma petit ami est en retard.", "Mon petit ami est en retard."),
    ("J'ai besoin d'un voiture.", "J'ai besoin d'une voiture."),
    ("Elle a un belle voix.", "Elle a une belle voix."),
    ("Ce idée est bonne.", "Cette idée est bonne."),
    ("Cette ordinateur est lent.", "Cet ordinateur est lent."),   # a masculine word with a vowel: "cet"
    ("Ferme le fenêtre.", "Ferme la fenêtre."),
    ("Sa vélo est rouge.", "Son vélo est rouge."),
    ("MA VÉLO EST ROUGE.", "MON VÉLO EST ROUGE."),
    ("Le Chambre des communes", "La Chambre des communes"),     # one capital: an institution, not a name
    ("C'est une excellent choix.", "C'est un excellent choix."),
    ("À mon connaissance, non.", "À ma connaissance, non."),
    ("Pour ma douzième anniversaire, j'ai eu un vélo.", "Pour mon douzième anniversaire, j'ai eu un vélo."),  # s40
    ("Sa 14e anniversaire est samedi.", "Son 14e anniversaire est samedi."),     # an ordinal: the noun's gender
]
KEPT = [
    "Mon amie est là.",              # before a vowel "mon" is right for both genders
    "Mon histoire est longue.",      # and before a mute h
    "Ma petit voiture est rouge.",   # adjective and noun disagree: which one was meant is not known
    "Je la commande demain.",        # "la" a pronoun before a verb
    "Il le porte.", "Prends-la.", "Je ne la ferme pas.",
    "Le son fort me gêne.",          # "son" a noun after an article
    "La ministre est là.", "Ma collègue est malade.", "La tour Eiffel.",   # either gender, left out of the list
    "Mes clés sont là.",             # a plural has one form
    "Cette homme",                   # an "h" (mute or aspirated) is left alone
    # found on the corpus's references (a name, a pronoun, an adverb, an adjective before a noun)
    "dans la Prince Rupert", "le Compassion Club", "UN Convention on Rights",
    "Quelqu'un demande les documents.", "L'une était d'avoir fait cela.",
    "de quelque manière qu'on le voie", "la main-d'oeuvre la mieux formée", "C'est la meilleur méthode.",
    "pour une cinquantième fois", "Elle est une journaliste connue.",
    "et une sixième était en cours",         # (s40) an ordinal before a verb: the noun it stands for is not known
]


@pytest.mark.parametrize("wrong, right", MENDED)
def test_determiner_takes_the_gender_of_its_noun(wrong, right):
    assert mend(wrong) == right


@pytest.mark.parametrize("text", KEPT)
def test_right_or_unsure_determiners_are_kept(text):
    assert mend(text) == text


def test_french_typography_mends_the_determiner():
    assert typography.french("Où est mon commande?", "Where is my order?") == "Où est ma commande ?"


def test_word_list_is_derived_counts_not_sentences():
    table = genders()
    assert table["commande"] == ("f", "v") and table["voiture"][0] == "f" and table["vélo"][0] == "m"
    assert "petit" in table and "a" in table["petit"][1]
    assert not {"tour", "manche", "ministre", "collègue", "élève"} & set(table)
    assert all(" " not in w for w in table)


@pytest.mark.parametrize("written, mended", [
    ("Un bateau a soudainement apparu hors de la piège.", "Un bateau a soudainement apparu hors du piège."),
    ("J'ai participé à la concours.", "J'ai participé au concours."),
    ("De la piège, il sort.", "Du piège, il sort."),
    ("ILS SORTENT DE LA PIÈGE.", "ILS SORTENT DU PIÈGE."),
    ("Il faut de la patience.", "Il faut de la patience."),               # feminine: "de la" stays
    ("Il parle de la voiture.", "Il parle de la voiture."),
])
def test_de_and_a_before_a_mended_le_contract(written, mended):
    """"de"/"à" before a "la" mended to "le" contract as French writes them ("hors de la piège" had become "hors
    de le piège" on the Tatoeba Challenge test; "hors du piège")."""
    assert mend(written) == mended
