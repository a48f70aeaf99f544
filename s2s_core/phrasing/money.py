"""Phrases of shops, cards and loans, the pharmacy and work (HR) the model had read as another meaning."""

from __future__ import annotations

from .common import BE, POSSESSIVE, WHO

_CARD = r"(?:(?:credit|debit|bank)\s+)?cards?(?!\s+(?:games?|tricks?|tables?|players?)\b)"   # not a card game
_A_LOAN = (r"\s+out\s+(?=(?:a|an|another|the)\s+(?:\w+\s+)?(?:loan|mortgage)\b"   # not a loan shark, a paper
           r"(?!\s+(?:sharks?|officers?|agreements?|documents?|papers?|files?|forms?|applications?|contracts?)\b))")
_DETERMINER = rf"(?:{POSSESSIVE}|the|a|this|that)"
# a tablet carried to school or work is a computer
_NOT_CARRIED = r"(?!\s+to\s+(?:school|class|work|college|university|the\s+office|the\s+library)\b)"
# a tablet in a line of medicine (taken, a dose, a day…), not a computer's, a law's in stone, a wax or clay tablet
_NO_SCREEN = (r"^(?=.*\b(?:take|took|taking|takes|swallow\w*|doses?|mg|milligrams?|daily|a\s+day|per\s+day|meals?|"
              r"with\s+water|pharmac\w+|chemist|doctors?|medicines?|medication|prescri\w+|headaches?|pain|sleepy|"
              r"drowsy|vitamins?|aspirin|paracetamol|ibuprofen|allerg\w+|sleeping|side\s+effects)\b)"
              r"(?!.*\b(?:computers?|laptops?|iPads?|screens?|apps?|devices?|phones?|smartphones?|Android|Samsung|"
              r"Apple|stone|clay|wax|commandments|Moses|keyboards?|touch|digital|electronic|chargers?|cuneiform|"
              r"inscriptions?|bronze|marble|museums?|ancient|archaeolog\w*|collections?)\b)(.*?)")
# an amount that rises or falls (the sun and a person rise too)
_AMOUNTS = (r"(prices?|sales|costs?|profits?|unemployment|inflation|shares?|taxes|wages|salaries|exports|imports|"
            r"fares|revenues?|bills?)")
_NOTICE = (rf"\s+in\s+{POSSESSIVE}\s+(?:\w+\s+)?notice\b(?!\s+of\b)"    # not "notice of motion"
           r"(?!.*\b(?:landlords?|tenants?|flat|apartment|lease|rent|house)\b)")        # a tenant's notice to leave
# a city sacked, a quarterback sacked: not a job lost
_NO_LOOTING = (r"^(?!.*\b(?:city|town|Rome|troops|army|armies|Vikings|Goths|Vandals|looted|plundered|pillaged|"
               r"burned|burnt|invaders|soldiers|siege|temple|monastery|quarterbacks?|QB|BC|AD|Carthage|Jerusalem|"
               r"Constantinople|Troy|Baghdad|Athens|Babylon|Antioch|Delhi|Kiev|Kyiv|Mongols|Romans|Greeks|Persians|"
               r"Huns|Normans|Saracens|crusaders|palace|castle|abbey|cathedral|church|village|port|fortress|capital|"
               r"empire)\b)(.*?)")

