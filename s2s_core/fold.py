"""Input the vocabulary reads badly, read in a form it knows: names it cannot spell ("Gastón", "Łukasz"),
typographic punctuation, currency signs, an opening dialogue dash.

A character the tokenizer covers only by byte fallback (its UTF-8 bytes as pieces: "ó" is ``<0xC3> <0xB3>``)
is hard for a small model to copy: it reads byte pieces it rarely saw and writes invented ones ("Gastón" →
"Gast�ït", "Bogotá" → "Bogotït"). So before translating, such a character is folded to its unaccented form
where the vocabulary has that ("Gaston"), and after translating, each folded word the translation copied is put
back ("Gaston" → "Gastón"). A word whose folded spelling also occurs as written in the text is left alone (the
way back would be ambiguous), and so is a character with no readable fold.

Typographic punctuation the vocabulary lacks is read as its plain form and not put back (the translation's
punctuation is the model's own): curly apostrophes and quotes, as phones and word processors type them ("I’m",
“hello”), and long dashes; read as bytes, "She said “hello”" came out as invented words. A spaced double hyphen
(" -- ", a dash in plain text; 7 of 720,000 training pairs have one) is read as " - " (it had come out as "[....]"
or "--c'est").

Quantities are read in a form the model knows (`quantities.py`): currency and degree signs and unit symbols as
words, compound number words as digits, the 12-hour clock on the 24-hour one, a minus sign set aside.

Abbreviations, titles, dotted capitals and chat spelling are read in words (`shorthand.py`): "e.g." as "for
example", "ASAP", "Prof. Jones", "U.N." as "UN", "u r late" as "you are late". British spellings the model misreads
are read the American way (`spelling.py`: "recognise" as "recognize", "grey" as "gray").

A dialogue dash that opens the text ("- What do you mean?", as interviews are written) is taken off too and put
back in front of the translation: the model saw such lines rarely and answers them with dots ("[...]", "...."). So
is a list's mark ("* Buy milk", "1. Open the box.", "a) Yes", "## Welcome"): read with it, "* Buy milk" came out as
"Grâce au lait Buy" and "# Welcome" as "l'éventualité de Welcomplis". So is a label that opens a line ("Step 2:",
"Note:"), written back as French writes it ("Étape 2 :"; the model read "Step" as "Avancez") when the caller gives
the labels (``typography.LABELS`` for a French target).

Inline markup (`<b>…</b>`, `<br>`, `**bold**`) is set aside and put back by `markup.py`; web and e-mail
addresses, @mentions, #hashtags, `code`, paths and phone numbers are read as a name the model copies, and dates in
digits as a weekday when the target is French (`verbatim.py`), and so is a family word that addresses someone ("I
love you, Mum."), written back as French calls them ("maman"; the caller gives ``letters.FAMILY``); text in
capitals or title case is read in the case the model knows (`casing.py`).

Nouns the model has no French for are read as a stand-in noun it translates and written back in French
(`glossary.py`: "a wasp" as "a mouse", «souris» written «guêpe»), and verbs it lacks as a stand-in verb
(`verb_glossary.py`: "snoring" as "dancing", «danse» written «ronfle»). Common first names typed in lower case are read
with their capital before names are set aside ("i saw peter", casing.py). Phone typing is read as written: two
messages run together with a comma between (`run_ons.py`), and, for a French target (``opening_capital``), a line
typed without its "?", its full stop or its capital with them ("are you ok" as "Are you ok?"; `asked.py`, casing.py;
the stop added is taken off the translation, translator.py). A final run of signs ("Really???") is read as one sign
and put back. Long sentences: a list of verbs on one subject is read with the subject before each (`subjects.py`),
a second clause's link in the form the model reads (`joins.py`), an aside in brackets between commas
(`brackets.py`); wishes and everyday phrases the model turns into another meaning in words it translates
(`letters.py`, `phrasing/`); an hour that the sentence puts in the evening on the 24-hour clock (`day_halves.py`).

Emoji and other pictographs the vocabulary lacks ("I love pizza 🍕", "Bravo 👏👏"; not one that starts a word, as
in chess notation "♘f3") are set aside and put back around the translation (`aside.py`): read as bytes, a small
model answers them with invented words ("J'adore la pizza en ce qui a trait à la création…").

Numbers the translation copied wrong are repaired (`number_repairs.py`: a lost digit, lost groups of zeros, a
garbled number replaced whole, a dollar sign).

The readings' order (``fold``): the line as typed is matched whole against what is written without the model (a
letter's formula, a heading, a number alone); inline tags are set aside first, so that no reading sees them, and at
the end moved onto the words they wrapped as read (``moved_tags``); names and spans to copy then stand in
(verbatim.py; first names capitalised just before, so that they are found), so that no later reading rewrites an
address, a date or a name; the case is read next, knowing the stand-ins' names, and names and "click on" typed in
lower case; then the opening marks are taken off (a dash, a list mark, a label, a help text's steps), so that the
readings after see the sentence itself; then typographic signs, a final run of signs, the readings in known words
(``_read_in_known_words``, in its own order), a phone-typed line's "?", stop and capital, the glossary's nouns,
pictographs set aside, characters folded, and last the asides in brackets.

``fold(text, covers)`` returns what the model reads and what ``restore(translation, folded)`` needs to put back
(``Folded``); words are put back whole. ``covers(ch)`` says whether the vocabulary spells ``ch`` without bytes.
"""
from __future__ import annotations

