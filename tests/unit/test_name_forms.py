"""name_forms.misspelt: a name of the source the model wrote a letter short is written as typed (left55, s41: a news
line's "…said Reyes." came out «…dit Ryes.»)."""
from __future__ import annotations

import pytest

from s2s_core.name_forms import misspelt


@pytest.mark.parametrize("source, written, wanted", [
    ("We finished fourth, said Reyes.", "Nous avons terminé quatrièmes, dit Ryes.",
     "Nous avons terminé quatrièmes, dit Reyes."),
    ("It was a long game, said Reyes.", "Ça a été un long jeu, dit Ryes.", "Ça a été un long jeu, dit Reyes."),
    ("He talks with Maria every day.", "Il parle avec Mria chaque jour.", "Il parle avec Maria chaque jour."),
    ("He talks with Maria.", "Il parle avec Marie.", "Il parle avec Marie."),     # not a letter short: left
    ("I live in Paris with Pablo.", "Je vis à Paris avec Pablo.", "Je vis à Paris avec Pablo."),
])
def test_a_name_written_a_letter_short_is_written_as_the_source_has_it(source, written, wanted):
    assert misspelt(written, source) == wanted
