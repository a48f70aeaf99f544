"""Spans written to be copied, not translated: web addresses (also a bare "example.com/faq") and e-mail addresses,
@mentions, #hashtags, `code` (also ``<code>…</code>``), paths, phone numbers, street addresses ("12 Church Street":
read as typed, «12 Églises»), dates in digits, and words glued to digits ("sunshine2024", "221B").

Read as they are, their pieces break the sentence around them ("Visit https://www.example.com/help for more
information." → "Les lèvres de Visit:/ouww. Excusez-vous."; "Send an email to anna.smith@example.org before
Friday." → "Envoyez un courriel à l'anna. L'example renommée d'example.org avant vendredi."; "Call me at +33 6 12
34 56 78 tomorrow." → "Appelle-moi à l'article 633 66 78 demain."; "on 12/05/2026" → "au 12/02026"; "The password
is sunshine2024." → "…est le soleil de20224."). So each stands in for the model as a name it has seen thousands
of times and copies ("Send an email to Tom before Friday." → "Envoyez un courriel à Tom avant vendredi."), and is
written back where the translation put the name. Names come from ``NAMES`` that the vocabulary holds as one piece
(``stand_in_names``) and the text does not use; a span left without one (no such name, or more spans than names)
is set aside with the emoji instead (fold.py), and so is one whose name the translation dropped.

A date stands in as a weekday when the target is French (``stand_in_days``): a name where a date goes reads
wrong ("on Tom" → "sur Tom"), a weekday reads right ("on Friday" → "vendredi", "by Friday" → "d'ici vendredi",
"until Friday" → "jusqu'à vendredi"), and the French weekday is written back as the date with the article French
gives it ("le 12/05/2026", "jusqu'au 12/05/2026"); so is a date without its year after a word that dates it ("on
10/04"), and a day of the month without its month, written back as its number ("See you on the 21st." → "On se
voit le 21."; read as written it came out "au XXIe").

A feast day the model has no French for stands in as a weekday too (``calendar_names.FEASTS``), written back as
French names it: "We go to church on Palm Sunday." had come out "…sur Palm dimanche.", now "…le dimanche des Rameaux.".

A family word that addresses someone ("I love you, Mum.", "thanks mum", "Mum, can you…") stands in as a name too,
when the caller gives the family's French (``letters.FAMILY`` for a French target), and is written back in French
("Je t'aime, Tom." → "Je t'aime, maman."; capitalised where it opens a sentence): read as typed it came out "Je
t'aime, Mum.", "merci" (dropped), "Je t'adore le musée" ("love u mum"). Only where it is surely an address: after a
greeting, thanks or affection that opens the clause ("thanks mum", "love u mum", "night dad"), or alone between
the start of a sentence or a comma and a sign ("Mum, can you…", "…, Dad!"); not "my mum", "Mum said", "tell mum",
"Mom and Dad", "aunt, uncle, …" nor a title before a name ("thanks Uncle Bob") (family_calls.py finds them).

``protect(text, names, days, family)`` → (text with stand-ins, stand-ins); ``unprotect(translation, stand_ins)`` →
(translation with the spans, the stand-ins it lacked); ``labelled(pieces, stand_ins)``: the source pieces as the
app shows them, each stand-in's piece labelled with its span.
"""
from __future__ import annotations

import re
from types import MappingProxyType
from typing import Callable, Mapping, NamedTuple, Optional, Sequence

from .calendar_names import FEAST, FEASTS, WEEKDAYS, WEEKDAYS_FR, day_ordinals
from .family_calls import between_commas, family_calls
from .markup import COPIED_QUOTES
from .name_forms import ELIDES, VOWEL_NAME, in_her_words
from .opening_names import (APPOSED, BEFORE_A_VERB, REGIONS, asked_kin, inner_names, opening_names, unshouted,
                            written_as)
from .pieces import GLUED
from .place_names import ADDRESS
from .speech import read_quote, said_after, spoken, woman_speaks

TLDS = "com|org|net|edu|gov|io|fr|de|uk|eu|co|info|app|dev|ch|be|ca|es|it|nl|ai"
PATTERN = re.compile(r"(?i:https?://|www\.)[^\s<>]+?(?=[.,;:!?)\]]*(?:\s|$))"        # not its final punctuation
                     rf"|(?<![\w@.-])(?:[A-Za-z0-9-]+\.)+(?:{TLDS})(?:/[^\s<>]*?)?"                 # example.com
                     r"(?=[.,;:!?)\]]*(?:\s|$))"
                     r"|(?<![\w@.-])(?:[A-Z0-9-]+\.)+(?:COM|ORG|NET)(?:/[^\s<>]*?)?"    # shouted: EXAMPLE.COM
                     r"(?=[.,;:!?)\]]*(?:\s|$))"
                     r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"                       # e-mail
                     r"|(?<![\w@#])[@#][A-Za-z_]\w*(?:-\d+)?|(?<![\w@#])#\d{3,}\b"    # @mention, #hashtag, #A-5521
                     r"|`[^`\n]+`"                                                      # `code`
                     r"|<(?P<el>(?i:code|kbd|samp|tt|var|script|style))\b[^<>]*>[^<]*</(?P=el)>"   # <code>ls</code>
                     r"|(?<!\S)(?:[A-Za-z]:\\|~/|/[^\s/,;:!?()]+/)[^\s,;:!?()]*[^\s.,;:!?()]")   # C:\x, ~/x, /x/y
