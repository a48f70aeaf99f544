"""Cases of the people phrases (family news, children and school, pets, neighbours, friends, invitations, thanks and
small talk), read by tests/unit/test_phrasing.py with the other tables' cases: "She fell out with her best friend."
had come out "Elle est tombée avec son meilleur ami."; read "She argued with her best friend.": "Elle se disputa avec
son meilleur ami."."""

READ = [   # (typed, read): each entry of people.PHRASES read at least once
    ("I'll pop over later.", "I'll come by later."),
    ("We'll come round on Sunday.", "We'll come by on Sunday."),
    ("Why don't you pop round for a coffee tomorrow?", "Why don't you come over for a coffee tomorrow?"),
    ("Feel free to pop in whenever you're passing.", "Feel free to come by whenever you're passing."),
    ("She popped in to say hello yesterday.", "She came by to say hello yesterday."),
    ("Come round for dinner on Friday.", "Come over for dinner on Friday."),
    ("They get on like a house on fire.", "They get along very well."),
    ("Do you get on well with your neighbours?", "Do you get along well with your neighbours?"),
    ("My kids get on very well with their cousins.", "My kids get along very well with their cousins."),
    ("She fell out with her best friend.", "She argued with her best friend."),
    ("I don't want to fall out with you.", "I don't want to argue with you."),
    ("They keep falling out with each other.", "They keep arguing with each other."),
    ("They had fallen out with their neighbours.", "They had argued with their neighbours."),
    ("The minister fell out with the premier.", "The minister argued with the premier."),
    ("We made up after the argument.", "We made peace after the argument."),
    ("We always make up after a fight.", "We always make peace after a fight."),
    ("She makes up with him.", "She makes peace with him."),
    ("We're always making up.", "We're always making peace."),
    ("They were kissing and making up again.", "They were kissing and making peace again."),
    ("They kissed and made up.", "They kissed and made peace."),
    ("Now shake hands and make up.", "Now shake hands and make peace."),
    ("Why don't you make up?", "Why don't you make peace?"),
    ("They had a huge row last night.", "They had a huge quarrel last night."),
    ("He's been seeing someone for a few months.", "He's been going out with someone for a few months."),   # "has":
    # ongoing.py
    ("My dad is retiring at the end of the year.", "My dad is going to retire at the end of the year."),
    ("We're moving house next month.", "We're moving next month."),
    ("Your kids are so well behaved.", "Your kids are so obedient."),
    ("Such well-behaved children!", "Such obedient children!"),
    ("Lovely weather today, isn't it?", "It's lovely weather today, isn't it?"),
    ("Nice weather today!", "It's nice weather today!"),
    ("Beautiful weather this morning.", "It's beautiful weather this morning."),
    ("Gorgeous weather again.", "It's gorgeous weather again."),
    ("I bumped into an old school friend in town.", "I met an old school friend in town."),
    ("Guess who I bumped into yesterday?", "Guess who I met yesterday?"),
    ("We should catch up soon, it's been ages.", "We should talk soon, it's been a long time."),
    ("Long time no see! How have you been?", "Long time no see! How are you?"),
    ("Say hi to Julie.", "Say hello to Julie."),
    ("Say hello to your mum from me.", "Say hello to your mum for me."),
    ("on my way, be there in 10 min", "I'm on my way, be there in 10 min"),
    ("Well done on passing your driving test!", "Congratulations on passing your driving test!"),
    ("Can Emma have a sleepover at our house?", "Can Emma sleep at our house?"),
    ("Jack is having a sleepover at his friend's house.", "Jack is sleeping at his friend's house."),
    ("We had a sleepover at Tom's.", "We slept at Tom's."),
    ("I have to go to a parents' evening on Tuesday.", "I have to go to a parent-teacher meeting on Tuesday."),
    ("Parents' evening is on Thursday.", "The parent-teacher meeting is on Thursday."),
    ("Do you fancy going for a drink later?", "Do you want to go for a drink later?"),
    ("Do you fancy coming to the cinema?", "Do you want to come to the cinema?"),
    ("Your card meant a lot to me.", "Your card touched me."),
    ("Can I ring you back in half an hour?", "Can I call you back in half an hour?"),
    ("Ring me when you get there.", "Call me when you get there."),
    ("Our eldest is already taller than me.", "Our oldest child is already taller than me."),
    ("Our eldest son is at university.", "Our oldest son is at university."),
    ("We've decided to get a dog.", "We've decided to adopt a dog."),
    ("We're thinking of getting a cat.", "We're thinking of adopting a cat."),
    ("We went to the animal shelter.", "We went to the animal refuge."),
    ("They decided to tie the knot.", "They decided to get married."),
    ("He ties the knot today.", "He gets married today."),
    ("They tied the knot in June.", "They got married in June."),
    ("When are you two tying the knot?", "When are you two getting married?"),
    ("Thanks for having us, we had a wonderful time.", "Thanks for inviting us, we had a wonderful time."),
    ("Our daughter is in her last year of secondary school.", "Our daughter is in her final year of secondary school."),
    ("Can you do the school run?", "Can you take the children to school?"),
    ("She does the school run.", "She takes the children to school."),
    ("I did the school run.", "I took the children to school."),
    ("Who's doing the school run tomorrow?", "Who's taking the children to school tomorrow?"),
    ("I've done the school run.", "I've taken the children to school."),
    ("Can you babysit on Saturday?", "Can you look after the children on Saturday?"),
    ("She babysits on Fridays.", "She looks after the children on Fridays."),
    ("Would you mind babysitting on Friday night?", "Would you mind looking after the children on Friday night?"),
    ("He babysat last night.", "He looked after the children last night."),
    ("Bring some nibbles.", "Bring some snacks."),
    ("There will be nibbles and drinks.", "There will be snacks and drinks."),
    ("My mum isn't very well at the moment.", "My mum isn't feeling very well at the moment."),
]
LEFT = [   # looks like one, but is not
    "Pop it in the bag.",                               # a thing put in, not a visit (food.py reads "Pop it in the
                                                        # oven." "Put it in the oven.")
    "Pop in the oven for ten minutes.",
    "Wait for Christmas to come round.",                # a date coming back
    "He will come round to our view.",                  # a mind changed
    "He gets on with the job.",                         # "get on with": to proceed (Hansard)
    "I had a row of seats.", "We won three in a row.",  # a line, not a quarrel
    "The doctor is seeing a woman.",                    # a patient
    "They are retiring the debt.",                      # a debt paid off (Hansard)
    "Well-behaved states respect the law.",             # law-abiding (Hansard)
    "Nice weather added to our pleasure.",              # a line that goes on with its verb
    "I bumped into the table.",                         # a thing, not someone met
    "How have you been treated?",                       # not "how are you"
    "On my way home I saw a fox.",                      # a place on the way
    "We thank you for a job well done on behalf of all Canadians.",   # not congratulations
    "the ring you gave me",                             # a ring, not a call
    "I got a dog.", "Can we get a cat scan?",           # one had, and a scan
    "No one wanted to babysit Tom.",                    # one named
    "The mouse nibbles the cheese.",                    # the verb
    "He is not very well known.",                       # not ill
    "We had a great time last year.",
    "The story was made up.", "It is made up of ten parts.",   # invented, composed of
    "They made up their minds.", "He made up a story.",
    "We still have some ground to make up.",            # to regain (Hansard)
    # hunt2-s27: other senses the readings had taken
    "The ad will pop in when you scroll down.", "A notification popped in.",   # on a screen, not a visit
    "Pop over on the right side of the screen.",
    "The nurse said he would come round later.",   # woken up, not a visit
    "The keys fell out with the coins.", "His teeth fell out with age.",        # fallen out, not a quarrel
    "The story that they made up.", "It's a word I made up.",                  # invented, not reconciled
    "Whatever they made up, it was a lie.", "The time I made up, I spent with my kids.",
    "We had a row boat.", "They had a row to themselves on the plane.",        # a boat, seats
    "I'm seeing someone about the leak tomorrow.",                             # an appointment
    "He's seeing someone at three o'clock.", "The doctor is seeing someone right now.",
    "The jury is retiring at noon.",                                           # withdraws to deliberate
    "Low interest rates moved house prices up.",                               # prices, not a move
    "Someone bumped into my car.", "I bumped into my desk.",                   # things, not people met
    "The boat bumped into our dock.", "The car bumped into Tom's car.",
    "I like my steak cooked through, well done on both sides.",                # cooked, not praise
    "The parents' evening routine takes an hour.",
    "Can you ring me up for these shoes?",                                     # at a till
    "You can't get a dog to sit still.",                                       # made to do, not adopted
    "He tied the knot around the post.", "Tie the knot tighter or it will slip.",   # a knot in a rope
    "The sailor showed me how to tie the knot.",
    "The rabbit nibbles and chews the grass.",  # the verb
    "The mouse takes a few nibbles.",                                          # bites
    "The troops are retiring from the front.", "The ships are retiring from service.",   # not a pension
    "They tied the knot of the treaty.",
    "The agreement we made up in the end was fair.",                           # an agreement drawn up
]

