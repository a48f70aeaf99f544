"""Cases of the admin phrases (emergencies, insurance, the post and the bank, papers and visas, renting and
tradespeople), read by tests/unit/test_phrasing.py with the other tables' cases: "The boiler is broken and we have no
hot water." had come out "Le boilier est cassé…"; read "The heater is broken…": "Le chauffage est cassé…"."""

READ = [   # (typed, read): each entry of admin.PHRASES read at least once
    ("Has anyone handed in a black umbrella?", "Has someone handed in a black umbrella?"),
    ("Did anyone see the accident?", "Did someone see the accident?"),
    ("How do I top up my phone?", "How do I put money on my phone?"),
    ("She tops up her travel card every week.", "She puts money on her travel card every week."),
    ("She topped up her travel card.", "She put money on her travel card."),
    ("I'm topping up my phone.", "I'm putting money on my phone."),
    ("The plumber charged me 200 euros for ten minutes of work.",
     "The plumber asked me for 200 euros for ten minutes of work."),
    ("They charged us €50 for the key.", "They asked us for €50 for the key."),
    ("My bag was snatched in the street.", "My bag was stolen in the street."),
    ("A man snatched my phone and ran away.", "A man stole my phone and ran away."),
    ("Nobody was hurt, but the car is a write-off.", "Nobody was hurt, but the car is completely destroyed."),
    ("I rang the bank this morning.", "I called the bank this morning."),
    ("I've rung the landlord three times.", "I've called the landlord three times."),
    ("Can I break the lease early?", "Can I end the lease early?"),
    ("Has the problem been sorted out?", "Has the problem been solved?"),
    ("My visa runs out at the end of the month.", "My visa expires at the end of the month."),
    ("Our contract ran out in May.", "Our contract expired in May."),
    ("When does your visa run out?", "When does your visa expire?"),
    ("The car needs servicing.", "The car needs to be checked."),
    ("Could you put me through to the manager?", "Could you transfer me to the manager?"),
    ("Put me through to customer service, please.", "Transfer me to customer service, please."),
    ("Is there a doctor on call at the weekend?", "Is there a doctor available at the weekend?"),
    ("The wiring is very old.", "The electrical wires are very old."),
    ("Its wiring was the old cloth kind.", "Its electrical wires were the old cloth kind."),
    ("The wiring needs to be replaced.", "The electrical wires needs to be replaced."),
    ("He drove off without paying.", "He left without paying."),
    ("They want to evict us.", "They want to make us leave."),
    ("The landlord evicted them last year.", "The landlord made them leave last year."),
    ("The engine keeps cutting out.", "The engine stops all the time."),
    ("The lights keep cutting out.", "The lights stop all the time."),
    ("Our boiler broke down last night.", "Our heater stopped working last night."),
    ("Can you fix the boiler?", "Can you fix the heater?"),
    ("There's damp on the bedroom wall.", "There's humidity on the bedroom wall."),
    ("I'd like to send this by recorded delivery.", "I'd like to send this by registered mail."),
    ("I've forgotten my PIN.", "I've forgotten my PIN code."),
    ("Do we need to book in advance?", "Do we need to reserve in advance?"),
    ("Does my policy cover theft?", "Does my insurance cover theft?"),
    ("How do I file a claim for the damage?", "How do I submit a claim for the damage?"),
    ("The insurance company turned down my claim.", "The insurance company turned down my request."),
    ("My claim was rejected.", "My request was rejected."),
    ("Where is the lost property office?", "Where is the office for lost objects?"),
    ("Is there a lost property office at the station?", "Is there an office for lost objects at the station?"),
    ("I'd like to rent a one-bedroom flat.", "I'd like to rent an apartment with one bedroom."),
    ("They live in a three-bedroom flat.", "They live in an apartment with three bedrooms."),
    ("We're looking for a two-bedroom flat.", "We're looking for an apartment with two bedrooms."),
    ("The cash machine swallowed my card.", "The distributor swallowed my card."),
    ("The ATM kept my card.", "The distributor kept my card."),
    ("Where is the nearest ATM?", "Where is the nearest distributor?"),         # s38: «…l'ATM ?», «machine à liquide»
    ("I need an ATM.", "I need a distributor."),                                 # s38: «…d'un ATM.»
]
LEFT = [   # looks like one, but is not
    "I wonder if anyone has seen it.",                    # no question opening with "has" or "did"
    "We need to top up the pension fund.",                # a fund topped up (the Hansards), not a phone
    "He was charged with theft.",                         # a court's charge
    "The thieves snatched victory from defeat.",          # not a bag
    "The debt was a write-off.",                          # a debt written off, no car in the line
    "He rang the bell twice.",                            # a bell rung
    "The phone rang.",
    "Break the news gently.",
    "He sorted out the papers by date.",                  # papers sorted by hand
    "We no sooner got sorted out with one company.",      # sorted out with a firm
    "Our time runs out of the clock.",                    # time, not a paper
    "My patience runs out.",
    "The servicing costs are high.",
    "Read it through to the end.",
    "My phone was on call forwarding.",                   # not a doctor
    "The wiring failures were not addressed.",            # wiring as an adjective
    "She drove off the road.",                            # not left
    "They tried to evict them from their homes.",         # "make them leave from their homes"
    "The boiler room of the ship was hot.",               # a ship's
    "The steam boiler exploded at the plant.",
    "The damp weather lasted all week.",                  # not "there's damp on"
    "Please pin the notice to the board.",                # a pin, not a PIN
    "I already have a PIN code.",
    "Your PIN is 1234.",                                  # a PIN told, not forgotten
    "The book in advance of the election sold well.",     # a book
    "The government's policy covers all regions.",        # a government's policy
    "File the report by Friday.",                         # not a claim
    "My claim is that the bill is flawed.",               # a claim made in debate
    "The lost property was returned.",                    # no office
    "The ATM fees rose.",                                 # fees, not the machine
    "Two bedrooms are enough.",
    # hunt2-s27: other senses the readings had taken
    "He snatched his phone from my hand.", "She snatched her bag and left.",   # one's own, grabbed
    "He rang the ship's bell.", "They rang the new year in.",                  # a bell, a year
    "The papers were sorted out.", "The recycling is sorted out by volunteers.",   # things sorted
    "The debt needs servicing.",                                               # a debt paid (Hansard)
    "That win put us through to the final.",                                   # a round, not a phone line
    "He keeps cutting out coupons.",                                           # cut from paper
    "He sent his book in advance to the editor.",                              # a book
    "Our policy covers all regions.", "Does our policy cover seniors, Mr. Speaker?",   # a government's
    "They rejected my claim that the earth is flat.",                          # a claim made
    "Once the money is sorted out, the province will have $5 million.",        # money shared out (Hansard)
]
READ += [   # a first visitor's readings (measure45, s37)
    ("This invoice is due by Friday.", "This invoice must be paid by Friday."),
    ("The invoice was due yesterday.", "The invoice had to be paid yesterday."),
]
LEFT += [   # (measure45, s37)
    "The delay was due to the invoice.",                    # "due to": because of
    "Your invoice is due on Monday.",                       # «Ton invoice…» either way
]
READ += [   # words46 (s39): city hall with no article, «en ville»
    ("I have to go to city hall tomorrow.", "I have to go to the city hall tomorrow."),
    ("We got married at city hall.", "We got married at the city hall."),
]
LEFT += ["The bus stops in front of city hall.", "Where is the city hall?", "City hall is closed today."]
READ += [   # a letter or parcel posted, «remis» (senses50, s39)
    ("Did you post the letter to your grandmother?", "Did you send the letter to your grandmother?"),
    ("She posts her cards to her aunt every Christmas.", "She sends her cards to her aunt every Christmas."),
    ("I posted the parcel this morning.", "I sent the parcel this morning."),
    ("I'm posting the invitations today.", "I'm sending the invitations today."),
]
LEFT += ["He was posted to Berlin last year.", "The post office is closed on Sunday.", "She posted on the forum.",
         "Can you post this letter for me?"]   # «poster», right as typed (senses50, s39)
