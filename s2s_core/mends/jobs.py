"""A man's job in the masculine where the model wrote it in the feminine (measure37, s35).

The model learnt "nurse" as «infirmière» whoever works as one: "My brother Thomas works as a nurse in a hospital…"
came out «Mon frère Thomas travaille comme infirmière…», "He is a nurse." «C'est une infirmière.», "My son wants to
become a nurse." «…devenir infirmière.» ("male nurse" came out the same). Where the English says the job of a man
(he, a brother, a son, a husband…, a man's first name) and names no woman, the French job goes in the masculine:
«…comme infirmier…», «C'est un infirmier.». A nurse someone else meets is left ("My brother talked to the nurse.").
"""
from __future__ import annotations

import re

from .. import determiners
from ..opening_names import MEN, WOMEN
from ..verbatim import NAMES, WOMEN_STAND_INS

# the job in English → its feminine French forms → their masculine (singular, plural)
_JOBS = {"nurse": (("infirmière", "infirmier"), ("infirmières", "infirmiers"))}
# a man's first name, or the stand-in the model read for it ("Thomas" is read "Tom": the source here is as read)
_MEN = (MEN - WOMEN) | (set(NAMES) - set(WOMEN_STAND_INS))
_WOMEN = (WOMEN - MEN) | set(WOMEN_STAND_INS)
_MAN = rf"(?:{'|'.join(sorted(_MEN, key=len, reverse=True))})"
_HE = (rf"(?:\b(?i:he|my|his|your|our|her|their)\s+(?i:brother|son|husband|father|dad|uncle|boyfriend|grandfather|"
       rf"grandson|nephew)(?:\s+{_MAN})?|\b(?i:he)|\b{_MAN})(?!['’]s)\b")
# his job: "… is / was / works as / became / wants to be a nurse" (a few words between)
_HIS_JOB = re.compile(rf"{_HE}\s+(?:[\w'’]+\s+){{0,4}}?(?i:is|was|as|become|became|be|been)\s+(?i:an?)\s+"
                      rf"(?:[\w-]+\s+)?(?i:({'|'.join(_JOBS)}))\b")
_WOMAN = re.compile(rf"\b(?i:she|her|hers|herself|sister|mother|mum|mom|wife|daughter|aunt|girlfriend|woman|women|"
                    rf"lady|grandmother|granddaughter|niece|girl|female)\b|\b(?:{'|'.join(sorted(_WOMEN))})\b")


def mend(text: str, source: str) -> str:
    """``text`` (a French translation of ``source``) with a man's job in the masculine: "Mon frère est
    infirmière." → "Mon frère est infirmier.", "C'est une infirmière." → "C'est un infirmier."."""
    m = _HIS_JOB.search(source)
    if not m or _WOMAN.search(source):
        return text
    for her, his in _JOBS[m.group(1).lower()]:
        text = re.sub(rf"\b(?:(une|Une|cette|Cette) )?{her}\b",
                      lambda w, h=his: (determiners.written(w.group(1), h, False) if w.group(1) else "") + h, text)
    return text


# left55 (s41): a woman who is or was a student. "She was a student in Canada." came out «C'était un étudiant au
# Canada.», "She is a student in Paris." «C'est un étudiant…», "She was an exchange student…" (read "a student in
# exchange") «C'était un étudiant en échange…» (a man, and "it"); as the model wrote "She was a teacher…": «Elle
# était enseignante…». Only "she" (the subject that opens the line) and the bare noun (not «un bon étudiant»).
_SHE_STUDENT = re.compile(r"^\W*she\s+(?:is|was|['’]s)\s+an?\s+students?\b", re.IGNORECASE)
_IT_STUDENT = re.compile(r"^(\W*)C['’](était|est) un étudiant\b")


def mend_her_studies(text: str, source: str) -> str:
    """«C'était un étudiant…» → «Elle était étudiante…» where the source opens "She was a student"."""
    if not _SHE_STUDENT.search(source):
        return text
    def her(m: re.Match) -> str:
        if text[m.end():].startswith(" qui"):              # "She is a student who…": «C'est une étudiante qui…»
            return m.group(1) + "C'" + m.group(2) + " une étudiante"
        return m.group(1) + "Elle " + m.group(2) + " étudiante"
    return _IT_STUDENT.sub(her, text)
