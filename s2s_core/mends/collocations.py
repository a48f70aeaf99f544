"""Everyday collocations the model wrote word for word (colloc60, s41), mended after it to the French set phrase.

English pairs a verb or an adjective with a noun where French pairs another: "make a wish" is «faire un vœu», not
«faire un souhait»; "catch fire" «prendre feu», not «attraper le feu»; "bright colours" «des couleurs vives», not
«brillantes»; "rush hour" «l'heure de pointe». The model wrote the word-for-word French, and no English reading tried
came out right ("make a vow" «faites du vent», "lively colours" «vivre avec des couleurs», "peak hours" «pleins
d'heures»), so the French is mended here, each mend only where the source says the English collocation. Each was
kept where it was wrong as typed in most of 4-5 sentences and right mended in at least 3 (the sentences are in the
comments and in tests/unit/test_mends_collocations.py).
"""
from __future__ import annotations

import re

_I = re.IGNORECASE

# "Blow out the candles and make a wish." → «…faites un souhait.», "Did you make a wish?" «As-tu fait un souhait ?»,
# "I made a wish at the fountain." «J'ai fait un souhait…», "She makes a wish every birthday." «Elle fait un
# souhait…» (4 of 4; "three wishes" had «trois voeux» right): «un vœu», after a form of «faire»
_WISH_EN = re.compile(r"\b(?:make|makes|made|making)\s+(?:a|another|one|your|my|his|her|their|our)\s+wish\b", _I)
_WISH_FR = re.compile(r"\b((?:[Ff]ai\w*|fis|fit|fîmes|firent|fer\w+|fass\w+)\s+(?:\w+\s+)?)un souhait\b")

# "The kitchen caught fire last night." → «La cuisine a attrapé le feu…», "…the pan could catch fire." «…pourrait
# attraper le feu.», "Dry grass catches fire easily." «L'herbe attrape facilement le feu.», "The curtains caught fire
# because of a candle." «Les rideaux prirent le feu…» (5 of 5 wrong): «prendre feu» in the tense the model wrote
# («très» before the adverb and a capital «Faites» above were added after the fresh sentences were counted)
_FIRE_EN = re.compile(r"\b(?:catch|catches|caught|catching)\s+fire\b", _I)
_CAUGHT = {"attraper": "prendre", "attrapé": "pris", "attrape": "prend", "attrapes": "prends",
           "attrapent": "prennent", "attrapa": "prit", "attrapèrent": "prirent", "attrapait": "prenait",
           "attrapaient": "prenaient", "attrapera": "prendra", "attraperont": "prendront",
           "attraperait": "prendrait", "attraperaient": "prendraient", "attrapant": "prenant"}
_FIRE_FR = re.compile(rf"\b({'|'.join(_CAUGHT)}|pris|prit|prirent|prend|prendre|prennent|prenait)"
                      r"((?: très| si| trop)?(?: facilement| vite| rapidement| souvent| aussitôt)?) le feu\b")

# "She likes bright colours." → «…les couleurs brillantes.», "The room is painted in bright colours." «…des couleurs
# brillantes.», "Children love bright colors." «…les couleurs brillantes.», "He wore a shirt with bright colours."
# (4 of 4): «vives»
_BRIGHT_EN = re.compile(r"\bbright\s+colou?rs?\b", _I)
_BRIGHT_FR = re.compile(r"\bcouleur(s?) brillante(s?)\b")

# "It was just bad luck." → «Ce n'était qu'une mauvaise chance.», "What bad luck!" «Quelle mauvaise chance !», "We
# had bad luck with the weather." «…de mauvaises chances…» (3 of 5; "Bad luck! Maybe next time." had «Quel dommage !»
# right): «la malchance»
_LUCK_EN = re.compile(r"\bbad\s+luck\b", _I)
_LUCK_FR = re.compile(r"(?:\b(?:qu['’])?(une|de) mauvaises? chances?|\b([Qq]uelle) mauvaise chance)\b")

# "I'd like my steak rare." → «J'aimerais mon steak rare.», "He always eats his steak rare." «…son steak rare.», "I
# prefer my meat rare." «…ma viande rare.», "A rare steak for me, please." «Un steak rare…» (4 of 5; "Rare, please."
# came out «La rose…», left): «saignant(e)»
_RARE_EN = re.compile(r"\b(?:steaks?|meat|beef|burgers?)\b[^.!?]*\brare\b|\brare\s+(?:steaks?|meat|beef|burgers?)\b",
                      _I)
_RARE_FR = re.compile(r"\b(steaks?|biftecks?|bœufs?|hamburgers?|viandes?) rares?\b")

