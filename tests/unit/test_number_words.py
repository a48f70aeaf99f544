"""Years and numbers of hundreds and thousands said in words, read in digits (number_words.py)."""
from __future__ import annotations

import pytest

from s2s_core.number_words import read


@pytest.mark.parametrize("said, read_so", [
    ("I was born in nineteen eighty-five.", "I was born in 1985."),        # «en dix-sept ans»
    ("It happened in twenty nineteen.", "It happened in 2019."),           # «en vingt ans»
    ("We moved in twenty twenty-one.", "We moved in 2021."),
    ("the summer of nineteen sixty-nine", "the summer of 1969"),
    ("built in nineteen oh five", "built in 1905"),
    ("since eighteen hundred", "since 1800"),
    ("He sold his car for two thousand five hundred euros.", "He sold his car for 2,500 euros."),  # «deux mille cents»
    ("About three hundred and twenty people came.", "About 320 people came."),   # «trois cents et vingt»
    ("There are about a hundred and fifty people here.", "There are about 150 people here."),
    ("It costs one thousand, two hundred and fifty euros.", "It costs 1,250 euros."),
    ("in two thousand and five", "in 2005"),                                 # a year
    ("It has five hundred fifty-five pages.", "It has 555 pages."),
])
def test_a_year_or_a_number_in_several_parts_is_read_in_digits(said, read_so):
    assert read(said) == read_so


@pytest.mark.parametrize("said", [
    "two hundred people", "a thousand thanks", "two hundred million euros", "hundreds of people",
    "in twenty minutes", "until eleven thirty", "by twenty past six", "from nineteen to twenty",
    "in the twenty-first century", "nineteen ninety-eight",           # a year with nothing that dates it
    "One hundred and fifty people entered the race.",                 # opening a sentence: «Cent cinquante…»
    "Yes. Two hundred and five came.",
])
def test_a_round_number_a_time_or_a_number_that_opens_a_sentence_stays_in_words(said):
    assert read(said) == said
