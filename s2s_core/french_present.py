"""The present of a French verb, from the past the model wrote it in: a past participle («toussé», «attendu»), an
imperfect («nageais») or a simple past («tricota»).

ongoing.py puts in the present what the English says still goes on. Only verbs whose present this can write for sure:
the first group («tousser»: «tousse», «toussons»), its stems that change written as the grammar says («achète»,
«espère», «appelle», «jette», «nettoie», «essaie», «mangeons», «commençons»), the second group («nourrir»:
«nourris»), each checked against the French word list (french_words.py) as an infinitive, and the irregular verbs of
``_IRREGULAR``. Anything else gives None: the mend then leaves the model's French as it was.
"""
from __future__ import annotations

import re
from typing import Optional

from .french_words import known as known_french

# person: 0 je, 1 tu, 2 il/elle/on, 3 nous, 4 vous, 5 ils/elles
PERSONS = {"je": 0, "j'": 0, "tu": 1, "il": 2, "elle": 2, "on": 2, "nous": 3, "vous": 4, "ils": 5, "elles": 5}
# past participle → the present, person by person; and the imperfect's stem of each
_IRREGULAR = {
    "attendu": ("attend", "attends attends attend attendons attendez attendent"),
    "entendu": ("entend", "entends entends entend entendons entendez entendent"),
    "vendu": ("vend", "vends vends vend vendons vendez vendent"),
    "dormi": ("dorm", "dors dors dort dormons dormez dorment"),
    "senti": ("sent", "sens sens sent sentons sentez sentent"),
    "menti": ("ment", "mens mens ment mentons mentez mentent"),
    "servi": ("serv", "sers sers sert servons servez servent"),
    "vécu": ("viv", "vis vis vit vivons vivez vivent"),
    "appris": ("appren", "apprends apprends apprend apprenons apprenez apprennent"),
    "pris": ("pren", "prends prends prend prenons prenez prennent"),
    "connu": ("connaiss", "connais connais connaît connaissons connaissez connaissent"),
    "été": ("ét", "suis es est sommes êtes sont"),
    "eu": ("av", "ai as a avons avez ont"),
    "fait": ("fais", "fais fais fait faisons faites font"),
    "lu": ("lis", "lis lis lit lisons lisez lisent"),
    "écrit": ("écriv", "écris écris écrit écrivons écrivez écrivent"),
    "plu": ("pleuv", "- - pleut - - -"),
    "souffert": ("souffr", "souffre souffres souffre souffrons souffrez souffrent"),
    "construit": ("construis", "construis construis construit construisons construisez construisent"),
    "conduit": ("conduis", "conduis conduis conduit conduisons conduisez conduisent"),
    "prévu": ("prévoy", "prévois prévois prévoit prévoyons prévoyez prévoient"),
    "suivi": ("suiv", "suis suis suit suivons suivez suivent"),
    "appartenu": ("apparten", "appartiens appartiens appartient appartenons appartenez appartiennent"),
    "voulu": ("voul", "veux veux veut voulons voulez veulent"),
    "cru": ("croy", "crois crois croit croyons croyez croient"),
    "peint": ("peign", "peins peins peint peignons peignez peignent"),
}
_BY_IMPERFECT_STEM = {stem: pp for pp, (stem, _) in _IRREGULAR.items()}
_FIRST_GROUP = ("e", "es", "e", "ons", "ez", "ent")
_SECOND_GROUP = ("is", "is", "it", "issons", "issez", "issent")
_IMPERFECT = re.compile(r"^(?P<stem>.+?)(?P<ending>ais|ait|ions|iez|aient)$")
_SIMPLE_PAST = {"a": 2, "èrent": 5}                     # a first-group verb's: «tricota», «tricotèrent»


def from_participle(pp: str, person: int) -> Optional[str]:
    """The present (``person`` 0–5) of the verb whose past participle is ``pp`` («toussé», 0 → «tousse»), or None."""
    if pp in _IRREGULAR:
        form = _IRREGULAR[pp][1].split()[person]
        return None if form == "-" else form
    stem = pp[:-1]
    if pp.endswith("i") and not pp.endswith("lli") and stem + "ir" in known_french():   # not «cueilli»
        return stem + _SECOND_GROUP[person]               # «nourri»: «nourris»
    if not pp.endswith("é") or len(stem) < 2 or pp in ("passé", "allé") or stem + "er" not in known_french():
        return None                    # «J'ai passé deux semaines…»; a verb only: «rénover»
    return _first_group_stem(stem, person) + _FIRST_GROUP[person]


# -eler and -eter verbs that take «è» where the others double the consonant («achète», «gèle»; «appelle», «jette»)
_OPEN_E = {"achet", "rachet", "gel", "congel", "dégel", "surgel", "pel", "model", "harcel", "martel", "démantel",
           "halet", "crochet"}
# the last vowel of the stem, where it changes: «é» before its consonants («espér», «célébr»), a mute «e» before one
_CHANGES = re.compile(r"é(?P<after>[^aeiouyéèêî]+)$|e(?P<one>[^aeiouyéèêî])$")


def _first_group_stem(stem: str, person: int) -> str:
    """A first-group verb's present stem for ``person``: «achet» 0 → «achèt», «appel» → «appell», «espér» →
    «espèr», «nettoy» → «nettoi»; «mang» 3 → «mange», «commenc» 3 → «commenç»; the rest as it is."""
    if person == 3 and stem.endswith(("c", "g")):
        return stem[:-1] + "ç" if stem.endswith("c") else stem + "e"
    if person in (3, 4):
        return stem                                     # the endings «-ons», «-ez» are stressed: no change
    if stem.endswith("y") and not stem.endswith("ey"):
        return stem[:-1] + "i"                          # «nettoie», «essuie», «paie», «essaie»
    m = _CHANGES.search(stem)
    if not m:
        return stem                                     # «commence», «ferme», «réserve»
    if m["one"] in ("l", "t") and stem not in _OPEN_E:
        return stem + m["one"]                          # «appelle», «jette», «épelle»
    return stem[:m.start()] + "è" + (m["after"] or m["one"])   # «achète», «lève», «espère», «célèbre»


def from_imperfect(word: str, person: int) -> Optional[str]:
    """The present of the verb ``word`` is the imperfect of («nageais», 0 → «nage»; «peignait» → «peint»), or None."""
    m = _IMPERFECT.match(word)
    if not m:
        return None
    stem = m["stem"]
    if stem in _BY_IMPERFECT_STEM:
        return from_participle(_BY_IMPERFECT_STEM[stem], person)
    if stem.endswith("iss"):
        return from_participle(stem[:-3] + "i", person)   # «nourrissait»
    stem = stem[:-1] if stem.endswith("ge") else stem.replace("ç", "c")   # «nageait», «commençait»
    return from_participle(stem + "é", person)


def from_simple_past(word: str) -> Optional[tuple[str, int]]:
    """The present of a first-group verb in the simple past, with its person («tricota» → («tricote», 2)), or None."""
    for ending, person in _SIMPLE_PAST.items():
        if word.endswith(ending) and len(word) > len(ending) + 3:
            form = from_participle(word[:-len(ending)] + "é", person)
            return (form, person) if form else None
    return None
