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
    # "The train to Brussels leaves from platform 6 at 8:45, please be there at least ten minutes before departure." →
    # "…s'il vous plaît, y a au moins dix minutes avant de départ."; a sentence of its own, "Please arrive": «…8 h 45.
    # Veuillez arriver au moins dix minutes avant le départ.» (after a departure or an opening said first)
    (r"^(?!(?:if|when|whenever|once|after|before|as|unless|since|because|while)\b)([^,!?]*\b(?:leaves|starts|begins|"
     r"opens|departs)\b[^,!?]*),\s+please\s+be\s+there\b", r"\1. Please arrive"),
    # "The train to Brussels leaves…" → "Le train à Bruxels part…"; "for": «Le train pour Bruxelles part…», «Nous
    # avons pris le train pour Paris» (a place's name, before "leaves": "The train to Lyon is on track 3." is left as
    # typed; not a bus: "The bus to London departs from stop B." read so came out «…part du B», the stop lost)
    (r"\btrain\s+to\s+(?=(?-i:[A-Z])[a-z]+\s+(?:leaves|departs)\b)", "train for "),
    # "A lorry blocked the road for an hour." → «Un chauffeur bloqua la route…», "He drives a lorry…" «…un lore…»,
    # "…in a big lorry." «…une grosse lorière.», "…too many lorries…" «…de lorries…»; the American word: «Un camion a
    # bloqué la route…», «Il conduit un camion…», «…dans un gros camion.», «…trop de camions…», "The truck driver…"
    # «Le chauffeur de camion…» (6 of 6); not a bin lorry («l'épousion» as typed, «le camion rubish» read so: house.py
    # reads "bin truck" as "rubbish bin truck")
    (r"(?<!\bbin\s)(?<!\bdust\s)(?<!\brubbish\s)(?<!\bgarbage\s)\blorry\b", "truck"),
    # lorries opening a sentence: "Trucks" there came out «Les billets» ("Lorries are not allowed in the town centre."
    # «Les frais ne sont pas autorisés…», read "Trucks…" «Les billets…»); "the trucks", as French says lorries in
    # general: «Les camions ne sont pas autorisés…», «Les camions transportent la plupart des marchandises.» (4 of 4)
    (r"(?:^|(?<=[.!?]\s))lorries\b", "the trucks"),
    (r"(?<!\bbin\s)(?<!\bdust\s)(?<!\brubbish\s)(?<!\bgarbage\s)\blorries\b", "trucks"),
    # "I missed the last train home." → «…le dernier train à la maison.», "What time is the last train home?" «…à la
    # maison ?»; "to get home": «…le dernier train pour rentrer chez moi.», «…pour rentrer à la maison ?»; not
    # before the train's verb ("The last bus home leaves at…" read so lost its verb: «Le dernier bus pour rentrer
    # à la maison à minuit.»)
    (r"\b((?:last|first|next|early|late)\s+(?:train|bus|tram|ferry|flight|plane|boat))\s+home\b"
     r"(?=\s*(?:[.,;:!?]|$)|\s+(?:so|and|but|or|after|before|tonight|today|on|from|because|if|when|with)\b)",
     r"\1 to get home"),
    # gone home on foot: "We had to walk home in the rain." → «Nous avons dû rentrer chez nous sous la pluie.», "They
    # decided to walk home…" «…de rentrer chez eux…» (the walking lost); "return home on foot": «…rentrer à la maison à
    # pied», «…retourner chez moi à pied…» (5 of 5; "walk back home", "go home on foot" lost it again); not before
    # "from", which the model had right ("She had to walk home from the station." «…rentrer chez elle à pied de la
    # gare.», read so «…à pied à la maison à pied…»)
    (r"\b(had|have|has|decided|decide|need|needs|needed)\s+to\s+walk\s+home\b(?!\s+from\b)",
     r"\1 to return home on foot"),
    # on one's feet: "There were no seats, so we had to stand." → «…nous devions nous lever.», "I had to stand for an
    # hour in the bus." «Il m'a fallu supporter une heure…», "We stood for the whole concert." «Nous nous tenions
    # pour…»; "stay standing": «nous avons dû rester debout», «Il m'a fallu rester debout pendant une heure…», «Nous
    # restâmes debout pour tout le concert.» (3 of 3); only closing the clause or before a time it lasted
    (r"\b(had|have|has|will\s+have)\s+to\s+stand\b(?=\s*(?:[.!?,;]|$)|\s+(?:for|during|all)\b)",
     r"\1 to stay standing"),
    (r"\bstood\s+(?=(?:for|during)\s+the\s+whole\b|all\s+(?:the\s+way|day|night|evening)\b)", r"stayed standing "),
)
PHRASES += (   # fix50 (s39, measure50)
    # "How much does a monthly bus pass cost?" → «Combien coûte-t-il un décès mensuel ?» (a death), "I lost my bus
    # pass this morning." → «J'ai perdu mon bus ce matin.», "My bus pass is no longer valid." → «Mon passe-temps de
    # bus…»; "bus subscription" (measure51: read "bus ticket", «un billet de bus», a pass lost its meaning):
    # «Où puis-je acheter un abonnement de bus ?», «J'ai perdu mon abonnement de bus.», «…un abonnement de bus
    # mensuel» (a noun after "bus": not "the bus passed", "a bus passes by")
    (r"\bbus\s+pass\b(?!\s+(?:by|through|the|our|my|a|an)\b)", "bus subscription"),
    (r"\bbus\s+passes\b(?!\s+(?:by|through|the|our|my|a|an)\b)", "bus subscriptions"),
    # a ride from one town to another (fix51, s39, measure51): "We cycled from Bordeaux to the coast in three days…" →
    # «Nous avons cycle de Borde à la côte…» (errands.py reads "cycled to/along…", not "from"); "went by bike": «Nous
    # sommes allés en vélo de Lyon à la mer…», «…elle est allée en vélo de Paris à Rome.» (3 of 3; «Borde» stays the
    # model's own)
    (r"\bcycled\s+(?=from\b)", "went by bike "),
)

