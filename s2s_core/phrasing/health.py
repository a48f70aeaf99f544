"""Phrases of health and feelings (doctor, dentist and pharmacy, symptoms, hospital, sleep, fitness, moods and
comfort) the model had read as another meaning."""

from __future__ import annotations

from .common import BE

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
               r"(?:minutes?|hours?|ages))\b")
# a person's mood, not a room's ceiling, a tank or prices ("The ceiling feels low.")
_NO_THING = (r"^(?!.*\b(?:ceilings?|roofs?|water|levels?|prices?|batter(?:y|ies)|pressure|tanks?|temperatures?|"
             r"rates?|sales|voices?|volume|numbers?|supplies|stocks?)\b)(.*?)")
# not problems or questions thrown up ("…the questions it may throw up.", "This threw up all sorts of issues.")
_NO_ISSUE = (r"^(?!.*\b(?:questions?|problems?|issues?|concerns?|challenges?|results?|figures?|data|reports?|study|"
             r"barriers?|walls?|hands|arms|sorts|kinds|manner|anomal(?:y|ies)|surprises?)\b)(.*?)")
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
    (r"\b(get|gets|got|getting)\s+fit\b(?!\s+(?:in|into|on|onto|through|under|inside|together|the|a|an|it|them)\b)",
     r"\1 in shape"),
    # "I think I'm running a temperature." → "…je suis en train de courir une température.", "He's running a high
    # temperature." → "Il court de température.", "…you start running a high temperature…" → "…à courir de haute
    # température…"; said "have a (high) fever" ("Je pense avoir de la fièvre.", "Il a beaucoup de fièvre.")
    (r"\b(I)(?:['’]m|\s+am)\s+running\s+an?\s+(high\s+|slight\s+)?temperature\b", r"\1 have a \2fever"),
    (r"\b(you|we|they)(?:['’]re|\s+are)\s+running\s+an?\s+(high\s+|slight\s+)?temperature\b", r"\1 have a \2fever"),
    (r"\b(he|she)(?:['’]s|\s+is)\s+running\s+an?\s+(high\s+|slight\s+)?temperature\b", r"\1 has a \2fever"),
    (r"\b(start|starts|started)\s+running\s+an?\s+(high\s+|slight\s+)?temperature\b", r"\1 to have a \2fever"),
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
    (r"\b(in|to|at|into|from)\s+(?:the\s+)?(?-i:A\s*&\s*E|A\s+and\s+E)\b(?![\w&])", r"\1 the emergency room"),
    # "I need to pick up my prescription from the chemist…" → "…du chimie…", "Is there a chemist near here?" →
    # "Y a-t-il un chimie près d'ici ?", "…at the chemist's." → "…à la touxe."; the shop (a "pharmacy"), not a
    # scientist: with "'s", or after "to", "at", "from" or "a … near", "open"
    (r"\bthe\s+chemist['’]s\b", "the pharmacy"),
    (r"^(?!.*\b(?:lab|laborator(?:y|ies)|analys[ie]s|samples?|tests?\s+results?)\b)(.*?)\b(to|at|from|into)\s+the\s+"
     r"chemist\b(?![\w'’-])", r"\1\2 the pharmacy"),   # not a sample sent to the chemist at a lab
    (r"\ba\s+chemist(?=\s+(?:near|nearby|around\s+here|open|that['’]s\s+open|close\s+by)\b)", "a pharmacy"),
    # "Drink plenty of fluids." → "Bois plein de griides.", "…drink plenty of fluids until the fever goes down." →
    # "…beaucoup de gluids…"; said "a lot of water" ("Buvez beaucoup d'eau.")
    (r"\b(drink|drinks|drinking|drank)\s+(?:plenty\s+of|lots\s+of|a\s+lot\s+of)\s+(?:fluids|liquids)\b",
     r"\1 a lot of water"),
    # "I need to get my eyes tested." → "…me fasse témoigner les yeux.", "…have your eyes checked…" → "…contrôler
    # mes yeux."; said "have … eyes examined" ("Je dois faire examiner mes yeux.")
    (r"\b(?:get|have)\s+(my|your|his|her|our|their)\s+eyes\s+(?:tested|checked)\b", r"have \1 eyes examined"),
    (r"\b(?:got|had)\s+(my|your|his|her|our|their)\s+eyes\s+(?:tested|checked)\b", r"had \1 eyes examined"),
    # "I'm over the moon about the baby!" → "Je suis sur la lune…", "She was over the moon when…" → "…au-dessus de
    # la Lune…"; said "very happy" ("Elle était très heureuse…"), after a form of "be" or "feel"
    (rf"\b({BE}|feel|feels|felt|feeling)(\s+(?:absolutely|just|really|totally|so))?\s+over\s+the\s+moon\b",
     r"\1 very happy"),
    # "Cheer up, it's not the end of the world." → "Vérifiez, ce n'est pas la fin du monde."; said "Don't be sad"
    # ("Ne sois pas triste, …"); the line's opening call only, not "cheer up the room"
    (r"^(?:oh\s+)?cheer\s+up(?=\s*(?:[,.!;]|$))", "Don't be sad"),
    # "I've been put on hold for twenty minutes." → "On m'a mis la garde…", "I was put on hold for half an hour."
    # → "J'ai été mis en garde…"; said "waiting … on the phone" ("J'ai attendu vingt minutes au téléphone."); a
    # caller, not a project put on hold
    (rf"\b(I|we|you|they)(['’]ve|\s+have)\s+been\s+put\s+on\s+hold\s+{_FOR_A_TIME}",
     r"\1\2 been waiting for \3 on the phone"),
    (rf"\b(I|we|you|they|he|she)\s+(?:was|were|got)\s+put\s+on\s+hold\s+{_FOR_A_TIME}",
     r"\1 waited for \2 on the phone"),
    # "He was taken to hospital last night." → "Il a été pris à l'hôpital…" (caught), "She was taken to hospital after
    # the accident." → "Elle a été prise…"; said "transported" ("Il a été transporté à l'hôpital…")
    (r"\b(was|were|been|be|being|got|get|gets)\s+taken\s+(?=to\s+(?:the\s+|a\s+)?hospital\b)", r"\1 transported "),
    # "The doctor told me to stop smoking, cut down on salt…" → "…couper le sel…", "You should cut down on sugar." →
    # "…réduire le sucre…"; said "eat less", "drink less" ("…manger moins de sel…", "…boire moins de café")
    *((rf"\bcut(?:ting)?\s+down\s+on\s+(?=(?:{food})\b)(?!fat\s+cats\b)", verb) for food, verb in (
        (r"salt|sugar|sweets|fat|meat|bread|chocolate|carbs|snacks|junk\s+food|red\s+meat|cheese|cakes?|biscuits",
         "eat less "), (r"coffee|alcohol|beer|wine|tea|fizzy\s+drinks|soft\s+drinks|caffeine", "drink less "))),
    # "He was discharged from hospital yesterday." → "Il a été déchargé de l'hôpital…"; said "left" ("Il a quitté
    # l'hôpital hier.")
    (r"\b(?:was|were|got)\s+discharged\s+from\s+(?=(?:the\s+)?hospital\b)", "left "),
    (r"\b(will|['’]ll|can|could|should|might|to)(\s+be)?\s+discharged\s+from\s+(?=(?:the\s+)?hospital\b)",
     r"\1 leave "),
    (r"\b(will|can|could|should|when)\s+(I|you|he|she|we|they)\s+be\s+discharged\s+from\s+(?=(?:the\s+)?hospital\b)",
     r"\1 \2 leave "),
    # "I have an upset stomach." → "J'ai un estomac contrarié."; said "a stomach ache" ("J'ai mal à l'estomac.")
    (r"\ban\s+upset\s+stomach\b", "a stomach ache"),
    # "I've got a stomach bug." → "J'ai un cuisinier d'estomac."; said "a stomach infection" ("…une infection à
    # l'estomac.")
    (r"\b(a|the)\s+stomach\s+bug\b", r"\1 stomach infection"),
    # "I'm feeling a bit run down." → "Je me sens un peu enfuir."; said "tired" ("Je me sens un peu fatiguée.")
    (rf"\b(feel|feels|feeling|felt)({_A_BIT})\s+run[\s-]+down\b", r"\1\2 tired"),
    # "My daughter is afraid of needles." → "…a peur des besoins."; said "injections" ("…a peur des injections.")
    (r"\b(afraid|scared|terrified|frightened)\s+of\s+needles\b", r"\1 of injections"),
    # "Have you had your flu jab yet this year?" → "As-tu déjà eu ton jabli…", "…your flu shot…" → "…votre grippe";
    # said "vaccination against flu" ("Avez-vous eu votre vaccination contre la grippe…")
    # ("A flu vaccine contains…" came out right: "vaccine" is left)
    (r"\b(my|your|his|her|our|their|the|a)\s+flu\s+(?:jab|shot)\b", r"\1 vaccination against flu"),
)
