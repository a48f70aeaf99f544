"""Cases of the body phrases (looks, the hairdresser, the gym, small aches and injuries, character), read by
tests/unit/test_phrasing.py with the other tables' cases: "I have a stiff neck." had come out "J'ai un colou."; read
"I have a pain in the neck.": "J'ai une douleur dans le cou."."""

READ = [   # (typed, read): each entry of body.PHRASES read at least once
    ("Everyone says I take after my grandmother.", "Everyone says I resemble my grandmother."),
    ("I think he takes after his dad.", "I think he resembles his dad."),
    ("He's doing a fitness class tonight.", "He's doing a sports class tonight."),
    ("Fitness classes are free.", "Sports classes are free."),
    ("I have a stiff neck.", "I have a pain in the neck."),
    ("She woke up with a stiff neck.", "She woke up with a pain in the neck."),
    ("He's got a stiff neck.", "He's got a pain in the neck."),
    ("I've got a bruise on my leg.", "I've got a blue mark on my leg."),
    ("Now he has a big bruise on his leg.", "Now he has a big blue mark on his leg."),
    ("I pulled a muscle at the gym.", "I injured a muscle at the gym."),
    ("I have cramp in my leg.", "I have a cramp in my leg."),
    ("He fell off his bike and grazed his knee.", "He fell off his bike and hurt his knee."),
    ("She scraped her hands.", "She hurt her hands."),
    ("My dad is very easy-going.", "My dad is very relaxed."),
    ("He's an easy-going guy.", "He's a relaxed guy."),
    ("He's very laid-back.", "He's very relaxed."),
    ("She's really laid back about money.", "She's really relaxed about money."),
    ("Why are you so moody today?", "Why are you in such a bad mood today?"),
    ("She's very moody lately.", "She's in a very bad mood lately."),
    ("He's moody in the mornings.", "He's in a bad mood in the mornings."),
    ("I'm always moody.", "I'm always in a bad mood."),
    ("She's a bit nosy.", "She's a bit curious."),
    ("We have nosey neighbours.", "We have curious neighbours."),
    ("She's quite outgoing.", "She's quite extroverted."),
    ("She's very down-to-earth.", "She has both feet on the ground."),
    ("I'm really down to earth.", "I have both feet on the ground."),
    ("My parents were very down-to-earth.", "My parents had both feet on the ground."),
    ("My sister is so bossy.", "My sister really likes to give orders."),
    ("Her little brother is a bit bossy!", "Her little brother likes to give orders!"),
    ("He's a bit of a know-it-all.", "He thinks he knows everything."),
    ("She's such a know-it-all!", "She thinks she knows everything!"),
    ("He has a short temper.", "He gets angry easily."),
    ("She's got a hot temper.", "She gets angry easily."),
    ("I've got a short temper when I'm tired.", "I get angry easily when I'm tired."),
    ("They have a quick temper.", "They get angry easily."),
    ("I slept badly and now my back hurts.", "I didn't sleep well and now my back hurts."),
    ("He broke his arm skiing.", "He broke his arm while skiing."),
    ("He cut himself shaving.", "He cut himself while shaving."),
    ("She is of medium height.", "She is of average height."),
    ("I think my new haircut is too short.", "I think my new hairstyle is too short."),
    ("I'm so out of breath.", "I'm so short of breath."),
    ("Do you have a plaster?", "Do you have a bandage?"),
    ("That workout was really hard.", "That sports session was really hard."),   # leisure.py, "that" added
]

