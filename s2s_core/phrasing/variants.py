"""Everyday wordings that narrow rules elsewhere missed (measure34, s33: rules keyed to one sentence shape miss the
ordinary variants a visitor types), read in words the model knows; each came out right in three sentences or more.
"""
from __future__ import annotations

_DEVICE = r"(?:apps?|programs?|software|phones?|computers?|laptops?|tablets?|PCs?|printers?|TV)"

PHRASES = (
    # "My laptop won't turn on after the last update and…" → "…après le dernier apparition…", "My phone is very slow
    # after the last update." → "…le dernier assiette."; tech.py reads it only opening a line; "the latest version":
    # "…ne s'allume pas après la dernière version…"; a device named before it
    (rf"(\b{_DEVICE}\b[^.!?]*?\bafter\s+the\s+)(?:latest|last|most\s+recent)\s+update\b", r"\1latest version"),
    # "The instructions are unclear." → "…sont inconnues.", "…if anything is unclear." → "…est inconnu."; "not clear":
    # "Les instructions ne sont pas claires." (not "It is unclear why…", which came out right: «On ne sait pas…»);
    # "if anything is not clear" had come out "si rien n'est clair" (if nothing is): "if something"
    (r"\bif\s+anything\s+is\s+unclear\b", "if something is not clear"),
    (r"\b(is|are|was|were)\s+unclear\b(?!\s+(?:why|what|how|whether|if|when|where|who)\b)", r"\1 not clear"),
    # "…please find attached the invoice for March…" → "…le facteur en mars…"; "for the month of": "…la facture
    # pour le mois de mars." (the invoice alone came out right)
    (r"\b(invoice|bill)\s+for\s+(January|February|March|April|May|June|July|August|September|October|November|"
     r"December)\b", r"\1 for the month of \2"),
    # "…clean the guest room…" → "…la salle d'incident…", "…sleep in the guest room." → "…la salle d'invité.";
    # "guest bedroom": "…la chambre d'invité…"
    (r"\bguest\s+room(s?)\b", r"guest bedroom\1"),
    # "…buy a new bulb on your way home…" → "…un nouveau tapis…"; "light bulb": "…une nouvelle ampoule…" (not a
    # flower's bulb: "tulip bulbs", "plant the bulbs")
    (r"(?<!light\s)(?<!tulip\s)(?<!flower\s)\b(a|the|new|this|that)\s+bulb(s?)\b(?!\s+(?:of|in\s+the\s+garden)\b)",
     r"\1 light bulb\2"),
    # "…the dessert was a bit too sweet for me…" → "…le désert était un peu trop gentil…" (food.py reads "is too
    # sweet" only); "had too much sugar": "…le dessert avait un peu trop de sucre pour moi…"
    (r"\b((?:the|this|that|my|your|his|her|our)\s+(?:cake|tea|coffee|sauce|dessert|pie|jam|juice|drink|wine|icing|"
     r"cocktail|chocolate|yog(?:h)?urt|lemonade|pudding))\s+(was|were)\s+(a\s+bit\s+|a\s+little\s+|far\s+|way\s+|"
     r"much\s+)?too\s+sweet\b(?!\s+of\b)", r"\1 had \3too much sugar"),
    # "How do I get to the beach from the hotel?" → "…à la plage de l'hôtel ?" (the hotel's beach); "get from … to":
    # "Comment puis-je me rendre de l'hôtel à la plage ?"
    (r"\bhow\s+(?:do|can)\s+(I|we)\s+get\s+to\s+((?:the\s+)?\w+(?:\s+\w+)?)\s+from\s+((?:the\s+)?\w+(?:\s+\w+)?|here)"
     r"(?=\s*\?)", r"how can \1 get from \3 to \2"),
    # "…the account is locked now, can you reset it for me…?" → "…pouvez-vous me le remettre…"; tech.py reads only
    # the told past; "change my password": "…pouvez-vous changer mon mot de passe…" ("change it" lost the "again"
    # before it, "My password doesn't work anymore, can you reset it?" its request); "my password" said before it
    (r"(\bmy\s+password\b[^.!?]*\b(?:can|could|would|will)\s+you\s+(?:please\s+)?)reset\s+it\b",
     r"\1change my password"),
    # "I would like to return these shoes because…" → "J'aimerais revenir ces chaussures…" (come back), "I would like
    # to return this jacket." → "…revenir cette veste."; "I'd like to return": "J'aimerais retourner ces chaussures…"
    # (an item given back; not "return home", "return to Paris")
    (r"\b(I|we)\s+would\s+like\s+to\s+return(?=\s+(?:these|this|those|that|the|my|our|it|them)\b(?!\s+to\b))",
     r"\1'd like to return"),
)
