"""An hour said on the 12-hour clock without "am" or "pm", read with the half of the day the sentence gives it.

The model writes a bare hour as typed ("Dinner is at 7." → "Le dîner est à 7 heures."), where a French reader, who
reads the 24-hour clock, expects "19 heures"; and it misreads "in the afternoon", "in the evening" and "in the
morning" after an hour ("We arrived at 2 in the afternoon." → "à 14 heures l'après-midi", "The plane lands at 6:20 in
the evening." → "à 6:20 le soir", "It's 7 in the evening." → "Il est 7 dans la soirée.", "He came home at 3 in the
morning." → "à 15 heures du matin"). Read with "pm" or "am", the hour goes on the 24-hour clock (quantities.py:
"at 7 pm" → "at 19:00", which the model writes "à 19 heures"; "at 3 am" → "at 3:00 in the morning", "à trois heures
du matin").

A bare hour is read "pm" only where the sentence says it is evening and the hour fits that evening: dinner at 5 to
11, bed at 7 to 11, a party at 6 to 10, drinks at 5 to 10, an evening or a night at 5 (7) to 11. Nothing is guessed
where the sentence does not say so ("The meeting is at 3.", "The movie starts at 9.") or says morning too
("breakfast at 7, dinner at 7"), nor an hour that says its half already ("at 6 in the morning"), nor 12 (noon or
midnight), nor a number of something ("a table for 8", "from 5 to 40 years"). An hour before "tonight" is read "pm"
too: "à 21 heures ce soir", as "à 9 heures ce soir" had come out, is the reading French writes. Nor is a number that
is no hour read so (a score "won 7 to 5 in the evening", a temperature, a price, "8 parties", "9 Baker Street"), nor
a day's opening hours ("open from 9 to 5"), nor the end of a night that runs through ("The night shift ends at 7",
"partied all night and got home at 7") or of a sleep ("stayed in bed until 10"): that is the morning.
"""
from __future__ import annotations

import re

from .calendar_names import MONTHS
from .numbers import ENGLISH_NUMBERS

_WORDS = {w: n for w, n in ENGLISH_NUMBERS.items() if 1 <= n <= 12}      # the hours, "one" to "twelve"
_HOUR = rf"(1[0-2]|[1-9]|(?i:{'|'.join(sorted(_WORDS, key=len, reverse=True))}))"
# a word after which a number is an hour: "at 2 in the afternoon", "It's 7 in the evening", "from 2 to 5 in the…"
_TIME_COMES = (r"((?:\b(?:at|by|until|till|from|to|around|about|after|before|since|between|and|or|it['’]s|it\s+is|"
               r"it\s+was|it['’]ll\s+be)|[-–])\s*)")
_IN_THE = re.compile(rf"{_TIME_COMES}{_HOUR}(:[0-5]\d)?(?:\s?o['’]?clock)?\s+in\s+the\s+(afternoon|evening)\b"
                     r"(?![-\w])", re.IGNORECASE)
_HALF = {"afternoon": ("pm", (12, 1, 2, 3, 4, 5, 6, 7)), "evening": ("pm", range(4, 12))}
# "and", "or", "to" or a dash link a second hour only after a first ("from 2 to 5 in the afternoon"); after anything
# else the number counts something ("two tablets in the morning and four in the evening" had been read "…and 16:00")
_LINK = re.compile(r"(?:and|or|to|[-–])\s*", re.IGNORECASE)
_HOUR_BEFORE = re.compile(rf"(?:\d|\b{_HOUR})(?::[0-5]\d)?(?:\s?(?:[ap]\.?m\.?|o['’]?clock))?\s*$")

# a sentence that says it is evening, and the hours that fit that evening
_EVENING = ((re.compile(r"\b(?:dinners?|suppers?|dine|dines|dined|dining)\b", re.IGNORECASE), range(5, 12)),
            (re.compile(r"\bto\s+bed\b|\bbedtime\b|^\W*bed\s+(?:at|by)\b", re.IGNORECASE), range(7, 12)),
            (re.compile(r"\b(?:party|parties)\b", re.IGNORECASE), range(6, 11)),
            (re.compile(r"\b(?:drinks|cocktails?)\b", re.IGNORECASE), range(5, 11)),
            (re.compile(r"\b(?:evenings?|tonight|tonite)\b", re.IGNORECASE), range(5, 12)),
            (re.compile(r"\bnights?\b", re.IGNORECASE), range(7, 12)))
# a sentence that says morning too: which hour is which is not told ("breakfast at 8 and dinner at 8")
_MORNING = re.compile(r"\b(?:mornings?|breakfasts?|brunch|wake|wakes|woke|waking|alarm|sunrise|dawn|get\s+up|"
                      r"gets\s+up|got\s+up|noon|midday|lunch)\b|\d\s?a\.?m\b", re.IGNORECASE)
