"""Food and drink the model has no French for (glossary_food.py, vocab57, session 41): read as a stand-in it
translates, its French written back ("He drinks rum with his cola." had come out «Il boit une rumeur…»; read "wine":
«Il boit du vin…» → «…du rhum…»)."""
from __future__ import annotations

import pytest

from s2s_core.glossary import FRENCH, read, write_back


def _read(text: str) -> str:
    return read(text, FRENCH)[0]


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [
    # vocab57 (s41): food and drink
    # (typed; read; what the model wrote for the stand-in in the vocab57 probes; written back); as typed in the
    # comment
    ("This rum is very strong.", "This wine is very strong.",                                 # «Cette rumeur»
     "Ce vin est très fort.", "Ce rhum est très fort."),
    ("The bakery sells fresh buns.", "The bakery sells fresh croissants.",                    # «des lèvres»
     "La boulangerie vend des croissants frais.", "La boulangerie vend des petits pains frais."),
    ("This espresso is too strong.", "This coffee is too strong.",                            # «Cette espreso»
     "Ce café est trop fort.", "Cet expresso est trop fort."),
    ("I'd like a chai, please.", "I'd like a tea, please.",                                   # «une chaise»
     "J'aimerais un thé, s'il vous plaît.", "J'aimerais un thé chai, s'il vous plaît."),
    ("I bought some cheddar.", "I bought some cheese.",                                       # «du lac»
     "J'ai acheté du fromage.", "J'ai acheté du cheddar."),
    ("This soup has too much chilli.", "This soup has too much pepper.",                      # «de chemin»
     "Cette soupe a trop de poivre.", "Cette soupe a trop de piment."),
    ("This waffle is delicious.", "This pie is delicious.",                                   # «Ce sofleil»
     "Cette tarte est délicieuse.", "Cette gaufre est délicieuse."),
    ("Can I have another pancake?", "Can I have another omelette?",                           # «tremblement»
     "Puis-je avoir une autre omelette ?", "Puis-je avoir une autre crêpe ?"),
    ("He bought a box of donuts.", "He bought a box of cakes.",                               # «de donneurs»
     "Il a acheté une boîte de gâteaus.", "Il a acheté une boîte de beignets."),
    ("The children drank lemonade.", "The children drank beer.",                              # «la lemonade»
     "Les enfants ont bu de la bière.", "Les enfants ont bu de la limonade."),
    ("The stuffing is delicious.", "The sauce is delicious.",                                 # «Le truc»
     "La sauce est délicieuse.", "La farce est délicieuse."),
    ("These spices come from India.", "These sauces come from India.",                        # «Ces espices»
     "Ces sauces viennent de l'Inde.", "Ces épices viennent de l'Inde."),
])
def test_vocab57_food_and_drink_are_read_through_stand_ins(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed", [
    "She wears her hair in a bun.",                       # a bun of hair
    "I'd like a chai latte.",
    "We ate chili con carne.",
    "He always waffles on about his job.",                # the verb
    "She is stuffing her bag with clothes.",
])
def test_vocab57_food_and_drink_other_senses_and_screened_lines_are_read_as_typed(typed):
    assert _read(typed) == typed


@pytest.mark.parametrize("typed, read_as, model_wrote, written", [   # leftsenses60 (s41): jam on bread
    ("I like bread with jam.", "I like bread with sauce.",                                   # «pain de jambe»
     "J'aime le pain avec de la sauce.", "J'aime le pain avec de la confiture."),
    ("Can you pass me the jam?", "Can you pass me the sauce?",                               # «la jambe»
     "Peux-tu me passer la sauce ?", "Peux-tu me passer la confiture ?"),
    ("My grandmother makes her own jam.", "My grandmother makes her own sauce.",             # «son propre jambe»
     "Ma grand-mère fait sa propre sauce.", "Ma grand-mère fait sa propre confiture."),
])
def test_leftsenses60_jam_is_read_through_a_stand_in(typed, read_as, model_wrote, written):
    text, terms = read(typed, FRENCH)
    assert text == read_as and write_back(model_wrote, terms) == written


@pytest.mark.parametrize("typed", [
    "We were stuck in a traffic jam.", "There is a paper jam again.", "The door jams.", "They had a jam session.",
    "The doors jam in winter.", "Don't jam the door.", "The room was jam-packed.", "Strawberry jam is sweet.",
])
def test_leftsenses60_other_jams_are_read_as_typed(typed):
    assert _read(typed) == typed