PHONE = re.compile(r"(?<![\w+])(?:\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]\d{1,4}){1,5}"  # +33 6 12 34 56 78
                   r"|\(\d{2,4}\) ?\d{3,4}[ .-]\d{3,4}"                                             # (555) 123-4567
                   r"|\d{3}([.-])\d{3}\1\d{4}"                                                      # 555-123-4567
                   r"|0\d{1,3}([ .])\d{2,4}(?:\2\d{2,4}){1,3}"                                    # 06 12 34 56 78
                   r"|0\d{4} \d{6})(?![\w-]|[.,]\d)")                                              # 07700 900123
MIN_PHONE_DIGITS = 8
# a lower-case word glued to digits ("sunshine2024": read "le soleil de20224"), a house number with a letter
# ("221B": read "221"), a version with its "v" ("v2.1": read "la pomme") or a UK postcode ("NW1 6XE": "NW1E");
# codes in capitals ("A320", "AF1234", "CO2") the model copies as they are, but not a reference with a letter after
# a digit ("K9F2XQ": read "K9F2Q")
CODE = re.compile(r"(?<![\w@#/.:-])(?:[a-z]{4,}\d{2,}|\d{2,4}[A-Z]|v\d+(?:\.\d+)+"
                  r"|(?=[A-Z\d]*[A-Z]\d)(?=[A-Z\d]*\d[A-Z])[A-Z\d]{5,}"        # "K9F2XQ" (not "100TH", "2KIDS")
                  r"|[A-Z]{3,}\d{2,}"                                        # a promotion's "SAVE20"
                  r"|[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2})(?![\w@/]|[.:-]\w)")     # not "B12 3PM"
# a sum or an equation in digits ("2+2=4" came out "2, en vertu de l'article 22", "3*4=12" "3 3412"); not a
# range ("6-12") or a date (no "=")
_NUM, _OP = r"\d+(?:\.\d+)?", r"\s?[-+*/×÷^x]\s?"                      # "x" only before "=": "5x5=25"
MATH = re.compile(rf"(?<![\w.=+*/×÷^-]){_NUM}(?:(?:{_OP}{_NUM})*\s?=\s?-?{_NUM}(?:{_OP}{_NUM})*"
                  rf"|(?:\s?[+*×÷^]\s?{_NUM})+)(?![\w=+*/×÷^]|\.\d)")
# what a screen or a keyboard shows: a menu path ("Settings > Wi-Fi" came out "Settings  ..") and a key combination
# ("Ctrl+C" came out garbled)
_ITEM = r"[A-Z][\w-]*(?: [A-Z][\w-]*)*"
_NOT_ITEM = (r"(?:Click|Open|Go|Select|Tap|Choose|Press|Navigate|Then|Now|Under|In|On|Check|Use|Visit|Find|See)"
             r"\b ?")                                                                      # "Click File > Save"
_MENU = re.compile(r"\b(?:Settings|Preferences|File|Edit|View|Tools|Options|Menu|Account|Privacy|Security|General|"
                   r"System|Control Panel|Network|Display|Help|Format|Insert|Window|Apps|Notifications|Wi-Fi|"
                   r"Bluetooth)\b")                   # a path holds one ("Quality > Quantity" is a motto)
MENU_PATH = re.compile(rf"(?<![\w>])(?!{_NOT_ITEM}){_ITEM}(?: ?> ?{_ITEM})+(?![\w>])")
KEYS = re.compile(r"\b(?:Ctrl|Alt|Shift|Cmd|Command|Option|Win|Fn)(?: ?\+ ?(?:[A-Z]\w*|[a-z]\b|\d+\b|F\d+))+")
DATE = re.compile(r"(?<![\w/.:-])(?:(\d{1,2})([/-])(\d{1,2})\2(?:\d{4}|\d{2})|(\d{1,2})\.(\d{1,2})\.\d{4}"  # 12/05/2026
                  r"|\d{4}([/-])(\d{1,2})\6(\d{1,2}))(?![\w/-]|[.:]\d)")                               # 2026-01-15
# a day and month without the year after a word that dates, before what may follow a date ("on 10/04", "due 15/03";
# not "for 2/3 of the time", "Bake for 1/2 an hour", "after 2/3 days"); a common fraction is none (``_yearless``)
YEARLESS_DATE = re.compile(r"\b(?i:on|by|until|till|due|before|after|from|since|for) (?P<date>(\d{1,2})/(\d{1,2}))"
                           r"(?![.,]\d)(?=\s*(?:[.,;:!?)]|$)|\s+(?:at|and|or|to|until|till|from|for|in|please|then"
                           r"|so|but|morning|afternoon|evening|night)\b)")
