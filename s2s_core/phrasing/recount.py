"""Phrases of long sentences that tell what happened (relative clauses, "if/when" clauses, reported news, lists of
actions) that the model turned into another meaning, read in words it translates right.

A probe of 60 long sentences (story34, s33) found: "…more expensive than living in the country…" came out "…que
vivre au Canada…", "…I have not heard from him yet." "…je n'ai pas encore entendu parler de lui." (heard about
him), "…than the one we stayed in last year…" "…celui que nous avons séjourné…", "If it is sunny tomorrow…" "S'il
est ensoleillé demain…"; each is read as a paraphrase the model translates right. Each was kept only where its
paraphrase came out right in at least three sentences and no sentence tried came out worse.
"""

from __future__ import annotations

_WHO = r"(?:I|we|you|he|she|they)"
# a place one stays, lives or sleeps in, named before "we stayed in" ("the hotel we stayed in")
_STAY_PLACE = (r"(?:one|ones|hotel|hotels|house|flat|apartment|room|place|town|village|city|campsite|cottage|"
               r"street|area|neighbourhood|neighborhood)")
# a point in the past that "only" may mean ("only this morning", "only yesterday", "only an hour ago")
_PAST_POINT = (r"(?:this\s+(?:morning|afternoon|evening)|today|yesterday(?:\s+(?:morning|afternoon|evening))?|"
               r"last\s+(?:night|week|month)|(?:an|one|two|three|a\s+few|\d+)\s+(?:hours?|minutes?|days?)\s+ago)")
# a verb in the past that a reply or a piece of news opens with ("I only read your message…", "She only heard…")
_LEARNT = (r"(?:read|saw|got|heard|received|found|noticed|opened|checked|learned|learnt|listened\s+to|"
           r"looked\s+at|discovered)")
