"""Cases of a first visitor's phrases (firstvisit47.py, measure46, s38), read by tests/unit/test_phrasing.py with the
other tables' cases: "We missed the last bus and had to walk home." had come out «…avons dû rentrer chez nous.»."""

READ = [   # (typed, read): each entry of firstvisit47.PHRASES read at least once
    ("We had to walk home after the concert.", "We had to return home on foot after the concert."),
    ("They decided to walk home.", "They decided to return home on foot."),
    ("My aunt used to bake bread, and we would eat it warm.",
     "My aunt used to bake bread, and we used to eat it warm."),
    ("Entry is free for children.", "Entry is free of charge for children."),
    ("The exhibition was free last year.", "The exhibition was free of charge last year."),
    ("Parking is free after eight.", "Parking is free of charge after eight."),
    ("The concert was free last year.", "The concert was free of charge last year."),
    ("Try to eat fewer sweets.", "Try to eat less sugar."),
    ("Please pay the bill by the end of May.", "Please pay the bill before the end of May."),
]

LEFT = [   # look-alikes that stay as typed
    "She had to walk home from work.",                      # "from": right as typed
    "I want to walk home alone.",                           # no obligation or decision
    "We would like a table, and we used to come here.",     # "would" before "used to"
    "He used to smoke, and I would like him to stop.",      # "would like": a wish
    "Are you free on Sunday?",                              # not a price
    "Is this seat free?",                                   # a seat, not a price
    "The museum is free from noise.",                       # "free from"
    "The show is free on Friday.",                          # «gratuit» as typed
    "Parking is free and fast.",                            # in a list
    "By the end of the day, I was tired.",                  # opening the sentence
    "We ate fewer cakes this year.",                        # not sweets
]
