"""A first visitor's phrases left by the probes of session 37 (fix45, fix44, words42, long42), read in words it knows.

"I will send you the address by text message." had come out «Je t'enverrai l'adresse du texte.», "They run a shop in
the old town." «Ils courent un magasin…», "My grandmother, who is eighty, …" «…qui a huit ans…», "I have a meeting
next Tuesday afternoon." «J'ai une réunion mardi prochain.» (the afternoon lost), "It's cold so take a coat." «Il fait
froid donc prendre un manteau.», "They let us on the plane…" «Ils nous laissèrent sur l'avion…», "The rent for my
flat went up." «…mon plat…», "We sat on the bank and watched the boats." «…sur la banque…». Each is read as a
paraphrase that came out right («par message», «gèrent», «qui a 80 ans», «mardi prochain, dans l'après-midi», «alors
prenez un manteau», «nous ont permis de monter dans l'avion», «mon appartement», «sur la rive») in at least three
sentences written for it (session 38, left46), none screened worse.
"""
from __future__ import annotations

_TEN_WORDS = (("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70),
              ("eighty", 80), ("ninety", 90))
# who is that old: a person said before "is" ("The number of boys in our class is thirty." came out «…a 30 ans» read
# with any noun: only people's nouns)
_AGED = (r"who\s+is|who['’]s|he\s+is|he['’]s|she\s+is|she['’]s|I\s+am|I['’]m|"
         r"(?:my|our|his|her|their|your)\s+(?:father|mother|dad|mum|mom|grand(?:father|mother|pa|ma|dad)|nan|nana|"
         r"granny|uncle|aunt|auntie|brother|sister|son|daughter|wife|husband|partner|cousin|neighbou?r|friend|boss|"
         r"teacher|doctor|landlord|landlady|boyfriend|girlfriend)\s+is")
# a business one keeps: run as "manage", not as a race or a program
_BUSINESS = (r"(?:a|an|the|this|that|their|our|his|her|my|your|its|own|his\s+own|her\s+own|their\s+own|our\s+own|"
             r"my\s+own)\s+(?:(?:small|little|family|local|busy|big|tiny|nice|new)\s+)?(?:shop|store|hotel|"
             r"restaurant|caf[eé]|bakery|business|bar|pub|guesthouse|farm|bookshop|bookstore|boutique|"
             r"company|firm)s?\b")
# who keeps it: a subject before the verb ("Who ran the shop…" came out «Qui a réussi le magasin» read so, "I manage
# a small bookshop" «Je débrouille…»: left)
_KEEPERS = r"(?:they|their\s+\w+|my\s+\w+|our\s+\w+|his\s+\w+|her\s+\w+|your\s+\w+|the\s+\w+|parents|people)"

# a river's bank: the line names water and no money
_WATERSIDE = (r"^(?=.*\b(?:rivers?|canals?|streams?|boats?|fish|fished|fishing|ducks?|swans?|water|swim|swam|swimming|"
              r"lakes?|rowing|rowed|reeds|frogs?|picnic)\b)"
              r"(?!.*\b(?:money|accounts?|cash|loans?|cards?|cheques?|checks?|deposit\w*|withdr[ae]w\w*|open\w*|"
              r"clos\w*|managers?|branch\w*|ATMs?|tellers?|robb\w*|queue|pay\w*|euros?|dollars?|pounds?|savings?|"
              r"mortgages?|interest|statements?|transfer\w*|cashier)\b)")

PHRASES = (   # (the phrase, where it means so; its paraphrase), after what the model had written for it
    # a phone message: "I will send you the address by text message." → «…l'adresse du texte.», "She told me by text
    # message that…" «…par le texte…», "Let me know by text." «…par le texte.»; "by message": «par message» (7 of 8:
    # send the address, she told me, confirm your booking, answers, informs parents, a receipt, got the news; the
    # eighth, "Let me know by message when you land.", lost it, so not before "when", "if", "once", "as")
    (r"\bby\s+(?:a\s+)?(?:text|SMS)\s+message\b(?!\s+(?:when|once|if|as)\b)", "by message"),
    (r"\bby\s+(?:text|SMS)\b(?=\s*(?:[.,;!?]|$))", "by message"),
    # a business kept: "They run a shop in the old town." → «Ils courent un magasin…», "We run a restaurant…"
    # «Nous courons…», "My parents ran a hotel…" «…ont couru un hôtel…»; "manage": «Ils gèrent un petit magasin»,
    # «ont géré un hôtel», «Il a géré le restaurant» (4 of 4 after "they", "parents", "has"); "runs" came out right
    # as typed («dirige», «gère») and is left; "we manage" came out «Nous gèreons» (a spelling slip) and is left
    (rf"\b({_KEEPERS})\s+run\s+(?={_BUSINESS})", r"\1 manage "),
    (rf"\b({_KEEPERS})\s+ran\s+(?={_BUSINESS})", r"\1 managed "),
    (rf"\b(has|have|had)\s+run\s+(?={_BUSINESS})", r"\1 managed "),
    # an age in words with no "years old": "My grandmother, who is eighty, …" → «…qui a huit ans…», "My father is
    # seventy." «Mon père a sept ans.», "Our neighbour, who is ninety, …" «…qui a quatre-vingts…»; "80 years old"
    # (in digits, as quantities.py reads "eighty years old" before the phrases): «qui a 80 ans», «a 70 ans»…;
    # only where the number ends the clause (not "eighty people", read by quantities.py)
    *((rf"\b({_AGED})\s+{word}\b(?=\s*(?:[,.;!?]|$)|\s+and\b)", rf"\1 {number} years old")
      for word, number in _TEN_WORDS),
    # an afternoon next week: "I have a meeting next Tuesday afternoon." → «…mardi prochain.», "Can we meet next
    # Tuesday afternoon?" «…mardi prochain ?», "She arrives next Sunday afternoon." «…dimanche prochain.» (the
    # afternoon lost); "next Tuesday, in the afternoon": «mardi prochain, dans l'après-midi» (4 of 4); the morning
    # and evening came out lost or «dans le soir» and are left
    (r"\bnext\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+afternoon\b",
     r"next \1, in the afternoon"),
    # a reason, then what to do, with no comma: "It's cold so take a coat." → «Il fait froid donc prendre un
    # manteau.», "It's late so go to bed." «Il est tard si au lit.», "The bus is late so take a taxi." «…pour prendre
    # un taxi.»; with the comma: «Il fait froid, alors prenez un manteau.», «…, alors va au lit.», «…, alors prends un
    # taxi.» (6 of 6); only before a verb told to someone, after a word ("and so", "or so", "not so" left)
    (r"\b(?!(?:and|or|not|just|even|do|did|does|think|hope|said|say|says|why)\b)(\w+)\s+so\s+"
     r"(take|go|come|bring|wear|put|call|wait|stay|leave|ask|check|buy|keep|sit|try|get|don['’]t)\b",
     r"\1, so \2"),
    # let on board, said in the past: "They let us on the plane after an hour." → «Ils nous laissèrent sur l'avion…»,
    # "They let us on the train…" «…sur le train…», "The bus driver let us on the bus…" «…nous laissa dans le bus…»
    # (firstvisit41 reads "let us get on" before it, which mends "wouldn't let me on" but not these); "allowed us to
    # get on": «nous ont permis de prendre l'avion», «…de monter dans le bus», «…dans le train», «…sur le bateau» (4
    # of 4); only after a subject ("Let us on!", "will let", "didn't let" are left to firstvisit41)
    (r"(?<!\bwill\s)(?<!\bwould\s)(?<!\bcan\s)(?<!\bcould\s)(?<!\bdid\s)(?<!\bdo\s)(?<!\bdoes\s)"
     r"(?<!\bshould\s)(?<!\bmight\s)(?<!\bmust\s)(?<!\bmay\s)"   # "Will they let me on the flight?": firstvisit41
     r"\b(they|he|she|we|I|the\s+\w+|the\s+\w+\s+\w+|finally|then)\s+let\s+(us|me|him|her|them)\s+(?:get\s+)?on\s+"
     r"(?=(?:the|a|our|their|that|this)\s+(?:\w+\s+)?(?:plane|bus|train|boat|ship|ferry|flight|coach)\b)",
     r"\1 allowed \2 to get on "),
    # a river's bank with no "river" beside it: "We sat on the bank and watched the boats." → «…sur la banque…»,
    # "Ducks were swimming near the bank." «…près de la banque.», "He climbed up the muddy bank of the river."
    # «…à la banque de la rivière.»; "the riverbank": «sur la rive», «près de la rive», «de la rive», «à la rive» (5
    # of 5); only after on/from/near/along… (not "to/at the bank") in a line with water and no money in it
    (rf"{_WATERSIDE}(.*?)\b(on|from|along|up|down|off|onto|across|near|beside)\s+the\s+"
     r"((?:muddy|grassy|steep|far|other|opposite|left|right)\s+)?bank\b(?:\s+of\s+the\s+(?:river|stream))?"
     r"(?!\s+(?:of|account|holiday|card|robbers?|notes?)\b)(?![’'-])", r"\1\2 the \3riverbank"),
    # a home before a comma or "went": "The rent for my flat went up again." → «…mon plat…», "Our flat, on the third
    # floor, …" «Notre plat, …», "Their flat went on sale…" «Leur flat…» (home.py reads "flat" only before the words
    # of its _HOME_AFTER); "apartment": «mon appartement» (5 of 5); only after a possessive
    (r"\b(my|our|your|his|her|their)\s+flat\b(?=\s*,|\s+went\b)", r"\1 apartment"),
)
