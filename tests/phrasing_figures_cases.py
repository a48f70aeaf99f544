"""Cases of the figures phrases (sizes, school grades, bare ages, a fortnight, quid), read
by tests/unit/test_phrasing.py with the other tables' cases: "My son is in fourth grade." had come out "Mon fils est
au quatrième rang."; read "…in the fourth year of school": "…dans la quatrième année de l'école"."""

READ = [   # (typed, read): each entry of figures.PHRASES read at least once
    ("These jeans are a size 32.", "These jeans are in size 32."),
    ("She's a size 12.", "She's in size 12."),
    ("I take a size 9 in shoes.", "I wear shoes in size 9."),
    ("She wears a size 38 in jeans.", "She wears jeans in size 38."),
    ("My son is in fourth grade.", "My son is in the fourth year of school."),
    ("She is in the third grade.", "She is in the third year of school."),
    ("She is in year 7.", "She is in the 7th year of school."),
    ("I'm 25.", "I'm 25 years old."),
    ("My son is six.", "My son is six years old."),
    ("She is 3, he is 5.", "She is 3 years old, he is 5 years old."),
    ("We stayed for a fortnight.", "We stayed for two weeks."),
    ("We meet fortnightly.", "We meet every two weeks."),
    ("It costs 5 quid.", "It costs 5 pounds."),
    ("Can you lend me a quid?", "Can you lend me a pound?"),
    ("It's a 3-bedroom flat.", "It's an apartment with 3 bedrooms."),      # admin.py: "…de 3 bénévoles"
    ("It costs a tenner.", "It costs ten pounds."),
    ("I've got a fiver.", "I've got five pounds."),
    ("The party is on Saturday the 12th.", "The party is on Saturday 12."),
    ("The final score was two nil.", "The final score was 2-0."),
    ("They won two-nil.", "They won 2-0."),
    ("It finished nil-one.", "It finished 0-1."),
    ("The score is nil-nil.", "The score is 0-0."),
    ("See you on Monday the 21st.", "See you Monday the 21st."),   # "Le lundi 21." ("see you" lost)
]
LEFT = [   # looks like one, means something else (or came out right as typed)
    "My son is in ninth grade.",                     # read so: "en dixième année" (the wrong year)
    "She is in year 9.",                             # the same
    "I'm 25 minutes late.",                          # minutes, not an age
    "I'm 5 feet tall.",
    "We're 4.",                                      # four people
    "There is a quid pro quo.",
    "He scored 2.5 in the test.",
    "The chances are virtually nil.",                # nothing, no score
    "See you on Friday the 3rd.",                    # read "third" before; "Friday 3" came out "vendredi" alone
]
LEFT += [   # a number a comma joins to another is no age (hunt29c: "j'ai dix ans de retard", "Il a deux ans…")
    "Sorry, I'm 10, 15 minutes late.",
    "He's 2, maybe 3 metres away.",
    "She's 4, or 5 at most.",
]

READ += [(f"It ended {word} nil.", f"It ended {n}-0.") for n, word in enumerate(
    ("one", "two", "three", "four", "five", "six", "seven"), 1)]
READ += [(f"It ended nil {word}.", f"It ended 0-{n}.") for n, word in enumerate(
    ("one", "two", "three", "four", "five", "six", "seven"), 1)]

READ += [   # demo29b (s29): a rise by a percentage ("Le loyer monta à dix pour cent.")
    ("The rent went up by ten percent.", "The rent increased by ten percent."),
    ("The price of bread went up by 5%.", "The price of bread increased by 5%."),
    ("Prices went up by about 3 per cent.", "Prices increased by about 3 per cent."),
]
LEFT += [
    "Taxes went up by only 1 cent.",                 # came out right; read "increased" it came out "qu'à un cent"
    "Equalization payments went up by $1 billion.",  # came out right; read "increased" the tense went wrong
    "Maternity benefits have gone up by 1%.",        # came out right; read "increased" the subject was lost
]

