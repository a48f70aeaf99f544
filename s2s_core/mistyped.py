"""Words typed in a hurry as another word, read as the word meant where what surrounds them tells (typed36).

Each of these misreadings is an English word, so no list of misspellings can take it (shorthand.py reads the ones that
are no word: "recieve", "tommorow"): "i dont no what to do" came out "Je ne vois pas quoi faire", "i would of come"
"Je viendrais", "its to late" "Il doit tarder", "your welcome" "Votre bienvenue", "i want to go their" "Je veux m'en
aller", "i need to see the doc" "Il me faut voir la chienne", "im at the doc now" "Je suis maintenant au chien". Read
only where the word typed cannot be meant: "no" after "don't" but before no noun ("I don't know" is asked for, "I
don't no longer"… is not English), "of" between "would" and a participle, "to" between "is" and "late", "your" that
ends its clause, "their" that ends one, "doc" a person goes to, sees or is told by (not "send me the doc"); "hell",
"shed", "well" as "he'll", "she'd", "we'll" where a clause opens with them before a verb ("hell be there at six").
"""
from __future__ import annotations

import re

_PARTICIPLE = (r"(?:been|had|done|gone|come|seen|known|said|told|got|gotten|taken|made|given|left|thought|bought|"
               r"brought|found|won|lost|eaten|drunk|kept|met|paid|sent|spent|heard|felt|[a-z]{2,}ed)")
_SEEN_DOC = (r"(?=\s*(?:[.,!?]|$)|\s+(?:today|tomorrow|tmrw|tonight|later|soon|again|asap|this|next|on\s+\w+day|"
             r"at\s+\d|about\s+(?:my|his|her|the)\s+(?:back|knee|cough|arm|leg|foot|rash|pain|eye|ear|head|throat)|"
             r"for\s+(?:my|his|her|a)\s+(?!\w+\s+(?:doc|file)\b)\w+)\b)")
_OPENS = r"(?:(?<=^)|(?<=[.!?,]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bso\s)|(?<=\bthink\s)|(?<=\bhope\s))"
# (not an order after "Well": "well go home then", "well stay here"; after "if it's sunny" one goes on)
_WELL = (r"well(?=\s+(?:see(?=\W*$)|be\s+(?:there|back|home|late|ready|waiting)|need|have\s+to|let\s+you\s+know|"
         r"call\s+you|text\s+you|meet\s+you|get\s+there|arrive)\b)")
