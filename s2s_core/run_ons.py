"""Two messages typed on a phone as one line, without punctuation, with a comma between them.

Typed in lower case and without a stop, a second clause that opens with "i" was read into the first: "where is the
train station i am lost" came out "où est la gare que je suis perdue", "can you help me i dont speak french"
"pouvez-vous m'aider à ne pas parler français", "call me later i am busy" "…plus tard que je suis occupé", and
"thanks so much see you tomorrow" "merci tellement vous voir demain". With a comma after the first ("where is the
train station, i am lost") each comes out right ("où est la gare, je suis perdu"). Only a lower-case "i" before a
verb, after a word that does not ask for a subject after it ("where can i eat", "so i left", "that i am" stay), in
a text with no punctuation before it.
"""
from __future__ import annotations

import re

# what "I" says as it opens a clause of its own
# (an apostrophe typed either way: a phone writes "don’t")
_VERB = (r"(?:am|m|was|have|had|need|needed|want|wanted|dont|don['’]t|didnt|didn['’]t|cant|can['’]t|cannot|couldnt|"
         r"couldn['’]t|lost|missed|forgot|left|got|think|thought|know|knew|feel|hope|love|miss|just|really|will|ll|"
         r"['’]ll|['’]m|im|like|loved|haven['’]t|havent|wont|won['’]t|should|must|only|still|also|already|never)")
# a word after which "i" goes on the same clause: an auxiliary or a question word asks for it, a conjunction opens
# its clause, a verb of saying or thinking takes it as its object's subject
_GOES_ON = frozenset("""can could do did does will would should shall may might must am is are was were have has had
where when what why how who whom which whose that if because as since though although while until till before after
and but or so than whether then nor unless once where's say said think thought know knew hope wish guess bet mean
tell told sure afraid please bc cos b4 n tho wen wat y because cause cuz coz lol ok okay yes yeah no hey hi
hello""".split())
# and a word a relative clause without "that" follows: "that's all i need" read "That's all, I need" had come out
# "C'est tout, j'ai besoin", "i lost everything i had" "J'ai tout perdu, j'avais tout perdu" (lower35)
_GOES_ON |= frozenset("all everything anything something nothing".split())
_RUN_ON = re.compile(rf"(?<=[a-z'’])\s+(?=(?:i\s+{_VERB}|i['’](?:m|ll|ve|d)|im)\b)")
_MAIN_VERB_AFTER = re.compile(r"\s\S+\s+(?:\S+\s+){0,3}?(?:is|are|was|were|isn['’]?t|aren['’]?t|wasn['’]?t)\b")
# "thanks so much see you tomorrow": a thanks and a farewell
_THANKS = re.compile(r"^(\s*(?:thanks|thank\s+you|thx|ty)(?:\s+(?:so\s+much|a\s+lot|very\s+much|again))?)"
                     r"\s+(?=(?:see|c)\s+(?:you|u|ya)\b|love\s+(?:you|u)\b|good\s*night\b|talk\s+(?:soon|later)\b)",
                     re.IGNORECASE)

# an interjection or a greeting that opens a line typed without its comma (typed36): "oh no i missed the bus" had come
# out "Je n'ai pas raté le bus" (the "no" read as the verb's), "no i didnt" "Je ne l'ai pas fait" (the "no" lost), "ok
# see you later" "D'accord vous verra plus tard", "hi mum how are you" "Salutez comment vous êtes"; with the comma "Oh
# non, j'ai raté le bus", "Non, je ne l'ai pas fait", "Bonjour maman, comment ça va". Only before a subject, "see
# you" or a question word; not "hey you", "no one", "ok it" before no verb
_SUBJECT = (r"(?:i|you|we|he|she|they|it|i['’]m|im|i['’]ll|i['’]ve|it['’]s|its|you['’]re|youre|we['’]re|were|"
            r"that['’]s|thats)")
_CALLED = r"(?:mum|mom|mummy|mommy|dad|daddy|guys|everyone|all|babe|honey|sis|bro|(?-i:[A-Z][a-z]+))"
_ASKS = r"(?:how|what|where|when|why)\s+(?:are|is|was|did|do)\b"
_INTERJECTION = re.compile(
    rf"^(\s*(?:(?:oh\s+)?no(?:\s+(?:worries|problem))?|oh|nope|yes|yeah|yep|ok|okay|sorry|cool|great|perfect|sure|"
    rf"(?:hi|hey|hello)\s+{_CALLED}))"
    rf"\s+(?=(?!(?:you|u)\s*$){_SUBJECT}\s+\w|see\s+(?:you|u|ya)\b|{_ASKS})"
    # a greeting alone before a question ("hey how are you" came out "Salut, comment ça va", not asked), "by the way"
    # before what it adds ("btw your package arrived" «D'après votre paquet est arrivée»)
    rf"|^(\s*(?:hi|hey|hello))\s+(?={_ASKS})|^(\s*by\s+the\s+way)\s+(?=[a-z])",
    re.IGNORECASE)

