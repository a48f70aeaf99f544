"""Cases of the verbs a visitor's sentences read in the wrong sense (verbs.py), read by tests/unit/test_phrasing.py
with the other tables' cases: "…and my wife will have the fish." had come out "…ma femme aura le poisson."; read
"…my wife will take the fish.": "…ma femme prendra le poisson."."""

READ = [   # (typed, read): each entry of verbs.PHRASES read at least once
    ("I'll have the steak and my wife will have the fish.", "I'll take the steak and my wife will take the fish."),
    ("My son will have the burger and my daughter will have the pasta.",
     "My son will take the hamburger and my daughter will take the pasta."),
    ("She will have the salmon.", "She will take the salmon."),
    ("He'll have a beer.", "He'll take a beer."),
    ("For dessert, my husband will have the chocolate cake and I'll have the apple pie.",
     "For dessert, my husband will take the chocolate cake and I'll take the apple pie."),
    ("My friend will have a coffee and I'll have a tea.", "My friend will take a coffee and I'll have a tea."),
    ("I will have the apple pie.", "I will take the apple pie."),
    ("My daughter will have the chicken nuggets and a glass of orange juice, please.",
     "My daughter will take the chicken nuggets and a glass of orange juice, please."),
    ("We will visit the museum.", "We will go visit the museum."),
    ("We'll visit the cathedral this afternoon.", "We'll go visit the cathedral this afternoon."),
    ("Tomorrow we will visit the old town.", "Tomorrow we will go visit the old town."),
    ("The museum is closed today, so we will visit it on Tuesday.",
     "The museum is closed today, so we will go see it on Tuesday."),
    ("We will visit it on Tuesday.", "We will go see it on Tuesday."),
    ("I can't come to work today because my stomach has hurt since last night.",
     "I can't come to work today because I have a stomach ache since yesterday evening."),
    ("My stomach has hurt since this morning.", "I have a stomach ache since this morning."),
    ("My head has hurt since this morning.", "I have a headache since this morning."),
    ("My back has been hurting since Monday.", "I have a backache since Monday."),
    ("His stomach has hurt since yesterday.", "He has a stomach ache since yesterday."),
    ("She can't come because her stomach has hurt since last night.",
     "She can't come because she has a stomach ache since yesterday evening."),
    ("His head has hurt since Monday.", "He has a headache since Monday."),
    ("His back has been aching since the fall.", "He has a backache since the fall."),
    ("Her head hurts since this morning.", "She has a headache since this morning."),
    ("Her back has hurt since she fell.", "She has a backache since she fell."),
]

LEFT = [   # looks like one, but is not
    "She will have a baby in May.",                  # not a dish ordered
    "They will have the chicken for dinner tomorrow.",  # a meal at home, not an order ("for dinner" goes on)
    "They will have the results next week.",
    "He will have a meeting with his boss.",
    "We will visit our grandparents at Christmas.",   # a person is called on: «rendre visite à», right
    "We will visit them on Sunday.",
    "I will visit my grandmother on Sunday.",
    "My tooth has hurt since yesterday.",            # «mal de dents», «mal aux dents» one of two: left
    "My stomach hurt yesterday.",                    # no "since": a past
    "My back has hurt for three days.",              # «pendant trois jours»: left
    "Your head has hurt since Monday?",              # not tried
]
READ += [   # a first visitor's readings (measure37, s35)
    ("Our neighbour kindly watered our plants.", "Our neighbour had the kindness to give water to our plants."),
    ("The teacher kindly gave us more time.", "The teacher had the kindness to give us more time."),
    ("My colleague kindly lent me his car.", "My colleague had the kindness to lend me his car."),
    ("Our neighbour kindly fed the cat.", "Our neighbour had the kindness to feed the cat."),
    ("They kindly invited us to dinner.", "They had the kindness to invite us to dinner."),
    ("A stranger kindly showed me the way.", "A stranger had the kindness to show me the way."),
    ("She kindly sent me the photos.", "She had the kindness to send me the photos."),
    ("He kindly looked after our dog.", "He had the kindness to look after our dog."),
    ("She kindly picked us up at the station.", "She had the kindness to pick us up at the station."),
    ("My uncle kindly fixed my bike.", "My uncle had the kindness to fix my bike."),
    ("She kindly made us a cake.", "She had the kindness to make us a cake."),
]
LEFT += [   # (measure37, s35)
    "He kindly drove me home.", "She kindly helped us with the bags.", "She kindly watered the garden.",
]
READ += [   # a first visitor's readings (measure38, s35)
    ("The children built a snowman in the garden and gave it my old hat.",
     "The children built a snowman in the garden and gave him my old hat."),
]
LEFT += [   # (measure38, s35)
    "He gave it my old hat.",                      # no snowman: an object given away
]
READ += [   # a thing that will damage another (fix55, s40; measure53): «te dégagera», «dommager»
    ("Bleach will damage your hair.", "Bleach will harm your hair."),
    ("Hot water can damage this fabric.", "Hot water can harm this fabric."),
    ("Be careful not to damage the screen.", "Be careful not to harm the screen."),
]
LEFT += ["The storm damaged the roof.", "Was anything damaged during the move?", "The damage is done."]   # (fix55)
READ += [   # "damage it" (left55, s41; fix55 had left it: "harm it" came out «…va le faire.»): "ruin it"
    ("Bleach will damage it.", "Bleach will ruin it."),
    ("Don't wash it with bleach, bleach will damage it.", "Don't wash it with bleach, bleach will ruin it."),
    ("The sun can damage them.", "The sun can ruin them."),
]
LEFT += ["The heat damaged it."]
