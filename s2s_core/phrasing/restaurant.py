"""Phrases of eating out (tables, orders, complaints, drinks, takeaway) the model had read as another meaning."""

from __future__ import annotations

_NUMBER = r"(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
# a table for a number of people, not a time or people already named ("a table for two people", "for six o'clock")
_NOT_PEOPLE = r"(?!\s*(?:people|persons|guests|adults|of\s+us|o['’]clock|pm|am|p\.m\.|a\.m\.|:|h\b|-))"
_SERVED = (r"(?:coffee|tea|soup|water|food|milk|pizza|meal|dinner|lunch|drinks?|chips|fries|sauce|rice|pasta|"
           r"burger|steak|chicken|fish|beer|wine|bath|shower|plate|dish|dishes)")
_SAUCES = r"(sauces?|dressings?|gravy|mayonnaise|mayo|ketchup|cream|butter|mustard|salsa)"

# a restaurant's bill, not Parliament's
_NOT_PARLIAMENT = (r"^(?!.*\b(?:parliament|senate|house|congress|clause|amend\w*|legislation|law|minister|government|"
                   r"passed|vote[ds]?|reading|committee|MPs?|"
                   # "The bill is wrong and should be withdrawn." had come out "La note est fausse et devrait être
                   # retirée."
                   r"withdraw\w*|opposition|debate|tabled|senators?|members?|party)\b)")
# a meal's starters, not a race's, an engine's or a team's
_NOT_A_RACE = r"^(?!.*\b(?:race|runners?|engines?|cars?|team|players?|match|game|lineup|motor|batter(?:y|ies))\b)"

