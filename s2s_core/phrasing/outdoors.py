"""Phrases of weather small talk, sport tickets and public transport the model had read as another meaning."""

from __future__ import annotations

from .common import AT_END

_IT_IS = r"\b(it['’]s|it\s+is|it\s+was|it['’]ll\s+be|it\s+will\s+be|it['’]s\s+been|it\s+has\s+been)"
# the weather said when or where ("outside", "today", "in here") or nothing after it; not "freezing rain"
_WEATHER_AFTER = (r"(?=\s+(?:outside|out|today|tonight|this|last|in\s+here|here|again|all|at|in\s+the|since|"
                  r"and|but|so|already|now)\b|\s*(?:[.,;:!?]|$))")
_EVENT = (r"(?:concert|show|match|game|final|festival|play|gig|performance|screening|tour|event|musical|opera|"
          r"ballet|premiere)")
_NUMBER = r"\s+(?:\d+[a-z]?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
# "it is freezing all accounts", "it is pouring its resources into…": a verb with its object, not the weather
_NO_OBJECT = (r"^(?!.*\b(?:accounts?|budgets?|wages?|salar(?:y|ies)|prices?|assets?|funds?|funding|hiring|payments?|"
              r"spending|fees?|rents?|producers?|resources|money|millions|billions|cash|investments?|efforts?|"
              r"concrete|wine|tea|coffee|milk|drinks?|beer|water)\b)(.*?)")
_TRAIN_LINE = (r"^(?=.*\b(?:trains?|TGV|Eurostar|railway|tram|trams)\b)(?!.*\b(?:party|parties|election|"
               r"campaign|policy|policies|government|political|Liberal|Reform|Conservative|NDP|candidate)\b)(.*?)")

