"""Everyday words of the home and the kitchen (words44, session 38) the model read as another word, read in words it
knows.

A survey of 100 everyday verbs and adjectives in one short sentence each, and of the words words43 left, found "The
room is warm and cozy." come out «…chaleureuse et cozy.», "The old books are dusty." «…sont mêlés.», "My back is
sore." «Mon dos est mal.», "Gardening is relaxing." «Allarder est détendant.», "Parking costs five euros an hour."
«La Parkche coûte…», "I peeled the potatoes." «J'ai gelé les pommes de terre.», "I chopped the onions." «J'ai choisi
les oignons.». Each is read as a paraphrase that came out right («confortable», «couverts de poussière», «me fait
mal», «Travailler dans le jardin», «Le parking», «retiré la peau des», «coupé») in at least three sentences written
for it, none screened worse.
"""
from __future__ import annotations

# a fruit or a vegetable one takes the skin off (not a label, a sticker or paint peeled off)
# (not an apple: "Tom is too young to peel an apple." had «…peler une pomme.», read so «…retirer la pomme d'une
# pomme.»; nor a pear or a peach, "skin from" it untried)
_PEELED = (r"(?:potato(?:es)?|oranges?|carrots?|bananas?|onions?|garlic|cucumbers?|mangoe?s?|eggs?|tomato(?:es)?|"
           r"kiwis?|lemons?|vegetables|prawns?|shrimps?)")
_DET = r"(?:the|an?|some|my|your|his|her|our|their|these|those|two|three|four|all\s+the)"

PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # "The room is warm and cozy." → «…chaleureuse et cozy.», "We have a cozy little house." «…une petite maison de
    # cozaine.», "The café was small and cozy." «…petit et cozy.»; "comfortable": «…chaude et confortable.», «…une
    # petite maison confortable.», «…petit et confortable.» (5 of 5); not the verb "cozy up to"
    (r"\bco[sz]y\b(?!\s+up\b)", "comfortable"),
    # gardening opening a sentence, as what is done: "Gardening is relaxing." → «Allarder est détendant.»,
    # "Gardening is my favourite hobby." «Gardenir est…», "Gardening keeps me healthy." «Ça me garde…» (lost);
    # "working in the garden": «Travailler dans le jardin est…» (5 of 5); elsewhere it came out right ("I love
    # gardening." «J'adore jardiner.»)
    (r"(?:^|(?<=[.!?]\s))gardening\s+(?=(?:is|was|keeps|kept|makes|made|helps|takes|took|can|gives|has)\b)",
     "working in the garden "),
    # parking opening a sentence: "Parking is free on Sundays." → «Parcler est libre…», "Parking costs five euros an
    # hour." «La Parkche coûte…»; "the parking": «Le parking coûte…», «Le parking n'est pas autorisé ici.» (4 of 4)
    # not "Parking is free…", which firstvisit47.py reads "free of charge" («Le Parking est gratuit…»)
    (r"(?:^|(?<=[.!?]\s))parking\s+(?=(?:is|was|costs?|will)\b)(?!is\s+free\b)", "the parking "),
    # peeling a fruit or a vegetable: "I peeled the potatoes." → «J'ai gelé…», "She peeled an orange." «Elle a
    # pénétré une orange.», "Can you peel the carrots?" «Peux-tu éteindre…»; "removed the skin from": «J'ai retiré
    # la peau des pommes de terre.», «Elle a retiré la peau d'une orange.», «Pouvez-vous retirer la peau des
    # carottes ?» (4 of 4); not "peels" ("He peels the apples…" had «Il épluche…», read so «Il ôte la peau des…»),
    # nor opening a sentence ("Remove the skin from the apples first." came out «Retire la pomme en premier.»)
    (rf"(?<=\w\s)peel\s+(?={_DET}\s+(?:\w+\s+)?{_PEELED}\b)", "remove the skin from "),
    (rf"(?<=\w\s)peeled\s+(?={_DET}\s+(?:\w+\s+)?{_PEELED}\b)", "removed the skin from "),
    # chopped, not opening a sentence (leisure.py reads a recipe's "Chop the onions." and leaves "Chop the onions and
    # fry them."): "I chopped the onions." → «J'ai choisi les oignons.», "She chops the vegetables…" «Elle
    # choisit…», "Please chop the carrots." «Veuillez grimper…»; "cut": «J'ai coupé les oignons.», «Elle coupe les
    # légumes…», «Veuillez couper les carottes.» (5 of 5); only before what is chopped (not "pork chops"); not herbs,
    # which glossary_home reads as "flowers" only beside a word of cooking such as "chop" ("I chopped the herbs."
    # «…les herbes aromatiques.», read "cut" «J'ai coupé les sacs.»), nor one's way through ("We chopped our way
    # through the jungle." «…piqué notre chemin…», read so «…coupé notre chemin…»: no better)
    (rf"(?<=\w\s)chop(s?)\s+(?=(?:up\s+)?{_DET}\b)(?![^.!?]*\bherbs\b)(?!\S+\s+way\b)", r"cut\1 "),
    (rf"(?<=\w\s)chopped\s+(?=(?:up\s+)?{_DET}\b)(?![^.!?]*\bherbs\b)(?!\S+\s+way\b)", "cut "),
    # dust on things: "The old books are dusty." → «…sont mêlés.», "The shelves are dusty." «…sont plaisantes.», "The
    # piano was dusty." «…était méchant.»; "covered in dust": «…sont couverts de poussière.», «Les étagères sont
    # couvertes de poussière.», «…était couvert de poussière.» (3 of 3); only after a form of "be"
    (r"\b(is|are|was|were|be|been|looks?|looked)\s+(?:(?:very|really|so|all|a\s+bit|quite)\s+)?dusty\b",
     r"\1 covered in dust"),
    # a sore part of the body: "My back is sore." → «Mon dos est mal.», "My legs are sore after the run." «Mes
    # jambes sont bourrées…», "His feet were sore after the hike." «…étaient doigts…», "My throat is sore." «Ma
    # gorge est ma gorge.»; "hurts": «Mon dos me fait mal.», «Mes jambes me font mal…», «Ma gorge me fait mal.» (3 of
    # 4; the feet «Ses pieds se font mal…», still better); not "a sore throat", nor "really sore" ("My arms are
    # really sore today." had «Mes bras me font vraiment mal…», read "hurt" it lost «vraiment»)
    (r"\b((?:my|his|her|your|our|their|the)\s+(?:back|neck|throat|head|stomach|foot|knee|arm|leg|hand|wrist|ankle|"
     r"shoulder|eye|finger|thumb|toe))\s+is\s+sore\b", r"\1 hurts"),
    (r"\b((?:my|his|her|your|our|their|the)\s+(?:back|neck|throat|head|stomach|foot|knee|arm|leg|hand|wrist|ankle|"
     r"shoulder|eye|finger|thumb|toe)s?|(?:my|his|her|your|our|their|the)\s+feet)\s+(?:are|were|was)\s+sore\b",
     r"\1 hurt"),
)
