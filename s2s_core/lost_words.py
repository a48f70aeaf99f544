"""Words the default model drops without a trace, named so that a visitor checks the translation (trust.py).

Read whole, a sentence may lose a time or a repeat with no French trace of it and no other warning: "Could we
reschedule our call to next Tuesday morning?" → "Pourrions-nous remettre notre appel à mardi prochain ?" (the morning
lost), "The printer … is out of paper again, could someone…" → "L'imprimante … n'a plus de papier, quelqu'un…"
(«encore» lost), "…after a very difficult first half." → "…une très difficile moitié." (the first lost). Each word
below (a time of day, "again", "first", a direction, a price "each", "together") is named where the French lacks
every form of it (``lost_words``); only words whose French forms are few and plain, so that a translation that kept
the word is not flagged (measure35, s34; a re-reading that mends them was tried in s33 and reverted for its cost:
kept_words on branch h-lost34). The French forms here are loose (any «re…» verb counts as "again"), so that a
translation that kept the word is not flagged; kept_words.py, which picks a beam alternative that keeps a word, needs
strict ones and has its own.
"""
from __future__ import annotations

import re

_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|my|his|her|the)"
_NOT_SIDE = (r"(?!\s+(?:track|side|time|way|answer|place|moment|day|person|people|thing|choice|decision|size|"
             r"colou?r|one|wing|hand|foot|leg|arm|eye|ear|road|floor|path|direction|bus|train|address|number|page|"
             r"line|platform|door|room|question|words?)\b)")     # "on the right track", "my left hand"
AGAIN = r"(?<!\bonce )\bagain\b(?!\s+and\s+again)"       # not "once again" (the firm form), "again and again"
# "again" after a "not" or "never" of its own clause ("This won't happen again." «Ça n'arrivera plus.»): not one of
# another clause, which had hidden a lost "again" in a long sentence (long42, s37: "We got lost in the forest because
# the path was not marked, and it was dark when we finally found the road again." → «…lorsque nous avons finalement
# trouvé la route.», "The printer did not work this morning, and after lunch it stopped again, so…" → «…ce matin et
# après le déjeuner, nous avons donc appelé…»; read in parts, «…trouvé la route à nouveau», «…s'est arrêté à nouveau…»)
# A "not" after "again" still hides it, as before: there the beam's next best may keep it, with no second search
# (kept_words.py: "The cat has been sick again since Sunday, and it does not want to eat…" «…est encore malade…»).
_NOT = r"(?:\b(?:never|not|no\s+longer)\b|n['’]t\b)"
_NOT_AGAIN = (rf"{_NOT}(?:(?!\b(?:and|but|so|because|when|while|until|then)\b)[^,;:.!?])*\bagain\b|"
              rf"\bagain\b.*{_NOT}")
