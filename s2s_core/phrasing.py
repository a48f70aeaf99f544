"""Everyday phrases of shops, deliveries, banks, bookings and work, read in words the model knows.

The model learnt its English from Tatoeba and the Hansards, where "out of stock", "a charge" or "to book" are rare or
mean something else, so it turned some everyday phrases into another meaning while it translates a plain paraphrase
right: "The shoes are out of stock." came out "Les chaussures sont en stock." (the very opposite; "are not
available": "ne sont pas disponibles"), "I was charged twice for my order." "J'ai été accusé deux fois…" ("I paid
twice": "J'ai payé deux fois…"), "Can I book a table?" "Puis-je livrer une table ?". Each phrase below is read as its
paraphrase only where it means that (after a form of "be", before the object it takes), its capital kept; each was
kept only where the paraphrase came out right in at least three sentences and no sentence came out worse. fold.py
calls ``read_phrases`` and names the reading in its note.
"""
from __future__ import annotations

import re

_BE = r"(?:is|are|was|were|am|be|been|being|['’](?:s|re|m))"
_LATE_BY = r"(?:(?:a\s+(?:bit|little)|an?\s+(?:hour|few\s+minutes)|\w+\s+(?:minutes|hours|days))\s+)?"
_AT_END = r"(?=\s*(?:[.,;:!?)]|$))"
_NOT_A_BOOK = r"(?<!\ba\s)(?<!\bthe\s)(?<!\bmy\s)(?<!\bthis\s)(?<!\byour\s)\b"      # not "the book a friend gave"
_BOOKED_WHAT = (r"(?=\s+(?:(?:me|us|him|her|them)\s+)?(?:a|an|the|my|our|your|two|three|four|\d+)\s+(?:\w+\s+)?"
                r"(?:tables?|rooms?|flights?|tickets?|seats?|taxi|cab|hotel|trip|appointment|car)\b)")
_AN_ORDER = r"\s+(?:an|a\s+new|another)\s+order(?:\s+for\b)?(?!\s+(?:of|to|that|from)\b)"    # not "an order of monks"

PHRASES = (    # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # "The shoes are out of stock." → "Les chaussures sont en stock.", "This item is out of stock." → "Cette
    # question est hors de stock.", "Sorry, it's out of stock." → "Désolé, c'est en stock."; not a shop ("we're out
    # of stock")
    (rf"(?<!\bwe)(?<!\bwe )(?<!\bI)(?<!\bI )({_BE}(?:\s+(?:currently|temporarily|now|still))?)\s+out\s+of\s+stock\b",
     r"\1 not available"),
    # "I was charged twice for my order." → "J'ai été accusé deux fois…", "We were charged twice…" → "Nous avons
    # été accusés deux fois…"; the one charged is the one who paid ("He was charged twice" is left: a court's charge)
    # not by a court ("I was charged twice with murder" had been read "I paid twice with murder")
    (r"\b(I|we)\s+(?:was|were|got)\s+charged\s+(twice|two\s+times)\b(?!\s+(?:with|by|under|in\s+court)\b)",
     r"\1 paid \2"),
    (r"\b(I|we)(\s+have|['’]ve)\s+been\s+charged\s+(twice|two\s+times)\b(?!\s+(?:with|by|under|in\s+court)\b)",
     r"\1\2 paid \3"),
    # "Can I book a table for tonight?" → "Puis-je livrer une table…", "I want to book a flight to Rome." → "Je veux
    # livrer un vol…", "Could you book a taxi for me?" → "…me livrer un taxi ?"
    (rf"{_NOT_A_BOOK}book{_BOOKED_WHAT}", "reserve"), (rf"\bbooked{_BOOKED_WHAT}", "reserved"),
    (rf"\bbooking{_BOOKED_WHAT}", "reserving"),
    # "I'd like to cancel my booking." → "…annuler mon livre.", "Your booking is confirmed." → "Ton livre est
    # confirmé.", "Can I make a booking for Friday?" → "Puis-je faire un livre vendredi ?"
    (r"\b(my|your|our|his|her|their|the|a|this|that)\s+booking(s?)\b(?!\.\w)", r"\1 reservation\2"),
    # "I can't log in to my account." → "Je ne peux pas me mentir dans mon compte.", "I can't log into the app." →
    # "…bûcher dans la pomme."
    (r"\blog\s*(?:in\s+to|into|on\s+to|onto)\s+(?=(?:my|your|our|his|her|their|the)\b)", "access "),
    # "I placed an order on Monday." → "J'ai mis un ordre lundi.", "She placed an order for two chairs." → "Elle a
    # mis un ordre pour deux chaises.", "How do I place an order?" → "…je place un ordre ?"
    (rf"\bplace{_AN_ORDER}", "order"), (rf"\bplaced{_AN_ORDER}", "ordered"), (rf"\bplacing{_AN_ORDER}", "ordering"),
    # "Your order has been dispatched." → "Votre ordre a été dispensée.", "The parcel has been dispatched." →
    # "Le paquet a été dépiré.", "We have dispatched your order." → "Nous avons désapprouvé votre commande."
    # not one "dispatched" as killed or sent off on an errand ("He dispatched the enemy", "The knight dispatched the
    # dragon" had been read "…sent the enemy"): what a shop sends, or a thing that was dispatched
    (r"\b(?:(?<=\bbeen\s)|(?<=\bbe\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bis\s)|(?<=\bare\s)|(?<=\bget\s)|(?<=\bgot\s)|"
     r"(?<=\bbeing\s))dispatched\b|\bdispatched(?=\s+(?:(?:your|the|my|our|their|his|her|this|these|all|an?)\s+)?"
     r"(?:\w+\s+)?(?:orders?|parcels?|packages?|items?|goods|shipments?|deliver(?:y|ies)|products?|boxes)\b)"
     r"|(?:^|(?<=[.!?]\s))dispatched(?=\s+(?:within|today|tomorrow|same|the\s+same|from|by|in\s+\d|on\s+\w+day)\b)",
     "sent"),                                                  # a shop's line: "Dispatched within a day."
    # "The payment went through." → "Le paiement a traversé.", "Your payment went through." → "Votre paiement a
    # traversé."
    # not "The payment went through the wrong account" (had been read "The payment was made the wrong account")
    (r"\bpayment\s+went\s+through\b(?!\s+(?:the|a|an|my|your|his|her|our|their|this|that|to)\b)", "payment was made"),
    (r"\bpayments\s+went\s+through\b(?!\s+(?:the|a|an|my|your|his|her|our|their|this|that|to)\b)",
     "payments were made"),
    # "I'd like to dispute a charge." → "J'aimerais contester une accusation.", "How do I dispute this charge?" →
    # "…je conteste cette accusation ?"
    (r"\b(dispute|disputing)\s+(a|the|this|that|these|those)\s+charge(s?)\b(?!\s+of\b)", r"\1 \2 payment\3"),
    # "The bus is running late." → "Le bus court tard.", "The train is running ten minutes late." → "Le train
    # court dix minutes de retard.", "The flight is running late." → "Le vol court tard."
    (rf"\b({_BE})\s+running\s+({_LATE_BY})late\b", r"\1 \2late"),
    # "I'm on leave next week." → "Je suis à partir la semaine prochaine.", "He is on leave until Friday." → "Il
    # est parti avant vendredi."; not "sick leave", "maternity leave" (the model knows them)
    (rf"\b({_BE}(?:\s+(?:currently|still))?)\s+on\s+leave\b(?!\s+of\b)", r"\1 on holiday"),
    # "The warranty has expired." → "Le mandat est expiré.", "Is it covered by the warranty?" → "…par le mandat ?",
    # "It's still under warranty." → "C'est encore sous mandat."
    (r"\bwarranty\b", "guarantee"), (r"\bwarranties\b", "guarantees"),
    # "Could you get back to me by Friday?" → "Pourriez-vous me retourner…", "I'll get back to you tomorrow." →
    # "Je te reviendrai demain.", "Please get back to me…" → "Retournez-moi…"; not "get back to work"
    (r"\bget\s+back\s+to\s+(me|you|us)\b", r"reply to \1"),
    (r"\bgot\s+back\s+to\s+(me|you|us)\b", r"replied to \1"),
    # "The product arrived damaged." → "Le produit est arrivé à des dommages.", "My package arrived damaged." →
    # "Mon paquet est arrivé en dommage."
    (r"\barrive(d|s)?\s+damaged\b", r"arrive\1 in bad condition"),
    # "I received the wrong item." → "J'ai reçu le mauvais point de vue.", "The wrong items were delivered." → "Les
    # choses ont été fournies."
    (r"\bwrong\s+item(s?)\b", r"wrong product\1"),
    # "We'll keep you posted." → "Nous vous garderons.", "Please keep me posted." → "Gardez-moi…", "Keep us posted
    # on the delivery." → "Continuez-nous sur la livraison."
    (r"\b(keep|kept|keeping)\s+(me|you|us|him|her|them|everyone)\s+posted\b(?!\s+(?:at|to|in|abroad|overseas|as)\b)",
     r"\1 \2 informed"),                               # not "They keep him posted at the border" (stationed there)
    # "The hotel is within walking distance." → "L'hôtel est en distance.", "Everything is within walking
    # distance." → "Tout est à l'intérieur de la distance.", "Is it within walking distance?" → "Est-ce au loin de
    # marcher ?"
    # not opening its sentence: "Within walking distance, there were three shops." had come out "Fermez assez pour
    # marcher…"
    (rf"(?<=\w\s)within\s+walking\s+distance{_AT_END}", "close enough to walk to"),
    # "How do I reset my password?" → "Comment puis-je mon mot de passe ?", "Can you reset my password?" → "Peux-tu
    # retracer…", "I need to reset my password." → "…renverser mon mot de passe."; not a past "I reset"
    (r"\b(to|can|could|will|would|do|does|please|pls)(\s+(?:I|you|we|they|he|she))?\s+reset(?=\s+(?:my|your|our|his|"
     r"her|their|the)\s+password)", r"\1\2 change"),
    # "The cheque bounced." → "Le chèque a bouché.", "My cheque bounced last week." → "Mon chèque a sacré…", "His
    # check bounced again." → "Son chèque est à nouveau bouleversé."
    # not a thing that bounced off something ("Check bounced off the wall" had been read "Check was refused off…")
    # spelt "cheque": "The check was refused." came out "La note a été refusée." (a bill; "cheque": "Le chèque…")
    (r"\b(?:cheque|check)\s+bounced\b(?!\s+(?:off|back|around|along|across|into|onto|on|against|from|up|down|over)\b)",
     "cheque was refused"),
    (r"\b(?:cheques|checks)\s+bounced\b(?!\s+(?:off|back|around|along|across|into|onto|on|against|from|up|down|"
     r"over)\b)", "cheques were refused"),
    # "The website is down." → "Le site web est en bas.", "The website is down again." → "Le site web est à nouveau
    # en bas."
    # down only as out of order, where it ends the clause: not "The site is down the road", "…is down by the river"
    (rf"\b(website|web\s+site|site)\s+is\s+down(?=(?:\s+(?:again|today|now|still|at\s+the\s+moment|right\s+now))?"
     rf"{_AT_END})", r"\1 doesn't work"),
)
_PERSON_BE = (r"\b(?:(?:I|we|you|he|she|they)\s*(?:am|are|is|was|were|['’]m|['’]re|['’]s)|(?:I|we|you|they)"
              r"(?:\s+have|['’]ve)\s+been|(?:he|she)(?:\s+has|['’]s)\s+been)")
