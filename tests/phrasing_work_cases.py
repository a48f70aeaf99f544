"""Cases of the work phrases (office life, meetings and mail, job hunting, school and university, computers and
phones), read by tests/unit/test_phrasing.py with the other tables' cases: "I'm off sick today." had come out "Je ne
suis pas malade aujourd'hui." (the very opposite); read "I'm sick today.": "Je suis malade aujourd'hui."."""

READ = [   # (typed, read): each entry of work.PHRASES read at least once
    ("I'm off sick today.", "I'm sick today."),
    ("She's been off sick since Monday.", "She's been sick since Monday."),
    ("The printer is jammed again.", "The printer is stuck again."),
    ("The printer in our office has been jammed all morning.", "The printer in our office has been stuck all morning."),
    ("My laptop froze and I lost my work.", "My laptop was blocked and I lost my work."),
    ("My phone keeps freezing.", "My phone keeps getting blocked."),
    ("My computer keeps crashing.", "My computer stops all the time."),
    ("Don't forget to log out when you leave.", "Don't forget to close the session when you leave."),
    ("How do I log off?", "How do I close the session?"),
    ("Did you log out of your email?", "Did you close the session of your email?"),
    ("Log off the system at night.", "Close the session of the system at night."),
    ("My inbox is full.", "My email box is full."),
    ("Could you email it to me tonight?", "Could you send it to me by email tonight?"),
    ("I'll email you the details.", "I'll send you the details by email."),
    ("Please email me the report by Friday.", "Please send me the report by email by Friday."),
    ("Can you unmute yourself?", "Can you turn on your microphone?"),
    ("Sorry, you're still on mute.", "Sorry, your microphone is still turned off."),
    ("Your camera is off.", "Your camera is turned off."),
    ("My microphone was off the whole time.", "My microphone was turned off the whole time."),
    ("He's self-employed.", "He's independent."),
    ("I've been self-employed for ten years.", "I've been independent for ten years."),
    ("How did your job interview go?", "How did your interview go?"),
    ("I skipped the lecture this morning.", "I didn't go to the lecture this morning."),
    ("We skipped class.", "We didn't go to class."),
    ("Our teacher gave us loads of homework.", "Our teacher gave us a lot of homework."),
    ("Loads of people came.", "A lot of people came."),
    ("Please mark the essays.", "Please correct the essays."),
    ("The teacher marked our tests.", "The teacher corrected our tests."),
    ("She spent the weekend marking essays.", "She spent the weekend correcting essays."),
    ("To drop out of school is risky.", "To leave school without finishing is risky."),
    ("He drops out of college.", "He leaves college without finishing."),
    ("He dropped out of university.", "He left university without finishing."),
    ("Students are dropping out of high school.", "Students are leaving high school without finishing."),
    ("We're hiring!", "We're recruiting!"),
    ("The supermarket is hiring staff for the summer.", "The supermarket is recruiting staff for the summer."),
    ("Are you hiring at the moment?", "Are you recruiting at the moment?"),
    ("Can you cc me on that email?", "Can you send me a copy of that email?"),
    ("Please cc him on the reply.", "Please send him a copy of the reply."),
    ("Please cc her on this email.", "Please send her a copy of this email."),
    ("Can you cc us on the reply?", "Can you send us a copy of the reply?"),
    ("Cc them on all emails.", "Send them a copy of all emails."),
    ("Let's touch base next week.", "Let's talk next week."),
    ("I've got a lot on my plate at work.", "I've got a lot to do at work."),
    ("I'm snowed under with work.", "I'm overloaded with work."),
    ("We're short-staffed this week.", "We're short of staff this week."),
    ("The IT department is on the third floor.", "The computer service is on the third floor."),
    ("Where do you see yourself in five years?", "Where do you want to be in five years?"),
    ("Can you cover my shift on Saturday?", "Can you replace me on Saturday?"),
    ("Who will cover his shift?", "Who will replace him?"),
    ("She asked me to cover her shift.", "She asked me to replace her."),
    ("The meeting ran over by half an hour.", "The meeting lasted half an hour longer."),
    ("Let's wrap up the meeting, we're out of time.", "Let's finish the meeting, we're out of time."),
    ("The boss called a meeting at short notice.", "The boss called a meeting at the last minute."),
    ("Sorry to cancel at such short notice.", "Sorry to cancel at the last minute."),
    ("The photocopier is broken.", "The photocopying machine is broken."),
    ("Can you proofread my essay?", "Can you check my essay?"),
    ("He proofread my manuscript.", "He checked my manuscript."),
    ("Who proofread this?", "Who checked this?"),
    ("Can you take the minutes today?", "Can you write the report of the meeting today?"),
    ("She takes the minutes.", "She writes the report of the meeting."),
    ("Who took the minutes?", "Who wrote the report of the meeting?"),
    ("Who is taking the minutes today?", "Who is writing the report of the meeting today?"),
    ("Please read the minutes of the last meeting.", "Please read the report of the last meeting."),
    ("My son got detention for talking in class.", "My son got a punishment for talking in class."),
    ("Homework is due on Monday.", "Homework must be handed in on Monday."),
    ("The essay is due on Friday.", "The essay must be handed in on Friday."),
    ("She got top marks in history.", "She got the best marks in history."),
    ("My phone is almost out of battery.", "My phone battery is almost empty."),
    ("Stop moaning about the weather.", "Stop complaining about the weather."),
    ("Don't moan about it.", "Don't complain about it."),
    ("He moans about his boss.", "He complains about his boss."),
    ("They moaned about the food.", "They complained about the food."),
    ("He's always moaning about his boss.", "He's always complaining about his boss."),
    ("He forgot to attach the file to the email.", "He forgot to add the file to the email."),
    ("My brother is a software engineer.", "My brother is a programmer."),
    ("We're looking for two software developers.", "We're looking for two programmers."),
]
LEFT = [   # looks like one, but is not
    "He's on sick leave.",                              # "Il est resté malade" as it was
    "The road was jammed with cars.",                   # traffic, not a printer
    "The lake froze in January.",                       # the cold, not a computer
    "Log out of respect for the dead.",                 # no account after it
    "Read my email to you.", "I will email you.",       # nothing sent after it
    "The video was off the charts.",                    # not a device left off
    "Self-employed workers pay both shares.",           # a class of workers (Hansard): left as it was
    "Some want to be self-employed.",                   # not a person said so
    "I have a job interview on Thursday.",              # "une entrevue d'emploi" as it was
    "He skipped the rope.", "She skipped breakfast.",   # not a class missed
    "There are students with debt loads of over $50,000.",   # loads carried (Hansard)
    "They carried different loads of garbage.",
    "She got good marks in exams.",                     # the noun, not the verb
    "The path marked the border.",
    "The price dropped out of sight.",                  # not a school
    "We are hiring new staff.",                         # "Nous embaucheons…" as it was ("recruiting": future tense)
    "The hiring of staff is slow.",
    "the already short-staffed detachment",             # before its noun (Hansard)
    "Mr. Speaker, the troops are ready to leave on short notice.",   # readiness, not lateness (Hansard)
    "It can give decisions on very short notice, the reasons come later.",
    "I read the minutes of the committee.",             # a committee's (Hansard)
    "The project is due for review.",                   # not a date to hand it in
    "Hardware and software developers gather.",         # not a person
    "Where do you see the problem?",
    "Please wrap up warm.",                             # clothes, not a meeting
    "The software is old.",                             # "Le logiciel est vieux." as it was
    # hunt2-s27: other senses the readings had taken
    "Click the logout button.", "He sawed the end of the log off.",            # a button, a log
    "Please mark the exam papers with your candidate number.",                 # labelled, not corrected
    "They marked the tests as confidential.",
    "The runner failed to touch base.",                                        # baseball
    "There's a lot on my plate, I can't finish it.",                           # food
    "The village was snowed under for a week.", "The cars were snowed under.", # snow
    "Where do you see yourself in the photo?",                                 # a picture, not the future
    "It will take the minutes we have left.", "I took the minutes to think it over.",   # time
    "The refugees were given detention orders.",                               # the law's, not a school's
    "People who arrive illegally get detention.",
    "Wrap up the presentation in gift paper.",
    "The river rose above the top marks on the bridge.",
    "They log off the old forest every year.", "The loggers log off hillsides.",   # loggers, not a session
    "We mark the tests of our democracy.",
    "The insurance will cover his shift work.",                                # shift work, not a stand-in
    "The computer froze the accounts.",
    "Mr. Speaker, the RCMP is short staffed 400 constables.",                  # short by 400 (Hansard)
    "Three players dropped out of school teams.",                              # a team left, not school
    "He piled a lot on his plate at the buffet.",                              # food
    "The pitcher tagged him before he could touch base.",                      # baseball
]

