"""Abbreviations, titles, dotted capitals and chat spelling, read in the words the model knows.

Read as typed, a small model spells them out letter by letter or takes them for other words: "e.g. a sweater" came
out "d'œuf. Un chandail", "ASAP" "l'ASP", "Ms. Lee" "Maîtrise", "The U.N." "Les États-Unis", "Martin Luther King Jr.
gave a speech" stopped at "Jr.", "i didnt recieve teh package" "j'ai fait un paquet dents". Each reader leaves alone
what only looks like one ("no MSG", "Army Col. Lind", "P.S.", "the letter u"); fold.py calls them and names each
reading in its note.
"""
from __future__ import annotations

import re

from .mistyped import read_mistyped

_SHORTHAND = {"e.g.": "for example", "i.e.": "that is", "asap": "as soon as possible", "fyi": "for your information",
              "btw": "by the way", "rsvp": "please reply", "vs.": "against", "vs": "against"}   # "Le match. Lyon"
_SHORTHAND_RE = re.compile(r"(?<![\w.])(e\.g\.|i\.e\.|asap|fyi|btw|rsvp|(?-i:vs\.?|Vs\.?|VS\.)(?=\s+(?-i:[A-Z])))"
                           r"(?=[\s,;:.!?)]|$)", re.IGNORECASE)              # "vs." before a name: "PSG vs. Lyon"
# "RSVP" opening a clause asks; elsewhere it is the reply ("Thanks for your RSVP.", "Please RSVP", "Did you RSVP?")
_RSVP_INSIDE = re.compile(r"(?<![.!?;:]\s)(?<=\w\s)rsvp\b", re.IGNORECASE)
_EOD = re.compile(r"\b(by|at|before|until|till)\s+(?:the\s+)?EOD\b", re.IGNORECASE)      # "by EOD"
# chat spelling in words: read as typed, "u r late" and "i didnt recieve it" came out as invented words
_CHAT = {"u": "you", "r": "are", "ur": "your", "pls": "please", "plz": "please", "thx": "thanks", "im": "I'm",
         "dont": "don't", "cant": "can't", "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't", "wasnt": "wasn't",
         "youre": "you're", "ive": "I've", "idk": "I don't know", "tmrw": "tomorrow", "tmr": "tomorrow",
         "gonna": "going to", "wanna": "want to", "gotta": "have to", "omg": "oh my God", "cya": "see you",
         "b4": "before", "2day": "today", "2morrow": "tomorrow", "i": "I", "msg": "message", "pic": "picture",
         "recieve": "receive", "teh": "the", "thanx": "thanks", "wont": "won't", "thats": "that's",
         "whats": "what's", "hows": "how's", "ok": "OK",
         # read as typed: "np" → "c'est que", "ty for the help" → "souffle pour l'aide", "tbh" → "joyeux",
         # "imo" → "imaginez", "nvm" → "blague", "lmk" → "lambe", "gr8" → "grimpez-vous", "l8r" → "le8",
         # "brb" → "les bretelles", "bc i'm sick" → "faire du ventre"; "tbh" as "honestly" ("to be honest I
         # don't" came out "pour être honnête que je ne"), "nvm" as "forget it" ("never mind": "Cela ne dérange
         # jamais"), "gr8" as "super" ("great, thanks" came out "merci, merci"), "ttyl" as "see you later" ("talk
         # to you later" came out "parlez-vous plus tard")
         "np": "no problem", "ty": "thank you", "tbh": "honestly", "imo": "in my opinion", "omw": "I'm on my way",
         "nvm": "forget it", "lmk": "let me know", "brb": "I'll be back", "ttyl": "see you later",
         "gr8": "super", "l8r": "later", "bc": "because", "cuz": "because",
         "congrats": "congratulations", "bday": "birthday",          # "Congrats on the baby!" → "Congrès le bébé !"
         # a lost "not": "we arent ready" came out "nous sommes prêtes", "i couldnt sleep" "Je pourrais dormir"
         "arent": "aren't", "werent": "weren't", "havent": "haven't", "hasnt": "hasn't", "hadnt": "hadn't",
         "couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't", "mustnt": "mustn't",
         "hes": "he's", "shes": "she's", "theres": "there's", "theyre": "they're", "whos": "who's",
         "youve": "you've", "youll": "you'll", "theyve": "they've", "theyll": "they'll", "weve": "we've",
         # read as typed: "sry im late" → "souffle que je suis en retard", "so many ppl here" "tant d'orthographes
         # ici", "nope" "mot", "gtg" "posez", "hbu" "hochez-vous", "wyd" "essuya", "ily" "c'est bon,", "lgtm" "la
         # balise", "ngl that was bad" "n'était pas mal"; "hbu" as "and you" ("how about you?" came out "Que
         # dis-tu de toi ?"), "wtf" as "what" ("what the hell" came out "quel est l'héroïne")
         "sry": "sorry", "rn": "right now", "ppl": "people", "nope": "no", "ngl": "honestly", "gtg": "I have to go",
         "g2g": "I have to go", "hbu": "and you", "wyd": "what are you doing", "ily": "I love you",
         "lgtm": "it looks good to me", "wtf": "what",
         # "ofc" had come out "d'entrez", "tysm" "tymique", "u alright?" "Êtes-vous bienvenue ?"
         "ofc": "of course", "tysm": "thanks so much", "alright": "all right",
         # common misspellings, none an English word: "for tonigth" had come out "pour le tonige", "thanks for your
         # hepl" "…votre casque", "I beleive you" "Je parie…"
         "tonigth": "tonight", "hepl": "help", "beleive": "believe", "beleived": "believed", "recieved": "received",
         "realy": "really", "definately": "definitely", "untill": "until", "tommorow": "tomorrow",
         "tomorow": "tomorrow", "freind": "friend", "freinds": "friends", "adress": "address", "wierd": "weird",
         "seperate": "separate", "accomodation": "accommodation", "occured": "occurred", "beatiful": "beautiful",
         "thier": "their", "wich": "which", "becuase": "because", "alot": "a lot", "goverment": "government",
         "enviroment": "environment", "buisness": "business", "neccessary": "necessary", "sucess": "success",
         "begining": "beginning", "truely": "truly", "thnak": "thank", "thnaks": "thanks", "pleae": "please",
         # demo29b: "Can you recomend a good restaurant?" had come out "Pouvez-vous rejoindre…"
         "recomend": "recommend", "recomended": "recommended", "reccomend": "recommend",
         # demo32: "cna you send me the report…" had come out "m'envoyez-vous…" (the asking lost), "the atachment is
         # missing" "l'apprentissage…", "Please open the attachement." "…l'affaire.", "an emial" "un miémide"
         "cna": "can", "atachment": "attachment", "atachments": "attachments", "attachement": "attachment",
         "attachements": "attachments", "emial": "email", "emials": "emails", "tommorrow": "tomorrow",
         # typed36: "wheres the bathroom" had come out "Où sont les toilettes" (no question), "im finaly home" "Je suis
         # dernière à la maison", "the bus was late agian" "…en retard à l'agienne"; none of them an English word
         "wheres": "where's", "heres": "here's", "finaly": "finally", "agian": "again", "probaly": "probably",
         "diffrent": "different", "comming": "coming", "writting": "writing", "belive": "believe",
         "acheive": "achieve", "embarassed": "embarrassed", "excercise": "exercise", "immediatly": "immediately",
         "unfortunatly": "unfortunately", "tomarrow": "tomorrow", "completly": "completely",
         "definatly": "definitely", "defintely": "definitely", "dissapointed": "disappointed", "suprise": "surprise",
         "suprised": "surprised", "yesturday": "yesterday", "beautifull": "beautiful", "sincerly": "sincerely",
         "happend": "happened", "restaraunt": "restaurant", "resturant": "restaurant"}
