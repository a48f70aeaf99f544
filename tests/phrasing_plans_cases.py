"""Cases of the plans, opinions and apologies phrases (a rain check, "I'll pass", "you have a point", "something came
up"), read by tests/unit/test_phrasing.py with the other tables' cases: "Can I take a rain check?" had come out
"Puis-je prendre un chèque de pluie ?"; read "Can I postpone?": "Puis-je reporter ?"."""

READ = [   # (typed, read): each entry of plans.PHRASES read at least once
    ('Can I take a rain check?', 'Can I postpone?'),
    ('Can we take a rain check on dinner?', 'Can we postpone dinner?'),
    ("I'll have to take a rain check, sorry.", "I'll have to postpone, sorry."),
    ("Thanks, but I'll take a rain check.", "Thanks, but I'll postpone."),
    ("I'll pass, thanks.", "I'd prefer not to, thanks."),
    ("I think I'll pass.", "I think I'd prefer not to."),
    ("If you're going to the beach, count me in.", "If you're going to the beach, I'll be there."),
    ('Sounds fun, count me in!', "Sounds fun, I'll be there!"),
    ('Shall we say 7?', 'How about 7?'),
    ("Shall we say seven o'clock at the station?", "How about seven o'clock at the station?"),
    ('shall we say tomorrow at noon', 'how about tomorrow at noon'),
    ("Something came up at work, so I'll be late.", "Something unexpected happened at work, so I'll be late."),
    ("Something's come up, so I can't come tonight.", "Something unexpected happened, so I can't come tonight."),
    ('Something has come up at home.', 'Something unexpected happened at home.'),
    ("Something just came up, I'll call you later.", "Something unexpected happened, I'll call you later."),
    ('It was great to catch up with you.', 'It was great to see you again.'),
    ('It was so nice to catch up with you!', 'It was so nice to see you again!'),
    ("I'm busy on Monday but free on Tuesday.", "I'm busy on Monday but available on Tuesday."),
    ('I was busy yesterday but free today.', 'I was busy yesterday but available today.'),
    ('Does Friday work for you?', 'Does Friday suit you?'),
    ('Does tomorrow morning work for you?', 'Does tomorrow morning suit you?'),
    ('You have a point.', "You're not wrong."),
    ("You've got a point there.", "You're not wrong."),
    ('She has a point.', "She's not wrong."),
    ('He has a point.', "He's not wrong."),
    ("They have a point, but it's expensive.", "They're not wrong, but it's expensive."),
    ("That's a good point.", "That's a good remark."),
    ('You make a good point.', 'You make a good remark.'),
    ('What a great point!', 'What a great remark!'),
    ("My phone isn't working again.", "My phone doesn't work again."),
    ("The machines aren't working again.", "The machines don't work again."),
    ('I apologise for the inconvenience.', 'I apologise for the disturbance.'),
    ('We apologise for any inconvenience.', 'We apologise for the disturbance.'),
    ("I'm sorry for the inconvenience.", "I'm sorry for the disturbance."),
    ("Sorry, I didn't mean to.", "Sorry, I didn't do it on purpose."),
    ("She didn't mean to, she was just tired.", "She didn't do it on purpose, she was just tired."),
    ("I'd like to return this, it doesn't fit.", "I'd like to bring this back, it doesn't fit."),
    ('Can I return this, please?', 'Can I bring this back, please?'),
]

LEFT = [   # looks like one, but is not
    "Sorry, I'm taking a rain check on lunch today.",   # read so, "…postponing lunch…" came out "je déjeune"
    "I'll pass the salt.",   # handed, not declined
    "I'll pass on the message.",
    "I'll pass this time, thanks.",   # read so, it came out "ne pas à cette fois"
    'Count me in for Saturday!',
    'Should we say something to him?',   # not a time
    'Something came up on the screen.',   # shown, not a hitch
    'She came up with something clever.',
    'Lovely to catch up with you.',   # chat reads "Lovely to"
    'The museum is busy but free on Sundays.',   # costs nothing
    'Does the printer work for you?',   # a thing that works
    'Does tomorrow work for everyone?',   # "you" only
    "The good point is that it's cheap.",
    'I think he has a point about the costs.',
    "I didn't mean to hurt you.",   # what was not meant is said
    'Can I return it?',   # came out right
    "We'd like to return these, please.",   # read so, it came out "récupérer"
    "I'll return it to you tomorrow.",
]
READ += [   # a first visitor's readings (measure37, s35)
    ("We are spending Christmas with my parents in the mountains.",
     "We will spend Christmas with my parents in the mountains."),
    ("They are spending the weekend at the beach.", "They will spend the weekend at the beach."),
    ("We're spending two weeks in Greece.", "We will spend two weeks in Greece."),
]
LEFT += [   # (measure37, s35)
    "We are spending too much money.", "They are spending a lot on food.", "I am spending two weeks in Italy.",
]
READ += [   # a first visitor's readings (measure39, s36)
    ("Could we have our call on Friday afternoon instead?", "Could we rather have our call on Friday afternoon?"),
    ("My grandmother turns ninety and we are planning a big party.",
     "My grandmother turns ninety and we are planning a big celebration."),
]
LEFT += [   # (measure39, s36)
    "Can we have the meeting at 15:00 instead?",     # «plutôt» came out right
    "Can I have tea instead?",
    "If it rains, can you call me?",
    "Hi John, could you call me?",
]
READ += [   # a first visitor's readings (measure43, s37)
    ("Please water the plants while I am away.", "Please water the plants during my absence."),
    ("While we're away, the cat stays with Anna.", "During our absence, the cat stays with Anna."),
    ("Who will feed the dog while you are away?", "Who will feed the dog during your absence?"),
    ("While he is away, I work alone.", "During his absence, I work alone."),
    ("While she's away, her brother runs the shop.", "During her absence, her brother runs the shop."),
    ("Water the plants while they are away.", "Water the plants during their absence."),
]
LEFT += [   # (measure43, s37)
    "While I am away from home, I miss my dog.",            # away from a place
    "I'm looking for a hotel that is quiet and is close to the station.",  # read so: «…et c'est près…»
]
READ += [   # a first visitor's readings (measure48, s38)
    ("Can I move my appointment to next Friday?", "Can I postpone my appointment to next Friday?"),
    ("We moved the meeting to next month.", "We postponed the meeting to next month."),
    ("She is moving her lesson to later today.", "She is postponing her lesson to later today."),
]
LEFT += [   # (measure48, s38)
    "I moved my appointment to Monday.",                    # not said later: maybe earlier
    "He moved his desk to the next room.",                  # a thing moved, not a date
]
