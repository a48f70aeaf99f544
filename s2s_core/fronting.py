"""A time that closes a long clause after a place or an object, read at the front of its clause.

At the end of a long clause, after another phrase, the default model bound a time phrase to the noun before it or
lost a word near it: "…brought us a lemon cake yesterday to say hello" came out «…un gâteau d'hier…», "We hope to
present the results to the director in early June." «…au directeur du début de juin», "We bought a second-hand
table for the kitchen at the market on Sunday, and…" «…pour la cuisine dimanche, et…» ("at the market" lost),
"…a chocolate cake yesterday evening to welcome us…" «…, hier soir, à nous accueillir…» ("upstairs" lost too). Read
with the time before its clause and a comma after it ("Yesterday, our neighbours brought us a lemon cake…"; "…, and
in early June, we hope…", the form joins.py reads a time in), each came out whole: «Hier, nos voisins…», «Au début
de juin, nous espérons présenter les résultats au directeur», «Dimanche, nous avons acheté… au marché».
Only a sentence of ``MIN_WORDS`` words, a clause that opens it or follows ", and" / ", but" / ", so" with a pronoun
or a determiner for subject, a time of a named day or more ("on Sunday", "yesterday evening", "next month", "in early
June"; not "in the evening", read at the front «Dans le soir», nor "on weekends", read as the subject «Les week-ends
ont besoin…»), after a phrase of its clause, ending it or before a purpose ("to say hello"). Not a time after an
event ("the meeting on Friday": it says which meeting), after "for", "until"…, nor in a clause with a relative, a
subordinate or a reported order ("she asked me to call her on Monday": the asking was not on Monday).
A part of the day that closes a clause right after a place ("…in the north in the evening.") is read "during the
evening" where it stays: read at the front it came out «Dans le soir, …»; after the place it had been bound to it
(«dans le nord du soir», «sur la côte du matin»), read "during" it came out «dans le Nord pendant la soirée»,
«sur la côte pendant le matin».
"""
from __future__ import annotations

import re

from .subjects import PAST_VERB

MIN_WORDS = 10
MIN_SPAN_WORDS = 6      # words of a clause before its time that has no other phrase: "Our neighbours brought us a
                        # lemon cake yesterday to say hello" (an object: «un gâteau d'hier»)
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_SPAN = r"(?:week|month|year|weekend|summer|winter|spring|autumn)"
TIME = (rf"(?:yesterday(?:\s+(?:morning|afternoon|evening))?|tomorrow(?:\s+(?:morning|afternoon|evening))?|"
        rf"last\s+(?:night|{_SPAN}|{_DAY})|next\s+(?:{_SPAN}|{_DAY})|this\s+(?:morning|afternoon|evening|{_SPAN})|"
        rf"on\s+{_DAY}(?:\s+(?:morning|afternoon|evening))?|in\s+(?:(?:early|late|mid-?)\s*)?{_MONTH})")
# the clause: where it opens (the sentence's start or a link after a comma), its subject's first word, and what runs
# to the time without a comma or a word that opens another clause; the time ends it or comes before a purpose
_SUBJECT = r"(?:I|we|you|he|she|they|it|there|the|my|our|your|his|her|their|a|an|this|these|those|its)"
_OTHER_CLAUSE = (r"that|which|who|whom|whose|where|when|if|because|while|until|since|although|though|whether|what|"
                 r"how|before|after|and|or|but|so")
_AFTER_NO = (r"for|until|till|by|since|from|before|after|of|to|between|than|every|each|again|"  # "until next week"
             r"meeting|party|appointment|concert|flight|train|match|game|dinner|lunch|breakfast|exam|class|lesson|"
             r"trip|wedding|reservation|booking|event|deadline|show|film|movie|visit|interview|call|conference|"
             r"festival|holiday|holidays|course|ceremony|performance|session|news|paper|issue|edition")