PHRASES = (   # weather small talk, sport, public transport: (the phrase; its paraphrase), as in orders.py
    # "It's freezing today, wear a hat." → "C'est gelé aujourd'hui…", "It was freezing last night." → "C'était gelant
    # la nuit dernière.", "it's freezing in here" → "c'est gènant ici"; "very cold": "Il fait très froid"
    (rf"{_NO_OBJECT}{_IT_IS}\s+(so|really|pretty|quite)\s+freezing(?:\s+cold)?\b{_WEATHER_AFTER}", r"\1\2 \3 cold"),
    (rf"{_NO_OBJECT}{_IT_IS}\s+(?:absolutely\s+|bloody\s+)?freezing(?:\s+cold)?\b{_WEATHER_AFTER}",
     r"\1\2 very cold"),
    # "It's so muggy today." → "C'est tellement habile…", "It was very muggy last night." → "C'était très fou…",
    # "The weather is muggy." → "Le temps est mignon."
    (r"\bmuggy\b", "humid"),
    # "It's pouring outside." → "C'est en train de s'acquitter dehors.", "It was pouring all day." → "C'était en
    # train de verser…", "It's pouring with rain." → "Il verse de la pluie."; not "it's pouring out of the tap"
    (rf"{_NO_OBJECT}{_IT_IS}\s+(?:absolutely\s+|really\s+)?pouring(?:\s+down)?(?:\s+with\s+rain)?\b"
     r"(?=\s+(?:outside|today|tonight|again|all|this|since|here|now|and|but|so)\b|\s*(?:[.,;:!?]|$))",
     r"\1\2 raining heavily"),
    # "It's chilly today." → "C'est chillé…", "It's getting chilly in the evenings." → "Ça devient chillement…", "It
    # was a chilly morning." → "C'était un menton du matin.", "A bit chilly, isn't it?" → "Un peu bouchon…"
    # "chilly sauce", "chilly chicken": the spice (chilli), not the cold; nor a name ("Chilly Willy")
    # nor a welcome ("a chilly reception" read "a cold reception" came out "un rhume", a cold caught)
    (r"\bchilly\b(?!\s+(?-i:[A-Z]))(?!\s+(?:reception|welcome|response|reply|relations?|relationship|"
     r"atmosphere|look|stare|tone|greeting|silence)\b)"
     r"(?!\s+(?:sauce|powder|flakes|peppers?|chicken|paneer|fish|prawns?|garlic|oil|paste|con\s+carne)\b)", "cold"),
    (r"\bchillier\b", "colder"),
    # "The roads are icy." → "Les routes sont bonnes." (the very opposite), "…are icy this morning, be careful." →
    # "…sont icotes…", "Be careful, the steps are icy." → "…sont icyaux."; not a colour ("The road is icy blue.")
    # nor "icy cold", "icy with"
    (r"\b(roads?|streets?|steps|stairs|paths?|bridges?|pavements?|sidewalks?|pitch|track|trails?)\s+(is|are|was|were|"
     r"will\s+be|can\s+be|may\s+be|might\s+be)\s+(?:(?:very|really|so|quite|a\s+bit|still|often)\s+)?icy\b"
     r"(?![\s-]+(?:blue|cold|white|grey|gray|green)\b)(?!\s+with\b)", r"\1 \2 covered in ice"),
    # "It was very windy yesterday." → "C'était très vent hier.", "It was so windy that we stayed inside." →
    # "C'était tellement vent…", "It's too windy to go sailing." → "C'est trop vent…", "It was windy at the beach." →
    # "C'était vent à la plage."; "It's windy today." came out right ("Il y a du vent…") and is left
    (r"\bit(['’]s|\s+is|\s+was)\s+(?:very|really|quite|extremely)\s+windy\b", r"there\1 a lot of wind"),
    (r"\bit(['’]s|\s+is|\s+was)\s+so\s+windy\b", r"there\1 so much wind"),
    (r"\bit(['’]s|\s+is|\s+was)\s+too\s+windy\b", r"there\1 too much wind"),
    (r"\bit\s+was\s+windy\b", "there was wind"),
    # "The concert is sold out." → "Le concert est vendu.", "The show was sold out." → "Le spectacle a été vendu.",
    # "The tickets are sold out." → "Les tickets sont vendus."; said "There are no more tickets for…"
    *((rf"\b{det}\s+((?:\w+\s+)?{_EVENT})\s+(?:is|['’]s)\s+(?:already\s+|completely\s+|totally\s+)?sold\s+out"
       rf"{AT_END}", rf"there are no more tickets for {det} \1") for det in ("the", "tonight's")),
    *((rf"\b{det}\s+((?:\w+\s+)?{_EVENT})\s+was\s+(?:already\s+|completely\s+|totally\s+)?sold\s+out{AT_END}",
       rf"there were no more tickets for {det} \1") for det in ("the", "tonight's")),
    (rf"\b(?:the\s+|all\s+(?:the\s+)?)?tickets(\s+for\s+[^.,;!?]{{1,40}}?)?\s+are\s+(?:all\s+)?sold\s+out{AT_END}",
     r"there are no more tickets\1"),
    (rf"\b(?:the\s+|all\s+(?:the\s+)?)?tickets(\s+for\s+[^.,;!?]{{1,40}}?)?\s+were\s+(?:all\s+)?sold\s+out{AT_END}",
     r"there were no more tickets\1"),
    # "I take the underground to work." → "Je prends le métier…", "We took the underground to the museum." → "…le
    # sous-tron…", "Is there an underground station near here?" → "…une gare souterraine…"
    # the train itself, a word of a clause after it: not "in the underground economy" (had been read "…subway economy")
    # not the resistance ("The French resistance fought in the underground." → "…dans le métro")
    (r"^(?!.*\b(?:resistance|fought|fight|fighting|hid|hide|hiding|war|wartime|Nazis?|occupation|occupied|guerrillas?|"
     r"rebels?|partisans?|movement|press|economy|dissidents?)\b)(.*?)"
     r"\b(take|took|taking|takes|by|on|ride|use|used|in)\s+the\s+underground\b(?=\s*(?:[.,;:!?]|$)|\s+(?:to|at|from|"
     r"in|on|every|each|today|tonight|instead|because|and|but|or|when|with|home|back|into|station|again)\b)",
     r"\1\2 the subway"),
    (r"\ban\s+underground\s+station\b", "a subway station"), (r"\bunderground\s+station(s?)\b", r"subway station\1"),
    # "I take the metro to work." → "J'emmène le métro…", "The metro is packed in the morning." → "La citaque est
    # empachée…", "The metro closes at midnight." → "La cloche ferme…"; not "Metro Toronto" (a name)
    # not a name ("Metro-North") nor a city and its suburbs ("the metro area", "the metro section" of a paper)
    (r"\bthe\s+metro\b(?!\s+(?-i:[A-Z]))(?!-)(?!\s+(?:area|areas|region|regions|section|desk|page|edition|"
     r"population|district|county|council|government|mayor|police)\b)", "the subway"),
    (r"\bmetro\s+(stations?|lines?|stops?|tickets?|maps?)\b", r"subway \1"),
    # "Which platform does the train leave from?" → "À quel plage…", "The train to Lyon leaves from platform 4." →
    # "…du programme 4.", "The train is arriving at platform two." → "…à deux plate-formes."; in a train's line
    # which one, or one left from by its number: not "the gap between the train and the platform" (had been read "…and
    # the track")
    (rf"{_TRAIN_LINE}\b(which|what)\s+platform\b", r"\1\2 track"),
    (rf"{_TRAIN_LINE}\bat\s+platform(?={_NUMBER})", r"\1on track"),
    (rf"{_TRAIN_LINE}\b(from|on|to)\s+platform(?={_NUMBER})", r"\1\2 track"),    # not "walk around platform 9"
    # "My phone is switched off." → "Mon téléphone est envolé.", "Please switch off your phones." → "Veuillez reposer
    # vos téléphones.", "Did you switch off the oven?" → "Avez-vous repoussé le four ?"
    (r"\bswitch\s+off\b(?!\s+from\b)", "turn off"),   # not "switch off from work" (rest)
    (r"\bswitched\s+off\b", "turned off"),
    (r"\bswitching\s+off\b", "turning off"), (r"\bswitches\s+off\b", "turns off"),
    (r"\bswitch\s+(it|them|that|this|everything)\s+off\b", r"turn \1 off"),
    # "The match ended in a draw." → "Le match s'est terminé dans un dessin.", "It ended in a draw." → "Ça s'est terminé
    # dans un dessin."; "without a winner": "sans gagnant"
    (r"^(?!.*\b(?:lotter(?:y|ies)|raffles?|prizes?|tombola)\b)(.*?)"
     r"\b(end|ended|ends|ending)\s+in\s+a\s+(?:draw|tie)\b(?!-)(?!\s+(?:vote|break|breaker)\b)",
     r"\1\2 without a winner"),   # not a lottery's draw
    # "Where can I buy a monthly pass?" → "…un passe-t-il par mois ?", "I have a monthly pass." → "J'ai un
    # passe-temps.", "A monthly pass costs 75 euros." → "Un mensuel coûte…"
    (r"\b(monthly|weekly|annual|yearly)\s+pass\b(?!\s+(?:rates?|marks?|completion|percentage|level|holders?)\b)",
     r"\1 ticket"),   # not an exam's "annual pass rate"
    (r"\b(monthly|weekly|annual|yearly)\s+passes\b", r"\1 tickets"),
)
