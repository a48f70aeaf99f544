"""A tennis or basketball court said «court», «terrain» (mends/courts.py, senses49, session 39): "The tennis court is
closed today." had come out «La Cour de tennis est fermée aujourd'hui.», "We booked a tennis court for Sunday."
«…un tribunal de tennis…»."""
from __future__ import annotations

import pytest

from s2s_core.mends.courts import mend
from s2s_core.typography import french


@pytest.mark.parametrize("source, said, mended", [
    ("The tennis court is closed today.", "La Cour de tennis est fermée aujourd'hui.",
     "Le court de tennis est fermé aujourd'hui."),
    ("We booked a tennis court for Sunday.", "Nous avons réservé un tribunal de tennis pour dimanche.",
     "Nous avons réservé un court de tennis pour dimanche."),
    ("The hotel has two tennis courts and a pool.", "L'hôtel a deux tribunaux de tennis et une piscine.",
     "L'hôtel a deux courts de tennis et une piscine."),
    ("There is a basketball court next to the beach.", "Il y a une cour de basket-ball à côté de la plage.",
     "Il y a un terrain de basket-ball à côté de la plage."),
    ("We played tennis on the court behind the hotel.", "Nous avons joué au tennis au tribunal derrière l'hôtel.",
     "Nous avons joué au tennis sur le court derrière l'hôtel."),
    ("Can we rent rackets at the tennis court?", "Pouvons-nous louer des raquettes à la Cour de tennis ?",
     "Pouvons-nous louer des raquettes au court de tennis ?"),
    ("The tennis court is open until nine.", "La Cour de tennis est ouverte jusqu'à neuf heures.",
     "Le court de tennis est ouvert jusqu'à neuf heures."),
])
def test_a_sports_court_is_said_court_or_terrain(source, said, mended):
    assert mend(said, source) == mended


@pytest.mark.parametrize("source, said", [
    ("He has to appear in court next week.", "Il doit comparaître devant les tribunaux la semaine prochaine."),
    ("The tennis player was taken to court.", "Le joueur de tennis a été pris devant les tribunaux."),   # a law court
    ("The court will decide tomorrow.", "La cour décidera demain."),                    # no sport said
    ("We walked around the court of the castle.", "Nous avons marché autour de la cour du château."),
    ("During the tennis match on the court, it rained.", "Au cours du match de tennis, il a plu."),   # «au cours»
])
def test_other_french_is_left(source, said):
    assert mend(said, source) == said


def test_french_mends_the_court():
    assert french("La Cour de tennis est fermée aujourd'hui.", "The tennis court is closed today.") == \
        "Le court de tennis est fermé aujourd'hui."