_STOP = rf"[,;:!?\"“”()]|\s(?:{_OTHER_CLAUSE})\b"
_CLAUSE = re.compile(rf"(?P<open>^\W*|,\s+(?:and|but|so)\s+)(?P<subject>{_SUBJECT}\b(?:(?!{_STOP}).)*?)"
                     rf"\s+(?P<time>{TIME})(?=\s*(?:[,.;!]|$)|\s+to\s+[a-z]+)", re.IGNORECASE)
_PHRASE = re.compile(r"\s(?:in|at|on|to|from|for|near|with|behind|into|under|outside|inside|along|across|above|through|"
                     r"below)\s", re.IGNORECASE)         # the phrase before the time: "to the director in early June"
# a verb whose object or infinitive the time may tell of ("she asked me to call her on Monday", "I want you to go to
# Boston tomorrow", "I would like to complain about the noise last night"): the asking, the wanting are not then
_WISH = re.compile(r"\b(?:wants?|wanted|like|liked|ask|asks|asked|tell|tells|told|remind(?:s|ed)?|invite[sd]?|"
                   r"need(?:s|ed)?|promise[sd]?|decided?|forgot|refused?|beg(?:s|ged)?|advised?|order(?:s|ed)?|"
                   r"allow(?:s|ed)?|complain(?:s|ed)?|said|says|say|think|thought|know|knew|hear|heard)\b",
                   re.IGNORECASE)
# a time past or to come, and the verbs of a clause it cannot tell of: "I booked a table at the restaurant next
# Friday" (the booking was not then: the table is for then)
_PAST_TIME = re.compile(r"yesterday|last\b", re.IGNORECASE)
_FUTURE_TIME = re.compile(r"tomorrow|next\b", re.IGNORECASE)
_NOT_PAST = re.compile(r"\b(?:will|would|shall|can|am|is|are|going|want|wants|hope|plan)\b|['’](?:ll|d|m|re)\b",
                       re.IGNORECASE)
_PAST = re.compile(rf"\b(?:{PAST_VERB}|was|were|did)\b", re.IGNORECASE)
_LOWER = re.compile(r"(?:We|You|He|She|They|It|There|The|My|Our|Your|His|Her|Their|A|An|This|These|Those|Its)\b")


_TWO_WORD_NAME = re.compile(r"(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+)")


def _movable(m: re.Match) -> bool:
    """Whether the time ``m`` found may go to its clause's front: after a phrase of its clause (``_PHRASE``) or
    a long one, not after an event or a preposition (``_AFTER_NO``), nor in a clause with a verb of wishing,
    asking or saying (``_WISH``: "asked me to call"), nor a time past in a clause that is not ("I'd like to
    complain about the noise last night") or one to come in a clause that is not to come ("I booked a table…
    next Friday"), nor in a clause with a name of two words the stand-ins did not set aside ("The employees of Air
    France were on strike last summer." read so came out «…de la France aérienne…»)."""
    span = m.group("subject")
    if _TWO_WORD_NAME.search(span) or re.fullmatch(_AFTER_NO, span.split()[-1].lower()) or not (_PHRASE.search(span)
                                                                 or len(span.split()) >= MIN_SPAN_WORDS):
        return False
    if _WISH.search(span) or _PAST_TIME.match(m.group("time")) and _NOT_PAST.search(span):
        return False
    return not (_FUTURE_TIME.match(m.group("time")) and (_PAST.search(span) or not _NOT_PAST.search(span)))


# a part of the day right after a place, closing its clause: "in the north in the evening", "on the coast in the
# morning"
_PART_AFTER_PLACE = re.compile(r"(\b(?:in|on|at|near)\s+the\s+[a-z]+\s+)in(\s+the\s+(?:morning|afternoon|evening))"
                               r"(?=\s*[,.;!]|\s*$)", re.IGNORECASE)


def read_during(text: str) -> str:
    """``text`` with a part of the day that closes a clause right after a place read "during": "Storms are expected
    in the north in the evening." → "…in the north during the evening." («…dans le Nord pendant la soirée», not
    «…dans le nord du soir»)."""
    return _PART_AFTER_PLACE.sub(r"\1during\2", text)


