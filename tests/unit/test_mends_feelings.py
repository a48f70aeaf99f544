"""A person who is cold written as a cold thing or the weather (mends/feelings.py, long46, s39): «elle était très
froide», «J'ai été très froid», «Le bébé faisait froid» → «…avait très froid»; a cold thing, the weather and a cold
manner stay."""
from __future__ import annotations

import pytest

from s2s_core.mends.feelings import mend
from s2s_core.typography import french


@pytest.mark.parametrize("source, model_wrote, mended", [
    ("My daughter lost her scarf, and she was very cold on the way home.",
     "Ma fille a perdu son écharpe, et elle était très froide sur le chemin du retour.",
     "Ma fille a perdu son écharpe, et elle avait très froid sur le chemin du retour."),
    ("The old woman at the station was very cold, so I gave her my coat.",
     "La vieille femme à la gare a été très froide, alors je lui ai donné mon manteau.",
     "La vieille femme à la gare avait très froid, alors je lui ai donné mon manteau."),
    ("I was very cold during the match because I forgot my gloves.",
     "J'ai été très froid pendant le match parce que j'ai oublié mes gants.",
     "J'avais très froid pendant le match parce que j'ai oublié mes gants."),
    ("The baby was cold in the car.", "Le bébé faisait froid dans la voiture.", "Le bébé avait froid dans la voiture."),
    ("My son lost his hat and was very cold all afternoon.",
     "Mon fils a perdu son chapeau et faisait très froid tout l'après-midi.",
     "Mon fils a perdu son chapeau et avait très froid tout l'après-midi."),
    ("We are cold.", "Nous sommes froids.", "Nous avons froid."),
])
def test_a_person_who_is_cold_has_cold(source, model_wrote, mended):
    assert mend(model_wrote, source) == mended


@pytest.mark.parametrize("source, french", [
    ("The soup was cold.", "La soupe était froide."),                         # a cold thing
    ("It was very cold yesterday.", "Il faisait très froid hier."),           # the weather
    ("She was cold to me at the party.", "Elle était froide avec moi à la fête."),    # a cold manner
    ("The room was small and was very cold.", "La pièce était petite et était très froide."),  # no person before
    ("I was cold, and the soup was cold too.", "J'étais froid, et la soupe était froide aussi."),  # two "cold"
])
def test_other_colds_stay(source, french):
    assert mend(french, source) == french


def test_tidy_mends_a_cold_person():
    assert "avait très froid" in french("Elle était très froide.", "She was very cold.")
