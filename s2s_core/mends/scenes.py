"""Nouns the model wrote in another sense than the scene the English names means (measure49, s39): a wound, a fall,
a match, software, a flat to let, a machine; mended after the model where the English names the scene (mends.STEPS
runs ``mend`` after senses.py, vehicles.py and errands.py, last of the three that were mends/contexts.py; ``source``
is the English as read): "I need to change the dressing on your wound." → «…changer la robe…» → «…le pansement…».
``swap`` (a noun written as another, its determiner and adjective in the new gender) serves errands.py too.

A first visit's sentences (measure49) came out with a common word in its everyday sense where the sentence is about a
wound, a fall, a match, software or a flat to let: "I need to change the dressing on your wound." → «…changer la robe
sur ta blessure.» (a dress), "My mother is in hospital after a fall." → «…après un automne.» (autumn), "who scored
the winning goal" → «…l'objectif gagnant» (an aim), "Please restart the application…" → «…redémarrer la
candidature…» (a job application), "The test failed again on the staging server…" → «L'examen a échoué…» (a school
exam), "The tenant wants to paint the kitchen blue." → «Le locateur…» (the landlord), "…during training." → «…pendant
la formation.» (a course), "…the young striker will start…" → «…le jeune grève…» (a strike). No English reading tried
came out right for all ("bandage" lost the noun, "after falling" still came out «après l'automne», "practice"
«la pratique», "forward" «l'avance»), so the French noun is written in the sense the English context names, with
its determiner (and a common adjective before it) in the new noun's gender and elision: «la robe» → «le pansement»,
«un automne» → «une chute», «la formation» → «l'entraînement». Each was kept only where the model got it wrong in at
least three sentences written for it and no corpus sentence came out worse (screen_cmp, in the report fix49-s39).
So too an emergency number («nombre d'urgence» → «numéro d'urgence») and a machine that "has not worked" («n'a pas
travaillé» → «n'a pas fonctionné»), which came out right when short and wrong in longer sentences.
"""
from __future__ import annotations

import re

from .. import determiners
from ..participles import forms

_I = re.IGNORECASE

# a common adjective before the noun: (masculine, feminine, masculine before a vowel)
_ADJECTIVES = (("nouveau", "nouvelle", "nouvel"), ("meilleur", "meilleure", "meilleur"), ("grand", "grande", "grand"),
               ("petit", "petite", "petit"), ("bon", "bonne", "bon"), ("beau", "belle", "bel"),
               ("jeune", "jeune", "jeune"), ("premier", "première", "premier"), ("dernier", "dernière", "dernier"),
               ("mauvais", "mauvaise", "mauvais"), ("propre", "propre", "propre"))
_ADJECTIVE = {form: forms for forms in _ADJECTIVES for form in forms}
_DETERMINER = (r"(?:[Dd]e la |[Dd]e l['’]|[Àà] la |[Àà] l['’]|[LlDd]['’]|[Dd]e |"
               r"(?:[Ll]e|[Ll]a|[Uu]ne?|[Cc]e|[Cc]et|[Cc]ette|[MmTtSs]on|[MmTtSs]a|[Dd]u|[Aa]u) )")


def swap(text: str, old: str, new: tuple[str, str], feminine: bool) -> str:
    """``text`` with the noun ``old`` (a regex of its singular; "s" may follow) written as ``new`` (singular,
    plural), the determiner and a common adjective just before it put in ``new``'s gender and elision."""
    pattern = re.compile(rf"(?P<det>{_DETERMINER})?(?P<adj>(?:{'|'.join(_ADJECTIVE)}) )?(?<![\w-])(?:{old})"
                         r"(?P<s>s?)(?![\w-])")

    def written(m: re.Match) -> str:
        noun = new[1] if m.group("s") else new[0]
        adjective = ""
        if m.group("adj"):
            masculine, female, before_vowel = _ADJECTIVE[m.group("adj").strip()]
            adjective = (female if feminine else before_vowel if determiners.VOWEL.match(noun) else masculine) + " "
        det = m.group("det")
        if not det:
            return adjective + noun
        # before a plural noun «le»/«du»/«au» are «les»/«des»/«aux»; «un», «ce», «mon»… keep the model's number
        plural = bool(m.group("s")) if determiners.kind(det) in ("def", "of", "to") else None
        return determiners.written(det, adjective or noun, feminine, plural) + adjective + noun
    return agreed(pattern.sub(written, text), new[0], feminine)


