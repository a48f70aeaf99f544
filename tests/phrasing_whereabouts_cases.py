"""Cases of where a place phrase attaches (whereabouts.py: "from" a home town after "to visit us", "by" a lake or a
river), read by tests/unit/test_phrasing.py with the other tables' cases: "My sister came to visit us from London…"
had come out «…nous rendre visite à Londres…» (long39, s36)."""

READ = [   # (typed, read): each entry of whereabouts.PHRASES read at least once
    ("My sister came to visit us from London on Friday evening.", "My sister came from London to visit us on Friday "
     "evening."),
    ("My aunt is coming to visit us from Canada in August.", "My aunt is coming from Canada to visit us in August."),
    ("An old friend came to see me from the United States.", "An old friend came from the United States to see me."),
    ("They come to visit my parents from Lyon every year.", "They come from Lyon to visit my parents every year."),
    ("We had a picnic by the lake.", "We had a picnic at the edge of the lake."),
    ("There is a nice little restaurant by the river.", "There is a nice little restaurant at the edge of the river."),
    ("By the lake there is a small café.", "At the edge of the lake there is a small café."),
]
LEFT = [   # looks like one, but is not
    "Our cousins flew in to visit us from Australia.",        # not a coming: «volent en Australie»
    "She came to visit us from time to time.",                 # not a place
    "The village was flooded by the river last winter.",      # an agent
    "The house is surrounded by the lake.",
    "The island was taken by the river's floods.",
    "The boat was by the river bank.",
    "We walked along the riverside by the lakeside hotel.",
]
READ += [   # a first visitor's readings (measure35, s34)
    ("Tom and Anna are getting married next June in a small village by the sea.",
     "Tom and Anna are getting married next June in a small village near the sea."),
    ("My parents live by the sea.", "My parents live near the sea."),
    ("We rented a house by the sea for the summer.", "We rented a house near the sea for the summer."),
]
LEFT += [   # (measure35, s34)
    "The island is surrounded by the sea.", "The town was swept away by the sea.", "We sat by the seaside.",
]
READ += [   # a first visitor's readings (measure42, s37)
    ("The party is at Tom's place this year.", "The party is at Tom's house this year."),
    ("i had to sleep at a friend's place", "i had to sleep at a friend's house"),
    ("We had dinner at my parents' place.", "We had dinner at my parents' house."),
]
LEFT += [   # (measure42, s37)
    "It's your turn to take my place.",
    "He finished in second place.",
]
READ += [   # a first visitor's readings (measure45, s37)
    ("Can I sit by the window?", "Can I sit near the window?"),
]
READ += [   # a first visitor's readings (left46, s38)
    ("Frogs sat along the steep bank.", "Frogs sat along the steep riverbank."),
    ("We fished from the bank of the stream.", "We fished from the riverbank."),
]
LEFT += [   # (left46, s38)
    "I need cash from the bank near the river.",       # money said: a bank that keeps it
    "He swam to the far bank of the river.",            # "to the bank" is most often the money's: left
    "We walked along the bank of the canal.",          # "the riverbank of the canal": left
    "The number of boys in our class is thirty.",     # not a person's age
    "There were eighty people.",                      # not an age
    "The score is thirty to nil.",                    # not an age, not at the clause's end
]
READ += [   # a first visitor's readings (measure47, s38)
    ("My brother is visiting next month.", "My brother is coming to see me next month."),
    ("Our cousins are visiting from Lyon.", "Our cousins are coming to see us from Lyon."),
    ("My aunt is visiting us tomorrow.", "My aunt is coming to see us tomorrow."),
]
LEFT += [   # (measure47, s38)
    "My parents are visiting the museum.",                  # something visited
    "We are visiting our friends.",                         # not my visitors
]
