"""Everyday nouns the model has no French for, read as a noun it translates and written back in French.

The model never learnt some household words and wrote another one in their place ("There is a wasp in the kitchen."
came out "Il y a un tapis dans la cuisine.", "The screen is broken." "La crème est cassée.", "We called a locksmith."
"Nous avons appelé une serrure."), and no English paraphrase came out right. So, as names and dates stand in for
what the model cannot copy (verbatim.py), each such noun is read as a STAND-IN noun the model translates reliably and
whose French has the same gender, number and elision class ("wasp" as "mouse": "une souris", "la souris" take the
articles "guêpe" takes; "wasps" as "flies", "des mouches"), and the stand-in's French is written back as the noun's
("Il y a une souris dans la cuisine." → "Il y a une guêpe dans la cuisine."). Articles and adjectives agree
unchanged. A stand-in may differ in the plural where the model misreads the singular's ("fly" came out "un vol").

A noun is read so only where it is one: a word that is also a verb or another thing ("hail a taxi", "drill a hole",
"duck!", "screen the calls") only after a determiner, or in the plural opening a sentence or after "there are",
"many"… ("Screens are everywhere."); some only where the text says which sense (``only_with``: drinking "glasses"
beside "wash", "cupboard", "wine"…); not where the text already uses the stand-in word (its French
would be ambiguous), nor a second noun with the same stand-in; for a French target only (the caller passes
``FRENCH``). Each entry was kept only where the model got the noun wrong as typed in at least 2 of 3 sentences and
read through its stand-in right in at least 3 (subject, object, after a preposition, plural) and worse in none.

``read(text, glossary)`` → (text with stand-ins, ``Term`` s); ``write_back(translation, terms)``; a ``Term`` has the
``name``/``span``/``target``/``back`` of a ``verbatim.StandIn``, so ``verbatim.labelled`` and
``verbatim.labelled_target`` label heatmaps with the typed word ("wasp", «guêpe») and not the stand-in.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Optional, Sequence

from .agreement import genders, mend as mend_agreement
from .casing import in_case_of
from .determiners import elided
from .glossary_errands import ROWS as ERRANDS
from .glossary_everyday import ROWS as EVERYDAY
from .glossary_food import ROWS as FOOD
from .glossary_home import ROWS as HOME
from .glossary_nouns import ROWS as NOUNS
from .pattern_screen import Lazy, Screen, folded, needs


class Entry(NamedTuple):
    english: tuple[str, str]       # singular, plural ("" where the noun has none: "hail", "freckles")
    stand_in: tuple[str, str]      # the English the model reads, singular and plural
    french: tuple[str, str]        # what the translation gets, singular and plural
    written: tuple[str, str]       # the stand-in's French as the model writes it, singular and plural ("œuf|oeuf")
    noun_only: bool = False        # also a verb or another thing: read only after a determiner (or plural, opening)
    not_after: str = ""            # what it is not read after ("TV screen")
    not_before: str = ""           # what it is not read before ("hail a taxi")
    only_with: str = ""            # read only where the text has it too (drinking "glasses": "wash", "cupboard"…)


class Term(NamedTuple):
    name: str                      # the stand-in as read ("mouse", "Flies")
    span: str                      # the noun as typed ("wasp", "Wasps")
    target: str                    # the stand-in's French expected in the translation ("souris")
    back: str                      # the noun's French written in its place ("guêpe")
    written: tuple[str, str] = ("", "")    # the stand-in's French, singular and plural (either may come)
    french: tuple[str, str] = ("", "")     # the noun's French, singular and plural
    said: bool = False                     # never a quote (verbatim.labelled reads it as a StandIn's)


def _entry(english: str, stand_in: str, french: str, written: str, noun_only: bool = False, not_after: str = "",
           not_before: str = "", only_with: str = "") -> Entry:
    """An ``Entry`` from a row's "singular/plural" strings and its options (``ROWS`` of glossary_nouns.py,
    a glossary_*.py module's ``ROWS`` join ``FRENCH`` so, in the same form)."""
    def pair(forms: str) -> tuple[str, str]:
        one, _, many = forms.partition("/")
        return one, many
    return Entry(pair(english), pair(stand_in), pair(french), pair(written), noun_only, not_after, not_before,
                 only_with)


