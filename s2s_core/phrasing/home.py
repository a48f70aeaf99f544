"""Phrases of renting a flat, chores, parties, school reports and messages the model had read as another meaning."""

from __future__ import annotations

from .common import BE, POSSESSIVE, WHO

# a flat to live in: a word after it that a home takes ("is", "in", "above"…) or the end of the clause; not "a flat
# tyre", "a flat rate", "the flat of his hand", nor a line about a car or a bike ("My car has a flat.")
_HOME_AFTER = (r"(?=\s*(?:[.;:!?)]|$)|\s+(?:is|was|has|had|in|on|near|above|below|with|for|to|at|by|we|I|you|they|he|"
               r"she|yesterday|today|last|next|this|isn['’]t|wasn['’]t|does|did|will|would|costs?|from|upstairs|"
               r"downstairs|opposite|where|which|that|needs|looks|overlooking|are|were|have|and|but|or|still|really|"
               r"now|too|also|only|just|doesn['’]t|don['’]t|won['’]t|hasn['’]t|gets)\b)")
_NO_WHEEL = (r"^(?!.*\b(?:cars?|tyres?|tires?|bikes?|bicycles?|wheels?|punctures?|batter(?:y|ies)|roads?|drive|"
             r"driving|music|sharp|piano|beer|soda|champagne|earth|screens?|feet|foot|shoes|sang|sing|sings|singing|"
             r"played|notes?|chords?|minor|major|highway|motorway|freeway|horses?|racing|jockeys?|"
             r"across\s+the\s+flat)\b)"
             # a tyre that went flat on the road: "We got a flat on the way home", "I got a flat this morning"
             r"(?!.*\b(?:got|get|gets|getting|had)\s+a\s+flat\s+(?:on|this|yesterday|today|again|halfway)\b)(.*?)")
_HOME_BEFORE = (r"\b(the|my|our|your|his|her|their|this|that|a|one|two|three|four|new|rented|furnished|small|big|"
                r"large|tiny|little|nice|studio|shared|empty|\w+-bedroom|\w+-room)\s+")
# a school subject or class one has trouble with; not a project nor a payment "falling behind"
_IN_CLASS = (r"(?=\s+(?:in|at|with)\s+(?:(?:his|her|their|my|your|our|the)\s+)?(?:school|class|maths?|reading|"
             r"writing|spelling|French|English|Spanish|German|science|history|geography|physics|chemistry|"
             r"biology|homework|studies|lessons|schoolwork|coursework)\b)")
# a verb "text" (after "I", "to", "will", "please"…), not the noun ("the text you sent")
_TEXT_VERB = (r"(?:^|(?<=\bto\s)|(?<=\bwill\s)|(?<=['’]ll\s)|(?<=\bcan\s)|(?<=\bcould\s)|(?<=\bplease\s)|"
              r"(?<=\bpls\s)|(?<=\bjust\s)|(?<=\bI\s)|(?<=\bwe\s)|(?<=\byou\s)|(?<=\bthey\s)|(?<=\bdon['’]t\s)|"
              r"(?<=\bdont\s)|(?<=\bshould\s)|(?<=\bwould\s)|(?<=\bmust\s)|(?<=\bthen\s)|(?<=\band\s)|"
              r"(?<=[,.!?]\s))text\s+(me|you|him|her|us|them)\b"
              r"(?!\s+(?:wrote|sent|read|typed|received|got|saw|posted|had)\b)")   # "compare it to text you wrote"
_DETERMINED = r"(?=\s+(?:the|a|an|your|my|his|her|their|our|this|that)\b)"
# one texted, named by who they are to the writer ("text my mum"), read before "text me", "texted him" ("texted her
# boss" had been read "sent her a message boss")
_TEXTED = (r"((?:my|his|her|your|our|their|the)\s+(?:\w+\s+)?(?:mum|mom|mother|dad|father|parents|boss|friends?|wife|"
           r"husband|sister|brother|teacher|colleagues?|partner|girlfriend|boyfriend|son|daughter|family|landlord|"
           r"neighbou?r|kids|children|grandma|grandmother|grandpa|grandfather|aunt|uncle|cousin|flatmate|roommate|"
           r"babysitter|plumber|driver|group|team|class))\b")
