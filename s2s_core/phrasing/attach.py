"""Phrases of time, place and means that the model attached to the wrong word (the first of the month, a bare hour
before a weekday, a clock time before a place, paying by card, friends in the park, a room painted a colour).

A visitor's probe (measure33, s33) found the model joining a phrase to the word before it: "…we pay it on the first
of the month." came out "…au premier mois." (the first month), "…open until nine on Thursdays." "…jusqu'à neuf
jeudis.", "…at 10 am in the main office." "…à 10 heures du bureau principal.", "Can I pay by card or only in cash?"
"Puis-je payer une carte…", "…football with his friends in the park…" "…avec ses amis du parc…", "We painted the
kitchen yellow." "Nous avons peint le jaune."; each is read as a paraphrase it translates right. Each was kept only
where its paraphrase came out right in at least three sentences and no sentence tried came out worse.
"""

from __future__ import annotations

from .common import COLOUR, POSSESSIVE

_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s"        # a habit: "on Thursdays"
_HOUR = r"(?:1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# what follows a colour a thing was painted: the clause's end or a word of time, place or manner (not a noun it
# qualifies: "painted the fence white" but not "painted the door white paint")
_COLOUR_END = (r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|last|this|yesterday|today|in|on|at|for|with|because|so|but|again|"
               r"before|after|during|when|while|over|a|an|two|three|myself|ourselves|himself|herself|themselves)\b)")
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # "We pay it on the first of the month." → "Nous le payons au premier mois.", "Bills arrive on the first of the
    # month." → "…au premier mois.", "The meeting is on the first of every month." → "…au premier de tous les
    # mois."; "the first day of the month": "…le premier jour du mois.", "…le premier jour de chaque mois."
    (r"\b(on|by|before|after|from|until|till)\s+the\s+(?:first|1st)\s+of\s+(the|every|each|this|next)\s+month\b",
     r"\1 the first day of \2 month"),
    # "It stays open until nine on Thursdays." → "…jusqu'à neuf jeudis.", "We work until six on Mondays." →
    # "…jusqu'à six lundis."; "until nine o'clock": "…jusqu'à six heures le lundi." (as figures.py reads "at 10 on
    # Sundays"; weekdays.py mends the model's "neuf heures du jeudi"); a habit only: "until six on Friday" was right
    (rf"\b(until|till)\s+({_HOUR})\s+(?=on\s+{_DAYS}\b)", r"\1 \2 o'clock "),
    # "…our meeting on Tuesday at 10 am in the main office." (read "at 10:00 in…") → "…à 10 heures du bureau
    # principal.", "We meet at 4 pm in the library." → "…à 16 heures de la bibliothèque."; a comma parts the time
    # from the place: "…à 10 heures, dans le bureau principal.", "…à 16 heures à la bibliothèque." (not a part of
    # the day: "at 6:00 in the morning")
    (r"\bat\s+(\d{1,2}:[0-5]\d)\s+(?=in\s+the\s+(?!(?:morning|afternoon|evening|night)\b))", r"at \1, "),
    # "Can I pay by card or only in cash?" (money.py reads "pay with a card") → "Puis-je payer une carte ou
    # seulement en liquide ?"; a comma before "or only": "Puis-je payer avec une carte ou seulement en liquide ?"
    (r"\bpay\s+(?:by|with\s+a)\s+((?:credit\s+|debit\s+|bank\s+)?card)\s+or\s+(only|just)\s+(?=(?:in\s+)?cash\b)",
     r"pay with a \1, or \2 "),
    # "He broke his arm while playing football with his friends in the park…" → "…avec ses amis du parc…", "I like
    # playing tennis with my friends in the park." → "…avec mes amis du parc."; the park first: "…au football dans
    # le parc avec ses amis…" (with friends "in the garden" came out right)
    (rf"\b(play(?:s|ed|ing)?\s+(?:\w+\s+)?)with\s+({POSSESSIVE})\s+friends\s+in\s+the\s+park\b",
     r"\1in the park with \2 friends"),
    # "We painted the kitchen yellow." → "Nous avons peint le jaune." (the kitchen lost), "She painted her room pink."
    # → "Elle a peint sa chambre." (the colour lost), "…painted the bedroom blue last weekend…" → "…la chambre
    # bleue…" (the blue bedroom); "in yellow": "…peint la cuisine en jaune." (not "painted the town red", a party)
    (rf"\b(paint(?:s|ed|ing)?\s+(?:the|my|your|his|her|our|their|this|that)\s+(?!town\s+red\b)(?:\w+\s+)?\w+)\s+"
     rf"({COLOUR}){_COLOUR_END}", r"\1 in \2"),
    # preps34 (s33, measure33 cause E): a greeting typed without its comma took "my name" with it: "hello my name is
    # Priya and I live in Leeds…" → "bonjour est Priya. Je vis…", "hi my name is Tom" → "Suis je m'appelle Tom", "hey
    # my name is Sam" → "c'est Sam"; with its capital and comma: "Salut, je m'appelle Priya.", "Hé, je m'appelle Sam."
    (r"^(\s*)[Hh](ello|i|ey)\s*,?\s+(?=my\s+name\s+is\b)", r"\1H\2, "),
    # "Can I pay cash?" → «Puis-je payer liquide ?», "We paid cash for the taxi." «Nous avons payé de l'argent…»,
    # "He always pays cash." «Il paie toujours de l'argent.»; "in cash": «…payer en liquide ?», «…payé en liquide
    # pour le taxi.», «Il paie toujours en liquide.» (6 of 6); not "paid cash prizes", a thing paid
    (r"\b(pay|pays|paid|paying)\s+cash\b(?!\s+(?:prizes?|bonus(?:es)?|dividends?|rewards?|benefits?|advances?|"
     r"compensation|value|payments?|refunds?)\b)", r"\1 in cash"),
)