# "Fast food is bad for your health." → «La nourriture douce…», "We ate fast food for lunch." «…de la nourriture
# rapide…», "I don't like fast food." «…la nourriture rapide.», "There is a fast food restaurant…" «…un restaurant
# de nourriture rapide…» (4 of 4): «le fast-food», masculine («de la» → «du»)
_FAST_EN = re.compile(r"\bfast[\s-]+food\b", _I)
_FAST_FR = re.compile(r"\b(?:([Dd]e la|[Ll]a|[Dd]e) )?nourritures? (?:douces?|rapides?)\b")
_FAST_DET = {"de la": "du", "De la": "Du", "la": "le", "La": "Le", "de": "de", "De": "De"}
# its adjective agreed in the feminine as «nourriture» was («Le fast-food est mauvaise…»): the masculine
_FAST_ADJ = {"mauvaise": "mauvais", "bonne": "bon", "délicieuse": "délicieux", "chère": "cher",
             "malsaine": "malsain", "grasse": "gras", "populaire": "populaire", "dangereuse": "dangereux"}
_FAST_AGREED = re.compile(rf"\b(fast-food (?:est|était|n['’]est pas|n['’]était pas|sera)(?: très| trop| si)? )"
                          rf"({'|'.join(_FAST_ADJ)})\b")

# "My son has a runny nose." → «Mon fils a un nez crevé.», "I have a runny nose and a cough." «J'ai un nez
# coïncieux…», "She has had a runny nose for a week." «Elle a un nez coureur…» (3 of 3): «le nez qui coule»
_NOSE_EN = re.compile(r"\brunny\s+nose\b", _I)
_NOSE_FR = re.compile(r"\b(a|ai|as|avons|avez|ont|avait|avais|avaient|eu) un nez [\w-]+")

# "The trains are full at rush hour." → «…à l'heure en précipitation.», "I hate driving in rush hour." «…dans une
# heure de précipitation.», "The roads are busy during rush hour." «…pendant une heure de précipitation.», "Avoid
# the metro at rush hour." «…à l'heure en précipitation.» (4 of 4): «aux heures de pointe»; fresh sentences (s41)
# had «…une heure à la précipitation.» and «…éviter l'heure de précipitation.», mended after they were counted
_RUSH_EN = re.compile(r"\brush[\s-]+hours?\b", _I)
_RUSH_FR = re.compile(r"\b(?:à|dans|pendant|en|durant)\s+(?:l['’]|une\s+|la\s+|les\s+)?(?:heures?\s+(?:en|de)\s+)?"
                      r"précipitations?\b")
# after another verb («pour éviter l'heure de précipitation»): «l'heure de pointe»
_RUSH_HOUR_FR = re.compile(r"\bheure (?:en|de) précipitation\b")


def _fire(m: re.Match) -> str:
    verb = m.group(1)
    return f"{_CAUGHT.get(verb, verb)}{m.group(2)} feu"


def _luck(m: re.Match) -> str:
    if m.group(2):                                        # «Quelle mauvaise chance» → «Quelle malchance»
        return f"{m.group(2)} malchance"
    said = "de la malchance"                              # «une/de mauvaise(s) chance(s)» → «de la malchance»
    return "que " + said if m.group().startswith("qu") else said   # «qu'une mauvaise chance» → «que de la…»


def _rare(m: re.Match) -> str:
    noun = m.group(1)
    plural = "s" if noun.endswith("s") else ""
    return f"{noun} saignant{'e' if noun.startswith('viande') else ''}{plural}"


def mend(text: str, source: str) -> str:
    """``text`` (the model's French for ``source``) with each collocation the source says written as French says
    it: «faire un vœu», «prendre feu», «couleurs vives», «de la malchance», «saignant», «le fast-food», «le nez
    qui coule», «aux heures de pointe»."""
    if _WISH_EN.search(source):
        text = _WISH_FR.sub(r"\1un vœu", text)
    if _FIRE_EN.search(source):
        text = _FIRE_FR.sub(_fire, text)
    if _BRIGHT_EN.search(source):
        text = _BRIGHT_FR.sub(r"couleur\1 vive\2", text)
    if _LUCK_EN.search(source):
        text = _LUCK_FR.sub(_luck, text)
    if _RARE_EN.search(source):
        text = _RARE_FR.sub(_rare, text)
    if _FAST_EN.search(source):
        text = _FAST_FR.sub(lambda m: (_FAST_DET[m.group(1)] + " " if m.group(1) else "") + "fast-food", text)
        text = _FAST_AGREED.sub(lambda m: m.group(1) + _FAST_ADJ[m.group(2)], text)
        # and its pronoun in a question: "Is fast food causing an obesity epidemic?" → «La nourriture rapide
        # cause-t-elle…», mended «Le fast-food cause-t-elle…»: «…cause-t-il…»
        text = re.sub(r"\b(fast-food [\w'’]+(?:-t)?)-elle\b", r"\1-il", text)
    if _NOSE_EN.search(source):
        text = _NOSE_FR.sub(r"\1 le nez qui coule", text)
    if _RUSH_EN.search(source):
        text = _RUSH_HOUR_FR.sub("heure de pointe", _RUSH_FR.sub("aux heures de pointe", text))
    return text
