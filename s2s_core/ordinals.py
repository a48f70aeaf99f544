"""Ordinals in digits read as the model knows them (quantities.py's ``read`` calls ``read_ordinals``): first to
tenth in words, 11th to 99th with "th" ("32nd" → "32th"), a place in a ranking with "place" ("finished 3rd" →
"finished in third place"), a date's day without its ending ("March 3rd" → "March 3").
"""
from __future__ import annotations

import re

from .calendar_names import MONTHS, day_ordinals
from .labels import Label

ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_MONTH_NAMES = "|".join(MONTHS)
_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+"                   # "101st", "1,000th"
_ORDINAL = re.compile(rf"\b({_NUMBER})(?:st|nd|rd|th)\b")
_DATE_ORDINAL = re.compile(rf"\b({_MONTH_NAMES})\s+(\d{{1,2}})(?:st|nd|rd|th)\b"                   # March 3rd
                           rf"|\b(\d{{1,2}})(?:st|nd|rd|th)\s+(?=(?:of\s+)?(?:{_MONTH_NAMES})\b)")     # 3rd of March


_PLACE = re.compile(rf"\b(finish(?:ed|es)?|came|placed|ranked|ended)\s+({_NUMBER})(?:st|nd|rd|th)\b"
                    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:in|at|out|of|with|on|after|behind|and|overall|again|for|among|"
                    r"this|last|place)\b)", re.IGNORECASE)
# "finished 3rd": a place in a ranking (typography._PLACE writes its French), not "finished 1st grade"; "are 3rd in
# the league" too ("Nous sommes troisièmement…"), not "is 3rd in line"
_STANDING = re.compile(rf"\b((?:are|is|were|was|['’]re|['’]s|sit|sits|lie|lies)\s+)({_NUMBER})(?:st|nd|rd|th)"
                       r"(?=\s+in\s+the\s+(?:league|table|standings|group|rankings?|division|championship)\b)",
                       re.IGNORECASE)
# read "finished": "placée à la deuxième place" said "place" twice; "ranked 11th" came out "courut à onze endroits",
# "came 3rd" "est venue au troisième endroit", "ended 11th" "se termina à onze endroits" ("finished": "a fini à la…")
_PLACED = {"placed", "ranked", "came", "ended"}
_BEING = re.compile(r"\b(?:is|was|are|were|be|been|being|['’]s|['’]re)\s+$", re.IGNORECASE)   # "was ranked 11th"
# who "ranked" (a pronoun, a name, "the team"), not what was ranked ("a quality of life ranked 35th" came out "une
# qualité de vie terminée à la…"; "Ranked 85th in the world, Canada's team…")
_RANKER = re.compile(r"(?:\b(?i:I|you|he|she|we|they|it)|\b[A-Z][\w.]*|"
                     r"\b(?i:the|our|my|his|her|their|your|its|this|that)\s+[a-z]+)\s+$")


def _ordinal(number: str) -> str:
    """An ordinal as the model knows it: first to tenth in words, from 11th with "th" and no thousands comma ("32nd"
    came out "32 prête", "the 22nd floor" "le plancher de 22 étages", "his 33rd goal" "son objectif 33"; "32th",
    "22th", "33th" come out "32e", "22e étage", "33e but"; "101st" was left as typed, "Il a fini 101st.";
    "101th floor" comes out "101e étage"); one with a thousands comma keeps it ("the 50,000th computer": "le 50 000e
    ordinateur"; read "50000th", "le 500e ordinateur"; for a French target verbatim.py reads it "50th" first)."""
    n = int(number.replace(",", ""))
    return ORDINAL_WORDS[n - 1] if 1 <= n <= 10 else f"{number}th" if n >= 11 else None


