"""Cases of the house phrases (repairs, furniture, decorating, moving, cleaning, keys and bills), read by
tests/unit/test_phrasing.py with the other tables' cases: "The hoover is broken." had come out "La chaude est
cassée."; read "The aspirator is broken.": "L'aspirateur est cassé."."""

READ = [   # (typed, read): each entry of house.PHRASES read at least once
    ("The kitchen tap is dripping.", "The kitchen tap leaks."),
    ("The tap in the bathroom won't stop dripping.", "The tap in the bathroom leaks all the time."),
    ("The front door is sticking.", "The front door is stuck."),
    ("The kitchen sink is clogged again.", "The kitchen sink is blocked again."),
    ("Water is dripping through the ceiling.", "Water is coming through the ceiling."),
    ("A pipe burst in the kitchen.", "A tube burst in the kitchen."),
    ("How much does a plumber charge per hour?", "How much does a plumber cost per hour?"),
    ("The plumber charges 50 euros an hour.", "The plumber costs 50 euros an hour."),
    ("I assembled the wardrobe myself.", "I built the closet myself."),
    ("He spent Sunday assembling the bed.", "He spent Sunday building the bed."),
    ("Assemble the desk first.", "Build the desk first."),
    ("We need a bigger wardrobe.", "We need a bigger closet."),
    ("The kitchen table is a bit wobbly.", "The kitchen table is not stable."),
    ("We're redecorating the spare room.", "We're redecorating the guest bedroom."),
    ("We're having the bathroom redone in June.", "We're renovating the bathroom in June."),
    ("The builders are starting on Monday.", "The workers are starting on Monday."),
    ("The hoover is broken.", "The aspirator is broken."),
    ("The vacuum cleaner is in the cupboard.", "The aspirator is in the closet."),
    ("I need to hoover the living room.", "I need to clean the living room with the aspirator."),
    ("Have you hoovered the stairs?", "Have you cleaned the stairs with the aspirator?"),
    ("She was vacuuming the whole house.", "She was cleaning the whole house with the aspirator."),
    ("He vacuums the car every week.", "He cleans the car with the aspirator every week."),
    ("I dusted the shelves this morning.", "I removed the dust from the shelves this morning."),
    ("Can you dust the furniture?", "Can you remove the dust from the furniture?"),
    ("Dusting the books takes ages.", "Removing the dust from the books takes ages."),
    ("The washing is still wet.", "The clothes are still wet."),
    ("The washing was dry by noon.", "The clothes were dry by noon."),
    ("Can you hang the washing out?", "Can you hang the clothes out?"),
    ("I'll put the washing on.", "I'll put the clothes in the washing machine."),
    ("Don't forget to take the washing out of the machine.", "Don't forget to take the clothes out of the machine."),
    ("The curtains need washing.", "The curtains need to be washed."),
    ("The fence needs painting before winter.", "The fence needs to be painted before winter."),
    ("The roof needs repairing.", "The roof needs to be repaired."),
    ("The lock needs fixing.", "The lock needs to be fixed."),
    ("The battery needs replacing.", "The battery needs to be replaced."),
    ("The shirts need ironing.", "The shirts need to be ironed."),
    ("The bathroom needs scrubbing.", "The bathroom needs to be cleaned well."),
    ("Can you wipe the table?", "Can you clean the table?"),
    ("I wiped the kitchen counter.", "I cleaned the kitchen counter."),
    ("Stop wiping the table.", "Stop cleaning the table."),
    ("The windows are filthy.", "The windows are very dirty."),
    ("The bin is full.", "The rubbish bin is full."),
    ("Tidy your room!", "Clean your room!"),
    ("I tidied up the kitchen.", "I cleaned the kitchen."),
    ("Do you have a spare key?", "Do you have an extra key?"),
    ("Where are the spare keys?", "Where are the extra keys?"),
    ("We had a burglary.", "We had a theft."),
    ("We were burgled last year.", "We were robbed last year."),
    ("Our house was burgled.", "Our house was broken into."),
    ("Are bills included?", "Are the charges included?"),
    ("The wifi is really slow.", "The Wi-Fi is really slow."),
    ("My meter reading was wrong.", "The reading of my meter was wrong."),
    ("Our meter reading is late.", "The reading of our meter is late."),
    ("Your gas meter reading is due.", "The reading of your gas meter is due."),
    ("The meter reading was wrong.", "The reading of the meter was wrong."),
    ("They overcharged us on the bill.", "They made us pay too much on the bill."),
    ("I want to cancel my broadband contract.", "I want to cancel my Internet contract."),
    ("The heating comes on at six.", "The heating starts at six."),
    ("The heating came on at night.", "The heating started at night."),
    ("The shower is either boiling or freezing.", "The shower is either too hot or too cold."),
    ("There's a smell of gas in the kitchen.", "There's a gas smell in the kitchen."),
    ("We're getting a quote for a new kitchen.", "We're getting an estimate for a new kitchen."),
    ("The quote was much too expensive.", "The estimate was much too expensive."),
    ("Please leave the parcel with a neighbour.", "Please leave the package with a neighbour."),
    ("The fence blew down in the storm.", "The fence fell down in the storm."),
    ("I'm not very good at DIY.", "I'm not very good at doing repairs."),
    ("My dad loves DIY.", "My dad loves doing repairs."),
    ("The extractor fan is broken.", "The ventilator is broken."),
    ("The light bulb in the hallway has gone.", "The light bulb in the corridor has burnt out."),
    ("The walls need two coats of paint.", "The walls need to be painted twice."),
    ("The radiators are cold.", "The heaters are cold."),
    ("Our electricity bill has doubled.", "Our electricity bill to pay has doubled."),
    ("My mobile phone bill is crazy this month.", "My mobile phone bill to pay is crazy this month."),
    ("I turned the heating down to save money.", "I lowered the heating to save money."),
    ("She turned down the heating.", "She lowered the heating."),
    ("We haven't unpacked the boxes yet.", "We haven't opened the boxes yet."),
    ("I spent the weekend unpacking all the boxes.", "I spent the weekend opening all the boxes."),
]
LEFT = [   # looks like one, but is not
    "She wore a dress from her summer wardrobe.",   # one's clothes, not a closet
    "There is no spare room in the budget for new projects.",   # room to spare
    "We have a spare room for you if you need it.",
    "The new party must fill the vacuum left by the old one.",   # no machine
    "The government left a vacuum of information.",
    "Herbert Hoover was president of the United States.",
    "The Hoover Dam is very big.",   # a name
    "He smoked his pipe by the fire.",   # a smoker's pipe
    "Clear the dust off the shelves.",   # the noun
    "The dust on the shelves made me sneeze.",
    "Tom wiped the table clean.",   # "cleaned the table clean"
    "He wiped his tears away.",
    "He is filthy rich.",
    "The wheat sat in the bin all winter.",   # a farm's grain bin
    "The quote from Churchill was wrong.",
    "Let me quote the minister.",   # words quoted
    "He threw the paper in the bin lorry.",
    "It needs washing.",   # came out right as typed
    "The gas pipe was cut.",
    "The rain was dripping from the trees.",
    "The paint is dripping.",
    "The grain sat in that bin for months.",
    "He tapped the table.",
    "There is no spare room for error.",
    "It needs painting.",
    "The Hoover Commission met.",
    "This dam dwarfs even the Hoover dam.",                 # a dam's name (s29 eval, Challenge)
    "The tap water is cold.",
    "I'll wipe the floor with them.",
    "Ask the plumber how much he charges.",
    "The washing of hands is important.",
    "The tap in the kitchen is dripping again.",   # "…leaks again" lost its verb
    "The lid of the bin is broken.",   # "rubbish bin" came out "L'assiette de la poubelle"
    "It was about a leaking sewage pipe.",
    "The energy bills are much higher this winter.",   # "Les billets d'énergie pour payer…"
    "Is the electricity bill included in the rent?",
    "Turn the heating down, it's too warm.",          # came out right: "Baisse le chauffage…"
    "I need to unpack my suitcase.",
]
LEFT += [   # hunt29c: the machine, the powder, money (each came out worse when read)
    "We took the washing machine to the tip.",
    "Get the washing powder from the shop.",
    "He was filthy with money.",
]

