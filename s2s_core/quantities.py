"""Quantities read in a form the model knows (``read``; fold.py calls it), and a minus sign put back
(negatives.py).

Currency and degree signs the vocabulary lacks are read as words ("€20", "20 €" → "20 euros"; "£5" → "5 pounds";
"30 °C" → "30 degrees Celsius"): read as bytes they came out as another currency ("20 €" → "20 $") or as
invented words.

Compound number words are read as digits ("twenty-five" → "25", "ninety-nine" → "99"; not inside a larger number
word such as "five hundred fifty-five"): read as words, the default model kept the tens and dropped the units
("She is twenty-five years old." → "Elle a vingt ans.", "ninety-nine" → "90"), and it copies digits faithfully.
Unit symbols after a number are read as words ("2 km" → "2 kilometres"; read as symbols: "à 14 genoux"), and
times on the 12-hour clock on the 24-hour one ("9pm" → "21:00"): read with "pm", the model wrote the morning hour
("at 9pm" → "à 9 heures"; now "à 21 h 00"). A number's minus sign is set aside and put back before it ("-5 °C" had
come out as "un diplôme Celsius", the number lost).
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from .calendar_names import SHORT_MONTH, SHORT_MONTHS, WEEKDAYS, read_short_dates
from .negatives import read_minus, read_negatives
from .number_words import read as read_number_words
from .numbers import ENGLISH_NUMBERS
from .ordinals import endings, read_ordinals

_AMOUNT = r"(\d+(?:[.,]\d+)*)"
SIGNS = {"€": "euro", "£": "pound"}        # the word for a sign the vocabulary lacks ("€20" → "20 euros")
_DEGREES = re.compile(r"\s?°\s?([CF])\b")
_TENS = tuple(word for word, n in ENGLISH_NUMBERS.items() if n >= 20)      # twenty … ninety
_UNITS = tuple(word for word, n in ENGLISH_NUMBERS.items() if 1 <= n <= 9)  # one … nine
_COMPOUND = re.compile(rf"\b({'|'.join(_TENS)})[- ]({'|'.join(_UNITS)})\b", re.IGNORECASE)
_LARGER = re.compile(r"\b(hundred|thousand|million|billion)( and)?\s*$", re.IGNORECASE)


def _read_compound_numbers(text: str) -> str:
    """``text`` with "twenty-five" … "ninety-nine" as digits ("25"), unless part of a larger number word
    ("five hundred fifty-five")."""
    def one(m: re.Match) -> str:
        if _LARGER.search(text[:m.start()]):
            return m.group()
        return str(ENGLISH_NUMBERS[m.group(1).lower()] + ENGLISH_NUMBERS[m.group(2).lower()])
    return _COMPOUND.sub(one, text)


# the tens the model misreads alone, before what they count: a round age ("My grandmother is ninety years old." had
# come out "…a neuf ans", "sixty years old" "soixante-dix ans"), and three tens before any word ("I waited forty
# minutes" "trente minutes", "It costs eighty euros." "huit euros", "Seventy people came" "Soixante personnes"); in
# digits "a 90 ans", "40 minutes", "80 euros", "70 personnes" (the other tens came out right before other words;
# not inside a larger number word: "a hundred and forty")
_MISREAD_TENS = re.compile(rf"\b(?:({'|'.join(_TENS)})(?=\s+years?\s+old\b)|(forty|seventy|eighty)(?=\s+[A-Za-z]))",
                           re.IGNORECASE)


def _read_misread_tens(text: str) -> str:
    """``text`` with a ten before "years old", and "forty", "seventy", "eighty" before a word, as digits ("ninety
    years old" → "90 years old", "forty minutes" → "40 minutes")."""
    return _MISREAD_TENS.sub(lambda m: m.group() if _LARGER.search(text[:m.start()])
                             else str(ENGLISH_NUMBERS[m.group().lower()]), text)


# hundreds of millions and billions said in words: in a long line the default model kept the hundreds and dropped
# the scale ("…the new hospital, which cost more than two hundred million euros, will open…" came out «…plus de deux
# cents euros…», "five hundred million euros" «cinq cents euros», "two billion euros" «deux milliards de dollars»);
# in digits «plus de 200 millions d'euros», «500 millions d'euros», «2 milliards d'euros»
_HUNDRED_MILLIONS = re.compile(rf"\b(a|{'|'.join(_UNITS)})\s+hundred\s+(million|billion)\b|"
                               rf"\b({'|'.join(w for w in _UNITS if w != 'one')})\s+(billion)\b", re.IGNORECASE)


def _read_hundred_millions(text: str) -> str:
    """``text`` with "two hundred million" as "200 million", "two billion" as "2 billion" (not inside a larger
    number word: "two thousand two hundred million" stays)."""
    def one(m: re.Match) -> str:
        if _LARGER.search(text[:m.start()]):
            return m.group()
        if m.group(1):
            hundreds = 1 if m.group(1).lower() == "a" else ENGLISH_NUMBERS[m.group(1).lower()]
            return f"{100 * hundreds} {m.group(2).lower()}"
        return f"{ENGLISH_NUMBERS[m.group(3).lower()]} {m.group(4).lower()}"
    return _HUNDRED_MILLIONS.sub(one, text)


# "a.m" without its last dot too ("call me at 12 a.m" had come out "à 12 heures")
_CLOCK = re.compile(r"(?<![\d:.])(\d{1,2})(?:[:.](\d{2}))?\s?(?:([ap])\.\s?m(?:\.|(?!\w))|([ap])m(?!\w))",
                    re.IGNORECASE)


# "14h35" as French writes the time (read so, it came out "1435"); not "a 4h30 drive"
_FRENCH_CLOCK = re.compile(r"(?<![\w:.])([01]?\d|2[0-3])h([0-5]\d)\b")
# a bare hour joined to a later afternoon one shares its "pm" ("between 2 and 4pm": 14:00 and 16:00)
_SHARED_PM = re.compile(r"(?<![\d:.])(\d{1,2})(:\d{2})?(\s*(?:and|or|to|until|till|[-–])\s*)"
                        r"(?=(\d{1,2})(?::\d{2})?\s?(?:pm|p\.m\.))", re.IGNORECASE)

# "08:30" without its leading zero: read so, "from 08:30" came out "du 08 h 30", "at 07:05" "à 075" (digits lost)
_ZERO_HOUR = re.compile(r"(?<![\w:.,/-])0(\d):([0-5]\d)(?![\d:])")


# "at 5.30" as British texts write a time (read as a decimal, "see u at 5.30" came out "à 17 h 5,30"); not an
# amount ("at 5.30 each", "5.30 euros")
_DOTTED_CLOCK = re.compile(r"\b((?i:at|by|until|till|from|around|about|before|after|since) )([01]?\d|2[0-3])\.([0-5]\d)"
                           r"(?=\s*(?:[,;!?)]|\.?\s*$|\.\s+[A-Z])|\s+(?:tonight|today|tomorrow|then|and|or|in|on|"
                           r"please|so|if|with|at|sharp|latest|ok|to|until|till|[ap]\.?m\b))")


# an hour said "at night" after a word that says a time comes: "at 12 at night" had come out "à 12 heures la nuit",
# "at 12 midnight" "à 12 minuits", "at 10 at night" "à 10 heures la nuit", "at 12 tonight" "à 12 heures ce soir";
# not "sold 10 at night markets"
_AT_NIGHT = re.compile(r"\b((?:at|by|until|till|around|about|after|before|from|to|since|it['’]s|it\s+is|it\s+was)\s+)"
                       r"(1[0-2]|[1-9])(?::([0-5]\d))?(?:\s?o['’]?clock)?\s+"
                       r"(at\s+night|in\s+the\s+night|midnight|tonight)\b(?!-)"
                       r"(?!\s+(?:markets?|shifts?|class(?:es)?|school|clubs?|buses?|trains?|flights?)\b)",
                       re.IGNORECASE)


# "from 8 to 10 at night": an hour after "to" only in a span of hours ("Take 1 to 2 at night" had been read "Take 1 to
# 2:00 in the morning", "aged 3 to 5 at night" "3 à 5 heures du matin", "drop to 5 at night"), ending later than it
# began ("from 8 to 6 at night" is the morning's 6, not "de 8 à 18 heures")
_FROM_HOUR = re.compile(r"\bfrom\s+(1[0-2]|[1-9])(?::[0-5]\d)?(?:\s?o['’]?clock)?\s+$", re.IGNORECASE)


def _an_hour_to(m: re.Match) -> bool:
    """Whether ``m`` (an hour said "at night") is an hour, not a number of things, where "to" opens it."""
    if not m.group(1).lower().startswith("to"):
        return True
    begun = _FROM_HOUR.search(m.string[:m.start()])
    return bool(begun) and int(begun.group(1)) < int(m.group(2))


def _night_hour(m: re.Match) -> str:
    """An hour said "at night" on the 24-hour clock ("at 10 at night" → "at 22:00", which the model writes "à 22
    h"), 12 as "midnight" ("at 12 at night", "at 12 midnight"), an hour up to 5 in the morning ("at 3 at night" →
    "at 3:00 in the morning": "à trois heures du matin"), "at 12 tonight" as "at midnight tonight" ("à 12 heures ce
    soir"); "midnight" or "tonight" after another hour is left."""
    hour, minutes, said = int(m.group(2)), m.group(3) or "00", m.group(4).lower()
    if said in ("midnight", "tonight") and hour != 12 or not _an_hour_to(m):
        return m.group()                                            # "at 10 tonight": "à 10 heures ce soir"
    if hour == 12:
        return m.group(1) + ("midnight" if minutes == "00" else f"0:{minutes}") + " tonight" * (said == "tonight")
    return m.group(1) + (f"{hour}:{minutes} in the morning" if hour <= 5 else f"{hour + 12}:{minutes}")


def _read_clock(text: str) -> str:
    """``text`` with the 12-hour clock on the 24-hour one ("9pm" → "21:00", "7:30 a.m." → "7:30"): read with
    "pm", the model wrote the morning hour ("at 9pm" → "à 9 heures", "7:30 pm" → "7 h 30"); "21:00" it writes
    "21 h 00". "12am" and "12pm" are "midnight" and "noon"; a bare hour joined to a later afternoon one shares its
    "pm" ("between 2 and 4pm" had come out "entre 2 et 16 heures"). A final "p.m." keeps the sentence's full
    stop; an hour loses its leading zero ("08:30" → "8:30"); an early hour keeps its morning ("5:30 a.m." → "5:30
    in the morning": read "5:30", it came out "17 h 30"); "at 5.30" is "at 5:30"."""
    text = _AT_NIGHT.sub(_night_hour, _DOTTED_CLOCK.sub(r"\1\2:\3", text))
    def one(m: re.Match) -> str:
        hour, minutes = int(m.group(1)), m.group(2) or "00"
        if not 1 <= hour <= 12 or int(minutes) > 59:
            return m.group()
        afternoon = (m.group(3) or m.group(4)).lower() == "p"
        stop = "." if m.group(3) and m.group().endswith(".") \
            and re.match(r"\s*(?:$|[\"')\]]*\s+[A-Z])", text[m.end():]) else ""
        ranged = re.match(r"\s*[-–]\s*\d", text[m.end():]) or \
            re.search(r"\d\s*(?:[ap]\.?m\.?)?\s*[-–]\s*$", text[:m.start()], re.IGNORECASE)
        if hour == 12 and minutes == "00" and not ranged:    # "12am" read "0:00" came out "0 heures"; not
            return ("noon" if afternoon else "midnight") + stop    # in "12pm-1pm" ("midi : 00")
        early = not afternoon and hour <= 6 and not ranged and not re.match(   # "between 3 and 5 a.m.": once
            r"\s+in the morning|\s*(?:and|to|until|till)\s+\d", text[m.end():])
        return f"{hour % 12 + 12 * afternoon}:{minutes}" + (" in the morning" if early else "") + stop
    def shared(m: re.Match) -> str:             # not "open daily 7 to 11pm" (7 in the morning)
        first, last, hour = int(m.group(1)), int(m.group(4)), m.group(1) + (m.group(2) or "")   # "3:30 to 4:30 pm"
        if first == 12:                         # "12-8pm", "between 12 and 2pm": from noon
            return hour + "pm" + m.group(3)
        if last < first:                        # "9-5pm": 9 in the morning ("9-17:00" had come out "917:00")
            return hour + "am" + m.group(3)
        afternoon = first <= 6 or re.search(r"\bbetween\s+$", text[:m.start()], re.IGNORECASE) \
            or (m.group(2) and last - first <= 5)       # "from 7:30 to 10:30 pm": an evening
        return hour + "pm" + m.group(3) if first < last < 12 and afternoon else m.group()
    def french_clock(m: re.Match) -> str:      # "at 14h35", "8h30-19h30"; not "after 1h30 in the oven" (a duration)
        before = text[:m.start()]
        if re.search(r"\b(?:in|for|after|within|of)\s+$", before, re.IGNORECASE):
            return m.group()
        ranged = re.match(r"\s*(?:[-–]|to)\s*\d{1,2}h\d{2}", text[m.end():]) or \
            re.search(r"\d{1,2}h\d{2}\s*(?:[-–]|to)\s*$", before)
        timed = re.search(r"\b(?:at|from|until|till|by)\s+$", before, re.IGNORECASE)
        return f"{m.group(1)}:{m.group(2)}" if int(m.group(1)) > 12 or timed or ranged else m.group()
    text = _FRENCH_CLOCK.sub(french_clock, text)
    text = _SHARED_PM.sub(shared, text)         # before: ``one`` reads its neighbours in this text
    text = _CLOCK.sub(one, text)
    return _ZERO_HOUR.sub(lambda m: m.group() if _LONG.match(text, m.end()) or _LASTS.search(text[:m.start()])
                          else f"{m.group(1)}:{m.group(2)}", text)       # "is 01:30 long": hours or minutes, unsaid


# minutes and seconds, not a clock time: "3:45 minutes", or "03:45" (or "3:45 long") in a sentence about a song or a
# video, unless a clock word comes before it ("The video call is at 09:00"); read "3:45", "The song is 03:45 long."
# came out "La chanson est de 3 h 45", read as typed "La chanson est longue." (the length lost). Another length
# keeps its zero ("The flight is 01:30 long", hours or minutes; "her lap time of 01:23": "Son temps de 01:23")
_LENGTH = re.compile(r"(?<![\w:.,/-])(\d{1,2}):([0-5]\d)(?![\d:])(\s+(?:minutes?|mins?)\b)?")
LENGTH_AFTER = _LONG = re.compile(r"\s+(?:minutes?\s+)?long\b")        # typography leaves lengths as they are
LENGTH_BEFORE = _LASTS = re.compile(r"\b(?:lasts?|lasted|lasting|duration|length|runtime|(?:lap|race|finish(?:ing)?|"
                                    r"winning|record|personal best) time)\b[\s:]*(?:(?:is|was|of)\s+)?$", re.IGNORECASE)
_MEDIA = re.compile(r"\b(?:songs?|tracks?|videos?|clips?|podcasts?|episodes?)\b", re.IGNORECASE)
_CLOCK_WORD = re.compile(r"(?:\b(?:at|from|until|till|by|before|after|since|around|between|opens?|closes?|starts?|"
                         r"ends?|call|meeting)|\d\s*(?:to|and|[-–]))\s*$", re.IGNORECASE)


def _read_lengths(text: str) -> str:
    """A length in minutes and seconds in words ("The song is 03:45 long." → "… 3 minutes and 45 seconds long.",
    which the model writes "La chanson est de 3 minutes et 45 secondes.")."""
    def one(m: re.Match) -> str:
        minutes, seconds = int(m.group(1)), int(m.group(2))
        sentence = re.split(r"[.!?\n]\s", text[:m.start()])[-1] + " " + \
            re.split(r"[.!?\n]\s|[.!?]$", text[m.end():])[0]
        said_long = re.search(r"\b(?:is|was|a|an|runs?|ran)\s+$", text[:m.start()]) or _LASTS.search(text[:m.start()])
        if not (m.group(3) or (m.group(1).startswith("0") and said_long or _LONG.match(text, m.end())) and
                _MEDIA.search(sentence) and not _CLOCK_WORD.search(text[:m.start()])):   # not "video call … 09:30"
            return m.group()
        said = [f"{n} {word}{'s' * (n != 1)}" for n, word in ((minutes, "minute"), (seconds, "second")) if n]
        return " and ".join(said) or m.group()
    return _LENGTH.sub(one, text)


_HOURS = {word: n for word, n in ENGLISH_NUMBERS.items() if 1 <= n <= 12}
_HOUR = rf"(1[0-2]|[1-9]|(?i:{'|'.join(sorted(_HOURS, key=len, reverse=True))}))"
# what may follow a spoken time: an end, "o'clock", "pm", or a word that goes on the sentence, not a noun the
# number counts ("half past three", "at half six tonight"; not "a quarter to six people", "half six of them")
# ("…at a quarter past six instead of five" had come out "à un quart de six heures", "a quarter to six each day"
# "à un quart à six jours")
_AFTER_TIME = (r"(?=\s*(?:[.,;:!?)\"']|$)|\s+(?:[ap]\.?m\b|in|at|on|and|or|then|tonight|today|tomorrow|yesterday"
               r"|this|next|every|each|most|instead|sharp|latest|please|so|but|if|when|because|until|till|to|from"
               r"|for|with|we|I|you|he|she|they|it)\b)")
_SPOKEN = re.compile(rf"\b(?:(?:[Aa] )?[Qq]uarter (?P<side>past|after|to)|(?P<half>[Hh]alf) past) {_HOUR}\b"
                     rf"(?: o'clock)?{_AFTER_TIME}"
                     rf"|\b(?P<at>(?i:at|by|until|till|from|to|around|about|before|after|since) )half {_HOUR}\b"
                     rf"{_AFTER_TIME}")
# "ten past six", "twenty to five": "to" and "after" only after a word that says a time comes ("at twenty to five",
# not "from ten to six", "the vote was ten to six"), "twenty-five" already read "25"
_MINUTES = re.compile(rf"\b(?i:(five|ten|twenty|25)(?: minutes)? (past|after|to)) {_HOUR}\b(?: o'clock)?{_AFTER_TIME}")
# (not "about": "We need about ten to twelve" is no "midi moins dix")
_TIME_COMES = re.compile(r"\b(?:at|by|until|till|before|after|since|it[’']s|it is|it was)\s+$", re.IGNORECASE)
_MINUTE_WORDS = {"five": 5, "ten": 10, "twenty": 20, "25": 25}


def _said_at(m: re.Match) -> Optional[tuple[int, int]]:
    """(hour, minutes) of a ``_SPOKEN`` match, or None where it is no time ("to half seven" after no time)."""
    word = m.group(3) or m.group(5)
    hour = int(word) if word.isdigit() else _HOURS[word.lower()]
    if m["at"]:             # "to half seven" after a time ("from half six to half seven": "à sept heures et demie")
        if m["at"].lower() == "to " and not re.search(r"(?:\d|\bhalf \w+|o'clock)\s+$", m.string[:m.start()]):
            return None
        return hour, 30
    if m["side"] == "to":
        return hour - 1 or 12, 45
    return hour, 30 if m["half"] else 15


def _minutes_at(m: re.Match) -> Optional[tuple[int, int]]:
    """(hour, minutes) of a ``_MINUTES`` match ("ten past six"), or None where no time comes ("ten to six")."""
    hour = int(m.group(3)) if m.group(3).isdigit() else _HOURS[m.group(3).lower()]
    side, past = m.group(2).lower(), _MINUTE_WORDS[m.group(1).lower()]
    if side != "past" and not _TIME_COMES.search(m.string[:m.start()]):
        return None
    return (hour - 1 or 12, 60 - past) if side == "to" else (hour, past)


def spoken_times(text: str) -> list[tuple[int, int]]:
    """(hour, minutes) of each clock time ``text`` says in words, in text order (typography writes them back in
    words)."""
    found = [(m.start(), _said_at(m)) for m in _SPOKEN.finditer(text)]
    found += [(m.start(), _minutes_at(m)) for m in _MINUTES.finditer(_SPOKEN.sub(" " * 3, text))]
    return [time for _, time in sorted(found) if time]


def _read_spoken_clock(text: str) -> str:
    """A clock time said in words in digits ("half past three" → "3:30", "quarter to six" → "5:45", "at half six" →
    "at 6:30", British; "ten past six" → "6:10", "at twenty to five" → "at 4:40"); the morning or the afternoon
    stays unsaid, as in the source. Read as written, the minutes were lost ("at half past three" came out "à trois
    heures", "quarter past 7" "à 7 heures", "by half six" "avant six heures") or mistranslated ("at quarter to six"
    → "au quart à six heures"); typography writes them back in words ("sept heures et demie")."""
    def one(m: re.Match) -> str:
        time = _said_at(m)
        return m.group() if time is None else f"{m['at'] or ''}{time[0]}:{time[1]:02d}"

    def minutes(m: re.Match) -> str:    # "at ten past six" came out "à dix heures", "at twenty to five" "à vingt"
        time = _minutes_at(m)
        return m.group() if time is None else f"{time[0]}:{time[1]:02d}"
    return _MINUTES.sub(minutes, _SPOKEN.sub(one, text))


# "cm" in American spelling: "30 centimetres" came out "30 centimes", "30 centimeters" "30 centimètres"
# "tbsp"/"tsp" as spoonfuls: "2 tablespoons", "1 teaspoon" came out "2 tables", "un théâ"
UNITS = {"kg": "kilogram", "g": "gram", "mg": "milligram", "km": "kilometre", "m": "metre", "cm": "centimeter",
         "mm": "millimetre", "l": "litre", "L": "litre", "ml": "millilitre", "mL": "millilitre", "cl": "centilitre",
         "lb": "pound", "lbs": "pound", "oz": "ounce", "ft": "foot", "mi": "mile", "mph": "miles per hour",
         "min": "minute", "mins": "minute", "hr": "hour", "hrs": "hour", "h": "hour", "sec": "second",
         "secs": "second", "tbsp": "spoonful", "tsp": "small spoonful", "m²": "square metre",
         "km²": "square kilometre", "cm²": "square centimetre", "m³": "cubic metre", "km/h": "kilometres per hour",
         "sq ft": "square foot", "sqft": "square foot"}
_AMOUNT_OF = {"kg", "g", "mg", "l", "L", "ml", "mL", "cl", "lb", "lbs", "oz", "tbsp", "tsp"}   # "200 g flour"
# what a recipe or a shopping list weighs out, perhaps after one word that says which ("brown sugar")
_SUBSTANCES = frozenset("flour sugar butter water milk salt pepper oil rice pasta cheese cream honey chocolate meat "
                        "beef chicken pork fish ham bacon potatoes tomatoes onions garlic yeast vanilla cinnamon juice "
                        "vinegar wine coffee tea cocoa oats nuts almonds walnuts apples carrots beans lentils yogurt "
                        "yoghurt sauce stock broth ginger paprika cumin mustard bread dough spinach mushrooms "
                        "strawberries berries fruit raisins cornflour cornstarch powder soda syrup jam peas sausage "
                        "mince lamb tofu".split())
_WHICH = frozenset("brown white ground fresh whole grated chopped melted olive baking dark plain caster icing powdered "
                   "cold warm hot dried frozen unsalted salted soft sliced minced lemon orange apple soy tomato heavy "
                   "double single sour coconut almond peanut vegetable sunflower red green self-raising".split())
_PLURAL = {"foot": "feet", "inch": "inches", "square foot": "square feet", "miles per hour": "miles per hour",
           "kilometres per hour": "kilometres per hour"}
_UNIT = re.compile(rf"(?<![\w$€£.,])(\d+(?:[.,]\d+)?)\s?({'|'.join(sorted(UNITS, key=len, reverse=True))})"
                   r"(?![\w/]|\.\w)")
_SPOONS = re.compile(r"\b(\d+(?:[.,/]\d+)?|[Aa]n?|[Oo]ne|half a)\s+(table|tea)spoon(s?)\b")   # "2 tablespoons"


# feet and inches: "6 ft 2 in tall" had been read "6 feet 2 in tall" ("à 6 pieds en grande taille", the inches
# lost), "5'11\"" came out "511"; not "6 ft 2 in the box"
# inches up to 11: "1'52''" and "3'45\"" are minutes and seconds (read "1 foot 52 inches", "3'45\"" came out "3 pieds 45
# pouces")
_INCHES = r"(?:1[01]|0?\d)"
_FEET_INCHES = re.compile(rf"(?<![\w.,])(\d+)(?:\s?(?:ft|feet|foot)\s?({_INCHES})\s?(?:in|inch|inches)\b"
                          r"(?!\s+(?:the|a|an|my|his|her|their|our|your|this|that|front|case)\b)"
                          rf"|['’]({_INCHES})(?:\"|″|['’]{{2}}))")


def _read_units(text: str) -> str:
    """``text`` with unit symbols after a number as words ("2 km" → "2 kilometres", "10 min" → "10 minutes"):
    read as symbols they came out as other words ("à 14 genoux", "dix minces", "200 verts", "30 heures"). A
    symbol glued to a number reads the same ("5kg"), but for "m" ("1.7m people" counts millions). A substance
    right after a weight or volume takes "of" ("200 g flour" came out "200 grammes se promenent"); feet and inches
    both in words ("6 ft 2 in" → "6 feet 2 inches"; typography writes "6 pieds 2 pouces"). Spoons are spoonfuls
    ("1 tsp" → "1 small spoonful": "teaspoon" came out "théâ", "petite cuillère" from the spoonful)."""
    def one(m: re.Match) -> str:
        if m.group(2) == "m" and m.group(1) + "m" in m.group():
            return m.group()                                       # "1.7m people": a million
        return _counted(m.group(1), UNITS[m.group(2)]) + (_of(text[m.end():]) if m.group(2) in _AMOUNT_OF else "")
    def spoons(m: re.Match) -> str:      # "a teaspoon" only as a measure ("a teaspoon of salt", not "a teaspoon set")
        after = text[m.end():]
        if not m.group(1)[0].isdigit() and not (after.startswith(" of ") or _of(after)):
            return m.group()
        return f"{m.group(1)} {'small ' if m.group(2) == 'tea' else ''}spoonful{m.group(3)}" + _of(after)
    text = _SPOONS.sub(spoons, text)
    text = _FEET_INCHES.sub(lambda m: f"{_counted(m.group(1), 'foot')} {_counted(m.group(2) or m.group(3), 'inch')}",
                            text)
    return _UNIT.sub(one, text)


def _of(after: str) -> str:
    """" of" where ``after`` (what follows an amount) opens with a substance ("200 g flour", "brown sugar")."""
    what = re.match(r" ([a-z-]+)(?: ([a-z]+))?", after)
    return " of" if what and (what.group(1) in _SUBSTANCES or what.group(1) in _WHICH
                              and what.group(2) in _SUBSTANCES) else ""


def _counted(number: str, word: str) -> str:
    """``number`` and the unit ``word``, plural but after one ("1 pound", "2 pounds")."""
    return f"{number} {word if number in ('1', '1.0') else _PLURAL.get(word, word + 's')}"


def _read_signs(text: str, covers: Callable[[str], bool]) -> str:
    """``text`` with the currency and degree signs the vocabulary lacks written as words ("€1" → "1 euro"; degrees
    always in the plural: "1 degree" came out "un diplôme", and typography writes "1 degré")."""
    for sign, word in SIGNS.items():
        if sign in text and not covers(sign):
            text = re.sub(re.escape(sign) + r"\s?" + _AMOUNT, lambda m: _counted(m.group(1), word), text)   # €20
            text = re.sub(_AMOUNT + r"\s?" + re.escape(sign), lambda m: _counted(m.group(1), word), text)   # 20 €
            text = re.sub(r"\s*" + re.escape(sign) + r"\s*", f" {word} ", text).strip()
    if "°" in text and not covers("°"):
        text = _DEGREES.sub(lambda m: " degrees " + ("Celsius" if m.group(1) == "C" else "Fahrenheit"), text)
        text = re.sub(r"(\d)\s?°", r"\1 degrees", text)            # "30° outside", "turn 90°": no scale named
    return text


BEFORE_NUMBER = {"approx": "about", "p": "page", "pp": "pages", **SHORT_MONTHS}
_ABBREVIATION = re.compile(rf"\b({SHORT_MONTH}|[Aa]pprox|pp?)\.\s?(?=[$€£]?\d)")


def _read_abbreviations(text: str) -> str:
    """An abbreviation before a number in words ("Dec. 25" → "December 25", "approx. 20" → "about 20", "p. 12" →
    "page 12"): read as written, "Dec. 25" came out "à Dec. 25", "approx. 20" as "des crédits. 20"."""
    def one(m: re.Match) -> str:
        word = BEFORE_NUMBER[m.group(1).lower()]
        return (word[0].upper() + word[1:] if m.group(1)[0].isupper() else word) + " "
    return _ABBREVIATION.sub(one, text)


# "45,90 €", "12,50 euros", "€19,99": a decimal comma (two decimals) at a currency, as Europeans write amounts
_COMMA_AMOUNT = re.compile(r"(?<![\d,.])(\d+),(\d{2})(?=\s?(?:[€$]|euros?\b|EUR\b|dollars?\b))"
                           r"|(?<=[€$])(\d+),(\d{2})(?!\d|,\d)")
_DOLLAR_AFTER = re.compile(r"(?<![\w.,$])(\d+(?:[.,]\d+)?)\s?\$(?![\w$])")  # "4.99 $" read alone: "4,99 $ de 99 $"


def _read_decimal_commas(text: str) -> str:
    """An amount with a decimal comma read with the point ("45,90 €" → "45.90 €"): read as written, the model took
    the comma for a thousands separator ("45,90 €" → "4590 euros", "19,99 €" → "199 euros")."""
    return _COMMA_AMOUNT.sub(lambda m: f"{m.group(1) or m.group(3)}.{m.group(2) or m.group(4)}", text)


_DAYS = "|".join(WEEKDAYS)
_RANGE = re.compile(r"(?<![\w.,/:-])(\d{1,2}|\d{4})\s?[-–]\s?(\d{1,2}|\d{4})(?![\w/:-]|[.,]\d)"    # 6-12
                    r"|(?<![\w:])(\d{1,2}:\d{2})\s?[-–]\s?(\d{1,2}:\d{2})(?![\d:])"               # 9:00-17:00
                    rf"|\b({_DAYS})\s?[-–]\s?({_DAYS})\b")                                          # Monday–Friday


# a text about a match: its number pairs are scores ("Nadal won 6-4, 3-6", "Everton 1-2 Liverpool"), not ranges; read
# as ranges, "lost again, 0-4 at home" came out "perdu 0 à 4 heures", "Score at half-time: 1-2" "… : 1 à 2"
_PAIR = r"\d{1,3}\s?[-–]\s?\d"          # the score itself, not "lost 2 tickets for kids aged 6-12"
_SCORES = re.compile(r"\b(?:won|wins?|lost|lose|loses|beat|beats|beaten|defeated|trail(?:s|ed)?"
                     r"|score[ds]?)[\s,:]+(?:[\w'-]+[\s,:]+){0,3}" + _PAIR +   # "won 6-4", "lost again, 0-4"
                     # words as often about a drawing or a job: the pair ends the clause or a match word follows
                     # ("Draw 3-4 circles" came out "Traw 3-4 cercles", "hiring full time, 2-3 developers" "2-3
                     # utilisateurs")
                     r"|\b(?:finished|ended|drew|draw|drawn|(?:half|full)[- ]?time(?: score)?[\s,:]+"
                     r"(?:(?:is|was|of)\s+)?)\s*\d{1,2}\s?[-–]\s?\d{1,2}"             # "It finished 2-3."
                     r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:at|away|against|after|with)\b)"
                     r"|\b(?:vs\.?|versus|against)\s+[A-Z]\w+[\s,:]+" + _PAIR +     # "against Lyon, 2-1"
                     r"|\d\s?[-–]\s?\d+,\s*\d+\s?[-–]\s?\d"                # "6-4, 3-6"
                     r"|(?-i:[A-Z]\w+ \d+-\d+ [A-Z])", re.IGNORECASE)          # "Everton 1-2 Liverpool"