# English word (as the source says it, not inside a fixed phrase) → the French that shows it was kept, and where the
# source says it so that French may say it otherwise (a guard: "never … again" is «plus jamais», "Today is Friday"
# «Nous sommes vendredi», "my first priority" «ma priorité numéro un»)
_WORDS = (
    (AGAIN,
     r"\b(?:encore|de nouveau|à nouveau|une fois de plus|une nouvelle fois|toujours)\b|\bre[a-zéèê]+|\bré[a-zéèê]+",
     rf"{_NOT_AGAIN}|\bsee\s+you\b|\bto\s+be\b"),
    (r"(?<!\bgood )\bmorning\b(?!\s*[!,]?\s*$)", r"\bmatin(?:s|ée|ées)?\b", ""),
    (r"(?<!\bgood )\bafternoon\b", r"\baprès-midi\b", ""),
    (r"(?<!\bgood )\bevening\b", r"\bsoir(?:s|ée|ées)?\b", ""),
    (r"\btonight\b", r"\bce soir\b|\bcette nuit\b|\bsoirée\b", ""),
    (r"\btomorrow\b(?!['’])", r"\bdemain\b", ""),
    (r"\byesterday\b(?!['’])", r"\bhier\b", ""),
    (r"\btoday\b(?!['’])", r"\baujourd['’]hui\b|\bce jour\b", rf"\btoday\s+is\s+{_DAYS}|\bis\s+today\s+{_DAYS}"),
    (r"(?<!\bat )(?<!\bthe )\bfirst\b(?!\s+of\s+all\b)(?=\s+[a-z]+)",
     r"\bpremi(?:er|ère|ers|ères)\b|\b1(?:er|re)\b|\bd['’]abord\b|\bdébut\b|\bnuméro un\b|\bdès\b|\bcommen",
     r"\bfirst\s+(?:things?|names?)\b"),
    # a direction or a floor that closes a long run of directions or a noun ("…knock on the last door on the right."
    # → «…frappe à la dernière porte.», "…the hotel is on your left next to a pharmacy" → «…se trouve à côté d'une
    # pharmacie», "the bar downstairs" → «des barreaux»); not "the right time", "on the right track"
    (rf"\b(?:(?:on|to)\s+(?:the|your|my)\s+|turn\s+|keep\s+)left\b{_NOT_SIDE}", r"\bgauche\b", ""),
    (rf"\b(?:(?:on|to)\s+(?:the|your|my)\s+|turn\s+|keep\s+)right\b(?!\s+(?:now|away)\b){_NOT_SIDE}",
     r"\bdroite?\b", ""),
    (r"\bupstairs\b", r"\bhaut\b|\bà l['’]étage\b|\bau-dessus\b|\bétages?\b|\bmont|\bgrimp|\bsupérieur|"
     r"\bescaliers?\b", ""),
    (r"\bdownstairs\b", r"\bbas\b|\brez-de-chaussée\b|\bau-dessous\b|\bdessous\b|\bdescend|\binférieur|\bétages?\b|"
     r"\bescaliers?\b", ""),
    # a price for each one and a thing done together, lost in a long line ("The tickets cost 35 euros each, which is a
    # bit expensive…" → «Les billets coûtent 35 euros, ce qui…», "…we still laugh together every day…" → «…nous rions
    # tous les jours…», measure38, s35); not a thing put, got or brought together ("assembler", "se réunir")
    (r"(?:(?<=\d\s)|(?<=euros\s)|(?<=euro\s)|(?<=pounds\s)|(?<=dollars\s)|(?<=cents\s)|(?<=pence\s))each\b",
     r"\bchacune?s?\b|\bpièce\b|\bpar\b|\bl['’]une?\b|\bchaque\b|\bunité\b", ""),
    (r"\btogether\b", r"\bensemble\b|\bréun|\brassembl|\bassembl|\bregroup|\btou(?:s|tes) (?:les )?deux\b|\bcommun|"
     r"\bavec\b|\bcouple\b|\bmutuel|\bde (?:concert|conserve|pair)\b|\bmême temps\b|\bunie?s?\b|\bl['’]une? |"
     r"\bles une?s\b|\bcollabor|\bli[ée]e?s\b",
     r"\b(?:put|puts|putting|get|gets|got|getting|pull|pulls|pulled|pulling|bring|brings|brought|come|comes|came|"
     r"coming|stick|sticks|stuck|hold|holds|held|piece|pieced|tie|tied|add|added|mix|mixed|stir|glue|glued|sew|sewn|"
     r"keep|keeps|kept|go|goes|went|band|banded|huddled?|rub|rubs|rubbed|press|pressed|bound|stay|stays|stayed|"
     r"be|is|are|was|were|been)\s+(?:[\w'’-]+\s+){0,3}?together\b|\btogether\s+with\b|\bget-together|"
     r"\bin\s+this\s+together\b"),
    # a duration, a scale and a wish a long line lost with no trace ("…, so I will be about an hour late…" →
    # «…, je serai donc en retard…»; "…at eight o'clock, preferably near the window if possible." → «…près de la
    # fenêtre.»; a scale: "…200 million euros…" → «…200 euros…»); not "thanks a million", "a million miles away"
    # (long39, s36: on 135 + 11 + 55 Tatoeba pairs with one, no human French lacks it)
    (r"\b(?:an|one|half\s+an)\s+hour\b",
     r"\bheures?\b|\b\d+\s*h\b|\b(?:60|30|soixante|trente)\s+minutes\b|\bdemi-heure\b", ""),
    (r"\bif\s+(?:at\s+all\s+)?possible\b",
     r"\bpossibles?\b|\bpossibilité|\bsi (?:vous|tu|on) (?:le )?(?:pouv|peu)|\bpeut-être\b", ""),
    (r"(?:(?<=\d\s)|\b(?:two|three|four|five|six|seven|eight|nine|ten|hundred|several|many)\s+)(?:m|b)illions?\b",
     r"\bm(?:illi(?:on|ard))s?\b|\b(?-i:M(?:d|ds)?)\b|\b\d{1,3}(?:[ .\u202f\u00a0]\d{3}){2,3}\b", ""),
    # a lifetime, "both", the countryside and a forecast a long line lost with no trace (long42, s37; read in parts,
    # each came back): "I have lived in the same street all my life, and I know…" → «J'ai vécu dans la même rue, et je
    # connais…» («…toute ma vie, et…»), "…, when we were both students and had very little money." → «…nous étions tous
    # les étudiants…» («…tous les deux étudiants…»), "…stopped for an hour in the middle of the countryside." → «…au
    # milieu du pays.» («…de la campagne.»), "…, but the weather forecast said…" → «…mais le temps a dit…» («…les
    # prévisions météorologiques ont dit…»); on Tatoeba's 28 + 163 + 9 + 12 pairs with one, the human French lacks
    # every form below in 1, 1, 0 and 0 («Elle a fini vieille fille.», «Je vais vous chercher une boisson.»)
    (r"\ball\s+(?:my|your|his|her|our|their)\s+li(?:fe|ves)\b",
     r"\bvies?\b|\btoujours\b|\bdepuis\b|\benfance\b|\bnaissance\b|\bjamais\b", ""),
    (r"\b(?:we|they|you)\s+(?:(?:are|were|have|had|will|would|can|could)\s+)?both\b|\bboth\s+of\s+(?:us|them|you)\b",
     r"\bdeux\b|\bl['’]une?\b|\bensemble\b|\bchacune?\b|\bni\b|\bautres?\b|\bà la fois\b", ""),
    (r"\bcountryside\b", r"\bcampagnes?\b|\bchamps?\b|\brura|\bpaysages?\b|\bnature\b|\bterroir\b", ""),
    (r"\bforecasts?\b", r"\bprévi|\bmétéo|\bprévu|\bannon|\bbulletin|\bprédi", ""),
    # a noise, a way of buying, a slope, a tree, a vehicle, a share of a day and a "now" that a long line lost with no
    # trace (long44, s38; none was named before): "The neighbours upstairs play loud music every Friday night…" →
    # «Les voisins jouent de la musique…», "The dog next door barks loudly whenever…" → «…aboie très chaque fois…», "I
    # ordered a pair of shoes online on Monday, but…" → «J'ai commandé une paire de chaussures lundi, mais…», "…the
    # road there is long and steep." → «…est longue et longue.» (and «…les voies étaient volées.»: a steep path read
    # "stolen"), "…fell from the old oak tree…" → «…de l'ancien arbre…», "Our neighbour parks his van in front of our
    # garage…" → «Nos voisins se garent devant notre garage…», "Our old cat sleeps on the sofa most of the day, but…"
    # → «…dort sur le canapé, mais…», "…although we cannot really afford it at the moment." → «…nous le permettre.»;
    # not "out loud" («à haute voix»), "louder than words", a name's "Van", nor «électronique» for "online" (an
    # "email" gives it) or «montagne» for "steep". On Tatoeba's 99 + 19 + 5 + 2 + 10 + 7 + 22 pairs with one, the
    # human French lacks every form below in 1 («chanter à gorge déployée»), 0, 0, 0, 0, 0 and 0
    (r"(?<!\bout )\bloud(?:ly)?\b|\blouder\b(?!\s+than\s+words)",
     r"\bfort|\bbruy|\bbruit|\bhaut|\bvacarme|\btapage|\bsonor|\bvoix\b|\bcri|\bentend|\bassourd|\bpuissant|"
     r"\bvolume|\btonitru", ""),
    (r"\bonline\b", r"\ben ligne\b|\binternet\b|\bweb\b|\bsite|\bnet\b|\bvirtuel|\bconnect", ""),
    (r"\bsteep(?:er|est)?\b", r"\braide|\bescarp|\bpent|\babrupt|\bà pic\b|\bdifficile|\bsalée?s?\b|\bexorbit|"
     r"\bélev|\bcher|\bchère|\bverti", ""),
    (r"\boaks?\b", r"\bchênes?\b", ""),
    (r"(?-i:\bvans?\b)", r"\bcamion|\bfourgon|\bvans?\b|\butilitaire|\bvéhicule", ""),
    (r"\bmost\s+of\s+the\s+(?:day|time|night|morning|afternoon|evening|week|year)\b",
     r"\bplupart\b|\bmajeure partie\b|\b(?:grande|grosse) partie\b|\bessentiel\b|\bpresque tou|\bplus clair\b|"
     r"\bmajorité\b|\bsouvent\b|\bgénéralement\b", ""),
    (r"\bat\s+the\s+moment\b", r"\bmoment\b|\bactuellement\b|\binstant\b|\bà présent\b|\bmaintenant\b|"
     r"\ben ce temps\b|\bdans l['’]immédiat\b|\bdéjà\b|\bheure actuelle\b", ""),
    # a restriction that is the point of a complaint, lost in a long line (measure50): "…there is a mistake on the
    # bill, because we only ordered two coffees and one sandwich." → «…parce que nous avons commandé deux cafés et un
    # sandwich.», no warning; "only" after a subject, before its verb. On Tatoeba's 134 pairs with one, the human
    # French lacks every form below (ne … que, seul, uniquement, juste…) in 1
    (r"\b(?:I|we|you|he|she|they)\s+only\s+(?!(?:just|if|when|because|to)\b)[a-z]+",
     r"\bne\b|\bn['’]|\bseul|\buniquement\b|\bjuste\b|\bsimplement\b|\bexclusivement\b|\brien\b", ""),
)
_COMPILED = tuple((re.compile(en, re.IGNORECASE), re.compile(fr, re.IGNORECASE),
                   re.compile(guard, re.IGNORECASE) if guard else None) for en, fr, guard in _WORDS)


def lost_words(source: str, french: str) -> list[str]:
    """The words of ``source`` (as the model read it) that ``french`` lacks every form of, as typed: "Could we
    reschedule our call to next Tuesday morning?" / "…à mardi prochain ?" → ["morning"]."""
    if not french.strip():
        return []
    french = re.sub(r"\s", " ", french)                  # «à\xa0nouveau»
    return [m.group() for en, fr, guard in _COMPILED for m in [en.search(source)]
            if m and not fr.search(french) and not (guard and guard.search(source))]
