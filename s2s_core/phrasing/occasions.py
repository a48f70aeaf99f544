"""Phrases of errands and occasions (a letter sent by post, a stunning view or bride, a fish tank) that the model had
read as another meaning.

The model knows "par courrier", "magnifique" and "aquarium", not "by post", "stunning" or "fish tank": "I'll send you
the photos by post." came out "Je t'enverrai les photos à la poste.", "The view from the hotel is stunning." "La vue
de l'hôtel vole.", "The fish tank needs cleaning." "Le poisson a besoin d'être nettoyé."; each phrase is read as a
paraphrase it translates right. Each was kept only where its paraphrase came out right in at least three sentences
and no sentence tried came out worse (words36, session 34).
"""

from __future__ import annotations

from .common import BE

# what is stunning as news is, not as beauty ("The news was stunning.", "a stunning defeat")
_NOT_NEWS = (r"^(?!.*\b(?:news|results?|defeats?|victory|win|loss|losses|decisions?|verdict|revelations?|announcement|"
             r"collapse|drop|fall|rise|increase|attack|blow|turnaround|upset|speed)\b)")
_BEAUTIFUL = (r"(?:view|views|dress|dresses|bride|wedding|flowers|scenery|landscapes?|photos?|pictures?|beach|beaches|"
              r"sunset|gardens?|house|city|place|venue|location|hotel|woman|girl|cake|colou?rs?|ring|necklace)")
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # "I'll send you the photos by post." → "…à la poste.", "The letter was sent by post." → "…envoyée à la poste.",
    # "You will receive your card by post." → "…en poste."; "by mail": "par courrier", "par la poste"
    (r"\bby\s+post\b(?![\w-])(?!\s+(?:office|code|box|boxes|time|date|deadline)\b)", "by mail"),
    # "The view from the hotel is stunning." → "La vue de l'hôtel vole.", "You look stunning in that dress!" → "Tu as
    # l'air en train de t'embêter…", "The flowers at the wedding were stunning." → "…en train de voler."; "magnificent":
    # "magnifique"; a beauty only (after "be", "look", or before what is admired), not news that stuns
    (rf"{_NOT_NEWS}(.*?)\b({BE}|looks?|looked|looking|seems?|seemed|so|really|absolutely|truly|simply|just)\s+"
     r"stunning\b(?!\s+(?:the|a|an|him|her|them|it|us|me|my|his|its|our|their|everyone|everybody)\b)",
     r"\1\2 magnificent"),
    (rf"{_NOT_NEWS}(.*?)\bstunning\s+({_BEAUTIFUL})\b", r"\1magnificent \2"),
    # "My windscreen is cracked." → "Mon pare-brise est cracké.", "My phone screen is cracked." → "…est cracké.", "The
    # mirror is cracked." → "Le miroir est cracké."; "broken": "cassé" (a thing that is, not one who cracked a code)
    (r"\b(is|are|was|were|['’]s|['’]re|got|get|gets|has\s+been|have\s+been)\s+cracked\b(?!\s+(?:up|open|down|on)\b)",
     r"\1 broken"),
    # "Go straight on at the next crossroads." → "…aux prochains passagers.", "Turn right at the second crossroads." →
    # "…aux secondes croisées."; "intersection": "à la deuxième intersection" (directions reads "at the crossroads")
    (r"\bat\s+the\s+(next|first|second|third|fourth)\s+crossroads\b", r"at the \1 intersection"),
    # "The fish tank needs cleaning." → "Le poisson a besoin d'être nettoyé." (the fish lost); "aquarium"
    (r"\ba\s+fish\s+tank\b", "an aquarium"),
    (r"\bfish\s+tank\b", "aquarium"),
    (r"\bfish\s+tanks\b", "aquariums"),
    # a wish for a long and happy life (fix53, measure52): "…we wish you a long and happy life together." → «…une longue
    # vie ensemble.» ("happy" lost), "They had a long and happy life together." → «Ils ont eu une longue vie
    # ensemble.», "We wish you both a long and happy life." → «…une longue vie et heureuse.»; "a long life full of
    # happiness": «…une longue vie de bonheur ensemble.», «Ils ont eu une longue vie de bonheur ensemble.», «…une
    # longue vie de bonheur.» (in measure52's long line 80 «ensemble» is then the word lost instead)
    (r"\ba\s+long\s+and\s+happy\s+life\b", "a long life full of happiness"),
)
PHRASES += (   # senses59 (s41): a party one hosts
    # "We are hosting a party on Friday." → «Nous accueillons une fête…», "Who is hosting the dinner?" «Qui est l'hôte
    # du dîner ?», "I'll host the party this year." «J'hôte la fête…»; "organise": «Nous organisons une fête
    # vendredi.» (a party, a dinner, a barbecue…; "They hosted a barbecue" was right as typed, «Ils ont organisé…»,
    # and the Olympics or a show hosted are left)
    *((rf"\b{typed}\s+(?=(?:a|an|the|our|my|his|her|their|this|next|your)\s+(?:\w+\s+)?(?:party|parties|dinner|"
       r"barbecue|bbq|picnic|lunch|brunch|reunion|celebration|get-together)\b)", f"{said} ")
      for typed, said in (("host", "organise"), ("hosts", "organises"), ("hosting", "organising"))),
)