READ += [   # words30 (s30): the gas bill paid ("la facture d'essence", petrol); "the bill for the gas": "…pour le gaz"
    ("Did you pay the gas bill?", "Did you pay the bill for the gas?"),
    ("I paid the gas bill yesterday.", "I paid the bill for the gas yesterday."),
]
LEFT += ["The gas bill is very high this month."]   # not paid: "Le projet de loi sur le gaz…" either way

READ += [   # nouns32 (s32): a smell with no word of how is a bad one ("The dustbin smells." «…sent bon.»)
    ("The dustbin smells.", "The dustbin smells bad."),
    ("The kitchen stinks.", "The kitchen smells bad."),          # «La cuisine économise.»
    ("The whole house stank.", "The whole house smelled bad."),  # «Toute la maison a trahi.»
    ("Your socks stink.", "Your socks smell bad."),              # «Tes chaussettes ont coulé.»
]
LEFT += ["The roses smell.", "I can smell.", "This smells good.", "Something smells in here.", "It was his smell."]

READ += [   # words33 (s32): a bright room («brillant») read "luminous" («lumineux»), a fan («fan») "ventilator"
    ("The living room is very bright.", "The living room is very luminous."),
    ("My new apartment is bright and spacious.", "My new apartment is luminous and spacious."),
    ("Turn on the fan, it's hot.", "Turn on the ventilator, it's hot."),
    ("We stayed inside all afternoon with the fans on and the curtains closed.",
     "We stayed inside all afternoon with the ventilators on and the curtains closed."),
    ("The fan in the kitchen is very noisy.", "The ventilator in the kitchen is very noisy."),
]
LEFT += ["The room is bright in the morning.", "She is very bright.", "The bedroom is so bright that I can't sleep.",
         "The fans cheered for the team.", "The fans are too noisy."]