NAMES = ("Tom", "Mary", "John", "Jack", "Paul", "Jane")   # frequent in Tatoeba; start with a consonant (no "l'")
# a second woman's name in one sentence stands in as "Jane" (after "Mary"): of Rose, Alice, Jane, Susan, Lisa, Helen,
# Julie, Anne and Kate after "Mary" in 26 sentences, "Jane" was kept right in all 26 ("Mary attend Jane."), as
# typed "Sophie" in 19 ("Mary attend sophie Sophie.", "Téléphie que…"), "Sophia" in 12; the model knows it though
# the vocabulary spells it in pieces, as it knows "Mary" (``stand_in_names``)
WOMEN_STAND_INS = ("Mary", "Jane")
# names the vocabulary holds whole that the model turns into their English form: "I saw Marie yesterday." had come out
# "J'ai vu Mary hier.", "Tell Marie I said hello." "Dis à Mary…", "Where is Marie?" "Où est Mary ?"; they stand in
# as other names do and are written back as typed ("Pierre", "Jean", "Jacques", "Michel", "Jeanne" came out right)
ANGLICISED = frozenset(("Marie",))
# an ordinal in the thousands with its comma: "the 2,000th visitor" came out "les 2 000 visiteurs", "the 1,000th
# visitor" "le mille visiteur", "our 10,000th order" "notre ordre de 10 000 $"; read "50th" the model wrote "50e" in
# each of 15 sentences ("le 50e visiteur", "à la 50e place"), and the number goes back in its place ("le 2 000e
# visiteur"). (Not "1000th", which the model mostly writes "1000e": read "50th", "the year 2000 AD, marks the
# 1000th anniversary" lost its "2000".) Where the text has a "50" of its own, "60th" (written "60e" in each of 12
# sentences, as "50th" was), then "70th" ("40th" came out "la 40e visiteur", "30th" "trente", "20th" "vingtième").
BIG_ORDINAL = re.compile(r"(?<![\w,.])(\d{1,3}(?:,\d{3})+)(?=(?:st|nd|rd|th)\b)")
ORDINAL_STAND_INS = ("50", "60", "70")
# a region's stand-ins: places French names as English does, with the article and "en"/"au" the region takes
LANDS = {"land": ("France", "Alberta"), "land_m": ("Canada", "Manitoba")}
# names read as a stand-in and written back as a place or a name ("kin_": after "my brother", opening_names.py)
PLACED = ("woman", "man", "city", "kin_woman", "kin_man", *LANDS)
# (English weekday, French weekday), Friday first: the first date in a text stands in as "Friday"
DAYS_FR = tuple(sorted(zip(WEEKDAYS, WEEKDAYS_FR), key=lambda day: day[0] != "Friday"))
_ARTICLE_FR = {"le": "le", "ce": "le", "du": "du", "de": "du", "au": "au", "à": "au"}   # before the weekday → date
_BEFORE_FR = re.compile(r"(?<!\w)(le|ce|du|de|au|à)\s+$", re.IGNORECASE)
_AFTER_WEEKDAY = re.compile(rf"\b(?:{'|'.join(en for en, _ in DAYS_FR)}),? $", re.IGNORECASE)
_WORD = re.compile(r"\w+")
TAGS_ONLY = re.compile(r"(?:[@#]\w+[\s.!?]*)+")      # hashtags and mentions and nothing else ("#summer #sun")
class StandIn(NamedTuple):
    name: str
    span: str
    written: str = ""        # the word the translation writes for ``name`` when not the name ("vendredi")
    phone: bool = False      # a phone number or a street address: "à Tom" goes back as "au +33 6 …", "au 12 …"
    day: str = ""            # a day of the month ("the 21st"): the weekday goes back as this ("21", "1er")
    french: str = ""         # a family word that addresses someone ("mum") or a quoted sentence ("See you soon"): the
                             # name goes back as this ("maman", "À bientôt")
    place: str = ""          # a place that opens a sentence, written back as French names it ("Athènes", "la Sicile")
    ordinal: str = ""        # an ordinal in the thousands ("2,000th"): its number as French writes it ("2 000")
    kin: bool = False        # a name after "my brother", "my colleague": no comma nor "de" before it in French
    apposed: bool = False    # read between commas ("my boss, Jack, is…"; opening_names.APPOSED): none after it
    said: bool = False       # a quoted sentence ("See you soon"; speech.py): ``french`` is its translation alone

    @property
    def target(self) -> str:
        return self.written or self.name

    @property
    def back(self) -> str:
        """What the translation gets in place of ``target``: the span, a day's French number, or a family word's
        French."""
        return self.day or self.french or self.place or self.ordinal or self.span


def stand_in_names(one_piece: Callable[[str], bool]) -> tuple[str, ...]:
    """The ``NAMES`` a tokenizer holds as one piece (``one_piece(name)``): names a model has seen often; and
    "Jane" where it holds "Mary" (``WOMEN_STAND_INS``)."""
    return tuple(n for n in NAMES if one_piece(n) or n == "Jane" and one_piece("Mary"))