READ += [   # demo31 (s31): "help with the move" ("…votre aide du déplacement…"); "with moving": "à déménager"
    ("Thanks for your help with the move last weekend.", "Thanks for your help with moving last weekend."),
    ("Can you help me with the move on Saturday?", "Can you help me with moving on Saturday?"),
]
LEFT += ["We need help with the move to the cloud.", "Thanks for the move."]

READ += [   # names33 (s32): "my name is Sarah and I live…" read "…Sarah et moi vivons…"; two sentences: "je vis"
    ("Hi, my name is Sarah and I live in Toronto.", "Hi, my name is Sarah. I live in Toronto."),
    ("My name is Marco and I'm from Italy.", "My name is Marco. I'm from Italy."),
    ("Hi, my name is Tom, and I work in a bank.", "Hi, my name is Tom. I work in a bank."),
    ("My name is Mary Jane and I love music.", "My name is Mary Jane. I love music."),
]
LEFT += ["My name is long and I hate it.", "Sarah and I live here.", "My name is Sarah and Irene is my sister."]

READ += [   # words37 (s34): "My daughter has a sleepover at a friend's house." had come out "…a un sommeil…"
    ("My daughter has a sleepover at a friend's house.", "My daughter sleeps at a friend's house."),
]

READ += [   # s38: "…, and anyone can use the pool." had come out «…et quelqu'un peut utiliser la piscine»
    ("The park is open to the public, and anyone can use the pool.",
     "The park is open to the public, and everyone can use the pool."),
    ("In this town, anyone can borrow a bike.", "In this town, everyone can borrow a bike."),
]
LEFT += ["I don't think anyone can help, and anyone can see it.", "If anyone can help, please call me.",
         "Anyone can learn to cook.", "Can anyone help me?", "It's harder than anyone can imagine."]
