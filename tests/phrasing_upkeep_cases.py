"""Cases of the upkeep phrases (damp, a flat battery, hiked, drilled a hole, a sprained ankle, a tooth pulled out, the
bruise), read by tests/unit/test_phrasing.py with the other tables' cases: "The sheets are still damp." had come out
"Les draps sont encore morts."; read "…still humid.": "Les draps sont encore humides." (words38, s35)."""

READ = [   # (typed, read): each entry of upkeep.PHRASES read at least once
    ("The sheets are still damp.", "The sheets are still humid."),
    ("The walls are damp.", "The walls are humid."),
    ("It's a bit damp outside today.", "It's a bit humid outside today."),
    ("Wipe the table with a damp cloth.", "Clean the table with a humid cloth."),
    ("My car has a flat battery.", "My car has a dead battery."),
    ("We hiked to the top of the mountain.", "We walked to the top of the mountain."),
    ("They hiked along the coast for three days.", "They walked along the coast for three days."),
    ("We hiked in the mountains last summer.", "We walked in the mountains last summer."),
    ("Yesterday we hiked.", "Yesterday we walked."),
    ("My cat has been vomiting all day.", "My cat has vomited all day."),
    ("He drilled a hole in the wall.", "He made a hole in the wall."),
    ("She drilled two holes in the door.", "She made two holes in the door."),
    ("We need to drill a hole here.", "We need to make a hole here."),
    ("He is drilling a small hole for the screw.", "He is making a small hole for the screw."),
    ("The tool drills 5 holes a minute.", "The tool makes 5 holes a minute."),
    ("She has a sprained ankle.", "She has an injured ankle."),
    ("The dentist pulled out my wisdom tooth.", "The dentist took out my wisdom tooth."),
    ("The dentist pulled out two teeth.", "The dentist took out two teeth."),
    ("The bruise on my knee is turning yellow.", "The blue mark on my knee is becoming yellow."),
    ("Put some ice on the bruise.", "Put some ice on the blue mark."),
    ("Fold the clothes and put them away.", "Fold the clothes and put them back in their place."),
    ("Can you put it away?", "Can you put it back in its place?"),
    ("Put your toys away!", "Put your toys back in their place!"),
    ("Put the books away, please.", "Put the books back in their place, please."),
    ("Empty the dishwasher, please.", "Take the dishes out of the dishwasher, please."),
    ("I emptied the dishwasher.", "I took the dishes out of the dishwasher."),
    ("We rented a cabin in the mountains.", "We rented a chalet in the mountains."),
    ("We stayed in a log cabin by the lake.", "We stayed in a log chalet at the edge of the lake."),   # whereabouts.py
    ("We queued for an hour at the museum.", "We waited for an hour at the museum."),
    ("I queued for tickets this morning.", "I waited for tickets this morning."),
]

LEFT = [   # looks like one, but is not
    "There's damp everywhere.",          # the noun ("There's damp on the wall": admin.py, "humidity")
    "Damp patches on the wall.",
    "I hiked up the hill this morning.",  # came out right: «J'ai grimpé la colline»
    "She hiked the price of bread.",      # raised
    "The hiked fees angered students.",
    "The drill makes a hole.",
    "They drilled for oil.",
    "He pulled out a knife.",
    "She pulled out her phone.",
    "He bruised his arm.",
    "Put some money away.",              # saved
    "They put him away for years.",      # in prison
    "Can you empty the dishwasher?",     # came out right: «vider le lave-vaisselle»
    "Our cabin on the ship was small.",  # a ship's cabin
    "The queued jobs are waiting.",
]
READ += [   # brought in from outside (long47, s40): «…de l'amener avant…», «Veuillez emmener le chien avant…»
    ("Please bring her in before it gets dark.", "Please bring her inside before it gets dark."),
    ("Bring the dog in before you go to bed.", "Bring the dog inside before you go to bed."),
    ("Could you bring the cushions in if it rains?", "Could you bring the cushions inside if it rains?"),
    ("I brought the bikes in.", "I brought the bikes inside."),
]
LEFT += [   # (long47, s40)
    "Bring the chairs in from the garden.",       # «à l'intérieur du jardin» came out
    "He brought in a new rule.",
    "They brought the dog in the car.",
]
READ += [   # a damp patch (left54, s40; «une pause», «le patinage damp»)
    ("There is a damp patch on the ceiling.", "There is a mark of humidity on the ceiling."),
    ("We painted over the damp patch.", "We painted over the mark of humidity."),
    ("I noticed a damp patch on the bedroom wall.", "I noticed a mark of humidity on the bedroom wall."),
]
LEFT += ["The grass has a bare patch.", "It is damp in the cellar."]   # (left54, s40; plural patches: untried)
READ += [   # water that won't drain (fix54, s40, measure53: "won't drain" lost, «ne draindra pas»)
    ("The washing machine won't drain and the door is stuck.",
     "The washing machine won't empty and the door is stuck."),
    ("Our shower doesn't drain properly.", "Our shower doesn't empty properly."),
    ("The bath didn't drain last night.", "The bath didn't empty last night."),
]
LEFT += ["Don't drain the pasta yet.", "I can't drain the water from the pan."]   # (fix54) an order, an object
