"""Phrases of work chat, school notes, invitations, home and sport the model had read as another meaning."""

from __future__ import annotations

from .common import BE, PERSON_BE, POSSESSIVE

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
# a line with no flying in it: a wing's lift ("The lift was enough to keep the plane up.") is not a building's
_NOT_FLYING = (r"(?!.*\b(?:wings?|planes?|aircraft|airplanes?|aeroplanes?|air|flight|flying|fly|drag|thrust|take-?off|"
               r"gliders?|airfoil|aerofoil|pilots?|rotors?|helicopters?|balloons?|kites?|birds?)\b)")
PHRASES = (   # school notes, work chat, invitations, home, sport, pets: (the phrase; its paraphrase), as in orders
    # "The dog needs to go to the vet." → "…d'aller au vélo.", "The vet said he needs surgery." → "Le vélo a
    # dit…", "Our vet is very kind." → "Notre vélo est très gentil."; not "a war vet", nor the verb ("to vet")
    # more than one only after "our", "my"…: "The vets on the hunger strike…" (veterans) had been read "The
    # veterinarians…"; none in a line of war or service ("Our vet served in Vietnam.")
    (rf"\b(the|our|my|your|his|her|their|local)\s+vet\b(?!['’-]){_NO_WAR}", r"\1 veterinarian"),
    (rf"\b({POSSESSIVE})\s+vets\b(?!['’-]){_NO_WAR}", r"\1 veterinarians"),
    # "The light in the hallway doesn't work." → "La lumière dans l'allumée…", "Please don't leave your bike in the
    # hallway." → "…ne laisse pas ton vélo." (the hallway left out), "The hallway is dark." → "Le hallage…"
    (r"\bhallway(s?)\b", r"corridor\1"),
    # "I'm OOO tomorrow." → "Je suis OOO demain.", "im ooo tomorrow" → "Je vais demain", "I'll be OOO next week."
    # → "Je serai OO…"
    (rf"({BE}(?:\s+(?:currently|still))?)\s+OOO\b", r"\1 out of the office"),
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
    (rf"({PERSON_BE})(?:\s+(?:really|so|totally|completely|a\s+bit))?\s+swamped\b(?!\s+by\b)"
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
    (rf"(?<!\bski\s)(?<!\bchair\s)\bthe\s+lift(s?)\b(?=\s+(?:is|are|was|were|isn['’]t|wasn['’]t|doesn['’]t|has|works?|"
     rf"broke)\b){_NOT_FLYING}", r"the elevator\1"),
    # not a ride ("He took the lift home with his neighbour." had been read "He took the elevator home…")
    (r"\b(take|took|taking|takes|use|used|using|in)\s+the\s+lift\b(?!\s+(?:home|back\s+home|with|offered)\b)",
     r"\1 the elevator"),
    # long32 (s32): a building's lift named by its place, and a lift one is near or waits for: "The lift in our
    # building has been broken…" → "La vie dans notre bâtiment…", "…next to the lift" → "…à côté de la soulever",
    # "The lifts at the station…" → "Les soulevers…", "We waited for the lift…" (lost); "elevator": "L'ascenseur de
    # notre bâtiment…", "…à côté de l'ascenseur…"; not a plane's (the guard above)
    (rf"(?<!\bski\s)(?<!\bchair\s)\bthe\s+lift(s?)\b(?=\s+(?:in|at|of|on)\s+(?:the|our|my|this|their|your|that)\s+"
     rf"(?:\w+\s+)?(?:building|hotel|block|station|office|flat|apartment|hospital|tower|mall|centre|center)s?\b)"
     rf"{_NOT_FLYING}", r"the elevator\1"),
    # (waited for, not thanked for: "Thanks for the lift." is a ride)
    (rf"\b(next\s+to|near|opposite|beside|wait(?:ed|ing|s)?\s+for|out\s+of|into)\s+the\s+lift(s?)\b"
     rf"(?!\s+(?:home|back)\b){_NOT_FLYING}", r"\1 the elevator\2"),
    # demo probe s30: "I'm fine, thank you, and you?" → "Je vais bien, merci, vous et vous ?"; said as two sentences
    # ("I'm fine, thank you. And you?": "Je vais bien, merci. Et vous ?"); "thanks, and you?" came out right
    (r"\b(thank\s+you),\s+and\s+you\s*\?", r"\1. And you?"),
)
