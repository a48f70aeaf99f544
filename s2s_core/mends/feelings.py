"""A person who is cold, written as a cold thing or as the weather, mended where the English says a person is.

French says a person "a froid"; «être froid» is a cold thing (or a cold manner), «il fait froid» the weather. The
default model wrote the English "was cold" word for word in long sentences (long45, long46, s39): "My daughter left
her coat at the park, and she was very cold on the way home…" → «…elle était très froide…», "The old man at the bus
stop was very cold, so…" → «Le vieil homme … a été très froid…», "I was very cold during the football match…" →
«J'ai été très froid…», "The baby was cold in the car…" → «Le bébé faisait froid…», "…he lost his hat on the bus and
was very cold on the way home." → «…et faisait très froid…». No English reading tried came out right ("was freezing":
«elle gènait», «était gelant»; "felt very cold": «sentit très froide», «se sentait très froid»), so the French is
mended: «avait très froid», «J'avais très froid», «Le bébé avait froid».

Only where the English has one "cold", said of a person (I, he, she, we, they, you or a person's noun, or "and was
cold" after one), so that "The soup was cold" («La soupe était froide») and "It was cold" («Il faisait froid») stay.
"""
from __future__ import annotations

import re

_PERSON = (r"(?:I|he|she|we|they|you|(?:my|his|her|our|their|your|the|a|an)\s+(?:old\s+|little\s+|young\s+)?"
           r"(?:man|woman|men|women|baby|babies|child|children|kids?|boy|girl|boys|girls|son|daughter|sons|daughters|"
           r"brother|sister|mother|father|mum|mom|dad|grandmother|grandfather|grandma|grandpa|wife|husband|friend|"
           r"friends|uncle|aunt|cousin|neighbour|neighbor|guests?|players?|passengers?|students?|patients?))")
_ADVERB = r"(?:very|so|really|too|quite|a\s+bit|a\s+little|extremely|terribly)"
# a person who is (was, were) cold: "she was very cold", "The baby was cold", "…on the bus and was very cold" (after
# a person: not "The room was small and was cold")
# a place may come between ("The old man at the bus stop was very cold"); not a cold manner ("She was cold to me.")
_WHERE = r"(?:\s+(?:at|in|on|by|near|next\s+to)\s+(?:\w+\s+){0,2}\w+)?"
_PERSON_COLD = re.compile(rf"(?:\b{_PERSON}{_WHERE}|\b(and))\s+(?:was|were|am|is|are|got|felt)\s+(?:{_ADVERB}\s+)?"
                          rf"cold\b(?!\s+(?:to|towards|with|and\s+distant)\b)", re.IGNORECASE)
_A_PERSON = re.compile(rf"\b{_PERSON}\b", re.IGNORECASE)
_FR_ADVERB = r"(?:très|si|trop|vraiment|assez|un peu|tellement|terriblement)"
# «être froid» in the imperfect, the passé composé or the present → «avoir froid» in the imperfect or the present
_AVOIR = {"étais": "avais", "était": "avait", "étions": "avions", "étiez": "aviez", "étaient": "avaient",
          "ai été": "avais", "a été": "avait", "avons été": "avions", "avez été": "aviez", "ont été": "avaient",
          "suis": "ai", "es": "as", "est": "a", "sommes": "avons", "êtes": "avez", "sont": "ont"}
_BE_COLD = re.compile(rf"\b(étais|était|étions|étiez|étaient|ai été|a été|avons été|avez été|ont été|suis|es|est|"
                      rf"sommes|êtes|sont)\s+({_FR_ADVERB}\s+)?froid(?:e|s|es)?\b")
# «Le bébé faisait froid», «…et faisait très froid»: the weather's verb after a person (not «il faisait froid»)
_MADE_COLD = re.compile(rf"(?<![Ii]l )(?<![Ii]ls )(?<![Çç]a )(?<![Cc]ela )\bfaisai(t|ent)\s+({_FR_ADVERB}\s+)?froid\b")


def mend(text: str, source: str) -> str:
    """``text`` (a French translation of ``source``) with «avait froid» where the English says a person was cold and
    the model wrote «était froid(e)», «a été froid» or «faisait froid» ("she was very cold" → «elle avait très
    froid»); unchanged where the English has another "cold" or none said of a person."""
    said = _PERSON_COLD.search(source)
    if len(re.findall(r"\bcold\b", source, re.IGNORECASE)) != 1 or not said:
        return text
    if said.group(1) and not _A_PERSON.search(source[:said.start()]):
        return text
    text = _BE_COLD.sub(lambda m: f"{_AVOIR[m.group(1)]} {m.group(2) or ''}froid", text)
    return _MADE_COLD.sub(lambda m: f"avai{m.group(1)} {m.group(2) or ''}froid", text)