# someone to send a message to; not "ping me the link"
_TO_SOMEONE = r"(me|us|him|her|them)\b(?!\s+(?:the|a|an|your|my|his|her|their|our|this|that)\b)"
_NO_NETWORK = (r"^(?!.*\b(?:servers?|routers?|hosts?|network|IP|machines?|computers?|devices?|packets?|latency|"
               r"sonar|radar|submarines?)\b)(.*?)")    # a line with no machine in it: what comes before kept
_WE_COULD = r"(let['’]?s|we\s+(?:should|could|can|must|need\s+to|have\s+to)|can\s+we|could\s+we|shall\s+we)"
# not after "up" either: "Let's sync up the audio and video." had been read "Let's talk up the audio…"
_NOT_SYNCING = (r"(?!\s+up\b)(?!\s+(?:up\s+)?(?:my|your|the|it|them|our|his|her|their|this|that|all|files?|data|"
                r"phones?|contacts|calendars?|audio|video|clocks?|watches|devices?)\b)")
_NO_WAR = (r"(?!.*\b(?:war|wars|served|serving|veterans?|army|navy|military|soldiers?|combat|Iraq|Vietnam|Korea|"
           r"Afghanistan|deployed|enlisted|marines?|parade|strike|pension|PTSD)\b)")    # a veteran's line
