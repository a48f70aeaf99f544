"""Phrases of babies and parenting (naps, cots, playdates, tantrums, birthdays) and of couples and family life (dating,
moving in, grandparents) the model had read as another meaning."""

from __future__ import annotations

from .common import AT_END, POSSESSIVE

_AGE = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)"
# a grown-up's age: a number up to 110, or a round one spelt ("ninety"; "ninety-five" is read "95", quantities.py)
_GROWN_AGE = r"(\d{1,2}|1[01]\d|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred)"
# a birthday said when ("on Saturday", "next week"), not a corner or a page one turns ("turns three pages")
_BIRTHDAY_WHEN = (r"(?=\s+(?:on|next|this|in|tomorrow|today|soon|at\s+the\s+end)\b|\s*(?:[.,;!?]|$))"
                  r"(?!\s+in\s+(?:a|the|an)\b)")
# a child or one who has one: not "the temperature", "the price", "it" ("It's two and a half." is a time or a price)
_CHILD = (r"(?:he|she|(?:my|our|your|his|her|their)\s+(?:son|daughter|boy|girl|baby|little\s+one|eldest|youngest|"
          r"brother|sister|nephew|niece|grandson|granddaughter))")
_KIN = (r"(?:boyfriend|girlfriend|partner|fianc[eé]e?|husband|wife|parents|mum|mom|dad|mother|father|grandparents|"
        r"grandmother|grandfather|sister|brother|friend|aunt|uncle)")
# one punished, said of a person: not planes, ships or an argument ("The planes were grounded", "grounded in fact")
_WHO_IS = (r"(you['’]re|you\s+are|you\s+were|(?:he|she)['’]s|(?:he|she)\s+(?:is|was)|I['’]m|I\s+am|I\s+was|"
           r"they['’]re|they\s+(?:are|were))")
