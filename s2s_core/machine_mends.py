"""A machine that makes a noise and a thing painted a colour, as French says them (typography.py calls ``mend``).

A visitor's probe (measure33, s33) found "The washing machine is making a strange noise again." come out "La machine
à laver est de nouveau un bruit étrange." (the machine is a noise; the fridge, the car and the dishwasher came out
right: "…fait encore un bruit étrange."), and every reading tried lost "again" or kept the fault ("My washing machine
was again making a funny noise." "…était à nouveau en train de remporter un bruit…"). And a room painted a colour
(attach.py reads "painted the bedroom blue" "painted the bedroom in blue") came out "peint la chambre en bleue" in a
long sentence: a colour after "en" is a noun, "en bleu".
"""
from __future__ import annotations

import re

# the English says a thing is making a noise ("is making a strange noise again", "was making that noise")
_MAKING_NOISE = re.compile(r"\bmaking\s+(?:a|an|that|this|the|some)\s+(?:\w+\s+)?noises?\b", re.IGNORECASE)
# the model's "être" before the noise, where French says "faire" ("est de nouveau un bruit" → "fait de nouveau un
# bruit"); not "C'est un bruit étrange" (what the noise is)
_BE_A_NOISE = re.compile(r"(?<![Cc]['’])\b(est|était|sont|étaient) ((?:de nouveau|à nouveau|encore(?: une fois)?) )?"
                         r"(?=(?:un|des|ce|le) bruits?\b)")
_FAIRE = {"est": "fait", "était": "faisait", "sont": "font", "étaient": "faisaient"}
# "peint la chambre en bleue": the colour in the feminine after "en" (a few words after "peint")
_PAINTED_IN = re.compile(r"\b(peinte?s?(?: [\w'’-]+){1,4}? en) (bleue|verte|blanche|noire|grise|violette)s?\b")
_MASCULINE = {"bleue": "bleu", "verte": "vert", "blanche": "blanc", "noire": "noir", "grise": "gris",
              "violette": "violet"}


def mend(text: str, source: str) -> str:
    """``text`` (a French translation of ``source``) with "fait … un bruit" where the source is making a noise and
    the model wrote "est … un bruit", and a painted colour after "en" in the masculine ("en bleue" → "en bleu")."""
    if _MAKING_NOISE.search(source):
        text = _BE_A_NOISE.sub(lambda m: _FAIRE[m.group(1)] + " " + (m.group(2) or ""), text)
    if re.search(r"\bpaint", source, re.IGNORECASE):
        text = _PAINTED_IN.sub(lambda m: f"{m.group(1)} {_MASCULINE[m.group(2)]}", text)
    return text
