"""Cases of the travel phrases (airports and flights, hotels, car hire, parking and directions), read by
tests/unit/test_phrasing.py with the other tables' cases: "Please fasten your seatbelt." had come out "Veuillez ôter
votre ceinture…" (the very opposite); read "Please attach your seatbelt.": "Veuillez attacher votre ceinture…"."""

READ = [   # (typed, read): each entry of travel.PHRASES read at least once
    ("Which gate does the flight to Rome leave from?", "Which door does the flight to Rome leave from?"),
    ("The gate has changed to B12.", "The door has changed to B12."),
    ("I'd like to hire a car for a week.", "I'd like to rent a car for a week."),
    ("We hired a car at the airport.", "We rented a car at the airport."),
    ("They are hiring two bikes.", "They are renting two bikes."),
    ("Is there a car park near the hotel?", "Is there a parking lot near the hotel?"),
    ("Turn right after the bridge.", "Turn to the right after the bridge."),
    ("Turn left at the bakery.", "Turn to the left at the bakery."),
    ("Please fasten your seatbelt.", "Please attach your seatbelt."),
    ("Turn left at the first light.", "Turn to the left at the first light."),
    ("Keep your seat belt fastened.", "Keep your seat belt attached."),
    ("Do you have a twin room?", "Do you have a room with two beds?"),
    ("Where do I collect my luggage?", "Where do I pick up my luggage?"),
    ("Where's the departure lounge?", "Where's the departure hall?"),
    ("What time is check-out?", "What time do we have to leave our room?"),
    ("We checked out of the hotel at ten.", "We left the hotel at ten."),
    ("We'd like to check out late.", "We'd like to leave the hotel room late."),
    ("Can I check out late?", "Can I leave my room late?"),                 # "my room": "quitter ma chambre"
    ("How often do the buses run on Sundays?", "How often are there buses on Sundays?"),
    ("Could I have a wake-up call at six, please?", "Could someone wake me up at six, please?"),
    ("Can we get a wake-up call at seven?", "Can someone wake us up at seven?"),
    ("I'd like to report lost luggage.", "I'd like to report my lost luggage."),
    ("We ran low on fuel.", "We were almost out of fuel."),
    ("I think we're running low on fuel.", "I think we're almost out of fuel."),
    ("Excuse me, which way is the beach?", "Excuse me, in which direction is the beach?"),
    ("Here's twenty euros, keep the change.", "Here's twenty euros, keep the rest."),
    ("Keep the change!", "Keep the rest!"),
    ("We waited an hour at customs.", "We waited an hour at customs control."),
    ("Do we have to go through customs?", "Do we have to go through customs control?"),
    ("The people in the next room were shouting.", "The people in the room next door were shouting."),
    ("My bag is over the weight limit.", "My bag is heavier than the weight limit."),
    ("Your suitcase is over the limit.", "Your suitcase is heavier than the weight limit."),
    ("Is there a shuttle to the airport?", "Is there a shuttle bus to the airport?"),
    ("We have a layover in Paris.", "We have a stop in Paris."),
    ("I'd prefer an aisle seat.", "I'd prefer a seat next to the corridor."),
    ("We'd like two aisle seats.", "We'd like two seats next to the corridor."),
    ("The flight attendant brought us water.", "A member of the flight crew brought us water."),
    ("Can I check in early?", "Can I get my room early?"),
    ("Could we check in early, please?", "Could we get our room early, please?"),
    # hunt s27: what stays read beside the guards below
    ("He paid with a $20 note and told the driver to keep the change.",
     "He paid with a $20 note and told the driver to keep the rest."),
    ("He hired a van for the day.", "He rented a van for the day."),
]
LEFT = [   # looks like one, but is not
    "The departure lounge was packed.",                 # "La précipitation du départ…" read as the hall
    "Close the gate behind you.",                       # a garden's gate: no flight in the line
    "Farm gate prices rose at the terminal.",           # the Hansards' farm gate
    "We waited at the gate before boarding.",          # "attendons la porte" (waited for the door) read as "door"
    "We need to hire a new manager.",                   # a person hired: "embaucher" is right
    "The company hired two drivers.",
    "Turn right at the next corner.",                   # "Tournez à droite au coin suivant" as it was
    "Fasten your seat belt.",                           # "Attachez votre ceinture" as it was
    "She advised him to fasten his seat belt.",
    "When's the next shuttle?",                         # "la prochaine navette" as it was
    "Turn right now.",                                  # nothing after the turn to keep
    "Fasten the rope to the post.",                     # not a seatbelt
    "Please collect your children at four.",            # not luggage
    "Check out this video!",                            # not a hotel's check-out
    "How often do you run?",                            # not a bus
    "I'd like to report a problem.",
    "I wonder which way is the shortest.",              # no place asked for
    "Which way is the fastest?",
    "Climate change is real; we must keep the change going.",  # not a coin
    "Officers at customs Canada were told.",            # a name
    "Customs officers checked the boat.",
    "Spending is over the limit.",                      # no bag in the line
    "My dream is to travel in a space shuttle.",        # a space shuttle
    "Is there a shuttle bus to the airport?",           # already a bus
    "Is the space shuttle to launch today?",
    "The aisle of the church was long.",                # not a seat
    "Can you check in on her early?",                   # not a hotel's check-in
    # hunt s27: other senses of the travel phrases (each had been read so)
    "The garden gate was left open, so the dog escaped before our flight home.",   # a garden's: "door"
    "The board of directors met at the factory gate.",   # a board that meets: no flight
    "We played a board game by the gate.",
    "Bill Gates took a flight to Seattle.",             # a name: "Bill doors"
    "The club's gate receipts fell after the airline left.",
    "The horses burst out of the starting gate as the planes flew over.",
    "Open the gate to parking lot A4.",                 # a lot's name, not the gate's
    "We hired a new car mechanic last week.",           # a person hired: "rented a new car mechanic"
    "The company hired the van driver who saved the child.",
    "We are hiring two bike couriers.",
    "This car parks itself.",                           # a verb: "This parking lots itself."
    "My car parks better than yours.",
    "It's my turn right after Tom.",                    # a turn had: "my turn to the right after Tom"
    "Things took a turn right after the election.",
    "There is only one turn left before the end of the game.",
    "Please turn left at the next light.",              # "turn to the left" came out "allumez à gauche"
    "Check out later episodes of the show.",            # to look at: "Leave the room later episodes…"
    "Check out late-night deals on our website.",
    "You can check out early bird offers online.",
    "How often do the trains run late?",                # "…are there trains late?"
    "Which way is the correct answer?",                 # a way of doing: "In which direction is…"
    "Which way is the most efficient?",
    "Which way is the right one?",
    "We must keep the change.",                         # a change kept: "keep the rest"
    "Voters want to keep the change.",
    "The book looks at customs and beliefs of the Inuit.",   # a people's customs
    "This chapter looks at customs in medieval France.",
    "He got a summer job at customs.",                  # a workplace: came out "à la coutume"
    "In the next room of the museum you will see the paintings.",   # the following room
    "The number of cases is over the limit set by the government.",  # no bag over it
    "He packed his bags because he's over the limit and can't drive.",
    "My bags are packed but my credit card is over the limit.",
    "The shuttle to the ISS launched on time.",         # a space shuttle
    "Atlantis was the last shuttle to fly.",
    "The train shuttle between the terminals runs every five minutes.",
    "The Delta Shuttle between Boston and New York is full.",
    "Via Rail will set up a shuttle between the new station and downtown.",   # a train
    "Can I check in early for my flight?",              # a flight's check-in, not a room
    "Could we check in early at the airport?",
]

