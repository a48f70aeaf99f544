"""A damp room's «humid», English the model left in its French (mends/terms.py, words44, session 38): "The basement
is damp." had come out «Le sous-sol est humid.»."""
from __future__ import annotations

import pytest

from s2s_core.mends.terms import mend


@pytest.mark.parametrize("source, said, mended", [
    ("The basement is damp.", "Le sous-sol est humid.", "Le sous-sol est humide."),
    ("The basement was damp and dark.", "Le sous-sol était humid et sombre.", "Le sous-sol était humide et sombre."),
    ("Our flat is very damp in winter.", "Notre appartement est très dampe en hiver.",
     "Notre appartement est très humide en hiver."),
    ("The walls are damp.", "Les murs sont dampes.", "Les murs sont humides."),
])
def test_a_damp_room_is_said_humide(source, said, mended):
    assert mend(said, source) == mended


@pytest.mark.parametrize("source, said", [
    ("The towels are still damp.", "Les serviettes sont encore humides."),      # right as the model wrote it
    ("Ask Mr Dampe.", "Demandez à M. Dampe."),                                   # a name, the source not "damp"
])
def test_french_already_right_is_left(source, said):
    assert mend(said, source) == said