READ += [   # words43 (s38): "on the doorstep" («sur les portes», «sur ma porte») said "in front of the door"
    ("I found a cat on my doorstep.", "I found a cat in front of my door."),
    ("Don't leave your shoes on the doorstep.", "Don't leave your shoes in front of the door."),
]
LEFT += ["The beach is right on our doorstep.", "He stood in the doorway."]
READ += [   # a first visitor's readings (measure35, s34)
    ("The sofa doesn't fit through the door.", "The sofa doesn't pass through the door."),
    ("Will the piano fit through the door?", "Will the piano pass through the door?"),
    ("It fits through the window.", "It passes through the window."),
]
LEFT += [   # (measure35, s34)
    "The key doesn't fit the door.", "The wardrobe didn't fit through the door.",
]
READ += [   # a first visitor's readings (measure36, s34)
    ("I can't find the remote control anywhere.", "I can't find the remote anywhere."),
    ("Where is the TV remote control?", "Where is the TV remote?"),
]
LEFT += [   # (measure36, s34)
    "He bought a remote control car for his son.", "We need remote control of the cameras.",
]
READ += [   # a first visitor's readings (measure39, s36)
    ("This wooden chair is comfortable, easy to assemble and comes with a two-year guarantee.",
     "This wooden chair is comfortable and easy to assemble. It includes a two-year guarantee."),
    ("Every bike comes with a three-year guarantee.", "Every bike includes a three-year guarantee."),
]
READ += [   # a first visitor's readings (measure42, s37)
    ("She sat in the dark with the curtains drawn.", "She sat in the dark with the curtains closed."),
    ("The curtains were drawn when we arrived.", "The curtains were closed when we arrived."),
    ("Keep the blinds drawn during the day.", "Keep the blinds closed during the day."),
    ("The curtains are still drawn.", "The curtains are still closed."),
]
LEFT += [   # (measure42, s37)
    "The curtains were drawn back to let the light in.",     # opened
    "She has drawn a picture of the curtains.",
]
READ += [   # a first visitor's readings (measure43, s37)
    ("We live on the top floor.", "We live on the last floor."),
    ("Our office is on the top floor.", "Our office is on the last floor."),
    ("The kids went to bed while we washed the dishes.", "The kids went to bed while we did the dishes."),
    ("The rent includes heating and electricity.", "The rent includes the heating and the electricity."),
    ("The price covers heating, water and internet.", "The price covers the heating, water and Internet."),
]
LEFT += [   # (measure43, s37)
    "He works at the top of the floor.",                    # not the top floor
    "I washed the dishes after dinner.",                    # «J'ai lavé la vaisselle» as typed
    "The heating is on.",                                   # with its article
]
READ += [   # a first visitor's readings (measure44, s37)
    ("The power went out during the storm.", "The electricity was cut off during the storm."),
    ("Yesterday the power went off for two hours.", "Yesterday the electricity was cut off for two hours."),
]
LEFT += [   # (measure44, s37)
    "The power of the storm went out to sea.",              # not "the power went out"
]
READ += [   # a first visitor's readings (left46, s38)
    ("We sold our flat, then we moved.", "We sold our apartment, then we moved."),
]
LEFT += [   # (left46, s38)
    "My flat tire went unnoticed.",                   # a tire, not a home
]
READ += [   # words44's readings (words44, s38)
    ("We have a cozy little house.", "We have a comfortable little house."),
    ("It was a cosy evening.", "It was a comfortable evening."),
    ("The shelves are very dusty.", "The shelves are covered in dust."),
]
LEFT += [   # (words44, s38)
    "We drove down a dusty road.",                    # not after "is"
]
READ += [   # words45's readings (words45, s38)
    ("Her kitchen is spotless.", "Her kitchen is perfectly clean."),
    ("He keeps his car spotless and shiny.", "He keeps his car perfectly clean and shiny."),
]
LEFT += [   # (words45, s38)
    "He has a spotless record.",                    # not clean
]
READ += [   # a room that is light, bright (senses50, s39)
    ("The bedroom is very light in the afternoon.", "The bedroom is full of light in the afternoon."),
    ("This bedroom is nice and light.", "This bedroom is full of light."),
    ("Our new kitchen is light and airy.", "Our new kitchen is full of light and airy."),
    ("The office is light and spacious.", "The office is spacious and full of light."),
]
LEFT += ["This lamp gives a soft light.", "The kitchen is very light blue.", "Turn on the light in the kitchen.",
         "The kitchen light is broken."]   # (senses50, s39)
