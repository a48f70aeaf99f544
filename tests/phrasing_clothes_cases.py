"""Cases of the clothes phrases (sizes and colours asked for, fitting rooms, laundry, getting dressed, shoes), read by
tests/unit/test_phrasing.py with the other tables' cases: "Does this come in a medium?" had come out "Est-ce que ça
arrive en moyenne ?"; read "Do you have this in size medium?": "Avez-vous ceci en taille moyenne ?"."""

READ = [   # (typed, read): each entry of clothes.PHRASES read at least once
    ("Does this come in a medium?", "Do you have this in size medium?"),
    ("Does it come in black?", "Do you have it in black?"),
    ("Does it come in a large?", "Do you have it in the large size?"),
    ("Have you got this in a small?", "Have you got this in the small size?"),
    ("Where are the fitting rooms?", "Where can I try clothes on?"),
    ("It's too loose.", "It's too wide."),
    ("These trousers are a bit too loose.", "These trousers are a bit too wide."),
    ("Put on a jumper, it's cold.", "Put on a sweater, it's cold."),
    ("She's wearing a red jumper.", "She's wearing a red sweater."),
    ("My sweater shrank.", "My sweater has become smaller."),
    ("My trousers shrank.", "My trousers have become smaller."),
    ("It shrank in the wash.", "It became smaller in the washing machine."),
    ("It has become smaller in the wash.", "It has become smaller in the washing machine."),
    ("My dress shrank in the wash.", "My dress has become smaller in the washing machine."),
    ("Your fly is open!", "Your zipper is open!"),
    ("Your zipper is down.", "Your zipper is open."),
    ("My socks don't match.", "My socks are not the same."),
    ("I'm just getting changed.", "I'm just changing my clothes."),
    ("I need to fold the laundry.", "I need to fold the clothes."),
    ("Can this be machine washed?", "Can I wash this in the machine?"),
    ("Is it machine washable?", "Can I wash it in the machine?"),
    ("Hang your coat on the hook.", "Put your coat on the hook."),
    ("I bought a new pair of trainers.", "I bought a new pair of sports shoes."),
    ("My trainers are dirty.", "My sports shoes are dirty."),
    ("It's a bit pricey.", "It's a bit expensive."),
    ("This one is pricier.", "This one is more expensive."),
    ("Could you hem these trousers?", "Could you shorten these trousers?"),
]

LEFT = [   # looks like one, but is not
    "Good things come in small packages.",            # no size asked for
    "My jeans shrank.",                               # had come out right, "Mon jeans a rétréci."
    "Benefits have shrunk since the reform.",         # not clothes
    "The rules are far too loose.",                   # not clothes
    "He was a ski jumper in the Olympics.",           # one who jumps
    "Keep a set of jumper cables in the car.",        # a car's cables
    "Where's the changing room at the pool?",         # a pool's, not a shop's
    "The athletes thanked their trainers.",           # coaches
    "Your zipper is open.",                           # already said in words the model knows
    "These shoes don't match my dress.",              # goes with, not a pair
    "Can you hem my skirt?",                          # "shorten my skirt" came out "manger ma jupe"
]

READ += [   # session 29: wardrobes, leather, shop assistants, haircuts booked
    ("Put your shirts in the wardrobe.", "Put your shirts in the closet."),
    ("I took my coat out of the wardrobe.", "I took my coat out of the closet."),
    ("Is this real leather?", "Is this made of leather?"),
    ("Is this jacket real leather?", "Is this jacket made of leather?"),
    ("Are these shoes genuine leather?", "Are these shoes made of leather?"),
    ("The shop assistant was very rude.", "The salesperson was very rude."),
    ("Ask one of the shop assistants.", "Ask one of the salespeople."),
    ("I need to book a haircut.", "I need to make an appointment at the hairdresser."),
    ("I booked a haircut for Friday.", "I made an appointment at the hairdresser for Friday."),
    ("I'm booking a haircut for tomorrow.", "I'm making an appointment at the hairdresser for tomorrow."),
]
LEFT += [
    "She has an expensive wardrobe.",                 # clothes one owns ("garde-robe"), not a piece of furniture
    "My hands are smaller than the shop assistant's.",
    "This leather is real.",
]

