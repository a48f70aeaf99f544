"""Pieces of pattern the phrase tables share: a form of "be", a clause's end, a time or place after a verb."""

from __future__ import annotations

BE = r"(?:is|are|was|were|am|be|been|being|['’](?:s|re|m))"
AT_END = r"(?=\s*(?:[.,;:!?)]|$))"
PERSON_BE = (r"\b(?:(?:I|we|you|he|she|they)\s*(?:am|are|is|was|were|['’]m|['’]re|['’]s)|(?:I|we|you|they)"
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
