"""Cases of a first visitor's phrases (firstvisit48.py, measure47, s38), read by tests/unit/test_phrasing.py with the
other tables' cases: "We are out of stock, but we will get more on Monday." had come out «Nous sommes en stock…»."""

READ = [   # (typed, read): each entry of firstvisit48.PHRASES read at least once
    ("Sorry, we are out of stock today.", "Sorry, we have no more in stock today."),
    ("We are currently out of stock.", "We currently have no more in stock."),
    ("The shopkeeper was kind.", "The shop owner was kind."),
    ("I spoke to the shop keeper.", "I spoke to the shop owner."),
    ("She wants to design a dress.", "She wants to conceive a dress."),
    ("Could you design our new logo?", "Could you conceive our new logo?"),
    ("The future tense is easy.", "The future is easy."),
    ("I mix up the present tense and the past tense.", "I mix up the present and the past."),
    ("Here is the corrected draft.", "Here is the revised draft."),
    ("I just started learning Italian.", "I have just begun to learn Italian."),
    ("He just started learning the guitar.", "He has just begun to learn the guitar."),
    ("We asked an old man for directions.", "We asked an old man the way."),
    ("Ask someone for directions.", "Ask someone the way."),
    ("My brother is visiting next month.", "My brother is coming to see me next month."),
    ("Our cousins are visiting from Lyon.", "Our cousins are coming to see us from Lyon."),
    ("My aunt is visiting us tomorrow.", "My aunt is coming to see us tomorrow."),
]

LEFT = [   # look-alikes that stay as typed
    "We are out of stock of red paint.",                    # "out of stock of": right as typed
    "The shop keeps my bag.",                               # not a keeper
    "He designed the house himself.",                       # «conçu» as typed
    "The design is beautiful.",                             # a noun
    "He was tense before the exam.",                        # nervous, not a verb's tense
    "The teacher returned the corrected tests.",            # a teacher's marking
    "She started learning French last year.",               # no "just"
    "Let's ask for directions.",                            # no one asked (came out «Parlons du chemin.»)
    "My parents are visiting the museum.",                  # something visited
    "We are visiting our friends.",                         # not my visitors
]
