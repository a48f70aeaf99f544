"""Cases of a first visitor's phrases (firstvisit41.py, measure41, s37), read by tests/unit/test_phrasing.py with the
other tables' cases: "He drives a lorry for a supermarket." had come out «Il conduit un lore pour un supermarché.»."""

READ = [   # (typed, read): each entry of firstvisit41.PHRASES read at least once
    ("A lorry blocked the road for an hour.", "A truck blocked the road for an hour."),
    ("He drives a lorry for a supermarket.", "He drives a truck for a supermarket."),
    ("There are too many lorries on this road.", "There are too many trucks on this road."),
    ("Lorries are not allowed in the town centre.", "The trucks are not allowed in the city center."),
    ("Can I pay cash?", "Can I pay in cash?"),
    ("We paid cash for the taxi.", "We paid in cash for the taxi."),
    ("He always pays cash.", "He always pays in cash."),
    ("They lost two goals to nil.", "They lost two goals to zero."),
    ("We were winning three goals to nil at half-time.", "We were winning three goals to zero at half-time."),
    ("They wouldn't let me on the plane because my passport had expired.",
     "They wouldn't let me get on the plane because my passport had expired."),
    ("The driver wouldn't let him on the bus with his dog.", "The driver wouldn't let him get on the bus with his "
     "dog."),
    ("Will they let me on the flight with this bag?", "Will they let me get on the flight with this bag?"),
    ("My grandfather is 92 and still drives.", "My grandfather is 92 years old and still drives."),
    ("My grandmother is 92 but she still lives alone.", "My grandmother is 92 years old but she still lives alone."),
    ("Our neighbour is 80 and lives alone.", "Our neighbour is 80 years old and lives alone."),
    ("My aunt is 70 this year.", "My aunt is 70 years old this year."),
    ("Our dog is 12 and can hardly walk.", "Our dog is 12 years old and can hardly walk."),
]
LEFT = [   # looks like one, but is not
    "He threw the paper in the bin lorry.",                 # a dustcart: as wrong either way (house.py's case)
    "They paid cash prizes to the winners.",
    "We have two goals to reach this year.",
    "Let me know on Monday.",
    "They let us on to the next round.",
    "My son is 7 and a half years old.",
    "The room number is 92 and the floor is 9.",            # not a person's age
    "My score is 92 and hers is 85.",
    "His flight is 92 minutes late.",
]