LEFT = [   # only looks like a body phrase: left as typed
    "Which road should we take after my sister leaves?",   # not one's kin taken after
    "What will you take after my father's speech?",
    "He took after his mother.",                        # "Ils avaient l'air de…": the past is left
    "A stiff neck can last for days.",                  # no one has it: "Une douleur dans le couloir…"
    "He got a bruise on his arm.",                      # came out right: "Il a eu un bleu sur le bras."
    "She had bruises all over.",
    "The bruised fruit was cheap.",
    "Tom is easygoing.",                                # came out right: "facile à vivre"
    "He has an easy-going sense of humour.",            # a way, not a person: "un sens de l'humour" lost it
    "He laid back in his chair.",
    "The film is moody and dark.",                      # not a person
    "The sky was moody this evening.",
    "The outgoing president gave a speech.",            # leaving office
    "The tide is outgoing.",
    "Our outgoing calls are free.",
    "My grandmother is very down-to-earth and kind.",   # "…has both feet on the ground and kind"
    "Prices are down to earth.",
    "The plane came down to earth.",
    "You're bossy.",                                    # came out right: "Tu es autoritaire."
    "She's bossy but kind.",                            # "likes to give orders but kind"
    "Don't act like a know-it-all.",
    "He lost his temper.",
    "She is in a bad temper.",
    "I have slept badly.",                              # "I have didn't sleep well"
    "I burnt my fingers taking the tray out of the oven.",   # a long doing: "…en emmenant le piège."
    "He broke his leg during the night.",              # "during" is no doing
    "I hurt my back lifting the box.",                 # the back lost: "Je me suis blessée en menant la boîte."
    "I need a haircut.",                                # came out right: "une coupe de cheveux"
    "He ran out of breath.",
    "Put a plaster on the wall.",                      # a wall's plaster
    "She has a plaster cast on her leg.",
    "I think that workout routine is too hard.",        # before another noun
]

READ += [   # demo31 (s31): "My back is killing me." → "Mon dos me tue."; "hurts a lot": "me fait beaucoup mal"
    ("My back is killing me.", "My back hurts a lot."),
    ("My feet are killing me after that walk.", "My feet hurt a lot after that walk."),
]
LEFT += ["This job is killing me.", "The suspense is killing me."]
READ += [   # words44's readings (words44, s38)
    ("My back is sore.", "My back hurts."),
    ("Her feet were sore.", "Her feet hurt."),
]
LEFT += [   # (words44, s38)
    "I have a sore throat.",                          # not after "is"
    "My arms are really sore today.",                 # «…me font vraiment mal…» as typed
]
READ += [   # a first visitor's readings (measure48, s38)
    ("She can't see anything without glasses.", "She can't see anything without wearing glasses."),
]
LEFT += [   # (measure48, s38)
    "Put on your glasses, you can't read without them.",    # no "without glasses"
]
READ += [   # fair hair (senses49, s39)
    ("She has fair hair and blue eyes.", "She has blond hair and blue eyes."),
    ("He is tall and fair-haired.", "He is tall and blond-haired."),
]
LEFT += ["That's not fair!", "It's a fair price for a haircut."]   # (senses49, s39)
READ += [   # limping (fix54, s40, measure53: «s'épanouir», «Pourquoi lève-t-il ?»)
    ("My dog has been limping since yesterday.", "My dog has had difficulty walking since yesterday."),
    ("Why is he limping?", "Why does he have difficulty walking?"),
    ("Are you limping?", "Do you have difficulty walking?"),
    ("The horse is limping on its front leg.", "The horse has difficulty walking on its front leg."),
    ("He's limping a bit.", "He has difficulty walking a bit."),
    ("They're limping.", "They have difficulty walking."),
    ("I'm limping.", "I have difficulty walking."),
    ("She was limping after the match.", "She had difficulty walking after the match."),
    ("He limps.", "He has difficulty walking."),
    ("He limped to the car.", "He walked with difficulty to the car."),
    ("I noticed the cat limping this morning.", "I noticed the cat walking with difficulty this morning."),
]
LEFT += ["He gave me a limp handshake.", "The lettuce is limp."]   # (fix54) the adjective
READ += [   # senses59 (s41): a spot on the skin («une place dans le nez»)
    ('I have a spot on my nose.', 'I have a button on my nose.'),
    ('He has spots on his face.', 'He has buttons on his face.'),
    ('I woke up with a big spot on my forehead.', 'I woke up with a big button on my forehead.'),
]
LEFT += ['There is a spot on the map.', 'We found a nice spot on the beach.']   # (senses59, s41)
READ += [   # leftvocab60 (s41): needs to pee («besoin de pêcher», «de poire»)
    ("The dog needs to pee.", "The dog needs to go to the toilet."),
    ("I need to pee before we leave.", "I need to go to the toilet before we leave."),
]
LEFT += ["Can I pee here?"]   # (leftvocab60, s41)
