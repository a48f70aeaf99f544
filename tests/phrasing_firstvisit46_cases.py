"""Cases of a first visitor's phrases left by session 37's probes (firstvisit46.py, left46, s38), read by
tests/unit/test_phrasing.py with the other tables' cases: "I will send you the address by text message." had come out
«Je t'enverrai l'adresse du texte.»."""

READ = [   # (typed, read): each entry of firstvisit46.PHRASES read at least once
    ("Tell her by text message.", "Tell her by message."),
    ("He replied by SMS.", "He replied by message."),
    ("My uncles run a small hotel.", "My uncles manage a small hotel."),
    ("Our parents ran the bakery.", "Our parents managed the bakery."),
    ("She has run her own business for years.", "She has managed her own business for years."),
    ("My aunt is twenty.", "My aunt is 20 years old."),
    ("Her dad, who is thirty, plays football.", "Her dad, who is 30 years old, plays football."),
    ("I am forty!", "I am 40 years old!"),
    ("He's fifty and happy.", "He's 50 years old and happy."),
    ("She is sixty.", "She is 60 years old."),
    ("My nan is seventy.", "My nan is 70 years old."),
    ("Our neighbour is eighty, I think.", "Our neighbour is 80 years old, I think."),
    ("My grandpa, who is ninety, sings.", "My grandpa, who is 90 years old, sings."),
    ("See you next Friday afternoon.", "See you next Friday, in the afternoon."),
    ("It's windy so wear a jacket.", "It's windy, so wear a jacket."),
    ("The guard let us on the ferry.", "The guard allowed us to get on the ferry."),
    ("Frogs sat along the steep bank.", "Frogs sat along the steep riverbank."),
    ("We fished from the bank of the stream.", "We fished from the riverbank."),
    ("We sold our flat, then we moved.", "We sold our apartment, then we moved."),
]

LEFT = [   # look-alikes that stay as typed
    "Let me know by text message when you arrive.",   # lost read so before "when": «Faites-moi savoir quand…»
    "The text was written by text experts.",          # not a message
    "We run a restaurant near the station.",          # "we manage": «Nous gèreons…», a spelling slip
    "I run a small shop.",                            # "I manage": «Je débrouille…»
    "They run a marathon every year.",                # a race
    "Who ran the shop before you?",                   # «Qui a réussi le magasin» read so
    "I need cash from the bank near the river.",       # money said: a bank that keeps it
    "He swam to the far bank of the river.",            # "to the bank" is most often the money's: left
    "We walked along the bank of the canal.",          # "the riverbank of the canal": left
    "The number of boys in our class is thirty.",     # not a person's age
    "There were eighty people.",                      # not an age
    "The score is thirty to nil.",                    # not an age, not at the clause's end
    "I am free next Monday evening.",                 # the evening: «dans le soir» read so
    "It's cold, so take a coat.",                     # the comma is there
    "I think so take it.",                            # "so" as a pronoun-like answer
    "They let us in at noon.",                        # not on board
    "Did they let us get on the plane?",              # after "did": firstvisit41's reading is kept
    "The flat, sandy beach was empty.",               # no possessive: the land is flat
    "My flat tire went unnoticed.",                   # a tire, not a home
]
