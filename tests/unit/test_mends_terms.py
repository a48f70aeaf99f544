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


@pytest.mark.parametrize("source, written, wanted", [   # left55 (s41): the default model's outputs, source as read
    ("An electricity cut stopped the elevator.", "Une réduction d'électricité a arrêté l'ascenseur.",
     "Une coupure de courant a arrêté l'ascenseur."),
    ("The electricity cut lasted three hours.", "La réduction de l'électricité dura trois heures.",
     "La coupure de courant dura trois heures."),
    ("We had an electricity cut.", "Nous avons eu un coup d'électricité.", "Nous avons eu une coupure de courant."),
    ("There was an electricity cut last night.", "Il y a eu une coupure d'électricité hier soir.",
     "Il y a eu une coupure d'électricité hier soir."),                                     # right: left
    ("Prices were cut.", "Une réduction d'électricité.", "Une réduction d'électricité."),   # no power cut
])
def test_left55_a_power_cut_is_a_coupure_de_courant(source, written, wanted):
    assert mend(written, source) == wanted


@pytest.mark.parametrize("source, written, wanted", [
    ("This bike is of occasion.", "Ce vélo est à l'occasion.", "Ce vélo est d'occasion."),
    ("The sofa is of occasion.", "Le canapé est à l'occasion.", "Le canapé est d'occasion."),
    ("All these books are of occasion.", "Tous ces livres sont occasionnels.", "Tous ces livres sont d'occasion."),
    ("We meet on occasion.", "Nous nous voyons à l'occasion.", "Nous nous voyons à l'occasion."),
])
def test_left55_a_second_hand_thing_is_d_occasion(source, written, wanted):
    assert mend(written, source) == wanted


@pytest.mark.parametrize("source, written, wanted", [
    ("The beer is flat.", "La bière est platée.", "La bière est éventée."),
    ("The champagne is flat.", "Le champagne est plat.", "Le champagne est éventé."),
    ("The soda was flat.", "Le soda était plat.", "Le soda était éventé."),
    ("The beer has gone flat.", "La bière est devenue plat.", "La bière s'est éventée."),
    ("My beer went flat because I left it open.", "Ma bière est allée platée car je l'ai laissé ouverte.",
     "Ma bière s'est éventée car je l'ai laissé ouverte."),
    ("The road is flat.", "La route est plate.", "La route est plate."),                    # no drink
])
def test_left55_a_flat_drink_is_evente(source, written, wanted):
    assert mend(written, source) == wanted


@pytest.mark.parametrize("source, written, wanted", [   # s41: French never says «jus de jus»
    ("I would like a juice.", "Je voudrais un jus de jus.", "Je voudrais un jus."),
    ("I would like a soda.", "Je voudrais un soda de jus.", "Je voudrais un soda."),   # "soda" read "juice"
    ("Two sodas, please.", "Deux sodas de jus, s'il vous plaît.", "Deux sodas, s'il vous plaît."),
    ("An apple juice, please.", "Un jus de pomme, s'il vous plaît.", "Un jus de pomme, s'il vous plaît."),
])
def test_a_juice_of_juice_is_a_juice(source, written, wanted):
    assert mend(written, source) == wanted