PHRASES += (   # school notes, work chat, invitations, home, sport, pets: (the phrase; its paraphrase), as above
    # "The dog needs to go to the vet." → "…d'aller au vélo.", "The vet said he needs surgery." → "Le vélo a
    # dit…", "Our vet is very kind." → "Notre vélo est très gentil."; not "a war vet", nor the verb ("to vet")
    # more than one only after "our", "my"…: "The vets on the hunger strike…" (veterans) had been read "The
    # veterinarians…"; none in a line of war or service ("Our vet served in Vietnam.")
    (rf"\b(the|our|my|your|his|her|their|local)\s+vet\b(?!['’-]){_NO_WAR}", r"\1 veterinarian"),
    (rf"\b(our|my|your|his|her|their)\s+vets\b(?!['’-]){_NO_WAR}", r"\1 veterinarians"),
    # "The light in the hallway doesn't work." → "La lumière dans l'allumée…", "Please don't leave your bike in the
    # hallway." → "…ne laisse pas ton vélo." (the hallway left out), "The hallway is dark." → "Le hallage…"
    (r"\bhallway(s?)\b", r"corridor\1"),
    # "I'm OOO tomorrow." → "Je suis OOO demain.", "im ooo tomorrow" → "Je vais demain", "I'll be OOO next week."
    # → "Je serai OO…"
    (rf"({_BE}(?:\s+(?:currently|still))?)\s+OOO\b", r"\1 out of the office"),
    # "Ping me if you need anything." → "Passe-moi si…", "Ping me later." → "Passe-moi plus tard.", "Ping us when
    # you arrive." → "Passe-nous quand tu arrives."
    # not in a line of machines ("The server pinged me back.", "Did the router ping us?" had been read "The server
    # sent me a message back.", "Did the router send us a message?")
    (rf"{_NO_NETWORK}\bping\s+{_TO_SOMEONE}", r"\1send \2 a message"),
    (rf"{_NO_NETWORK}\bpinged\s+{_TO_SOMEONE}", r"\1sent \2 a message"),
    # "Let's sync at 3." → "Soynquons à 3 heures.", "Can we sync later today?" → "…tynquer…", "We should sync on
    # this." → "Nous devrions nous grimper là-dessus."; not "sync my phone"
    (rf"\b{_WE_COULD}\s+sync(?:\s+up)?\s+on\b", r"\1 talk about"),
    (rf"\b{_WE_COULD}\s+sync(?:\s+up)?\b{_NOT_SYNCING}", r"\1 talk"),
    # a question with no one asked: "want to come over for dinner?" → "Voulez venir dîner ?", "Wanna come to the
    # cinema with us?" → "Va-t-il venir…", "wanna go for a walk?" → "Je veux aller faire une promenade ?"
    (r"^(?:wanna|want\s+to)\s+(?=[^.!?]*\?\s*$)", "Do you want to "),
    # "Do you want to grab a coffee?" → "Veux-tu attraper un café ?", "Let me know if you want to grab a coffee."
    # → "…attraper un café."; "We could grab a bite later." → "Nous pourrions attirer un morceau plus tard."
    # not a cup grabbed or a coffee fetched ("Grab a coffee cup and fill it.", "Can you grab a coffee for me from the
    # kitchen?" had been read "Have a coffee cup…", "Can you have a coffee for me…")
    (r"\bgrab\s+a\s+coffee\b(?![\s-]+(?:cups?|mugs?|pots?|makers?|machines?|filters?|beans?|tables?|for\s+"
     r"(?:me|him|her|us|them|you)|from)\b)", "have a coffee"),
    (r"\bgrab\s+a\s+bite\b(?:\s+to\s+eat\b)?", "eat something"),
    # "I'm swamped this week" → "Je suis endormi…", "She's swamped with work." → "Elle a cambriolé du travail.",
    # "We're swamped today." → "Nous sommes bourrées…"; a person swamped (not "the boat was swamped")
    # busy with work, not flooded with what one did not ask for ("We are swamped with titanic size taxes", "I'm
    # swamped by emails" had been read "We are very busy with…", "I'm very busy by emails")
    (rf"({_PERSON_BE})(?:\s+(?:really|so|totally|completely|a\s+bit))?\s+swamped\b(?!\s+by\b)"
     r"(?!\s+with\b(?!\s+(?:\w+\s+)?(?:work|orders|homework|emails|calls|requests|customers|clients|bookings|"
     r"jobs|tasks|meetings|paperwork|projects|deadlines|patients|exams|marking|questions|messages|"
     r"complaints|applications|inquiries|enquiries|letters|visitors|guests|tourists)\b))",
     r"\1 very busy"),
    # "Emma has been very chatty in class" → "…très chatée…", "He is too chatty." → "Il est trop chatée.", "The kids
    # are chatty today." → "Les enfants sont chats…"
    (r"\bchatty\b", "talkative"),
    # "…if he is being bullied?" → "…s'il est enterré ?", "My son is being bullied at school." → "Mon fils est
    # enterré…", "She was bullied by older girls." → "Elle a été enterrée par des vieilles filles."
    # not one made to do or leave something ("members who are bullied into voting…", "He bullied her into silence",
    # "I was bullied out of Oxford" had been read "harassed into…", "harassed out of…")
    (r"\bbullied\b(?!(?:\s+[\w'’]+){0,4}?\s+(?:into|out\s+of|around|about)\b)", "harassed"),
    # "Let it simmer for twenty minutes." → "Laisse-le somaire…", "Leave the soup to simmer." → "…à la simeur.",
    # "…and simmer for ten minutes." → "…au somaire…"; not "simmer the sauce" (the object would come between)
    # not a feeling or a quarrel ("Anger began to simmer.", "The tension will simmer for years." had been read
    # "Anger began to cook slowly.", "…will cook slowly for years.")
    (r"^(?!.*\b(?:anger|angry|tensions?|conflicts?|resentment|feuds?|disputes?|discontent|rage|unrest|emotions?|"
     r"frustration|hatred|rivalry|crisis|debate|controversy|scandal|revolt|rebellion|violence|fury)\b)(.*?)"
     r"\bsimmer(?=\s+(?:for|gently|until|over)\b|\s*(?:[.,;!]|$))", r"\1cook slowly"),
    # "The museum will reopen next month." → "Le musée reviendra…", "The pool will reopen on Monday." → "La
    # piscine reviendra lundi.", "The shop reopens tomorrow." → "Le magasin réopense demain."; not "reopen the case"
    (r"\breopen(s|ed)?\b(?=\s+(?:on|in|at|next|last|tomorrow|today|tonight|this|after|soon|from|by)\b|\s*(?:[.,;!]|$))",
     r"open\1 again"),
    # "Could you keep the noise down after 10 pm?" → "…garder le bruit après 22 h ?", "Please keep the noise
    # down." → "Veuillez garder le bruit.", "Can you keep the noise down?" → "Pouvez-vous garder le bruit ?"
    # not "keep the noise down to a minimum" (had been read "make less noise to a minimum")
    (r"\bkeep\s+the\s+noise\s+down\b(?!\s+to\b)", "make less noise"),
    # "I'll loop in Sarah." → "Je m'éprendrai à Sarah.", "Can you loop me in?" → "Peux-tu m'étonner ?", "Please
    # loop in the team." → "Veuillez vous occuper de l'équipe."; not "a loop in the rope"
    (r"\bloop\s+(me|us|him|her|them|(?-i:[A-Z])\w+)\s+in\b", r"include \1"),
    # "loop" only as a verb: "There's an infinite loop in the code.", "Loop in the thread and pull." had been read
    # "…an infinite include the code.", "Include the thread…"
    (r"(?:^|(?<=\bto\s)|(?<=\bplease\s)|(?<=\bwill\s)|(?<=['’]ll\s)|(?<=\byou\s)|(?<=\bwe\s)|(?<=\bI\s)|(?<=\bthey\s)|"
     r"(?<=\bshould\s)|(?<=\bcould\s)|(?<=\bcan\s)|(?<=\bjust\s)|(?<=\bmust\s)|(?<=\blet['’]s\s)|(?<=\bme\s))"
     r"loop\s+in\s+(?=(?:the|my|your|our|his|her|their|everyone|all)\b(?!\s+(?:\w+\s+)?(?:thread|rope|string|wire|"
     r"yarn|cord|cable|hook|needle|hole|code|program|script|function|chain|knot|fabric|belt|circuit)s?\b)|"
     r"(?-i:[A-Z]))", "include "),
    # "Heads up, the server will be down tonight." → "Papa, le serveur sera baissé…", "Heads up: the meeting is
    # cancelled." → "Là-dessus : …", "Just a heads up, I'll be late." → "Juste à la tête, …"; opening a line only
    # ("Warning:" came out "Averti :", "Be careful," "Fais attention,")
    # not an order to raise one's head ("Heads up, look at the sky." had been read "Be careful, look at the sky.";
    # "Heads up! The ball…" "Be careful, The ball…")
    (r"^(?:just\s+a\s+)?heads[- ]?up\s*[,:-](?!\s*(?:look|keep|chin|chins|eyes|stand|sit|lift|raise)\b)\s*",
     "Be careful, "),
    # "Let's catch up soon!" → "Trouvons bientôt !", "We should catch up over coffee." → "Nous devrions rattraper le
    # café.", "We should catch up sometime." → "…rattraper un jour."; not "catch up on" or "catch up with" work
    # nor "how can we catch up?", "We should catch up to the others", "We must catch up after this delay" (regain
    # ground; had been read "…talk…"): a meeting said when or how, or nothing after it
    (rf"(?<!\bhow\s)\b{_WE_COULD}\s+catch\s+up\b(?=\s+(?:soon|sometime|some\s+time|over|later|tomorrow|tonight|next|"
     r"this|properly|when|one\s+of\s+these|for\s+(?:a|an|coffee|lunch|dinner|drinks?))\b|\s*(?:[.!?]|$))", r"\1 talk"),
    # "She broke the record." → "Elle a rompu le record.", "He broke his own record." → "Il a cassé son propre
    # record.", "She broke the school record." → "…cassé le record de l'école."; not "the record player"
    # nor a record broken to pieces ("He broke the record into pieces.", "He broke a record that his father gave him."
    # had been read "He beat the record…")
    (r"\bbroke\s+(?=(?:the|his|her|their|its|my|our|a)\s+(?:\w+\s+)?record\b(?!\s+(?:player|into|in\s+(?:two|half|"
     r"pieces)|that|which|he|she|I|we|they|you|my|his|her|their|our|your|accidentally|by\s+accident)\b))", "beat "),
    # "Who won the match?" → "Qui a gagné l'allumette ?", "We lost the match." → "Nous avons perdu l'allumette.",
    # "They won the match easily." → "…gagné l'allumette."
    # not "won the match point" (a "balle de match", not a game point)
    # nor a tennis match, made of sets and games ("He lost the match in the final set." had been read "He lost the
    # game in the final set.")
    (r"\b(won|lost|win|lose|wins|loses|winning|losing)\s+(the|this|that|our|their|a)\s+match\b(?![\s-]+points?\b)"
     r"(?!.*\b(?:sets?|tennis|tie-?breaks?|deuce|Wimbledon|seeds?|seeded)\b)", r"\1 \2 game"),
    # "The lift is out of order." → "La chaîne est hors-service.", "The lift is broken again." → "La vie est…",
    # "Take the lift to the third floor." → "Prends le cinquième…"; not "give me a lift", "a ski lift"
    # not a wing's lift ("The lift was enough to keep the plane up." had been read "The elevator was enough…")
    (r"(?<!\bski\s)(?<!\bchair\s)\bthe\s+lift(s?)\b(?=\s+(?:is|are|was|were|isn['’]t|wasn['’]t|doesn['’]t|has|works?|"
     r"broke)\b)(?!.*\b(?:wings?|planes?|aircraft|airplanes?|aeroplanes?|air|flight|flying|fly|drag|thrust|take-?off|"
     r"gliders?|airfoil|aerofoil|pilots?|rotors?|helicopters?|balloons?|kites?|birds?)\b)", r"the elevator\1"),
    # not a ride ("He took the lift home with his neighbour." had been read "He took the elevator home…")
    (r"\b(take|took|taking|takes|use|used|using|in)\s+the\s+lift\b(?!\s+(?:home|back\s+home|with|offered)\b)",
     r"\1 the elevator"),
)
_TIME_OR_PLACE = (r"(?=\s+(?:tonight|today|tomorrow|yesterday|on|this|next|to|at|in\s+time)\b|\s*(?:[.!?,]|$))"
                  # not succeed ("…cannot make it on its own", "I can't make it to the end of the book" had been read
                  # "…cannot come on its own", "…come to the end…"), nor survive ("can't make it through the winter")
                  # nor go through a round or pay its way ("He can't make it to the next round", "The company can't
                  # make it at this rate" had been read "…can't come to the next round", "…can't come at this rate")
                  r"(?!\s+(?:on\s+(?:my|our|its|his|her|their|your)\s+own|to\s+the\s+(?:end|top|finish|final)|"
                  r"to\s+the\s+(?:next\s+)?(?:round|stage|semi-?finals?|finals|playoffs|knockout)|"
                  r"at\s+(?:this|that|these|those)\s+(?:price|prices|rate|cost|costs|pace|speed)|"
                  r"through)\b)")
