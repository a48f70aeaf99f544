"""Phrases of school and university, exams, teachers, children's clubs, languages and libraries the model had read as
another meaning."""

from __future__ import annotations

from .common import AT_END, BE, POSSESSIVE, WHO

# a school subject one has trouble with
_SUBJECT = (r"(?:maths?|reading|writing|spelling|French|English|Spanish|German|science|history|geography|physics|"
            rf"chemistry|biology|homework|school|class|{POSSESSIVE}\s+studies)")
_LANGUAGE = r"(?:French|English|Spanish|German|Italian|Portuguese|Chinese|Japanese|Russian|Arabic|Dutch|Greek)"
# a language learnt, not a thing of that country ("picked up French bread on the way")
_LANGUAGE_ENDS = (r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:very|quickly|fast|easily|in|at|from|when|while|during|on|by|and|"
                  r"pretty|really|so|without|after|as|there)\b)")
_AGE = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)"
# a university one is admitted to, not a town one drives into ("We got into Cambridge late at night")
_ADMITTED = (r"(?:university|college|uni|(?:law|medical|grad|graduate|art|drama|music|business)\s+school|Harvard|Yale|"
             r"Stanford|Princeton|MIT|Oxford|Cambridge|the\s+Sorbonne)\b(?!\s+(?:at|late|early|by|around|after|before|"
             r"station|city|town|centre|center|street|road|on|just|football|basketball|"
             r"politics|sports?|life|traffic)\b)")   # "got into Oxford on the train", "into college football"
_DURATION = (r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+|several|a\s+few)\s+"
             r"(?:hours?|days?|weeks?|months?|years?)\b")