_LETTER_NAMED = re.compile(r"\b(?:the|letter|press|key|where|type|variable|part|section|chapter|option|let)\s+$",
                           re.IGNORECASE)
_OTHER_LETTER = re.compile(r"(?<![\w'’.-])[b-hj-qs-tv-zB-HJ-QS-TV-Z](?![\w'’])")     # "v" in "u and v": maths
_POSSESSIVE = re.compile(r"\b(?:his|her|its|their|my|your|our|was)\s+$", re.IGNORECASE)   # "as was his wont"
_CHAT_NEXT = re.compile(r"\s+[a-z]|\s*(?:[,.!?]|$)")      # a chat letter goes on in lower case or ends a phrase
# "ur" before these is "you're", else "your" ("ur the best" had come out "ton mieux", "ur late" "ton retard";
# "ur phone", "ur booking is")
_YOURE = re.compile(r"\s+(?:the|a|an|so|very|too|not|really|such|always|never|just|still|already|all|both|my|"
                    r"gonna|in|on|at|out|with|from|right|wrong|welcome|late|early|sure|ok|okay|done|here|there|back|"
                    r"home|free|busy|ready|sick|tired|awake|crazy|mad|funny|amazing|awesome|beautiful|cute|sweet|"
                    r"well(?!-)|kind|smart|lucky|joking|kidding|(?!(?:thing|nothing|something|"
                    r"everything|ring|king|wing|spring|string|sibling|darling|ceiling|wedding|morning|evening|"
                    r"meeting|building|clothing|feeling|earring|pudding|booking|parking|painting|drawing|writing|"
                    r"cooking|timing|hearing)\b)[a-z]+ing(?!\s+(?:is|was|are|were|has|had|looks|seems|sounds)\b))\b")
# an apostrophe left out where the word without it is a word too: read so only before what follows the
# contraction ("its raining" came out "sa pluie", "ill call you later" "malade t'appelle plus tard", "id like a
# coffee" "c'est comme un café", "were going to be late" "alliez être en retard"); not "its colour", "ill
# health", "my id card", "were you there"
_CLAUSE = (r"(?:(?<=^)|(?<=[.!?,]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bso\s)|(?<=\bok\s)|(?<=\bthen\s)|(?<=\bthink\s)"
           r"|(?<=\bguess\s)|(?<=\bhope\s)|(?<=\bsure\s)|(?<=\bbet\s)|(?<=\bwhen\s)|(?<=\bif\s)|(?<=\bknow\s)"
           r"|(?<=\bcause\s)|(?<=\bbecause\s)|(?<=\bcuz\s)|(?<=\bbc\s)|(?<=\bcoz\s)|(?<=\blol\s))")  # a clause opens
_CLAUSE_END = (r"(?=\s*(?:[.,!?;:)](?!\d)|$)|\s+(?:now|already|again|yet|too|lol|tho|though|and|but|so|by|at|in|on|for|"
               r"from|to|with|up|out|off|today|tonight|yesterday)\b)")
# not two adjectives before a noun ("Paris and its beautiful and historic centre" had been read "it's beautiful":
# "Paris et c'est un magnifique centre", "its old and new houses" "c'est vieux et de nouvelles maisons"); "its cheap and
# easy to use", "its great and i love it" are read
_NOT_PAIRED = (r"(?!\s+(?:and|but|or)\s+(?!(?:i|you|u|he|she|it|we|they|i'm|im|it's|its|that|this|the|a|so|then|not|"
               r"very|really|now|yet|too)\b)[a-z]+\s+(?!(?:to|for|at|in|on|with|now|too|lol|enough|and|but|so|as|from|"
               r"by|tho)\b)[a-z])")
# after "its" and a preposition, where or what it is ("its at my place", "its up to you", "its like 5 pm", "its on
# sale"), not a noun's modifier ("The label and its up and coming artists" had been read "it's up…": "c'est en train
# de venir des artistes", "its on site staff" "c'est au personnel du site", "its for sale signs" "c'est en vente")
_SAYS_WHERE = (r"(?=\s+(?:the|a|an|my|your|ur|his|her|our|their|this|that|these|those|me|you|u|him|us|them|it|home|"
               r"here|there|now|today|tonight|tomorrow|work|school|bed|town|top|time|to|of(?!\s+print\b)|\d|[$€£])"
               r"(?![\w-])|(?:\s+(?:sale|stock))?(?=\s*(?:[.,!?;:)](?!\d)|$)|\s+(?:now|already|again|yet|too|lol|tho|"
               r"though|today|tonight|yesterday|and\s+running)\b))")
_AMOUNT = (r"(?:only\s+)?[$€£]?\d(?:[\d.,:]*\d)?\s*(?:am|pm|a\.m\.|p\.m\.|o['’]?clock|bucks|dollars|euros|pounds|quid|"
           r"degrees|percent|%|k|mins?|minutes|hours?|days?|weeks?|months?|years?|hrs?|each|a\s+(?:month|week|year|"
           r"night|day))?")