PHRASES += (   # directions, cooking, sport, home repairs, invitations (the same as above)
    # "Go straight on and take the second right." → "…prenez le second droit.", "Take the first left." → "Prenez la
    # première gauche.", "Take the second left after the bank." → "…la seconde gauche…"
    (r"\btake\s+the\s+(first|second|third|next)\s+(right|left)\b"
     r"(?=\s+(?:after|and|at|then|past|into)\b|\s*(?:[.!,]|$))", r"take the \1 street on the \2"),
    # "Is there a bus to the city centre?" → "…au centre municipal ?", "The hotel is in the city centre." → "…dans
    # le centre municipal."; the spelling it knows says "centre-ville"
    (r"\bcity\s+centre\b", "city center"),
    # "I cycle to work every day." → "Je cycle pour travailler…", "She cycles to school." → "Elle cycle à l'école.",
    # "Do you cycle to work?" → "Est-ce que tu travailles ?"
    # not a name ("Cycle to work day is Friday." had been read "Go to work by bike day is Friday.")
    (r"\bcycle\s+to\s+(work|school)\b(?![\s-]+(?:day|days|week|scheme|schemes|month|program|programme|initiative)\b)",
     r"go to \1 by bike"),
    (r"\bcycles\s+to\s+(work|school)\b", r"goes to \1 by bike"),
    (r"\bcycled\s+to\s+(work|school)\b", r"went to \1 by bike"),
    # a recipe's "Bake for forty minutes." → "Prends trente minutes.", "Bake until golden." → "Prends jusqu'à
    # or.", "Bake for 25 minutes, then…" → "Prends 25 minutes…"; "Bake at 350 degrees…" is left to its amount's reading
    # ("Cook in the oven for ten more minutes." came out "Cook au four…", "Put in the oven…" "Mettez dans le four…")
    # for a time: not "Bake for the school fair." (had been read "Put in the oven for the school fair.")
    (r"(?:^|(?<=[.!]\s))bake\s+(?=until\b|for\s+(?:an?\s+(?:hour|further|few|couple)|half|another|about|around|"
     r"approximately|roughly|at\s+least|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|"
     r"twenty-five|thirty|forty|forty-five|fifty|sixty)\b))", "Put in the oven "),
    # "Add a pinch of salt." → "Ajoutez une pince de sel.", "…a pinch of sugar." → "…une pince de sucre.", "…a pinch
    # of pepper and serve." → "…une pince de poivre…"; not "with a pinch of salt" (not believed in full)
    (r"(?<!\bwith\s)\ba\s+pinch\s+of\b", "a little"),
    # "Stir the sauce from time to time." → "Remettez la sauce…", "Stir the soup." → "Faites la soupe !", "Stir the
    # mixture and wait." → "Faites les mélanges…"; not "Stir well", "Stir it" ("Mix it well" came out "Mets-le bien")
    # not stirred feelings or trouble ("The speech will stir the crowd", "Don't stir the hornet's nest", "She likes to
    # stir the pot at meetings" had been read "…mix the crowd", "…mix the pot…")
    (r"\bstir\s+(?=the\b(?!\s+(?:\w+\s+)?(?:crowds?|pot|hornet['’]?s|nest|economy|people|nation|public|audience|"
     r"masses|emotions?|feelings?|passions?|memor(?:y|ies)|imagination|heart|hearts|soul|blood|debate|controversy|"
     r"trouble|voters|troops|country)\b))", "mix "),
    # "…bring their PE kit on Wednesdays." → "…amener leur PE…", "Don't forget your PE kit." → "…votre cuisine PE.",
    # "He forgot his PE kit again." → "Il oublia sa cuisine PE…"
    # (the word before it read too, so that the capital of "PE" is not kept: "leurs vêtements Sports")
    (r"\b(the|their|his|her|my|your|our|a)\s+(?:PE|P\.E\.)\s+kit\b", r"\1 sports clothes"),
    # "The school play is on Friday at 6 pm." → "Le joueur de l'école…", "She has a part in the school play." →
    # "Elle a un rôle à l'école."; not "the school plays football"
    # not a place to play ("Two girls pillow fight in a school play yard." had been read "…a school show yard.")
    (r"\b(the|a|this|our|their|his|her|my|your)\s+school\s+play\b"
     r"(?![\s-]+(?:yard|area|ground|grounds|park|room|space|time|equipment|structure|centre|center)\b)",
     r"\1 school show"),
    # "The kitten is very playful." → "La cuisine est très jolie.", "The kitten is sleeping." → "La cuisine dort.",
    # "We adopted a kitten." → "…une cuisine."; "a little cat" came out "un peu de chat", "a young cat" "un jeune chat"
    # not a shoe's "kitten heels" ("The kitten heels are in fashion." had been read "The little cat heels…")
    (r"\ba\s+kitten\b(?![\s-]+heel)", "a young cat"), (r"\bkitten\b(?![\s-]+heel)", "little cat"),
    # "Sorry, I can't make it tonight." → "…je ne peux pas y arriver ce soir.", "I can't make it on Friday." → "Je ne
    # peux pas le faire vendredi.", "She couldn't make it yesterday." → "…le faire hier."; not "can't make it work",
    # nor "didn't make it" (may be "did not live")
    (rf"\b(can['’]?t|cannot|couldn['’]?t)\s+make\s+it\b{_TIME_OR_PLACE}", r"\1 come"),
    # "The kitchen tap is leaking." → "…est en train de courir.", "The roof is leaking." → "Le toit est en train de
    # conduire.", "The ceiling is leaking." → "Le plafond est en train de conduire."
    (r"\b(tap|roof|ceiling|radiator)\s+is\s+leaking\b", r"\1 leaks"),
    # "I'll be offline for an hour." → "Je serai offens…", "She's offline right now." → "Elle est à l'heure
    # actuelle.", "Sorry, I was offline." → "…j'étais offline."; a person offline (a site "hors ligne" is right)
    (rf"((?:\b(?:I|we|you|he|she|they)(?:['’]ll|\s+will)\s+be)|{_PERSON_BE})\s+offline\b", r"\1 disconnected"),
)
_NOT_OF_SCHOOL = (   # a line with none of these words: a term of office, of a loan, of a text
    r"(?!.*\b(?:government|parliament|house|committee|minister|ministers|elected|elections?|president|senator|senate|"
    r"council|mandate|mayor|party|office|congress|legislature|bill|members?|contract|loan|lease|rate|mortgage|words?|"
    r"phrase|expression|definition|clause|amendment|section|rights|means|meanings?|meant|refers?|use|used|uses|using|"
    r"like|called|appl(?:y|ies)|implied|interpret\w*|tax\w*)\b)")
