"""Cases of the time phrases (clock times, dates, durations, how often), read by tests/unit/test_phrasing.py with the
other tables' cases: "I'll meet you at midday." had come out "Je te verrai à minuit." (the very opposite); read
"I'll meet you at noon.": "Je te verrai à midi."."""

READ = [   # (typed, read): each entry of times.PHRASES read at least once
    ("I'll meet you at midday.", "I'll meet you at noon."),
    ("The sun is strongest at midday.", "The sun is strongest at noon."),
    ("Fall is beautiful in Canada.", "Autumn is beautiful in Canada."),
    ("Fall is my favourite time of year.", "Autumn is my favourite time of year."),
    ("Apply the cream twice daily.", "Apply the cream twice a day."),
    ("We meet once weekly.", "We meet once a week."),
    ("It's paid three times monthly.", "It's paid three times a month."),
    ("The newsletter is sent monthly.", "The newsletter is sent every month."),
    ("The market is held weekly.", "The market is held every week."),
    ("Weekly, the volunteers cook.", "Every week, the volunteers cook."),
    ("The buses run hourly.", "The buses run every hour."),
    ("He's coming back in two weeks.", "He will come back in two weeks."),
    ("They're coming back in three days.", "They will come back in three days."),
    ("It's a two-hour drive.", "It's two hours by car."),
    ("It's a three-hour drive to the coast.", "It's three hours by car to the coast."),
    ("The drive takes about two hours.", "The trip by car takes about two hours."),
    ("The museum closes at 5.", "The museum shuts at 5."),
    ("The shop opens at 9 and closes at 6.", "The shop opens at 9 and closes its doors at 6."),   # left54: was "shuts"
    ("The shops open at 9 and close at 6.", "The shops open at 9 and shut at 6."),
    ("Submit your application online.", "Send your application online."),
    ("We have to finish by the end of the week.", "We have to finish before the end of the week."),
    ("Please pay the rent by the end of the month.", "Please pay the rent before the end of the month."),
    ("The gym is open daily.", "The gym is open every day."),
]
LEFT = [   # looks like one, but is not
    "The midnight train is late.",                       # not "midday"
    "Don't fall on the ice.", "Fall down seven times, stand up eight.",   # the verb
    "Leaves fall in autumn.",
    "We read the daily paper.", "It's a weekly magazine.",              # a noun's word
    "The price of gold fluctuates daily.",               # "daily" came out right: "tous les jours"
    "It happened less than weekly.",
    "He is paid hourly.",                                # paid by the hour, not every hour
    "Jane's Defence Weekly has the story.",              # a name
    "She's been living for the last five years under an assumed name.",   # came out right as typed
    "He's been to Paris twice.",                         # no length of time
    "I've lived a good life.",
    "She's coming back to Paris.",                       # not a length of time
    "It's a long drive.", "Take a drive along the coast.", "The drive way is long.",
    "He closes the door at 5.",                          # a door, not a museum or a shop
    "The museum is closed on Mondays.", "Is the museum close to the station?",
    "I submit that the minister is wrong.",              # to argue, not to send
    "I hope that by the end of the day they can agree.",  # a figure: "en fin de compte", as it came out
    "By the end of the year, the surplus will be $15 billion.",
]

READ += [   # session 29: a hotel's check-out hour ("Leheck-out est à 11 heures.")
    ("Check-out is at 11.", "Departure is at 11."),   # (fix55: was "We have to leave our room at": a hotel's "we")
    ("Check-out is at noon.", "Departure is at noon."),
]
LEFT += ["Check out the new shop at the corner."]

READ += [   # demo29b (s29): a deadline after approve/sign/confirm ("…le budget de la fin du mois", "à la fin")
    ("If the client does not approve the budget by the end of the month, we stop.",
     "If the client does not approve the budget before the end of the month, we stop."),
    ("Please sign the contract by the end of the week.", "Please sign the contract before the end of the week."),
    ("Can you confirm by the end of the day?", "Can you confirm before the end of the day?"),
]

READ += [   # demo probe demo30 (s30): "Time flies when you're having fun." → "Le temps se moque…"
    ("Time flies when you're having fun.", "Time passes quickly when you're having fun."),
    ("Wow, time flies so fast.", "Wow, time passes so fast."),
]
LEFT += ["How time flies!"]

READ += [   # demo30b (s30): "on weekdays" lost ("Le supermarché se ferme à huit jours."); "during the week"
    ("The supermarket closes at eight on weekdays.", "The supermarket closes at eight during the week."),
    ("I get up at six on weekdays.", "I get up at six during the week."),
    ("The museum is free on week days.", "The museum is free during the week."),
]
LEFT += ["Weekdays are busy at the office."]