import re
from types import MappingProxyType
from typing import Callable, Mapping, NamedTuple, Optional, Sequence

from .accents import fold_char
from .asked import read_asked, read_stop
from .aside import placed_stand_ins, put_back as put_back_aside, set_aside
from .brackets import put_back as put_back_brackets, read as read_brackets
from .casing import Vocabulary, read_case, read_first_names, read_lower_case_names, read_opening_capital, shout
from .casing import shouted as is_shouted
from .day_halves import read_day_halves
from .family_calls import THANK_YOU
from .fronting import read_during, read_fronted, read_soon
from .glossary import read as read_terms, write_back as write_terms
from .verb_glossary import read as read_verbs, write_back as write_verbs
from .joins import read_joins
from .letters import read_wishes
from .markup import NONE as NO_MARKUP, Markup, glued, moved as moved_tags, put_back as put_back_tags
from .markup import split_off as split_off_tags, strip as strip_tags
from .negatives import put_back_signs
from .ongoing import read as read_ongoing
from .openers import REWORDED as OPENER_READ, read as read_opener
from .number_repairs import repair as repair_numbers
from .phrasing import read_forecasts, read_phrases
from .ordinals import read_spelled
from .quantities import read as read_quantities, spoken_times
from .run_ons import read_run_ons
from .sentences import LIST_MARK
from .shorthand import read_chat, read_dotted, read_shorthand
from .speech import speaker_first, spoken
from .spelling import read_american, read_gray_opening
from .subjects import read_with_subjects
from .ui_steps import CLICK_ON, read as read_steps, read_click_on, written_line
from .verbatim import StandIn, present, protect, unprotect, written_names