PHRASES += (   # work chat and school notes (the same as above)
    # "Quick question, do you have a minute?" → "Qu'est-ce que tu as une minute ?", "Quick question: is the report
    # ready?" → "La question suivante : …", "quick question, where is the key?" → "En question, …"; opening a line
    (r"^quick\s+question\s*[,:–-]\s*", "A question: "),
    # "Her grades have improved a lot this term." → "…beaucoup cette termine.", "He worked hard this term." → "…dur
    # cette termine.", "She was ill for most of last term." → "…du dernier mandat."; a school's term, not "his last
    # term" (of office) nor "this term means…"; "Next term starts…" is left ("La trimestre nue…")
    # nor a line about a parliament, a council, a loan or a word ("…has worked very hard this term and I want to thank
    # all members of the committee", "In the last term from 1993…", "…rights under this term as it read…", "I do not
    # even like using this term" had been read "…trimester")
    (rf"^{_NOT_OF_SCHOOL}(.*?)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bits\s)(?<!\bthe\s)(?<!['’]s\s)"
     r"\b(this|last)\s+term\b(?!\s+(?:means|is|refers|was|has|of|for|in|used)\b|\s*(?:\d|[`'\x22“‘]))",
     r"\1\2 trimester"),
    # a pull request reviewed: "Can you review my PR when you get a chance?" → "…revoir mon PRE…", "can u review my
    # pr" → "…revoir mon assiette", "Please approve my PR." → "…approuvez mon PRe.", "Could you look at my PR?" →
    # "…regarder mon PRE ?"; not "my PR" of a runner (a personal record) nor the PR team
    (r"\b(review(?:ed|ing|s)?|approv(?:e|ed|es|ing)|merg(?:e|ed|es|ing)|check(?:ed|ing|s)?|look(?:ed|ing|s)?\s+at)"
     # PR with no noun after it: "She reviewed the PR strategy", "We need to check the PR numbers" (public relations)
     # had been read "…the code strategy", "…the code numbers"
     r"\s+(my|your|his|her|our|their|the|this|that)\s+PR\b(?=\s*(?:[.,;:!?)]|$)|\s+(?:when|before|after|for|and|"
     r"please|today|now|yet|asap|tomorrow|again|first|soon|if|so|too|once|while|on|in|at|by|or|but)\b)",
     r"\1 \2 code"),
)
# not "due for Friday", nor what is owed or coming ("She's due for a promotion", "The report is due for a review next
# week" had been read "She needs a promotion", "…needs a review…")
_A_NEED = (r"\s+due\s+for\s+(?=(?:a|an|his|her|its|their|my|your|our)\b"
           r"(?!(?:\s+[\w-]+){0,2}?\s+(?:promotion|raise|rise|bonus|release|review|renewal|completion|delivery|"
           r"departure|arrival|discharge|retirement|parole|hearing|election|re-?election|payment|publication|vote|"
           r"debate|refund|payout|return|fall|surprise|shock|disappointment|awakening|comeback|upset)\b))")
# to a day or a time: not "Let's push the meeting to the limit", "Can we push the meeting to a vote?" (had been read
# "Let's postpone the meeting until the limit")
_PUSHED = (r"\s+(the|our|my|this|that|your|their)\s+(meeting|call|appointment|interview)\s+(?:back\s+)?to\b"
           r"(?=\s+(?:tomorrow|tonight|today|next|later|another|a\s+later|after|noon|midday|midnight|\d|"
           r"(?:the\s+)?(?:following|next|afternoon|morning|evening|end|week|weekend|start|beginning)|"
           r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|"
           r"october|november|december)\b)")
