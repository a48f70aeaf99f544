"""Everyday phrases of shops, deliveries, banks, bookings and work, read in words the model knows.

The model learnt its English from Tatoeba and the Hansards, where "out of stock", "a charge" or "to book" are rare or
mean something else, so it turned some everyday phrases into another meaning while it translates a plain paraphrase
right: "The shoes are out of stock." came out "Les chaussures sont en stock." (the very opposite; "are not
available": "ne sont pas disponibles"), "I was charged twice for my order." "J'ai été accusé deux fois…" ("I paid
twice": "J'ai payé deux fois…"), "Can I book a table?" "Puis-je livrer une table ?". Each phrase below is read as its
paraphrase only where it means that (after a form of "be", before the object it takes), its capital kept; each was
kept only where the paraphrase came out right in at least three sentences and no sentence came out worse. fold.py
calls ``read_phrases`` and names the reading in its note. The tables are kept by theme (orders, chat, errands, demo,
events, money, home, outdoors, leisure, travel, food, health, people, feelings, work, admin, school, phrasal, tech,
times, questions, clothes, sports, transport, animals, kids, weather, arts, house, body, figures, restaurant,
directions, phone, driving, couples, garden, plans, stays, software, daily, visitors, support, notes, verbs,
routines, attach, situations, recount, variants, occasions, upkeep, whereabouts; read in the
order of ``THEMES``); ``common`` holds the pieces of pattern they share.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..pattern_screen import Lazy, Screen, folded, needs_of
from . import (admin, animals, arts, attach, body, chat, clothes, couples, daily, demo, directions, driving, errands,
               events, feelings, figures, food, garden, health, home, house, kids, leisure, money, notes, occasions,
               orders, outdoors, people, phone, phrasal, plans, questions, recount, restaurant, routines, school,
               situations, software, sports, stays, support, tech, times, transport, travel, upkeep, variants, verbs,
               visitors, weather, whereabouts, work)

# in this order: a phrase is matched in what the phrases before it left
THEMES = (orders, chat, errands, demo, events, money, home, outdoors, leisure, travel, food, health, people, feelings,
          work, admin, school, phrasal, tech, times, questions, clothes, sports, transport, animals, kids, weather,
          arts, house, body, figures, restaurant, directions, phone, driving, couples, garden, plans, stays, software,
          daily, visitors, support, notes, verbs, routines, attach, situations, recount, variants, occasions, upkeep,
          whereabouts)
PHRASES = tuple(entry for theme in THEMES for entry in theme.PHRASES)
# compiled where a sentence first screens them in (pattern_screen.Lazy: ~0.65 s less at import)
_PHRASES = tuple((Lazy(phrase, re.IGNORECASE), reading) for phrase, reading in PHRASES)
# pattern_screen.py: skip a pattern whose word is not there (the words stored in SCREEN_TABLE: python -m
# s2s_core.pattern_screen writes it; a pattern not in it is scanned at import)
SCREEN_TABLE = Path(__file__).with_name("screen_needs.json")
_NEEDS = needs_of((phrase for phrase, _ in _PHRASES), SCREEN_TABLE)
_SCREEN = Screen(_NEEDS)


def _capital_kept(match: re.Match, reading: str) -> str:
    """``match`` read as ``reading`` (its groups filled in), capitalised where the phrase opened with a capital."""
    said = match.expand(reading)
    return said[:1].upper() + said[1:] if match.group()[:1].isupper() and said[:1].islower() else said


def read_phrases(text: str) -> str:
    """``text`` with each phrase of ``PHRASES`` read as its paraphrase, a capital that opened it kept (a
    pattern runs only where the text holds a word it needs: ``pattern_screen.py``, the same result ~50× cheaper;
    after a reading, the patterns after it are screened again on the text read)."""
    low, start = folded(text), 0
    while True:
        for i in _SCREEN.candidates(low, start):
            phrase, reading = _PHRASES[i]
            read = phrase.compiled().sub(lambda m, r=reading: _capital_kept(m, r), text)
            if read != text:
                text, low, start = read, folded(read), i + 1
                break
        else:
            return text


# weather expected, opening a line: "Storms are expected this afternoon." → "On s'attend à ce qu'on s'attende cet
# après-midi.", "Heavy snow is expected in the north." → "Il neige dans le Nord." (expected left out), "Strong winds
# are expected along the coast." → "On s'attend à ce que les vents finissent par la côte."; said "There will be…"
# ("Il y aura des tempêtes…"), the weather's first word in lower case; not "Storms are expected to hit the coast"
_FORECAST = re.compile(r"^((?:(?:heavy|strong|thick|severe|freezing|high|light)\s+)?(?:rain|snow|storms|thunderstorms|"
                       r"showers|winds|fog|frost|hail|snowfall))\s+(?:is|are)\s+expected\b(?!\s+to\b)"
                       r"(?!\s*,?\s*but\b)", re.IGNORECASE)   # "Rain is expected, but not certain.": not certain


def read_forecasts(text: str) -> str:
    """``text`` with weather "expected" at its opening said as "There will be" that weather; heavy snow as "a lot of
    snow" ("There will be heavy snow…" came out «…de lourdes neiges…», measure39; "a lot of snow": «Il y aura
    beaucoup de neige dans les montagnes ce soir…», «…beaucoup de neige dans le Nord», as weather.py reads it)."""
    return _FORECAST.sub(lambda m: "There will be " + _HEAVY_SNOW.sub("a lot of snow", m.group(1)[:1].lower()
                                                                      + m.group(1)[1:]), text)


_HEAVY_SNOW = re.compile(r"^heavy\s+snow$", re.IGNORECASE)
