"""The seam between two clauses of a long sentence, read in the form the model joins right (joins.py)."""
from __future__ import annotations

import pytest

from s2s_core.fold import fold
from s2s_core.joins import read_joins


@pytest.mark.parametrize("text, read", [
    # a time that opens the second clause gets its comma ("…et la soirée qu'ils sont…" had come out)
    ("They build sandcastles all day, and in the evening they are too tired to eat.",
     "They build sandcastles all day, and in the evening, they are too tired to eat."),
    ("We visited old churches, and in the evening we had dinner by the sea.",
     "We visited old churches, and in the evening, we had dinner by the sea."),
    ("It was grey all day, but in the evening the sky cleared.",
     "It was grey all day, but in the evening, the sky cleared."),
    # "so" + a subject + a past verb: "therefore" ("…minuit, nous sommes allés…" had come out, "so" lost)
    ("It was already midnight, so we went straight to bed.",
     "It was already midnight, therefore we went straight to bed."),
    ("Our train was late, so we missed the last bus.", "Our train was late, therefore we missed the last bus."),
    ("It would be full, so I booked a table.", "It would be full, therefore I booked a table."),
])
def test_a_seam_is_read_in_the_form_the_model_joins(text, read):
    assert read_joins(text) == read


@pytest.mark.parametrize("text", [
    "They play all day, and in the evening, they sleep.",           # the comma is there
    "We rested all day, and in the evening.",                       # the time ends the clause
    "I work in the morning and I rest in the afternoon.",           # no time opening a clause after ", and"
    "She works at night, so during the day I cook.",                # after ", so": both lost with a comma
    "He was tired, so that we went home early.",                    # "so that"
    "It was so cold that we went home.",                             # "so … that"
    "She said so, so we stay at home.",                             # a present: not read
    "I will call you tomorrow, so we can talk about it.",           # a modal, not a past
    "I cannot finish by Friday, so could we move the deadline?",     # a question: read apart, one came out «tu»
])
def test_other_seams_are_left(text):
    assert read_joins(text) == text


def test_fold_reads_the_seam_and_says_so():
    folded = fold("It was already midnight, so we went straight to bed.", lambda c: True)
    assert folded.text == "It was already midnight, therefore we went straight to bed."
    assert "the link between two clauses in the form the model reads" in folded.reworded