READ += [   # words37 (s34): "These jeans shrank in the wash." had come out "Ces jeans brillent dans le lave."
    ("These jeans shrank in the wash.", "These jeans have become smaller in the washing machine."),
    ("My new jeans shrank in the wash.", "My new jeans have become smaller in the washing machine."),
]
READ += [   # s38: "You will need comfortable walking shoes…" had come out «…besoin de promener des chaussures…»
    ("You will need comfortable walking shoes.", "You will need comfortable shoes for walking."),
]
LEFT += ["I like walking in the park.", "She is walking in new shoes."]
READ += [   # a first visitor's readings (measure39, s36)
    ("I received the wrong color, I ordered blue not green.", "I received the wrong color, I ordered blue, not green."),
    ("She asked for tea not coffee.", "She asked for tea, not coffee."),
    ("This jacket costs 89 euros but it is on sale today.",
     "This jacket costs 89 euros but today it is less expensive."),
]
LEFT += [   # (measure39, s36)
    "I ordered it not knowing the price.",
    "Tickets are on sale now.",                     # to be had, not cheaper
    "It comes with a smile.",
]
READ += [   # a first visitor's readings (measure48, s38)
    ("Have you got this dress in a larger size?", "Have you got this dress in a bigger size?"),
]
READ += [   # measure49 (s39): "The zip on my bag is broken." had come out «Le zipe sur mon sac…»
    ("The zip on my bag is broken.", "The zipper on my bag is broken."),
    ("My zip is stuck.", "My zipper is stuck."),
    ("I need a new zip for this dress.", "I need a new zipper for this dress."),
    ("Can you sew a new zip into these trousers?", "Can you sew a new zipper into these trousers?"),
]
LEFT += ["Please send me the zip file.", "I bought a pack of zip ties.",
         "Put the sandwiches in a zip lock bag."]
READ += [   # casual clothes (vocab55, s41): «des vêtements casuels» as typed
    ("You can wear casual clothes on Friday.", "You can wear informal clothes on Friday."),
    ("He always wears casual shoes.", "He always wears informal shoes."),
    ("I prefer casual clothes.", "I prefer informal clothes."),
    ("The dress code is casual.", "The dress code is informal."),
]
LEFT += ["It was a casual conversation."]   # (vocab55, s41): not clothes
READ += [   # a hair salon (vocab55, s41): «un salon de cheveux» as typed
    ("She works in a hair salon.", "She works at a hairdresser's."),
    ("I have an appointment at the hair salon.", "I have an appointment at the hairdresser's."),
    ("The hair salon opens at nine.", "The hairdresser's opens at nine."),
]
LEFT += ["The beauty salon is next to the bank."]   # (vocab55, s41): right as typed
READ += [   # vocab56 (s41): lightweight («en surpoids», «un bagage éclairé»)
    ("This jacket is lightweight.", "This jacket does not weigh much."),
    ("The old tent was lightweight.", "The old tent did not weigh much."),
    ("Bring a lightweight coat.", "Bring a light coat."),
]
LEFT += ["He is a lightweight.",   # (vocab56) a boxer's class, not the adjective before a noun
         "These hiking boots are very lightweight."]   # right as typed, «…très légères.»
READ += [   # vocab58 (s41): «une mode de conception», «La mode designer» as typed
    ("She is a fashion designer.", "She is a stylist."),
    ("The fashion designer showed her new dresses.", "The stylist showed her new dresses."),
]
LEFT += ["He is a graphic designer."]   # (vocab58, s41)


READ += [
    ("Put on your toque.", "Put on your wool hat."),
    ("My new runners are great.", "My new sneakers are great."),
    ("Where are your runners?", "Where are your sneakers?"),
]   # british60 (s41): British, American and Canadian everyday words (second round)
LEFT += ["The chef wore a white toque.", "The runners are ready.", "The runners crossed the line."]   # (british60, s41)
