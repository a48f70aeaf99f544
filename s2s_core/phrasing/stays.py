"""Phrases of hotel stays (checking in and out, a late checkout, the room not cleaned, a wake-up call, the lift) that
the model had read as another meaning.

The model reads "check in" and "checkout" as "vérifier" and "chèque", and "cleaned" as "propre": "I'd like to check
in, please." came out "J'aimerais vérifier, s'il vous plaît.", "Can I have a late checkout?" "Puis-je avoir un chèque
de retard ?", "The room hasn't been cleaned." "La pièce n'a pas été propre."; each phrase is read as a paraphrase it
translates right ("get my room": "prendre ma chambre", "leave the room later": "quitter la pièce plus tard"). Each
was kept only where its paraphrase came out right in at least three sentences and no sentence tried came out worse.
"""

from __future__ import annotations

from .common import AT_END

_ROOM = {"I": "my", "we": "our"}
_WOKEN = {"I": "me", "we": "us"}
# a line about a hotel stay: "the room" is the bedroom there ("le prix de la pièce" had come out)
_HOTEL = r"^(?=[^.!?]*\b(?:breakfast|hotel|night|nights|stay|booking|reservation|check[\s-]?in|guests?)\b)"
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # s38: booked soon: "It is usually cheaper if you book early." → «…si tu livres tôt.», "You should book early
    # because…" → «Vous devriez livrer tôt…» (deliver); "reserve early": «…si vous réservez tôt», «…réserver tôt…»
    # (a verb only, after its subject, a modal, "to" or "by": not "I read a book early")
    *((rf"\b(I|you|we|they|he|she|to|can|could|should|must|will|please|and|by)\s+{book}\s+"
       r"(?=(?:early|soon|quickly|ahead)\b)", rf"\1 {reserve} ")
      for book, reserve in (("book", "reserve"), ("books", "reserves"), ("booked", "reserved"),
                            ("booking", "reserving"))),
    # "I'd like to check in, please." → "J'aimerais vérifier…", "We'd like to check in, please." → "Nous aimerions
    # vérifier…"; "get my room": "J'aimerais prendre ma chambre…"; all that is said, not "check in for my flight",
    # "check in with you", "check in online"
    *((rf"\b({who})(['’]d|\s+would)\s+like\s+to\s+check\s+in\b{AT_END}", rf"\1\2 like to get {room} room")
      for who, room in _ROOM.items()),
    # "What time is check in?" → "À quelle heure se trouve-t-il ?", "What time is check-in?" → "À quelle heure est le
    # chèque ?"; "What time can we get our room?": "À quelle heure pouvons-nous avoir notre chambre ?"
    (r"\b(what\s+time|when)\s+is\s+check[- ]?in\b(?=\s*\?)", r"\1 can we get our room"),
    # "What time do we have to check out?" → "À quelle heure devons-nous vérifier ?", "When do I have to check out?" →
    # "Quand dois-je vérifier ?"; "leave our room": "…devons-nous quitter notre chambre ?"; all that is said (not "check
    # out the museum")
    *((rf"\b(do|does|must|should)\s+({who})\s+(have\s+to\s+|need\s+to\s+)?check[- ]?out\b(?=\s*\?)",
       rf"\1 \2 \3leave {room} room") for who, room in _ROOM.items()),
    # "The room hasn't been cleaned." → "La pièce n'a pas été propre.", "Our room hasn't been cleaned yet." → "Notre
    # chambre n'a pas encore été propre."; "Nobody has cleaned our room yet.": "Personne n'a encore nettoyé…"
    *((rf"\b{whose}\s+(room|bathroom|bedroom)\s+(?:hasn['’]t|has\s+not)\s+been\s+cleaned\b",
       rf"nobody has cleaned {whose} \1") for whose in ("the", "our", "my")),
    # "Can I have a late checkout?" → "Puis-je avoir un chèque de retard ?", "Is late checkout possible?" → "Est-ce que
    # le délai est possible ?"; "leave the room later": "Puis-je quitter la pièce plus tard ?"
    (r"\b(can|could)\s+(I|we)\s+(?:have|get)\s+(?:a\s+)?late\s+check[- ]?out\b", r"\1 \2 leave the room later"),
    (r"\bis\s+(?:a\s+)?late\s+check[- ]?out\s+possible\b", "is it possible to leave the room later"),
    # "I'd like a wake-up call at 7 tomorrow." → "J'aimerais un appel pour une réveille…"; "someone to wake me up":
    # "J'aimerais que quelqu'un me réveille à 7 heures demain." (travel reads "Can I have a wake-up call")
    *((rf"\b({who})(['’]d|\s+would)\s+like\s+a\s+wake[- ]?up\s+call\b", rf"\1\2 like someone to wake {woken} up")
      for who, woken in _WOKEN.items()),
    # "Is there a lift in the hotel?" → "Y a-t-il un chauffeur dans l'hôtel ?", "Where is the lift?" → "Où est la
    # chaîne ?"; "elevator": "Y a-t-il un ascenseur…", "Où est l'ascenseur ?"; not a ride ("Is there a lift to the
    # airport?", "…a lift home?") nor a ski lift (chat reads "the lift is…", "take the lift")
    (r"\bis\s+there\s+a\s+lift\b(?!\s+(?:to|from|home|back|for|pass)\b)", "is there an elevator"),
    (r"\bwhere(?:['’]s|\s+is)\s+the\s+lift\b(?!\s+(?:to|from|home|back|for|pass)\b)", "where is the elevator"),
    # "Do you have a room with a sea view?" → "…une chambre avec une vue ?" (the sea lost), "…a view of the sea?" →
    # "…un point de vue de la mer ?"; said "a view over the sea", its "point de vue" mended (mends/senses.py: "Je
    # voudrais une chambre avec une vue sur la mer."); words34 (s33): "facing the sea" had come out "J'aimerais
    # qu'une chambre soit confrontée à la mer." ("I would like a room with a sea view.")
    (r"\ba\s+room\s+with\s+(?:a|an)\s+(?:sea|ocean)\s+view\b", "a room with a view over the sea"),
    # "Is breakfast included in the price of the room?" → "…le prix de la pièce ?", "How much is the room per
    # night?" → "Combien coûte la pièce par nuit ?"; "bedroom": "la chambre"
    (rf"{_HOTEL}([^.!?]*?\bprice\s+of\s+(?:the|a|our|my|your)\s+)room\b", r"\1bedroom"),
    (r"\b(how\s+much\s+(?:is|was|does)\s+(?:the|a|our|my|your)\s+)room\b(?=\s+(?:per|a|for\s+(?:one|two|\d+))\s+"
     r"nights?\b|\s+cost\b)", r"\1bedroom"),
    (r"\b((?:the|a|our|my|your)\s+)room\b(?=\s+(?:per|a)\s+night\b)", r"\1bedroom"),
    # "…please, preferably one with a view of the sea." → "…s'il vous plaît, une vue sur la mer." (the wish lost),
    # "…a table for two, preferably one with a view…" → "…préférablement un avec le jardin."; "if possible with":
    # «…si possible avec une vue sur la mer», «…si possible avec l'air conditionné»
    (r"\bpreferably\s+one\s+with\b", "if possible with"),
    # "The hotel is close to the beach and breakfast is included in the price." → "…et du petit-déjeuner est
    # inclus…", "The room is big and breakfast is included." → "…est incluse."; "the breakfast": «…et le petit
    # déjeuner est inclus dans le prix», «La pièce est grande et le petit-déjeuner est inclus», «…mais le
    # petit-déjeuner est inclus»
    (r"\b(and|but)\s+breakfast\s+(is|was)\s+included\b", r"\1 the breakfast \2 included"),
    # "…a double room with a view of the sea, but they gave us one facing the car park." → «…un visage au
    # parking.»; "a room over": «…une chambre sur le parking.» (a hotel room's line only)
    (r"^(?=.*\b(?:rooms?|hotel|booked|suite)\b)(.*?)\bone\s+(?:facing|overlooking|looking\s+(?:out\s+)?onto)\s+the\b",
     r"\1a room over the"),
    # a hotel's desk: "The front desk is on the ground floor." → «Le bureau de devant…», "…call the front desk,
    # which is open…" «…le bureau de devant…»; "the reception": «La réception est…», «…appeler la réception…»,
    # «J'ai appelé la réception…» (4 of 4); not after "at", right as typed («à la réception») and read so «au
    # réception», nor after "ask" ("Ask the front desk for a taxi." «Demandez à la réception…», read so «Demande la
    # réception…»)
    (r"(?<!\bat\s)(?<!\bask\s)(?<!\basked\s)(?<!\basking\s)\bthe\s+front\s+desk\b(?![’'-])"
     r"(?!\s+(?:staff|clerks?|managers?|agents?)\b)", r"the reception"),
    # very small: "…although the room was tiny…" → «…la pièce était minée…», "The baby has tiny hands." «…les mains
    # minces.»; "very small": «…très petite…», «Le bébé a des petites mains.», «La cuisine est très petite…» (3 of 3);
    # not "a tiny bit" (a little), nor after "very" (not "very very small")
    (r"(?<!\bvery\s)\btiny\b(?!\s+bit\b)(?![’'-])", r"very small"),
)
PHRASES += (   # fix50 (s39, measure50)
    # "The pharmacy is open day and night." → «…est ouverte et la nuit.», "…the reception, which is open day and
    # night." → «…ce qui est aujourd'hui ouvert et nuit.», "The hospital is open day and night, even on Sundays." →
    # «…est ouvert et la nuit…»; "open 24 hours a day": «La pharmacie ouvre 24 heures par jour.», «…ce qui est ouvert
    # 24 heures par jour.», «L'hôpital ouvre 24 heures par jour, même le dimanche.»
    (r"\bopen\s+(?:day\s+and\s+night|night\s+and\s+day)\b", "open 24 hours a day"),
    # phrasal59 (s41): checking in at a hotel: "We checked in at the hotel at three." → «Nous avons vérifié dans
    # l'hôtel…», "You can check in at the hotel after two o'clock." → «Tu peux vérifier dans l'hôtel…», "They checked
    # in at the hostel late at night." «Ils vérifièrent tard dans l'hôte…» (4 of 4 wrong); "arrive at": «Nous sommes
    # arrivés à l'hôtel à trois heures.»; only at a hotel, a hostel or its desk (not "check in at the airport")
    *((rf"\b{check}\s+in\s+at\s+(?=(?:the|our|my|a|your|their)\s+(?:hotel|hostel|guesthouse|guest\s+house|B&B|"
       rf"reception|front\s+desk)\b)", f"{arrive} at ")
      for check, arrive in (("check", "arrive"), ("checks", "arrives"), ("checked", "arrived"),
                            ("checking", "arriving"))),
)
