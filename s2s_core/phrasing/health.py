"""Phrases of health and feelings (doctor, dentist and pharmacy, symptoms, hospital, sleep, fitness, moods and
comfort) the model had read as another meaning."""

from __future__ import annotations

from .common import BE, POSSESSIVE, WHO

_A_BIT = (r"(?:\s+(?:a\s+bit|a\s+little|slightly|rather|quite|really|so|very|still|pretty|kind\s+of|"
          r"a\s+little\s+bit))?")
# a mood's end: the clause ends or a time, a cause or another clause follows ("feeling low on fuel", "felt down the
# back of the sofa" are not moods)
_MOOD_END = (r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:lately|recently|today|tonight|since|all|these\s+days|this|"
             r"at\s+the\s+moment|for|because|and|but|about|after|again|right\s+now|sometimes|when|every|"
             r"in\s+the\s+(?:morning|evening|winter)|ever\s+since)\b)")
# a person sick, not a wall, a problem or one's hands thrown up; the clause ends or a time or a place follows
_SICK_END = (r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:all|again|twice|three\s+times|several\s+times|everywhere|in\s+the|"
             r"on\s+the|on\s+(?:my|his|her)|last|this|yesterday|since|after|before|during|every|because|when|and|"
             r"but)\b)")
# a time after "for" on the phone ("for twenty minutes", "for an hour", "for ages")
_FOR_A_TIME = (r"for\s+((?:over\s+|almost\s+|nearly\s+|about\s+)?(?:an?\s+|half\s+an\s+|\d+\s+|\w+\s+)?"
               r"(?:minutes?|hours?|ages))\b(?!\s+(?:on\s+the\s+(?:tarmac|runway|ground)|at\s+the\s+(?:border|gate))"
               r"\b)")
# (not a plane held on the tarmac: "We were put on hold for an hour on the tarmac" read "…on the phone on the tarmac")
# a person's mood, not a room's ceiling, a tank or prices ("The ceiling feels low.")
# or furniture, tyres, clouds or one's energy ("The chair feels low for me." read "…feels sad…")
_NO_THING = (r"^(?!.*\b(?:ceilings?|roofs?|water|levels?|prices?|batter(?:y|ies)|pressure|tanks?|temperatures?|"
             r"rates?|sales|voices?|volume|numbers?|supplies|stocks?|chairs?|seats?|tables?|beds?|sofas?|desks?|"
             r"shel(?:f|ves)|tyres?|tires?|cars?|clouds?|sky|sun|energy|sugar|bass|music|sound|notes?|oil|"
             r"fuel)\b)(.*?)")
# a fever had, not a temperature check run ("We are running a temperature check on everyone." read "We have a fever
# check…"): the clause ends or a word of time, degree or cause follows
_FEVER_END = (r"\b(?=\s*(?:[.,;:!?)]|$)|\s+(?:of|and|but|since|today|tonight|again|now|because|so|all|this|last|for|"
              r"at|in|after|when|too)\b)")
_NO_SPACE = (r"^(?!.*\b(?:spacecraft|satellites?|probes?|Apollo|orbit\w*|astronauts?|lunar|NASA|rockets?|"
             r"capsules?|landers?|rovers?|telescopes?)\b)(.*?)")
# "cut" an infinitive or a call ("to cut", "should cut", "Cut down…", "…smoking, cut down…"), not a past
_TO_CUT = (r"(?:^|(?<=\bto\s)|(?<=\bshould\s)|(?<=\bmust\s)|(?<=\bwill\s)|(?<=['’]ll\s)|(?<=\bcan\s)|(?<=\bcould\s)|"
           r"(?<=\bplease\s)|(?<=\bjust\s)|(?<=[,;:]\s)|(?<=\bdon['’]t\s)|(?<=\bdidn['’]t\s)|(?<=\bdo\s))cut")
# what a trade makes or does with the food, not the food ("cut down on coffee imports")
_A_TRADE = (r"\s+(?:imports?|exports?|production|producers?|subsidies|sales|prices|taxes|industry|advertising|breaks?|"
            r"tastings?|farms?|farming|crops?|quotas?|consumption|intake)\b")
_A_PATIENT = (r"^(?!.*\b(?:waste|sewage|chemicals?|effluents?|pollutants?|water|gas|fumes|radiation|misconduct|"
              r"negligence|incompetence)\b)(.*?)")
