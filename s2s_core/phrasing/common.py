"""Pieces of pattern the phrase tables share: a form of "be", a subject pronoun, a possessive, a clause's end, a time
or place after a verb."""

from __future__ import annotations

BE = r"(?:is|are|was|were|am|be|been|being|['’](?:s|re|m))"
# one who says or does it, opening a clause ("I was gutted", "…, you were out of line"); whose it is ("my", "their")
WHO = r"(?:I|you|he|she|we|they)"
POSSESSIVE = r"(?:my|your|his|her|our|their)"
# the clause ends here: what is said is all of it ("I take it back." but not "I'll take it back to the shop.")
AT_END = r"(?=\s*(?:[.,;:!?)]|$))"
PERSON_BE = (rf"\b(?:{WHO}\s*(?:am|are|is|was|were|['’]m|['’]re|['’]s)|(?:I|we|you|they)"
             r"(?:\s+have|['’]ve)\s+been|(?:he|she)(?:\s+has|['’]s)\s+been)")
TIME_OR_PLACE = (r"(?=\s+(?:tonight|today|tomorrow|yesterday|on|this|next|to|at|in\s+time)\b|\s*(?:[.!?,]|$))"
                 # not succeed ("…cannot make it on its own", "I can't make it to the end of the book" had been read
                 # "…cannot come on its own", "…come to the end…"), nor survive ("can't make it through the winter")
                 # nor go through a round or pay its way ("He can't make it to the next round", "The company can't
                 # make it at this rate" had been read "…can't come to the next round", "…can't come at this rate")
                 r"(?!\s+(?:on\s+(?:my|our|its|his|her|their|your)\s+own|to\s+the\s+(?:end|top|finish|final)|"
                 r"to\s+the\s+(?:next\s+)?(?:round|stage|semi-?finals?|finals|playoffs|knockout)|"
                 r"at\s+(?:this|that|these|those)\s+(?:price|prices|rate|cost|costs|pace|speed)|"
                 r"through)\b)")
# a colour said as an adjective or a noun ("turned red", "painted the fence white")
COLOUR = r"(?:yellow|red|brown|green|grey|gray|white|black|blue|orange|pink|purple|golden)"