READ += [   # a letter or parcel posted after "a/an" (left52, s40; test_phrasing's LEFT case before, «remis»)
    ("I posted a letter to my aunt.", "I sent a letter to my aunt."),
    ("She posted a parcel to her brother in Canada.", "She sent a parcel to her brother in Canada."),
    ("He posts a letter to his mother every week.", "He sends a letter to his mother every week."),
    ("We posted an invitation to all our neighbours.", "We sent an invitation to all our neighbours."),
]
LEFT += ["She was posted to a new office in Lyon.", "Can you post a letter for me?"]   # (left52, s40)
READ += [   # senses59 (s41): a thing one will sort out («Je le ferai en sorte demain.»)
    ('I will sort it out tomorrow.', 'I will deal with it tomorrow.'),
    ("Don't worry, I'll sort it out.", "Don't worry, I'll deal with it."),
    ('Can you sort this out?', 'Can you deal with this?'),
    ('We are sorting it out.', 'We are dealing with it.'),
]
LEFT += ["Let's sort things out with her.", 'She sorted the papers out.']   # (senses59, s41)
READ += [
    ("Has the post arrived yet?", "Has the mail arrived yet?"),
    ("Was there any post for me today?", "Was there any mail for me today?"),
    ("The post comes at ten.", "The mail comes at ten."),
    ("I checked the post this morning.", "I checked the mail this morning."),
    ("Did you pay the hydro bill?", "Did you pay the electricity bill?"),
]   # british60 (s41): British, American and Canadian everyday words (second round)
LEFT += ["He got a new post at the bank.", "The post office is closed.", "Check the post office hours.",
         "He applied for the post in May."]   # (british60, s41)
