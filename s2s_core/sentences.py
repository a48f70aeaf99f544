"""A paragraph cut into sentences (each is searched on its own: a small model loses track of long inputs), and
the layout between them (a translation keeps its line breaks and paragraphs).

A full stop after an abbreviation ends no sentence: a title before a name ("Dr. Smith", "Mr. Brown"), initials
("J. K. Rowling", "J.K. Rowling", "The U.N. Security Council"; not "…in the U.S. He…"), "P.S." opening a line, a
number of a list at the start of a line ("1. Open the box."), an abbreviation before a number ("Dec. 25", "approx.
20", "p. 12"), a short weekday or month before a word in lower case ("on Tue. at 6", "Mon. to Fri."), and before
a word in lower case an abbreviation that can also end one ("5 p.m. today", "e.g. apples", "the U.S. in");
neither does an ellipsis before a word in lower case ("Wait... what?"), nor a line break that wraps a sentence
(``_wrapped``). Cut there, "Dr." and "Mr." were translated alone ("Conduis-toi ! Le sourith habite…", "M. Le
marron est ici.").
"""
from __future__ import annotations

import re
from typing import Sequence

from .calendar_names import SHORT_MONTHS, SHORT_WEEKDAYS
from .quantities import BEFORE_NUMBER
from .shorthand import TITLES
from .speech import TOLD, opens_speech as speech_opens
from .verbatim import TAGS_ONLY

# and after a quote that ends on its sign, before a capital: 'the waiter asked us, "…a pint?" Having no idea…' had
# been read as one sentence, the second's words in the first's French; not before who said it ('"Stop!" Tom said.')
_BOUNDARY = re.compile(r"(?<=[.!?…。！？])\s+|(?<=[.!?…][\"”»])\s+(?=[A-Z])|\n+")
_SPEAKER_AFTER = re.compile(rf"(?!(?:Nobody|Everyone|Everybody|Someone|Somebody|No one|Nothing)\b)"
                            rf"(?:[A-Z][a-z]+|He|She|I|We|They|You)\s+{TOLD}\b")    # 'Is it free?" Nobody answered.'
_NO_END = TITLES | {"st", "mt", "fig", "vs"}           # "Dr. Smith", "St. Paul", "Fig. 3": no sentence ends there
_MAY_END = re.compile(r"(?:^|[^\w.])(?:(?:[A-Za-z]\.){2,}"
                      r"|(?:etc|approx|inc|ltd|co|corp|jr|sr|vol|cf|dept|est|al|ave|rd|blvd)\.)$", re.IGNORECASE)
_OPENERS = "(\"'«“‘["
# abbreviations a number follows, where no sentence ends: those read in words ("Dec.", "approx.", "p.") and others
BEFORE_NUMBERS = frozenset("no nos vol ch fig art ca".split()) | frozenset(BEFORE_NUMBER)
SHORT_NAMES = frozenset(SHORT_WEEKDAYS) | frozenset(SHORT_MONTHS)     # "Tue.", "Sept.": a sentence goes on after them


def _ends_sentence(text: str, end: int, after: str) -> bool:
    """Whether the full stop (or other final sign) just before ``text[end]`` ends a sentence, ``after`` being
    what follows the space."""
    before = text[:end]
    if before.endswith(("...", "…")) and after[:1].islower():                         # "Wait... what?"
        return False
    if not before.endswith("."):
        return True
    line_start = before.rfind("\n") + 1
    last = before[max(before.rfind(" "), line_start - 1) + 1:]
    word = last.lstrip(_OPENERS)
    if word[:-1].lower() in _NO_END or re.fullmatch(r"[A-Z]\.", word):              # "Dr. Smith", "J. K."
        return False
    if re.fullmatch(r"(?:[A-Z]\.){2,3}", word) and after[:1].isupper() and \
            not re.search(r"[^\s.!?]\s+(?:the|The)\s+$", before[:len(before) - len(last)]):   # "the" mid-sentence
        return False            # "J.K. Rowling", "The U.N. Security Council"; not "…in the U.S. He…"
    if re.fullmatch(r"P\.?S\.", word) and before[line_start:].strip() == last:    # "P.S. Don't forget…", "PS."
        return False
    if word[:-1].lower() in BEFORE_NUMBERS and (after[:1].isdigit() or after[:1] in "$€£"):   # "Dec. 25", "p. 12"
        return False
    named = re.search(r"(?:^|[-–/&])([A-Z][a-z]+)\.$", word)                       # "Tue.", "Mon.-Fri."
    if named and named.group(1).lower() in SHORT_NAMES and (after[:1].isdigit() or after[:1].islower()
                                                             and not re.match(r"(?:it|we|i|he|she|they)\b", after)):
        return False            # "on Tue. at 6", "Mon. to Fri." (cut: "À mardi. à 6 heures"); not "Sun. it was"
    if re.fullmatch(r"\d{1,3}\.", last) and before[line_start:].strip() == last:      # "1. Open the box."
        return False
    return not (_MAY_END.search(before) and after[:1].islower())                      # "p.m. today"


