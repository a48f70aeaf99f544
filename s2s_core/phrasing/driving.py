"""Phrases of cars and driving (a car that won't start, a flat battery, fines and parking tickets, servicing) that
the model had read as another meaning.

The model knows "démarrer" after "want to", "une amende" after "pay", "morte" for a battery, but not the phrases a
driver types: "My car won't start this morning" came out "…ne commencera pas ce matin", "You'll get a fine."
"Tu vas bien te chercher.", "The battery is flat." "La batterie est platée."; each phrase is read as a paraphrase it
translates right ("doesn't want to start": "ne veut pas démarrer", "have to pay a fine": "devras payer une amende",
"dead": "morte"). Each was kept only where its paraphrase came out right in at least three sentences and no sentence
tried came out worse.
"""

from __future__ import annotations

# a fine to pay, not a fine thing ("We got a fine view."): the clause ends or says why, when or how much
_FINE_AFTER = (r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:if|for|when|because|of|again|unless|every|last|this|yesterday)\b)"
               # nor one of two adjectives: "We got a fine, sunny day…" had come out "Nous avons dû payer un beau jour…"
               r"(?!,\s*[a-z]+\s+(?:day|days|morning|afternoon|evening|night|week|weekend|view|weather|time|meal|"
               r"dinner|lunch|wine|voice|house|car|job|summer)\b)")
# not "have got a fine" (one has it): "He's got a fine." is not "he had to pay one"
_NOT_HAVE_GOT = r"(?<!['’]ve\s)(?<!['’]s\s)(?<!\bhave\s)(?<!\bhas\s)(?<!['’]d\s)(?<!\bhad\s)"

