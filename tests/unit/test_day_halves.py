"""A bare hour read with the half of the day its sentence gives it: "Dinner is at 7." had come out "Le dîner est à 7
heures." where a French reader expects "19 heures"; "at 2 in the afternoon" "à 14 heures l'après-midi"."""
from __future__ import annotations

from pathlib import Path

import pytest

from s2s_core.day_halves import read_day_halves
from s2s_core.fold import fold

READ = [   # (typed, read)
    ("Dinner is at 7.", "Dinner is at 7 pm."),
    ("Dinner's at 7:30.", "Dinner's at 7:30 pm."),
    ("We eat dinner around 7.", "We eat dinner around 7 pm."),
    ("Supper is at 6 o'clock.", "Supper is at 6 pm."),
    ("The kids go to bed at 8.", "The kids go to bed at 8 pm."),
    ("The party starts at 9.", "The party starts at 9 pm."),
    ("Dinner is served from 7 to 10.", "Dinner is served from 7 pm to 10 pm."),
    ("Dinner is served from 7 to 10 pm.", "Dinner is served from 7 pm to 10 pm."),
    ("Drinks at 7, dinner at 8.", "Drinks at 7 pm, dinner at 8 pm."),
    ("We arrived at 2 in the afternoon.", "We arrived at 2 pm."),
    ("The plane lands at 6:20 in the evening.", "The plane lands at 6:20 pm."),
    ("It's 7 in the evening.", "It's 7 pm."),
    ("It's seven in the evening.", "It's 7 pm."),
    ("He came at 3 o'clock in the afternoon.", "He came at 3 pm."),
    ("The shop is open from 9 to 5 in the afternoon.", "The shop is open from 9 to 5 pm."),   # a second hour
    ("We're in between two and four in the afternoon.", "We're in between two and 4 pm."),
    ("The meeting is from 2 to 4 in the afternoon.", "The meeting is from 2 to 4 pm."),
    ("The night shift starts at 10.", "The night shift starts at 10 pm."),
    ("The party at 10 Downing Street was at 7.", "The party at 10 Downing Street was at 7 pm."),
    ("Bed at 10, up at 6.", "Bed at 10 pm, up at 6."),
    # an hour before "last night", "yesterday evening", "tomorrow night" ("à 9 heures la nuit dernière" had come out)
    ("Emma called me at 9 last night.", "Emma called me at 9 pm last night."),
    ("We met at 8 yesterday evening.", "We met at 8 pm yesterday evening."),
    ("The concert starts at 8 tomorrow night.", "The concert starts at 8 pm tomorrow night."),
    ("I saw him at 9 last night at the bar.", "I saw him at 9 pm last night at the bar."),
]
LEFT = [   # no half of the day said, or one said already, or not an hour
    "The meeting is at 3.", "The movie starts at 9.", "I'll be there at 7.",      # nothing says evening
    "Breakfast is at 8 and dinner is at 7.",                                      # morning too: which is which?
    "Dinner is at 7 pm.", "Dinner will be at 7:30 tonight.", "The party starts at 9 tonight.",
    "He came home at 3 in the morning.", "The train leaves at 7 in the morning.",
    "The bus leaves at 10 at night.", "I went to bed at 2.", "The party ends at 1.",   # the night's small hours
    "Lunch is at 12.", "Dinner at 12.",                                           # noon or midnight
    "Dinner for 4 at 8, please.", "I'd like a table for 6 at 7 for dinner.",      # a number of people beside it
    "Let's have dinner at 7 or 8.", "Dinner's around 7.",
    "The evening meal is served between 9 and 12.",                               # a range that ends at midnight
    "At the dinner, 5 to 40 years of service were honoured.", "Dinner at 8.30 euros.",
    "The dinner raised 7% more.", "We talked for 3 hours after dinner.",
    "The vote is at 6.30 p.m. tonight.", "She had gone to bed when I called her at 11 p.m.",
    "It was 9 in the afternoon.",                                                 # no afternoon hour
    "Take two tablets in the morning and four in the evening.",                   # a number of tablets, not an hour
    "We sell ten in the morning and six in the evening.",
    # a score, a day's opening hours, a measure, an address (each had been read "pm")
    "They won 7 to 5 in the evening.", "We won 7-5 in the evening game.",
    "At night the wind blows at 9 knots.",
    "In the evening the temperature is about 9 degrees.", "The evening temperature was around 8.",
    "Dinner costs about 9.", "Drinks were priced at 5.", "In the evening, prices go up from 5 to 7.",
    "She was at 8 parties last year.", "The party is at 9 Baker Street.",
    # a night that runs through ends in the morning; a bed left or slept in until an hour is the morning
    "The night shift ends at 7.", "The night train arrives at 7.", "He works nights and gets home at 7.",
    "He works the night shift and comes home at 9.", "After the night shift I sleep until 11.",
    "We partied all night and got home at 7.", "The party went on all night and ended at 8.",
    "I got out of bed at 7.", "He stayed in bed until 10.", "I made the bed at 8.",
    "After the party I slept until 10.", "After dinner I slept until 9.",
    # beside a sleep or a bed, an hour before "last night" is left as typed; so is one outside the evening
    "I went to bed at 10 last night.", "Last night I went to sleep at 11.", "I fell asleep at 11 last night.",
    "The fire started at 3 last night.", "The meeting is at 9 tomorrow morning.",
]


