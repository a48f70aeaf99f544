"""Everyday words a first visitor's probe found in another sense (measure35, s34), where a neighbouring form was
already read right: each reading came out right in three sentences or more and no sentence tried came out worse.
"""
from __future__ import annotations

# where one lives, stays or walks: "a village by the sea" (not "surrounded by the sea", "swept away by the sea")
_PLACE = (r"(?:village|town|city|house|home|cottage|flat|apartment|hotel|restaurant|caf[eé]|campsite|place|holidays?|"
          r"walk|live|lives|lived|living|stay|stays|stayed|staying|grew\s+up|sat|sit|sitting|walked|walking)")
# a line about a hotel stay: "the room" is the bedroom there ("le prix de la pièce" had come out)
_HOTEL = r"^(?=[^.!?]*\b(?:breakfast|hotel|night|nights|stay|booking|reservation|check[\s-]?in|guests?)\b)"
# a line about work: "our department" is a service there ("notre ministère" had come out)
_WORK = (r"(?=[^.!?]*\b(?:manager|boss|colleagues?|work|works|working|office|team|company|meeting|staff|budget|"
         r"head)\b)")
PHRASES = (
    # "…in a small village by the sea." → "…par la mer.", "My parents live by the sea." → "…vivent par la mer.";
    # "near the sea": "près de la mer"
    (rf"\b({_PLACE})\s+by\s+the\s+sea\b(?!\s*(?:side|shore))", r"\1 near the sea"),
    # "The conference will take place … in the main hall of the university." → "…l'hôtel principal…", "The concert
    # is in the main hall." → "…l'hôtel principal."; "main room": "la salle principale"
    (r"\bmain\s+hall(s?)\b", r"main room\1"),
    # "Is breakfast included in the price of the room?" → "…le prix de la pièce ?", "How much is the room per
    # night?" → "Combien coûte la pièce par nuit ?"; "bedroom": "la chambre"
    (rf"{_HOTEL}([^.!?]*?\bprice\s+of\s+(?:the|a|our|my|your)\s+)room\b", r"\1bedroom"),
    (r"\b(how\s+much\s+(?:is|was|does)\s+(?:the|a|our|my|your)\s+)room\b(?=\s+(?:per|a|for\s+(?:one|two|\d+))\s+"
     r"nights?\b|\s+cost\b)", r"\1bedroom"),
    (r"\b((?:the|a|our|my|your)\s+)room\b(?=\s+(?:per|a)\s+night\b)", r"\1bedroom"),
    # "…it doesn't fit through the door…" → "…ça ne correspond pas à la porte…", "The sofa doesn't fit through the
    # door." → "…ne va pas à la porte."; "pass through": "ne passe pas par la porte"
    *((rf"(?<!\bdidn't\s)(?<!\bdidn’t\s)(?<!\bdid\snot\s)\b{fit}\s+through\s+(the|our|my|your|this|that)\s+"
       r"(door|doorway|gate|window)\b", rf"{go} through \1 \2")
      for fit, go in (("fit", "pass"), ("fits", "passes"))),     # not "didn't pass": «n'a pas réussi par la porte»
    # "…since I installed the last update…" → "…le dernier tour…"; "installed the new version" ("…depuis que j'ai
    # installé la nouvelle version…")
    (r"\b(install|installs|installed|installing)\s+(?:the|an?)\s+(?:last|latest|new|recent)?\s*(?:software\s+|"
     r"system\s+)?update\b", r"\1 the new version"),
    # "The new software update fixes several security problems…" → "Le nouveau logiciel répare…" (the update
    # lost), "The software update makes the application faster." → "Le logiciel rend…"; "the new version of the
    # software": "La nouvelle version du logiciel répare…"
    (r"\b(the|a|this)\s+(?:new\s+|latest\s+|last\s+)?software\s+update\b", r"\1 new version of the software"),
    # "…which seems a bit much to me." → "…ce qui me semble un peu." (the sense reversed); "a bit too much": "un
    # peu trop"
    (r"\b(a\s+(?:bit|little))\s+much\b(?!\s+(?:of|more|less|better|worse|too)\b)", r"\1 too much"),
    # "…from 12 euros to 15 euros in just one month…" → "…un mois…" ("just" lost); "in only": "en seulement un mois"
    (r"\bin\s+just\s+(one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|\d+)\s+(minutes?|hours?|days?|"
     r"weeks?|months?|years?)\b", r"in only \1 \2"),
    # "The fridge is empty, let's order a pizza." → "…faisons une pizza.", "Let's order a pizza." → "Comprenons une
    # pizza."; "we should order": "…nous devrions commander une pizza." ("let's get … delivered", "let's ask for"
    # came out "mettons", "demandeons")
    (r"\blet['’]s\s+order\b", "we should order"),
    # "…she waters my plants when I travel." → "…elle arrosée mes plantes…", "She waters the plants every
    # morning." → "Elle a l'eau chaque matin les plantes."; "gives water to": "…elle donne de l'eau à mes plantes…"
    *((rf"\b{water}\s+(my|your|his|her|our|their|the)\s+(plants|flowers)\b", rf"{give} water to \1 \2")
      for water, give in (("waters", "gives"), ("watered", "gave"), ("watering", "giving"))),
    # "…will change the way our department works?" → "…notre ministère ?"; "our service": "notre service"
    (rf"\b(our|my|your|his|her|their)\s+department\b(?!\s+stores?\b){_WORK}", r"\1 service"),
)