READ += [   # words30 (s30): a product launch ("Le déjeuner du produit…", lunch), a safe trip home ("Prends une maison
    # en sécurité…"), said "the presentation of the product", "a good trip back" ("Passe un bon voyage, …")
    ("The product launch is next week.", "The presentation of the product is next week."),
    ("When is the new product launch?", "When is the presentation of the new product?"),
    ("Have a safe trip home, see you tomorrow.", "Have a good trip back, see you tomorrow."),
    ("Thanks for coming, have a safe journey home!", "Thanks for coming, have a good trip back!"),
]
LEFT += ["Our product launch went well."]   # came out right: "Notre lancement de produit…"
READ += [   # demo probe demo30 (s30): "Let's call it a day." → "Arrêtons-la un jour."
    ("Let's call it a day.", "Let's stop for today."),
    ("I think we should call it a day.", "I think we should stop for today."),
]
LEFT += ["Call me a day before you come."]


READ += [   # long30 (s30): "the slides from the meeting" read as dishes or figures ("les plats", "les statistiques")
    ("Could you send me the slides from yesterday's meeting?", "Could you send me the presentation from yesterday's "
                                                               "meeting?"),
    ("Where can I find the slides from the lecture?", "Where can I find the presentation from the lecture?"),
    ("I need the slides of the workshop.", "I need the presentation of the workshop."),
]
LEFT += [
    "The children love the slides in the park.",                     # a playground's slides
    "I will send you the slides for the presentation tonight.",      # "the presentation for the presentation"
]

