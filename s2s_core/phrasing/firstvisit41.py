"""A first visitor's phrases (measure41, session 37) the model read in another sense, read in words it knows.

A probe of a first visitor's sentences found "lorry", "pay cash", a score "two goals to nil", "let me on the plane"
and an age before "and" read literally or lost: "He drives a lorry for a supermarket." came out «Il conduit un lore…»,
"Can I pay cash?" «Puis-je payer liquide ?», "They lost two goals to nil." «…deux buts pour niller.», "They wouldn't
let me on the plane…" «Ils ne me laisseraient pas sur l'avion…» (would not leave me on it), "My grandfather is 92 and
still drives." «Mon grand-père est de 92 ans…». Each is read as a paraphrase that came out right («un camion», «en
liquide», «deux buts à zéro», «entrer dans l'avion», «a 92 ans») in at least three sentences (fix41), none worse
(sense_mends.py writes «buts» for the «objectifs» of a score; glossary_errands.py and glossary_home.py stand in for
"bakery", "software" and "ladder").
"""
from __future__ import annotations

# one whose age is said bare ("My grandfather is 92"): a relative, a friend, a pet (not "my house", "my room")
_PERSON = (r"(?:grandmother|grandfather|grandma|grandpa|granny|mother|father|mum|mom|dad|son|daughter|brother|"
           r"sister|aunt|uncle|husband|wife|grandson|granddaughter|nephew|niece|cousin|boss|neighbour|neighbor|"
           r"friend|boyfriend|girlfriend|partner|dog|cat|horse)")
_VEHICLE = r"(?:plane|airplane|aeroplane|train|bus|flight|boat|ship|ferry|coach|tram)"
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
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
    # "Can I pay cash?" → «Puis-je payer liquide ?», "We paid cash for the taxi." «Nous avons payé de l'argent…»,
    # "He always pays cash." «Il paie toujours de l'argent.»; "in cash": «…payer en liquide ?», «…payé en liquide
    # pour le taxi.», «Il paie toujours en liquide.» (6 of 6); not "paid cash prizes", a thing paid
    (r"\b(pay|pays|paid|paying)\s+cash\b(?!\s+(?:prizes?|bonus(?:es)?|dividends?|rewards?|benefits?|advances?|"
     r"compensation|value|payments?|refunds?)\b)", r"\1 in cash"),
    # "They lost two goals to nil." → «…deux buts pour niller.»; "to zero": «…deux buts à zéro.» (sense_mends.py
    # writes «buts» where the model wrote «objectifs»: "They lost by two goals to zero." «…deux objectifs à zéro.»)
    (r"\b(goals?\s+to)\s+nil\b", r"\1 zero"),
    # "They wouldn't let me on the plane because…" → «Ils ne me laisseraient pas sur l'avion…», "The driver wouldn't
    # let him on the bus…" «…ne le laisserait pas dans le bus…» (leave him in it), "Will they let me on the flight…?"
    # «Est-ce qu'ils me laisseront vol…?»; "let me get on": «…ne me laisseraient pas entrer dans l'avion…», «…ne
    # voulait pas le laisser entrer dans le bus…», «Me laisseront-ils prendre le vol…?», «Me laisseront-ils prendre
    # le train…?», «…ne nous a pas laissés entrer dans l'avion.» (5 of 6; "They let us on the plane at the last
    # minute." is as wrong either way: «Ils nous laissèrent sur l'avion…»)
    (rf"\b(let|lets|letting)\s+(me|us|him|her|them|you)\s+on(?=\s+(?:the|a|this|that|our|my|your|his|her|their)\s+"
     rf"(?:\w+\s+)?{_VEHICLE}s?\b)", r"\1 \2 get on"),
    # "My grandfather is 92 and still drives." → «Mon grand-père est de 92 ans…», "…is 92 and he still goes
    # swimming." «…est 92…», "My grandmother is 92 but she…" «…est 92, mais…», "Our neighbour is 80 and lives alone."
    # «Notre voisin est 80…», "My aunt is 70 this year." «Ma tante est soixante-dix ans…», "Our dog is 12 and…" «…est à
    # 12 ans…»; "…years old": «Mon grand-père a 92 ans et conduit encore.», «…a 92 ans, mais…», «Notre voisin a 80
    # ans…», «Ma tante a soixante-dix ans cette année.», «Notre chien a 12 ans…» (figures.py reads an age that ends
    # the clause; not "7 and a half", read by kids.py)
    (rf"\b((?:my|your|his|her|our|their)\s+(?:(?:old|little|elder|older|younger|big|best)\s+)?{_PERSON}\s+is)\s+"
     r"([1-9]\d?|1[01]\d)(?=\s+(?:and|but)\b(?!\s+a\s+half\b)|\s+this\s+year\b|\s+(?:now|today)\b)",
     r"\1 \2 years old"),
)
