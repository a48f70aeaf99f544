"""Forms of "s'asseoir" that the model writes in the wrong mood or spelling, written as French conjugates them.

The model wrote the subjunctive where no "que" asks for it and a future no dictionary has: "my back hurts when I sit
at my desk" came out "…quand je m'asseye…", "When I sit down, my knee hurts." "Quand je m'asseye, mon genou fait
mal.", "He will sit next to me." "Il s'asseoira à côté de moi."; written "je m'assieds", "tu t'assieds", "il
s'assiéra" ("que je m'asseye" is left: the subjunctive it should be).
"""
from __future__ import annotations

import re

# the subjunctive after no "que": "je m'asseye" → "je m'assieds", "tu t'asseyes" → "tu t'assieds"
_SUBJUNCTIVE = re.compile(r"(?<![Qq]ue )(?<![\w'’])([Jj]e m['’]|[Tt]u t['’])asseyes?\b")
# "asseoira" (no French word) in the future or the conditional: "il s'asseoira" → "il s'assiéra"
_FUTURE = re.compile(r"(?<![\w'’])([mtsMTS]['’]|nous |vous )asseoir(ai|as|a|ons|ez|ont|ais|ait|ions|iez|aient)\b")


def mend(text: str) -> str:
    """``text`` with "s'asseoir" conjugated as French does ("quand je m'asseye" → "quand je m'assieds")."""
    return _FUTURE.sub(r"\1assiér\2", _SUBJUNCTIVE.sub(r"\1assieds", text))
