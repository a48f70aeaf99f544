"""Cases of a first visitor's phrases (firstvisit45.py, measure45, s37), read by tests/unit/test_phrasing.py with the
other tables' cases: "Tomorrow will be sunny with a high of 20 degrees." had come out «…un grand nombre de 20
degrés.»."""

READ = [   # (typed, read): each entry of firstvisit45.PHRASES read at least once
    ("It will be windy with a high of 20 degrees.", "It will be windy with a maximum of 20 degrees."),
    ("Expect the high of 31° tomorrow.", "Expect the maximum of 31° tomorrow."),
    ("Is there a lost and found in this station?", "Is there a office for lost objects in this station?"),
    ("I went to the lost-and-found office.", "I went to the office for lost objects."),
    ("My uncle used to take me fishing.", "My uncle used to take me to go fishing."),
    ("He took his daughter fishing last week.", "He took his daughter to go fishing last week."),
    ("Can I sit by the window?", "Can I sit near the window?"),
    ("My friends invited me for coffee.", "My friends invited me to have coffee."),
    ("She invites them for a tea on Fridays.", "She invites them to have tea on Fridays."),
    ("This invoice is due by Friday.", "This invoice must be paid by Friday."),
    ("The invoice was due yesterday.", "The invoice had to be paid yesterday."),
]

LEFT = [   # look-alikes that stay as typed
    "Prices are at a high of ten years.",                    # not degrees
    "I want to take my brother fishing.",                   # after another "to": right as typed
    "The window was cleaned by the window cleaner.",        # a trade
    "They invited us for dinner.",                          # a meal: right as typed
    "I lost and found my keys twice today.",                # no "the" or "a" before it
    "The delay was due to the invoice.",                    # "due to": because of
    "Your invoice is due on Monday.",                       # «Ton invoice…» either way
    "We went fishing yesterday.",                           # no one taken along
]