# what a range counts, so no score even in a text about a match: a unit ("finished 2-3 weeks late", "ended 2-3% up";
# "She lost 2-3 kg", read as a score, came out "a perdu 2 kilogrammes") or a noun in the plural ("I've drawn 5-6
# sketches" came out "J'ai descendu aujourd'hui"), not one a score counts ("won 6-4 sets") nor a word that goes on
# the sentence ("won 2-1 this week", "thanks to")
_COUNTED = re.compile(r"\s?(?:%|[€£]|(?:percent|" + "|".join(sorted(map(re.escape, UNITS), key=len, reverse=True)) +
                      r")\b)|\s+(?!(?:goals|points|sets|games|frames|rounds|runs|wickets|penalties|shots|this|thus|"
                      r"its|his|hers|ours|yours|theirs|was|has|does|goes|us|as|is|yes|plus|minus|less|unless|across|"
                      r"always|perhaps|besides|towards|afterwards|thanks|whereas|overseas|abroad)\b)[a-z]{2,}s\b")


def _read_ranges(text: str) -> str:
    """A range with a dash read with "to" ("6-12" → "6 to 12", "9:00-17:00", "Monday–Friday", "2020–2024"): read
    with the dash, "aged 6-12" came out "âgés de 612"; only rising number ranges (a score "3-2" stays), and none in
    a text about a match ("Nadal won 6-4, 3-6" had lost "Nadal won")."""
    scores = bool(_SCORES.search(text))

    def one(m: re.Match) -> str:
        a, b = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4)) if m.group(3) else \
            (m.group(5), m.group(6))
        timed = _COUNTED.match(text, m.end())       # "finished 2-3 weeks late", "lost 2-3 kg", "2-3 developers"
        if m.group(1) and (scores and not timed or len(a) != len(b) and len(a) == 4 or int(a) >= int(b)):
            return m.group()
        return f"{a} to {b}"
    return _RANGE.sub(one, text)


