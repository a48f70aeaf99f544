"""Cases of the school phrases (school and university, exams, teachers, children's clubs, languages and libraries),
read by tests/unit/test_phrasing.py with the other tables' cases: "I'll drop the kids off at school." had come out "Je
vais abandonner les enfants à l'école."; read "I'll take the kids to school.": "Je vais emmener les enfants à
l'école."."""

READ = [   # (typed, read): each entry of school.PHRASES read at least once
    ('What time does school finish today?', 'What time does school end today?'),
    ('School finishes at half past three.', 'School ends at half past three.'),
    ('I have a maths exam tomorrow morning.', 'I have an exam in maths tomorrow morning.'),
    ("He got straight A's this year.", 'He got excellent grades this year.'),
    ('She got straight As in her final year.', 'She got excellent grades in her final year.'),
    ("I'm revising for my finals.", "I'm studying for my final exams."),
    ('Do you want to revise together?', 'Do you want to study together?'),
    ("I'm cramming for tomorrow's test.", "I'm studying hard for tomorrow's test."),
    ("I'm doing a degree in economics.", "I'm studying economics at university."),
    ('My brother is doing a degree in computer science.', 'My brother is studying computer science at university.'),
    ('When is the graduation ceremony?', 'When is the diploma ceremony?'),
    ('Congratulations on your graduation!', 'Congratulations for your diploma!'),
    ('After graduation I want to travel.', 'After finishing university, I want to travel.'),
    ('After graduation, she moved to London.', 'After finishing university, she moved to London.'),
    ("I'm graduating next June.", "I'll get my diploma next June."),
    ("He's graduating from Harvard next year.", "He'll get his diploma from Harvard next year."),
    ("She's graduating in June.", "She'll get her diploma in June."),
    ('My major is biology.', 'My main subject is biology.'),
    ('I applied to five universities.', 'I sent applications to five universities.'),
    ('He got into Cambridge!', 'He was accepted at Cambridge!'),
    ('They got into university.', 'They were accepted at university.'),
    ('My French is a bit rusty.', 'My French is not as good as before.'),
    ('I need to brush up on my German.', 'I need to improve my German.'),
    ("She's brushing up on her Spanish before the trip.", "She's improving her Spanish before the trip."),
    ('He brushed up on his French.', 'He improved his French.'),
    ('She picked up Portuguese very quickly.', 'She learned Portuguese very quickly.'),
    ('I signed up for an evening course in photography.', 'I registered for an evening course in photography.'),
    ('The head teacher wants to see you.', 'The headmaster wants to see you.'),
    ('We have a supply teacher today.', 'We have a replacement teacher today.'),
    ("He's a substitute teacher this week.", "He's a replacement teacher this week."),
    ("She's a lecturer in sociology.", 'She teaches sociology at the university.'),
    ("I'm a lecturer in physics.", 'I teach physics at the university.'),
    ('Teachers are underpaid.', 'Teachers are poorly paid.'),
    ('I think I aced the test!', 'I think I did very well on the test!'),
    ('I totally flunked the exam.', 'I totally failed the exam.'),
    ('The test was a piece of cake.', 'The test was very easy.'),
    ('We have a pop quiz in biology.', 'We have a surprise test in biology.'),
    ('I still have to grade the essays.', 'I still have to correct the essays.'),
    ('Have you graded the papers yet?', 'Have you corrected the papers yet?'),
    ("She's grading the exams this weekend.", "She's correcting the exams this weekend."),
    ("She's top of her class.", "She's the best in her class."),
    ('My son is struggling with maths.', 'My son is having difficulties with maths.'),
    ('My grades are slipping.', 'My grades are getting worse.'),
    ('I need to get my grades up.', 'I need to improve my grades.'),
    ("He's repeating a year.", "He's repeating the year."),
    ('She skipped a grade.', 'She skipped a year.'),
    ('I got my report card today.', 'I got my school report today.'),
    ('Class starts at nine sharp.', "The class starts at exactly nine o'clock."),   # times.py: "nine sharp" (fix50)
    ('Break time is at half past ten.', 'The break is at half past ten.'),
    ('Lectures are cancelled this week.', 'Classes are cancelled this week.'),
    ('Fingers crossed for your results.', 'I hope your results will be good.'),
    ('Fingers crossed for your exam!', 'I hope your exam goes well!'),
    ("I'll drop the kids off at school.", "I'll take the kids to school."),
    ('I dropped the children off at school.', 'I took the children to school.'),
    ('My kids are on half-term this week.', 'My kids are on holiday this week.'),
    ('Did you sign the permission slip?', 'Did you sign the consent form?'),
    ('She needs a new pencil case.', 'She needs a new pencil box.'),
    ("She's going to a coding camp this summer.", "She's going to a programming camp this summer."),
    ('I teach kids from six to eleven.', 'I teach kids from six to eleven years old.'),
    ('My library books are overdue.', 'My library books are late.'),
    ('The book is checked out.', 'The book has been borrowed.'),
    ('All these books are checked out.', 'All these books have been borrowed.'),
    ("I'm on a gap year.", "I'm taking a year off."),
    ('She took a gap year before university.', 'She took a year off before university.'),
    ('I live in student halls.', 'I live in a student residence.'),
    ('She lives in halls of residence.', 'She lives in a student residence.'),
    ('The canteen food is awful.', 'The cafeteria food is awful.'),
    ('Do you get student discount here?', 'Do you get a discount for students here?'),
    ('I pulled an all-nighter before the exam.', 'I stayed up all night before the exam.'),
    ("We'll have to pull an all-nighter for this report.", "We'll have to stay up all night for this report."),
    ('My brain is fried.', 'I am exhausted.'),
    ('My roommate is really messy.', 'My roommate is really disorganized.'),
    ("He's messy.", "He's disorganized."),
    ('Are you going to uni next year?', 'Are you going to university next year?'),
    ('I was hopeless at maths at school.', 'I was very bad at maths at school.'),
    ("We're dreading next week's test.", "We're afraid of next week's test."),
    ('She won the spelling bee.', 'She won the spelling contest.'),
    ('Sports day is on Friday.', 'The sports day is on Friday.'),
    ('Homework should be banned.', 'We should ban homework.'),
]

