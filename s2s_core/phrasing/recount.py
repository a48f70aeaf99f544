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
)