# a third or a quarter of something ("About 1/3 of the class" had kept "About" in English)
_PARTS = {"1/3": "a third", "2/3": "two thirds", "1/4": "a quarter", "3/4": "three quarters"}
_PART = re.compile(r"(?<![\d/.,])(1/3|2/3|1/4|3/4)(?![\d/])(\s+of\b)")
_ON_A_PAGE = re.compile(r"\b(?:page|slide|question|part|chapter|step)\s+$", re.IGNORECASE)   # "page 1/3": no part
_HALF = re.compile(r"(?<![\d/.,])(?:(\d+)\s)?(?:1/2|½)(?![\d/])(\s+of\b|\s+(?=[^\W\d_]))?")


def _read_halves(text: str) -> str:
    """A half in digits in words ("1/2 cup" → "half a cup", "2 1/2 hours" → "2.5 hours", "1/2 of" → "half of";
    "1/3 of" → "a third of", "3/4 of"): read as "1/2", "Add 1/2 cup of sugar." came out "Ajoutez une tasse de
    sucre."; read "1 and a half hours", "1 1/2 hours" came out "1 et demie heures"."""
    def one(m: re.Match) -> str:
        whole, after = m.group(1), m.group(2) or ""
        if whole or _UNIT.match(f"1 {text[m.end() - len(after):].lstrip()}"):            # "2 1/2 km": "2.5 km"
            return f"{whole or 0}.5{after}"
        if not after or _ON_A_PAGE.search(text[:m.start()]) or re.match(r"\s*(?:off|price)\b", after + text[m.end():]):
            return m.group()                # "page 1/2", "a ratio of 1/2", "1/2 off": not a half of something
        return "half" + after if re.match(r"\s+(?:of|a|an|the)\b", after + text[m.end():]) else "half a" + after
    def part(m: re.Match) -> str:           # "page 1/3 of the report" stays
        return m.group() if _ON_A_PAGE.search(text[:m.start()]) else _PARTS[m.group(1)] + m.group(2)
    text = _HALF.sub(one, text)
    return _PART.sub(part, text)