# "the 22nd day of May": a date, as written ("22th day of May" came out "le 22e jour du mois de mai", "22nd day"
# "le 22 mai")
_DAY_OF = re.compile(r"\s+day\s+of\b", re.IGNORECASE)
# "March 21st and 22nd": a second day of the month ("March 21 and 22th" came out "le 21 mars et 22e", "22nd" "le 21
# et 22 mars")
_DAY_BEFORE = re.compile(rf"\b(?:{_MONTH_NAMES})\s+\d{{1,2}}\s*(?:,|and|or|to|through|[-–])\s*$", re.IGNORECASE)


def _a_day_too(text: str, m: re.Match) -> bool:
    """Whether the ordinal ``m`` is a date's day, left as written ("the 22nd day of May", "March 21st and 22nd")."""
    return bool(_DAY_OF.match(text, m.end()) or _DAY_BEFORE.search(text[max(0, m.start() - 40):m.start()]))


# "came 1st" as a priority, not a race: "Family always came 1st for him" (read "finished in first place", it came
# out "a toujours fini à la première place"); read "came first", "est toujours venue en premier pour lui"
_OFTEN = re.compile(r"\b(?:always|never|often|usually|still|sometimes|ever)\s+$", re.IGNORECASE)
_FOR_SOMEONE = re.compile(r"\s+for\s+(?:me|you|him|us|them|everyone|everybody|anyone|her(?!\s+[a-z]))\b",
                          re.IGNORECASE)     # not "came 3rd for her country", "for his team": a race


# but a place in a contest said after it: "She always came 1st in her class", "Tom came 1st for us in the relay"
# (read as a priority, "est toujours venue en premier dans sa classe", "il est venu aux courses locales")
_IN_A_CONTEST = re.compile(r"\s+(?:in|at|on|among|out\s+of)\b", re.IGNORECASE)


def _a_priority(text: str, m: re.Match) -> bool:
    """Whether "came Nth" (``m``) puts something first for someone ("always came 1st", "came 1st for him"), not a
    place in a contest said after it ("always came 1st in her class")."""
    if m.group(1).lower() != "came":
        return False
    after = _FOR_SOMEONE.match(text, m.end())
    end = after.end() if after else m.end()
    return bool(after or _OFTEN.search(text[:m.start()])) and not _IN_A_CONTEST.match(text, end)


