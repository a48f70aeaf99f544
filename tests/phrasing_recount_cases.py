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