_SCALED = re.compile(r"(?<=[$€£])(\d+(?:\.\d+)?)\s?(k|K|m|M|bn|B)\b")
_SCALES = {"k": "thousand", "m": "million", "bn": "billion", "b": "billion"}


def _read_scaled_amounts(text: str) -> str:
    """"$50k", "$2.5M", "€3bn" in words ("$50 thousand", "$2.5 million"): read as written, "$50k" came out "50 $"
    and "$2.5M" "2,5 $M"."""
    return _SCALED.sub(lambda m: f"{m.group(1)} {_SCALES[m.group(2).lower()]}", text)


# after an amount ("$9.99/month", "40 hrs/week", "80 euros/night"; not "year/month/day")
_PER = re.compile(r"(\d(?:\s?[a-zA-Z]{1,6})?)/(day|week|month|year|hour|hr|night|person|head)\b")
_AT_LEAST = re.compile(r"(?<![\w.,])(\d+)\+(?=\s+(?:years?|months?|weeks?|days?|hours?|people|persons|employees|"
                       r"languages|children|kids|guests|players|members|items|pieces|times)\b)")     # "3+ years"
_TIMES = re.compile(r"(?<![\w.,])(\d+)x\b(?=\s+(?:a|an|per|each|every|daily|weekly|faster|slower|more|less|bigger|"
                    r"smaller|larger|higher|cheaper|better)\b|\s*(?:[.!?,;]|$))")                   # "2x a day"