_UNAPOSTROPHED = (
    (re.compile(rf"\b{_CLAUSE}([Ii])ts(?=\s+(?:a|an|the|not|so|too|really|just|ok|okay|fine|time|raining|snowing|"
                r"getting|going|gonna|been|over|late|cold|hot|true|done|my|your|our|all|about|here|there)\b)"),
     r"\1t's"),                                       # not "the first of its kind", "its very own", "know its meaning"
    # typed in lower case before an amount, "only" and an amount, or a participle that ends its clause: "its fixed"
    # had come out "sa réparation", "its only 5 bucks" "ses 5 chances"; not "Its 300 rooms", "its only child", "its
    # hundred men", "The company and its 5,000 employees", "and its associated brands"
    (re.compile(rf"\b{_CLAUSE}its(?=\s+{_AMOUNT}{_CLAUSE_END}"
                r"|\s+only\s+(?:a|an|one|me|us|fair|for|because|if|when)\b|\s+(?!(?:hundred|sacred|naked|wicked|"
                r"kindred|beloved|rugged|ragged|crooked|learned|aged|blessed|jagged|wretched|red|bed|shed)\b)"
                rf"[a-z]{{2,}}(?<!e)ed\b{_CLAUSE_END})"), "it's"),
    # before a preposition, "his" or "mine", or an adjective that ends its clause, which no possessive "its" is: "its
    # at my place" had come out "chez moi" (the verb lost), "its in the fridge" "le frigo dans le frigo", "its near
    # the station" "son près de la gare", "its cheap" "le bon marché"; not "its in-house team", "its cheap labour",
    # "its near neighbours", "its inside pocket"
    (re.compile(rf"\b{_CLAUSE}([Ii])ts(?=\s+(?:at|in|on|under|behind|for|from|with|like|by|up|out|off){_SAYS_WHERE}"
                r"|\s+(?:his|hers|mine|yours|ours|theirs)\b(?!-)"
                r"|\s+(?:near|inside|outside|upstairs|downstairs)(?=\s+(?:the|a|an|my|your|his|her|our|their|this|that|"
                r"here|there|you|me|us)\b)"
                r"|\s+(?:near|inside|outside|upstairs|downstairs|cheap|expensive|free|great|good|bad|nice|cool|huge|"
                r"tiny|big|small|easy|hard|ready|gone|empty|full|dark|early|weird|funny|fun|real|fake|new|old|warm|wet|"
                r"dry|quiet|loud|busy|boring|amazing|perfect|awesome|beautiful|lovely|horrible|terrible|awful|sunny|"
                r"rainy|windy|scary|crazy|fair|unfair|possible|impossible|important|urgent|serious|normal|strange|sad|"
                r"better|worse|best|worst|far|close|mine|yours|"
                rf"broken|stolen|frozen|lost|missing|wrong|open){_NOT_PAIRED}{_CLAUSE_END})"),   # "its broken"
     r"\1t's"),
    # not after "if", "when" or "and": "if ill, call your doctor", "The sick and ill need care"
    (re.compile(rf"\b{_CLAUSE}(?<!\bif )(?<!\bwhen )(?<!\band )(?:i|I)ll(?=\s+(?:call|be|see|do|go|have|get|let|send|take|try|"
                r"tell|text|check|come|bring|meet|pick|make|ask|give|wait|look|talk|help|pay|buy|email|think|never|always|"
                r"probably|just|definitely|need|keep|leave|write|show|find|miss|stay|start|drive|walk|cook|"
                r"fix|grab|order|book|drop|head|finish|sort|handle|put|clean|sign|reply|answer|set|pass)\b)"),
     "I'll"),                                         # "ill fix it tonight" had come out "malade ce soir"
    # "lets meet at 7" had come out "rencontre-t-il à 7 heures"; not "she lets me drive", "it lets you see"
    (re.compile(rf"\b{_CLAUSE}(?<!\band )(?<!\bthen )(?<!\bbut )([Ll])ets(?!\s+go\s+of\b)(?=\s+(?:go|meet|do|see|get|try|have|eat|grab|watch|play|talk|make|take|"
                r"start|find|hang|catch|order|call|keep|hope|just|not|stay|leave|celebrate|chat|plan|wait|move|"
                r"head|pick|dance|walk|drive|cook|book|fix|be|say|all|face|ask)\b)"), r"\1et's"),
    (re.compile(rf"\b{_CLAUSE}(?:i|I)d"
                r"(?=\s+(?:like|love|rather|prefer|be|have|say|never|better|want|appreciate|hate)\b)"), "I'd"),
    (re.compile(r"\b(?:(?<=^)|(?<=[.!?]\s))([Ww])ere"           # opening a sentence ("They came but were not…")
                r"(?=\s+(?:going|gonna|not|ready|late|almost|leaving|coming|still|having|looking|getting|trying|"
                r"waiting|on our way)\b)"), r"\1e're"),
    # "were at home" had come out "étais à la maison", "were outside" "étiez dehors"; not "Were you home?", "Were
    # at least ten people there?"
    (re.compile(r"\b(?:(?<=^)|(?<=[.!?]\s))([Ww])ere(?=\s+(?:at|in|here|outside|home|back|done|fine|ok|"
                r"okay|good|all(?!\s+(?:the|of|these|those|my|your|our|their|his|her)\b)|so|out|off)\b)(?![^.!?]*\?)"),
     r"\1e're"),                                     # not "Were there any problems, …", "Were all the members to…"
)
# "k" alone opening a message is "OK" (read as typed: "genoux"), "c u" "see you" ("c u tmrw" came out "curieux
# demain"); not "k = 3", "vitamin c", "plan c", "c u v" (maths: another letter)
_K = re.compile(r"\s*k(?=\s*(?:[,.!]|$)|\s+(?:thx|thanks|ty|bye|cool|np|see|c)\b)")
_SEE_U = re.compile(r"(?<![\w'’.-])c(?=\s+(?:u|ya|you)(?:\s+[a-z]|\s*(?:[,.!?]|$)))")
# "u" opening a question before these asks "are you" ("u free tonight?" had come out "tu libres ce soir ?")
_ARE_U = re.compile(r"\s*([uU])(?=\s+(?:free|ok|okay|there|home|awake|up|around|busy|coming|sure|ready|alright|done|"
                    r"serious|mad|still|in|at|going)\b[^.!?]*\?)")
