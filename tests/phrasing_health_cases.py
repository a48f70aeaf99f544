"""Cases of the health phrases (doctor, dentist and pharmacy, symptoms, hospital, sleep, fitness, moods and comfort),
read by tests/unit/test_phrasing.py with the other tables' cases: "I'm feeling a bit under the weather today." had
come out "Je me sens un peu sous le temps aujourd'hui."; read "I'm feeling a bit ill today.": "Je me sens un peu
malade aujourd'hui."."""

READ = [   # (typed, read): each entry of health.PHRASES read at least once
    ("I'm feeling a bit under the weather today.", "I'm feeling a bit ill today."),
    ("She's a bit under the weather, so she's staying at home.", "She's a bit ill, so she's staying at home."),
    ("He looks under the weather.", "He looks ill."),
    ("He's been feeling down lately.", "He's been feeling sad lately."),
    ("I've been feeling a bit low since Christmas.", "I've been feeling a bit sad since Christmas."),
    ("I feel really down.", "I feel really sad."),
    ("I'm trying to get fit before the summer.", "I'm trying to get in shape before the summer."),
    ("Getting fit is hard.", "Getting in shape is hard."),
    ("I think I'm running a temperature.", "I think I have a fever."),
    ("You're running a high temperature.", "You have a strong fever."),
    ("He's running a high temperature.", "He has a strong fever."),
    ("If you start running a high temperature, call me.", "If you start to have a strong fever, call me."),
    ("I think I'm going to throw up.", "I think I'm going to vomit."),
    ("He threw up twice in the car.", "He vomited twice in the car."),
    ("I didn't sleep a wink last night.", "I didn't sleep at all last night."),
    ("She hasn't slept a wink.", "She hasn't slept at all."),
    ("You gave me a fright!", "You really scared me!"),
    ("The noise gave us such a fright.", "The noise really scared us."),
    ("My heart was pounding.", "My heart was beating very fast."),
    ("They told me to wait in A and E.", "They told me to wait in the emergency room."),
    ("We spent the night in A&E.", "We spent the night in the emergency room."),
    ("I bought some cough syrup at the chemist's.", "I bought some cough syrup at the pharmacy."),
    ("I need to pick up my prescription from the chemist on my way home.",
     "I need to pick up my prescription from the pharmacy on my way home."),
    ("Is there a chemist near here?", "Is there a pharmacy near here?"),
    ("Drink plenty of fluids.", "Drink a lot of water."),
    ("I need to get my eyes tested.", "I need to have my eyes examined."),
    ("When did you last have your eyes checked?", "When did you last have your eyes examined?"),
    ("I had my eyes tested on Monday.", "I had my eyes examined on Monday."),
    ("I'm over the moon about the baby!", "I'm very happy about the baby!"),
    ("She was absolutely over the moon.", "She was very happy."),
    ("Cheer up, it's not the end of the world.", "Don't be sad, it's not the end of the world."),
    ("I've been put on hold for twenty minutes.", "I've been waiting for twenty minutes on the phone."),
    ("We were put on hold for over an hour.", "We waited for over an hour on the phone."),
    ("He was taken to hospital last night.", "He was transported to hospital last night."),
    ("My grandmother had to be taken to the hospital.", "My grandmother had to be transported to the hospital."),
    ("Have you had your flu jab yet this year?", "Have you had your vaccination against flu yet this year?"),
    ("You should cut down on sugar.", "You should eat less sugar."),
    ("I'm trying to cut down on coffee.", "I'm trying to drink less coffee."),
    ("I'm cutting down on chocolate.", "I'm eating less chocolate."),   # not "I'm eat less chocolate"
    ("She's cutting down on coffee.", "She's drinking less coffee."),
    ("Cut down on salt and sugar.", "Eat less salt and sugar."),
    ("He was discharged from hospital yesterday.", "He left hospital yesterday."),
    ("She'll be discharged from the hospital next week.", "She'll leave the hospital next week."),
    ("When will I be discharged from hospital?", "When will I leave hospital?"),
    ("I have an upset stomach.", "I have a stomach ache."),
    ("I think I've got a stomach bug.", "I think I've got a stomach infection."),
    ("I'm feeling a bit run down.", "I'm feeling a bit tired."),
    ("My daughter is afraid of needles.", "My daughter is afraid of injections."),
]