_THOUSANDS = re.compile(r"(?<![\w.,$€£])(\d+(?:\.\d+)?)k(?=\s+(?:followers|subscribers|views|likes|users|steps|fans|"
                        r"visitors|downloads|members|readers|viewers|people|comments|signatures)\b)")  # "10k followers"
_COOKING = re.compile(r"\b(?:oven|bake|baking|preheat|roast|roasting)\b", re.IGNORECASE)
_BARE_DEGREES = re.compile(r"\b(at|to) (\d{2,3}) ?([FC])\b")                                   # "Bake at 350 F"


def _read_signs_of_amounts(text: str) -> str:
    """Signs and letters of amounts in words ("$9.99/month" → "$9.99 per month", "3+ years" → "at least 3 years",
    "2x a day" → "2 times a day", "10k followers" → "10 thousand followers", "bake at 350 F" → "at 350 degrees
    Fahrenheit"): read as written they came out "9,9/9/month", "3 500 années", "la table no 1", "dix suivres",
    "Prends à 350 minutes"."""
    text = _THOUSANDS.sub(r"\1 thousand", _TIMES.sub(r"\1 times", _AT_LEAST.sub(r"at least \1", text)))
    text = _PER.sub(lambda m: f"{m.group(1)} per {'hour' if m.group(2) == 'hr' else m.group(2)}", text)
    if _COOKING.search(text):
        text = _BARE_DEGREES.sub(lambda m: f"{m.group(1)} {m.group(2)} degrees "
                                 f"{'Fahrenheit' if m.group(3) == 'F' else 'Celsius'}", text)
    return text


