"""A family word that addresses someone ("thanks mum", "Mum, can you…", "I love you, Mum."), found to be read as a
name the model copies and written back in French (verbatim.py: «Je t'aime, maman.»; read as typed it came out «Je
t'aime, Mum.»); not "my mum", "Mum said", "Mom and Dad" nor a title before a name ("thanks Uncle Bob").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

# what calls someone by the word after it, opening its clause: "thanks mum", "love u mum", "I miss you, grandma",
# "night dad", "ok mum i will", "sorry mum" (after "hi", "hey", "dear" a greeting: letters.py writes it)
_CALL = (r"(?:thanks|thank you|thank u|thx|ty|cheers|(?:i |i'm |im )?(?:love|miss) (?:you|u|ya)"
         r"|(?:good )?(?:night|nite|morning|mornin)|night night|bye|bye bye|goodbye|ok|okay|k|yes|yeah|yep|no|nope"
         r"|(?:i'm |im )?(?:so )?sorry|please|pls|plz|congrats|congratulations|welcome home|well done)")
_CLAUSE_START = r"(?:^|(?<=[.!?…,;:(\"«\n-])|(?<=[.!?…,;:(\"«\n-] ))\s*"
_OPENS = re.compile(r"(?:^|[.!?…;:(\"«\n-])\s*$")         # the start of a line or a sentence
_AFTER_CALL = re.compile(rf"{_CLAUSE_START}{_CALL}\s*,?\s*$", re.IGNORECASE)
_SIGN_AFTER = re.compile(r"\s*(?:[,!?.…]|$)")                # the word alone: "Mum, …", ", dad!", "thanks mum"
# "no dad would…" calls no one; "pls dad just this once" the model read well ("Papa juste ceci une fois s'il te
# plait"; as "pls, Tom, just this once": "veuillez, Tom, simplement…")
_NO_SIGN_AFTER_CALL = re.compile(r"(?:no|nope|please|pls|plz)\s*,?\s*$", re.IGNORECASE)
# a verb after the family word: it is what the sentence is about ("yes mum is home", "ok dad said no")
_SAYS = re.compile(r"\s+(?:is|was|will|would|can|could|should|may|might|must|has|had|have|does|did|doesn't|didn't|"
                   r"isn't|wasn't|won't|can't|wouldn't|said|says|thinks|wants|told|asked|made|got|gets|knows|called|"
                   r"calls|went|goes|likes|loves|needs|sent|bought|came|comes|left)\b", re.IGNORECASE)
# "thanks" before the name called, read "thank you": "Thanks, Tom, the flowers are beautiful." came out "Thomas,
# les fleurs sont belles." and "Thanks, Tom, I love it." "Tom, je l'aime." ("Thank you, Tom, …": "Merci, Tom, …")
_THANKS = re.compile(rf"{_CLAUSE_START}(thanks|thx|ty)(?=\s*,?\s*$)", re.IGNORECASE)
THANK_YOU = re.compile(r"\bthank you\b", re.IGNORECASE)
_MORE_PEOPLE = re.compile(r"\s*,?\s*(?i:and|&|or|nor|n)\b|\s+(?!I\b)[A-Z]")     # "Mom and Dad", "Uncle Bob"
# the family word is the subject, an aside about it between commas and its verb after: "Grandma, 92, died
# yesterday.", "Dad, who was a teacher, died last year.", "Grandpa, a war veteran, never talked about it." (had been
# read as called: "Tom, 92, died yesterday.")
_APPOSITION = re.compile(r"\s*,\s*(?:\d+|aged\s+\d+|who|which|a|an|the|my|our|his|her|their)\b[^,.!?;]*,\s*"
                         r"(?:(?:never|always|also|still|often|once|now|\w+ly)\s+)?(?:is|was|has|had|will|would|can|"
                         r"could|did|does|died|\w+s|\w+ed)\b", re.IGNORECASE)
# the family word as an item of a list of single words: "Pope, cardinal, bishop, father, brother."
_LIST_BEFORE = re.compile(r"(?:^|[.!?;:]\s*)((?:[\w'’-]+\s*,\s*){2,})$")
_CALL_WORD = re.compile(rf"\s*{_CALL}\s*", re.IGNORECASE)
_PLEASE_ALONE = re.compile(r"(?:^|[.!?]\s*)(?:please|pls|plz)\s*,?\s*$", re.IGNORECASE)


@lru_cache(maxsize=8)
def _family_word(words: tuple[str, ...]) -> re.Pattern:
    """One of ``words`` as a whole word, in any case, not a possessive ("mum's")."""
    return re.compile(rf"(?<![\w'’-])(?:{'|'.join(sorted(map(re.escape, words), key=len, reverse=True))})"
                      r"(?![\w-]|['’]\w)", re.IGNORECASE)


def family_calls(text: str, family: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of each ``family`` word in ``text`` that addresses someone: after a word that calls ("thanks
    mum", "love u mum, see u tonight", "Thank you, Grandma."), or alone between the start of a sentence or a
    comma and a sign or the end ("Mum, can you…", "I love you, Mum."); not one of several people ("Mom and Dad",
    "aunt, uncle, and cousin", "bishop, father, brother."), a title before a name ("Thanks Uncle Bob") nor one the
    sentence is about ("Okay, Mom will drive.", "yes dad said so", "Grandma, 92, died yesterday.")."""
    if not family:
        return []
    word = _family_word(tuple(w.lower() for w in family))
    found = []
    for m in word.finditer(text):
        before, after = text[:m.start()], text[m.end():]
        items = _LIST_BEFORE.search(before)
        if items and not any(_CALL_WORD.fullmatch(i) for i in items.group(1).split(",")[:-1]):
            continue
        if _MORE_PEOPLE.match(after) or _APPOSITION.match(after) \
                or re.match(rf"\s*,\s*{word.pattern}", after, re.IGNORECASE) \
                or re.search(rf"{word.pattern}\s*,\s*$", before, re.IGNORECASE):
            continue
        alone = _SIGN_AFTER.match(after) is not None
        told = before.rstrip().endswith(",") or _NO_SIGN_AFTER_CALL.search(before) or _SAYS.match(after)
        called = _AFTER_CALL.search(before) and (alone or not told)     # "Okay, Mom will drive.": she is told of
        # "Please mom." alone: the model wrote "Maman, s'il te plaît." (as "Please, Tom.": "Veuillez, maman.")
        called = called and not (_PLEASE_ALONE.search(before) and re.fullmatch(r"\s*[.!]*\s*", after))
        if called or alone and (_OPENS.search(before) or before.rstrip().endswith(",")):
            found.append(m.span())
    return found


def between_commas(before: str, name: str, after: str) -> tuple[str, str]:
    """The text ``before`` a name that calls someone and the name, with a comma either side where a word touches it
    ("ok Tom i will" → "ok, Tom, i will"), a "thanks" before it read "thank you"."""
    thanks = _THANKS.search(before)
    if thanks:
        said = thanks.group(1)
        before = before[:thanks.start(1)] + ("THANK YOU" if said.isupper() and len(said) > 1 else
                                             "Thank you" if said[0].isupper() else "thank you") + before[thanks.end(1):]
    if re.search(r"\w\s*$", before):
        before = before.rstrip() + ", "
    return before, name + ("," if re.match(r"\s+\w", after) else "")
