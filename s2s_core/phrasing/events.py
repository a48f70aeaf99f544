"""Phrases of celebrations and occasions (birthdays, weddings, Christmas and New Year, parties and invitations) and of
emergencies (police, fire, theft, alarms, safety) the model had read as another meaning."""

from __future__ import annotations

from .common import AT_END, POSSESSIVE

# a housewarming's gift or card, not its party
_NO_GIFT = r"(?![\s-]+(?:gifts?|presents?|cards?)\b)"
# the cry alone, or opening a line before what is wrong ("Help! My son is missing.")
_CRY = r"(?=\s*!)"
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it, as in orders
    # "Help!" → "Aide !" (a noun, not a cry); "Help me!" comes out "Aide-moi !"
    (rf"^help{_CRY}", "Help me"),
    # "Look out!" → "Regardez !" (look at it); "Watch out!" comes out "Fais attention !"
    (rf"^look\s+out{_CRY}", "Watch out"),
    # "Mind your head!" → "Mêle la tête !"; "Watch out for your head!" comes out "Attention à la tête !"; not "Mind the
    # step" ("Attention au pas", a step walked, came out for every paraphrase); with "!" only ("Mind your head." is
    # food's to leave alone)
    # (and with "." (left52, s40): "Mind your head." → «Mange la tête !»; "Be careful of" gave «Soyez prudente de…»)
    (r"^mind\s+(your\s+head|the\s+stairs)\b(?=\s*[!.]\s*$)", r"Watch out for \1"),
    # "Call the fire brigade!" → "Appelez le brigade à l'incendie !"; "the firemen": "les pompiers"
    (r"\bthe\s+fire\s+brigade\b", "the firemen"),
    # "Stop, thief!" → "Arrête !" (the thief left out); "Stop the thief!": "Arrête le voleur !"
    (r"^stop,?\s+thief\b", "Stop the thief"),
    # "Quick, call the police!" → "Arrêtez la police !" (stop the police); "Call the police quickly!": "Appelle la
    # police rapidement !"
    (r"^quick,\s*(call\s+(?:the\s+police|the\s+firemen|an\s+ambulance|the\s+ambulance|a\s+doctor|the\s+doctor))\b"
     r"(?=\s*!)", r"\1 quickly"),
    # "Dial 112 in an emergency." → "Dial 112…", "Dial 999!" → "Dial 999 !" (left in English); "Call": "Appelle 999 !"
    # not the dial of a lock or an oven ("Turn the dial 15 degrees…" had been read "Turn the call 15 degrees…")
    (r"(?<!\bthe\s)(?<!\ba\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bmy\s)(?<!\byour\s)"
     r"\bdial\s+(112|999|911|000|15|17|18)\b", r"call \1"),
    # "The smoke alarm is going off." → "L'alarme de fumée s'échappe." (escapes); "is ringing": "…sonne."
    (r"\b(alarm)(\s+is|\s+was|['’]s)\s+going\s+off\b", r"\1\2 ringing"),
    # "Where's the fire exit?" → "Où est la sortie de feu ?"; "emergency exit": "la sortie de secours"
    (r"\bfire\s+exit(s?)\b", r"emergency exit\1"),
    # "I feel unsafe." → "Je ne me sens pas sourd." (deaf); "I don't feel safe.": "…pas en sécurité."
    (r"\b(I|we|you|they)\s+feel\s+unsafe\b", r"\1 don't feel safe"),
    (r"\b(he|she)\s+feels\s+unsafe\b", r"\1 doesn't feel safe"),
    # "Slow down!" → "Suivez !", "Slow down, you'll cause an accident!" → "Suis, tu causeras…"; "Not so fast": "Pas si
    # vite !"
    (r"^slow\s+down(?=\s*[!,])", "Not so fast"),
    # "He's choking!" → "Il est en train de se mettre à pied !", "She's choking!" → "Elle est en train de se mettre à
    # pied !"; "can't breathe": "Il ne peut pas respirer !"
    (r"\b(he|she)(?:['’]s|\s+is)\s+choking(?=\s*!)", r"\1 can't breathe"),
    # "The power is out." → "Le pouvoir est sorti.", "There's a power outage." → "Il y a un pouvoir."; "There's no
    # electricity.": "Il n'y a pas d'électricité."
    (rf"^the\s+power\s*(?:is|['’]s)\s+out{AT_END}", "There's no electricity"),
    (r"\bthere(?:['’]s|\s+is)\s+a\s+power\s+outage\b", "there's no electricity"),
    # greetings: "Many happy returns!" → "De nombreux retours heureux !" ("Happy birthday": "Bonne anniversaire !", its
    # gender slipped), "Wishing you all the best on your special day." → "Voyagez-vous tous les meilleurs…" ("I wish
    # you": "Je vous souhaite le mieux…"); not "Happy birthday to you, Grandma!" (read "Happy birthday, Grandma!" it
    # came out "Bonne anniversaire…" where it had been "Bon anniversaire pour toi…") nor "Wishing you a speedy recovery"
    (r"^many\s+happy\s+returns(?:\s+of\s+the\s+day)?\b", "Happy birthday"),
    (r"^wishing\s+you\b(?=\s+(?:all\s+the\s+best|a\s+(?:happy|merry|good|great|wonderful)|happy|merry)\b)",
     "I wish you"),
    # "Best wishes for the future!" → "Les bons souhaits…", "Best wishes for your new job!" → "Veux-tu pour ton…";
    # "All my best wishes for": "Tous mes meilleurs voeux pour l'avenir !"
    (r"^best\s+wishes\s+for\b", "All my best wishes for"),
    # "I wish you a merry Christmas." → "…une pitié de Noël.", "I just want to wish you a merry Christmas." → "…te
    # souhaiter un Noël."; "a good Christmas": "un bon Noël"; before "and a happy new year" too since s39 ("We wish
    # you a merry Christmas and a happy new year." came out «…une mercieuse de Noël et une bonne année.», "A merry
    # Christmas and a happy new year to all of you!" «Un mercieux Noël…»; read so: «…un bon Noël et une bonne
    # année», 6 of 6)
    (r"\ba\s+merry\s+christmas\b", "a good Christmas"),
    # the days of the year: "…on New Year's Eve?" → "…sur le réveillon de New An ?", "…on Boxing Day?" → "…le jour de
    # Boxing ?", "New Year's resolutions" → "résolutions de New Year", "for New Year" → "pour l'ana"
    (r"\bnew\s+year['’]?s\s+eve\b", "December 31"), (r"\bnew\s+year['’]?s\s+day\b", "January 1"),
    (r"\bboxing\s+day\b", "December 26"),
    (r"(^|\b\w+\s+)new\s+year['’]?s\s+resolution(s?)\b", r"\1resolution\2 for the new year"),
    (r"\bfor\s+new\s+year\b(?!['’])", "for the new year"),
    # "How old are you turning this year?" → "Quel âge avez-vous en train de tourner…"; "will you be": "Quel âge
    # auras-tu…"
    (r"\bhow\s+old\s+are\s+you\s+turning\b", "how old will you be"),
    (r"\bhow\s+old\s+is\s+(he|she)\s+turning\b", r"how old will \1 be"),
    # weddings: "Who is the bride's maid of honour?" → "…le maître d'honneur…", "the bride and groom" → "la mariée et
    # la toile", "Let's raise a glass to…" → "Prenons un verre au…" (have a drink)
    (r"\bmaid\s+of\s+honou?r\b", "witness"),
    (r"\bthe\s+bride\s+and\s+(?:the\s+)?groom\b(?!['’])", "the married couple"),
    (r"\braise\s+(?:a|our|your)\s+glass(?:es)?\s+to\b", "drink to"),
    # "Make a wish and blow out the candles!" → "…et coupe les bougies !"; "put out": "éteignez les bougies" (not
    # opening a line: "Blow out the candles." came out "Sortez…", then "Mettez les bougies !")
    (r"(?<=\s)blow\s+out\s+(the|your|her|his|my)\s+candles\b", r"put out \1 candles"),
    # "You're invited to our housewarming party." → "…à notre fête au foyer."; "the party for our new house": "à la
    # fête de notre nouvelle maison"
    # (not a gift: "a clock as a housewarming gift" had come out "en cadeau de maison", then "en tant que fête…")
    (rf"(?<=\s)({POSSESSIVE})\s+house[- ]?warming(?:\s+party)?\b{_NO_GIFT}",
     r"the party for \1 new house"),
    (rf"\ba\s+house[- ]?warming(?:\s+party)?\b{_NO_GIFT}", "a party for the new house"),
    # "Is it fancy dress?" → "Est-ce une robe fabilière ?", "What's the dress code?" → "Quel est le code de robe ?"
    (r"\bis\s+it\s+fancy[- ]dress\b", "is it a costume party"), (r"\ba\s+fancy[- ]dress\s+party\b", "a costume party"),
    (r"\bwhat(?:['’]s|\s+is)\s+the\s+dress\s+code\b", "how should we dress"),
    # "It's a baby shower" → "une douche de bébé"; "a party for the future baby": "une fête pour le futur bébé" (not
    # before "for", where the person it is for was left out)
    (r"\ba\s+baby\s+shower\b(?!\s+for\b)", "a party for the future baby"),
    # "We're throwing her a surprise party" → "Nous l'organisons une fête surprise"; "organizing a surprise party for
    # her": "Nous organisons une fête surprise pour elle"; not "threw her a party" (past): "Ils lui ont organisé une
    # fête." came out right for her, him, me and us, and read it became "…une fête pour elle."
    # not "me" or "us": "They're throwing us a party." came out right, "Ils nous organisent une fête." (4 of 4)
    (r"\bthrowing\s+(her|him|them)\s+a\s+(surprise\s+)?party\b", r"organizing a \2party for \1"),
    # "We have a family get-together every Christmas." → "Nous avons une famille de plus en plus de Noël.", "It's just a
    # small family get-together." → "…un petit coup de famille."; "family meeting": "une petite réunion de famille"
    (r"\bfamily\s+get[- ]together(s?)\b", r"family meeting\1"),
    # "Let's exchange presents after dinner." → "Arrêtons les cadeaux…"; "give each other": "Donnons-nous des cadeaux"
    # (only after "let's": "We exchange gifts on Christmas Eve." had come out right, "Nous échangeons des cadeaux…")
    (r"\blet['’]s\s+exchange\s+(presents|gifts)\b", r"let's give each other \1"),
    # "Count me in!" → "Comptez-moi !"; "I'll be there!": "Je serai là !"
    (r"^count\s+me\s+in(?=\s*[!.]?\s*$)", "I'll be there"),
)
PHRASES += (   # ask34 (s33): an alarm that did not "go off"
    # "Why didn't my alarm go off?" → "Pourquoi mon réveil n'a-t-il pas décollé ?", "My alarm didn't go off this
    # morning." → "Mon réveil ne s'est pas décollé…"; "ring": "…n'a-t-il pas sonné ?", "Mon réveil n'a pas sonné…"
    # ("went off" and "is going off": phrasal.py and above)
    (r"\b(alarm(?:\s+clock)?\s+(?:(?:didn['’]t|did\s+not|doesn['’]t|does\s+not|won['’]t|will\s+not)\s+)?)go\s+off\b",
     r"\1ring"),
    # "The conference will take place … in the main hall of the university." → "…l'hôtel principal…", "The concert
    # is in the main hall." → "…l'hôtel principal."; "main room": "la salle principale"
    (r"\bmain\s+hall(s?)\b", r"main room\1"),
    # senses50 (s39): a warning: "Mind the gap!" → «Mêle l'écart !», "Mind the doors, please." → «Mettez les
    # portes…», "Mind the ice on the path." → «Mange la glace…», "Mind your head on the way down." → «Mange la
    # tête…»; "Be careful of": «Fais attention à l'écart…» (not "the step": «Fais attention au pas» came out for
    # every paraphrase; not "mind your manners", "mind the children", looked after)
    # only before "!", a comma, "please", a word of where or when, or a clause-ending "." (left52, s40: "Mind the
    # gap." → «Mêle l'écart.», "Mind the doors." → «Mêle les portes !»; «Fais attention à l'écart.») or "between"
    # ("Mind the gap between the train and the platform." → «Mange l'écart…»; «Fais attention à l'écart entre…»)
    (r"^mind\s+(the|your)\s+(?=(?:gap|doors?|head|ice|stairs|edge|hole|glass|cars?|traffic|wet\s+floor|"
     r"puddles?|low\s+ceiling|beam|dog|bike|bikes|cyclists?|wires?|cables?)\b\s*(?:[!,]|\.\s*$|please\b|on\b|"
     r"in\b|when\b|as\b|while\b|at\b|by\b|near\b|outside\b|here\b|there\b|between\b))", r"Be careful of \1 "),
)
PHRASES += (   # vocab56 (s41): vocab55's list, words 155-285
    # a place or thing that is unsafe (a person who feels unsafe is read above): "This neighbourhood is unsafe at
    # night." → «…n'est pas sourd la nuit.», "The old bridge is unsafe." «…est sourd.», "This building is unsafe."
    # «…insupportable.», "The water is unsafe to drink." «…inconnue à boire.»; said "dangerous": «Ce quartier est
    # dangereux la nuit.», «Le vieux pont est dangereux.», «Ce bâtiment est dangereux.», «Ces jouets sont dangereux
    # pour…» (5 of 5; "It is unsafe to swim here." was right as typed, «Il n'est pas sûr…», and is read so too)
    (r"\b(is|are|was|were|be|been|['’]s|['’]re)\s+((?:very|really|so|quite|too|totally|completely)\s+)?unsafe\b",
     r"\1 \2dangerous"),
)