READ += [   # a first visitor's readings (measure44, s37)
    ("It would be lovely if you could come.", "It would be great if you could come."),
    ("It'd be lovely to see you again.", "It'd be great to see you again."),
]
READ += [   # a first visitor's readings (measure45, s37)
    ("My friends invited me for coffee.", "My friends invited me to have coffee."),
    ("She invites them for a tea on Fridays.", "She invites them to have tea on Fridays."),
]
LEFT += [   # (measure45, s37)
    "They invited us for dinner.",                          # a meal: right as typed
]
READ += [   # a first visitor's readings (measure47, s38)
    ("The shopkeeper was kind.", "The shop owner was kind."),
    ("I spoke to the shop keeper.", "I spoke to the shop owner."),
]
READ += [   # a tip that is advice (senses49, s39)
    ("Thanks for the tip about the museum.", "Thanks for the advice about the museum."),
    ("Do you have any tips on cheap hotels?", "Do you have any advice on cheap hotels?"),
    ("She gave me a good tip about the market.", "She gave me some good advice about the market."),
    ("He gave me a tip about the bus.", "He gave me some advice about the bus."),
]
LEFT += ["Thanks for the tip!", "The tip of the iceberg.", "We left a good tip for the waiter."]   # (senses49, s39)
READ += [   # a wave of the hand; "never mind" (senses50, s39)
    ("She gave us a wave from the balcony.", "She waved at us from the balcony."),
    ("The driver gave me a quick wave.", "The driver waved at me."),
    ("Never mind.", "It doesn't matter."),
    ("Oh, never mind, it's not important.", "Oh, it doesn't matter, it's not important."),
]
LEFT += ["There was a wave of protests.", "The wave knocked him over.", "Give them a wave.",
         "Never mind the weather, let's go out.", "Do you mind if I open the window?"]   # (senses50, s39)
