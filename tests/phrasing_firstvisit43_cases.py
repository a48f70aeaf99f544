"""Cases of a first visitor's phrases (firstvisit43.py, measure43, s37), read by tests/unit/test_phrasing.py with the
other tables' cases: "…and a café on the top floor." had come out «…un café sur le sol.»."""

READ = [   # (typed, read): each entry of firstvisit43.PHRASES read at least once
    ("We live on the top floor.", "We live on the last floor."),
    ("Our office is on the top floor.", "Our office is on the last floor."),
    ("I saw the job advertised on your website.", "I saw the job offer on your website."),
    ("I read about the position that was advertised online.", "I read about the job offer online."),
    ("I am writing about the position advertised last week.", "I am writing about the job offer last week."),
    ("The position advertised requires three years of experience.", "The job offer requires three years of "
     "experience."),
    ("Half of the candidates passed.", "Half of the candidates succeeded."),
    ("She studied a lot and she passed.", "She studied a lot and she succeeded."),
    ("Only half of the class passed this year.", "Only half of the class succeeded this year."),
    ("Please water the plants while I am away.", "Please water the plants during my absence."),
    ("While we're away, the cat stays with Anna.", "During our absence, the cat stays with Anna."),
    ("Who will feed the dog while you are away?", "Who will feed the dog during your absence?"),
    ("While he is away, I work alone.", "During his absence, I work alone."),
    ("While she's away, her brother runs the shop.", "During her absence, her brother runs the shop."),
    ("Water the plants while they are away.", "Water the plants during their absence."),
    ("a café that is cheap and is open on Sundays", "a café that is cheap and that is open on Sundays"),
    ("Is there a pharmacy nearby that is open late?", "Is there a pharmacy nearby that is open until late?"),
    ("The kids went to bed while we washed the dishes.", "The kids went to bed while we did the dishes."),
    ("The rent includes heating and electricity.", "The rent includes the heating and the electricity."),
    ("The price covers heating, water and internet.", "The price covers the heating, water and Internet."),
]

LEFT = [   # look-alikes that stay as typed
    "He works at the top of the floor.",                    # not the top floor
    "The job was advertised in May.",                       # not "the job advertised"
    "Time passed and the students grew older.",             # time passing
    "She passed the exam.",                                 # the exam named: sense_mends.py mends «passé l'examen»
    "The bus passed and the students waved.",               # no end after it: "passed and" with no exam…
    "He passed away last year.",                            # no exam
    "While I am away from home, I miss my dog.",            # away from a place
    "I'm looking for a hotel that is quiet and is close to the station.",  # read so: «…et c'est près…»
    "The supermarket is open late on Fridays.",             # «ouvert tard le vendredi» as typed
    "I washed the dishes after dinner.",                    # «J'ai lavé la vaisselle» as typed
    "The heating is on.",                                   # with its article
]
