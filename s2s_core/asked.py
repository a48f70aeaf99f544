"""A question typed on a phone without its "?", read with it.

A whole line with no stop nor comma in it, asked by an auxiliary and its subject or by a question word and an
auxiliary: read as a statement, "had you been drinking" came out "Si tu étais en train de boire", "has prison changed
him" "La prison l'a changé", "what are you writing" "Qu'est-ce que tu écrives", "don't you love me anymore" "Ne
m'aimez plus"; read with its "?", as the line typed with it ("Avez-vous bu ?"). Not an order ("do it now", "have a
nice day", "don't you dare"), a wish ("may you…"), a condition ("should you need…", "had I known…"), nor a clause
("when I was young…": a subject between the question word and its verb). The Translator reads so for a French target
(``fold(..., opening_capital=True)``), with a sentence's capital (casing.read_opening_capital).
"""
from __future__ import annotations

import re

_NEG = r"(?:n['’]?t)?"
_BE = rf"(?:(?:is|are|was|were){_NEG}|am)"
_AUX = rf"(?:(?:do|does|did|have|has|had|can|could|would|should|must){_NEG}|will|won['’]?t|can['’]?t|shall|cannot)"
_ONE = r"(?:i|you|he|she|we|they)"                                               # a subject after any of them
_MORE = (r"(?:it|this|that|these|those|there|the|my|your|his|her|our|their|something|anything|everything|"
         r"someone|anyone|everyone|somebody|anybody|everybody)")                  # after "is", "does", "will"…
_OPENER = (rf"(?:{_BE}\s+(?:{_ONE}|{_MORE})|(?:(?:does|did|has|would|could|can|should){_NEG}|will)\s+{_MORE}"
           rf"|(?!had\s+i\b|should\s+(?:you|we|they|he|she)\s+(?:need|have|require|wish|want)\b)"
           rf"(?!don['’]?t\s+you\s+dare\b){_AUX}\s+{_ONE}|may\s+(?:i|we))\b")
_NO_SUBJECT = r"(?!(?:i|you|u|he|she|it|we|they|there|this|that|the|an?|my|your|his|her|our|their)\b)"
_WH_AUX = (rf"(?:what|where|when|why|how|who|which|whose)(?:\s+{_NO_SUBJECT}\w+){{0,2}}?\s+(?:{_BE}|{_AUX})\s+\w"
           r"|(?:what|where|who|how)['’]s\s+\w")                                  # "what's he talking about"
# a greeting and the name it calls before the question (typed36: "hi mum, how are you" came out "Bonjour maman, comment
# ça va", as a statement)
_GREETED = r"(?:(?:hi|hey|hello)(?:\s+[^\W\d_]+)?,\s+)?"
_ASKED = re.compile(rf"^(\W*{_GREETED}(?:{_OPENER}|{_WH_AUX})[^?.!;:,\n]*\w)\s*$", re.IGNORECASE)


def read_asked(text: str) -> str:
    """``text`` with a "?" where it is a question typed without one ("had you been drinking" → "had you been
    drinking?"; "do it now" stays so), and a request after a clause with its comma too (``read_request``)."""
    asked = _ASKED.sub(r"\1?", text)
    return asked if asked != text else read_request(text)


# a request after an "if"/"when" clause, typed with no comma nor "?" (measure44): "if you're going to the supermarket
# could you pick up some bananas…" came out "Si vous allez au supermarché, avez-vous pu prendre…" (read with a full
# stop: "were you able to take"), "when you go to the shop could you buy some milk" "…, as-tu pu acheter du lait", "if
# you have time could you call the plumber" "Si vous avez le temps d'appeler le plombier" (the request lost); read with
# the comma and the "?": "pourrais-tu prendre…", "peux-tu acheter…", "pourriez-vous appeler…"
_CLAUSE_OPENING = re.compile(r"\W*(?:if|when|whenever|once|while|as\s+soon\s+as)\s", re.IGNORECASE)
_REQUEST = re.compile(r"(?<=\w)\s+(?=(?:could|can|would|will)\s+(?:you|u)\s+\w)", re.IGNORECASE)
_CLAUSE_SUBJECT = re.compile(r"\b(?:i|you|u|he|she|it|we|they)$", re.IGNORECASE)   # "when you can you…": its verb


def read_request(text: str) -> str:
    """``text`` with a comma before its request and a "?" after it where it opens with an "if"/"when" clause and has
    no sign but a list's commas ("if you have time could you call me" → "if you have time, could you call me?"); as
    typed otherwise."""
    if re.search(r"[?.!;:]", text) is None and _CLAUSE_OPENING.match(text) and re.search(r"\w\s*$", text):
        m = _REQUEST.search(text)                                  # the clause's comma only: a list may follow
        if m and "," not in text[:m.start()] and not _CLAUSE_SUBJECT.search(text[:m.start()]):
            return text[:m.start()] + "," + text[m.start():].rstrip() + "?"
    return text


# a line typed without its final stop, read with one ("i hurried" → "I hurried."): read without it, the model wrote
# other words than for the line typed with it in 143 of the first 1,000 Tatoeba dev statements lower-cased ("we'll
# stand" "Nous resterons endettés", "beat the eggs" "Surveille les œufs", "i seldom go out" "Je sortirai rarement",
# "the ice is melting" "La glace se fonde"), read with it the same words in 140 of them ("Nous resterons debout.");
# the stop is taken off its translation again (``without_stop``), as typed. Two words or more, ending in a letter
_UNSTOPPED = re.compile(r"[^\W\d_]+[\s'’-]+\S*[^\W\d_]\s*$")
# but a line that opens as a question does (one ``read_asked`` left: "which student went out" read with a stop came
# out "Quel étudiant sortit", "has prison changed him" "La prison l'a changé"): left as typed; not an order's "do",
# "don't", "have" ("don't make me go back there" read so came out as typed with a stop, "Ne m'obligez pas…")
_ASKING = re.compile(rf"\W*(?:what|where|when|why|how|who|which|whose|{_BE}|(?:does|did|has|had|can|could|would|should"
                     rf"|must|might){_NEG}|will|won['’]?t|can['’]?t|shall|cannot|may)(?![\w'’-])", re.IGNORECASE)
_STOP = re.compile(r"(?<![.\s])\s*\.(?=\s*$)")


def read_stop(text: str) -> tuple[str, bool]:
    """``text`` with a full stop where a line of two words or more ends in a letter, and whether one was added
    ("we need it" → "we need it."; "is it ready?", "call me at 5", "hello", "which one went out" stay so)."""
    return (text.rstrip() + ".", True) if _UNSTOPPED.search(text) and not _ASKING.match(text) else (text, False)


def without_stop(translation: str) -> str:
    """``translation`` without its final full stop ("Nous en avons besoin." → "Nous en avons besoin"; an ellipsis
    stays)."""
    return _STOP.sub("", translation)