# "ya" after a verb is "you": "thank ya" came out "merci" (lost), "see ya soon"; not "ya know", "ya think"
_YA = re.compile(r"\b(see|thank|love|miss|got|told|bet|tell)\s+ya(?![\w'’])")
_HBU = re.compile(r"(?<![\w'’])hbu(?=\s*$)")
# a message that opens without its "I": "love u" came out "adorez-vous", "miss u" "Vous vous manquez", "cant wait"
# "ne peut pas attendre"; not "Love is blind", "Think twice", "Guess what", "Wish me luck", "Need help?"
_SUBJECTLESS = re.compile(r"\s*(?:(?:[Ll]ove|[Mm]iss)(?=\s+(?:you|it|this|that|them|him|her|your|the|my|us|how|"
                          r"when)\b)|[Cc]an't wait\b"
                          r"|(?:[Hh]ope|[Tt]hink|[Gg]uess|[Ww]ish|[Bb]et)(?!\s+(?:it|this|that)\s+(?:over|through|up)\b)"
                          r"(?=\s+(?:so|not|I|I'm|I'll|"
                          r"it|it's|he|she|we|we're|they|you|you're|that|that's|there|there's|this)\b)"
                          r"|(?:[Nn]eed|[Ww]ant)(?=\s+(?:a|an|some|more|to|coffee|food|sleep|it|this|that|you|your|"
                          r"the)\b)"
                          r"|[Gg]ot(?=\s+(?:it|home|here|there|back|your|the|a|you)\b))(?![^.!?]*\?)")
# the same clause after a comma: "thx for the pic, miss u xx" had come out "merci pour la photo, manquez-vous
# bisous"; only the verbs and what follows them that the message's writer says of themselves there, not "thanks,
# love" (a closing), "xx, love your mum" (signed), "hey, want to come" or "hey, got a minute" (asking without "?"),
# nor an item of a list ("eggs, milk, love hearts")
_FAMILY = r"(?:mum|mom|mummy|mommy|dad|daddy|nan|nana|gran|granny|grandma|grandpa|sis|bro|auntie|aunt|uncle)"
_SUBJECTLESS_AFTER = re.compile(
    r"(?<=,\s)\s*(?:(?:[Ll]ove|[Mm]iss)(?=\s+(?:you|ya|it|this|that|them|him|her|your|the|my|us)\b)"
    rf"(?!\s+(?:you|ya|your)\s+{_FAMILY}\W*$)|[Cc]an't wait\b"
    r"|[Hh]ope(?=\s+(?:so|not|I|I'm|I'll|it|it's|he|she|we|we're|they|you|you're|that|that's|there|there's|this|all|"
    r"everything|everything's|your)\b)|[Nn]eed(?=\s+(?:coffee|food|sleep|a break|a nap|a holiday|a vacation|to|more)\b)"
    r"|[Gg]ot(?=\s+(?:it|home|here|there|back|your)\b))(?![^.!?]*\?)")
_LIST_ITEM = re.compile(r"(?:^|,)\s*[\w'’]+,\s$")              # "eggs, milk, " ends the text before the verb
# a chat line that leaves out more than "I" (``_SUBJECTLESS``), at the text's start or after a comma: "running late"
# had come out "courez tard", "stuck in traffic" "est coincé dans la circulation", "nearly there" "Arrêtez-y",
# "thinking of you" "songe à vous", "off to bed" "descendez au lit", "leaving now" "partez maintenant"; "call u
# later" "appelez-vous plus tard", "call u back" "rappelez-vous", "meet u there" "vous y rencontrez-vous", "be home
# soon" "soyez bientôt à la maison"; "gotta go" "dois y aller", "just woke up" "vient de se réveiller", "cant make it
# sorry" "ne peut pas être désolé"; "sounds good" "l'air bien". Not a question ("running late?"), "Be there at 7!",
# "On my way to work, I saw a fox", "Thinking of you makes me smile"
# "off to bed" told to children: "Off to bed, kids!" had been read "I'm going to bed, kids!"
_TOLD_TO_BED = (r"(?:\s+now)?,\s*(?:kids|children|boys|girls|everyone|everybody|you\s+(?:two|lot)|young\s+\w+|"
                r"little\s+\w+|sleepyhead)\b")
_ALONE = r"(?=\s*(?:[.!]+\s*)?(?:x+|xo|xoxo|lol)?\s*[.!]*\s*$)"           # the clause ends the message
# each starts where its white space does ("(?<!\s)"): tried inside a run of spaces too, 2,000 spaces had taken seconds
_UNSAID = tuple((re.compile(rf"(?<!\s)\s*\b(?:{said})(?![^.!?]*\?)", re.IGNORECASE), subject)
                for said, subject in (
    (r"running\s+(?:(?:a\s+)?(?:bit|little|few|\d+\s*(?:mins?|minutes))\s+)?late\b|stuck\s+in\s+(?:traffic|a\s+meeting|"
     r"a\s+queue|a\s+jam)\b|(?:nearly|almost)\s+(?:there|home|done|ready)" + _ALONE +
     r"|on\s+my\s+way(?:\s+(?:home|back|over|now))?" + _ALONE + r"|thinking\s+(?:of|about)\s+(?:you|u)" + _ALONE +
     r"|(?:off|going|heading)\s+to\s+(?:bed|sleep)\b(?!\s+with\b)(?!" + _TOLD_TO_BED + ")"
     r"|(?:just\s+)?leaving(?:\s+(?:now|soon|work|home)\b|"
     + _ALONE + ")"
     r"|heading\s+(?:home|out|back|over)\b", "I'm"),
    (r"(?:call|ring|text|phone)\s+(?:you|u)\s+(?:later|back|tomorrow|tonight|soon|in\s+a\s+bit)\b"
     r"|meet\s+(?:you|u)\s+(?:there|outside|later)\b|be\s+(?:home|there|back)\s+(?:soon|shortly|"
     r"in\s+a\s+(?:bit|sec|min|minute|few)|in\s+\d{1,2}(?!\d))\b|pick\s+(?:you|u)\s+up\b", "I'll"),
    # "home in 5" had come out "à la maison en 5 ans"
    (r"(?:home|back|there)\s+in\s+\d{1,2}(?:\s*(?:mins?|minutes))?" + _ALONE, "I'll be"),   # not "Back in 1990,"
    (r"have\s+to\s+(?:go|run|leave|dash)\b|just\s+(?:got|saw|woke\s+up|landed|arrived|left|finished|heard|"
     r"remembered|realised|realized)\b|can't\s+(?:make\s+it|come|talk|sleep|believe)\b", "I"),
    (r"sounds\s+(?:good|great|fun|perfect|lovely|nice|amazing|awesome|fine|like)\b", "that"),
    # "wasnt me" had come out "N'était-ce pas moi" (asked), typed36
    (r"wasn['’]t\s+(?:me|my\s+fault|my\s+idea)" + _ALONE, "it"),
    # "great to see you today" had come out "pour te voir aujourd'hui" ("great" lost); not "Great to see you?"
    (r"(?:so\s+)?(?:great|good|nice|lovely)\s+to\s+(?:see|meet|hear\s+from)\s+(?:you|u)\b", "it's"),
    # "waiting outside" had come out "attendez à l'extérieur", "in a meeting, call u later" "dans une réunion, …"
    (r"waiting\s+(?:outside|downstairs|in\s+the\s+car|for\s+(?:you|u))" + _ALONE
     + r"|in\s+a\s+meeting(?=\s*(?:,|$|[.!]))", "I'm"),
)) + tuple((re.compile(rf"(?<!\s)\s*\b(?:{said})(?=[^.!?]*\?)", re.IGNORECASE), subject) for said, subject in (
    # a question that leaves out "do you", "did you", "are you": "need anything?" had come out "Il faut quoi que ce
    # soit ?", "get home ok?" "rentrer à la maison ?", "home safe?" "La maison est-elle en sécurité ?"
    (r"(?:need|want)\s+anything\b", "do you"), (r"get\s+home\s+(?:ok|safe|safely|alright|all\s+right)\b", "did you"),
    (r"home\s+(?:safe|yet|already)\b", "are you"),
))
# where the left-out subject is not the writer's: ordinary prose that only opens like a chat line. The words are the
# subject of a verb of their own ("Running late is rude.", "Leaving now would be a mistake", "Mary was tired, need
# sleep was written all over her face"); the clause is a participle before a sentence's own subject ("Just got
# married, the couple left", "In a meeting, the CEO said…", "Home safe? The question haunted her."), or one of a
# narrated subject's verbs ("He finished, got home, and slept", "She said, running late again, that…"; not "Mum
# says hi, miss u"); or an instruction after a clause that sets its condition ("If you like it, love it", "After
# dinner, love your neighbour", "Love me, love my dog")
_FINITE = (r"(?:is|was|are|were|would|will|can|could|should|may|might|must|makes|made|went|goes|seems|means|has|"
           r"had|does|did|isn't|wasn't|won't|doesn't|didn't)\b")
