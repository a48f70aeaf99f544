"""Cases of the garden and DIY phrases (weeds, raking leaves, DIY, a leaking tap, a door that won't open), read by
tests/unit/test_phrasing.py with the other tables' cases: "I need to weed the garden." had come out "Il me faut
mouiller le jardin."; read "…remove the weeds from the garden.": "Je dois retirer les mauvaises herbes du jardin."."""

READ = [   # (typed, read): each entry of garden.PHRASES read at least once
    ("The back door won't open.", "The back door doesn't open."),
    ("The window won't close.", "The window doesn't close."),
    ("The door wouldn't open.", "The door didn't want to open."),
    ("The window wouldn't close.", "The window didn't want to close."),
    ("I need to weed the garden.", "I need to remove the weeds from the garden."),
    ("He was weeding the garden all afternoon.", "He was removing the weeds from the garden all afternoon."),
    ("She weeds our flower beds every week.", "She removes the weeds from our flower beds every week."),
    ("We weeded the vegetable garden.", "We removed the weeds from the vegetable garden."),
    ("I need to rake the leaves.", "I need to gather the leaves."),
    ("Can you rake up the leaves tomorrow?", "Can you gather the leaves tomorrow?"),
    ("He rakes the leaves every autumn.", "He gathers the leaves every autumn."),
    ("He's raking the leaves in the garden.", "He's gathering the leaves in the garden."),
    ("I raked the leaves yesterday.", "I gathered the leaves yesterday."),
    ("I'm doing some DIY this weekend.", "I'm doing some repairs this weekend."),
    ("We did some DIY yesterday.", "We did some repairs yesterday."),
    ("We're doing a bit of DIY.", "We're doing a bit of repairs."),
    ("The leaking tap kept me awake all night.", "The tap that leaks kept me awake all night."),
    ("We have a leaking roof.", "We have a roof that leaks."),
    ("Can you fix the leaking roof?", "Can you fix the roof that leaks?"),
]

LEFT = [   # looks like one, but is not
    "The door won't open until nine.",        # a time to come
    "The shop won't open today.",             # not a door nor a window
    "We need to weed out the bad ideas.",     # not a garden's weeds
    "They rake in money.",
    "The DIY shop is closed on Sundays.",     # not done, a shop
]
READ += [   # a first visitor's readings (measure35, s34)
    ("She waters my plants when I travel.", "She gives water to my plants when I travel."),
    ("He watered the flowers yesterday.", "He gave water to the flowers yesterday."),
    ("I was watering the plants.", "I was giving water to the plants."),
]
LEFT += [   # (measure35, s34)
    "The rain watered the field.",
]
READ += [   # a first visitor's readings (measure39, s36)
    ("The kitchen tap leaks again.", "Once again, the kitchen tap leaks."),
]
LEFT += [   # (measure39, s36)
    "The bathroom tap leaks again.",                # «…la salle de bain fuit»: left to the model
    "The bus to the airport is late.",
    "The bus to London departs from stop B.",
]
READ += [   # a first visitor's readings (measure40, s36)
    ("The kitchen sink is blocked again and I think we need a plumber.", "The kitchen sink is blocked again. I think "
     "we need a plumber."),
    ("My flight is delayed again and we have to wait.", "My flight is delayed again. We have to wait."),
]
LEFT += [   # (measure40, s36)
    "I tried again and again.",
    "Call me again and I will tell you.",                   # a condition: «Rappelle-moi et je te dirai»
]
READ += [   # words44's readings (words44, s38)
    ("Gardening is relaxing.", "Working in the garden is relaxing."),
    ("I like it. Gardening keeps me busy.", "I like it. Working in the garden keeps me busy."),
]
LEFT += [   # (words44, s38)
    "I love gardening.",                              # «J'adore jardiner.» as typed
    "Is there parking near the hotel?",               # «un parking» as typed
]
READ += [   # a first visitor's readings (measure52, s40): "The roses need pruning…" had come out «…besoin de paire…»
    ("The roses need pruning in early spring.", "The roses need to be cut in early spring."),
    ("The hedge needs pruning every summer.", "The hedge needs to be cut every summer."),
]
LEFT += ["She was pruning the roses."]   # (measure52, s40)
READ += [   # gardening opening a list (fix53, s40; measure52)
    ("My mother loves gardening, books and music.", "My mother loves working in the garden, books and music."),
    ("My uncle likes gardening, crosswords and long walks.",
     "My uncle likes working in the garden, crosswords and long walks."),
    ("He loves gardening, fishing and long walks.", "He loves working in the garden, fishing and long walks."),
]
LEFT += ["She loves gardening.", "Gardening, reading and cooking are my hobbies."]   # (fix53, s40)
READ += [   # the back of a garden (fix53, s40; measure52)
    ("There is an old shed at the back of the garden.", "There is an old shed at the bottom of the garden."),
    ("We planted a hedge along the back of our garden.", "We planted a hedge at the bottom of our garden."),
    ("The children are playing at the back of the garden.", "The children are playing at the bottom of the garden."),
]
LEFT += ["He hurt the back of his leg in the garden.", "Sit at the back of the bus."]   # (fix53, s40)
