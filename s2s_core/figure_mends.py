"""Dates, ages and measures the model wrote almost right, as French writes them (typography.py calls ``mend``).

``source`` is the English as the model read it (fold.py): "Tuesday the 10th" read "Tuesday the tenth", "in his
forties" read "between 40 and 49 years old" (phrasing/figures.py).
- A weekday with its date: "We'll meet on Tuesday the 10th." → "Nous nous rejoindrons mardi la dixième.", "The
  party is on Friday the 3rd." → "La fête est vendredi." (the date lost); "mardi 10", "vendredi 3", "dimanche 1er".
- A weekday's date glued to the hour: "…samedi 14 heures à la Red Lion…" → "…samedi 14 à partir de huit heures…"
  ("on Saturday the 14th from eight o'clock at the Red Lion").
- An age between two: "Mon patron est de 50 à 59 ans." → "Mon patron a la cinquantaine." ("in his fifties"), "Elle
  a entre 20 à 23 ans." → "Elle a un peu plus de 20 ans." ("in her early twenties").
- Degrees colder or warmer: "It's 10 degrees colder than yesterday." → "Il fait dix degrés de froid qu'hier.",
  "…5 degrees warmer…" → "5 degrés plus chauds qu'hier"; "dix degrés de moins qu'hier", "5 degrés de plus".
- One day's event: "Le concert du samedi était…" → "de samedi" for "Saturday's concert was" (read so for "The
  concert on Saturday was…").
- "le jour du Pâques" → "le jour de Pâques".
- A count of characters: "8 caractéristiques" → "8 caractères" ("The password must be 8 characters long.").
- "I need 2 kg of potatoes." → "…2 kilogrammes de terre." ("pommes" lost): "de pommes de terre".
- "terrace" copied in English: "sur le terrace" → "sur la terrasse".
"""
from __future__ import annotations

import re

from .calendar_names import WEEKDAYS, WEEKDAYS_FR
from .numbers import ENGLISH_NUMBERS
from .ordinals import FR_COUNT, FR_NTH, ORDINAL_WORDS

_NTH_FR = rf"(?:premier|second|seconde|{'|'.join(FR_NTH)})"
_DAY_DATE = re.compile(rf"\b({'|'.join(WEEKDAYS)})\s*,?\s+the\s+({'|'.join(ORDINAL_WORDS)})\b", re.IGNORECASE)


def _day_date(text: str, source: str) -> str:
    """"mardi la dixième" → "mardi 10" where the source says "Tuesday the tenth"; the date put back after the day
    where the model lost it ("vendredi" → "vendredi 3"), or the day before it ("le sixième" → "samedi 6")."""
    said = _DAY_DATE.findall(source)
    if len(said) != 1:
        return text
    day_fr = WEEKDAYS_FR[WEEKDAYS.index(said[0][0].capitalize())]
    n = ORDINAL_WORDS.index(said[0][1].lower()) + 1
    date = f"{day_fr} {'1er' if n == 1 else n}"
    written = re.compile(rf"\b{day_fr}\s*,?\s*(?:(?:le|la|du|de la)\s+)?{_NTH_FR}\b", re.IGNORECASE)
    if written.search(text):
        return written.sub(lambda m: m.group()[:1] + date[1:], text, count=1)
    bare = re.compile(rf"\b({day_fr})\b(?!\s*,?\s*\d)", re.IGNORECASE)
    if len(bare.findall(text)) == 1:
        return bare.sub(lambda m: m.group(1) + date[len(day_fr):], text)
    nth = re.compile(rf"\b[Ll]e\s+{_NTH_FR}\b")
    return nth.sub(date, text, count=1) if day_fr not in text.lower() and len(nth.findall(text)) == 1 else text