# a phrase that opens a clause and ends in a number, with another number right after it: "In 2020 20 people came."
# had come out "En 2020 personnes sont venues.", "Since 2015 25 new shops opened." "Depuis 2015 nouveaux
# magasins", "On page 12 12 errors" "À la page 12 erreurs" (a number lost); with a comma the model keeps both
_SIDE_BY_SIDE = re.compile(r"(?:^|(?<=[.!?;:]\s)|(?<=\b(?i:and|but)\s)|(?<=\b(?i:so)\s)|(?<=\b(?i:then)\s))"
                           r"((?i:in|by|since|until|till|before|after|during|from|on|at|through|around)\s+"
                           r"(?:[A-Za-z]+\s+){0,2}?)(\d+)\s+(?=(\d+)(?![\d:/.,-]|[.,]\d))")


def _apart(m: re.Match) -> str:
    """Two numbers side by side kept apart by a comma, unless they are one number in groups of three ("In 10 000
    cases": the second three digits after one to three) or perhaps a time typed with a space ("at 10 30")."""
    grouped = len(m.group(2)) <= 3 and len(m.group(3)) == 3
    timed = m.group(1).strip().lower() in ("at", "by", "around", "until", "till", "from", "before", "after") \
        and int(m.group(2)) <= 24 and len(m.group(3)) == 2 and int(m.group(3)) <= 59
    return m.group() if grouped or timed else f"{m.group(1)}{m.group(2)}, "