PHRASES += (   # left52 (s40): commute, the noun in a question and the verb (words47's leftovers)
    # "How long is your commute?" → «Combien de temps votre peigne ?» (mends/terms.py mends «commute», not «peigne»),
    # "How long does your commute take?" → «…faut-il votre peigne ?»; "how long does it take you to get to work":
    # «Combien de temps cela prend-il pour arriver au travail ?»
    *((rf"\bhow\s+long\s+(?:is|does)\s+{det}\s+(?:daily\s+)?commute(?:\s+take)?(?=\s*\?)",
       f"how long does it take {who} to get to work")
      for det, who in (("your", "you"), ("his", "him"), ("her", "her"), ("their", "them"))),
    # "Many people commute by train." → «…se commutent en train.», "He commutes from Lyon to Paris." → «Il se commut
    # de Lyon…»; "go to work": «Beaucoup de gens vont au travail en train.» (the verb only: not after a determiner or
    # an adjective, "long commutes by car"; "commute to London" came out right as typed, «Je me rends à Londres»)
    *((rf"(?<!\bthe\s)(?<!\bmy\s)(?<!\byour\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bour\s)(?<!\btheir\s)(?<!\blong\s)"
       rf"(?<!\bdaily\s)(?<!\bshort\s)\b{typed}\s+(?=(?:by|{frm}together|every|each|daily)\b)", f"{said} to work ")
      for typed, said, frm in (("commute", "go", "from|"), ("commutes", "goes", "from|"), ("commuted", "went", "from|"),
                               ("commuting", "going", ""))),
    # (not "commuting from": a news line, "I began commuting from Oxford to my parents' house…", is no commute to work)
)
PHRASES += (   # leftsenses60 (s41): a ride in someone's car (senses59's leftover)
    # "Thanks for the ride." → «Merci pour la balade.» (an outing), "Thanks for the ride, see you tomorrow." «Merci pour
    # la voiture…», "Thanks again for the ride home." «…pour le raccompagnement de chez toi.», "Thanks for the lift."
    # «Merci pour la soulever.»; "driving me": «Merci de me conduire.», «Merci encore de me conduire chez moi.» (3 of 3)
    # (the ride only: "Thanks for the lift." is stays.py's look-alike, left as typed)
    (r"\b(thanks|thank\s+you)(\s+again|\s+so\s+much|\s+a\s+lot)?\s+for\s+the\s+ride\b", r"\1\2 for driving me"),
    # "Do you need a ride?" → «As-tu besoin d'être véhiculée ?», "Do you need a ride to the airport?" «…d'être véhiculé
    # à l'aéroport ?»; "want me to drive you": «Voulez-vous que je vous conduise (à l'aéroport) ?» (2 of 2)
    (r"\bdo\s+you\s+(?:need|want)\s+a\s+(?:ride|lift)\b", "do you want me to drive you"),
    # "He offered me a ride home." → «Il m'a offert une voiture à la maison.», "She offered me a ride to the station."
    # «…une voiture à la gare.»; "offered to drive me": «Il m'a offert de me conduire chez moi.» (2 of 2)
    (r"\b(offered|offers|offer)\s+(me|us|him|her|them)\s+a\s+(?:ride|lift)\b", r"\1 to drive \2"),
)