# Ordinals in words, read in digits where the model garbled them (s39): a compound ordinal everywhere ("the
# thirty-first of December" came out «la trentaine de décembre», "our twenty-fifth wedding anniversary" «notre
# vingtième…», "on the twenty-first of June" «au vingt-quatre juin»; "31st", "25th", "21st": «le 31 décembre», «notre
# 25e…», «le 21 juin»), another only as a date's day, or from eleventh a place in a race, where the digits are read
# as a date or a place ("on the eighteenth of May" came out «au dix-sept mai», "on the third of May" «au troisième
# mai», "came fourteenth" «est venu quatre-vingts»; "18th", "3rd", "14th": «le 18 mai», «le 3 mai», «à la 14e
# place»); elsewhere it stays in words, as the model knows it ("my twelfth birthday" «mon douzième anniversaire»,
# read "12th" «mon dixième…»; "In the twentieth century, chess enabled computer scientists…", read "20th", lost
# "computer")
# (s40, left53) a place from second in a race too: "She came third in the race." came out «Elle est venue
# troisièmement…», "Our team finished second in the league." «…a terminé une seconde…», "I finished fifth out of…"
# «J'ai fini le cinquant pieds.»; read "3rd", "2nd", "5th" (read_ordinals: "finished in third place"): «Elle a fini à
# la troisième place…»; and a birthday from thirteenth ("His thirteenth birthday…" «Son treize ans…», "fourteenth",
# "sixteenth", "eighteenth birthday" «quatrième», «sixième», «dix-septième anniversaire»; "13th", "14th"…: «Son 13e
# anniversaire…»; "eleventh", "twelfth" stay in words: "my 12th birthday" came out «mon dixième anniversaire»)
_BIRTHDAY = re.compile(r"\s+birthday\b", re.IGNORECASE)
# the other way round, "For my 12th birthday I got a bike." came out «Pour mon dixième anniversaire…»; read "twelfth"
# (in words the model had «douzième» in 2 of 2; "11th" is right as typed, «onzième»): read_ordinals reads it so
# (agreement.py puts «ma douzième anniversaire» as «mon douzième…»)
_BIRTHDAY_DIGITS = re.compile(r"\b(12)th(?=\s+birthday\b)", re.IGNORECASE)
_TEN_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_NTH_WORDS = ORDINAL_WORDS + ("eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                              "seventeenth", "eighteenth", "nineteenth")
_TENTH_WORDS = ("twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth")
_SPELLED = re.compile(rf"\b(?:(?P<tens>{'|'.join(_TEN_WORDS)})(?P<gap>[-\s])(?P<unit>{'|'.join(ORDINAL_WORDS[:9])})"
                      rf"|(?P<tenth>{'|'.join(_TENTH_WORDS)})|(?P<nth>{'|'.join(_NTH_WORDS)}))\b(?![-'’])",
                      re.IGNORECASE)


def _in_digits(n: int) -> str:
    """``n`` as an ordinal in digits: "21st", "22nd", "23rd", "11th", "18th"."""
    ending = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{ending}"


def _a_date_or_place(text: str, start: int, end: int, places: bool) -> bool:
    """Whether the ordinal in digits at ``start:end`` of ``text`` is a date's day or, with ``places``, a place in a
    race (not one that puts something first for someone: "always came first for him")."""
    spans = [m.span() for m in _DATE_ORDINAL.finditer(text)] + [date for date, _ in day_ordinals(text)]
    spans += [m.span() for m in (*_PLACE.finditer(text), *_STANDING.finditer(text))
              if places and not _a_priority(text, m)]
    return any(a <= start and end <= b for a, b in spans)


def read_spelled(text: str) -> str:
    """``text`` with its ordinals in words read in digits where the model garbles them in words: a compound one
    ("twenty-first") everywhere, another only as a date's day, (from "second") a race place or (from "thirteenth") a
    birthday ("on the eighteenth of May" → "on the 18th of May", "came fourteenth" → "came 14th", "came third" →
    "came 3rd", "his thirteenth birthday" → "his 13th birthday"; "came first" stays: read "1st", "finished in first
    place", it came out «a fini d'abord»)."""
    for m in reversed(list(_SPELLED.finditer(text))):
        if m.group("tens"):
            n = 10 * _TEN_WORDS.index(m.group("tens").lower()) + 21 + ORDINAL_WORDS.index(m.group("unit").lower())
        elif m.group("tenth"):
            n = 10 * _TENTH_WORDS.index(m.group("tenth").lower()) + 20
        else:
            n = _NTH_WORDS.index(m.group("nth").lower()) + 1
        said = _in_digits(n)
        read = text[:m.start()] + said + text[m.end():]
        compound = m.group("tens") and m.group("gap") == "-"
        birthday = n >= 13 and _BIRTHDAY.match(text, m.end())
        if compound or birthday or _a_date_or_place(read, m.start(), m.start() + len(said), places=n > 1):
            text = read
    return text


def read_ordinals(text: str) -> str:
    """Ordinals in digits read as the model knows them: in a date without the suffix ("March 3rd" → "March 3",
    "3rd of March" → "3 of March"), a place in a ranking with "place" ("finished 3rd" → "finished in third place":
    "third" alone came out "la troisième saison"; "finished 32nd" → "finished in 32th place": read as written it
    came out "32 p. 100", "finished 12th in the race" "douzièmement"), the others as ``_ordinal`` has them ("2nd"
    → "second"); read as written, "came 2nd" came out "à 14 p. 100", "the 2nd floor" as "le étang"."""
    text = _DATE_ORDINAL.sub(lambda m: f"{m.group(1)} {m.group(2)}" if m.group(1) else f"{m.group(3)} ", text)
    def place(m: re.Match) -> str:
        if _a_priority(text, m):
            return m.group()
        said = re.match(r"\s+place\b", text[m.end():])                        # "finished 2nd place"
        verb = m.group(1)
        if _BEING.search(text[:m.start()]):                  # "was ranked 11th": "was in 11th place"
            verb = ""
        elif verb.lower() in _PLACED and (verb.lower() != "ranked" or _RANKER.search(text[:m.start()])):
            verb = "Finished " if verb[0].isupper() else "finished "
        else:
            verb += " "
        return m.group() if not _ordinal(m.group(2)) else \
            f"{verb}in {_ordinal(m.group(2))}" + ("" if said else " place")
    text = _PLACE.sub(place, text)
    text = _STANDING.sub(lambda m: f"{m.group(1)}in {_ordinal(m.group(2))} place" if _ordinal(m.group(2))
                         else m.group(), text)
    text = _BIRTHDAY_DIGITS.sub(lambda m: _NTH_WORDS[int(m.group(1)) - 1], text)     # "my 12th birthday": "twelfth"
    days = [day for _, day in day_ordinals(text)]                         # "on the 3rd": a date (verbatim.py)
    return _ORDINAL.sub(lambda m: _ordinal(m.group(1)) if _ordinal(m.group(1)) and m.span(1) not in days
                        and not (int(m.group(1).replace(",", "")) > 10 and _a_day_too(text, m)) else m.group(), text)


ENDINGS = "ordinals with the ending the model knows: "
_ENDED = re.compile(r"(\d{2,})(st|nd|rd)(\W*)")              # "21st", "101st" (not "1st": "first")


def endings(typed: str, read_so: str) -> str:
    """Where the reading changed only ordinals' endings to "th", what it changed, as a label (``ENDINGS`` “21st” as
    “21th”) whose note says so plainly: the whole reading, "The model read: «The 21th century began…»", looked
    like a typing error."""
    pairs, words = [], read_so.split()
    if len(words) != len(typed.split()):
        return ""
    for was, now in zip(typed.split(), words):
        m = _ENDED.fullmatch(was)
        if was != now and not (m and now == f"{m.group(1)}th{m.group(3)}"):
            return ""
        pairs += [f"“{m.group(1)}{m.group(2)}” as “{m.group(1)}th”"] if was != now else []
    if not pairs:                                                          # nothing changed: nothing to say
        return ""
    what = " and ".join(dict.fromkeys(pairs))
    return Label(ENDINGS + what, f"The model read {what}, the ending it knows for ordinals: the heatmap shows that "
                                 "reading.")


# After translating: a race place the model garbled after its "finished" ("came 4th", read "finished in fourth
# place", came out "a fini à quatre heures", "en huit heures", "achevé la cinquième place", "de la nième place",
# "à septième endroits"): rebuilt as "a fini à la quatrième place", the model's own auxiliary kept
FR_COUNT = ("une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
             "treize", "quatorze", "quinze", "seize")
FR_NTH = ("première", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième",
           "neuvième", "dixième")
_SAID_PLACE = re.compile(r"\bin (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+th) place\b",
                         re.IGNORECASE)
_A_TIME = re.compile(r"\d[:h.]\d\d|\bo['’]clock|\b[ap]\.?m\b|\bhours?\b|\bnoon\b|\bmidnight\b|\bminutes?\b"
                     r"|\bin the (?:morning|afternoon|evening)\b", re.IGNORECASE)
_AUX_WORDS = "ai|as|a|avons|avez|ont|est|sont|suis|es|sommes|êtes"
_AUX = rf"(?:({_AUX_WORDS})\s+)?"
_GARBLED_PLACE = re.compile(
    rf"\b{_AUX}(fini|terminé|achevé|arrivée?s?|classée?s?)\s+"
    r"(?:(?:à|en|de|au|du)\s+)?(?:(?:la|le)\s+)?"
    r"(?:(?P<count>[a-zé]+|\d+)\s+heures?|(?P<nth>\w*ième|\d+e?)\s+(?:place|endroit|lieu|rang)s?"
    rf"|(?P<copied>(?:{'|'.join(ORDINAL_WORDS)})\w*))\b",                   # "en ninthlèse": "ninth" copied
    re.IGNORECASE)
_FR_HAVE = (("j'", "ai"), ("je ", "ai"), ("tu ", "as"), ("nous ", "avons"), ("vous ", "avez"), ("ils ", "ont"),
            ("elles ", "ont"), ("les ", "ont"), ("mes ", "ont"), ("nos ", "ont"), ("leurs ", "ont"), ("ces ", "ont"))


def _place_number(source: str) -> int | None:
    """The one place in a ranking the reading says ("finished in fourth place": 4), or None (none, or two)."""
    found = {m.lower() for m in _SAID_PLACE.findall(source)}
    if len(found) != 1:
        return None
    said = found.pop()
    return ORDINAL_WORDS.index(said) + 1 if said in ORDINAL_WORDS else int(said[:-2])


def _has(french: str, start: int) -> str:
    """The auxiliary "avoir" for the subject before ``start`` ("Il achevé": "a"; "Ils achevé", "Nous…": "ont",
    "avons"), as the model left it out; none where it is a word before ("Il a encore fini")."""
    clause = re.split(r"[,;:.!?]\s*", french[:start])[-1].lower()
    if re.search(rf"\b(?:{_AUX_WORDS})\s+(?:\w+\s+)?$", clause):
        return ""
    return next((have for opening, have in _FR_HAVE if clause.startswith(opening)), "a")


def mend_places(french: str, source: str) -> str:
    """A race place garbled after "fini" ("à quatre heures", "achevé la cinquième place", "à septième endroits")
    rebuilt as "a fini à la quatrième place", only where the reading ``source`` says one place ("finished in fourth
    place") and the French has no right "à la … place"; "heures" only where the source says no time."""
    n = _place_number(source)
    if n is None:
        return french
    nth = FR_NTH[n - 1] if n <= 10 else f"{n}e"
    if re.search(rf"\bà la (?:{nth}|{n}e|seconde) place\b", french, re.IGNORECASE):
        return french

    def rebuild(m: re.Match) -> str:
        count, garbled, copied = m.group("count"), m.group("nth"), m.group("copied")
        if copied is not None:
            if n > 10 or not copied.lower().startswith(ORDINAL_WORDS[n - 1]):
                return m.group()
        elif count is not None:
            if _A_TIME.search(source) or count.lower() not in (str(n), *(FR_COUNT[n - 1:n] if n <= 16 else ())):
                return m.group()
        elif not (garbled.lower() in (nth, "nième", str(n), f"{n}e") or re.fullmatch(r"\w*ième", garbled)
                  and garbled.lower().startswith(nth[:3])):
            return m.group()
        have = m.group(1) or _has(french, m.start())
        done = "fini" if m.group(2).lower() == "achevé" else m.group(2)
        return f"{have} {done} à la {nth} place".lstrip()
    return _GARBLED_PLACE.sub(rebuild, french, count=1)


# a floor counted, not ranked: "My flat is on the tenth floor." came out "…au dix étage"; "au dixième étage"
_COUNTED_FLOOR = re.compile(rf"\b(au|du|le|l['’]un du) ({'|'.join(FR_COUNT[1:10])}) (étage)\b")


# the ground floor as the ground: "The shop is on the ground floor." came out "Le magasin est sur le sol."
_GROUND_FLOOR = re.compile(r"\bground\s+floor\b", re.IGNORECASE)
_ON_THE_GROUND = re.compile(r"\b(?:sur le|au) sol\b")


def mend_floors(french: str, source: str = "") -> str:
    """A floor the model wrote with a count ("au dix étage") with its ordinal ("au dixième étage"); the ground floor
    of ``source`` written as a floor ("sur le sol" → "au rez-de-chaussée")."""
    if _GROUND_FLOOR.search(source):
        french = _ON_THE_GROUND.sub("au rez-de-chaussée", french)
    return _COUNTED_FLOOR.sub(lambda m: f"{m.group(1)} {FR_NTH[FR_COUNT.index(m.group(2))]} {m.group(3)}", french)


# A century the model wrote with another ordinal: "…built in the nineteenth century, …" came out "…au dix-septième
# siècle…" (a wrong fact that looks right), "the fifteenth century" "le quinzeième siècle" (no French word), "in the
# 19th century" in a long line "au XIe siècle": written in Roman numerals as French does ("au XIXe siècle"), only
# where the source says one century and the French has one, another or garbled
_EN_NTH = ORDINAL_WORDS + ("eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                           "eighteenth", "nineteenth", "twentieth", "twenty-first")
_EN_CENTURY = re.compile(rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)|({'|'.join(_EN_NTH)}|twenty\s+first))[\s-]+"
                         r"centur(?:y|ies)\b", re.IGNORECASE)
