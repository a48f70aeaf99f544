"""Questions, requests and short answers a visitor types on any topic, read in a shape the model translates right.

The model learnt its questions from Tatoeba and the Hansards: it knows "Do you know where…?" and "Can I…?" but
misreads the shapes chat uses: "Any idea where my keys are?" came out "Y a-t-il une idée d'où sont mes clés ?",
"What's the point of waiting?" "Quel est le point d'attendre ?", "Me too." "En outre." and "Me neither." "Restez non
plus.". Each shape is read as a paraphrase it translates right ("Do you know where my keys are?": "Savez-vous où se
trouvent mes clés ?"), where the shape opens its sentence (``_OPENS``) and, for a short answer, is the whole
sentence (``_WHOLE``).
"""

from __future__ import annotations

_OPENS = r"(?:^|(?<=[.!?]\s))"                      # a sentence's opening
_WHOLE = r"(?=\s*(?:[.!]|$))"                       # the sentence ends there ("Me too." but not "Me too much")
_ASKED = r"(?=[^.!?]*(?:\?|$))"                     # a question, its mark typed or not
_WH = r"(?:where|what|why|how|when|who|whose|which|if|whether)\b"
# a bare verb after "if I": not a form of "be" or "have", an auxiliary, a negation or a past ("if I borrowed": "Can
# I borrowed"); "Is it OK if I'm late?" stays as typed
_BARE = (r"(?!(?:am|was|were|had|did|do|does|don['’]t|didn['’]t|can|could|can['’]t|will|would|should|must|may|might|"
         r"shall|won['’]t|wouldn['’]t|ever|never|also|still|not)\b)(?!['’])(?!\w+ed\b)(?=[a-z]+\b)")
# the point of a debate ("What is the point of order?" in the Hansards) or a view is no purpose
_NOT_ORDER = r"(?!\s*(?:order|view|privilege|no\s+return|contention|departure|sale|entry|contact)\b)"
# a place and nothing more asked of it ("How far is the station from here?"; not "How far is the government willing
# to go?")
_PLACE_ASKED = (r"(?=(?:the|your|my|his|her|our|their|this|that)\s+(?:\w+\s+){0,2}?\w+\s*(?:\?|from\s+here\b|"
                r"from\s+the\s+\w+\s*\?))")

