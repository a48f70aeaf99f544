"""Numbers said in words that the model garbles, read as digits (quantities.py calls ``read`` with the other number
words): a year ("I was born in nineteen eighty-five." came out «Je suis né en dix-sept ans.», "in nineteen forty-two"
«en neuf cents ans», "in twenty nineteen" «en vingt ans»; "1985", "1942", "2019": «en 1985») and a number built of
hundreds and thousands ("two thousand five hundred euros" came out «deux mille cents euros», "three hundred and twenty
people" «trois cents et vingt personnes», "a hundred and fifty" «cent et cinquante»; "2500", "320", "150": «2 500
euros», «320 personnes»). A round "two hundred" or "a thousand" alone stays in words, and so does a number that
opens a sentence: the model writes those right.
"""
from __future__ import annotations

import re

from .numbers import ENGLISH_NUMBERS

_BELOW_20 = {word: n for word, n in ENGLISH_NUMBERS.items() if 1 <= n < 20}
_TENS = {word: n for word, n in ENGLISH_NUMBERS.items() if n >= 20}
_UNIT = "(?:" + "|".join(word for word, n in _BELOW_20.items() if n < 10) + ")"
_UNDER_100 = rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{_UNIT}))?|{'|'.join(sorted(_BELOW_20, key=len, reverse=True))})"

# a year after a word that dates it: "in nineteen eighty-five", "since twenty twenty", "the summer of nineteen
# sixty-nine", "nineteen oh five", "eighteen hundred"; from the 1700s on (not "until eleven thirty": a time)
_CENTURY = "seventeen|eighteen|nineteen|twenty"
_YEAR = re.compile(rf"\b(?P<lead>(?:in|since|from|until|till|by|before|after|around|of|circa)\s+)"
                   rf"(?P<century>{_CENTURY})\s+(?:(?P<oh>oh)\s+(?P<ohunit>{_UNIT})|(?P<hundred>hundred)"
                   rf"|(?P<rest>{_UNDER_100}))\b(?![- ](?:hundred|thousand|million|billion|percent|per\b|%))",
                   re.IGNORECASE)

# a number with hundreds and thousands: "two thousand five hundred", "three hundred and twenty", "a hundred and
# fifty", "two thousand and five"; at least two parts (a round "two hundred" stays), not before a larger scale
_HUNDREDS = rf"(?:(?:a|one|{_UNIT})\s+hundred)"
_THOUSANDS = rf"(?:(?:a|one|{_UNDER_100}|{_UNIT}\s+hundred(?:\s+and\s+{_UNDER_100}|\s+{_UNDER_100})?)\s+thousand)"
_NUMBER = re.compile(rf"\b(?:{_THOUSANDS}(?:,?\s+(?:and\s+)?{_HUNDREDS})?(?:,?\s+(?:and\s+)?{_UNDER_100})?"
                     rf"|{_HUNDREDS}\s+(?:and\s+)?{_UNDER_100})\b"
                     r"(?![- ](?:hundred|thousand|million|billion)\b)(?!-)", re.IGNORECASE)


def _under_100(words: str) -> int:
    """"twenty-five" → 25, "seven" → 7, "forty" → 40."""
    parts = re.split(r"[- ]+", words.lower().strip())
    return sum(_TENS.get(part, _BELOW_20.get(part, 0)) for part in parts)


def _value(words: str) -> int:
    """The number ``words`` say ("two thousand five hundred and six" → 2506)."""
    total, current = 0, 0
    for chunk in re.split(r",?\s+(?:and\s+)?", words.lower().strip()):
        if chunk == "hundred":
            current = (current or 1) * 100
        elif chunk == "thousand":
            total, current = total + (current or 1) * 1000, 0
        else:                                                           # "a", "one", "five", "twenty-five"
            current += 1 if chunk == "a" else _under_100(chunk)
    return total + current


def _round(words: str) -> bool:
    """Whether ``words`` is a round number the model writes right in words ("two hundred", "a thousand")."""
    return bool(re.fullmatch(r"\w+\s+(?:hundred|thousand)", words))


def _opening(text: str, start: int) -> bool:
    """Whether a number at ``start`` opens a sentence, where French says it in words ("One hundred and fifty people
    entered the race." came out right, «Cent cinquante personnes…»; read "150", «150 personnes ont pénétré…»)."""
    return not text[:start].strip() or bool(re.search(r"[.!?]\s*$", text[:start]))


def _year(m: re.Match) -> str:
    century = _BELOW_20.get(m.group("century").lower()) or 20
    if m.group("hundred"):
        return f"{m.group('lead')}{century}00"
    rest = int(m.group("ohunit") and _BELOW_20[m.group("ohunit").lower()] or _under_100(m.group("rest")))
    return f"{m.group('lead')}{century}{rest:02d}"


_YEAR_LEAD = re.compile(r"\b(?:in|since|from|until|till|by|before|after|around|of|circa)\s+$", re.IGNORECASE)


def read(text: str) -> str:
    """``text`` with a year said in words after a word that dates it, and a number of hundreds and thousands in
    several parts, in digits ("in nineteen eighty-five" → "in 1985", "three hundred and twenty" → "320", "two
    thousand five hundred" → "2,500", which the model writes «2 500»; "in two thousand and five" → "in 2005")."""
    text = _YEAR.sub(_year, text)

    def digits(m: re.Match) -> str:
        if _round(m.group()) or _opening(text, m.start()):
            return m.group()
        n = _value(m.group())
        return str(n) if 1000 <= n < 2100 and _YEAR_LEAD.search(text[:m.start()]) else f"{n:,}"
    return _NUMBER.sub(digits, text)
