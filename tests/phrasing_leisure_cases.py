"""Cases of the leisure phrases (sightseeing, sport, films and books, cooking, dating, IT help, parcels, driving,
camping, weddings and nights out), read by tests/unit/test_phrasing.py with the other tables' cases: "He proposed to
her in Paris." had come out "Il lui a proposé à Paris."; read "He asked her to marry him in Paris.": "Il lui a demandé
de l'épouser à Paris."."""

READ = [   # (typed, read): each entry of leisure.PHRASES read at least once
    ("I fell asleep halfway through the movie.", "I fell asleep in the middle of the movie."),
    ("What is your postcode?", "What is your postal code?"),
    ("What is your zip code?", "What is your postal code?"),          # (british60, s41: «code de zip»)
    ("Post codes differ.", "Postal codes differ."),
    ("The rental company charged us for the damage.", "The rental company made us pay for the damage."),
    ("They charge you for the bags.", "They make you pay for the bags."),
    ("The bank charges me for every card.", "The bank makes me pay for every card."),
    ("They're charging us for water.", "They're making us pay for water."),
    ("He proposed to her in Paris.", "He asked her to marry him in Paris."),
    ("My boyfriend proposed to me last night!", "My boyfriend asked me to marry him last night!"),
    ("She proposed to him.", "She asked him to marry her."),
    ("Tomorrow is my twentieth birthday.", "Tomorrow is my 20th birthday."),
    ("Their thirtieth wedding anniversary.", "Their 30th wedding anniversary."),
    ("Her fortieth birthday.", "Her 40th birthday."),
    ("It's my father's fiftieth birthday.", "It's my father's 50th birthday."),
    ("My mother's sixtieth birthday.", "My mother's 60th birthday."),
    ("Her seventieth birthday.", "Her 70th birthday."),
    ("His eightieth birthday.", "His 80th birthday."),
    ("Her ninetieth birthday.", "Her 90th birthday."),
    ("His hundredth birthday.", "His 100th birthday."),
    ("Let's go clubbing on Saturday night.", "Let's go dancing on Saturday night."),
    ("the gig was amazing", "the concert was amazing"),
    ("I'm too old for nightclubs.", "I'm too old for night clubs."),
    ("The campsite has hot showers.", "The camping has hot showers."),
    ("We need to set off early.", "We need to leave early."),
    ("We set off at six in the morning.", "We left at six in the morning."),
    ("The bus sets off at noon.", "The bus leaves at noon."),
    ("We are setting off tomorrow.", "We are leaving tomorrow."),
    ("There is no phone signal in the valley.", "There is no phone network in the valley."),
    ("Who is your best man?", "Who is your witness?"),
    ("Tom was the best man at our wedding.", "Tom was the witness at our wedding."),
    ("The shared drive is full.", "The shared disk is full."),
    ("The update is taking forever.", "The update is taking a very long time."),
    ("Call the IT help desk.", "Call the technical support."),
    ("She works as a personal trainer.", "She works as a coach."),
    ("My trainer says I need to rest.", "My coach says I need to rest."),
    ("I'm sore after yesterday's workout.", "I'm sore after yesterday's sports session."),
    ("Do you work out?", "Do you do sport?"),
    ("She works out at home.", "She does sport at home."),
    ("We worked out together.", "We did sport together."),
    ("I've been working out every day.", "I've been doing sport every day."),
    ("I'm really into jazz.", "I really like jazz."),
    ("she's into crime novels", "she likes crime novels"),
    ("Are you into jazz?", "Do you like jazz?"),
    ("She is really into knitting.", "She really likes knitting."),
    ("We are really into board games.", "We really like table games."),
    ("I'm going on a date tonight.", "I have a date tonight."),
    ("We're going on a date.", "We have a date."),
    ("She's going on a date with Tom.", "She has a date with Tom."),
    ("They went on a date to the cinema.", "They had a date to the cinema."),
    ("Chop the carrots finely.", "Cut the carrots into small pieces."),
    ("Bring the milk to the boil, then stir.", "Boil the milk, then stir."),
    ("Roast the chicken for an hour.", "Cook the chicken in the oven for an hour."),
    ("I burnt the rice again.", "I burned the rice again."),
    ("We followed a trail through the forest.", "We followed a path through the forest."),
    ("Is there a cover charge?", "Do you have to pay to get in?"),
    ("Is there an extra charge for breakfast?", "Do you have to pay extra for breakfast?"),
    ("Is there a charge for parking?", "Do you have to pay for parking?"),
    ("Where can I park the car overnight?", "Where can I park the car for the night?"),
    ("Doors open at 7 pm.", "The doors open at 7 pm."),
]
LEFT = [   # looks like one, but is not
    "She throws the best parties.",                     # "fêtes" had come out "partis"
    "Throw the ball to the party leader.",
    "The police charged him for the theft.",            # a court's charge
    "He proposed to her a new plan.",                   # suggested, not a marriage
    "He proposed to them that we wait.",
    "the twentieth century",                            # not a birthday
    "She has a gig as a waiter.",                       # a job
    "The gig economy is growing.",
    "The gig is up.",                                   # the idiom (Hansard)
    "The alarm was set off at night.",                  # an alarm, not a departure
    "They set off the fireworks.",
    "Costs are set off against taxes.",
    "My phone signal is weak.",                         # "Mon signal de téléphone" as it was
    "He is the best man for the job.",                  # no wedding
    "I saved it on the external drive.",               # only the shared one
    "Please work out the details.",                     # solved, not trained
    "It will work out in the end.",
    "We worked out a deal.",
    "I want to workout.",                               # a verb, not the noun
    "Buy new workout clothes.",
    "His trainers are dirty.",                          # shoes (my trainers: clothes.py)
    "He walked into the room.",                         # not "likes"
    "We're into the second week.", "We are into overtime.", "She's into it.",
    "Now we are into debate.",                          # a stage reached (Hansard)
    "We are into steam recovery.",                      # engaged in, said in full (Hansard)
    "She is into cooking.",
    "They say halfway through that it is irrelevant.",  # not "in the middle of that it is"
    "It was not in place until halfway through the season.",
    "He is throwing his entire party into the bin.",    # a political party (Hansard)
    "Why are you throwing the Reform Party in the dump?",
    "Under the Trail program, they are banned.",        # a name
    "Bring the water to me.",
    "Roast beef for dinner.",
    "We ate burnt toast.", "I burnt my hand on the oven.",   # "Je me suis brûlé la main" as it was
    "The road is icy blue.",
    "The trail of blood led home.",                     # not a walker's path
    "It is very difficult to establish that trail.",
    "But it wants to draw a red herring across the trail.",
    "A paper trail.",
    "Canada may blaze the trail.",                      # a pioneer's (Hansard)
    "There's a charge of murder.",
    "It rained overnight.",                             # not a night's stay
    "Leave the dough in the fridge overnight.",         # "du jour au lendemain" as it was
    "The doors open slowly.",                           # not a line that opens with "Doors open"
    "I went halfway.",
    "Chop the onions and boil them.",                   # not only the chopping (left55: "…and fry them" is food.py's)
]