_FR_NTH = ("premier",) + FR_NTH[1:] + ("onzième", "douzième", "treizième", "quatorzième", "quinzième", "seizième",
                                       "dix-septième", "dix-huitième", "dix-neuvième", "vingtième", "vingt et unième")
_FR_CENTURY = re.compile(r"(?<![\w-])(?:(?P<in>en|dans le)\s+)?(?:(?P<roman>[IVXL]+)|(?P<digits>\d{1,2}))"
                         r"(?:e|ème|eme|er|ère)\s+(?=siècles?\b)|(?<![\w-])(?:(?P<in2>en|dans le)\s+)?"
                         r"(?P<word>(?:vingt et un|[a-zé]+-)?[a-zé]*(?:ième|ieme|premier|première))\s+(?=siècles?\b)",
                         re.IGNORECASE)
_ROMAN = (("XX", 20), ("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1))


def roman(n: int) -> str:
    """``n`` (1–39) in Roman numerals, as French writes centuries ("XIX")."""
    out = ""
    for letters, value in _ROMAN:
        out, n = out + letters * (n // value), n % value
    return out


def _fr_century(m: re.Match) -> int | None:
    """The number a French century ordinal says ("XIXe", "19e", "dix-neuvième": 19), None for a garbled one."""
    if m.group("digits"):
        return int(m.group("digits"))
    if m.group("roman"):
        n = m.group("roman").upper()
        return next((k for k in range(1, 40) if roman(k) == n), None)
    word = m.group("word").lower()
    return 1 if word in ("premier", "première") else _FR_NTH.index(word) + 1 if word in _FR_NTH else None


def mend_centuries(french: str, source: str) -> str:
    """The one century of ``source`` ("the nineteenth century", "the 19th century") that ``french`` wrote with another
    ordinal or a garbled one ("au dix-septième siècle", "le quinzeième siècle") written in Roman numerals ("au XIXe
    siècle"); "en"/"dans le" before a century as "au" ("fait en dix-huitième siècle" → "au …")."""
    said = {int(m.group(1)) if m.group(1) else _EN_NTH.index(re.sub(r"\s+", "-", m.group(2).lower())) + 1
            for m in _EN_CENTURY.finditer(source)}
    found = list(_FR_CENTURY.finditer(french))
    if len(said) != 1 or len(found) != 1:
        return french
    n, m = said.pop(), found[0]
    wrong, at = _fr_century(m) != n, m.group("in") or m.group("in2")
    if not (wrong or at):
        return french
    ordinal = f"{roman(n)}{'er' if n == 1 else 'e'}" if wrong else m.group().split()[-1]
    au = ("Au " if at[0].isupper() else "au ") if at else ""                # "Dans le vingtième siècle, …": "Au…"
    return french[:m.start()] + au + ordinal + " " + french[m.end():]
