"""left55 (s41): French the default model wrote, mended: a woman who is a student («C'était un étudiant…» → «Elle
était étudiante…», mends/jobs.py), an age said with «était» («…qu'elle était cinq ans» → «…avait…», typography.py)
and a name written a letter short («dit Ryes» → «dit Reyes», name_forms.py)."""
from __future__ import annotations

import pytest

from s2s_core.mends import STEPS
from s2s_core.mends.jobs import mend_her_studies
from s2s_core.name_forms import misspelt
from s2s_core.typography import french


@pytest.mark.parametrize("source, written, wanted", [   # the source as the model read it
    ("She was a student in exchange in Canada.", "C'était un étudiant en échange au Canada.",
     "Elle était étudiante en échange au Canada."),
    ("She was a student in Canada.", "C'était un étudiant au Canada.", "Elle était étudiante au Canada."),
    ("She is a student.", "C'est un étudiant.", "Elle est étudiante."),
    ("She is a student who studies very hard.", "C'est un étudiant qui étudie très dur.",
     "C'est une étudiante qui étudie très dur."),
    ("He is a student.", "C'est un étudiant.", "C'est un étudiant."),                      # a man: left
    ("She was a good student.", "C'était un bon étudiant.", "C'était un bon étudiant."),   # not the bare noun
])
def test_a_woman_who_is_a_student_is_etudiante(source, written, wanted):
    assert mend_her_studies(written, source) == wanted


def test_her_studies_is_a_step():
    assert mend_her_studies in STEPS


@pytest.mark.parametrize("source, written, wanted", [
    ("She has lived here since she was five.", "Elle a vécu ici depuis qu'elle était cinq ans.",
     "Elle a vécu ici depuis qu'elle avait cinq ans."),
    ("She moved to France when she was ten.", "Elle a déménagé en France quand elle était dix ans.",
     "Elle a déménagé en France quand elle avait dix ans."),
    ("He started school when he was 6.", "Il a commencé l'école quand il était 6 ans.",
     "Il a commencé l'école quand il avait 6 ans."),
    ("We met when we were twenty.", "Nous nous sommes rencontrés quand nous étions vingt ans.",
     "Nous nous sommes rencontrés quand nous avions vingt ans."),
    ("He was ten minutes late.", "Il était dix ans en retard.", "Il était dix ans en retard."),   # no age said
])
def test_an_age_one_was_is_said_with_avoir(source, written, wanted):
    assert french(written, source) == wanted


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
