"""Cases of the arts and hobbies phrases (music, films and series, theatre, museums, books, painting, photography,
dancing, crafts), read by tests/unit/test_phrasing.py with the other tables' cases: "The drummer was amazing last
night." had come out "Le drumeau était incroyable…"; read "The percussionist…": "Le percussionniste…"."""

READ = [   # (typed, read): each entry of arts.PHRASES read at least once
    ('My son takes violin lessons every Tuesday.', 'My son takes violin classes every Tuesday.'),
    ('I have a violin lesson after school.', 'I have a violin class after school.'),
    ('Can you send me the playlist from the party?', 'Can you send me the list of songs from the party?'),
    ('I made two playlists for the trip.', 'I made two lists of songs for the trip.'),
    ('The drummer was amazing last night.', 'The percussionist was amazing last night.'),
    ('The lead singer lost his voice.', 'The main singer lost his voice.'),
    ('I saw them live in 2019.', 'I saw them in concert in 2019.'),
    ('My piano teacher says I need to practise more.', 'My piano teacher says I need to practice more.'),
    ('I practise for an hour every evening.', 'I practice for an hour every evening.'),
    ('She practises the violin after dinner.', 'She practices the violin after dinner.'),
    ('We sing in a choir and we need to practise.', 'We sing in a chorale and we need to practice.'),
    ("Don't tell me what happens, no spoilers!", "Don't tell me what happens, don't tell me the end!"),
    ('We watched three episodes in a row.', 'We watched three episodes one after the other.'),
    ("I'm binge-watching a new series.", "I'm watching all the episodes of a new series."),
    ("Two tickets for the eight o'clock showing, please.", "Two tickets for the eight o'clock session, please."),
    ('Is there a 9 pm showing?', 'Is there a 9 pm session?'),
    ('The plot of the film is hard to follow.', 'The story of the film is hard to follow.'),
    ('The plot was too predictable.', 'The story was too predictable.'),
    ('The season finale was shocking.', 'The last episode of the season was shocking.'),
    ('The finale is on Sunday.', 'The last episode is on Sunday.'),
    ('My favourite show is a cooking competition.', 'My favourite show is a cooking contest.'),
    ('Our seats are in the stalls.', 'Our seats are in the orchestra.'),
    ('The rehearsal went really well.', 'The repetition went really well.'),
    ('Opening night is next Thursday.', 'The première is next Thursday.'),
    ('The musical was fantastic.', 'The musical show was fantastic.'),
    ('The painting is hanging in the living room.', 'The painting is hung in the living room.'),
    ("They're making a sequel.", "They're making a second part."),
    ('We bought tickets online to skip the queue.', 'We bought tickets online to avoid the waiting line.'),
    ('The exhibition is about ancient Egypt.', 'The exhibition talks about ancient Egypt.'),
    ("I couldn't put it down.", "I couldn't stop reading it."),
    ("I've taken up painting.", "I've started painting."),
    ('She took up photography last year.', 'She started photography last year.'),
    ('He drew a portrait of his grandmother.', 'He made a portrait of his grandmother.'),
    ('He drew a picture of a cat.', 'He did a drawing of a cat.'),
    ('I love sketching in the park.', 'I love drawing in the park.'),
    ('I edit my photos on my laptop.', 'I work on my photos on my laptop.'),
    ('She edits her pictures on her phone.', 'She works on her pictures on her phone.'),
    ('He edited all the photos.', 'He worked on all the photos.'),
    ("I'm editing my photos.", "I'm working on my photos."),
    ('I have two left feet.', 'I dance very badly.'),
    ('She has two left feet.', 'She dances very badly.'),
    ("I've got into baking bread.", 'I have started making bread.'),
    ('I love baking cakes.', 'I love making cakes.'),
    ('I collect old vinyl records.', 'I collect old vinyl discs.'),
    ('He plays chess online every evening.', 'He plays chess on the internet every evening.'),
    ('We play board games on Friday nights.', 'We play table games on Friday nights.'),
    ("What's your favorite board game?", "What's your favorite table game?"),
    ('The venue is near the station.', 'The place is near the station.'),
    ('The concert was great but the venue was too small.', 'The concert was great but the place was too small.'),
    ('The band played an encore.', 'The band played one more song.'),
    ('They played two encores.', 'They played two more songs.'),
    ('Can you turn it up, I love this song!', 'Can you turn up the volume, I love this song!'),
    ("I'd like to book two seats for the matinee.", "I'd like to reserve two seats for the afternoon performance."),
    ("I didn't get the ending.", "I didn't understand the ending."),
    ('The film got great reviews.', 'The film got very good critiques.'),
    ('I usually read the reviews before I go.', 'I usually read the critiques before I go.'),
    ("The band's new single is on the radio all the time.",
     "The group's new song is on the radio all the time."),
    ('The play lasts three hours with an interval.', 'The play lasts three hours with a break.'),
    ('The concert was long, so we had a drink at the interval.',
     'The concert was long, so we had a drink during the break.'),
    ('We left at the interval.', 'We left during the break.'),
    ('I joined a book club.', 'I joined a reading club.'),
    ('We had front row seats.', 'We had seats in the first row.'),
    ('Their new album comes out next month.', 'Their new album is coming out next month.'),
    ('It started raining halfway through.', 'It started raining in the middle.'),
    ("I'm not much of a reader.", "I don't read much."),
    ("I'm not much of a dancer.", "I don't dance much."),
    ('He sings in a choir.', 'He sings in a chorale.'),
]

