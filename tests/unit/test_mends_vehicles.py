"""A car's or a bike's parts and their wear (mends/vehicles.py, fix51, fix53): "My front tyre is flat." had come out
«Mon pneu d'entrée est plat.», "Your brakes are worn…" «Tes freins sont portés…» (worn as clothes)."""
from __future__ import annotations

import pytest

from s2s_core.mends import errands, scenes
from s2s_core.mends.vehicles import mend


def _with_scenes(text: str, source: str) -> str:
    """The three steps that were mends/contexts.py, in STEPS' order: a machine's part is ordered «commander» here and
    written «la pièce» by scenes.py's table."""
    return scenes.mend(errands.mend(mend(text, source), source), source)


@pytest.mark.parametrize("model, source, expected", [   # fix51 (measure51): «pneu d'entrée», «de dos», «plat»
    ("Mon pneu d'entrée est plat.", "My front tyre is flat.", "Mon pneu avant est à plat."),
    ("Regarde les pneus de dos avant de partir.", "Check the back tyres before you leave.",
     "Regarde les pneus arrière avant de partir."),
    ("Les deux pneus sont plats.", "Both tyres are flat.", "Les deux pneus sont à plat."),
])
def test_fix51_a_front_back_or_flat_tyre(model, source, expected):
    assert mend(model, source) == expected


@pytest.mark.parametrize("model, source", [
    ("Il a mal au dos.", "He has a sore back."),                              # no tyre
    ("La route est plate.", "The road is flat, and my tyres are new."),      # flat, but not the tyre
    ("Le ticket d'entrée est cher.", "The entry ticket for the wheel is expensive."),
])
def test_fix51_other_backs_and_flats_are_left(model, source):
    assert mend(model, source) == model


@pytest.mark.parametrize("model, source, expected", [   # fix53 (measure52): worn tyres, brakes, shoes → «usés»
    ("Mes chaussures sont mouillées et les sols laissèrent l'eau.",
     "My shoes are worn and the soles let the water in.", "Mes chaussures sont usées et les sols laissèrent l'eau."),
    ("Les pneus sur mon vélo sont complètement veillés.", "The tyres on my bike are completely worn.",
     "Les pneus sur mon vélo sont complètement usés."),
    ("Les pneus ont l'air roulés.", "The tyres look worn.", "Les pneus ont l'air usés."),
    ("Tes freins sont portés et doivent être remplacés.", "Your buttons are worn and need to be replaced.",
     "Tes freins sont usés et doivent être remplacés."),   # "brakes" as glossary.py reads it
    ("…parce que les pneus avant sont trop mouillés et l'un des phares ne fonctionne pas.",
     "…because the front tyres are too worn and one of the headlights is not working.",
     "…parce que les pneus avant sont trop usés et l'un des phares ne fonctionne pas."),
])
def test_fix53_worn_tyres_brakes_and_shoes_are_uses(model, source, expected):
    assert mend(model, source) == expected


@pytest.mark.parametrize("model, source", [
    ("Il a porté le même manteau depuis des années.", "He has worn the same coat for years."),   # wear a coat
    ("Elle a porté ses chaussures rouges.", "She has worn her red shoes."),
    ("Ses bottes étaient si mouillées que ses pieds étaient mouillés.",    # «mouillés» may be the wet feet
     "His boots were so worn that his feet got wet."),
    ("Les chaussures sont mouillées.", "The shoes are wet."),
])
def test_fix53_a_worn_coat_and_wet_shoes_are_left(model, source):
    assert mend(model, source) == model


@pytest.mark.parametrize("model, source, expected", [   # fix53 (measure52): a machine's part → «la pièce»
    ("Je dois ordonner les parties de l'Allemagne.", "I have to order the parts from Germany.",
     "Je dois commander les pièces de l'Allemagne."),
    ("Nous avons commandé les parties d'un magasin en Italie.", "We ordered the parts from a shop in Italy.",
     "Nous avons commandé les pièces d'un magasin en Italie."),
    ("Le garage commandera la partie demain.", "The garage will order the part tomorrow.",
     "Le garage commandera la pièce demain."),
    ("Je dois commander une nouvelle partie de la machine à laver.",
     "I need to order a new part for the washing machine.",
     "Je dois commander une nouvelle pièce de la machine à laver."),
    ("Nous attendons une partie épargnée pour le lave-vaisselle.",
     "We are waiting for a spare part for the dishwasher.",
     "Nous attendons une pièce de rechange pour le lave-vaisselle."),
])
def test_fix53_a_machines_part_is_une_piece(model, source, expected):
    assert _with_scenes(model, source) == expected


@pytest.mark.parametrize("model, source", [
    ("Une partie de la maison est très vieille.", "Part of the house is very old."),       # a part of a whole
    ("Elle a joué une petite partie au film.", "She played a small part in the film."),   # a part played
    ("Une partie de la voiture est rouillée.", "Part of the car is rusty."),
    ("Le juge a ordonné une enquête.", "The judge ordered an inquiry."),                  # ordered, but no part
])
def test_fix53_a_part_of_a_whole_and_a_judges_order_are_left(model, source):
    assert _with_scenes(model, source) == model