READ += [   # long31 (s31): "move the deadline" → "déménager la date limite", "passer le délai"; "postpone"
    ("If we move the deadline, the client will be unhappy.",
     "If we postpone the deadline, the client will be unhappy."),
    ("They moved the deadline to Monday.", "They postponed the deadline to Monday."),
    ("Can we move our deadline to next Friday?", "Can we postpone our deadline to next Friday?"),
]
LEFT += ["Can we move the deadline forward?", "We need to move the deadline up by a week."]

# long32 (s32): "it" moved to a day ("…elle avait été déménagée à mercredi", "…c'était ému à dimanche"), "now on"
READ += [("Yesterday she said it was moved to Wednesday.", "Yesterday she said it was now on Wednesday."),
         ("We planned the trip for Monday, but it has been moved to Thursday.",
          "We planned the trip for Monday, but it is now on Thursday.")]
LEFT += ["It was moved to the garage.", "It has been moved to next week."]

# measure37 (s35): inside a "what time / when" clause "closes" is read as typed ("shuts" doubled the subject: «…à
# quelle heure le musée ferme le musée le dimanche ?»); the direct question keeps its reading
LEFT += ["Do you know what time the museum closes on Sundays?", "I wonder when the museum closes on Mondays.",
         "Can you tell me when the gallery closes today?", "Do you know when our museum closes on Fridays?"]
READ += [("What time does the museum close on Sundays?", "What time does the museum shut on Sundays?")]
READ += [   # a first visitor's readings (measure35, s34)
    ("He finished the race in just two hours.", "He finished the race in only two hours."),
    ("She learned to swim in just a few days.", "She learned to swim in only a few days."),
]
READ += [   # a first visitor's readings (measure38, s35)
    ("Rest and drink plenty of water in the meantime.", "Rest and drink plenty of water while waiting."),
    ("Please sit down in the meantime!", "Please sit down while waiting!"),
]
LEFT += [   # (measure38, s35)
    "In the meantime, we waited.",                 # opening the line: came out right («Entre-temps»)
    "The storm is driving the boats onto the rocks.",
]
READ += [   # a first visitor's readings (measure39, s36)
    ("The concert starts at eight, so we should leave home by seven.",
     "The concert starts at eight, so we should leave home before seven."),
    ("I have to finish the report by five.", "I have to finish the report before five."),
    ("We must be back by midnight.", "We must be back before midnight."),
    ("Could we move our call to Friday afternoon instead?", "Could we rather have our call on Friday afternoon?"),
    ("Can we move the meeting to Thursday instead?", "Can we rather have the meeting on Thursday?"),
]
LEFT += [   # (measure39, s36)
    "I'll finish it by tomorrow.",                  # a day: «d'ici demain» came out right
]
READ += [   # a first visitor's readings (left46, s38)
    ("See you next Friday afternoon.", "See you next Friday, in the afternoon."),
]
LEFT += [   # (left46, s38)
    "I am free next Monday evening.",                 # the evening: «dans le soir» read so
]

# long45 (s39): not done until a time → «…jusqu'à 16 heures» (a calque); "before": «…n'est pas arrivé avant…»
READ += [("He said he would come at eight, but he did not arrive until four in the afternoon.",
          "He said he would come at eight, but he did not arrive before four in the afternoon."),
         ("The music was so loud that we could not sleep until three in the morning.",
          "The music was so loud that we could not sleep before three in the morning."),
         ("My husband didn't get home until midnight.", "My husband didn't get home before midnight."),
         ("He won't be back till Monday.", "He won't be back before Monday."),
         ("The plumber did not come until 16:00.", "The plumber did not come before 16:00.")]
LEFT += ["It was not until 1990 that the law changed.", "I will wait until ten.", "Don't open it until Christmas.",
         "We cannot start until everyone arrives.", "I did not know, but I stayed until midnight."]
LEFT += ["I can't wait until tomorrow.", "We shouldn't have stayed up till 2:30.",   # lasting up to then: «jusqu'à»
         "Don't put off until tomorrow what you can do today."]

# fix50 (s39, measure50): done by noon → «…le rapport à midi», «S'il s'arrête de pleuvoir en midi…»
READ += [("Please send me the report by noon.", "Please send me the report before noon."),
         ("If it stops raining by noon, we can go.", "If it stops raining before noon, we can go."),
         ("Can you call me back by midday?", "Can you call me back before noon?")]
LEFT += ["He stood by the noon gun.", "He arrived by train at noon.", "The roads were empty by midnight."]

# fix50 (s39, measure50): a time said exactly ("nine sharp" → «neuf heures aiguilles», or "sharp" lost)
READ += [("The exam starts at nine sharp.", "The exam starts at exactly nine o'clock."),
         ("The meeting starts at ten sharp.", "The meeting starts at exactly ten o'clock."),
         ("We will open the doors at 8:30 sharp.", "We will open the doors at exactly 8:30."),
         ("Be there at seven o'clock sharp.", "Be there at exactly seven o'clock.")]
