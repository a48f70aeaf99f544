"""Where a place phrase attaches in a long sentence: "from" a home town after "to visit us", "by" a lake or a river.

Long sentences a visitor types (long39, session 36) bound a place phrase to the wrong word: "My sister came to visit
us from London on Friday evening…" came out «…est venue nous rendre visite à Londres…» (the visit in London), "My aunt
is coming to visit us from Canada…" «…nous rendre visite au Canada…»; read "came from London to visit us" each came
out «…est venue de Londres pour nous rendre visite…». "by the lake" was read as an agent or a way ("We had a picnic by
the lake" → «…un pique-nique par le lac», "a restaurant by the lake" «un restaurant du lac», "we sat by the river"
«…assis à la rivière»); read "at the edge of the lake" «au bord du lac», «au bord de la rivière». Each kept only where
its reading came out right in three sentences or more and no sentence tried came out worse.
"""
from __future__ import annotations

_OBJECT = r"(?:us|me|him|her|them|(?:my|our|his|her|their)\s+[a-z]+)"
_PLACE = r"(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
# where one lives, stays or walks: "a village by the sea" (not "surrounded by the sea", "swept away by the sea")
_SEA_PLACE = (r"(?:village|town|city|house|home|cottage|flat|apartment|hotel|restaurant|caf[eé]|campsite|place|"
              r"holidays?|walk|live|lives|lived|living|stay|stays|stayed|staying|grew\s+up|sat|sit|sitting|walked|"
              r"walking)")
# a river's bank: the line names water and no money
_WATERSIDE = (r"^(?=.*\b(?:rivers?|canals?|streams?|boats?|fish|fished|fishing|ducks?|swans?|water|swim|swam|swimming|"
              r"lakes?|rowing|rowed|reeds|frogs?|picnic)\b)"
              r"(?!.*\b(?:money|accounts?|cash|loans?|cards?|cheques?|checks?|deposit\w*|withdr[ae]w\w*|open\w*|"
              r"clos\w*|managers?|branch\w*|ATMs?|tellers?|robb\w*|queue|pay\w*|euros?|dollars?|pounds?|savings?|"
              r"mortgages?|interest|statements?|transfer\w*|cashier)\b)")
_WHO_VISITS = r"(?:parents|mum|mom|dad|mother|father|grandparents|grandma|grandmother|grandpa|grandfather|sisters?|"\
              r"brothers?|aunt|uncle|cousins?|friends?|in-laws|family|son|daughter|kids|children)"
_AFTER_VISITING = r"(?=\s*(?:[.,!?;]|$)|\s+(?:and|but|so|because|from|this|next|on|for|until|tomorrow|today|tonight|" \
                  r"soon|again|at|in)\b)"
PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # "My sister came to visit us from London…" → «…nous rendre visite à Londres…», "…coming to visit us from
    # Canada…" «…au Canada…», "…came to see us from Scotland…" «…de l'Escotlande et nous les sommes rendus…»; "came
    # from London to visit us": «…venue de Londres pour nous rendre visite…» (6 of 6 right or better); only a coming
    # ("flying in from Australia to visit us" came out «…volent en Australie…»)
    (rf"\b(come|comes|came|coming)\s+to\s+(visit|see)\s+({_OBJECT})\s+from\s+({_PLACE})", r"\1 from \4 to \2 \3"),
    # "We had a picnic by the lake…" → «…par le lac», "a nice little restaurant by the lake" «…par le lac», "we sat
    # by the river" «…à la rivière», "a small cottage by the river" «…par la rivière»; "at the edge of the": «au bord
    # du lac», «au bord de la rivière» (12 of 12; "near the" had said «près du lac» where «au bord du lac» had come
    # out right, "on the bank of the river" «la banque»); not an agent after a participle ("flooded by the river",
    # "surrounded by the lake"), nor "was/were/down by the river"
    (r"(?<![a-z]ed\s)(?<![a-z]en\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bdown\s)\bby\s+the\s+(lake|river)\b"
     r"(?!['’]s)(?!\s*side\b)", r"at the edge of the \1"),
    # "…in a small village by the sea." → "…par la mer.", "My parents live by the sea." → "…vivent par la mer.";
    # "near the sea": "près de la mer"
    (rf"\b({_SEA_PLACE})\s+by\s+the\s+sea\b(?!\s*(?:side|shore))", r"\1 near the sea"),
    # "i missed the last train home so i had to sleep at a friend's place…" → «…à la place d'un ami…» (instead of a
    # friend), "The party is at Tom's place this year." «…à la place de Tom…»; "house": «chez un ami», «chez Tom»
    (r"\b(at|to|from)\s+((?:(?:a|my|your|his|her|our|their|the)\s+)?(?:[\w-]+\s+)?[\w-]+(?:['’]s|s['’]))\s+place\b"
     r"(?!\s+(?:in|on)\s+the\s+(?:queue|line|list|team|table|ranking|standings)\b)",
     r"\1 \2 house"),
    # beside a window: "We would like a table by the window, please." → «…une table par la fenêtre…», "She sat by the
    # window…" «Elle s'assit par la fenêtre…» (through it); "near the window": «près de la fenêtre» (4 of 4); not a
    # window cleaner, frame, seat…
    (r"\bby\s+the\s+window\b(?!\s*(?:cleaners?|frames?|sills?|seats?|boxe?s?)\b)(?![’'-])",
     r"near the window"),
    # a river's bank with no "river" beside it: "We sat on the bank and watched the boats." → «…sur la banque…»,
    # "Ducks were swimming near the bank." «…près de la banque.», "He climbed up the muddy bank of the river."
    # «…à la banque de la rivière.»; "the riverbank": «sur la rive», «près de la rive», «de la rive», «à la rive» (5
    # of 5); only after on/from/near/along… (not "to/at the bank") in a line with water and no money in it
    (rf"{_WATERSIDE}(.*?)\b(on|from|along|up|down|off|onto|across|near|beside)\s+the\s+"
     r"((?:muddy|grassy|steep|far|other|opposite|left|right)\s+)?bank\b(?:\s+of\s+the\s+(?:river|stream))?"
     r"(?!\s+(?:of|account|holiday|card|robbers?|notes?)\b)(?![’'-])", r"\1\2 the \3riverbank"),
    # (kept here, the last theme, after "came to visit us from London" above: read before it, "Our cousins are visiting
    # from Lyon." would be moved to "…coming from Lyon to see us" where it had been "…coming to see us from Lyon.")
    # visitors: "…because my parents are visiting and I have to pick them up…" → «…mes parents sont visités…», "My
    # parents are visiting next week." «Mes parents visitent…», "Our friends are visiting from Canada." «Nos amis
    # visitent le Canada.»; "coming to see me / us": «…viennent me voir…», «Nos amis viennent du Canada pour nous
    # voir.» (4 of 4); only with nothing visited after it
    (rf"\b(my\s+{_WHO_VISITS})\s+(is|are)\s+visiting(\s+me)?{_AFTER_VISITING}", r"\1 \2 coming to see me"),
    (rf"\b(our\s+{_WHO_VISITS})\s+(is|are)\s+visiting(\s+us)?{_AFTER_VISITING}", r"\1 \2 coming to see us"),
    (rf"\b(my\s+{_WHO_VISITS})\s+(is|are)\s+visiting\s+us{_AFTER_VISITING}", r"\1 \2 coming to see us"),
)
