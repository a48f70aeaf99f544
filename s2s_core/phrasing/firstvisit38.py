"""A first visitor's everyday words and turns (anytime, the right way to a place, this time of year, in the meantime,
"it's driving me crazy", heavy snow, a request after "so", a snowman given a hat) that the model read in another sense.

An untargeted probe of 100 sentences a first visitor types (measure38, session 35) found them: "call me anytime." came
out "appelez-moi quand même." (all the same), "is this the right way to the train station?" "…la bonne façon pour la
gare ?" (a manner), "at this time of year" "à cette heure de l'année", "…drink plenty of water in the meantime." "…au
sens."; each is read as a paraphrase the model translates right ("at any time": «à tout moment», "the right direction
for": «la bonne direction pour la gare», "at this season": «à cette saison», "while waiting": «en attendant»). Each
was kept only where its paraphrase came out right in at least three varied sentences and no sentence came out worse.
"""

from __future__ import annotations

from .common import POSSESSIVE

_ORDINAL = r"(?:first|second|third|fourth|next)"
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # "…call me anytime." → "…appelez-moi quand même.", "You can call me anytime." → "Tu peux m'appeler quand même.";
    # "at any time": «à tout moment» (4 of 4); not "anytime soon" (a negation's "soon"); a lone "Anytime!" is
    # feelings.py's ("with pleasure")
    (r"\banytime\b(?!\s+soon\b)", "at any time"),
    # "Excuse me, is this the right way to the train station?" → "…est-ce la bonne façon pour la gare ?" (a manner);
    # "the right direction for": «la bonne direction pour la gare/la plage/l'aéroport/le centre-ville» (a place
    # after "the", not "the right way to do it"; "going the right way" is directions.py's)
    (r"\bthe\s+right\s+way\s+to\s+(?=the\s+\w)", "the right direction for "),
    # "What's the weather like in Paris at this time of year?" → "…à cette heure de l'année ?", "Is it cold in
    # Scotland at this time of year?" → "…à cette heure de l'année ?"; "at this season": «à cette saison»
    (r"\bat\s+this\s+time\s+of\s+(?:the\s+)?year\b", "at this season"),
    # "…and drink plenty of water in the meantime." → "…d'eau au sens.", "…so in the meantime we can have a coffee."
    # lost; "while waiting": «en attendant» (a clause's end only: "so while waiting we can…" came out «tandis que»)
    (r"\bin\s+the\s+meantime(?=\s*(?:[.!?]|$))", "while waiting"),
    # "…until two in the morning and it's driving me crazy." → "…et c'est dingue.", "My neighbour's dog barks all
    # night and it's driving me crazy." → "…et c'est dingue."; "it drives me mad": «ça me rend fou» ("The noise is
    # driving me crazy." came out right: «Le bruit me rend fou»)
    (r"\b(it|this|that)(?:['’]s|\s+is)\s+driving\s+me\s+(?:crazy|mad|nuts|insane)\b", r"\1 drives me mad"),
    # "Heavy snow has closed several roads…" → "Sa neige a fermé…", "Heavy snow is causing problems on the roads." →
    # "Sa neige cause…", "Heavy snow blocked the road…" → "Il neige bloqua…"; "a lot of snow": «Beaucoup de neige a
    # fermé…» (as weather.py reads heavy rain: not "the heavy snow", nor snow falling: "A lot of snow fell…" came
    # out «…tombèrent», nor a forecast "Heavy snow is expected", read_forecasts's)
    (r"(?<!\ba\s)(?<!\bthe\s)(?<!\bthis\s)(?<!\bthrough\s)(?<!\bbe\s)\bheavy\s+snow\b(?!fall|s)(?!\s+(?:is|are|was|"
     r"were)\s+expected\b)(?!\s+(?:(?:is|was|has|had|kept)\s+)?(?:fell|falls?|falling|fallen)\b)", "a lot of snow"),
    # "…and coming back on the 14th, so could you feed the cat while we're away?" → "…pour pouvoir nourrir le chat…"
    # (the request read as a purpose); a sentence of its own, "So could you…?": «Alors pourriez-vous nourrir le
    # chat… ?», «Alors pourriez-vous arroser les plantes ?», «…me conduire…» (a question only)
    (r",\s+so\s+(could|can|would)\s+you\b(?=[^.!?]*\?)", r". So \1 you"),
    # "The lift is out of order, please use the stairs." → "L'ascenseur est en panne, s'il vous plaît." (the request
    # lost); a sentence of its own: «…en panne. Veuillez utiliser les escaliers.», «Le parking est plein. Veuillez
    # utiliser celui-ci…» (after a thing out of use only: not "If it rains, please use…")
    (r"\b((?:is|are)\s+(?:out\s+of\s+order|closed|full|broken|not\s+working)),\s+please\s+(?=use\b)",
     r"\1. Please "),
    # "Call me when you arrive so I know you're safe." → "…, je sais que vous êtes en sécurité." (a purpose read as a
    # statement; "so that I know" the same); "to let me know that": «…pour me faire savoir que tu es en sécurité»
    (r"\bso\s+(?:that\s+)?I\s+know\s+(?:that\s+)?(?=(?:you|you['’]re|he|he['’]s|she|she['’]s|they|they['’]re|"
     r"everything)\b)", "to let me know that "),
    # "Go straight ahead and turn left at the second traffic lights." → "…tourne vers la deuxième feuille."; one
    # light: «…au deuxième feu», «…au prochain feu», «…au troisième feu» (directions.py reads "at the lights" so)
    (rf"\b(turn\s+(?:to\s+the\s+)?(?:left|right)\s+at\s+the\s+{_ORDINAL})\s+(?:set\s+of\s+)?(?:traffic\s+)?lights\b",
     r"\1 traffic light"),
    # "She has been learning to play the guitar for three years." → "Elle a appris à jouer de la guitare depuis…"
    # (over); "learning the guitar": «Elle apprend la guitare depuis trois ans», «J'apprends le piano depuis deux
    # ans», «Il apprend le violon depuis mars» (an instrument learnt for or since a time)
    (r"\b(been\s+learning)\s+to\s+play\s+(?=the\s+[\w-]+\s+(?:for|since)\b)", r"\1 "),
    # "The children built a snowman… and gave it my old hat." → "…et l'ont donné à mon vieux chapeau." (the hat given
    # a snowman turned round); "gave him": «…et lui donna mon vieux chapeau», «…lui donna une écharpe» (a snowman's)
    (r"^(?=.*\bsnowm[ae]n\b)(.*?)\bgave\s+it\b(?=\s+(?:a|an|the|some|my|your|his|her|our|their)\b)", r"\1gave him"),
    # "…i feel a bit lonely since my best friend moved abroad…" → "…puisque mon meilleur ami a déménagé…" (a cause),
    # "…ever since my best friend moved abroad" → "…depuis mon meilleur ami déménager…"; "went to live abroad":
    # «…depuis que mon meilleur ami est allé vivre à l'étranger», «…depuis que son fils est allé vivre…»
    # "…the old one is falling apart and…" → "…l'ancien appart et…", "…tombe à l'écart."; "falling to pieces":
    # «Cette vieille chaise tombe en morceaux», «Notre maison tombe en morceaux», «…l'ancien est tombé en morceaux»
    (r"\bfalling\s+apart\b", "falling to pieces"),
    (rf"\b(since\s+(?:{POSSESSIVE})\s+(?:[\w-]+\s+){{0,2}}?)moved\s+abroad\b", r"\1went to live abroad"),
    # "…if the fever doesn't go down by tomorrow…" → "…ne diminue pas de demain…", "If the pain doesn't stop by
    # tomorrow…" → "…pour demain…"; "before": «…ne diminue pas avant demain», «…ne s'arrête pas avant demain»,
    # «…n'arrive pas avant vendredi» (a deadline a thing fails to meet: after "doesn't/isn't", before a day)
    (r"\b((?:doesn['’]t|does\s+not|don['’]t|do\s+not|isn['’]t|is\s+not)\s+(?:[\w-]+\s+){1,3}?)by\s+(?=(?:tomorrow|"
     r"tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|next\s+week)\b)", r"\1before "),
    # "The password must contain at least eight characters and one number." → "…et un numéro." (a phone's); "one
    # figure": «…et un chiffre», «…d'une lettre de capital et d'un chiffre», «…huit symboles et un chiffre» (a
    # password's; its characters are glossary_errands.py's)
    (r"^(?=.*\bpasswords?\b)(.*?)\b(one|a|at\s+least\s+one)\s+(?:number|digit)\b", r"\1\2 figure"),
    # "Our kids start school again on Monday…" → "Nos enfants commencent à l'école lundi…" (again lost); "go back to
    # school": «Nos enfants retournent à l'école lundi…», «Mon fils est retourné à l'école…», «Elle retourne…»
    *((rf"\b{typed}\s+school\s+again\b", f"{said} back to school")
      for typed, said in (("start", "go"), ("starts", "goes"), ("started", "went"), ("starting", "going"))),
    # "…please, preferably one with a view of the sea." → "…s'il vous plaît, une vue sur la mer." (the wish lost),
    # "…a table for two, preferably one with a view…" → "…préférablement un avec le jardin."; "if possible with":
    # «…si possible avec une vue sur la mer», «…si possible avec l'air conditionné»
    (r"\bpreferably\s+one\s+with\b", "if possible with"),
    # "…when the beaches are empty and the air smells of salt." → "…et les odeurs de sel." (the air lost); "has a smell
    # of": «…et l'air a une odeur de sel», «La cuisine a une odeur d'ail», «Sa veste a une odeur de cigarettes» (a
    # thing's smell, after "the" or a possessive)
    (rf"\b((?:the|{POSSESSIVE})\s+(?:[\w-]+\s+)?[\w-]+)\s+smells\s+of\b", r"\1 has a smell of"),
    # a thing broken or out of something "again", which a long line lost: "The washing machine is broken again and…"
    # → "…est rompue et…", "The lift is broken again, so…" → "L'ascenseur est rompu…", "The printer… is out of paper
    # again." → "…n'a plus de papier.", "We are out of milk again." → "Nous n'avons plus de lait."; "once again", "has
    # run out of… again": «…est encore une fois brisée…», «…cassé encore une fois…», «Nous sommes encore à court de
    # lait», «Le bureau est encore à court de café», «…est encore à court de papier»
    (r"\b(is|are|was|were)\s+broken\s+again\b", r"\1 broken once again"),
    # (demo.py reads "is out of paper", "are out of milk" "has/have no more…" before; "The shop is out of flour
    # again." read "…has run out of flour again." came out «…à bord de la farine»: the others left as typed)
    (r"\b(has|have)\s+no\s+more\s+(?=[\w-]+\s+again\b)", r"\1 run out of "),
)