LEFT = [   # looks like one, but is not
    "The match was cancelled due to the weather.",
    "Under the weather conditions, we stayed in.",      # not a person unwell
    "The ceiling feels low.",                           # a room's, not a mood
    "She felt down the back of the sofa for her keys.",
    "I'm feeling low on energy.",                       # "on" follows: not read
    "The key didn't get fit into the lock.",
    "The shoes fit well.",
    "He's running a marathon.",
    "The engine is running a high temperature.",        # not a person
    "This may throw up problems.",                      # problems raised, not sick
    "The questions it may throw up.",
    "He threw up his hands.",
    "Throw the ball up.",
    "I couldn't sleep.",
    "Wink at me.",
    "She gave me a book.",
    "My heart is pounding.",                            # "is beating very fast" came out "battre"
    "Schedules A and E apply.",                         # parts of a text
    "Vitamins A and E are good for you.",
    "She is a chemist.",                                # a scientist
    "I sent the samples to the chemist.",
    "The chemist at the lab ran the tests.",
    "Drink plenty of water.",
    "Keep your eyes open.",
    "The cow jumped over the moon.",
    "The fans cheer up and down the street.",           # not the call that opens a line
    "The project was put on hold for two years.",       # not a caller
    "I was put on hold.",                               # no time said: left
    "He was taken to the station.",
    "The hospital was taken over by the state.",
    "A flu vaccine contains antibodies.",               # "vaccin contre la grippe" as it was
    "The trees were cut down on Monday.",
    "We must cut down on fat cats.",                    # not food
    "We must cut down on spending.",
    "He was discharged from the army.",                 # not a hospital
    "The battery was discharged.",
    "She was upset about her stomach.",
    "The clock has run down.",                          # not a person tired
    "Thread the needles.",
    # hunt s27: other senses of the health phrases (each had been read so)
    "The chair feels low for me.",                      # furniture, not a mood: "feels sad"
    "The tires feel low, we should pump them up.",
    "The clouds feel low today.",
    "My energy feels low today.",
    "We are running a temperature check on everyone.",  # "We have a fever check…"
    "She's running a temperature survey across the region.",
    "What did the search throw up?",                    # found, not sick: "…vomit?"
    "Let's see what the audit threw up.",
    "I wonder what the investigation will throw up.",
    "Carrots are rich in A and E vitamins.",            # letters: "the emergency room"
    "Copy the data from A and E into B.",
    "The answer is in A and E.",
    "The chemist's lab was destroyed in the fire.",     # a scientist's: "The pharmacy lab"
    "The chemist's research led to a new drug.",
    "He sent the results to the chemist.",
    "The professor introduced me to the chemist who discovered the element.",
    "The Nobel prize went to the chemist from Germany.",
    "The spacecraft was over the moon for three days.",   # over the real moon: "very happy"
    "The satellite is over the moon's far side.",
    "We were put on hold for an hour on the tarmac.",   # a plane held: "on the phone"
    "I was put on hold for two hours at the border.",
    "The complaint was taken to the hospital's ethics committee.",   # not a patient: "transported"
    "The case was taken to the hospital board.",
    "The government will cut down on meat production.",   # a trade: "eat less meat production"
    "We should cut down on coffee imports.",
    "The office is cutting down on tea breaks.",
    "They cut down on sugar subsidies last year.",
    "I've cut down on coffee.",                         # a past: "I've drink less coffee"
    "The nurse was discharged from the hospital for misconduct.",   # dismissed: "left the hospital"
    "Waste was discharged from the hospital into the river.",
    "The building felt run down and dirty.",            # a place: "felt tired"
    "The area feels run-down and neglected.",
    "The tailor is never afraid of needles.",           # sewing needles: "injections"
    "He got fit for a new suit.",                       # fitted: "s'est mis en forme pour un nouveau costume"
    "He got fit with new hearing aids.",
]
READ += [   # a first visitor's readings (measure36, s34)
    ("You should see a doctor if the fever doesn't go down by tomorrow morning.",
     "You should see a doctor if the fever doesn't decrease before tomorrow morning."),
    ("If his fever doesn't go down, call a doctor.", "If his fever doesn't decrease, call a doctor."),
    ("The fever has gone down.", "The fever has decreased."),
    ("Her fever has gone down a little.", "Her fever has decreased a little."),
    ("Her fever went down during the night.", "Her fever decreased during the night."),
    ("The fever goes down after two days.", "The fever decreases after two days."),
    ("His fever is going down.", "His fever is decreasing."),
    # animals.py: where the plants grow, "finally", "blossoming" ("…fleurent enfin." had come out)
    ("The roses in the garden are finally blooming.", "The roses in the garden are finally in flower."),
    ("The cherry trees are blossoming.", "The cherry trees are in flower."),
    ("The tulips are flowering early this year.", "The tulips are in flower early this year."),
]
READ += [   # a first visitor's readings (measure38, s35)
    ("If the pain doesn't stop by tomorrow, call me.", "If the pain doesn't stop before tomorrow, call me."),
    ("If the parcel doesn't arrive by Friday, let me know.",
     "If the parcel doesn't arrive before Friday, let me know."),
]
LEFT += [   # (measure38, s35)
    "I'll finish it by tomorrow.",                 # a deadline met: «d'ici demain» came out right
    "Call me back on this number.",                # no password
]
READ += [   # a first visitor's readings (measure39, s36)
    ("I have had a headache since yesterday.", "I have a headache since yesterday."),
    ("They have had the same problem since the update.", "They have the same problem since the new version."),
    ("We've had this car since 2015.", "We have this car since 2015."),
    ("I've had my phone for three years.", "I have my phone since three years."),
    ("He's had a bad back for two weeks.", "He has a bad back since two weeks."),
]
LEFT += [   # (measure39, s36)
    "I have had three jobs since 2010.",            # a count: «J'ai eu trois emplois depuis 2010» (right)
    "I haven't had a cold since 2010.",
    "We have had a great time since we arrived.",  # came out right: «Nous avons passé un bon moment…»
    "I have had a long day, since I started at six.",   # "since" as "because"
    "We had a party last night.",
]
READ += [   # a first visitor's readings (measure40, s36)
    ("You should sleep more, eat well and rest for a week.", "You should sleep more, eat well and get some rest for "
     "a week."),
]
LEFT += [   # (measure40, s36)
    "Go home and rest for a few days.",
]
READ += [   # a first visitor's readings (measure44, s37)
    ("Take one tablet three times a day after meals.", "Take one pill of medicine three times a day after meals."),
    ("The doctor told him to take one tablet.", "The doctor told him to take one pill of medicine."),
    ("Take one tablet twice a day.", "Take one pill of medicine twice a day."),   # "one pill" had lost "twice"
    ("Take a tablet for your headache.", "Take a pill for your headache."),
    ("Did you take your tablet for the pain today?", "Did you take your pill for the pain today?"),
    ("Take another tablet if the pain comes back.", "Take another pill if the pain comes back."),
    ("The vet says the dog needs surgery.", "The doctor for animals says the dog needs an operation."),
    ("My father needs surgery on his knee.", "My father needs an operation on his knee."),
]
LEFT += [   # (measure44, s37)
    "My son watches films on his tablet.",                  # a computer's tablet, not taken
    "I forgot to take my tablet this morning.",             # no medicine said: a computer's may be
    "I take my tablet and my laptop to the doctor's.",      # a computer
    "He had surgery last year.",                            # not needed
]
READ += [   # a first visitor's readings (measure46, s38)
    ("Try to eat fewer sweets.", "Try to eat less sugar."),
]
READ += [   # get well soon after "hope" (senses50, s39)
    ("I hope you get well soon, we miss you.", "I hope you feel better soon, we miss you."),
    ("We hope she gets well soon.", "We hope she feels better soon."),
    ("I really hope your mum gets well soon.", "I really hope your mum feels better soon."),
]
LEFT += ["Get well soon!", "He is not well."]   # (senses50, s39)
READ += [   # came or woke "complaining of" (fix53, s40; measure52)
    ("She came to the clinic complaining of pain in her back.",
     "She came to the clinic and complained of pain in her back."),
    ("A young woman arrived at the hospital complaining of a bad headache.",
     "A young woman arrived at the hospital and complained of a bad headache."),
    ("My son came home from school complaining of a headache.",
     "My son came home from school and complained of a headache."),
]
LEFT += ["He is complaining of pain in his knee.", "She came in, complaining about the rain."]   # (fix53, s40)
READ += [   # a patient's measure going up again (fix53, s40; measure52)
    ("please call me if his blood pressure goes up again", "please call me if his blood pressure increases again"),
    ("Call me if her temperature goes up again.", "Call me if her temperature increases again."),
    ("Tell the nurse if his blood pressure goes up again.", "Tell the nurse if his blood pressure increases again."),
]
LEFT += ["If the price goes up again, we will buy less."]   # (fix53, s40)
READ += [   # a GP's surgery, a place one calls or waits at (long48, s40; «la chirurgie»)
    ("Could you call the surgery and ask whether my prescription is ready?",
     "Could you call the doctor's office and ask whether my prescription is ready?"),
    ("I rang the surgery but nobody answered.", "I called the doctor's office but nobody answered."),
    ("My mother waited at the surgery for an hour.", "My mother waited at the doctor's office for an hour."),
    ("The surgery is closed on Sunday.", "The doctor's office is closed on Sunday."),
    ("My doctor's surgery is near the station.", "My doctor's office is near the station."),
]
LEFT += ["After the surgery she slept for hours.", "The surgery went well."]   # an operation (long48, s40)
READ += [   # vocab55 (s41): «chez le dentaire», «son rendez-vous dentaires» as typed
    ("I have a dental appointment on Monday.", "I have an appointment at the dentist on Monday."),
    ("She missed her dental appointment.", "She missed her appointment at the dentist."),
    ("My dental appointment is at ten.", "My appointment at the dentist is at ten."),
]
LEFT += ["Dental care is expensive here."]   # (vocab55, s41): «Les soins dentaires…» right as typed
READ += [   # a body part that has been hurting (left55, s41: «Ma dent a été blessée depuis trois jours.»)
    ("My tooth has been hurting for three days.", "My tooth hurts since three days."),
    ("His tooth has been hurting since Monday.", "His tooth hurts since Monday."),
    ("My back has been hurting for a week.", "I have a backache since a week."),   # then read as a backache
    ("My feet have been hurting for two days.", "My feet hurt since two days."),
]
LEFT += ["I have been hurting since she left.", "My tooth has been hurting all week."]
READ += [   # vocab56 (s41): cosmetic surgery («chirurgie cosétique», «chirurgie mastique»)
    ("She had cosmetic surgery.", "She had plastic surgery."),
]
LEFT += ["She sells cosmetic products."]   # (vocab56) not surgery
READ += [   # senses59 (s41): a temperature had («Le bébé a une température.»); one who is fit («Elle est très bonne.»)
    ('The baby has a temperature.', 'The baby has a fever.'),
    ('She had a high temperature last night.', 'She had a strong fever last night.'),
    ('If you have a temperature, stay at home.', 'If you have a fever, stay at home.'),
    ('She is very fit.', 'She is in very good shape.'),
    ('He is really fit for his age.', 'He is in really good shape for his age.'),
    ('My grandfather is still fit and healthy.', 'My grandfather is still in good shape and healthy.'),
]
LEFT += [   # (senses59, s41)
    'The room has a temperature of 20 degrees.',
    'The water has a temperature of ten degrees.',
    'He is fit to drive.',
    'These shoes fit me.',
]
READ += [   # vocab57 (s41): influenza said "the flu" («influengé», «avec influenza» as typed)
    ("He caught influenza last winter.", "He caught the flu last winter."),
    ("Influenza is common in winter.", "The flu is common in winter."),
    ("She is in bed with influenza.", "She is in bed with the flu."),
]
LEFT += ["The influenza virus changes every year.", "He got an influenza vaccine.",   # (vocab57, s41)
         "He is suffering from influenza."]


READ += [
    ("My son is poorly today.", "My son is ill today."),
    ("She's been poorly all week.", "She's been ill all week."),
    ("I felt poorly last night.", "I felt ill last night."),
    ("Is there a drugstore near here?", "Is there a pharmacy near here?"),
    ("All the drug stores are closed.", "All the pharmacies are closed."),
]   # british60 (s41): British and American everyday words
LEFT += ["He is poorly paid.", "The room was poorly lit.", "She did poorly in the exam."]   # (british60, s41)


READ += [   # colloc60 (s41): a high fever («Ma fille a de haute fièvre.»)
    ("My daughter has a high fever.", "My daughter has a strong fever."),
    ("She has a very high fever and a cough.", "She has a very strong fever and a cough."),
]
LEFT += ["The prices are very high.", "He has a fever."]   # (colloc60, s41)
