"""Cases of the phone and messaging phrases (voicemail, picking up, hanging on, an engaged line, a text), read by
tests/unit/test_phrasing.py with the other tables' cases: "The line's engaged." had come out "La ligne est fiancée.";
read "The line's busy.": "La ligne est occupée."."""

READ = [   # (typed, read): each entry of phone.PHRASES read at least once
    ('I left you a voicemail.', 'I left you a message.'),
    ('Check your voicemail.', 'Check your messages.'),
    ('She left me three voicemails.', 'She left me three messages.'),
    ('I listened to my voicemail this morning.', 'I listened to my messages this morning.'),
    ("Why didn't you pick up?", "Why didn't you answer?"),
    ('He never picks up.', 'He never answers.'),
    ("She didn't pick up when I called.", "She didn't answer when I called."),
    ("Why isn't he picking up?", "Why isn't he answering?"),
    ("She's not picking up.", "She's not answering."),
    ('Pick up the phone!', 'Answer the phone!'),
    ('Please pick up the phone.', 'Please answer the phone.'),
    ("Don't hang up!", "Don't hang up the phone!"),
    ("Don't hang up, I'm still here.", "Don't hang up the phone, I'm still here."),
    ("Hang on, I'll get him.", "Wait, I'll get him."),
    ('Hang on!', 'Wait!'),
    ('Please hold.', 'Please wait.'),
    ('Please hold on.', 'Please wait.'),
    ('Please hold for a moment.', 'Please wait for a moment.'),
    ("I'll put you through.", "I'll transfer your call."),
    ("I'll put you through to the manager.", "I'll transfer your call to the manager."),
    ("The line's engaged.", "The line's busy."),
    ('His number is still engaged.', 'His number is still busy.'),
    ("Can you speak up? I can't hear you.", "Can you speak louder? I can't hear you."),
    ('Speak up, please.', 'Speak louder, please.'),
    ('Could you speak up a bit?', 'Could you speak louder a bit?'),
    ("I'll give you a ring tomorrow.", "I'll give you a call tomorrow."),
    ("Give me a ring when you're free.", "Give me a call when you're free."),
    ("I'll give you a ring.", "I'll give you a call."),
    ("There's no signal here.", "There's no network here."),
    ("There was no signal in the mountains, so I couldn't call you.",
     "There was no network in the mountains, so I couldn't call you."),
    ('Send me a text.', 'Send me a text message.'),
    ('She sent me a text last night.', 'She sent me a text message last night.'),
]

LEFT = [   # looks like one, means something else (or came out right as typed)
    'He picked up the phone and dialled.',
    "I'll pick up the kids after school.",
    "Why didn't you pick up the kids?",
    "The economy didn't pick up.",
    'Sales are not picking up.',
    'Do not hang up!',
    "Don't hang up your coat there.",
    "Please don't hang up.",
    'Hang on to your ticket.',
    'Hang on tight!',
    'Hang on a second.',
    'Please hold the door.',
    'Please hold still.',
    'They are engaged to be married.',
    'The line was engaged in battle.',
    "Don't be afraid to speak up.",
    'You should speak up for yourself.',
    'He wants to give me a ring.',
    'She gave me a ring for my birthday.',
    'There is no signal that prices will fall.',
    'I have no signal.',
    'She sent me a text to translate.',
]
LEFT += ["The project provides a secure voice mail service.", "Our voicemail system is down."]   # the service
READ += [("Don't you check your voice mail?", "Don't you check your messages?")]

# hunt30 (s30): voicemail the service bare, a phone lifted to call, things hung, an ordeal put through, a front line
# engaged, a ring at a wedding ("Voice mail has made it easier…" had come out "La foudre…", "I'll put you through
# hell." "Je transférerai ton appel.", "He will give me a ring when we get married." "Il m'appellera…")
READ += [("I got your voicemail.", "I got your message."), ("Don't hang up yet!", "Don't hang up the phone yet!")]
LEFT += ["Voice mail has made it easier for people to find work.", "If they do not have voice mail, we cannot call.",
         "Providing access to affordable voice mail would help.", "I received 400 calls into my voice mail.",
         "Pick up the phone and call your mother.", "Don't hang up pictures on this wall.",
         "I'll put you through hell.", "I'll put you through the whole process.",
         "The front line was engaged by enemy troops.", "He will give me a ring when we get married."]
