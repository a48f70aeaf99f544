"""Time phrases the model wrote almost right, as French writes them (typography.py calls ``mend``).

- Telling the time is "Il est …", not "C'est …" ("It's 3:15." → "C'est 3 h 15.", "It's quarter to nine." → "C'est
  neuf heures moins le quart."), and asking it "Quelle heure est-il ?" ("What time is it?" → "À quelle heure est-il
  ?", which asks when something is); only where the source tells or asks the time.
- "une heure et demie" agrees with "heure" ("The flight takes an hour and a half." → "une heure et demi"; "midi et
  demi" stays).
- "toutes les 20 minutes" agrees with the feminine unit ("tous les 20 minutes", "tous les deux semaines").
- "vers 19 heures" for "around 7 pm" ("autour de 19 heures", a calque).
- "Après-demain est un jour férié." ("The day after tomorrow is…" → "Le jour après-demain…").
- A date is "le 1er mai" after "est" ("The exam is on the 1st of May." → "L'examen est au 1er mai.").
- An hour in the morning is not "16 heures du matin" ("I got up at 4 o'clock in the morning" → "à 16 heures du
  matin", "at 2 o'clock in the morning" "à 14 heures du matin"); not a length ("14 hours from morning to night").
- A range keeps its second "h" ("between 19:00 and 20:00" → "entre 19 h et 20.").
- A whole hour keeps no minutes the model copied from the time before it ("from 7:30 pm to 10 pm", read "from 19:30
  to 22:00" → "de 19 h 30 à 22 h 30").
"""
from __future__ import annotations

import re

from .calendar_names import MONTHS_FR

# the source tells the time: "It's 3:15.", "It is 19:00", "It's almost 8:45" (fold.py reads "quarter to nine" as
# "8:45", "7 pm" as "19:00"); not a length ("It's 2 hours by car")
_TELLS = re.compile(r"(?:^|[.!?,;]\s+|\b(?:now|well|oh|look|so|and),?\s+)it(?:['’]s|\s+is|\s+was)\s+"
                    r"(?:(?:almost|nearly|already|exactly|just|about|only|now|past)\s+)?\d{1,2}:[0-5]\d\b"
                    r"(?!\s*(?:minutes?|hours?|long)\b)", re.IGNORECASE)
_CEST_TIME = re.compile(r"\b([Cc])['’](est|était) ((?:(?:presque|déjà|exactement|juste|environ|maintenant) )?"
                        r"(?:\d{1,2} h\b|\d{1,2} heures?\b|(?:une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze)"
                        r" heures?\b|midi\b|minuit\b))")
_ASKS = re.compile(r"\bwhat\s+time\s+is\s+it\b(?=\s*(?:[?,.!]|$|now\b|there\b|please\b|in\b))", re.IGNORECASE)
_ASKED = re.compile(r"\bwhat\s+time\s+it\s+is\b", re.IGNORECASE)
_WHEN_IS_IT = re.compile(r"\b([Àà]) quelle heure est-(?:il|ce)\b")
# shouted: fold.restore writes the French in capitals before typography mends it ("WHAT TIME IS IT?" → "À QUELLE
# HEURE EST-IL ?", while "What time is it?" is mended)
_WHEN_IS_IT_SHOUTED = re.compile(r"(?<![\w'’-])À QUELLE HEURE EST-(?:IL|CE)\b")
_WHEN_IT_IS = re.compile(r"\bà quelle heure il est\b")
_HALF_HOUR = re.compile(r"\b(heures?) et demi\b")
_EVERY_FEMININE = re.compile(r"\btous les ((?:\d+|deux|trois|quatre|cinq|six|huit|dix|quinze|vingt|trente) )?"
                             r"(minutes|heures|semaines|secondes|années|nuits|journées|soirées)\b")
_AROUND = re.compile(r"\bautour de (?=\d{1,2} h\b|\d{1,2} h \d\d\b|\d{1,2} heures?\b|midi\b|minuit\b)")
_DAY_AFTER = re.compile(r"\b([Ll])e jour (après-demain|avant-hier)\b")
# not a length "from morning to night" ("He worked 14 hours from morning to night." → "14 heures du matin au soir" had
# been made "2 heures du matin au soir")
_AFTERNOON_MORNING = re.compile(r"(?<![\d,.])(1[3-7])( heures?| h)((?: \d\d)? du matin)\b"
                                r"(?!\s*(?:au|à|jusqu)\b)")
