"""Weekday and month names, written once, and their short forms read in full in a date (``read_short_dates``, a
reading rule of quantities.read): the reading rules match the names (quantities.py), and the French output
(verbatim.py, typography.py) needs the French weekdays.

Named ``calendar_names``, not ``calendar``: a ``calendar.py`` here would shadow the standard library's module for
code run from inside the package directory.
"""
from __future__ import annotations

import re
from typing import Iterable

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre")
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


# a short form as a capitalised whole word ("Thurs", "Sept"; not "sun" or "Sunny")
SHORT_DAY = rf"(?:{alternation(short.capitalize() for short in SHORT_WEEKDAYS)})\b"
SHORT_MONTH = rf"(?:{alternation(short.capitalize() for short in SHORT_MONTHS)})\b"
_DAY_NUMBER = r"(?:[1-9]|[12]\d|3[01])(?!\d|[:.,]\d)"
_AFTER_DATE = (r"(?:at|and|to|until|till|or|in|from|is|was|will|by|before|after|for|on|with|via|but|so|if|because"
               r"|when|then|please|we|you|they|he|she|it|the)\b")     # "Mar 15 by e-mail"; not "Jan 5 euros"
_DAY_JOIN = r"(?:\s?[-–/&]\s?|,\s|\s(?:and|or|to|through)\s)"
# the forms of a short date, one alternative each of one pattern: tried in this order at each place of one scan
# (applied one after another, "every Mon-Fri Except" would read "every Monday to Friday", not "every Monday-Fri")
# a short weekday and its dot where the sentence goes on ("on Tue. at 6", "Mon. to Fri."): read in full, no dot
_DAY = rf"{SHORT_DAY}(?:\.(?=[,;:)]|\s?[-–/&]|\s+[a-z\d]))?"
_RUN = rf"(?<![\w.])(?P<run>{_DAY}(?:{_DAY_JOIN}{_DAY})+)"                                           # Mon-Fri
_DATED = rf"(?<![\w.])(?P<dated>{SHORT_DAY})\.?(?=,?\s(?:{_DAY_NUMBER}(?!\s+[a-z])|{SHORT_MONTH}))"   # Mon 3 Mar
_LED = (rf"\b(?P<lead>(?i:on|every|next|last|this) )"                                              # on Sun, every Wed
        rf"(?P<led>{_DAY}(?:{_DAY_JOIN}{_DAY})*)(?!\w|\s+(?!I\b)[A-Z])")                              # not "Sun Tzu"
_ENDED = (rf"\b(?P<until>(?i:until|till|from|by) )(?P<ended>{SHORT_DAY})"                            # until Sun.
          r"(?:\.(?=[,;:)]|\s+[a-z\d])|(?=\s*(?:[,.;:!?)]|$|\d)))")
_DAY_MONTH = rf"\b(?P<day>{_DAY_NUMBER} )(?P<month>{SHORT_MONTH})(?P<stop>\.)?"                         # 3 Mar
_MONTH_DAY = (rf"(?P<before>(?!Jan\s\d{{1,2}}\b|Jun\s\d{{1,2}}\b){SHORT_MONTH}"                       # Mar 3,
              rf"|(?<=(?:on|by) )Jan|(?<=(?:on|by) )Jun)"                                            # Feb 2026
              rf"(?=\s(?:{_DAY_NUMBER}|\d{{4}})\b(?!\s(?!{_AFTER_DATE})[a-z]))")
# a day of the month without its month after a word that dates ("See you on the 21st.", "by the 3rd", "from the 12th
# to the 15th", "Payday is the 25th."): read as a weekday the model translates, the weekday written back as the day
# (verbatim.py); read as written, "on the 21st" came out "au XXIe" and "the 3rd" "au troisième"; not "on the 2nd
# floor", "for the 3rd time", "the 2nd to arrive", "by the 5th of each month" (read so, the model dropped "of each
# month")
_DAY_END = r"(?=\s*(?:[.,;:!)]|$))"                 # "Payday is the 25th.", not "That's the 3rd in a row!"
DAY_ORDINAL = re.compile(rf"(?:(?:\b(?i:on|by|until|till|from|since|before|after|through) "
                         rf"|(?<=st |nd |rd |th )to )(?P<date>the (?P<day>{_DAY_NUMBER})(?:st|nd|rd|th))\b"
                         r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:at|in|from|until|till|to the|for|if|when|so|but|then|because"
                         r"|please|morning|afternoon|evening|night)\b"
                         r"|\s+(?:and|or)\s+(?!(?:the\s+)?\d))"                              # "on the 3rd and left"
                         rf"|(?:\b(?i:is|was|for) |(?<=\w['’]s ))"
                         rf"(?P<date2>the (?P<day2>{_DAY_NUMBER})(?:st|nd|rd|th))\b"
                         rf"{_DAY_END})")