# --- session 30 (numbers30): marks out of a total, an age turned, relatives' ages, a bus by its number ---
READ += [
    ("I got 18 out of 20 in maths.", "I got 18/20 in maths."),            # "J'ai obtenu 18 heures de maths."
    ("He got 7 out of 10.", "He got 7/10."),                              # "Il est sorti de 7 heures."
    ("I scored 18 out of 20 in maths.", "I got 18/20 in maths."),         # "J'ai crié 18 de maths."
    ("She turned 30 last week.", "She turned 30 years old last week."),   # "Elle a pris trente ans…"
    ("He turned 18 in June.", "He turned 18 years old in June."),
    ("My grandmother is 92.", "My grandmother is 92 years old."),         # "Ma grand-mère est 92."
    ("Take bus number 42.", "Take the bus 42."),                           # "Prends le numéro 42."
    ("The number 12 bus is late.", "The bus 12 is late."),
]
LEFT += [
    "9 out of 10 people agree.",                     # a count of people, not a mark
    "He turned 30 degrees to the left.",
    "Turn 2 pages back.",
]

# --- session 30 (numbers30): lengths, half a container, what is left ---
READ += [
    ("The lake is 2 kilometres long.", "The lake has a length of 2 kilometres."),   # "…à deux kilomètres long."
    ("The pool is 25 metres long.", "The pool has a length of 25 metres."),  # "La piscine est à 25 mètres."
    ("The rooms are 4 metres long.", "The rooms have a length of 4 metres."),
    ("I drank half a bottle of water.", "I drank half of a bottle of water."),   # "…une demi-mille d'eau."
    ("She ate half a pizza.", "She ate half of a pizza."),                        # "Elle a mangé une pizza."
    ("A quarter of the cake is left.", "There is a quarter of the cake left."),  # "…est gaucher."
    ("Three quarters of the bread are left.", "There are three quarters of the bread left."),
    ("Half of the pizza is left.", "There is half of the pizza left."),          # "…est gauche."
    ("A third of the bread is left.", "There is a third of the bread left."),
    ("Two thirds of my salary is left.", "There is two thirds of my salary left."),
]
READ += [   # left by the length's reading; read since s38 with the width (had «La table est de 2 mètres longue…»)
    ("The table is 2 metres long and 1 metre wide.", "The table has a length of 2 metres and a width of 1 metre."),
]
LEFT += [
    "Half a dozen eggs, please.",
    "The man on the left is my father.",
]

# --- session 30 (numbers30): "twice a week" opening a sentence, what a bill comes to ---
READ += [
    ("Twice a week I go swimming.", "Two times a week I go swimming."),    # "Décidez une semaine, je vais nager."
    ("The bill comes to 87.60 euros.", "The total is 87.60 euros."),       # "Le projet de loi vient à 87,60 euros."
    ("The bill is $45.", "The total is $45."),
]
LEFT += [
    "He goes twice a week.",                         # came out right
    "The bill is on the table.",
]

READ += [   # long30 (s30): "risen sharply" read as sharpened ("Les prix se sont aiguisés…"); "a lot": "ont beaucoup
    # augmenté" (prices, sales, unemployment that rose or fell: money.py's entries, read first)
    ("Prices have risen sharply this year.", "Prices have gone up a lot this year."),
    ("The number of tourists rose sharply in the spring.", "The number of tourists increased greatly in the spring."),
    ("The number of tourists has fallen sharply this year.", "The number of tourists has gone down a lot this year."),
    ("Oil prices dropped sharply after the announcement.", "Oil prices went down a lot after the announcement."),
    ("The temperature dropped sharply overnight.", "The temperature went down a lot overnight."),
]
LEFT += [
    "The road rose sharply after the bridge.",       # a road that climbs
    "He rose sharply from his chair.",               # a person who stands up
    "She turned sharply to the left.",
]

READ += [   # demo30b (s30): "two more engineers" said "deux d'autres ingénieurs"; "additional": "supplémentaires"
    ("We need to hire two more engineers.", "We need to hire two additional engineers."),
    ("I have two more questions.", "I have two additional questions."),
    ("We waited 3 more hours.", "We waited 3 additional hours."),
]
LEFT += ["Try two more times.", "I need one more day.", "Two more than last year.", "He ate two more of them."]

