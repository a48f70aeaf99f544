"""A car's or a bike's parts and their wear, mended after the model where the English names them (mends.STEPS runs
``mend`` first of the three steps that were mends/contexts.py: vehicles.py, errands.py, scenes.py; ``source`` is the
English as read): "My front tyre is flat." → «Mon pneu d'entrée est plat.» → «Mon pneu avant est à plat.».

A tyre's front and back (fix51), worn tyres, brakes and shoes («usés», fix53) and a machine's parts ordered or spare
(«commander», «une pièce de rechange», fix53); the part itself («la partie» → «la pièce») is written by scenes.py's
table, a flat tyre said in passing («un pneu crevé») by errands.py, each at the place in the order it always had.
"""
from __future__ import annotations

import re

_I = re.IGNORECASE

# a bike's or a car's front and back tyres (fix51, measure51): "My front tyre is flat." → «Mon pneu d'entrée est
# plat.» (an entrance), "The back tyre is flat again." → «Le pneu de dos…» (a person's back), "Check the back tyres…" →
# «…les pneus de dos…»; «avant», «arrière», and a flat tyre «à plat» («Les deux pneus sont plats.» → «…à plat.»)
_TYRE_EN = re.compile(r"\b(?:tyres?|tires?|wheels?)\b", _I)
_FRONT_FR = re.compile(r"\b((?:[Pp]neu|[Rr]oue)s?) (?:d['’]entrée|de devant|de front)(?![\w-])")
_BACK_FR = re.compile(r"\b((?:[Pp]neu|[Rr]oue)s?) (?:de dos|de derrière)(?![\w-])")
FLAT_EN = re.compile(r"\b(?:tyres?|tires?|wheels?)\s+(?:is|are|was|were|['’]s)\s+(?:\w+\s+)?flat\b", _I)
_FLAT_FR = re.compile(r"\b((?:[Pp]neu|[Rr]oue)s?(?: avant| arrière)?) (est|sont|était|étaient) "
                      r"(?:plate?s?|platées?)(?![\w-])")


def _tyres(text: str, source: str) -> str:
    """``text`` with a tyre's «d'entrée»/«de dos» written «avant»/«arrière», and a flat one «à plat»."""
    if not _TYRE_EN.search(source):
        return text
    text = _BACK_FR.sub(r"\1 arrière", _FRONT_FR.sub(r"\1 avant", text))
    return _FLAT_FR.sub(r"\1 \2 à plat", text) if FLAT_EN.search(source) else text


# worn tyres, brakes and shoes (fix53, measure52): "Your brakes are worn…" → «Tes freins sont portés…» (worn as
# clothes), "…the front tyres are too worn…" → «…trop mouillés…» (wet), "My shoes are worn…" → «…sont mouillées…»,
# "The tyres on my bike are completely worn." → «…complètement veillés.», "The tyres look worn." → «…l'air roulés.»;
# no English reading tried came out «usés» ("worn out", "worn down", "used": fix52), so the first such participle
# after a verb of being is written «usé», keeping the model's ending (the thing is worn, not "has worn" a coat);
# glossary.py reads "brakes" as "buttons" (worn buttons are «usés» too)
_WORN_EN = re.compile(r"\b(?:tyres?|tires?|treads?|brakes?|buttons?|(?:brake\s+)?pads|shoes?|soles?|boots?|"
                      r"trainers|sneakers|heels?)\b(?:\s+[\w'’]+){0,4}?\s+"
                      r"(?:is|are|was|were|look|looks|looked|seem|seems|['’]re|['’]s)\s+"
                      r"(?:(?:too|so|very|badly|completely|quite|really|a\s+bit)\s+)?worn\b", _I)
_WORN_FR = re.compile(r"\b((?:sont|est|étaient|était|semblent|semble|l['’]air)(?: (?:si|trop|très|complètement|"
                      r"gravement|tellement|vraiment|assez|un peu))?) (?:mouill|port|veill|réveill|roul)(ée?s?)\b")
_WET_EN = re.compile(r"\b(?:wet|damp|soaked|soaking)\b", _I)   # «mouillés» may then be the wet feet


def _worn(text: str, source: str) -> str:
    """``text`` with the first «portés»/«mouillés»/«veillés»… after «sont», «étaient»… written «usés», where
    ``source`` says tyres, brakes or shoes are worn ("Tes freins sont portés" → "Tes freins sont usés")."""
    if not _WORN_EN.search(source):
        return text
    m = _WORN_FR.search(text)
    if not m or (_WET_EN.search(source) and "mouill" in m.group(0)):
        return text
    return text[:m.start()] + f"{m.group(1)} us{m.group(2)}" + text[m.end():]


# ordering a machine's part (fix53): "…I have to order the parts from Germany." → «…ordonner les parties…» (order as
# a command), "a spare part" → «une partie épargnée» (spared); «commander», «une pièce de rechange»
_ORDER_PARTS_EN = re.compile(r"\border(?:s|ed|ing)?\s+(?:(?:a|the|some|new|spare|two|three|all|those|these)\s+)*"
                             r"parts?\b(?!\s+of\b)", _I)
_ORDONNER_FR = re.compile(r"\b([Oo])rdonn(?=er\b|é|e\b|es\b|ent\b|ons\b|ez\b|ais|ait|erai|era)")
_SPARE_EN = re.compile(r"\bspare\s+parts?\b", _I)
_SPARE_FR = re.compile(r"\b(pi[eè]ce|partie)(s?) (?:épargnée|de rechange|de réserve|libre)s?(?![\w-])")


def _parts(text: str, source: str) -> str:
    """``text`` with «ordonner» written «commander» where ``source`` orders parts, and a spare part «de rechange»."""
    if _ORDER_PARTS_EN.search(source):
        text = _ORDONNER_FR.sub(lambda m: "Command" if m.group(1) == "O" else "command", text)
    if _SPARE_EN.search(source):
        text = _SPARE_FR.sub(r"pièce\2 de rechange", text)
    return text


def mend(text: str, source: str) -> str:
    """``text`` (a French translation of ``source``) with a tyre's front and back, worn tyres and ordered parts
    written as ``source`` means them: "Mon pneu d'entrée est plat." → "Mon pneu avant est à plat." ("My front tyre is
    flat.")."""
    if not source:
        return text
    return _parts(_worn(_tyres(text, source), source), source)
