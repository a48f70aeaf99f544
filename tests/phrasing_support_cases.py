"""Cases of the tech-support words (support.py), read by tests/unit/test_phrasing.py with the other tables' cases:
"The app crashes every time I open it." had come out "Le programme affaiblit…"; read "…stops functioning…": "Le
programme cesse de fonctionner…"."""

READ = [   # (typed, read): each entry of support.PHRASES read at least once
    ("The app crashes every time I open it.", "The program stops functioning every time I open it."),
    ("My phone always crashes when I take a photo.", "My phone always stops functioning when I take a photo."),
    ("My laptop crashed during the meeting.", "My laptop stopped functioning during the meeting."),
    ("I was writing an email and my computer crashed.",
     "I was writing an email and my computer stopped functioning."),
    ("My computer is slow and sometimes it freezes for several minutes.",
     "My computer is slow and sometimes it stops responding for several minutes."),
    ("I opened the app and it froze.", "I opened the program and it stopped responding."),
    ("My phone is very slow since the last update.", "My phone is very slow since the last version."),
    ("Nothing works since the latest software update.", "Nothing works since the latest version."),
    ("The app has been slow since the update.", "The program has been slow since the new version."),
    ("I forgot my password and I can't log in.", "I forgot my password and I can't access my account."),
    ("She can't log in this morning.", "She can't access her account this morning."),
    ("We can't log in since yesterday.", "We can't access our account since yesterday."),
    ("He still can't log in.", "He still can't access his account."),
    ("You need to login now.", "You need to access your account now."),
    ("They tried to log in.", "They tried to access their account."),
    ("How do I log in?", "How do I access my account?"),
    ("Try to log in again later.", "Try to access your account again later."),
    ("Your files are saved automatically every five minutes.",
     "Your files are recorded automatically every five minutes."),
    ("The document was saved on the desktop.", "The document was recorded on the desktop."),
    ("Make sure your work is saved before you close the app.",
     "Make sure your work is recorded before you close the program."),
    ("Your changes were automatically saved.", "Your changes were automatically recorded."),
    ("All changes are automatically saved to the cloud.", "All changes are automatically recorded to the cloud."),
    ("I entered the wrong code three times.", "I used the wrong code three times."),
    ("If she enters the wrong PIN, the card is blocked.", "If she uses the wrong PIN, the card is blocked."),
    ("She is entering the code now.", "She is using the code now."),
    ("Have you tried turning it off and on again?", "Have you tried to turn it off and then turn it on?"),
    ("Try switching it off and back on.", "Try to turn it off and then turn it on."),
    ("Turn it off and on again.", "Turn it off and then turn it on."),
    ("Can someone from the IT team help me?", "Can someone from the computer service help me?"),
    ("Please contact our IT support.", "Please contact our computer service."),
]
LEFT = [   # looks like one, but is not
    "The car crashed into a wall.",               # a car, not a program
    "The stock market crashed in 1929.",
    "He crashed his car last night.",
    "The plane crashed in the mountains.",
    "The lake freezes in winter.",                # no machine in the line
    "It froze last night.",
    "Log in with your email address.",            # an object after it: the software table's
    "I keep a log in the kitchen.",
    "His life was saved by a doctor.",            # a life or money, not a file
    "We saved money for the trip.",
    "The money is saved in a bank account.",
    "He entered the room quietly.",               # a room, not a code
    "He entered the competition last year.",
    "I turned the radio off.",
    "The IT sector is growing.",
]
READ += [   # a first visitor's readings (measure35, s34)
    ("My laptop won't turn on since I installed the last update.",
     "My laptop won't turn on since I installed the new version."),
    ("Have you installed the update?", "Have you installed the new version?"),
    ("The new software update fixes several security problems.",
     "The new version of the software fixes several security problems."),
    ("A software update is available.", "A new version of the software is available."),
]