_OWN_VERB = re.compile(rf"\s+(?:(?:again|always|often|too|really|never|also)\s+)?{_FINITE}", re.IGNORECASE)
_OWN_VERB_AFTER = re.compile(rf"(?:\s+(?!(?:it|he|she|they|we|you|u|I|that|this|there|everything|all)\b)[\w'’]+)"
                             rf"{{1,2}}\s+{_FINITE}", re.IGNORECASE)
_PAST = (r"(?:\w+ly\s+)?(?:\w+ed|was|were|had|said|told|left|went|came|sang|grew|took|made|got|saw|ran|"
         r"felt|found|knew|thought|gave|fell|stood|sat|wrote|spoke|broke|met|won|lost|began|brought|bought|caught|"
         r"chose|drove|ate|flew|held|kept|led|paid|sent|shook|showed|sold|spent|struck|taught|threw|woke|wore)\b")
_NOT_A_NAME = (r"(?!(?:Just|Got|Sorry|Thanks|Thx|Ok|Okay|Yes|No|Hey|Hi|Well|So|Oh|Still|Can't|Cant|Need|Love|Miss|"
               r"Hope|Running|Stuck|Home|Back|On|In|Off|Be|Call|Text|Meet|Sounds|Waiting|Leaving|Heading)\b)")
_THIRD_PERSON = (rf"(?:(?:he|she|they|we|(?:the|a|an|his|her|their|its|our)\s+\w+)\b|{_NOT_A_NAME}"
                 r"(?-i:[A-Z][a-z]+\b))")
_NARRATED_BEFORE = re.compile(rf"(?:^|[.!?]\s+)\s*{_THIRD_PERSON}\s+{_PAST}[^.!?]*$", re.IGNORECASE)
_NARRATED_AFTER = re.compile(rf"[^.!?,]*[,?]\s+{_THIRD_PERSON}\s+(?:says\b|{_PAST})", re.IGNORECASE)
_CONDITION_BEFORE = re.compile(r"(?:^|[.!?]\s+)\s*(?:if|when|whenever|after|before|once|unless|while|since|however|"
                               r"otherwise|therefore|first|next|finally|also|"
                               # an order before it, which the opening "I" left ("Love me, love my dog.")
                               r"love|miss|need|hope|want)\b[^.!?]*$", re.IGNORECASE)


# a chat clause follows a few words ("thx for the pic, miss u"); after a long sentence's commas it is one verb of a
# series or the verb of a long subject ("…tell a committee to take the issue, wallow around with it, hope it goes
# away…", "Everybody, particularly our friends out west and those in Ontario, need to travel…" had taken an "I")
_LONGEST_BEFORE = 8


def _said_by_another(text: str, at: int, end: int, own_verb: re.Pattern = _OWN_VERB) -> bool:
    """Whether the clause from ``at`` (its words to ``end``) has a subject that is not the writer's, or is an
    instruction: left as typed."""
    before, after = text[:at], text[end:]
    if re.match(r"[^.!?,]*:\s", after):          # a heading: "Running late: a guide for commuters"
        return True
    sentence = re.split(r"[.!?]\s+", before)[-1]
    return bool(own_verb.match(after) or _NARRATED_BEFORE.search(before) or _CONDITION_BEFORE.search(before)
                or not before.strip() and _NARRATED_AFTER.match(after) or len(sentence.split()) > _LONGEST_BEFORE)


# "off to bed" as "going to bed" ("I'm off to bed" had come out "Je ne suis pas à me coucher"), "just leaving" as
# "leaving now" ("viens de partir", "Je m'en vais simplement"), where they open a clause
_REWORDED = ((re.compile(r"(?:^|(?<=,\s)|(?<=I'm\s))\s*\b([Oo])ff(?=\s+to\s+(?:bed|sleep)\b)(?!\s+to\s+\w+\s+with\b)"
                         r"(?!\s+to\s+\w+" + _TOLD_TO_BED + ")"),
              lambda m: m.group().replace(m.group(1) + "ff", "going" if m.group(1) == "o" else "Going")),
             (re.compile(r"(?:^|(?<=,\s)|(?<=I'm\s))\s*\b([Jj])ust\s+leaving(?=\W*$)"),
              lambda m: m.group()[:m.start(1) - m.start()] + ("l" if m.group(1) == "j" else "L") + "eaving now"),
             # "made it home" had come out "la confectionna à la maison", "I made it home" "Je l'ai fait chez moi"
             (re.compile(r"(?:^|(?<=,\s)|(?<=\bI\s))\s*\b([Mm])ade\s+it(?=\s+(?:home|back)\b)"),
              lambda m: m.group()[:m.start(1) - m.start()] + ("g" if m.group(1) == "m" else "G") + "ot"),
             # "phone about to die" had come out "téléphonez à mourir"
             (re.compile(r"^\s*([Pp])hone(?=\s+(?:about\s+to\s+die|dying)\b)"),
              lambda m: m.group()[:m.start(1) - m.start()] + ("m" if m.group(1) == "p" else "M") + "y phone is"))