READ += [   # demo31 (s31): a company's department read as a ministry ("le ministère des ventes"); "service"
    ("He works in the sales department.", "He works in the sales service."),
    ("I called the accounting department.", "I called the accounting service."),
]
LEFT += ["Call the fire department.", "The police department is closed.", "She works at the State Department."]

READ += [   # words37 (s34): attendance as an assiette, HR as «La HER», a jammed printer "playing", a frozen phone,
    #         calling in sick "J'appelle aujourd'hui malade."
    ("Could you confirm your attendance?", "Could you confirm your presence?"),
    ("Please confirm your attendance by Friday.", "Please confirm your presence by Friday."),
    ("HR needs a copy of your contract.", "Human resources needs a copy of your contract."),
    ("HR approved my request.", "Human resources approved my request."),
    ("The printer keeps jamming.", "The printer keeps getting stuck."),
    ("My phone screen froze.", "My phone was blocked."),
    ("My computer is frozen again.", "My computer is blocked again."),
    ("My phone has been frozen for an hour.", "My phone is blocked for an hour."),
    ("I'm calling in sick today.", "I'm sick today, I can't come to work."),
    ("I'm calling in sick.", "I'm sick, I can't come to work."),
]
LEFT += ["The lake is frozen.", "The frozen peas are in the freezer.", "I'm calling in sick people for a study.",
         "The printer keeps paper in the drawer."]