# the noun a swap wrote, then "être" and an adjective the model agreed with its own noun: «Le lien Internet est lent»
# swapped is «La connexion Internet est lent»: «…lente» (participles.py ran before the swap)
_BE_ADJECTIVE = r"(?: (?:Internet|Wi-Fi))? (?:est|était|sera|reste|semble) (?:(?:très|trop|si|assez|vraiment) )?"


def agreed(text: str, noun: str, feminine: bool) -> str:
    """``text`` with an adjective after "être" and the singular ``noun`` in the noun's gender."""
    def said(m: re.Match) -> str:
        row = forms().get(m.group(2))
        return m.group(1) + (row[1] if feminine else row[0]) if row and m.group(2) in row[:2] else m.group()
    return re.sub(rf"(\b{noun}{_BE_ADJECTIVE})([a-zéèêàç]+)\b", said, text)


# (the English that names the context, what it must not say, the model's noun (its singular), the noun the context
# means (singular, plural), whether that one is feminine)
_NOT_SALAD = r"salad|gown|room|table|up|dressed|dress|dresses|wear\w*"
_SPORT = (r"scor\w*|match(?:es)?|team|teams|penalt\w*|goalkeeper|keeper|football\w*|rugby|hockey|coach|players?|"
          r"pitch|referee|league|season|stadium|squad|captain|club|striker|kick\w*|let\s+in|winning|equali[sz]\w*")
_SOFTWARE = (r"apps?|restart\w*|crash\w*|install\w*|uninstall\w*|updat\w*|download\w*|upload\w*|phone|computer|"
             r"laptop|screen|log\s+in|login|version|bugs?|software|click\w*|button|settings|server|code|commit\w*|"
             r"build|deploy\w*|developers?|staging|branch|release|script|program\w*|browser|website|page|passes\s+on")
# where "part" is a machine's (fix53): ordered, spare, repaired, or of a car, a bike, a machine
_MACHINE_PART = (r"\b(?:order|orders|ordered|ordering|spare|repair\w*|fix|fixed|mechanic|garage|engine|gearbox|cars?|"
                 r"bikes?|motorbikes?|machines?|dishwasher|boiler|fridge|cooker|printer|replace\w*)\b")
