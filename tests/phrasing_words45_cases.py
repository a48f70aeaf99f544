"""Cases of everyday words of the kitchen, the home and travel (phrasing/words45.py, words45, s38), read by
tests/unit/test_phrasing.py with the other tables' cases: "Slice the bread thinly." had come out «Réfléchis le
pain.», "These oranges are very juicy." «Ces oranges sont très jus.», "Her kitchen is spotless." «Sa cuisine est
impuissante.», "We will board the plane at six." «Nous allons border l'avion…»."""

READ = [   # (typed, read): each entry of words45.PHRASES read at least once
    ("Slice the bread thinly.", "Cut the bread thinly."),
    ("Wash the tomatoes. Slice them later. Slice two onions.", "Wash the tomatoes. Slice them later. Cut two onions."),
    ("First, squeeze the lemon over the fish.", "First, press the lemon over the fish."),
    ("Cut them. First, squeeze two limes.", "Cut them. First, press two limes."),
    ("These oranges are very juicy.", "These oranges are very full of juice."),
    ("The pears were juicy.", "The pears were full of juice."),
    ("Her kitchen is spotless.", "Her kitchen is perfectly clean."),
    ("He keeps his car spotless and shiny.", "He keeps his car perfectly clean and shiny."),
    ("We will board the plane at six.", "We will go on board the plane at six."),
    ("Passengers can board the night train now.", "Passengers can go on board the night train now."),
    ("They boarded the ship in Dover.", "They got on board the ship in Dover."),
    ("We boarded the bus at the station.", "We went on board the bus at the station."),
]

LEFT = [   # look-alikes that stay as typed
    "I like thin slices of bread.",                 # a noun
    "She sliced her finger.",                       # not an order opening the sentence
    "Slice it thinly.",                             # no determiner: untried
    "Cut the oranges, then squeeze the oranges.",   # "press" there: «appuye les oranges»
    "First, squeeze my hand.",
    "I bought a juicy melon.",                      # before its noun: untried
    "He has a spotless record.",                    # not clean
    "Write it on the board.",                       # a noun
    "We board the windows up in winter.",           # not a plane or a train
    "The board approved the plan.",
    "How many people are on board the ship?",       # a place, already right
]
