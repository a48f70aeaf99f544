"""Cases of the events phrases (birthdays, weddings, Christmas and New Year, parties and invitations, emergencies and
safety), read by tests/unit/test_phrasing.py with the other tables' cases: "Call the fire brigade!" had come out
"Appelez le brigade à l'incendie !"; read "Call the firemen!": "Appelez les pompiers !"."""

READ = [   # (typed, read): each entry of events.PHRASES read at least once
    ("Help!", "Help me!"),
    ("Help! Someone stole my bag!", "Help me! Someone stole my bag!"),
    ("Look out!", "Watch out!"),
    ("Look out! There's a car coming!", "Watch out! There's a car coming!"),
    ("Mind your head!", "Watch out for your head!"),
    ("Mind the stairs!", "Watch out for the stairs!"),
    ("Call the fire brigade!", "Call the firemen!"),
    ("My neighbour called the fire brigade.", "My neighbour called the firemen."),
    ("Stop, thief!", "Stop the thief!"),
    ("Quick, call the police!", "Call the police quickly!"),
    ("Quick, call an ambulance!", "Call an ambulance quickly!"),
    ("Dial 112 in an emergency.", "Call 112 in an emergency."),
    ("In an emergency, dial 999.", "In an emergency, call 999."),
    ("The smoke alarm is going off.", "The smoke alarm is ringing."),
    ("The car alarm was going off all night.", "The car alarm was ringing all night."),
    ("The alarm's going off!", "The alarm's ringing!"),
    ("Where's the fire exit?", "Where's the emergency exit?"),
    ("Where are the fire exits?", "Where are the emergency exits?"),
    ("I feel unsafe.", "I don't feel safe."),
    ("We feel unsafe in this neighbourhood.", "We don't feel safe in this neighbourhood."),
    ("She feels unsafe at night.", "She doesn't feel safe at night."),
    ("The power is out.", "There's no electricity."),
    ("The power's out!", "There's no electricity!"),
    ("There's a power outage in our street.", "There's no electricity in our street."),
    ("Many happy returns!", "Happy birthday!"),
    ("Many happy returns of the day!", "Happy birthday!"),
    ("Wishing you all the best on your special day.", "I wish you all the best on your special day."),
    ("I wish you a merry Christmas.", "I wish you a good Christmas."),
    ("I just want to wish you a merry Christmas.", "I just want to wish you a good Christmas."),
    # s39: before "and a happy new year" too (it had come out «…un mercieux Noël et une bonne année.»)
    ("I wish everybody a merry Christmas and a happy new year.",
     "I wish everybody a good Christmas and a happy new year."),
    ("What are you doing on New Year's Eve?", "What are you doing on December 31?"),
    ("We'll see you on New Year's Day.", "We'll see you on January 1."),
    ("The shops are closed on Boxing Day.", "The shops are closed on December 26."),
    ("Have you made any New Year's resolutions?", "Have you made any resolutions for the new year?"),
    ("My New Year's resolution is to stop smoking.", "My resolution for the new year is to stop smoking."),
    ("What are your plans for New Year?", "What are your plans for the new year?"),
    ("How old are you turning this year?", "How old will you be this year?"),
    ("How old is she turning on Saturday?", "How old will she be on Saturday?"),
    ("Who is the bride's maid of honour?", "Who is the bride's witness?"),
    ("The bride and groom cut the cake.", "The married couple cut the cake."),
    ("Let's raise a glass to the happy couple.", "Let's drink to the happy couple."),
    ("Please raise your glasses to the bride and groom!", "Please drink to the married couple!"),
    ("Make a wish and blow out the candles!", "Make a wish and put out the candles!"),
    ("You're invited to our housewarming party.", "You're invited to the party for our new house."),
    ("We're invited to a housewarming on Friday.", "We're invited to a party for the new house on Friday."),
    ("Is it fancy dress?", "Is it a costume party?"),
    ("It's a fancy dress party.", "It's a costume party."),
    ("What's the dress code?", "How should we dress?"),
    ("What is the dress code for the dinner?", "How should we dress for the dinner?"),
    ("We're going to a baby shower on Sunday.", "We're going to a party for the future baby on Sunday."),
    ("We're throwing her a surprise party on Saturday.", "We're organizing a surprise party for her on Saturday."),
    ("Let's exchange presents after dinner.", "Let's give each other presents after dinner."),
    # past, or for me or us, home.py's reading: "Ils m'ont organisé une fête surprise." (not "…pour moi.")
    ("They threw me a surprise party.", "They organized me a surprise party."),
    ("They're throwing us a party tonight.", "They're organizing us a party tonight."),   # "Ils nous organisent…"
    ("Count me in!", "I'll be there!"),
    ("Slow down!", "Not so fast!"),
    ("Slow down, you'll cause an accident!", "Not so fast, you'll cause an accident!"),
    ("He's choking!", "He can't breathe!"),
    ("She is choking!", "She can't breathe!"),
    ("Best wishes for the future!", "All my best wishes for the future!"),
    ("Best wishes for your new job!", "All my best wishes for your new job!"),
    ("We have a family get-together every Christmas.", "We have a family meeting every Christmas."),
    ("It's just a small family get together.", "It's just a small family meeting."),
]

