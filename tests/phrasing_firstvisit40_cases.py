"""Cases of a first visitor's phrases (firstvisit40.py, measure40, s36), read by tests/unit/test_phrasing.py with the
other tables' cases: "…the bakery is just opposite the bank." had come out «…le bâillon est tout à fait opposé…»."""

READ = [   # (typed, read): each entry of firstvisit40.PHRASES read at least once
    ("The bakery is just opposite the bank.", "The bakery is right across from the bank."),
    ("Our hotel is directly opposite the station.", "Our hotel is right across from the station."),
    ("Opposite the station there is a café.", "Right across from the station there is a café."),
    ("The local team won the match two to one.", "The local team won the game 2 to 1."),
    ("We lost three to nil on Sunday.", "We lost 3 to 0 on Sunday."),
    ("They beat Spain 2 to one in the final.", "They beat Spain 2 to 1 in the final."),
    ("I didn't have enough time to revise this year.", "I didn't have enough time to study this year."),
    ("She spent all weekend revising at home.", "She spent all weekend studying at home."),
    ("Do we have to start the whole thing again?", "Do we have to start everything again?"),
    ("Read the contract carefully, and let me know if anything is unclear.",
     "Read the contract carefully. Please let me know if something is not clear."),
    ("You should sleep more, eat well and rest for a week.", "You should sleep more, eat well and get some rest for "
     "a week."),
]
READ += [
    ("We booked a double room, but they gave us one facing the car park.", "We reserved a double room, but they "
     "gave us a room over the parking lot."),
    ("Our room was small, so we asked for one facing the sea.", "Our room was small, so we asked for a room over the "
     "sea."),
]
READ += [
    ("The kitchen sink is blocked again and I think we need a plumber.", "The kitchen sink is blocked again. I think "
     "we need a plumber."),
    ("My flight is delayed again and we have to wait.", "My flight is delayed again. We have to wait."),
]
_DIGIT = {"nil": "0", "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
          "seven": "7", "eight": "8", "nine": "9", "ten": "10"}
READ += [(f"We won {word} to one last night.", f"We won {digit} to 1 last night.") for word, digit in _DIGIT.items()]
READ += [(f"They lost 2 to {word}.", f"They lost 2 to {digit}.") for word, digit in _DIGIT.items()]
LEFT = [   # looks like one, but is not
    "That is the opposite of what I wanted.",
    "They live on opposite sides of the river.",
    "It was the exact opposite of the plan.",
    "The shop is open from two to four.",
    "We must revise the plan before Friday.",
    "Please let me know if you need anything.",
    "Go home and rest for a few days.",
    "Which one is facing the sea?",
    "I tried again and again.",
    "Call me again and I will tell you.",                   # a condition: «Rappelle-moi et je te dirai»
]