PHRASES += (   # home, pets and work chat (the same as above)
    # "i got ur package, its at my place" → "J'ai obtenu votre paquet à ma place", "Dinner at my place tonight?" →
    # "Le dîner à ma place…", "We can meet at your place." → "…à votre place."; not "my place in the queue", nor
    # after an "its" left as typed ("its at my house" came out "sa sa maison": the chat reading leaves "its at")
    (r"(?<!\bits\s)\b(at|to)\s+(my|our|your|his|her|their)\s+place\b(?!\s+(?:in|of|on|at)\b)", r"\1 \2 house"),
    # "The smoke alarm keeps beeping." → "…ne cesse de bœuf.", "The microwave keeps beeping." → "…reste
    # abondant.", "My phone keeps beeping." → "Mon téléphone reste mangé."
    # a device, not a driver ("She keeps beeping her horn", "He kept beeping at me" had been read "…ringing her horn")
    (r"\b(keep|keeps|kept)\s+beeping\b(?!\s+(?:at|her|his|the|their|my|your|its|our)\b)", r"\1 ringing"),
    # "She's due for her vaccinations." → "Elle est à cause de ses vaccins.", "The dog is due for his
    # vaccinations." → "Le chien est à cause…", "You're due for a haircut." → "Vous êtes à cause d'une coupe…"
    (rf"\b(I|you|we|they)\s*(?:am|are|['’]m|['’]re){_A_NEED}", r"\1 need "),
    (rf"\b(he|she|it|the\s+\w+)\s*(?:is|['’]s){_A_NEED}", r"\1 needs "),
    # "Can we push the meeting to tomorrow?" → "…pousser la réunion demain ?", "Let's push the call to Friday." →
    # "Allumons l'appel au vendredi.", "Let's push the meeting back to Monday." → "Faisons la réunion à lundi."
    (rf"\bpush{_PUSHED}", r"postpone \1 \2 until"), (rf"\bpushed{_PUSHED}", r"postponed \1 \2 until"),
)
PHRASES += (   # travel (the same as above)
    # "Where is the check-in desk?" → "Où est le bureau de chèque ?", "The check-in desk is closed." → "Le bureau de
    # chèque…", "Ask at the check-in desk." → "…au bureau du chèque."; "check-in" alone is left ("Registration opens
    # at 2 pm." came out "La régistration…")
    (r"\bcheck[- ]in\s+(desk|counter)(s?)\b", r"registration \1\2"),
    # "Do you want to get pizza?" → "Voulez-vous devenir pizza ?", "I'll get pizza on the way home." → "Je vais devenir
    # pizza…", "We got pizza last night." → "Nous avons été pizza…", "Let's get pizza tonight." → "Allons faire la
    # pizza…"; with "some": "prendre de la pizza", "eu de la pizza", "chercher de la pizza"
    (r"\b(get|gets|got|getting)\s+pizza\b(?!\s+(?:out|delivered|ready|hot|cold|from\s+the\s+oven)\b)",
     r"\1 some pizza"),
)
_SUBJECT = r"\b(I|we|you|they|he|she)"
_DISH = (r"(?:fish|chicken|steak|soup|salad|salmon|pasta|burger|lamb|duck|pizza|beef|pork|risotto|omelet(?:te)?|curry|"
         r"lasagn[ae]|mussels|prawns|shrimps?|veal|trout|cod|tuna|tofu|quiche|stew|vegetarian|special|cheeseburger)")
_EVENT = (r"(?:meeting|party|dinner|lunch|concert|trip|game|match|wedding|date|plan|show|call|class|lesson|training|"
          r"event|barbecue|picnic|walk|hike|movie|film|festival|tour|interview|appointment|drinks|visit|rehearsal)")
_COLOUR = r"(?:yellow|red|brown|green|grey|gray|white|black|blue|orange|pink|purple|golden|gold)\b"
_ORDINAL = (r"(\d+(?:st|nd|rd|th)?|two|three|four|five|six|seven|eight|nine|ten|twelve|several|second|third|fourth|"
            r"fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)")
_IN_A_ROW = r"(times?|days?|weeks?|months?|years?|nights?|games?|matches|match|seasons?|wins|defeats|quarters?)"
_BREAKABLE = r"(?:car|house|flat|apartment|shop|store|office|van|garage|home|shed|cellar|basement|cars|houses|shops)"
_NO_CAR = (r"^(?!.*\b(?:cars?|vehicles?|engines?|boilers?|bikes?|trucks?|vans?|mot|garage|mechanic|system|"
           r"security)\b)(.*?)")      # a line with no machine in it: what comes before kept
