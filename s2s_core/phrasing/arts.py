"""Phrases of music, films and series, theatre, museums, books, painting, photography, dancing and hobbies read in words
the model knows.

The model learnt its English from Tatoeba and the Hansards, where a "drummer", a "playlist" or a "rehearsal" are rare
and "critics", "reviews" or "the plot" belong to debates: "The drummer was amazing last night." came out "Le drumeau
était incroyable…", "My son takes violin lessons…" "…des leçons de viol…", "The rehearsal went really well." "La
remède s'est vraiment bien passée.". Each phrase below is read as a paraphrase the model translates right, only in the
frame where it speaks of the arts or a hobby; each was kept only where no sentence of the corpus that it matched came
out worse.
"""

from __future__ import annotations

from .common import AT_END

# a line about a film, a book, a show or a song: where "the plot", "reviews" or "is about" are the story's
_WORK = (r"(?=.*\b(?:films?|movies?|books?|novels?|series|shows?|episodes?|seasons?|plays?|musicals?|albums?|songs?|"
         r"exhibitions?|documentar(?:y|ies)|stor(?:y|ies)|thrillers?|comedy|sitcom|cinema|theatre|theater|read|"
         r"reading|watch|watched|watching|chapters?|author)\b)")
# a show one sits through: its interval is a break ("with an interval", "at the interval")
_STAGE = (r"(?=.*\b(?:play|plays|show|concert|opera|ballet|musical|theatre|theater|performance|film|movie|act|"
          r"cinema|stage|audience|curtain)\b)")
_HOBBY = (r"(painting|drawing|knitting|sewing|photography|pottery|dancing|singing|yoga|gardening|running|cycling|"
          r"swimming|climbing|baking|cooking|crochet|chess|the\s+(?:piano|guitar|violin|drums|cello|flute|saxophone|"
          r"trumpet|clarinet|harp|ukulele))")
# a number said in words, for an amount ("about ninety minutes")
_NUMBER = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)"
           r"teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)")