READ += [   # demo29b (s29): flying to a place ("Nous volons jusqu'à Rome", "Il s'est endormi"), help with luggage
    ("We are flying to Rome next week.", "We are going by plane to Rome next week."),
    ("He flew to Paris.", "He went by plane to Paris."),
    ("I want you to fly to Boston tomorrow.", "I want you to go by plane to Boston tomorrow."),
    ("She flies to Lyon every month.", "She goes by plane to Lyon every month."),
    ("Can you help me with my luggage?", "Can you help me carry my luggage?"),
    ("He helped us with our suitcases.", "He helped us carry our suitcases."),
]
LEFT += [
    "The birds flew to the window.",                       # no place's name
    "They have to be flown to Vancouver.",                 # passive
    "Can you help me with my homework?",                   # came out right
]

READ += [   # demo probe demo30 (s30): "is right next to" ("L'hôtel a raison à côté…"), "a single room" ("une seule")
    ("The hotel is right next to the beach.", "The hotel is directly next to the beach."),
    ("The pharmacy's right beside the bakery.", "The pharmacy's directly beside the bakery."),
    ("I would like a single room for two nights.", "I would like a room for one person for two nights."),
    ("Do you have any single rooms?", "Do you have any rooms for one person?"),
]
LEFT += ["I sat right next to her.", "You are right next time.", "There isn't a single room left.",
         "Not a single room was free.", "We had no single room booked."]

