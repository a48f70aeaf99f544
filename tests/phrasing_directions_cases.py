"""Cases of the directions and emergency phrases (the lights, a crossroads, a five-minute walk, "Thief!", an all-night
pharmacy), read by tests/unit/test_phrasing.py with the other tables' cases: "Turn right at the crossroads." had come
out "Tournez à droite aux passagers."; read "…at the intersection": "Tourne à droite à l'intersection."."""

READ = [   # (typed, read): each entry of directions.PHRASES read at least once
    ('Turn right at the lights.', 'Turn right at the traffic light.'),
    ('Turn left at the traffic lights.', 'Turn to the left at the traffic light.'),
    ('Turn left at the lights and then right at the crossroads.',
     'Turn to the left at the traffic light and then right at the intersection.'),
    ('Cross the road at the crossroads.', 'Cross the road at the intersection.'),
    ('There was an accident at the crossroads this morning.',
     'There was an accident at the intersection this morning.'),
    ('The bank is just round the corner.', 'The bank is just around the corner.'),
    ('He lives round the corner from me.', 'He lives just around the corner from me.'),
    ("It's the third turning on the left.", "It's the third street on the left."),
    ('Take the second turning on the right.', 'Take the second street on the right.'),
    ("Go past the church and it's on your left.", "Pass the church and it's on your left."),
    ('Turn left, then go past the bank.', 'Turn left, then pass the bank.'),
    ('Follow the signs for the town centre.', 'Follow the signposts for the city center.'),
    ('The hotel is in the town centre.', 'The hotel is in the city center.'),
    ("You're going the wrong way.", "You're going in the wrong direction."),
    ('Are we going the right way?', 'Are we going in the right direction?'),
    ("It's a five-minute walk.", "It's five minutes on foot."),
    ("It's only a five-minute walk from the station.", "It's only five minutes on foot from the station."),
    ("It's about a twenty-minute walk.", "It's about twenty minutes on foot."),
    ('Thief! Stop him!', 'Stop the thief! Stop him!'),
    ('Is there an all-night pharmacy near here?', 'Is there a pharmacy open all night near here?'),
    ('We need an all-night chemist.', 'We need a pharmacy open all night.'),
    ('I need a doctor urgently.', 'I need a doctor right away.'),
    ('He needs to go to hospital urgently.', 'He needs to go to hospital right away.'),
]

LEFT = [   # looks like one, means something else (or came out right as typed)
    'At the traffic light, turn left.',
    'Stop at the lights.',
    'Europe is at the crossroads.',
    "We're at the crossroads of history.",
    'We are at a crossroads.',
    'The car came round the corner too fast.',
    "There's a bakery round the corner.",
    'I watched the cars go past the house.',
    'The years went past so quickly.',
    'Follow the signs of the disease.',
    "You're going the wrong way about it.",
    'The station is a five-minute walk.',
    'The thief ran off!',
    'Where is the nearest all-night pharmacy?',
    'I urgently need a doctor.',
    'Take the next turning on the right.',
]
LEFT += ["We have been stalled at the crossroads.",   # the corpus's: a plan stalled, no street
         "I need to talk to Tom urgently."]            # came out right as typed ("d'urgence")
READ += [("I need to see a doctor urgently.", "I need to see a doctor right away."),
         ("We need help urgently.", "We need help right away.")]
READ += [("Keep going straight.", "Go straight on."),
              ("Keep going straight ahead until you reach the church.", "Go straight on until you reach the church.")]
LEFT += ["Keep going straight to the point."]

# long32 (s32): directions asked of "me" ("…m'a demandé des instructions à l'hôpital"), said "the way to"
READ += [("A man asked me for directions to the hospital.", "A man asked me the way to the hospital."),
         ("She asked us for directions to the station.", "She asked us the way to the station.")]
LEFT += ["We asked a policeman for directions to the hotel.",    # a noun asked: read so, the policeman was lost
         "He asked me for directions and left."]

READ += [   # words33 (s32): "from the city center" lost its centre («de la ville»); "downtown": «du centre-ville»
    ("How long does it take to get to the airport by taxi from the city center at night?",
     "How long does it take to get to the airport by taxi from downtown at night?"),
    ("We stayed in a small hotel ten minutes from the city centre.",
     "We stayed in a small hotel ten minutes from downtown."),
]
LEFT += ["It takes twenty minutes to walk from the city center to the museum.", "The city center is crowded."]
READ += [   # a first visitor's readings (measure38, s35)
    ("Excuse me, is this the right way to the train station?",
     "Excuse me, is this the right direction for the train station?"),
    ("Is this the right way to the beach?", "Is this the right direction for the beach?"),
    ("Go straight ahead and turn left at the second traffic lights.",
     "Go straight ahead and turn to the left at the second traffic light."),
    ("Turn right at the next lights.", "Turn right at the next traffic light."),
]
LEFT += [   # (measure38, s35)
    "Is this the right way to do it?",             # a manner
    "Take the second street.",
]
READ += [   # a first visitor's readings (measure40, s36)
    ("The bakery is just opposite the bank.", "The bakery is right across from the bank."),
    ("Our hotel is directly opposite the station.", "Our hotel is right across from the station."),
    ("Opposite the station there is a café.", "Right across from the station there is a café."),
]
LEFT += [   # (measure40, s36)
    "That is the opposite of what I wanted.",
    "They live on opposite sides of the river.",
    "It was the exact opposite of the plan.",
]
READ += [   # a first visitor's readings (measure47, s38)
    ("We asked an old man for directions.", "We asked an old man the way."),
    ("Ask someone for directions.", "Ask someone the way."),
]
LEFT += [   # (measure47, s38)
    "Let's ask for directions.",                            # no one asked (came out «Parlons du chemin.»)
]
READ += [   # blocks away, «blocs», «pâtés» (senses50, s39)
    ("The bank is a few blocks away from here.", "The bank is a few streets away from here."),
    ("Their house is three blocks away.", "Their house is three streets away."),
    ("The hotel is one block from the station.", "The hotel is one street from the station."),
]
LEFT += ["He built a tower with blocks.", "The road is blocked.", "Walk around the block."]   # (senses50, s39)
READ += [   # walk straight on (left52, s40; «Marche droite», «Marche droit»)
    ("Walk straight on until you reach the church.", "Go straight on until you reach the church."),
    ("Walk straight on and turn left at the bank.", "Go straight on and turn to the left at the bank."),
    ("Walk straight ahead past the post office.", "Go straight on past the post office."),
]
LEFT += ["He can't walk straight.", "Go straight home."]   # (left52, s40)
READ += [   # walked home through the park (long48, s40; «par l'intermédiaire du parc», «au cours du parc»)
    ("After the party we walked home through the park.", "After the party we walked home across the park."),
    ("She walked home through the park even though it was dark.",
     "She walked home across the park even though it was dark."),
    ("He usually walks home through the park.", "He usually walks home across the park."),
]
LEFT += ["We walked through the park to the station."]   # «traversé le parc» (long48, s40)
READ += [   # directions (vocab61, s41): «des instructions à la gare» as typed
    ("Can you give me directions to the station?", "Can you give me the way to the station?"),
    ("She gave us directions to the hotel.", "She gave us the way to the hotel."),
    ("Could you give me directions to the museum?", "Could you give me the way to the museum?"),
]