# a car's boot: the line speaks of a car or of what one loads in one, and of no footwear ("a stone in the boot" of a
# walker)
_CAR_BOOT = (r"^(?=.*\b(?:car|cars|taxi|bags?|shopping|luggage|suitcases?|tyres?|tires?|pram|pushchair|buggy|boxes|"
             r"groceries|drive|driving|boot\s+is\s+(?:full|open|empty))\b)(?!.*\b(?:boots|shoes?|foot|feet|wear\w*|"
             r"wore|worn|laces?|kick\w*|walk\w*|hik\w*|leather|socks?|computer|laptop|reboot|startup)\b)(.*?)")
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # "my car won't start this morning" → "ma voiture ne commencera pas ce matin", "The engine won't start." → "Le
    # moteur ne commencera pas.", "Our car will not start." → "…ne commencera pas."; "doesn't want to start": "ne veut
    # pas démarrer"; not "start again" ("…ne veut pas recommencer", no better) nor a start to come ("until Monday")
    (r"\b(car|engine|motorbike|motorcycle|van|scooter|truck)\s+(?:won['’]t|will\s+not)\s+start\b"
     r"(?!\s+(?:again|up|until|till|before|on|at|the|a|an|with|by|tomorrow|next)\b)", r"\1 doesn't want to start"),
    # "She was caught speeding." → "Elle s'est fait prendre en vitesse.", "They were caught speeding twice." → "Ils se
    # sont fait attraper deux fois."; "caught driving too fast": "prise à conduire trop vite" (not "got caught": "Il
    # s'est fait conduire trop vite…")
    (r"\b(is|are|was|were|been|be)\s+caught\s+speeding\b", r"\1 caught driving too fast"),
    # senses49 (s39): "He got a speeding ticket on the highway." → "Il a eu un billet de vitesse…"; "a fine for
    # speeding", read before "got a fine" below so that it is read "had to pay a fine for speeding": «Il a dû payer une
    # amende pour excès de vitesse…» ("a fine for driving too fast" after "got" came out «Il s'est fait conduire trop
    # vite…»; "Speeding tickets are expensive" found no paraphrase: «Les frais de vitesse…»)
    (r"\bspeeding\s+ticket\b", "fine for speeding"),
    # "You'll get a fine." → "Tu vas bien te chercher.", "You'll get a fine if you park there." → "Tu vas bien s'y
    # garer.", "We got a fine." → "Nous avons eu une bonne chose."; "have to pay a fine": "devras payer une amende"
    (rf"{_NOT_HAVE_GOT}\bgot\s+a\s+fine{_FINE_AFTER}", "had to pay a fine"),
    (rf"\bget\s+a\s+fine{_FINE_AFTER}", "have to pay a fine"),
    (rf"\bgets\s+a\s+fine{_FINE_AFTER}", "has to pay a fine"),
    # "The battery is flat." → "La batterie est platée.", "The battery's flat again." → "…à nouveau la pile.", "My
    # phone battery is flat." → "…est flatée."; "dead": "morte"
    (r"\b(batter(?:y|ies))(\s*(?:is|are|was|were|['’]s|['’]re|has\s+been|have\s+been)(?:\s+completely)?)\s+flat\b",
     r"\1\2 dead"),
    # "The car needs a service." → "…a besoin d'un service.", "The boiler needs a service once a year." → "…d'un
    # service…"; "needs to be checked": "doit être vérifiée" (as admin reads "needs servicing")
    (r"\b(car|van|bike|motorbike|scooter|boiler|heater)\s+(needs|need|needed)\s+a\s+service\b", r"\1 \2 to be checked"),
    # "I got a parking ticket." → "J'ai eu un billet de parking.", "She got a parking ticket outside the hospital." →
    # "…un billet de parking…"; "parking fine": "une amende de parking" (not "pay the parking ticket": "As-tu payé le
    # parking ?", the fine left out; nor many: "He gets parking tickets every week." came out "…des amendes chaque
    # semaine pour garer.")
    (r"\b(got|get|gets|getting|received|receive)\s+(a|another)\s+parking\s+ticket\b", r"\1 \2 parking fine"),
    # "We bought a second-hand car last month…" → "…une voiture seconde…"; "used car": "une voiture d'occasion"
    # (one car only: "Used cars are cheaper." came out "Les voitures informatiques…"; "a used bike" "un vélo utilisé")
    (r"\b(a)\s+second[-\s]?hand\s+car\b(?!s)", r"\1 used car"),
    # parking opening a sentence: "Parking is free on Sundays." → «Parcler est libre…», "Parking costs five euros an
    # hour." «La Parkche coûte…»; "the parking": «Le parking coûte…», «Le parking n'est pas autorisé ici.» (4 of 4)
    # not "Parking is free…", which leisure.py reads "free of charge" («Le Parking est gratuit…»)
    (r"(?:^|(?<=[.!?]\s))parking\s+(?=(?:is|was|costs?|will)\b)(?!is\s+free\b)", "the parking "),
    # senses49 (s39): "I have to pay a ticket for parking in the wrong place." → "…payer un billet pour garer…"; "a
    # fine": «Je dois payer une amende pour garer…» (a ticket paid for parking or speeding only)
    (r"\b(pay|pays|paid|paying)\s+(a|the|my|your|his|her|our|their|this|that)\s+ticket\s+(?=for\s+(?:parking|"
     r"speeding)\b)", r"\1 \2 fine "),
    # senses50 (s39): a car's boot read as footwear: "Put the bags in the boot of the car." → «…dans la botte de la
    # voiture.», "The boot is full of shopping." → «La botte est pleine…», "There is a spare tyre in the boot." →
    # «…dans la botte.»; "trunk": «…dans le coffre de la voiture.», «Le coffre est plein de courses.»
    (r"\bboot(s?)\s+of\s+(?=(?:the|my|your|his|her|our|their|a|an|this|that)\s+(?:[\w-]+\s+)?(?:car|taxi|cab)s?\b)",
     r"trunk\1 of "),
    (r"\bcar\s+boot(s?)\b(?!\s+sales?\b)", r"car trunk\1"),    # not a car boot sale (a flea market)
    (rf"{_CAR_BOOT}\b(the|my|your|his|her|our|their)\s+boot\b(?!\s+of\b)", r"\1\2 trunk"),
    # a boot opened or shut, with nothing else in its sentence ("Can you open the boot? I need my bag."): a car's
    (r"\b(open|opens|opened|opening|close|closes|closed|closing|shut|shuts|pop|pops|popped)\s+(the|my|your|his|her|our|"
     r"their)\s+boot\b(?!\s+of\b)", r"\1 \2 trunk"),
)
PHRASES += (   # left52 (s40): one knocked down by a car (fix49's leftover)
    # "She got knocked down by a bus but she is fine." → «Elle s'est verrouillée par un bus…», "He was knocked down
    # by a car…" → «…frappé par une voiture…»; "hit by": «Elle a été heurtée par un bus mais elle va bien.», «Il a été
    # heurté par une voiture en allant à l'école.»
    (r"\b(was|were|is|are|be|been|got|get|gets|getting)\s+knocked\s+down\s+by\s+(?=(?:an?|the|his|her|their)\s+"
     r"(?:\w+\s+)?(?:car|bus|lorry|truck|van|motorbike|motorcycle|taxi|cyclist|bike|tram)\b)", r"\1 hit by "),
    # left54 (s40; senses51): plural speeding tickets opening a line (glossary_everyday.py reads them "fines", not
    # at a line's opening): "Speeding tickets are sent by post." → «Les billets sont envoyés…», "Speeding tickets
    # are expensive…" → «Les billets d'examen…»; "The speeding tickets": «Les amendes pour excès de vitesse sont
    # envoyées par la poste.»
    (r"^speeding\s+tickets\b", "The speeding tickets"),
    # vocab58 (s41): "Let's go for a spin in my new car." → «…faire une épine…», "Do you want to go for a spin?"
    # «…faire un espion ?», "We went for a spin around town." «…une épine autour de la ville.»; said "a drive":
    # «Allons faire un tour en voiture…», «Veux-tu aller faire un tour en voiture ?», «…faire un tour en ville.» (3 of
    # 3); not on a bike or a boat
    (r"\b(go|goes|went|going|gone)\s+for\s+a\s+spin\b(?!\s+(?:on|in)\s+(?:a|my|his|her|your|our|their|the)\s+"
     r"(?:bikes?|bicycles?|motorbikes?|boats?)\b)", r"\1 for a drive"),
    # a sat nav (british60, s41): "The sat nav sent us the wrong way." → «Le s'assit…», "Turn on the sat nav." «Allume
    # la navette.», "My sat nav doesn't work." «Ma navette…»; "GPS": «Le GPS nous a envoyé…», «Allume le GPS.», «Mon
    # GPS ne fonctionne pas.», «Avez-vous un GPS dans votre voiture ?» (4 of 4)
    (r"\bsat[\s-]?navs?\b", "GPS"),
)
PHRASES += (   # colloc60 (s41): heavy traffic
    # "There was heavy traffic this morning." → «Il y avait une grosse circulation…», "There is heavy traffic on the
    # bridge." «Il y a de lourdes circulations…»; "a lot of traffic": «Il y avait beaucoup de circulation ce matin.»,
    # «Il y a beaucoup de circulation sur le pont.»
    (r"\b(there\s+(?:is|was|will\s+be)|there['’]s)\s+(?:very\s+)?heavy\s+traffic\b", r"\1 a lot of traffic"),
    # "We were stuck in heavy traffic." → «…coincés dans une circulation lourde.», "We got stuck in heavy traffic on
    # the way home." «Nous avons été coincés sur le chemin…» (traffic lost); "a traffic jam": «…coincés dans un
    # embouteillage.», «…dans un embouteillage sur le chemin de la maison.»
    (r"\b(stuck|caught)\s+in\s+(?:very\s+)?heavy\s+traffic\b", r"\1 in a traffic jam"),
    # "I was late because of heavy traffic." → «…à cause de la circulation lourde.»; "the traffic jams": «J'étais en
    # retard à cause des embouteillages.»
    (r"\bbecause\s+of\s+(?:the\s+)?(?:very\s+)?heavy\s+traffic\b", "because of the traffic jams"),
)