# "text me" as "send me a message" where it opens a clause ("text me" had come out "mange-moi"), "love you loads"
# as "… lots" ("love you loads mum" had come out "J'aime ta maman"), a bare number of minutes with its unit ("see
# u in 10" had come out "on se voit en 10 ans", "home in 5" "à la maison en 5 ans")
_REWORDED += ((re.compile(r"(?:^|(?<=,\s)|(?<=please\s))\s*\b([Tt])ext\s+me\b"       # the model knows "text me
                           r"(?!\s+(?:when|if|once|as\s+soon|after|before)\b)"                 # when u land"
                           # nor before what to send: "Text me your address." had been read "Send me a message your
                           # address."
                           r"(?!\s+(?:your|the|a|an|my|his|her|their|our|it|this|that|these|those|some|any|all|\d)\b)"),
               lambda m: m.group()[:m.start(1) - m.start()] + ("s" if m.group(1) == "t" else "S") + "end me a message"),
              (re.compile(r"(?<=\byou\s)loads\b"), lambda m: "lots"),
              (re.compile(r"\b((?:you|there|home|back|ready|out|down)\s+in\s+\d{1,2})(?=\s*(?:[.!]+|x+)?\s*$)"),
               lambda m: m.group(1) + " minutes"))
# a clause's last "sorry" after its comma: "cant make it sorry" had come out "ne peut pas être désolé", "running
# late sorry" "Je suis en retard" (sorry lost); not "I'm so sorry", "you'll be sorry"
_SORRY = re.compile(r"\b(it|late|tonight|today|tomorrow|now|again|this|that|guys|lol)\s+((?:sorry|thanks|thank you)"
                    r"\W*)$")                                 # "got it thanks" had come out "Je l'ai merci"
# "mum", which the model only knows as the start of "musée": "love u mum" had come out "Je t'adore le musée", "did
# you see your mum" "avez-vous vu votre musée", "ask mum" "demande au musée"; read "mom" ("demande à maman"). Not
# "mum" that says nothing: "mum's the word", "keep mum"; nor "mummy" (Egypt's too)
_MUM = re.compile(r"(?<![\w'’-])([Mm])um(s?)(?![\w-])(?!['’]s\s+the\s+word)")
_KEPT_MUM = re.compile(r"\b(?:keep|keeps|kept|keeping|stay|stays|stayed|staying|remain|remains|remained|"
                       r"remaining)\s+$", re.IGNORECASE)
# a letter typed three times or more in a word stretched for feeling, read as the word: "soooo happy" came out "Le
# canon est heureux", "heyyy" "héritage", "nooo" "À midi", "pleeease" "endormis"; not "Zzz", "Brrr", "Hmmm"
_STRETCHED = re.compile(r"(?<![\w'’])[^\W\d_]*([^\W\d_])\1\1[^\W\d_]*(?![\w'’])")
_RUN = re.compile(r"([^\W\d_])\1{2,}")
_STRETCHABLE = frozenset("so no yes hey hi please pls plz good cool love sorry thanks thank yay yeah wow oh ok okay "
                         "why what now soon nice cute fun really finally happy sweet great omg lol bye hello baby me "
                         "you miss tired bored hungry late long home help stop well beautiful amazing much bad sad mad "
                         "yum too all damn ugh night morning u".split())


def _unstretched(m: re.Match) -> str:
    """A stretched word as the word it stretches, two letters of a run tried before one ("goood" → "good", not
    "god"); as typed where neither is one of ``_STRETCHABLE``."""
    word, runs = m.group(), list(_RUN.finditer(m.group()))
    for keep in (2, 1):
        short = _RUN.sub(lambda r: r.group()[:keep], word)
        if short.lower() in _STRETCHABLE:
            return short
    if len(runs) > 1:                                     # "pleeeaaase": each run by itself
        short = _RUN.sub(lambda r: r.group()[:1], word)
        return short if short.lower() in _STRETCHABLE else word
    return word


_CHAT_RE = re.compile(rf"(?<![\w'’.-])({'|'.join(_CHAT)})(?![\w'’/-])", re.IGNORECASE)
# titles shortened with a full stop before a name: no sentence ends there (sentences.py); some read in full below
TITLES = frozenset("mr mrs ms dr prof sgt capt gen maj brig adm cmdr cpl pvt lt col rev sen gov rep hon pres "
                   "supt insp det".split())
_TITLES = {"Ms": "Mrs.", "Sen": "Senator", "Gov": "Governor", "Gen": "General", "Capt": "Captain", "Prof": "Professor",
           "Sgt": "Sergeant", "Lt": "Lieutenant", "Col": "Colonel", "Maj": "Major", "Adm": "Admiral",
           "Det": "Detective", "Insp": "Inspector", "Rev": "Reverend"}
_TITLE_BEFORE = {"Army", "Navy", "Marine", "Force", "Guard", "Lt.", "Gen.", "Maj.", "Brig.", "Vice", "Deputy",
                 "Assistant", "Former", "Retired", "Acting", "State"}     # "Army Col. Lind": one title, not two
_TITLE_RE = re.compile(rf"\b(Ms\.?|(?:{'|'.join(t for t in _TITLES if t != 'Ms')})\.)\s(?=[A-Z][a-z])")  # not "Col. B"


_SHORT_WORDS = {"Ave": "Avenue", "Rd": "Road", "Blvd": "Boulevard", "Jr": "Jr", "Sr": "Sr"}
_DOTTED = re.compile(r"(?<![\w.])(?!P\.[SO]\.)((?:[A-Z]\.){2,4})(?!\w)"     # "U.N.", not "P.S." or "P.O."
                     r"|\b(Ave|Rd|Blvd|Jr|Sr)\.(?!\w)")