_NUMBER_WORD = rf"(?:\d{{1,3}}|(?i:{'|'.join(sorted(ENGLISH_NUMBERS, key=len, reverse=True))}))"
# "two euros fifty", "5 pounds 20": a price said as people say it; read so, it came out "deux euros cinquante ans"
_SAID_PRICE = re.compile(rf"\b({_NUMBER_WORD}) (euros?|pounds?|dollars?) ({_NUMBER_WORD})\b"
                         r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:each|a|an|per|for|and|or|but|in|at|on|please|now|today|then"
                         r"|so|if|with|is|was|instead|only)\b)")


def _as_digits(word: str) -> int:
    return int(word) if word.isdigit() else ENGLISH_NUMBERS[word.lower()]

# pounds and ounces of a weight ("The baby weighs seven pounds ten." had been read "7.10 pounds", a price's form)
_WEIGHT = re.compile(r"\b(?:weigh\w*|heav(?:y|ier)|lost|los(?:e|ing)|gain\w*|ounces?|oz|stones?|lbs?|born|birth)\b",
                     re.IGNORECASE)


def _read_said_prices(text: str) -> str:
    """A price said with its cents after the currency ("two euros fifty" → "2.50 euros", "5 pounds 20" → "5.20
    pounds"), as the model knows amounts: "It costs two euros fifty." had come out "Ça coûte deux euros cinquante
    ans." Only cents from 1 to 99, before the end of the clause or a word that goes on the sentence."""
    def one(m: re.Match) -> str:
        whole, cents = _as_digits(m.group(1)), _as_digits(m.group(3))
        if not 1 <= cents <= 99 or whole > 999 or m.group(2).startswith("pound") and _WEIGHT.search(text):
            return m.group()
        unit = m.group(2) if m.group(2).endswith("s") else m.group(2) + "s"
        return f"{whole}.{cents:02d} {unit}"
    return _SAID_PRICE.sub(one, text)


