"""Cases of the transport phrases (buses, trains, tickets, taxis and cars in town), read by
tests/unit/test_phrasing.py with the other tables' cases: "I commute by train." had come out "Je me peigne en train."
(combs); read "I go to work by train.": "Je me rends au travail en train."."""

READ = [   # (typed, read): each entry of transport.PHRASES read at least once
    ("Trains run every half hour.", "There are trains every thirty minutes."),
    ("The trains run every twenty minutes.", "There are trains every twenty minutes."),
    ("The trains run late on Sundays.", "The trains are late on Sundays."),
    ("The ticket machine is out of order.", "The ticket vending machine is out of order."),
    ("The ticket inspector checked our tickets.", "The ticket controller checked our tickets."),
    ("The windscreen is cracked.", "The front windshield is broken."),      # "cracked": occasions.py
    ("The windshield is dirty.", "The front windshield is dirty."),
    ("He ran a red light.", "He didn't stop at the red light."),
    ("I have a puncture.", "I have a flat tire."),
    ("I commute by train.", "I go to work by train."),
    ("They commute by car every day.", "They go to work by car every day."),
    ("I'll get a taxi home.", "I'll go home by taxi."),
    ("I'll take a cab home.", "I'll go home by taxi."),
    ("The car is low on oil.", "The car needs oil."),
    ("How much is a day pass?", "How much is a ticket for the day?"),
    ("I want to buy a day pass.", "I want to buy a ticket for the day."),
    ("The taxi driver took a long way round.", "The taxi driver took a long detour."),
    ("The bus stop is across the road.", "The bus stop is on the other side of the road."),
    ("We need to fill up the tank.", "We need to put gas in the car."),
    ("Walk down this street and turn right.", "Follow this street and turn right."),
    ("The escalator is out of order.", "The mechanical stairs are out of order."),
    ("I rode my bike to the park.", "I went to the park on my bike."),
    ("We rode our bikes to the beach.", "We went to the beach on our bikes."),
    ("There's a diversion because of roadworks.", "There's a detour because of construction."),
    ("There is a diversion because of construction.", "There is a detour because of construction."),
    ("The road is closed because of the roadworks.", "The road is closed because of construction."),
]

LEFT = [   # looks like one, but is not
    "You ran a red light.",                          # came out right: "Vous êtes passée au feu rouge."
    "Mr. Richard is on a day pass.",                 # a prisoner's day out
    "A stone hit the windscreen.",                   # not the subject: the reading did not help
    "The bus stop is across the street.",            # came out right as typed
    "Trains run late in winter.",                    # "Les choses…" with the reading
    "The escalator is not working today.",           # "Les escaniques…" with the reading
]