# nothing carried or gone somewhere after it ("He has taken up cycling to work" had come out "…s'est mis à applaudir
# pour travailler")
_NOT_CARRIED = r"(?!\s+(?:to|into|onto|upstairs|downstairs|from|up|the\s+stairs)\b)"
PHRASES = (   # music, films, theatre, museums, books, hobbies: (the phrase, where it means so; its paraphrase)
    # "My son takes violin lessons every Tuesday." → "…des leçons de viol…"; "violin classes": "des cours de violon"
    (r"\bviolin\s+lesson\b", "violin class"), (r"\bviolin\s+lessons\b", "violin classes"),
    # "Can you send me the playlist from the party?" → "…le joueriste de la fête ?"; "la liste des chansons"
    (r"\bplaylist\b", "list of songs"), (r"\bplaylists\b", "lists of songs"),
    # "The drummer was amazing last night." → "Le drumeau était…", "The drummer is late again." → "L'été est en
    # retard."; "percussionist": "Le percussionniste…"; opening a line only ("Tom is a great drummer.", "Their drummer
    # left" came out right: "batteur")
    (r"^the\s+(?-i:drummer)\b", "The percussionist"),   # not a name ("The Drummer is the name of the pub…")
    # "The lead singer lost his voice…" → "Le chanteur en plomb…"; "main singer": "Le chanteur principal…"
    (r"\blead\s+singer(s?)\b", r"main singer\1"),
    # "I saw them live in 2019." → "Je les ai vus vivre en 2019."; "in concert": "…vus au concert en 2019."; not "see
    # them live in dignity" (a year, a time or the clause's end after it), nor "see them live at home" (had lost
    # "vivre")
    (r"\b(see|saw|seen|seeing)\s+(them|him|her|it)\s+live\b(?=\s*(?:[.,;:!?]|$)|\s+(?:in\s+\d{4}|last|at(?!\s+"
     r"(?:home|peace|ease)\b)|twice|once|"
     r"three\s+times|several\s+times|many\s+times|this|next|on\s+stage)\b)", r"\1 \2 in concert"),
    # "My piano teacher says I need to practise more." → "…que j'ai besoin de faire plus.", "I practise for an hour…"
    # → "Je practise…"; the verb as America spells it ("m'entraîner davantage", "Je m'entraîne…")
    # the present only ("it is practised", "I practised" had been read "pratique", the adjective), before how much or
    # what is played, or at the clause's end in a line about music or dance: not "practise law", "recognize and
    # practise", "I could not practise" (a trade's)
    (r"\bpractis(e|es|ing)\b(?=\s+(?:more|less|every|each|a\s+lot|hard|daily|regularly|together|for"
     r"\s+(?:an?|one|two|three|half|\d+)\s+(?:hours?|minutes?|while)|the\s+(?:piano|guitar|violin|drums|cello|"
     r"flute|saxophone|trumpet|song|songs|scales|dance|steps))\b)", r"practic\1"),
    (rf"^(?=.*\b(?:piano|guitar|violin|drums|music|band|songs?|sing|singing|dance|dancing|choir|instruments?|"
     rf"concert|recital|lessons?)\b)(.*?)\bpractis(e|es|ing){AT_END}", r"\1practic\2"),
    # "Don't tell me what happens, no spoilers!" → "…aucun cuillère !"; "…ne me dis pas la fin !"
    (r"\bno\s+spoilers\b", "don't tell me the end"),
    # "We watched three episodes in a row." → "…dans une rangée."; "one after the other": "l'un après l'autre"
    # at the clause's end only ("We watched three episodes in a row last night…" had come out "…après l'autre soir")
    (rf"\bepisodes\s+in\s+a\s+row{AT_END}", "episodes one after the other"),
    # "I'm binge-watching a new series." → "J'ai une nouvelle série."; "Je regarde toutes les épisodes d'une…"
    (r"\bbinge[\s-]?watching\s+(a|an|the|this|that)\s+", r"watching all the episodes of \1 "),
    # "Two tickets for the eight o'clock showing, please." → "…pour l'exercice huit heures…"; a cinema's session
    # ("…pour la séance de huit heures…")
    # a clock time or a word of time before it: not "I am showing you…" (had been read "I am session you…"), nor a
    # verb's object or particle after it ("He was late showing up for work" had come out "…à la session du travail")
    (r"(\bo['’]clock|\d\s*(?:am|pm|[ap]\.m\.)|\b(?:evening|afternoon|late|early|matinee))\s+showing\b"
     r"(?!\s+(?:up|off|around|round|signs?|us|you|him|her|them|me|my|your|his|its|our|their|the|a|an|some|no)\b)",
     r"\1 session"),
    # "The plot is hard to follow." → "L'incapacité est difficile à suivre."; "the story": "L'histoire…"; a film's or
    # a book's, not a plot of land nor a conspiracy (nor a plot to do or against someone: "I read about the plot
    # against the president…" had lost "against": "J'ai lu l'histoire au président…")
    (rf"^(?!.*\b(?:land|garden|graves?|acres?|conspir\w*|murder|assassinat\w*|terror\w*|bomb\w*|coup|foiled|"
     rf"hatched|kill|police)\b){_WORK}(.*?)\b(the|its|this|that)\s+plot\b(?!\s+(?:to|against)\b)",
     r"\1\2 story"),
    # the plot judged, no film named ("The plot was too predictable." → "L'incapacité était trop prévisible.")
    # not a plot of ground ("The plot is too small for a house" had been read "The story…")
    (r"^(?!.*\b(?:land|garden|house|build\w*|acres?|square|met(?:re|er)s|feet|sale|sell|sold|bought|buy|farm\w*|"
     r"architect|vegetables?)\b)the\s+plot\b(?=\s+(?:is|was)\s+(?:too|so|very|really|a\s+bit|quite|hard|easy|"
     r"predictable|confusing|complicated|boring|weak|simple|silly|brilliant|clever|thin)\b)", "The story"),
    # "The finale is on Sunday." → "Le dernier est le dimanche."; "the last episode": "La dernière épisode…"
    (r"\bseason\s+finale\b", "last episode of the season"),
    # a series' only: not a concert's or fireworks' ("The finale of the fireworks…" had come out "La dernière épisode
    # des feux…", "The orchestra played the finale…" "…de la dernière épisode")
    (r"^(?!.*\b(?:orchestra|concert|fireworks?|symphony|opera|ballet|played|plays|play|playing|band|race|parade|"
     r"festival|gala|circus)\b)(.*?)\b(the|a|its|this)\s+finale\b(?!\s+of\b)", r"\1\2 last episode"),
    # "My favourite show is a cooking competition." → "…une concurrence bidon."; "un concours de cuisine"
    (r"\b(cooking|baking|singing|dance|dancing|talent|photo|photography|painting|drawing|poetry|writing|music|"
     r"piano|karaoke|quiz)\s+competition(s?)\b", r"\1 contest\2"),
    # "Our seats are in the stalls." → "Nos places sont dans les murs."; "in the orchestra": "dans l'orchestre"
    (rf"^(?!.*\b(?:market|horses?|stables?|cattle|cows?|shower)\b)(.*?)\bin\s+the\s+stalls{AT_END}",
     r"\1in the orchestra"),
    # "The rehearsal went really well." → "La remède s'est…"; "La répétition s'est vraiment bien passée."
    (r"\brehearsal(s?)\b", r"repetition\1"),
    # "Opening night is next Thursday." → "Ouvre la nuit est…"; "the première": "La première est jeudi prochain."
    # before "is"/"was" only ("…proud the opening night for this year's celebrations in Halifax were held…" lost it)
    (r"\b(?:the\s+)?opening\s+night\b(?=\s+(?:is|was|will\s+be)\b)", "the première"),
    # "The musical was fantastic." → "La musique était fantastique."; "the musical show": "Le spectacle musical…"; the
    # noun only (not "the musical score")
    (r"\b(the|a|this|that|our|their)\s+musical\b(?=\s*(?:[.,;:!?]|$)|\s+(?:was|is|were|are|has|had|starts|opens|"
     r"ends|lasts|tonight|last|in|at|on|about|with)\b)", r"\1 musical show"),
    # "The painting is hanging in the living room." → "Le tableau traîne dans le salon."; "is hung": "…est accroché…"
    (r"\b(painting|picture|portrait|poster|photo|photograph|mirror|print)\s+(is|was)\s+hanging\s+(in|on|above|over)\b",
     r"\1 \2 hung \3"),
    # "They're making a sequel." → "Ils font une sequel."; "a second part": "Ils font une seconde partie."
    (r"\b(a|the)\s+sequel\b", r"\1 second part"),
    # "We bought tickets online to skip the queue." → "…pour expulser la ligne d'attente."; "avoid": "éviter"
    (r"\bskip\s+the\s+(queue|line|waiting\s+line)\b", r"avoid the \1"),
    # "The exhibition is about ancient Egypt." → "L'exposition est à peu près ancienne."; "talks about": "parle de…"
    # not an amount ("The film is about two hours long", "…about ninety minutes long" had come out "Le film parle de
    # quatre-vingt-dix minutes"), nor "about to", "about over", "about as good" ("The movie is about to start" had
    # come out "Le film parle de démarrer")
    (r"\b(exhibition|exhibit|film|movie|book|novel|play|series|show|documentary|song|episode|musical|opera|album)\s+"
     r"(?:is|['’]s)\s+about\s+(?!\d|(?:to|as|over|done|finished|ready|right|halfway|half|several|"
     r"an?\s+(?:hour|half|minute|quarter|third|dozen|hundred|thousand|week|month|year|day|couple)|"
     rf"{_NUMBER})\b)",
     r"\1 talks about "),
    # "I couldn't put it down." (a book) → "Je n'ai pas pu le mettre."; "Je n'ai pas pu m'empêcher de le lire."
    (r"^(?=.*\b(?:books?|novels?|read|reading|thriller|chapters?|story|author)\b|\s*I\s+couldn['’]t\s+put\s+it\s+down"
     r"\s*[.!]?\s*$)(.*?)\b(couldn['’]t|could\s+not|can['’]t|cannot)\s+put\s+it\s+down\b", r"\1\2 stop reading it"),
    # "I've taken up painting." → "J'ai pris le coup de peinture."; "started": "J'ai commencé à peindre."
    # not carried up somewhere ("The men took up the piano to the second floor." had come out "…ont commencé le piano")
    (rf"\b(have|has|['’]ve|['’]s)\s+taken\s+up\s+{_HOBBY}\b{_NOT_CARRIED}", r"\1 started \2"),
    (rf"\btook\s+up\s+{_HOBBY}\b{_NOT_CARRIED}", r"started \1"),
    # "He drew a portrait of his grandmother." → "Il a lancé un portrait…"; "made": "Il a fait un portrait…"
    (r"\bdrew\s+(a|an|her|his|my|their)\s+(portrait|self-portrait|caricature)\b", r"made \1 \2"),
    (r"\bdrew\s+(?:a|an)\s+(?:picture|sketch)\s+of\b", "did a drawing of"),
    # "I love sketching in the park." → "J'adore couler dans le parc."; "drawing": "J'adore dessiner…"
    (r"\bsketching\b", "drawing"),
    # "I edit my photos on my laptop." → "J'ai mis mes photos…"; "work on": "Je travaille sur mes photos…"
    *((rf"\b{edit}\s+((?:my|your|his|her|our|their|the|all\s+my|all\s+the)\s+(?:photos|pictures|shots|videos))\b",
       rf"{work} on \1") for edit, work in (("edit", "work"), ("edits", "works"), ("edited", "worked"),
                                            ("editing", "working"))),
    # "I have two left feet." → "J'ai deux pieds de reste."; "Je danse très mal."
    (r"\b(I|we|you|they)\s+(?:have|['’]ve)\s+(?:got\s+)?two\s+left\s+feet\b", r"\1 dance very badly"),
    (r"\b(he|she)\s+(?:has|['’]s)\s+(?:got\s+)?two\s+left\s+feet\b", r"\1 dances very badly"),
    # "I've got into baking bread." → "Je me trouve dans le pain."; "J'ai commencé à faire du pain."
    # a pastime in lower case, not a place or a thing ("We've got into Beijing at last" had come out "Nous avons
    # commencé à Pékin", "I've got into nothing but trouble" read "I have started nothing…")
    (r"\b(I|we|you|they)(?:\s+have|['’]ve)\s+got\s+into\s+(?!(?:no|some|any|every)thing\b|building|morning|evening|"
     r"spring|ceiling)((?-i:[a-z]\w*ing))\b", r"\1 have started \2"),
    # a hobby begun or liked ("I am baking bread." came out right: "…en train de cuire du pain.")
    (r"\b(started|start|starts|love|loves|like|likes|enjoy|enjoys)\s+baking\s+(bread|cakes?|biscuits|cookies|pies?|"
     r"pastries|sourdough)\b", r"\1 making \2"),
    # "I collect old vinyl records." → "…les vieux records de vinyl."; "vinyl discs": "…disques vinyls."
    (r"\bvinyl\s+record(s?)\b", r"vinyl disc\1"),
    # "He plays chess online every evening." → "Il joue en ligne…" (chess lost); "on the internet": "…aux échecs sur
    # Internet…"; chess only ("We play cards online…" came out right: "…aux cartes en ligne…")
    (r"\b(play|plays|played|playing)\s+(chess)\s+online\b",
     r"\1 \2 on the internet"),
    # "We play board games on Friday nights." → "…aux jeux d'office…"; "table games": "aux jeux de table"
    # many, or one's favourite ("What's your favorite board game?" → "…jeu de commission…"); not "We played a board
    # game by the gate" (travel's: no gate of an airport)
    (r"\bboard\s+games\b", "table games"), (r"\b(favou?rite)\s+board\s+game\b", r"\1 table game"),
    # "The venue is near the station." → "Le venu est près…"; "the place": "L'endroit est près de la gare."; a show's
    (rf"^{_STAGE}(.*?)\bthe\s+venue\b", r"\1the place"),
    (r"^the\s+venue\b(?=\s+(?:is|was)\s+(?:near|next|close|on|in|at|just|a\s+short)\b)", "The place"),
    # "The band played an encore." → "Le groupe jouait un portable."; "one more song": "une chanson de plus"
    (r"\b(play|plays|played|playing)\s+an\s+encore\b", r"\1 one more song"),
    (r"\b(play|plays|played|playing)\s+(two|three)\s+encores\b", r"\1 \2 more songs"),
    # "Can you turn it up, I love this song!" → "Peux-tu le tourner…"; "turn up the volume": "…monter le volume, j'adore
    # cette chanson !"; in one sentence with the song (the translator reads "Can you turn it up? I love…" apart)
    # not the heating ("It's freezing in here, can you turn it up a bit while I put some music on?" had been read "turn
    # up the volume")
    (r"^(?!.*\b(?:heat\w*|cold|freezing|chilly|warm\w*|temperature|thermostat|oven|fire|gas|radiators?)\b)(.*?)"
     r"\b(turn)\s+it\s+up\b(?=[^.!?]*\?[^.!?]*\b(?:song|music|radio|track|tune)\b|.*\b(?:song|music|radio|track|"
     r"tune|volume)\b)", r"\1\2 up the volume"),
    # "I'd like to book two seats for the matinee." → "…pour le voyage."; "…la performance de l'après-midi."
    (r"\bthe\s+matinee\b(?!\s+(?:session|showing))", "the afternoon performance"),
    # "I didn't get the ending." → "Je n'ai pas eu la fin."; "understand": "Je n'ai pas compris la fin."
    # the thing itself, not what it qualifies ("I didn't get the movie tickets" had come out "…pas compris les billets",
    # "I don't get the end of year bonus" "…la fin de l'année")
    (r"\b(didn['’]t|did\s+not|don['’]t|do\s+not)\s+get\s+(the\s+(?:ending|end|joke|plot|story|film|movie))\b"
     r"(?=\s*(?:[.,;:!?]|$)|\s+(?:at\s+all|either|of\s+(?:the|that|this|his|her|their)\s+(?:film|movie|book|story|"
     r"series|show|play|novel|episode)|but|and|because|so|when|though|until)\b)",
     r"\1 understand \2"),
    # "The film got great reviews." → "…de grands examens."; "Le livre a obtenu de très bonnes critiques."
    (rf"^{_WORK}(.*?)\b(got|gets|has\s+had|had|received)\s+(?:great|good|excellent|rave|fantastic|brilliant)\s+"
     r"reviews\b", r"\1\2 very good critiques"),
    (rf"^{_WORK}(.*?)\b(the|its|good|mixed)\s+reviews\b", r"\1\2 critiques"),
    # "The band's new single is on the radio…" → "La nouvelle bande est…"; "the group's new song": "La nouvelle
    # chanson du groupe…"
    # a group of musicians', not a First Nations band's ("the band's finances" is "la bande")
    (r"^(?=.*\b(?:songs?|singles?|albums?|music|concerts?|tour|singers?|gigs?|radio|guitar\w*|drums?|stage|fans|"
     r"records?)\b)(.*?)\bthe\s+band['’]s\b", r"\1the group's"),
    # the record itself, not a single room, bed or mum ("She's a new single mum…" had come out "…une nouvelle chanson")
    (r"\b(new|latest|first|debut|next|last)\s+single\b(?=\s*(?:[.,;:!?'’]|$)|\s+(?:is|was|has|had|comes|came|will|"
     r"by|from|on|out|and|but|called|went|hit|topped|sounds|isn['’]t|wasn['’]t)\b)"
     r"(?=.*\b(?:radio|band|group|singer|album|released?|out|charts?|listen|song|music)\b)", r"\1 song"),
    # "The play lasts three hours with an interval." → "…avec une intervalle.", "We left at the interval." → "…à
    # l'intervalle."; "a break": "avec une pause", "pendant la pause"
    (rf"^{_STAGE}(.*?)\b(with|without)\s+an\s+interval\b", r"\1\2 a break"),
    # a show's only: "In the interval, we are in a real problem." (meanwhile) had been read "During the break…"
    (rf"^{_STAGE}(.*?)\b(?:at|during)\s+the\s+interval\b(?!\s+(?:of|between)\b)", r"\1during the break"),
    (r"^(we|they|I|he|she)\s+left\s+at\s+the\s+interval\b(?!\s+(?:of|between)\b)", r"\1 left during the break"),
    # "I joined a book club." → "…un club de livre.", "Our book club meets…" → "Notre cercle se rencontre…"; "reading
    # club": "…un club de lecture."
    (r"\bbook\s+club(s?)\b", r"reading club\1"),
    # "We had front row seats." → "…des places de première rang."; "…des places dans la première rangée."
    (r"\bfront[\s-]row\s+seats\b", "seats in the first row"),
    # "Their new album comes out next month." → "Leur nouvel album est sorti le mois prochain."; "is coming out":
    # "…sort le mois prochain."
    (r"\bcomes\s+out\b(?=\s+(?:next|tomorrow|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
     r"this\s+(?:week|month|year|friday|summer|autumn|spring|winter))\b)", "is coming out"),
    # "…and it started raining halfway through." → "…à la moitié du chemin."; "in the middle": "au milieu"; at a
    # clause's end only (leisure reads it before a noun)
    (rf"\b(started|began)\s+(raining|snowing|crying|laughing)\s+halfway\s+through{AT_END}", r"\1 \2 in the middle"),
    # "I'm not much of a reader." → "Je ne suis pas grand-chose d'un lecteur."; "Je ne lis pas grand-chose."
    (r"\bI['’]m\s+not\s+much\s+of\s+a\s+reader\b", "I don't read much"),
    (r"\bI['’]m\s+not\s+much\s+of\s+a\s+dancer\b", "I don't dance much"),
    # "He sings in a choir." → "Il chante en chorair."; "chorale": "Il chante en chorale."
    # "a choir" only ("I used to sing in the choir." came out right: "…dans la chorale.")
    (r"\ba\s+choir\b", "a chorale"),
    # "Have you seen the trailer for the new film?" → "…le piège…", "The trailer looks amazing." → "Le traître…"; "the
    # first images": "les premières images du nouveau film"; a film's (not a lorry's or a caravan's trailer)
    (r"^(?=.*\b(?:films?|movies?|series|cinema|season|episodes?)\b)"   # not a towed one: "The trailer was parked…"
     r"(?!.*\b(?:park(?:ed|ing)?|hook(?:ed)?|tow(?:ed|ing)?|trucks?|lorr(?:y|ies)|caravans?|drove|driv\w+)\b)"
     r"(.*?)\b(the|its|their|the\s+(?:film|movie)['’]s)\s+(?:new\s+|first\s+|official\s+)?trailer\b"
     r"(?![\s-]+(?:park|truck|hitch|home)s?\b)",
     r"\1\2 first images"),
    # "The film was a big success at the box office." → "…au bureau de la boîte."; "a big commercial success": "un
    # grand succès commercial" (the office itself, "Where is the box office?", found no paraphrase)
    (r"\b(a|an)\s+((?:big|huge|great|enormous|real|massive)\s+)?success\s+at\s+the\s+box[\s-]+office\b",
     r"\1 \2commercial success"),
    # an actor's role: "Linda Gray, who played his wife in the original series, …" → "…qui a joué à sa femme…", "Who
    # played his wife?" → "Qui a joué à sa femme ?", "Tom Hanks, who played the captain, …" → "…qui jouait au
    # capitaine…"; "who played the role of": "qui a joué le rôle de sa femme" (after "who" only: "He played the role
    # of his wife" came out "Il jouait du rôle…"); a person's part, not "who played the piano", "who played a game";
    # after "his", "her", "their" only ("Who played the villain…?" came out "Qui a joué le rôle du cinéma ?")
    (r"\b(who)\s+played\s+(?=(?:his|her|their)\s+(?:(?:young|old|older|younger|evil|real)\s+)?"
     r"(?:wife|husband|mother|father|son|daughter|brother|sister|king|queen|captain|doctor|detective|lover|"
     r"girlfriend|boyfriend|fiancée?|boss|teacher|president|prince|princess|mum|mom|dad|grandmother|grandfather|"
     r"uncle|aunt|friend|best\s+friend)\b)", r"\1 played the role of "),
    # "He served in the Air Force." → "Il a servi dans l'air.", "My father was in the Air Force." → "…dans l'air.",
    # "He later served in the Air Force." → "…dans la Force."; in lower case: "dans la force aérienne" (not "the Royal
    # Air Force": "l'Aviation royale")
    (r"\bthe\s+(?-i:Air\s+Force)\b", "the air force"),
    # demo probe s30: "I think this film is overrated." → "…est surmonté.", "Paris is overrated." → "Paris est
    # excrite."; said "not as good as people say" ("Je pense que ce film n'est pas aussi bon que les gens le disent.")
    (r"\b(is|are|was|were|['’]s|['’]re)\s+((?:really\s+|so\s+|very\s+|a\s+bit\s+|totally\s+|completely\s+)?)"
     r"overrated\b", r"\1 \2not as good as people say"),
)
PHRASES += (   # long45 (s39): a band of musicians that plays
    # "…the guests were tired before the band started playing." → «…avant que la bande commence à jouer.», "…but the
    # band played for more than two hours." → «…mais la bande a joué…» (a gang, a strip: the Hansards' First Nations
    # band); "the group": «…le groupe…»; only where it plays and the sentence is about music or a party (not "the
    # band played a part in the negotiations", "the band's council"); not "song" alone (arts.py reads "The band
    # played an encore." as "…played one more song.")
    (r"^(?=.*\b(?:music|concerts?|wedding|party|danc\w*|stage|singers?|festival|gigs?|tickets?|crowd)\b)"
     r"(.*?)\bthe\s+band\b(?=\s+(?:(?:was|were|is|are)\s+)?(?:played|plays|play|playing|started|starts|began|"
     r"begins|came\s+on)\b(?!\s+a\s+(?:role|part)\b))", r"\1the group"),
    # measure52 (s40): "…the exhibition about ancient Egypt…" → «…au sujet de l'ancienne ancienne…», "She wrote a book
    # on ancient Egypt." «…sur l'ancien.», "We are learning about ancient Egypt at school." «…à l'école de ancienne.»
    # (Egypt lost); "old Egypt": «…de l'ancienne Egypte…», «…sur l'ancienne Egypte.», «…au sujet de l'ancien Égypte…»
    # (4 of 4); after "about"/"on" only ("These statues come from old Egypt." lost "old": «…viennent d'Egypte.»), and
    # not after the "talks about" read above
    (r"(?<!\btalks\s)\b(about|on)\s+ancient\s+Egypt\b", r"\1 old Egypt"),
)
PHRASES += (   # vocab61 (s41): romance novels and films
    # "She likes romance novels." → «…les romans de romancière.», "I don't watch romance movies." «…les films de
    # romance.»; "sentimental novels": «Elle aime les romans sentimentaux.», «Il écrit des romans sentimentaux.»
    # ("love novels" came out «les romans», the love lost); "romantic movies": «…de films romantiques.», «Elle aime
    # les films romantiques.»
    (r"\bromance\s+(novels?)\b", r"sentimental \1"),
    (r"\bromance\s+(movies?|films?)\b", r"romantic \1"),
)
