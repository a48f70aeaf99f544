"""A word the model wrote twice in a row, written once (doubled.py)."""
import pytest

from s2s_core.doubled import mend
from s2s_core.mends import mend as mend_all


@pytest.mark.parametrize("french, english, mended", [
    ("Tout le monde est resté debout debout.", "Everyone remained standing.", "Tout le monde est resté debout."),
    ("Quatre euro euro, s'il vous plaît.", "Four euros, please.", "Quatre euro, s'il vous plaît."),
    ("Il rota fort fort à la table.", "He burped loudly at the table.", "Il rota fort à la table."),
    ("le président Enrique Pena Pena Nieto", "President Enrique Pena Nieto", "le président Enrique Pena Nieto"),
])
def test_a_word_said_twice_is_written_once(french, english, mended):
    assert mend(french, english) == mended


@pytest.mark.parametrize("french, english", [
    ("Nous nous levons tôt.", "We get up early."),                   # a reflexive after its subject
    ("Vous vous trompez.", "You are wrong."),
    ("Fais-le faire faire.", "Get it done."),                        # a causative
    ("Il est très très grand.", "He is very very tall."),
    ("Avec la bande Tap Tap, nous chantons.", "With the band Tap Tap, we sing."),   # twice in the English too
    ("Il a vu le le", "He saw the"),                                 # two letters: left
])
def test_what_french_says_twice_on_purpose_is_kept(french, english):
    assert mend(french, english) == french


def test_the_mends_run_it_first():
    assert mend_all("Tout le monde est resté debout debout.", "Everyone remained standing.") == \
        "Tout le monde est resté debout."