_NO_AND = r"(?:(?!\band\b)[^,.!?])"                    # a character of one clause: no "and", no comma
PHRASES = (   # (the shape, where it is one; its paraphrase), after what the model had written for it
    # "Any idea where my keys are?" → "Y a-t-il une idée d'où sont mes clés ?", "Any idea when the shop opens?" →
    # "N'importe quelle idée de quand…", "Any idea who left this bag here?" → "Quiconque a laissé ce sac ici ?"
    (rf"{_OPENS}any\s+idea\s+(?={_WH}){_ASKED}", "do you know "),
    # "What's the point of waiting?" → "Quel est le point d'attendre ?", "What is the point of this meeting?" → "Quel
    # est le point de cette réunion ?"; "purpose": "Quel est le but d'attendre ?"
    # not "what was the point of…" (the Hansards' "…what was the point of preparing the report if…" lost its question)
    (rf"\bwhat(?:['’]s|\s+is)\s+the\s+point\s+(?:of|in)\b{_NOT_ORDER}", "what is the purpose of"),
    # "There's no point in crying." → "Il n'y a pas de quoi pleurer." (nothing to cry about), "There's no point in
    # waiting." → "Il n'y a pas de point d'attendre."; "It's no use crying.": "Ça ne sert à rien de pleurer."
    # "There's" opening a sentence only: inside one ("…that there is no point in trying to persuade him") it had
    # come out "il n'est pas inutile d'essayer…" (the very opposite), and the Hansards' "There is no point in using
    # big aircraft…" had come out right ("Il n'y a pas lieu d'utiliser…")
    (rf"{_OPENS}there['’]s\s+no\s+point\s+(?:in\s+)?(?=\w+ing\b)", "it's no use "),
    # "Is it OK if I leave early today?" → "Est-ce d'accord si je pars tôt…", "Is it all right if I pay by card?" →
    # "Est-ce bien si…"; "Can I leave early today?": "Puis-je partir tôt aujourd'hui ?"
    (rf"{_OPENS}is\s+it\s+(?:ok|okay|o\.k\.|all\s+right|alright)\s+if\s+(I|we)\s+{_BARE}{_ASKED}", r"can \1 "),
    # "Shall we meet at eight?" → "Devrions-nous rencontrer…", "Shall we order a pizza?" → "Est-ce que nous
    # commandons une pizza ?"; "Should we": "Devrions-nous nous rencontrer…", "Devrions-nous commander…"
    # not "Shall we go…?" ("Shall we go for a walk?" came out right, "Devrions-nous nous promener ?"; read, "…aller
    # se promener ?")
    (rf"{_OPENS}shall\s+we\s+(?!go\b)(?=[a-z]+\b){_ASKED}", "should we "),
    # "Mind if I join you?" → "Mangez-vous si je me joigne à vous ?"
    (rf"{_OPENS}mind\s+if\s+(?=I\b)", "do you mind if "),
    # "Would you mind if I sat here?" → "…à ce que je m'assis ici ?"; "sit": "…à ce que je m'asseye ici ?"
    (r"\b(mind\s+if\s+(?:I|we))\s+sat\b", r"\1 sit"),
    # "Got a minute?" → "Va-t-il une minute ?"; "Do you have a minute?": "As-tu une minute ?"
    (rf"{_OPENS}got\s+(an?\s+\w+)(?=\s*\?)", r"do you have \1"),
    # "How far is the station?" → "Jusqu'où est la gare ?", "How far is it to the station?" → "Jusqu'où est-ce à la
    # gare ?"; "How far away is the station?": "À quelle distance est la gare ?"
    (rf"\bhow\s+far\s+is\s+it\s+to\s+{_PLACE_ASKED}", "how far away is "),
    (rf"\bhow\s+far\s+is\s+{_PLACE_ASKED}", "how far away is "),
    # "I'm not sure what to say." → "Je ne suis pas sûr de quoi dire."; "…de ce que je devrais dire."
    # the clause ends there: "I am not sure what to call it…" had come out "…de ce que je devrais appeler…" (it lost)
    (r"\b(I['’]m|I\s+am)\s+not\s+sure\s+what\s+to\s+(\w+)(?=\s*(?:[.!?,;]|$))", r"\1 not sure what I should \2"),
)
PHRASES += (   # short answers, the whole sentence (a lower-case "me too" comes out right: "moi aussi")
    # "Me neither." → "Restez non plus.", "Me neither, I hate football." → "Pas plus, je déteste le football.",
    # "Neither do I." → "Aucune des deux n'est moi."; "Not me either, I hate football.": "Moi non plus, je déteste…"
    (rf"{_OPENS}(?-i:Me)\s+(?:neither|either)\b(?=\s*(?:[.!,]|$))", "not me either"),
    (rf"{_OPENS}neither\s+(?:do|am|have|did|was|would|will)\s+I{_WHOLE}", "not me either"),
    # "Neither can I." → "Je ne peux jamais."; "I can't either.": "Je ne peux pas non plus."
    (rf"{_OPENS}neither\s+can\s+I{_WHOLE}", "I can't either"),
    # "Me too." → "En outre.", "Me too!" → "Faites aussi !", "So do I." → "Alors, fais-je.", "Same here." → "Sois ici
    # !"; "Me, too.": "Moi aussi."
    (rf"{_OPENS}(?-i:Me)\s+too\b(?=\s*(?:[.!,]|$))", "Me, too"),
    (rf"{_OPENS}so\s+(?:do|am|have|did|was|would|will|can)\s+I(?=\s*(?:[.!,]|$))", "me, too"),
    (rf"{_OPENS}same\s+here{_WHOLE}", "me, too"),
    # "Probably not." → "Il n'y a probablement pas."; "Most likely not.": "Il est probable que non."
    (rf"{_OPENS}probably\s+not{_WHOLE}", "most likely not"),
    # "How come the train is late again?" → "Comment se fait-il que le train est en retard ?" (again lost); said
    # "Why is…" ("Pourquoi le train est-il à nouveau en retard ?"); only where "again" follows
    (rf"{_OPENS}how\s+come\s+(the\s+\w+|he|she|it)\s+is\b(?=[^.!?]*\bagain\b)", r"why is \1"),
    # "I wonder what time it is." → "Je me demande à quelle heure c'est."; said "I'd like to know…" ("J'aimerais savoir
    # quelle heure il est."); only where the sentence ends ("…what time it is in Tokyo." came out right)
    (r"\bI\s+wonder\s+what\s+time\s+it\s+is(?=\s*(?:[.?!]|$))", "I'd like to know what time it is"),
    # "Can you tell me were the toilets are?" → "Peux-tu me dire que les toilettes sont ?"; "were" typed for "where"
    # after "tell me", "show me", "know" and before what is asked of a place ("…where the toilets are?")
    (r"\b(tell\s+me|show\s+me|tell\s+us|show\s+us|know)\s+were(?=\s+(?:the|my|your|our|his|her|their|this|that)\s+"
     r"\w+(?:\s+\w+)?\s+(?:is|are)\s*[?.!]?\s*$)", r"\1 where"),
    # a question typed without its "?": "what time does the museum open" → "à quelle heure le musée ouvre-t-il le
    # musée" (its subject twice), "what time does the pool open" → "…la piscine s'ouvrira"; asked with its "?" ("À
    # quelle heure le musée ouvre-t-il ?"); a whole line only, that ends in a word (no line of the corpus does)
    (r"^(\W*(?:what\s+time|when|where|how|why)\s+(?:does|do|did)\s+[^?.!;:\n]*\w)\s*$", r"\1?"),
)
PHRASES += (   # register30 (s30): "Did you remember to lock the door?" → "Vous rappelez-vous à verrouiller la porte ?",
    # "…to take your keys?" → "Vous souveniez-vous de prendre vos clés ?" (present or imperfect, never the past, 10
    # of 10); "Have you not forgotten to…": "N'avez-vous pas oublié de verrouiller la porte ?", as French asks it
    # (14 of 14); "Have you remembered to" ("Avez-vous rappelé d'appeler…") and "Did you think to" ("Pensais-tu…")
    # were no better. A question opening its sentence, a verb after "to" ("Did you remember my birthday?" left)
    (rf"{_OPENS}did\s+you\s+remember\s+to\s+(?=[a-z]+\b){_ASKED}", "have you not forgotten to "),
)
# a place a visitor asks for in "this area" (not the Hansards' "Is there any progress in this area?", a field)
_PLACE_SOUGHT = (r"(?:hotels?|restaurants?|supermarkets?|pharmac(?:y|ies)|banks?|shops?|stores?|caf[eé]s?|bars?|"
                 r"bakery|bakeries|gyms?|parks?|schools?|hospitals?|doctors?|dentists?|museums?|cinemas?|markets?|"
                 r"post\s+office|petrol\s+station|gas\s+station|car\s+park|cash\s+machine|beach(?:es)?|library)")