_TEXT_BY = "(?:" + "|".join(rf"(?<=\b{word}\s)" for word in (
    "I", "we", "you", "they", "to", "will", "'ll", "’ll", "always", "please", "just", "can", "could", "should",
    "never", "usually", "often")) + r"|^)"
_A_PARTY = (r"\s+(?=(?:(?:me|him|her|them|us|you)\s+)?(?:a|an)\s+(?:(?:surprise|birthday|big|little|small|leaving|"
            r"farewell|welcome|housewarming|dinner|garden|pool|Christmas|huge|great)\s+)*part(?:y|ies)\b"
            # a political party: "throw a party member out", "throw a party into chaos"
            r"(?!\s+(?:leaders?|members?|officials?|workers?|activists?|whips?|faithful|lines?|politics|"
            r"supporters?|candidates?|ranks|into|out|off|hats?|poppers?|favou?rs?|bags?|balloons?|streamers?|"
            r"plates?|cups?|food|snacks?)\b))")   # a party hat thrown
_A_PICTURE = (r"\s+(?=(?:a|an|the|this|that|my|her|his|their|our|some|two|three|\d+)\s+(?:\w+\s+)?(?:photos?|"
              r"pictures?|pics?|videos?|selfies?|story|stories|reels?|memes?|clips?)\b)")
# "Get him a gift card." had been read "Buy a gift for him card."
_FOR_WHOM = (r"(her|him|them|me|us)\s+(a|an|some)\s+((?:\w+\s+)?(?:presents?|gifts?|flowers|birthday\s+cake)"
             r"(?:\s+(?:cards?|vouchers?|certificates?|baskets?|boxe?s?|bags?|sets?))?)"
             r"(?!\s+for\s+(?:her|him|them|me|us)\b)")
# "mop the floor with him": beat him, not clean
_NOT_BEATEN = (r"(?!\s+with\s+(?:him|her|them|me|us|you|his|their|its|my|your|our|the\s+(?:other|opposition|"
               r"competition|rivals?))\b)")

