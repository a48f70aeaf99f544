"""mends/terms.py: a French term the model wrote word for word or in another sense. words47 (s39): a commute left in
English and taken as feminine («Ma commute prend une heure.») is «Mon trajet»; a soft cheese «douce» or «canapé» is
«à pâte molle»."""
from __future__ import annotations

import pytest

from s2s_core.mends.terms import mend


@pytest.mark.parametrize("source, written, wanted", [   # outputs of the default model
    ("My commute takes an hour.", "Ma commute prend une heure.", "Mon trajet prend une heure."),
    ("The commute was awful this morning.", "La commute était horrible ce matin.",
     "Le trajet était horrible ce matin."),
    ("I have a long commute.", "J'ai une longue commute.", "J'ai un long trajet."),
    ("Her daily commute takes an hour.", "Sa commute quotidienne prend une heure.",
     "Son trajet quotidien prend une heure."),
    ("I commute every day.", "Je commute chaque jour.", "Je commute chaque jour."),   # the verb: not a noun
    ("The commute was long.", "La navette était longue.", "La navette était longue."),  # no «commute»: left
])
def test_a_commute_is_a_trajet(source, written, wanted):
    assert mend(written, source) == wanted


@pytest.mark.parametrize("source, written, wanted", [   # outputs of the default model
    ("I love soft cheese.", "J'adore le fromage douce.", "J'adore le fromage à pâte molle."),
    ("Do you like soft cheese?", "Aimes-tu le fromage canapé ?", "Aimes-tu le fromage à pâte molle ?"),
    ("Brie is a soft cheese.", "Le brie est un fromage douce.", "Le brie est un fromage à pâte molle."),
    ("The pillow is soft.", "L'oreiller est doux.", "L'oreiller est doux."),                   # no cheese
    ("This cheese is mild and the bread is soft.", "Ce fromage doux et le pain est doux.",
     "Ce fromage doux et le pain est doux."),                                                # no "soft cheese"
])
def test_a_soft_cheese_is_a_pate_molle(source, written, wanted):
    assert mend(written, source) == wanted


@pytest.mark.parametrize("source, written, wanted", [   # outputs of the default model, the source as it read it
    ("The teacher read the poem in a high voice to the class.",
     "L'instituteur a lu le poème en haute voix à la classe.", "L'instituteur a lu le poème à haute voix à la classe."),
    ("Can you read it in a high voice for me?", "Peux-tu le lire dans une voix haute pour moi ?",
     "Peux-tu le lire à haute voix pour moi ?"),
    ("Please read the letter in a high voice.", "Veuillez lire la lettre d'une voix haute.",
     "Veuillez lire la lettre à haute voix."),
    ("Tom read the letter in a high voice.", "Tom a lu la lettre en une voix haute.",
     "Tom a lu la lettre à haute voix."),
    ("She sang in a low voice.", "Elle chantait d'une voix basse.", "Elle chantait d'une voix basse."),   # not read
])
def test_reading_aloud_is_a_haute_voix(source, written, wanted):
    assert mend(written, source) == wanted