PHRASES = (   # shops and returns, cards and loans, the pharmacy, jobs and HR: (the phrase; its paraphrase)
    # "My card was declined at the supermarket." → "Ma carte a été déclinée au supermarché.", "Her card got declined
    # at the restaurant." → "Sa carte s'est déclinée…", "Their credit card was declined twice." → "…a été décliné…";
    # "refused" came out "refusée" in each
    (rf"\b({_CARD})(\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|got|gets|keeps\s+getting))\s+declined\b",
     r"\1\2 refused"),
    (rf"\bdeclined\s+(?={_DETERMINER}\s+{_CARD}\b)", "refused "),
    # "I want to take out a loan." → "Je veux retirer un prêt.", "They had to take out a loan." → "Ils ont dû
    # retirer un prêt.", "Can I take out a loan?" → "Puis-je retirer un prêt ?"
    (rf"\btake{_A_LOAN}", "get "), (rf"\btaking{_A_LOAN}", "getting "), (rf"\btakes{_A_LOAN}", "gets "),
    (rf"\btook{_A_LOAN}", "got "),   # "She took out a loan to buy a car." → "Elle sortit un prêt…"
    # "I was overcharged for this item." → "J'ai été surchargé pour cet article.", "We were overcharged at the
    # hotel." → "Nous étions surchargés à l'hôtel.", "I think I've been overcharged." → "…j'ai été surchargé."
    # a person overcharged, not a battery
    (rf"\b({WHO})\s+(?:was|were|got)\s+overcharged\b", r"\1 paid too much"),
    (r"\b(I|we|you|they)(\s+have|['’]ve)\s+been\s+overcharged\b", r"\1\2 paid too much"),
    # "I'm just browsing, thanks." → "Je ne fais que broncer, merci.", "No thanks, we're just browsing." → "…nous
    # ne faisons que rouler.", "Just browsing, thanks." → "Mets-toi juste, merci."; not "just browsing the web"
    (rf"\b({BE})\s+just\s+browsing\b(?!\s+(?:the|through|for|online|on|in|a|my|your)\b)", r"\1 just looking"),
    (r"^just\s+browsing\b(?!\s+(?:the|through|for|online|on|in|a|my|your)\b)", "I'm just looking"),
    # "Take two tablets after each meal." → "Prends deux tablettes…", "Take one tablet a day." → "Prends une table
    # de journée.", "Don't give him more than two tablets." → "…deux tables."; a pill, not a computer
    # more than one taken ("I take my tablet to work" is a computer); one only with a dose after it
    (rf"{_NO_SCREEN}\btablets\b{_NOT_CARRIED}", r"\1pills"),
    (rf"{_NO_SCREEN}\b(one|a|an|another|half\s+a)\s+tablet\b(?=\s+(?:a\s+day|daily|every|each|per|in\s+the\s+"
     r"morning|at\s+night|before|after|with)\b)", r"\1\2 pill"),
    # "Do you have any painkillers?" → "As-tu des peintres ?", "I need some painkillers for my back." → "J'ai besoin
    # de peintres…"; after "some" or "any" only ("Painkillers didn't help." came out "Médicament de la douleur…")
    (r"\b(some|any)\s+painkillers\b", r"\1 medicine for pain"),
    # "She handed in her notice yesterday." → "Elle tendit son préavis hier.", "I'm going to hand in my notice." →
    # "Je vais me remettre dans mon préavis.", "He handed in his notice after ten years." → "Il tendit son préavis…"
    (rf"\bhand{_NOTICE}", "resign"), (rf"\bhanded{_NOTICE}", "resigned"), (rf"\bhanding{_NOTICE}", "resigning"),
    (rf"\bhands{_NOTICE}", "resigns"),
    # "He was made redundant last year." → "Il a été fait redondant…", "Two hundred workers were made redundant." →
    # "…ont été fabriqués redondants."; a person laid off, not a rule made useless ("made redundant by the new law")
    # a post, a machine or a clause made redundant is done away with, not laid off
    (rf"^(?!.*\b(?:posts?|positions?|roles?|jobs?|machines?|systems?|clauses?|sections?|rules?|laws?|equipment|"
     rf"functions?|offices?|services?|provisions?|technolog(?:y|ies)|tools?|skills?)\b)(.*?)"
     rf"\b({BE}|got|get|getting)\s+made\s+redundant\b(?!\s+by\b)", r"\1\2 laid off"),
    # "The manager was sacked last week." → "Le directeur a été sacré…", "The coach has been sacked." →
    # "L'entraîneur a été sacré.", "She got sacked from her job." → "Elle s'est sacrée…"
    (rf"{_NO_LOOTING}\b((?:was|were|been|be|being|got|get|gets|getting)\s+)sacked\b", r"\1\2fired"),
    # "Can I pay by card?" → "Puis-je payer en carte ?", "You can pay by card or in cash." → "…en carte ou en liquide."
    (r"\bpay\s+by\s+((?:credit\s+|debit\s+|bank\s+)?card)\b", r"pay with a \1"),
    # "I'm overdrawn again this month." → "Je ne suis plus envolé…", "I'm overdrawn." → "Je suis trop embarqué.",
    # "We're overdrawn again." → "Nous sommes à nouveau renversés."
    (rf"\b({BE})\s+overdrawn\b", r"\1 in the red"),
    # "HR said my contract will be renewed." → "Renouvez-vous mon contrat.", "I have a meeting with HR tomorrow." →
    # "…avec HR demain.", "hr said…" → "horreur a dit…"; not an hour ("2 hr", "an hr")
    # the word before it read too, so that the capital of "HR" is not kept ("with Human resources")
    # not a bill ("passed HR 3162") nor a heart rate ("heart rate… HR dropped")
    (r"^(?!.*\b(?:heart|pulse|bpm|beats?)\b)(.*?)\b((?!(?:\d+|an|per|one|half)\s)\w+\s+)(?-i:HR)\b"
     r"(?!\s+department)(?!\s*\d)", r"\1\2human resources"),
    # words37 (s34): "HR needs a copy of your contract." → "La HER a besoin…" (needs, approved… too)
    (r"^(?:(?-i:HR)|hr)(?=\s+(?:said|says|told|wants|sent|called|asked|emailed|will|is|has|"
     r"needs|needed|requires|required|approved|confirmed|contacted)\b)", "human resources"),
    # "I've been on hold for forty minutes." → "Ça fait quarante minutes.", "I was on hold for twenty minutes." →
    # "J'étais à la garde…", "We've been on hold for an hour." → "…à la disposition depuis une heure."
    # a person on the line ("I've been…", "we were…"), not a flight, a project or a game held up
    (rf"\b({WHO})((?:['’]ve|['’]d|\s+have|\s+has|\s+had)?\s+)(been|was|were)\s+on\s+hold\s+for\s+"
     r"((?:an?\s+|half\s+an\s+|\d+\s+|\w+\s+)?(?:minutes?|hours?|ages|hour))\b",
     r"\1\2\3 waiting for \4 on the phone"),
    # "The queue is very long." → "La reine est très longue.", "There's a long queue at the post office." → "…une
    # longue probabilité…", "Is this the queue for tickets?" → "…la reine pour les tickets ?"; not a computer's
    (r"^(?!.*\b(?:print|printers?|jobs?|servers?|messages?|tasks?|data|packets?|threads?|processes|CPU)\b)(.*?)"
     r"(?<!\bjump\s)(?<!\bjumped\s)(?<!\bjumping\s)\b(the|a|this|that|long|short|huge|endless)\s+queue\b",
     r"\1\2 waiting line"),   # not "jump the queue" (go first, said of banks in the Hansards)
    # "I need something for a sore throat." → "…pour une gorge.", "She has a sore throat and a fever." → "Elle a une
    # gorge et une fièvre."; "I have a sore throat." came out right ("J'ai mal à la gorge") and is left
    (r"(?<!\bI\shave\s)(?<!\bI['’]ve\sgot\s)(?<!\bI\shave\sgot\s)\ba\s+sore\s+throat\b", "a painful throat"),
    # "Keep out of reach of children." → "Restez à l'extérieur des enfants.", "Store out of reach of children." →
    # "Ne mourez pas d'enfants."; with its object ("Keep all medicines out of reach…") it came out right
    (r"^(keep|store)\s+out\s+of\s+(?:the\s+)?reach\s+of\s+(?:young\s+|small\s+)?children\b",
     r"\1 this away from children"),
    # "That costs an arm and a leg." → "Ça coûte un bras et une jambe." (word for word); "a fortune": "une fortune"
    # not one lost or broken ("He lost an arm and a leg in the war." had come out "Il a perdu une fortune…")
    (r"(?<!\blost\s)(?<!\blose\s)(?<!\bloses\s)(?<!\blosing\s)(?<!\bbroke\s)(?<!\bhurt\s)"
     r"\ban\s+arm\s+and\s+a\s+leg\b", "a fortune"),
    # demo probe s30: "Prices rose steeply last year." → "Les prix se rosent…", "Sales rose in March." → "Les ventes se
    # rosent…"; "increased greatly", "went down a lot" ("…ont grandement augmenté…", "…ont beaucoup diminué…"), the
    # past kept (read "increased a lot", "Prices rose sharply in the first quarter." had come out "Les prix augmentent
    # beaucoup…"); after an amount only (not the sun, nor "She rose from her chair."); "sharply" of anything but a
    # road or a person: figures.py
    (rf"\b{_AMOUNTS}\s+rose\s+(?:dramatically|steeply|significantly)\b", r"\1 increased greatly"),
    (rf"\b{_AMOUNTS}\s+(?:fell|dropped)\s+(?:dramatically|steeply|significantly)\b", r"\1 went down a lot"),
    (rf"\b{_AMOUNTS}\s+rose\b(?=\s*(?:[.,;!?]|$)|\s+(?:by|in|last|this|again|to|from|over|slightly)\b)",
     r"\1 increased"),   # "…rose by 5 percent", "…rose last year" ("Farm gate prices rose at the terminal." left)
    # left54 (s40; senses51): plural banknotes (mends/errands.py writes one "twenty-euro note" «un billet de vingt
    # euros»): "He paid me in twenty-euro notes." → «Il m'a payé vingt notes.», "I only have ten-pound notes." → «…des
    # notes à dix-huit heures.» ("notes of twenty euros" «des notes de…», "bills" «factures», "banknotes"
    # «faillites»); "tickets of twenty euros": «…des billets de dix livres.», «…trois billets de cinquante euros.»
    # (not inside "five-hundred-euro notes": read so it came out «cinq pieds d'un euros»)
    (r"(?<![\w-])\b(\d+|five|ten|twenty|fifty)[- ](pound|euro|dollar)\s+(?:notes|bills|banknotes)\b",
     r"tickets of \1 \2s"),
    (r"(?<![\w-])(?:a\s+|one[- ])?hundred[- ](pound|euro|dollar)\s+(?:notes|bills|banknotes)\b",
     r"tickets of a hundred \1s"),
)