_WELL_AFTER_IF = r"well(?=\s+(?:stay|go|be|need|have\s+to|leave|take|bring|meet|eat|do|miss|start|wait|call|see)\b)"
_MISTYPED = (
    # "know" typed "no" after "don't": "i dont no what to do"; not "I don't, no.", "I don't no longer…"
    (re.compile(r"\b((?:do|did)n['’]?t)\s+no\b(?=\s+(?:what|where|when|why|how|who|which|if|whether|that|him|her|them|"
                r"you|it|anything|anyone|much|yet|his|my|your|their|our|the)\b|\s*(?:[.!?]|$))"), r"\1 know"),
    # "have" typed "of" after a modal and its subject: "i would of come", "you should of told me"
    (re.compile(rf"\b((?:i|you|u|he|she|we|they|it|I)\s+(?:would|could|should|must|might)(?:n['’]?t)?)\s+of"
                rf"(?=\s+(?:not\s+|never\s+|just\s+|already\s+)?{_PARTICIPLE}\b)"), r"\1 have"),
    # "too" typed "to" between "is" and an adjective of measure: "its to late", "it was to expensive"
    (re.compile(r"\b((?:is|its|it['’]s|was|are|were|be|way|far)\s+)to(?=\s+(?:late|early|much|many|big|small|hot|"
                r"cold|expensive|far|long|soon|busy|tired|young|old|loud|slow|fast|hard|difficult)\b)"), r"\1too"),
    # "you're" typed "your" before what only follows "you're" and ends its clause: "your welcome", "your right"; not
    # "your right to vote", "your welcome speech"
    (re.compile(r"(?:(?<=^)|(?<=[.!?,]\s))([Yy])our(?=\s+(?:welcome|right|wrong|kidding|joking|late|the\s+best|"
                r"so\s+(?:kind|sweet|funny|nice|lucky))\s*(?:[.,!?]+|\s+(?:lol|x+|though|tho|haha))?\s*$)"),
     r"\1ou're"),
    # "there" typed "their" where it ends a clause or opens one before "is": "i want to go their", "their is a
    # problem"; not "theirs", "their own"
    (re.compile(r"(?<=\s)their(?=\s*(?:[.,!?]|$))"), "there"),
    (re.compile(r"(?:(?<=^)|(?<=[.!?,]\s))([Tt])heir(?=\s+(?:is|are|was|were|isn['’]?t|aren['’]?t)\b)"), r"\1here"),
    # "doctor" typed "doc" where a person goes to, sees or is told by them: "i need to see the doc", "im at the doc
    # now" ("…at the doctor's", as the model reads it), "the doc said to rest"; not "send me the doc", "see the doc
    # for details", "add it to the doc"
    (re.compile(r"\b((?:see|saw|seen|seeing|visit|visited|visiting|call|called|ask|asked)\s+(?:the|my|a|your|his|her)"
                rf"\s+)doc(?![\w'’.-]){_SEEN_DOC}"), r"\1doctor"),
    (re.compile(r"\b((?:go|goes|went|going|gone|been|take|took|taking|get|got|bring|brought)\s+(?:\w+\s+){0,2}?to\s+"
                r"(?:the|my|a)\s+)doc(?![\w'’.-])"), r"\1doctor"),
    (re.compile(r"\b((?:am|is|are|was|were|i['’]m|im|still|now)\s+at\s+the\s+)doc(?![\w'’.-])"
                r"(?!\s+(?:i|you|we|he|she)\b)"),
     r"\1doctor's"),
    (re.compile(r"(?:^|(?<=\s))((?:[Tt]he|[Mm]y|[Hh]is|[Hh]er|[Yy]our)\s+)doc(?=\s+(?:said|says|told|tells|gave|gives|"
                r"prescribed|examined|thinks|wants)\s+(?:i|me|you|he|him|she|her|we|us|they|them|it['’]?s|its|to|that|"
                r"my|your|his|some)\b)"), r"\1doctor"),
    # "he'll", "she'd", "we'll" typed without their apostrophe, where a clause opens before a verb (typed36: "shed
    # love to come" had come out "Elle adorait venir", "if its sunny well go to the beach" "Si son soleil va bien à la
    # plage"; now "Elle adorerait venir", "Si le temps est beau, nous irons à la plage"); not "hell is other people",
    # "the shed", "well done", "well, be careful"
    (re.compile(rf"{_OPENS}hell(?=\s+(?:be|call|come|go|have|get|do|need|see|text|tell|love|like|never|probably|"
                r"definitely|just|pick|meet|bring|take|make|send|help|know|want|try|ask|pay|let)\b)"), "he'll"),
    (re.compile(rf"{_OPENS}shed(?=\s+(?:like|love|rather|prefer|be|have|never|better|want|hate|say)\b)"), "she'd"),
    (re.compile(rf"(?:(?<=^)|(?<=[.!?]\s)){_WELL}"), "we'll"),
    (re.compile(r"\b((?:if|when|once)\s+(?:it['’]?s|its|it\s+is|we['’]?re|were|you['’]?re|youre)\s+(?:raining|snowing|"
                r"sunny|nice|ready|free|late|open|closed|fine|ok|okay|cold|hot|warm|possible|back|home|there|here|"
                rf"finished|over|done|dry))\s+{_WELL_AFTER_IF}"), r"\1, we'll"),
)


def read_mistyped(text: str) -> str:
    """``text`` with the words typed as another English word read as meant ("i dont no" → "i dont know", "would of
    come" → "would have come", "its to late" → "its too late", "your welcome" → "you're welcome", "go their" → "go
    there", "see the doc" → "see the doctor"); as typed where the word could be meant ("no one", "your right to
    vote", "send me the doc")."""
    for pattern, read in _MISTYPED:
        text = pattern.sub(read, text)
    return text
