"""Cases of the phrases of long sentences that tell what happened (recount.py), read by tests/unit/test_phrasing.py
with the other tables' cases: "…than living in the country…" had come out "…que la vie au Canada."; read "…in the
countryside…": "…que de vivre à la campagne."."""

READ = [   # (typed, read): each entry of recount.PHRASES read at least once
    ("Living in the city is more expensive than living in the country, but there is more to do.",
     "Living in the city is more expensive than living in the countryside, but there is more to do."),
    ("My parents live in the country, far from the city.", "My parents live in the countryside, far from the city."),
    ("When we lived in the country, we had chickens and a big garden far from the town.",
     "When we lived in the countryside, we had chickens and a big garden far from the town."),
    ("He said he would call me back, but I have not heard from him yet.",
     "He said he would call me back, but I have had no news from him yet."),
    ("They haven't heard from their daughter since she left.",
     "They have had no news from their daughter since she left."),
    ("She hasn't heard from her son for two weeks.", "She has had no news from her son for two weeks."),
    ("This hotel is more expensive than the one we stayed in last year.",
     "This hotel is more expensive than the one where we stayed last year."),
    ("The hotel that we stayed in last summer was close to the beach.",
     "The hotel where we stayed last summer was close to the beach."),
    ("The room we slept in last night was very cold.", "The room where we slept last night was very cold."),
    ("If it is sunny tomorrow morning, we will go to the beach.",
     "If the weather is nice tomorrow morning, we will go to the beach."),
    ("Whenever it's sunny, my grandfather sits on the bench.",
     "Whenever the weather is nice, my grandfather sits on the bench."),
]

LEFT = [   # looks like one, but is not
    "She is the best doctor in the country and everyone knows her.",                # a nation, no town named
    "He has lived in the country for ten years, in a big city, and speaks the language well.",   # a nation
    "They live in the country's capital city.",                                     # the nation's capital
    "I have not heard of that village.",                                            # heard of, not from
    "The room we stayed in the morning was cold.",                                  # a time after "in"
    "It is sunny today.",                                                           # no "if" or "when"
]
READ += [   # a first visitor's readings (measure36, s34)
    ("I'm sorry for the late answer, I was on holiday last week and I only read your message this morning.",
     "I'm sorry for the late answer, I was on holiday last week and I read your message only this morning."),
    ("I only saw your email this afternoon.", "I saw your email only this afternoon."),
    ("She only heard the news last night.", "She heard the news only last night."),
    ("I only got your letter yesterday.", "I got your letter only yesterday."),
    ("We only received it an hour ago.", "We received it only an hour ago."),
]
LEFT += [   # (measure36, s34)
    "I only read two pages this morning.", "I only had a sandwich today.", "I only found out yesterday.",
    "I only read it because you asked.", "Only I saw your email this morning.",
    "I saw the job on your website.", "You advertised the job last week.",
    "The ride is not for children under 120 cm.", "Children under 12s play here.",
]
READ += [   # a first visitor's readings (measure37, s35)
    ("When I was young, we used to spend every summer at my uncle's farm.",
     "When I was young, we spent every summer at my uncle's farm."),
    ("They used to spend each Christmas at home.", "They spent each Christmas at home."),
]
LEFT += [   # (measure37, s35)
    "Kindly send the form by Friday.", "He has kindly offered to help.", "She kindly offered to help me.",
    "She used to spend hours reading.", "We used to spend a lot of time together.",
]
READ += [   # a first visitor's readings (measure38, s35)
    ("Call me when you arrive so I know you're safe.", "Call me when you arrive to let me know that you're safe."),
    ("Text me when you get home so that I know that you are safe.",
     "Send me a message when you get home to let me know that you are safe."),
]
LEFT += [   # (measure38, s35)
    "I know you're safe.",
]
READ += [   # a first visitor's readings (measure46, s38)
    ("My aunt used to bake bread, and we would eat it warm.",
     "My aunt used to bake bread, and we used to eat it warm."),
]
LEFT += [   # (measure46, s38)
    "We would like a table, and we used to come here.",     # "would" before "used to"
    "He used to smoke, and I would like him to stop.",      # "would like": a wish
]
READ += [   # ", in which case" as a clause of its own (long47, s40): «dans laquelle», «dans lequel», «dans quel cas»
    ("If it snows, the school will be closed, in which case I will work from home.",
     "If it snows, the school will be closed; in that case I will work from home."),
    ("The flight might be full, in which case we will take the train.",
     "The flight might be full; in that case we will take the train."),
    ("You may have to pay a fee, in which case keep the receipt.",
     "You may have to pay a fee; in that case keep the receipt."),
]
LEFT += ["In which case did the judge decide?", "Which case is yours?"]   # (long47, s40) no clause before it
READ += [   # "than we had expected" (long48, s40; «que nous ne l'avions attendu», «que nous ne l'espérions»)
    ("The house was bigger than we had expected.", "The house was bigger than we had imagined."),
    ("The repairs cost more than we had expected.", "The repairs cost more than we had imagined."),
    ("The restaurant closed earlier than we had expected.", "The restaurant closed earlier than we had imagined."),
]
LEFT += ["The film was better than I had expected."]   # «que ce à quoi je m'attendais» (long48, s40)
