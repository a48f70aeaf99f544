"""Everyday words of the kitchen, the home and travel (words45, session 38) the model read as another word, read in
words it knows.

Continuing words44's survey: "Slice the bread thinly." came out «Réfléchis le pain.», "First, squeeze the lemon…"
«Tout d'abord, laissez le citron…», "These oranges are very juicy." «Ces oranges sont très jus.», "Her kitchen is
spotless." «Sa cuisine est impuissante.», "We will board the plane at six." «Nous allons border l'avion…». Each is read
as a paraphrase that came out right («Coupe(z)», «presse», «remplies de jus», «parfaitement propre», «à bord de») in at
least three sentences written for it, none screened worse.
"""
from __future__ import annotations

_DET = r"(?:the|an?|some|my|your|his|her|our|their|this|that|these|those|two|three|four|half|all\s+the)"
# what one boards (not "board the windows up", "board a dog": other senses)
_BOARDED = r"(?:plane|train|bus|ship|boat|ferry|coach|aircraft)"

PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # slicing, opening an order: "Slice the bread thinly." → «Réfléchis le pain.», "Slice the onions before you fry
    # them." «Occupez les oignons…», "Slice the cake into eight pieces." «Occupez le gâteau…» ("Please slice…":
    # «gâchez»); "cut": «Coupe le gâteau en huit morceaux.», «Coupez les tomates et les mettez…», «Coupe les oignons
    # avant…» (7 of 7 with the verb right; the slices themselves are lost: "into slices" came out «dans des
    # scénarios»)
    (rf"(?:^|(?<=[.!?]\s))slice\s+(?={_DET}\b)", "cut "),
    # squeezing citrus after "First,": "First, squeeze the lemon over the fish." → «Tout d'abord, laissez le
    # citron…», "First, squeeze half a lime into the bowl." «…éternue une demi-mère…»; "press": «Tout d'abord, presse
    # le citron sur le poisson.», «Premièrement, presse deux oranges.», «…presse le jus de deux citrons…», «…presse
    # un demi-sœuf…» (4 of 4 with the verb right); not after ", then" ("…, then press the oranges." came out
    # «…appuye les oranges.»); an order opening with "Squeeze" is read after "Please" (openers.py)
    (r"(?<=\bfirst,\s)squeeze\s+(?=(?:the|an?|some|your|two|three|half)\s+(?:\w+\s+)?(?:lemons?|limes?|oranges|"
     r"juice)\b)", "press "),
    # juicy fruit said after "be": "These oranges are very juicy." → «…sont très jus.», "The pears were juicy." «Les
    # oreilles étaient jus.», "This steak is really juicy." «…vraiment jus.»; "full of juice": «…sont très remplies de
    # jus.», «Les poires étaient remplies de jus.», «…vraiment plein de jus.» (8 of 8 with the juice right); not "a
    # juicy melon" («un melon de jus»), whose reading "a melon full of juice" would need the words moved
    (r"\b(is|are|was|were|be|been|looks?|looked)\s+((?:very|really|so|quite|always)\s+)?juicy\b",
     r"\1 \2full of juice"),
    # spotless said of a room or a thing, closing what is said of it: "Her kitchen is spotless." → «…impuissante.»,
    # "The hotel room was spotless." «…imprudente.», "He keeps his car spotless." «Il garde sa voiture imprudente.»;
    # "perfectly clean": «Sa cuisine est parfaitement propre.», «La chambre d'hôtel était parfaitement propre.», «Il
    # garde sa voiture parfaitement propre.» (9 of 9); not before a noun ("a spotless record" is no clean record)
    (r"\bspotless\b(?=\s*(?:[.,!?;:]|$|\s+(?:after|before|again|and|now|today|when|every|all|inside|outside)\b))",
     "perfectly clean"),
    # boarding a plane, a train or a ship: "We will board the plane at six." → «Nous allons border l'avion…»,
    # "Passengers can now board the plane." «…border l'avion.», "You can board the ship at noon." «…border le
    # navire…»; "go on board": «Nous irons à bord de l'avion…», «…peuvent maintenant aller à bord de l'avion.», «Tu
    # peux aller à bord du bateau…» (5 of 5; "get on" gave «Nous serons sur l'avion», «pénétrer dans l'avion»); not
    # "on board the ship" (a place: "How many people are on board the ship?" was right)
    (rf"(?<!\bon\s)\bboard\s+(?=(?:the|a|an|our|your|their|my|his|her)\s+(?:\w+\s+)?{_BOARDED}s?\b)", "go on board "),
    # "They boarded the train in Paris." → «Ils ont conseillé le train…», "He boarded the ship." «Il dirigea le
    # navire.»; "got on board": «Ils montèrent à bord du train…», «Il monta à bord du bateau.», "Tom boarded the
    # plane." as it was, «Tom monta à bord de l'avion.» (3 of 3; "went on board" gave the plane «Tom est allé à bord»,
    # less good); a bus "went on board" ("We boarded the bus…" «Nous formâmes le bus…»; "got on board" lost the bus,
    # «Nous montâmes à la gare»; "went on board": «Nous sommes allés à bord du bus…»)
    (r"\bboarded\s+(?=(?:the|a|an|our|your|their|my|his|her)\s+(?:\w+\s+)?(?:bus|coach)(?:es)?\b)", "went on board "),
    (rf"\bboarded\s+(?=(?:the|a|an|our|your|their|my|his|her)\s+(?:\w+\s+)?{_BOARDED}s?\b)", "got on board "),
)