PHRASES += (   # cars, hotels, restaurants, emergencies, meetings and pitches (the same as above)
    # "I have a flat tyre." → "J'ai une contrariétée.", "Can you check the tyre pressure?" → "…la pression tyrique
    # ?", "I need a new set of tyres before winter." → "…de tyres…"; the spelling it knows says "pneu"
    (r"\btyre(s?)\b", r"tire\1"),
    # "Where is the nearest petrol station?" → "Où est la gare la plus proche ?", "I ran out of petrol…" → "Je suis
    # sorti de pérouille…", "The price of petrol went up again." → "Le prix de la pérouille se monta…"
    (r"\bpetrol\s+station(s?)\b", r"gas station\1"), (r"\bpetrol\b", "gasoline"),
    # "…on the motorway." → "…sur la moteur.", "There was an accident on the motorway." → "…sur la moteur.", "Take the
    # motorway to Lyon." → "Prends la motorway…"
    (r"\bmotorway(s?)\b", r"highway\1"),
    # "We ran out of time, let's continue on Monday." → "Nous courûmes à court de temps…", "They ran out of
    # patience." → "Ils ont couru hors de patience.", "We ran out of space in the garage." → "Nous courûmes à
    # l'espace…"; not one who ran out of a place ("She ran out of the house.")
    (rf"{_SUBJECT}\s+ran\s+out\s+of\s+(?!(?:the|a|an|my|your|his|her|its|our|their|this|that|these|those|it|them|"
     r"here|there|town|school|church|court|office|bed|steam|breath|control)\b)", r"\1 had no more "),
    # "I lost my keys and I'm locked out." → "…je suis enfermé." (the very opposite), "I'm locked out of my car." →
    # "Je suis enfermé hors de ma voiture.", "We're locked out of the house." → "Nous sommes verrouillés…"
    (rf"{_SUBJECT}\s*(?:am|are|is|['’]m|['’]re|['’]s)\s+locked\s+out\s+of\b", r"\1 can't get into"),
    (rf"{_SUBJECT}\s*(?:am|are|is|['’]m|['’]re|['’]s)\s+locked\s+out\b(?!\s+(?:of|by)\b)", r"\1 can't get in"),
    # "Is anyone injured?" → "Quiconque est-il blessé ?", "Is anybody there?" → "Quiconque est-il là ?", "Is anyone
    # else coming?" → "Qui que ce soit d'autre vient-il ?"; a question that opens its sentence
    (r"(?:^|(?<=[.!?,]\s))(is|was)\s+any(?:one|body)\b(?=[^.!?]*\?)", r"\1 someone"),
    # "My credit card is missing, I need to block it." → "Ma carte de crédit me manque…" (I miss it), "My son is
    # missing, he is six years old." → "Mon fils manque…", "My wallet is missing." → "Mon portefeuille manque."
    (r"\b(my|our|his|her|their|your)\s+((?:\w+\s+)?\w+)\s+is\s+missing\b(?=\s*(?:[.,;!?]|$|since\b|from\b))",
     r"\1 \2 has disappeared"),
    (r"\b(my|our|his|her|their|your)\s+((?:\w+\s+)?\w+)\s+are\s+missing\b(?=\s*(?:[.,;!?]|$|since\b|from\b))",
     r"\1 \2 have disappeared"),
    # "the car was broken into last night" → "la voiture a été brisée dans la nuit dernière", "Our house was broken
    # into…" → "…a été brisée…"; said who did it ("Someone broke into our car" came out "Quelqu'un a cambriolé…")
    *((rf"\b{whose}\s+((?:\w+\s+)?{_BREAKABLE})\s+(?:was|were|has\s+been|have\s+been|got)\s+broken\s+into\b",
       rf"someone broke into {whose} \1") for whose in ("the", "my", "our", "his", "her", "their", "your")),
    # "Is the meeting still on?" → "La réunion se trouve-t-elle toujours ?", "Is the trip still on?" → "Le voyage
    # est-il encore en voyage ?", "Is dinner still on?" → "…encore en train de dîner ?"; not the light or the TV
    (rf"\b(is|are)\s+((?:the|our|your|my|this|that|tonight['’]s|tomorrow['’]s)\s+)?({_EVENT})\s+still\s+on\b"
     r"(?=\s*(?:\?|for\b))", r"\1 \2\3 still planned"),
    # "I'll have the fish, please." → "Je vais avoir le poisson…", "I'll have the chicken, please." → "Je vais avoir
    # le poulet…", "I'll have the vegetarian menu." → "Je vais avoir le menu végétarien."; a dish, not "the results"
    (rf"\b(I['’]ll|I\s+will|we['’]ll|we\s+will)\s+have\s+(?=the\s+(?:\w+\s+)?{_DISH}\b)", r"\1 take "),
    # "Our service is cheaper and faster." → "Notre service est plus cher…" (the very opposite), "Our prices are
    # much cheaper." → "Nos prix sont beaucoup plus chers.", "The flat is cheaper than the house." → "…plus cher…";
    # after a form of "be" or "get" ("Cheaper flights…" came out "vols coûteux" said "less expensive")
    (rf"\b({_BE}|get|gets|got|getting|become|becomes|became)((?:\s+(?:much|a\s+lot|far|even|a\s+bit|a\s+little|"
     r"slightly|way|still|now))*)\s+cheaper\b", r"\1\2 less expensive"),
    # "Can I get a sick note for work?" → "…une note malade…"; "a medical certificate" comes out "un certificat
    # médical" ("…for school?", "He brought a medical certificate from his doctor.")
    (r"\bsick\s+note(s?)\b", r"medical certificate\1"),
    # "He needs a check-up every six months." → "Il a besoin d'un chèque…", "It's time for your annual check-up."
    # → "…votre chèque annuel.", "The dentist gave me a check-up." → "…donné un chèque."; not a car's
    (rf"{_NO_CAR}\ba\s+check-?up\b", r"\1an examination"), (rf"{_NO_CAR}\bcheck-?up(s?)\b", r"\1examination\2"),
    # "…a reservation under the name Martin." → "…en vertu du nom Martin.", "The table is under the name Dupont." →
    # "…sous le nom Dupont.", "I booked a room under the name Smith." → "…sous le nom Smith."
    (r"\b(reservations?|reserved|booked|table|room|appointment|order|ordered|is|['’]s)\s+under\s+the\s+name"
     r"(?:\s+of)?\s+(?=(?-i:[A-Z]))", r"\1 in the name of "),
    # "Unemployment fell for the third month in a row." → "…dans une rangée.", "He won three times in a row." →
    # "…trois fois dans une rangée.", "She won for the second year in a row." → "…dans une rangée."
    (rf"\b{_ORDINAL}\s+{_IN_A_ROW}\s+in\s+a\s+row\b", r"\1 consecutive \2"),
    # "the leaves are turning yellow" → "les feuilles tournent jaunes", "The leaves are turning red." → "…tournent en
    # rouge.", "The lights are turning green." → "…tournent en vert."; a colour only ("The milk is turning sour."
    # comes out right: "Le lait tourne.")
    (rf"\b({_BE})\s+turning\s+(?={_COLOUR})", r"\1 becoming "),
    # "Please mute your microphone…" → "Veuillez muter votre microphone…", "Please mute your phone during the
    # film." → "…muter votre téléphone…", "Can you mute the sound?" → "Pouvez-vous muter le son ?"
    (r"\bmute\s+(?=(?:your|the|my|their|his|her|our|all)\s+(?:\w+\s+)?(?:microphones?|mics?|phones?|sound|"
     r"notifications?|speakers?)\b)", "turn off "),      # not the TV ("Mute the TV." had been read "Turn off the TV.")
    # "The printer is out of paper." → "L'imprimante est hors de papier.", "The printer is out of ink." → "…hors
    # d'encre.", "The car is out of petrol." → "La voiture est hors de pétrouille."; not "out of water" (a fish)
    (r"\bis\s+out\s+of\s+(?=(?:paper|ink|toner|coffee|petrol|gasoline|gas|fuel|batteries|soap|milk|bread)\b)",
     "has no more "),
    (r"\bare\s+out\s+of\s+(?=(?:paper|ink|toner|coffee|petrol|gasoline|gas|fuel|batteries|soap|milk|bread)\b)",
     "have no more "),
    # the fuel one "ran out of" or that a car "is out of" ("I had no more gas." came out "Je n'avais plus de gaz");
    # not a cooker's gas
    (r"\bno\s+more\s+gas\b(?!.*\b(?:stoves?|ovens?|cookers?|heating|kitchen|boilers?|barbecues?|grills?|bottles?|"
     r"cylinders?|heaters?)\b)", "no more gasoline"),
    # "We got great feedback from our users." → "…de grands retraits…", "Thanks for your feedback on the report."
    # → "Merci de vous remettre sur le rapport.", "We received a lot of feedback." → "…beaucoup de retrait."; not
    # before a verb that wants one ("The feedback has been…", "Feedback from customers is…": "La réaction…")
    (r"\b(your|our|their|his|her|some|any|of|great|good|positive|negative|useful|more|received|receive|get|got|give|"
     r"gave|welcome)\s+feedback\b(?!\s+(?:is|was|has|loops?)\b)", r"\1 comments"),
    # …and "the feedback" said before its verb: "The feedback has been very positive." → "Le reversement a été…",
    # "The feedback was very positive." → "L'objection était…", "The feedback from the demo was great." → "Le revers…"
    (r"\bthe\s+feedback\b(?=(?:\s+from\s+[^.!?]{1,40}?)?\s+(?:has|was|is|had)\b)", "the reaction"),
    # "the wifi password…", "the internet in my room is very slow" → "l'image dans ma chambre…", "Can you help me
    # connect to the internet?" → "…relier l'interrogatoire ?"; it knows the name with its capital ("Internet")
    (r"(?-i:\binternet\b)", "Internet"),
)
_NOISY_ONES = (r"\b((?:neighbou?rs|people|kids|children|guests|students|tourists|boys|girls|they)\b[^.!?]{0,30}?"
               r"\s(?:are|were)|(?:neighbou?r|baby|child|dog|family|guest)\b[^.!?]{0,30}?\s(?:is|was))"
               r"((?:\s+(?:very|so|too|really|extremely|quite))?)\s+loud\b(?!\s+(?:and\s+clear|enough)\b)")
_MAIL = (r"^(?=.*\b(?:open|opened|opening|see|sent|send|email|e-mail|mail|download|files?|big|large|size|pdf|photos?|"
         r"click|message)\b)(.*?)")    # a line about a mail or its file: what comes before kept
