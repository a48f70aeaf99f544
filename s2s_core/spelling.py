"""British spellings the default en→fr model misreads, read the American way before translating.

The model learnt English from Tatoeba (mostly American spelling) and the Canadian Hansards, which spell "colour",
"centre", "labour", "defence" and "honour" as Britain does, so which spelling it knows goes word by word. Measured on
254 British↔American pairs of forms (piece counts, counts in the English side of the training corpus, and 3–6
sentences each through the model with each spelling), the American form helped where the corpus holds the British one
a handful of times at most: "recognised" 12 times against "recognized" 2,060 ("I recognised him at once." had come
out "Je l'ai immédiatement reconduit."), "apologised" 0 against 222 ("J'ai apologi…"), "realised" 0 against 794
("Ils se sont réalisés…"), "gaol" 1 against "jail" 827 ("la gaise"); "grey" came out "vert" (140 of the corpus's
219 "grey" are the capitalised name, as in "Simcoe-Grey").
Only the forms that came out right the American way where the British way came out wrong, in at least one sentence
and never the other way round, are read so; the rest are left as typed, the British way being as good or better
("labour" → "main-d'œuvre" but "labor" → "labor", "centres" → "centres" but "centers" → "cents", "catalogue",
"defence", "offence", "metre", "colour", "specialised", "sympathise", "minimising"; "judgement", which helped in
one sentence of six but put a "!" after "Use your own judgment.").

A capitalised form inside a sentence, or before another capitalised word, is a name or a title and stays as typed
("Earl Grey", "the Grey Cup", "Reading Gaol", "Organised Crime Unit"); the typed word's case is kept ("Recognise"
→ "Recognize"). fold.py calls ``read_american`` after the phrase readings (which know the British forms they read)
and names the reading in its note.

"Grey" or "Gray" that opens a sentence before a noun is read as "Black" for a French target, and the French for
black written back as grey, as it agrees ("Grey clouds are gathering." → "Black clouds…" → "Les nuages noirs…" →
"Les nuages gris…"): read as typed, the model took it for the name "Gray" ("Les nuages de grain…", "Gray est ma
couleur préférée."), and in lower case for grass ("L'herbe fumée…"). Measured on 14 such sentences: 9 mended, the
others as wrong as before.
"""
from __future__ import annotations

import re
from typing import Mapping

# -ise verbs and nouns: the American form spells "iz" where the British spells "is" ("paralysing": "yz"). Not
# "analysed", "analyse", "analysing", "paralyse", "paralysed": read "-yz-" in 58 sentences (corpus, newstest, own),
# the first four came out worse in at least one ("Have you analysed the report yet?" → "As-tu déjà assoupi le
# rapport ?", "students analysed movies" → "les étudiants analysés cinéma") and "paralysed" no better;
# "paralysing" only better ("The cold was paralysing." → "Le froid était paralysant.", not "en train de paralyser")
_IZE = ("recognise recognised recognises recognising realise realised realises realising apologise apologised "
        "apologises apologising organised organising criticises criticised criticising emphasise emphasises "
        "emphasised specialise memorises memorised minimises minimised sympathises authorises authorised authorising "
        "modernise modernised modernising sterilise visualise capitalise capitalises characterises mobilises "
        "mobilised privatise privatises privatising stabilise stabilises subsidise subsidises subsidised "
        "subsidising maximised legalise legalises legalised legalising hospitalise hospitalises categorises "
        "categorising jeopardise jeopardises jeopardised jeopardising optimises optimised fertilise fertilised "
        "privatisation authorisation civilisation civilisations paralysing").split()
AMERICAN = {**{w: re.sub(r"([iy])s(?=(?:e|es|ed|ing|ation|ations)$)", r"\1z", w) for w in _IZE},
            "grey": "gray", "greying": "graying", "moustache": "mustache",
            "ageing": "aging", "anaemia": "anemia", "gaol": "jail"}
_BRITISH = re.compile(rf"(?<![\w'’])({'|'.join(sorted(AMERICAN, key=len, reverse=True))})(?![\w'’])", re.IGNORECASE)
_OPENS = re.compile(r"(?:^|[.!?:;]\s+|\n)[\"'“‘(«\s-]*$")           # what may come before a sentence's first word
_NAME_NEXT = re.compile(r"[\s-]+[A-Z]")                               # "Grey Cup", "Organised Crime"
_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Prof|Sgt|Capt|Col|Gen|Rev|Lt)\.\s+$")  # "Mrs. Grey": a name
# the word itself, quoted alone, is about its spelling ('Is it "realise" or "realize"?')
_QUOTED = re.compile(r"[\"'“‘«]\s?$")


