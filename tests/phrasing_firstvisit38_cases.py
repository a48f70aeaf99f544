"""Cases of a first visitor's readings (anytime, the right way to a place, this time of year, in the meantime, "it's
driving me crazy", heavy snow, a request after "so", a snowman given a hat), read by tests/unit/test_phrasing.py
with the other tables' cases: "…call me anytime." had come out "…appelez-moi quand même."; read "…call me at any
time.": "…appelez-moi à tout moment." (measure38, s35)."""

READ = [   # (typed, read): each entry of firstvisit38.PHRASES read at least once
    ("My phone number is 07700 900123, call me anytime.", "My phone number is 07700 900123, call me at any time."),
    ("You can call me anytime.", "You can call me at any time."),
    ("Excuse me, is this the right way to the train station?",
     "Excuse me, is this the right direction for the train station?"),
    ("Is this the right way to the beach?", "Is this the right direction for the beach?"),
    ("What's the weather like in Paris at this time of year?", "What's the weather like in Paris at this season?"),
    ("Is it cold in Scotland at this time of the year?", "Is it cold in Scotland at this season?"),
    ("Rest and drink plenty of water in the meantime.", "Rest and drink plenty of water while waiting."),
    ("Please sit down in the meantime!", "Please sit down while waiting!"),
    ("The dog barks all night and it's driving me crazy.", "The dog barks all night and it drives me mad."),
    ("This is driving me nuts!", "This drives me mad!"),
    ("Heavy snow has closed several roads.", "A lot of snow has closed several roads."),
    ("Heavy snow is causing problems on the roads.", "A lot of snow is causing problems on the roads."),
    ("We are away next week, so could you water the plants?", "We are away next week. So could you water the plants?"),
    ("The lift is out of order, please use the stairs.", "The elevator is out of order. Please use the stairs."),
    ("The car park is full, please use the one behind the station.",
     "The parking lot is full. Please use the one behind the station."),
    ("Call me when you arrive so I know you're safe.", "Call me when you arrive to let me know that you're safe."),
    ("Text me when you get home so that I know that you are safe.",
     "Send me a message when you get home to let me know that you are safe."),
    ("Go straight ahead and turn left at the second traffic lights.",
     "Go straight ahead and turn to the left at the second traffic light."),
    ("Turn right at the next lights.", "Turn right at the next traffic light."),
    ("She has been learning to play the guitar for three years.",      # then firstvisit39.py: "learns … since"
     "She learns the guitar since three years."),
    ("The children built a snowman in the garden and gave it my old hat.",
     "The children built a snowman in the garden and gave him my old hat."),
    ("The old one is falling apart.", "The old one is falling to pieces."),
    ("i feel a bit lonely since my best friend moved abroad",
     "i feel a bit lonely since my best friend went to live abroad"),
    ("If the pain doesn't stop by tomorrow, call me.", "If the pain doesn't stop before tomorrow, call me."),
    ("If the parcel doesn't arrive by Friday, let me know.",
     "If the parcel doesn't arrive before Friday, let me know."),
    ("The password needs one capital letter and one number.", "The password needs one capital letter and one figure."),
    ("Our kids start school again on Monday.", "Our kids go back to school on Monday."),
    ("The kids are starting school again tomorrow.", "The kids are going back to school tomorrow."),
    ("She starts school again in September.", "She goes back to school in September."),
    ("My son started school again last week.", "My son went back to school last week."),
    ("…when the beaches are empty and the air smells of salt.",
     "…when the beaches are empty and the air has a smell of salt."),
    ("His jacket smells of cigarettes.", "His jacket has a smell of cigarettes."),
    ("The lift is broken again, so we took the stairs.", "The elevator is broken once again, so we took the stairs."),
    ("The printer on the second floor is out of paper again.",
     "The printer on the second floor has run out of paper again."),
    ("We are out of milk again.", "We have run out of milk again."),
    ("We have no more bread again.", "We have run out of bread again."),
    ("We need a car, preferably one with air conditioning.", "We need a car, if possible with air conditioning."),
]

LEFT = [   # looks like one, but is not
    "It won't stop anytime soon.",
    "Is this the right way to do it?",             # a manner
    "In the meantime, we waited.",                 # opening the line: came out right («Entre-temps»)
    "The storm is driving the boats onto the rocks.",
    "The heavy snow made us late.",
    "Heavy snow fell all night.",                  # "A lot of snow fell…" came out «…tombèrent»
    "Heavy snow is expected tomorrow.",            # read_forecasts
    "I'm tired, so you could drive.",              # no question
    "If it rains, please use the back door.",
    "I know you're safe.",
    "Take the second street.",
    "He has been learning to play for years.",
    "He gave it my old hat.",                      # no snowman: an object given away
    "She moved abroad last year.",
    "I'll finish it by tomorrow.",                 # a deadline met: «d'ici demain» came out right
    "Call me back on this number.",                # no password
    "Let's start again from the beginning.",
    "It smells of smoke.",                         # no thing named
    "I have no more questions.",                   # no "again"
    "The shop is out of flour again.",             # read so: «…à bord de la farine»
    "He is out of his mind again.",
]
