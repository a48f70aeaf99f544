"""Phrases of office life, meetings and mail, job hunting, school and university, computers and phones the model had
read as another meaning."""

from __future__ import annotations

from .common import BE, PERSON_BE, POSSESSIVE, WHO

_WHO = rf"({WHO})"
_MACHINE = r"(?:computer|laptop|PC|phone|mobile|tablet)"   # not "screen" ("The screen is blocked.": "La crème…")
_PRINTER = r"(?:printer|photocopier|copier|scanner)s?"
_TO_SCHOOL = (r"(?:the\s+lecture|the\s+lesson|the\s+class|class|classes|school|lessons|lectures|work|the\s+meeting|"
              rf"{POSSESSIVE}\s+(?:lectures?|class(?:es)?|lessons?|seminars?|tutorials?))\b")
_WHOSE = (("my", "me"), ("his", "him"), ("her", "her"))
_MAILS = r"\b(will|['’]ll|can|could|please|to|would|I|we|you|just)\s+e-?mail\s+"   # "email" a verb
_NOT_AFTER = (r"(?!(?:by|on|at|in|before|after|tonight|today|tomorrow|as|when|if|and|or|so|please|now|later|"
              r"asap|again)\b)")   # the next word after a thing e-mailed
_THEIR = r"(?:our|the|my|your|his|her|their|all\s+the|these|those)\s+"
_SCHOOL_WORK = r"(?:tests?|exams?|essays?|homework|exam\s+papers|assignments?|dissertations?)"
# a line about work: "our department" is a service there ("notre ministère" had come out)
_WORK = (r"(?=[^.!?]*\b(?:manager|boss|colleagues?|work|works|working|office|team|company|meeting|staff|budget|"
         r"head)\b)")
# a business one keeps: run as "manage", not as a race or a program
_BUSINESS = (r"(?:a|an|the|this|that|their|our|his|her|my|your|its|own|his\s+own|her\s+own|their\s+own|our\s+own|"
             r"my\s+own)\s+(?:(?:small|little|family|local|busy|big|tiny|nice|new)\s+)?(?:shop|store|hotel|"
             r"restaurant|caf[eé]|bakery|business|bar|pub|guesthouse|farm|bookshop|bookstore|boutique|"
             r"company|firm)s?\b")
