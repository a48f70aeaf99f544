"""Set French terms the model wrote word for word or in another sense (measure37, s35), mended after it.

"…except on public holidays." came out «…sauf les vacances publiques.», "The shop is closed on public holidays."
«Le magasin est fermé en vacances publiques.» and "bank holidays" «vacances bancaires»: French says «jours fériés»
(no English reading tried came out so: "bank holidays", "holidays" lost the sense). «vacances publiques» is never
French, so it is mended wherever it stands; «vacances bancaires» where the source says "bank holiday". So is a damp
basement's «humid», English left in the French (words44, s38): «humide»; and a messy room's «gâchie» or «fou»
(words45, s38): «en désordre».
"""
from __future__ import annotations

import re

from .. import determiners

# the model's term after the word before it → French's («en» before the days a shop is closed: «les»)
_BEFORE = {"en": "les", "En": "Les", "les": "les", "Les": "Les", "des": "des", "Des": "Des", "aux": "aux",
           "Aux": "Aux", "une": "un", "Une": "Un", "la": "le", "La": "Le"}
_HOLIDAYS = re.compile(r"\b(?:(en|En|les|Les|des|Des|aux|Aux|une|Une|la|La) )?vacances? (?:publiques?|{bank})\b")


_PICKED_EN = re.compile(r"\bpick(?:s|ed|ing)?\s+(?:(?:some|the|a\s+few|fresh|wild|ripe|more)\s+)?(?:apples|pears|"
                        r"cherries|strawberries|raspberries|blackberries|berries|grapes|plums|fruit|flowers|"
                        r"mushrooms|olives|peaches|tomatoes)\b", re.IGNORECASE)
# «choisir» and its forms → «cueillir»'s, before what is picked
_CHOSEN = {"choisir": "cueillir", "choisi": "cueilli", "choisis": "cueille", "choisit": "cueille",
           "choisissons": "cueillons", "choisissez": "cueillez", "choisissent": "cueillent",
           "choisissais": "cueillais", "choisissait": "cueillait", "choisissions": "cueillions",
           "choisissaient": "cueillaient", "choisissant": "cueillant"}
_CHOSEN_FR = re.compile(rf"\b({'|'.join(_CHOSEN)})(?= (?:des|les|quelques|de|du|la|le|ces|nos|mes) (?:[\w'’-]+ )?"
                        r"(?:pommes|poires|cerises|fraises|framboises|mûres|baies|raisins|prunes|fruits|fleurs|"
                        r"champignons|olives|pêches|tomates)\b)")


def _picked(text: str, source: str) -> str:
    """"…à choisir des pommes" → "…à cueillir des pommes" where the source picks fruit, flowers or mushrooms."""
    return _CHOSEN_FR.sub(lambda m: _CHOSEN[m.group(1)], text) if _PICKED_EN.search(source) else text


def _kindness(text: str, source: str) -> str:
    """"Notre voisin avait la gentillesse de nourrir le chat." → "…a eu la gentillesse de…" where the source, read
    "had the kindness to" for "kindly fed" (phrasing/verbs.py), tells one kind act, not a habit."""
    if not re.search(r"\bhad the kindness to\b", source, re.IGNORECASE):
        return text
    return re.sub(r"\b(avait|avaient) la gentillesse\b",
                  lambda m: ("a eu" if m.group(1) == "avait" else "ont eu") + " la gentillesse", text)


def _damp(text: str, source: str) -> str:
    """«humid» → «humide» (English, never French: "The basement is damp." came out «Le sous-sol est humid.», "The
    basement was damp and dark." «…était humid et sombre.»), and «dampe(s)» where the source says "damp" ("Our flat is
    very damp in winter." «…très dampe en hiver.») → «humide(s)» (words44, s38; no English reading was tried)."""
    text = re.sub(r"\b([Hh])umid(s?)\b", r"\1umide\2", text)
    return re.sub(r"\bdampe(s?)\b", r"humide\1", text) if re.search(r"\bdamp\b", source, re.IGNORECASE) else text


