"""Cases of a first visitor's phrases (firstvisit42.py, measure42, s37), read by tests/unit/test_phrasing.py with the
other tables' cases: "…with the windows closed and the curtains drawn." had come out «…et les rideaux.»."""

READ = [   # (typed, read): each entry of firstvisit42.PHRASES read at least once
    ("She sat in the dark with the curtains drawn.", "She sat in the dark with the curtains closed."),
    ("The curtains were drawn when we arrived.", "The curtains were closed when we arrived."),
    ("Keep the blinds drawn during the day.", "Keep the blinds closed during the day."),
    ("The curtains are still drawn.", "The curtains are still closed."),
    ("I missed the last train home.", "I missed the last train to get home."),
    ("What time is the last bus home?", "What time is the last bus to get home?"),
    ("We took the first train home after the concert.", "We took the first train to get home after the concert."),
    ("The party is at Tom's place this year.", "The party is at Tom's house this year."),
    ("i had to sleep at a friend's place", "i had to sleep at a friend's house"),
    ("We had dinner at my parents' place.", "We had dinner at my parents' house."),
    ("The baby is sleeping, so please be quiet.", "The baby is sleeping, so please try not to make any noise."),
    ("Dad is on the phone so please keep quiet!", "Dad is on the phone so please try not to make any noise!"),
    ("So please be quiet.", "So please try not to make any noise."),
    ("The film is starting, please be quiet.", "The film is starting. Don't make any noise, please."),
    ("The children are asleep; please be quiet.", "The children are asleep. Don't make any noise, please."),
    ("The food was delicious and it was wonderful to see you all again.",
     "The food was delicious. It was wonderful to see you all again."),
    ("The weather was perfect, and it was great to be outside.", "The weather was perfect. It was great to be "
     "outside."),
    ("The party was fun and it was really lovely to meet your friends.",
     "The party was fun. It was really lovely to meet your friends."),
    ("Thank you for a lovely weekend.", "Thank you for a nice weekend."),
    ("We had a lovely evening with our neighbours.", "We had a nice evening with our neighbours."),
    ("My flight lands at 6:45 pm on Thursday, so could someone pick me up?",
     "My flight arrives on Thursday at 6:45 pm, so could someone pick me up?"),      # "arrives": figures.py
    ("Her bus gets in at 5:30 on Tuesday.", "Her bus gets in on Tuesday at 5:30."),
    ("We leave at 8 o'clock on Saturday morning.", "We leave on Saturday morning at 8 o'clock."),
    ("The game is at noon on Sunday.", "The game is on Sunday at noon."),
    ("The last class ends at half past three on Monday.", "The last class ends on Monday at half past three."),
]
LEFT = [   # looks like one, but is not
    "The curtains were drawn back to let the light in.",     # opened
    "She has drawn a picture of the curtains.",
    "The last bus home leaves at midnight.",                 # read so, «…pour rentrer à la maison à minuit.»: no verb
    "I'm going home on the last train.",
    "It's your turn to take my place.",
    "He finished in second place.",
    "Please be quiet.",                                      # alone: «Soyez tranquille»
    "Could you please be quiet?",
    "Everyone, please keep quiet during the exam.",          # whom it asks: read so, «Tout le monde ne fait aucun…»
    "Children, please be quiet!",                            # «Les enfants, soyez silencieux !»
    "Tom, please be quiet.",
    "It is so quiet here.",
    "The soup was cold and it was hard to eat.",             # «…et il était difficile de manger.»: right
    "She was lovely to everyone.",
    "The film was long and it was nice to see you all.",     # «…et il était chouette de vous voir tous.»: right
    "The meeting is on Monday at 10.",                       # the day first already
    "I saw him at the station on Monday.",                   # a place, not a time
]