# what a number counts, after it or after a range it opens ("for 8 people", "from 5 to 40 years")
_COUNTED = (r"(?:%|[$€£]|-?(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|people|persons|"
            r"guests|of|times|euros?|dollars?|pounds?|kids|children|adults|points|percent|per|degrees|knots|km|"
            r"kilometres|miles|kilos?|kg|metres|meters|parties|dinners|nights|evenings)\b)")
# a bare hour in digits after a word that says a time comes, or after an hour read "pm" ("from 7 to 10"), "o'clock"
# taken whole; not an hour that says its half ("at 6 in the morning", "at 10 at night": quantities.py reads those)
_BARE_FORMAT = (r"((?:\b(?:at|around|about|by|until|till|from|after|before|between)\s+(?:(?:about|around)\s+)?|"
                r"\d\s?p\.?m\.?\s*(?:to|and|until|till|[-–])\s*))"
                r"(1[01]|[1-9])(:[0-5]\d)?(?:(\s?o['’]?clock)|(?!\s?o['’]?clock))"
                rf"(?![\d:]|[.,]\d|\s*[ap]\.?m\b|\s*{_COUNTED}|\s*(?:to|and|or|[-–])\s*\d+\s*{_COUNTED})"
                r"(?!(?:\s*(?:to|and|or|[-–])\s*\d{1,2}(?::[0-5]\d)?(?:\s?o['’]?clock)?)?\s+"
                r"(?:in\s+the\s+(?:morning|afternoon|evening|night)|at\s+night|tonight|tonite|this\s+evening<DAY>)\b)")
_BARE = re.compile(_BARE_FORMAT.replace("<DAY>", r"|(?:tomorrow|last|\w+day)\s+(?:evening|night)"))
# an hour before "last night", "yesterday evening", "tomorrow night" is the evening too ("Emma called me at 9 last
# night." had come out "à 9 heures la nuit dernière"); not beside a sleep or a bed ("Last night I slept at 10." is
# left as typed: an hour of sleep may be the small hours); only 7 to 11 ("My flight lands at 6 tomorrow evening."
# read "18:00" came out "a atterri")
_BARE_DAY = re.compile(_BARE_FORMAT.replace("<DAY>", ""))
_DAY_NIGHT = re.compile(r"\s+(?:tomorrow|last|\w+day)\s+(?:evening|night)\b")
_SLEEP = re.compile(r"\b(?:beds?|sleep\w*|slept|asleep|nap\w*)\b", re.IGNORECASE)
# a number of people beside the hour ("Dinner for 4 at 8", "a table for 6 at 7"): read "at 20:00", the model made the
# party "4 heures"
_PEOPLE = re.compile(r"\bfor\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b(?!\s*(?:[ap]\.?m\b|o['’]?clock|"
                     r"hours?|minutes?|days?|weeks?|months?|years?|nights?)\b)", re.IGNORECASE)
# an hour after another number that no time word opens is a score ("They won 7 to 5 in the evening" had been read
# "7 to 5 pm")
_OPENS_TIME = re.compile(r"\b(?:from|between|at|by|until|till|around|about|it['’]s|it\s+is|it\s+was)\s+"
                         rf"(?:\d{{1,2}}|{'|'.join(_WORDS)})(?::[0-5]\d)?(?:\s?o['’]?clock)?\s*$", re.IGNORECASE)
# a night that runs through: its end, a journey's arrival or a sleep is the next morning ("The night shift ends at 7",
# "We partied all night and got home at 7", "He stayed in bed until 10" had been read "7 pm", "10 pm")
_THROUGH_NIGHT = re.compile(r"\b(?:all\s+night|overnight)\b|\b(?:sleep\w*|slept|stay\w*\s+in\s+bed|in\s+bed)\b"
                            r"[^.!?]*\b(?:until|till)\b", re.IGNORECASE)
_NIGHT_ENDS = re.compile(r"\b(?:ends?|ended|finish\w*|arriv\w*|gets?\s+in|got\s+in|home|back|until|till|sleep\w*|"
                         r"slept)\b", re.IGNORECASE)
# a number that is no hour: a temperature, a price, a score ("The evening temperature was around 8", "Dinner costs
# about 9", "Drinks were priced at 5"), a house number ("The party is at 9 Baker Street")
_NOT_HOURS = re.compile(r"\b(?:temperatures?|degrees|prices?|scores?|scored)\b", re.IGNORECASE)
_PRICED = re.compile(r"\b(?:costs?|priced|paid|pays?|worth|sells?|sold)\s+(?:(?:at|for|about|around)\s+)*$",
                     re.IGNORECASE)
_STREET = re.compile(r"\s+[A-Z]\w+\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Place|Square|Way|Close|Court)\b")
_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?=\S))+(?:[.!?]+|$)")     # "at 6.30 p.m." is one sentence