# "centimetres" as British spelling writes it came out "centimes"; "centimeters" comes out "centimètres"
_CENTIMETRES = re.compile(r"(?<=\d )centimetre(s?)\b|(?<=\d)centimetre(s?)\b")


def read(text: str, covers: Callable[[str], bool]) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """``text`` with its quantities in the form the model knows, the numbers read without their minus sign, and
    what was read so, in words for a note ("times on the 24-hour clock")."""
    done = []

    def step(what: str, new: str, old: str) -> str:
        if new != old:
            done.append(what)
        return new
    text = step("abbreviations in words", _read_abbreviations(text), text)
    text = step("weekdays and months in full", read_short_dates(text), text)
    text = step("decimal commas as points", _read_decimal_commas(text), text)
    text = step("the dollar sign before its amount", _DOLLAR_AFTER.sub(r"$\1", text), text)
    text = step("amounts in words", _read_signs_of_amounts(_read_scaled_amounts(text)), text)
    text = step("halves in words", _read_halves(text), text)
    text = step("signs in words", _read_signs(text, covers), text)
    text = step("number words in digits", _read_hundred_millions(_read_misread_tens(_read_compound_numbers(
        read_number_words(text)))), text)   # "-25", "40"; "in nineteen eighty-five", "three hundred and twenty"
    text = step("minus as a sign", read_minus(text), text)
    read_text, negatives = read_negatives(text)
    text = step("a minus sign set aside and put back", read_text, text)
    text = step("prices in digits", _read_said_prices(text), text)
    text = step("clock times in digits", _read_spoken_clock(text), text)
    text = step("lengths in minutes and seconds", _read_lengths(text), text)
    text = step("times on the 24-hour clock", _read_clock(text), text)
    text = step("ranges with “to”", _read_ranges(text), text)
    ordinals = read_ordinals(text)
    text = step(endings(text, ordinals) or "ordinals as the model knows them", ordinals, text)
    text = step("units in words", _CENTIMETRES.sub(r"centimeter\1\2", _read_units(text)), text)
    text = step("a comma between numbers side by side", _SIDE_BY_SIDE.sub(_apart, text), text)
    return text, negatives, tuple(done)