WORD = re.compile(r"\w+")
# an opening dialogue dash, a list item's mark, a Markdown heading's "#", a postscript's "P.S.": "- Hi", "-- Hi",
# "* Milk", "1. Open", "a) Yes", "## Welcome", "P.S. Call me"
OPENING_MARK = re.compile(rf"\s*(--|{LIST_MARK}|#{{1,6}}|P\.S\.:?|P\.?S:|PS\.)\s+(?=\S)")
# a label's words: "Note", "Check-in", "E-mail", "Date of birth", "Weather alert", "Phone Number"
_LABEL_WORDS = r"[A-Z](?:[a-z]+(?:-[a-z]+)?|-[a-z]+)(?: (?:[a-z]+|[A-Z][a-z]+)){0,2}"
_LABEL = re.compile(rf"({_LABEL_WORDS})( \d{{1,3}})?\s?:\s+(?=\S)")    # "Step 2: ", "Note: " (not "10:30", "http:")
_POST_TAIL = re.compile(r"(?:\s+(?:[#@][^\W\d_]\w*|[^\w\s.,;:!?'\"()«»-]+))+$")   # closing emoji and hashtags
_LABEL_LINE = re.compile(rf"\s*({_LABEL_WORDS})( \d{{1,3}})?\s?:\s*")      # "Ingredients:" alone: a heading
NUMBER_LINE = re.compile(r"[+(]?\d[\d ()-]*")      # a postcode, a phone number, a reference alone on its line
DOUBLE_HYPHEN = re.compile(r"(?<=\s)--(?=\s)")   # a dash as plain text types it: " -- "
PLAIN = {"’": "'", "‘": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-", "…": "..."}


class Folded(NamedTuple):
    text: str                      # what the model reads
    words: dict[str, str]          # folded word → the word as written
    mark: str = ""                 # the opening dialogue dash or list mark and its space, "" if none
    aside: tuple = ()              # (words of the text before it, words in all, the punctuation right after it
                                   # or "", pictograph run), in order (words: whitespace-separated, as '▁' groups)
    markup: Markup = NO_MARKUP     # inline tags set aside (markup.py)
    stand_ins: tuple = ()          # (StandIn, its place as an ``aside`` entry should the translation drop the name)
    shouted: bool = False          # typed in capitals: read in sentence case, written back in capitals
    negatives: tuple = ()          # numbers read without their minus sign ("5" for "-5") and which of the
                                   # number's occurrences each was, in order
    reworded: tuple = ()           # how the text was read in other words ("times on the 24-hour clock": "9pm"
                                   # as "21:00"; "chat spelling in full": "u" as "you"), in order
    brackets: tuple = ()           # asides in brackets read between commas (brackets.py: where they are)
    ending: str = ""               # a final run of "!" and "?" ("???"), read as one sign: the run to put back
    written: str = ""              # a letter's greeting or closing line as the target language writes it
                                   # (letters.py), written instead of the model's translation
    said_times: tuple = ()         # (hour, minutes) of each clock time said in words ("half past seven"), read in
                                   # digits: typography says them in words again
    terms: tuple = ()              # nouns the model lacks, read as a stand-in noun (glossary.py: "wasp" as "mouse")
    stop: bool = False             # a full stop read after a line typed without one, to take off the translation
    verbs: tuple = ()              # verbs the model lacks, read as a stand-in verb (verb_glossary.py: "snore" as
                                   # "dance", «danse» written «ronfle»)


AMPERSAND = re.compile(r"(?<=\s)&(?=\s)")     # "Salt & pepper" (read as a byte: "Le salt && pepper")
AT_SIGN = re.compile(r"(?<=\s)@(?=\s)")       # "Meet me @ the station" (read as a byte: "Réfléchis-moi…")


def _label_fr(words: str, labels: Mapping[str, str]) -> Optional[str]:
    """How ``labels`` writes a label, its words after the first in any case ("Phone Number" as "Phone number")."""
    first, _, rest = words.partition(" ")
    return labels.get(words) or labels.get(f"{first} {rest.lower()}" if rest else first)


def _line_written(line: str, labels: Mapping[str, str], formulas: Callable[[str], Optional[str]]) -> str:
    """``line`` as written without the model, or "": a letter's formula as ``formulas`` writes it, a heading alone
    ("Ingredients:" → "Ingrédients :"), a number alone, after its label or not ("Postcode: 75011"; the model wrote
    "7501111"); in capitals where the line is shouted ("HAPPY BIRTHDAY, EMMA!" had come out "Joyeux anniversaire,
    EMMA !")."""
    written = _written(line, labels, formulas)
    return written.upper() if is_shouted(line) else written


def _written(line: str, labels: Mapping[str, str], formulas: Callable[[str], Optional[str]]) -> str:
    """``line`` as written without the model, or "" (``_line_written``), in the case of its French."""
    heading = _LABEL_LINE.fullmatch(line)
    heading_fr = _label_fr(heading.group(1), labels) if heading else None
    label = _LABEL.match(line)
    label_fr = _label_fr(label.group(1), labels) if label else None
    if label_fr and NUMBER_LINE.fullmatch(line[label.end():]):
        return f"{label_fr}{label.group(2) or ''} : {line[label.end():]}"
    return (formulas(line) or (f"{heading_fr}{heading.group(2) or ''} :" if heading_fr else "")
            or (written_line(line) if labels else "")                   # "Settings" → "Paramètres" (ui_steps.py)
            or (line if NUMBER_LINE.fullmatch(line) else ""))


def _read_in_known_words(text: str, covers: Callable[[str], bool], colours: Mapping[str, str]
                         ) -> tuple[str, tuple, tuple, dict, tuple]:
    """``text`` read in words the model knows, in this order: an hour the sentence puts in the evening
    (day_halves.py), quantities, dotted abbreviations, shorthand, two messages run together, chat spelling, wishes,
    phrases, British spellings, a list of verbs with its subject before each, a second clause's link, an opening "Grey"
    before a noun as "Black" where ``colours`` are given (spelling.py); with the numbers read without their minus
    sign, what was read so (for a note), the words to write back (dotted initials, "noirs" → "gris"), and the clock
    times said in words (read before any of it)."""
    said_times = tuple(spoken_times(text))
    text, negatives, reworded = read_quantities(read_day_halves(text), covers)   # "Dinner is at 7": "at 7 pm"
    (text, initials), dotted = read_dotted(text), text
    reworded += ("abbreviations without their dots",) if text != dotted else ()
    short = read_shorthand(text)
    reworded += ("abbreviations in words",) if short != text else ()
    ran = read_run_ons(short)                                        # "…station i am lost": "…station, i am…"
    reworded += ("a comma between two messages typed as one",) if ran != short else ()
    text = read_chat(ran)
    reworded += ("chat spelling in full",) if text != ran else ()
    wished, text = text, read_wishes(text)                           # "Best of luck with…" (letters.py)
    reworded += ("a wish in the words the model knows",) if text != wished else ()
    phrased, text = text, read_forecasts(read_phrases(text))       # "out of stock": "not available" (phrasing/)
    reworded += ("a phrase in words the model knows",) if text != phrased else ()
    perfect, text = text, read_ongoing(text)                         # "has worked … since": "has been working"
    reworded += ("what still goes on, in the form the model writes in the present",) if text != perfect else ()
    opened, text = text, read_opener(text)                           # "Pour the milk…": "Please pour…" (openers.py)
    reworded += (OPENER_READ,) if text != opened else ()
    spelt, text = text, read_american(text)                          # "recognise": "recognize" (spelling.py)
    reworded += ("British spelling the American way",) if text != spelt else ()
    fronted, text = text, read_soon(read_during(read_fronted(text)))   # "…a cake yesterday": "Yesterday, …"
    reworded += ("a time at the front of its clause, or read “during”",) if text != fronted else ()
    listed, text = text, read_with_subjects(text)                    # "we left…, had…": "…, we had…" (subjects.py)
    reworded += ("a list of verbs with its subject before each",) if text != listed else ()
    joined, text = text, read_joins(text)                           # "…, and in the evening, they…" (joins.py)
    reworded += ("the link between two clauses in the form the model reads",) if text != joined else ()
    text, gray = read_gray_opening(text, colours)       # "Grey clouds…": "Black clouds…", "noirs" → "gris"
    reworded += ("a colour as one the model knows",) if gray else ()
    return text, negatives, reworded, {**initials, **gray}, said_times


def _formula(text: str, labels: Mapping[str, str], formulas: Callable[[str], Optional[str]]) -> str:
    """``text`` written as ``_line_written`` has it, a post's tail after it ("Happy Friday! 🎉 #weekend": the wish,
    then the tail); "" where it is no such line."""
    tail = _POST_TAIL.search(text.strip())
    formula = _line_written(text.strip()[:tail.start()] if tail else text.strip(), labels, formulas)
    return formula + tail.group() if formula and tail else formula


def fold(text: str, covers: Callable[[str], bool], names: Sequence[str] = (),
         vocab: Optional[Vocabulary] = None, days: Sequence[tuple[str, str]] = (),
         labels: Mapping[str, str] = MappingProxyType({}), formulas: Callable[[str], Optional[str]] = lambda line: None,
         family: Mapping[str, str] = MappingProxyType({}), colours: Mapping[str, str] = MappingProxyType({}),
         glossary: Sequence = (), opening_capital: bool = False, said: Mapping[str, str] = MappingProxyType({})
         ) -> Folded:
    """What the model should read for ``text``: characters ``covers`` rejects folded or read plain, signs as words,
    an opening dash or list mark taken off, tags set aside, addresses and code read as ``names`` and dates as ``days``
    (verbatim.py), capitals in the case ``vocab`` knows, a label that opens the line to be written as ``labels`` says
    ("Step 2:" → "Étape 2 :"), a letter's formula as ``formulas`` gives it ("Best regards," → "Cordialement,"), a
    family word that addresses someone read as a name and written as ``family`` says ("thanks mum" → "merci,
    maman"), a noun the model lacks read as a ``glossary`` stand-in ("wasp" as "mouse", «guêpe»), with
    ``opening_capital`` "are you ok" as "Are you ok?", a quote as a name, written as ``said`` has it (speech.py)."""
    formula = _formula(text, labels, formulas)
    quoted, text = _speaker_first(text, known := vocab.holds if vocab else lambda name: True, said)
    text, tags = strip_tags(text, [(a - 1, b + 1) for a, b in spoken(text) if text[a:b] in said] if said else ())
    protected = read_spelled(text)        # "on the eighteenth": "on the 18th", a date before protect() sees it
    spelled, text = protected != text, protected
    text, stand_ins = protect(read_first_names(text), names, days, family, known, said)
    thanked = any(s.french and not s.said for s in stand_ins) \
        and len(THANK_YOU.findall(text)) > len(THANK_YOU.findall(protected))          # "thanks mum": "thank you, Tom"
    text, shouted = read_case(text, vocab, [s.name for s in stand_ins], protected) if vocab else (text, False)
    named = read_lower_case_names(clicked := read_click_on(text))   # "click on…" read "Click on…" (ui_steps.py)
    capitalised, clicked, text = named != clicked, clicked != text, named
    written = set(WORD.findall(text))
    words: dict[str, str] = {}

    def one(match: re.Match) -> str:
        word = match.group()
        folded = "".join(fold_char(c) if not covers(c) and all(map(covers, fold_char(c))) else c for c in word)
        if folded == word or folded in written or words.get(folded, word) != word:
            return word
        words[folded] = word
        return folded

    mark, rest, taken, spans, steps = _opening_marks(text, labels, stand_ins)
    formula = formula or (mark.rstrip() + steps.end if steps and not steps.rest else "")
    rest = DOUBLE_HYPHEN.sub("-", rest)
    rest = rest if covers("&") else AMPERSAND.sub("and", rest)
    rest = rest if covers("@") else AT_SIGN.sub("at", rest)
    rest = "".join(PLAIN[c] if c in PLAIN and not covers(c) and all(map(covers, PLAIN[c])) else c for c in rest)
    rest, ending = _read_ending(rest)
    rest, negatives, reworded, initials, said_times = _read_in_known_words(rest, covers, colours)
    rest, stop = _typed(rest, covers) if opening_capital and not mark else (rest, False)    # not "- eggs"
    rest, terms, verbs = _lacked_words(rest, glossary, shouted)    # "a wasp": "a mouse"; "snoring": "dancing"
    reworded = CLICK_ON * clicked + ("what follows a help text's step",) * bool(steps and rest) + reworded
    reworded = ("names with their capitals",) * capitalised + ("thanks as “thank you”",) * thanked + reworded
    reworded = ("ordinals in words as digits",) * spelled + ("who speaks before the quote",) * quoted + reworded
    rest, aside = set_aside(rest, covers)
    rest = WORD.sub(one, rest)
    words.update((k, v) for k, v in initials.items() if not re.search(rf"\b{k}\b(?!\.)", text))   # not "JK" as typed
    rest, asides = read_brackets(rest)
    reworded += ("an aside in brackets between commas",) if asides else ()
    reworded = tuple(dict.fromkeys(reworded))      # each once, where first read so ("Dec. 25" and "e.g." alike)
    tags = moved_tags(tags, protected, f"{taken} {rest}")   # each tag on the words it wrapped, in the words read
    tags, marked = split_off_tags(tags, len(taken.split()))    # (markup.py); those on a mark's words go round its
    mark = glued(mark.split(), spans, marked) + " " if marked else mark       # French words: "<b>Attention :</b>"
    formula = glued(formula.split(), spans, marked) if marked and formula and steps else formula
    return Folded(rest, words, mark, aside, tags, placed_stand_ins(rest, stand_ins), shouted, negatives, reworded,
                  asides, ending, formula, said_times, terms, stop, verbs)


def _lacked_words(text: str, glossary: Sequence, shouted: bool) -> tuple[str, tuple, tuple]:
    """``text`` with the nouns and verbs the model lacks read as stand-ins it translates, and their terms to write
    back: "a wasp" as "a mouse", «souris» → «guêpe» (glossary.py); "snoring" as "dancing", «danse» → «ronfle»
    (verb_glossary.py); for a French target only (``glossary`` given)."""
    text, terms = read_terms(text, glossary, shouted)
    text, verbs = read_verbs(text) if glossary else (text, ())
    return text, terms, verbs


def _speaker_first(text: str, known: Callable[[str], bool], said: Mapping[str, str]) -> tuple[bool, str]:
    """Whether a quote that opens ``text`` was read after who said it, where quotes are translated alone
    (``said``), and the text so read ('"I am tired," she said.': 'She said: "I am tired".'; speech.py)."""
    read = speaker_first(text, known) if said else text
    return read != text, read


def _typed(text: str, covers: Callable[[str], bool]) -> tuple[str, bool]:
    """A line as typed on a phone read as written: with its question mark or full stop (asked.py) and its capital
    (casing.py: "we need it" → "We need it."); and whether a stop was added, to take off the translation."""
    text = read_asked(text) if covers("?") else text
    text, stop = read_stop(text) if covers(".") else (text, False)
    return read_opening_capital(text, covers), stop


def _opening_marks(text: str, labels: Mapping[str, str], stand_ins: Sequence) -> tuple[str, str, str, list, object]:
    """The marks that open ``text``, written without the model: a dialogue dash or a list's mark, a label ("Step 2:"
    → "Étape 2 :") and, for a French target (``labels`` given), a help text's steps ("Click Save" → "Cliquez sur
    Save", ui_steps.py); with what the model reads after them, the English words they took, for each of those the
    (first, last) words of the mark it became, and the steps (None for none)."""
    opening = OPENING_MARK.match(text)
    mark = opening.group(1) + " " if opening else ""
    rest = text[opening.end():] if opening else text
    taken = mark
    spans = [(k, k) for k in range(len(mark.split()))]
    label = _LABEL.match(rest) if labels else None
    label_fr = _label_fr(label.group(1), labels) if label else None
    if label_fr:                                       # "Step 2: Add the flour." → "Étape 2 : " + "Add the flour."
        said = label_fr + (label.group(2) or "") + " :"
        spans += [(len(mark.split()), len(mark.split()) + len(said.split()) - 1)] * len(label.group().split())
        mark, taken, rest = mark + said + " ", taken + label.group(), rest[label.end():]
    steps = read_steps(rest) if labels else None
    if steps:                                          # "Click Save to keep…" → "Cliquez sur Save " + "in order to…"
        names = {s.name: s.span for s in stand_ins}    # a quoted name stood in for: 'Click "Save"'
        said = " ".join(names.get(word.rstrip(","), word.rstrip(",")) + "," * word.endswith(",")
                        for word in steps.french.split())
        said = said if mark else said[:1].upper() + said[1:]       # "press Enter…" opening the line: "Appuyez…"
        spans += [(len(mark.split()) + a, len(mark.split()) + b) for a, b in steps.spans]
        mark, taken, rest = mark + said + " ", taken + steps.typed + " ", steps.rest
    return mark, rest, taken.strip(), spans, steps


_HANGING = re.compile(r"(\.\.\.|…)\s*$")
_FULL_STOP = re.compile(r"(?<![.!?\s])\s*[.!](\s*)$")               # "Wait..." → "Attends !": "Attends..."
_ASKED_AND_EXCLAIMED = re.compile(r"(?:\?!|!\?)\s*$")
_ONE_OF_THEM = re.compile(r"(?<![?!])([?!])(\s*)$")
_SIGNS_AT_END = re.compile(r"[?!]+(?=\s*$)")
_SIGN_RUN = re.compile(r"(?<![!?])[!?]{2,}(?=\s*$)")


def _read_ending(text: str) -> tuple[str, str]:
    """A final run of signs ("Really???", "Wow!!!!") read as one ("?", or "?!" where both are in it), and the run:
    read as typed, "Really???" came out "Vrai ?" and "Wow!!!!" "Ça !" (alone: "Vraiment ?", "Waouh !")."""
    run = _SIGN_RUN.search(text)
    if not run or run.group() in ("?!", "!?"):
        return text, ""
    one = "?!" if len(set(run.group())) == 2 else run.group()[0]
    return text[:run.start()] + one + text[run.end():], run.group()


def _kept_ending(text: str, source: str) -> str:
    """A sentence the source leaves hanging ("I'm not sure what to say..."; "…") ends so in the translation too
    (the model ends it with a full stop), and one it ends with "?!" keeps both signs (it kept one)."""
    hanging = _HANGING.search(source)
    if hanging:
        return _FULL_STOP.sub(hanging.group(1) + r"\1", text)
    asked = _ASKED_AND_EXCLAIMED.search(source)
    return _ONE_OF_THEM.sub(asked.group().strip() + r"\2", text) if asked else text


def restore(text: str, folded: Folded, attended: Optional[list[int]] = None, shouting: bool = True) -> str:
    """``text`` with each whole-word occurrence of a folded word written as it was, a final ellipsis kept, an
    aside's brackets and numbers that lost a digit repaired, a final run of signs and minus signs put back, the
    tags, copied spans and set-aside pictographs put back (``attended``: see ``aside.put_back``), the glossary's
    nouns written in French, after the opening mark if any; a letter's formula as written.
    A shouted text goes back in capitals, unless not ``shouting``: then ``shout_back`` does it once the French is
    mended."""
    if folded.written:
        return folded.written
    if folded.shouted and shouting:
        text = shout(text, [n for s, _ in folded.stand_ins for n in written_names(s)])     # "Marie" too
    if folded.words:
        text = WORD.sub(lambda m: folded.words.get(m.group(), m.group()), text)
    text = put_back_brackets(_kept_ending(text, folded.text), folded.text, folded.brackets)
    if folded.ending:
        text = _SIGNS_AT_END.sub(folded.ending, text)
    text = put_back_signs(repair_numbers(text, folded.text), folded.negatives)
    if folded.markup.tags and text.strip():            # glued to words: the emoji below count the same words
        text = put_back_tags(text, folded.markup, attended)
    written = [s for s, _ in folded.stand_ins if present(text, s)]
    aside = sorted(folded.aside + tuple(entry for s, entry in folded.stand_ins if s not in written))
    if aside and text.strip():
        text = put_back_aside(text, tuple(aside), attended, folded.text)
    text = write_terms(unprotect(text, _as_read(written) if folded.shouted and not shouting else written)[0],
                       folded.terms)
    text = write_verbs(text, folded.verbs)
    if folded.mark and text.strip() and not text.lstrip().startswith(folded.mark.strip()):
        first = text.lstrip().split(maxsplit=1)[0]     # an item typed in lower case stays so ("- eggs": "- les œufs")
        if folded.text[:1].islower() and not first.isupper():
            text = text.lstrip()[:1].lower() + text.lstrip()[1:]
        text = folded.mark + text.lstrip()
    return text


_SHOUTED_NAME = re.compile(r"[A-ZÀ-Ý]+(?:[-'’ ][A-ZÀ-Ý]+)*")


def _as_read(stand_ins: list[StandIn]) -> list[StandIn]:
    """Stand-ins whose span is a name typed in capitals, with the name written as in a sentence ("SOPHIE" →
    "Sophie"): the French is mended before it is shouted (``shout_back``), and the mends know "Sophie" ("MON AMI
    SOPHIE" → "Mon amie Sophie" → "MON AMIE SOPHIE", as "My friend Sophie…" comes out)."""
    return [s._replace(span=s.span.title()) if _SHOUTED_NAME.fullmatch(s.span) else s for s in stand_ins]


_LETTER_RUNS = re.compile(r"[^\W\d_]+")


def shout_back(text: str, folded: Folded) -> str:
    """``text`` (a translation restored without ``shouting``, then mended) in capitals where the source was
    shouted, but for the letters of what went back as typed in lower case (a copied address, a pictograph's
    word): the French mends match sentence case, so they run first ("HELLO, MY NAME IS SARAH." had come out
    "SALUT, MON NOM EST SARAH.", its twin "Salut, je m'appelle Sarah."; now "SALUT, JE M'APPELLE SARAH.")."""
    if not folded.shouted or folded.written:
        return text
    typed = [s.span for s, _ in folded.stand_ins] + [entry[-1] for entry in folded.aside if isinstance(entry[-1], str)]
    return shout(text, {w for t in typed for w in _LETTER_RUNS.findall(t) if not w.isupper()})
