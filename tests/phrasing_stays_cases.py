"""Cases of the hotel stay phrases (check in and out, a late checkout, a room not cleaned, a wake-up call, the lift),
read by tests/unit/test_phrasing.py with the other tables' cases: "I'd like to check in, please." had come out
"J'aimerais vérifier…"; read "…get my room…": "J'aimerais prendre ma chambre, s'il vous plaît."."""

READ = [   # (typed, read): each entry of stays.PHRASES read at least once
    ("I'd like to check in, please.", "I'd like to get my room, please."),
    ('I would like to check in, please.', 'I would like to get my room, please.'),
    ("We'd like to check in.", "We'd like to get our room."),
    ('What time is check in?', 'What time can we get our room?'),
    ('When is check-in?', 'When can we get our room?'),
    ('What time do we have to check out?', 'What time do we have to leave our room?'),
    ('When do I have to check out?', 'When do I have to leave my room?'),
    ("The room hasn't been cleaned.", 'Nobody has cleaned the room.'),
    ("Our room hasn't been cleaned yet.", 'Nobody has cleaned our room yet.'),
    ("My room hasn't been cleaned today.", 'Nobody has cleaned my room today.'),
    ('Can I have a late checkout?', 'Can I leave the room later?'),
    ('Could we have a late checkout?', 'Could we leave the room later?'),
    ('Is late checkout possible?', 'Is it possible to leave the room later?'),
    ("I'd like a wake-up call at 7 tomorrow.", "I'd like someone to wake me up at 7 tomorrow."),
    ("We'd like a wake-up call at six.", "We'd like someone to wake us up at six."),
    ('Is there a lift in the hotel?', 'Is there an elevator in the hotel?'),
    ('Where is the lift?', 'Where is the elevator?'),
    ("Where's the lift?", 'Where is the elevator?'),
    ('Do you have a room with a sea view?', 'Do you have a room with a view over the sea?'),
    ('Is there a room with an ocean view?', 'Is there a room with a view over the sea?'),
    # words34 (s33): "facing the sea" had come out "J'aimerais qu'une chambre soit confrontée à la mer."
    ('I would like a room with a sea view.', 'I would like a room with a view over the sea.'),
]

LEFT = [   # looks like one, but is not
    "I'd like to check in for my flight.",   # a flight, not a hotel
    "I'd like to check in with you about the project.",
    'Should we check out the new museum?',   # a visit
    'Is there a lift to the airport?',   # a ride
    'He gave me a lift home.',
    'The room has been cleaned.',
]

# long32 (s32): a building's lift by its place, a lift one is next to or waits for (chat.py: "La vie dans notre
# bâtiment…", "…à côté de la soulever", "Les soulevers à la gare…"); not a ride, nor a plane's
READ += [
    ("The lift in our building has been broken.", "The elevator in our building has been broken."),
    ("Our room was next to the lift and it was noisy.", "Our room was next to the elevator and it was noisy."),
    ("We waited for the lift for ten minutes.", "We waited for the elevator for ten minutes."),
    ("The lifts at the station are out of order today.", "The elevators at the station are out of order today."),
]
LEFT += ["Thanks for the lift.", "Waiting for the lift home from my dad.",
         "The lift at the wing of the plane was too low."]
READ += [   # s38: "It is cheaper if you book early." had come out «…si tu livres tôt.»
    ("It is best if you book early.", "It is best if you reserve early."),
    ("We booked early, so it was fine.", "We reserved early, so it was fine."),
    ("She books early.", "She reserves early."),
    ("You save money by booking early.", "You save money by reserving early."),
]
LEFT += ["I read a book early in the morning.", "Book now!"]
READ += [   # a first visitor's readings (measure35, s34)
    ("Is breakfast included in the price of the room?", "Is breakfast included in the price of the bedroom?"),
    ("What is the price of the room for two nights?", "What is the price of the bedroom for two nights?"),
    ("How much is the room per night?", "How much is the bedroom per night?"),
    ("The room per night costs 90 euros at this hotel.", "The bedroom per night costs 90 euros at this hotel."),
]
LEFT += [   # (measure35, s34)
    "The room is big.", "This room is my office.", "The price of the room decoration is high.",
]
READ += [   # a first visitor's readings (measure38, s35)
    ("We need a car, preferably one with air conditioning.", "We need a car, if possible with air conditioning."),
]
READ += [   # a first visitor's readings (measure39, s36)
    ("The hotel is close to the beach and breakfast is included in the price.",
     "The hotel is close to the beach and the breakfast is included in the price."),
]
LEFT += [   # (measure39, s36)
    "Breakfast is included.",                       # came out right: «Le petit-déjeuner est inclus»
]
READ += [   # a first visitor's readings (measure40, s36)
    ("We booked a double room, but they gave us one facing the car park.", "We reserved a double room, but they "
     "gave us a room over the parking lot."),
    ("Our room was small, so we asked for one facing the sea.", "Our room was small, so we asked for a room over the "
     "sea."),
]
LEFT += [   # (measure40, s36)
    "Which one is facing the sea?",
]
READ += [   # a first visitor's readings (measure48, s38)
    ("Please call the front desk if the heating fails.", "Please call the reception if the heating fails."),
    ("Our tent was tiny.", "Our tent was very small."),
]
LEFT += [   # (measure48, s38)
    "Leave your key at the front desk.",                    # after "at": «à la réception» as typed
    "Ask the front desk for a taxi.",                       # after "ask": «Demandez à la réception…» as typed
    "It is a tiny bit too long.",                           # a little
]

# fix50 (s39, measure50): open day and night → «…ouverte et la nuit», «aujourd'hui ouvert et nuit»
READ += [("The pharmacy is open day and night.", "The pharmacy is open 24 hours a day."),
         ("The reception is open night and day.", "The reception is open 24 hours a day.")]
LEFT += ["We worked day and night.", "The difference is like night and day."]

# phrasal59 (s41): checking in at a hotel → «vérifier dans l'hôtel»; read "arrive at" («arrivés à l'hôtel»)
READ += [("We checked in at the hotel at three.", "We arrived at the hotel at three."),
         ("You can check in at the hostel after two.", "You can arrive at the hostel after two."),
         ("She checks in at the reception.", "She arrives at the reception."),
         ("Checking in at the hotel took an hour.", "Arriving at the hotel took an hour.")]
LEFT += ["We check in at the airport two hours early.",    # a flight's check-in, not a hotel's
         "I will check in at the office tomorrow."]