# what was read or heard: a known thing (a possessive, "the", a pronoun), not a count ("I only read two pages today",
# "I only had a sandwich today": there "only" is about the thing)
_KNOWN = (r"(?:it|them|him|her|(?:your|his|her|their|our|my|the|this|that)(?:\s+(?!only\b)[a-z]+){1,2}?)")
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # "Living in the city is more expensive than living in the country." → "…que la vie au Canada.", "My parents
    # live in the country, far from the city." → "…dans le pays…", "…now live in the country, near a small
    # village." (the place dropped); "countryside": "à la campagne" in each; only where the sentence names a town,
    # a city, a village or a farm, never a nation ("the best doctor in the country", "lived in the country for ten
    # years and speaks the language")
    (r"^(?=[^\n]*\b(?:city|cities|town|towns|village|villages|farm|farms)\b)"
     r"(?![^\n]*\b(?:language|languages|visa|passport|citizens?|illegally|legally|abroad|immigrants?)\b)"
     r"([^\n]*?\b(?:live|lives|lived|living|grew\s+up))\s+in\s+the\s+country\b(?!\s*['’]s\b)",
     r"\1 in the countryside"),
    # "…but I have not heard from him yet." → "…entendu parler de lui." (heard about him), "I haven't heard from my
    # sister since Christmas.", "She hasn't heard from her son…" → "…entendu parler de…"; "had no news from":
    # "…je n'ai pas encore eu de nouvelles de lui.", "…pas eu de nouvelles de ma sœur…", "…de son fils…"
    (rf"\b({_WHO})\s+(?:have\s+not|haven['’]t)\s+heard\s+from\b", r"\1 have had no news from"),
    (r"\b(he|she|it)\s+(?:has\s+not|hasn['’]t)\s+heard\s+from\b", r"\1 has had no news from"),
    # "…than the one we stayed in last year…" → "…celui que nous avons séjourné…", "…than the hotel we stayed in
    # last summer." → "…que nous sommes restés…", "The room we slept in…" → "La pièce que nous avons dormie…";
    # "where": "…celui où nous sommes restés…", "…l'hôtel où…", "La pièce où nous avons dormi…" (not "the room we
    # stayed in the morning": a place after "in")
    (rf"\b(the\s+{_STAY_PLACE})\s+(?:that\s+|which\s+)?({_WHO})\s+(stayed|lived|slept|grew\s+up)\s+in\b"
     r"(?!\s+(?:the|a|an|my|our|their|his|her|your|this|that)\b)", r"\1 where \2 \3"),
    # "If it is sunny tomorrow morning, we will go to the beach…" → "S'il est ensoleillé demain matin…", "If it's
    # sunny this weekend…" → "Si c'est soleil…", "When it is sunny, the children…" → "Lorsqu'il est soleil…";
    # "the weather is nice": "Si le temps est beau…", "Lorsque le temps est beau…"
    (r"\b(if|when|whenever)\s+it(?:\s+is|['’]s)\s+sunny\b", r"\1 the weather is nice"),
    # "…and I only read your message this morning." → "…je n'ai lu que ton message ce matin." (nothing but your
    # message), "I only saw your email this afternoon." → "Je n'ai que vu…"; "only" beside the time it is about:
    # "Je n'ai lu votre message que ce matin.", "Elle n'a entendu la nouvelle que la nuit dernière."
    (rf"\bonly\s+({_LEARNT})\s+({_KNOWN})\s+(?={_PAST_POINT}\b)", r"\1 \2 only "),
    # "…we used to spend every summer at my uncle's farm" → «…nous considérions chaque été…», "They used to spend
    # each Christmas at home." → «Ils passeraient…»; "spent every summer": «nous avons passé chaque été…»
    (r"\bused\s+to\s+spend\s+(?=(?:every|each)\s+(?:summer|winter|spring|autumn|Christmas|holiday|year)\b)",
     "spent "),
    # "Call me when you arrive so I know you're safe." → "…, je sais que vous êtes en sécurité." (a purpose read as a
    # statement; "so that I know" the same); "to let me know that": «…pour me faire savoir que tu es en sécurité»
    (r"\bso\s+(?:that\s+)?I\s+know\s+(?:that\s+)?(?=(?:you|you['’]re|he|he['’]s|she|she['’]s|they|they['’]re|"
     r"everything)\b)", "to let me know that "),
    # a habit in the past: "…used to go to the beach, and we would swim all day." → «…et nous nagerions toute la
    # journée.», "I used to work in a bakery, and I would get up at four." «…je me lèverais…» (would as a
    # conditional); "used to" again: «…nous nageions…», «…j'avais l'habitude de me lever…» (4 of 6, none worse; the
    # other two kept a wrong tense); only after a "used to" in the sentence, not "would like", "would have"…
    (r"(\bused\s+to\s+[^.;!?]*?\band\s+(?:we|they|I|he|she)\s+)would\b"
     r"(?!\s+(?:have|like|love|rather|prefer|not|never|be)\b)(?=\s+[a-z])", r"\1used to"),
    # long47 (s40): "…, in which case I will work from home…" → «…, dans laquelle je travaillerai…», "…, in which case
    # we will take the train…" «…, dans lequel nous allons…», "…, in which case please keep the receipt…" «…, dans quel
    # cas…»; "; in that case": «…; dans ce cas-là, je t'appellerai…» (a clause of its own; ", and in that case" lost it
    # once: «…annulée, et j'appellerai…»)
    (r"\s*,\s*in\s+which\s+case\b", "; in that case"),
    # long48 (s40): "than we had expected" → «…plus tôt que nous ne l'espérions» (hoped), «…plus grande que nous ne
    # l'avions attendu» (waited for); "imagined": «…plus grande que nous ne l'avions imaginé», «…plus cher que nous ne
    # l'avions imaginé», «…plus tôt que nous ne l'avions imaginé» (4 of 4); "we" only ("than I had expected" came out
    # right: «…que ce à quoi je m'attendais», "they" «qu'ils ne s'attendaient»)
    (r"\bthan\s+we\s+had\s+expected\b", "than we had imagined"),
)