LEFT += ["We didn't pick up the phone bill.", "Pick up the phone bill at the post office."]   # hunt30: a bill, no call
LEFT += ["They came up with a voice mail project for the homeless."]   # hunt30: the service (Hansard), no message
# review30: a jewel next to something, a text file: not a call nor a text message
LEFT += ["Give me a ring next to the door.", "Send me a text file.", "Send me a text document, please."]
READ += [("Send me a text when you get home.", "Send me a text message when you get home."),
         ("Give me a ring next week.", "Give me a call next week.")]
READ += [   # a first visitor's readings (measure38, s35)
    ("My phone number is 07700 900123, call me anytime.", "My phone number is 07700 900123, call me at any time."),
    ("You can call me anytime.", "You can call me at any time."),
]
LEFT += [   # (measure38, s35)
    "It won't stop anytime soon.",
]
READ += [   # a first visitor's readings (left46, s38)
    ("Tell her by text message.", "Tell her by message."),
    ("He replied by SMS.", "He replied by message."),
]
LEFT += [   # (left46, s38)
    "Let me know by text message when you arrive.",   # lost read so before "when": «Faites-moi savoir quand…»
    "The text was written by text experts.",          # not a message
]
READ += [   # a number dialled (fix51, s39)
    ("Sorry, I dialled the wrong number.", "Sorry, I called the wrong number."),
    ("He must have dialed the wrong number.", "He must have called the wrong number."),
    ("I was dialling his number.", "I was calling his number."),
]
LEFT += ["They dialled down the music.", "What is the dialling code for France?"]   # (fix51, s39)

READ += [   # toll-free said of a call or a number (left53, s40): «à la vapeur», «Ce nombre est-il doux ?»
    ("You can call us toll-free from anywhere in France.", "You can call us for free from anywhere in France."),
    ("Is this number toll-free?", "Is this number free?"),
    ("Calls to this line are toll-free.", "Calls to this line are free."),
]
LEFT += ["Call our toll-free number.", "The toll-free line is busy."]   # a glossary_everyday.py stand-in (the number)
READ += [   # hearing from the writer (long47, s40): «À moins que vous m'entendiez…», «Si vous n'entendez pas de moi…»
    ("Unless you hear from me before noon, please start without me.",
     "Unless I contact you before noon, please start without me."),
    ("If you do not hear from me by tonight, call my sister.",
     "If I do not contact you before tonight, call my sister."),
    ("If you don't hear from me by Sunday, give the keys to Anna.",
     "If I do not contact you before Sunday, give the keys to Anna."),
]
LEFT += ["I hope to hear from you soon.", "Did you hear from him?", "You will hear from me soon."]   # (long47, s40)
READ += [   # hands-free as an adverb (left54, s40; «appeler la main», «téléphone les mains»)
    ("You should always call hands-free in the car.", "You should always call with a hands-free kit in the car."),
    ("She drives and phones hands-free.", "She drives and phones with a hands-free kit."),
    ("He talked to me hands-free from his car.", "He talked to me with a hands-free kit from his car."),
]
LEFT += ["I bought a hands-free kit.", "I always answer hands-free when I drive."]   # (left54, s40)
READ += [   # a number dialled, any number (fix55, s40; measure53): «Juste à neuf…», «Diverse zéro…», «dissiper»
    ("Just dial nine from your room phone.", "Just call the number nine from your room phone."),
    ("Dial zero for reception.", "Call the number zero for reception."),
    ("She dials 3 to listen to her messages.", "She calls the number 3 to listen to her messages."),
    ("To call a taxi, dial the number on the card.", "To call a taxi, call the number on the card."),
    ("He dialled nine for an outside line.", "He called the number nine for an outside line."),
    ("She dialed zero by mistake.", "She called the number zero by mistake."),
    ("He dials the number on the screen.", "He calls the number on the screen."),
]
LEFT += ["Turn the dial to zero.", "The dial tone is missing.", "Turn the dial 15 degrees."]   # (fix55, s40)
READ += [   # a message left after the beep (left55, s41: «S'il vous plait, disons un message…»)
    ("Please record a message after the beep.", "Please leave a message after the signal."),
    ("You can record your message now.", "You can leave your message now."),
    ("Record a message and I will call you back.", "Leave a message and I will call you back."),
]
LEFT += ["Please record the meeting.", "She recorded a song."]