# a weekday's date glued to the hour (fix55, measure53): "…on Saturday the 14th from eight o'clock at the Red Lion…"
# (read "Saturday 14 from eight o'clock") came out «…samedi 14 heures à la Red Lion…» (2 pm, the eight o'clock lost),
# "Come to the party on Saturday the 14th, from eight o'clock." «…le samedi 14 heures à huit heures.»; the date kept
# as a date («samedi 14») and, where the French lost it, the clock time the English gave after it put back
_CLOCK_WORDS = tuple(word for word, n in ENGLISH_NUMBERS.items() if 1 <= n <= 12)     # "one" to "twelve"
_DAY_HOUR_EN = re.compile(rf"\b({'|'.join(WEEKDAYS)})\s*,?\s+(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\b"
                          rf"(?:\s*,)?(?:\s+(from|at|starting\s+at)\s+(?:about\s+|around\s+)?"
                          rf"(\d{{1,2}}(?::00)?|{'|'.join(_CLOCK_WORDS)})(?:\s+o['’]clock)?\b(\s*[ap]\.?m\b)?)?",
                          re.IGNORECASE)


def _day_hours(text: str, source: str) -> str:
    """"samedi 14 heures" → "samedi 14" (with "à partir de huit heures" put back where lost) where the source says
    "Saturday 14" and no 14 o'clock."""
    m = _DAY_HOUR_EN.search(source)
    if not m or m.group(5) or re.search(rf"\b{m.group(2)}(?::\d\d|\s*[ap]\.?m\b|\s+o['’]clock|\s+hours)", source,
                                        re.IGNORECASE):
        return text
    day_fr = WEEKDAYS_FR[WEEKDAYS.index(m.group(1).capitalize())]
    glued = re.compile(rf"\b({day_fr}\s+{m.group(2)})\s+heures\b", re.IGNORECASE)
    if not glued.search(text):
        return text
    time = ""
    if m.group(4):
        clock = m.group(4).split(":")[0].lower()
        hours = clock if clock.isdigit() else FR_COUNT[ENGLISH_NUMBERS[clock] - 1]        # "eight": «huit»
        said = re.compile(rf"\b(?:{hours}|{int(clock) + 12 if clock.isdigit() else hours})\s+heures?\b")
        if not said.search(text[glued.search(text).end():]):
            time = (" à partir de " if m.group(3).lower() == "from" else " à ") + \
                f"{hours} heure{'' if hours in ('une', '1') else 's'}"
    return glued.sub(lambda g: g.group(1) + time, text, count=1)


_AGE_RANGE_EN = re.compile(r"\bbetween (\d{1,3}) and (\d{1,3}) years old\b")
# "être" as "avoir" where French says an age with it ("Mon patron est 50 ans" → "a 50 ans"; typography.py too)
AVOIR = {"est": "a", "sont": "ont", "était": "avait", "étaient": "avaient", "suis": "ai", "sommes": "avons",
          "êtes": "avez", "es": "as"}


_DECADES_FR = {20: "la vingtaine", 30: "la trentaine", 40: "la quarantaine", 50: "la cinquantaine",
               60: "la soixantaine"}


def _age_words(low: int, high: int) -> str:
    """An age between ``low`` and ``high`` as French says it: a decade by its noun ("in his forties", read "between 40
    and 49 years old": "la quarantaine", not "entre 40 et 49 ans"), its start, middle or end without a precision the
    English never gave ("early twenties", read 20 to 23: "un peu plus de 20 ans"; "mid": "environ 25 ans"; "late":
    "presque 30 ans"); any other range as typed ("entre 70 et 79 ans")."""
    decade = low - low % 10
    if (low, high) == (decade, decade + 9) and decade in _DECADES_FR:
        return _DECADES_FR[decade]
    spans = {(decade, decade + 3): f"un peu plus de {decade} ans",
             (decade + 4, decade + 6): f"environ {decade + 5} ans",
             (decade + 7, decade + 9): f"presque {decade + 10} ans"}
    return spans.get((low, high), f"entre {low} et {high} ans")


def _age_range(text: str, source: str) -> str:
    """"Mon patron est de 50 à 59 ans." → "Mon patron a la cinquantaine." for "is between 50 and 59 years old"
    (phrasing/figures.py's reading of "in his fifties"; ``_age_words``)."""
    for low, high in _AGE_RANGE_EN.findall(source):
        said = _age_words(int(low), int(high))
        text = re.sub(rf"(?<![\w'’])(est|sont|était|étaient|suis|sommes|êtes|es|a|ont|avait|avaient|ai|avons|avez|as)"
                      rf" (?:entre|de) {low} (?:et|à) {high} ans\b",
                      lambda m: f"{AVOIR.get(m.group(1), m.group(1))} {said}", text)
    return text


