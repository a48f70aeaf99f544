"""A first visitor's phrases (measure48, session 38) the model read word for word or not at all, read in words it knows.

The tenth probe of 100 first-visit sentences found "…because I had never made a backup." come out «…jamais fait de
soupe.», "…reads the newspaper without glasses." «…sans verre.», "…call the front desk, which is open…" «…le bureau
de devant…», "…although the room was tiny…" «…la pièce était minée…», "Do you have this shirt in a larger size?"
«As-tu cette chemise en taille ?», "…to move our appointment to next week…" «…de passer notre rendez-vous…». Each is
read as a paraphrase that came out right («une copie», «sans porter de lunettes», «la réception», «rester debout»,
«très petite», «une plus grande taille», «reporter») in at least three sentences written for it, none screened worse.
"""
from __future__ import annotations

# an appointment set to a date said later ("to next week", "to later"): what "move" is read with
_SET_LATER = (r"(?:my|our|your|his|her|their|the|this)\s+(?:appointment|meeting|interview|reservation|booking|lesson)"
              r"\s+to\s+(?:next|later)\b)")

PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # a copy kept in case: "I always make a backup of my files…" → «…une soupe de mes fichiers.», "Do you have a
    # backup of these photos?" «…une soupe…», "We keep a backup on…" «…une soupe…» (4 of 4 «soupe»); "a copy":
    # «une copie» (5 of 5); the noun only, after a determiner, not a backup plan, singer, battery… nor "backup copy"
    (r"\b(a|the|my|your|his|her|our|their|no|any|one)\s+backup\b(?![’'-])(?!\s+(?:plans?|singers?|dancers?|bands?|"
     r"teams?|players?|goalkeepers?|batter(?:y|ies)|power|generators?|cameras?|drives?|disks?|copy|copies|files?|"
     r"servers?|lights?|options?|quarterbacks?)\b)", r"\1 copy"),
    # no glasses on: "He cannot drive without glasses." → «…sans verre.», "My mother can't read the menu without
    # glasses." «…sans verre.» (3 of 3, and measure48's newspaper); "without wearing glasses": «sans porter de
    # lunettes» (4 of 4; "without his glasses" came out «sans ses lunettes», but whose is not always said)
    (r"\bwithout\s+glasses\b(?!\s+(?:of|or\s+(?:cups|plates|bowls))\b)", r"without wearing glasses"),
    # a hotel's desk: "The front desk is on the ground floor." → «Le bureau de devant…», "…call the front desk,
    # which is open…" «…le bureau de devant…»; "the reception": «La réception est…», «…appeler la réception…»,
    # «J'ai appelé la réception…» (4 of 4); not after "at", right as typed («à la réception») and read so «au
    # réception», nor after "ask" ("Ask the front desk for a taxi." «Demandez à la réception…», read so «Demande la
    # réception…»)
    (r"(?<!\bat\s)(?<!\bask\s)(?<!\basked\s)(?<!\basking\s)\bthe\s+front\s+desk\b(?![’'-])"
     r"(?!\s+(?:staff|clerks?|managers?|agents?)\b)", r"the reception"),
    # on one's feet: "There were no seats, so we had to stand." → «…nous devions nous lever.», "I had to stand for an
    # hour in the bus." «Il m'a fallu supporter une heure…», "We stood for the whole concert." «Nous nous tenions
    # pour…»; "stay standing": «nous avons dû rester debout», «Il m'a fallu rester debout pendant une heure…», «Nous
    # restâmes debout pour tout le concert.» (3 of 3); only closing the clause or before a time it lasted
    (r"\b(had|have|has|will\s+have)\s+to\s+stand\b(?=\s*(?:[.!?,;]|$)|\s+(?:for|during|all)\b)",
     r"\1 to stay standing"),
    (r"\bstood\s+(?=(?:for|during)\s+the\s+whole\b|all\s+(?:the\s+way|day|night|evening)\b)", r"stayed standing "),
    # very small: "…although the room was tiny…" → «…la pièce était minée…», "The baby has tiny hands." «…les mains
    # minces.»; "very small": «…très petite…», «Le bébé a des petites mains.», «La cuisine est très petite…» (3 of 3);
    # not "a tiny bit" (a little), nor after "very" (not "very very small")
    (r"(?<!\bvery\s)\btiny\b(?!\s+bit\b)(?![’'-])", r"very small"),
    # the next size up: "Do you have this shirt in a larger size?" → «As-tu cette chemise en taille ?» (larger lost);
    # "a bigger size": «…dans une plus grande taille ?», «J'ai besoin d'une taille plus grande…», «…ces chaussures
    # dans une taille plus grande ?» (3 of 3)
    (r"\b(a|the)\s+larger\s+size\b", r"\1 bigger size"),
    # put off to a later date: "…to move our appointment to next week…" → «…de passer notre rendez-vous…», "I would
    # like to move my appointment to Monday." «…passer mon rendez-vous lundi.»; "postpone": «…reporter la réunion à
    # vendredi ?», «…reporter mon rendez-vous mardi prochain ?» (3 of 3); only to a date said later ("next", "later")
    (r"\bmove\s+(" + _SET_LATER, r"postpone \1"),
    (r"\bmoved\s+(" + _SET_LATER, r"postponed \1"),
    (r"\bmoving\s+(" + _SET_LATER, r"postponing \1"),
)