def read_fronted(text: str) -> str:
    """``text`` with each time that closes a long clause after another phrase read at its clause's front, with a
    comma: "Our neighbours brought us a lemon cake yesterday to say hello and welcome us." → "Yesterday, our
    neighbours brought us a lemon cake to say hello and welcome us."; others as they are."""
    if len(text.split()) < MIN_WORDS or text.rstrip().endswith("?"):
        return text
    out, start = [], 0
    for m in _CLAUSE.finditer(text):
        if not _movable(m):
            continue
        subject = m.group("subject")
        subject = subject[0].lower() + subject[1:] if _LOWER.match(subject) else subject
        opening, time = m.group("open"), m.group("time")
        time = time if opening.strip().startswith(",") else time[0].upper() + time[1:]
        out += [text[start:m.start()], opening, time, ", ", subject]
        start = m.end()
    return "".join(out) + text[start:] if out else text


# a time from now that closes a clause after its object: "…because I have to catch a train in twenty minutes?" had
# come out «…un train de vingt minutes ?», "…we have to leave the house in ten minutes…" «…en dix minutes…», "…I will
# send you the final version in an hour or so." «…la version finale d'une heure ou d'autres.»; read at the clause's
# front with a comma ("…because in twenty minutes, I have to catch a train?"), each came out «dans vingt minutes»,
# «dans dix minutes», «dans une heure». Only in a clause of what is to come (``_TO_COME``), with an object before
# the time (``MIN_SOON_WORDS``), not after "again" (read in front, "…call you again in three hours" lost it) nor with
# a verb of doing it in that time ("I can finish the report in two hours": «en deux heures», a duration)
_AMOUNT = (r"(?:\d+|an?|half\s+an|a\s+few|a\s+couple\s+of|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
           r"twelve|fifteen|twenty|thirty|forty|fifty)")
_SOON = re.compile(rf"(?P<open>^\W*|,\s+(?:and|but|so)\s+|\s(?:because|as)\s+)(?P<subject>(?:I|we|you|he|she|they)\s+"
                   rf"(?:(?!{_STOP}).)*?[a-z])\s+(?P<time>in\s+(?:about\s+)?{_AMOUNT}\s+(?:minutes|hours?)"
                   r"(?:\s+or\s+so)?)(?=\s*(?:[,.;!?]|$)|\s+(?:and|but|so)\s+"
                   r"(?:I|you|we|he|she|they|it|there|the|my|our)\b)", re.IGNORECASE)
_TO_COME = re.compile(r"\b(?:will|shall|going\s+to|have\s+to|has\s+to|need\s+to|must)\b|['’]ll\b", re.IGNORECASE)
_IN_THAT_TIME = re.compile(r"\b(?:again|finish\w*|complete\w*|do|done|make|write|read|cook|clean|fix|repair|run|"
                           r"walk|drive|reach|learn|build|prepare|eat|get\s+there|be\s+(?:there|here|back|ready))\b",
                           re.IGNORECASE)
MIN_SOON_WORDS = 5      # the subject, its verbs and an object: "I have to catch a train"; not "we will be there"


def read_soon(text: str) -> str:
    """``text`` with a time from now that closes a clause after its object read at the clause's front: "…because I
    have to catch a train in twenty minutes?" → "…because in twenty minutes, I have to catch a train?"; "in an hour or
    so" as "in about an hour" (read so, «dans une heure ou, je…»)."""
    if len(text.split()) < MIN_WORDS:
        return text
    out, start = [], 0
    for m in _SOON.finditer(text):
        span = m.group("subject")
        if len(span.split()) < MIN_SOON_WORDS or not _TO_COME.search(span) or _IN_THAT_TIME.search(span):
            continue
        subject = span[0].lower() + span[1:] if _LOWER.match(span) else span
        time = re.sub(r"^in\s+(?:about\s+)?(.*?)\s+or\s+so$", r"in about \1", m.group("time"))   # "in about an hour"
        time = time if m.group("open").strip() else time[0].upper() + time[1:]
        out += [text[start:m.start()], m.group("open"), time, ", ", subject]
        start = m.end()
    return "".join(out) + text[start:] if out else text
