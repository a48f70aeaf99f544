"""names33 (s32): a doctor the source names keeps the title the model dropped for "M." ("Have you met Dr. Martin?"
→ "As-tu rencontré M. Martin ?")."""
import pytest

from s2s_core.name_forms import doctor_kept


@pytest.mark.parametrize("text,source,mended", [
    ("As-tu rencontré M. Martin ?", "Have you met Dr. Martin?", "As-tu rencontré le Dr Martin ?"),
    ("As-tu appelé M. Martin ?", "Did you call Dr Martin?", "As-tu appelé le Dr Martin ?"),
    ("M. Martin est là.", "Dr. Martin is here.", "Le Dr Martin est là."),
    ("Parle à M. Martin.", "Talk to Dr. Martin.", "Parle au Dr Martin."),
    ("Le bureau de M. Martin.", "Dr. Martin's office.", "Le bureau du Dr Martin."),
])
def test_a_doctor_keeps_the_title(text, source, mended):
    assert doctor_kept(text, source) == mended


@pytest.mark.parametrize("text,source", [
    ("As-tu vu M. Martin ?", "Have you seen Mr. Martin? Dr. Martin?"),       # a Mr. Martin too
    ("As-tu vu M. Brown ?", "Have you met Dr. Martin and Mr. Brown?"),
    ("As-tu rencontré le Dr Martin ?", "Have you met Dr. Martin?"),
])
def test_a_mister_is_kept(text, source):
    assert doctor_kept(text, source) == text