def _messy(text: str, source: str) -> str:
    """«gâchie/gâchis/fou» → «en désordre» where the source says a place or a thing is "messy" (words45, s38): "The
    kitchen was messy after the party." came out «La cuisine était gâchie…», "The children's bedroom is very messy."
    «…très gâchie.», "His desk is always messy." «Son bureau est toujours fou.», "The garage is very messy." «…très
    fou.». Read "in disorder" in English it came out «en désordre» too, but school.py's cases keep "My room is messy."
    as typed, so it is mended on the French side; a messy person is read "disorganized" before (school.py). Only
    after «est/était/sont/étaient» (and «très/toujours/vraiment/si/trop»), where the source says no "crazy"/"mad"."""
    if not re.search(r"\bmessy\b", source, re.IGNORECASE) or re.search(r"\b(?:crazy|mad)\b", source, re.IGNORECASE):
        return text
    return re.sub(r"\b((?:est|était|sont|étaient|sera|seront|reste|restent)\s+(?:(?:très|toujours|vraiment|si|trop|"
                  r"tellement|un\s+peu)\s+)?)(?:gâchi[es]?|gâchies|gâchée?s?|fou|folle|fous|folles)\b",
                  r"\1en désordre", text)


# words47 (s39): a commute left in English and taken as feminine: "My commute takes an hour." came out «Ma commute
# prend une heure.», "The commute was awful…" «La commute était horrible…», "I have a long commute." «J'ai une longue
# commute.» ("journey to work" gave «voyage à travailler»): «trajet», masculine, with its determiner and «long»
_COMMUTE_FR = re.compile(r"\b(?P<det>[Mm]a|[Ll]a|[Uu]ne|[Tt]a|[Ss]a|[Cc]ette|[Vv]otre|[Nn]otre|[Ll]eur|[Qq]uelle)\s+"
                         r"(?P<long>longue\s+)?commute\b(?P<adj>\s+(?:quotidienne|habituelle|matinale))?")


def _commute(text: str, source: str) -> str:
    """«Ma commute» → «Mon trajet», «une longue commute» → «un long trajet» where the source says "commute" as a
    noun (after a determiner or a possessive, not "I commute to work")."""
    if not re.search(r"\b(?:my|your|his|her|our|their|the|a|this|long|short|daily)\s+commute\b", source,
                     re.IGNORECASE):
        return text

    def said(m: re.Match) -> str:
        adj = {"quotidienne": " quotidien", "habituelle": " habituel", "matinale": " matinal"}.get(
            (m.group("adj") or "").strip(), "")                             # «Sa commute quotidienne»: «quotidien»
        return determiners.written(m.group("det"), "trajet", False) + ("long " if m.group("long") else "") + \
            "trajet" + adj
    return _COMMUTE_FR.sub(said, text)


# words47 (s39): a soft cheese said «douce» (feminine, and a sweet taste) or «canapé» (a sofa): "I love soft cheese."
# came out «J'adore le fromage douce.», "Do you like soft cheese?" «…le fromage canapé ?», "Brie is a soft cheese."
# «…un fromage douce.»: French says «fromage à pâte molle»
_SOFT_CHEESE_FR = re.compile(r"\b(fromages?)\s+(?:douces?|doux|canapés?|mous|mou|molles?)\b")


def _soft_cheese(text: str, source: str) -> str:
    """«le fromage douce» → «le fromage à pâte molle» where the source says "soft cheese"."""
    if not re.search(r"\bsoft\s+cheeses?\b", source, re.IGNORECASE):
        return text
    return _SOFT_CHEESE_FR.sub(r"\1 à pâte molle", text)


# reading aloud (s40): phrasing/school.py reads "read X aloud" as "read X in a high voice", which came out «…a lu le
# poème en haute voix…», «…le lire dans une voix haute…», «…d'une voix haute» (aloud kept, but French says «à haute
# voix»)
_ALOUD_FR = re.compile(r"\b(?:en|en une|dans une|d'une|avec une|à une) (?:haute voix|voix haute)\b")


def _aloud(text: str, source: str) -> str:
    """«en haute voix», «dans une voix haute» → «à haute voix» where the source (as the model read it) says "in a
    high voice" or "aloud"."""
    said = re.search(r"\b(?:aloud|in\s+a\s+high\s+voice)\b", source, re.IGNORECASE)
    return _ALOUD_FR.sub("à haute voix", text) if said else text


# left55 (s41): a power cut. phrasing/weather.py reads "a power cut" as "an electricity cut", which came out right
# («une coupure d'électricité») but for a subject: "A power cut stopped the elevator." → «Une réduction d'électricité
# a arrêté…», "The power cut lasted three hours." (read "the electricity cut") → «La réduction de l'électricité
# dura…»; French says «coupure de courant»
_CUT_EN = re.compile(r"\b(?:electricity\s+cuts?|power\s+(?:cuts?|outages?|failures?))\b", re.IGNORECASE)
_CUT_FR = re.compile(r"\b(?:(un|Un) coup|(réduction|coupe)(s?)) (?:de l'|d')électricité\b")


