"""Cases of the restaurant phrases (tables, dishes, drinks, complaints, the bill), read by tests/unit/test_phrasing.py
with the other tables' cases: "Do you have a table for four tonight?" had come out "…une table pour quatre heures ce
soir ?"; read "…for four people": "…une table pour quatre personnes ce soir ?"."""

READ = [   # (typed, read): each entry of restaurant.PHRASES read at least once
    ("Do you have a table for four tonight?", "Do you have a table for four people tonight?"),
    ("We booked a table for six at eight o'clock.", "We reserved a table for six people at eight o'clock."),
    ("For my main course I'll have the salmon.", "For my main dish I'll take the salmon."),
    ("The main courses are all under 20 euros.", "The main dishes are all under 20 euros."),
    ("Can I have the sauce on the side?", "Can I have the sauce separately?"),
    ("Is this gluten-free?", "Is this without gluten?"),
    ("It's my round.", "It's my turn to buy the drinks."),
    ("Whose round is it?", "Whose turn is it to buy the drinks?"),
    ("I'll buy the next round.", "I'll buy the next drinks."),
    ("The meat is undercooked.", "The meat is not cooked enough."),
    ("Can I have a doggy bag?", "Can I have a box for the leftovers?"),
    ("Could you wrap this up for me?", "Could you put this in a box for me?"),
    ("My coffee is lukewarm.", "My coffee is barely warm."),
    ("What comes with the fish?", "What is served with the fish?"),
    ("Compliments to the chef.", "My compliments to the chef."),
    ("Could I swap the fries for a salad?", "Could I replace the fries with a salad?"),
    ("Is there any dairy in this?", "Is there any dairy products in this?"),
    ("Your order is ready for collection.", "Your order is ready to be picked up."),
    ("We didn't book, is that a problem?", "We didn't reserve, is that a problem?"),
    ("We haven't booked.", "We haven't reserved."),
    ("How long is the wait for a table?", "How long do we have to wait for a table?"),
    ("Is the service charge included in the bill?", "Is the service fee included in the bill?"),
    ("A pint of beer, please.", "A large glass of beer, please."),
    ("A pint of lager, please.", "A large glass of blonde beer, please."),
]
LEFT = [   # looks like one, means something else (or came out right as typed)
    "A table for two people, please.", "Is the table for eight o'clock ready?", "a table for 8:30",
    "We were lukewarm about the plan.", "They are assessed a service charge, interest on the late payment.",
    "Reduced service charges, more customer services.",
    "The boxer won the next round of the fight.", "It's my round of golf.", "Is there any dairy farm nearby?",
    "I didn't book in time, sorry.", "The meat was cooked.", "Two pints of beer, please.", "A pint of cider.",
]

READ += [   # words30 (s30): a restaurant's bill ("Le projet de loi est faux."), tipping ("Est-ce qu'il s'attend ?"),
    # starters ("les commencements"), said "the note", "a tip", "entries" ("La note est fausse.", "les entrées")
    ("The bill is wrong.", "The note is wrong."),
    ("I think the bill is wrong.", "I think the note is wrong."),
    ("There's a mistake in the bill.", "There's a mistake in the note."),
    ("There's an error on our bill.", "There's an error on the note."),
    ("Is tipping expected?", "Is a tip expected?"),
    ("Is tipping expected in France?", "Is a tip expected in France?"),
    ("Should I leave a tip?", "Do I have to leave a tip?"),
    ("What would you like for starters?", "What would you like for entries?"),
    ("The starters were delicious.", "The entries were delicious."),
    ("We'll have two starters to share.", "We'll have two entries to share."),
]
LEFT += [
    "The bill was passed by parliament.", "The bill is wrong, said the minister.",
    "There's a mistake in the bill before the House.", "Can we have the bill, please?",   # came out right: "l'addition"
    "Should I leave a tip in Paris?",                                                    # came out "un bout" read
    "Is tipping customary here?",
    "There is a technical error in the bill.",                                           # Parliament's (corpus)
    "For starters, he's lazy.", "The starters of the race lined up.", "He's one of the starters on the team.",
]
READ += [("Is this to eat in or takeaway?", "Is this for here or to go?"),   # "…manger ou prendre des mesures ?"
         ("Is it to eat in or take away?", "Is it for here or to go?"),
         ("Are the sandwiches to eat in or take out?", "Are the sandwiches for here or to go?")]