# fix55 (s40, measure53): a fee charged to a person, as admin.py reads "charged me 200 euros" and leisure.py "charged
# us for": here an amount in words (admin.py reads digits), a fee, nothing; the one who pays said so; not a court's
# charge nor a battery
_FEE = (r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
        r"sixty|seventy|eighty|ninety|a\s+hundred)\b[^.!?;]{0,25}?\b(?:euros?|pounds?|dollars?|pence|"
        r"cents?|fees?|fines?|commission|penalty|surcharge|deposit)\b|(?:fees|commission|interest|nothing|"
        r"anything|extra\s+for)\b")
_NO_COURT = (r"(?!.*\b(?:police|court|crimes?|criminal|murder|theft|fraud|assault|arrested|offen[cs]es?|"
             r"prosecut\w*|accused|guilty|judge|trial|charged\s+with|sentenced)\b)")
PHRASES += (
    # "The bank charged me twenty euros for the transfer." came out «La banque m'a accusé vingt euros…», "She was
    # charged ten euros for a bag…" «Elle a été accusée dix euros…», "…why I was charged a fee for a transfer…"
    # «…pourquoi j'ai été accusé d'un transfert» (the fee lost); "made me pay", "had to pay": «La banque m'a fait payer
    # vingt euros…», «Elle a dû payer dix euros…», «…pourquoi j'ai dû payer un virement»
    *((rf"^{_NO_COURT}(.*?)\b{charge}\s+(me|us|him|her|them|you)\s+(?={_FEE})", rf"\1{make} \2 pay ")
      for charge, make in (("charged", "made"), ("charge", "make"), ("charges", "makes"), ("charging", "making"))),
    (rf"^{_NO_COURT}(.*?)\b(I|we|you|he|she|they)\s+(?:was|were|got)\s+charged\s+(?={_FEE})", r"\1\2 had to pay "),
    # without charging a person: "They will repair it without charging me." came out «…sans m'en juger.» (judging
    # me), "He changed the tyre without charging me." «…sans me juger»; "without making me pay": «…sans me faire
    # payer.»; closing the clause (not "without charging me extra": «sans me faire gagner davantage», read so)
    (r"\bwithout\s+charging\s+(me|us|him|her|them|you)(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|but|so|or|a\s+(?:penny|"
     r"cent|thing))\b)", r"without making \1 pay"),
)
