"""A first visitor's lines that a second untargeted probe found read in another meaning (measure36, s34): where
"only" sits, a fever that goes down, a job advertised, ages and free tickets, a town that has grown to a number, an
allergy's "any". Each reading came out right in three sentences or more and no sentence tried came out worse.
"""
from __future__ import annotations

# a point in the past that "only" may mean ("only this morning", "only yesterday", "only an hour ago")
_PAST_POINT = (r"(?:this\s+(?:morning|afternoon|evening)|today|yesterday(?:\s+(?:morning|afternoon|evening))?|"
               r"last\s+(?:night|week|month)|(?:an|one|two|three|a\s+few|\d+)\s+(?:hours?|minutes?|days?)\s+ago)")
# a verb in the past that a reply or a piece of news opens with ("I only read your message…", "She only heard…")
_LEARNT = (r"(?:read|saw|got|heard|received|found|noticed|opened|checked|learned|learnt|listened\s+to|"
           r"looked\s+at|discovered)")
# what was read or heard: a known thing (a possessive, "the", a pronoun), not a count ("I only read two pages today",
# "I only had a sandwich today": there "only" is about the thing)
_KNOWN = (r"(?:it|them|him|her|(?:your|his|her|their|our|my|the|this|that)(?:\s+(?!only\b)[a-z]+){1,2}?)")
# a fever's or a temperature's fall (not a road's, a price's: "the fever" alone)
_FEVER = r"\b((?:the|his|her|my|your|their|our|baby's|child's)\s+fever)\s+"
# how many a count of people can be ("about 2.5 million", "over 200", "nearly 10,000")
_NUMBER = r"(?=(?:about|around|almost|nearly|over|more\s+than|roughly|some)?\s*(?:\d|one|two|three|four|five|ten))"
# how soon a battery is empty ("dies after only a few hours", "dies so quickly")
_SOON = r"(?=\s+(?:after|quickly|fast|so\s+(?:quickly|fast)|within|in)\b)"
_AGE = r"(?:1[0-8]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # "…and I only read your message this morning." → "…je n'ai lu que ton message ce matin." (nothing but your
    # message), "I only saw your email this afternoon." → "Je n'ai que vu…"; "only" beside the time it is about:
    # "Je n'ai lu votre message que ce matin.", "Elle n'a entendu la nouvelle que la nuit dernière."
    (rf"\bonly\s+({_LEARNT})\s+({_KNOWN})\s+(?={_PAST_POINT}\b)", r"\1 \2 only "),
    # "My phone battery dies after only a few hours…" → "…ne meurt qu'après quelques heures…" (it lasts: the sense
    # reversed); "is empty": "…est vide après seulement quelques heures…", "La batterie était vide après seulement
    # deux heures."; "after only" itself is kept ("The ice melted after only a few minutes.": "…après seulement
    # quelques minutes."; read "after just" it had lost "only")
    *((rf"\b(batter(?:y|ies))\s+{died}\b{_SOON}", rf"\1 {empty} empty")
      for died, empty in (("dies", "is"), ("die", "are"), ("died", "was"))),
    # "…if the fever doesn't go down by tomorrow morning…" → "…si la fièvre ne va pas…", "Her fever went down during
    # the night." → "…s'est déroulée…"; "decrease": "…ne diminue pas…", "La fièvre a diminué…"
    (rf"{_FEVER}(doesn't|does\s+not|didn't|did\s+not|won't|will\s+not|to|should|will|may|might|must|can)\s+"
     r"(?:go|come)\s+down\b", r"\1 \2 decrease"),
    (rf"{_FEVER}(has|had|hasn't|has\s+not|have|haven't)\s+(?:gone|come)\s+down\b", r"\1 \2 decreased"),
    (rf"{_FEVER}(?:went|came)\s+down\b", r"\1 decreased"),
    (rf"{_FEVER}(?:goes|comes)\s+down\b", r"\1 decreases"),
    (rf"{_FEVER}(is|was|isn't|wasn't)\s+(?:going|coming)\s+down\b", r"\1 \2 decreasing"),
    # "…about the job you advertised on your website…" → "…du travail que vous avez fait de la publicité…";
    # "the job offer you published": "…l'offre d'emploi que vous avez publiée…"
    (r"\bthe\s+(?:job|position|post|vacancy|role)\s+(?:that\s+)?you\s+(?:advertised|posted)\b",
     "the job offer you published"),
    # "…but children under 12 travel free." → "…les enfants ont moins de 12 voyages.", "Children under 5 travel for
    # free." → "Les enfants de moins de 5 voyages gratuits."; with "years old": "…de moins de 12 ans voyagent
    # gratuitement."; not "under 12 months", "under 12s", "under 12 kilos"
    (rf"\b(children|kids|babies|child|kid)\s+(under|below|over)\s+({_AGE})\b(?!(?:[a-z]|-|['’]s\b|%|,\d|\.\d)|"
     r"\s+(?:years?|months?|weeks?|kilos?|kg|pounds?|cm|metres?|meters?|euros?|dollars?)\b)", r"\1 \2 \3 years old"),
    (rf"(?<=years\sold\s)(travel|travels|eat|eats|ride|rides|go|goes|get\s+in|gets\s+in)\s+free\b(?!\s+of\b)",
     r"\1 for free"),
    # "The population of the city has grown to about 2.5 million people." → "…a augmenté d'environ 2,5 millions…"
    # (grew by); "has reached": "…a atteint environ 2,5 millions…", "Notre club a atteint plus de 200 membres."
    (rf"\b(has|have|had)\s+grown\s+to\s+{_NUMBER}", r"\1 reached "),
    # "My husband is allergic to nuts, so could you tell me whether this dish contains any?" → "…contient quoi que ce
    # soit ?" (anything at all), "Does the cake contain any?" likewise; the allergy's word again: "…si ce plat contient
    # des noix ?", "…le gâteau contient-il des œufs ?"
    (r"\b((?:allergic\s+to|(?:don't|doesn't|do\s+not|does\s+not|can't|cannot)\s+eat)\s+(?!(?:a|an|the|it|this|that|"
     r"any|anything|some|something|them|me|you|him|her|us)\b)([a-z]+)\b[^.!?;]*?\bcontains?)\s+any(?=\s*(?:[.!?]|$))",
     r"\1 \2"),
    # "I can't find the remote control anywhere." → "…le contrôle rémunéré…", "The remote control is under the sofa."
    # likewise; "the remote": "la télécommande"; not a toy's ("a remote control car") nor a control from afar ("remote
    # control of the cameras")
    (r"\b(the|a|my|your|our|his|her|their|TV|television)\s+remote\s+control(s?)\b(?!\s+(?:of|cars?|toys?|planes?|"
     r"helicopters?|drones?|boats?|systems?)\b)(?!-)", r"\1 remote\2"),
    # "We bought a second-hand car last month…" → "…une voiture seconde…"; "used car": "une voiture d'occasion"
    # (one car only: "Used cars are cheaper." came out "Les voitures informatiques…"; "a used bike" "un vélo utilisé")
    (r"\b(a)\s+second[-\s]?hand\s+car\b(?!s)", r"\1 used car"),
)
