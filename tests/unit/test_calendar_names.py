"""The weekday and month names, written once (calendar_names.py), and the tables built from them."""
import re

from s2s_core.calendar_names import MONTHS, SHORT_MONTHS, SHORT_WEEKDAYS, WEEKDAYS, WEEKDAYS_FR, alternation
from s2s_core.verbatim import DAYS_FR


def test_short_forms_are_the_full_names_shortened():
    for short, full in {**SHORT_WEEKDAYS, **SHORT_MONTHS}.items():
        assert full.lower().startswith(short) and len(short) >= 3, short
    assert set(SHORT_WEEKDAYS.values()) == set(WEEKDAYS) and set(SHORT_MONTHS.values()) == set(MONTHS) - {"May"}
    assert {"tues", "thur", "thurs", "sept"} <= set(SHORT_WEEKDAYS) | set(SHORT_MONTHS)


def test_the_longest_short_form_is_tried_first():
    pattern = re.compile(alternation(s.capitalize() for s in SHORT_WEEKDAYS))
    assert pattern.match("Thurs").group() == "Thurs" and pattern.match("Tues").group() == "Tues"


def test_french_weekdays_pair_with_the_english_ones_friday_first():
    assert DAYS_FR[0] == ("Friday", "vendredi") and len(DAYS_FR) == 7
    assert set(DAYS_FR) == set(zip(WEEKDAYS, WEEKDAYS_FR)) and dict(DAYS_FR)["Monday"] == "lundi"