LEFT = [   # only looks like an arts phrase: left as typed
    'Tom is a great drummer.',   # came out right: "batteur"
    'I remember practising law with respect to young offenders.',   # a trade's: had lost "practising law"
    'Consequently it is rarely practised.',   # had been read "pratique", the adjective
    'I am showing you the meaning of the abuse.',   # "am" is no clock time
    'The police foiled the plot.',   # a conspiracy
    'The film studio bought a plot of land.',
    'The film is about two hours long.',   # an amount
    'I am baking bread.',   # came out right: "…en train de cuire du pain."
    'We play cards online with friends.',   # came out right: "…en ligne…"
    "The chief and council have mismanaged the band's finances.",   # a First Nations band: "la bande"
    'In the interval, we are in a real problem.',   # meanwhile
    'I used to sing in the choir.',   # came out right: "…dans la chorale."
    'They want to see them live in peace.',
    'He took up arms.',
    'The musical score was lovely.',
    "I am proud the opening night for this year's celebrations were held at the school.",
    'Our horses are in the stalls.',
    "I don't get the point.",   # came out right: "Je ne comprends pas l'argument."
    'The show got bad reviews.',   # "bad critiques" came out worse
]

# hunt29b: arts readings that had fired where the phrase means something else, each read wrong on main
LEFT += [
    'The movie is about to start.',   # had come out "Le film parle de démarrer."
    'The film is about ninety minutes long.',   # had come out "Le film parle de quatre-vingt-dix minutes…"
    "The show is about over, so let's go.",
    'The book is about as good as the first one.',
    'The show is about to begin and we still have to find our seats.',
    'I\'d like to see them live at home with us.',   # "vivre à la maison" had been lost
    'He was late showing up for work again.',   # had been read "late session up"
    'She was early showing her new car to the neighbours.',
    'I read about the plot against the president.',   # a conspiracy: "against" had been lost
    'The finale of the fireworks was the best part.',   # had come out "La dernière épisode des feux…"
    'The orchestra played the finale beautifully.',
    "I didn't get the movie tickets because they were sold out.",   # had come out "…pas compris les billets…"
    "I don't get the end of year bonus this time.",
    "The last single room was already taken, so we're out of luck.",   # had come out "La dernière salle de chanson…"
    "She's a new single mum and she listens to the radio all day.",   # had come out "…une nouvelle chanson…"
    'The heater is too low, turn it up, the radio says it will snow.',   # had come out "…le volume de la radio…"
    "We've got into Beijing at last.",   # had come out "Nous avons commencé à Pékin…"
    "I've got into nothing but trouble.",
    'The men took up the piano to the second floor.',   # had come out "…ont commencé le piano…"
    "We watched three episodes in a row last night, and now I'm tired.",   # had come out "…après l'autre soir…"
    'The Drummer is the name of the pub where we met.',   # a name
    'The plot is too small for a house.',   # ground, not a story
    'We left at the interval between the two meetings.',
    'He has taken up cycling to work since the bus strike.',   # had come out "…s'est mis à applaudir pour travailler…"
]
READ += [
    ('The series is about the plot to overthrow the king.', 'The series talks about the plot to overthrow the king.'),
    ("It's freezing in here, can you turn it up while I put some music on?",   # the heating, not the volume
     "It's very cold in here, can you turn it up while I put some music on?"),
]

