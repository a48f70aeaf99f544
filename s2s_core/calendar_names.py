"""Weekday and month names, written once: the reading rules (quantities.py) read their short forms in full and
match the full names, and the French output (verbatim.py, typography.py) needs the French weekdays.

Named ``calendar_names``, not ``calendar``: a ``calendar.py`` here would shadow the standard library's module for
code run from inside the package directory.
"""
from __future__ import annotations

from typing import Iterable

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

# short form (lower case) → full name: the first three letters, and the longer forms also written ("Tues",
# "Thurs", "Sept"); "May" has none
SHORT_WEEKDAYS = {**{day[:3].lower(): day for day in WEEKDAYS},
                  "tues": "Tuesday", "thur": "Thursday", "thurs": "Thursday"}
SHORT_MONTHS = {**{month[:3].lower(): month for month in MONTHS if month != "May"}, "sept": "September"}


def alternation(words: Iterable[str]) -> str:
    """``words`` as a regular-expression alternation, longest first: "Thurs" is tried before "Thu"."""
    return "|".join(sorted(words, key=len, reverse=True))
