"""Cases of a first visitor's phrases (firstvisit49.py, measure48, s38), read by tests/unit/test_phrasing.py with the
other tables' cases: "…because I had never made a backup." had come out «…jamais fait de soupe.»."""

READ = [   # (typed, read): each entry of firstvisit49.PHRASES read at least once
    ("Did you make a backup of the report?", "Did you make a copy of the report?"),
    ("She can't see anything without glasses.", "She can't see anything without wearing glasses."),
    ("Please call the front desk if the heating fails.", "Please call the reception if the heating fails."),
    ("The train was full, so I had to stand.", "The train was full, so I had to stay standing."),
    ("They stood for the whole ceremony.", "They stayed standing for the whole ceremony."),
    ("Our tent was tiny.", "Our tent was very small."),
    ("Have you got this dress in a larger size?", "Have you got this dress in a bigger size?"),
    ("Can I move my appointment to next Friday?", "Can I postpone my appointment to next Friday?"),
    ("We moved the meeting to next month.", "We postponed the meeting to next month."),
    ("She is moving her lesson to later today.", "She is postponing her lesson to later today."),
]

LEFT = [   # look-alikes that stay as typed
    "We need a backup generator.",                          # a thing kept in reserve, not a copy
    "Leave your key at the front desk.",                    # after "at": «à la réception» as typed
    "Ask the front desk for a taxi.",                       # after "ask": «Demandez à la réception…» as typed
    "What does this sign stand for?",                       # stand for: mean
    "I can't stand the noise.",                             # bear
    "It is a tiny bit too long.",                           # a little
    "I moved my appointment to Monday.",                    # not said later: maybe earlier
    "He moved his desk to the next room.",                  # a thing moved, not a date
    "Put on your glasses, you can't read without them.",    # no "without glasses"
]
