"""Cases of the phrases of time, place and means the model attached to the wrong word (attach.py), read by
tests/unit/test_phrasing.py with the other tables' cases: "We pay it on the first of the month." had come out "Nous le
payons au premier mois."; read "…on the first day of the month.": "…le premier jour du mois."."""

READ = [   # (typed, read): each entry of attach.PHRASES read at least once
    ("We pay it on the first of the month.", "We pay it on the first day of the month."),
    ("The meeting is on the first of every month.", "The meeting is on the first day of every month."),
    ("Bills arrive on the 1st of the month.", "Bills arrive on the first day of the month."),
    ("It stays open until nine on Thursdays.", "It stays open until nine o'clock on Thursdays."),
    ("The pool is open till 8 on Sundays.", "The pool is open till 8 o'clock on Sundays."),
    ("Our meeting is on Tuesday at 10:00 in the main office.",
     "Our meeting is on Tuesday at 10:00, in the main office."),
    ("We meet at 16:00 in the library.", "We meet at 16:00, in the library."),
    ("Can I pay by card or only in cash?", "Can I pay with a card, or only in cash?"),        # money.py: "with a"
    ("Can we pay by credit card or just cash?", "Can we pay with a credit card, or just cash?"),
    ("He broke his arm while playing football with his friends in the park on Saturday.",
     "He broke his arm while playing football in the park with his friends on Saturday."),
    ("I like playing tennis with my friends in the park.", "I like playing tennis in the park with my friends."),
    ("We painted the kitchen yellow.", "We painted the kitchen in yellow."),
    ("We painted the bedroom blue last weekend and now it looks bigger.",
     "We painted the bedroom in blue last weekend and now it looks bigger."),
    ("She painted her living room white.", "She painted her living room in white."),
]

LEFT = [   # looks like one, but is not
    "The first of the months was cold.",                   # no preposition of a date
    "I am working until six on Friday.",                   # one day: "jusqu'à six heures vendredi" was right
    "It stays open until nine o'clock on Thursdays.",      # already said with its hour
    "I woke up at 6:00 in the morning.",                   # a part of the day, not a place
    "Can I pay with a card or in cash?",                   # came out right ("avec une carte ou en liquide")
    "She was playing with her friends in the garden.",     # the garden came out right
    "They painted the town red last night.",               # a party, not paint
    "He painted the blue door.",                           # the colour is the door's
    "We painted the walls white paint.",                   # a noun after the colour
]

READ += [   # preps34 (s33): a greeting typed without its comma before "my name is" (measure33 cause E)
    ("hello my name is Priya and I live in Leeds", "Hello, my name is Priya. I live in Leeds"),   # people.py: ". I"
    ("hi my name is Tom", "Hi, my name is Tom"),
    ("hey my name is Sam", "Hey, my name is Sam"),
    ("hello, my name is Anna", "Hello, my name is Anna"),
]
LEFT += ["Hello, my name is Anna.", "Say hello my name is Anna.", "hello my friend", "Hi my dear, how are you?"]
READ += [   # a first visitor's readings (measure41, s37)
    ("Can I pay cash?", "Can I pay in cash?"),
    ("We paid cash for the taxi.", "We paid in cash for the taxi."),
    ("He always pays cash.", "He always pays in cash."),
]
LEFT += [   # (measure41, s37)
    "They paid cash prizes to the winners.",
]
