"""British spellings the default model misreads, read the American way (spelling.py)."""
from __future__ import annotations

import pytest

from s2s_core.fold import fold
from s2s_core.reading_notes import reading_notes
from s2s_core.spelling import AMERICAN, read_american


def everything(ch: str) -> bool:
    return True


@pytest.mark.parametrize("typed, read", [
    ("There's a payment I don't recognise.", "There's a payment I don't recognize."),   # "…que je ne recoge pas"
    ("I apologise for the delay.", "I apologize for the delay."),                      # "Je veux apologiser…"
    ("They realised how late it was.", "They realized how late it was."),             # "Ils se sont réalisés…"
    ("He wore a grey suit.", "He wore a gray suit."),                                  # "un costume vert"
    ("He spent a year in gaol.", "He spent a year in jail."),                          # "à gaol"
    ("The state subsidises farmers and legalised it.", "The state subsidizes farmers and legalized it."),
    ("Then paralysing fear came.", "Then paralyzing fear came."),                      # "en train de paralyser"
    ("Think about the ageing moustache.", "Think about the aging mustache."),
])
def test_a_british_spelling_the_model_misreads_is_read_the_american_way(typed, read):
    assert read_american(typed) == read
    assert fold(typed, everything).text == read


def test_the_typed_case_is_kept():
    assert read_american("Recognise him? APOLOGISE! Grey skies.") == "Recognize him? APOLOGIZE! Gray skies."
    assert read_american("the grey-haired man, a well-organised party") == "the gray-haired man, a well-organized party"


@pytest.mark.parametrize("name", [
    "Would you like some Earl Grey tea?", "He was born in Simcoe-Grey.", "The Grey Cup is on Sunday.",
    "Wilde was held in Reading Gaol.", "Grey County voted.", "He called the Organised Crime Unit.",
    "the UN's Plan of Action on Ageing",
])
def test_a_name_or_title_stays_as_typed(name):
    assert read_american(name) == name
    assert fold(name, everything).reworded == ()


@pytest.mark.parametrize("about_names_or_spelling", [
    "Mrs. Grey called.", "Dr. Grey is on call.", 'Is it spelt "realise" or "realize"?',
    'The word "recognise" is British.',
])
def test_a_name_after_a_title_or_a_spelling_talked_about_stays(about_names_or_spelling):
    """"Mrs. Grey" had been read "Mrs. Gray" (the title's full stop taken for a sentence's end), and a spelling
    asked about had been changed into the other one ("Is it spelt "realize" or "realize"?")."""
    assert read_american(about_names_or_spelling) == about_names_or_spelling


@pytest.mark.parametrize("kept", [
    "The Labour Party won.", "Child labour is a problem.", "The city centre and the sports centres.",
    "I love the colour.", "Her favourite theatre.", "Our defence and their offence.", "The catalogue.",
    "It's a metre away.", "She specialised in law.", "I sympathise with you.", "He is minimising it.",
    "Use your own judgement.", "Have you analysed the report yet?", "Fear can paralyse you.",
])
def test_a_british_spelling_the_model_reads_as_well_or_better_stays(kept):
    """Measured: "labour" → "main-d'œuvre" but "labor" stays "labor", "centres" → "centres" but "centers" →
    "cents", "She specialised in…" → "s'est spécialisée" but "specialized" → "a spécialisé"; "Have you analysed the
    report yet?" → "Avez-vous déjà analysé le rapport ?" but "analyzed" → "As-tu déjà assoupi le rapport ?"."""
    assert read_american(kept) == kept


def test_the_note_says_so_and_only_when_a_spelling_was_read():
    f = fold("I don't recognise him.", everything)
    assert f.reworded == ("British spelling the American way",)
    assert reading_notes(f, "") == ["The model read: «I don't recognize him.» (British spelling the American way): "
                                    "the heatmap shows that reading."]
    assert reading_notes(fold("I don't recognize him.", everything), "") == []
    assert fold("I love the colour of the theatre.", everything).reworded == ()


def test_each_american_form_is_the_british_one_with_z_or_a_listed_word():
    for british, american in AMERICAN.items():
        assert british != american and (len(british) == len(american) or british in ("ageing",
                                                                                       "anaemia", "moustache"))
