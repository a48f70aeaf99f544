"""Phrases of asking the way and of getting help (a theft, a night pharmacy, a doctor needed at once) that the model
had read as another meaning.

The model learnt "crossroads", "the lights" of a street, a "five-minute walk" or "Thief!" rarely, so it wrote a
word it knew instead ("Turn right at the crossroads." came out "Tournez à droite aux passagers."); each phrase is
read as a paraphrase it translates right ("…at the intersection": "…à l'intersection"), only where it gives the
way or asks for help. Each was kept only where its paraphrase came out right in at least three sentences and no
sentence tried came out worse.
"""

from __future__ import annotations

_TIMES = r"(?:about|around|only|just)"
_ORDINAL = r"(?:first|second|third|fourth|next)"
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # "Turn left at the lights." → "Tournez à gauche aux lumières.", "Turn right at the traffic lights." → "…aux
    # lumières de la circulation."; "at the traffic light": "au feu" (a turn only: "At the traffic light, turn left."
    # came out "À la circulation…"); travel.py leaves "turn right" before it as typed ("Tournez à droite au…")
    (r"\b(turn\s+(?:to\s+the\s+)?(?:left|right)\s+at\s+the)\s+(?:traffic\s+)?lights\b", r"\1 traffic light"),
    # "Turn right at the crossroads." → "Tournez à droite aux passagers.", "Cross the road at the crossroads." →
    # "…aux passages."; "the intersection": "à l'intersection" (a place one is at, not "Europe is at the
    # crossroads", "at the crossroads of history", "We have been stalled at the crossroads.")
    (r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bnow\s)(?<!\bstands\s)(?<!['’]s\s)(?<!['’]re\s)"
     r"(?<!\bstalled\s)(?<!\bstuck\s)"
     r"\bat\s+the\s+crossroads\b(?!\s+of\b)", "at the intersection"),
    # "The bank is just round the corner." → "La banque est juste ronde au coin.", "There's a bakery round the
    # corner." → "…un bâillon rond au coin."; "just around": "juste au coin" (where it is, not a car coming round)
    (r"\b(is|are|was|were|['’]s|['’]re|lives?|lived)(?:\s+just)?\s+round\s+the\s+corner\b",
     r"\1 just around the corner"),
    # "It's the third turning on the left." → "C'est le troisième tour de gauche."; "street": "la troisième rue"
    (r"\b(first|second|third|fourth)\s+turning\s+on\s+the\s+(left|right)\b", r"\1 street on the \2"),
    # "Go past the church and it's on your left." → "Allez traverser l'église…", "Go past the bank and turn right."
    # → "Allez la banque…"; "Pass the church": "Passez l'église" (an instruction only, not "the years went past")
    (r"(?:^|(?<=\band\s)|(?<=,\s)|(?<=\bthen\s))(?:go|walk|drive)\s+past\s+(?=the\b)", "pass "),
    # "Keep going straight." → "Continuez droite.", "Keep going straight and you'll see it." → "Tenez-vous droit…";
    # "Go straight on": "Va tout droit", "Allez tout droit et vous le verrez." (not "straight to the point")
    (r"\bkeep\s+(?:going|walking|driving)\s+straight(?:\s+(?:on|ahead)\b)?(?!\s+(?:on|ahead|to|into|at)\b)",
     "go straight on"),
    # "Follow the signs for the town centre." → "Suivez les signes pour le centre municipal."; "signposts":
    # "Suivez les panneaux…", "town centre" as "city center": "le centre-ville"
    (r"\bfollow\s+the\s+signs\b(?!\s+of\b)", "follow the signposts"),
    (r"\btown\s+cent(?:re|er)\b", "city center"),
    # "You're going the wrong way." → "Tu vas la mauvaise façon.", "We're going the wrong way." → "Nous allons la
    # mauvaise façon."; "in the wrong direction": "dans la mauvaise direction" (and "the right way": "la bonne")
    # (a road, not a way of doing: "You're going the wrong way about it.")
    (r"\b(go|goes|going|went|gone|head|heading|headed|walking|driving)\s+the\s+(wrong|right)\s+way\b"
     r"(?!\s+(?:about|round|around)\b)", r"\1 in the \2 direction"),
    # "It's a five-minute walk." → "C'est une promenade de cinq minutes.", "It's a ten-minute walk from here." →
    # "C'est une déplacement…", "It's only a five-minute walk from the station." → "Ce n'est qu'un cinq minutes…";
    # "five minutes on foot": "C'est cinq minutes à pied" (opening "It's" only: "The station is five minutes on
    # foot." came out "La gare a cinq minutes…")
    (rf"^(it['’]s|it\s+is)\s+((?:{_TIMES})\s+)?an?\s+([\w-]+?)[\s-]minute\s+walk\b", r"\1 \2\3 minutes on foot"),
    # "Thief! Stop him!" → "Parf ! Arrête-le !"; "Stop the thief!": "Arrête le voleur !"
    (r"^thief\s*!", "Stop the thief!"),
    # "Where is the nearest all-night pharmacy?" → "…la plus proche de toute la nuit ?"; "a pharmacy open all
    # night": "une pharmacie ouverte toute la nuit" (after "an" only: "the nearest pharmacy open all night" lost
    # "ouverte")
    (r"\ban\s+all[\s-]night\s+(pharmacy|chemist['’]?s?|drugstore)\b", "a pharmacy open all night"),
    # "I need a doctor urgently." → "J'ai besoin d'un médecin urgent."; "right away": "…tout de suite",
    # "immédiatement"
    # what one needs, a help or a doctor's place ("I need to talk to Tom urgently." came out right: "d'urgence")
    (r"\b(needs?|needed)\s+((?:a|an|some)\s+\w+|help|to\s+(?:see|go\s+to)\s+[^.?!,;]{1,30}?)\s+urgently\b",
     r"\1 \2 right away"),
    # long32 (s32): "a man asked me for directions to the hospital" → "…m'a demandé des instructions à l'hôpital",
    # "A tourist asked me for directions to the station." → "…des instructions à la gare"; "the way to": "…m'a demandé
    # le chemin de la gare" (3 of 3); a pronoun asked only ("asked a policeman the way" lost the policeman)
    (r"\b(ask|asks|asked|asking)\s+(me|us|him|her|them|you)\s+for\s+directions\s+to\b", r"\1 \2 the way to"),
    # words33 (s32): "…by taxi from the city center at night?" → "…en taxi de la ville, le soir ?", "The airport is
    # 30 km from the city center." → "…de la ville.", "…ten minutes from the city centre." → "…dix minutes de la
    # ville."; "downtown": "…du centre-ville…" (4 of 4; "far from the city center" was right and stays so); not
    # "from the city center to…" ("…au centre-ville jusqu'au musée": a wrong "au")
    (r"\bfrom\s+the\s+city\s+cent(?:er|re)\b(?!\s+to\b)", "from downtown"),
    # "Excuse me, is this the right way to the train station?" → "…est-ce la bonne façon pour la gare ?" (a manner);
    # "the right direction for": «la bonne direction pour la gare/la plage/l'aéroport/le centre-ville» (a place
    # after "the", not "the right way to do it"; "going the right way" is directions.py's)
    (r"\bthe\s+right\s+way\s+to\s+(?=the\s+\w)", "the right direction for "),
    # "Go straight ahead and turn left at the second traffic lights." → "…tourne vers la deuxième feuille."; one
    # light: «…au deuxième feu», «…au prochain feu», «…au troisième feu» (directions.py reads "at the lights" so)
    (rf"\b(turn\s+(?:to\s+the\s+)?(?:left|right)\s+at\s+the\s+{_ORDINAL})\s+(?:set\s+of\s+)?(?:traffic\s+)?lights\b",
     r"\1 traffic light"),
    # "The bakery is just opposite the bank." → «…est juste d'en face à la banque.», "…and the bakery is just
    # opposite the bank." «…le bâillon est tout à fait opposé…», "The bakery is opposite the bank." «…d'autre à la
    # banque»; "right across from": «…est en face de la banque.», «L'école est en face de l'église.»; a place
    # only (not "the opposite of", "the exact opposite", "opposite sides")
    (r"(?<!\bthe\s)(?<!\ban\s)(?<!\bexact\s)(?<!\bquite\s)\b(?:just\s+|directly\s+|right\s+)?opposite\s+"
     r"(?=(?:the|a|an|my|our|your|his|her|their|this|that)\s)", "right across from "),
    # the way: "…I had to ask a stranger for directions." → «…demander un étranger aux instructions.», "We asked a
    # policeman for directions." «…à un policier des instructions.»; "ask X the way": «…demander le chemin à un
    # étranger.», «…le chemin à un policier.», «…le chemin à une femme.» (4 of 4); not a bare "ask for directions"
    # ("Let's ask the way." came out «Parlons du chemin.»), nor "for directions to" (directions.py reads it after
    # "me", "us"…; after a noun, "asked a policeman the way to the hotel" lost the policeman)
    (r"\b(ask(?:ed|ing|s)?\s+(?:a|an|the|some|this|that)\s+(?:\w+\s+)?\w+|ask(?:ed|ing|s)?\s+(?:someone|somebody|"
     r"anyone|anybody|him|her|them|people))\s+for\s+directions\b(?!\s+to\b)", r"\1 the way"),
    # senses50 (s39): "The bank is a few blocks away from here." → «La banque est un peu loin d'ici.», "Their house is
    # three blocks away." → «…à trois pâtés.», "The shop is two blocks away." → «…à deux blocs.»; "streets": «Le
    # magasin est à deux rues.», «L'hôtel est à trois rues.»
    (r"\b((?:a\s+few|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+)blocks\s+(?=(?:away|from|down|"
     r"up)\b)", r"\1streets "),
    (r"\b(?:a|one)\s+block\s+(?=(?:away|from)\b)", "one street "),
)
PHRASES += (   # left52 (s40): walk straight on (fix49's leftover)
    # "Walk straight on and turn left at the bank." → «Marche droite et tournez…», "Walk straight on until you reach
    # the church." → «Marche droit jusqu'à…» (upright, not ahead); "go straight on", as "Go straight on at the
    # roundabout." («Va tout droit au rond-point.») came out: «Va tout droit jusqu'à ce que tu atteignes l'église.»,
    # «Va tout droit et tourne à gauche à la banque.» ("Keep walking straight on" is read so already)
    (r"\bwalk\s+straight\s+(?:on|ahead)\b", "go straight on"),
    # long48 (s40): "walked home through the park" → «…marchâmes chez nous par l'intermédiaire du parc» (by means of),
    # «Elle marcha à la maison au cours du parc» (in the course of); "across": «…à travers le parc» (3 of 3)
    (r"\b(walk|walks|walked|walking)\s+home\s+through\s+the\s+park\b", r"\1 home across the park"),
)
PHRASES += (   # vocab61 (s41): directions to a place
    # "Can you give me directions to the station?" → «…des instructions à la gare ?», "She gave us directions to the
    # hotel." «…des instructions à l'hôtel.», "I asked a man for directions." «J'ai demandé un homme du chemin.»;
    # "the way": «…le chemin jusqu'à la gare ?», «…le chemin jusqu'à l'hôtel.» (asking for directions is read above;
    # "I asked a man for directions." stays «J'ai demandé un homme du chemin.», read "the way" or not)
    (r"\b(give|gives|gave|giving|given)\s+(me|us|him|her|them|you)\s+directions\b", r"\1 \2 the way"),
)