READ += [   # dates31 (s31): days, ages, codes and discounts the model had misread
    ("Prices rose sharply in the first quarter.", "Prices increased greatly in the first quarter."),  # "augmentent"
    ("Prices rose steeply last year.", "Prices increased greatly last year."),
    ("Exports fell dramatically last month.", "Exports went down a lot last month."),
    ("The store opens at 10 on Sundays.", "The store opens at 10 o'clock on Sundays."),          # "à 10 dimanches"
    ("We open at 9 every Saturday.", "We open at 9 o'clock every Saturday."),
    ("Easter Sunday is in April.", "Easter Day is in April."),                                    # "Le dimanche est…"
    ("Flight BA 123 is delayed.", "Flight BA123 is delayed."),                                   # BA lost
    ("My flight AF 1234 leaves at noon.", "My flight AF1234 leaves at noon."),
    ("The code is 4 digits long.", "The code has 4 figures."),                                   # the number lost
    ("The PIN's 6 digits long.", "The PIN has 6 figures."),
    ("Phone numbers are 10 digits long.", "Phone numbers have 10 figures."),
    ("He's in his forties.", "He's between 40 and 49 years old."),                               # "sa pertinence"
    ("She's in her early twenties.", "She's between 20 and 23 years old."),
    ("My dad is in his late sixties.", "My dad is between 67 and 69 years old."),
    ("They are in their mid-thirties.", "They are between 34 and 36 years old."),
    ("The film lasts 2 hours.", "The movie lasts 2 hours."),                                     # "Les films durent"
    ("The concert on Saturday was amazing.", "Saturday's concert was amazing."),                 # "Le concert samedi"
    ("The meeting on Monday was cancelled.", "Monday's meeting was cancelled."),
    ("Everything is twenty percent off today.", "Everything is reduced by 20 percent today."),  # "off" lost
    ("Shoes are 50 percent off this week.", "Shoes are reduced by 50 percent this week."),
    ("The jacket was forty percent off.", "The jacket was reduced by 40 percent."),
]
LEFT += [
    "The road rose steeply after the bridge.",
    "Meet me at 10 on the corner.",                     # no day after it
    "I have flight 2 of 3.", "flight ba 123",          # no code in capitals
    "a man in his forties",                             # no "be" before it
    "The film lasted three hours.",                     # came out right
    "The concerts on Saturdays were amazing.",          # a habit
    "Take 20 percent off the price.",                   # no "be" before it
]
READ += [   # dates31 (s31): each decade of age, each part of it ("in her late fifties": 57 to 59)
    (f"She's in her {part}{word}.", f"She's between {n + low} and {n + high} years old.")
    for n, word in zip(range(20, 100, 10), ("twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                                            "eighties", "nineties"))
    for part, low, high in (("", 0, 9), ("early ", 0, 3), ("mid-", 4, 6), ("late ", 7, 9))
] + [(f"It's {word} percent off.", f"It's reduced by {n} percent.")             # each discount said in words
     for word, n in (("ten", 10), ("fifteen", 15), ("twenty", 20), ("twenty-five", 25), ("thirty", 30),
                     ("forty", 40), ("fifty", 50), ("seventy", 70), ("12", 12))]
READ += [   # dates31 (s31): a flight that lands ("Nos terrains de vol à 10 h 30.", "Quand ton terrain de vol est-il ?")
    ("Our flight lands at 10:30.", "Our flight arrives at 10:30."),
    ("My flight UA900 lands at 6 pm.", "My flight UA900 arrives at 6 pm."),
    ("When does your flight land?", "When does your flight arrive?"),
]
LEFT += ["The plane lands at 9.", "We land at 9."]
LEFT += ["Easter Sunday lunch was delicious."]   # s31: a meal ("Le déjeuner du jour")
READ += [("We visit them on Easter Sunday.", "We visit them on Easter Day."),
         ("On Easter Sunday we eat lamb.", "On Easter Day we eat lamb.")]
READ += [   # s38: a most one may take ("You can borrow up to ten books." had come out «…emprunter à dix livres»)
    ("You can borrow up to ten books.", "You can borrow a maximum of ten books."),
    ("Each guest can bring up to 2 bags.", "Each guest can bring a maximum of 2 bags."),
]
LEFT += ["The trip takes up to three hours.", "It's up to you.", "The hotel can host up to two hundred guests.",
         "Bring it up to the kitchen."]
READ += [   # s38: a width ("The box is 30 centimetres wide." had come out «La boîte est de 30 centimètres.»)
    ("The box is 30 centimetres wide.", "The box has a width of 30 centimetres."),
    ("The roads are 8 metres wide.", "The roads have a width of 8 metres."),
    ("The room is 5 metres long and 4 metres wide.", "The room has a length of 5 metres and a width of 4 metres."),
    ("The rooms are 5 metres long and 4 metres wide.", "The rooms have a length of 5 metres and a width of 4 metres."),
    ("The room is 4 metres wide and 5 metres long.", "The room has a length of 5 metres and a width of 4 metres."),
    ("The rooms are 4 metres wide and 5 metres long.", "The rooms have a length of 5 metres and a width of 4 metres."),
    ("The room measures 4 metres by 5 metres.", "The room has a length of 4 metres and a width of 5 metres."),
    ("The rooms measure 4 metres by 5 metres.", "The rooms have a length of 4 metres and a width of 5 metres."),
]
LEFT += ["He is 2 metres tall and strong.", "The door was wide open.", "It is 5 metres wide open."]
READ += [   # a first visitor's readings (measure36, s34)
    ("The tickets cost 45 euros each, but children under 12 travel free.",
     "The tickets cost 45 euros each, but children under 12 years old travel for free."),
    ("Kids under 10 eat free on Sundays.", "Kids under 10 years old eat for free on Sundays."),
    ("Children under 3 don't pay.", "Children under 3 years old don't pay."),
    ("Children under 12 years old travel free.", "Children under 12 years old travel for free."),
    ("The population of the city has grown to about 2.5 million people.",
     "The population of the city has reached about 2.5 million people."),
    ("The company has grown to over 300 employees.", "The company has reached over 300 employees."),
]
LEFT += [   # (measure36, s34)
    "It costs only five euros.", "The ice melted after only a few minutes.", "My battery died.",
    "The prices went down last month.", "The sun goes down at eight.", "The fever is high.",
    "Children under 2 years old fly free.", "The children under the tree are asleep.",
    "The tree has grown to a huge size.", "She has grown tall.",
]
READ += [   # a first visitor's readings (measure39, s36)
    ("The total comes to $45.60, including tax.", "The total is $45.60, including tax."),
    ("Your total comes to 12 pounds.", "Your total is 12 pounds."),
    ("The total came to 80 euros.", "The total was 80 euros."),
]
LEFT += [   # (measure39, s36)
    "The total comes to more than we thought.",
]
READ += [   # a first visitor's readings (measure41, s37)
    ("My grandfather is 92 and still drives.", "My grandfather is 92 years old and still drives."),
    ("My grandmother is 92 but she still lives alone.", "My grandmother is 92 years old but she still lives alone."),
    ("Our neighbour is 80 and lives alone.", "Our neighbour is 80 years old and lives alone."),
    ("My aunt is 70 this year.", "My aunt is 70 years old this year."),
    ("Our dog is 12 and can hardly walk.", "Our dog is 12 years old and can hardly walk."),
]
LEFT += [   # (measure41, s37)
    "We have two goals to reach this year.",
    "My son is 7 and a half years old.",
    "The room number is 92 and the floor is 9.",            # not a person's age
    "My score is 92 and hers is 85.",
]
READ += [   # a first visitor's readings (left46, s38)
    ("My aunt is twenty.", "My aunt is 20 years old."),
    ("Her dad, who is thirty, plays football.", "Her dad, who is 30 years old, plays football."),
    ("I am forty!", "I am 40 years old!"),
    ("He's fifty and happy.", "He's 50 years old and happy."),
    ("She is sixty.", "She is 60 years old."),
    ("My nan is seventy.", "My nan is 70 years old."),
    ("Our neighbour is eighty, I think.", "Our neighbour is 80 years old, I think."),
    ("My grandpa, who is ninety, sings.", "My grandpa, who is 90 years old, sings."),
]
