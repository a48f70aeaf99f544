"""Everyday phrases the model turned into another meaning, read as a paraphrase it translates right ("The shoes are
out of stock." had come out "Les chaussures sont en stock.")."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from s2s_core import phrasing
from s2s_core.fold import fold
from s2s_core.phrasing import PHRASES, THEMES, read_forecasts, read_phrases

import phrasing_admin_cases as admin_cases
import phrasing_animals_cases as animals_cases
import phrasing_arts_cases as arts_cases
import phrasing_body_cases as body_cases
import phrasing_clothes_cases as clothes_cases
import phrasing_couples_cases as couples_cases
import phrasing_driving_cases as driving_cases
import phrasing_events_cases as events_cases
import phrasing_feelings_cases as feelings_cases
import phrasing_figures_cases as figures_cases
import phrasing_food_cases as food_cases
import phrasing_garden_cases as garden_cases
import phrasing_health_cases as health_cases
import phrasing_house_cases as house_cases
import phrasing_kids_cases as kids_cases
import phrasing_leisure_cases as leisure_cases
import phrasing_people_cases as people_cases
import phrasing_phrasal_cases as phrasal_cases
import phrasing_questions_cases as questions_cases
import phrasing_restaurant_cases as restaurant_cases
import phrasing_school_cases as school_cases
import phrasing_sports_cases as sports_cases
import phrasing_tech_cases as tech_cases
import phrasing_times_cases as times_cases
import phrasing_transport_cases as transport_cases
import phrasing_travel_cases as travel_cases
import phrasing_weather_cases as weather_cases
import phrasing_work_cases as work_cases

READ = [   # (typed, read): each entry of PHRASES read at least once
    ("Delivery takes two days.", "The delivery takes two days."),      # a service's noun opening its sentence (s39)
    ("Payment is due on Friday.", "The payment is due on Friday."),
    ("Registration closes tomorrow.", "The registration closes tomorrow."),
    ("Cancellation costs ten euros.", "The cancellation costs ten euros."),
    ("Booking opens next week.", "The reservation opens next week."),
    ("Installation is free.", "The installation is free."),
    ("Accommodation was basic but clean.", "The accommodation was basic but clean."),
    ("Entry costs five euros.", "The entry costs five euros."),
    ("Collection is on Tuesday mornings.", "The collection is on Tuesday mornings."),
    ("The lamp is out of stock.", "The lamp is not available."),
    ("Do you want to get pizza?", "Do you want to get some pizza?"),
    ("We got pizza last night.", "We got some pizza last night."),
    ("We got charged twice for the tickets.", "We paid twice for the tickets."),
    ("I've been charged two times.", "I've paid two times."),
    ("Please book a table for six.", "Please reserve a table for six people."),   # restaurant.py: people
    ("We booked two rooms.", "We reserved two rooms."),
    ("Booking me a taxi is kind.", "Reserving me a taxi is kind."),
    ("Our booking is for Tuesday.", "Our reservation is for Tuesday."),
    ("I can't log into my email.", "I can't access my email."),
    ("You can place an order online.", "You can order online."),
    ("He placed an order for a lamp.", "He ordered a lamp."),
    ("Placing another order is easy.", "Ordering is easy."),
    ("Dispatched within a day.", "Sent within a day."),
    ("Your order has been dispatched.", "Your order has been sent."),
    ("We dispatched your order today.", "We sent your order today."),
    ("Her payment went through.", "Her payment was made."),
    ("Both payments went through.", "Both payments were made."),
    ("Disputing the charge takes time.", "Disputing the payment takes time."),
    ("Dinner's running an hour late.", "Dinner's an hour late."),
    ("Tom is currently on leave.", "Tom is currently on holiday."),
    ("Warranty included.", "Guarantee included."),
    ("Both warranties ended.", "Both guarantees ended."),
    ("Can someone get back to us?", "Can someone reply to us?"),
    ("Nobody got back to me.", "Nobody replied to me."),
    ("The chairs arrived damaged.", "The chairs arrived in bad condition."),
    ("Wrong items again!", "Wrong products again!"),
    ("Keep everyone posted.", "Keep everyone informed."),
    ("Is the museum within walking distance?", "Is the museum close enough to walk to?"),
    ("Please reset your password.", "Please change your password."),
    ("Could we reset the password?", "Could we change the password?"),
    ("Her cheque bounced.", "Her cheque was refused."),
    ("Two checks bounced.", "Two cheques were refused."),
    ("The check bounced.", "The cheque was refused."),
    ("The web site is down.", "The web site doesn't work."),
]
LEFT = [   # looks like one, but is not
    "Free delivery is included.", "The payment is due.", "We paid. Payment is late?", "Delivery drivers are busy.",
    "Get the pizza out of the oven.", "We got pizza delivered.", "I got pizzas for everyone.",   # not a bare "pizza"
    "Sorry, we're out of stock of that one.",            # a shop out of stock: "à court de stock" as it was
    "An out-of-stock item.",
    "He was charged twice with theft.",                  # a court's charge
    "She has been charged twice.",
    "I read the book a friend gave me.",                 # the noun
    "Booking.com has it.",
    "I'll place the order form here.",
    "We want to get back to work.",
    "He is on sick leave.",
    "Please leave on time.",
    "The ball bounced.",
    "The sun is down.",
    # (words34, s33: "I reset my password yesterday." is now read "I changed…", past: phrasing_tech_cases.py)
    "It's within walking distance of the station.",
    "The running time is late at night.",
    # a reading that changed the meaning: "He dispatched the enemy" had been read "He sent the enemy", "The site is
    # down the road" "The site doesn't work the road", "Check bounced off the wall" "Check was refused off the
    # wall", "He placed an order of monks" "He ordered of monks", "I was charged twice with murder" "I paid twice
    # with murder", "The payment went through the wrong account" "…was made the wrong account", "dispute this charge
    # of negligence" "…this payment of negligence", "keep him posted at the border" "…informed at the border"
    "He dispatched the enemy with a single blow.", "The knight dispatched the dragon.",
    "The site is down the road from the school.", "The construction site is down by the river.",
    "Check bounced off the wall.", "He placed an order of monks in the abbey.", "She placed an order to stop.",
    "I was charged twice with murder.", "We were charged twice by the police.",
    "The payment went through the wrong account.", "Please dispute this charge of negligence.",
    "They keep him posted at the border.", "Within walking distance, there were three shops.",
]


READ += [   # a person's height in metres
    ("He is 2 metres tall.", "He measures 2 metres."), ("I am 1.80 metres tall.", "I measure 1.80 metres."),
    ("I'm 1.65 metres tall, and you?", "I measure 1.65 metres, and you?"),
    ("They're 2 meters tall", "They measure 2 meters"), ("She's 1.7 metres tall!", "She measures 1.7 metres!"),
]
LEFT += ["The tower is 300 metres tall.", "He is 2 metres tall and strong.", "He is one metre tall.",
         "She is 5 feet 4 inches tall.", "He is 2 metres away.", "My sister is 1.70 metres tall."]


READ += [   # school notes, work chat, invitations, home, sport, pets
    ("Take Rex to the vet.", "Take Rex to the veterinary clinic."),   # a place: animals.py reads it on
    ("Both our vets are kind.", "Both our veterinarians are kind."),
    ("Wait in the hallway.", "Wait in the corridor."),
    ("She's OOO until Monday.", "She's out of the office until Monday."),
    ("I'm ooo tomorrow", "I'm out of the office tomorrow"),          # "im ooo": chat reads "I'm" first
    ("Ping me later.", "Send me a message later."),
    ("He pinged us twice.", "He sent us a message twice."),
    ("Let's sync on the budget.", "Let's talk about the budget."),
    ("lets sync tomorrow", "lets talk tomorrow"),
    ("Can we sync up later?", "Can we talk later?"),
    ("wanna go for a walk?", "Do you want to go for a walk?"),
    ("Want to join us tonight?", "Do you want to join us tonight?"),
    ("Let me know if you want to grab a coffee.", "Let me know if you want to have a coffee."),
    ("We could grab a bite to eat.", "We could eat something."),
    ("They're swamped with orders.", "They're very busy with orders."),
    ("I've been really swamped.", "I've been very busy."),
    ("We're swamped with complaints.", "We're very busy with complaints."),   # "cambriolés de plaintes" as typed
    ("He is too chatty.", "He is too talkative."),
    ("She was bullied at school.", "She was harassed at school."),
    ("Simmer for ten minutes.", "Cook slowly for ten minutes."),
    ("The pool reopens on Monday.", "The pool opens again on Monday."),
    ("Please keep the noise down.", "Please make less noise."),
    ("Can you loop me in?", "Can you include me?"),
    ("I'll loop in Sarah.", "I'll include Sarah."),
    ("Just a heads up: I'll be late.", "Be careful, I'll be late."),
    ("We should catch up soon.", "We should talk soon."),
    ("He broke his own record.", "He beat his own record."),
    ("Who won the match?", "Who won the game?"),
    ("The lift is broken.", "The elevator is broken."),
    ("Take the lift to the top.", "Take the elevator to the top."),
]
LEFT += [
    "The washing machine has a quick cycle.",            # s38: a cycle, not cycling
    "We ride our bikes to school.", "I love riding my bike.",
    "He's a Vietnam vet.",                               # a veteran
    "We need to vet the candidates.",                    # the verb
    "Ooo, nice shoes!",
    "Ping me the link.",                                 # a link to send, not a message
    "I can't sync my phone.",                            # a device synced
    "Want to go home. Tired.",                           # no question asked
    "The boat was swamped by a wave.",                   # swamped by water
    "Simmer the sauce gently.",                          # the object would come between
    "They will reopen the case.",
    "Tie a loop in the rope.",
    "Thanks for the heads up.",
    "I need to catch up on sleep.",
    "He broke the record player.",
    "Light the match.",
    "I'll grab coffee.",                                 # no "a": left as the chat test reads it
    "Can you give me a lift?",                           # a ride
    "The ski lift is closed.",
]
READ += [   # directions, cooking, sport, home repairs, invitations
    ("Take the next left and go on.", "Take the next street on the left and go on."),
    ("We met in the city centre.", "We met in the city center."),
    ("Do you cycle to school?", "Do you go to school by bike?"),
    ("Tom cycles to work.", "Tom goes to work by bike."),
    ("I cycled to work.", "I went to work by bike."),
    ("We will cycle around the lake.", "We will ride bikes around the lake."),          # s38
    ("They cycled to the beach.", "They went by bike to the beach."),
    ("I prefer to ride my bike along the canal.", "I prefer to ride a bike along the canal."),
    ("I usually ride my bike to the station.", "I usually go by bike to the station."),
    ("Mix well. Bake for an hour.", "Mix well. Put in the oven for an hour."),
    ("Add a pinch of salt.", "Add a little salt."),
    ("Stir the soup.", "Mix the soup."),
    ("Don't forget your PE kit.", "Don't forget your sports clothes."),
    ("Come to the school play!", "Come to the school show!"),
    ("We adopted a kitten.", "We adopted a young cat."),
    ("The kitten is asleep.", "The little cat is asleep."),
    ("Sorry, I cant make it tonight.", "Sorry, I cant come tonight."),
    ("She couldn't make it.", "She couldn't come."),
    ("The roof is leaking.", "The roof leaks."),
    ("The shower is leaking.", "The shower leaks."),                                    # s38
    ("The toilets are leaking.", "The toilets leak."),
    ("I'll be offline for an hour.", "I'll be disconnected for an hour."),
    ("Sorry, I was offline.", "Sorry, I was disconnected."),
]
LEFT += [
    "Take the first right of way.",                      # not a street
    "The centre of the city.",
    "We cycle to relax.",
    "I bake for my family.",                             # not a recipe's step
    "Bake at 180 degrees.",                              # a temperature first: left as test_fold reads it
    "Take it with a pinch of salt.",
    "Stir well.",
    "The school plays football.",
    "Kittens are cute.",
    "I can't make it work.",
    "He didn't make it.",
    "The boat is leaking oil.",
    "The website will be offline tonight.",
]
READ += [   # work chat and school notes
    ("quick question, where is the key?", "A question: where is the key?"),
    ("He worked hard this term.", "He worked hard this trimester."),
    ("Ill for most of last term.", "Ill for most of last trimester."),
    ("can you review my pr", "can you review my code"),
    ("She merged the PR.", "She merged the code."),
]
LEFT += [
    "That was a quick question.",
    "In his last term, the president travelled a lot.",  # a term of office
    "This term means a lot.",
    "I beat my PR in the 5k.",                           # a runner's personal record
    "Check the PR team's notes.",
]
READ += [   # home, pets and work chat
    ("it's at my place", "it's at my house"),
    ("Come to our place!", "Come to our house!"),
    ("The alarm keeps beeping.", "The alarm keeps ringing."),
    ("We're due for a check-up.", "We need an examination."),   # "check-up" read too (cars, hotels…)
    ("The cat is due for her vaccinations.", "The cat needs her vaccinations."),
    ("Can we push our call to Monday?", "Can we postpone our call until Monday?"),
    ("He pushed the meeting back to May.", "He postponed the meeting until May."),
]
LEFT += [
    "You took my place in the line.",                   # (a queue is read "waiting line" since s26)
    "i got it, its at my place",                         # "its" as typed: "sa sa maison"
    "The report is due for Friday.",                     # a date, not something needed
    "Push the button to start.",
    "He beeped twice.",
]
READ += [("Meet me at the check-in counter.", "Meet me at the registration counter.")]
LEFT += ["Check-in opens at 2 pm.", "Did you check in at the desk?"]
LEFT += [   # misfires found in the corpora and in sentences written to catch them
    "The committee has worked very hard this term and I thank its members.",   # a parliament's term
    "In the last term from 1993 there were 36 tax increases.",
    "I do not even like using this term.",               # a word
    "Any class having rights under this term as it read in 1995.",
    "The loan has a fixed rate for this term.",
    "She was bullied into signing the contract.",      # made to, not harassed
    "We have a government that bullied the provinces into making a deal.",
    "I was bullied out of Oxford.",
    "The vets on the hunger strike have lost 12 pounds.",   # veterans
    "Our vet served in Vietnam.",
    "The vets in the parade marched proudly.",
    "Industry cannot make it on its own.",             # succeed, not come
    "I can't make it to the end of the book.",
    "How can we catch up?",                             # regain ground
    "We should catch up to the others.",
    "We must catch up after this delay.",
    "We are swamped with titanic size taxes.",         # flooded, not busy
    "I'm swamped by emails.",
    "Two girls pillow fight in a school play yard.",   # a place to play
    "The school play area is closed.",
    "The speech will stir the crowd.",                 # move, not mix
    "Don't stir the hornet's nest.",
    "She likes to stir the pot at meetings.",
    "The lift was enough to keep the plane up.",       # a wing's lift
    "The lift is what keeps a plane in the air.",
    "She reviewed the PR strategy.",                   # public relations
    "We need to check the PR numbers.",
    "He won the match point.",                         # balle de match
    "He broke the record into pieces.",                # a vinyl record
    "He broke a record that his father gave him.",
    "Heads up, look at the sky.",                      # raise your head
    "Heads up! The ball is coming.",
    "Let's sync up the audio and video.",             # devices synced
    "She's due for a promotion.",                     # owed, not needed
    "The report is due for a review next week.",      # scheduled
    "Let's push the meeting to the limit.",            # not postponed
    "Can we push the meeting to a vote?",
    "The kitten heels are in fashion.",                # a shoe
    "Bake for the school fair.",                       # not a time
    "She keeps beeping her horn.",                     # a driver, not a ringing alarm
    "He kept beeping at me.",
    "There's an infinite loop in the code.",          # a loop, not a verb
    "Loop in the thread and pull.",
    "Cycle to work day is Friday.",                    # a name
    "The server pinged me back.",                      # a network ping
    "Did the router ping us?",
    "Grab a coffee cup and fill it.",                  # a cup grabbed
    "Can you grab a coffee for me from the kitchen?",  # fetched, not drunk
    "Anger began to simmer.",                          # a feeling
    "The tension will simmer for years.",
    "He tried to keep the noise down to a minimum.",   # "make less noise to a minimum"
    "He can't make it to the next round.",            # go through
    "The company can't make it at this rate.",        # survive
    "He is due for a fall.",                           # coming to him, not needed
    "You're due for a surprise.",
    "He took the lift home with his neighbour.",       # a ride
    "He lost the match in the final set.",             # tennis: a match, not a game
]
READ += [   # cars, hotels, restaurants, emergencies, meetings and pitches
    ("Two tyres are flat.", "Two tires are flat."),
    ("Is there a petrol station here?", "Is there a gas station here?"),
    ("Petrol is dear.", "Gasoline is dear."),
    ("Avoid the motorways.", "Avoid the highways."),
    ("We ran out of milk.", "We had no more milk."),
    ("She's locked out of her car.", "She can't get into her car."),
    ("I'm locked out!", "I can't get in!"),
    ("Is anybody hurt?", "Is someone hurt?"),
    ("Our dog is missing since Sunday.", "Our dog has disappeared since Sunday."),
    ("Her car keys are missing.", "Her car keys have disappeared."),
    ("My van was broken into.", "Someone broke into my van."),
    ("The shop was broken into.", "Someone broke into the shop."),
    ("Our house got broken into.", "Someone broke into our house."),
    ("His car has been broken into.", "Someone broke into his car."),
    ("Her flat was broken into.", "Someone broke into her apartment."),
    ("Their cars were broken into.", "Someone broke into their cars."),
    ("Your garage was broken into.", "Someone broke into your garage."),
    ("Is the picnic still on?", "Is the picnic still planned?"),
    ("We'll have the duck.", "We'll take the duck."),
    ("It's way cheaper.", "It's way less expensive."),
    ("Bring a sick note.", "Bring a medical certificate."),
    ("Annual checkups are free.", "Annual examinations are free."),
    ("It's a check-up.", "It's an examination."),
    ("A table under the name of Roy.", "A table in the name of Roy."),
    ("We lost five games in a row.", "We lost five consecutive games."),
    ("The sky was turning pink.", "The sky was becoming pink."),
    ("Mute the sound.", "Turn off the sound."),
    ("The pen is out of ink.", "The pen has no more ink."),
    ("The shops are out of bread.", "The shops have no more bread."),
    ("Any positive feedback?", "Any positive comments?"),
    ("The feedback from users was good.", "The reaction from users was good."),
    ("no internet here", "no Internet here"),
    ("My car is out of gas.", "My car has no more gasoline."),
    ("No more gas!", "No more gasoline!"),
]
LEFT += [
    "She ran out of the room.",                         # left running
    "He ran out of steam.",
    "The workers are locked out by the company.",       # a lockout
    "Is anyone else's bag here.",                       # no question asked
    "The keyboard is missing a key.",                   # an object follows
    "What is missing is a plan.",
    "The missing keys are here.",
    "The door was broken into pieces.",                 # not a burglary
    "Is the light still on?",                           # a lamp, not an event
    "I'll have the results tomorrow.",                  # not a dish
    "Cheaper flights are available.",                   # "Less expensive flights" came out "Les vols coûteux"
    "The car needs a check-up.",                        # a car's
    "He will check up on her.",
    "She wrote under the name George Eliot.",           # a pen name
    "They sat in a row.",
    "The milk is turning sour.",                        # not a colour
    "Press mute.",
    "Mute the TV.",                                     # silenced, not switched off
    "The fish is out of water.",
    "The feedback loop is slow.",
    "Give the feedback to Tom.",                        # no verb after it: left
    "Feedback is welcome.",
    "We have no more gas for the stove.",               # a cooker's gas
]
READ += [   # computers, meetings and pitches, hotels
    ("My hard drives failed.", "My hard disks failed."),
    ("The neighbours were so loud.", "The neighbours were so noisy."),
    ("The baby is loud.", "The baby is noisy."),
    ("Open the attachment.", "Open the attached file."),
    ("We back up the data.", "We make a copy of the data."),
    ("She backed up her contacts.", "She made a copy of her contacts."),
    ("Backing up your work helps.", "Making a copy of your work helps."),
    ("Watch our demos.", "Watch our presentations."),
    ("Could we make it on Monday?", "Could we come on Monday?"),
]
LEFT += [
    "The music is too loud.",                           # a sound, not people
    "They were loud and clear.",
    "His attachment to the house is strong.",           # a feeling, not a mail's file
    "Back up the car slowly.",                          # a car backed up
    "Back up your claims with facts.",
    "Can you make it?",                                 # no time nor place: it may be a cake
    "Can you make it by Friday?",
    "Can you make it on your own?",
    "Open demo.html first.",
]
READ += [   # meetings moved, a restaurant's bill
    ("Tomorrow's call was moved to Monday.", "Tomorrow's call is now on Monday."),
    ("The class has been moved to 9 am.", "The class is now at 9 am."),
    ("Move the meeting to Friday.", "Have the meeting on Friday."),
    ("We're moving our call to noon.", "We're having our call at noon."),
    ("Can we move the call to 3 pm?", "Can we have the call at 3 pm?"),
    ("I'm moving the lesson to Sunday.", "I'm having the lesson on Sunday."),
    ("The bill came to $40.", "The total was $40."),
]
LEFT += [
    "The meeting was moved to the big room.",           # a place, not a day
    "Move the party to the garden.",
    "Can we move the call to 3 minutes?",
    "The bill came to the House in May.",               # a law's bill
]
READ += [   # shops, cards and loans, the pharmacy, jobs and HR (money.py)
    ("Your card has been declined.", "Your card has been refused."),
    ("The machine declined my card.", "The machine refused my card."),
    ("I want to take out a loan.", "I want to get a loan."),
    ("They're taking out a mortgage.", "They're getting a mortgage."),
    ("He takes out a loan every year.", "He gets a loan every year."),
    ("We were overcharged at the hotel.", "We paid too much at the hotel."),
    ("I think I've been overcharged.", "I think I've paid too much."),
    ("No thanks, we're just browsing.", "No thanks, we're just looking."),
    ("Just browsing, thanks.", "I'm just looking, thanks."),
    ("Take two tablets after each meal.", "Take two pills after each meal."),
    ("Take one tablet a day.", "Take one pill a day."),
    ("Do you have any painkillers?", "Do you have any medicine for pain?"),
    ("I'm going to hand in my notice.", "I'm going to resign."),
    ("She handed in her notice.", "She resigned."),
    ("I'm handing in my notice tomorrow.", "I'm resigning tomorrow."),
    ("He hands in his notice today.", "He resigns today."),
    ("Two hundred workers were made redundant.", "Two hundred workers were laid off."),
    ("The coach has been sacked.", "The coach has been fired."),
    ("She took out a loan.", "She got a loan."),
    ("Can I pay by credit card?", "Can I pay with a credit card?"),
    ("We're overdrawn again.", "We're in the red again."),
    ("I have a meeting with HR tomorrow.", "I have a meeting with human resources tomorrow."),
    ("HR said no.", "Human resources said no."),
    ("hr says ok", "human resources says ok"),
    ("I've been on hold for forty minutes.", "I've been waiting for forty minutes on the phone."),
    ("There's a long queue at the post office.", "There's a long waiting line at the post office."),
    ("She has a sore throat and a fever.", "She has a painful throat and a fever."),
    ("Keep out of the reach of children.", "Keep this away from children."),
]
LEFT += [
    "The battery was overcharged.",                     # a battery, not a customer
    "I'm just browsing the web.",
    "I bought a tablet.", "I take my tablet to work.",  # a computer
    "Tablets of stone were found.",
    "Painkillers didn't help.",                         # "Medicine for pain didn't help" came out "Médicament de…"
    "He handed in his notice of motion.",               # a motion in the House
    "I handed in my notice to the landlord.",           # a tenant leaving, not a job
    "The rule was made redundant by the new law.",      # a rule, not a worker
    "Rome was sacked by the Goths.", "The quarterback was sacked twice.",
    "I have a sore throat.",                            # came out right: "J'ai mal à la gorge"
    "Keep all medicines out of reach of children.",     # with its object it came out right
    "It takes 2 HR.", "The HR department is upstairs.", # an hour; "ressources humaines" alike wrong there
    "Check the print queue.",                           # a computer's
    "We will not allow anybody to jump the queue.",
    "Do you accept payment by card?",
]
READ += [   # renting a flat, chores, parties, school, messages (home.py)
    ("I'm looking for a flat to rent.", "I'm looking for an apartment to rent."),
    ("The flats in this building are expensive.", "The apartments in this building are expensive."),
    ("The two-bedroom flat is free.", "The two-bedroom apartment is free."),
    ("The dishwasher is leaking again.", "The dishwasher leaks again."),
    ("I need to do the laundry.", "I need to wash the clothes."),
    ("She does the laundry.", "She washes the clothes."),
    ("Have you done the laundry?", "Have you washed the clothes?"),
    ("I'm doing the laundry now.", "I'm washing the clothes now."),
    ("Can you do the ironing?", "Can you iron the clothes?"),
    ("I hate doing the ironing.", "I hate ironing the clothes."),
    ("I did the ironing.", "I ironed the clothes."),
    ("Who forgot to take the rubbish out?", "Who forgot to take out the trash?"),
    ("The windows need cleaning.", "The windows need to be cleaned."),
    ("Let's throw a party!", "Let's have a party!"),
    ("He throws a party every year.", "He organizes a party every year."),
    # (events.py reads it first: "organizing her a surprise party" had come out "Nous l'organisons une fête…")
    ("We're throwing her a surprise party.", "We're organizing a surprise party for her."),
    ("They threw a big party.", "They organized a big party."),
    ("She's falling behind at school.", "She's having difficulties at school."),
    ("He fell behind in class.", "He had difficulties in class."),
    ("He falls behind in maths.", "He has difficulties in maths."),
    ("Can you text me the address?", "Can you send me the address?"),
    ("Text me when you arrive.", "Send me a message when you arrive."),
    ("He just texted me.", "He just sent me a message."),
    ('My brother texted "I missed the bus."', 'My brother sent a message "I missed the bus."'),      # (s43)
    ('She texts: "Running late".', 'She sends a message: "Running late".'),
    ("He texts me every day.", "He sends me messages every day."),
    ("Tom is constantly texting me.", "Tom is constantly sending me messages."),
    ("Post a photo of the cake!", "Publish a photo of the cake!"),
    ("She posted a picture of her dog.", "She published a picture of her dog."),
    ("He posts two videos a day.", "He publishes two videos a day."),
    ("I'm posting a video tonight.", "I'm publishing a video tonight."),
    ("Did you see the photo I posted?", "Did you see the photo I published?"),
    ("Check the group chat.", "Check the group conversation."),
    ("Is the flat still free?", "Is the apartment still free?"),
    ("I'm at my parents' this weekend.", "I'm at my parents' house this weekend."),
    ("Did you get her a present?", "Did you buy a present for her?"),
    ("I got him a gift.", "I bought a gift for him."),
    ("Getting them some flowers is kind.", "Buying some flowers for them is kind."),
    ("Enjoy your holidays!", "Have a good holiday!"),
    ("Can you mop the floor?", "Can you wash the floor?"),
    ("I mopped the kitchen floor.", "I washed the kitchen floor."),
    ("The car needs a good clean.", "The car needs to be cleaned well."),
]
LEFT += [
    "My car has a flat.", "The tire is flat.",          # a tyre, not a home
    "Throw a party!",                                   # an order: "Have a party!" came out "Bonne fête !"
    "We pay a flat fee.", "He hit it with the flat of his hand.", "The ground is flat.",
    "The pipe is leaking water.",
    "You're talking rubbish.",                          # nonsense
    "Every home needs cleaning products.",
    "They threw the party into chaos.",                 # a political party
    "The project is falling behind schedule.",          # not a pupil
    "I read the text you sent.",                        # the noun
    "She keeps posting selfies.",                       # came out right: "…poster des selfies"
    "The dog is my parents'.", "I live at my parents' house.",
    "I got her a present for him.",                    # the one it is for said after it
    "He used the mop.", "She mops the floor.",          # "She washes the floor" came out "Elle se lave le sol"
]
READ += [   # weather small talk, sport tickets, public transport (outdoors.py)
    ("It's so freezing today.", "It's so cold today."),
    ("It's freezing outside.", "It's very cold outside."),
    ("It was too muggy to sleep.", "It was too humid to sleep."),
    ("It's pouring with rain.", "It's raining heavily."),
    ("A bit chilly, isn't it?", "A bit cold, isn't it?"),
    ("It's getting chillier.", "It's getting colder."),
    ("The steps are icy, be careful.", "The steps are covered in ice, be careful."),
    ("It was very windy yesterday.", "There was a lot of wind yesterday."),
    ("It was so windy that we stayed in.", "There was so much wind that we stayed in."),
    ("It's too windy to sail.", "There's too much wind to sail."),
    ("It was windy at the beach.", "There was wind at the beach."),
    ("The concert is sold out.", "There are no more tickets for the concert."),
    ("Tonight's show is sold out!", "There are no more tickets for tonight's show!"),
    ("The final was sold out.", "There were no more tickets for the final."),
    ("Tonight's gig was sold out.", "There were no more tickets for tonight's gig."),
    ("The tickets are sold out.", "There are no more tickets."),
    ("Tickets for the match were sold out.", "There were no more tickets for the match."),
    ("I take the underground to work.", "I take the subway to work."),
    ("Is there an underground station near here?", "Is there a subway station near here?"),
    ("Two underground stations are closed.", "Two subway stations are closed."),
    ("The metro closes at midnight.", "The subway closes at midnight."),
    ("Where is the nearest metro station?", "Where is the nearest subway station?"),
    ("Which platform does the train leave from?", "Which track does the train leave from?"),
    ("The train is arriving at platform two.", "The train is arriving on track two."),
    ("The train leaves from platform 4.", "The train leaves from track 4."),
    ("Please switch off your phones.", "Please turn off your phones."),
    ("My phone was switched off.", "My phone was turned off."),
    ("Switching off the lights saves money.", "Turning off the lights saves money."),
    ("He switches off the TV.", "He turns off the TV."),
    ("Switch it off, please.", "Turn it off, please."),
    ("The match ended in a draw.", "The match ended without a winner."),
    ("I have a monthly pass.", "I have a monthly ticket."),
    ("Two weekly passes, please.", "Two weekly tickets, please."),
]
LEFT += [
    "It's freezing rain.", "The lake is freezing.",     # rain that freezes; a lake, not the weather
    "The road is icy blue.",                            # a colour
    "It's pouring out of the tap.", "She is pouring the tea.",
    "It's windy today.",                                # "Il y a du vent aujourd'hui" as it was
    "The match was sold out in two hours.",             # left: not at the clause's end
    "Workers in the underground economy pay no tax.",   # hidden, not a train
    "The Metro Toronto council met.",                   # a name
    "Children walk around platform 9 next to the train.",
    "The party platform is clear.",                     # no train
]
READ += [("Get him a gift card.", "Buy a gift card for him.")]   # hunt s26: "Buy a gift for him card."
LEFT += [   # hunt s26: other senses of the new phrases
    "We got a flat on the way to the coast.", "I had a flat on the highway.",    # a tyre
    "The choir sang a flat in the third bar.", "He played a flat in the last bar.",   # a note
    "They threw a party member out of the room.", "The vote could throw a party into turmoil.",   # a political one
    "The annual pass rate of the test fell.", "The monthly pass mark is 60.",    # an exam's pass
    "The bank says it is freezing all accounts.", "It is freezing this year's wages.",   # a verb with its object
    "It is freezing out the small farmers' producers.",
    "The firm says it is pouring all its resources into cars.", "It's pouring this money into roads.",
    "The pavements are icy cold.", "The stairs were icy with fear.",
    "The flight was on hold for twenty minutes.", "The project has been on hold for two hours.",   # not a phone
    "The Senate passed HR 3162.", "The heart rate rose and HR fell later.",    # a bill, a heart rate
    "The old post was made redundant last year.", "The clause was made redundant.",   # not a person laid off
    "Carthage was sacked in 146 BC.", "Baghdad was sacked by the Mongols.",     # a city plundered
    "The children take their tablets to school.",                               # a computer carried
    "He will mop the floor with his rival.",                                    # beat him
    "I like chilly sauce.", "Add some chilly powder.", "Chilly chicken, please.",   # chilli
    "They live in the metro area.", "The Metro-North line is late.", "See the metro section of the paper.",
    "The lottery will end in a draw on Friday.",                                # a lottery's draw
    "Compare this to text you wrote before.",                                   # the noun
    "She took out a loan shark.", "He took out the loan agreement from a drawer.",   # killed; a paper pulled out
    "Take the tablets from the museum's collection.",                           # clay tablets
    "He threw a party hat at me.",                                              # a party hat
    "Chilly Willy is a penguin.",                                               # a name
    "They gave her a chilly welcome.",                                          # not the weather
    "I need to switch off from work.",                                          # rest
    "He declined the card game she offered.",                                   # a card game
    "Annual pass holders get in free.",                                         # "Les billets peuvent pénétrer."
    "Enjoy the holiday season!",                                                # "Prends une bonne saison"
    "The French resistance fought in the underground.", "They hid in the underground.",   # not a train
    "The set ended in a tie-break.", "The motion ended in a tie vote.",        # not the end of a match
    "We walked across the flat and up the hill.", "The horse won on the flat.",   # land, flat racing
]

FORECAST = [   # (typed, read): weather expected, opening a line
    ("Storms are expected this afternoon.", "There will be storms this afternoon."),
    ("Heavy snow is expected in the north.", "There will be a lot of snow in the north."),   # not «lourdes neiges»
    ("rain is expected tonight", "There will be rain tonight"),
]


@pytest.mark.parametrize("typed,read", FORECAST)
def test_weather_expected_is_said_as_there_will_be(typed, read):
    assert read_forecasts(typed) == read


@pytest.mark.parametrize("typed", ["Storms are expected to hit the coast.", "Rain is not expected.",
                                   "The report says rain is expected.", "Results are expected tonight.",
                                   "Rain is expected, but not certain."])
def test_what_is_not_a_forecast_is_left_alone(typed):
    assert read_forecasts(typed) == typed


def test_a_forecast_is_read_in_the_fold():
    assert fold("Storms are expected today.", lambda c: True).text == "There will be storms today."


READ += leisure_cases.READ
LEFT += leisure_cases.LEFT
READ += travel_cases.READ + health_cases.READ + people_cases.READ + work_cases.READ + admin_cases.READ
LEFT += travel_cases.LEFT + health_cases.LEFT + people_cases.LEFT + work_cases.LEFT + admin_cases.LEFT
READ += school_cases.READ
LEFT += school_cases.LEFT
READ += feelings_cases.READ
LEFT += feelings_cases.LEFT
READ += phrasal_cases.READ
LEFT += phrasal_cases.LEFT
READ += tech_cases.READ
LEFT += tech_cases.LEFT
READ += food_cases.READ
LEFT += food_cases.LEFT
READ += times_cases.READ
LEFT += times_cases.LEFT
READ += questions_cases.READ
LEFT += questions_cases.LEFT
READ += events_cases.READ
LEFT += events_cases.LEFT
READ += clothes_cases.READ
LEFT += clothes_cases.LEFT
READ += sports_cases.READ
LEFT += sports_cases.LEFT
READ += transport_cases.READ
LEFT += transport_cases.LEFT
READ += animals_cases.READ
LEFT += animals_cases.LEFT
READ += kids_cases.READ
LEFT += kids_cases.LEFT
READ += weather_cases.READ
LEFT += weather_cases.LEFT
READ += arts_cases.READ
LEFT += arts_cases.LEFT
READ += [   # plural banknotes (money.py, left54, s40; «vingt notes», «des notes à dix-huit heures»)
    ("He paid me in twenty-euro notes.", "He paid me in tickets of twenty euros."),
    ("I only have ten-pound notes.", "I only have tickets of ten pounds."),
    ("Do you accept hundred-dollar notes?", "Do you accept tickets of a hundred dollars?"),
]
LEFT += ["Please don't pay with five-hundred-euro notes.", "I took notes in the meeting."]   # (left54, s40)
READ += [   # second-hand things (errands.py, left54, s40; «des vêtements de seconde», «un téléphone second»)
    ("She sells second-hand clothes.", "She sells clothes of occasion."),
    ("He always buys second-hand books.", "He always buys books of occasion."),
    ("I bought a second-hand phone.", "I bought a phone of occasion."),
]
LEFT += ["There is a second-hand clothes shop near here.", "I bought a second-hand bike."]   # (left54, s40)
READ += [   # a British shopping centre (errands.py, vocab56, s41; «Le centre de course…», «…au centre des courses.»)
    ("The shopping centre closes at eight.", "The shopping mall closes at eight."),
    ("There are two shopping centres in town.", "There are two shopping malls in town."),
]
LEFT += ["The shopping center is very big."]   # (vocab56) the American spelling was right as typed
READ += house_cases.READ
LEFT += house_cases.LEFT
READ += body_cases.READ
LEFT += body_cases.LEFT
READ += figures_cases.READ
LEFT += figures_cases.LEFT


READ += [   # demo probe s29: sayings, "days off", "were" typed for "where"
    ("That costs an arm and a leg.", "That costs a fortune."),
    ("What do you do for a living?", "What is your profession?"),
    ("What is it you do for a living?", "What is your profession?"),
    ("I am going to take a few days off to visit the museums.",
     "I am going to take a few days of holiday to visit the museums."),
    ("Can you tell me were the toilets are?", "Can you tell me where the toilets are?"),
    ("Do you know were my keys are?", "Do you know where my keys are?"),
    ("The project is on track and within budget.", "The project is progressing as planned and within budget."),
    ("Don't worry, we're on track.", "Don't worry, we're progressing as planned."),
]
LEFT += ["I'm taking a couple of days off.", "I get only five days off this summer.",
         "This is what I do for a living.", "I know were all members of the Senate.",
         "Tell me were you there when it happened?", "The train to Lyon is on track 3.",
         "We are on track to finish by June."]
LEFT += ["He lost an arm and a leg in the war.", "The soldier lost an arm and a leg.",   # hunt29c: not "une fortune"
         "He has 3 days off to spare."]                                                   # "jours de congé" was right


def test_there_is_a_reading_for_each_entry():
    """Each pattern compiled once (re's cache holds 512 of the 1,900): 7.8 → 6.0 s of CPU on the EPYC."""
    for phrase, _ in PHRASES:
        pattern = re.compile(phrase, re.IGNORECASE)
        assert any(pattern.search(typed) for typed, _ in READ), phrase


def test_every_theme_module_is_read():
    """A new theme module left out of ``THEMES`` would never be read."""
    modules = {path.stem for path in Path(phrasing.__file__).parent.glob("*.py")} - {"__init__", "common"}
    assert {theme.__name__.rsplit(".", 1)[1] for theme in THEMES} == modules


@pytest.mark.parametrize("typed,read", READ)
def test_each_phrase_is_read_as_its_paraphrase_with_its_capital(typed, read):
    assert read_phrases(typed) == read


@pytest.mark.parametrize("typed", LEFT)
def test_what_only_looks_like_a_phrase_is_left_alone(typed):
    assert read_phrases(typed) == typed


def test_the_reading_is_named_in_the_note():
    f = fold("The shoes are out of stock.", lambda c: True)
    assert f.text == "The shoes are not available." and f.reworded == ("a phrase in words the model knows",)
    assert fold("The shoes are not available.", lambda c: True).reworded == ()
    assert fold("The gig was great.", lambda c: True).text == "The concert was great."


def test_a_weather_forecast_is_read_as_there_will_be_in_the_fold():
    """"forecast" is read "expected" (weather.py), then said "There will be…" (read_forecasts)."""
    assert fold("Storms are forecast for tonight.", lambda c: True).text == "There will be storms tonight."
    assert fold("Scattered showers are expected later today.", lambda c: True).text == "There will be rain later today."


def test_sorry_before_a_long_run_of_spaces_is_read_in_linear_time():
    """"sorry" then 5,000 spaces had taken 1.3 s in one phrase of tech.py ("\\s*,?\\s+": two runs of spaces); 20,000
    would take ~20 s so, a few ms read in linear time (a bound of 1 s holds on a loaded machine)."""
    import time
    from s2s_core.phrasing import tech
    phrase = next(re.compile(p, re.IGNORECASE) for p, _ in tech.PHRASES if "breaking" in p and "sorry" in p)
    start = time.perf_counter()
    phrase.sub("", "Sorry" + " " * 20000 + "x")
    assert time.perf_counter() - start < 1.0
    assert read_phrases("Sorry ,  you're breaking up.") == "Sorry ,  the line is bad."


READ += restaurant_cases.READ   # eating out (s29)
LEFT += restaurant_cases.LEFT


READ += driving_cases.READ + couples_cases.READ + garden_cases.READ   # cars, couples, the garden (s30)
LEFT += driving_cases.LEFT + couples_cases.LEFT + garden_cases.LEFT


import phrasing_directions_cases as directions_cases   # noqa: E402  asking the way, getting help (s30)
import phrasing_phone_cases as phone_cases             # noqa: E402  calls and messages (s30)

READ += directions_cases.READ + phone_cases.READ
LEFT += directions_cases.LEFT + phone_cases.LEFT
READ += [   # demo probe demo30 (s30): chat, demo and money entries (no case file of their own)
    ("I'm fine, thank you, and you?", "I'm fine, thank you. And you?"),
    ("Are we still on for tonight?", "Is it still planned for tonight?"),
    ("are we still on for friday", "is it still planned for friday"),
    ("Prices rose sharply last year.", "Prices increased greatly last year."),      # s31: one entry (figures.py), past
    ("Sales fell sharply in March.", "Sales went down a lot in March."),
    ("Unemployment rose last year.", "Unemployment increased last year."),
]
LEFT += ["Thanks, and you?", "We're still on for Friday.", "The sun rose at six.", "She rose from her chair."]


import phrasing_plans_cases as plans_cases   # noqa: E402  plans, opinions, apologies; hotel stays (s30)
import phrasing_stays_cases as stays_cases   # noqa: E402
READ += plans_cases.READ + stays_cases.READ
LEFT += plans_cases.LEFT + stays_cases.LEFT


import phrasing_software_cases as software_cases   # noqa: E402  interface strings: form errors, sign-in, cart (s30)
READ += software_cases.READ
LEFT += software_cases.LEFT


import phrasing_daily_cases as daily_cases   # noqa: E402  calls, plans, meals out, talks at work (s31)
READ += daily_cases.READ
LEFT += daily_cases.LEFT

import phrasing_visitors_cases as visitors_cases   # noqa: E402  help texts, plans, calls, shop hours (s32)
READ += visitors_cases.READ
LEFT += visitors_cases.LEFT

import phrasing_notes_cases as notes_cases       # noqa: E402  thank-you notes, posts (demo32, s32)
import phrasing_support_cases as support_cases   # noqa: E402  a tech-support chat (demo32, s32)
READ += support_cases.READ + notes_cases.READ
LEFT += support_cases.LEFT + notes_cases.LEFT

import phrasing_verbs_cases as verbs_cases   # noqa: E402  an order, a place visited, an ache since (verbs33, s33)
READ += verbs_cases.READ
LEFT += verbs_cases.LEFT

import phrasing_attach_cases as attach_cases   # noqa: E402  time, place and means attached to the wrong word (s33)
READ += attach_cases.READ
LEFT += attach_cases.LEFT

import phrasing_situations_cases as situations_cases   # noqa: E402  errands of a stakeholder's demo (demo34, s33)
READ += situations_cases.READ
LEFT += situations_cases.LEFT

import phrasing_recount_cases as recount_cases   # noqa: E402  long sentences telling what happened (story34, s33)
READ += recount_cases.READ
LEFT += recount_cases.LEFT

import phrasing_variants_cases as variants_cases   # noqa: E402  wordings narrow rules missed (words35, s33)
READ += variants_cases.READ
LEFT += variants_cases.LEFT

import phrasing_occasions_cases as occasions_cases   # noqa: E402  errands and occasions (words36, s34)
READ += occasions_cases.READ
LEFT += occasions_cases.LEFT


import phrasing_upkeep_cases as upkeep_cases   # noqa: E402  a home's, a car's and a body's upkeep (words38, s35)
READ += upkeep_cases.READ
LEFT += upkeep_cases.LEFT
import phrasing_whereabouts_cases as whereabouts_cases   # noqa: E402  where a place phrase attaches (long39, s36)
READ += whereabouts_cases.READ
LEFT += whereabouts_cases.LEFT


# the patterns of a first visitor's readings (measure42, s37: the curtains drawn, the last train home, a friend's
# place, "please be quiet", "it was wonderful to", a lovely weekend, a flight that lands at a time on a day), now in
# house, transport, whereabouts, questions, feelings and travel
_LONG_RUN_PHRASES = (r"\b(curtains|drapes", r"\b((?:last|first|next|early|late)\s+(?:train",
                     r"\b(at|to|from)\s+((?:(?:a|my", r"\b(so(?:\s*,\s*|\s+))please",
                     r"(?:^|(?<=[.!?]\s))(?=[^.!?,;]*\b(?:is|are|was",
                     r"(?<=\w),?\s+and\s+it\s+was", r"\blovely\s+(?=", r"\bat\s+((?:\d{1,2}")


def test_please_be_quiet_phrases_read_long_runs_of_spaces_in_linear_time():
    """A clause, 20,000 spaces and "please be quiet" had taken 15 s in the first "please be quiet" phrase (questions.py;
    its clause read lazily before "\\s*[,;]": each run of spaces tried from each of its spaces)."""
    import time
    spaces = " " * 20000
    texts = ["The film is starting" + spaces + "please be quiet", "so ," + spaces + "please",
             "x" + spaces + "and it was great to", "at 5" + spaces + "on Monday", "is " * 5000 + "please be quiet"]
    chosen = [phrase for phrase, _ in PHRASES if phrase.startswith(_LONG_RUN_PHRASES)]
    assert len(chosen) >= 8
    for phrase in chosen:
        pattern = re.compile(phrase, re.IGNORECASE)
        start = time.perf_counter()
        for text in texts:
            pattern.sub("", text)
        assert time.perf_counter() - start < 1.0, phrase      # (15 s when it was quadratic; 0.2 s flaked under load)


READ += [   # a fee charged to a person, a loss reported, a thing picked up (fix55, s40; measure53: money, errands)
    ("The bank charged me twenty euros for the transfer.", "The bank made me pay twenty euros for the transfer."),
    ("My bank charges me a fee every time.", "My bank makes me pay a fee every time."),
    ("I want to know why I was charged a fee for a transfer.", "I want to know why I had to pay a fee for a transfer."),
    ("They will repair it without charging me.", "They will repair it without making me pay."),
    ("Why did they charge us ten euros for a bag?", "Why did they make us pay ten euros for a bag?"),
    ("They are charging me a fee for the card.", "They are making me pay a fee for the card."),
    # (was admin_cases' LEFT, "no amount of money": as typed it came out «Ils nous ont accusés d'un petit prix»)
    ("They charged us a small fee.", "They made us pay a small fee."),
    ("She reports the loss to the bank.", "She declares the loss to the bank."),
    ("We reported the theft to the hotel manager.", "We declared the theft to the hotel manager."),
    ("How do I report a lost passport?", "How do I declare a lost passport?"),
    ("…and I need to know how to report it to the police.", "…and I need to know how to declare it to the police."),
    ("My phone was stolen, so I reported it to the police.", "My phone was stolen, so I declared it to the police."),
    ("I picked up my sister from the airport.", "I went to get my sister at the airport."),
    ("He picked up the keys from reception.", "He went to get the keys at reception."),
    ("The car was already scratched when I picked it up.", "The car was already scratched when I took it."),
]
LEFT += ["The police charged him with theft.", "He was charged with murder.", "I need to charge my phone.",
         "The newspaper reported that the minister had resigned.", "I picked up a cold from my son.",
         "She picked it up off the floor.", "Can you pick up the children from school?",
         "How do I report it?"]   # (fix55, s40)
READ += [   # a thing that is second-hand (errands.py, left55, s41: «Ce vélo est au deuxième rang.»)
    ("This bike is second-hand.", "This bike is of occasion."),
    ("The sofa is second-hand.", "The sofa is of occasion."),
    ("All these books are second-hand.", "All these books are of occasion."),
]
LEFT += ["This is a second-hand bike shop.", "The shop is second-hand furniture heaven."]   # (left55, s41)

import phrasing_routines_cases as routines_cases   # noqa: E402  a day's routines: dozing off, a toast (verbs45, s45)
READ += routines_cases.READ
LEFT += routines_cases.LEFT
