"""Cases of what a demo visitor types in help texts, plans, calls and a shop's hours (visitors.py, session 32), read
by tests/unit/test_phrasing.py with the other tables' cases: "Pause the video." had come out "Mettez la vidéo."; read
"Put the video in pause.": "Mettez la vidéo en pause."."""

READ = [   # (typed, read): each entry of visitors.PHRASES read at least once
    ("Pause the video.", "Put the video in pause."),
    ("You can pause the music at any time.", "You can put the music in pause at any time."),
    ("Can you pause the movie?", "Can you put the movie in pause?"),
    ("Move to the next field.", "Go to the next field."),
    ("Press Tab to move to the next field.", "Press Tab to go to the next field."),
    ("Move to the previous page to check your answers.", "Go to the previous page to check your answers."),
    ("Restore the default settings.", "Put back the parameters by default."),
    ("The default settings are fine.", "The parameters by default are fine."),
    ("I changed the default settings.", "I changed the parameters by default."),
    ("Go to the next step.", "Go to the next stage."),
    ("The next step is to choose a password.", "The next stage is to choose a password."),
    ("What's the next step?", "What's the next stage?"),
    ("I can't wait for summer.", "I look forward to the summer."),
    ("I hate the cold, I can't wait for spring.", "I hate cold weather, I look forward to the spring."),
    ("I can't wait for the holidays.", "I look forward to the holidays."),
    ("We can't wait for Christmas!", "We look forward to Christmas!"),
    ("I can't wait for my holidays.", "I look forward to my holidays."),
    ("The hotel has a lovely view of the sea.", "The hotel has a lovely view over the sea."),
    ("From the balcony there's a view of the mountains.", "From the balcony there's a view over the mountains."),
    ("Our flat has a view of the lake.", "Our apartment has a view over the lake."),
    ("The pharmacy closes at 19:00 on Saturdays.", "The pharmacy is open until 19:00 on Saturdays."),
    ("The bank closes at 16:30 on Fridays.", "The bank is open until 16:30 on Fridays."),
    ("The hairdresser's closes at six.", "The hairdresser's is open until six."),
    ("Can you buy bread on your way home from work?", "Can you buy bread while coming back from work?"),
    ("I'll call you on my way home from work.", "I'll call you while coming back from work."),
    ("We bought a pizza on the way home from school.", "We bought a pizza while coming back from school."),
    ("Let's schedule a call for next week.", "We should schedule a call for next week."),
    ("Let's schedule a meeting with the team.", "We should schedule a meeting with the team."),
    ("Let us schedule a call tomorrow.", "We should schedule a call tomorrow."),
    ("I cook dinner.", "I prepare dinner."),
    ("He cooks dinner every evening.", "He prepares dinner every evening."),
    ("I cooked lunch for them.", "I prepared lunch for them."),
    ("Who's cooking lunch today?", "Who's preparing lunch today?"),
    ("The mornings are cool in September.", "The mornings are fresh in September."),
    ("We have cool evenings here.", "We have fresh evenings here."),
    ("The evenings are a bit cool now.", "The evenings are a bit fresh now."),
]
LEFT = [   # looks like one, but is not
    "Watch your step on the stairs.", "I can't wait for you.", "I can't wait for the bus any longer.",
    "I can't wait for the weekend.", "He had a different view of the problem.", "The door closes at night.",
    "I'm on my way home from work.", "She was on her way home from school.", "She cooks very well.",
    "That's a cool idea.", "There's a cool breeze from the sea.", "Pause for a moment.", "The default is fine.",
    "Let's schedule it for Monday.", "The supermarket closes at 21:00.",
    "The shop closes at midnight.", "The bakery closes at seven.",
]
READ += [   # a first visitor's readings (measure43, s37)
    ("a café that is cheap and is open on Sundays", "a café that is cheap and that is open on Sundays"),
    ("Is there a pharmacy nearby that is open late?", "Is there a pharmacy nearby that is open until late?"),
]
LEFT += [   # (measure43, s37)
    "The supermarket is open late on Fridays.",             # «ouvert tard le vendredi» as typed
]
