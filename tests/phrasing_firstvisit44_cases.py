"""Cases of a first visitor's phrases (firstvisit44.py, measure44, s37), read by tests/unit/test_phrasing.py with the
other tables' cases: "The doctor told me to take one tablet three times a day…" had come out «…prendre une table…»."""

READ = [   # (typed, read): each entry of firstvisit44.PHRASES read at least once
    ("Take one tablet three times a day after meals.", "Take one pill of medicine three times a day after meals."),
    ("The doctor told him to take one tablet.", "The doctor told him to take one pill of medicine."),
    ("Take one tablet twice a day.", "Take one pill of medicine twice a day."),   # "one pill" had lost "twice"
    ("Take a tablet for your headache.", "Take a pill for your headache."),
    ("Did you take your tablet for the pain today?", "Did you take your pill for the pain today?"),
    ("Take another tablet if the pain comes back.", "Take another pill if the pain comes back."),
    ("The power went out during the storm.", "The electricity was cut off during the storm."),
    ("Yesterday the power went off for two hours.", "Yesterday the electricity was cut off for two hours."),
    ("The vet says the dog needs surgery.", "The doctor for animals says the dog needs an operation."),
    ("My father needs surgery on his knee.", "My father needs an operation on his knee."),
    ("Teaching children is very rewarding.", "Teaching children is very satisfying."),
    ("It was a rewarding experience.", "It was a satisfying experience."),
    ("It's the most rewarding thing she has ever done.", "It's the most satisfying thing she has ever done."),
    ("It would be lovely if you could come.", "It would be great if you could come."),
    ("It'd be lovely to see you again.", "It'd be great to see you again."),
]

LEFT = [   # look-alikes that stay as typed
    "My son watches films on his tablet.",                  # a computer's tablet, not taken
    "I forgot to take my tablet this morning.",             # no medicine said: a computer's may be
    "I take my tablet and my laptop to the doctor's.",      # a computer
    "The power of the storm went out to sea.",              # not "the power went out"
    "The company is rewarding its best employees.",         # the verb
    "What a lovely garden you have!",                       # not "would be lovely"
    "He had surgery last year.",                            # not needed
]
