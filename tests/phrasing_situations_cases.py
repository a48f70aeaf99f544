"""Cases of phrasing/situations.py (demo34, s33): a missed connecting flight, a flat with no lift, children picked
up, a parcel collected, paying by bank transfer, a gift voucher, a car's MOT. READ: (typed, read); LEFT: as typed."""

READ = [
    ("We missed our connecting flight because the first plane left two hours late.",
     "We missed our correspondence because the first plane left two hours late."),
    ("If the train is late, I will miss my connecting flight.", "If the train is late, I will miss my correspondence."),
    ("She missed her connecting flight in London.", "She missed her correspondence in London."),
    ("The flat is on the third floor and there is no lift, which is hard.",
     "The apartment is on the third floor and there is no elevator, which is hard."),
    ("There is no lift, so we took the stairs.", "There is no elevator, so we took the stairs."),
    ("The building is old and there's no lift.", "The building is old and there is no elevator."),
    ("There was no lift in the hotel, so we carried our bags.",
     "There was no elevator in the hotel, so we carried our bags."),
    ("Pick the children up at half past three.", "Go and get the children at half past three."),
    ("Pick the kids up from school at four.", "Go and get the kids from school at four."),
    ("Pick up the kids at the station.", "Go and get the kids at the station."),
    ("I need to collect a parcel, but I was at work.", "I need to go and get a parcel, but I was at work."),
    ("I'll collect the package tomorrow morning.", "I'll go and get the package tomorrow morning."),
    ("I paid the rent by bank transfer.", "I paid the rent with a transfer."),
    ("I always pay the bill by bank transfer.", "I always pay the bill with a transfer."),
    ("I paid it by bank transfer.", "I paid it with a transfer."),
    ("Can I pay by bank transfer?", "Can I make the payment with a transfer?"),
    ("Can we pay by transfer?", "Can we make the payment with a transfer?"),
    ("Could I pay by bank transfer next week?", "Could I make the payment with a transfer next week?"),
    ("I got a gift voucher for my birthday.", "I got a gift card for my birthday."),
    ("She gave me a gift voucher for Christmas.", "She gave me a gift card for Christmas."),
    ("My car failed its MOT because of the brakes.", "My car failed its technical inspection because of the brakes."),
    ("The car needs an MOT before the end of the month.",
     "The car needs a technical inspection before the end of the month."),
    ("When is your MOT due?", "When is your technical inspection due?"),
    # home.py: a flat that "doesn't" (had come out «…dans le plat ne fonctionne pas.»)
    ("The heating in the flat doesn't work.", "The heating in the apartment doesn't work."),
    ("The shower in the flat doesn't work.", "The shower in the apartment doesn't work."),
    ("Our flat doesn't get much light.", "Our apartment doesn't get much light."),
    # admin.py: a broken, old or noisy boiler (had come out «…du boilier cassé…»)
    ("The old boiler makes a lot of noise.", "The old heater makes a lot of noise."),
    ("We need to replace the broken boiler before winter.", "We need to replace the broken heater before winter."),
    ("Can you look at the noisy boiler?", "Can you look at the noisy heater?"),
]

LEFT = [   # looks like one, but is not
    "There was no lift home, so we walked.",          # a ride home
    "The wings gave the plane no lift, there was no lift at all.",
    "Please pick up the children's toys.",            # toys picked up, not children
    "She collects stamps and coins.",                 # a collection
    "They collect parcels for charity.",
    "The player asked for a transfer to another club.",
    "The mot juste is hard to find.",                 # not a car's MOT
    "We made our connecting flight just in time.",    # made, not missed
    "The flat doesn't hold air on my bike.",         # a tyre
    "The ship's old boiler exploded.",                # a ship's
]
READ += [   # express delivery, paying extra (long47, s40): «…payé extrait pour exprimer la livraison»,
    #           «J'ai payé une chambre…» (extra lost)
    ("I paid extra for express delivery.", "I paid more for fast delivery."),
    ("I chose express delivery because I need it on Saturday.", "I chose fast delivery because I need it on Saturday."),
    ("We paid extra for a room with a view.", "We paid more for a room with a view."),
    ("She paid extra to have the flowers delivered.", "She paid more to have the flowers delivered."),
    ("Guests who paid extra for breakfast got coffee.", "Guests who paid more for breakfast got coffee."),
]
LEFT += ["The express train leaves at nine.", "We paid the extra charge.", "They paid extra attention.",
         "Do you have to pay extra for breakfast?"]   # (long47) plans.py's reading, as it was
READ += [   # a wrong charge on an account (long48, s40; «une mauvaise accusation», «une mauvaise charge»)
    ("There is a wrong charge on my account.", "There is a wrong debit on my account."),
    ("Could you explain this wrong charge on my credit card statement?",
     "Could you explain this wrong debit on my credit card statement?"),
    ("There were three incorrect charges on my account.", "There were three incorrect debits on my account."),
]
LEFT += ["He was arrested on the wrong charge."]   # a court's (long48, s40)