def stand_in_days(french: bool, one_piece: Callable[[str], bool]) -> tuple[tuple[str, str], ...]:
    """(English weekday, French weekday) pairs to stand in for dates: none unless the target is French."""
    return tuple(d for d in DAYS_FR if one_piece(d[0])) if french else ()


def _a_date(m: re.Match) -> bool:
    """Day and month in range (either order for d/m/y: "12/05" and "05/12" are both dates)."""
    if m.group(7):
        return 1 <= int(m.group(7)) <= 12 and 1 <= int(m.group(8)) <= 31
    a, b = (int(m.group(1)), int(m.group(3))) if m.group(1) else (int(m.group(4)), int(m.group(5)))
    return 1 <= min(a, b) <= 12 and max(a, b) <= 31


def _yearless(m: re.Match) -> bool:
    """Day and month in range, and no common fraction ("1/2", "3/4")."""
    a, b = int(m.group(2)), int(m.group(3))
    return 1 <= min(a, b) <= 12 and max(a, b) <= 31 and not a < b <= 4


def _found(text: str, family: Sequence[str] = (), known: Callable[[str], bool] = lambda name: True,
           said: Mapping[str, str] = MappingProxyType({})) -> list[tuple[int, int, str]]:
    """(start, end, kind: "date", "day", "phone", "family", "said", a ``PLACED`` kind or "") of each span to copy,
    in text order; where two overlap, the first found here (a quoted sentence ``said`` translates, but for words
    copied in quotes; addresses and code, then dates, phone numbers, words with digits, family words that address
    someone, names that open the sentence and that ``known`` says the model does not know well)."""
    copied = [m.span(1) for pattern in COPIED_QUOTES for m in pattern.finditer(text)] if said else []
    found = [(a, b, "said") for a, b in (spoken(text) if said else ()) if text[a:b] in said   # 'He texted me "…"'
             and not any(c <= a and b <= d for c, d in copied)]
    found += [(*m.span(), "") for m in PATTERN.finditer(text)]
    found += [(*m.span(), "") for m in MATH.finditer(text)]                          # "2+2=4"
    found += [(*m.span(), "date") for m in DATE.finditer(text) if _a_date(m)]         # "01.02.2026": a date,
    found += [(*m.span("date"), "date") for m in YEARLESS_DATE.finditer(text) if _yearless(m)]
    found += [(*date, "day") for date, _ in day_ordinals(text)]
    found += [(*m.span(), "feast") for m in FEAST.finditer(text)]                    # "Palm Sunday"
    found += [(*m.span(), "phone") for m in PHONE.finditer(text)                       # though a phone's shape too
              if sum(c.isdigit() for c in m.group()) >= MIN_PHONE_DIGITS]
    found += [(*m.span(), "address") for m in ADDRESS.finditer(text)]               # "12 Church Street"
    found += [(*m.span(), "") for m in CODE.finditer(text)]
    found += [(*m.span(), "") for m in MENU_PATH.finditer(text) if _MENU.search(m.group())]
    found += [(*m.span(), "") for m in KEYS.finditer(text)]
    found += [(*m.span(1), "") for pattern in COPIED_QUOTES for m in pattern.finditer(text)]   # 'Click "Save"'
    found += [(*span, "family") for span in family_calls(text, family)]
    found += [n for n in opening_names(text) + inner_names(text)              # "Athens is…", "Where is Thomas?"
              if not known(text[n[0]:n[1]]) or _kin_stands_in(text, n) or text[n[0]:n[1]] in ANGLICISED]
    found += [(*m.span(1), "ordinal") for m in BIG_ORDINAL.finditer(text)][:1]     # "the 2,000th visitor"
    kept: list[tuple[int, int, str]] = []
    for f in found:
        if not any(f[0] < b and a < f[1] for a, b, _ in kept):
            kept.append(f)
    return sorted(kept)


def _kin_stands_in(text: str, name: tuple[int, int, str]) -> bool:
    """Whether a ``name`` found after "my boss" or "my neighbour" stands in even where the model knows it: read
    between commas (``_apposed``) or, in a question, with "my boss" as one name (opening_names.asked_kin); read plain,
    "My boss Michael called me." came out "Mon patron m'a appelé."."""
    return _apposed(text, name) or bool(asked_kin(text, *name)[1])


def _apposed(text: str, name: tuple[int, int, str]) -> bool:
    """Whether a ``name`` found after "my boss" or "my neighbour" is read between commas in a statement, before its
    verb ("My boss, Jack, is on holiday."; opening_names.APPOSED)."""
    before, read = text[:name[0]], unshouted(text)
    return name[2].startswith("kin") and bool(APPOSED.search(before) and BEFORE_A_VERB.match(read, name[1]))


def spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each span written to be copied (a day of the month reads as it is without a weekday)."""
    return [(a, b) for a, b, kind in _found(text) if kind not in ("day", "ordinal", *PLACED)]


def _opening_stand_in(free: list[str], kind: str, used: set[str], known: Callable[[str], bool]) -> str:
    """The stand-in for a first name, a city or a region, taken from ``free``: "Mary" for a woman's name (French
    agrees with it: "Anna est fatiguée"), another for a man's or a city's; "France" for a region or a country
    French says with "la" and "Canada" for one it says with "le" (read as "Mary", "Algeria is fueling Islamist
    terrorism…" had lost "terrorisme"), when the text does not use it and ``known`` says the model knows it; ""
    if none is left."""
    if kind in LANDS:
        land = next((n for n in LANDS[kind] if n not in used and known(n)), "")
        used.update((land,) if land else ())
        return land
    fits = [n for n in free if (n in WOMEN_STAND_INS) == kind.endswith("woman")]
    fits.sort(key=lambda n: n != "Jack" or kind != "kin_man")      # "my brother Jack": kept (opening_names.py)
    if fits:
        free.remove(fits[0])
    return fits[0] if fits else ""


def _placed(text: str, found: tuple[int, int, str], free: list[str], used: set[str], known: Callable[[str], bool]
            ) -> tuple[int, Optional[StandIn]]:
    """Where the stand-in for a first name, a city or a region ``found`` starts, and the stand-in (None if none is
    left): in a question, "my neighbour" and the name together ("Is my neighbour Sophie coming?" read "Is Mary
    coming?", back as "ma voisine Sophie"; opening_names.asked_kin)."""
    a, b, kind = found
    at, said = asked_kin(text, a, b, kind)
    name = _opening_stand_in(free, kind.removeprefix("kin_") if said else kind, used, known)
    if not name or said:
        return at, StandIn(name, text[at:b], place=said) if name else None
    typed = text[a:b].title() if text[a:b].isupper() else text[a:b]           # "KENYA" as "Kenya"
    person = kind.endswith("woman") and typed in REGIONS     # "I met Brittany": no "la Bretagne"
    place = "" if person else written_as(typed)
    return a, StandIn(name, text[a:b], place=place, kin=kind.startswith("kin"), apposed=_apposed(text, found))


def protect(text: str, names: Sequence[str], days: Sequence[tuple[str, str]] = (),
            family: Mapping[str, str] = MappingProxyType({}), known: Callable[[str], bool] = lambda name: True,
            said: Mapping[str, str] = MappingProxyType({})) -> tuple[str, tuple[StandIn, ...]]:
    """``text`` with each span replaced by a name the text does not use (a date by a weekday of ``days``, when
    there is one left; a ``family`` word that addresses someone by a name, to be written back as its French; a
    quoted sentence by a name, to be written back as its translation in ``said``, behind a colon where it ends the
    sentence; a name that opens the sentence and that ``known`` says the model does not know well, one the
    vocabulary lacks as a piece: "Anna", not "George"), while they last; a span left without one stays as it is."""
    found = _found(text, tuple(family), known, said) if names or days else []
    if not found:
        return text, ()
    used = set(_WORD.findall(text))
    free = [n for n in names if n not in used]
    free_days = [d for d in days if d[0] not in used]
    stand_ins: list[StandIn] = []
    out, last = [], 0
    for a, b, kind in found:
        if kind == "date" and _AFTER_WEEKDAY.search(text[:a]):
            continue                       # "on Thursday 20.12.2012": set aside, back after the weekday (fold.py)
        if TAGS_ONLY.fullmatch(text[a:]):  # a post's closing hashtags: set aside and put back at its end (fold.py);
            continue                       # read as names, "… #summer #beach" had come out "… à Tom Mary"
        if kind in ("date", "day", "feast") and free_days:
            name, written = free_days.pop(0)
            number = text[a:b].split()[1][:-2] if kind == "day" else FEASTS.get(text[a:b].lower(), "")
            stand_ins.append(StandIn(name, text[a:b], written, day="1er" if number == "1" else number))
        elif kind in ("day", "feast"):     # no weekday to read it as (not a French target): the ordinal stays
            continue
        elif kind == "ordinal":            # "2,000th" read "50th" for a French target (``days`` given)
            if not days or not _ordinal_stand_in(text):
                continue
            stand_ins.append(StandIn(_ordinal_stand_in(text), text[a:b], ordinal=text[a:b].replace(",", " ")))
        elif kind in PLACED:               # a first name, a city or a region: "Mary" for a woman's, "France" for
            a, placed = _placed(text, (a, b, kind), free, used, known)              # a region
            if not placed:
                continue
            stand_ins.append(placed)
        elif free and kind == "family":
            stand_ins.append(StandIn(free.pop(0), text[a:b], french=family[text[a:b].lower()]))
        elif kind == "said" and any(n not in WOMEN_STAND_INS for n in free):     # read «Maire» in quotes: not "Mary"
            name = next(n for n in free if n not in WOMEN_STAND_INS)
            free.remove(name)
            french = in_her_words(said[text[a:b]]) if woman_speaks(text[:a]) else said[text[a:b]]   # «fatiguée»
            french = french[:1].lower() + french[1:] if text[a].islower() else french    # 'said "good night"'
            stand_ins.append(StandIn(name, text[a:b], french=french, said=True))
        elif free:
            stand_ins.append(StandIn(free.pop(0), text[a:b], phone=kind in ("phone", "address")))
        else:
            continue
        before, name = text[last:a], stand_ins[-1].name
        if stand_ins[-1].apposed:          # "My boss, Jack, is on holiday." (opening_names.APPOSED)
            before, name = before.rstrip() + ", ", name + ","
        if kind == "said":                 # 'He texted me: "Tom".' (speech.py)
            before, name, taken = read_quote(before, name, text[b:])
            b += taken
        if kind == "family":               # read between commas, as French writes a name called: "ok mum i will"
            before, name = between_commas(before, name, text[b:])        # as "ok Tom i will" came out "D'accord
        out += [before, name]                                              # à Tom que je le ferai"
        last = b
    return "".join(out + [text[last:]]), tuple(stand_ins)


def _ordinal_stand_in(text: str) -> str:
    """The first of ``ORDINAL_STAND_INS`` that ``text`` has no number of its own for ("…2,000th visitor and got 50
    euros": "60", where the ordinal had been left to the model, "les 2 000 visiteurs"); "" if it has them all."""
    return next((n for n in ORDINAL_STAND_INS if not re.search(rf"(?<![\d,.]){n}(?!\d|[.,]\d)", text)), "")


def _at(text: str, s: StandIn) -> Optional[re.Match]:
    """Where the translation wrote ``s``'s name (a weekday in any case: "Vendredi", "VENDREDI"; "Mary" as the
    model may translate it, "Marie": "Sicily and Sardinia…" read "Mary and Sardinia…" came out "Marie et…"; an
    ordinal's number with its ending, "50e")."""
    if s.ordinal:
        return re.search(rf"(?<![\w,.]){s.name}(?:e|ème|ième|th)?(?!\w|[.,]\d)", text)
    flags = re.IGNORECASE if s.written else 0
    found = re.search(rf"(?<!\w){re.escape(s.target)}(?!\w)", text, flags)
    return found or re.search(r"(?<!\w)Marie(?!\w)", text) if s.target == "Mary" else found


FRENCH_FORMS = MappingProxyType({"Mary": ("Marie",)})     # a stand-in's name as the model may translate it


def written_names(s: StandIn) -> tuple[str, ...]:
    """The words a translation may write for ``s``'s name, to be kept out of capitals until it goes back: "Mary" and
    "Marie" ("MY FRIEND SOPHIE IS COMING." read "My friend Mary…" had come out "MON AMI MARIE SOPHIE…")."""
    return (s.name, *FRENCH_FORMS.get(s.name, ()))


def same_name(piece: str) -> tuple[str, ...]:
    """The other pieces a translation may write for the stand-in ``piece`` ("▁Mary" → "▁Marie", and back): Click to
    correct offered "Marie… (39%)" at "Emma" (read as "Mary"), a choice that changes nothing the user typed."""
    forms = [("▁" + name, *("▁" + f for f in french)) for name, french in FRENCH_FORMS.items()]
    return next((tuple(f for f in group if f != piece) for group in forms if piece in group), ())


def present(text: str, s: StandIn) -> bool:
    """Whether the translation wrote ``s``'s name."""
    return _at(text, s) is not None


def _date_back(text: str, m: re.Match, date: str) -> str:
    """The French weekday at ``m`` written as ``date`` with the article French gives a date: "vendredi" → "le
    12/05/2026", "jusqu'à vendredi" → "jusqu'au 12/05/2026", "de vendredi" → "du 12/05/2026"."""
    before, after = text[:m.start()], text[m.end():]
    date = date.upper() if m.group().isupper() and len(m.group()) > 1 else date    # "LE DIMANCHE DES RAMEAUX"
    art = _BEFORE_FR.search(before)
    if art:
        word = art.group(1)
        new = _ARTICLE_FR[word.lower()]
        new = new.upper() if word.isupper() and len(word) > 1 else new.capitalize() if word[0].isupper() else new
        return before[:art.start(1)] + new + " " + date + after
    if not before.strip() and not after.strip(" .!"):        # the date alone ("Date: 12/05/2026"): no article
        return before + date + after
    first = not before.strip() or before.rstrip()[-1] in ".!?«\"—-"
    return before + ("LE " if m.group().isupper() else "Le " if first else "le ") + date + after


def in_place(french: str, span: str, before: str) -> str:
    """A family word's ``french`` as it goes after ``before``: capitalised where it opens the text or a sentence
    ("Maman, tu peux…"), in capitals where ``span`` was typed so ("MUM" → "MAMAN")."""
    if span.isupper() and len(span) > 1:
        return french.upper()
    opens = not before.strip() or before.rstrip()[-1] in ".!?…«\"—-"
    return french[0].upper() + french[1:] if opens else french


_ARTICLE_FR_PLACE = re.compile(r"(?:le|la|l')\b")              # "la Sicile": no article of the model's before it
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?i:l[ea] |l['’])$")    # ("La Mary est…" → "La Sicile est…")


def _ordinal_back(text: str, s: StandIn) -> str:
    """``text`` with each ordinal the stand-in ``s`` became ("50e") written as the ordinal it stood for ("2 000e";
    the text had no such number of its own, so each is the stand-in's: "un 50e anniversaire" had stayed where the model
    wrote it twice), a place as typography writes one ("en 50e place": "à la 2 000e place")."""
    done, m = "", _at(text, s)
    while m:
        before = text[:m.start()]
        if re.match(r"\s+place\b", text[m.end():]):
            before = re.sub(r"\b(?:en|à|au)\s+(?:la\s+)?$", "à la ", before)
        done, text = done + before + s.ordinal + "e", text[m.end():]        # "50 000e" is not read again
        m = _at(text, s)
    return done + text


_PREPOSITION_BEFORE = re.compile(r"(?<![\w'’])(?i:(?:en|au|du|aux|de) |d['’])$")   # "en France"


def _place_back(text: str, m: re.Match, s: StandIn) -> str:
    """``text`` with the stand-in at ``m`` written as the place ``s`` names: after "en", "au", "du" or "de" its name
    alone ("en France" → "en Sicile", "au Canada" → "au Kenya", "de France" → "d'Algérie"), elsewhere with its
    article in place of the model's ("La France est…" → "L'Algérie est…")."""
    before, after = text[:m.start()], text[m.end():]
    if any(s.name in lands for lands in LANDS.values()) and _PREPOSITION_BEFORE.search(before):
        name = _ARTICLE_FR_PLACE.sub("", s.place, count=1).lstrip()
        name = name.upper() if s.span.isupper() and len(s.span) > 1 else name      # "KENYA": "AU KENYA"
        vowel = name[:1] in "AEIOUÉÈÂÎ"
        if before[-3:].lower() == "de " and vowel:                        # "de France" → "d'Algérie"
            before = before[:-2] + "'"
        elif before[-2:].lower() in ("d'", "d’") and not vowel:              # "d'Alberta" → "de Sardaigne"
            before = before[:-1] + "e "
        return before + name + after
    if _ARTICLE_FR_PLACE.match(s.place):
        before = _ARTICLE_BEFORE.sub("", before)
    return before + in_place(s.place, s.span, before) + after


# "vous", or a verb said to "vous" ("Appelez Mary." → "Appelez votre patronne Julie.", not "Appelez ta…"): with a
# capital only where a sentence opens, not a surname ("Ton patron Thomas connaît-il Martinez ?" says "tu")
_YOU_FORMALLY = re.compile(r"\b(?i:vous|votre|vos)\b|(?!(?i:chez|assez|nez|rez)\b)"
                           r"(?:(?<![\w'’-])[a-zà-ÿ]|(?:^|(?<=[.!?«\"“]\s)|(?<=[«\"“]))[A-ZÀ-Ý])\w*ez\b")


def _addressed(place: str, text: str, shouted: bool = False) -> str:
    """"ton patron Thomas" for "your boss Thomas" (opening_names.asked_kin) as "votre patron Thomas" where the
    translation says "vous" ("Votre patron Thomas vous a-t-il appelé ?", not "Ton patron… vous"; read in lower case
    where ``shouted``: "APPELEZ Mary." → "APPELEZ VOTRE PATRONNE JULIE.")."""
    formal = _YOU_FORMALLY.search(text) or shouted and _YOU_FORMALLY.search(text.lower())
    return re.sub(r"^(?i:ton|ta)\b", "votre", place) if formal else place


# a first name that opens with a vowel, written back where the stand-in had no elision: "une lettre de Mary" →
# "une lettre d'Alice" (not "de Alice"), "que Tom" → "qu'Ethan" (name_forms.VOWEL_NAME, ELIDES)


def unprotect(text: str, stand_ins: Sequence[StandIn]) -> tuple[str, list[StandIn]]:
    """``text`` with each stand-in (its first whole-word occurrence) written back as its span (a family word as
    its French); and the stand-ins the translation lacks."""
    missing = []
    for s in stand_ins:
        m = _at(text, s)
        if m is None:
            missing.append(s)
        elif s.written:
            text = _date_back(text, m, s.back)
        elif s.said:                       # «Il m'a envoyé un message : « Tom ».» → «… « À bientôt ».»
            french = s.french if s.span[:1].islower() else in_place(s.french, s.span, text[:m.start()])   # «bonne nuit»
            text = text[:m.start()] + french + said_after(text[:m.start()], text[m.end():], s.french)
        elif s.french:
            text = text[:m.start()] + in_place(s.french, s.span, text[:m.start()]) + text[m.end():]
        elif s.phone and re.search(r"(?<!\w)à\s+$", text[:m.start()]):       # "Appelez-moi à Tom" → "au 06 …"
            before = re.sub(r"à\s+$", "au ", text[:m.start()])
            text = before + s.span + text[m.end():]
        elif s.ordinal:                    # "le 50e visiteur" → "le 2 000e visiteur"
            text = _ordinal_back(text, s)
        elif s.place:                      # "Athènes", "la Sicile" (capitalised where it opens the sentence)
            text = _place_back(text, m, s._replace(place=_addressed(s.place, text, s.span.isupper())))
        elif VOWEL_NAME.fullmatch(s.span) and ELIDES.search(_kin_glued(text[:m.start()], s)):
            text = ELIDES.sub(r"\1'", _kin_glued(text[:m.start()], s)) + s.span + _unapposed(text[m.end():], s)
        else:
            text = _kin_glued(text[:m.start()], s) + s.span + _unapposed(text[m.end():], s)
    return text, missing


# a word for kin or a role the model parted from the name after it: "Mon collègue, Tom présentera…", "Mon collègue
# de Tom…", "avec mon collègue de Tom" for "my colleague Thomas" (French writes "mon collègue Thomas")
_KIN_PARTED = re.compile(r"((?i:\b(?:mon|ma|ton|ta|son|sa|notre|votre|leur)\s+(?:meilleur\s+|meilleure\s+)?"
                         r"(?:collègue|ami|amie|voisin|voisine|patron|patronne|chef|professeur|professeure|prof|"
                         r"frère|fils|mari|cousin|cousine|oncle|neveu|petit-fils|grand-père|camarade|colocataire|"
                         r"copain|copine|partenaire|manager|gérant|gérante|directeur|directrice|petit ami|"
                         r"petite amie)))(?:\s*,|\s+(?i:de))\s+$")                   # "DE" too: "MA COLLÈGUE DE EMMA"


def _kin_glued(before: str, s: StandIn) -> str:
    """``before`` a name that stood after "my brother", "my colleague" (``s.kin``), without the comma or the "de"
    the stand-in put between them ("Mon collègue de Tom" → "Mon collègue Thomas")."""
    return _KIN_PARTED.sub(r"\1 ", before) if s.kin else before


def _unapposed(after: str, s: StandIn) -> str:
    """``after`` a name read between commas (``s.apposed``) without the comma the model kept after it ("Mon patron,
    Jack, est en vacances." → "Mon patron Thomas est en vacances."), nor the "c'est" it put there ("Mon patron, Mary,
    c'est très exigeant")."""
    return re.sub(r"^\s*,(?=\s)", "", re.sub(r"^\s*,\s+c['’]est\b", " est", after)) if s.apposed else after


def labelled_target(pieces: Sequence[str], stand_ins: Sequence[StandIn]) -> list[str]:
    """A translation's ``pieces`` with the piece it wrote for each stand-in ("▁Tom", "▁vendredi" for a date; any
    case; "▁Marie" for "Mary", as ``unprotect`` reads it: a correction that picked "Marie" lost every label)
    labelled with the span written in its place, as ``labelled`` does for the source."""
    return _labelled(pieces, [(tuple(w.lower() for w in ("▁" + s.target, *same_name("▁" + s.target), *_glued(s))),
                               "▁" + s.back) for s in stand_ins], str.lower)


def labelled(pieces: Sequence[str], stand_ins: Sequence[StandIn]) -> list[str]:
    """``pieces`` with each stand-in's piece ("▁Tom", "▁Friday"; the first after the one before) labelled with
    the span it stood for ("▁anna@example.org", "▁12/05/2026"): what heatmaps and token strips show."""
    return _labelled(pieces, [(("▁" + s.name, *_glued(s)), "▁" + s.span) for s in stand_ins], str)


def _glued(s: StandIn) -> tuple[str, ...]:
    """How a quote's stand-in may be written glued to its quote ('"Tom"' read "▁\"", "T", "om"; «Tom» written so)."""
    return (s.name,) if s.said else ()


# a stand-in's later pieces are labelled GLUED ("▁J", "an", "e" for "Jane": "▁Sophie", "·", "·"; pieces.py)


def _labelled(pieces: Sequence[str], todo: list[tuple[tuple[str, ...], str]], case: Callable[[str], str]
              ) -> list[str]:
    """``pieces`` with each run of pieces that spells a stand-in (``todo``: (its pieces joined, in ``case``, each way
    it may be written; its label), in order) labelled: its first piece as the span, later ones ``GLUED``."""
    out, k = list(pieces), 0
    while todo and k < len(out):
        run, joined, forms = 0, "", todo[0][0]
        while k + run < len(out) and len(joined) < max(map(len, forms)) and joined not in forms \
                and (run == 0 or not out[k + run].startswith("▁")):
            joined, run = joined + case(out[k + run]), run + 1
        if joined in forms and (k + run == len(out) or not out[k + run][:1].isalpha()):   # not "▁Tom", "s"
            out[k:k + run] = [todo.pop(0)[1]] + [GLUED] * (run - 1)
            k += run
        else:                  # the next piece may start a name glued to a quote ("▁\"", "T", "om": ``_glued``)
            k += 1
    return out
