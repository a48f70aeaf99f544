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
    # "…un point de vue de la mer ?"; said "a view over the sea", its "point de vue" mended (sense_mends.py: "Je
    # voudrais une chambre avec une vue sur la mer."); words34 (s33): "facing the sea" had come out "J'aimerais
    # qu'une chambre soit confrontée à la mer." ("I would like a room with a sea view.")
    (r"\ba\s+room\s+with\s+(?:a|an)\s+(?:sea|ocean)\s+view\b", "a room with a view over the sea"),
)