PHRASES = (   # renting a flat, chores, parties, school, messages: (the phrase; its paraphrase), as in orders.py
    # "The flat is furnished." → "La plat est furieuse.", "Can I have pets in the flat?" → "…dans le plat ?", "My
    # sister bought a flat in Lyon." → "…un pneu à Lyon.", "I'm looking for a flat to rent." → "…un flat à louer."
    (rf"{_NO_WHEEL}\ba\s+flat\b{_HOME_AFTER}", r"\1an apartment"),
    (rf"{_NO_WHEEL}{_HOME_BEFORE}flat(s?)\b{_HOME_AFTER}", r"\1\2 apartment\3"),
    # "The washing machine is leaking." → "…est en train de conduire.", "Our dishwasher is leaking." → "Notre
    # lave-vaisselle est en train de courir.", "…is leaking again." → "…se lève à nouveau."; "fuit" after "leaks"
    (r"\b(washing\s+machine|dishwasher)\s+is\s+leaking\b(?=\s+again\b|\s*(?:[.,;!?]|$))", r"\1 leaks"),
    # "I need to do the laundry." → "…faire la larme.", "She does the laundry on Sundays." → "Elle fait la linge…"
    (r"\bdo\s+the\s+laundry\b", "wash the clothes"), (r"\bdoes\s+the\s+laundry\b", "washes the clothes"),
    (r"\b(?:did|done)\s+the\s+laundry\b", "washed the clothes"), (r"\bdoing\s+the\s+laundry\b", "washing the clothes"),
    # "i'll do the ironing tomorrow" → "je ferai le fer demain", "I hate doing the ironing." → "…faire le fer.",
    # "I did the ironing yesterday." → "J'ai fait le fer hier."; not "does" ("Who irons…" came out "Qui repas…")
    (r"\bdo\s+the\s+ironing\b", "iron the clothes"), (r"\bdoing\s+the\s+ironing\b", "ironing the clothes"),
    (r"\b(?:did|done)\s+the\s+ironing\b", "ironed the clothes"),
    # "It's your turn to take out the rubbish." → "…sortir le rubish.", "Who forgot to take the rubbish out?" →
    # "…sortir le rubisson ?"; not "talking rubbish" (nonsense)
    # the verb and its "out" together: "Don't forget to take the rubbish out tonight." read "take the trash out" came
    # out "…sortir les pièges ce soir." (measure36, s34); "take out the trash": "…sortir les poubelles ce soir."
    (r"\b(take|took|taking|takes|taken)\s+the\s+(?:rubbish|trash|garbage)\s+out\b(?!\s+of\b)", r"\1 out the trash"),
    (r"\b(take|took|taking|takes|taken)\s+(out\s+)?the\s+rubbish\b", r"\1 \2the trash"),
    # "The fridge needs cleaning." → "Le frigo a besoin de nettoyer.", "The windows need cleaning." → "Les fenêtres
    # ont besoin de nettoyer."; not "needs cleaning products"
    (r"\b(needs?|needed)\s+cleaning\b(?!\s+(?:products?|supplies|materials|equipment|agents?|fluids?|solutions?|"
     r"staff|services?)\b)", r"\1 to be cleaned"),
    # "We're throwing a surprise party for her." → "Nous jetons une fête…", "Let's throw a party!" → "Jetons une
    # fête !", "We threw a big party last year." → "Nous avons lancé une grande fête…"; not an order opening the
    # sentence ("Throw a party!" read "Have a party!" came out "Bonne fête !")
    (rf"(?<=\w\s)throw{_A_PARTY}", "have "), (rf"\bthrows{_A_PARTY}", "organizes "),
    (rf"\bthrowing{_A_PARTY}", "organizing "), (rf"\b(?:threw|thrown){_A_PARTY}", "organized "),
    # "She's falling behind at school." → "Elle tombe derrière l'école.", "He is falling behind in maths." → "Il tombe
    # derrière les maths.", "He fell behind in class after his illness." → "Il est tombé en classe…"
    (rf"\b({BE})\s+falling\s+behind{_IN_CLASS}", r"\1 having difficulties"),
    (rf"\bfell\s+behind{_IN_CLASS}", "had difficulties"), (rf"\bfalls\s+behind{_IN_CLASS}", "has difficulties"),
    # "I'll text you later." → "Je te textoirai…", "Text me when you arrive." → "Réfléchis-moi…", "Can you text me
    # the address?" → "Peux-tu me texteer l'adresse ?", "He texts me every day." → "Il me mange…"
    # (verbs45, s45) "I text my mum every night…" → «Je mange ma maman…»; "send a message to": «J'envoie un message
    # à ma maman…»
    (rf"{_TEXT_BY}text\s+{_TEXTED}", r"send a message to \1"), (rf"\btexts\s+{_TEXTED}", r"sends a message to \1"),
    (rf"\btexted\s+{_TEXTED}", r"sent a message to \1"), (rf"\btexting\s+{_TEXTED}", r"sending a message to \1"),
    (rf"{_TEXT_VERB}{_DETERMINED}", r"send \1"), (_TEXT_VERB, r"send \1 a message"),
    (r"\btexted\s+(me|you|him|her|us|them)\b", r"sent \1 a message"),
    # before a quote, no one named: "My brother texted "I missed the bus."" → «Mon frère a distribué le texte…»,
    # «…a texteé :» (speech.py translates the quote)
    (r"\btexted(?=\s*[,:]?\s+[\"“])", "sent a message"), (r"\btexts(?=\s*[,:]?\s+[\"“])", "sends a message"),
    (r"\btexts\s+(me|you|him|her|us|them)\b", r"sends \1 messages"),
    (r"\btexting\s+(me|you|him|her|us|them)\b", r"sending \1 messages"),
    # "She posted a picture of her dog." → "Elle a remis une photo…", "He posted a video of the concert." → "Il a
    # remis une vidéo…"; a picture put online, not a letter sent; with a determiner ("She keeps posting selfies." came
    # out right, "…publier les selfies" read)
    (rf"\bpost{_A_PICTURE}", "publish "), (rf"\bposted{_A_PICTURE}", "published "),
    (rf"\bposts{_A_PICTURE}", "publishes "), (rf"\bposting{_A_PICTURE}", "publishing "),
    (rf"\b(photos?|pictures?|videos?|selfies?)\s+({WHO})\s+posted\b", r"\1 \2 published"),
    # "Can you add me to the group chat?" → "…au chapitre du groupe ?", "Our group chat is very active." → "Notre
    # groupe de groupe…", "Check the group chat." → "Vérifiez le groupe."
    (r"\bgroup\s+chat(s?)\b", r"group conversation\1"),
    # "We're going to my parents' for Christmas." → "Nous allons à mes parents…", "I'm at my parents' this weekend." →
    # "Je suis à mes parents…"; "house" said ("chez mes parents")
    (rf"(?:(?<=\bat\s)|(?<=\bto\s)|(?<=\bfrom\s))({POSSESSIVE})\s+parents['’](?!\s*s\b)"
     r"(?=\s+(?:for|on|at|this|next|tonight|tomorrow|last|over|until|every|and|with|today)\b|\s*(?:[.!?,;]|$))",
     r"\1 parents' house"),
    # "Did you get her a present?" → "L'as-tu reçue un cadeau ?", "I got him a gift for his birthday." → "Je lui ai
    # reçu un cadeau…", "We need to get them a present." → "Nous devons les obtenir un cadeau."
    (rf"\bget\s+{_FOR_WHOM}", r"buy \2 \3 for \1"), (rf"\bgot\s+{_FOR_WHOM}", r"bought \2 \3 for \1"),
    (rf"\bgetting\s+{_FOR_WHOM}", r"buying \2 \3 for \1"),
    # "Enjoy your holidays!" → "Prends plaisir aux vacances !", "Enjoy your holiday in Spain!" → "Prends plaisir à tes
    # vacances…"; "Have a good holiday": "Passe de bonnes vacances"
    (r"^enjoy\s+(?:your|ur|the)\s+holidays?\b(?!\s+season)", "Have a good holiday"),   # "Prends une bonne saison"
    # "I mopped the kitchen floor." → "J'ai dérobé le sol…", "Can you mop the floor?" → "Peux-tu masser le sol ?";
    # not "mops" ("She washes the floor" came out "Elle se lave le sol")
    (rf"\bmop(?=\s+(?:the|my|your|our|this|that)\s+(?:\w+\s+)?floors?\b{_NOT_BEATEN})", "wash"),
    (rf"\bmopped(?=\s+(?:the|my|your|our|this|that)\s+(?:\w+\s+)?floors?\b{_NOT_BEATEN})", "washed"),
    # "The bathroom needs a good clean." → "…a besoin d'un bon net.", "The car needs a good clean." → "…d'une bonne
    # propre."
    (r"\b(needs?|needed)\s+a\s+(?:good|proper|thorough)\s+clean\b", r"\1 to be cleaned well"),
    # long48 (s40): "put the bins out" → «mettre les boules» (balls), "Don't forget to put the bins out tonight." →
    # «N'oublie pas d'éteindre les boules…» (switch off), "…forgets to put the bins out on Monday…" → «…d'éteindre les
    # boules»; "take the bins out": «N'oublie pas de sortir les poubelles ce soir.», «…oublie toujours de sortir les
    # poubelles» (3 of 3); after "to"/a modal only ("Who put the bins out?" could be past; an order opening
    # the line, "Put the bins out, please, …", came out «S'il vous plait, s'il vous plaît…»: left)
    (r"(\b(?:to|will|can|must|should|please)|['’]ll|n['’]t)\s+put\s+the\s+bins\s+out\b", r"\1 take the bins out"),
    # left54 (s40; long48): "Who put the bins out?" (past) → «Qui a mis les boules ?»; "took": «Qui a sorti les
    # poubelles ?», «Qui sortit les poubelles ?» (3 of 3)
    (r"\b(who)\s+put\s+(?:the\s+bins\s+out|out\s+the\s+bins)\b", r"\1 took the bins out"),
    # left54 (s40; long48): rubbish collected → "The rubbish is collected on Mondays." → «Le rubish est collectionné…»,
    # "Our garbage is collected…" → «Notre garage est collectionné…» ("trash" «piège», "waste" «gaspillage», "the
    # bins are emptied" «emptinées»); "the dustbins are picked up", as French says it: «Les poubelles sont ramassées
    # le lundi.» ("bins" alone came out «boules»)
    (r"\b(the|our|your|my|their)\s+(?:rubbish|garbage|trash|refuse)\s+(?:is|gets)\s+(not\s+)?collected\b",
     r"\1 dustbins are \2picked up"),
    (r"\b(the|our|your|my|their)\s+(?:rubbish|garbage|trash|refuse)\s+was\s+(not\s+)?collected\b",
     r"\1 dustbins were \2picked up"),
    (r"\b(when|what\s+day|how\s+often)\s+is\s+(the|our|your)\s+(?:rubbish|garbage|trash|refuse)\s+collected\b",
     r"\1 are \2 dustbins picked up"),
)