READ += [   # a bare "room" that is light; "light and clean/quiet/warm" (left52, s40; travel's LEFT case before)
    ("The room is very light in the morning.", "The room is full of light in the morning."),
    ("This room is light in the afternoon.", "This room is full of light in the afternoon."),
    ("The hotel room was light and clean.", "The hotel room was clean and full of light."),
    ("Our room was very light and warm.", "Our room was warm and full of light."),
    ("The room is light and quiet.", "The room is quiet and full of light."),
]
LEFT += ["The room is light blue.", "My room has a light on the ceiling."]   # (left52, s40)
READ += [   # a building knocked down (left52, s40; «baissé», «enfermé»)
    ("They knocked down the old factory last year.", "They destroyed the old factory last year."),
    ("The old cinema was knocked down in 2010.", "The old cinema was destroyed in 2010."),
    ("The council wants to knock down these houses.", "The council wants to destroy these houses."),
    ("They are knocking down the old school next week.", "They are destroying the old school next week."),
    ("Every year the city knocks down a few old buildings.", "Every year the city destroys a few old buildings."),
    ("The wall was knocked down by the workers.", "The wall was destroyed by the workers."),
]
LEFT += ["The boxer knocked down his opponent.", "He knocked down the price."]   # (left52, s40)
READ += [   # put the bins out (long48, s40; home.py: «mettre les boules», «éteindre les boules»)
    ("Don't forget to put the bins out tonight.", "Don't forget to take the garbage out tonight."),
    ("My husband always forgets to put the bins out on Monday.",
     "My husband always forgets to take the garbage out on Monday."),
    ("It's your turn to put the bins out this week.", "It's your turn to take the garbage out this week."),
]
LEFT += ["Put the bins out, please."]   # an order (long48, s40; "Who put the bins out…?" is read now: left54)
READ += [   # who put the bins out; rubbish collected (left54, s40; «mis les boules», «Le rubish est collectionné»)
    ("Who put the bins out?", "Who took the garbage out?"),
    ("Who put the bins out last night?", "Who took the garbage out last night?"),
    ("I asked who put the bins out.", "I asked who took the garbage out."),
    ("The rubbish is collected on Mondays.", "The dustbins are picked up on Mondays."),
    ("The garbage was not collected last week.", "The dustbins were not picked up last week."),
    ("Our trash is collected on Fridays.", "Our dustbins are picked up on Fridays."),
    ("When is the rubbish collected in this street?", "When are the dustbins picked up in this street?"),
]
LEFT += ["She collected rubbish on the beach.", "The rubbish bags are in the garage."]   # (left54, s40)
LEFT += ["Put the bins out, please."]   # an order (long48, s40)
READ += [   # any household bin (fix54, s40, measure53: «Nos bles…», «…vider la vaisselle.», «Les baux…»)
    ("Our bins are collected every Tuesday morning.", "Our rubbish bins are collected every Tuesday morning."),
    ("He forgot to empty the bin again.", "He forgot to empty the rubbish bin again."),
    ("Where do I put the recycling bins?", "Where do I put the recycling rubbish bins?"),
    ("Bins smell terrible in summer.", "Rubbish bins smell terrible in summer."),
]
LEFT += ["Just bin it.", "The coal bin is full.", "Put the bin bags outside.", "Osama bin Laden"]   # (fix54)
READ += [   # moving into a home (left55, s41: «déménagé à un nouvel appartement»)
    ("They moved to a new apartment.", "They moved into a new apartment."),
    ("They moved to a bigger flat.", "They moved into a bigger flat."),
    ("We moved to a bigger house last year.", "We moved into a bigger house last year."),
]
LEFT += ["We moved to Toronto last year.", "He moved to the next question.",
         "They are moving to a bigger house next month."]   # «…vont dans…» read so; «déménagent» as typed