# the first rows (glossary_nouns.py): animals, weather, household, kitchen and garden nouns, a bank statement
FRENCH = tuple(_entry(*row[:4], **row[4]) for row in NOUNS)
# errands and occasions (words36, s34): pharmacy, post, garage, DIY, pets, hobbies, weddings (glossary_errands.py)
FRENCH += tuple(_entry(*row[:4], **row[4]) for row in ERRANDS)
# a home's, a car's, a body's and a weekend's upkeep (words38, s35): dentist, garage, DIY, garden (glossary_home.py)
FRENCH += tuple(_entry(*row[:4], **row[4]) for row in HOME)
# the kitchen, clothes and the supermarket (words43, s38): blender, zipper, cashier, groceries (glossary_everyday.py)
FRENCH += tuple(_entry(*row[:4], **row[4]) for row in EVERYDAY)
# food and drink (vocab57, s41): rum, a bun, espresso, chai, cheddar, waffles, donuts, spices (glossary_food.py)
FRENCH += tuple(_entry(*row[:4], **row[4]) for row in FOOD)

_DETERMINER = (r"(?:the|a|an|my|your|his|her|its|our|their|this|that|these|those|some|no|any|every|each|one|two|"
               r"three|of|with|without|by|for|in|on|under|behind|from|what|which|whose|new|old|own)")
_ADJECTIVE = (r"(?:new|old|big|small|little|large|huge|tiny|black|white|red|green|brown|grey|gray|yellow|electric|"
              r"wooden|plastic|dead|baby|wild|young|beautiful|heavy|thick|tall|high|low|broken|dirty|clean|same|"
              r"bright|good|great|bigger|larger|smaller)")      # "a bright screen" had come out «une crème brillante»
_AFTER_DETERMINER = re.compile(rf"(?i:\b{_DETERMINER}\s+(?:{_ADJECTIVE}\s+)?)$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"«(]\s*)$")
# a noun that names another thing with the noun before it: "goat cheese", "frog legs", "hedge fund", "screen saver",
# "drill sergeant", "wasp waist" (read through the stand-in, "The goat cheese is good." came out "La chèvre est bonne.")
_COMPOUND = re.compile(r"(?:['’]s)?\s+(?i:cheese|milk|legs|funds?|saver|waist|sergeant|bits?|door|time|protector|"
                       r"shots?)\b")
_ARTICLE = re.compile(r"(?<![\w'’-])(a|an|A|An)\s+$")


@lru_cache(maxsize=None)
def _pattern(entry: Entry) -> Lazy:
    """Where ``entry``'s noun is typed: either form, the first letter in either case (compiled where first used:
    ``_screen`` reads the ~150 patterns' words without compiling them, ~0.1 s less on the first translation)."""
    forms = sorted((f for f in entry.english if f), key=len, reverse=True)
    alternatives = "|".join(f"[{f[0]}{f[0].upper()}]{re.escape(f[1:])}" for f in forms)
    return Lazy(rf"(?<![\w'’-])(?:{alternatives})(?![\w'’-]|['’]\w{{2}})")


@lru_cache(maxsize=8)
def _screen(glossary: tuple[Entry, ...]) -> Screen:
    """Which of ``glossary``'s nouns a text may hold, from the words their patterns need (pattern_screen.py, as
    phrasing/__init__.py does; scanned here, ~130 patterns, so never behind them): "There is a wasp in the kitchen."
    tries "wasp" alone, not the ~130 patterns one by one (~170 → ~35 µs a sentence). The text is screened as
    typed: no stand-in a noun is read as is a noun read after it (tests/unit/test_glossary.py checks)."""
    return Screen([needs(_pattern(entry)) for entry in glossary])