# who keeps it: a subject before the verb ("Who ran the shop…" came out «Qui a réussi le magasin» read so, "I manage
# a small bookshop" «Je débrouille…»: left)
_KEEPERS = r"(?:they|their\s+\w+|my\s+\w+|our\s+\w+|his\s+\w+|her\s+\w+|your\s+\w+|the\s+\w+|parents|people)"
_MAIL = r"(?:e-?mails?|messages?|mails?|threads?|letters?)"
_COPIED = r"(me|us|him|her|them|(?:my|our|your|his|her|their|the)\s+(?:[\w-]+\s+)?[\w-]+)"
_DEALT = r"(?:refunds?|orders?|requests?|applications?|payments?|complaints?|claims?|returns?|cancellations?)"
_WHOSE_DEALT = rf"\s+(?:your|the|my|our|this|their|his|her)\s+{_DEALT}\b"
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it, as in orders
    # "I'm off sick today, I'll answer…" → "Je ne suis pas malade aujourd'hui…" (the very opposite), "She's been off
    # sick since Monday." → "Elle est offue depuis lundi.", "I was off sick for most of last week…" → "…j'ai été
    # congé…"; said "sick" ("Elle est malade depuis lundi.")
    (rf"\b({BE}(?:\s+(?:still|currently|now|also))?)\s+off\s+sick\b", r"\1 sick"),
    # "The printer is jammed again." → "L'imprimante est à nouveau ennuyée.", "The printer on the second floor is
    # jammed again…" → "…est à nouveau ennuyée…", "The printer in our office has been jammed all morning…" → "…a été
    # ennuyée…"; said "stuck" ("L'imprimante est à nouveau coincée.", "…a été coincée…")
    (rf"\b({_PRINTER}\b[^.!?,;]{{0,40}}?\s+(?:{BE}|has\s+been|have\s+been|got|gets|keeps\s+getting)"
     r"(?:\s+(?:completely|totally|still|always))?)\s+jammed\b", r"\1 stuck"),
    # "My laptop froze and I lost my work." → "Mon ordinateur portable gela…", "My computer froze in the middle of the
    # meeting." → "Mon ordinateur gele…", "My phone froze when…" → "Mon téléphone gela…"; said "was blocked" ("a été
    # bloqué"); "My laptop keeps freezing." → "…reste libre.", "My phone keeps freezing." → "…reste gratuitement."
    (rf"\b({_MACHINE})\s+froze\b(?!\s+(?:the|their|its|all|his|her|our|my|your)\b)", r"\1 was blocked"),
    (rf"\b({_MACHINE})\s+keeps\s+freezing\b", r"\1 keeps getting blocked"),
    # "My computer keeps crashing." → "Mon ordinateur est toujours en train d'écraser.", "My laptop keeps crashing
    # when…" → "…reste écrasé…", "The app keeps crashing on my phone." → "La pomme continue à se moquer…"; said "stops
    # all the time" ("Mon ordinateur s'arrête tout le temps.")
    (rf"\b({_MACHINE}|app|program|browser)\s+keeps\s+crashing\b", r"\1 stops all the time"),
    # "I'm going to log off now…" → "Je vais descendre maintenant…", "Don't forget to log out when you leave." →
    # "N'oublie pas de bûcher…", "How do I log off?" → "Comment est-ce que je bûche ?", "Did you log out of your
    # email?" → "Avez-vous brûlé votre courriel ?"; said "close the session" ("fermer la session")
    # the verb: not a logout button, nor a log sawn off ("Click the logout button.", "He sawed the end of the log off."
    # had been read "Click the close the session button.", "…the end of the close the session.")
    # nor the loggers' "log off the old forest" ("They log off the old forest…" had been read "They close the session
    # the old forest…"): said alone, or of a system, an account or a computer
    (r"(?<!\bthe\s)(?<!\ba\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\byour\s)\blog\s*(?:off|out)\b(?!\s+of\b)"
     r"(?![\s-]+(?:button|page|link|screen|option|menu|icon|time|process|form)\b)(?=\s*(?:[.,;:!?)]|$)|\s+(?:now|when|"
     r"before|after|at|and|or|first|then|please|properly|every|each|if|so|from|again|yet|too|later|tonight|today)\b)",
     "close the session"),
    (r"\blog\s*(?:off|out)\s+(?:of\s+|from\s+)?(?=(?:my|your|his|her|our|their|the)\s+(?:\w+\s+)?(?:system|computer|"
     r"laptop|account|network|app|website|site|server|email|e-mail|session|phone|portal|profile)s?\b)",
     "close the session of "),
    # "My inbox is full." → "Mon renard est plein.", "…three hundred unread emails in my inbox." → "…dans mon inbox.",
    # "Check your inbox…" → "Vérifiez votre inboxe…"; said "email box" ("Ma boîte de courriel est pleine.")
    (r"\binbox(es)?\b", r"email box\1"),
    # "I'll email you the details." → "Je vais vous courriels les détails.", "Could you email it to me tonight?" →
    # "Pourriez-vous me le courriel ce soir ?", "Can you email me the address?" → "…m'embêter l'adresse ?"; said
    # "send … by email" ("Je t'enverrai les détails par courriel.")
    (rf"{_MAILS}(it|them|this|that)\s+to\s+(me|you|him|her|us|them)\b", r"\1 send \2 to \3 by email"),
    (rf"{_MAILS}(me|you|him|her|us|them)\s+((?:the|a|an|your|my|his|her|our|their|this|that|some)\s+"
     rf"(?:[\w-]+\s+{_NOT_AFTER})?[\w-]+)\b(?!\s+(?:of|to|for|about|from)\b)", r"\1 send \2 \3 by email"),
    # a call's sound: "Can you unmute yourself?" → "Peux-tu te déranger ?", "Can you unmute your microphone?" →
    # "…déboucher votre microphone ?", "You're on mute." → "Vous êtes en mute.", "Your camera is off." → "Votre
    # appareil photo est en congé.", "My microphone was off the whole time." → "…était en congé…"; said with the
    # microphone turned on or off ("Pouvez-vous allumer votre microphone ?", "Ton appareil photo est éteint.")
    (r"\bunmute\s+(?:yourself|your\s+(?:microphone|mic))\b", "turn on your microphone"),
    (r"\b(?:you['’]re|you\s+are)\s+(still\s+)?on\s+mute\b", r"your microphone is \1turned off"),
    # (not "off to", "off the charts", "off the table": a device left off, "off the whole time")
    (r"\b(camera|microphone|mic|video|webcam)\s+(is|was)\s+off\b"
     r"(?!\s+(?:to|for|by|at|on|in|from|of|the\s+(?!whole\b))\b)", r"\1 \2 turned off"),
    # "He's self-employed." → "Il est autonome." (self-reliant), "She's self-employed and works from home." → "Elle est
    # autonome…", "I've been self-employed for ten years." → "J'ai été autonome…"; said "independent" ("Il est
    # indépendant."); a person said so, not "self-employed workers" (Hansard: "travailleurs autonomes" as it was)
    (rf"({PERSON_BE}(?:\s+(?:now|still|also|both))?)\s+self-?employed\b", r"\1 independent"),
    # "How did your job interview go?" → "Comment s'est déroulé votre emploi ?", "The job interview lasted two hours…"
    # → "Le travail a duré deux heures…"; said "interview" ("Comment s'est passé ton entrevue ?"); not "a job
    # interview" ("une entrevue d'emploi" as it was)
    (r"\b(your|my|the|his|her|their|our|this|that)\s+job\s+interview(s?)\b", r"\1 interview\2"),
    # "I skipped the lecture this morning." → "J'ai chargé le cours ce matin.", "We skipped class to go to the
    # beach." → "Nous avons séjourné le cours…", "I skipped the meeting this morning." → "J'ai chargé la réunion…";
    # said "didn't go to" ("Je ne suis pas allé au cours…"); a class or work, not "skipped breakfast"
    (rf"\b{_WHO}\s+skipped\s+(?={_TO_SCHOOL})", r"\1 didn't go to "),
    # "Our teacher gave us loads of homework." → "…des pleins de devoirs.", "There were loads of people at the
    # conference." → "…des fous de gens…", "I've got loads of work to do…" → "J'ai du travail…"; said "a lot of"
    # ("beaucoup de devoirs"); after a verb, not loads carried ("debt loads of over $50,000", "different loads of
    # garbage", "tractor-trailer loads of goods" in the Hansard)
    (r"(^|\b(?:have|has|had|got|get|gets|are|were|is|was|['’]s|['’]re|with|buy|bought|made|make|need|needs|spent|"
     r"spend|did|despite|us|me|them|him|you)\s+)loads\s+of\b", r"\1a lot of"),
    # "The teacher marked our tests." → "L'instituteur a marqué nos tests.", "Has the teacher marked your homework
    # yet?" → "…déjà marqué tes devoirs ?", "She spent the weekend marking essays." → "Elle passa les dissertations
    # du week-end."; said "corrected" ("a corrigé nos tests")
    # (with its determiner: not the noun, "good marks in exams", "a mark in tests")
    # not marked with a name or as confidential ("Please mark the exam papers with your candidate number.", "They
    # marked the tests as confidential." had been read "…correct the exam papers with…", "…corrected the tests as…")
    *((rf"\b{mark}\s+(?={_THEIR}(?:\w+\s+)?{_SCHOOL_WORK}\b(?!\s+of\b)(?![^.!?]*\b(?:as|with)\b))", f"{correct} ")
      for mark, correct in (("mark", "correct"), ("marked", "corrected"))),
    (rf"\bmarking\s+(?=(?:{_THEIR})?(?:\w+\s+)?{_SCHOOL_WORK}\b)", "correcting "),
    # "He dropped out of university." → "Il est tombé à l'université.", "She dropped out of school at sixteen." →
    # "Elle est tombée à dix-huit ans."; said "left … without finishing" ("Il a quitté l'université sans terminer.")
    # the school itself, not its teams ("Three players dropped out of school teams." had been read "…left school
    # without finishing teams.")
    *((rf"\b{drop}\s+out\s+of\s+((?:high\s+)?school|university|uni|college)\b(?![\s-]+(?:teams?|clubs?|choirs?|sports|"
       r"trips?|plays?|bands?|boards?|activities|programs?|programmes?|competitions?)\b)",
       rf"{leave} \1 without finishing")
      for drop, leave in (("drop", "leave"), ("drops", "leaves"), ("dropped", "left"), ("dropping", "leaving"))),
    # "We're hiring!" → "Nous sommes en train de nous déranger !", "They're hiring again." → "Ils dépêchent à
    # nouveau.", "The supermarket is hiring staff for the summer." → "Le supermarché fait du personnel…"; said
    # "recruiting" ("Nous recrutons !"); not before "new" ("We are hiring new staff." came out "Nous embaucheons…",
    # read it came out "Nous recruterons…", a future)
    (rf"\b({BE})\s+hiring\b(?=\s*(?:[.!?,]|$)|\s+(?:now|at\s+the\s+moment|right\s+now|again|for|staff|"
     r"people)\b)", r"\1 recruiting"),
    (r"\b(are|is)\s+(you|they|we|he|she|it)\s+hiring\b(?=\s*(?:[.!?,]|$)|\s+(?:now|at\s+the\s+moment|right\s+now|"
     r"again|for|staff|people)\b)", r"\1 \2 recruiting"),
    # "Can you cc me on that email?" → "Pouvez-vous me cuire sur ce courriel ?", "Please cc her on this email." →
    # "…catas-lui sur ce courriel.", "Can you cc us on the reply?" → "…nous ouvrir sur la réponse ?"; said "send me a
    # copy of" ("Pouvez-vous m'envoyer une copie de ce courriel ?")
    *((rf"\bcc\s+{who}\s+(?:in\s+)?(?:on|into)\s+(?=(?:the|this|that|your|my|his|her|all|future|these|those)\b)",
       f"send {who} a copy of ") for who in ("me", "him", "her", "us", "them")),
    # "Let's touch base next week." → "Surveillons à base…", "I'll touch base with you tomorrow." → "Je toucherai à la
    # base de toi…", "Can we touch base after the meeting?" → "…toucher des bases…"; said "talk" ("Parlons…")
    # not a base touched in baseball ("The runner failed to touch base." had been read "The runner failed to talk.")
    (r"^(?!.*\b(?:runners?|batters?|baseball|innings?|umpires?|home\s+plate|ran|running|base\s+runner|pitchers?|"
     r"catchers?|tagged)\b)(.*?)"
     r"\btouch\s+base\b", r"\1talk"),
    # "I've got a lot on my plate at work…" → "J'ai beaucoup sur mon assiette en travail…", "She has a lot on her
    # plate…" → "…sur sa assiette…", "You've got a lot on your plate." → "Tu as beaucoup sur ta assiette."; "a lot to
    # do" ("J'ai beaucoup à faire au travail…")
    # not food on a plate ("There's a lot on my plate, I can't finish it." had been read "There's a lot to do, I can't
    # finish it.")
    (r"^(?!.*\b(?:eat\w*|ate|finish\s+it|food|hungry|chew\w*|dinner|lunch|breakfast|meal|forks?|spoons?|knife|buffet|"
     r"piled|heaped|helpings?|"
     rf"vegetables|meat|chips|pasta|portions?|seconds)\b)(.*?)\ba\s+lot\s+on\s+{POSSESSIVE}\s+plate\b",
     r"\1a lot to do"),
    # "I'm snowed under with work." → "Je suis neigé sous le travail.", "We're snowed under at the moment." → "Nous
    # sommes neigées…", "We've been snowed under since Christmas." → "…neigées sous Noël."; said "overloaded"
    # ("Je suis surchargé de travail.")
    # said of people or with work, not of a village or cars under snow ("The village was snowed under for a week." had
    # been read "The village was overloaded for a week.")
    (rf"({PERSON_BE}(?:\s+(?:completely|totally|really|absolutely|a\s+bit|so|just|still))?)\s+snowed\s+under\b",
     r"\1 overloaded"),
    (r"\bsnowed\s+under\s+(?=with\s+(?!snow\b))", "overloaded "),
    # "We're short-staffed this week." → "Nous sommes à court de temps…", "The hospital is short-staffed at weekends."
    # → "L'hôpital est court…", "The school is short-staffed this year." → "L'école est courte…"; said "short of
    # staff" ("à court de personnel"); after "be", not before its noun ("the already short-staffed detachment")
    (rf"\b({BE}(?:\s+(?:so|very|really|still|always|badly|seriously|severely|already|a\s+bit))?)\s+short[- ]staffed\b"
     r"(?!\s+(?:by\s+)?(?:\d|some|about|over|nearly|almost))",   # not "short staffed 400 constables" (short by)
     r"\1 short of staff"),
    # "If you can't log in…, call the IT department…" → "…appelez le ministère du IT…" (a government's), "The IT
    # department is on the third floor." → "Le ministère du ITI…", "…contact the IT department." → "…contactez le
    # ministère du IT."; said "the computer service" ("le service informatique")
    (r"\b(the|our|your|their)\s+IT\s+(?:department|dept|services?)\b", r"\1 computer service"),
    # "Where do you see yourself in five years?" → "Où te trouves-tu en cinq ans ?", "…in ten years?" → "Où te
    # trouves-tu en dix ans ?"; said "want to be" ("Où voulez-vous être en cinq ans ?")
    # years ahead, not a photo ("Where do you see yourself in the photo?" had been read "…want to be in the photo?")
    (r"\bwhere\s+do\s+you\s+see\s+yourself\s+in\b(?=\s+(?:(?:a|an|\w+)\s+)?(?:years?|months?|decades?|years['’]\s+time)"
     r"\b|\s+the\s+(?:future|long\s+run|next)\b|\s+\d)", "where do you want to be in"),
    # "Can you cover my shift on Saturday?" → "Pouvez-vous couvrir ma boîte samedi ?", "She asked me to cover her
    # shift on Friday." → "…couvrir sa voiture vendredi.", "Could someone cover my shift tomorrow?" → "…couvrir mon
    # service demain ?"; said "replace me" ("Pouvez-vous me remplacer samedi ?")
    *((rf"\bcover\s+{whose}\s+shift\b(?![\s-]+(?:work|workers?|patterns?|allowance|premium|pay)\b)", f"replace {whom}")
      for whose, whom in _WHOSE),   # not "cover his shift work" (insurance)
    # "The meeting ran over by half an hour." → "La réunion a couru plus d'une demi-heure.", "The lecture ran over by
    # ten minutes." → "Le cours a couru plus de dix minutes.", "The call ran over by an hour." → "L'appel a couru…";
    # said "lasted … longer" ("L'appel a duré une heure de plus.")
    (r"\b(meeting|lecture|class|call|lesson|presentation|session)\s+ran\s+over\s+by\s+((?:an?|half\s+an|one|two|"
     r"three|four|five|ten|fifteen|twenty|thirty|forty|\d+)\s+(?:hours?|minutes?))", r"\1 lasted \2 longer"),
    # "Let's wrap up the meeting, we're out of time." → "Faisons la réunion…", "Can we wrap up the call?…" →
    # "Pouvons-nous décrocher l'appel ?…"; said "finish" ("Finissons la réunion…"); a meeting's, not "wrap up warm"
    (r"\bwrap\s+up\s+(?=(?:the|this|our|your|today['’]s)\s+(?:meeting|call|session|discussion|presentation|"
     r"lesson|lecture|project)\b(?![^.!?]*\b(?:paper|ribbon|box|gift|foil|wrapping)\b))", "finish "),   # not a gift
    # "The boss called a meeting at short notice." → "…à court terme.", "Thanks for coming in at short notice." → "Merci
    # d'être venu en court préavis.", "We had a meeting at very short notice." → "…une réunion très courte."; said "at
    # the last minute" ("à la dernière minute"); ending the sentence, and not of troops ready to leave on short notice
    # nor "…can give decisions on very short notice, the reasons come later" (Hansard: readiness, not lateness)
    (r"^(?!.*\b(?:ready|capab\w+|available|deploy\w*|standby|prepared|rapid\w*)\b)(.*?)\b(?:at|on)\s+"
     r"(?:very\s+|such\s+)?short\s+notice(?=\s*(?:[.!?]|$))", r"\1at the last minute"),
    # "The photocopier is broken." → "Le photocopier est cassé.", "Where is the photocopier?" → "Où est le
    # photocopier ?" (left in English); said "photocopying machine" ("la machine à photocopie")
    (r"\bphotocopier(s?)\b", r"photocopying machine\1"),
    # "Could you proofread my cover letter…?" → "Pourriez-vous rendre ma lettre…", "Can you proofread my essay?" →
    # "Peux-tu rendre ma rédaction ?", "I need someone to proofread my thesis." → "…pour prouver ma thèse."; said
    # "check" ("vérifier")
    # its past said "checked" ("He proofread my manuscript." had been read "He check my manuscript.")
    (r"\b(he|she|it|who|has|have|had|was|were|been|['’]ve|['’]d)\s+proof-?read\b", r"\1 checked"),
    (r"\bproof-?read\b", "check"),
    # "Who is taking the minutes today?" → "Qui prend les minutes aujourd'hui ?", "I'll send you the minutes of the
    # meeting." → "…les minutes de la réunion.", "Can you take the minutes today?" → "Peux-tu prendre les minutes…";
    # said "the report of the meeting" ("le rapport de la réunion"); not a committee's (Hansard: "procès-verbal")
    # not minutes of time ("It will take the minutes we have left.", "I took the minutes to think it over." had been
    # read "It will write the report of the meeting we have left.", "I wrote the report…to think it over.")
    *((rf"\b{take}\s+the\s+minutes\b(?!\s+(?:of|we|you|I|they|he|she|it|to|as|that|left|remaining|needed|"
       r"required|it\s+takes)\b)", f"{write} the report of the meeting")
      for take, write in (("take", "write"), ("takes", "writes"), ("took", "wrote"), ("taking", "writing"))),
    (r"\bthe\s+minutes\s+of\s+((?:the|this|our|today['’]s|yesterday['’]s)\s+(?:(?:last|next|first|previous|board|"
     r"team|staff|general|annual|weekly|monthly)\s+)?meeting)\b", r"the report of \1"),
    # "My son got detention for talking in class." → "…la détention de parler…", "He got detention for being rude…" →
    # "Il a été détention…", "…you'll get a detention." → "…tu auras une détention."; said "a punishment"
    # a school's, not the law's ("The refugees were given detention orders.", "People who arrive illegally get
    # detention." had been read "…given a punishment orders.", "…get a punishment.")
    (r"^(?!.*\b(?:refugees?|migrants?|asylum|illegal\w*|immigra\w+|prisoners?|suspects?|police|courts?|custody|"
     r"sentenced?|criminals?|offenders?|border|deport\w*)\b)(.*?)\b(got|get|gets|given|gave\s+(?:him|her|me|them|us))"
     r"\s+(?:a\s+)?detention\b(?!\s+(?:orders?|centres?|centers?|reviews?|hearings?|facilit\w+|camps?)\b)",
     r"\1\2 a punishment"),
    # "Homework is due on Monday." → "Les travails sont dûs lundi.", "The essay is due on Friday." → "La dissertation
    # est dû vendredi.", "Your assignments are due by the end of the month." → "…sont à cause de la fin du mois.";
    # said "must be handed in" ("La dissertation doit être rendue vendredi."); a day after it, not "due for review"
    (r"\b((?:the\s+)?(?:homework|essays?|assignments?|projects?))\s+(?:is|are)\s+due\s+(?=(?:on|by|tomorrow|next|"
     r"before|this|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)", r"\1 must be handed in "),
    # "She got top marks in history." → "Elle a eu des notes d'histoire." (top left out), "He always gets top marks in
    # maths." → "Il devient toujours des notes…", "She got top marks in her final exams." → "Elle a obtenu des
    # notes…"; said "the best marks" ("…les meilleures notes…")
    (r"(?<!\bthe\s)\btop\s+marks\b", "the best marks"),   # not "the top marks on the bridge" ("the the best…")
    # "My phone is almost out of battery…" → "…presque hors de batterie…", "Her phone is nearly out of battery." →
    # "…presque hors de batterie.", "My laptop is out of battery." → "…est hors de batterie."; said "the battery is
    # empty" ("Ma batterie de téléphone est presque vide…")
    (rf"\b(my|your|his|her|the|our|their)\s+({_MACHINE})\s+is\s+((?:almost|nearly)\s+)?out\s+of\s+battery\b",
     r"\1 \2 battery is \3empty"),
    # "My boss is always moaning about…" → "…se moque toujours de…" (makes fun of), "Stop moaning about the
    # weather." → "Arrêtez de vous moquer du temps.", "He's always moaning about his boss." → "Il se moque…"; said
    # "complaining" ("Il se plaint toujours de son patron.")
    *((rf"\b{moan}\s+(?=about\b)", f"{complain} ")
      for moan, complain in (("moan", "complain"), ("moans", "complains"), ("moaned", "complained"),
                             ("moaning", "complaining"))),
    # "He forgot to attach the file to the email…" → "…de relire le dossier…", "Please attach your CV to the email."
    # → "Veuillez attacher votre CV…" (tie), "Don't forget to attach the photos." → "…d'attacher les photos."; said
    # "add" ("Veuillez ajouter votre CV au courriel.")
    (r"\battach\s+(?=(?:the|a|this|that|your|my|these|those)\s+(?:\w+\s+)?(?:file|files|document|documents|photos?|"
     r"pictures?|pdf|report|invoice|CV|slides)\b)", "add "),
    # "…she works as a software developer…" → "…comme un métier…", "My brother is a software engineer." → "…ingénieur
    # de canapé.", "We're looking for two software developers." → "…deux muteurs de canapé."; said "programmer"
    # ("programmeur"); a person, not "Hardware and software developers" (Hansard: firms)
    (r"\b(a|the|my|your|his|her|our|their|two|three|four|five|\d+)\s+software\s+(?:developer|engineer)(s?)\b",
     r"\1 programmer\2"),
    # "What do you do for a living?" → "Que faites-vous pour votre vie ?"; "What is your profession?" comes out right
    (r"\bwhat\s+(?:is\s+it\s+)?(?:do\s+)?you\s+do\s+for\s+a\s+living\b", "what is your profession"),
    # "I am going to take a few days off to visit…" → "…prendre quelques jours pour visiter…" (off lost); said "of
    # holiday" ("jours de congé"); only before what they are for ("I'm taking a few days off." came out right)
    # not "3 days off to spare" ("jours de congé" had become "jours de vacances")
    (r"\b(a\s+few|a\s+couple\s+of|two|three|four|five|six|seven|ten|\d+|some|several)\s+days\s+off"
     r"(?=\s+to\s(?!\s*spare\b))",
     r"\1 days of holiday"),
    # "The project is on track and within budget." → "Le projet est sur la voie…", "…he says that we are on track."
    # → "…nous sommes sur la voie."; said "progressing as planned" ("progresse comme prévu"); only where the clause
    # ends or goes on with "and" (not "on track 3", "on track to …")
    (r"(\b(?:is|are|was|were)|['’](?:s|re))\s+on\s+track(?=\s*(?:[.,!?;]|and\b|$))", r"\1 progressing as planned"),
    # "The product launch is next week." → "Le déjeuner du produit…" (lunch); "the presentation of the product": "La
    # présentation du produit est la semaine prochaine."
    # ("the" only: "Our product launch went well." came out right, "Notre lancement de produit…")
    (r"\bthe\s+(new\s+)?product\s+launch\b", r"the presentation of the \1product"),
    # "Have a safe trip home, see you tomorrow." → "Prends une maison en sécurité…"; "a good trip back": "Passe un bon
    # voyage, on se voit demain."
    (r"\bhave\s+a\s+safe\s+(?:trip|journey)\s+(?:back\s+)?home\b", "have a good trip back"),
    # demo probe s30: "Let's call it a day." → "Arrêtons-la un jour.", "I think we should call it a day." → "…l'appeler
    # un jour."; said "stop for today" ("…nous devrions nous arrêter pour aujourd'hui.")
    (r"\bcall\s+it\s+a\s+day\b", "stop for today"),
    # long30 (s30): "Could you send me the slides from the meeting?" → "…les plats de la réunion ?", "…the slides from
    # yesterday's meeting…" → "…les statistiques…"; "presentation": "…la présentation de la réunion ?" (not a
    # playground's slides; not "the slides for the presentation": "the presentation for the presentation")
    (r"\bthe\s+slides\s+(?=(?:from|for|of)\s+(?:(?:the|this|that|my|your|our|his|her|their|yesterday['’]s|today['’]s|"
     r"tomorrow['’]s|last\s+week['’]s|this\s+morning['’]s)\s+)?(?:\w+\s+)?(?:meeting|talk|lecture|class|"
     r"call|webinar|workshop|conference|course|training)\b)", "the presentation "),
    # demo31 (s31): "She works in the marketing department." → "…dans le ministère de la commercialisation.", "He works
    # in the sales department." → "…le ministère des ventes.", "I called the accounting department." → "…le ministère
    # des comptables."; a company's "service": "le service de vente", "le service comptable" (not "the fire
    # department", "the police department", "the State Department"; the IT department is read above)
    (r"\b(marketing|sales|accounting|finance|purchasing|legal|human\s+resources|customer\s+service|technical|"
     r"communications?|design|research)\s+department(s?)\b", r"\1 service\2"),
)
PHRASES += (   # words37 (s34): untargeted probes of office and gadget sentences
    # "Could you confirm your attendance?" → "…votre assiette ?"; "presence": "…confirmer votre présence ?"
    (r"\bconfirm\s+(your|his|her|their|our|my)\s+attendance\b", r"confirm \1 presence"),
    # "The printer keeps jamming." → "L'imprimante continue à jouer."; "getting stuck": "…continue à être coincée."
    (rf"\b({_PRINTER}\b[^.!?,;]{{0,40}}?)\s+keeps\s+jamming\b", r"\1 keeps getting stuck"),
    # "My phone screen froze." → "Mon téléphone gela de gel.", "My phone screen is frozen." → "…est gelé."; "blocked"
    # ("Mon téléphone est bloqué.", "Mon ordinateur est à nouveau bloqué.")
    (rf"\b({_MACHINE})\s+screen\s+froze\b(?!\s+(?:the|their|its|all|his|her|our|my|your)\b)", r"\1 was blocked"),
    (rf"\b({_MACHINE})(?:\s+screen)?\s+(?:is|['’]s|has\s+been)\s+frozen\b", r"\1 is blocked"),
    # "I'm calling in sick today." → "J'appelle aujourd'hui malade."; "I'm sick today, I can't come to work" ("Je
    # suis malade aujourd'hui, je ne peux pas venir au travail.")
    (r"^I(?:['’]m|\s+am)\s+calling\s+in\s+sick(\s+(?:today|this\s+morning))?(?=\s*[.!]?\s*$)",
     r"I'm sick\1, I can't come to work"),
)
PHRASES += (   # words37 (s34): a mail's attachment "attached" as tied («attaché»)
    # "The agenda for tomorrow's meeting is attached." → "Le programme… est attaché."; "I attached": "J'ai joint le
    # programme pour la réunion de demain.", "J'ai joint le rapport."; a whole line only
    *((rf"^{whose}\s+((?:[\w'’-]+\s+){{0,7}}?[\w'’-]+)\s+(?:is|are)\s+attached(?=\s*[.!]?\s*$)",
       rf"I attached {whose} \1") for whose in ("the", "my", "our")),
    # "Please find the report attached." → "Veuillez trouver le rapport attaché…"; "find attached the report" (as
    # "Please find attached the minutes…": "Veuillez trouver ci-joint…")
    # "please" only ("You will find the invoice attached." read so lost it: "Tu trouveras la facture.")
    (r"\b(please\s+)find\s+((?:the|my|our)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+attached\b(?=\s*[.!,]?\s*$)",
     r"\1find attached \2"),
    # "…will change the way our department works?" → "…notre ministère ?"; "our service": "notre service"
    (rf"\b(our|my|your|his|her|their)\s+department\b(?!\s+stores?\b){_WORK}", r"\1 service"),
    # "…about the job you advertised on your website…" → "…du travail que vous avez fait de la publicité…";
    # "the job offer you published": "…l'offre d'emploi que vous avez publiée…"
    (r"\bthe\s+(?:job|position|post|vacancy|role)\s+(?:that\s+)?you\s+(?:advertised|posted)\b",
     "the job offer you published"),
    # "If you have any questions, please do not hesitate to contact our support team." → "…, s'il vous plaît,
    # n'hésitez pas…"; without "please": «Si vous avez des questions, n'hésitez pas à contacter…», «N'hésitez pas à
    # m'appeler si…», «Si vous avez besoin d'aide, n'hésitez pas à demander» ("Please do not hesitate to call me."
    # came out «Veuillez ne pas hésiter…»)
    (r"\bplease\s+(do\s+not|don['’]t)\s+hesitate\b", r"\1 hesitate"),
    # "…or do we have to start the whole thing again?" → «…recommencer toute la question ?»; "everything": «…tout
    # recommencer ?»
    (r"\b(start|starting|started|do|doing|redo|begin)\s+the\s+whole\s+thing\s+(again|over)\b",
     r"\1 everything again"),
    # "Please find attached the report…, and let me know if you have any questions." → «…et je vous prie de savoir
    # si…» ("me" lost; "Please let me know…" alone is right); "and tell me": «…et me dire si vous avez des questions»
    (r",\s+and\s+let\s+me\s+know\b", ". Please let me know"),
    # "I would like to apply for the position advertised in the newspaper." → «Je voudrais demander la publicité…», "I
    # saw the job advertised on your website." «…le boulot publicité…»; "the job offer": «…l'offre d'emploi sur votre
    # site web.», «L'offre d'emploi requiert trois ans…»
    (r"\b(the|this|your)\s+(?:position|job|post|vacancy|role)\s+(?:that\s+(?:was|you)\s+|you\s+)?advertised\b"
     r"(?=\s+(?:in|on|last|recently|online)\b)", r"\1 job offer"),
    (r"\b(the|this|your)\s+(?:position|job|post|vacancy|role)\s+advertised\b(?=\s*(?:[.,;!?]|$)|\s+(?:and|requires|"
     r"is|was|sounds|seems)\b)", r"\1 job offer"),
    # a business kept: "They run a shop in the old town." → «Ils courent un magasin…», "We run a restaurant…"
    # «Nous courons…», "My parents ran a hotel…" «…ont couru un hôtel…»; "manage": «Ils gèrent un petit magasin»,
    # «ont géré un hôtel», «Il a géré le restaurant» (4 of 4 after "they", "parents", "has"); "runs" came out right
    # as typed («dirige», «gère») and is left; "we manage" came out «Nous gèreons» (a spelling slip) and is left
    (rf"\b({_KEEPERS})\s+run\s+(?={_BUSINESS})", r"\1 manage "),
    (rf"\b({_KEEPERS})\s+ran\s+(?={_BUSINESS})", r"\1 managed "),
    (rf"\b(has|have|had)\s+run\s+(?={_BUSINESS})", r"\1 managed "),
    # a deadline in a long sentence: "…we expect to deliver the rest by the end of April." → «…d'ici avril.», "…return
    # the signed contract to our office by the end of March so that…" (the date lost), "…the new kitchen by the end of
    # May…" «…à la fin de mai…» (at, not by); "before the end of": «…avant la fin d'avril», «…avant la fin de mars…»,
    # «…avant la fin de mai…» (8 of 8 dates right); not opening a clause ("By the end of the day, I was tired."), nor
    # "by the end of the day", which another table reads and the model had right («d'ici la fin de la journée»)
    (r"(?<=\w\s)by\s+the\s+end\s+of\b(?!\s+(?:the\s+)?(?:day|today)\b)", r"before the end of"),
    # to design a thing: "…asked us to design their mobile app" → «…de diminuer leur programme…», "She wants to design
    # her own clothes." «…désigner ses propres vêtements.» (to designate); "conceive": «…concevoir…» (3 of 3); "He
    # designed the house" had «conçu» and is left
    (r"\b(to|can\s+you|could\s+you|will\s+you|would\s+you)\s+design(?=\s+(?:a|an|the|my|our|your|his|her|their|its|"
     r"this|that|some|new)\b)", r"\1 conceive"),
    # a text put right: "…I will send you the corrected version…" → «…la version exacte…», "Did you get the corrected
    # invoice?" «…la facture correcte ?» (one without errors, not one put right); "revised": «la version révisée», «la
    # facture révisée», «la copie révisée» (4 of 4); not "the corrected tests" (a teacher's marking)
    (r"\bcorrected(?=\s+(?:version|copy|invoice|draft|document|file|text|report|quote|contract|translation)s?\b)",
     "revised"),
    # a late answer: "Sorry for the delay in getting back to you." → «Désolé pour le délai pour te retourner.»; "the
    # late answer": «Désolé pour la réponse tardive» (4 of 4, "the delay in replying" too)
    (r"\b(the|this|my|our)\s+delay\s+in\s+(?:getting\s+back\s+to|replying\s+to|responding\s+to|answering)\s+"
     rf"(?:you|your\s+(?:{_MAIL}|questions?|requests?))\b", r"\1 late answer"),
    # "Thanks for getting back to me so quickly." → «Merci de me retourner…» (sent back); "answering me": «Merci de
    # m'avoir répondu…»; "I will get back to you" came out right as typed («Je te répondrai»), only the "-ing" form
    (r"\bgetting\s+back\s+to\s+(you|me|us|him|her|them)\b(?!\s+(?:about|on|with)\b)", r"answering \1"),
    # "Could you please confirm receipt of this email?" → «…confirmer le souvenir de ce courriel…» (a memory);
    # "confirm that you received": «…confirmer que vous avez reçu ce courriel…»; only where "you" confirm
    (r"\b((?:you|please)\s+(?:please\s+|kindly\s+)?|kindly\s+)confirm\s+(?:the\s+)?receipt\s+of\b",
     r"\1confirm that you received"),
    # copied in: "I have copied my manager on this email." → «J'ai copier mon directeur sur ce courrier…»; "sent a
    # copy of this email to": «J'ai envoyé une copie de ce courriel à mon supérieur.»
    (rf"\b(?:copied|cc['’]?e?d)\s+{_COPIED}\s+(?:on|in(?:to)?)\s+(this|the|that|my|your|our)\s+({_MAIL})\b",
     r"sent a copy of \2 \3 to \1"),
    (rf"\b(?:copy|cc)\s+{_COPIED}\s+(?:on|in(?:to)?)\s+(this|the|that|my|your|our)\s+({_MAIL})\b",
     r"send a copy of \2 \3 to \1"),
    # a refund seen to: "Your refund will be processed within five working days." → «…sera terminé…», "Your request
    # will be processed…" «…sera terminée…», "We are processing your order." «Nous procédons votre commande.»; "dealt
    # with": «…sera traité…», «…traitée…»; only of what a shop or an office handles
    (rf"\b({_DEALT}\s+(?:(?:will|should|would|can|could|must|may)\s+)?(?:(?:has|have|had)\s+)?"
     r"(?:be|been|being|is|are|was|were)(?:\s+being)?)\s+processed\b", r"\1 dealt with"),
    (rf"\bprocess(?={_WHOSE_DEALT})", r"deal with"),
    (rf"\bprocessing(?={_WHOSE_DEALT})", r"dealing with"),
    (rf"\bprocessed(?={_WHOSE_DEALT})", r"dealt with"),
    # away: "I will be out of the office from 3 to 10 August…" → «Je sortirai du bureau…» (will go out); "will not be
    # in the office": «Je ne serai pas au bureau…» (5 of 5; "be away from" gave «parti du bureau» after "He")
    (r"(?:\s+will|\s+shall|['’]ll)\s+be\s+out\s+of\s+(the|my|our)\s+office\b", r" will not be in \1 office"),
    # a letter's aim: "I am writing to complain about the service…" → «J'écris à me plaindre…», "…to request a copy…"
    # «J'écris à demander…»; "in order to": «J'écris pour…» ("to ask", "to cancel" came out right as typed; "to
    # inquire" read so «J'écris pour inquiéter…» (to worry); "to apply" «J'écris pour demander l'aide…», the job lost:
    # its «J'écris à postuler» is mended in mends/mail.py)
    (r"\b(I\s+am|I['’]m)\s+writing\s+to\s+(?=(?:complain|request)\b)",
     r"\1 writing in order to "),
)
PHRASES += (   # words46 (s39): a mail's meeting time and a new job's first day
    # "What time works for you?" → «À quelle heure travaille pour toi ?», "Let me know what time works for you." →
    # «…à quelle heure travaille pour toi.»; "are you free": «À quelle heure êtes-vous libre ?», «Fais-moi savoir à
    # quelle heure tu es libre.» ("suits you" gave «À quelle heure vous va ?»); asked after "know/tell me/ask" as
    # a clause ("what time you are free"), else as a question; not "works best" (no reading tried keeps "best")
    (r"\b(know|tell\s+me|tell\s+us|ask|asking|wondering)\s+what\s+time\s+works\s+for\s+you\b",
     r"\1 what time you are free"),
    (r"(?<!\bknow\s)(?<!\bme\s)(?<!\bus\s)(?<!\bask\s)\bwhat\s+time\s+works\s+for\s+you\b(?=[^.!?]*\?)",
     "what time are you free"),
    # "What is your start date?" → «Qu'est ton départ ?», "My start date is the first of March." → «Ma date de mars
    # est…», "Your start date will be Monday…" → «Votre date sera lundi…»; "first day": «Quel est votre premier
    # jour ?», «Mon premier jour est le premier mars.», «Votre premier jour sera lundi…»
    (r"\b(your|my|his|her|our|their|the)\s+start\s+date\b(?!\s+(?:of|for)\b)", r"\1 first day"),
    # senses49 (s39): "He keeps a record of all his expenses." → "Il tient compte de tous ses dépenses."; "a list":
    # «Il tient une liste de tous ses dépenses.»
    (r"\b(keep|keeps|kept|keeping)\s+a\s+record\s+of\b", r"\1 a list of"),
)
PHRASES += (   # long45 (s39): unpaid work, "to volunteer" as a verb
    # "Every Saturday morning I volunteer at the food bank…" → «…je bénévole à la banque alimentaire…», "My wife
    # volunteers at the animal shelter…" → «Ma femme bénévole au refuge…», "I volunteer at the library…" → «Je me
    # porte volontaire…» (offer to), "If you want to volunteer with us…" → «…bénévoler avec nous…»; "work as a
    # volunteer": «…je travaille comme bénévole à la banque alimentaire», «Ma femme travaille comme bénévole au
    # refuge…», «…travailler comme bénévole avec nous…». A verb only where a place or a group follows ("at", "in",
    # "with"): not "I volunteer to help" (offer to); "volunteers" only after "he", "she" or a person named by
    # kin or job ("The volunteers at the shelter…" is a noun, read as typed)
    (r"(?:(?<=\bI\s)|(?<=\bwe\s)|(?<=\byou\s)|(?<=\bthey\s)|(?<=\bto\s)|(?<=\bcan\s)|(?<=\bwill\s)|(?<=['’]ll\s)|"
     r"(?<=\balso\s)|(?<=\boften\s)|(?<=\bstill\s)|(?<=\bsometimes\s)|(?<=\bnow\s)|(?<=\busually\s))"
     r"volunteer(?=\s+(?:at|in|with)\b)", "work as a volunteer"),
    (r"(?:(?<=\bhe\s)|(?<=\bshe\s)|(?<=\bwife\s)|(?<=\bhusband\s)|(?<=\bmother\s)|(?<=\bfather\s)|(?<=\bmum\s)|"
     r"(?<=\bmom\s)|(?<=\bdad\s)|(?<=\bsister\s)|(?<=\bbrother\s)|(?<=\bson\s)|(?<=\bdaughter\s)|(?<=\bfriend\s)|"
     r"(?<=\bneighbour\s)|(?<=\bneighbor\s)|(?<=\baunt\s)|(?<=\buncle\s)|(?<=\bgrandmother\s)|(?<=\bgrandfather\s)|"
     r"(?<=\bcousin\s)|(?<=\bpartner\s)|(?<=\balso\s)|(?<=\boften\s)|(?<=\bstill\s)|(?<=\bnow\s))"
     r"volunteers(?=\s+(?:at|in|with)\b)", "works as a volunteer"),
    # "My brother volunteered at the festival…" → «…s'est porté volontaire à la festivale…»; "When I started
    # volunteering at the hospital…" → «…commencé à bénévolat à l'hôpital…»; "worked / working as a volunteer":
    # «…a travaillé comme bénévole…», «…commencé à travailler comme bénévole à l'hôpital…»
    (r"\bvolunteered(?=\s+(?:at|in|with)\b)", "worked as a volunteer"),
    (r"\bvolunteering(?=\s+(?:at|in|with)\b)", "working as a volunteer"),
    # volunteering as a subject: "Although volunteering takes a lot of my time…" → «Bien que je prenne beaucoup de
    # bénévoles…», "Volunteering is a good way to meet people." → «Volunter est…»; "voluntary work": «Même si le
    # travail volontaire prend beaucoup de temps…» (not "he is volunteering": a verb of "be" before it)
    (r"(?<!\bis\s)(?<!\bam\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)\bvolunteering"
     r"(?=\s+(?:is|was|takes|took|gives|gave|has|helps|helped|can|makes|made)\b)", "voluntary work"),
)
PHRASES += (   # words47 (s39): news asked of a project, a day that suits
    # "Can you send me an update on the project?" → «…un investissement sur le projet ?»; "news about": «Pouvez-vous
    # m'envoyer des nouvelles au sujet du projet ?» (news of an order, a move, repairs came out so too)
    (r"\ban\s+update\s+(?:on|about)\b", "news about"),
    (r"\b(any|the\s+latest)\s+updates?\s+(?:on|about)\b", r"\1 news about"),
    # "What day works best for you?" → «Quel jour fonctionne le mieux pour toi ?»; "are you free" as for a time above:
    # «Quel jour êtes-vous libre ?», «Fais-moi savoir quel jour tu es libre.» ("Which day is best for you?" gave
    # «Quel jour est le mieux pour toi ?», "suits you best" «Quel jour vous vas-tu le mieux ?»); "what/which day works
    # best" only ("What day works for you?" and "What time works best…" are kept as typed by words46's cases)
    (r"\b(know|tell\s+me|tell\s+us|ask|asking|wondering)\s+(?:what|which)\s+day\s+works\s+best\s+for\s+you\b",
     r"\1 what day you are free"),
    (r"(?<!\bknow\s)(?<!\bme\s)(?<!\bus\s)(?<!\bask\s)\b(?:what|which)\s+day\s+works\s+best\s+for\s+you\b"
     r"(?=[^.!?]*\?)", "what day are you free"),
    # measure51 (s39): "…I have forwarded your question to our accounts department…" → «…j'ai présenté votre
    # question à notre ministère des comptables…», "The accounts department is on the second floor." «Le ministère
    # des comptables…»; read as the accounting service above: «…notre service comptable…», «J'ai appelé le service
    # comptable ce matin.», «Le service comptable est au premier étage.»
    (r"\baccounts\s+department(s?)\b", r"accounting service\1"),
    # "I forwarded the invoice to my manager." → «J'ai présenté la facture…», "She forwarded me the message." «Elle m'a
    # présenté le message…»; "sent": «J'ai envoyé la facture à mon supérieur.», «Elle m'a envoyé le message hier.»; a
    # thing sent on, not "forwarded address" nor one put forward ("the arguments forwarded by…")
    (r"\bforwarded(?=\s+(?:me|you|him|her|us|them|it|this|that|these|those|the|your|my|his|our|their|a|an|all|"
     r"every|each)\b)", "sent"),
)
PHRASES += (   # fix55 (s40, measure53): a team one managed
    # "In my last job I managed a team of six people…" came out «…j'ai réussi une équipe…» (succeeded); "was in charge
    # of": «…j'étais responsable d'une équipe de six personnes», «Elle était responsable de l'équipe de vente…»; a
    # team, staff, a shop or a project as its object ("managed to" is right as typed: «J'ai réussi à trouver…»)
    *((rf"\b({who})\s+{managed}\s+(?=(?:a|an|the|my|his|her|our|their|two|three|four|five|six|several|\d+)\s+"
       r"(?:[\w-]+\s+){0,3}?(?:team|teams|staff|department|shop|store|restaurant|hotel|office|branch|project|"
       r"projects|group|company|business|bar|café|warehouse|unit)\b)", rf"\1 {said} ")
      for who, managed, said in (("I|he|she|who", "managed", "was in charge of"),
                                 ("we|they|you", "managed", "were in charge of"),
                                 ("he|she|who", "manages", "is in charge of"))),
)
PHRASES += (   # senses59 (s41): a shop or a café one runs
    # "She runs a small café." → «Elle court un petit café.», "He ran a shop for twenty years." «Il a couru un
    # magasin…», "She is running a small hotel by the sea." «Elle court…», "My uncle runs a restaurant" «…fait un
    # restaurant…»; "manages": «Elle gère un petit café.», and "directed" in the past ("managed a shop" came out «a
    # réussi un magasin», managed to): «Il dirigea un magasin…» (a shop run, not "ran to the shop", "run a bath";
    # nor a business, a company or a firm: "John runs the family business very efficiently." was right, «John gère
    # l'entreprise familiale…», and read so «…les affaires familiales très efficaces.»; "runs the business" «dirige»;
    # nor "the shop", plans.py's "…her brother runs the shop."; nor the bare "run": left46 found "I manage" «Je
    # débrouille…», "We manage" «Nous gèreons…»)
    *((rf"\b{verb}\s+(?=(?:a|an|his|her|their|my|our|your|this|that|a\s+small|a\s+little|a\s+family)\s+"
       r"(?:(?:small|little|big|local|family|busy|new|nice|popular|cosy|cozy|tiny|French|Italian|\w+['’]s)\s+)?"
       r"(?:café|cafe|coffee\s+shop|shop|restaurant|hotel|bar|pub|bakery|store|boutique|bookshop|farm|guesthouse|"
       r"hostel|salon|kiosk)\b)", f"{said} ")
      for verb, said in (("runs", "manages"), ("ran", "directed"), ("running", "managing"))),
)
PHRASES += (   # senses59 (s41): a night shift worked
    # "I work the night shift." → «Je travaille le tour de nuit.», "He is on the night shift this week." «Il est au
    # service de la nuit…», "I have a night shift tomorrow." «J'ai un tour de nuit…»; "at night": «Je travaille la
    # nuit.», «Il travaille la nuit cette semaine.»
    (r"\b(work|works|worked|working)\s+(?:the|a|on\s+the)\s+night\s+shifts?\b", r"\1 at night"),
    (r"\b(am|is|are|was|were|be|been|['’]m|['’]s|['’]re)\s+on\s+(?:the\s+)?night\s+shifts?\b", r"\1 working at night"),
    # a résumé (british60, s41): "Send me your resume." → «…votre reprise.», "I updated my resume." «…mon curriculum
    # vitaire.», "Attach your resume to the email." «…votre curriculaire…»; "CV": «Envoyez-moi votre CV.», «…mon
    # CV.», «Ajoutez votre CV au courriel.», «Son CV est impressionnant.» (4 of 4); after a possessive only (not the
    # verb: "We resume work on Monday.")
    (r"\b(my|your|his|her|our|their|a)\s+(?:resume|résumé)(s?)\b", r"\1 CV\2"),
)
