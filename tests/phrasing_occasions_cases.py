"""Cases of the errands-and-occasions phrases (by post, stunning, a fish tank), read by tests/unit/test_phrasing.py
with the other tables' cases: "I'll send you the photos by post." had come out "…à la poste."; read "…by mail.":
"Je t'enverrai les photos par courrier."."""

READ = [   # (typed, read): each entry of occasions.PHRASES read at least once
    ("I'll send you the photos by post.", "I'll send you the photos by mail."),
    ("The letter was sent by post.", "The letter was sent by mail."),
    ("You will receive your card by post.", "You will receive your card by mail."),
    ("The view from the hotel is stunning.", "The view from the hotel is magnificent."),
    ("You look stunning in that dress!", "You look magnificent in that dress!"),
    ("The flowers at the wedding were stunning.", "The flowers at the wedding were magnificent."),
    ("The bride was stunning.", "The bride was magnificent."),
    ("She wore a stunning dress.", "She wore a magnificent dress."),
    ("What a stunning view!", "What a magnificent view!"),
    ("Stunning photos, well done!", "Magnificent photos, well done!"),
    ("My windscreen is cracked.", "My windscreen is broken."),
    ("The mirror is cracked.", "The mirror is broken."),
    ("The ceiling got cracked in the storm.", "The ceiling got broken in the storm."),
    ("Go straight on at the next crossroads.", "Go straight on at the next intersection."),
    ("Turn right at the second crossroads.", "Turn right at the second intersection."),
    ("The fish tank needs cleaning.", "The aquarium needs to be cleaned."),
    ("We bought a fish tank for the kids.", "We bought an aquarium for the kids."),
    ("A fish tank is a good present.", "An aquarium is a good present."),
    ("Fish tanks are expensive.", "Aquariums are expensive."),
]

LEFT = [   # looks like one, but is not
    "Take the letter to the post office by post time.",     # a time of day
    "Go by post office and turn left.",                       # the post office
    "The news was stunning.",                                 # news that stuns
    "It was a stunning defeat for the team.",
    "The results were stunning.",
    "He was stunning the fish with a stick.",                 # the verb: nothing admired after it
    "The fish swam in the tank.",
    "He cracked the code.",                                   # the verb
    "She's cracked up.",
    "The door was cracked open.",
    "The country is at the crossroads of two cultures.",     # directions reads "at the crossroads" alone
]
READ += [   # a long and happy life (fix53, s40; measure52)
    ("We wish you a long and happy life together.", "We wish you a long life full of happiness together."),
    ("They had a long and happy life together.", "They had a long life full of happiness together."),
    ("We wish you both a long and happy life.", "We wish you both a long life full of happiness."),
]
LEFT += ["She had a long and difficult life.", "It was a long and happy day."]   # (fix53, s40)
READ += [   # senses59 (s41): a party one hosts («Nous accueillons une fête»)
    ('We are hosting a party on Friday.', 'We are organising a party on Friday.'),
    ('Who is hosting the dinner?', 'Who is organising the dinner?'),
    ("I'll host the party this year.", "I'll organise the party this year."),
    ('She hosts a barbecue every summer.', 'She organises a barbecue every summer.'),
]
LEFT += [   # (senses59, s41)
    'They hosted a barbecue last summer.',
    'The city will host the Olympic Games.',
    'He hosts a radio show.',
]