# words a sentence does not end on: a line ending on one goes on below ("…when I\narrive", "…bring\nyour passport")
# words a short line wraps after but no sentence ends on: not "you", "it", "in", "is" ("did u get it\ncall me",
# "love you\nmiss you" had been read as one sentence: "m'avez-vous appelé", "tu aimes te manquer")
_HANGING_WORDS = set("i the a an to of and or but when if my your our their his her because than".split())
LIST_MARK = r"[-–—•*]|\d{1,3}[.)]|[a-zA-Z]\)"             # a list item's bullet or number ("- ", "2. ", "b) ")
_LIST_LINE = re.compile(rf"\s*(?:{LIST_MARK})\s")


def _wrapped(text: str, m: re.Match) -> bool:
    """A single line break inside a sentence, as a narrow box or a mail wraps it: after a line of 40 characters or
    one that ends on a word no sentence ends on, with no final sign, and before a lower-case word, neither in a
    list ("…when I\narrive at the station." had been cut in two; "Things to buy this week\nmilk\neggs" stays three
    lines)."""
    line = text[text.rfind("\n", 0, m.start()) + 1:m.start()].rstrip()
    below = text[m.end():].split("\n", 1)
    last = len(below) == 1 or below[1].startswith("\n")          # the line below ends its paragraph
    return (m.group().count("\n") == 1 and line[-1:].isalnum() and text[m.end():m.end() + 1].islower()
            and (line.split()[-1].lower() in _HANGING_WORDS or len(line) >= 40 and (last or len(below[0]) >= 40))
            and not _LIST_LINE.match(line) and not _LIST_LINE.match(text[m.end():]))


def _before_its_speaker(text: str, m: re.Match) -> bool:
    """Whether the boundary ``m`` follows a closing quote and comes before who said it ('"Stop!" Tom said.')."""
    return "\n" not in m.group() and text[m.start() - 1] in "\"”»" and bool(_SPEAKER_AFTER.match(text, m.end()))


def _inside_quote(text: str, start: int, m: re.Match) -> bool:
    """Whether the boundary ``m`` falls inside a short quote opened after ``start`` in its line, a quote of two
    sentences that a verb says ('She said "I'm late. Sorry!"': cut there, each half kept one of its quotes and
    the verb's quote was no longer found whole, speech.py)."""
    line = text[start:m.start()]
    if "\n" in m.group() or (line.count('"') + line.count("“") + line.count("”")) % 2 == 0:
        return False
    closes = re.match(r'[^"“”\n]{0,150}["”]', text[m.end():])
    return bool(closes and speech_opens(line))


def _pieces(text: str) -> list[str]:
    out, start = [], 0
    for m in _BOUNDARY.finditer(text):
        if _wrapped(text, m) or _before_its_speaker(text, m) or _inside_quote(text, start, m):
            continue
        if "\n" in m.group() or _ends_sentence(text, m.start(), text[m.end():m.end() + 1]):
            out.append(text[start:m.start()])
            start = m.end()
    return out + [text[start:]]


def _only_tags(piece: str) -> bool:
    """Whether ``piece`` holds only hashtags and mentions, emoji aside ("🎉 #weekend")."""
    return bool(TAGS_ONLY.fullmatch("".join(ch for ch in piece if ch.isalnum() or ch in " \t@#_.!?").strip()))


def split_sentences(text: str) -> list[str]:
    """Split a paragraph after sentence-final punctuation (not after an abbreviation) and at line breaks. A piece
    with no letter or digit ("Happy birthday! 🎉", "Really?! ...") or only hashtags and mentions ("… beach!
    #summer", "Happy Friday! 🎉 #weekend") stays with the sentence before it: alone it is nothing to translate
    (translated alone, "🎉 #weekend" came out as a line of invented words)."""
    out: list[str] = []
    for s in (s.strip() for s in _pieces(text) if s):
        if out and s and (not any(ch.isalnum() for ch in s) or _only_tags(s)):
            out[-1] = f"{out[-1]} {s}"
        elif s:
            out.append(s)
    return out


def sentence_breaks(text: str, sentences: Sequence[str]) -> list[str]:
    """What follows each of ``split_sentences(text)`` in ``text``, for a translation to keep the text's layout:
    a blank line ("\\n\\n": a new paragraph), a line break ("\\n") or a space; "" after the last."""
    spans, pos = [], 0
    for s in sentences:
        start = max(text.find(s, pos), pos)
        pos = start + len(s)
        spans.append((start, pos))
    gaps = [text.count("\n", end, nxt) for (_, end), (nxt, _) in zip(spans, spans[1:])]
    return ["\n\n" if n > 1 else "\n" if n else " " for n in gaps] + [""] * bool(sentences)