READ += [   # session 29: a coach, doors closing
    ("We're going to London by coach.", "We're going to London by bus."),
    ("We went to Scotland by coach.", "We went to Scotland by bus."),
    ("The doors are closing.", "The doors are about to close."),
    ("Stand back, the doors are closing.", "Stand back, the doors are about to close."),
]
LEFT += [
    "The coach is happy with the team.",              # a trainer ("entraîneur")
    "The doors are closing at six today.",            # a shop's hours
]
READ += [   # a bike lane ("un lapin vélo") said "a path for bicycles" ("un chemin pour les vélos")
    ("Is there a bike lane?", "Is there a path for bicycles?"),
    ("Stay in the bike lane.", "Stay on the path for bicycles."),
    ("The city built new bike lanes.", "The city built new paths for bicycles."),
]
LEFT += [   # a trainer named after "by coach": had been read "trained by bus Carter"
    "The team was trained by coach Carter.",
]
READ += [   # words43 (s38): a timetable («l'heure du train», «Le nouveau moment…») said "schedule" («l'horaire…»)
    ("Check the train timetable.", "Check the train schedule."),
    ("Where can I find the bus timetables?", "Where can I find the bus schedules?"),
    ("The timetable has changed.", "The schedule has changed."),
]
LEFT += [   # a school's or a project's timetable: not read so
    "Our timetable at school is very busy.", "She drew up a timetable for the project.",
]
READ += [   # a first visitor's readings (measure39, s36)
    ("The train to Brussels leaves from platform 6 at 8:45, please be there at least ten minutes before departure.",
     "The train for Brussels leaves from track 6 at 8:45. Please arrive at least ten minutes before departure."),
    ("The museum opens at nine, please be there on time.", "The museum opens at nine. Please arrive on time."),
    ("The train to Paris departs at nine.", "The train for Paris departs at nine."),
]
LEFT += [   # (measure39, s36)
    "We go to work by train.",
]
READ += [   # a first visitor's readings (measure41, s37)
    ("A lorry blocked the road for an hour.", "A truck blocked the road for an hour."),
    ("He drives a lorry for a supermarket.", "He drives a truck for a supermarket."),
    ("There are too many lorries on this road.", "There are too many trucks on this road."),
    ("Lorries are not allowed in the town centre.", "The trucks are not allowed in the city center."),
]
LEFT += [   # (measure41, s37)
    "He threw the paper in the bin lorry.",                 # a dustcart: as wrong either way (house.py's case)
]
READ += [   # a first visitor's readings (measure42, s37)
    ("I missed the last train home.", "I missed the last train to get home."),
    ("What time is the last bus home?", "What time is the last bus to get home?"),
    ("We took the first train home after the concert.", "We took the first train to get home after the concert."),
]
LEFT += [   # (measure42, s37)
    "The last bus home leaves at midnight.",                 # read so, «…pour rentrer à la maison à minuit.»: no verb
    "I'm going home on the last train.",
]
READ += [   # a first visitor's readings (measure46, s38)
    ("We had to walk home after the concert.", "We had to return home on foot after the concert."),
    ("They decided to walk home.", "They decided to return home on foot."),
]
LEFT += [   # (measure46, s38)
    "She had to walk home from work.",                      # "from": right as typed
    "I want to walk home alone.",                           # no obligation or decision
]
READ += [   # a first visitor's readings (measure48, s38)
    ("The train was full, so I had to stand.", "The train was full, so I had to stay standing."),
    ("They stood for the whole ceremony.", "They stayed standing for the whole ceremony."),
]
LEFT += [   # (measure48, s38)
    "What does this sign stand for?",                       # stand for: mean
    "I can't stand the noise.",                             # bear
]

# fix50 (s39, measure50): a bus pass → «un décès» (a death), «mon bus», «passe-temps»
READ += [("How much does a monthly bus pass cost?", "How much does a monthly bus subscription cost?"),
         ("I lost my bus pass.", "I lost my bus subscription."),         # "bus ticket" lost the pass (measure51)
         ("Students get free bus passes.", "Students get free bus subscriptions.")]
LEFT += ["The bus passes the school.", "The bus passed the church.", "A bus passes by every hour."]
READ += [   # (fix51, s39)
    ("We cycled from Lyon to the sea in two days.", "We went by bike from Lyon to the sea in two days."),
]
READ += [   # commute, the noun in "how long" and the verb (left52, s40; «votre peigne», «se commutent»)
    ("How long is your commute?", "How long does it take you to get to work?"),
    ("How long does your commute take?", "How long does it take you to get to work?"),
    ("How long is his daily commute?", "How long does it take him to get to work?"),
    ("How long is her commute?", "How long does it take her to get to work?"),
    ("How long is their commute?", "How long does it take them to get to work?"),
    ("Many people commute by train.", "Many people go to work by train."),
    ("She commutes by bike every day.", "She goes to work by bike every day."),
    ("We commuted together by car for years.", "We went to work together by car for years."),
    ("I hate commuting by bus.", "I hate going to work by bus."),
]
LEFT += ["Long commutes by car are tiring.", "I commute to London every day.",     # a noun; right as typed
         "I began commuting from Oxford to London.", "The judge commuted his sentence."]   # (left52, s40)
READ += [   # leftsenses60 (s41): a ride in someone's car («Merci pour la balade.», «…d'être véhiculée ?»)
    ('Thanks for the ride.', 'Thanks for driving me.'),
    ('Thanks again for the ride home.', 'Thank you again for driving me home.'),
    ('Thank you so much for the ride.', 'Thank you so much for driving me.'),
    ('Do you need a ride to the airport?', 'Do you want me to drive you to the airport?'),
    ('She offered me a ride to the station.', 'She offered to drive me to the station.'),
]
LEFT += ['The ride was long.', 'Do you need to ride the bike?']   # (leftsenses60)
