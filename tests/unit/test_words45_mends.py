"""A messy room's «gâchie» or «fou», said «en désordre» (mends/terms.py, words45, session 38): "The kitchen was messy
after the party." had come out «La cuisine était gâchie après la fête.», "His desk is always messy." «Son bureau est
toujours fou.»."""
from __future__ import annotations

import pytest

from s2s_core.mends.terms import mend


@pytest.mark.parametrize("source, said, mended", [
    ("The kitchen was messy after the party.", "La cuisine était gâchie après la fête.",
     "La cuisine était en désordre après la fête."),
    ("The children's bedroom is very messy.", "La chambre des enfants est très gâchie.",
     "La chambre des enfants est très en désordre."),
    ("His desk is always messy.", "Son bureau est toujours fou.", "Son bureau est toujours en désordre."),
    ("The drawer is messy.", "Le tiroir est gâchis.", "Le tiroir est en désordre."),
    ("My hair is messy this morning.", "Mes cheveux sont gâchis ce matin.", "Mes cheveux sont en désordre ce matin."),
])
def test_a_messy_place_is_said_en_desordre(source, said, mended):
    assert mend(said, source) == mended


@pytest.mark.parametrize("source, said", [
    ("He is mad.", "Il est fou."),                                                   # no "messy" in the source
    ("My crazy uncle's flat is messy.", "L'appartement de mon oncle fou est fou."),   # a "crazy" said
    ("It is a waste.", "C'est un gâchis."),                                          # a waste, no "messy"
    ("What a messy waste of food!", "Quel gâchis de nourriture !"),                  # not after «est»
])
def test_other_french_is_left(source, said):
    assert mend(said, source) == said