# long32 (s32): cartoons watched or liked ("…regardé des cartons", "…adore les automobiles"), "animated films"
READ += [("The kids stayed in and watched cartoons.", "The kids stayed in and watched animated films."),
         ("My son loves cartoons.", "My son loves animated films.")]
LEFT += ["The newspaper published cartoons of the minister."]

# words34 (s33): a person sailing ("…en train de voiler…", "…allés voiler…"), "on a boat"
READ += [("We saw dolphins when we were sailing along the coast.",
          "We saw dolphins when we were on a boat along the coast."),
         ("We went sailing last summer.", "We went on a boat last summer."),
         ("I was sailing with my father when the storm started.",
          "I was on a boat with my father when the storm started."),
         ("He goes sailing every weekend.", "He goes on a boat every weekend.")]
LEFT += ["We love sailing.", "They are sailing to Corsica tomorrow.", "The ship was sailing the seas."]
READ += [   # a first visitor's readings (measure45, s37)
    ("My uncle used to take me fishing.", "My uncle used to take me to go fishing."),
    ("He took his daughter fishing last week.", "He took his daughter to go fishing last week."),
]
LEFT += [   # (measure45, s37)
    "I want to take my brother fishing.",                   # after another "to": right as typed
    "The window was cleaned by the window cleaner.",        # a trade
    "We went fishing yesterday.",                           # no one taken along
]
READ += [   # a first visitor's readings (measure46, s38)
    ("Entry is free for children.", "The entry is free of charge for children."),   # "The": orders.py (s39)
    ("The exhibition was free last year.", "The exhibition was free of charge last year."),
    ("Parking is free after eight.", "Parking is free of charge after eight."),
    ("The concert was free last year.", "The concert was free of charge last year."),
]
LEFT += [   # (measure46, s38)
    "Are you free on Sunday?",                              # not a price
    "Is this seat free?",                                   # a seat, not a price
    "The museum is free from noise.",                       # "free from"
    "The show is free on Friday.",                          # «gratuit» as typed
    "Parking is free and fast.",                            # in a list
]
READ += [   # words46 (s39): a jigsaw puzzle done, bought or with pieces («une énigme»: a riddle)
    ("We did a puzzle together.", "We did a jigsaw puzzle together."),
    ("She finished the puzzle in two days.", "She finished the jigsaw puzzle in two days."),
    ("I bought a puzzle for my nephew.", "I bought a jigsaw puzzle for my nephew."),
    ("This puzzle has a thousand pieces.", "This jigsaw puzzle has a thousand pieces."),
]
LEFT += ["Can you solve this puzzle?", "He is a puzzle to me.", "Let's do a puzzle.", "It puzzled me.",
         "We did a jigsaw puzzle together."]

