"""Cases of the kids phrases (babies, parenting, couples and family life), read by tests/unit/test_phrasing.py with
the other tables' cases: "The baby goes down for a nap at one o'clock." had come out "Le bébé baisse pour une
sieste…"; read "The baby takes a nap…": "Le bébé fait une sieste à une heure."."""

READ = [   # (typed, read): each entry of kids.PHRASES read at least once
    ("The baby goes down for a nap at one o'clock.", "The baby takes a nap at one o'clock."),
    ("Does he still go down for a nap?", "Does he still take a nap?"),
    ("She went down for a nap after lunch.", "She took a nap after lunch."),
    ("He's going down for his nap now.", "He's taking his nap now."),
    ("He's two and a half.", "He's two and a half years old."),
    ("My son is four and a half.", "My son is four and a half years old."),
    ("She's turning six on Saturday.", "She'll be six years old on Saturday."),
    ("He turns three next week.", "He'll be three years old next week."),
    ("Our daughter is turning five next month.", "Our daughter will be five years old next month."),
    ("We're having a baby!", "We're going to have a baby!"),
    ("Are they having a baby?", "Are they going to have a baby?"),
    ("She's due in three weeks.", "She will give birth in three weeks."),
    ("The baby is due in May.", "The baby should be born in May."),
    ("When is the baby due?", "When is the baby going to be born?"),
    ("Our son took his first steps yesterday.", "Our son walked for the first time yesterday."),
    ("The baby spat up on my shirt.", "The baby vomited a little on my shirt."),
    ("Put the baby in the cot.", "Put the baby in the bed."),
    ("Childcare is so expensive.", "Child care is so expensive."),
    ("Can Lucas come over for a playdate?", "Can Lucas come over to play?"),
    ("He won't go to sleep without his teddy.", "He won't go to sleep without his teddy bear."),
    ("He threw a tantrum in the supermarket.", "He got angry in the supermarket."),
    ("She throws tantrums every night.", "She gets angry every night."),
    ("Don't throw a tantrum!", "Don't get angry!"),
    ("He's throwing a temper tantrum.", "He's getting angry."),
    ("She has thrown a tantrum every day.", "She has got angry every day."),
    ("Don't talk back to me.", "Don't answer me back."),
    ("He's grounded for a week.", "He's punished for a week."),
    ("You're grounded!", "You're punished!"),
    ("We're trying for a baby.", "We're trying to have a baby."),
    ("Do you have a kids' menu?", "Do you have a children's menu?"),
    ("He's settling in well at his new school.", "He's adapting well to his new school."),
    ("She settled in really well at her new job.", "She adapted really well to her new job."),
    ("He settles in well at any school.", "He adapts well to any school."),
    ("They'll settle in well at nursery.", "They'll adapt well to nursery."),
    ("Are you seeing anyone?", "Are you going out with anyone?"),
    ("Should we move in together?", "Should we live together?"),
    ("She moved in with her boyfriend.", "She went to live with her boyfriend."),
    ("The baby kept us up all night.", "The baby kept us awake all night."),
    ("My stepdad is really nice.", "My stepfather is really nice."),
    ("My stepmum is lovely.", "My stepmother is lovely."),
    ("Grandma makes the best cakes.", "Grandmother makes the best cakes."),
    ("Mummy will be back soon.", "Mom will be back soon."),
    ("It's hard to juggle work and kids.", "It's hard to manage work and kids."),
    ("I'm juggling work and kids.", "I'm managing work and kids."),
    ("She juggles two jobs.", "She manages two jobs."),
    ("I'm a stay-at-home dad.", "I'm a dad who stays at home."),
    ("He has chickenpox.", "He has chicken pox."),
    ("The kids are bored, what can we do?", "The kids are getting bored, what can we do?"),
    ("I need to pick up the kids from daycare at five.", "I need to pick up the kids from the day care centre at five."),
    ("The daycare is closed today.", "The day care centre is closed today."),
    ("She's a handful.", "She's a difficult child."),
    ("My son is a real handful.", "My son is a difficult child."),
    ("Can you drop Mia at her friend's house?", "Can you take Mia to her friend's house?"),
    ("Can you drop the kids at school?", "Can you take the kids to school?"),
    ("Let's visit my grandpa this weekend.", "Let's visit my grandfather this weekend."),
    ("Whose turn is it to take out the bins?", "Whose turn is it to take out the garbage?"),
    ("Can you take the bins out?", "Can you take the garbage out?"),
]