READ += [   # words37 (s34): a mail's attachment «attaché» (tied); "I attached": «J'ai joint…»
    ("The agenda for tomorrow's meeting is attached.", "I attached the agenda for tomorrow's meeting."),
    ("The invoice is attached.", "I attached the invoice."),
    ("My CV is attached.", "I attached my CV."),
    ("Our offer is attached.", "I attached our offer."),
]
LEFT += ["The dog is attached to the post.", "The agenda is attached to this email.", "I am attached to my team."]
READ += [   # words37 (s34): "Please find the report attached." → "Veuillez trouver le rapport attaché…"; a printer
    #         named before more words
    ("Please find the report attached.", "Please find attached the report."),
    ("Please find my CV attached.", "Please find attached my CV."),
    ("The printer in the office keeps jamming when I print in colour.",
     "The printer in the office keeps getting stuck when I print in colour."),
]
LEFT += ["You will find the invoice attached."]
READ += [   # a first visitor's readings (measure35, s34)
    ("Do you believe he will change the way our department works?",
     "Do you believe he will change the way our service works?"),
    ("Our department has a new boss.", "Our service has a new boss."),
]
LEFT += [   # (measure35, s34)
    "Our department store is closed on Sunday.", "My department at the university is in the north.",
    "The town hall is in the main square.",
]
READ += [   # a first visitor's readings (measure36, s34)
    ("I am writing to ask about the job you advertised on your website last week.",
     "I am writing to ask about the job offer you published on your website last week."),
    ("I am interested in the position you advertised.", "I am interested in the job offer you published."),
]
READ += [   # a first visitor's readings (measure39, s36)
    ("If you have any questions, please do not hesitate to contact us.",
     "If you have any questions, do not hesitate to contact us."),
]
READ += [   # a first visitor's readings (measure40, s36)
    ("Do we have to start the whole thing again?", "Do we have to start everything again?"),
    ("Read the contract carefully, and let me know if anything is unclear.",
     "Read the contract carefully. Please let me know if something is not clear."),
]
LEFT += [   # (measure40, s36)
    "Please let me know if you need anything.",
]
READ += [   # a first visitor's readings (measure43, s37)
    ("I saw the job advertised on your website.", "I saw the job offer on your website."),
    ("I read about the position that was advertised online.", "I read about the job offer online."),
    ("I am writing about the position advertised last week.", "I am writing about the job offer last week."),
    ("The position advertised requires three years of experience.", "The job offer requires three years of "
     "experience."),
]
LEFT += [   # (measure43, s37)
    "The job was advertised in May.",                       # not "the job advertised"
]
READ += [   # a first visitor's readings (left46, s38)
    ("My uncles run a small hotel.", "My uncles manage a small hotel."),
    ("Our parents ran the bakery.", "Our parents managed the bakery."),
    ("She has run her own business for years.", "She has managed her own business for years."),
]
LEFT += [   # (left46, s38)
    "We run a restaurant near the station.",          # "we manage": «Nous gèreons…», a spelling slip
    "I run a small shop.",                            # "I manage": «Je débrouille…»
    "They run a marathon every year.",                # a race
    "Who ran the shop before you?",                   # «Qui a réussi le magasin» read so
]
READ += [   # a first visitor's readings (measure46, s38)
    ("Please pay the bill by the end of May.", "Please pay the bill before the end of May."),
]
LEFT += [   # (measure46, s38)
    "By the end of the day, I was tired.",                  # opening the sentence
    "We ate fewer cakes this year.",                        # not sweets
]
READ += [   # a first visitor's readings (measure47, s38)
    ("She wants to design a dress.", "She wants to conceive a dress."),
    ("Could you design our new logo?", "Could you conceive our new logo?"),
    ("Here is the corrected draft.", "Here is the revised draft."),
]
LEFT += [   # (measure47, s38)
    "The design is beautiful.",                             # a noun
]
READ += [   # mail46's readings (mail46, s38)
    ("Sorry for the delay in getting back to you.", "Sorry for the late answer."),
    ("We regret the delay in replying to your letter.", "We regret the late answer."),
    ("Thanks for getting back to me.", "Thanks for answering me."),
    ("Could you please confirm receipt of the invoice?", "Could you please confirm that you received the invoice?"),
    ("Please kindly confirm receipt of this letter.", "Please kindly confirm that you received this letter."),
    ("I have copied my manager on this email.", "I have sent a copy of this email to my manager."),
    ("She cc'd me on the e-mail.", "She sent a copy of the e-mail to me."),
    ("Can you copy our lawyer in this thread?", "Can you send a copy of this thread to our lawyer?"),
    ("Your refund will be processed within five days.",   # "within": times.py (fix53)
     "Your refund will be dealt with in less than five days."),
    ("Orders are being processed.", "Orders are being dealt with."),
    ("We will process your payment today.", "We will deal with your payment today."),
    ("We are processing your order.", "We are dealing with your order."),
    ("They processed my request in a day.", "They dealt with my request in a day."),
    ("I will be out of the office until Monday.", "I will not be in the office until Monday."),
    ("She'll be out of the office next week.", "She will not be in the office next week."),
    ("I am writing to complain about the delivery.", "I am writing in order to complain about the delivery."),
    ("I'm writing to request a refund.", "I'm writing in order to request a refund."),
]
LEFT += [   # (mail46, s38)
    "The delay in the train service was long.",              # no answer late
    "I am getting back to work tomorrow.",                   # back to work, not to someone
    "We confirm receipt of your payment.",                   # "we" confirm: right as typed («la réception»)
    "He copied her homework.",                               # no one copied in on a message
    "Food is processed in this factory.",                    # not an order, a refund…
    "I am out of the office until Monday.",                  # right as typed («Je ne suis pas au bureau»)
    "I am writing to inquire about your prices.",            # read so: «pour inquiéter» (to worry)
    "I am writing to apply for the job.",                    # read so: the job lost (mends/mail.py mends it)
    "Get out of the office now!",                            # no "will be"
]
READ += [   # words46 (s39): "What time works for you?" «…travaille pour toi ?»; a new job's start date «départ»
    ("What time works for you?", "What time are you free?"),
    ("What time works for you tomorrow?", "What time are you free tomorrow?"),
    ("Let me know what time works for you.", "Let me know what time you are free."),
    ("Please tell me what time works for you on Friday.", "Please tell me what time you are free on Friday."),
    ("What is your start date?", "What is your first day?"),
    ("My start date is the first of March.", "My first day is the first of March."),
]
LEFT += ["What time works best for you?", "The machine works for you.", "What day works for you?",
         "The start date of the course is in May.", "We start dates with a walk."]