def _power_cut(text: str, source: str) -> str:
    """«une réduction d'électricité», «un coup d'électricité» → «une coupure de courant» where the source says a
    power cut."""
    if not _CUT_EN.search(source):
        return text
    return _CUT_FR.sub(lambda m: ("une coupure" if m.group(1) == "un" else "Une coupure" if m.group(1) else
                                  "coupure" + m.group(3)) + " de courant", text)


# left55 (s41): a thing that is second-hand. phrasing/errands.py reads "This bike is second-hand." («Ce vélo est au
# deuxième rang.», "The sofa is second-hand." «Le canapé est deuxième.») as "…is of occasion.", which the model
# writes «Ce vélo est à l'occasion.», «Tous ces livres sont occasionnels.»: French says «d'occasion»
_OCCASION_FR = re.compile(r"\b(est|sont|était|étaient|être|été|soit|sont-ils|est-il|est-elle) (?:à l'occasion|"
                          r"occasionnel(?:le)?s?)\b")


def _second_hand(text: str, source: str) -> str:
    """«Ce vélo est à l'occasion.» → «Ce vélo est d'occasion.» where the source (as read) says "is of occasion"."""
    if not re.search(r"\b(?:is|are|was|were|be|been)\s+of\s+occasion\b", source, re.IGNORECASE):
        return text
    return _OCCASION_FR.sub(r"\1 d'occasion", text)


# left55 (s41): a fizzy drink gone flat. "The beer is flat." came out «La bière est platée.», "The champagne is flat."
# «Le champagne est plat.», "The soda was flat." «Le soda était plat.», "The champagne went flat." «…s'est platée.»,
# «Ma bière est allée platée…» (no English reading tried kept the drink: "no longer sparkling" «…plus épargnant»,
# "lost its bubbles" «…ses balles»): French says «éventé» («La bière est éventée.», «…s'est éventé»)
_FLAT_EN = re.compile(r"\b(?:beer|lager|champagne|prosecco|cava|soda|cola|coke|lemonade|cider|tonic|sparkling|fizzy|"
                      r"pop|drinks?)\b[^.!?]*\bflat\b", re.IGNORECASE)
_FLAT_FR = re.compile(r"\b(est|était|sont|étaient|s['’]est|se sont|(?:est|était) (?:devenu|allé)(e?)(?: à)?)"
                      r"\s+plat(é?)(e?)(s?)\b")


def _flat_drink(text: str, source: str) -> str:
    """«La bière est platée.» → «La bière est éventée.» where the source says a drink is flat."""
    if not _FLAT_EN.search(source):
        return text

    def said(m: re.Match) -> str:
        feminine = bool(m.group(2) or m.group(4))
        if m.group(2) is not None:                       # «est devenue plat», «est allée platée»: «s'est éventée»
            return "s'est éventé" + ("e" if feminine else "") + m.group(5)
        return m.group(1) + " éventé" + ("e" if feminine else "") + m.group(5)
    return _FLAT_FR.sub(said, text)


# s41: "I would like a juice." came out «Je voudrais un jus de jus.», "He drank a juice." «…un jus de jus.», and so
# "a soda" read "a juice" (glossary_everyday) «un soda de jus»; French never says either
_JUICE_OF_JUICE = re.compile(r"\b(jus|sodas?) de jus\b")


def _juice_of_juice(text: str) -> str:
    """«un jus de jus» → «un jus», «un soda de jus» → «un soda»."""
    return _JUICE_OF_JUICE.sub(r"\1", text)


def mend(text: str, source: str) -> str:
    """``text`` (a French translation of ``source``) with «jours fériés» for «vacances publiques»: "fermé en
    vacances publiques" → "fermé les jours fériés", "sauf les vacances publiques" → "sauf les jours fériés"."""
    text = _kindness(_picked(re.sub(r"\b([Bb])rillantment\b", r"\1rillamment", text), source), source)
    text = _aloud(_soft_cheese(_commute(_messy(_damp(text, source), source), source), source), source)
    text = _juice_of_juice(_flat_drink(_second_hand(_power_cut(text, source), source), source))
    if "vacance" not in text:
        return text
    bank = "bancaires?" if re.search(r"\bbank\s+holidays?\b", source, re.IGNORECASE) else "publiques?"
    pattern = re.compile(_HOLIDAYS.pattern.replace("{bank}", bank))

    def said(m: re.Match) -> str:
        one = m.group(1) in ("une", "Une", "la", "La") or not m.group().endswith("s")
        return (_BEFORE[m.group(1)] + " " if m.group(1) else "") + ("jour férié" if one else "jours fériés")
    return pattern.sub(said, text)