READ += [   # living away from home (fix51, s39)
    ("He has never lived away from home before.", "He has never lived far from home before."),
    ("Living away from home can be lonely.", "Living far from home can be lonely."),
]
LEFT += ["He is away from home this week."]   # (fix51, s39): not living
READ += [   # who looked after someone, in the past (fix53, s40; measure52)
    ("The nurse who looked after my mother in hospital was very kind.",
     "The nurse who took care of my mother in hospital was very kind."),
    ("The teacher who looked after my son was very kind.", "The teacher who took care of my son was very kind."),
    ("The woman who looked after our children last summer was very patient.",
     "The woman who took care of our children last summer was very patient."),
]
LEFT += ["The nurse who looked after me was very kind.", "She looked after the shop."]   # (fix53, s40)
READ += [   # tips for something (vocab55, s41): «des pourparlers», «quelques lèvres» as typed
    ("Can you give me some tips for my interview?", "Can you give me some advice for my interview?"),
    ("Here are some tips for travelling in France.", "Here are some advice for travelling in France."),
    ("Do you have any tips for a beginner?", "Do you have any advice for a beginner?"),
]
LEFT += ["We leave tips for the waiters."]   # (vocab55, s41): money
READ += [   # senses59 (s41): a tip as advice («C'est un bon bout !»)
    ("That's a good tip!", "That's some good advice!"),
    ("Here's a tip: book early.", "Here's some advice: book early."),
    ("Here's a useful tip: bring water.", "Here's some useful advice: bring water."),
    ('That is a great tip.', 'That is some great advice.'),
]
LEFT += ['We left a tip for the waiter.', 'Thanks for the tip.']   # (senses59, s41)
READ += [   # vocab57 (s41): a sibling, cheeky, dodgy («une soigneuse», «joue», «chien» as typed)
    ("Do you have a sibling?", "Do you have a brother or sister?"),
    ("How many siblings do you have?", "How many brothers and sisters do you have?"),
    ("Siblings often fight.", "Brothers and sisters often fight."),
    ("Don't be cheeky with your teacher.", "Don't be insolent with your teacher."),
    ("That shop looks a bit dodgy.", "That shop looks a bit suspicious."),
]
LEFT += ["Sibling rivalry is normal."]   # (vocab57, s41): not "a sibling"


READ += [
    ("I'm going out with my mates tonight.", "I'm going out with my friends tonight."),
    ("He's my best mate.", "He's my best friend."),
    ("Her old mates came too.", "Her old friends came too."),
    ("He's a nice bloke.", "He's a nice guy."),
    ("Two blokes were waiting outside.", "Two guys were waiting outside."),
]   # british60 (s41): British and American everyday words
LEFT += ["Checkmate!", "The birds found mates.", "My flatmate is tidy."]   # (british60, s41)
READ += [("He was cheeky.", "He was insolent."),   # british60 (s41): everyday words of another variety
         ("Don't be cheeky!", "Don't be insolent!")]
LEFT += ["She has rosy cheeks."]   # (british60, s41)


READ += [   # colloc60 (s41): touch lost («Nous fûmes touchés…»), excuses made («fait des excuses»), the law broken
    ("We lost touch after school.", "We lost contact after school."),
    ("They lost touch years ago.", "They lost contact years ago."),
    ("He always makes excuses for being late.", "He always finds excuses for being late."),
    ("Stop making excuses.", "Stop finding excuses."),
    ("She made an excuse and left early.", "She found an excuse and left early."),
    ("Don't make excuses.", "Don't find excuses."),
    ("He never broke the law.", "He never violated the law."),
    ("She has never broken the law.", "She has never violated the law."),
    ("Breaking the law is never a good idea.", "Violating the law is never a good idea."),
    ("People who break the laws must pay.", "People who violate the laws must pay."),
    ("He breaks the law every day.", "He violates the law every day."),
]
LEFT += ["I lost touch with my old friends.", "We have lost touch since she moved.",   # (colloc60, s41)
         "He made his excuses and left.", "She broke the news to him."]
READ += [   # leftsenses60 (s41): a friend asked round («Venez-vous dîner samedi.»; errands.py's row, before food.py)
    ('Come over for dinner on Saturday.', 'Come for dinner on Saturday.'),
    ('Come over whenever you want.', 'Come whenever you want.'),
    ("Come over when you're free.", "Come when you're free."),
]
LEFT += ['Come over any time.', 'Come over for a coffee tomorrow.', 'He will come over for dinner.']   # (leftsenses60)
