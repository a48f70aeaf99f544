"""Forms of "s'asseoir" written as French conjugates them (demo32, s32): "my back hurts when I sit at my desk" had
come out "…quand je m'asseye…", "He will sit next to me." "Il s'asseoira…"."""
from s2s_core.conjugation import mend
from s2s_core.typography import french


def test_the_subjunctive_after_no_que_is_the_present():
    assert mend("mon dos me fait mal quand je m'asseye trop longtemps") == \
        "mon dos me fait mal quand je m'assieds trop longtemps"
    assert mend("Quand je m'asseye, mon genou fait mal.") == "Quand je m'assieds, mon genou fait mal."
    assert mend("Je m’asseye ici.") == "Je m’assieds ici."
    assert mend("Tu t'asseyes toujours là.") == "Tu t'assieds toujours là."


def test_a_subjunctive_after_que_is_left():
    assert mend("Il faut que je m'asseye.") == "Il faut que je m'asseye."
    assert mend("Ils veulent que tu t'asseyes.") == "Ils veulent que tu t'asseyes."


def test_the_future_is_spelt_as_french_does():
    assert mend("Il s'asseoira à côté de moi.") == "Il s'assiéra à côté de moi."
    assert mend("Nous nous asseoirons dehors.") == "Nous nous assiérons dehors."
    assert mend("Je m'asseoirais volontiers.") == "Je m'assiérais volontiers."
    assert mend("Elle va s'asseoir.") == "Elle va s'asseoir."          # the infinitive is French


def test_the_mend_is_made_on_the_translation():
    assert french("Quand je m'asseye, mon genou fait mal.", "When I sit down, my knee hurts.") == \
        "Quand je m'assieds, mon genou fait mal."


def test_laugh_conjugated_with_an_s_no_form_has_is_mended():
    """measure38 (s35): "…we still laugh together every day…" came out "…et nous risons tous les jours…"."""
    assert mend("Nous sommes mariés et nous risons tous les jours.") == \
        "Nous sommes mariés et nous rions tous les jours."
    assert mend("Vous risez trop.") == "Vous riez trop."
    assert mend("Ils risquent tout, nous risquons.") == "Ils risquent tout, nous risquons."   # "risquer" left