def day_ordinals(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(span of "the 21st", span of "21") for each day of the month ``DAY_ORDINAL`` finds in ``text``."""
    return [(m.span("date"), m.span("day")) if m.group("date") else (m.span("date2"), m.span("day2"))
            for m in DAY_ORDINAL.finditer(text)]


_SHORT_DATE = re.compile("|".join((_RUN, _DATED, _LED, _ENDED, _DAY_MONTH, _MONTH_DAY)))
_SHORT_NAME = re.compile(r"[A-Z][a-z]+\.?")


def _full(short: str) -> str:
    word = short.rstrip(".").lower()
    return SHORT_WEEKDAYS.get(word) or SHORT_MONTHS[word]


def _days(run: str) -> str:
    """"Mon-Fri": "Monday to Friday"; "Mon/Wed/Fri": "Monday, Wednesday and Friday"."""
    run = re.sub(r"\s?/\s?", ", ", re.sub(r"\s?[-–]\s?", " to ", run))
    return _SHORT_NAME.sub(lambda d: _full(d.group()), re.sub(r", (?=\w+$)", " and ", run))


def _dated(m: re.Match, text: str) -> str:
    if re.search(r"\b(?:the|The|Dr|Mr|Mrs|Ms|Prof)\.?\s+$", text[:m.start()]):
        return m.group()        # "Dr. Sun 5 years ago", "The Sun 10 times larger"
    return _full(m["dated"])


def _day_month(m: re.Match, text: str) -> str:
    """"3 Mar" in full; "on 3 Dec." keeps the sentence's full stop, "3 Dec. 2026" has none."""
    stop = "." if m["stop"] and re.match(r"\s*(?:$|[A-Z])", text[m.end():]) else ""
    return m["day"] + _full(m["month"]) + stop


# the group that only its form sets → how that form is read
_READERS = {"run": lambda m, text: _days(m["run"]), "dated": _dated,
            "led": lambda m, text: m["lead"] + _days(m["led"]),
            "ended": lambda m, text: m["until"] + _days(m["ended"]),
            "month": _day_month, "before": lambda m, text: _full(m["before"])}


def read_short_dates(text: str) -> str:
    """Weekdays and months shortened in a date in full ("Mon-Fri" → "Monday to Friday", "Tue, 4 Feb" → "Tuesday,
    4 February", "every Wed" → "every Wednesday"): read shortened, the model copied them ("ouverts au Mon-Fri") or
    dropped them ("tous" for "every Wed") and read "Mar" as "ans". Only capitalised, and only next to another
    weekday, a day number or a word that leads to a day, so "Jan" the name and "I sat" stay. A weekday's dot goes
    where the sentence goes on ("on Tue. at 6" had come out "À mardi. à 6 heures", "open Mon. to Fri." "ouvert
    Montre. Conduis-toi.")."""
    return _SHORT_DATE.sub(lambda m: next(read for group, read in _READERS.items() if m[group])(m, text), text)


# a feast day the model has no French for, read as a weekday and written back as French names it (verbatim.py):
# "We go to church on Palm Sunday." had come out "…sur Palm dimanche.", "Good Friday is a holiday here." "Le bon
# vendredi…", "Ash Wednesday is in February." "Le mercredi est en février."; now "…le dimanche des Rameaux.", "Le
# vendredi saint…", "Le mercredi des Cendres…"
FEASTS = {"palm sunday": "dimanche des Rameaux", "good friday": "vendredi saint",
          "ash wednesday": "mercredi des Cendres", "shrove tuesday": "mardi gras", "maundy thursday": "jeudi saint"}
# as a name is typed, or shouted: not "We had a good Friday at work."
FEAST = re.compile(rf"\b(?:{'|'.join(f.title() for f in FEASTS)}|{'|'.join(f.upper() for f in FEASTS)})\b")