READ += [   # words30 (s30): a film's trailer ("le piège", "le traître"), a success at the box office ("au bureau de la
    # boîte"), said "the first images" ("les premières images du film") and "a commercial success" ("un succès
    # commercial")
    ("Have you seen the trailer for the new film?", "Have you seen the first images for the new film?"),
    ("They released the first trailer of the series yesterday.",
     "They released the first images of the series yesterday."),
    ("The film's trailer looks great.", "The film's first images looks great."),
    ("The film was a big success at the box office.", "The film was a big commercial success."),
    ("It was a success at the box office.", "It was a commercial success."),
]
LEFT += [   # a towed trailer, left as typed
    "The trailer was parked outside the cinema.", "He hooked the trailer to his car.", "They live in a trailer park.",
    "The trailer for the boat is in the garage.",   # no film said
]

READ += [   # an actor's role after "who"; the Air Force in lower case
    ('Linda Gray, who played his wife in the original series, returned.',
     'Linda Gray, who played the role of his wife in the original series, returned.'),
    ('Who played his wife?', 'Who played the role of his wife?'),
    ('The actress who played his mother died.', 'The actress who played the role of his mother died.'),
    ('He later served in the Air Force.', 'He later served in the air force.'),
]
LEFT += [
    'The boy who played the piano is my son.',
    'He played his wife in the film.',
    'He served in the Royal Air Force.',
    'The girl who played a game with us left.',
    'Who played the villain in the film?',
]

READ += [   # demo probe demo30 (s30): "I think this film is overrated." → "…est surmonté."
    ("I think this film is overrated.", "I think this film is not as good as people say."),
    ("This restaurant is really overrated.", "This restaurant is really not as good as people say."),
    ("It's overrated.", "It's not as good as people say."),
]
LEFT += ["The overrated film won an award."]

# long45 (s39): a band that plays «la bande» (a gang, a strip); "the group": «le groupe»
READ += [
    ("Everybody was tired before the band started playing at the wedding.",
     "Everybody was tired before the group started playing at the wedding."),
    ("The tickets were expensive, but the band played for two hours.",
     "The tickets were expensive, but the group played for two hours."),
    ("The party was great because the band was playing our favourite songs.",
     "The party was great because the group was playing our favourite songs."),
    ("When the band came on stage, the crowd cheered.", "When the group came on stage, the crowd cheered."),
]
LEFT += ["The band played a part in the negotiations at the concert.",   # a role, not music
         "The band started a new school.",                               # no music nor party
         "She wore a band in her hair to the party."]
READ += [   # a first visitor's readings (measure52, s40): "…about ancient Egypt…" had come out «…l'ancienne ancienne…»
    ("We enjoyed the exhibition about ancient Egypt.", "We enjoyed the exhibition about old Egypt."),
    ("She wrote a book on ancient Egypt.", "She wrote a book on old Egypt."),
]
LEFT += ["These statues come from ancient Egypt."]   # (measure52, s40): «…de l'ancienne Egypte.» as typed
READ += [   # romance novels and films (vocab61, s41): «les romans de romancière», «les films de romance» as typed
    ("She likes romance novels.", "She likes sentimental novels."),
    ("My mother reads a romance novel every week.", "My mother reads a sentimental novel every week."),
    ("I don't watch romance movies.", "I don't watch romantic movies."),
    ("She likes romance films.", "She likes romantic films."),
]
LEFT += ["They had a summer romance."]   # (vocab61, s41)
