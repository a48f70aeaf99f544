"""Cases of everyday words of the home and the kitchen (phrasing/words44.py, words44, s38), read by
tests/unit/test_phrasing.py with the other tables' cases: "The shelves are dusty." had come out «Les étagères sont
plaisantes.», "I peeled the potatoes." «J'ai gelé les pommes de terre.»."""

READ = [   # (typed, read): each entry of words44.PHRASES read at least once
    ("We have a cozy little house.", "We have a comfortable little house."),
    ("It was a cosy evening.", "It was a comfortable evening."),
    ("The shelves are very dusty.", "The shelves are covered in dust."),
    ("My back is sore.", "My back hurts."),
    ("Her feet were sore.", "Her feet hurt."),
    ("Gardening is relaxing.", "Working in the garden is relaxing."),
    ("I like it. Gardening keeps me busy.", "I like it. Working in the garden keeps me busy."),
    ("Parking costs two euros an hour.", "The parking costs two euros an hour."),
    ("Parking was hard. Parking is expensive.", "The parking was hard. The parking is expensive."),
    ("Can you peel the carrots?", "Can you remove the skin from the carrots?"),
    ("She peeled two big oranges.", "She removed the skin from two big oranges."),
    ("I chopped the onions.", "I cut the onions."),
    ("Please chop some garlic.", "Please cut some garlic."),
    ("We chopped the carrots.", "We cut the carrots."),
    ("He chops up the tomatoes.", "He cuts up the tomatoes."),
]

LEFT = [   # look-alikes that stay as typed
    "They like to cozy up to the boss.",              # the verb
    "I have a sore throat.",                          # not after "is"
    "My arms are really sore today.",                 # «…me font vraiment mal…» as typed
    "We drove down a dusty road.",                    # not after "is"
    "I love gardening.",                              # «J'adore jardiner.» as typed
    "Is there parking near the hotel?",               # «un parking» as typed
    "Peel the apples first.",                         # read so «Retire la pomme en premier.»
    "He peels the apples for the children.",          # «Il épluche…» as typed
    "I peeled the sticker off the box.",              # not a fruit's skin
    "We had pork chops for dinner.",                  # the noun
    "Chop the onions and fry them.",                  # opening a sentence: leisure.py's
    "I chopped the herbs.",                           # glossary_home's herbs need "chop" beside them
    "We chopped our way through the jungle.",         # one's way
    "Tom is too young to peel an apple.",             # «peler une pomme» as typed
]
