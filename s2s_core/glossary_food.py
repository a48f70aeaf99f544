"""Food and drink the model has no French for (rum, a bun, espresso, chai, cheddar, chilli, waffles, pancakes,
donuts, lemonade, stuffing, spices), as rows that glossary.py turns into its ``Entry`` s.

A sweep of everyday words by frequency that the model saw fewer than 3 times in its Tatoeba English (vocab57,
session 41; words 286-416 of vocab55's list) found these written as another word or an invented one: "He drinks rum
with his cola." → «Il boit une rumeur…», "I ate a bun with my coffee." → «…un verre…», "I'd like a chai, please." →
«…une chaise…», "I bought some cheddar." → «…du lac.», "I had a waffle with cream." → «…une baleine…». Each row was
kept only where the word came out wrong as typed in most of 4 sentences and right through its stand-in in at least 3,
and no corpus line screened (screen_cmp) came out worse. A row is (typed, stand-in, French, the stand-in's French as
the model writes it), each "singular/plural", and the ``Entry`` options, as in glossary_everyday.py.
"""
from __future__ import annotations

ROWS = (
    # "He drinks rum with his cola." → «…une rumeur…», "This
    # rum is very strong." «Cette rumeur…», «une bouteille de rumeur»; read "wine" (masculine, as «rhum»): «…du vin…»,
    # «Ce vin est très fort.», «…une bouteille de vin.», «Je n'aime pas le vin.» (4 of 4)
    ("rum/", "wine/", "rhum/", "vin/", {}),
    # "I ate a bun with my coffee." → «…un verre…», "Would you like a bun?" «…un coup de soleil ?», "The bakery sells
    # fresh buns." «…des lèvres frais.»; read "croissant" (masculine): «…un croissant avec mon café.», «…des croissants
    # frais.» (4 of 4), written «petit pain»; not a bun of hair
    ("bun/buns", "croissant/croissants", "petit pain/petits pains", "croissant/croissants",
     {"only_with": r"(?is:^(?!.*\bhair\b))"}),
    # "I'd like an espresso, please." → «…une espreso…», "This espresso is too strong." «Cette espreso…»; read
    # "coffee": «…un café…», «Ce café est trop fort.», «Deux cafés…» (4 of 4), written «expresso»
    ("espresso/espressos", "coffee/coffees", "expresso/expressos", "café/cafés", {}),
    # "I'd like a chai, please." → «…une chaise…», "This chai is too sweet." «Ce chant…»; read "tea": «…un thé…»,
    # «Elle boit du thé…», «Puis-je avoir un thé avec du lait ?» (4 of 4), written «thé chai»
    ("chai/", "tea/", "thé chai/", "thé/", {"not_before": r"\s+lattes?\b"}),
    # "I bought some cheddar." → «…du lac.», "This cheddar is very strong." «Cette poignée…»; read "cheese": «…du
    # fromage.», «Ce fromage est très fort.», «Coupe le fromage…» (4 of 4), written «cheddar»
    ("cheddar/", "cheese/", "cheddar/", "fromage/", {}),
    # "This soup has too much chilli." → «…trop de chemin.», "I don't eat chilli." «…de galli.»; read "pepper"
    # (masculine, as «piment»): «…trop de poivre.», «Ajoutez du poivre à la sauce.», «Le poivre est très chaud.» (4 of
    # 4), written «piment» (singular only: "peppers" may come out «poivrons»); not chili con carne
    ("chilli/", "pepper/", "piment/", "poivre/", {"not_before": r"\s+con\b"}),
    ("chili/", "pepper/", "piment/", "poivre/", {"not_before": r"\s+con\b"}),
    # "I had a waffle with cream." → «…une baleine…», "This waffle is delicious." «Ce sofleil…»; read "pie"
    # (feminine, as «gaufre»): «…une tarte à la crème.», «Cette tarte est délicieuse.» (4 of 4); not the verb
    ("waffle/waffles", "pie/pies", "gaufre/gaufres", "tarte/tartes", {"noun_only": True}),
    # "He made a pancake for his daughter." → «…un panceau…», "Can I have another pancake?" «…un autre
    # tremblement ?»; read "omelette" (feminine, as «crêpe»): «…une omelette…», «Cette omelette…» (3 of 4: "I had an
    # omelette for breakfast." came out «un omelette»)
    ("pancake/pancakes", "omelette/omelettes", "crêpe/crêpes", "omelette/omelettes", {}),
    # "He bought a box of donuts." → «…de donneurs.», "The donuts are still warm." «Les dons…»; read "cakes": «Les
    # gâteaux sont encore chauds.», «J'adore les gâteaux au chocolat.», «…une boîte de gâteaus.» (misspelt, written
    # back too) (4 of 4), written «beignets»
    ("donut/donuts", "cake/cakes", "beignet/beignets", "gâteau/gâteaux|gâteaus", {}),
    ("doughnut/doughnuts", "cake/cakes", "beignet/beignets", "gâteau/gâteaux|gâteaus", {}),
    # "The children drank lemonade." → «…ivrent la lemonade.», "This lemonade is too sweet." «Ce citron…»; read
    # "beer" (feminine, as «limonade»): «…ont bu de la bière.», «Voudrais-tu de la bière ?», «J'ai fait de la bière
    # avec des citrons frais.» (4 of 4), written «limonade»
    ("lemonade/lemonades", "beer/beers", "limonade/limonades", "bière/bières", {}),
    # "My mother makes the stuffing for the turkey." → «…les trucs…», "The stuffing is delicious." «Le truc…»; read
    # "sauce" (feminine, as «farce»): «…la sauce…», «La sauce est délicieuse.» (4 of 4); the noun only ("stuffing
    # the bag")
    ("stuffing/", "sauce/", "farce/", "sauce/", {"noun_only": True}),
    # "I like food with a lot of spices." → «…de nombreux espices.», "Where do you keep the spices?" «…les
    # espices ?»; read "sauces" (feminine plural, as «épices»): «…beaucoup de sauces.», «Ces sauces viennent de
    # l'Inde.», «Ajoutez les sauces…» (4 of 4), written «épices» (the plural only: "herbs" came out «coquillages»)
    ("/spices", "/sauces", "/épices", "/sauces", {}),
    # leftsenses60 (s41; senses59's leftover: "marmalade", "fruit jam" came out wrong): jam on bread, "I like bread
    # with jam." → «J'aime le pain de jambe.», "Can you pass me the jam?" «…la jambe ?», "This jam is made from
    # strawberries." «Cette jambe…», "My grandmother makes her own jam." «…son propre jambe.» (5 of 5 wrong, a leg);
    # read "sauce" (feminine, as «confiture»: "honey" came out right, «…avec du miel», but written back «du
    # confiture», «son propre confiture»): «J'aime le pain avec de la sauce.», «Peux-tu me passer la sauce ?», «Cette
    # sauce est faite de fraises.», «Ma grand-mère fait sa propre sauce.» (4 of 6), written «confiture»; not a traffic
    # jam, a jam session, a paper jam, nor the verb ("doors jam"), nor a fruit's jam (test_glossary keeps "Raspberry
    # jam…" and "Yanni's fig jam…" as typed; "strawberry jam" was right as typed, senses59)
    ("jam/jams", "sauce/sauces", "confiture/confitures", "sauce/sauces",
     {"not_before": r"\s+(?:sessions?|the|it|them|my|your|up|on)\b|[\s-]+packed\b",
      "not_after": r"(?i:\b(?:traffic|paper|printer|log|(?:in|into|out\s+of)\s+a|doors?|windows?|drawers?|locks?|"
                   r"keys?|it|they|machines?|guns?|"
                   r"raspberry|strawberry|fig|apricot|cherry|plum|blackberry|blueberry|orange|peach|apple|mango|"
                   r"berry|quince|rhubarb|fruit|homemade|home-made)\s+)$"}),
)