LEFT = [   # looks like one, but is not
    "He's as straight as an arrow.",                      # not a mark
    "There's a maths exam tomorrow.",                     # "Il y a un examen de maths" as it was
    'I have a maths test tomorrow.',                      # "un examen de maths" as it was
    'The team played well in the finals.',                # a sport's finals
    'We are revising the bill.',                          # a bill revised, not an exam
    'Two years after graduation day, she left.',          # the day itself
    'Our school has a new headteacher.',                  # "un nouveau directeur" as it was
    'Honestly, my French is a little rusty.',             # "un peu rouillé" as it was
    'He should brush up on environmental diplomacy.',     # a subject, not one's own skill
    'She picked up French bread on the way home.',        # bread, not a language
    'He flunked out of college in his second year.',     # left it, not an exam failed
    'I ate a piece of cake.',                             # a cake eaten
    'The government got its report card on poverty.',     # a government's report card (Hansard)
    'Our canteen ran out of water on the hike.',         # a flask
    "Let's pull an all-nighter tonight.",                 # "Faisons une nuit blanche." as it was
    'Can you drop the kids off at school?',               # "déposer les enfants" as it was
    'We got into Cambridge late at night.',               # arrived in the town
    'Have you applied to any universities?',              # "any" read "toutes", all of them
    'We drove the kids from Paris to Lyon.',              # places, not ages
    'I signed up for the newsletter.',                    # no course
    "She's struggling with her suitcase.",                # no school subject
    'My room is messy.',                                  # a room, not a person
    'They have a right to uni-denominational schools.',   # not a university (Hansard)
    'He is hopeless at keeping secrets.',                 # no school subject
]
LEFT += [   # other senses a demo visitor typed (hunt2, s28)
    "There's a piece of cake.",                             # a real cake ("Il y a très facile" when read)
    "Here's a piece of cake.",
    'We got into Cambridge on the train.',                  # the town
    'I got into college football when I was young.',        # a sport, not an admission
    'He got into university politics.',
    'Their finals are on Saturday, and the team is ready.',   # a team's finals are matches
    "He's a lecturer in the army.",                         # no field: "He teaches the at the university army."
    "I'm a lecturer in the history department.",
]