_MENDS = (
    # a wound's dressing: "I need to change the dressing on your wound." → «…changer la robe…», "The nurse changed the
    # dressing…" → «…a changé la robe…», "Keep the dressing dry…" → «Gardez la robe sèche…»; «le pansement»
    (rf"\bdressings?\b(?!\s+(?:{_NOT_SALAD})\b)",
     r"\b(?:wounds?|cuts?|nurse|doctor|hospital|burns?|bleed\w*|stitch\w*|injur\w*|graze|bandage|blister|surgery|"
     r"operation|scar|leg|arm|knee|foot|hand|(?:change|changed|changing|keep|remove|removed|put\s+on)\s+(?:the|"
     r"your|his|her|a|this)\s+(?:clean\s+|new\s+|fresh\s+)?dressing)\b",
     r"\b(?:salad|oil|vinegar|dress|dresses|gown|wear\w*|wore|dressing\s+(?:gown|room|table|up))\b", "robe",
     ("pansement", "pansements"), False),
    # a fall that hurts: "My mother is in hospital after a fall." → «…après un automne.», "She broke her wrist in a fall
    # last winter." → «…en automne l'hiver dernier.», "A fall on the ice…" → «Une tombée…»; «une chute»
    (r"\b(?:a|the|her|his|my|your|their|bad|nasty|serious)\s+(?:bad\s+|nasty\s+|serious\s+)?fall\b(?!\s+of\b)",
     r"\b(?:hospital|broke|broken|hurt|injur\w*|ice|icy|slipp\w*|wrist|hip|ankle|head|dangerous|doctor|walk|"
     r"stairs|elderly|recover\w*)\b",
     r"\b(?:autumn|season|leaves|(?:in\s+the|this|last|next|that)\s+fall)\b", "automne|tombée",
     ("chute", "chutes"), True),
    # a goal scored: "who scored the winning goal" → «Qui a marqué l'objectif gagnant», "Their second goal was a
    # penalty." → «Leur deuxième objectif…»; «le but» (senses.py mends "scored two goals" after the verb)
    (r"\bgoals?\b(?!\s+(?:is|was|are|were|will\s+be)\s+to\b|\s+of\b)", rf"\b(?:{_SPORT})\b",
     r"\b(?:aims?|objectives?|targets?|achiev\w*|reach\w*|set\s+(?:a|the|my|our|your)\s+goals?)\b",
     "objectif", ("but", "buts"), False),
    # a striker in a team: "Our striker scored twice…" → «Notre grève…», "He is the best striker in the team." → «…la
    # meilleure grève…»; «l'attaquant»
    (r"\bstrikers?\b", rf"\b(?:{_SPORT}|goals?)\b", r"\b(?:union|workers|strike|strikes|strikers?\s+(?:marched|"
     r"picket\w*|demand\w*))\b", "grève", ("attaquant", "attaquants"), False),
    # a sports training: "She hurt her ankle during training." → «…pendant la formation.», "The players missed
    # training on Tuesday." → «…la formation de mardi.»; «l'entraînement»
    (r"\btraining\b", rf"\b(?:{_SPORT}|gym|injur\w*|hurt|ankle|knee|fitness)\b",
     r"\b(?:course|courses|staff|employees?|teachers?|company|job|programme|manager)\b", "formation",
     ("entraînement", "entraînements"), False),
    # software: "Please restart the application…" → «…redémarrer la candidature…», "The application crashed…" → «La
    # candidature s'est écrasée…»; «l'application»
    (r"\bapplications?\b", rf"\b(?:{_SOFTWARE})\b",
     r"\b(?:jobs?|apply|applied|forms?|university|visa|candidates?|submit\w*|deadline|post|position|passport|"
     r"loan|mortgage|grant|planning|interview)\b", "candidature", ("application", "applications"), True),
    # "The test failed again on the staging server…" → «L'examen a échoué…», "The test passes on my computer." → «Les
    # examens passent…», "Run the tests before you commit." → «Réfléchissez les examens…»; «le test»
    (r"\btests?\b", rf"\b(?:{_SOFTWARE})\b",
     r"\b(?:school|exams?|students?|teachers?|class|blood|driving|pregnancy|doctor|hospital|eyes?|results?)\b",
     "examen", ("test", "tests"), False),
    # a tenant: "The tenant wants to paint the kitchen blue." → «Le locateur…» (the landlord), "Our tenant has lost the
    # key." → «Notre locateur…»; «le locataire» (not where the English speaks of a landlord too)
    (r"\btenants?\b", r".", r"\b(?:landlords?|landlady|landladies|lessors?|owners?)\b", "locateur|locatrice",
     ("locataire", "locataires"), False),
    # a view of a place (fix50, measure50): "…it has a lovely view of the river and the rent is reasonable." → «…une
    # opinion adorable sur la rivière…», "…it has a lovely view of the harbour." → «…une opinion adorable sur le
    # port.», "…there is a lovely view of the old town." → «…une vision adorable de la vieille ville.»; «une vue»
    # (a place seen, not one's views on a thing: «opinion» is right there)
    (r"\bviews?\s+(?:of|over|across)\s+(?:the|our|a|this|that)\b",
     r"\b(?:river|sea|lake|park|mountains?|hills?|valley|city|town|garden|harbou?r|port|bay|beach|ocean|square|"
     r"cathedral|castle|tower|countryside|fields?|forest|skyline|canal|bridge|coast)\b",
     r"\b(?:point\s+of\s+view|in\s+view\s+of|opinions?|views?\s+(?:on|about)|(?:his|her|their|my|your|our|political|"
     r"different)\s+views?)\b", "opinion|vision", ("vue", "vues"), True),
    # a machine's part (fix53, measure52): "…I have to order the parts from Germany." → «…ordonner les parties de
    # l'Allemagne.», "We ordered the parts from a shop in Italy." → «…les parties d'un magasin…», "The garage will
    # order the part tomorrow." → «…la partie demain.», "…a part for my car…" → «une partie pour ma voiture»; «la
    # pièce» (no English reading tried gave it every time: "pieces" came out «morceaux» twice, fix52). Not a part
    # of a whole ("Part of the house…") nor a part played
    (r"\bparts?\b", _MACHINE_PART,
     r"\b(?:parts?\s+of|play|plays|played|playing|role|film|films|theatre|story|take\s+part|took\s+part|"
     r"taking\s+part|in\s+part|body|hair|cast|actors?|actress\w*)\b", "partie", ("pièce", "pièces"), True),
    # a connection to the internet (vocab58, s41): "The internet connection is slow today." → «Le lien Internet…»,
    # "Is there an internet connection in the hotel?" → «…un lien Internet…», "The wifi connection is bad here." →
    # «Le lien Wi-Fi…»; «la connexion» (read "internet access" instead, «L'accès…», "a better broadband connection",
    # right as typed, «une meilleure connexion Internet», lost its broadband: «un meilleur accès»)
    (r"\b(?:internet|wi-?fi|broadband|network|data)\s+connections?\b", r".", r"(?!)", "lien",
     ("connexion", "connexions"), True),
    # leftsenses60 (s41; senses59's leftover: "chocolate bar" came out «bar», "tablet of chocolate" «table»): a bar
    # of chocolate, "I ate a bar of chocolate." → «J'ai mangé un bar de chocolat.» (a pub), "Can I buy a bar of
    # chocolate?" «…un bar de chocolat ?», "I bought two bars of chocolate…" «…deux bars de chocolat…», "She gave me
    # a chocolate bar." «…un barreau au chocolat.» (a rung); «une barre de chocolat» (not beside a pub's drinks)
    (r"\b(?:bars?\s+of\s+(?:milk\s+|dark\s+|white\s+)?chocolate|chocolate\s+bars?)\b", r".",
     r"\b(?:pubs?|beers?|drinks?|drank|cocktails?|barman|bartenders?|barmaid|(?:at|in|to)\s+the\s+bar)\b",
     "bar|barreau", ("barre", "barres"), True),
    # a plaster cast on a broken limb (senses59's leftover: "plaster cast" came out «château», "plaster"
    # «pansement»): "He has a cast on his broken arm." → «Il a un château sur son bras cassé.», "She will have a cast
    # for six weeks." «…un château…», "The doctor took off my cast yesterday." «…mon château hier.» (a castle, 3 of
    # 3); «un plâtre» (not a film's cast, a castle, nor a vote or a line cast)
    (r"\bcasts?\b(?!\s+(?:of|list|members?|iron|a|an|the|his|her|their|my|your|our|its|doubt|light)\b)",
     r"\b(?:arms?|legs?|wrists?|ankles?|foot|feet|broke|broken|fractur\w*|doctor|hospital|plaster|bones?|knees?|"
     r"hands?|weeks|crutches|itch\w*|off)\b",
     r"\b(?:castles?|actors?|actress\w*|films?|movies?|plays?|theatre|shows?|series|votes?|ballots?|spells?|"
     r"fishing|shadows?|stars?|director)\b", "château", ("plâtre", "plâtres"), False),
    # dates to eat (senses59's leftover): "I like dates with my coffee." → «J'aime les dates avec mon café.», "She
    # bought a box of dates at the market." «…une boîte de dates…», "We ate dates and figs." «…des dates et des
    # figues.», "I put some dates in the cake." «…des dates dans le gâteau.» (a day's date; no English word for the
    # fruit but "dates"); «dattes», only beside food and no calendar, outing or day
    (r"\bdates\b(?!\s+(?:of|for|from|to|back|when)\b)",
     r"\b(?:eat|eats|ate|eating|figs?|nuts|almonds|raisins|coffee|tea|cakes?|dried|sweet|box\s+of|kilos?|grams|"
     r"market|fruits?|snacks?|recipes?|desserts?|chopped|stuffed|palm)\b",
     r"\b(?:exams?|meetings?|deadlines?|calendars?|diary|holidays?|birthdays?|appointments?|available|possible|trip|"
     r"flights?|concerts?|important|histor\w*|choose|chose|chosen|set|fixed?|dating|went\s+on|go\s+on|romantic|"
     r"first|girlfriends?|boyfriends?|days?|weeks?|months?|years?|times|booked|book|travel|save)\b",
     "date", ("datte", "dattes"), True),
    # a TV show (senses59's leftover: "TV programme" came out «programme télé», "series" «série», not added): "I
    # watched a great TV show last night." → «…un excellent spectacle la télévision…», "We watched a cooking show on
    # TV." «…un spectacle de cuisine…», "The show on channel two is boring." «Le spectacle sur deux…» (a stage show);
    # «programme» (masculine as «spectacle», so an adjective before it keeps its form), only beside TV or a channel
    (r"\bshows?\b", r"\b(?:TV|television|telly|channels?|episodes?|Netflix|series|sitcoms?|on\s+air)\b",
     r"\b(?:theatre|theater|stage|concerts?|fashion|art|musical|tickets?|Broadway|magic|circus|live|light|"
     r"(?:air|dog|car|horse|boat|flower|trade)\s+shows?|"
     r"shows?\s+(?:me|you|us|him|her|them|that|the|how|what|up|off))\b",
     "spectacle", ("programme", "programmes"), False),
)
_COMPILED = tuple((re.compile(said, _I), re.compile(context, _I), re.compile(unsaid, _I), old, new, feminine)
                  for said, context, unsaid, old, new, feminine in _MENDS)