# a relative clause without "that" at the end of the text: after a noun with its determiner, "i" and a verb that
# lacks its object ("this is the song i love" read "…the song, i love" had come out "c'est la chanson, j'adore",
# "where is the book i lost" "où est le livre, j'ai perdu", "…the place i was telling you about" "…je te le disais
# de toi"); not "i am lost", "im busy" (no object missing), nor after no determiner ("so sorry i forgot")
_NOUN_BEFORE = re.compile(r"\b(?i:the|a|an|this|that|my|your|his|her|our|their|one|only|best)(?:\s+\S+){1,3}$")
_TAKES_OBJECT = frozenset("""love loved like liked want wanted need needed lost missed forgot got know knew had seen met
bought made found saw""".split())
_PREPOSITIONS = frozenset("about of for with to in on at from".split())
_AFTER_GAP = frozenset("the most best ever yesterday today last night so much a lot".split())    # "…i love the most"
_BE = frozenset("am m im was get got feel felt".split())                                         # "i am lost"


def _relative(text: str, m: re.Match) -> bool:
    """Whether the "i" after ``m`` opens a relative clause that ends its sentence, its object missing: after a noun
    with its determiner (``_NOUN_BEFORE``), a verb that takes one or a preposition last ("the song i love", "the
    place i was telling you about"; not "the station i am lost")."""
    if not _NOUN_BEFORE.search(text[:m.start()]):
        return False
    clause = re.split(r"[.,;:!?]", text[m.end():])[0].lower().replace("’", "'").replace("'", " ")
    words = re.sub(r"^\s*im\b", "i m", clause).split()[1:]                 # "im lost" as "i m lost"
    while words and words[-1] in _AFTER_GAP:
        words.pop()
    if not words:
        return False
    return words[-1] in _PREPOSITIONS or words[-1] in _TAKES_OBJECT and (len(words) == 1 or words[-2] not in _BE)


def _opens_clause(text: str, m: re.Match) -> bool:
    """Whether the "i" after ``m`` opens a clause of its own: no punctuation before it, a word before it that
    does not ask for it, at least two words before it, and no verb of a subject before it after the clause ("the
    man i love is here", "the keys i lost are in the car": a relative clause)."""
    before = text[:m.start()]
    words = before.split()
    last = words[-1].lower().replace("’", "'") if words else ""                  # "where’s" as "where's"
    return len(words) >= 2 and not re.search(r"[.,;:!?]", before) and last not in _GOES_ON \
        and not _MAIN_VERB_AFTER.search(text, m.end()) and not _relative(text, m)


def read_run_ons(text: str) -> str:
    """``text`` with a comma between two clauses typed as one ("where is the station i am lost" → "where is the
    station, i am lost"; "thanks so much see you" → "thanks so much, see you")."""
    text = read_interjection(_THANKS.sub(r"\1, ", text))                        # "oh no i…": "oh no, i…"
    m = _RUN_ON.search(text)
    while m and not _opens_clause(text, m):
        m = _RUN_ON.search(text, m.end() + 1)
    return text[:m.start()] + "," + text[m.start():] if m else text

# a "when…" clause typed without its comma before an order: "when youre ready call me" had come out "Quand tu es prêt
# à m'appeler" ("ready to call me"); with it, "Quand tu es prêt, appelle-moi"; only a state ("ready", "home") before
# a verb that asks for the writer ("call me", "let us know"), not "when you call me"
_WHEN_THEN = re.compile(r"^(\s*(?:when|once|as\s+soon\s+as|if)\s+(?:you|u)(?:['’]re|re|\s+are|\s+r|\s+get)\s+"
                        r"(?:ready|done|home|there|free|back|finished|awake|up|here|outside|in)"
                        r"(?:\s+(?:tonight|later))?)"
                        r"\s+(?=(?:call|text|ring|tell|let|come|send|email|message|wake|meet|ping)\s+(?:me|us)\b)",
                        re.IGNORECASE)

# "by the way" (or "btw", read so by shorthand.py) closing a line, read opening it: at the end the model reads it as a
# road ("i have a meeting at 3 btw" had come out "J'ai une réunion à 3 du chemin", "The keys are on the table, by the
# way." "…, par le chemin."); opening it, "Au fait, …"
_BY_THE_WAY_LAST = re.compile(r"^(\s*)([^.!?;:,]*?\w)\s*,?\s+by\s+the\s+way(\s*[.!?]*\s*)$", re.IGNORECASE)
_OPENING_SMALL = re.compile(r"(?:the|a|an|we|my|your|it|it's|this|that|there|they|he|she|you|our|his|her|its)\b")


def _by_the_way_first(m: re.Match) -> str:
    """A line's closing "by the way" put before it ("The keys are here, by the way." → "By the way, the keys are
    here."), in the case the line opened with."""
    lead, said, end = m.groups()
    opening = "By the way, " if said[:1].isupper() else "by the way, "
    said = said[:1].lower() + said[1:] if _OPENING_SMALL.match(said.lower()) and said[:1].isupper() else said
    return lead + opening + said + end


def read_interjection(text: str) -> str:
    """``text`` with a comma after the interjection or greeting that opens it, where it was typed without one ("oh no
    i missed the bus" → "oh no, i missed the bus", "hi mum how are you" → "hi mum, how are you"; "when youre ready
    call me" → "when youre ready, call me"; a closing "by the way" put first), so that the "no"
    is not read as the verb's ("Je n'ai pas raté le bus"). A line written with its stop and its capital
    stays ("Sorry I'm late.")."""
    text = _BY_THE_WAY_LAST.sub(_by_the_way_first, text)
    if text.lstrip()[:1].islower() or not re.search(r"[.!?]\W*$", text):
        text = _WHEN_THEN.sub(r"\1, ", text, count=1)
        return _INTERJECTION.sub(lambda m: (m.group(1) or m.group(2) or m.group(3)) + ", ", text, count=1)
    return text