def _said_half(m: re.Match) -> str:
    """An hour said "in the afternoon" or "in the evening" ("at 2 in the afternoon") as "2 pm"; left as typed: an
    hour the half does not fit ("at 9 in the afternoon", "at 2 in the evening"), and a number after "and", "or",
    "to" or a dash with no hour before it (``_LINK``: "two tablets in the morning and four in the evening")."""
    word = m.group(2)
    if _LINK.fullmatch(m.group(1)) and not _HOUR_BEFORE.search(m.string[:m.start()]):
        return m.group()
    hour = int(word) if word.isdigit() else _WORDS[word.lower()]
    said, hours = _HALF[m.group(4).lower()]
    if hour not in hours or m.group(1).strip().lower() in ("to", "and", "or", "-", "–") and \
            not _OPENS_TIME.search(m.string[:m.start()]):
        return m.group()
    return f"{m.group(1)}{hour}{m.group(3) or ''} {said}"


def _evening_hours(sentence: str) -> str:
    """``sentence`` with each bare hour that its evening fits read "pm" ("Dinner is at 7." → "Dinner is at 7
    pm."); not hours one of which is meant ("at 7 or 8": read "at 19:00 or 20:00", "Dînons à 7 ou 8." came out
    "Faisons dîner à 19 h ou 20."), nor "'s around" ("Dinner's around 19:00" came out "à côté de 19 heures")."""
    if _MORNING.search(sentence) or _THROUGH_NIGHT.search(sentence) or _NOT_HOURS.search(sentence):
        return sentence
    night_ends = _NIGHT_ENDS.search(sentence)
    hours = {h for cue, fits in _EVENING if cue.search(sentence) and not (night_ends and cue is _EVENING[-1][0])
             for h in fits}
    if not hours:
        return sentence

    if _PEOPLE.search(sentence):
        return sentence

    def one(m: re.Match) -> str:
        until = re.match(r"\s*(?:to|and|until|till|[-–])\s*(\d{1,2})\b(?![:.,]?\d)", m.string[m.end():])
        if int(m.group(2)) not in hours or until and int(until.group(1)) not in hours:   # "between 9 and 12"
            return m.group()
        if until and int(until.group(1)) <= int(m.group(2)) or _PRICED.search(m.string[:m.start()]) or \
                _STREET.match(m.string[m.end():]):    # "open from 9 to 5" is the day
            return m.group()
        if int(m.group(2)) < 7 and _DAY_NIGHT.match(m.string[m.end():]):   # "lands at 6 tomorrow evening"
            return m.group()
        if re.match(r"\s*or\s+\d", m.string[m.end():]) or \
                m.group(1).lower().startswith(("around", "about")) and re.search(r"['’]s\s+$", m.string[:m.start()]):
            return m.group()
        return f"{m.group(1)}{m.group(2)}{m.group(3) or ''} pm"
    bare = _BARE if _SLEEP.search(sentence) else _BARE_DAY
    return bare.sub(one, bare.sub(one, sentence))     # twice: "from 7 to 10" (the "7" opens the second match)


# a month after the second number: days, not hours ("The exhibition is open from 7 to 8 June.")
_MONTH = rf"(?:{'|'.join(MONTHS)}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\b"
# a day's opening hours whose closing hour is smaller than the opening one: "The shop is open from 9 to 6." came out
# "…de neuf heures à 6 heures" (six in the morning); the closing hour read "pm" ("…à 18 heures"); not a night's
# hours (a club open from 10 to 4), nor "opens at 9 and closes at 6" (read "…closes at 18:00" it came out "ouvre à
# 9 heures et à 18 heures")
_OPEN_DAY = re.compile(r"\b(from\s+(?:1[01]|[7-9])(?::[0-5]\d)?(?:\s?a\.?m\.?)?\s+(?:to|until|till|-)\s+)"
                       r"([1-8](?::[0-5]\d)?)(?![\w:])"              # not "8th"
                       rf"(?!\s*(?:[ap]\.?m\b|o['’]?clock|[.,]\d|{_COUNTED}|in\s+the|at\s+night|tonight|{_MONTH}))")
_OPEN_SAID = re.compile(r"\b(?:open|opens|opened|closes?|shuts?|opening\s+hours)\b", re.IGNORECASE)
_NIGHT_PLACE = re.compile(r"\b(?:night\w*|club\w*|bars?|pubs?|disco\w*|overnight|casino|shifts?)\b", re.IGNORECASE)


def _opening_hours(sentence: str) -> str:
    """``sentence`` with a day's closing hour read "pm" where it is smaller than the opening one ("open from 9 to
    6" → "open from 9 to 6 pm"; see ``_OPEN_DAY``)."""
    if not _OPEN_SAID.search(sentence) or _NIGHT_PLACE.search(sentence):
        return sentence
    return _OPEN_DAY.sub(lambda m: f"{m.group(1)}{m.group(2)} pm", sentence)


def read_day_halves(text: str) -> str:
    """``text`` with each hour said "in the afternoon", "in the evening" or early "in the morning" read "pm" or
    "am", each bare hour its sentence's evening fits read "pm", and a day's closing hour smaller than its opening
    one read "pm" (see the module's docstring)."""
    text = _IN_THE.sub(_said_half, text)
    return _SENTENCE.sub(lambda m: _opening_hours(_evening_hours(m.group())), text)
