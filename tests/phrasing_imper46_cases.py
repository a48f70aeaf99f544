"""Cases of orders opening with a verb the model misreads, read with a verb it knows (phrasing/imper46.py, imper46,
s38), read by tests/unit/test_phrasing.py with the other tables' cases: "Bake the cake for forty minutes." had come
out «Prends le gâteau…», "Type your name in the box." «Dites votre nom…»."""

READ = [   # (typed, read): each entry of imper46.PHRASES read at least once
    ("Bake the cake for forty minutes.", "Cook the cake in the oven for forty minutes."),
    ("Bake the biscuits until golden.", "Cook the biscuits in the oven until golden."),
    ("Mix it all. Bake the bread for an hour.", "Mix it all. Cook the bread in the oven for an hour."),
    ("Type your name in the box.", "Write your name in the box."),
    ("Type the code you received.", "Write the code you received."),
    ("Insert the card into the machine.", "Put the card into the machine."),
    ("Insert a coin.", "Put a coin."),
    ("Unpack your suitcase when we arrive.", "Empty your suitcase when we arrive."),
    ("Unpack my bag for me.", "Empty my bag for me."),
]

LEFT = [   # look-alikes that stay as typed
    "Bake the cake in the oven for an hour.",      # an oven said already
    "She likes to bake bread.",                    # not opening the sentence
    "What type of music do you like?",             # the noun
    "Type in your password.",                      # "type in"
    "Insert here.",
    "Unpack the bags and put the food away.",      # «Détendez les sacs…» read so
    "I need to unpack my suitcase.",               # not opening the sentence
]
