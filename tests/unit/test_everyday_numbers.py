"""Numbers in everyday sentences (session 29): temperatures said "minus twenty-five", sizes, floors, grades."""
from __future__ import annotations

from s2s_core.quantities import read


def _read(text: str) -> tuple[str, tuple]:
    text, negatives, _ = read(text, lambda s: False)
    return text, negatives


def test_minus_before_a_compound_number_word_is_read_as_the_sign():
    # "It was minus twenty-five last night." had come out "C'était minuscule 25 ans la nuit dernière."
    assert _read("It was minus twenty-five last night.") == ("It was 25 degrees last night.", (("25", 0),))
    assert _read("It is minus thirty-two degrees.") == ("It is 32 degrees.", (("32", 0),))


def test_minus_said_of_the_weather_with_it_is_a_temperature():
    assert _read("It was minus 25 last night.") == ("It was 25 degrees last night.", (("25", 0),))
    assert _read("It'll drop to minus 10 tonight.") == ("It'll drop to 10 degrees tonight.", (("10", 0),))
    assert _read("It is 10 minus 5.")[1] == ()                               # a sum
    assert _read("Ten minus three is seven.")[1] == ()