_DEGREES_EN = re.compile(r"\bdegrees? (colder|cooler|warmer|hotter) than\b", re.IGNORECASE)
_COLDER_FR = re.compile(r"\b(degrés?) (?:de (?:plus )?froids?|plus froids?|plus frais|de fraîcheur)(?= qu)")
_WARMER_FR = re.compile(r"\b(degrés?) (?:de (?:plus )?chauds?|plus chauds?|de chaleur)(?= qu)")


def _degrees(text: str, source: str) -> str:
    """"dix degrés de froid qu'hier" → "dix degrés de moins qu'hier" for "10 degrees colder than yesterday";
    "5 degrés plus chauds qu'hier" → "5 degrés de plus qu'hier" for "warmer"."""
    said = {m.lower() for m in _DEGREES_EN.findall(source)}
    if said & {"colder", "cooler"}:
        text = _COLDER_FR.sub(r"\1 de moins", text)
    return _WARMER_FR.sub(r"\1 de plus", text) if said & {"warmer", "hotter"} else text


_POTATOES = re.compile(r"\b(kilogrammes?|grammes?|kilos?|livres?|sacs?|tonnes?) de terre\b")


def _potatoes(text: str, source: str) -> str:
    """"2 kilogrammes de terre" → "2 kilogrammes de pommes de terre" where the source says potatoes."""
    return _POTATOES.sub(r"\1 de pommes de terre", text) if re.search(r"\bpotato", source, re.IGNORECASE) else text


_ONE_DAYS = re.compile(rf"^({'|'.join(WEEKDAYS)})['’]s\s+[a-z]+\s+(?:was|were)\b")


def _one_days(text: str, source: str) -> str:
    """"Le concert du samedi était…" → "Le concert de samedi était…" for "Saturday's concert was…" (one Saturday,
    past; "du samedi" says every Saturday's)."""
    said = _ONE_DAYS.match(source)
    day_fr = WEEKDAYS_FR[WEEKDAYS.index(said.group(1))] if said else ""
    return re.sub(rf"\bdu {day_fr}\b", f"de {day_fr}", text, count=1) if said else text


_CHARACTERS_FR = re.compile(r"\b(\d+) (?:caractéristiques|personnalités)\b")


def _characters(text: str, source: str) -> str:
    """"8 caractéristiques" → "8 caractères" for "8 characters" ("The password must be 8 characters long." → "…doit
    être de 8 caractéristiques", "contain 20 characters" → "20 personnalités")."""
    return _CHARACTERS_FR.sub(r"\1 caractères", text) if re.search(r"\b\d+\s+characters\b", source) else text


def _easter(text: str) -> str:
    """"Le jour du Pâques" → "Le jour de Pâques" ("On Easter Sunday we eat lamb.", read "On Easter Day")."""
    return re.sub(r"\b(jour|journée|dimanche|lundi) du Pâques\b", r"\1 de Pâques", text)


# "terrace" the model copied in English, in the masculine: "Asseyons-nous sur le terrace." ("Let's sit on the
# terrace."), "Notre appartement a un petit terrace."; "sur la terrasse", "une petite terrasse"
_TERRACE = re.compile(r"\b(?:(le|un|ce|du|au|mon|ton|son)\s+)?(?:(petit|grand|joli)\s+)?terrace(s?)\b")
_TERRACE_FEMININE = {"le": "la", "un": "une", "ce": "cette", "du": "de la", "au": "à la", "mon": "ma", "ton": "ta",
                     "son": "sa"}


def _terrace(text: str, source: str) -> str:
    """"sur le terrace" → "sur la terrasse", "un petit terrace" → "une petite terrasse" (``source`` says terrace)."""
    if not re.search(r"\bterraces?\b", source, re.IGNORECASE):
        return text
    return _TERRACE.sub(lambda m: " ".join(w for w in (_TERRACE_FEMININE.get(m.group(1) or ""), m.group(2) and
                                                       m.group(2) + "e", "terrasse" + m.group(3)) if w), text)


def mend(text: str, source: str) -> str:
    """``text`` (a French translation of ``source``) with its dates, ages and measures as above."""
    if not source:
        return text
    text = _potatoes(_degrees(_age_range(_day_hours(_day_date(text, source), source), source), source), source)
    return _terrace(_easter(_characters(_one_days(text, source), source)), source)
