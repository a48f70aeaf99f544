"""mends/collocations.py (colloc60, s41): an everyday English collocation the model wrote word for word in French is
mended to the French set phrase, only where the source says the collocation (the written French is the default
model's output for the source)."""
from __future__ import annotations

import pytest

from s2s_core.mends import mend as all_steps
from s2s_core.mends.collocations import mend


@pytest.mark.parametrize("source, written, wanted", [
    ("Blow out the candles and make a wish.", "Sortez les bougies et faites un souhait.",
     "Sortez les bougies et faites un vœu."),
    ("Did you make a wish?", "As-tu fait un souhait ?", "As-tu fait un vœu ?"),
    ("She makes a wish every birthday.", "Elle fait un souhait à chaque anniversaire.",
     "Elle fait un vœu à chaque anniversaire."),
    ("The kitchen caught fire last night.", "La cuisine a attrapé le feu la nuit dernière.",
     "La cuisine a pris feu la nuit dernière."),
    ("Be careful, the pan could catch fire.", "Fais attention, la poêle pourrait attraper le feu.",
     "Fais attention, la poêle pourrait prendre feu."),
    ("Dry grass catches fire easily.", "L'herbe attrape facilement le feu.", "L'herbe prend facilement feu."),
    ("The curtains caught fire because of a candle.", "Les rideaux prirent le feu à cause d'une bougie.",
     "Les rideaux prirent feu à cause d'une bougie."),
    ("She likes bright colours.", "Elle aime les couleurs brillantes.", "Elle aime les couleurs vives."),
    ("Children love bright colors.", "Les enfants aiment les couleurs brillantes.",
     "Les enfants aiment les couleurs vives."),
    ("It was just bad luck.", "Ce n'était qu'une mauvaise chance.", "Ce n'était que de la malchance."),
    ("What bad luck!", "Quelle mauvaise chance !", "Quelle malchance !"),
    ("We had bad luck with the weather.", "Nous avons eu de mauvaises chances avec le temps.",
     "Nous avons eu de la malchance avec le temps."),
    ("I'd like my steak rare.", "J'aimerais mon steak rare.", "J'aimerais mon steak saignant."),
    ("I prefer my meat rare.", "Je préfère ma viande rare.", "Je préfère ma viande saignante."),
    ("A rare steak for me, please.", "Un steak rare pour moi, s'il vous plaît.",
     "Un steak saignant pour moi, s'il vous plaît."),
    ("Fast food is bad for your health.", "La nourriture douce est mauvaise pour la santé.",
     "Le fast-food est mauvais pour la santé."),
    ("We ate fast food for lunch.", "Nous avons mangé de la nourriture rapide pour le déjeuner.",
     "Nous avons mangé du fast-food pour le déjeuner."),
    ("There is a fast food restaurant near the station.",
     "Il y a un restaurant de nourriture rapide près de la gare.",
     "Il y a un restaurant de fast-food près de la gare."),
    ("My son has a runny nose.", "Mon fils a un nez crevé.", "Mon fils a le nez qui coule."),
    ("I have a runny nose and a cough.", "J'ai un nez coïncieux et une toux.", "J'ai le nez qui coule et une toux."),
    ("The trains are full at rush hour.", "Les trains sont pleins à l'heure en précipitation.",
     "Les trains sont pleins aux heures de pointe."),
    ("I hate driving in rush hour.", "Je déteste conduire dans une heure de précipitation.",
     "Je déteste conduire aux heures de pointe."),
    ("The roads are busy during rush hour.", "Les routes sont occupées pendant une heure de précipitation.",
     "Les routes sont occupées aux heures de pointe."),
    # widened after the fresh sentences (s41) were counted
    ("Make a wish before you open your present.", "Faites un souhait avant d'ouvrir votre cadeau.",
     "Faites un vœu avant d'ouvrir votre cadeau."),
    ("Paper catches fire very quickly.", "Le papier attrape très rapidement le feu.",
     "Le papier prend très rapidement feu."),
    ("My kids eat too much fast food.", "Mes enfants mangent trop de nourritures rapides.",
     "Mes enfants mangent trop de fast-food."),
    ("The bus takes an hour at rush hour.", "Le bus prend une heure à la précipitation.",
     "Le bus prend une heure aux heures de pointe."),
    ("We left early to avoid the rush hour.", "Nous sommes partis tôt pour éviter l'heure de précipitation.",
     "Nous sommes partis tôt pour éviter l'heure de pointe."),
])
def test_a_collocation_is_written_as_french_says_it(source, written, wanted):
    assert mend(written, source) == wanted


@pytest.mark.parametrize("source, written", [   # the source does not say the collocation: the French is kept
    ("I wish you a happy birthday.", "Je te fais un souhait d'anniversaire."),
    ("He caught the ball near the fire.", "Il a attrapé le ballon près du feu."),
    ("The lights are very bright.", "Les couleurs brillantes des lumières."),
    ("Good luck with your exam!", "Bonne chance pour ton examen !"),
    ("This is a rare bird.", "C'est un oiseau rare."),
    ("It is rare to see him eat meat.", "Il est rare de le voir manger de la viande."),
    ("I'm in a rush.", "Je suis en précipitation."),
    ("My nose is broken.", "J'ai un nez cassé."),
])
def test_what_the_source_does_not_say_is_left(source, written):
    assert mend(written, source) == written


def test_the_mend_is_a_step_of_mends():
    written, source = "Elle aime les couleurs brillantes.", "She likes bright colours."
    assert all_steps(written, source) == "Elle aime les couleurs vives."


def test_fast_food_is_masculine_in_a_question_too():
    assert mend("La nourriture rapide cause-t-elle une épidémie ?", "Is fast food causing an epidemic?") == \
        "Le fast-food cause-t-il une épidémie ?"
