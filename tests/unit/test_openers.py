"""An order opening with a verb the model misreads is read after "Please", its «Veuillez…» written back as the order
(openers.py; imper46, s38: "Pour the water into the glass." had come out «Remets l'eau…», "Sweep the stairs."
«Passe les escaliers.», "Delete this file." «Appuie ce fichier.»)."""
import pytest

from s2s_core.fold import fold
from s2s_core.openers import REWORDED, read, written_back


@pytest.mark.parametrize("typed, reading", [
    ("Pour the water into the glass.", "Please pour the water into the glass."),
    ("Heat the milk in a small pan.", "Please heat the milk in a small pan."),
    ("Sweep the stairs.", "Please sweep the stairs."),
    ("Hang the picture above the sofa.", "Please hang the picture above the sofa."),
    ("Park near the entrance.", "Please park near the entrance."),
    ("Attach the receipt to the form.", "Please attach the receipt to the form."),
    ("Print this page.", "Please print this page."),
    ("Iron the sheets.", "Please iron the sheets."),
    ("Delete all the emails from last year.", "Please delete all the emails from last year."),
    ("Copy this sentence.", "Please copy this sentence."),
    ("Charge your phone before the trip.", "Please charge your phone before the trip."),
    ("Share your screen.", "Please share your screen."),
    ("Save your changes before you leave.", "Please save your changes before you leave."),
])
def test_a_misread_opening_verb_is_read_after_please(typed, reading):
    assert read(typed) == reading


@pytest.mark.parametrize("typed", [
    "Please pour the milk into the bowl.",      # "please" typed: the model's own reading
    "Pour the milk into the bowl, please.",
    "Pour me a glass of water.",                # «Versez-moi…» as typed; read so it was «Servez-moi…»
    "Pour it into the sink.",                   # read so: «Veuillez le consacrer…»
    "Hang on!", "Heat up the soup.",            # other verbs
    "Save me!", "Save money for the trip.",     # no file saved
    "Park Street is closed.",                   # a name
    "I pour the milk into the bowl.",           # no order
    "Stir the sauce.",                          # a verb the model knows
])
def test_other_sentences_stay_as_typed(typed):
    assert read(typed) == typed


@pytest.mark.parametrize("french, order", [
    ("Veuillez verser le lait dans le bol.", "Versez le lait dans le bol."),
    ("Veuillez balayer les escaliers.", "Balayez les escaliers."),
    ("Veuillez vous garer ici.", "Garez-vous ici."),
    ("Veuillez imprimer cette page.", "Imprimez cette page."),
    ("Veuillez me prendre à la gare.", "Prenez-moi à la gare."),
    ("S'il vous plaît, partagez votre écran.", "Partagez votre écran."),
    ("Servez le café pour nos invités, s'il vous plaît.", "Servez le café pour nos invités."),
    ("Veuillez repasser ma robe, je vous prie.", "Repassez ma robe."),
])
def test_the_please_reading_is_written_back_as_the_order(french, order):
    assert written_back(french) == order


def test_a_verb_whose_imperative_is_not_sure_keeps_veuillez():
    assert written_back("Veuillez connaître la règle.") == "Veuillez connaître la règle."   # unlisted (steps.py)


def test_fold_reads_the_order_after_please_and_says_so():
    folded = fold("Sweep the kitchen floor.", lambda c: True)
    assert folded.text == "Please sweep the kitchen floor." and REWORDED in folded.reworded
    assert REWORDED not in fold("Please sweep the kitchen floor.", lambda c: True).reworded


@pytest.mark.parametrize("typed", ["Charge this to my account.", "Charge this bill to me."])
def test_a_bill_charged_stays_as_typed(typed):
    assert read(typed) == typed           # «Mets ça à mon compte !» as typed; read so «Chargez ceci à mon compte.»


@pytest.mark.parametrize("typed, reading", [    # words45, s38: «Réfléchis le citron…», «Garde les oranges…»
    ("Squeeze the lemon over the fish.", "Please squeeze the lemon over the fish."),
    ("Squeeze the oranges for breakfast.", "Please squeeze the oranges for breakfast."),
    ("Squeeze the juice from two lemons.", "Please squeeze the juice from two lemons."),
    ("Squeeze a lime over the salad.", "Please squeeze a lime over the salad."),
])
def test_citrus_squeezed_is_read_after_please(typed, reading):
    assert read(typed) == reading


@pytest.mark.parametrize("typed", [
    "Squeeze an orange for me.",        # read so: «Veuillez m'excuser une orange.»
    "Squeeze the tube gently.",         # read so: «Veuillez transmettre le tube…»
    "Squeeze my hand.",
])
def test_other_things_squeezed_stay_as_typed(typed):
    assert read(typed) == typed


def test_the_squeeze_reading_is_written_back():
    assert written_back("Veuillez presser le citron sur le poisson.") == "Pressez le citron sur le poisson."
