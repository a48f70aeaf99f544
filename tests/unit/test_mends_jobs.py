"""mends/jobs.py: a woman who is a student is «étudiante» (left55, s41: "She was an exchange student in Canada."
read "a student in exchange" came out «C'était un étudiant en échange au Canada.»)."""
from __future__ import annotations

import pytest

from s2s_core.mends import STEPS
from s2s_core.mends.jobs import mend_her_studies


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