LEFT += ["This knife is very sharp.", "There was a sharp rise at nine."]
READ += [   # the day before, said alone; a shop's hours said by its staff (left53, s40)
    ("She had called me the day before.", "She had called me the previous day."),
    ("The day before, we had visited the museum.", "The previous day, we had visited the museum."),
    ("He left on Monday, and I arrived the day before.",
     "He left on Monday, and I arrived the previous day."),
    ("We close at six on Saturdays.", "We close our doors at six o'clock on Saturdays."),
    ("Sorry, we close at five today.", "Sorry, we close our doors at five today."),
    ("We close at noon on Sundays.", "We close our doors at noon on Sundays."),
]
LEFT += ["We bought the tickets the day before the concert.",       # what it was the day before: as typed
         "He left the day before yesterday.", "We close the shop at six.", "Close at hand."]
READ += [   # a deadline "within" a span of time (fix53, s40; measure52)
    ("Please reply within 48 hours.", "Please reply in less than 48 hours."),
    ("The repair should be finished within two weeks.", "The repair should be finished in less than two weeks."),
    ("The doctor wants to see you again within three months.",
     "The doctor wants to see you again in less than three months."),
    ("We will answer your letter within ten days.", "We will answer your letter in less than ten days."),
]
LEFT += ["Tickets can be exchanged within seven days of purchase.",   # a span "of" something: as typed
         "They ship within two days.",
         "The hotel is within reach.", "Stay within the lines."]
READ += [   # how often, right after a room's number (fix53, s40; measure52)
    ("Can you check on the patient in room 12 every two hours?",
     "Can you check on the patient in room 12, every two hours?"),
    ("The nurse visits the man in room 7 every three hours.",
     "The nurse visits the man in room 7, every three hours."),
    ("The bus leaves from gate 9 every twenty minutes.", "The bus leaves from gate 9, every twenty minutes."),
]
LEFT += ["Check room 12 every morning.", "She moved to room 12 two hours ago."]   # (fix53, s40)
READ += [   # a shop's hours: "closes its doors" after "opens at…and" (left54, s40; «…et la ferme à sept heures»)
    ("The bakery opens at eight and closes at six.", "The bakery opens at eight and closes its doors at six."),
    ("The pharmacy opens at nine and closes at seven on Saturdays.",
     "The pharmacy opens at nine and closes its doors at seven o'clock on Saturdays."),
]
LEFT += ["The shop closes at seven."]   # (left54, s40)
READ += [   # check-out said by anyone, late by an amount, not until a time (fix55, s40; measure53)
    ("Check-out is at eleven, although you can leave your luggage with us.",
     "Departure is at eleven, although you can leave your luggage with us."),
    ("Please note that check-out is at ten on the day you leave.",
     "Please note that departure is at ten on the day you leave."),
    ("The check-out time is before noon.", "Departure is before noon."),
    ("We're running about twenty minutes late.", "We're about twenty minutes late."),
    ("The plane is running nearly forty minutes late.", "The plane is nearly forty minutes late."),
    ("Our guests are running over an hour late.", "Our guests are over an hour late."),
    ("My train isn't until the evening.", "My train isn't before the evening."),
    ("The last train wasn't until midnight, so we took a taxi.",
     "The last train wasn't before midnight, so we took a taxi."),
    ("The next ferry is not until the morning.", "The next ferry is not before the morning."),
]
LEFT += ["Check out our new menu.", "We are running a marathon later this year.",
         "It wasn't until midnight that we arrived.", "The shop is open until ten."]   # (fix55, s40)
READ += [   # an age one was until; minutes to come (left55, s41: «jusqu'à ce que je sois deux», «dans moins de
    # cinq minutes»)
    ("I lived in Spain until I was two.", "I lived in Spain until the age of two."),
    ("He lived with his grandparents until he was ten.", "He lived with his grandparents until the age of ten."),
    ("She didn't speak until she was three years old.", "She didn't speak until the age of three."),
    ("Please reply within five minutes.", "Please reply in the next five minutes."),
    ("The bus will arrive within five minutes.", "The bus will arrive in the next five minutes."),
    ("Call me back within ten minutes.", "Call me back in the next ten minutes."),
    ("He finished the test within twenty minutes.", "He finished the test in less than twenty minutes."),
]
LEFT += ["I haven't eaten any meat since I was fifteen years old.",   # (left55) right as typed
         "He was ten minutes late until I was told.", "Call me within five minutes of landing."]
READ += [
    ("Monday is a bank holiday.", "Monday is a public holiday."),
    ("We are going away for the bank holiday weekend.", "We are going away for the long weekend."),
    ("Shops close on bank holidays.", "Shops close on public holidays."),
]   # british60 (s41): British and American everyday words
LEFT += ["The bank is closed on holidays.", "The office is shut on bank holiday Monday."]   # (british60, s41)