def _used(text: str, entry: Entry) -> bool:
    """Whether ``text`` already has ``entry``'s stand-in word (its French would not tell the two apart)."""
    return any(re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", text, re.IGNORECASE) for f in entry.stand_in if f)


def _fitting(text: str, m: re.Match, entry: Entry, shouted: bool) -> bool:
    """Whether the noun at ``m`` is read: in lower case or opening a sentence (not a name, "Mr Hedge"; any case in a
    text typed in capitals, which casing.py reads with some capitals: "The Screen is broken."), after a determiner
    where ``entry`` is also a verb."""
    before = text[:m.start()]
    named = m.group()[0].isupper() and not any(f[:1].isupper() for f in entry.english)    # "SIM card" as typed
    if named and not shouted and not _SENTENCE_START.search(before):
        return False
    after = text[m.end():]
    if entry.not_after and re.search(entry.not_after, before) or entry.not_before and re.match(entry.not_before, after):
        return False
    if entry.only_with and not re.search(entry.only_with, text):       # "I need new glasses.": the spectacles
        return False
    if _COMPOUND.match(after):             # "goat cheese" read "cow cheese" had lost its «fromage de chèvre»
        return False
    if entry.noun_only and _plural_opening(m, entry, before):     # "Screens are everywhere." had come out
        return True                                                   # "Les accidents sont partout."
    return not entry.noun_only or bool(_AFTER_DETERMINER.search(before))


_PLURAL_AFTER = re.compile(r"(?i:\bthere\s+(?:are|were)|\bmany|\bfew|\bmore|\ball|\bseveral)\s+$")


def _plural_opening(m: re.Match, entry: Entry, before: str) -> bool:
    """Whether the noun at ``m`` is in the plural where a verb would not be: opening a sentence or after "there are",
    "many"… ("Screens are everywhere.", "There are worms in the garden."; the verb: "He screens the calls.")."""
    plural = bool(entry.english[1]) and m.group().lower() == entry.english[1].lower()
    return plural and bool(_SENTENCE_START.search(before) or _PLURAL_AFTER.search(before))


# a noun whose plural is its singular ("deer/deer") is read in the plural where the words round it say so: a number
# or "many", "these"… before it, "are", "were", "have" after it (s40, left53: "We saw three deer…" read "three horse"
# came out «trois cerf», "The deer were eating…" «Le cerf mangeait…»; read "horses": «trois cerfs», «Les cerfs…»)
_MANY_BEFORE = re.compile(r"(?i:\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                          r"fifty|hundred|hundreds\s+of|thousands\s+of|dozens\s+of|\d*[02-9]|\d{2,}|many|several|few|"
                          r"these|those|both|all|some|more|lots\s+of|a\s+lot\s+of|plenty\s+of|herds?\s+of)"
                          r"\s+(?:\w+\s+)?)$")
_MANY_AFTER = re.compile(r"\s+(?:are|were|have|live|roam|eat|come)\b")


def _said_many(text: str, m: re.Match) -> bool:
    """Whether the same-form noun at ``m`` is in the plural (``_MANY_BEFORE``, ``_MANY_AFTER``)."""
    return bool(_MANY_BEFORE.search(text[:m.start()]) or _MANY_AFTER.match(text, m.end()))


def _one(text: str, entry: Entry, shouted: bool) -> tuple[str, list[Term]]:
    """``text`` with each of ``entry``'s nouns read as its stand-in ("a" and "an" before it as the stand-in takes
    them: "an owl" → "a pigeon"), and their terms."""
    terms: list[Term] = []
    out, last = [], 0
    for m in _pattern(entry).compiled().finditer(text):
        if not _fitting(text, m, entry, shouted):
            continue
        many = int(m.group().lower() == entry.english[1].lower() and bool(entry.english[1]))
        many = many and (entry.english[0].lower() != entry.english[1].lower() or _said_many(text, m))
        opens = bool(_SENTENCE_START.search(text[:m.start()]))        # "The Screen…" (shouted): "The computer…"
        name = in_case_of(m.group(), entry.stand_in[many]) if opens else entry.stand_in[many]
        before = text[last:m.start()]
        article = _ARTICLE.search(before)
        if article and not many:
            said = "an" if name[0].lower() in "aeiou" else "a"
            before = before[:article.start(1)] + in_case_of(article.group(1), said) + before[article.end(1):]
        out += [before, name]
        last = m.end()
        terms.append(Term(name, m.group(), entry.written[many].split("|")[0], entry.french[many], entry.written,
                          entry.french))
    return "".join(out + [text[last:]]), terms


def read(text: str, glossary: Sequence[Entry], shouted: bool = False) -> tuple[str, tuple[Term, ...]]:
    """``text`` with each noun of ``glossary`` read as its stand-in (``Entry``), and the terms to write back, in the
    order they come in the text: "There is a wasp in the kitchen." → "There is a mouse in the kitchen."; ``shouted``:
    typed in capitals."""
    terms: list[Term] = []
    taken: set[str] = set()
    glossary = tuple(glossary)
    for entry in (glossary[i] for i in _screen(glossary).candidates(folded(text))):
        if not _pattern(entry).compiled().search(text) or entry.stand_in[0] in taken or _used(text, entry):
            continue
        text, found = _one(text, entry, shouted)
        terms += found
        taken.add(entry.stand_in[0]) if found else None
    ordered = sorted(terms, key=lambda t: _place(text, t))
    return text, tuple(ordered)


def _feminine(noun: str, stand_in: str) -> Optional[bool]:
    """Whether ``noun`` (written back) is feminine, from noun_genders.txt, else its stand-in's French (a row's two
    nouns share a gender); None where neither is known."""
    known = genders().get(noun.lower().split(" ")[0]) or genders().get(stand_in.lower().split(" ")[0])
    return known[0] == "f" if known else None


def _place(text: str, term: Term) -> int:
    """Where ``term``'s stand-in is in ``text`` (to label pieces in order)."""
    m = re.search(rf"(?<![\w-]){re.escape(term.name)}(?![\w-])", text)
    return m.start() if m else len(text)


def write_back(text: str, terms: Sequence[Term]) -> str:
    """``text`` (a translation) with each term's stand-in French written as the noun's, in its number and case
    ("Il y a une souris…" → "Il y a une guêpe…", "Les mouches…" → "Les guêpes…"); the first occurrence after the
    one before for each term. A stand-in the translation did not write is left as it is. A determiner goes in its
    stand-in's gender first, while agreement.py knows the word ("Mettez un salade…" → "Mettez une laitue…": after,
    «laitue» is a word it has no gender for)."""
    done, text = "", mend_agreement(text) if terms else text
    for term in terms:
        forms = _forms(term)
        m = _stand_in(text, forms)
        if m is None:
            continue
        said = [f for w, f in forms if w.lower() == m.group().lower()]     # "souris": the number typed
        french = term.back if term.back in said else said[0]
        written = in_case_of(m.group(), french)
        done += elided(_on_a_square(text[:m.start()], french), written, _feminine(written, m.group())) + written
        text = text[m.end():]
    return done + text


# one is «sur» a town's square, where its stand-in, a street, was «dans» ("We had a coffee in the main square." came
# out «…dans la place principale.», "Let us meet in the square at noon." «Rencontrons-nous dans la place…»;
# glossary_home.py's rows)
_SQUARES = frozenset(("place", "places", "place principale", "places principales"))
_IN_BEFORE = re.compile(r"\b([Dd])ans ((?:la|les) (?:[a-zéèêàâîôûç]+ )?)$")


def _on_a_square(before: str, french: str) -> str:
    """``before`` (the text before a written-back noun) with a final «dans la» as «sur la» where the noun is a
    square («place»)."""
    if french.lower() not in _SQUARES:
        return before
    return _IN_BEFORE.sub(lambda m: f"{'S' if m.group(1) == 'D' else 's'}ur {m.group(2)}", before)


def _forms(term: Term) -> list[tuple[str, str]]:
    """(a French word of ``term``'s stand-in, the noun's French in its number), the longest words first."""
    return sorted(((w, f) for ws, f in zip(term.written, term.french) for w in ws.split("|") if w),
                  key=lambda p: len(p[0]), reverse=True)


def _stand_in(text: str, forms: list[tuple[str, str]]) -> Optional[re.Match]:
    """Where ``text`` first writes one of the stand-in's French ``forms``, or None."""
    pattern = "|".join(re.escape(w) for w, _ in forms)
    return re.search(rf"(?<![\w-])(?:{pattern})(?![\w-])", text, re.IGNORECASE)


def note(terms: Sequence[Term], written: Optional[str] = None) -> str:
    """What the reader is told: which nouns the model read as another, and why; given the model's own translation
    ``written``, a noun whose stand-in it did not write is said apart, not said written back (measure51, s39: "a
    meal voucher", read "receipt", came out «une réception repas», and the note had said «bon» was written)."""
    back = [t for t in terms if written is None or _stand_in(written, _forms(t))]
    said = ", ".join(dict.fromkeys(f"{t.span} (read as “{t.name}”, written «{t.back}»)" for t in back))
    lost = ", ".join(dict.fromkeys(f"{t.span} (read as “{t.name}”)" for t in terms if t not in back))
    notes = [f"Nouns the model has no French for, read as ones it translates and written back: {said}."] * bool(said)
    notes += [f"Read as another noun, but the model did not translate it, so nothing was written back: {lost}; "
              "check the translation there."] * bool(lost)
    return " ".join(notes)
