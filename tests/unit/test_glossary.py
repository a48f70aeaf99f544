"""Nouns the model has no French for: read as a stand-in noun it translates, its French written back (glossary.py)."""
from __future__ import annotations

import pytest

from s2s_core import glossary, verbatim
from s2s_core.fold import fold, restore
from s2s_core.glossary import FRENCH, read, write_back
from s2s_core.pieces import GLUED


def _read(text: str) -> str:
    return read(text, FRENCH)[0]


@pytest.mark.parametrize("typed, model_reads", [
    ("There is a wasp in the kitchen.", "There is a mouse in the kitchen."),
    ("The wasps are everywhere.", "The flies are everywhere."),
    ("Wasps built a nest.", "Flies built a nest."),                           # the typed word's capital kept
    ("An owl was sitting on the roof.", "A pigeon was sitting on the roof."),   # "an" before the stand-in: "a"
    ("The children found a snail.", "The children found a bird."),
    ("We saw a rainbow after the rain.", "We saw an airplane after the rain."),  # "a" → "an"
    ("The screen is broken.", "The computer is broken."),
    ("She has freckles.", "She has glasses."),
    ("Chop the onions.", "Chop the eggs."),
    ("There was hail this morning.", "There was snow this morning."),
])
def test_a_noun_the_model_lacks_is_read_as_its_stand_in(typed, model_reads):
    assert _read(typed) == model_reads


@pytest.mark.parametrize("typed", [
    "Hail a taxi.",                          # a verb: not the weather
    "They hail from Ohio.",
    "Hail to the king!",
    "Mould the clay into a ball.",
    "Drill a hole in the wall.",             # no determiner before a word that is also a verb
    "Duck!",
    "The TV screen is broken.",              # a device's screen: "TV computer" would read wrong
    "Please screen the calls.",
    "Mr Hedge is here.",                     # a capital inside a sentence: a name
    "The wasp and the mouse are here.",      # the text already has the stand-in: «souris» would be ambiguous
    "I bought a new duvet cover.",
    "There is a waspish tone.",              # not a part of a longer word
])
def test_a_word_that_is_not_the_noun_or_whose_stand_in_is_ambiguous_is_read_as_typed(typed):
    assert _read(typed) == typed


def test_two_nouns_with_one_stand_in_read_only_the_first():
    text, terms = read("A wasp and a frog.", FRENCH)             # both would be "mouse"
    assert text == "A mouse and a frog." and [t.span for t in terms] == ["wasp"]


@pytest.mark.parametrize("typed, model_wrote, written", [
    ("There is a wasp in the kitchen.", "Il y a une souris dans la cuisine.", "Il y a une guêpe dans la cuisine."),
    ("The wasps are everywhere.", "Les mouches sont partout.", "Les guêpes sont partout."),
    ("Owls hunt at night.", "Les pigeons chassent la nuit.", "Les hiboux chassent la nuit."),       # "hiboux"
    ("She has freckles.", "Elle a des lunettes.", "Elle a des taches de rousseur."),
    ("Chop the onions.", "Coupe les oeufs.", "Coupe les oignons."),                                # "oeufs" too
    ("Frogs are green.", "Les vaches sont vertes.", "Les grenouilles sont vertes."),
    ("The frog jumped.", "La souris a sauté.", "La grenouille a sauté."),
    ("The screen is broken.", "L'ORDINATEUR EST CASSÉ.", "L'ÉCRAN EST CASSÉ."),       # shouted (fold.restore)
    ("The rainbow was beautiful.", "L'avion était beau.", "L'arc-en-ciel était beau."),
    ("The hedgehog and the owl.", "Le lapin et le pigeon.", "Le hérisson et le hibou."),           # two, in order
])
def test_the_stand_ins_french_is_written_back_as_the_nouns_in_its_number_and_case(typed, model_wrote, written):
    assert write_back(model_wrote, read(typed, FRENCH)[1]) == written


def test_a_stand_in_the_model_did_not_write_leaves_the_translation_as_it_is():
    assert write_back("Il y a un vol dans la cuisine.", read("There is a wasp.", FRENCH)[1]) == \
        "Il y a un vol dans la cuisine."


def test_fold_reads_the_stand_in_for_a_french_target_only_and_restore_writes_the_noun_back():
    folded = fold("There is a wasp in the kitchen.", lambda c: True, glossary=FRENCH)
    assert folded.text == "There is a mouse in the kitchen."
    assert restore("Il y a une souris dans la cuisine.", folded) == "Il y a une guêpe dans la cuisine."
    assert fold("There is a wasp in the kitchen.", lambda c: True).text == "There is a wasp in the kitchen."


def test_heatmaps_label_the_stand_ins_pieces_with_the_typed_noun_and_its_french():
    terms = read("Wasps are everywhere.", FRENCH)[1]
    assert verbatim.labelled(["▁Fl", "ies", "▁are", "▁everywhere", "."], terms) == \
        ["▁Wasps", GLUED, "▁are", "▁everywhere", "."]                 # not "Flies": the word typed
    assert verbatim.labelled_target(["▁Les", "▁mouches", "▁sont"], terms) == ["▁Les", "▁guêpes", "▁sont"]


def test_the_note_names_each_noun_its_stand_in_and_its_french():
    note = glossary.note(read("The screen is broken.", FRENCH)[1])
    assert "screen" in note and "“computer”" in note and "«écran»" in note


@pytest.mark.parametrize("typed", [
    "The goat cheese is good.",              # read "cow cheese": "La chèvre est bonne." (typed: "Le fromage de chèvre")
    "I'm a dead duck!",                      # an idiom: "Je suis un canard mort !" (as typed: "Je suis mort !")
    "The drill sergeant shouted at us.",     # read "lamp sergeant": "La perceuse nous a crié dessus."
    "We had a fire drill.",
    "She's a night owl.",
    "The hedge fund lost money.",
    "My screen saver is a photo.",
])
def test_a_noun_that_names_another_thing_with_the_word_around_it_is_read_as_typed(typed):
    assert _read(typed) == typed


def test_a_determiner_the_model_wrote_in_the_wrong_gender_takes_the_stand_ins_before_the_noun_goes_back():
    terms = read("Put some lettuce in the sandwich.", FRENCH)[1]        # read "salad": the model wrote "un salade"
    assert write_back("Mettez un salade dans le sandwich.", terms) == "Mettez une laitue dans le sandwich."


def test_leeks_are_read_as_melons_and_written_back_as_poireaux():
    text, terms = read("Add the leeks.", FRENCH)                      # as typed: "Ajoutez les jambes."
    assert text == "Add the melons." and write_back("Ajoutez les melons.", terms) == "Ajoutez les poireaux."
