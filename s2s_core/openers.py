"""An order that opens with a verb the model misreads as a bare opener, read after "Please", its French written back as
the plain imperative.

Opening a sentence with no subject, some everyday verbs of recipes, chores and computers came out as another verb,
while after "Please" the model knew them: "Pour the water into the glass." came out «Remets l'eau dans le verre.»,
"Heat the milk in a small pan." «Achetez le lait…», "Sweep the stairs." «Passe les escaliers.», "Hang the shirts in
the wardrobe." «Attends les chemises…», "Park near the entrance." «Parcs près de l'entrée.», "Print this page."
«Arrivez cette page.», "Delete this file." «Appuie ce fichier.», "Copy this sentence." «Choisissez cette phrase.»,
"Charge the laptop…" «Conduis le portable…», "Iron the sheets." «Trouve les draps.», "Share your screen." «Nagez
votre écran.»; "Please pour…" gave «Veuillez verser…», "Please heat…" «Veuillez chauffer…», «balayer», «accrocher»,
«vous garer», «imprimer», «supprimer», «copier», «charger», «repasser», «partagez» (imper46, s38: of 105 orders
written for the survey 38 had a wrong verb; each verb here came out right after "Please" in at least three sentences
written for it). So such a sentence is read with "Please" before it (``read``), only where the text says no "please"
of its own, and «Veuillez verser…» is written back as the order the text gave, «Versez…» (``written_back``: the
"vous" imperative, as the model's "Please" reading says it throughout: «Veuillez verser l'eau dans votre verre»;
verbs the model gets wrong after "Please" too are mended in the French instead: mends/orders.py).
Only before an object that opens with a determiner ("Pour me a glass…" had «Versez-moi…», "Pour it into the sink."
«Mets-le…», read so «Veuillez le consacrer…»; "Hang on!", "Heat up…" are other verbs); "park" also before a place,
"save" only a file or work ("Save me!" is no file), "charge" only a device or a battery, "squeeze" only lemons,
limes, oranges or their juice (words45, s38: "Squeeze the lemon over the fish." had «Réfléchis le citron…»;
«Veuillez presser le citron…», written back «Pressez le citron…»).
"""
from __future__ import annotations

import re

from .steps import imperative, is_infinitive

REWORDED = "an order opening with a verb the model misreads, read after “please”"

_DET = r"(?:the|a|an|some|your|my|our|his|her|their|this|that|these|those|all|both|half|two|three|four|five)"
_SAVED = (r"(?:file|files|document|documents|work|changes|page|pages|draft|photo|photos|picture|pictures|settings|"
          r"progress|game|spreadsheet|presentation)")
# a thing charged with power, not a bill ("Charge this to my account." had «Mets ça à mon compte !», read so
# «Chargez ceci à mon compte.»)
_CHARGED = r"(?:phone|phones|battery|batteries|laptop|tablet|computer|car|headphones|camera|watch|device|devices)"
# citrus squeezed for its juice (words45, s38: "Squeeze the lemon over the fish." had «Réfléchis le citron…»,
# "Squeeze the oranges for breakfast." «Garde les oranges…»; after "Please" «Veuillez presser…» 6 of 7; not "an
# orange": "Please squeeze an orange for me." came out «Veuillez m'excuser une orange.»; nor a tube, a hand)
_SQUEEZED = r"(?:lemons?|limes?|oranges|juice)"
# verb (as typed, sentence-initial) → what must follow it for it to be read after "Please"
_OPENERS = re.compile(rf"^(?P<verb>(?:pour|heat|sweep|hang|attach|print|iron|delete|copy|share)(?=\s+{_DET}\b)|"
                      rf"charge(?=\s+{_DET}\s+(?:\w+\s+)?{_CHARGED}\b)|"
                      rf"squeeze(?=\s+{_DET}\s+(?:\w+\s+)?{_SQUEEZED}\b)|"
                      r"park(?=\s+(?:the|your|a|my|here|there|near|behind|in|on|outside|next|at|opposite)\b)|"
                      rf"save(?=\s+(?:the|your|this|my|all\s+(?:the|your))\s+(?:\w+\s+)?{_SAVED}\b))",
                      re.IGNORECASE)
_PLEASE = re.compile(r"\bplease\b|\bpls\b|\bplz\b", re.IGNORECASE)


def read(text: str) -> str:
    """``text`` with "Please " before the verb that opens it where that verb is one the model misreads as a bare
    opener (``_OPENERS``) and the text has no "please" of its own: "Pour the milk…" → "Please pour the milk…"."""
    m = _OPENERS.match(text)
    if not m or _PLEASE.search(text):
        return text
    return "Please " + m.group("verb").lower() + text[m.end():]


# the French of the "Please" reading: «Veuillez (vous|me|m') <infinitive>», or the model's «S'il vous plaît, …» /
# «…, s'il vous plaît.» round an imperative it wrote itself ("Please share your screen." → «S'il vous plaît,
# partagez votre écran.»)
_VEUILLEZ = re.compile(r"^Veuillez\s+(?P<cl>vous\s+|me\s+|m['’])?(?P<inf>[a-zàâçéèêëîïôûù]+(?:er|ir|re))\b")
_OPENING_PLEASE = re.compile(r"^S['’]il\s+(?:vous|te)\s+pla[iî]t\s*,\s*(?P<w>\w)")
_CLOSING_PLEASE = re.compile(r"\s*,\s*(?:s['’]il\s+(?:vous|te)\s+pla[iî]t|je\s+vous\s+prie)\s*(?=[.!]?\s*$)")


def written_back(french: str) -> str:
    """``french`` (the translation of a sentence ``read`` put "Please" before) with the order as typed: «Veuillez
    verser le lait…» → «Versez le lait…», «Veuillez vous garer ici.» → «Garez-vous ici.», «Veuillez me prendre…» →
    «Prenez-moi…», «S'il vous plaît, partagez votre écran.» → «Partagez votre écran.»; as it was where the verb's
    imperative is not sure (steps.py), «Veuillez» then kept."""
    french = _CLOSING_PLEASE.sub("", french)             # «…, je vous prie.»: the "please" read, not typed
    m = _VEUILLEZ.match(french)
    if m:
        inf = m.group("inf").lower()
        imp = is_infinitive(inf) and imperative(inf, "vous")       # an "-er" verb or a listed one ("connaître": no)
        if not imp:
            return french
        clitic = (m.group("cl") or "").strip().lower()
        hyphen = {"vous": "-vous", "me": "-moi", "m'": "-moi", "m’": "-moi"}.get(clitic, "")
        return imp[:1].upper() + imp[1:] + hyphen + french[m.end():]
    return _OPENING_PLEASE.sub(lambda o: o.group("w").upper(), french)