# not problems or questions thrown up ("…the questions it may throw up.", "This threw up all sorts of issues.")
_NO_ISSUE = (r"^(?!.*\b(?:questions?|problems?|issues?|concerns?|challenges?|results?|figures?|data|reports?|study|"
             r"barriers?|walls?|hands|arms|sorts|kinds|manner|anomal(?:y|ies)|surprises?|search(?:es)?|audits?|"
             r"investigations?|inquir(?:y|ies)|enquir(?:y|ies)|reviews?|surveys?|analys[ie]s|research|draws?|"
             r"elections?|systems?)\b)(.*?)")   # "What did the search throw up?" read "…vomit?"
# a fever's or a temperature's fall (not a road's, a price's: "the fever" alone)
_FEVER = r"\b((?:the|his|her|my|your|their|our|baby's|child's)\s+fever)\s+"
# a thing one has, not a time one had ("We have had a great time since we arrived." read "have a great time" came out
# «Nous avons un bon moment…», where the model had «Nous avons passé un bon moment…»)
_HAD_WHAT = (r"(?:a|an|the|this|that|these|those|no|my|your|his|her|its|our|their)\s+(?!(?:[\w-]+\s+){0,2}?(?:time|"
             r"times|fun|day|days|week|weeks|night|trip|holiday|chance|look|experience)\b)(?:[\w-]+\s+){0,2}?")
_DURATION = (r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+|several|a\s+few)\s+"
             r"(?:hours?|days?|weeks?|months?|years?)\b")