READ += [   # demo31 (s31): a missed connection ("notre lien", "notre connexion"); "correspondence": "correspondance"
    ("We missed our connection in Amsterdam.", "We missed our correspondence in Amsterdam."),
    ("I'm afraid I'll miss my connection.", "I'm afraid I'll miss my correspondence."),
]
LEFT += ["Will we make our connection?", "I lost my connection.", "I miss our connection to nature."]
READ += [   # a first visitor's readings (measure41, s37)
    ("They wouldn't let me on the plane because my passport had expired.",
     "They wouldn't let me get on the plane because my passport had expired."),
    ("The driver wouldn't let him on the bus with his dog.", "The driver wouldn't let him get on the bus with his "
     "dog."),
    ("Will they let me on the flight with this bag?", "Will they let me get on the flight with this bag?"),
]
LEFT += [   # (measure41, s37)
    "Let me know on Monday.",
    "They let us on to the next round.",
    "His flight is 92 minutes late.",
]
READ += [   # a first visitor's readings (measure42, s37)
    ("My flight lands at 6:45 pm on Thursday, so could someone pick me up?",
     "My flight arrives on Thursday at 6:45 pm, so could someone pick me up?"),      # "arrives": figures.py
    ("Her bus gets in at 5:30 on Tuesday.", "Her bus gets in on Tuesday at 5:30."),
    ("We leave at 8 o'clock on Saturday morning.", "We leave on Saturday morning at 8 o'clock."),
    ("The game is at noon on Sunday.", "The game is on Sunday at noon."),
    ("The last class ends at half past three on Monday.", "The last class ends on Monday at half past three."),
]
READ += [   # a first visitor's readings (measure45, s37)
    ("Is there a lost and found in this station?", "Is there a office for lost objects in this station?"),
    ("I went to the lost-and-found office.", "I went to the office for lost objects."),
]
LEFT += [   # (measure45, s37)
    "I lost and found my keys twice today.",                # no "the" or "a" before it
]
READ += [   # a first visitor's readings (left46, s38)
    ("The guard let us on the ferry.", "The guard allowed us to get on the ferry."),
]
LEFT += [   # (left46, s38)
    "They let us in at noon.",                        # not on board
    "Did they let us get on the plane?",              # after "did": travel.py's "let … get on" is kept
    "The flat, sandy beach was empty.",               # no possessive: the land is flat
]
READ += [   # imper46's readings (imper46, s38)
    ("Unpack your suitcase when we arrive.", "Empty your suitcase when we arrive."),
    ("Unpack my bag for me.", "Empty my bag for me."),
]
LEFT += [   # (imper46, s38)
    "Unpack the bags and put the food away.",      # «Détendez les sacs…» read so
    "I need to unpack my suitcase.",               # not opening the sentence
]
READ += [   # words45's readings (words45, s38)
    ("We will board the plane at six.", "We will go on board the plane at six."),
    ("Passengers can board the night train now.", "Passengers can go on board the night train now."),
    ("They boarded the ship in Dover.", "They got on board the ship in Dover."),
    ("We boarded the bus at the station.", "We went on board the bus at the station."),
]
LEFT += [   # (words45, s38)
    "I like thin slices of bread.",                 # a noun
    "She sliced her finger.",                       # not an order opening the sentence
    "Write it on the board.",                       # a noun
    "We board the windows up in winter.",           # not a plane or a train
    "The board approved the plan.",
    "How many people are on board the ship?",       # a place, already right
]
READ += [   # a word read in another sense (senses49, s39): change for coins, light for not heavy, to pack light
    ("I don't have any change for the parking meter.", "I don't have any coins for the parking meter."),
    ("Do you have change for a twenty?", "Do you have coins for a twenty?"),
    ("Do you have any change?", "Do you have any coins?"),
    ("I have no change for the bus.", "I have no coins for the bus."),
    ("I always keep loose change in my car.", "I always keep coins in my car."),
    ("This suitcase is very light.", "This suitcase weighs very little."),
    ("The box is quite light, I can carry it.", "The box doesn't weigh much, I can carry it."),
    ("Pack light, we are only staying two nights.", "Take little luggage, we are only staying two nights."),
    ("We always travel light.", "We always take little luggage."),
]
LEFT += [   # (senses49, s39)
    "Sorry, I have no change.",                     # «…pas de monnaie», right as typed
    "Is there any change in the plan?", "We have no change in plans.", "I need change in my life.",
    "Her bag is so light that she forgot it.",      # "so … that" kept
    "My suitcase is very light blue.",
    "Pack the light bulbs carefully.",
]
READ += [   # a first visitor's readings (measure52, s40): "…around the Greek islands…" had come out «…des îles Greek…»
    ("We visited the Greek islands last summer.", "We visited the islands in Greece last summer."),
    ("We would like to book a cruise around the Greek islands.",                     # orders.py reads "book a cruise"
     "We would like to reserve a cruise around the islands in Greece."),
    ("Can I book a tour of the castle?", "Can I reserve a tour of the castle?"),
    ("I had to travel home for the funeral.", "I had to go home for the funeral."),
    ("He travels home every weekend.", "He goes home every weekend."),
    ("She travelled home after the exams.", "She went home after the exams."),
]
LEFT += [   # (measure52, s40)
    "We spent a week on a Greek island.",                   # «une île grec»: the meaning kept as typed
    "I travel a lot for work.",
    "The book tour was cancelled.",                         # no "book" as a verb
]
READ += [   # vocab55 (s41): «près du billet», «Combien coûte le loin ?», «Le taux de taxi…» as typed
    ("Wait for me near the ticket booth.", "Wait for me near the ticket office."),
    ("The ticket booth is closed.", "The ticket office is closed."),
    ("How much is the bus fare?", "How much is the bus ticket?"),
    ("The train fare went up again.", "The price of the train ticket went up again."),
    ("The taxi fare was thirty euros.", "The price of the taxi was thirty euros."),
]
LEFT += ["I paid the fare to the driver."]   # (vocab55, s41): «J'ai payé le tarif…» right as typed
READ += [   # senses59 (s41): a single or a return asked for («Un retour à Paris», «Un seul à Londres»)
    ('A return to Paris, please.', 'A return ticket to Paris, please.'),
    ('A single to London, please.', 'A one-way ticket to London, please.'),
    ('Two returns to Oxford, please.', 'Two return tickets to Oxford, please.'),
    ('Two singles to Bath, please.', 'Two one-way tickets to Bath, please.'),
    ('Can I have a single to Leeds?', 'Can I have a one-way ticket to Leeds?'),
]
LEFT += [   # (senses59, s41)
    'He planned a return to France.',
    'The return to Paris was long.',
    'Her return to work was hard.',
]
READ += [
    ("The bank is on the high street.", "The bank is on the main street."),
    ("Most high streets are empty now.", "Most main streets are empty now."),
]   # british60 (s41): British and American everyday words
LEFT += ["Prices are high on this street."]   # (british60, s41)
READ += [
    ("Where is the loo?", "Where is the bathroom?"),
    ("The restroom is on the left.", "The bathroom is on the left."),
    ("I need the restroom.", "I need to go to the bathroom."),
    ("Can I use your loo, please?", "Can I use your bathroom, please?"),
]   # british60 (s41): British, American and Canadian everyday words (second round)
LEFT += ["The restrooms are downstairs.", "Waterloo is a station in London.", "Where's the restroom?",
         "Excuse me, where is the restroom?"]   # (british60, s41)
READ += [   # leftsenses60 (s41): leaving a hotel's room («Nous devons vérifier la pièce…»)
    ('We have to check out of the room by eleven.', 'We have to leave the hotel room by eleven.'),
    ('You must check out of the hotel before noon.', 'You must leave the hotel before noon.'),
    ('I need to check out of my room at ten.', 'I need to leave my room at ten.'),
    ('She is checking out of the hostel now.', 'She is leaving the hostel now.'),
    ('He checks out of the hotel at nine.', 'He leaves the hotel at nine.'),
    ('He checks out of the room at noon.', 'He leaves the hotel room at noon.'),
    ('We are checking out of the room now.', 'We are leaving the hotel room now.'),
]
LEFT += ["Check out this video.", "You should check out the new café."]   # (leftsenses60, s41)
