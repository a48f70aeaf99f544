"""Phrases of a home's, a car's and a body's upkeep (damp towels, a flat battery, a hike, a tooth pulled out, toys put
away, a cabin in the woods) that the model had read as another meaning.

The model knows "humide", "morte" for a battery and "marcher", not "damp", "a flat battery" or "hiked": "The sheets
are still damp." came out "Les draps sont encore morts.", "My car has a flat battery." "Ma voiture a une batterie
piètre.", "We hiked to the top of the mountain." "Nous avons roulé jusqu'au sommet…"; each phrase is read as a
paraphrase it translates right. Each was kept only where its paraphrase came out right in at least three sentences
and no sentence tried came out worse (words38, session 35; the nouns of these situations: glossary_home.py).
"""

from __future__ import annotations

from .common import BE, POSSESSIVE

_DAMP_THINGS = r"(?:cloth|cloths|towels?|sheets|clothes|washing|walls?|rooms?|basements?|cellars?|flats?|houses?)"
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # "The sheets are still damp." → "…encore morts.", "The towels are still damp." → "…encore mortes.", "The walls are
    # damp." → "Les murs sont dampes.", "Wipe the table with a damp cloth." → "…avec un dampe."; "humid": "humides"
    # (not "There's damp on the wall", a noun: admin.py reads it "humidity")
    (rf"(?<!there)\b({BE}|feels?|felt|still|slightly|quite|very|a\s+bit|a\s+little)\s+damp\b"
     r"(?!\s+(?:on|in|under|behind|around|patch(?:es)?|problems?)\b)", r"\1 humid"),
    (rf"\bdamp\s+(?={_DAMP_THINGS}\b)", "humid "),
    # "My car has a flat battery." → "…une batterie piètre.", "The car has a flat battery again." → "…une batterie à
    # nouveau."; "a dead battery": "une batterie morte" (driving.py reads "the battery is flat")
    (r"\ba\s+flat\s+(batter(?:y|ies))\b", r"a dead \1"),
    # "We hiked to the top of the mountain." → "Nous avons roulé jusqu'au sommet…", "They hiked along the coast…" →
    # "Ils ont roulé le long de la côte…"; "walked": "marché" ("hiked up the hill" came out right: «grimpé»)
    # (a walk, where a place or a time follows: not "hiked the price", "the hiked fees")
    (r"\bhiked(?=\s+(?:to|in|into|through|along|across|around|round|over|for|from|back|down|past|towards?|with|all|"
     r"every|\d)\b|\s*(?:[.,;!?]|$))", "walked"),
    # "My cat has been vomiting all day." → "Mon chat est en train de faire vomir…"; "has vomited": "a vomi"
    (r"\b(has|have)\s+been\s+vomiting\b", r"\1 vomited"),
    # "He drilled a hole in the wall." → "Il sourit un trou…", "She drilled two holes in the door." → "Elle souffla
    # deux trouettes…", "We need to drill a hole here." → "…dérire un trou…"; "made": "fait un trou"
    *((rf"\b{typed}\s+(?=(?:a|an|one|two|three|four|five|some|small|big|\d+)\s+(?:\w+\s+)?holes?\b)", f"{said} ")
      for typed, said in (("drilled", "made"), ("drilling", "making"), ("drills", "makes"), ("drill", "make"))),
    # "She has a sprained ankle." → "Elle a la cheville."; "an injured ankle": "la cheville blessée" (an ankle only:
    # "an injured knee" came out "un genou"; sports.py reads "sprained my ankle")
    (r"\ba\s+sprained\s+ankle\b", "an injured ankle"),
    # "The dentist pulled out my wisdom tooth." → "Le dentiste a échappé ma dent…"; "took out": "a sorti ma dent"
    (rf"\bpulled\s+out\s+(?=(?:{POSSESSIVE}|a|the|two|three)\s+(?:wisdom\s+|front\s+|back\s+)?(?:tooth|teeth)\b)",
     "took out "),
    # "The bruise on my knee is turning yellow." → "Le bruit sur mon genouille…"; body.py reads "a bruise" so
    (r"\b(the|this|that)\s+bruise\b(?![sd-])", r"\1 blue mark"),
    # "Fold the clothes and put them away." → "…et les enfila.", "Put your toys away!" → "Mets tes jouets !", "Put the
    # books away, please." → "Mettez les livres…"; "back in their place": "Remets tes jouets à leur place !" (things
    # tidied, not one put away in prison nor money saved: "put him away", "put some money away")
    (r"\bput\s+them\s+away\b", "put them back in their place"),
    (r"\bput\s+it\s+away\b(?!\s+for\b)", "put it back in its place"),
    (rf"\bput\s+((?:the|{POSSESSIVE}|these|those|all\s+the)\s+(?:\w+\s+)?(?:toys|books|clothes|dishes|plates|cups|"
     r"glasses|shoes|things|tools|games|pens|pencils|papers|towels|shirts|socks))\s+away\b",
     r"put \1 back in their place"),
    # "Empty the dishwasher." → "Emptie le lave-vaisselle.", "I emptied the dishwasher." → "J'ai tenté…"; "take the
    # dishes out of": "J'ai sorti la vaisselle du lave-vaisselle." ("Can you empty the dishwasher?" came out right)
    (r"^empty\s+the\s+dishwasher\b", "take the dishes out of the dishwasher"),
    (r"\bemptied\s+the\s+dishwasher\b", "took the dishes out of the dishwasher"),
    # "We rented a cabin in the mountains." → "…un taxi dans les montagnes.", "The cabin in the woods…" → "Le taxi…";
    # "chalet": "un chalet" (a cabin in the hills or woods, not a ship's or a plane's)
    (r"^(?=.*\b(?:mountains?|woods|forest|lakes?|ski\w*|hills|log)\b)(.*?)\bcabin(s?)\b", r"\1chalet\2"),
    # "We queued for an hour at the museum." → "Nous nous sommes recherchés…", "I queued for tickets…" → "Je me suis
    # repoussé…"; "waited": "Nous avons attendu…" ("waited in line" came out «attendu en ligne», online)
    (r"\bqueued\b(?=\s+(?:for|outside|at|in|up|to|all|\d)\b)", "waited"),
    # long47 (s40): "…so please bring her in before it gets dark…" → «…de l'amener avant qu'il ne fasse noir…» (in
    # lost), "Please bring the dog in before you go to bed…" «Veuillez emmener le chien avant…», "Could you bring the
    # cushions in before you leave…" «Pourriez-vous emmener les coussins avant…»; "inside": «…de la mettre à
    # l'intérieur…», «…emmener le chien à l'intérieur…», «…emmener les coussins à l'intérieur…»; not before "from"
    # ("bring the chairs inside from the garden" came out «à l'intérieur du jardin»), nor money brought in
    (r"\b(bring|brought|bringing)\s+(her|him|them|it|the\s+(?:dog|cat|cats|dogs|washing|laundry|chairs|cushions|"
     r"clothes|bins?|plants?|pots?|bikes?|toys))\s+in"
     r"(?=\s+(?:before|if|when|at|tonight|now|for\s+the\s+night)\b|\s*[.,!?]|$)",
     r"\1 \2 inside"),
    # left54 (s40; left53): "There is a damp patch on the ceiling." → «Il y a une pause sur le plafond.», "…the damp
    # patch." → «…le patinage damp.» ("damp spot" «plafond», "wet patch" «pause fraîche», "damp stain" «un plafond»);
    # "a mark of humidity": «Il y a une marque d'humidité sur le plafond.»
    (r"\b(a|the|this|that|one|another)\s+(?:damp|wet|mou?ldy)\s+patch\b", r"\1 mark of humidity"),
    # water that won't drain (fix54, s40, measure53): "The washing machine won't drain and the door is stuck." → «La
    # machine à laver et la porte est coincée.» (lost), "The sink won't drain." «L'évidence ne draindra pas.»;
    # "won't empty": «La machine à laver ne va pas vider…», «Notre lave-vaisselle ne va pas vider…», «Le bain ne va
    # pas vider.», «La douche ne va pas bien vider.» (4 of 4); not "drain the pasta" (an order, mends/orders.py)
    (r"\b(won['’]t|will\s+not|doesn['’]t|does\s+not|didn['’]t|did\s+not|can['’]t|cannot)\s+drain\b"
     r"(?!\s+(?:the|a|an|my|your|it|them|this|that|some|all)\b)", r"\1 empty"),
)
