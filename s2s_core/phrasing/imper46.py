"""Orders that open with a verb the model misreads as a bare opener, read with a verb it knows (imper46, session 38).

A survey of 105 orders (recipes, chores, directions, app steps, requests; imper46) found 38 with a wrong verb; most
of those came out right after "Please" and are read so by openers.py. These four came out wrong after "Please" too,
and right as another verb: "Bake the cake for forty minutes." → «Prends le gâteau…» ("Please bake…": «Faites le
gâteau…»), "Type your name in the box." «Dites votre nom…» ("Please type…": «Veuillez mélanger…»), "Insert the card
into the machine." «Enseignez la carte…» («Veuillez installer…»), "Unpack your suitcase when we arrive." «Contentez
votre valise…» («Veuillez déboucher…»). Read "cook … in the oven" («Cuis le gâteau dans le four…»), "write"
(«Écrivez votre nom…»), "put" («Mettez la carte…»), "empty" («Videz votre valise…»): each right in at least three
sentences written for it, none screened worse. Only opening a sentence, before an object with a determiner.
"""
from __future__ import annotations

_OPENS = r"(?:^|(?<=[.!?]\s))"
_DET = r"(?:the|a|an|some|your|my|our|his|her|their|this|that|these|those|all\s+the|two|three|four)"

PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # "Bake the cake for forty minutes." → «Prends le gâteau pendant 40 minutes.», "Bake the bread for thirty
    # minutes." «Prends le pain…», "Bake the biscuits until golden." «Prends les biscuits…»; "cook … in the oven":
    # «Cuis le gâteau dans le four pendant 40 minutes.», «Cuis le pain dans le four…», «Cuis le poulet dans le four…»
    # (the object one to three words, then how long or till when; not where an oven is said already)
    (rf"{_OPENS}bake\s+({_DET}\s+(?:[a-z]+\s+){{0,2}}?[a-z]+)(?=\s+(?:for|until|till)\b|\s*[.!]?\s*$)(?!.*\boven\b)",
     r"cook \1 in the oven"),
    # "Type your name in the box." → «Dites votre nom dans la boîte.»; "write": «Écrivez votre nom dans la boîte.»,
    # «Écris ton mot de passe à nouveau.», «Écrivez l'adresse…» (3 of 3); not "type in", "type of"
    (rf"{_OPENS}type\s+(?={_DET}\b)", "write "),
    # "Insert the card into the machine." → «Enseignez la carte dans la machine.»; "put": «Mettez la carte dans la
    # machine.», «Mettez la clé dans la serrure.», «Mettez les pièces…» (3 of 3)
    (rf"{_OPENS}insert\s+(?={_DET}\b)", "put "),
    # "Unpack your suitcase when we arrive." → «Contentez votre valise…»; "empty": «Videz votre valise…», «Videz votre
    # sac sur la table.» (a suitcase or a bag only: "Empty the boxes in the garage." came out «Mange les boîtes…»;
    # one's own: "Unpack the bags and put…" went from «Essayez les sacs…» to «Détendez les sacs…»)
    (rf"{_OPENS}unpack\s+(?=(?:your|my|our|his|her|their)\s+(?:suitcases?|bags?|cases?|luggage)\b)", "empty "),
)
