"""Abbreviations, titles, dotted capitals and chat spelling, read in the words the model knows.

Read as typed, a small model spells them out letter by letter or takes them for other words: "e.g. a sweater" came
out "d'œuf. Un chandail", "ASAP" "l'ASP", "Ms. Lee" "Maîtrise", "The U.N." "Les États-Unis", "Martin Luther King Jr.
gave a speech" stopped at "Jr.", "i didnt recieve teh package" "j'ai fait un paquet dents". Each reader leaves alone
what only looks like one ("no MSG", "Army Col. Lind", "P.S.", "the letter u"); fold.py calls them and names each
reading in its note.
"""
from __future__ import annotations

import re

_SHORTHAND = {"e.g.": "for example", "i.e.": "that is", "asap": "as soon as possible", "fyi": "for your information",
              "btw": "by the way", "rsvp": "please reply"}
_SHORTHAND_RE = re.compile(r"(?<![\w.])(e\.g\.|i\.e\.|asap|fyi|btw|rsvp)(?=[\s,;:.!?)]|$)", re.IGNORECASE)
# "RSVP" opening a clause asks; elsewhere it is the reply ("Thanks for your RSVP.", "Please RSVP", "Did you RSVP?")
_RSVP_INSIDE = re.compile(r"(?<![.!?;:]\s)(?<=\w\s)rsvp\b", re.IGNORECASE)
_EOD = re.compile(r"\b(by|at|before|until|till)\s+(?:the\s+)?EOD\b", re.IGNORECASE)      # "by EOD"
# chat spelling in words: read as typed, "u r late" and "i didnt recieve it" came out as invented words
_CHAT = {"u": "you", "r": "are", "ur": "your", "pls": "please", "plz": "please", "thx": "thanks", "im": "I'm",
         "dont": "don't", "cant": "can't", "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't", "wasnt": "wasn't",
         "youre": "you're", "ive": "I've", "idk": "I don't know", "tmrw": "tomorrow", "tmr": "tomorrow",
         "gonna": "going to", "wanna": "want to", "gotta": "have to", "omg": "oh my God", "cya": "see you",
         "b4": "before", "2day": "today", "2morrow": "tomorrow", "i": "I", "msg": "message", "pic": "picture",
         "recieve": "receive", "teh": "the", "thanx": "thanks", "wont": "won't", "thats": "that's",
         "whats": "what's", "ok": "OK"}
_LETTER_NAMED = re.compile(r"\b(?:the|letter|press|key|where|type|variable|part|section|chapter|option|let)\s+$",
                           re.IGNORECASE)
_OTHER_LETTER = re.compile(r"(?<![\w'’.-])[b-hj-qs-tv-zB-HJ-QS-TV-Z](?![\w'’])")     # "v" in "u and v": maths
_POSSESSIVE = re.compile(r"\b(?:his|her|its|their|my|your|our|was)\s+$", re.IGNORECASE)   # "as was his wont"
_CHAT_NEXT = re.compile(r"\s+[a-z]|\s*(?:[,.!?]|$)")      # a chat letter goes on in lower case or ends a phrase
_CHAT_RE = re.compile(rf"(?<![\w'’.-])({'|'.join(_CHAT)})(?![\w'’/-])", re.IGNORECASE)
# titles shortened with a full stop before a name: no sentence ends there (sentences.py); some read in full below
TITLES = frozenset("mr mrs ms dr prof sgt capt gen maj brig adm cmdr cpl pvt lt col rev sen gov rep hon pres "
                   "supt insp det".split())
_TITLES = {"Ms": "Mrs.", "Sen": "Senator", "Gov": "Governor", "Gen": "General", "Capt": "Captain", "Prof": "Professor",
           "Sgt": "Sergeant", "Lt": "Lieutenant", "Col": "Colonel", "Maj": "Major", "Adm": "Admiral",
           "Det": "Detective", "Insp": "Inspector", "Rev": "Reverend"}
_TITLE_BEFORE = {"Army", "Navy", "Marine", "Force", "Guard", "Lt.", "Gen.", "Maj.", "Brig.", "Vice", "Deputy",
                 "Assistant", "Former", "Retired", "Acting", "State"}     # "Army Col. Lind": one title, not two
_TITLE_RE = re.compile(rf"\b(Ms\.?|(?:{'|'.join(t for t in _TITLES if t != 'Ms')})\.)\s(?=[A-Z][a-z])")  # not "Col. B"