_HOUR_MINUTES = re.compile(r"(?<![\d,.:])(\d{1,2}) h (\d\d)\b")
_COLON_HOUR = re.compile(r"(?<![\d,.:])(\d{1,2}):00(?![\d:])")
# a range whose second hour lost its "h" ("between 19:00 and 20:00" → "entre 19 h et 20.")
_BETWEEN = re.compile(r"\b(entre (\d{1,2}) h et (\d{1,2}))(?=\s*(?:[.,;!?]|$))")
_DATE_AU = re.compile(rf"\b(est|sont|était|sera|c['’]est) au (?=(?:1er|\d{{1,2}}) (?:{'|'.join(MONTHS_FR)})\b)")


def _told(text: str, source: str) -> str:
    """"Il est 3 h 15." where the source tells the time and the model wrote "C'est"; "Quelle heure est-il ?" where
    it asks it and the model wrote "À quelle heure est-il ?" (or, shouted, "À QUELLE HEURE EST-IL ?")."""
    if _TELLS.search(source):
        text = _CEST_TIME.sub(lambda m: f"{'I' if m.group(1) == 'C' else 'i'}l {m.group(2)} {m.group(3)}", text)
    if _ASKS.search(source):
        text = _WHEN_IS_IT.sub(lambda m: "Quelle heure est-il" if m.group(1) == "À" else "quelle heure est-il", text)
        text = _WHEN_IS_IT_SHOUTED.sub("QUELLE HEURE EST-IL", text)
    if _ASKED.search(source):
        text = _WHEN_IT_IS.sub("quelle heure il est", text)
    return text


def _whole_hours(text: str, source: str) -> str:
    """"22 h" where the source says "22:00" and the model wrote "22 h 30" (a time the source does not say) or
    copied "22:00" ("entre 20 heures et 22:00")."""
    def one(m: re.Match) -> str:
        hour, minutes = m.groups()
        return f"{hour} h" if _says(source, hour, "00") and not _says(source, hour, minutes) else m.group()
    text = _COLON_HOUR.sub(lambda m: f"{m.group(1)} h" if _says(source, m.group(1), "00") else m.group(), text)
    return _HOUR_MINUTES.sub(one, text)


def _a_length(after: str, source: str) -> bool:
    """Whether the hours ``after`` "autour de" are a length the source says ("It takes around 3 hours": "autour de 3
    heures" is "environ", not "vers 3 heures", a time of day)."""
    hours = re.match(r"(\d{1,2}) heures\b", after)
    return bool(hours and re.search(rf"(?<!\d){hours.group(1)}\s+hours\b", source))


def _says(source: str, hour: str, minutes: str) -> bool:
    """Whether ``source`` says the time ``hour``:``minutes`` as a whole ("2:00" is not said by "12:00": the model's
    "2:00" for "12:00" had been written "2 h")."""
    return re.search(rf"(?<![\d:]){hour}:{minutes}(?!\d)", source) is not None


def mend(text: str, source: str = "") -> str:
    """``text`` (a translation of ``source``) with its time phrases as French writes them (see the module's
    docstring)."""
    text = _HALF_HOUR.sub(r"\1 et demie", _whole_hours(_told(text, source), source))
    text = _AFTERNOON_MORNING.sub(lambda m: m.group() if re.search(rf"(?<!\d){m.group(1)}\s+hours\b", source)
                                  else f"{int(m.group(1)) - 12}{m.group(2)}{m.group(3)}", text)
    text = _EVERY_FEMININE.sub(lambda m: f"toutes les {m.group(1) or ''}{m.group(2)}", text)
    text = _AROUND.sub(lambda m: m.group() if _a_length(text[m.end():], source) else "vers ", text)
    text = _DAY_AFTER.sub(lambda m: (m.group(2).capitalize() if m.group(1) == "L" else m.group(2)), text)
    text = _BETWEEN.sub(lambda m: f"{m.group(1)} h" if f"{m.group(3)}:00" in source else m.group(), text)
    return _DATE_AU.sub(r"\1 le ", text)
