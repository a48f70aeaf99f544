"""Phrases of airports and flights, hotels, car hire, parking and directions the model had read as another meaning."""

from __future__ import annotations

# a line about flying (an airport's gate, not a farm's: "farm gate prices" in the Hansards), or a gate's name ("B12")
_FLIGHT = (r"^(?!.*\bfarm[\s-]+gates?\b)(?=.*(?:\b(?:flights?|planes?|boarding|board|airport|terminal|departures?|"
           r"airlines?|take\s+off)\b|\bgate\b.*\b(?-i:[A-Z]\d{1,3})\b))(.*?)")
_BAGS = r"(luggage|baggage|bags?|suitcases?|cases)"
_HIRED = r"(?=\s+(?:a|an|the|our|my|two|three|another)\s+(?:\w+\s+)?(?:car|cars|van|vans|bikes?|scooters?)\b)"
# a shuttle of the road, not of space ("the space shuttle Discovery") nor of a loom
_NO_SPACE = r"^(?!.*\b(?:space|astronauts?|NASA|loom|looms|weav\w*|orbit\w*|diplomacy|mission)\b)(.*?)"
# where one goes through customs, not a name ("Customs Canada") nor a customs post, officer or duty
_CUSTOMS_END = (r"(?=\s*(?:[.,;:!?]|$)|\s+(?:at|in|with|very|quickly|first|before|after|when|and|but|for|on|"
                r"without|again|today|yesterday|now)\b)")
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it, as in orders
    # "Which gate does the flight to Rome leave from?" → "Quel portail part le vol à Rome ?", "The gate has changed to
    # B12." → "Le portail a changé…", "Please go to gate 14 for boarding." → "…rends-toi 14 pour bord."; "door" comes
    # out "porte"
    # not "at the gate" ("We've been waiting at the gate…" read "…at the door" came out "Nous attendons la porte…")
    (rf"{_FLIGHT}(?<!\bat\sthe\s)\bgate(s?)\b", r"\1door\2"),
    # "I'd like to hire a car for a week." → "J'aimerais embaucher une voiture…", "We hired a car at the airport." →
    # "Nous avons engagé une voiture…", "We'd like to hire two bikes…" → "…embaucher deux vélos…"; "rent": "louer"
    (rf"\bhire{_HIRED}", "rent"), (rf"\bhired{_HIRED}", "rented"), (rf"\bhiring{_HIRED}", "renting"),
    # "Is there a car park near the hotel?" → "Y a-t-il un parc de voiture…", "The car park is full." → "Le parc de
    # voiture est plein."; "parking lot" comes out "parking"
    (r"\bcar\s+park(s?)\b", r"parking lot\1"),
    # "Turn right after the bridge." → "Tournez juste après le pont.", "…and turn right at the bakery." → "…tournez
    # juste à la boulangerie.", "Turn left after the church…" → "Tournez après l'église…" (left lost)
    # "Turn left at the first light." → "Tournez au premier feu." (left lost); "turn right" not before the next corner
    # or the third light ("tourne à droite au troisième feu" as it was; read, it came out "tournez", against the "tu"
    # before it)
    (r"\bturn\s+left\b(?=\s+(?:at|after|into|onto|past|before|when|by)\b)", "turn to the left"),
    (r"\bturn\s+right\b(?=\s+(?:at|after|into|onto|past|before|when|by)\b)(?!\s+at\s+the\s+(?:next|first|second|"
     r"third|fourth|fifth)\s+(?:corner|light|traffic\s+light|lights|intersection|crossroads)\b)", "turn to the right"),
    # "Please fasten your seatbelt…" → "Veuillez ôter votre ceinture…" (the very opposite), "Keep your seatbelt
    # fastened during the flight." → "Gardez votre ceinture…" (fastened lost); "attach": "attacher"
    # a request with "please" only: "Fasten your seat belt." came out right ("Attachez…"; read: "Attrapez…")
    (r"(?<=\bplease\s)fasten\s+(?=(?:your|their|our)\s+seat\s?belts?\b)", "attach "),
    (r"\b(seat\s?belts?)\s+fastened\b", r"\1 attached"),
    # "Do you have a twin room?" → "Avez-vous une chambre jumelle ?", "I'd like a twin room for two nights." → "…une
    # petite chambre…"; "a room with two beds": "une chambre avec deux lits"
    (r"\btwin\s+room(s?)\b", r"room\1 with two beds"),
    # "Where do I collect my luggage?" → "Où est-ce que je collectionne mes bagages ?", "Where can I collect my
    # suitcase?" → "…collectionner ma valise ?"; "pick up" comes out "prendre"
    (rf"\bcollect\s+((?:my|your|our|his|her|their|the)\s+{_BAGS})\b", r"pick up \1"),
    # "Where's the departure lounge?" → "Où est le déjeuner de départ ?", "We waited in the departure lounge…" →
    # "…au déjeuner de départ…"; "departure hall": "salle de départ", after a word of place only ("The departure
    # lounge was packed." read "The departure hall…" had come out "La précipitation du départ fut effrayée.")
    (r"\b(in|at|to|into|from|near|of|where['’]s|where\s+is)\s+the\s+departure\s+lounge\b",
     r"\1 the departure hall"),
    # a hotel's check-out: "What time is check-out?" → "À quelle heure est le contrôle ?", "We'd like to check out
    # late…" → "Nous aimerions vérifier tard…", "We checked out of our room early." → "Nous vérifiâmes tôt dans notre
    # chambre."; said as leaving the room ("quitter la pièce")
    (r"\bwhat\s+time\s+is\s+check[- ]?out\b", "what time do we have to leave the room"),
    (r"\bchecked\s+out\s+of\s+(the|our|my)\s+(hotel|room)\b", r"left \1 \2"),
    (r"\bcheck\s+out\s+(late|early|a\s+bit\s+later|later)\b", r"leave the room \1"),
    # "How often do the buses run on Sundays?" → "…les bus se déroulent le dimanche ?", "How often do the trains run
    # to the airport?" → "…les trains se rendent à l'aéroport ?"; "are there": "y a-t-il des bus"
    (r"\bhow\s+often\s+do\s+the\s+(buses|trains|trams|ferries|boats|coaches|shuttles)\s+run\b",
     r"how often are there \1"),
    # "Could I have a wake-up call at six, please?" → "Pourrais-je avoir un appel à six heures…" (wake-up lost), "Can I
    # get a wake-up call at seven?" → "…un appel de réveillé…"; said "Could someone wake me up" ("…me réveiller…")
    (r"\b(can|could)\s+I\s+(?:have|get)\s+a\s+wake[- ]?up\s+call\b", r"\1 someone wake me up"),
    (r"\b(can|could)\s+we\s+(?:have|get)\s+a\s+wake[- ]?up\s+call\b", r"\1 someone wake us up"),
    # "I'd like to report lost luggage." → "J'aimerais faire rapport de bagage." (lost left out), "I want to report
    # lost baggage." → "Je veux faire rapport à des bagages."; with "my": "signaler mes bagages perdus"
    (rf"\breport\s+(?:a\s+)?lost\s+{_BAGS}", r"report my lost \1"),
    # "We ran low on fuel in the middle of nowhere…" → "Nous courûmes bas sur le carburant…", "I think we're running
    # low on fuel." → "…nous courons bas sur le carburant."; "almost out of": "presque à court d'essence"
    (r"\b(I|we|you|they)\s+ran\s+low\s+on\b", r"\1 were almost out of"),
    (r"\b(I['’]m|we['’]re|you['’]re|they['’]re|I\s+am|we\s+are|you\s+are|they\s+are)\s+running\s+low\s+on\b",
     r"\1 almost out of"),
    # "Which way is the harbour?" → "Quel est le portable ?", "Which way is the station?" → "Quel est la gare ?",
    # "Excuse me, which way is the beach?" → "…quelle est la plage ?"; a place asked for, not "I wonder which way is
    # the shortest" (had been read "…in which direction is the shortest")
    (r"\bwhich\s+way\s+is\s+the\b(?!\s+\w*(?:est|better|quicker|faster|shorter)\b)(?=[^.!]*\?)",
     "in which direction is the"),
    # "Keep the change." → "Garde le changement.", "Here's twenty euros, keep the change." → "…gardez le
    # changement."; "the rest": "le reste"
    (r"\bkeep\s+the\s+change\b(?=\s*(?:[.!,]|$))", "keep the rest"),
    # "When you go through customs…" → "Lorsque vous traversez des coutumes…", "We waited an hour at customs." → "…aux
    # coutumes.", "Do we have to go through customs?" → "…passer par des coutumes ?"; "customs control": "contrôle
    # des douanes"
    (rf"\b(through|at)\s+customs\b{_CUSTOMS_END}", r"\1 customs control"),
    # "…because the people in the next room were shouting…" → "…les gens de la prochaine pièce…"; "next door": "la
    # pièce d'à côté"
    (r"\bin\s+the\s+next\s+room\b", "in the room next door"),
    # "My bag is over the weight limit." → "Mon sac est sur la limite du poids.", "Your suitcase is over the limit." →
    # "Votre valise est terminée par la limite.", "The suitcase is over the weight limit." → "…au-dessus du poids."
    (r"^(?=.*\b(?:luggage|baggage|bags?|suitcases?|cases)\b)(.*?)\b(is|are|['’]s)\s+over\s+the\s+(?:weight\s+)?limit\b",
     r"\1\2 heavier than the weight limit"),
    # "Is there a shuttle to the airport?" → "Y a-t-il une fermeture à l'aéroport ?", "The hotel has a shuttle to the
    # beach." → "L'hôtel a une fermeture…"; "shuttle bus" comes out "bus"
    # one that goes somewhere ("When's the next shuttle?" came out right: "la prochaine navette")
    (rf"{_NO_SPACE}\bshuttle\b(?=\s+(?:to|from|between|every)\b)", r"\1shuttle bus"),
    # "Is there a layover on this flight?" → "Y a-t-il un linge sur ce vol ?", "We have a layover in Paris." → "Nous
    # avons un linge à Paris.", "How long is the layover?" → "Combien de temps est la boisson ?"; "stop": "arrêt"
    (r"\blayover(s?)\b", r"stop\1"),
    # "I'd prefer an aisle seat if possible." → "Je préférerais placer si…", "Can I have an aisle seat, please?" →
    # "Puis-je avoir un siège…" (aisle lost), "I booked an aisle seat." → "…une place alentour."; "next to the
    # corridor": "à côté du corridor"
    (r"\ban\s+aisle\s+seat\b", "a seat next to the corridor"), (r"\baisle\s+seats\b", "seats next to the corridor"),
    # "The flight attendant asked everyone…" → "Le vol a demandé…", "The flight attendant brought us some water." →
    # "Le vol versant…"; "a member of the flight crew": "un membre de l'équipage"
    (r"\b(?:the|a)\s+flight\s+attendant\b", "a member of the flight crew"),
    # "Can we check in early?" → "Pouvons-nous vérifier tôt ?", "Can I check in early?" → "Puis-je vérifier tôt ?";
    # said "get the room early" ("prendre tôt ma chambre")
    (r"\b(can|could)\s+I\s+check\s+in\s+early\b", r"\1 I get my room early"),
    (r"\b(can|could)\s+we\s+check\s+in\s+early\b", r"\1 we get our room early"),
)