def read_dotted(text: str) -> tuple[str, dict[str, str]]:
    """Capitals with dots without them ("U.N." → "UN", "B.B.C."), a street's short name in full ("Ave." →
    "Avenue"), "Jr." and "Sr." without their dot, a final full stop kept: read with their dots, "The U.N." came out
    "Les États-Unis", "at the B.B.C. now" lost "now", "on Pennsylvania Ave. yesterday" "Ave. Hier", and "Martin
    Luther King Jr. gave a famous speech." stopped at "Jr.". Also what to put back: initials before a name ("JK"
    → "J.K." Rowling), "Jr" → "Jr."."""
    initials = {}

    def one(m: re.Match) -> str:
        word = m.group(1).replace(".", "") if m.group(1) else _SHORT_WORDS[m.group(2)]
        final = not text[m.end():].strip(" \"')»”]")
        if (m.group(1) and re.match(r"\s+[A-Z][a-z]", text[m.end():])) or (word in ("Jr", "Sr") and not final):
            initials[word] = m.group()
        return word + ("." if final else "")
    return _DOTTED.sub(one, text), initials


def read_shorthand(text: str) -> str:
    """Shorthand in words: read as letters, "e.g. a sweater" came out as "d'œuf. Un chandail", "ASAP" as "l'ASP",
    "FYI" as "FTI"; a title shortened before a name in full ("Ms. Lee" came out "Maîtrise", "Prof. Jones" "Le
    professeur. Jones"; "Ms." is read "Mrs.", which the model writes "Mme", as French writes both)."""
    def one(m: re.Match) -> str:
        words, short = _SHORTHAND[m.group().lower()], m.group()
        opens = not text[:m.start()].strip(" \"'(«“")
        return words[0].upper() + words[1:] if short[0].isupper() and (opens or not short.isupper()) else words
    def title(m: re.Match) -> str:   # not inside a longer title ("Army Col. Lind" read "Armyel Lind")
        before = text[:m.start()].split()
        inside = bool(before) and before[-1] in _TITLE_BEFORE
        return m.group() if inside else _TITLES[m.group(1).rstrip(".")] + " "
    text = _EOD.sub(r"\1 the end of the day", _RSVP_INSIDE.sub("reply", text))
    text = _SHORTHAND_RE.sub(one, text)
    return _TITLE_RE.sub(title, text)


def read_chat(text: str) -> str:
    """Chat spelling in full ("u r late" → "you are late", "i didnt" → "I didn't"), in lower case (or capitalised
    opening the text: "Im late"); capitals stay ("no MSG", "the letter U"), and so does a letter among letters ("f g
    h i j"), before a capital ("Argumenti i Fakti") or named as one ("where i is the index"). "ur" is "you're"
    before what only follows that ("ur late"), a lone "k" opening the text "OK", "c u" "see you"; a word stretched
    for feeling as the word ("soooo" → "so"), a message that opens without its "I" with it ("love u"), and a clause
    after a comma too ("thx, miss u"), one that leaves out "I'm", "I'll", "that" or a question's "do you" with it
    ("running late", "call u later", "sounds good", "need anything?"); "mum" as "mom", a word the model knows."""
    text = read_mistyped(_STRETCHED.sub(_unstretched, text))      # "its to late" → "its too late" (mistyped.py)
    for pattern, read in _UNAPOSTROPHED:
        text = pattern.sub(read, text)
    k = _K.match(text)
    k = k if k and not _OTHER_LETTER.search(text[k.end():]) else None        # not "k c g h": letters
    text = text[:k.end() - 1] + "OK" + text[k.end():] if k else text
    see = _SEE_U.search(text)
    if see and re.search(r"(?:^|[,.!?;:]|\b(?:ok|OK|bye|thx|so|np))\s*$", text[:see.start()]) \
            and not _OTHER_LETTER.search(text[:see.start()] + text[see.end():]):          # not "plan c", "c u v"
        text = text[:see.start()] + "see" + text[see.end():]
    asks = _ARE_U.match(text)
    if asks and not _OTHER_LETTER.search(text):               # "U free tonight?" too: a clause after "hey sam,"
        text = text[:asks.start(1)] + ("Are" if asks.group(1) == "U" else "are") + " u" + text[asks.end(1):]
    words = re.findall(r"[^\W\d_]{2,}", text)

    def one(m: re.Match) -> str:
        w = m.group()
        youre = w.lower() == "ur" and _YOURE.match(text, m.end()) \
            and re.search(rf"(?i:{_CLAUSE})$", text[:m.start()]) is not None   # not "thanks for ur kind words"
        opening = not text[:m.start()].strip() and w[1:].islower() and (w.lower() != "ur" or youre) \
            and (w != "Ty" or re.match(r"\s+(?:so|for)\b|\s*[.!]*$", text[m.end():]))     # "Im late", not "Ty is"
        if not (w.islower() or len(w) > 1 and opening) or w == "Rn":
            return w                # "MSG", "an IM", "B4 paper", "Ur was a city", "Rn levels" (radon)
        if w.lower() == "wont" and _POSSESSIVE.search(text[:m.start()]) \
                or w == "bc" and re.search(r"\d\s*$", text[:m.start()]):
            return w                # "as was his wont", "in 300 bc"
        asked = w == "r" and re.match(r"\s+(?:u|you)\b", text[m.end():])    # "where r u?" ("where r is the radius")
        # "ill let u know" had come out "Je ferai savoir" ("let u be a vector" names it), "i owe u 10" "Je dois dix
        # heures"
        asked = asked or w == "u" and re.search(r"\blet\s+$", text[:m.start()]) \
            and re.match(r"\s+(?:know|in|go|down|win|have|see|try|decide)\b", text[m.end():])
        owed = w == "u" and re.match(r"\s+[$€£]?\d", text[m.end():]) \
            and re.search(r"\b(?:owe|owed|give|gave|pay|paid|send|sent|lend|lent|bet)\s+$", text[:m.start()])
        if len(w) == 1 and (not words or not (_CHAT_NEXT.match(text, m.end()) or owed)
                            or _LETTER_NAMED.search(text[:m.start()]) and not asked
                            or _OTHER_LETTER.search(text)
                            or w == "i" and text[m.end():m.end() + 1] in ".)"
                            or re.search(r"(?<!\w)\w,\s$", text[:m.start()])
                            or re.match(r",\s\w(?!\w)", text[m.end():])):
            return w                # "f g h i j", "Argumenti i Fakti", "the letter u", "i. First item", "q, r, s"
        read = "you're" if youre else _CHAT[w.lower()]
        return read[:1].upper() + read[1:] if w[0].isupper() else read       # "Dont worry" → "Don't worry"
    text = _HBU.sub("hbu?", text)                           # "hbu" alone: "and you" came out "toi et toi"
    text = _YA.sub(r"\1 you", _CHAT_RE.sub(one, text))
    text = _MUM.sub(lambda m: m.group() if _KEPT_MUM.search(text[:m.start()]) else f"{m.group(1)}om{m.group(2)}",
                    text)
    return _said_in_full(text)