@pytest.mark.parametrize("typed,read", READ)
def test_an_hour_is_read_with_its_half_of_the_day(typed, read):
    assert read_day_halves(typed) == read


@pytest.mark.parametrize("typed", LEFT)
def test_an_hour_whose_half_is_not_said_is_left_alone(typed):
    assert read_day_halves(typed) == typed


def test_the_model_reads_the_hour_on_the_24_hour_clock():
    """fold.py reads the halves before the quantities, which put the hour on the 24-hour clock and name it."""
    f = fold("Dinner is at 7.", lambda c: True)
    assert f.text == "Dinner is at 19:00." and "times on the 24-hour clock" in f.reworded
    assert fold("We arrived at 2 in the afternoon.", lambda c: True).text == "We arrived at 14:00."
    assert fold("The meeting is at 3.", lambda c: True).text == "The meeting is at 3."


def test_no_module_uses_regex_syntax_newer_than_python_3_9():
    """An atomic group ``(?>…)`` only compiles from Python 3.11: day_halves.py had one, and importing fold.py failed
    on 3.9 and 3.10 ("re.error: unknown extension ?>"); nothing pins the Python version."""
    core = Path(__file__).resolve().parents[2] / "s2s_core"
    assert [p.name for p in sorted(core.rglob("*.py")) if "(?>" in p.read_text(encoding="utf-8")] == []


# --- session 30 (numbers30): a day's opening hours, the closing hour smaller than the opening one ---
OPENING_HOURS = [   # (typed, read): "The shop is open from 9 to 6." had come out "…de neuf heures à 6 heures"
    ("The shop is open from 9 to 6.", "The shop is open from 9 to 6 pm."),
    ("We're open from 8 to 7 every day.", "We're open from 8 to 7 pm every day."),
    # the evening rule leaves the day's hours alone; this one reads the closing hour (was left as typed)
    ("The shop is open from 9 to 5, and I have dinner at 7 pm.",
     "The shop is open from 9 to 5 pm, and I have dinner at 7 pm."),
]
OPENING_LEFT = [
    "The club is open from 10 to 4.",              # a night's hours
    "The shop is open from 9 to 12.",              # noon is no smaller hour
    "The bank is open from 9 am to 4:30 pm.",      # said already ("4:30" is no "4" before ":30 pm")
    "Children from 9 to 5 years old.",             # no opening said
    "The shop opens at 9 and closes at 6.",        # read "18:00" the closing was lost ("ouvre à 9 h et à 18 h")
]


@pytest.mark.parametrize("typed, read", OPENING_HOURS)
def test_a_days_closing_hour_is_read_pm(typed, read):
    assert read_day_halves(typed) == read


@pytest.mark.parametrize("typed", OPENING_LEFT)
def test_other_ranges_are_left_alone(typed):
    assert read_day_halves(typed) == typed


# -- review30b: a date range is no opening hours -----------------------------------------------------------------
@pytest.mark.parametrize("text", ["The exhibition is open from 7 to 8 June.", "The fair is open from 9 to 8th May.",
                                  "The exhibition is open from 10 to 2 Sept."])
def test_days_of_a_month_are_not_read_pm(text):
    from s2s_core.day_halves import read_day_halves
    assert read_day_halves(text) == text


def test_opening_hours_are_still_read_pm():
    from s2s_core.day_halves import read_day_halves
    assert read_day_halves("The shop is open from 9 to 6.") == "The shop is open from 9 to 6 pm."
