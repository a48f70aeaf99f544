"""Phrases of cars, hotels, restaurants, emergencies, meetings, computers and heights the model had misread."""

from __future__ import annotations

from .common import AT_END, BE, POSSESSIVE, TIME_OR_PLACE, WHO

_SUBJECT = rf"\b({WHO})"
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
PHRASES = (   # cars, hotels, restaurants, emergencies, meetings and pitches (as in orders.py)
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
    (rf"\b({POSSESSIVE})\s+((?:\w+\s+)?\w+)\s+is\s+missing\b(?=\s*(?:[.,;!?]|$|since\b|from\b))",
     r"\1 \2 has disappeared"),
    (rf"\b({POSSESSIVE})\s+((?:\w+\s+)?\w+)\s+are\s+missing\b(?=\s*(?:[.,;!?]|$|since\b|from\b))",
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
    (rf"\b({BE}|get|gets|got|getting|become|becomes|became)((?:\s+(?:much|a\s+lot|far|even|a\s+bit|a\s+little|"
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
    (rf"\b({BE})\s+turning\s+(?={_COLOUR})", r"\1 becoming "),
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
     rf"(?!\s*(?:[.!?,]|$)){TIME_OR_PLACE}", r"\1 \2 come"),
)
_ON_A_DAY = r"(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)"
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_ON_A_DATE = rf"(?=(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b)"
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
    # measure39 (s36): to a date, "The meeting has been moved to March 3rd at 2:30 pm." → "…a été déménagée au 3
    # mars…", "Our dinner has been moved to June 12." → "…déménagé au 12 juin.", "The appointment was moved to the 5th
    # of May." → "…a été ému au 5 mai."; «La réunion est maintenant le 3 mars…», «Notre dîner est maintenant le 12
    # juin», «Notre rendez-vous est maintenant le 12 mars»
    (rf"{_MOVED}{_ON_A_DATE}", r"\1 \2\3 is now on "),
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
    (rf"\b(I)(?:\s+am|['’]m)\s+{_HEIGHT}\s+tall{AT_END}", r"\1 measure \2"),
    (rf"\b(he|she)(?:\s+is|['’]s)\s+{_HEIGHT}\s+tall{AT_END}", r"\1 measures \2"),
    (rf"\b(you|we|they)(?:\s+are|['’]re)\s+{_HEIGHT}\s+tall{AT_END}", r"\1 measure \2"),
    # demo probe s30: "Are we still on for tonight?" → "Sommes-nous encore pour ce soir ?", "Are we still on for
    # Friday?" → "Sommes-nous encore le vendredi ?"; said "Is it still planned for" ("Est-ce toujours prévu pour
    # vendredi ?")
    (r"\bare\s+we\s+still\s+on\s+for\b", "is it still planned for"),
    # long32 (s32): "it" moved to a day, the event named before ("…, but yesterday she said it was moved to
    # Wednesday." → "…qu'elle avait été déménagée à mercredi", "…but it was moved to Sunday." → "…c'était ému à
    # dimanche", "…it has been moved to Thursday…" → "…cela a été déménagé jeudi…"; "now on": "…c'était maintenant
    # dimanche", "c'est maintenant jeudi" (3 of 3)
    (rf"\bit\s+(is|was)\s+moved\s+to\s+{_ON_A_DAY}", r"it \1 now on "),
    (rf"\bit\s+has\s+been\s+moved\s+to\s+{_ON_A_DAY}", "it is now on "),
)