_SHORT_WORDS = {"Ave": "Avenue", "Rd": "Road", "Blvd": "Boulevard", "Jr": "Jr", "Sr": "Sr"}
_DOTTED = re.compile(r"(?<![\w.])(?!P\.[SO]\.)((?:[A-Z]\.){2,4})(?!\w)"     # "U.N.", not "P.S." or "P.O."
                     r"|\b(Ave|Rd|Blvd|Jr|Sr)\.(?!\w)")


def read_dotted(text: str) -> tuple[str, dict[str, str]]:
    """Capitals with dots without them ("U.N." → "UN", "B.B.C."), a street's short name in full ("Ave." →
    "Avenue"), "Jr." and "Sr." without their dot, a final full stop kept: read with their dots, "The U.N." came out
    "Les États-Unis", "at the B.B.C. now" lost "now", "on Pennsylvania Ave. yesterday" "Ave. Hier", and "Martin
    Luther King Jr. gave a famous speech." stopped at "Jr.". Also what to put back: initials before a name ("JK"
    → "J.K." Rowling), "Jr" → "Jr."."""
    initials = {}

    def one(m: re.Match) -> str:
        word = m.group(1).replace(".", "") if m.group(1) else _SHORT_WORDS[m.group(2)]
        final = not text[m.end():].strip(" \"')»”]")
        if (m.group(1) and re.match(r"\s+[A-Z][a-z]", text[m.end():])) or (word in ("Jr", "Sr") and not final):
            initials[word] = m.group()
        return word + ("." if final else "")
    return _DOTTED.sub(one, text), initials


def read_shorthand(text: str) -> str:
    """Shorthand in words: read as letters, "e.g. a sweater" came out as "d'œuf. Un chandail", "ASAP" as "l'ASP",
    "FYI" as "FTI"; a title shortened before a name in full ("Ms. Lee" came out "Maîtrise", "Prof. Jones" "Le
    professeur. Jones"; "Ms." is read "Mrs.", which the model writes "Mme", as French writes both)."""
    def one(m: re.Match) -> str:
        words, short = _SHORTHAND[m.group().lower()], m.group()
        opens = not text[:m.start()].strip(" \"'(«“")
        return words[0].upper() + words[1:] if short[0].isupper() and (opens or not short.isupper()) else words
    def title(m: re.Match) -> str:   # not inside a longer title ("Army Col. Lind" read "Armyel Lind")
        before = text[:m.start()].split()
        inside = bool(before) and before[-1] in _TITLE_BEFORE
        return m.group() if inside else _TITLES[m.group(1).rstrip(".")] + " "
    text = _EOD.sub(r"\1 the end of the day", _RSVP_INSIDE.sub("reply", text))
    text = _SHORTHAND_RE.sub(one, text)
    return _TITLE_RE.sub(title, text)


def read_chat(text: str) -> str:
    """Chat spelling in full ("u r late" → "you are late", "i didnt" → "I didn't"), in lower case (or capitalised
    opening the text: "Im late"); capitals stay ("no MSG", "the letter U"), and so does a letter among letters ("f g
    h i j"), before a capital ("Argumenti i Fakti") or named as one ("where i is the index")."""
    words = re.findall(r"[^\W\d_]{2,}", text)

    def one(m: re.Match) -> str:
        w = m.group()
        opening = not text[:m.start()].strip() and w[1:].islower() and w.lower() != "ur"    # "Im late", "Thx"
        if not (w.islower() or len(w) > 1 and opening):
            return w                # "MSG", "an IM", "B4 paper", "Ur was a city"
        if w.lower() == "wont" and _POSSESSIVE.search(text[:m.start()]):
            return w
        if len(w) == 1 and (not words or not _CHAT_NEXT.match(text, m.end()) or _LETTER_NAMED.search(text[:m.start()])
                            or _OTHER_LETTER.search(text)
                            or w == "i" and text[m.end():m.end() + 1] in ".)"
                            or re.search(r"(?<!\w)\w,\s$", text[:m.start()])
                            or re.match(r",\s\w(?!\w)", text[m.end():])):
            return w                # "f g h i j", "Argumenti i Fakti", "the letter u", "i. First item", "q, r, s"
        read = _CHAT[w.lower()]
        return read[:1].upper() + read[1:] if w[0].isupper() else read       # "Dont worry" → "Don't worry"
    return _CHAT_RE.sub(one, text)