LEFT = [   # looks like one, but is not
    "Turn the dial 15 degrees to the right.",     # a dial, not dialling ("Tournez les appels 15 degrés…")
    "Set the dial 18 notches higher.",
    "Blow out the candles.",                            # opening a line: "Sortez…", then "Mettez les bougies !"
    "We bought our new neighbors a clock as a housewarming gift.",   # a gift, not the party
    "We exchange gifts on Christmas Eve.",              # had come out right, "Nous échangeons des cadeaux…"
    "Wishing you a speedy recovery!",                   # no better read "I wish you…"
    "Help him up the stairs!",                          # a verb with its object, no cry
    "Look out of the window!",                          # not a warning
    "Mind the step!",                                   # "Attention au pas" came out for every paraphrase
    "Count me in for the next game.",                   # more than the reply alone
    "It's a baby shower for my cousin.",                # the cousin had been left out of the paraphrase
    "I was mugged on my way home.",                     # had come out right, "J'ai été agressé…"
    "The bride and the groom's parents arrived.",       # not the couple alone
    "Slow down the pace of the talks.",                 # a verb with its object, no warning
    "Best wishes",                                      # a letter's closing: letters.py writes "Bien à vous"
    "He's choking on his words.",                       # no cry for help
]

READ += [   # ask34 (s33): an alarm that did not "go off" («n'a-t-il pas décollé»)
    ("Why didn't my alarm go off?", "Why didn't my alarm ring?"),
    ("My alarm didn't go off this morning.", "My alarm didn't ring this morning."),
    ("Why didn't the alarm clock go off?", "Why didn't the alarm clock ring?"),
]
LEFT += ["The bomb didn't go off.",                  # no alarm
         "Did the lights go off?"]
READ += [   # a first visitor's readings (measure35, s34)
    ("The concert is in the main hall.", "The concert is in the main room."),
]
READ += [   # "mind" a warning (senses50, s39)
    ("Mind the gap!", "Be careful of the gap!"),
    ("Mind the doors, please.", "Be careful of the doors, please."),
    ("Mind your head on the way down.", "Be careful of your head on the way down."),
]
LEFT += ["Mind your own business.", "Mind the step.", "Do you mind the noise?"]   # (senses50, s39)
READ += [   # "mind" a warning with a full stop, or a gap between two things (left52, s40; food's and
    # test_phrasing's LEFT cases before, «Mêle l'écart», «Mange la tête», «Mange l'écart entre le train et le quai»)
    ("Mind the gap.", "Be careful of the gap."),
    ("Mind your head.", "Watch out for your head."),
    ("Mind the doors.", "Be careful of the doors."),
    ("Mind the stairs.", "Watch out for the stairs."),
    ("Mind the gap between the train and the platform.",
     "Be careful of the gap between the train and the platform."),
]
LEFT += ["Mind you, it was cheap.", "Mind the children.", "Mind your manners."]   # (left52, s40)
READ += [   # vocab56 (s41): unsafe («n'est pas sourd», «est sourd», «insupportable»)
    ("This neighbourhood is unsafe at night.", "This neighbourhood is dangerous at night."),
    ("The old bridge is really unsafe.", "The old bridge is really dangerous."),
    ("It's unsafe to swim here.", "It's dangerous to swim here."),
]
LEFT += ["Unsafe driving kills."]   # (vocab56) only after "be"
