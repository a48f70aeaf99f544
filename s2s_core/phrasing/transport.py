"""Phrases of buses, trains, tickets, taxis and cars in town that the model had read as another meaning.

Each was kept only where its paraphrase came out right in at least three sentences and no corpus line came out worse.
"""

from __future__ import annotations

PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # "Trains run every half hour." → "Trains court chaque demi-heure." (runs, as a person); "There are trains…": "Il y
    # a des trains…"
    # ("every half hour" there came out "chaque heure": said in minutes)
    (r"^(?:the\s+)?trains\s+run\s+every\s+half\s+(?:an\s+)?hour\b", "There are trains every thirty minutes"),
    (r"^(?:the\s+)?trains\s+run\s+every\b", "There are trains every"),
    # "The trains run late on Sundays." → "Le train court tard…"; "The trains are late…": "Les trains sont en retard…"
    (r"^the\s+trains\s+run\s+late\b", "The trains are late"),   # "Trains run late…" came out "Les choses…"
    # "The ticket machine is out of order." → "Le billet est en panne."; "distributeur de billets"
    (r"\bticket\s+machine(s?)\b", r"ticket vending machine\1"),
    # "The ticket inspector checked our tickets." → "Le billet inspecteur…"; "Le contrôleur du billet…"
    (r"\bticket\s+inspector(s?)\b", r"ticket controller\1"),
    # "The windscreen is cracked." → "Le vent est cracké."; "The front windshield…": "Le pare-brise…" (only as the
    # subject: "A stone hit the front windshield" still came out "le vent de devant")
    (r"^the\s+(?:front\s+)?(?:windscreen|windshield)\b(?=\s+(?:is|was|has)\b)", "The front windshield"),
    # "He ran a red light." → "Il courut au feu rouge."; "Il ne s'est pas arrêté au feu rouge." (not "you": "You ran a
    # red light." came out right, "Vous êtes passée au feu rouge.")
    (r"\b(he|she|I|we|they)\s+ran\s+(?:a|the)\s+red\s+light\b", r"\1 didn't stop at the red light"),
    # "I have a puncture." → "J'ai une poncture."; "J'ai un pneu à plat." ("tyre" is read "tire" before, in demo)
    (r"\b(I|we|you|they)\s+have\s+a\s+puncture\b", r"\1 have a flat tire"),
    # "I commute by train." → "Je me peigne en train." (combs); "Je me rends au travail en train."
    (r"\b(I|we|you|they)\s+commute\s+by\s+(train|bus|car|bike|metro|subway)\b", r"\1 go to work by \2"),
    # "I'll get a taxi home." → "Je vais chercher un taxi à la maison."; "Je vais rentrer chez moi en taxi."
    (r"\b(I['’]ll|we['’]ll|I\s+will|we\s+will)\s+(?:get|take)\s+a\s+(?:taxi|cab)\s+home\b", r"\1 go home by taxi"),
    # "The car is low on oil." → "La voiture est basée sur le pétrole."; "La voiture a besoin d'huile."
    (r"\b(car)\s+is\s+low\s+on\s+oil\b", r"\1 needs oil"),
    # "How much is a day pass?" → "…un jour de passe ?"; "…un billet pour la journée ?" (not a prisoner's: "is on a
    # day pass")
    (r"\b(buy|get|is|need)\s+a\s+day\s+pass\b(?!\s+from\b)", r"\1 a ticket for the day"),
    # "The taxi driver took a long way round." → "…pris une longue ronde."; "…pris un long détour."
    (r"\btook\s+(?:a|the)\s+long\s+way\s+round\b", "took a long detour"),
    # "The bus stop is across the road." → "…en travers de la route."; "…de l'autre côté de la route."
    # ("…across the street" came out right)
    (r"\b(stop|station|bank|shop|hotel|pharmacy|car\s+park|parking\s+lot)\s+is\s+across\s+the\s+(road)\b",
     r"\1 is on the other side of the \2"),
    # "We need to fill up the tank." → "…remplir le tanc."; "…mettre de l'essence dans la voiture."
    (r"\bfill\s+up\s+the\s+tank\b", "put gas in the car"),
    # "Walk down this street and turn right." → "Baissez dans cette rue…"; "Suivez cette rue…"
    (r"^walk\s+(?:down|up|along)\s+(this|the)\s+(street|road)\b", r"Follow \1 \2"),
    # "The escalator is broken." → "L'escalade est cassé." (climbing); "Les escaliers mécaniques sont cassés."
    (r"^the\s+escalator\s+is\b(?=\s+(?:broken|out\s+of\s+order)\b)", "The mechanical stairs are"),
    # "I rode my bike to the park." → "J'ai grimpé mon vélo au parc."; "Je suis allé au parc sur mon vélo."
    (r"\b(I|we|he|she|they)\s+rode\s+(my|our|his|her|their)\s+(bikes?)\s+to\s+(the\s+\w+|school|work)\b",
     r"\1 went to \4 on \2 \3"),
    # "There's a diversion because of roadworks." → "…une diversité à cause des routes."; "…un détour à cause de la
    # construction."
    (r"\bbecause\s+of\s+(?:the\s+)?roadworks\b", "because of construction"),
    (r"\b(?:a\s+)?diversion\b(?=\s+because\s+of\s+construction\b)", "a detour"),
    # "We're going to London by coach." → "…par entraîneur."; said "by bus" ("en bus")
    (r"\bby\s+coach\b(?!\s+(?-i:[A-Z]))", "by bus"),      # not a trainer named: "trained by coach Carter"
    # "Stand back, the doors are closing." → "…les portes sont fermées." (closed); said "about to close" ("sont sur le
    # point de fermer"); not a shop's hours ("The doors are closing at six")
    (r"\bthe\s+doors\s+are\s+closing\b(?!\s+(?:at|on|for|down|in)\b)", "the doors are about to close"),
    # "Is there a bike lane?" → "Y a-t-il un lapin vélo ?", "Stay in the bike lane." → "Restez dans la vélo."; said
    # "a path for bicycles" ("Y a-t-il un chemin pour les vélos ?")
    (r"\b(?:in|on)\s+the\s+(?:bike|bicycle|cycle)\s+lane\b", "on the path for bicycles"),
    (r"\b(?:bike|bicycle|cycle)\s+lane(s?)\b", r"path\1 for bicycles"),
    # words43 (s38): "Check the train timetable." → "Vérifiez l'heure du train.", "The timetable has changed." →
    # "L'heure a changé.", "The new timetable starts on Monday." → "Le nouveau moment…"; said "schedule" ("Vérifiez
    # l'horaire du train.", "L'horaire a changé.", "…l'horaire de bus ?"); a bus's or a train's, or "the timetable"
    # ("our timetable", "a busy timetable" are read as typed)
    (r"\b(train|bus|coach|ferry|tram|metro|subway|flight)\s+timetable(s?)\b", r"\1 schedule\2"),
    (r"\b(the|new)\s+timetable(s?)\b", r"\1 schedule\2"),
)
