"""A first visitor's phrases (measure45, session 37) the model read word for word, read in words it knows.

The sixth probe of 100 first-visit sentences found "Tomorrow will be sunny with a high of 25 degrees." come out «…avec
un grand nombre de 25 degrés.», "Where is the lost and found office?" «Où est le bureau perdu et trouvé ?», "…my
grandfather used to take me fishing…" «…avait l'habitude de me pêcher…», "…a table by the window…" «…une table par la
fenêtre…», "…they invite us for coffee and cake…" «…nous invitent à faire du café…». Each is read as a paraphrase
that came out right («un maximum de», «le bureau pour les objets perdus», «m'emmener pêcher», «près de la fenêtre»,
«à prendre du café») in at least three sentences written for it, none screened worse.
"""
from __future__ import annotations

PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # the day's highest temperature: "Today will be cloudy with a high of 18 degrees." → «…un grand nombre de 18
    # degrés.», "Lundi, il y aura une pleuve de 15 degrés." (the rain and the high merged); "a maximum of": «un
    # maximum de 18 degrés» (5 sentences of 5); only before a number of degrees
    (r"\b(a|the)\s+high\s+of(?=\s+(?:about\s+|around\s+)?[-−]?\d+\s*(?:°|degrees?\b))", r"\1 maximum of"),
    # the office of things found: "The lost and found is next to the main entrance." → «Le perdit et trouvé est…»,
    # "…so I asked at the lost and found." «…au perd et j'ai trouvé.»; "the office for lost objects": «le bureau pour
    # les objets perdus» (4 of 5; the fifth «au bureau de faire des objets perdus»); "office" typed after it is not
    # doubled
    (r"\b(the|a)\s+lost[- ]and[- ]found(?:\s+(?:office|desk|counter|box))?\b(?![’'-])",
     r"\1 office for lost objects"),
    # taken along to fish: "My father used to take me fishing every summer." → «…de me pêcher…», "Will you take us
    # fishing…?" «…nous pêcher…», "She takes her son fishing…" «Elle emmène à son fils…» (the fishing lost); "take me
    # to go fishing": «m'emmènait à aller pêcher», «nous emmener pour aller pêcher», «prend son fils pour aller pêcher»
    # not after another "to" ("Tom promised to take me fishing." came out right as typed, «…de m'emmener pêcher.»,
    # and read so lost "me": «…d'aller pêcher.»), but after "used to"
    (r"(?:(?<!\bto\s)|(?<=\bused\sto\s))\b(take|takes|took|taking|taken)\s+"
     r"(me|us|him|her|them|you|(?:my|his|her|our|their|your)\s+(?:son|daughter|"
     r"kids|children|sons|daughters|grandson|granddaughter|grandchildren|brother|sister|dad|father|friend)s?)\s+"
     r"fishing\b", r"\1 \2 to go fishing"),
    # beside a window: "We would like a table by the window, please." → «…une table par la fenêtre…», "She sat by the
    # window…" «Elle s'assit par la fenêtre…» (through it); "near the window": «près de la fenêtre» (4 of 4); not a
    # window cleaner, frame, seat…
    (r"\bby\s+the\s+window\b(?!\s*(?:cleaners?|frames?|sills?|seats?|boxe?s?)\b)(?![’'-])",
     r"near the window"),
    # asked over for a drink: "They often invite us for tea in the afternoon." → «…à thé…», "She invited me for coffee
    # after class." «…au café…» (to a café), "…invite us for coffee and cake…" «…à faire du café…»; "to have coffee":
    # «à prendre du café» (3 of 4; «à avoir du thé» the fourth); dinner and lunch came out right as typed
    (r"\b(invite|invites|invited|inviting)\s+(me|us|him|her|them|you)\s+for\s+(?:a\s+)?(coffee|tea|cake)\b",
     r"\1 \2 to have \3"),
    # a bill to pay by a date: "The invoice is due next week." → «Le facteur est à cause de…» (the postman), "This
    # invoice is due today." «Cette invoice est dûe…»; "must be paid": «La facture doit être payée…» (5 of 5 after
    # "the", "this", "my"; after "your" «Ton invoice doit être payé…» and after "last" «Le dernier facteur…»: left)
    (r"\b(the|this|that|my)\s+invoice\s+is\s+due\b(?!\s+(?:to|for)\b)", r"\1 invoice must be paid"),
    (r"\b(the|this|that|my)\s+invoice\s+was\s+due\b(?!\s+(?:to|for)\b)", r"\1 invoice had to be paid"),
)