READ += [   # words33 (s32): "sign up" (base form) came out «signer»; "get registered": «être inscrit»
    ("Can you send me the link so I can sign up before the end of the week?",
     "Can you send me the link so I can get registered before the end of the week?"),
    ("I want to sign up for the yoga class.", "I want to get registered for the yoga class."),
    ("Can I sign up for the course online?", "Can I get registered for the course online?"),
]
LEFT += ["Can we sign up at the door?", "We need to sign up new members.", "Sign up here."]
READ += [   # a first visitor's readings (measure38, s35)
    ("She has been learning to play the guitar for three years.",      # then school.py: "learns … since"
     "She learns the guitar since three years."),
    ("Our kids start school again on Monday.", "Our kids go back to school on Monday."),
    ("The kids are starting school again tomorrow.", "The kids are going back to school tomorrow."),
    ("She starts school again in September.", "She goes back to school in September."),
    ("My son started school again last week.", "My son went back to school last week."),
]
LEFT += [   # (measure38, s35)
    "He has been learning to play for years.",
    "Let's start again from the beginning.",
]
READ += [   # a first visitor's readings (measure39, s36)
    ("She has been learning Spanish for two years because she wants to move to Madrid.",
     "She learns Spanish since two years because she wants to move to Madrid."),
    ("I've been learning the piano since January.", "I learn the piano since January."),
    ("He's been learning German since last summer.", "He learns German since last summer."),
    ("He failed his math exam.", "He failed his math test."),
]
LEFT += [   # (measure39, s36)
    "She has been learning to drive for two months.",
]
READ += [   # a first visitor's readings (measure40, s36)
    ("I didn't have enough time to revise this year.", "I didn't have enough time to study this year."),
    ("She spent all weekend revising at home.", "She spent all weekend studying at home."),
]
READ += [   # a first visitor's readings (measure43, s37)
    ("Half of the candidates passed.", "Half of the candidates succeeded."),
    ("She studied a lot and she passed.", "She studied a lot and she succeeded."),
    ("Only half of the class passed this year.", "Only half of the class succeeded this year."),
]
LEFT += [   # (measure43, s37)
    "Time passed and the students grew older.",             # time passing
    "She passed the exam.",                                 # the exam named: mends/senses.py mends «passé l'examen»
    "The bus passed and the students waved.",               # no end after it: "passed and" with no exam…
    "He passed away last year.",                            # no exam
]
READ += [   # a first visitor's readings (measure47, s38)
    ("The future tense is easy.", "The future is easy."),
    ("I mix up the present tense and the past tense.", "I mix up the present and the past."),
    ("I just started learning Italian.", "I have just begun to learn Italian."),
    ("He just started learning the guitar.", "He has just begun to learn the guitar."),
]
LEFT += [   # (measure47, s38)
    "He was tense before the exam.",                        # nervous, not a verb's tense
    "The teacher returned the corrected tests.",            # a teacher's marking
    "She started learning French last year.",               # no "just"
]
READ += [   # reading aloud (left53, s40): «…de lire le poème.» (aloud lost)
    ("The teacher asked me to read the poem aloud.", "The teacher asked me to read the poem in a high voice."),
    ("She read the letter aloud to her grandmother.", "She read the letter in a high voice to her grandmother."),
    ("The children take turns reading aloud in class.", "The children take turns reading in a high voice in class."),
    ("Can you read aloud the first page?", "Can you read the first page in a high voice?"),
    ("I like to read aloud when I am alone.", "I like to read in a high voice when I am alone."),   # «un nuage»
    ("The children read aloud and the teacher listened.",
     "The children read in a high voice and the teacher listened."),
]
# ("Don't say it aloud.", "He was thinking aloud." were LEFT here, "in a high voice" untried: read now, left54)
READ += [   # an exam moved to a day (long48, s40; «a été déménagé/emménagé mercredi»)
    ("The exam has been moved to Wednesday because the teacher is ill.",
     "The exam is now on Wednesday because the teacher is ill."),
    ("Our English test was moved to Friday.", "Our English test is now on Friday."),
    ("The maths exam is moved to Monday.", "The maths exam is now on Monday."),
]
LEFT += ["The exam was moved to another room."]   # a place, not a day (long48, s40)
READ += [   # an exchange student; say or think aloud (left54, s40; «étudiante en Espagne», «Ne le dites pas aloud»)
    # (left55, s41: "a student in exchange" now, «C'était un programme d'échange étudiant…» read as before)
    ("My sister is an exchange student in Spain.", "My sister is a student in exchange in Spain."),
    ("The exchange student lives with our family.", "The student in exchange lives with our family."),
    ("Our school welcomes exchange students every spring.",
     "Our school welcomes students on an exchange programme every spring."),
    ("Don't say it aloud.", "Don't say it in a high voice."),
    ("He was thinking aloud.", "He was thinking in a high voice."),
    ("She said the answer aloud.", "She said the answer in a high voice."),
    ("Please don't say his name aloud.", "Please don't say his name in a high voice."),
]
LEFT += ["The exchange rate is good today.", "Say it again, please."]   # (left54, s40)
READ += [   # a dissertation; an exchange student (left55, s41: «J'écris ma dissertation.», «un programme d'échange
    # étudiant»)
    ("I am writing my dissertation.", "I am writing my thesis."),
    ("She defended her dissertation last week.", "She defended her thesis last week."),
    ("His dissertation is about French history.", "His thesis is about French history."),
    ("She was an exchange student in Canada.", "She was a student in exchange in Canada."),
    ("Our exchange student comes from Brazil.", "Our student in exchange comes from Brazil."),
]
LEFT += ["Their dissertations are long."]   # (left55) «Ils sont longs.» read "theses"
READ += [   # vocab56 (s41): studying nursing («étudie l'infirmière»)
    ("My sister is studying nursing.", "My sister is studying to be a nurse."),
    ("She studied nursing in Paris.", "She studied to be a nurse in Paris."),
]
LEFT += ["She works in a nursing home."]   # (vocab56) not the subject
READ += [   # senses59 (s41): a school's mark as a brand's: «une bonne marque en maths»
    ('I got a good mark in maths.', 'I got a good grade in maths.'),
    ('He got a bad mark for his essay.', 'He got a bad grade for his essay.'),
    ('My son got the best mark in the class.', 'My son got the best grade in the class.'),
    ('I got a low mark on the test.', 'I got a low grade on the test.'),
]
LEFT += ['There is a black mark on the wall.', 'He left a bad mark on the table.']   # (senses59, s41)
READ += [   # senses59 (s41): a gym or PE lesson had («Nous avons des gym mardi.»)
    ('We have gym on Tuesday.', 'We have sport on Tuesday.'),
    ('We have PE on Tuesday.', 'We have sport on Tuesday.'),
    ('The kids have PE today.', 'The kids have sport today.'),
]
LEFT += ['We have a gym in the basement.', 'She has gym shoes.', 'They have gym membership.']   # (senses59, s41)
READ += [   # vocab58 (s41): «le drame», «des cours dramatiques», «le club dramatique» as typed
    ("She studies drama at school.", "She studies theatre at school."),
    ("I take drama classes on Fridays.", "I take theatre classes on Fridays."),
    ("He joined the drama club.", "He joined the theatre club."),
]
LEFT += ["Our drama teacher is very funny.", "The film is a drama about a family."]   # (vocab58, s41)


READ += [
    ("The headteacher wants to see you.", "The principal wants to see you."),
    ("All the headteachers met on Monday.", "All the principals met on Monday."),
    ("The summer term ends in July.", "The summer trimester ends in July."),
    ("The autumn terms are long.", "The autumn trimesters are long."),
]   # british60 (s41): British and American everyday words
LEFT += ["He served a second term as mayor.", "In the long term, prices will fall."]   # (british60, s41)


READ += [   # colloc60 (s41): an exam being taken («Je prends un examen demain.»)
    ("I'm taking an exam tomorrow.", "I have an exam tomorrow."),
    ("He is taking the driving test on Monday.", "He has the driving test on Monday."),
    ("We're taking a test on Friday.", "We have a test on Friday."),
    ("She took the exam twice.", "She did the exam twice."),
]
LEFT += ["I'm taking a test drive.", "She took the test results to the doctor.",   # (colloc60, s41)
         "My brother is taking his exams next month."]