# Grandma as a name in a sentence, not one called ("Thank you, Grandma.", "I miss you, Granny!": the call is read
# elsewhere)
_NOT_CALLED = r"(?<![,]\s)(?<!\byou\s)(?<!\bhi\s)(?<!\bbye\s)(?<!\bdear\s)"
# a baby itself, not its shower or its things ("We're having a baby shower.")
_NOT_A_PARTY = r"(?![\s-]+(?:showers?|monitors?|food|clothes|seats?|boom|sitters?|photos?|party)\b)"
PHRASES = (   # babies and toddlers: (the phrase; its paraphrase), after what the model had written for it
    # "The baby goes down for a nap at one o'clock." → "Le bébé baisse pour une sieste…", "Does he still go down
    # for a nap?" → "Veut-il encore une sieste ?"; "takes a nap" comes out "fait une sieste"
    *((rf"\b{go}\s+down\s+for\s+(a|his|her|their|an\s+afternoon)\s+nap\b", rf"{take} \1 nap")
      for go, take in (("go", "take"), ("goes", "takes"), ("went", "took"), ("going", "taking"))),
    # "He's two and a half." → "Il est deux et demi.", "My son is four and a half." → "Mon fils est quatre et
    # demi."; said "years old" ("Il a deux ans et demi.")
    (rf"\b({_CHILD}(?:['’]s|\s+is|\s+was))\s+{_AGE}\s+and\s+a\s+half{AT_END}", r"\1 \2 and a half years old"),
    # "She's turning six on Saturday." → "Elle se tourne six samedis.", "He turns three next week." → "Il tourne
    # trois heures…"; said "will be … years old" ("Elle aura six ans samedi.")
    (rf"\b(he|she)(?:['’]s|\s+is)\s+turning\s+{_AGE}{_BIRTHDAY_WHEN}", r"\1'll be \2 years old"),
    (rf"\b(he|she)\s+turns\s+{_AGE}{_BIRTHDAY_WHEN}", r"\1'll be \2 years old"),
    (rf"\b((?:my|our|your|his|her|their)\s+(?:son|daughter|boy|girl|little\s+one|eldest|youngest))(?:['’]s|\s+is)\s+"
     rf"turning\s+{_AGE}{_BIRTHDAY_WHEN}", r"\1 will be \2 years old"),
    # "We're having a baby!" → "Nous avons un bébé !" (one already born), "Are they having a baby?" → "Est-ce
    # qu'ils ont un bébé ?"; "going to have" comes out "allons avoir"
    (rf"\b(we|they|you|she)(['’]re|['’]s|\s+are|\s+is)\s+having\s+(a\s+baby|twins|another\s+baby)\b{_NOT_A_PARTY}",
     r"\1\2 going to have \3"),
    (rf"\b(are|is)\s+(we|they|you|she)\s+having\s+(a\s+baby|twins|another\s+baby)\b{_NOT_A_PARTY}",
     r"\1 \2 going to have \3"),
    # "She's due in three weeks." → "Elle est dûe dans trois semaines.", "The baby is due in May." → "Le bébé est
    # dû en mai.", "When is the baby due?" → "Quand le bébé est-il dû ?"; a birth said ("donnera naissance", "va
    # naître"); not "any day now" (it did not help)
    # a time only, the clause ending there: not "due in court", "due in Paris tomorrow for a meeting", "due on Monday at
    # the office", "due in an hour for her shift" (all had become "donnera naissance…")
    (r"\bshe(?:['’]s|\s+is)\s+due\s+(?=(?:in\s+(?:a|two|three|four|five|six|seven|eight|nine|a\s+few|\d+)\s+"
     r"(?:weeks?|months?|days?)|next\s+(?:week|month)|(?:in|on|next)\s+(?-i:[A-Z])[a-z]+|on\s+the\s+\w+)"
     r"\s*(?:[.,;!?]|$))(?!.*\b(?:court|office|work|shift|meeting|back|home|flight|train|hearing)\b)",
     "she will give birth "),
    (r"\b(the|our|their|her|your)\s+baby\s+is\s+due\s+(?=(?:in|next|on|at\s+the\s+end)\b)", r"\1 baby should be born "),
    (r"\bwhen\s+is\s+(the|your|her|their)\s+baby\s+due\b", r"when is \1 baby going to be born"),
    # "Our son took his first steps yesterday." → "…a pris ses premières étapes…"; "walked for the first time"
    # comes out "a marché pour la première fois"; not a first step in politics or into a job (Hansard)
    (rf"\btook\s+{POSSESSIVE}\s+(?:very\s+)?first\s+steps\b(?!\s+(?:in|into|on|towards?|as|to)\b)",
     "walked for the first time"),
    # "The baby spat up on my shirt." → "Le bébé me lève sur ma chemise.", "He spat up all over the sofa." →
    # "Il a loupé tout…"; "vomited a little" comes out "a vomi un peu"
    (r"\bspat\s+up\b", "vomited a little"),
    # "Put the baby in the cot." → "…dans le canapé.", "The cot is too small." → "Le manteau…"; "bed" comes out
    # "lit" (the Hansard's camp cots too: "des cols de camp" → "des lits de camp"); not "cot death" (no help)
    (r"\bcot(s?)\b(?![\s-]+deaths?\b)", r"bed\1"),
    # "Childcare is so expensive." → "Les enfants sont tellement chers.", "My parents help with childcare." →
    # "…aident à l'enfant."; "child care" comes out "la garde des enfants"
    (r"\bchildcare\b", "child care"),
    # "Can Lucas come over for a playdate?" → "…venir chercher un jouet ?"; "come over to play": "venir jouer"
    (r"\b(come|came|coming|comes)\s+(over|round|around)\s+for\s+a\s+play[\s-]?date\b", r"\1 \2 to play"),
    # "He won't go to sleep without his teddy." → "…sans sa mauvaise ténérosité."; "teddy bear": "son ours"
    # in lower case only: "Teddy" is a name ("I met Teddy at the park." had been read "…Teddy bear…")
    (r"(?-i:\bteddy\b)(?![\s-]+bears?\b)", "teddy bear"),
    # "He threw a tantrum in the supermarket." → "Il lança un tantinet…", "She throws tantrums every night." →
    # "…jeter des rumeurs…"; "got angry" comes out "s'est mis en colère"
    *((rf"\b{throw}\s+(?:a\s+(?:huge\s+|big\s+|massive\s+)?)?(?:temper\s+)?tantrums?\b", get)
      for throw, get in (("threw", "got angry"), ("throws", "gets angry"), ("throw", "get angry"),
                         ("throwing", "getting angry"), ("thrown", "got angry"))),
    # "Don't talk back to me." → "Ne me reviens pas !", "Don't talk back to your father." → "Ne retourne pas à ton
    # père."; "answer … back" comes out "Ne me répondez pas", "Ne réponds pas à ton père"
    # told not to only ("…know better than to talk back to your boss." came out right, "…qu'on ne répond pas…")
    (rf"\b(don['’]t(?:\s+you)?)\s+talk\s+back\s+to\s+(me|us|him|her|them|{POSSESSIVE}\s+\w+)\b",
     r"\1 answer \2 back"),
    # "He's grounded for a week." → "Il est échoué…", "You're grounded!" → "Vous êtes échoué !"; "punished":
    # "puni"
    (rf"\b{_WHO_IS}\s+grounded\b(?=\s+(?:for|until|till|again|this|all)\b|\s*(?:[.,;!?]|$))", r"\1 punished"),
    # "We're trying for a baby." → "Nous essayons d'un bébé."; "trying to have a baby": "essayons d'avoir un bébé"
    (r"\b(try|tries|trying|tried)\s+for\s+(a\s+baby|another\s+baby|a\s+second\s+(?:baby|child))\b", r"\1 to have \2"),
    # "Do you have a kids' menu?" → "Avez-vous un menu ?" (the children lost); "children's menu": "menu pour enfants"
    (r"\b(?:kids['’]?|kid['’]s)\s+menu(s?)\b", r"children's menu\1"),
    # "He's settling in well at his new school." → "Il se couche bien…", "She's settling in well at nursery." →
    # "Elle se fixe bien…"; "adapting well to" comes out "s'adapte bien à"
    # "I need to pick up the kids from daycare at five." → "…les enfants de jour…", "The daycare is closed today." →
    # "Le rêve est fermé…"; "day care centre" comes out "centre de garderie"; a child's place, not a program or a
    # system (Hansard's "daycare program"); not "in daycare" nor "daycare center" (both came out "…de soins de santé")
    (r"(?<=\bthe\s)daycare\b(?=\s*(?:[.,;!?]|$)|\s+(?:is|was|closes|opens|at|in|on|every|today|tomorrow|"
     r"this|next|near|and|or|when|after|before|until|three|two|four|five)\b)", "day care centre"),
    # (not "to daycare": "…send her child to daycare." came out right, "en garderie"; read, "au centre de garderies")
    (r"\b(from|at)\s+daycare\b(?=\s*(?:[.,;!?]|$)|\s+(?:at|in|on|every|today|tomorrow|this|next|near|and|or|"
     r"when|after|before|until|three|two|four|five)\b)", r"\1 the day care centre"),
    # "She's a handful." → "C'est une poignée."; said "a difficult child" ("C'est un enfant difficile."); a child
    # only, at the clause's end (not "a handful of…", nor "just simply a handful" of supporters)
    (rf"\b({_CHILD})(['’]s|\s+is|\s+was)\s+(?:a\s+(?:real\s+|bit\s+of\s+a\s+)?|quite\s+a\s+)handful{AT_END}",
     r"\1\2 a difficult child"),
    # "Can you drop Mia at her friend's house?" → "Peux-tu laisser tomber Mia…"; "take … to": "emmener Mia…"
    # a child named or the children ("Could you drop me at the station?" came out right, "déposer")
    # not "at once" nor told not to ("Don't drop Mary at the station" had become "Ne emmène pas Mary…")
    (r"(?<!\bnot\s)(?<!n['’]t\s)\bdrop\s+((?-i:[A-Z])[a-z]+|the\s+kids|the\s+children)\s+at\b(?!\s+(?:once|all|last|"
     r"least|first)\b)", r"take \1 to"),
    *((rf"\b{settle}\s+in\s+((?:really\s+|very\s+|quite\s+)?well)\s+(?:at|in|to)\s+", rf"{adapt} \1 to ")
      for settle, adapt in (("settling", "adapting"), ("settled", "adapted"), ("settles", "adapts"),
                            ("settle", "adapt"))),
)
PHRASES += (   # couples, chores and family life (the same as above)
    # "Are you seeing anyone?" → "Vois-tu qui que ce soit ?", "Is she seeing anyone?" → "Est-elle en train de
    # voir…"; asked (people.py reads it said): "going out with" comes out "Sors-tu avec…"
    (r"\b(are|is)\s+(you|she|he|they)\s+seeing\s+(someone|anyone|anybody|somebody)\b(?=\s*\?)",
     r"\1 \2 going out with \3"),
    # "Should we move in together?" → "Devrions-nous entrer ensemble ?", "They want to move in together." →
    # "…déménager ensemble."; "live together" comes out "vivre ensemble" ("We're moving in together" came out right)
    (r"\bmove\s+in\s+together\b", "live together"),
    # "She moved in with her boyfriend." → "Elle a déménagé avec son petit ami." (moved house with him); "went to
    # live with" comes out "est allée vivre avec"; a person one goes to live with, not troops moving in with tanks
    (rf"\bmoved\s+in\s+with\s+(?=(?:{POSSESSIVE}|her|his)\s+(?:new\s+|elderly\s+|old\s+)?{_KIN}s?\b)",
     "went to live with "),
    # "The baby kept us up all night." → "Le bébé nous a rompu toute la nuit."; "kept us awake": "gardé éveillé"
    (r"\b(kept|keeps|keep|keeping)\s+(me|us|him|her|them|everyone)\s+up\s+(?=all\s+night\b|at\s+night\b)",
     r"\1 \2 awake "),
    # "My stepdad drives me to school." → "Ma marche me rend…", "My stepdad is really nice." → "Mon beau pied…";
    # "stepfather" comes out "beau-père"
    (r"\bstep[\s-]?dad(s?)\b", r"stepfather\1"), (r"\bstep[\s-]?(?:mum|mom)(s?)\b", r"stepmother\1"),
    # "Grandma makes the best cakes." → "Grand-main rend…", "Granny lives in Lyon." → "Grany vit à Lyon.";
    # "Grandmother" comes out "Grand-mère"
    (rf"{_NOT_CALLED}\b(?:grandma|granny)(['’]s)?\b(?!\s*(?:[,.!?]|$))", r"grandmother\1"),
    # "We're worried about Grandma and Grandpa." → "…de Grand-mère et de Grande-mère." (Grandma read alone), "Let's
    # visit my grandpa…" → "…à mon Papa…"; "grandfather" comes out "grand-père"
    (rf"{_NOT_CALLED}\bgrandpa(['’]s)?\b(?!\s*(?:[,.!?]|$))", r"grandfather\1"),
    # "Whose turn is it to take out the bins?" → "…sortir les poules ?", "Can you take the bins out?" → "…poules ?";
    # "garbage" comes out "les poubelles"
    (r"\b(take|takes|took|taking|taken)\s+out\s+the\s+bins\b", r"\1 out the garbage"),
    (r"\b(take|takes|took|taking|taken)\s+the\s+bins\s+out\b", r"\1 the garbage out"),
    # "Mummy will be back soon." → "La Mummy sera…", "Mummy loves you." → "La musique t'aime."; "Mum": "Maman"; a
    # name only (the capital), not an Egyptian mummy
    # (not an Egyptian one: "The Egyptian Mummy is in the museum." had become "La maman Égyptienne…")
    (rf"^(?!.*\b(?:Egypt\w*|museums?|tombs?|pharaohs?|ancient|films?|movies?|horror|bandages?)\b)(.*?)"
     rf"(?<!\bthe\s)(?<!\ba\s){_NOT_CALLED}(?-i:\bMummy\b)(?!\s*(?:[,.!?]|$))", r"\1Mom"),
    # "It's hard to juggle work and kids." → "…de travailler et d'enfants.", "I'm juggling work and kids." → "Je
    # suis en train de travailler…"; "manage" comes out "gérer"
    *((rf"\b{juggle}\s+(?=(?:work|my\s+job|a\s+job|two\s+jobs|a\s+career|family|kids|children)\b)", manage)
      for juggle, manage in (("juggle", "manage "), ("juggling", "managing "), ("juggles", "manages "))),
    # "I'm a stay-at-home dad." → "Je suis un papa de séjour.", "She's a stay-at-home mother." → "C'est une mère
    # séjournée."; "a dad who stays at home": "un père qui reste à la maison"
    (r"\bstay[\s-]at[\s-]home\s+(mum|mom|dad|mother|father|parent)\b", r"\1 who stays at home"),
    # "He has chickenpox." → "Il a une boîte de poulet."; "chicken pox" comes out "la varicelle"
    (r"\bchickenpox\b", "chicken pox"),
    # "The kids are bored, what can we do?" → "Les enfants ennuyent…"; "getting bored" comes out "s'ennuient"
    (r"\b((?:the\s+|my\s+|our\s+)?(?:kids|children))\s+are\s+bored\b(?!\s+(?:with|of|by)\b)", r"\1 are getting bored"),
    # "Can you change the baby's nappy?" → "…la sieste du bébé ?", "She's changing the baby's diaper." → "Elle change
    # le diaper du bébé."; "change the baby": "Peux-tu changer le bébé ?" (the French way of saying it)
    (r"\b(change|changes|changed|changing)\s+(the|my|your|her|his|our)\s+(baby|babies)['’]s?\s+(?:nappy|nappies|"
     r"diapers?)\b", r"\1 \2 \3"),
    # "Let's go to the playground after school." → "Allons au courant…", "The kids are at the playground." → "…à la
    # tour de jeu."; "the park": "Allons au parc après l'école." (not a school's at break: "la cour")
    (r"^(?!.*\b(?:break|breaktime|recess|lunchtime|school\s+playground)\b)(.*?)\b(to|at)\s+the\s+playground\b",
     r"\1\2 the park"),
    (r"\b(is|was|there['’]s|there\s+is|there\s+was)\s+a\s+playground\b(?!\s+(?:for|of)\b)",
     r"\1 a park for children"),
    # "We're spending Christmas with my in-laws." → "…avec mes bâtons.", "My in-laws are coming for dinner." → "Mes
    # in-laws viennent dîner."; "my spouse's parents": "les parents de mon conjoint" ("parents-in-law" came out
    # "parents-law")
    (r"\b(my|your|his|her|their)\s+in[\s-]laws\b", r"\1 spouse's parents"),
    # a grown-up's birthday (fix35, s34): "My grandmother turns ninety next week, and…" → "Ma grand-mère tourne à
    # quatre-vingt-dix ans…", "My sister is turning 30 in May." → "Ma sœur tourne le 30 mai."; "will be … years old"
    # ("Ma grand-mère aura 90 ans la semaine prochaine", "Ma sœur aura trente ans en mai")
    (rf"\b((?:my|our|your|his|her|their)\s+(?:{_KIN}|boss|colleague|neighbou?r|teacher))(?:\s+turns|\s+is\s+"
     rf"turning|['’]s\s+turning)\s+{_GROWN_AGE}{_BIRTHDAY_WHEN}", r"\1 will be \2 years old"),
)
PHRASES += (   # words37 (s34)
    # "The baby needs a nappy change." → "…un changement de nappie.", read "diaper" «…de diplôme»; "needs to be
    # changed": "Le bébé a besoin d'être changé."
    # the baby named ("I think he needs a diaper change." read so: "…qu'il doit être modifié.")
    (r"\b(baby)\s+needs\s+a\s+(?:nappy|diaper)\s+change\b", r"\1 needs to be changed"),
)
PHRASES += (   # fix50 (s39, measure50)
    # a child's, a grown-up's or a pet's birthday with "turns" after the one named: "My daughter turns six on the
    # twelfth of May." → «Ma fille tourne au 12 mai.», "My son turns ten next week." → «Mon fils tourne la semaine
    # prochaine.», "Our dog turns three in June." → «Notre chien tourne trois mois en juin.» (the age lost or a
    # time); "will be … years old": «aura … ans» (kids.py's "he turns" and "my son is turning" read so already)
    (rf"\b((?:my|our|your|his|her|their)\s+(?:son|daughter|boy|girl|little\s+one|eldest|youngest|nephew|niece|"
     rf"grandson|granddaughter|dog|cat|puppy|kitten))\s+turns\s+{_AGE}{_BIRTHDAY_WHEN}", r"\1 will be \2 years old"),
    # long48 (s40): "the children loved walking on the beach" → «…les enfants aiment marcher sur la plage» (the past
    # lost), "…the children loved swimming in the lake." → «…les enfants aiment nager…»; "used to love": «…les
    # enfants aimaient marcher…», «…aimaient nager dans le lac» (3 of 3; "They loved cooking" came out right); not
    # "reading" ("…loved reading stories…" came out «…avaient l'habitude de lire…», the love lost)
    (r"\b(children|kids)\s+loved\s+(?=\w+ing\b)(?!reading\b)", r"\1 used to love "),
)