_LEARNT_SINCE = rf"(?:since\b|for(?=\s+{_DURATION}))"
PHRASES = (   # school and university, exams, teachers, children's clubs, languages: (the phrase; its reading)
    # "What time does school finish today?" → "À quelle heure l'école a-t-elle fini aujourd'hui ?" (a past); said
    # "end" ("…l'école se termine-t-elle aujourd'hui ?")
    (r"\bschool\s+finishes\b", "school ends"), (r"\bschool\s+finish\b", "school end"),
    # "I have a maths exam tomorrow morning." → "J'ai un maths d'examen demain matin.", "She has a maths exam next
    # week." → "Elle a un examen, la semaine prochaine."; said "an exam in maths"; one that is had, not "There's a
    # maths exam tomorrow." ("Il y a un examen de maths" as it was), nor a test ("J'ai un examen de maths" as it was)
    (r"\b(have|has|had|got)\s+a\s+maths?\s+exam\b", r"\1 an exam in maths"),
    # "He got straight A's this year." → "Cette année, il a droit à A."; said "excellent grades"
    # (an A in capital, not "straight as an arrow")
    (r"\bstraight\s+(?-i:A)(?:['’]s|(?-i:s))\b", "excellent grades"),
    # "I'm revising for my finals." → "Je reviens pour mes finals.", "Do you want to revise together?" → "Voulez-vous
    # revoir ensemble ?"; said "studying for my final exams" ("J'étudie pour mes examens finals.")
    (rf"^(?!.*\b(?:team|teams|match|game|cup|league|tournament|players|season)\b)(.*?)\b({POSSESSIVE})\s+finals\b",
     r"\1\2 final exams"),   # a team's finals are matches ("Leur finale" had been right)
    (r"\brevising\s+(for|together)\b", r"studying \1"), (r"\brevise\s+(for|together)\b", r"study \1"),
    # "I'm cramming for tomorrow's test." → "Je me fais mal à l'examen de demain."; said "studying hard for"
    (r"\bcramming\s+for\b", "studying hard for"),
    # "I'm doing a degree in economics." → "Je fais un certain nombre d'économies."; said "studying economics at
    # university" ("J'étudie l'économie à l'université.")
    (r"\bdoing\s+a\s+degree\s+in\s+([a-z]+(?:\s+science)?)\b(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|but|so|now)\b)",
     r"studying \1 at university"),
    # "When is the graduation ceremony?" → "…la cérémonie d'éducation graduelle ?", "Congratulations on your
    # graduation!" → "Félicitations sur ta graduelle !", "After graduation I want to travel." → "Après la graduelle…",
    # "I'm graduating next June." → "Je graduelle en juin prochain."; said with a diploma or finishing university
    (r"\bgraduation\s+ceremon(y|ies)\b", r"diploma ceremon\1"),
    (r"\bcongratulations\s+(?:on|for)\s+(your|his|her|their)\s+graduation\b", r"congratulations for \1 diploma"),
    # (not "after graduation day", "six months after graduation of the students")
    # (a comma after it where a clause follows: "After finishing university I want to travel." came out "Après avoir
    # fini de voyager à l'université…"; with it, "Après avoir fini l'université, je veux voyager.")
    (rf"^after\s+graduation(?=\s+{WHO}\b)", "after finishing university,"),
    (r"\bafter\s+graduation\b(?!\s+(?:of|from|day|ceremon\w*)\b)", "after finishing university"),
    (r"\bI['’]m\s+graduating\b(?=\s+(?:next|this|in|from)\b)", "I'll get my diploma"),
    (r"\bhe['’]s\s+graduating\b(?=\s+(?:next|this|in|from)\b)", "he'll get his diploma"),
    (r"\bshe['’]s\s+graduating\b(?=\s+(?:next|this|in|from)\b)", "she'll get her diploma"),
    # "My major is biology." → "Ma principale est la biologie."; said "main subject"
    (rf"\b({POSSESSIVE})\s+major\s+(is|was)\b", r"\1 main subject \2"),
    # "I applied to five universities." → "J'ai appliqué cinq universités."; said "sent applications to"
    # (not "any universities": "Avez-vous envoyé des demandes à toutes les universités ?", all of them)
    (r"\bapplied\s+to\s+((?!any\b)(?:\w+\s+)?(?:universities|colleges|schools))\b", r"sent applications to \1"),
    # "He got into Cambridge!" → "Il est monté à Cambridge !"; said "was accepted at" ("Il a été accepté à…")
    (rf"\b(I|he|she)\s+got\s+into\s+(?={_ADMITTED})", r"\1 was accepted at "),
    (rf"\b(we|you|they)\s+got\s+into\s+(?={_ADMITTED})", r"\1 were accepted at "),
    # "My French is a bit rusty." → "Mon français est un peu rusé." (cunning); said "not as good as before"
    # (not "My French is a little rusty.", which came out right: "Mon français est un peu rouillé.")
    (rf"\b({POSSESSIVE})\s+(?!French\s+is\s+a\s+little\s+rusty\b)({_LANGUAGE})\s+is\s+"
     r"(?:(?:a\s+(?:bit|little)|very|really|quite|pretty|getting)\s+)?rusty\b",
     r"\1 \2 is not as good as before"),
    # "I need to brush up on my German." → "Je dois me brosser sur mon allemand."; said "improve"
    # one's own skill, not a subject ("brush up on environmental diplomacy")
    (rf"\bbrush\s+up\s+on\s+(?={POSSESSIVE}\b)", "improve "),
    (rf"\bbrushing\s+up\s+on\s+(?={POSSESSIVE}\b)", "improving "),
    (rf"\bbrushed\s+up\s+on\s+(?={POSSESSIVE}\b)", "improved "),
    # "She picked up Spanish very quickly." → "Elle prit l'espagnol…"; said "learned" ("Elle a… appris l'espagnol.")
    (rf"\bpicked\s+up\s+(?={_LANGUAGE}{_LANGUAGE_ENDS})", "learned "),
    # "I signed up for an evening course in photography." → "J'ai signé un cours de photographie."; said "registered
    # for" ("Je me suis inscrit pour un cours…")
    (r"\bsigned\s+up\s+for\s+(?=(?:a|an|the|my|his|her|some)\s+(?:[\w-]+\s+){0,2}?(?:course|class|lessons|"
     r"workshop)s?\b)", "registered for "),
)
PHRASES += (   # more of school and university (the same as above)
    # "Are you going to uni next year?" → "Vas-tu uni l'année prochaine ?"; said "university" ("…à l'université…");
    # not "uni-denominational schools" (Hansard)
    (r"\b(to|at|from|after|before|leave|left|leaving|finish|finished|started|start)\s+uni\b(?!-)", r"\1 university"),
    # "I was hopeless at maths at school." → "J'étais sans espérer dans les maths…"; said "very bad at"
    (rf"\b(?:hopeless|useless|rubbish)\s+at\s+(?=(?:{_SUBJECT}|sports?|games|football|drawing|art|music)\b)",
     "very bad at "),
    # "She won the spelling bee." → "Elle remporta l'orthographe."; "Sports day is on Friday." → "Le sport est le
    # vendredi."; said "spelling contest" ("le concours d'orthographe"), "The sports day" ("La journée de sport…")
    (r"\bspelling\s+bee(s?)\b", r"spelling contest\1"), (r"^sports\s+day\b", "the sports day"),
    # "Homework should be banned." → "On devrait interdire l'espoir."; "We should ban homework.": "…les devoirs."
    (r"^homework\s+should\s+be\s+banned\b", "we should ban homework"),
)
PHRASES += (   # teachers, marks and classes (the same as above)
    # "The head teacher wants to see you." → "Le professeur de tête veut te voir."; "headmaster": "Le directeur…"; in
    # two words only ("Our school has a new headteacher." came out right, "…un nouveau directeur.")
    (r"\bhead[\s-]teacher(s?)\b", r"headmaster\1"),
    # "He's a substitute teacher this week." → "…de substitute…", "We have a supply teacher today." → "…un
    # professeur de crédits…"; said "replacement teacher" ("un professeur de remplacement")
    (r"\b(?:substitute|supply)\s+teacher(s?)\b", r"replacement teacher\1"),
    # "She's a lecturer in sociology." → "C'est un cours de sociologie."; said "teaches sociology at the university"
    # a field, not "the": "He's a lecturer in the army." had been read "He teaches the at the university army."
    (r"\b(he|she)(?:['’]s|\s+is)\s+a\s+lecturer\s+in\s+(?!(?:the|a|an|my|his|her|our|their|this|that)\b)([a-z]+)\b",
     r"\1 teaches \2 at the university"),
    (r"\bI(?:['’]m|\s+am)\s+a\s+lecturer\s+in\s+(?!(?:the|a|an|my|his|her|our|their|this|that)\b)([a-z]+)\b",
     r"I teach \1 at the university"),
    # "Teachers are underpaid." → "Les enseignants sont sous-paids."; said "poorly paid" ("mal payés")
    (r"\bunderpaid\b", "poorly paid"),
    # "I think I aced the test!" → "…j'ai acquitté l'examen !"; said "did very well on" ("…très bien réussi…")
    (r"\baced\s+(?=(?:the|my|this|that|our|his|her|their|your)\s+(?:\w+\s+)?(?:test|exam|quiz)\b)",
     "did very well on "),
    # "I totally flunked the exam." → "J'ai complètement drôlé l'examen."; said "failed"
    (r"\bflunk(ed|s|ing)?\b(?!\s+out\b)", r"fail\1"),   # not "flunked out of school" (left it)
    # "The test was a piece of cake." → "Le test était un morceau de gâteau."; said "very easy"
    # not after "there" or "here": "There's a piece of cake." had come out "Il y a très facile."
    (r"(?<!\bthere)(?<!\bhere)(?<!\bthere\s)(?<!\bhere\s)"
     rf"\b(is|was|['’]s|will\s+be)\s+a\s+piece\s+of\s+cake{AT_END}", r"\1 very easy"),
    # "We have a pop quiz in biology." → "Nous avons un pop de biologie."; said "a surprise test"
    (r"\ba\s+pop\s+quiz\b", "a surprise test"),
    # "Have you graded the papers yet?" → "As-tu déjà saisi les papiers ?"; said "corrected" (as work's "marked")
    *((rf"\b{grade}\s+(?=(?:the|my|your|our|their|his|her|these|those)\s+(?:\w+\s+)?(?:papers|tests|exams|essays|"
       r"homework|assignments)\b)", f"{correct} ")
      for grade, correct in (("grade", "correct"), ("graded", "corrected"), ("grading", "correcting"))),
    # "She's top of her class." → "Elle est au-dessus de sa classe."; said "the best in" ("la meilleure…")
    (rf"\b({BE})\s+top\s+of\s+(the|{POSSESSIVE})\s+class\b", r"\1 the best in \2 class"),
    # "She's struggling with reading." → "Elle est en train de lire."; said "having difficulties" ("Elle a des
    # difficultés à lire.")
    (rf"\b({BE})\s+struggling\s+(with|in|at)\s+(?={_SUBJECT}\b)", r"\1 having difficulties \2 "),
    # "My grades are slipping." → "Mes notes glissent."; "I need to get my grades up." → "Il faut que je me lève les
    # notes."; said "getting worse", "improve"
    (r"\b(grades|marks)\s+(?:are|have\s+been)\s+slipping\b", r"\1 are getting worse"),
    (rf"\bget\s+({POSSESSIVE})\s+(grades|marks)\s+up\b", r"improve \1 \2"),
    # "He's repeating a year." → "Il répét en un an.", "She skipped a grade." → "Elle sauta une note."
    (r"\brepeating\s+a\s+(?:year|grade)\b", "repeating the year"), (r"\bskipped\s+a\s+grade\b", "skipped a year"),
    # "I got my report card today." → "J'ai reçu ma carte de rapport…"; said "school report" ("rapport scolaire")
    # a pupil's, not a government's ("its report card on child poverty" in the Hansard)
    (r"\b(my|your|his|her)\s+report\s+card\b", r"\1 school report"),
    # "Class starts at nine sharp." → "Les clas commencent…"; "The class starts…": "La classe commence…"
    (r"^class\s+(starts|begins)\b", r"The class \1"),
    # "Break time is at half past ten." → "Le temps break est…"; said "The break is" ("La pause est…")
    (r"\bbreak\s+time\s+(is|was)\b", r"the break \1"),
    # "Lectures are cancelled this week." → "Les lois sont annulées…"; said "Classes" ("Les cours sont annulés…")
    (r"\blectures\s+(?=(?:are|were|have\s+been|will\s+be)\s+cancell?ed\b)", "classes "),
    # "Fingers crossed for your results." → "Les poissons ont traversé vos résultats."; said "I hope … will be good"
    (r"^fingers\s+crossed\s+for\s+(your|his|her|their|the)\s+results\b", r"I hope \1 results will be good"),
    (r"^fingers\s+crossed\s+for\s+(your|his|her|their|the)\s+(exam|test)\b", r"I hope \1 \2 goes well"),
)
PHRASES += (   # children's days, clubs, libraries and student life (the same as above)
    # "I'll drop the kids off at school." → "Je vais abandonner les enfants à l'école.", "I dropped the children off at
    # school." → "J'ai laissé tomber les enfants…"; said "take … to" ("J'ai emmené les enfants à l'école."); not "Can
    # you drop…", "She drops…" ("déposer", "dépose" as it was)
    *((rf"{drop}\s+((?:the|{POSSESSIVE})\s+(?:kids|children|son|daughter|boys|girls)|him|her|them)\s+off\s+at\s+"
       r"(school|nursery|daycare)\b", rf"{take} \2 to \3")
      for drop, take in ((r"(['’]ll|\bwill)\s+drop", r"\1 take"), (r"\b(dropped)", "took"))),
    # "My kids are on half-term this week." → "Mes enfants sont demi-temps…"; said "on holiday" ("en vacances")
    (r"\bon\s+half[\s-]?term\b", "on holiday"),
    # "Did you sign the permission slip?" → "As-tu signé l'escalade de permission ?"; "She needs a new pencil case." →
    # "…une nouvelle affaire de crayon."; said "consent form" ("le formulaire de consentement"), "pencil box"
    (r"\bpermission\s+slip(s?)\b", r"consent form\1"), (r"\bpencil\s+case(s?)\b", r"pencil box\1"),
    # "She's going to a coding camp this summer." → "…un camp à coding…"; said "programming"
    (r"\bcoding\s+(camps?|clubs?|class(?:es)?|courses?)\b", r"programming \1"),
    # "I teach kids from six to eleven." → "…de six à onze heures."; said "from six to eleven years old"
    (rf"\b(kids|children|pupils)\s+(?:aged\s+)?from\s+({_AGE})\s+to\s+({_AGE}){AT_END}", r"\1 from \2 to \3 years old"),
    # "My library books are overdue." → "…sont surmontés."; "The book is checked out." → "Le livre est vérifié."
    (r"\b(books?)\s+(is|are|was|were)\s+overdue\b", r"\1 \2 late"),
    (r"\bbook\s+is\s+checked\s+out\b", "book has been borrowed"),
    (r"\bbooks\s+are\s+checked\s+out\b", "books have been borrowed"),
    # "I'm on a gap year." → "Je suis sur une année écartée."; said "taking a year off" ("…un an de congé")
    (rf"\b({BE})\s+on\s+a\s+gap\s+year\b", r"\1 taking a year off"),
    (r"\b(take|takes|taking|took|taken)\s+a\s+gap\s+year\b", r"\1 a year off"),
    # "I live in student halls." → "…dans les salles d'étudiant."; said "a student residence"
    (r"\b(in|at|to|into)\s+(?:the\s+)?(?:student\s+halls|halls\s+of\s+residence)\b", r"\1 a student residence"),
    # "The canteen food is awful." → "La nourriture de canapé…"; said "cafeteria" ("…de la cafétéria…")
    # a place to eat, not a flask (a canteen of water, its last drop)
    (r"^(?!.*\b(?:water|drops?|fill|filled|thirst\w*|sip|belt|soldiers?)\b)(.*?)\b(the|a|our|their|school|staff|"
     r"work|university|my|your)\s+canteen(s?)\b", r"\1\2 cafeteria\3"),
    # "Do you get student discount here?" → "Est-ce que tu es rabais ici ?"; said "a discount for students"
    (r"\b(get|have|give|offer|offers|is\s+there)\s+(?:a\s+)?student\s+discount\b", r"\1 a discount for students"),
    # "I pulled an all-nighter before the exam." → "J'ai tiré une nuit blanche…"; said "stayed up all night"
    (r"\bpulled\s+an\s+all[\s-]?nighter\b", "stayed up all night"),
    (r"(?<!\blet['’]s\s)\bpull\s+an\s+all[\s-]?nighter\b", "stay up all night"),   # "Faisons une nuit blanche"
    # "My roommate is really messy." → "Mon compagnon de chambrée est vraiment désagréable.", "My brother is really
    # messy." → "Mon frère est vraiment fou."; a person said "disorganized" ("…est vraiment désorganisé."), not a room
    (r"\b((?:roommate|flatmate|housemate|brother|sister|son|daughter|husband|wife|partner|boyfriend|girlfriend)\s+is|"
     r"(?:he|she)(?:['’]s|\s+is)|I['’]m|I\s+am)\s+((?:so|very|really|quite|a\s+bit|a\s+little|too)\s+)?messy\b",
     r"\1 \2disorganized"),
    # "My brain is fried." → "Mon cerveau est frigo."; said "I am exhausted"
    (r"\bmy\s+brain\s+is\s+(?:completely\s+|totally\s+)?fried\b", "I am exhausted"),
    # words33 (s32): "…so I can sign up before the end of the week?" → "…que je puisse signer…", "I want to sign up for
    # the yoga class." → "Je veux signer pour la classe du yoga."; "get registered": "…être inscrit pour le cours en
    # ligne ?", "…être enregistré avant la fin de la semaine ?", "As-tu été inscrit pour le voyage ?"; a base form
    # after "to", a modal or "Can I" ("Can we sign up…?" came out "Pouvons-nous nous inscrit…"), not one signing others
    # up ("sign up new members")
    (r"\b(to|can\s+I|could\s+I|can|could|will|must|should|please|['’]ll)\s+sign\s+up\b"
     r"(?!\s+(?:the|a|an|him|her|them|me|us|new|people|members|customers|volunteers)\b)", r"\1 get registered"),
    # "She has been learning to play the guitar for three years." → "Elle a appris à jouer de la guitare depuis…"
    # (over); "learning the guitar": «Elle apprend la guitare depuis trois ans», «J'apprends le piano depuis deux
    # ans», «Il apprend le violon depuis mars» (an instrument learnt for or since a time)
    (r"\b(been\s+learning)\s+to\s+play\s+(?=the\s+[\w-]+\s+(?:for|since)\b)", r"\1 "),
    # "Our kids start school again on Monday…" → "Nos enfants commencent à l'école lundi…" (again lost); "go back to
    # school": «Nos enfants retournent à l'école lundi…», «Mon fils est retourné à l'école…», «Elle retourne…»
    *((rf"\b{typed}\s+school\s+again\b", f"{said} back to school")
      for typed, said in (("start", "go"), ("starts", "goes"), ("started", "went"), ("starting", "going"))),
    # "She has been learning Spanish for two years because she wants to move to Madrid…" → "Elle a appris l'espagnol
    # depuis deux ans parce que…" (short, it came out right); in the present with "since": «J'apprends le français
    # depuis six mois parce que…», «Il apprend le piano depuis janvier et il joue déjà très bien», «Elle apprend
    # l'espagnol depuis deux ans parce qu'elle veut…», «Ils apprennent le japonais depuis l'année dernière» (a subject
    # and one thing learnt: not "learning to drive", "learning a lot")
    (rf"\b(I|you|we|they)(?:\s+have|['’]ve)\s+been\s+learning\s+((?:the\s+)?[\w-]+)\s+{_LEARNT_SINCE}",
     r"\1 learn \2 since"),
    (rf"\b(he|she)(?:\s+has|['’]s)\s+been\s+learning\s+((?:the\s+)?[\w-]+)\s+{_LEARNT_SINCE}",
     r"\1 learns \2 since"),
    # "I'm worried about my math exam on Tuesday because I didn't have enough time…" → "…au sujet de mon examen mardi
    # parce que…" (math lost); "math test": «…au sujet de mon examen de mathématique mardi parce que…», «Il a échoué à
    # son examen de mathématique», «Nous avons un test de mathématique vendredi» (short, "math exam" came out right;
    # not "maths exam", «un examen de maths» as school.py leaves it)
    (r"\bmath\s+exam(s?)\b", r"math test\1"),
    # "…I didn't have enough time to revise this year." → «…pour revoir cette année.»; "study": «…pour étudier
    # cette année.» (school.py reads "revise for", "revise together"); bare "revise", no thing revised
    *((rf"\b{typed}(?=\s*(?:[.,;:!?]|$)|\s+(?:tonight|today|tomorrow|now|hard|properly|at\s+home|"
     r"(?:this|next|every|all)\s+(?:year|week|weekend|term|summer|evening|morning|afternoon|night|day)\b))",
     said) for typed, said in (("revise", "study"), ("revising", "studying"))),
    # an exam passed, the exam not named after it: "Most of the candidates passed the first time." → «…ont passé…» (sat
    # it), "Half of the candidates passed." «…sont passés.», "…all the students passed." «…sont morts.»; "succeeded":
    # «…ont réussi la première fois.», «…a réussi cette année.» (after who sat it only: not "The years passed and…",
    # "The bus passed and the students waved.")
    (r"^(?=.*\b(?:exams?|tests?|studied|class|students|pupils|candidates)\b)(.*?\b(?:students|pupils|candidates|class|"
     r"everyone|everybody|all|both|half|most|I|you|he|she|we|they|us|them|kids|children|son|daughter|brother|sister|"
     r"friends?)\s+(?:(?:all|both|finally|easily|just)\s+)?)passed(?=\s*(?:[.,;!?]|$)|\s+(?:the\s+first\s+time|"
     r"this\s+year|last\s+year|easily|too|and|but)\b)", r"\1succeeded"),
    # a verb's tense: "…mistakes with the past tense." → «…la tense passée.», "The past tense in French is
    # difficult." «L'assistance en français…», "Can you explain the future tense?" «…l'avenir tendue ?»; "the past",
    # "the future": «le passé», «l'avenir», «le présent et le passé» (5 of 5)
    (r"\bthe\s+(past|present|future)\s+tense\b", r"the \1"),
    (r"\b(past|present|future)\s+tense\s+and\s+the\s+(past|present|future)\s+tense\b", r"\1 and the \2"),
    # a beginner: "hi, i just started learning french" → «Salut, je viens d'apprendre le français» (have learnt
    # it); "have just begun to learn": «j'ai juste commencé à apprendre le français», «…à apprendre le piano.» (5 of
    # 5); "I just started learning the piano." had «J'ai commencé…» too, which it keeps in meaning
    (r"\b(I|we|you|they)\s+just\s+started\s+learning\b", r"\1 have just begun to learn"),
    (r"\b(he|she)\s+just\s+started\s+learning\b", r"\1 has just begun to learn"),
    # reading aloud (s40, left53; long46): "The teacher asked me to read the poem aloud." came out «…de lire le
    # poème.», "She read the letter aloud to her grandmother." «Elle a lu la lettre à sa grand-mère.» (aloud lost);
    # "in a high voice": «…lire le poème en haute voix.» (3 of 3; «à haute voix» is the idiom, the sense is kept:
    # "out loud" came out «à haute voix» once, «plus fort», lost; "with a loud voice" «avec une voix forte»)
    (r"\b(read|reads|reading)\s+((?:the|a|an|my|his|her|your|our|their|this|that|it|them)\b(?:\s+\w+){0,3}?)"
     r"\s+aloud\b", r"\1 \2 in a high voice"),
    (r"\b(read|reads|reading)\s+aloud\b(?=\s*(?:[.,;!?]|$)|\s+(?:to|in|for|every|at|when|while|because|and|so)\b)",
     r"\1 in a high voice"),
    (r"\b(read|reads|reading)\s+aloud\s+((?:the|a|an|my|his|her|your|our|their|this|that)\s+(?:\w+\s+){0,2}?\w+)"
     r"(?=\s*(?:[.,;!?]|$)|\s+(?:to|in|for|every|at)\b)", r"\1 \2 in a high voice"),     # "read aloud the page"
    # long48 (s40): an exam moved to a day (demo.py reads a meeting's so) → "…que l'examen a été déménagé à mercredi"
    # (moved house), "The exam has been moved to Wednesday…" → «L'examen a été emménagé mercredi…»; "is now on":
    # «L'examen est maintenant mercredi…», «L'examen est maintenant lundi.»
    (r"\b(the|our|my|your|this|that|tomorrow['’]s|today['’]s)\s+(\w+\s+)?(exam|test)\s+(?:is|was|has\s+been)\s+"
     r"moved\s+to\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)", r"\1 \2\3 is now on "),
    # left54 (s40; left53): "an exchange student" → «Ma sœur est étudiante en Espagne.» (exchange lost), «un échange
    # étudiant», «Il est venu… en échange.»; "a student on an exchange programme": «…étudiante sur un programme
    # d'échange…», «L'étudiant sur un programme d'échange vit avec…» ("student on exchange" came out «sur l'échange»)
    # left55 (s41): "in exchange" instead: "She was an exchange student in Canada." read so had come out «C'était un
    # programme d'échange étudiant…», "Our exchange student comes from Brazil." «Notre programme d'échange étudiant
    # vient…»; "a student in exchange": «…étudiante en échange en Espagne.», «L'étudiant en échange vit avec nous.»,
    # «J'étais étudiant en échange…», «Notre étudiant en échange vient du Brésil.» (5 of 6; "She was…" «C'était un
    # étudiant en échange…», which mends/jobs.py writes «Elle était étudiante…»)
    (r"\b(?:an|a)\s+exchange\s+student\b", "a student in exchange"),
    (r"\b(the|our|my|your|their|this)\s+exchange\s+student(s?)\b", r"\1 student\2 in exchange"),
    # (bare plural as before: "I wonder if exchange students can join this club." read "in exchange" came out
    # «…les étudiants d'échange peuvent se joindre à ce ce club.»)
    (r"\bexchange\s+students\b", "students on an exchange programme"),
    # left54 (s40; left53): saying and thinking aloud (as reading above): "Don't say it aloud." → «Ne le dites pas
    # aloud.», "He was thinking aloud." → «…en train de songer à l'évidence.», "She said the answer aloud." → «…la
    # réponse éloquente.»; "in a high voice": «Ne le dites pas à haute voix.», «Il pensait à haute voix.»
    (r"\b(say|says|said|saying|think|thinks|thought|thinking|count|counts|counted|counting|repeat|repeats|repeated|"
     r"repeating)((?:\s+(?:it|that|this|them|(?:the|his|her|my|your|our|their|these|those)\s+\w+))?)\s+aloud\b",
     r"\1\2 in a high voice"),
    # drama as a school subject: "She studies drama at school." → «…le drame…», "I take drama classes…" «…des cours
    # dramatiques…», "He joined the drama club." «…le club dramatique.»; said "theatre": «Elle étudie le théâtre…»,
    # «Mon fils veut étudier le théâtre.», «…les cours de théâtre…», «…le club du théâtre.» (6 of 6; "Our drama
    # teacher…" said so lost the theatre, «Notre professeur est très drôle.»: not a teacher)
    (r"\b(stud(?:y|ies|ied|ying))\s+drama\b", r"\1 theatre"),
    (r"\bdrama(\s+(?:class|classes|lessons?|clubs?|courses?|school|students?))\b", r"theatre\1"),
)
PHRASES += (   # left55 (s41): a university's dissertation, a false friend
    # "I am writing my dissertation." → «J'écris ma dissertation.» (a school essay in French), "Her dissertation is
    # about French history." → «Sa dissertation…», "She defended her dissertation." → «…sa dissertation.»; "thesis":
    # «J'écris ma thèse.», «Sa thèse traite de l'histoire française.», «Elle a défendu sa thèse.»
    # (one: "Their dissertations are long." read "theses" came out «Ils sont longs.», the theses lost)
    (r"\bdissertation\b", "thesis"),
)
PHRASES += (   # vocab56 (s41): vocab55's leftover
    # nursing as a subject: "My sister is studying nursing." → «Ma sœur étudie l'infirmière.», "He wants to study
    # nursing." «…étudier l'infirmière.», "She studied nursing in Paris." «…l'infirmière à Paris.»; said "to be a
    # nurse": «Ma sœur étudie pour être infirmière.», «Il veut étudier pour être infirmier.», «Elle étudia pour être
    # infirmière à Paris.» (3 of 3)
    (r"\b(stud(?:y|ies|ied|ying))\s+nursing\b", r"\1 to be a nurse"),
)
PHRASES += (   # senses59 (s41): a school's mark as a brand's
    # "I got a good mark in maths." → «…une bonne marque en maths.», "He got a bad mark for his essay." «…une mauvaise
    # marque…», "I got a low mark on the test." «…une faible marque…»; "grade": «…une bonne note en maths.» (a mark
    # said good, bad, low… and a school word in the line; not a mark left on a table or a wall; singular only: the
    # plural came out right as typed, "She always gets good marks in French." «…de bonnes notes…»)
    (rf"^(?=.*\b(?:{_SUBJECT}|tests?|exams?|essay|homework|teacher|report|term|quiz|class)\b)(.*?\b(?:good|bad|better|"
     r"best|high|higher|highest|low|lower|lowest|poor|top|full|excellent|great|terrible|average|pass(?:ing)?)\s+)"
     r"mark\b(?!s)", r"\1grade"),
)
PHRASES += (   # senses59 (s41): a school's gym or PE lesson
    # "We have gym on Tuesday." → «Nous avons des gym mardi.», "We have PE on Tuesday." «Nous avons PE mardi.», "The
    # kids have PE today." «…ont PE…»; "sport": «Nous avons du sport mardi.» (had as a lesson; "PE kit" came out
    # right, «vêtements de sport»)
    (r"\b(have|has|had)\s+(?:gym|(?-i:PE|P\.E\.))(?=\s+(?:on|today|tomorrow|this|next|every|at|after|before|in|"
     r"with|first|again|twice)\b|\s*[.,;!?]|$)", r"\1 sport"),
    # British school words (british60, s41): "The headteacher wants to see you." → «La tête veut vous voir.», "Our
    # headteacher is very strict." «Notre tête…», "She became headteacher last year." «…la tête…»; "principal": «Le
    # principal veut te voir.», «Notre principal est très strict.», «Elle est devenue principal…» (3 of 4 wrong, 4 of
    # 4 right; "headmaster" came out «Notre tête…», «…chef de tête…»; "head teacher" in two words is read above)
    # not a new one, right as typed ("Our school has a new headteacher." «…un nouveau directeur.»)
    (r"(?<!\bnew\s)\bheadteacher(s?)\b", r"principal\1"),
    # a school's term: "The summer term ends in July." → «Le terme d'été…», "The autumn term is the longest." «Le plus
    # long terme est l'automne.»; "trimester": «Le trimestre d'été se termine en juillet.», «Le trimestre d'automne
    # est le plus long.», «Le trimestre de Noël était très occupé.» (4 of 4); only a season's term
    (r"\b(summer|autumn|spring|winter|Christmas|Easter)\s+term(s?)\b", r"\1 trimester\2"),
)
# an exam or a test sat (a driving test too), not a test drive or its results
_EXAM = (r"((?:an?|the|my|your|his|her|our|their|this|that|some)\s+(?:(?:final|maths?|math|French|English|history|"
         r"science|driving|entrance|written|oral|big|last|first|next|practice|spelling)\s+)?(?:exams?|tests?))\b"
         r"(?!\s*(?:drive|results?|papers?|tubes?|runs?|cases?|scores?)\b)")
PHRASES += (   # colloc60 (s41): an exam being taken, taken
    # "I'm taking an exam tomorrow." → «Je prends un examen demain.», "We are taking a test on Friday." «Nous prenons
    # un examen…», "He is taking the driving test on Monday." «Il prend l'examen…», "She took the exam twice." «Elle
    # prit l'examen…»; said "have" («J'ai un examen demain.», «Nous avons un examen vendredi.», «Il a le test de
    # conduite lundi.») and "did" («Elle a fait l'examen deux fois.»); one's own exam only (a pronoun says who)
    (rf"\b(I)(?:['’]m|\s+am)\s+((?:also|still)\s+)?taking\s+{_EXAM}", r"\1 \2have \3"),
    (rf"\b(he|she)(?:['’]s|\s+is)\s+((?:also|still)\s+)?taking\s+{_EXAM}", r"\1 \2has \3"),
    (rf"\b(we|you|they)(?:['’]re|\s+are)\s+((?:also|still)\s+)?taking\s+{_EXAM}", r"\1 \2have \3"),
    (rf"\b({WHO})\s+took\s+{_EXAM}", r"\1 did \2"),
)