_IN_AUTUMN = re.compile(r"\b([Ee])n automne\b")
_OF_INTERNET = re.compile(r"\b(connexions?) d['’](?=Internet\b)")        # «Ma connexion d'Internet» → «…Internet»

# an emergency number to call (measure49): "…call your doctor or the emergency number." → «…le nombre d'urgence.»,
# "The emergency number is written on a card…" → «Le nombre d'urgence…» (a quantity); «le numéro d'urgence»
_EMERGENCY_EN = re.compile(r"\bemergency\s+numbers?\b", _I)
_EMERGENCY_FR = re.compile(r"\b([Nn])ombre(s?) d(['’])urgence\b")
# a machine that "has not worked" (measure49): "The heating in the living room has not worked since Monday, …" →
# «…n'a pas travaillé…» (laboured), "The lift in our building has not worked for two weeks, …" → «…n'a pas
# travaillé…»; «n'a pas fonctionné» (a person who has not worked is left: the English names a machine before)
_MACHINE_EN = re.compile(r"\b(?:heating|heater|boiler|lift|elevator|radiators?|printer|washing\s+machine|dishwasher|"
                         r"fridge|freezer|oven|cooker|shower|engine|internet|wi-?fi|computer|camera|lights?|"
                         r"television|TV|doorbell|alarm|toilet|air\s+conditioning)\b(?:\s+[\w'’]+){0,5}?\s+"
                         r"(?:has|have|had)(?:\s+not|n['’]t)\s+worked\b", _I)