PHRASES += (   # computers, meetings and pitches, hotels (the same as above)
    # "The hard drive is full." → "Le conducteur dur est plein.", "My hard drive is broken." → "Mon chauffeur
    # dur…", "I bought a new hard drive." → "…un nouveau conducteur dur."
    (r"\bhard\s+drive(s?)\b", r"hard disk\1"),
    # "The people next door are very loud." → "…sont très forts." (strong), "The neighbours are very loud." →
    # "Les voisins sont très forts.", "The kids upstairs are so loud." → "…tellement forts."; people, not music
    (_NOISY_ONES, r"\1\2 noisy"),
    # "I can't open this attachment." → "…cet attachement.", "Please see the attachment." → "…le attachement.",
    # "The attachment is too big." → "L'attachement est trop grand."; a mail's, not one's attachment to a place
    (rf"{_MAIL}\b(the|this|that|my|your|his|her|our|their|an?)\s+attachment(s?)\b(?!\s+(?:to|of|for|between)\b)",
     r"\1\2 attached file\3"),
    # "Did you back up your files?" → "Avez-vous remis vos fichiers ?", "I backed up my photos." → "J'ai rendu mes
    # photos.", "Please back up the files before the update." → "Retournez les fichiers…"
    *((rf"\b{back}\s+up\s+(?=(?:your|my|the|all|our|their|his|her)\s+(?:\w+\s+)?(?:files?|data|photos|pictures|"
       r"documents?|computer|phone|laptop|work|contacts)\b)", copy)
      for back, copy in (("back", "make a copy of "), ("backed", "made a copy of "), ("backing", "making a copy of "))),
    # "The demo will only take five minutes." → "Le démocrate…", "Can I see a demo?" → "Puis-je voir un démocrate
    # ?", "Let me give you a quick demo." → "Laisse-moi te donner un grand amour."
    (r"\bdemo(s?)\b(?![-.]\w)", r"presentation\1"),
    # "Can everyone make it at ten tomorrow morning?" → "…peut le faire à dix heures…", "Can everyone make it on
    # Monday?" → "…le faire lundi ?", "Can you make it tonight?" → "Peux-tu y arriver ce soir ?"; said when or where
    (rf"\b(can|could|will)\s+(you|everyone|everybody|we|they|he|she|you\s+all|all\s+of\s+you)\s+make\s+it\b"
     rf"(?!\s*(?:[.!?,]|$)){_TIME_OR_PLACE}", r"\1 \2 come"),
)
_ON_A_DAY = r"(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)"
_AT_A_TIME = (r"(?=(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\b\.?|h\b)|\d{1,2}:\d\d|noon|midday)"
              r"(?!\s*(?:minutes?|hours?|days?)\b))")
# in metres and digits only ("She measures five feet." comes out "Elle prend cinq pieds.", "She measures 5 feet 4
# inches." "Elle prend 5 pieds 4 pouces de pied 4 inches.", "He measures one metre." "Il résulte d'un métier.")
_HEIGHT = r"(\d+(?:[.,]\d+)?\s+(?:metres?|meters?))"
_WHOSE_EVENT = rf"(the|our|my|your|this|that|tomorrow['’]s|today['’]s)\s+(\w+\s+)?({_EVENT})"
_MOVED = rf"\b{_WHOSE_EVENT}\s+(?:is|was|has\s+been)\s+moved\s+to\s+"
_MOVE = rf"\s+{_WHOSE_EVENT}\s+to\s+"
PHRASES += (   # meetings moved, a restaurant's bill (the same as above)
    # "hi all, the weekly meeting is moved to 2pm on thursday" → "…la réunion de la semaine déménage à 14 heures",
    # "The meeting has been moved to Friday." → "La réunion a été déménagée à vendredi.", "The party has been moved
    # to Saturday." → "La fête a été déménagée au samedi."; said where it is now ("…est maintenant vendredi.")
    (rf"{_MOVED}{_ON_A_DAY}", r"\1 \2\3 is now on "), (rf"{_MOVED}{_AT_A_TIME}", r"\1 \2\3 is now at "),
    # "Can we move the meeting to Thursday afternoon?" → "Pouvons-nous déménager la réunion…", "Let's move the
    # meeting to Monday." → "Allons la réunion à lundi.", "Can we move the call to 3 pm?" → "…déplacer jusqu'à 15
    # heures ?" (the call lost)
    *((rf"\b{move}{_MOVE}{when}", rf"{have} \1 \2\3 {at}") for move, have in (("move", "have"), ("moving", "having"))
      for when, at in ((_ON_A_DAY, "on "), (_AT_A_TIME, "at "))),
    # "The bill came to 80 euros." → "Le projet de loi est venu à 80 euros.", "the bill came to 120 euros for four
    # people" → "le projet de loi est venu…"; an amount after it ("The total was 80 euros." comes out right)
    (r"\bthe\s+bill\s+came\s+to\s+(?=(?:about\s+|around\s+|almost\s+|nearly\s+|over\s+|just\s+over\s+)?[€$£]?\d)",
     "the total was "),
    # a person's height: "He is 2 metres tall." → "Il est deux mètres grand.", "I am 1.80 metres tall." → "Je suis
    # de 1,80 mètres de haut."; said with "measure" ("Il mesure 2 mètres."); not a thing's ("The tower measures…"
    # comes out "Les mesures…")
    (rf"\b(I)(?:\s+am|['’]m)\s+{_HEIGHT}\s+tall{_AT_END}", r"\1 measure \2"),
    (rf"\b(he|she)(?:\s+is|['’]s)\s+{_HEIGHT}\s+tall{_AT_END}", r"\1 measures \2"),
    (rf"\b(you|we|they)(?:\s+are|['’]re)\s+{_HEIGHT}\s+tall{_AT_END}", r"\1 measure \2"),
)
_PHRASES = tuple((re.compile(phrase, re.IGNORECASE), reading) for phrase, reading in PHRASES)


def _capital_kept(match: re.Match, reading: str) -> str:
    """``match`` read as ``reading`` (its groups filled in), capitalised where the phrase opened with a capital."""
    said = match.expand(reading)
    return said[:1].upper() + said[1:] if match.group()[:1].isupper() and said[:1].islower() else said


def read_phrases(text: str) -> str:
    """``text`` with each phrase of ``PHRASES`` read as its paraphrase, a capital that opened it kept."""
    for phrase, reading in _PHRASES:
        text = phrase.sub(lambda m, r=reading: _capital_kept(m, r), text)
    return text


# weather expected, opening a line: "Storms are expected this afternoon." → "On s'attend à ce qu'on s'attende cet
# après-midi.", "Heavy snow is expected in the north." → "Il neige dans le Nord." (expected left out), "Strong winds
# are expected along the coast." → "On s'attend à ce que les vents finissent par la côte."; said "There will be…"
# ("Il y aura des tempêtes…"), the weather's first word in lower case; not "Storms are expected to hit the coast"
_FORECAST = re.compile(r"^((?:(?:heavy|strong|thick|severe|freezing|high|light)\s+)?(?:rain|snow|storms|thunderstorms|"
                       r"showers|winds|fog|frost|hail|snowfall))\s+(?:is|are)\s+expected\b(?!\s+to\b)"
                       r"(?!\s*,?\s*but\b)", re.IGNORECASE)   # "Rain is expected, but not certain.": not certain


def read_forecasts(text: str) -> str:
    """``text`` with weather "expected" at its opening said as "There will be" that weather."""
    return _FORECAST.sub(lambda m: "There will be " + m.group(1)[:1].lower() + m.group(1)[1:], text)
