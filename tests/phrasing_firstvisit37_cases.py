"""Cases of the firstvisit37 phrases (measure37, s35: a first visitor's readings that came out wrong), read by
tests/unit/test_phrasing.py with the other tables' cases: "We are spending Christmas with my parents." had come out
«Nous dépensons Noël…»; read "will spend": «Nous passerons Noël avec mes parents…»."""

READ = [   # (typed, read): each entry of firstvisit37.PHRASES read at least once
    ("Our neighbour kindly watered our plants.", "Our neighbour had the kindness to give water to our plants."),
    ("The teacher kindly gave us more time.", "The teacher had the kindness to give us more time."),
    ("My colleague kindly lent me his car.", "My colleague had the kindness to lend me his car."),
    ("Our neighbour kindly fed the cat.", "Our neighbour had the kindness to feed the cat."),
    ("They kindly invited us to dinner.", "They had the kindness to invite us to dinner."),
    ("A stranger kindly showed me the way.", "A stranger had the kindness to show me the way."),
    ("She kindly sent me the photos.", "She had the kindness to send me the photos."),
    ("He kindly looked after our dog.", "He had the kindness to look after our dog."),
    ("She kindly picked us up at the station.", "She had the kindness to pick us up at the station."),
    ("My uncle kindly fixed my bike.", "My uncle had the kindness to fix my bike."),
    ("She kindly made us a cake.", "She had the kindness to make us a cake."),
    ("We are spending Christmas with my parents in the mountains.",
     "We will spend Christmas with my parents in the mountains."),
    ("They are spending the weekend at the beach.", "They will spend the weekend at the beach."),
    ("We're spending two weeks in Greece.", "We will spend two weeks in Greece."),
    ("When I was young, we used to spend every summer at my uncle's farm.",
     "When I was young, we spent every summer at my uncle's farm."),
    ("They used to spend each Christmas at home.", "They spent each Christmas at home."),
]

LEFT = [   # looks like one, but is not
    "Kindly send the form by Friday.", "He has kindly offered to help.", "She kindly offered to help me.",
    "He kindly drove me home.", "She kindly helped us with the bags.", "She kindly watered the garden.",
    "We are spending too much money.", "They are spending a lot on food.", "I am spending two weeks in Italy.",
    "She used to spend hours reading.", "We used to spend a lot of time together.",
]