LEFT = [   # looks like one, but is not
    "He turns three pages at a time.",                      # a page turned, not a birthday
    "It's two and a half.",                                 # a time or a price, not a child
    "The rent is due next month.",                          # a payment, not a birth
    "The report is due in May.",
    "We're having a party on Saturday.",
    "He took his first steps in politics in 1980.",         # a career
    "Cot death is rare.",                                   # the reading did not help
    "Thank you, Grandma.",                                  # one called: read elsewhere
    "I miss you, Granny!",
    "The mummy was found in a tomb.",
    "The Mummy is a film.",                                 # a film's name
    "The planes were grounded.",                            # planes, not a child
    "His theory is grounded in fact.",
    "Are you seeing the doctor?",                           # a visit
    "Troops moved in with tanks.",                          # no one to live with
    "The kids are bored with the game.",
    "She juggles three balls.",
    "Keep your chin down.",
    "You should know better than to talk back to your boss.",# right as typed
    "She's due any day now.",                               # the reading did not help
    "We had an argument about money.",                      # "argued about" came out worse in two of four
    "Do you have a children's menu?",                       # right as typed
    "We're moving in together next month.",                 # right as typed
    "She never leaves her room.",                           # right as typed
    "Our daycare center is great.",                         # the reading did not help
    "We need a national daycare program.",                  # a program
    "Only a handful of people came.",
    "Say goodbye to Grandpa!",                              # one called: read elsewhere
    "Drop one at the bottom.",
    "Could you drop me at the station?",                    # right as typed
]
LEFT += [   # a name, not the toy: "I met Teddy at the park." had been read "…Teddy bear…" ("…Tedy à bord du parc.")
    "I met Teddy at the park.",
    "Teddy Roosevelt was president.",
]

LEFT += [   # misfires found in session 29 (hunt29a): each had come out worse read
    "She's due in court next week.",                                # due somewhere, not a birth
    "She is due on Monday at the office.",
    "She's due in Paris tomorrow for a meeting.",
    "She's due in an hour for her shift.",
    "Can you drop Paris at once?",                                  # "at once", not a place
    "Don't drop Mary at the station, she hates it.",                # read, "Ne emmène pas Mary…"
    "The Egyptian Mummy is in the museum.",                         # a mummy, not Mum
    "She cannot afford to send her child to daycare.",             # came out right, "en garderie"
]

READ += [   # words30 (s30): a nappy ("la sieste du bébé"), the playground ("au courant"), the in-laws ("mes bâtons")
    ("Can you change the baby's nappy?", "Can you change the baby?"),
    ("She's changing the baby's diaper.", "She's changing the baby."),
    ("Let's go to the playground after school.", "Let's go to the park after school."),
    ("The kids are at the playground.", "The kids are at the park."),
    ("There's a playground near our house.", "There's a park for children near our house."),
    ("My in-laws are coming for dinner.", "My spouse's parents are coming for dinner."),
    ("Her in-laws live in Lyon.", "Her spouse's parents live in Lyon."),
]
LEFT += [
    "The children play in the playground at break.",               # a school's ("la cour"), not a park
    "The kids went to the school playground at lunchtime.",
    "The city is a playground for the rich.",
]

READ += [   # words37 (s34): "The baby needs a nappy change." had come out "…un changement de nappie."
    ("The baby needs a nappy change.", "The baby needs to be changed."),
    ("I think the baby needs a diaper change.", "I think the baby needs to be changed."),
]
LEFT += ["I think he needs a diaper change."]
READ += [   # fix35 (s34): a grown-up's birthday ("Ma grand-mère tourne à quatre-vingt-dix ans…")
    ("My grandmother turns ninety next week, and the whole family is coming to celebrate.",
     "My grandmother will be ninety years old next week, and the whole family is coming to celebrate."),
    ("My sister is turning 30 in May.", "My sister will be 30 years old in May."),
    ("My dad turns sixty on Sunday.", "My dad will be sixty years old on Sunday."),
    ("Our boss turns fifty next month, so we are planning a party.",
     "Our boss will be fifty years old next month, so we are planning a party."),
    ("My husband's turning forty tomorrow.", "My husband will be forty years old tomorrow."),
]
LEFT += [   # fix35 (s34): a page, a corner, a road one turns; a time
    "My sister turns the page.", "My dad turns 30 pages a day.", "My grandfather turns left at the church.",
    "My brother turns in the street.", "My father turns off the TV at ten.",
]

# fix50 (s39, measure50): a child's or a pet's birthday with "turns" after the one named → «…tourne au 12 mai»
READ += [("My daughter turns six on Saturday.", "My daughter will be six years old on Saturday."),
         ("My son turns ten next week.", "My son will be ten years old next week."),
         ("Our dog turns three in June.", "Our dog will be three years old in June.")]
LEFT += ["My son turns the pages slowly.", "Our dog turns in circles.",           # a page turned, a dog turning round
         "My daughter turns six pages a day."]
# long48 (s40): "the children loved walking" → «les enfants aiment marcher» (the past lost)
READ += [("The children loved walking along the beach.", "The children used to love walking along the beach."),
         ("When they were young, the children loved swimming in the lake.",
          "When they were young, the children used to love swimming in the lake."),
         ("The kids loved playing in the snow.", "The kids used to love playing in the snow.")]
LEFT += ["The children loved reading stories.", "The children loved the show."]   # (long48, s40)