# "Grey"/"Gray" that opens a sentence before a noun it colours ("Grey clouds are gathering…"): read capitalised, the
# model took it for the name ("Les nuages de grain…", "Gray hair" → "Les cheveux de grain"), and read in lower case
# for grass ("L'herbe fumée…"); it knows "Black" (``read_gray_opening``). Not before a verb, where "Grey" is a name
# or what the sentence is about ("Grey lives in Leeds", "Grey suits you"), nor after a title ("Mrs. Grey likes tea")
# (a verb in the past that is no "-ed": "Gray sent me a letter.", "Grey won the election." had come out "Le gris m'a
# envoyé…", "Le gris a gagné…"; "Gray" as typed: "Gray m'a envoyé…")
_VERBISH = (r"(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|does|do|did|and|or|but|"
            r"suits|looks|seems|goes|means|matches|said|says|told|asked|wrote|lives|works|likes|loves|wants|"
            r"sent|won|met|knew|took|went|came|got|gave|made|left|saw|thought|brought|bought|ran|became|kept|found|"
            r"felt|held|lost|paid|sat|stood|spoke|drove|ate|began|wore|shot|hit|put|let|led|fell|grew|rang|sang|"
            r"\w+ly|\w+ed)")
_AFTER_A_VERB = (r"(?:in|on|at|to|for|with|the|a|an|my|your|his|her|our|their|me|you|him|us|them|it|that|this|good|"
                 r"great|nice|well|like|so|too|home|back|up|out|away|off)")   # "Grey lives in…", "Grey suits you",
# "Grey thinks so": the "-s" word a verb's; nor a word before an object or "home" ("Gray knows her", "Grey goes home")
_GRAY_OPENING = re.compile(r"(?:^|(?<=[.!?:;]\s)|(?<=\n))([\"'“‘(«]?)(Gr[ae]y)"
                           rf"(?=\s+(?!{_VERBISH}\b)[a-z]+(?<!s)\b(?!\s+{_AFTER_A_VERB}\b)"
                           rf"|\s+[a-z]+s\s+(?!{_AFTER_A_VERB}\b)[a-z])")
# "Grey" as the colour the sentence is about ("Grey is my favourite colour."; "Gray est ma couleur…")
_GRAY_SAID = re.compile(r"^([\"'“‘(«]?)(Gr[ae]y)(?=\s+(?:is|was|isn't|wasn't)\b[^.!?]*\b(?:colou?rs?|shades?)\b)",
                        re.MULTILINE)
# the French words for "black" and those for "grey" written in their place (the caller gives them for a French target)
GRAY_FR = {"noir": "gris", "noire": "grise", "noirs": "gris", "noires": "grises"}
GRAY_FR.update({black.capitalize(): gray.capitalize() for black, gray in GRAY_FR.items()})
_BLACK = re.compile(r"\b(?:black|noir)", re.IGNORECASE)


def read_american(text: str) -> str:
    """``text`` with the British spellings of ``AMERICAN`` spelt the American way, in the typed word's case; a
    capitalised one inside a sentence or before another capitalised word is a name and stays ("Earl Grey")."""
    def one(m: re.Match) -> str:
        typed = m.group()
        if _QUOTED.search(text[:m.start()]) and re.match(r"\s?[\"'”’»]", text[m.end():]):
            return typed
        american = AMERICAN[typed.lower()]
        if typed.isupper() and len(typed) > 1:
            return american.upper()
        if typed[0].isupper():
            if (not _OPENS.search(text[:m.start()]) or _TITLE.search(text[:m.start()])
                    or _NAME_NEXT.match(text, m.end())):
                return typed
            return american[0].upper() + american[1:]
        return american
    return _BRITISH.sub(one, text)


def read_gray_opening(text: str, colours: Mapping[str, str]) -> tuple[str, dict[str, str]]:
    """``text`` with "Grey"/"Gray" that opens a sentence before a noun read "Black" (``_GRAY_OPENING``: "Grey
    clouds are gathering…" → "Les nuages noirs…"), and the words to write back: ``colours`` (the target's words
    for "black" → for "grey": "noirs" → "gris", as it agrees), "Black" → the typed word; none where the text says
    "black" itself or no ``colours`` are given."""
    if not colours or _BLACK.search(text):
        return text, {}
    typed: list[str] = []

    def one(m: re.Match) -> str:
        if _TITLE.search(text[:m.start()]):
            return m.group()
        typed.append(m.group(2))
        return m.group(1) + "Black"
    read = _GRAY_SAID.sub(one, _GRAY_OPENING.sub(one, text))
    return read, ({**colours, "Black": typed[0]} if typed else {})