READ += [   # vocab56 (s41): comfy («très doux», «comfiques», «Êtes-vous malade ?»)
    ("This sofa is very comfy.", "This sofa is very comfortable."),
    ("Are you comfy?", "Are you comfortable?"),
]
READ += [   # senses59 (s41): a cooker («Le cuisinier ne fonctionne pas.»)
    ('The cooker is not working.', 'The stove is not working.'),
    ('We bought a new cooker.', 'We bought a new stove.'),
    ('Turn off the cooker before you leave.', 'Turn off the stove before you leave.'),
]
LEFT += ['Put the rice in the pressure cooker.', 'I use a slow cooker.']   # (senses59, s41)
READ += [   # vocab58 (s41): «au haut-temps», «sur le sol de haut» as typed
    ("My bedroom is on the upper floor.", "My bedroom is upstairs."),
    ("Is there a toilet on the upper floor?", "Is there a toilet upstairs?"),
]
LEFT += ["The upper part of the wall is wet."]   # (vocab58, s41)


READ += [("Hand me a tea towel.", "Hand me a kitchen towel."),   # british60 (s41): everyday words of another variety
         ("The tea towels are dirty.", "The kitchen towels are dirty.")]
LEFT += ["Have some tea and a towel."]   # (british60, s41)


READ += [   # colloc60 (s41): a shower or a bath had («Je vais avoir une douche…»), a bath run («…te courir un bain»)
    ("I'm going to have a shower before dinner.", "I'm going to take a shower before dinner."),
    ("He has a shower every morning.", "He takes a shower every morning."),
    ("She had a quick shower after the gym.", "She took a quick shower after the gym."),
    ("She's having a bath right now.", "She's taking a bath right now."),
    ("I'll run you a bath.", "I'll prepare a bath for you."),
    ("She ran a hot bath and read a book.", "She prepared a hot bath and read a book."),
    ("Can you run a bath for the baby?", "Can you prepare a bath for the baby?"),
    ("He runs the bath for the kids.", "He prepares the bath for the kids."),
    ("I'm running him a bath.", "I'm preparing a bath for him."),
    ("She ran me a hot bath.", "She prepared a hot bath for me."),
    ("He runs her a bath every night.", "He prepares a bath for her every night."),
    ("I'm running a bath, I'll call you back.", "I'm preparing a bath, I'll call you back."),
]
LEFT += [   # (colloc60, s41) a room's shower, a thing of the bathroom
    "The room has a shower.", "Our house has a bath.", "We have a bath and a shower.",
    "Does the hotel have a shower?", "I have a shower in my room.", "I have a shower gel.", "He has a bath towel.",
    "She runs a bath shop.",
]
LEFT += ["Judging from the sky, we might have a shower tonight."]   # (colloc60, s41) a shower of rain