# fix50 (s39, measure50): "went hiking" → «…allés à la montagne» (the hike lost), «aller courir»
READ += [("We went hiking in the mountains.", "We went for a hike in the mountains."),
         ("I love going hiking with my friends.", "I love going for a hike with my friends."),
         ("She goes hiking every Sunday.", "She goes for a hike every Sunday.")]
LEFT += ["These hiking boots are new.", "We went for a hike.", "My parents want to go hiking next month."]
READ += [("Let's go hiking on Sunday.", "Let's go for a hike on Sunday."),
         ("They have gone hiking in the Alps.", "They have gone for a hike in the Alps.")]
READ += [   # a campsite's pitch (left54, s40; «40 p. 100», «les maux», «un louc»)
    ("The campsite has forty pitches for tents.", "The camping has forty places for tents."),
    ("We booked a pitch near the lake for our tent.", "We booked a place near the lake for our tent."),
    ("All the pitches at the campsite were taken.", "All the places at the camping were taken."),
    ("Is there a free pitch for one small tent?", "Is there a free place for one small tent?"),
]
LEFT += ["Where can we pitch our tent?", "We pitched the tent next to the caravan.", "They pitch the tent at dusk.",
         "The football pitch is next to the tents.", "The pitch was wet after the rain.",
         "It was pitch dark in the tent."]   # a verb, a sports pitch, no campsite (left54, s40)
READ += [   # a dance one goes to (left55, s41: «J'ai rencontré ma femme à danser.»)
    ("I met my wife at a dance.", "I met my wife at a dance party."),
    ("They met at a dance in 1990.", "They met at a dance party in 1990."),
    ("We went to a dance at the school.", "We went to a dance party at the school."),
]
LEFT += ["Are you coming to the dance tonight?", "She teaches at a dance school.", "I went to a dance class."]
READ += [
    ("What's on telly tonight?", "What's on TV tonight?"),
    ("Turn off the telly.", "Turn off the TV."),
]   # british60 (s41): British and American everyday words