LEFT += ["Eat in or takeaway?"]

# hunt30 (s30): Parliament's bill said with its debate ("The bill is wrong and should be withdrawn." had come out "La
# note est fausse et devrait être retirée.")
LEFT += ["The bill is wrong and should be withdrawn.", "The bill is wrong, the opposition says."]

# long32 (s32): the bill asked of a waiter ("J'ai demandé au serveur de ce projet de loi…", "…demanda le serveur")
READ += [("I asked the waiter for the bill twice, but he ignored us.",
          "I asked the waiter to bring the note twice, but he ignored us."),
         ("At the end of the meal, my father asked the waiter for the bill.",
          "At the end of the meal, my father asked the waiter to bring the note."),
         ("Ask the waitress for the bill, please.", "Ask the waitress to bring the note, please.")]
LEFT += ["The minister asked the committee for the bill.", "He asked the waiter for the menu."]

READ += [   # names33 (s32): "I'd like the fish with rice." → "J'aimerais que le poisson…"; ordered: "Je vais prendre…"
    ("I'd like the fish with rice.", "I'll take the fish with rice."),
    ("I would like the steak with fries, please.", "I'll take the steak with fries, please."),
    ("I'd like the grilled chicken with rice and a glass of red wine.",
     "I'll take the grilled chicken with rice and a glass of red wine."),
]
LEFT += ["I'd like the kids with me.", "I'd like the report with the figures.", "I'd like the fish."]
READ += [   # a first visitor's readings (measure39, s36)
    ("The soup of the day is tomato with fresh basil, and it comes with bread.",
     "The soup of the day is a tomato soup with fresh basil. It includes bread."),
    ("The steak comes with fries and a salad.", "The steak includes fries and a salad."),
    # demo.py: a meeting moved to a date
    ("The meeting has been moved to March 3 at 14:30.", "The meeting is now on March 3 at 14:30."),
    ("The appointment was moved to the 5th of May.", "The appointment is now on the 5th of May."),
]
LEFT += [   # (measure39, s36)
    "The soup of the day is delicious.",
    "The child comes with his mother.",
]
READ += [   # a tip that is the service (senses49, s39)
    ("Is the tip included?", "Is the service included?"),
    ("The tip is not included.", "The service is not included."),
    ("Was the tip included in the bill?", "Was the service included in the bill?"),
]
LEFT += ["Is a tip included on top?", "We left a tip for the waiter."]   # (senses49, s39)
READ += [   # is this dish vegetarian (left54, s40; «Ce végétarien est-il végétarien ?»)
    ("Is this dish vegetarian?", "Is this a vegetarian meal?"),
    ("Excuse me, is that dish vegetarian?", "Excuse me, is that a vegetarian meal?"),
]
LEFT += ["The soup is vegetarian.", "This dish is delicious."]   # (left54, s40)
READ += [
    ("Fancy a pint?", "Fancy a beer?"),
    ("Let's go for a pint after work.", "Let's go for a beer after work."),
    ("He bought me another pint.", "He bought me another beer."),
]   # british60 (s41): British and American everyday words
LEFT += ["Get a pint glass.", "Add one pint of water."]   # (british60, s41)


READ += [   # colloc60 (s41): still and sparkling water ordered («As-tu encore de l'eau ?», «d'eau potable»)
    ("Do you have still water?", "Do you have water without gas?"),
    ("A glass of still water, please.", "A glass of water without gas, please."),
    ("Still water or sparkling?", "Water without gas or with gas?"),
    ("A bottle of sparkling water, please.", "A bottle of gaseous water, please."),
    ("Sparkling water or still?", "Gaseous water or without gas?"),
]
LEFT += ["There is still water in the glass.", "Mosquitoes breed in still water.",   # (colloc60, s41)
         "We saw a pool of still water.", "Is the water still hot?"]
READ += [   # fancy (vocab61, s41): «un restaurant de fancy», «une voiture de fancy», «trop frais» as typed
    ("We had dinner at a fancy restaurant.", "We had dinner at an elegant restaurant."),
    ("He bought a fancy car.", "He bought an elegant car."),
    ("This restaurant is too fancy for me.", "This restaurant is too elegant for me."),
    ("They stayed in a fancy hotel.", "They stayed in a luxury hotel."),
]
LEFT += ["Do you fancy a drink?", "She wore a fancy dress to the party."]   # the verb; a costume (vocab61, s41)