PHRASES += (   # ask34 (s33): questions a visitor asks in a demo
    # "Have you ever tried sushi?" → "As-tu jamais essayé les sushis ?", "…lost your passport?" → "Avez-vous jamais
    # perdu…", "…broken a bone?" → "Avez-vous jamais cassé un os ?"; "already": "Avez-vous déjà essayé des sushis ?",
    # "Avez-vous déjà perdu votre passeport ?" ("Have you ever seen snow?" had come out "déjà" already, and still does)
    (rf"{_OPENS}have\s+you\s+ever\s+(?=[a-z]+\b){_ASKED}", "have you already "),
    # "Is there a pharmacy in this area?" → "…dans ce domaine ?", "Are there any good schools in this area?" → "…dans
    # ce domaine ?"; "in the neighbourhood": "Y a-t-il une pharmacie dans le quartier ?"
    (rf"{_OPENS}((?:is|are)\s+there\s+(?:an?|any|some)\s+(?:[\w-]+\s+){{0,2}}?{_PLACE_SOUGHT}\s+)in\s+this\s+area\b"
     rf"(?=\s*(?:\?|$))", r"\1in the neighbourhood"),
    # "What time does your daughter finish school?" → "…ta fille a-t-elle fini l'école…" (a past), "What time do the
    # children finish school?" → "…les enfants finent l'école"; "get out of school": "…votre fille sort-elle de
    # l'école…", "…les enfants sortent-ils de l'école…" (a "when" left: "When does she finish school?" may ask a year)
    (r"\b(what\s+time\s+(?:does|do)\s+[^?.!,;]{1,40}?)\s+finish\s+school\b", r"\1 get out of school"),
    # "I wonder what the weather will be like tomorrow." → "Je me demande comment le temps sera demain.", "Do you know
    # what the weather will be like at the weekend?" → "Savez-vous quel temps sera ce week-end ?"; "what weather we
    # will have": "…quel temps nous aurons demain." (asked straight, "What will the weather be like…" came out right)
    (r"\bwhat\s+the\s+weather\s+will\s+be\s+like\b", "what weather we will have"),
    # a lower-case "how much is": "how much is a coffee here" → "combien se trouve un café ici", "how much is a ticket
    # to the museum?" → "combien est-ce un billet au musée ?", "how much are the apples" → "combien sont les pommes";
    # with its capital: "Combien coûte un café ici", "Combien coûte un billet au musée ?", "Combien coûtent les
    # pommes" ("how much is it" left: it came out right, "combien est-ce", and "How much is it?" "Combien coûte-t-il ?")
    (rf"{_OPENS}(?-i:how)\s+much\s+(is|are)\b(?!\s+it\b)", r"How much \1"),
    # "…and coming back on the 14th, so could you feed the cat while we're away?" → "…pour pouvoir nourrir le chat…"
    # (the request read as a purpose); a sentence of its own, "So could you…?": «Alors pourriez-vous nourrir le
    # chat… ?», «Alors pourriez-vous arroser les plantes ?», «…me conduire…» (a question only)
    (r",\s+so\s+(could|can|would)\s+you\b(?=[^.!?]*\?)", r". So \1 you"),
    # "The lift is out of order, please use the stairs." → "L'ascenseur est en panne, s'il vous plaît." (the request
    # lost); a sentence of its own: «…en panne. Veuillez utiliser les escaliers.», «Le parking est plein. Veuillez
    # utiliser celui-ci…» (after a thing out of use only: not "If it rains, please use…")
    (r"\b((?:is|are)\s+(?:out\s+of\s+order|closed|full|broken|not\s+working)),\s+please\s+(?=use\b)",
     r"\1. Please "),
    # a thing broken or out of something "again", which a long line lost: "The washing machine is broken again and…"
    # → "…est rompue et…", "The lift is broken again, so…" → "L'ascenseur est rompu…", "The printer… is out of paper
    # again." → "…n'a plus de papier.", "We are out of milk again." → "Nous n'avons plus de lait."; "once again", "has
    # run out of… again": «…est encore une fois brisée…», «…cassé encore une fois…», «Nous sommes encore à court de
    # lait», «Le bureau est encore à court de café», «…est encore à court de papier»
    (r"\b(is|are|was|were)\s+broken\s+again\b", r"\1 broken once again"),
    # (demo.py reads "is out of paper", "are out of milk" "has/have no more…" before; "The shop is out of flour
    # again." read "…has run out of flour again." came out «…à bord de la farine»: the others left as typed)
    (r"\b(has|have)\s+no\s+more\s+(?=[\w-]+\s+again\b)", r"\1 run out of "),
    # a request after a statement, which the model ran into it: "The kitchen tap is leaking again, can you call a
    # plumber?" → "La cuisine fuit encore une fois, peux-tu…", "The printer… is out of paper again, could someone
    # please order…?" → "…est à nouveau sorti de papier, …"; a sentence of its own: «…n'a plus de papier. Quelqu'un
    # pourrait-il commander…», «…est encore à court de papier. Quelqu'un pourrait-il…», «…le robinet de cuisine fuit.
    # Pouvez-vous appeler un plombier ?» (a thing said of "the/my…" opening the line, "again" in it, then a question;
    # one clause: "The heating doesn't work… and it is very cold at night, can you…?" had «pouvez-vous», split
    # «Peux-tu»; "The car is dirty, can you wash it?" came out right, and split, five of seven such lines had their
    # «tu» or «vous» turned)
    *((rf"^((?:the|my|our|your|this)\s+{_NO_AND}*?\b(?:is|are|was|were|has|have|leaks)\b"
       rf"{_NO_AND}*?\bagain\b{_NO_AND}*),\s+{asked}\s+(you|someone|somebody|anyone)\b(?=[^.!?]*\?)",
       rf"\1. {asked.capitalize()} \2") for asked in ("can", "could", "would")),
    # a thing run out "again" before such a request (read above: "…has run out of paper again."): "The printer
    # on the second floor is out of paper again, could someone…?" → "…est à nouveau sorti de papier. …", "The printer
    # is out of paper again, can you…?" → "…est à nouveau hors de papier."; "once again" first, "no more": «Encore une
    # fois, l'imprimante du premier étage n'a plus de papier. …», «Encore une fois, l'imprimante n'a plus de papier.
    # Peux-tu en commander ?», «Encore une fois, nous n'avons plus de lait. Peux-tu en acheter ?»
    (r"^the\s+([^.!?]*?)\s+has\s+run\s+out\s+of\s+([\w-]+)\s+again(?=\.\s)", r"once again, the \1 has no more \2"),
    (r"^we\s+have\s+run\s+out\s+of\s+([\w-]+)\s+again(?=\.\s)", r"once again, we have no more \1"),
    # "The baby is sleeping, so please be quiet." → «…alors s'il vous plaît.» (the request lost; so with "keep quiet",
    # "be very quiet", "be silent"); "try not to make any noise": «Le bébé dort, alors essayez de ne pas faire de
    # bruit.», «Papa est au téléphone, alors s'il vous plaît, essayez…» (a sentence of its own lost its verb: «Le
    # bébé dort. Alors, je vous prie.»)
    (r"\b(so(?:\s*,\s*|\s+))please\s+(?:be|keep|stay)\s+(?:very\s+)?quiet\b", r"\1please try not to make any noise"),
    # after "," or ";" or "and" alone: «Le bébé dort, s'il vous plaît.»; a sentence of its own: «Le bébé dort. Ne faites
    # pas de bruit, s'il vous plaît.» ("Please be quiet." alone came out «Soyez tranquille», "don't worry" too); after
    # a clause with its verb only, not after whom it asks ("Everyone, please keep quiet during the exam." read so had
    # «Tout le monde ne fait aucun bruit…», "Children, please be quiet!" «Les enfants. Ne fais pas…»)
    # (a clause's end not a space: each run of spaces is tried once, in linear time)
    (r"(?:^|(?<=[.!?]\s))(?=[^.!?,;]*\b(?:is|are|was|were|am|has|have|had|can|will|must|\w+ing|\w+['’](?:s|re|m))\b)"
     r"([^.!?,;]*?[^\s.!?,;])(?:\s*[,;]\s*|\s+and\s+)please\s+(?:be|keep|stay)\s+(?:very\s+)?quiet\b",
     r"\1. Don't make any noise, please"),
    # a reason, then what to do, with no comma: "It's cold so take a coat." → «Il fait froid donc prendre un
    # manteau.», "It's late so go to bed." «Il est tard si au lit.», "The bus is late so take a taxi." «…pour prendre
    # un taxi.»; with the comma: «Il fait froid, alors prenez un manteau.», «…, alors va au lit.», «…, alors prends un
    # taxi.» (6 of 6); only before a verb told to someone, after a word ("and so", "or so", "not so" left)
    (r"\b(?!(?:and|or|not|just|even|do|did|does|think|hope|said|say|says|why)\b)(\w+)\s+so\s+"
     r"(take|go|come|bring|wear|put|call|wait|stay|leave|ask|check|buy|keep|sit|try|get|don['’]t)\b",
     r"\1, so \2"),
    # a polite request asked "whether" (fix53, measure52): "…I would like to ask whether you would agree to supervise my
    # dissertation…" → «…j'aimerais que vous soyez d'accord pour superviser…» (the question lost: "I'd like you to
    # agree"), "I would like to ask whether you would agree to read my report." → «J'aimerais que vous soyez
    # d'accord…», "…whether you would mind closing the window." → «…si vous verriez bien fermer…»; "ask you if":
    # «…j'aimerais vous demander si vous accepteriez de superviser…», «…si vous accepteriez de lire mon rapport.»,
    # «…si vous voulez fermer la fenêtre.», «…si vous êtes libre vendredi.» (was «savoir si…», also right)
    (r"\b(I|we|We)\s+would\s+like\s+to\s+ask\s+whether\s+you\b", r"\1 would like to ask you if you"),
)
PHRASES += (   # fix55 (s40, measure53): how long a thing takes
    # "How long does a transfer to another country take?" came out «Combien de temps a-t-il un transfert…» (has he),
    # "How long does the repair usually take?" «…prend-il habituellement la réparation ?», "How long will the delivery
    # take?" «…faudra-t-il la livraison ?», "How long do the lessons take?" «…prend les leçons ?»; "How much time is
    # needed for": «Combien de temps faut-il pour un transfert…», «…est-il nécessaire pour la réparation ?», «…faudra-
    # t-il pour la livraison ?»; the thing a noun, the question closing there ("How long does it take to…" is right;
    # a commute is read by another entry)
    # (an adverb put last: «…est-il nécessaire pour la réparation, d'ordinaire ?»; before "needed" it was lost)
    *((r"\b([Hh])ow\s+long\s+(?:does|do)\s+(?!(?:my|your|his|her|our|their)\s+commute\b)"
       r"((?:the|a|an|my|your|his|her|our|their|this|that|these|those)\s+"
       rf"(?:[\w-]+\s+){{0,5}}?[\w-]+)\s+{often}take(?=\s*\?)", rf"\1ow much time is needed for \2{said}")
      for often, said in ((r"(usually|normally|generally|typically)\s+", r", \3"), ("", ""))),
    (r"\b([Hh])ow\s+long\s+will\s+((?:the|a|an|my|your|his|her|our|their|this|that|these|those)\s+"
     r"(?:[\w-]+\s+){0,5}?[\w-]+)\s+take(?=\s*\?)", r"\1ow much time will be needed for \2"),
)
