"""Forms of "s'asseoir" and "rire" that the model writes in the wrong mood or spelling, written as French conjugates
them.

The model wrote the subjunctive where no "que" asks for it and a future no dictionary has: "my back hurts when I sit
at my desk" came out "…quand je m'asseye…", "When I sit down, my knee hurts." "Quand je m'asseye, mon genou fait
mal.", "He will sit next to me." "Il s'asseoira à côté de moi."; written "je m'assieds", "tu t'assieds", "il
s'assiéra" ("que je m'asseye" is left: the subjunctive it should be). "rire" it conjugated as no verb is ("…and we
still laugh together every day…" came out "…et nous risons tous les jours…", measure38, s35): "nous rions".
"""
from __future__ import annotations

import re

# the subjunctive after no "que": "je m'asseye" → "je m'assieds", "tu t'asseyes" → "tu t'assieds"
_SUBJUNCTIVE = re.compile(r"(?<![Qq]ue )(?<![\w'’])([Jj]e m['’]|[Tt]u t['’])asseyes?\b")
# "asseoira" (no French word) in the future or the conditional: "il s'asseoira" → "il s'assiéra"
_FUTURE = re.compile(r"(?<![\w'’])([mtsMTS]['’]|nous |vous )asseoir(ai|as|a|ons|ez|ont|ais|ait|ions|iez|aient)\b")

# "rire" with an "s" no form of it has: "nous risons" → "nous rions", "vous risez" → "vous riez"
_LAUGH = re.compile(r"(?<![\w'’-])([Rr])is(ons|ez)\b")


def mend(text: str) -> str:
    """``text`` with "s'asseoir" and "rire" conjugated as French does ("quand je m'asseye" → "quand je m'assieds",
    "nous risons" → "nous rions")."""
    return _LAUGH.sub(r"\1i\2", _FUTURE.sub(r"\1assiér\2", _SUBJUNCTIVE.sub(r"\1assieds", text)))