_HAD_SINCE = rf"({_HAD_WHAT})(?:since\b|for(?=\s+{_DURATION}))"
# a line of medicine (a dose, a doctor, pain…), no computer's: "I take my tablet to work." is a computer
_MEDICINE_LINE = (r"^(?=.*\b(?:pills?|medicines?|medication|doctors?|nurses?|pharmac\w+|chemist|doses?|mg|headaches?|"
                  r"pain|a\s+day|daily|twice|times|with\s+water|meals?|prescri\w+|fever|vitamins?|sick|ill)\b)"
                  r"(?!.*\b(?:computers?|laptops?|iPads?|screens?|apps?|devices?|phones?|chargers?|charged?|battery|"
                  r"keyboards?|games?|films?|movies?|stone|clay|wax)\b)(.*?)")
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it, as in orders
    # "I'm feeling a bit under the weather today." → "Je me sens un peu sous le temps…", "She's a bit under the
    # weather, so…" → "Elle est un peu sous le temps…"; said "ill" ("Je me sens un peu malade…"), after a form of
    # "be", "feel", "look" or "seem" only (not "under the weather conditions")
    (rf"\b((?:feel|feels|feeling|felt|look|looks|looking|looked|seem|seems|seemed|{BE}){_A_BIT})\s+under\s+the\s+"
     r"weather\b(?!\s+(?:conditions?|forecasts?|service|system|station|office)\b)", r"\1 ill"),
    # "He's been feeling down lately." → "Il s'est ressenti récemment.", "I've been feeling a bit low since
    # Christmas." → "…un peu bas…", "If you've been feeling low for…" → "…faible…"; said "sad" ("…triste…")
    (rf"{_NO_THING}\b(feel|feels|feeling|felt)({_A_BIT})\s+(?:down|low){_MOOD_END}", r"\1\2\3 sad"),
    # "I'm trying to get fit before the summer." → "J'essaye de me rendre avant l'été.", "I want to get fit this
    # year." → "Je veux me rendre…"; said "get in shape" ("…me mettre en forme…"); not "get fit into", "got fit in"
    # nor fitted for a suit or with hearing aids ("He got fit for a new suit." came out "Il s'est mis en forme pour
    # un nouveau costume.")
    (r"\b(get|gets|got|getting)\s+fit\b(?!\s+(?:in|into|on|onto|through|under|inside|together|the|a|an|it|them|"
     r"with)\b)(?!\s+for\s+(?:a|an|his|her|my|your|their|the)\s+(?:new\s+)?(?:suits?|dress|uniform|glasses|"
     r"hearing\s+aids?|brace|braces|prosthe\w+|wedding\s+dress)\b)", r"\1 in shape"),
    # "I think I'm running a temperature." → "…je suis en train de courir une température.", "He's running a high
    # temperature." → "Il court de température.", "…you start running a high temperature…" → "…à courir de haute
    # température…"; said "have a (high) fever" ("Je pense avoir de la fièvre.", "Il a beaucoup de fièvre.")
    (rf"\b(I)(?:['’]m|\s+am)\s+running\s+an?\s+(high\s+|slight\s+)?temperature{_FEVER_END}", r"\1 have a \2fever"),
    (rf"\b(you|we|they)(?:['’]re|\s+are)\s+running\s+an?\s+(high\s+|slight\s+)?temperature{_FEVER_END}",
     r"\1 have a \2fever"),
    (rf"\b(he|she)(?:['’]s|\s+is)\s+running\s+an?\s+(high\s+|slight\s+)?temperature{_FEVER_END}", r"\1 has a \2fever"),
    (rf"\b(start|starts|started)\s+running\s+an?\s+(high\s+|slight\s+)?temperature{_FEVER_END}",
     r"\1 to have a \2fever"),
    # "I think I'm going to throw up." → "…je vais jeter.", "He threw up twice in the car." → "Il a jeté…"; said
    # "vomit" ("…je vais vomir.", "Il a vomi deux fois…"); a person sick, not a wall or one's hands thrown up
    (rf"{_NO_ISSUE}\bthrow\s+up{_SICK_END}", r"\1vomit"), (rf"{_NO_ISSUE}\bthrew\s+up{_SICK_END}", r"\1vomited"),
    # "I didn't sleep a wink last night." → "Je n'ai pas dormi l'œil…", "…didn't sleep a wink… because the baby was
    # crying" → "…pas dormi de vent…"; said "at all" ("Je n'ai pas dormi du tout…")
    (r"\b(sleep|slept)\s+a\s+wink\b", r"\1 at all"),
    # "You gave me a fright!" → "Tu m'as donné un effrayant !", "You gave me such a fright." → "…un si effrayant.";
    # said "scared me" ("Tu m'as fait peur !", "Vous m'avez vraiment effrayée.")
    (r"\bgave\s+(me|us|him|her|them|you)\s+(?:such\s+|quite\s+|a\s+real\s+|a\s+bit\s+of\s+)?a\s+(?:real\s+|big\s+|"
     r"terrible\s+|nasty\s+)?fright\b", r"really scared \1"),
    # "My heart was pounding." → "Mon cœur était en train de craquer."; said "beating very fast" ("Mon cœur battait
    # très vite."); not "is pounding" ("Mon cœur battre très vite" as "is beating very fast")
    (r"\b(heart)\s+was\s+pounding\b", r"\1 was beating very fast"),
    # "…they told me to wait in A and E…" → "…d'attendre à A et E…", "We spent the night in A&E." → "…en A&E.";
    # said "the emergency room" ("…dans la salle d'urgence"); after "in", "to", "at" only (not "parts A and E")
    (r"\b(in|to|at|into|from)\s+(?:the\s+)?(?-i:A\s*&\s*E)\b(?![\w&])", r"\1 the emergency room"),
    # "A and E" not in a line of letters, columns or vitamins ("Copy the data from A and E into B", "rich in A and E
    # vitamins" read "…the emergency room…")
    (r"^(?!.*\b(?:vitamins?|columns?|cells?|answers?|values?|grades?|options?|boxes|rows?|parts?|sections?|"
     r"questions?|(?-i:[B-DF-HJ-Z]))\b)(.*?)\b(in|to|at|into|from)\s+(?:the\s+)?(?-i:A\s+and\s+E)\b(?![\w&])",
     r"\1\2 the emergency room"),
    # "I need to pick up my prescription from the chemist…" → "…du chimie…", "Is there a chemist near here?" →
    # "Y a-t-il un chimie près d'ici ?", "…at the chemist's." → "…à la touxe."; the shop (a "pharmacy"), not a
    # scientist: with "'s", or after "to", "at", "from" or "a … near", "open"
    # the shop, not what a scientist owns or did ("The chemist's lab was destroyed" read "The pharmacy lab…")
    (r"\bthe\s+chemist['’]s\b(?=\s*(?:[.,;:!?)]|$)|\s+(?:on|in|near|down|round|around|across|opposite|next|for|to|"
     r"and|or|but|is|was|opens?|opened|closes?|closed|had|has|sells?|where|which|that|before|after|today|"
     r"yesterday|tomorrow|this|every|with)\b)", "the pharmacy"),
    # not a sample sent to the chemist at a lab, nor a scientist met or praised ("introduced me to the chemist who
    # discovered…", "married to the chemist Marie…" read "…the pharmacy…")
    (r"^(?!.*\b(?:lab|laborator(?:y|ies)|analys[ie]s|samples?|tests?\s+results?|results|experiments?|research|"
     r"discover\w*|Nobel|elements?|professor|scientists?|universit(?:y|ies)|compounds?|molecules?)\b)(.*?)"
     r"\b(to|at|from|into)\s+the\s+chemist\b(?![\w'’-])(?!\s+(?:who|whose|named|from)\b|\s+(?-i:[A-Z]))",
     r"\1\2 the pharmacy"),
    (r"\ba\s+chemist(?=\s+(?:near|nearby|around\s+here|open|that['’]s\s+open|close\s+by)\b)", "a pharmacy"),
    # "Drink plenty of fluids." → "Bois plein de griides.", "…drink plenty of fluids until the fever goes down." →
    # "…beaucoup de gluids…"; said "a lot of water" ("Buvez beaucoup d'eau.")
    (r"\b(drink|drinks|drinking|drank)\s+(?:plenty\s+of|lots\s+of|a\s+lot\s+of)\s+(?:fluids|liquids)\b",
     r"\1 a lot of water"),
    # "I need to get my eyes tested." → "…me fasse témoigner les yeux.", "…have your eyes checked…" → "…contrôler
    # mes yeux."; said "have … eyes examined" ("Je dois faire examiner mes yeux.")
    (rf"\b(?:get|have)\s+({POSSESSIVE})\s+eyes\s+(?:tested|checked)\b", r"have \1 eyes examined"),
    (rf"\b(?:got|had)\s+({POSSESSIVE})\s+eyes\s+(?:tested|checked)\b", r"had \1 eyes examined"),
    # "I'm over the moon about the baby!" → "Je suis sur la lune…", "She was over the moon when…" → "…au-dessus de
    # la Lune…"; said "very happy" ("Elle était très heureuse…"), after a form of "be" or "feel"
    # not a spacecraft over the moon ("The satellite is over the moon's far side" read "…very happy's far side")
    (rf"{_NO_SPACE}\b({BE}|feel|feels|felt|feeling)(\s+(?:absolutely|just|really|totally|so))?\s+over\s+the\s+"
     r"moon\b(?![’'])", r"\1\2 very happy"),
    # "Cheer up, it's not the end of the world." → "Vérifiez, ce n'est pas la fin du monde."; said "Don't be sad"
    # ("Ne sois pas triste, …"); the line's opening call only, not "cheer up the room"
    (r"^(?:oh\s+)?cheer\s+up(?=\s*(?:[,.!;]|$))", "Don't be sad"),
    # "I've been put on hold for twenty minutes." → "On m'a mis la garde…", "I was put on hold for half an hour."
    # → "J'ai été mis en garde…"; said "waiting … on the phone" ("J'ai attendu vingt minutes au téléphone."); a
    # caller, not a project put on hold
    (rf"\b(I|we|you|they)(['’]ve|\s+have)\s+been\s+put\s+on\s+hold\s+{_FOR_A_TIME}",
     r"\1\2 been waiting for \3 on the phone"),
    (rf"\b({WHO})\s+(?:was|were|got)\s+put\s+on\s+hold\s+{_FOR_A_TIME}",
     r"\1 waited for \2 on the phone"),
    # "He was taken to hospital last night." → "Il a été pris à l'hôpital…" (caught), "She was taken to hospital after
    # the accident." → "Elle a été prise…"; said "transported" ("Il a été transporté à l'hôpital…")
    (r"\b(was|were|been|be|being|got|get|gets)\s+taken\s+(?=to\s+(?:the\s+|a\s+)?hospital\b"
     r"(?![’'-]|\s+(?:board|management|administration|committee|authorit(?:y|ies)|trust|directors?|officials|staff|"
     r"council|executives?)\b))", r"\1 transported "),   # a patient, not a complaint taken to the hospital board
    # "The doctor told me to stop smoking, cut down on salt…" → "…couper le sel…", "You should cut down on sugar." →
    # "…réduire le sucre…"; said "eat less", "drink less" ("…manger moins de sel…", "…boire moins de café")
    # "cut" where it is an infinitive or a call, "cutting" read "eating less" ("I'm cutting down on chocolate" read
    # "I'm eat less chocolate", "I've cut down on coffee" "I've drink less coffee"); food eaten, not a trade
    # ("cut down on coffee imports", "on tea breaks" read "drink less coffee imports", "…tea breaks")
    *((rf"{form}\s+down\s+on\s+(?=(?:{food})\b(?!{_A_TRADE}))(?!fat\s+cats\b)", said + " less ")
      for food, base, gerund in (
        (r"salt|sugar|sweets|fat|meat|bread|chocolate|carbs|snacks|junk\s+food|red\s+meat|cheese|cakes?|biscuits",
         "eat", "eating"), (r"coffee|alcohol|beer|wine|tea|fizzy\s+drinks|soft\s+drinks|caffeine", "drink", "drinking"))
      for form, said in ((_TO_CUT, base), (r"\bcutting", gerund))),
    # "He was discharged from hospital yesterday." → "Il a été déchargé de l'hôpital…"; said "left" ("Il a quitté
    # l'hôpital hier.")
    # a patient, not waste nor a nurse dismissed ("Waste was discharged from the hospital into the river", "The nurse
    # was discharged from the hospital for misconduct" read "…left the hospital…")
    (rf"{_A_PATIENT}\b(?:was|were|got)\s+discharged\s+from\s+(?=(?:the\s+)?hospital\b)", r"\1left "),
    (rf"{_A_PATIENT}\b(will|['’]ll|can|could|should|might|to)(\s+be)?\s+discharged\s+from\s+"
     r"(?=(?:the\s+)?hospital\b)", r"\1\2 leave "),
    (rf"{_A_PATIENT}\b(will|can|could|should|when)\s+({WHO})\s+be\s+discharged\s+from\s+"
     r"(?=(?:the\s+)?hospital\b)", r"\1\2 \3 leave "),
    # "I have an upset stomach." → "J'ai un estomac contrarié."; said "a stomach ache" ("J'ai mal à l'estomac.")
    (r"\ban\s+upset\s+stomach\b", "a stomach ache"),
    # "I've got a stomach bug." → "J'ai un cuisinier d'estomac."; said "a stomach infection" ("…une infection à
    # l'estomac.")
    (r"\b(a|the)\s+stomach\s+bug\b", r"\1 stomach infection"),
    # "I'm feeling a bit run down." → "Je me sens un peu enfuir."; said "tired" ("Je me sens un peu fatiguée.")
    # a person, not a place ("The building felt run down and dirty" read "…felt tired…")
    (rf"^(?!.*\b(?:buildings?|areas?|houses?|towns?|city|streets?|neighbou?rhoods?|places?|hotels?|rooms?|flats?|"
     r"apartments?|shops?|offices?|estates?|districts?|roads?|villages?|stations?|parks?|pubs?|bars?|"
     rf"restaurants?)\b)(.*?)\b(feel|feels|feeling|felt)({_A_BIT})\s+run[\s-]+down\b", r"\1\2\3 tired"),
    # "My daughter is afraid of needles." → "…a peur des besoins."; said "injections" ("…a peur des injections.")
    (r"^(?!.*\b(?:tailors?|sewing|knitting|seamstress|pine|haystack)\b)(.*?)\b(afraid|scared|terrified|frightened)\s+"
     r"of\s+needles\b", r"\1\2 of injections"),   # not a tailor's needles
    # "Have you had your flu jab yet this year?" → "As-tu déjà eu ton jabli…", "…your flu shot…" → "…votre grippe";
    # said "vaccination against flu" ("Avez-vous eu votre vaccination contre la grippe…")
    # ("A flu vaccine contains…" came out right: "vaccine" is left)
    (r"\b(my|your|his|her|our|their|the|a)\s+flu\s+(?:jab|shot)\b", r"\1 vaccination against flu"),
    # "…if the fever doesn't go down by tomorrow morning…" → "…si la fièvre ne va pas…", "Her fever went down during
    # the night." → "…s'est déroulée…"; "decrease": "…ne diminue pas…", "La fièvre a diminué…"
    (rf"{_FEVER}(doesn't|does\s+not|didn't|did\s+not|won't|will\s+not|to|should|will|may|might|must|can)\s+"
     r"(?:go|come)\s+down\b", r"\1 \2 decrease"),
    (rf"{_FEVER}(has|had|hasn't|has\s+not|have|haven't)\s+(?:gone|come)\s+down\b", r"\1 \2 decreased"),
    (rf"{_FEVER}(?:went|came)\s+down\b", r"\1 decreased"),
    (rf"{_FEVER}(?:goes|comes)\s+down\b", r"\1 decreases"),
    (rf"{_FEVER}(is|was|isn't|wasn't)\s+(?:going|coming)\s+down\b", r"\1 \2 decreasing"),
    # "…if the fever doesn't go down by tomorrow…" → "…ne diminue pas de demain…", "If the pain doesn't stop by
    # tomorrow…" → "…pour demain…"; "before": «…ne diminue pas avant demain», «…ne s'arrête pas avant demain»,
    # «…n'arrive pas avant vendredi» (a deadline a thing fails to meet: after "doesn't/isn't", before a day)
    (r"\b((?:doesn['’]t|does\s+not|don['’]t|do\s+not|isn['’]t|is\s+not)\s+(?:[\w-]+\s+){1,3}?)by\s+(?=(?:tomorrow|"
     r"tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|next\s+week)\b)", r"\1before "),
    # "I have had a headache since yesterday." → "J'ai eu mal à la tête depuis hier.", "She has had a fever since
    # Monday." → "Elle a eu de la fièvre…", "I've had my phone for three years." → "J'ai eu mon téléphone pendant
    # trois ans."; a state that lasts, in the present: «J'ai mal à la tête depuis hier», «Elle a de la fièvre depuis
    # lundi», «Nous avons cette voiture depuis 2015», «J'ai mon téléphone depuis trois ans», «Elle a un rhume depuis
    # trois jours» (a thing had with a determiner, not a count: "I have had three jobs since 2010" was over)
    (rf"\b(have|has)\s+had\s+{_HAD_SINCE}", r"\1 \2since"),
    (rf"\b(I|we|you|they)['’]ve\s+had\s+{_HAD_SINCE}", r"\1 have \2since"),
    (rf"\b(he|she|it)['’]s\s+had\s+{_HAD_SINCE}", r"\1 has \2since"),
    # "…I should drink more water, eat more vegetables and rest for a few days." → «…et de repos pendant quelques
    # jours.»; "get some rest": «…et je devrais me reposer quelques jours.»
    (r"(,\s+(?:\w+\s+){1,4}\w+\s+)and\s+rest\s+(?=for\b)", r"\1and get some rest "),
    # a medicine's tablet, one taken: "Take one tablet twice a day with water." → «Prends une table…», "I forgot to
    # take my tablet this morning." «…prendre ma table…»; "pill": «ma pilule», «une pilule» (the plural came out
    # «pilules» as typed; a computer's tablet is not taken: "My son watches films on his tablet." «…sa tablette.»);
    # "one pill" lost its count ("Take one pill twice a day…" «Prends une fois par jour…»): "one pill of medicine",
    # «une pilule de médicament(s)»; not "half a tablet" («une pilule»: the half lost as "pill" too)
    (rf"{_MEDICINE_LINE}\b(take|takes|took|taking|taken|swallow|swallowed)\s+one\s+tablet\b(?![’'-])",
     r"\1\2 one pill of medicine"),       # "twice" too: «Prends une pilule de médicament deux fois par jour.»
    (rf"{_MEDICINE_LINE}\b(take|takes|took|taking|taken|swallow|swallowed)\s+(a|my|your|his|her|the|this|another)\s+"
     r"tablet\b(?![’'-])(?!\s+to\s+(?:school|class|work|college|university|the\s+office)\b)", r"\1\2 \3 pill"),
    # "The vet told us that the puppy needs surgery next week." → «…que la chirurgie a besoin de chirurgie…», "My
    # father needs surgery on his knee." «…a besoin de chirurgie sur son genou.»; "an operation": «…a besoin d'une
    # opération…» (as "The doctor says she needs surgery…" already came out)
    (r"\b(needs?|needed|needing|requires?|required)\s+(?:urgent\s+)?surgery\b", r"\1 an operation"),
    # fewer sweets, in a list: "…drink more water, eat fewer sweets and walk…" → «…manger plus de sucre…», "…sleep
    # more, eat fewer sweets and go outside…" «…mange plus de sucres…» (the opposite); "less sugar": «…moins de
    # sucre…» (4 of 4), what "fewer sweets" alone came out as («Tu devrais manger moins de sucres.»)
    (r"\bfewer\s+sweets\b", r"less sugar"),
    # senses50 (s39): "I hope you get well soon." → «…que vous vous allez bientôt bien.», "We hope she gets well
    # soon." → «…qu'elle va bientôt bien.», "I really hope your mum gets well soon." → «…se porte bientôt.»; "feel
    # better soon": «J'espère que vous vous sentez bientôt mieux.» (after "hope" only: "Get well soon!" came out
    # right, «Bon rétablissement !»)
    # (not "will get well soon": "I hope Tom will get well soon." came out «…se sentra…», misspelt, where it was
    # «…ira bientôt bien»)
    (r"\b(hope|hoping|hoped)\s+((?:that\s+)?(?:you|they|we|(?:my|your|his|her|our|their|the)\s+\w+))\s+get\s+well"
     r"\s+soon\b", r"\1 \2 feel better soon"),
    (r"\b(hope|hoping|hoped)\s+((?:that\s+)?(?:he|she|it|(?:my|your|his|her|our|their|the)\s+\w+|[A-Z]\w+))\s+gets"
     r"\s+well\s+soon\b", r"\1 \2 feels better soon"),
    # a patient who came or woke "complaining of" pain (fix53, measure52): "…but he woke up at three complaining of pain
    # in his left leg…" → «…à trois plaignants de douleur…» (plaintiffs), "She came to the clinic complaining of pain
    # in her back." → «Elle est venue à la plainte de la douleur…», "A young woman arrived at the hospital complaining
    # of a bad headache." → «…arrivée à la plainte d'un…», "My son came home from school complaining of a sore
    # throat." → «…pour se plaindre…»; "and complained of": «…est venue à la clinique et s'est plainte de douleur…»,
    # «…est arrivée à l'hôpital et s'est plainte d'un mauvais mal de tête.», «…et s'est plaint d'une gorge…» (after a
    # past verb of coming only: "He is complaining of pain." keeps its tense)
    (r"\b((?:woke|came|arrived|returned|phoned|called|rang|went)\b[^,.;:!?]{0,40}?)\s+complaining\s+(of|about)\b",
     r"\1 and complained \2"),
    # a patient's measure that "goes up again" (fix53, measure52): "please call me if his blood pressure goes up again"
    # → «Veuillez m'appeler s'il vous plait, s'il vous plaît» (the condition lost), "Call me if her temperature goes up
    # again." → «…se réveille.», "Call me if her fever goes up again." → «…se lèvre.»; "increases again": «…si ses
    # pressions sanguines augmentent de nouveau», «…si sa température augmente de nouveau.», «Dis à l'infirmière si sa
    # pression sanguine augmente de nouveau.» ("is high again" gave «est à nouveau hauteur» for a temperature)
    (r"\b(blood\s+pressure|temperature|fever|pulse|heart\s+rate|blood\s+sugar)\s+goes\s+up\s+again\b",
     r"\1 increases again"),
    # long48 (s40): a GP's "surgery" → «la chirurgie» (an operation): "…and to call the surgery at once if it gets
    # worse." → «…d'appeler la chirurgie…», "The surgery opens at eight…" → «La chirurgie ouvre…», "The surgery is
    # closed on Sunday…" → «La chirurgie est fermée…»; "the doctor's office": «appeler le bureau du médecin», «Le
    # bureau du médecin ouvre à huit heures», «…est fermé le dimanche» (5 of 5); only where the surgery is a place
    # one calls, waits at, or that opens ("after the surgery", "the surgery went well" are operations: left)
    (r"\b(call|calls|called|calling|phone|phones|phoned|phoning|ring|rings|rang|ringing|contact|contacted)\s+the\s+"
     r"surgery\b", r"\1 the doctor's office"),
    (r"\b(waited|wait|waiting|waits)\s+at\s+the\s+surgery\b", r"\1 at the doctor's office"),
    (r"\bthe\s+surgery(?=\s+(?:opens|closes|opened|closed|is\s+(?:open|closed|shut)|was\s+(?:open|closed|shut)|"
     r"receptionist|reception)\b)", "the doctor's office"),
    (r"\b(?:doctor['’]s|GP['’]?s?)\s+surgery\b", "doctor's office"),
    # vocab55 (s41): "I have a dental appointment on Monday." → «…chez le dentaire…», "She missed her dental
    # appointment." → «…son rendez-vous dentaires.»; said "appointment at the dentist": «J'ai rendez-vous chez le
    # dentiste lundi.», «…son rendez-vous chez le dentiste.», «Mon rendez-vous chez le dentiste…» (3 of 3)
    (r"\ba\s+dental\s+appointment\b", "an appointment at the dentist"),
    (r"\b(my|your|his|her|our|their|the)\s+dental\s+appointment(s?)\b", r"\1 appointment\2 at the dentist"),
    # vocab57 (s41): "He caught influenza last winter." → «Il s'est attrapé influengé…», "She is in bed with
    # influenza." «…avec influenza.», "Many people get influenza every year." «…sont influents…»; said "the flu": «Il
    # a attrapé la grippe…», «La grippe est commune en hiver.», «…avec la grippe.», «…ont la grippe…» (4 of 4); not
    # after "a"/"an" nor before a word it names ("the influenza virus", "an influenza vaccine"), nor after "from"
    # (Tatoeba: "My father is suffering from influenza." came out «…souffre du gripp.», as typed «…d'une influenza.»)
    (r"(?<!\ban\s)(?<!\ba\s)(?<!\bfrom\s)\b(?:the\s+)?influenza\b(?!['’-])"
     r"(?!\s+(?:virus\w*|vaccin\w*|shots?|jabs?|seasons?|"
     r"strains?|cases?|outbreaks?|epidemics?|pandemics?|(?-i:A|B)|type)\b)", "the flu"),
)
PHRASES += (   # left55 (s41): a part of the body that has been hurting
    # "My tooth has been hurting for three days." → «Ma dent a été blessée depuis trois jours.» (wounded), "His tooth
    # has been hurting since Monday." → «Sa dent a été blessée…»; "hurts since" (as French says it): «Ma dent fait
    # mal depuis trois jours.», «Sa dent fait mal depuis lundi.», «J'ai mal au dos depuis la semaine dernière.»
    (r"\b((?:my|his|her|your|our|their|the)\s+(?:tooth|back|head|knee|leg|arm|foot|stomach|ear|eye|neck|shoulder|"
     r"throat|wrist|ankle|hip|chest))\s+(?:has|['’]s)\s+been\s+hurting\s+(?:for|since)\b", r"\1 hurts since"),
    (r"\b((?:my|his|her|your|our|their|the)\s+(?:teeth|feet|knees|legs|arms|eyes|ears|hands))\s+(?:have|['’]ve)"
     r"\s+been\s+hurting\s+(?:for|since)\b", r"\1 hurt since"),
)
PHRASES += (   # vocab56 (s41): vocab55's list, words 155-285
    # "She had cosmetic surgery." → «…une chirurgie cosétique.», "Cosmetic surgery is expensive." «La chirurgie
    # mastique…», "He wants cosmetic surgery on his nose." «…cosétique…»; said "plastic surgery": «…la chirurgie
    # plastique.», «La chirurgie plastique est chère.» (3 of 3)
    (r"\bcosmetic\s+surgery\b", "plastic surgery"),
)
PHRASES += (   # senses59 (s41): a temperature had, a fever
    # "The baby has a temperature." → «Le bébé a une température.», "She had a high temperature last night." «…une plus
    # grande température…», "If you have a temperature, stay at home." «Si vous avez une température…»; "fever": «Le
    # bébé a de la fièvre.» (had by one, the clause ending or a word of time after it, as _FEVER_END, not "of": "The
    # room has a temperature of 20 degrees" is left; nor where a room, water, an oven… is said)
    (r"^(?!.*\b(?:rooms?|water|oven|engines?|air|sea|pool|fridge|freezer|house|office|weather|outside|soil|"
     r"planet|surface|metal|liquid|sun|core)\b)(.*?)\b(has|have|had|having)\s+an?\s+"
     r"(high\s+|slight\s+|very\s+high\s+)?temperature"
     rf"(?!\s+of\b){_FEVER_END}", r"\1\2 a \3fever"),
)
PHRASES += (   # senses59 (s41): one who is fit, healthy
    # "She is very fit." → «Elle est très bonne.», "He is really fit for his age." «Il est vraiment bon…», "My dad is
    # very fit." «Mon père est très bon.»; "in very good shape": «Elle est en très bonne forme.», «Mon père est en
    # très bonne forme.» (fit said of one with BE, the clause ending or "for his age", "and"; not "fit to drive", "fit
    # for purpose", "fit in", a thing that fits)
    (rf"\b({BE})\s+(still\s+)?(very|really|quite|extremely|pretty)\s+fit\b(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|for\s+"
     rf"(?:his|her|their|your|my|our)\s+age|now|again|these\s+days)\b)", r"\1 \2in \3 good shape"),
    (rf"\b({BE})\s+(still\s+)?fit\s+and\s+(healthy|well|strong|active)\b", r"\1 \2in good shape and \3"),
    # poorly as "ill" (british60, s41): "My daughter is poorly and can't go to school." → «Ma fille est maladroit…»,
    # "He's been poorly all week." «Il a été mal…», "The baby was poorly last night." «Le bébé était mal…»; "ill":
    # «Ma fille est malade…», «Il a été malade toute la semaine.», «Le bébé était malade la nuit dernière.» (4 of 4);
    # not the adverb ("poorly paid", "poorly written")
    (r"\b(is|was|are|were|been|feel|feels|felt|feeling|['’]s|['’]m)\s+poorly\b(?!\s+(?:paid|made|written|designed|"
     r"lit|managed|trained|prepared|organi[sz]ed|done|dressed|attended|received|maintained|built|treated|"
     r"understood|equipped|informed|explained|served)\b)", r"\1 ill"),
    # "I'm going to the drugstore to buy some aspirin." → «…au médicament…», "Is there a drugstore near here?" «…un
    # médicament à proximité ?», "I bought it at the drugstore." «…au médicament.»; "pharmacy": «…à la pharmacie…»,
    # «Y a-t-il une pharmacie près d'ici ?», «…à la pharmacie.» (4 of 4)
    (r"\bdrug\s?stores\b", "pharmacies"),
    (r"\bdrug\s?store\b", "pharmacy"),
)
PHRASES += (   # colloc60 (s41): a high fever
    # "My daughter has a high fever." → «Ma fille a de haute fièvre.», "She has a high fever and a cough." «Elle a de
    # hauts fièvres et de toux.», "He had a high fever all night." «…une grande fièvre…», "If you have a high fever,
    # call a doctor." «…une haute fièvre…»; "strong": «Ma fille a une forte fièvre.», «Elle a une forte fièvre et une
    # toux.», «Il avait une forte fièvre…», «Si tu as une forte fièvre…» (6 of 6; also what "running a high
    # temperature" and "a high temperature" had, read "a high fever" above)
    (r"\bhigh\s+(fevers?)\b", r"strong \1"),
)