_SOUP = r"(?:tomato|carrot|pumpkin|leek|potato|mushroom|pea|lentil|vegetable|chicken|fish|bean|spinach)"
_SIDES = r"(?:(?:a\s+|some\s+)?(?:bread|fries|chips|salad|rice|vegetables|potatoes|sauce)\b)"
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it, as in orders
    # "Do you have a table for four tonight?" → "…une table pour quatre heures ce soir ?", "We booked a table for six
    # at eight o'clock…" → "…une table pour six heures…"; "…for four people": "…pour quatre personnes ce soir ?"
    (rf"\b(tables?\s+for\s+){_NUMBER}\b{_NOT_PEOPLE}", r"\1\2 people"),
    # "For my main course I'll have the salmon." → "Pour ma principale voie…"; "main dish": "Pour mon plat principal…"
    (r"\bmain\s+course\b", "main dish"), (r"\bmain\s+courses\b", "main dishes"),
    # "Can I have the sauce on the side?" → "…la sauce du côté ?", "…and the sauce on the side." → "…de la sauce de la
    # part."; "separately": "Puis-je avoir la sauce séparément ?"
    (rf"\b{_SAUCES}\s+on\s+the\s+side\b", r"\1 separately"),
    # "Is this gluten-free?" → "Ce gluten est-il doux ?"; "without gluten": "Est-ce sans gluten ?" (ending the clause)
    (r"\bgluten[-\s]free\b(?=\s*(?:[.,;:!?)]|$))", "without gluten"),
    # "It's my round." → "C'est ma ronde.", "Whose round is it?" → "À qui est-ce en ronde ?", "I'll buy the next
    # round." → "…la prochaine ronde."; said "turn to buy the drinks" ("C'est mon tour d'acheter les boissons.")
    (r"\b(it['’]s|it\s+is)\s+(my|your|his|her|our|their)\s+round\b(?=\s*(?:[.,;:!?]|$))",
     r"\1 \2 turn to buy the drinks"),
    (r"\bwhose\s+round\s+is\s+it\b(?=\s*(?:[.,;:!?]|$))", "whose turn is it to buy the drinks"),
    (r"\b(buy|get)\s+the\s+next\s+round\b(?!\s+of\b)", r"\1 the next drinks"),
    # "The meat is undercooked." → "La viande est cuisinée." (the very opposite); "not cooked enough": "…n'est pas
    # assez cuisinée."
    (r"\b(is|are|was|were|['’]s|['’]re)\s+undercooked\b", r"\1 not cooked enough"),
    # "Can I have a doggy bag?" → "…un sac à chien ?"; "a box for the leftovers": "…une boîte pour les restes ?"
    (r"\ba\s+doggy\s+bag\b", "a box for the leftovers"),
    # "Could you wrap this up for me?" → "Pourrais-tu me réveiller ça ?"; "put this in a box": "…me mettre ceci dans
    # une boîte ?"
    (r"\bwrap\s+(this|that|it|these|those|them)\s+up\s+for\s+(me|us)\b", r"put \1 in a box for \2"),
    # "My coffee is lukewarm." → "Mon café est lucté."; "barely warm": "Mon café est à peine chaud."
    # a drink's or a dish's, not people's ("We were lukewarm about it": unkeen)
    (rf"\b({_SERVED}\s+(?:is|are|was|were)|(?:it|this|that)['’]s|(?:it|this|that)\s+(?:is|was))\s+lukewarm\b",
     r"\1 barely warm"),
    # "What comes with the fish?" → "Qu'est-ce qui vient du poisson ?"; "is served with": "…est servi avec le
    # poisson ?"
    (r"^what\s+comes\s+with\s+(?=the\s+(?:\w+\s+)?(?:fish|steak|chicken|burger|meal|menu|dish|salad|pasta|soup|"
     r"lamb|beef|pork|pizza|sandwich|main|special)\b)", "What is served with "),
    # "Compliments to the chef." → "Les rendez-vous au chef."; "My compliments…": "Mes compliments au chef."
    (r"^compliments\s+to\s+the\s+(chef|cook|kitchen)\b", r"My compliments to the \1"),
    # "Could I swap the fries for a salad?" → "Pourrais-je arracher les frites…"; "replace … with": "Pourrais-je
    # remplacer les frites avec une salade ?" (a dish asked for, at a table)
    (r"\b(could|can)\s+(I|we)\s+swap\s+(the\s+(?:\w+\s+)?\w+)\s+for\s+(?=(?:a|an|some|the)\s)",
     r"\1 \2 replace \3 with "),
    # "Is there any dairy in this?" → "Y a-t-il de laitiers là-dedans ?"; "dairy products": "Y a-t-il des produits
    # laitiers là-dedans ?"; not a dairy farm, herd or industry
    (r"\b(any|no|eat|eats|avoid|contains?)\s+dairy\b(?!\s+(?:products?|farms?|farmers?|farming|cows?|cattle|herds?|"
     r"industry|sector|producers?|processors?|quotas?|free|goods|plants?|co-?ops?|-))", r"\1 dairy products"),
    # "Your order is ready for collection." → "…prête à la collection."; "to be picked up": "…prête à être ramassée."
    (r"\b(order|food|meal|parcel|package|pizza)\s+(is|are|will\s+be)\s+ready\s+for\s+collection\b",
     r"\1 \2 ready to be picked up"),
    # "We didn't book, is that a problem?" → "Nous n'avons pas fait de livres…"; "reserve": "Nous n'avons pas
    # réservé, est-ce un problème ?" (ending the clause; "book a table" is read in orders.py)
    (r"\b(didn['’]t|did\s+not|haven['’]t|have\s+not)\s+book\b(?=\s*(?:[.,;:!?]|$))", r"\1 reserve"),
    (r"\b(haven['’]t|have\s+not|hasn['’]t|has\s+not)\s+booked\b(?=\s*(?:[.,;:!?]|$))", r"\1 reserved"),
    # "How long is the wait for a table?" → "Combien de temps va-t-il attendre une table ?"; "do we have to wait":
    # "Combien de temps devons-nous attendre une table ?"
    (r"^how\s+long\s+is\s+the\s+wait\b", "How long do we have to wait"),
    # "Is the service charge included in the bill?" → "…l'accusation de service…"; "fee": "…les frais de service…"
    # a restaurant's, asked about or included (in the Hansards a bank's or a tax's charges mostly came out "frais de
    # service" already, and "were assessed a service charge" came out worse read)
    (r"\b(is\s+there\s+a|there['’]s\s+a|there\s+is\s+a|is\s+the|the)\s+service\s+charge\b"
     r"(?=\s+(?:(?:is|was)\s+)?(?:not\s+)?(?:included|optional|added)\b|\s*[.?!]|$)", r"\1 service fee"),
    # "A pint of lager, please." → "Une pince de colère…", "A pint of beer, please." → "Une pince de bière…"; "a large
    # glass of (blonde) beer": "Un grand verre de bière blonde…" (two "large glasses" came out "lunettes": one only)
    (r"\b(a|one)\s+pint\s+of\s+(?:beer|ale)\b", r"\1 large glass of beer"),
    (r"\b(a|one)\s+pint\s+of\s+lager\b", r"\1 large glass of blonde beer"),
    # "The bill is wrong." → "Le projet de loi est faux." (a bill of Parliament), "There's a mistake in the bill." →
    # "…dans le projet de loi."; a restaurant's "note": "La note est fausse." (not Parliament's bill)
    (rf"{_NOT_PARLIAMENT}(.*?)\bthe\s+bill\s+(?=(?:is|was|seems|looks)\s+(?:wrong|incorrect|not\s+right)\b)",
     r"\1the note "),
    (rf"{_NOT_PARLIAMENT}(.*?)\b(an?\s+(?:mistake|error))\s+(in|on)\s+(?:the|our|my)\s+bill\b(?![’'-])",
     r"\1\2 \3 the note"),   # "an error": not the Hansards' "There is a technical error in the bill."
    # "Is tipping expected?" → "Est-ce qu'il s'attend ?"; "a tip": "Est-ce qu'un pourboire est attendu ?"
    (r"^is\s+tipping\s+expected\b", "Is a tip expected"),   # not "customary" ("…coutume est inscrit…")
    # "Should I leave a tip?" → "Devrais-je laisser une pourboire ?"; "Dois-je laisser un pourboire ?"
    (r"\bshould\s+(I|we)\s+leave\s+a\s+tip(?=\s*[?.!]|$)", r"do \1 have to leave a tip"),
    # "The starters were delicious." → "Les commencements…", "What would you like for starters?" → "…pour les
    # commencements ?"; "entries": "Les entrées étaient délicieuses." (not an opening "For starters,": to begin with)
    (rf"{_NOT_A_RACE}(.*?)\b(the|some|a\s+few|two|three|our|your|any|like|have|want|order|get|had)\s+(for\s+)?"
     r"starters\b", r"\1\2 \3entries"),
    # "Is this to eat in or takeaway?" → "…manger ou prendre des mesures ?"; "for here or to go": "Est-ce pour ici ou
    # pour emporter ?" (asked of a thing; the bare "Eat in or takeaway?" found no paraphrase: "À emporter ou à
    # emporter ?")
    (r"\b(is|are)\s+((?:this|it|that|the\s+\w+)\s+)(?:to\s+)?eat\s+in\s+or\s+(?:to\s+)?take[\s-]?(?:away|out)\b",
     r"\1 \2for here or to go"),
    # long32 (s32): "I asked the waiter for the bill twice…" → "J'ai demandé au serveur de ce projet de loi…", "…
    # demanda le serveur après le dessert" (the bill lost); "asked the waiter to bring the note": "…au serveur
    # d'apporter la note…" (4 of 4; "for the check", "for the note" lost it)
    (r"\b(ask|asks|asked|asking)\s+(the|our|a)\s+(waiter|waitress|server)\s+for\s+(?:the|our)\s+bill\b(?![’'-])",
     r"\1 \2 \3 to bring the note"),
    # names33 (s32): "I'd like the fish with rice." → "J'aimerais que le poisson avec du riz." ("I would like the
    # steak with fries." "…que le steak des frites"); a dish ordered: "Je vais prendre le poisson avec du riz." (10
    # of 10; "I'd like to have the soup with bread" lost "avec"); a dish only: not "I'd like the kids with me"
    (r"\b(?:I['’]d|I\s+would)\s+like\s+the\s+((?:[\w'’-]+\s+){0,2}?(?:chicken|fish|steak|salmon|burger|pasta|salad|"
     r"soup|lamb|beef|pork|duck|pizza|risotto|curry|omelette|sandwich|sausages?|cod|tuna|prawns|shrimp|tofu)\s+with)\b",
     r"I'll take the \1"),
    # "The soup of the day is tomato with fresh basil…" → "…est de tomato avec…", "The soup of the day is carrot." →
    # "…est tapis."; "a tomato soup": «…est une soupe de tomates avec du basilic frais», «…est une soupe de carottes»
    (rf"\b(soup\s+of\s+the\s+day\s+is)\s+({_SOUP})(?:\s+soup)?\b", r"\1 a \2 soup"),
    # "…, and it comes with bread and a small green salad." → "…et c'est une petite salade et une petite salade.", "The
    # steak comes with fries and a salad." → "Le steak vient des frites…"; "includes", a sentence of its own after a
    # comma: «…basilic frais. Il inclut le pain et une petite salade», «Le steak comprend des frites et une salade»,
    # «J'ai acheté un nouveau téléphone. Cela comprend un chargeur» (a side dish; not a drink: "The menu costs 15 euros
    # and it includes a drink…" came out «Les hommes coûtent…»)
    (rf",\s+and\s+it\s+comes\s+with\s+(?={_SIDES}|(?:a|an)\s+(?:[\w-]+\s+)?(?:charger|cable|case|manual|guarantee)\b)",
     ". It includes "),
    (rf"\b(?:comes|come)\s+with\s+(?={_SIDES})", "includes "),
    # senses49 (s39): "Is the tip included?" → "Est-ce que le vol est inclus ?"; "the service": «Le service est-il
    # inclus ?» (not "a tip", which may be a tip given on top)
    (r"(?<!\ba\s)\btip\s+(?=(?:is\s+|was\s+|isn['’]t\s+|wasn['’]t\s+)?(?:not\s+)?included\b)", "service "),
    # left54 (s40; left53): "Is this dish vegetarian?" → «Ce végétarien est-il végétarien ?» (the dish lost), "Excuse
    # me, is this dish vegetarian?" → «…est-ce des végétariens ?» ("food" and "plate" lost the dish too); "a
    # vegetarian meal" (as the entry above reads "a vegetarian dish"): «Est-ce un repas végétarien ?» («plat» would
    # be the word, the sense is kept)
    (r"\b(is|isn['’]t)\s+(this|that)\s+dish\s+vegetarian\b", r"\1 \2 a vegetarian meal"),
    # a pint, the drink (british60, s41): "Let's go for a pint after work." → «…une pint…», "Fancy a pint?" «…d'une
    # pint ?», "He bought me a pint." «…une pinture.»; "a beer": «Allons faire une bière…», «As-tu envie d'une bière
    # ?», «Il m'a acheté une bière.» (4 of 4); "a pint of …" is read above; not a size asked ("a half pint or a pint?",
    # Tatoeba, read so: «…une demi-mère ou une bière ?»)
    (r"(?<!\bor\s)(?<!\bhalf\s)\b(a|another|one)\s+pint\b(?!\s+(?:of|glass|glasses|jug|bottle|measure)\b)", r"\1 beer"),
)
PHRASES += (   # colloc60 (s41): still and sparkling water ordered
    # "Do you have still water?" → «As-tu encore de l'eau ?», "A glass of still water, please." «Un verre encore
    # d'eau…», "I'll have a bottle of still water." «…une bouteille d'eau encore.», "Still water or sparkling?"
    # «L'eau potable ou l'éparation ?»; "water without gas": «Avez-vous de l'eau sans gaz ?», «Un verre d'eau sans
    # gaz…», «…une bouteille d'eau sans gaz.», «L'eau sans gaz ou avec gaz ?» (4 of 4); only where it is ordered
    # (a bottle, a glass, a jug of it, liked or wanted; "Mosquitoes breed in still water.", "a pool of still water"
    # and "There is still water in the glass." are left)
    (r"\b((?:bottles?|glass|glasses|jugs?|carafes?)\s+of|have|want|like|prefer|order|some)\s+still\s+water\b",
     r"\1 water without gas"),
    (r"^still\s+water\s+or\s+sparkling(?=\s*[?.!]|$)", "water without gas or with gas"),
    (r"^still\s+water(?=\s+or\b)", "water without gas"),
    # "Sparkling water or still?" → «Céparer de l'eau ou encore ?», read "Gaseous water or still?" «Vas-tu de l'eau ou
    # encore ?»; "…or without gas": the other way round as above
    (r"^sparkling\s+water\s+or\s+still(?=\s*[?.!]|$)", "gaseous water or without gas"),
    # "A bottle of sparkling water, please." → «…d'eau potable…», "Do you have sparkling water?" «…de l'eau
    # posante ?»; "gaseous": «Une bouteille d'eau gazeuse…», «Disposez-vous d'eau gazeuse ?»
    (r"\bsparkling\s+(water|mineral\s+water)\b", r"gaseous \1"),
)
PHRASES += (   # vocab61 (s41): a fancy restaurant
    # "We had dinner at a fancy restaurant." → «…un restaurant de fancy.», "He bought a fancy car." «…une voiture de
    # fancy.», "This restaurant is too fancy for me." «…trop frais…», "They stayed in a fancy hotel." «…un hôtel de
    # fancy.»; "elegant": «…un restaurant élégant.», «…une voiture élégante.», «…trop élégant pour moi.»; a hotel
    # "luxury" («…un hôtel de luxe.»; "elegant hotel" came out «hôtel d'œil»), not a fancy dress (a costume; "an
    # elegant dress" came out «une robe d'œil» too), nor the verb ("Do you fancy a drink?")
    (r"\ba\s+fancy\s+(?=(?:restaurants?|cars?|dinner|shops?|house|apartment|flat|watch|wedding|place)\b)",
     "an elegant "),
    (r"\bfancy\s+(?=(?:restaurants?|cars?|dinner|shops?|house|apartment|flat|watch|wedding|place)\b)",
     "elegant "),
    (r"\bfancy\s+(hotels?)\b", r"luxury \1"),
    (r"\b(too|very|so|really|quite)\s+fancy\b(?!\s+(?:a|an|the|it|that|this|some|you|him|her)\b)", r"\1 elegant"),
)
