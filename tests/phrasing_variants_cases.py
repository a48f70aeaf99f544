"""Cases of the everyday wordings narrow rules elsewhere missed (variants.py, words35 s33), read by
tests/unit/test_phrasing.py with the other tables' cases: "My phone is very slow after the last update." had come out
"…le dernier assiette."; read "…after the latest version.": "…après la dernière version."."""

READ = [   # (typed, read): each entry of variants.PHRASES read at least once
    ("My laptop won't turn on after the last update and I have an important meeting with a client in an hour.",
     "My laptop won't turn on after the latest version and I have an important meeting with a client in an hour."),
    ("My phone is very slow after the last update.", "My phone is very slow after the latest version."),
    ("My computer doesn't start after the latest update.", "My computer doesn't start after the latest version."),
    ("The instructions are unclear.", "The instructions are not clear."),
    ("Your message was unclear.", "Your message was not clear."),
    ("Please call me if anything is unclear.", "Please call me if something is not clear."),
    ("Please find attached the invoice for March.", "Please find attached the invoice for the month of March."),
    ("We need to clean the guest room.", "We need to clean the guest bedroom."),
    ("The guest room is upstairs.", "The guest bedroom is upstairs."),
    ("Could you buy a new bulb on your way home tonight?",
     "Could you buy a new light bulb on your way home tonight?"),
    ("I need to change the bulb.", "I need to change the light bulb."),
    ("The chicken was delicious but the dessert was a bit too sweet for me, and the coffee was not very hot.",
     "The chicken was delicious but the dessert had a bit too much sugar for me, and the coffee was not very hot."),
    ("The cake was too sweet for the children.", "The cake had too much sugar for the children."),
    ("How do I get to the beach from the hotel?", "How can I get from the hotel to the beach?"),
    ("How can I get to the station from here?", "How can I get from here to the station?"),
    ("How do we get to the museum from the train station?", "How can we get from the train station to the museum?"),
    ("I forgot my password again and the account is locked now, can you reset it for me as soon as possible?",
     "I forgot my password again and the account is locked now, can you change my password for me as soon as "
     "possible?"),
    ("My password doesn't work anymore, can you reset it?",
     "My password doesn't work anymore, can you change my password?"),
    ("I would like to return these shoes because they are too small.",
     "I'd like to return these shoes because they are too small."),
    ("We would like to return this jacket.", "We'd like to return this jacket."),
]

LEFT = [   # looks like one, but is not
    "It is unclear why the train was late.",              # came out right: «On ne sait pas pourquoi…»
    "We planted the light bulb and the tulip bulbs.",      # a light bulb said, a flower's bulbs
    "The update was installed on my phone last night.",   # no "after the last update"
    "How do I get to the station?",                       # no "from"
    "The dessert was sweet and delicious.",               # not "too sweet"
    "Can you reset it?",                                  # no password said
    "I would like to return to Paris next year.",         # came out right: «revenir à Paris»
    "I would like to return home.",
]
