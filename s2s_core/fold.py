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
example", "ASAP", "Prof. Jones", "U.N." as "UN", "u r late" as "you are late".

A dialogue dash that opens the text ("- What do you mean?", as interviews are written) is taken off too and put
back in front of the translation: the model saw such lines rarely and answers them with dots ("[...]", "...."). So
is a list's mark ("* Buy milk", "1. Open the box.", "a) Yes", "## Welcome"): read with it, "* Buy milk" came out as
"Grâce au lait Buy" and "# Welcome" as "l'éventualité de Welcomplis". So is a label that opens a line ("Step 2:",
"Note:"), written back as French writes it ("Étape 2 :"; the model read "Step" as "Avancez") when the caller gives
the labels (``typography.LABELS`` for a French target).

Inline markup (`<b>…</b>`, `<br>`, `**bold**`) is set aside and put back by `markup.py`; web and e-mail
addresses, @mentions, #hashtags, `code`, paths and phone numbers are read as a name the model copies, and dates in
digits as a weekday when the target is French (`verbatim.py`); text in
capitals or title case is read in the case the model knows (`casing.py`).

Emoji and other pictographs the vocabulary lacks ("I love pizza 🍕", "Bravo 👏👏"; not one that starts a word, as
in chess notation "♘f3") are set aside and put back
around the translation: read as bytes, a small model answers them with invented words ("J'adore la pizza en ce
qui a trait à la création…"). A run at the start or the end goes back there; one inside the text goes after the
translation's word that looked most at the source word before it (the attention the app draws), or, without
attention, after the word at the same relative place.

Numbers the translation copied wrong are repaired (`numbers.py`: a lost digit, lost groups of zeros, a dollar
sign).

``fold(text, covers)`` returns what the model reads, the words to restore and the opening mark; ``restore(translation,
folded)`` puts them back (whole words only). ``covers(ch)`` says whether the vocabulary spells ``ch`` without bytes.
"""
from __future__ import annotations

import re
import unicodedata
from types import MappingProxyType
from typing import Callable, Mapping, NamedTuple, Optional, Sequence

import numpy as np

from .brackets import put_back as put_back_brackets, read as read_brackets
from .casing import Vocabulary, read_case, shout
from .markup import NONE as NO_MARKUP, Markup, put_back as put_back_tags, strip as strip_tags
from .numbers import repair as repair_numbers
from .pieces import SPECIALS, merge_attention
from .quantities import put_back_signs, read as read_quantities
from .sentences import LIST_MARK
from .shorthand import read_chat, read_dotted, read_shorthand
from .verbatim import StandIn, present, protect, unprotect
from .verbatim import spans as spans_to_copy

WORD = re.compile(r"\w+")
_FINAL = re.compile(r"\s*[.!?…]+\s*$")          # a text's final punctuation
# an opening dialogue dash, or a list's bullet, number or heading mark: "- Hi", "• Milk", "* Milk", "1. Open", "a) Yes",
# "## Welcome"
# a dialogue dash, a list item's mark, a Markdown heading's "#", a postscript's "P.S."
OPENING_MARK = re.compile(rf"\s*(--|{LIST_MARK}|#{{1,6}}|P\.S\.:?|P\.?S:|PS\.)\s+(?=\S)")
_LABEL = re.compile(r"([A-Z][a-z]+)( \d{1,3})?\s?:\s+(?=\S)")    # "Step 2: ", "Note: " (not "10:30", "http:")
_POST_TAIL = re.compile(r"(?:\s+(?:[#@][^\W\d_]\w*|[^\w\s.,;:!?'\"()«»-]+))+$")   # closing emoji and hashtags
_LABEL_LINE = re.compile(r"\s*([A-Z][a-z]+)( \d{1,3})?\s?:\s*")      # "Ingredients:" alone: a heading
DOUBLE_HYPHEN = re.compile(r"(?<=\s)--(?=\s)")   # a dash as plain text types it: " -- "
PLAIN = {"’": "'", "‘": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-", "…": "..."}
# letters that Unicode does not decompose into a base letter + accent
_BASE = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss",
                       "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D"})


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


_JOINERS = "\u200d\ufe0e\ufe0f\u20e3"   # zero-width joiner, variation selectors, keycap: parts of one emoji


def _pictograph(ch: str) -> bool:
    return unicodedata.category(ch) in ("So", "Sk")


def _set_aside(text: str, covers: Callable[[str], bool]) -> tuple[str, tuple]:
    """``text`` without the runs of pictographs ``covers`` rejects, emoticons, and the spans written to be copied
    that no name stands in for (verbatim.py), and each with where it stood."""
    verbatim = spans_to_copy(text)
    runs = _pictograph_runs(text, covers, verbatim)
    runs += [m.span() for m in EMOTICON.finditer(text) if not any(a <= m.start() < b for a, b in runs + verbatim)]
    runs = _joined(sorted(runs + verbatim), text)
    if not runs:
        return text, ()
    kept, last = [], 0
    for i, j in runs:
        left = text[last:i]
        kept.append(left.rstrip() if text[j:j + 1] in ",.;:!?" else left)      # "help 🙏, it" → "help, it"
        last = j
    rest = re.sub(r"\s+", " ", "".join(kept + [text[last:]])).strip()
    total = len(rest.split())
    aside = []                                # words before each run, in the text without the runs
    for n, (i, j) in enumerate(runs):
        seen = len("".join(kept[:n + 1]).split())
        punct = text[j] if j < len(text) and text[j] in ",;:.!?…" else ""
        aside.append((seen, total, punct, text[i:j].strip()))
    return (rest, tuple(aside)) if rest else (text, ())      # nothing else: read it as it is


AMPERSAND = re.compile(r"(?<=\s)&(?=\s)")     # "Salt & pepper" (read as a byte: "Le salt && pepper")
AT_SIGN = re.compile(r"(?<=\s)@(?=\s)")       # "Meet me @ the station" (read as a byte: "Réfléchis-moi…")
def _joined(runs: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Runs with only spaces between them as one ("#summer #beach", "🍕 :)"): put back together, in order."""
    out: list[tuple[int, int]] = []
    for a, b in runs:
        if out and not text[out[-1][1]:a].strip():
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


# ":-)", ";)", ":D", "<3": read as signs they came out "heureux:....)"; set aside and put back as emoji are
EMOTICON = re.compile(r"(?<!\S)(?:[:;=][-']?[)(\]\[DPpOo3/|*]|<3|\^_\^|[xX]D)(?=[\s.,!?]|$)")


def _pictograph_runs(text: str, covers: Callable[[str], bool], skip: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs of pictographs ``covers`` rejects (not inside the ``skip`` spans, nor starting a word: "♘f3")."""
    runs, i = [], 0
    while i < len(text):
        if _pictograph(text[i]) and not covers(text[i]):
            j = i + 1
            while j < len(text) and (text[j] in _JOINERS or (_pictograph(text[j]) and not covers(text[j]))
                                     or (text[j] == " " and j + 1 < len(text) and _pictograph(text[j + 1])
                                         and not covers(text[j + 1]))):
                j += 1
            if (j == len(text) or not text[j].isalnum()) and not any(a <= i < b for a, b in skip):
                runs.append((i, j))                     # not glued to a word it starts ("♘f3", chess)
            i = j
        else:
            i += 1
    return runs


def fold_char(ch: str) -> str:
    """``ch`` without accents ("ó" → "o", "ł" → "l"); ``ch`` itself when it has no base letter."""
    base = unicodedata.normalize("NFKD", ch.translate(_BASE))
    return "".join(c for c in base if not unicodedata.combining(c)) or ch


def fold(text: str, covers: Callable[[str], bool], names: Sequence[str] = (),
         vocab: Optional[Vocabulary] = None, days: Sequence[tuple[str, str]] = (),
         labels: Mapping[str, str] = MappingProxyType({}),
         formulas: Callable[[str], Optional[str]] = lambda line: None) -> Folded:
    """What the model should read for ``text``: characters ``covers`` rejects folded or read plain, signs as
    words, an opening dialogue dash or list mark taken off, inline tags set aside, addresses and code read as ``names``
    and dates as ``days`` (verbatim.py), capitals in the case ``vocab`` knows (casing.py), a label that opens the
    line set aside to be written as ``labels`` says ("Step 2:" → "Étape 2 :"; a line that is only a label too,
    "Ingredients:" had come out "Les ingréients :"), a line that is a letter's formula written as ``formulas`` gives
    it ("Best regards," → "Cordialement,"); with what ``restore`` needs to put back."""
    heading = _LABEL_LINE.fullmatch(text)
    tail = _POST_TAIL.search(text.strip())                  # "Happy Friday! 🎉 #weekend": the wish, then the tail
    line = text.strip()[:tail.start()] if tail else text.strip()
    formula = formulas(line) or (f"{labels[heading.group(1)]}{heading.group(2) or ''} :"
                                 if heading and heading.group(1) in labels else "")
    formula += tail.group() if formula and tail else ""
    text, tags = strip_tags(text)
    text, stand_ins = protect(text, names, days)
    text, shouted = read_case(text, vocab, [s.name for s in stand_ins]) if vocab else (text, False)
    written = set(WORD.findall(text))
    words: dict[str, str] = {}

    def one(match: re.Match) -> str:
        word = match.group()
        folded = "".join(fold_char(c) if not covers(c) and all(map(covers, fold_char(c))) else c for c in word)
        if folded == word or folded in written or words.get(folded, word) != word:
            return word
        words[folded] = word
        return folded

    opening = OPENING_MARK.match(text)
    mark = opening.group(1) + " " if opening else ""
    rest = text[opening.end():] if opening else text
    label = _LABEL.match(rest) if labels else None
    if label and label.group(1) in labels:             # "Step 2: Add the flour." → "Étape 2 : " + "Add the flour."
        mark += labels[label.group(1)] + (label.group(2) or "") + " : "
        rest = rest[label.end():]
    rest = DOUBLE_HYPHEN.sub("-", rest)
    rest = rest if covers("&") else AMPERSAND.sub("and", rest)
    rest = rest if covers("@") else AT_SIGN.sub("at", rest)
    rest = "".join(PLAIN[c] if c in PLAIN and not covers(c) and all(map(covers, PLAIN[c])) else c for c in rest)
    rest, ending = _read_ending(rest)
    rest, negatives, reworded = read_quantities(rest, covers)
    undotted, initials = read_dotted(rest)
    reworded += ("abbreviations without their dots",) if undotted != rest else ()
    rest = undotted
    short = read_shorthand(rest)
    reworded += ("abbreviations in words",) if short != rest else ()
    rest = read_chat(short)
    reworded += ("chat spelling in full",) if rest != short else ()
    rest, aside = _set_aside(rest, covers)
    rest = WORD.sub(one, rest)
    words.update((k, v) for k, v in initials.items() if not re.search(rf"\b{k}\b(?!\.)", text))   # not "JK" as typed
    rest, asides = read_brackets(rest)
    reworded += ("an aside in brackets between commas",) if asides else ()
    reworded = tuple(dict.fromkeys(reworded))      # each once, where first read so ("Dec. 25" and "e.g." alike)
    return Folded(rest, words, mark, aside, tags, _placed_stand_ins(rest, stand_ins), shouted, negatives, reworded,
                  asides, ending, formula)


def _placed_stand_ins(text: str, stand_ins: Sequence[StandIn]) -> tuple:
    """Each stand-in with an ``aside`` entry for its span: right after the name's word, as if set aside."""
    tokens, out, start = text.split(), [], 0
    for s in stand_ins:
        k = next((k for k in range(start, len(tokens)) if s.name in WORD.findall(tokens[k])), None)
        if k is None:
            continue
        start = k + 1
        punct = tokens[k][-1] if tokens[k][-1] in ",;:.!?…" else ""
        out.append((s, (k + 1, len(tokens), punct, s.span)))
    return tuple(out)


def attended_words(attention, src_pieces, tgt_pieces) -> list[int]:
    """For each source word ('▁' group, </s> left out), the target word that gave it the most attention."""
    merged, src_words, tgt_words = merge_attention(np.asarray(attention, dtype=float), src_pieces, tgt_pieces)
    keep_t = [k for k, w in enumerate(tgt_words) if w not in SPECIALS]
    keep_s = [k for k, w in enumerate(src_words) if w not in SPECIALS]
    if not keep_t:
        return []
    return [keep_t.index(max(keep_t, key=lambda t: merged[t, s])) for s in keep_s]


def _put_back(text: str, aside: tuple, attended: Optional[list[int]] = None) -> str:
    """``text`` with each set-aside run where it stood: first; last (before the final punctuation if it stood
    before the source's: "ice cream 🍦!" → "crème glacée 🍦 !"); or after the target word that attended most to
    the source word before it, unless the one that attended most to the source word after it comes no later
    (then before that one: "to anna@x.org before" → "anna@x.org avant", not "avant anna@x.org";
    ``attended``, from :func:`attended_words`, when it matches both texts' words),
    else after the word at the same relative place, and before that word's punctuation if the source had the
    same after the run ("flowers 💐, they" → "fleurs 💐, elles")."""
    final = _FINAL.search(text) if any(b >= total and punct for b, total, punct, _ in aside) else None
    body = text[:final.start()] if final else text
    tokens = body.split()
    after: dict[int, list[str]] = {}
    tail: list[str] = []                       # runs after the final punctuation
    for before, total, punct, run in aside:
        if before == 0:
            k = 0
        elif before >= total:
            if not (punct and final):
                tail.append(run)
                continue
            k = len(tokens)
        elif attended and len(attended) == total and max(attended) < len(tokens):
            k = attended[before - 1] + 1               # after the word that looked at the one before it,
            k = min(k, attended[before])               # yet not after the one that looked at the word after it
        else:
            k = min(max(round(before / total * len(tokens)), 1), max(len(tokens) - 1, 1))
        if 0 < k <= len(tokens) and punct and before < total and tokens[k - 1].endswith(punct) \
                and len(tokens[k - 1]) > len(punct):
            tokens[k - 1], run = tokens[k - 1][:-len(punct)], run + punct
        after.setdefault(k, []).append(run)
    out = []
    for k in range(len(tokens) + 1):
        out += after.get(k, [])
        out += tokens[k:k + 1]
    return " ".join(out) + (final.group().rstrip() if final else "") + "".join(" " + r for r in tail)


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


def restore(text: str, folded: Folded, attended: Optional[list[int]] = None) -> str:
    """``text`` with each whole-word occurrence of a folded word written as it was, a final ellipsis kept, an
    aside's brackets and numbers that lost a digit repaired, the tags, copied spans and set-aside pictographs put
    back (``attended``: see :func:`_put_back`), after the opening mark if any; a letter's formula as written."""
    if folded.written:
        return folded.written
    if folded.shouted:
        text = shout(text, [s.name for s, _ in folded.stand_ins])
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
        text = _put_back(text, tuple(aside), attended)
    text = unprotect(text, written)[0]
    if folded.mark and text.strip() and not text.lstrip().startswith(folded.mark.strip()):
        first = text.lstrip().split(maxsplit=1)[0]     # an item typed in lower case stays so ("- eggs": "- les œufs")
        if folded.text[:1].islower() and not first.isupper():
            text = text.lstrip()[:1].lower() + text.lstrip()[1:]
        text = folded.mark + text.lstrip()
    return text