# an invitation typed without its "?" nor its "do you" / "are you", alone on its line: "wanna grab lunch tmrw" had
# been read "I want to grab lunch tomorrow" ("Je veux déjeuner demain"), "want to get pizza" "I want to get pizza",
# "u free tonight" came out "tu libres ce soir", "fancy a coffee" "fablissez un café". Only what asks someone along
# ("want to go home", "want to sleep", "want to come too", "wanna come with u" say what the writer wants)
_ALONE_ON_LINE = (r"(?=[^,.;:!?\n]*(?:\?+|(?:\s+(?:lol|x+))?)\s*$)"
                  r"(?![^\n]*\b(?:too|as\s+well|so\s+bad(?:ly)?|so\s+much|badly|really|but|with\s+(?:you|u))\b)")
# what may follow "are you free" and the like: when ("u free tonight", "you around this weekend"), not what the
# words go on to say ("You free spirits are welcome")
_WHEN = (r"(?:\s+(?:tonight|today|tomorrow|now|later|rn|atm|still|yet|again|right\s+now|this\s+\w+|next\s+\w+|"
         r"on\s+\w+|at\s+\S+|for\s+(?:a\s+)?\w+|in\s+(?:a\s+)?\w+|after\s+\w+))*\s*\?*(?:\s+(?:lol|x+))?\s*$")
_HEY = r"\s*(?:(?i:hey|hi|yo)\s*,?\s+)?"                                  # "hey, wanna grab lunch"
_INVITED = (
    (re.compile(_HEY + r"([Ww])ant\s+to\s+(?=(?:come|join|grab|meet|hang\s+out|watch|catch\s+up|play|do\s+something|"
                r"go\s+(?:out|for|see|to\s+(?:the|a)\s+(?!bed\b))|see\s+(?:a|the)\s+(?:movie|film|show|game|match)|"
                r"get\s+(?:some\s+)?(?:pizza|lunch|dinner|breakfast|brunch|coffee|food|drinks|ice\s+cream|"
                r"a\s+(?:drink|coffee|bite|pizza))"
                r"|have\s+(?:lunch|dinner|breakfast|brunch|coffee|a\s+(?:drink|coffee)|drinks))\b)"
                + _ALONE_ON_LINE), "do you want to "),
    (re.compile(_HEY + r"([Yy](?=ou)|[Uu])(?:ou)?\s+(?=(?:free|around|busy|up|home|awake)" + _WHEN + ")"
                + _ALONE_ON_LINE), "are you "),
    (re.compile(_HEY + r"([Ff])ancy\s+(?=(?:a|an|some|coffee|lunch|dinner|drinks|going|coming|meeting|grabbing|getting|"
                r"joining)\b)" + _ALONE_ON_LINE), "do you fancy "),
)


def _invitation(text: str) -> str:
    """``text`` (a chat line, its spelling read) asked where it is an invitation without its "?" or its "do you"
    ("want to get pizza" → "Do you want to get pizza?", "you free tonight" → "Are you free tonight?", "fancy a
    coffee" → "Do you fancy a coffee?"), the line's case kept."""
    for pattern, said in _INVITED:
        m = pattern.match(text)
        if m:
            lead = re.sub(r"(\w)\s*,?\s+$", r"\1, ", m.group()[:m.start(1) - m.start()])    # "hey u free": "hey, are…"
            rest = text[m.end():].rstrip()
            ending = re.search(r"\s+(?:lol|x+)$", rest)
            body, tail = (rest[:ending.start()], rest[ending.start():]) if ending else (rest, "")
            tail = re.sub(r"(?<=\s)x$", "xx", tail)     # a kiss after the "?" ("…? x" had come out "…? [.]")
            asked = said.capitalize() if m.group(1).isupper() else said                # "Want to…" → "Do you…"
            return lead + asked + body.rstrip("?") + "?" + tail
    return text


def _said_in_full(text: str) -> str:
    """A chat line (its spelling read) with what it leaves out said: its "I" ("love you" → "I love you", "thx, miss
    you" → "thx, I miss you"), "I'm", "I'll", "that" or a question's "do you" ("running late" → "I'm running late"),
    and the words it says otherwise reworded ("off to bed" → "going to bed")."""
    for pattern, read in _REWORDED:                            # "off to bed" → "going to bed"
        text = pattern.sub(read, text)
    text = _invitation(text)                                          # "want to get pizza" → "do you want…?"
    text = _SORRY.sub(r"\1, \2", text)
    if _SUBJECTLESS.match(text):                                      # "love u" → "I love you"
        lead = len(text) - len(text.lstrip())
        text = text[:lead] + "I " + text[lead].lower() + text[lead + 1:]
    for m in reversed(list(_SUBJECTLESS_AFTER.finditer(text))):       # "…, miss you" → "…, I miss you"
        at = m.end() - len(m.group().lstrip())
        if not (_LIST_ITEM.search(text[:m.start()]) and text[:m.start()].count(",") > 1) \
                and not _said_by_another(text, at, m.end(), _OWN_VERB_AFTER):
            text = text[:at] + "I " + text[at].lower() + text[at + 1:]
    for pattern, subject in _UNSAID:                                  # "running late" → "I'm running late"
        for m in reversed(list(pattern.finditer(text))):
            at = m.start() + len(m.group()) - len(m.group().lstrip())
            before = text[:at]
            if before.strip() and not (before.endswith(", ") and not (_LIST_ITEM.search(before)
                                                                     and before.count(",") > 1)) \
                    or _said_by_another(text, at, m.end()):
                continue
            opening = not text[:at].strip() and text[at].isupper()
            said = subject[0].upper() + subject[1:] if opening or subject[0] == "I" else subject
            pronoun = re.match(r"I\b", text[at:])                         # not "In a meeting.": "I'm In a…"
            text = text[:at] + said + " " + (text[at] if pronoun else text[at].lower()) + text[at + 1:]
    return text