_WORKED_FR = re.compile(r"\b(n['’](?:a|ont|avait|avaient) (?:pas|jamais|plus)) travaillé\b")


# a period (senses59's leftover: "periods" came out «mes périodes»): "I have my period." → «J'ai ma période.», "She
# has her period today." «Elle a sa période…», "I got my period this morning." «J'ai eu ma période…» (a span of
# time); «mes règles», only where one has, gets or is on it (not "my period in office", "a trial period")
_PERIOD_EN = re.compile(r"\b(?:ha(?:ve|s|d|ving)|got|get|gets|getting|on|started|start|late|missed)\s+"
                        r"(?:my|her|your|their)\s+periods?\b(?!\s+(?:of|in|at|as|with)\b)", _I)
_PERIOD_FR = re.compile(r"\b(?:([MmTtSs])a|([Vv])otre|([Ll])eur) période\b")


def _period(text: str, source: str) -> str:
    """«J'ai ma période» → «J'ai mes règles» where the source has "my/her period" one has or gets."""
    if not _PERIOD_EN.search(source):
        return text
    return _PERIOD_FR.sub(lambda m: (f"{m.group(1)}es" if m.group(1) else f"{m.group(2)}os" if m.group(2)
                                     else f"{m.group(3)}eurs") + " règles", text)


def mend(text: str, source: str) -> str:
    """``text`` (a French translation of ``source``) with the nouns above written in the sense ``source``'s context
    names: "Je dois changer la robe sur ta blessure." → "Je dois changer le pansement sur ta blessure." ("…the
    dressing on your wound.")."""
    if not source:
        return text
    for said, context, unsaid, old, new, feminine in _COMPILED:
        if said.search(source) and context.search(source) and not unsaid.search(source):
            if new[0] == "chute":             # "in a fall" came out «en automne»: «lors d'une chute»
                text = _IN_AUTUMN.sub(lambda m: f"{'L' if m.group(1) == 'E' else 'l'}ors d'une chute", text)
            text = swap(text, old, new, feminine)
            text = _OF_INTERNET.sub(r"\1 ", text) if new[0] == "connexion" else text
    text = _period(text, source)
    if _EMERGENCY_EN.search(source):
        text = _EMERGENCY_FR.sub(lambda m: f"{'N' if m.group(1) == 'N' else 'n'}uméro{m.group(2)} d{m.group(3)}urgence",
                                 text)
    return _WORKED_FR.sub(r"\1 fonctionné", text) if _MACHINE_EN.search(source) else text
