"""Cases of the driving phrases (a car that won't start, fines, a flat battery, servicing), read by
tests/unit/test_phrasing.py with the other tables' cases: "You'll get a fine." had come out "Tu vas bien te
chercher."; read "You'll have to pay a fine.": "Vous devrez payer une amende."."""

READ = [   # (typed, read): each entry of driving.PHRASES read at least once
    ("my car won't start this morning", "my car doesn't want to start this morning"),
    ("The engine won't start.", "The engine doesn't want to start."),
    ("Our car will not start.", "Our car doesn't want to start."),
    ("She was caught speeding.", "She was caught driving too fast."),
    ("They were caught speeding twice.", "They were caught driving too fast twice."),
    ("We got a fine.", "We had to pay a fine."),
    ("He got a fine for speeding.", "He had to pay a fine for speeding."),
    ("Don't drive so fast, you'll get a fine.", "Don't drive so fast, you'll have to pay a fine."),
    ("He gets a fine every time he parks there.", "He has to pay a fine every time he parks there."),
    ("The battery is flat.", "The battery is dead."),
    ("The battery's flat again.", "The battery's dead again."),
    ("My phone battery was flat this morning.", "My phone battery was dead this morning."),
    ("The car needs a service.", "The car needs to be checked."),
    ("My bike needs a service before the trip.", "My bike needs to be checked before the trip."),
    ("I got a parking ticket.", "I got a parking fine."),
    ("He got another parking ticket.", "He got another parking fine."),
]

LEFT = [   # looks like one, but is not
    "We got a fine view over the sea.",                  # a fine thing, not one to pay
    "You'll get a fine view from the top.",
    "He's got a fine collection of stamps.",             # has it
    "I've got a fine.",
    "The car won't start until you press the brake.",    # a start to come
    "My motorbike won't start again.",                   # read, "…ne veut pas recommencer", no better
    "The race won't start on time.",                     # not a car
    "He got caught speeding.",                           # read, "Il s'est fait conduire trop vite"
    "Did you pay the parking ticket?",                   # read, "As-tu payé le parking ?" (the fine left out)
    "He gets parking tickets every week.",               # read, "…des amendes chaque semaine pour garer."
]

# hunt30 (s30): "fine" the first of two adjectives ("We got a fine, sunny day for the wedding." had come out "Nous avons
# dû payer un beau jour ensoleillé…")
READ += [("You'll get a fine, so don't park there.", "You'll have to pay a fine, so don't park there.")]
LEFT += ["We got a fine, sunny day for the wedding.", "They get a fine, dry summer every year."]
READ += [   # a first visitor's readings (measure36, s34)
    ("We bought a second-hand car last month.", "We bought a used car last month."),
    ("Is it a new car or a second-hand car?", "Is it a new car or a used car?"),
    # home.py: the verb and its "out" together ("…sortir les pièges ce soir." had come out)
    ("Don't forget to take the rubbish out tonight.", "Don't forget to take out the trash tonight."),
    ("Can you take the trash out, please?", "Can you take out the trash, please?"),
    ("He took the garbage out after dinner.", "He took out the trash after dinner."),
    # figures.py: an hour in words before a day ("…à huit dimanches…" had come out)
    ("The supermarket closes at eight on Sundays, so we should hurry.",
     "The supermarket closes at eight o'clock on Sundays, so we should hurry."),
    ("The museum opens at ten on Mondays.", "The museum opens at ten o'clock on Mondays."),
    ("The bakery opens at seven every Sunday.", "The bakery opens at seven o'clock every Sunday."),
]
LEFT += [   # (measure36, s34)
    "We sell second-hand cars.",   # ("She buys second-hand clothes." was here: errands.py reads it now, left54)
]
READ += [   # words44's readings (words44, s38)
    ("Parking costs two euros an hour.", "The parking costs two euros an hour."),
    ("Parking was hard. Parking is expensive.", "The parking was hard. The parking is expensive."),
]
READ += [   # a ticket that is a fine (senses49, s39)
    ("He got a speeding ticket on the highway.", "He had to pay a fine for speeding on the highway."),
    ("I don't want another speeding ticket.", "I don't want another fine for speeding."),
    ("I have to pay a ticket for parking in the wrong place.",
     "I have to pay a fine for parking in the wrong place."),
]
LEFT += ["I have to pay a ticket for the train.", "We paid the ticket for the concert."]   # (senses49, s39)
READ += [   # a car's boot, «botte» (senses50, s39)
    ("Put the bags in the boot of the car.", "Put the bags in the trunk of the car."),
    ("The car boot is full.", "The car trunk is full."),
    ("There is a spare tyre in the boot.", "There is a spare tire in the trunk."),
    ("Can you open the boot?", "Can you open the trunk?"),
]
LEFT += ["We went to a car boot sale.", "I have a stone in my boot.", "He bought new boots for hiking.",
         "Take your boots off in the hall."]   # (senses50, s39)
READ += [   # one knocked down by a car (left52, s40; «verrouillée», «frappé»)
    ("He was knocked down by a car on his way to school.", "He was hit by a car on his way to school."),
    ("She got knocked down by a bus but she is fine.", "She got hit by a bus but she is fine."),
    ("My neighbour was knocked down by a cyclist yesterday.", "My neighbour was hit by a cyclist yesterday."),
]
LEFT += ["The boxer was knocked down in the first round."]   # (left52, s40)
READ += [   # speeding tickets opening a line (left54, s40; «Les billets d'examen…»)
    ("Speeding tickets are sent by post.", "The speeding tickets are sent by mail."),
    ("Speeding tickets can be paid online.", "The speeding tickets can be paid online."),
]
LEFT += ["He got two speeding tickets last year."]   # not at the opening: glossary_everyday.py (left54, s40)
READ += [   # vocab58 (s41): «faire une épine», «faire un espion» as typed
    ("Let's go for a spin in my new car.", "Let's go for a drive in my new car."),
    ("We went for a spin around town.", "We went for a drive around town."),
]
LEFT += ["We went for a spin on my bike.", "The wheels spin fast."]   # (vocab58, s41)


READ += [
    ("The sat nav sent us the wrong way.", "The GPS sent us the wrong way."),
    ("Turn on the satnav.", "Turn on the GPS."),
    ("My sat-nav is broken.", "My GPS is broken."),
]   # british60 (s41): British and American everyday words
LEFT += ["She sat on the nave of the church."]   # (british60, s41)


READ += [   # colloc60 (s41): heavy traffic («une circulation lourde»)
    ("There was heavy traffic this morning.", "There was a lot of traffic this morning."),
    ("We were stuck in heavy traffic.", "We were stuck in a traffic jam."),
    ("I was late because of heavy traffic.", "I was late because of the traffic jams."),
]
LEFT += ["The traffic was light.", "There is a lot of traffic."]   # (colloc60, s41)
