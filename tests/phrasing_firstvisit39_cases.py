"""Cases of a first visitor's tenses and turns (measure39, session 36), read by tests/unit/test_phrasing.py with the
other tables' cases: "I have had a headache since yesterday." had come out "J'ai eu mal à la tête depuis hier.";
read "I have a headache since yesterday.": «J'ai mal à la tête depuis hier»."""

READ = [   # (typed, read): each entry of firstvisit39.PHRASES read at least once
    ("I have had a headache since yesterday.", "I have a headache since yesterday."),
    ("They have had the same problem since the update.", "They have the same problem since the new version."),
    ("We've had this car since 2015.", "We have this car since 2015."),
    ("I've had my phone for three years.", "I have my phone since three years."),
    ("He's had a bad back for two weeks.", "He has a bad back since two weeks."),
    ("Thanks for reaching out, we have refunded your order.",
     "Thanks for your message, we have refunded your purchase."),
    ("Thank you so much for reaching out to us.", "Thank you so much for your message."),
    ("The total comes to $45.60, including tax.", "The total is $45.60, including tax."),
    ("Your total comes to 12 pounds.", "Your total is 12 pounds."),
    ("The total came to 80 euros.", "The total was 80 euros."),
    ("The concert starts at eight, so we should leave home by seven.",
     "The concert starts at eight, so we should leave home before seven."),
    ("I have to finish the report by five.", "I have to finish the report before five."),
    ("We must be back by midnight.", "We must be back before midnight."),
    ("Could we move our call to Friday afternoon instead?", "Could we rather have our call on Friday afternoon?"),
    ("Can we move the meeting to Thursday instead?", "Can we rather have the meeting on Thursday?"),
    ("Could we have our call on Friday afternoon instead?", "Could we rather have our call on Friday afternoon?"),
    ("The printer has run out of ink again. Can you order some?",
     "Once again, the printer has no more ink. Can you order some?"),
    ("We have run out of milk again. Can you buy some?", "Once again, we have no more milk. Can you buy some?"),
    ("The kitchen tap leaks again.", "Once again, the kitchen tap leaks."),
    ("The lift is broken again, can you call the technician?",
     "The elevator is broken once again. Can you call the technician?"),
    ("The door is open again, would you close it?", "The door is open again. Would you close it?"),
    ("The printer on the second floor is out of paper again, could someone please order a few more boxes?",
     "Once again, the printer on the second floor has no more paper. Could someone please order a few more boxes?"),
    ("We have no more milk again. Can you buy some?", "Once again, we have no more milk. Can you buy some?"),
    ("The kitchen tap is leaking again, can you call a plumber?",
     "Once again, the kitchen tap leaks. Can you call a plumber?"),
    ("The train to Brussels leaves from platform 6 at 8:45, please be there at least ten minutes before departure.",
     "The train for Brussels leaves from track 6 at 8:45. Please arrive at least ten minutes before departure."),
    ("The museum opens at nine, please be there on time.", "The museum opens at nine. Please arrive on time."),
    ("The train to Paris departs at nine.", "The train for Paris departs at nine."),
    ("I received the wrong color, I ordered blue not green.", "I received the wrong color, I ordered blue, not green."),
    ("She asked for tea not coffee.", "She asked for tea, not coffee."),
    ("Hi Sarah, could you send me the updated budget before Thursday?",
     "Hi Sarah, could you send me the new budget before Thursday?"),
    ("She has been learning Spanish for two years because she wants to move to Madrid.",
     "She learns Spanish since two years because she wants to move to Madrid."),
    ("I've been learning the piano since January.", "I learn the piano since January."),
    ("He's been learning German since last summer.", "He learns German since last summer."),
    ("My grandmother turns ninety and we are planning a big party.",
     "My grandmother turns ninety and we are planning a big celebration."),
    ("This phone has a bright screen, a long battery life and a very good camera.",
     "This phone has a bright screen, a battery that lasts long and a very good camera."),
    ("We will refund your order within three business days.",
     "We will refund your purchase within three working days."),
    ("This wooden chair is comfortable, easy to assemble and comes with a two-year guarantee.",
     "This wooden chair is comfortable and easy to assemble. It includes a two-year guarantee."),
    ("Every bike comes with a three-year guarantee.", "Every bike includes a three-year guarantee."),
    ("This jacket costs 89 euros but it is on sale today.",
     "This jacket costs 89 euros but today it is less expensive."),
    ("If you have any questions, please do not hesitate to contact us.",
     "If you have any questions, do not hesitate to contact us."),
    ("Residents are advised to stay at home.", "Residents should stay at home."),
    ("The hotel is close to the beach and breakfast is included in the price.",
     "The hotel is close to the beach and the breakfast is included in the price."),
    ("He failed his math exam.", "He failed his math test."),
    ("The soup of the day is tomato with fresh basil, and it comes with bread.",
     "The soup of the day is a tomato soup with fresh basil. It includes bread."),
    ("The steak comes with fries and a salad.", "The steak includes fries and a salad."),
    # demo.py: a meeting moved to a date
    ("The meeting has been moved to March 3 at 14:30.", "The meeting is now on March 3 at 14:30."),
    ("The appointment was moved to the 5th of May.", "The appointment is now on the 5th of May."),
]

LEFT = [   # typed, left as typed (another sense, or came out right)
    "I have had three jobs since 2010.",            # a count: «J'ai eu trois emplois depuis 2010» (right)
    "I haven't had a cold since 2010.",
    "We have had a great time since we arrived.",  # came out right: «Nous avons passé un bon moment…»
    "I have had a long day, since I started at six.",   # "since" as "because"
    "The heating doesn't work and it is cold again, can you send someone?",   # two clauses: «pouvez-vous» kept
    "The car is dirty, can you wash it?",           # no "again": came out right, split its «tu» turned «vous»
    "We are planning a surprise party for Tom.",    # «une fête surprise» came out right
    "My phone doesn't ring, could you help me?",   # not read as two: "…doesn't work, can you reset it?"
    "Thanks for reaching out to her.",
    "The total comes to more than we thought.",
    "I'll finish it by tomorrow.",                  # a day: «d'ici demain» came out right
    "We go to work by train.",
    "Can we have the meeting at 15:00 instead?",     # «plutôt» came out right
    "Can I have tea instead?",
    "If it rains, can you call me?",
    "Hi John, could you call me?",
    "The bathroom tap leaks again.",                # «…la salle de bain fuit»: left to the model
    "The bus to the airport is late.",
    "The bus to London departs from stop B.",
    "I ordered it not knowing the price.",
    "I updated the spreadsheet yesterday.",
    "The meeting was moved to another room.",
    "She has been learning to drive for two months.",
    "We had a party last night.",
    "Tickets are on sale now.",                     # to be had, not cheaper
    "It comes with a smile.",
    "Breakfast is included.",                       # came out right: «Le petit-déjeuner est inclus»
    "He advised me to stay.",
    "The soup of the day is delicious.",
    "The child comes with his mother.",
]
