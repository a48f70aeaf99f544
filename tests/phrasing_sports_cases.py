"""Cases of the sport phrases (matches and scores, teams, football, running, injuries), read by
tests/unit/test_phrasing.py with the other tables' cases: "We drew 2-2." had come out "Nous avons tiré 2-2."; read "We
finished 2-2.": "Nous avons terminé 2-2."."""

READ = [   # (typed, read): each entry of sports.PHRASES read at least once
    ("He injured his knee during the match.", "He injured his knee during the game."),
    ("What happened during the match?", "What happened during the game?"),
    ("Was the match on TV?", "Was the game on TV?"),
    ("Is the match on television?", "Is the game on television?"),
    ("We drew 2-2.", "We finished 2-2."),
    ("They drew 1–1 at home.", "They finished 1–1 at home."),
    ("It was a draw.", "It ended without a winner."),
    ("The match was a tie.", "The match ended without a winner."),
    ("Which team do you support?", "Which team do you like?"),
    ("Do you play any sports?", "Do you do sport?"),
    ("Do you play sport?", "Do you do sport?"),
    ("He was sent off.", "He was expelled from the game."),
    ("She got sent off!", "She was expelled from the game!"),
    ("The kick-off is at three.", "The game starts at three."),
    ("Kick-off is at 8 pm.", "The game starts at 8 pm."),
    ("She ran a half marathon.", "She ran a half-marathon."),
    ("He came second.", "He finished in second place."),
    ("We came third in the league.", "We came third in the league."),
    ("He scored twice.", "He scored two goals."),
    ("I twisted my ankle playing football.", "I injured my ankle while playing football."),   # body.py adds "while"
    ("He sprained his knee.", "He injured his knee."),
    ("Bad luck!", "What a pity!"),
    ("Tough luck!", "What a pity!"),
    ("Well played!", "Bravo!"),
    ("I'm not really into football.", "I don't really like football."),
    ("I'm not into sport.", "I don't like sport."),
    ("He's a footballer.", "He's a football player."),
]

LEFT = [   # only looks like a sport phrase: left as typed
    "He held his breath while watching the match.",   # came out right: "en regardant le match"
    "The room lit up after the match was struck.",
    "They drew a picture.",
    "She drew 50 dollars from the bank.",
    "It was a draw for the lottery.",
    "The letter was sent off yesterday to Ottawa.",
    "He came second to none in his devotion.",
    "I twisted the lid off the jar.",
    "Bad luck follows him everywhere.",
    "She's a professional footballer.",
    "I'm not into the details yet.",
]

READ += [   # session 29: the score asked, a club supported, the pub
    ("What's the score?", "What is the result?"),
    ("What's the score now?", "What is the result now?"),
    ("I support Liverpool.", "I am a fan of Liverpool."),
    ("My dad supports Arsenal.", "My dad is a fan of Arsenal."),
    ("Do you support Barcelona?", "Are you a fan of Barcelona?"),
    ("We support Chelsea.", "We are fans of Chelsea."),
    ("We met at the pub.", "We met at the bar."),
    ("Let's watch the game at the pub.", "Let's watch the game at the bar."),
]
LEFT += [
    "I support Bill C-13.",                           # the Hansards: a bill, not a club
    "We support the motion.",
    "The final score was 2-1.",
    "Let's go to the pub after work.",                # came out right as typed ("Allons au pub…")
]
READ += [   # a first visitor's readings (measure40, s36)
    ("The local team won the match two to one.", "The local team won the game 2 to 1."),
    ("We lost three to nil on Sunday.", "We lost 3 to 0 on Sunday."),
    ("They beat Spain 2 to one in the final.", "They beat Spain 2 to 1 in the final."),
]
LEFT += [   # (measure40, s36)
    "The shop is open from two to four.",
    "We must revise the plan before Friday.",
]
_DIGIT = {"nil": "0", "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
          "seven": "7", "eight": "8", "nine": "9", "ten": "10"}
READ += [(f"We won {word} to one last night.", f"We won {digit} to 1 last night.") for word, digit in _DIGIT.items()]
READ += [(f"They lost 2 to {word}.", f"They lost 2 to {digit}.") for word, digit in _DIGIT.items()]
READ += [   # a first visitor's readings (measure41, s37)
    ("They lost two goals to nil.", "They lost two goals to zero."),
    ("We were winning three goals to nil at half-time.", "We were winning three goals to zero at half-time."),
]
READ += [   # training opening a sentence (measure52, s40; orders.py reads it): "Training is cancelled tonight…" had
    #         come out «L'annulation est annulée…»
    ("Training is cancelled tonight because the pitch is flooded.",
     "The training is cancelled tonight because the pitch is flooded."),
    ("Training was hard today.", "The training was hard today."),
]
LEFT += ["Training the dog takes time."]   # (measure52, s40)
READ += [   # senses59 (s41): a cup won («la tasse»); a yoga class («une classe de yoga»)
    ('They won the cup last year.', 'They won the trophy last year.'),
    ('Who will win the cup this year?', 'Who will win the trophy this year?'),
    ('I go to a yoga class on Mondays.', 'I go to a yoga course on Mondays.'),
    ('She teaches pilates classes on Fridays.', 'She teaches pilates courses on Fridays.'),
    ('My salsa class starts at seven.', 'My salsa course starts at seven.'),
]
LEFT += [   # (senses59, s41)
    'He won the World Cup in 1998.',
    'She drank the cup of tea.',
    'I want to join the yoga class.',
]
READ += [   # vocab58 (s41): «la pluie automobile», «Porter des courses…», «les racines» as typed
    ("He likes car racing.", "He likes car races."),
    ("Horse racing is popular here.", "Horse races are popular here."),
    ("My father loves motor racing.", "My father loves car races."),
]
LEFT += ["My heart is racing.", "He was racing down the street."]   # (vocab58, s41)
