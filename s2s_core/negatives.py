"""A minus sign read so that the model keeps the number: "minus 5" in a text about the weather read "-5"
(``read_minus``), a number's minus sign set aside before translating (``read_negatives``) and put back after it
(``put_back_signs``); quantities.py reads the rest of a text's quantities.

Read as a word, "minus 5 degrees" came out "en minuscule 5 degrés"; read with its sign, "-5 °C" came out "un
diplôme Celsius" (the number lost).
"""
from __future__ import annotations

import re
from typing import Sequence

from .numbers import ENGLISH_NUMBERS


_NEGATIVE = re.compile(r"(?<![\w.,/-])[-−](\d+(?:[.,]\d+)?)(?![\w-]|[.,]\d)")


def read_negatives(text: str) -> tuple[str, tuple[tuple[str, int], ...]]:
    """``text`` with numbers read without their minus sign, and those numbers with which of the number's
    occurrences each is ("from 5 to -5": ("5", 1)): "It is -5 °C." came out as "C'est un diplôme Celsius" (the
    number lost), read as "5" it comes out right and the sign goes back (``put_back_signs``)."""
    found = tuple((m.group(1), len(re.findall(rf"(?<![\d.,]){re.escape(m.group(1))}(?![\d]|[.,]\d)",
                                              text[:m.start()])))
                  for m in _NEGATIVE.finditer(text))
    return (_NEGATIVE.sub(r"\1", text), found) if found else (text, ())


def put_back_signs(text: str, negatives: Sequence[tuple[str, int]]) -> str:
    """``text`` with a minus sign before the occurrence of each number in ``negatives`` that the source signed,
    counted in the same order ("de 5 à 5 degrés" → "de 5 à -5 degrés"), or else the first unsigned one (the
    number as the translation writes it: "-2.5" → "-2,5")."""
    for number, k in negatives:
        written = rf"(?:{re.escape(number)}|{re.escape(number.replace('.', ','))})"
        found = list(re.finditer(rf"(?<![\w.,−-]){written}(?![\d]|[.,]\d)", text))
        if found:
            m = found[k] if k < len(found) else found[0]
            text = text[:m.start()] + "-" + text[m.start():]
    return text


# "minus 5 degrees", "it's minus five outside": read with the sign ("-5 degrees"; read as a word, "minus 5 degrees"
# came out "en minuscule 5 degrés", "It's minus five…" "Il est minuscule cinq…"); not a sum ("10 minus 5", "x minus
# 2"; "it's" is no term), a margin ("plus or minus 5" had become "plus ou -5"), nor a compound number in words
_MINUS = re.compile(rf"\b[Mm]inus (\d+(?:[.,]\d+)?|(?i:{'|'.join(w for w in ENGLISH_NUMBERS if w != 'zero')}))\b"
                    r"(?![.,]\d)(?!-)")
_TERM_BEFORE = re.compile(rf"(?:[\d)]|(?<!['’])\b[A-Za-z]|\b(?i:{'|'.join(ENGLISH_NUMBERS)})|\b(?i:plus\s+or)|±)\s*$")
# the weather said with "it" ("It was minus 25 last night." had come out "C'était minuscule 25 ans…": no word of
# the cold) or a temperature that drops ("It'll drop to minus 10"); not a sum ("It is 10 minus 5")
_COLD = re.compile(r"\b(?:degrees?|temperatures?|cold|freezing|outside|weather|thermometer|celsius|fahrenheit)\b|°"
                   r"|\bit(?:['’]s|\s+is|\s+was|['’]ll\s+be|\s+will\s+be|\s+gets|\s+got)\s+(?:\w+\s+)?minus\b"
                   r"|\b(?:drops?|dropped|falls?|fell|fallen|goes\s+down|went\s+down)\s+to\s+minus\b", re.IGNORECASE)

# a word after the number that counts something else ("he scored minus 3 points", in a text that also speaks of the
# cold, had become "-3 degrés"): not a degree, nor a word that goes on the sentence ("minus 5 outside this morning")
_OTHER_UNIT = re.compile(r"\s+(?!(?:degrees?|celsius|fahrenheit|outside|inside|today|tonight|tomorrow|yesterday|this"
                         r"|last|overnight|at|in|on|and|or|but|with|by|during|then|now|here|there|when|while|so|for"
                         r"|until|all|every)\b)[a-z]")

# a bare "minus 200" in a text about money is not a temperature ("The bank balance was minus 200 in the cold month"
# had become "-200 degrés"), nor about a score ("In the cold, his score was minus three.": "…de -3 degrés")
_MONEY_TALK = re.compile(r"\b(?:balance|account|bank|budget|debt|overdrawn|profit|loss|dollars?|euros?|pounds?|"
                         r"scored?|points?|goals?|marks?|quiz|grades?)\b|[$€£]", re.IGNORECASE)


def read_minus(text: str) -> str:
    """"minus 5" as "-5" where the text speaks of temperature (the sign is then set aside and put back), "minus
    40" alone as "-40 degrees"."""
    if not _COLD.search(text):
        return text
    def one(m: re.Match) -> str:     # "below minus 40" read "-40" came out "-40 ans": a bare one takes "degrees"
        if _TERM_BEFORE.search(text[:m.start()]) or _OTHER_UNIT.match(text[m.end():]):
            return m.group()
        number = str(ENGLISH_NUMBERS.get(m.group(1).lower(), m.group(1)))    # "minus five": "-5"
        if re.match(r"\s?(?:degrees?\b|°)", text[m.end():]):
            return f"-{number}"
        return m.group() if _MONEY_TALK.search(text) else f"-{number} degrees"
    return _MINUS.sub(one, text)
