"""A first visitor's phrases (measure46, session 38) the model read word for word, read in words it knows.

The seventh probe of 100 first-visit sentences found "…missed the last bus and had to walk home." come out «…avons dû
rentrer chez nous.» (the walking lost), "…my parents used to take us…, and we would hike for hours." «…nous nous
ferions des randonnées…» (a conditional), "The museum is free on the first Sunday…" «Le musée est libre…» (not busy),
"…eat fewer sweets and walk…" «…manger plus de sucre…» (the opposite), "…deliver the rest by the end of April." «…d'ici
avril.» (a month late). Each is read as a paraphrase that came out right («rentrer à pied», «nous avions l'habitude
de», «gratuit», «moins de sucre», «avant la fin d'avril») in at least three sentences written for it, none screened
worse. (sense_mends.py writes «commande», «file d'attente», «donné» and «une douzaine» for others it found.)
"""
from __future__ import annotations

PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # gone home on foot: "We had to walk home in the rain." → «Nous avons dû rentrer chez nous sous la pluie.», "They
    # decided to walk home…" «…de rentrer chez eux…» (the walking lost); "return home on foot": «…rentrer à la maison à
    # pied», «…retourner chez moi à pied…» (5 of 5; "walk back home", "go home on foot" lost it again); not before
    # "from", which the model had right ("She had to walk home from the station." «…rentrer chez elle à pied de la
    # gare.», read so «…à pied à la maison à pied…»)
    (r"\b(had|have|has|decided|decide|need|needs|needed)\s+to\s+walk\s+home\b(?!\s+from\b)",
     r"\1 to return home on foot"),
    # a habit in the past: "…used to go to the beach, and we would swim all day." → «…et nous nagerions toute la
    # journée.», "I used to work in a bakery, and I would get up at four." «…je me lèverais…» (would as a
    # conditional); "used to" again: «…nous nageions…», «…j'avais l'habitude de me lever…» (4 of 6, none worse; the
    # other two kept a wrong tense); only after a "used to" in the sentence, not "would like", "would have"…
    (r"(\bused\s+to\s+[^.;!?]*?\band\s+(?:we|they|I|he|she)\s+)would\b"
     r"(?!\s+(?:have|like|love|rather|prefer|not|never|be)\b)(?=\s+[a-z])", r"\1used to"),
    # no charge: "The museum is free on the first Sunday…" → «Le musée est libre…», "Parking is free after six…" «Le
    # Parc est libre…», "The museum is free on Sundays." «…est gratuitement…»; "free of charge": «Le musée est
    # gratuit…», «Le Parking est gratuit…» (4 of 4 that had been wrong; those right stayed right); only after what
    # costs ("Are you free on Sunday?", "Is this seat free?" stay «libre»); only before a day, a time, whom it is free
    # for or the end: not in a list ("…, parking is free and children under ten receive free admission." lost its
    # admission so), nor before "during" or "on week days" (times.py reads it "during the week"), which the model
    # had right: «Le musée est gratuit pendant la semaine.»
    # a concert too, and before "last", "next" ("The concert is free tonight." «Le concert est libre ce soir.», "The
    # museum was free last Sunday." «…était libre dimanche dernier.» → «…est gratuit…», «…était gratuit…», 4 of 4;
    # not a show: "The show is free on Friday." had «gratuit» and read so «Le spectacle est gratuite…»)
    (r"\b((?:museums?|entry|entrance|admission|parking|tickets?|exhibitions?|galler(?:y|ies)|concerts?)\s+"
     r"(?:is|are|was|were|will\s+be)\s+)free\b(?=\s*(?:[.!]|$)|\s+(?:on|for|after|before|until|till|at|every|"
     r"today|tomorrow|tonight|in|this|all|with|last|next|yesterday)\b)(?!\s+on\s+week\s*days\b)",
     r"\1free of charge"),
    # fewer sweets, in a list: "…drink more water, eat fewer sweets and walk…" → «…manger plus de sucre…», "…sleep
    # more, eat fewer sweets and go outside…" «…mange plus de sucres…» (the opposite); "less sugar": «…moins de
    # sucre…» (4 of 4), what "fewer sweets" alone came out as («Tu devrais manger moins de sucres.»)
    (r"\bfewer\s+sweets\b", r"less sugar"),
    # a deadline in a long sentence: "…we expect to deliver the rest by the end of April." → «…d'ici avril.», "…return
    # the signed contract to our office by the end of March so that…" (the date lost), "…the new kitchen by the end of
    # May…" «…à la fin de mai…» (at, not by); "before the end of": «…avant la fin d'avril», «…avant la fin de mars…»,
    # «…avant la fin de mai…» (8 of 8 dates right); not opening a clause ("By the end of the day, I was tired."), nor
    # "by the end of the day", which another table reads and the model had right («d'ici la fin de la journée»)
    (r"(?<=\w\s)by\s+the\s+end\s+of\b(?!\s+(?:the\s+)?(?:day|today)\b)", r"before the end of"),
)
