"""Cases of the everyday words of calls, plans, meals out and talks at work (daily.py), read by
tests/unit/test_phrasing.py with the other tables' cases: "I think I'll pass on the party." had come out "Je pense que
je passerai à la fête." (the opposite); read "…I won't go to the party.": "Je pense que je n'irai pas à la fête."."""

READ = [   # (typed, read): each entry of daily.PHRASES read at least once
    ("Hold the line, please.", "Wait, please."),
    ("Can you hold the line?", "Can you wait?"),
    ("Could you hold the line a moment?", "Could you wait a moment?"),
    ("The line is busy now. Please hold the line.", "The line is busy now. Please wait."),
    ("I think I'll pass on the party.", "I think I won't go to the party."),
    ("I'll pass on the dinner tonight.", "I won't go to the dinner tonight."),
    ("We'll pass on the party.", "We won't go to the party."),
    ("Let's catch up over coffee.", "Let's have a coffee together and talk."),
    ("Do you want to catch up over coffee?", "Do you want to have a coffee together and talk?"),
    ("Let's talk over coffee.", "Let's have a coffee together and talk."),
    ("Let's get a takeaway tonight.", "Let's buy something to eat tonight."),
    ("We got a takeaway last night.", "We bought something to eat last night."),
    ("Should we order a takeaway?", "Should we buy something to eat?"),
    ("We ordered a takeaway.", "We bought something to eat."),
    ("We're getting a takeaway tonight.", "We're buying something to eat tonight."),
    ("I'm ordering a takeaway.", "I'm buying something to eat."),
    ("I'll send you the slides after the talk.", "I'll send you the presentation after the talk."),
    ("I'll share the slides after the meeting.", "I'll share the presentation after the meeting."),
    ("He showed the slides during the lecture.", "He showed the presentation during the lecture."),
    ("I hurt my wrist.", "I hurt myself at the wrist."),
    ("I've hurt my wrist.", "I've hurt myself at the wrist."),
    ("She hurt her wrist when she fell.", "She hurt herself at the wrist when she fell."),
    ("He hurt his wrist at work.", "He hurt himself at the wrist at work."),
    ("Did you hurt your wrist?", "Did you hurt yourself at the wrist?"),
    ("We hurt our wrist.", "We hurt ourselves at the wrist."),
    ("They hurt their wrist.", "They hurt themselves at the wrist."),
    ("The brakes on my bike don't work.", "The brakes of my bike don't work."),
    ("I need to check the brakes on my bike.", "I need to check the brakes of my bike."),
    ("The brakes on my car are worn.", "The brakes of my car are worn."),
]

LEFT = [   # looks like one, but is not
    "We must hold the line on taxes.",            # a line held, not a phone's
    "The police held the line against the crowd.",
    "You have to hold the line.",                 # stand firm, not asked to wait on the phone
    "If it would hold the line it would find the money.",
    "Believe, fight, hold the line - he did that every day.",
    "I'll pass on the message to her.",           # passed on to someone, not an outing
    "I'll pass on the party invitation to Tom.",
    "The kids love the slides at the water park.",   # a playground's slides
    "Where is the takeaway menu?",
    "He hurt her wrist.",                         # someone else's wrist
    "My wrist hurts.",
    "The brakes on the car are bad.",             # "the car" came out "Les bruits de la voiture"
]

# long32 (s32): slides prepared or sent at work ("…préparer les plats…", "…vos notes…", "…les valises…")
READ += [("Can you prepare the slides for Monday?", "Can you prepare the presentation for Monday?"),
         ("Please send me your slides by Monday evening.", "Please send me your presentation by Monday evening."),
         ("I forgot to bring the slides to the meeting.", "I forgot to bring the presentation to the meeting.")]
LEFT += ["The kids love the slides in the park.", "Please prepare the slides for the microscope.",
         "We sent the children down the water slides."]

READ += [   # words33 (s32): "on my own before…" turned into «de mon propre client»; "by myself": «tout seul»
    ("My colleague is sick, so I have to finish the presentation on my own before the client arrives.",
     "My colleague is sick, so I have to finish the presentation by myself before the client arrives."),
    ("I cleaned the whole house on my own while my husband was at work.",
     "I cleaned the whole house by myself while my husband was at work."),
]
LEFT += ["I did it on my own.", "She lives on my own street."]
READ += [   # a first visitor's readings (measure52, s40): "…, wake me up immediately" had come out «…, je me réveille…»
    ("If anything happens, wake me up at once.", "If anything happens, wake me at once."),
    ("If the alarm rings, wake me up right away.", "If the alarm rings, wake me right away."),
]
LEFT += ["Wake me up at six.", "Please wake me up when we arrive."]   # (measure52, s40): right as typed