# long45 (s39): "to volunteer" as a verb → «je bénévole», «se porte volontaire»; "work as a volunteer"
READ += [
    ("Every Saturday I volunteer at the food bank.", "Every Saturday I work as a volunteer at the food bank."),
    ("If you want to volunteer with us, send an email.", "If you want to work as a volunteer with us, send an email."),
    ("My wife volunteers at the library.", "My wife works as a volunteer at the library."),
    ("She volunteers at the hospital on Fridays.", "She works as a volunteer at the hospital on Fridays."),
    ("My brother volunteered at the festival.", "My brother worked as a volunteer at the festival."),
    ("I started volunteering at the hospital.", "I started working as a volunteer at the hospital."),
    ("Although volunteering takes a lot of my time, I like it.",
     "Although voluntary work takes a lot of my time, I like it."),
    ("Volunteering is a good way to meet people.", "Voluntary work is a good way to meet people."),
]
LEFT += ["The volunteers at the shelter are kind.", "I volunteer to help.", "She volunteered to drive.",
         "We need a volunteer at the desk.", "Many volunteers in the town help.", "He is volunteering today."]

READ += [   # a record that is a list (senses49, s39)
    ("He keeps a record of all his expenses.", "He keeps a list of all his expenses."),
    ("We kept a record of the costs.", "We kept a list of the costs."),
]
LEFT += ["The record of the meeting is online.", "It is a record of the meeting."]   # (senses49, s39)
READ += [   # words47 (s39): "an update on the project" «un investissement…»; "what day works best" «fonctionne…»
    ("Can you send me an update on the project?", "Can you send me news about the project?"),
    ("Can you give me an update on the order?", "Can you give me news about the order?"),
    ("Any update on my order?", "Any news about my order?"),
    ("Is there any update about the repairs?", "Is there any news about the repairs?"),
    ("What day works best for you?", "What day are you free?"),
    ("Let me know what day works best for you.", "Let me know what day you are free."),
    ("Which day works best for you?", "What day are you free?"),
]
LEFT += ["Thanks for the update.", "Please update the list.", "The update on my phone failed.",
         "That day works best for you, I think."]
READ += [   # the accounts department; a mail forwarded (fix51, s39)
    ("I called the accounts department this morning.", "I called the accounting service this morning."),
    ("I forwarded the invoice to my manager.", "I sent the invoice to my manager."),
    ("She forwarded me the message yesterday.", "She sent me the message yesterday."),
]
LEFT += ["Please forward this email to the team.", "My forwarded address is on the form."]   # (fix51, s39)
READ += [   # a team one managed (fix55, s40; measure53): «j'ai réussi une équipe»
    ("In my last job I managed a team of six people.", "In my last job I was in charge of a team of six people."),
    ("She managed the restaurant for ten years.", "She was in charge of the restaurant for ten years."),
    ("We managed a small hotel in Nice.", "We were in charge of a small hotel in Nice."),
    ("He manages a team of twenty engineers.", "He is in charge of a team of twenty engineers."),
]
LEFT += ["I managed to find a taxi.", "They managed to open the door.", "We managed."]   # (fix55, s40)
READ += [   # senses59 (s41): a shop one runs («Elle court un petit café.»); a night shift («le tour de nuit»)
    ('She runs a small café.', 'She manages a small café.'),
    ('My uncle runs a restaurant in Lyon.', 'My uncle manages a restaurant in Lyon.'),
    ('He ran a shop for twenty years.', 'He directed a shop for twenty years.'),
    ('She is running a small hotel.', 'She is managing a small hotel.'),
    ('My parents ran a small hotel in Nice.', 'My parents managed a small hotel in Nice.'),
    ('I work the night shift.', 'I work at night.'),
    ('He is on the night shift this week.', 'He is working at night this week.'),
]
LEFT += [   # (senses59, s41)
    'I ran to the shop.',
    'He runs the family business.',
    'She runs every morning.',
    'I run a small shop.',
]
READ += [
    ("Send me your resume.", "Send me your CV."),
    ("I updated my résumé.", "I updated my CV."),
    ("We read their resumes.", "We read their CVs."),
]   # british60 (s41): British and American everyday words
LEFT += ["We resume work on Monday.", "Talks will resume tomorrow."]   # (british60, s41)
