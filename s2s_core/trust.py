"""Why a translation may not deserve trust: plain-language warnings on each hypothesis.

Every output of a model looks equally confident, even "Hello!" → "Il va bien !" or 200 emoji → a fluent
French sentence. These checks give each hypothesis the reasons it may be unreliable; the app shows the
messages beside the output, ``evaluate`` counts them, ``translate`` prints them. Each check is a pass
over ids and pieces the search already produced (no extra model call).

Thresholds were calibrated on the default en→fr model (``benchmarks/trust_calibration.py``; figures in
``benchmarks/RESULTS.md``).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

from . import numbers
from .accents import fold_char
from .content_words import lost_content
from .french_words import not_french
from .lost_words import lost_words
from .ordinals import roman
from .pieces import decode_bytes, is_byte_piece, word_groups
from .rare_words import rare_words
from .special import EOS, EOS_PIECE, UNK_PIECE
from .typography import clock_in_words


@dataclass(frozen=True)
class TrustFlag:
    code: str        # stable identifier (CLI counts, JSON, tests)
    message: str     # one sentence for the UI, no jargon
    label: str       # a few words for a table cell or a count ("3 cut off")


LENGTH_LIMIT = TrustFlag("length_limit", "The translation was cut off at the length limit.", "cut off")
REPETITION = TrustFlag("repetition", "The translation repeats itself, a sign that the model lost track of the "
                                     "input.", "repeats itself")
UNREADABLE_SOURCE = TrustFlag("unreadable_source", "Much of the input is text this model cannot read (emoji, "
                                                   "another script, or random characters).", "unreadable input")
LOW_CONFIDENCE = TrustFlag("low_confidence", "The model is unsure of this translation (its words have a low "
                                             "average probability); it may well be wrong.", "low confidence")
UNSURE_WORD_LOG_PROB = -2.0  # a word whose pieces' log-probs sum below this (p < 13.5 %) is unsure
UNSURE_PERCENT = f"{100 * math.exp(UNSURE_WORD_LOG_PROB):.1f} %"     # "13.5 %", as the app's texts say it
UNSURE_WORD = TrustFlag("unsure_word", f"The model was unsure of a word (under {UNSURE_PERCENT} probability): a wrong "
                                       "word or a dropped phrase often sits there.", "unsure word")
MISSING_NUMBER = TrustFlag("missing_number", "A number of the input is not in the translation: check it before "
                                             "you use it.", "number missing")
MISSING_WORD = TrustFlag("missing_word", "A word of the input (a time, a day, “again”, a direction, a thing or a "
                                         "quality with a plain French word) seems to be missing from the translation: "
                                         "check it before you use it.", "word missing")
# a word the model made up or left in English ("…held in a barn nearby." → «…dans un barnage à proximité.», "…the
# pitch is flooded." → «…le pitch est inondé.»: french_words.py); the unsure-word warning, where it fired, named
# another word or fired on correct lines as often
NOT_FRENCH = TrustFlag("not_french", "A word of the translation is not French (a word the model made up, or an "
                                     "English word left as typed): check it before you use it.", "not French")
# a word of the input the model barely saw in training, for which it writes another word, fluently ("I got seasick on
# the first day." → «Je me suis mis à bord du mer…», "…kind to beginners" → «…aimable de commencer»: rare_words.py);
# no other warning had flagged these
RARE_WORD = TrustFlag("rare_word", "A word of the input is rare in what the model learnt from: check its "
                                   "translation.", "rare word")
FLAGS = (UNREADABLE_SOURCE, LENGTH_LIMIT, REPETITION, MISSING_NUMBER, MISSING_WORD, NOT_FRENCH, RARE_WORD,
         LOW_CONFIDENCE, UNSURE_WORD)  # display order

UNREADABLE_SHARE = 0.30     # byte-fallback / <unk> share of the source pieces that makes the input unreadable
LOW_MEAN_LOG_PROB = -0.7    # mean token log-prob (incl. </s>) below this is low confidence (geometric mean p < 0.5)
RUN_LENGTH = 4              # one piece this many times in a row is a repetition …
SPAN_COPIES = 3             # … and so is a span of 2–MAX_SPAN pieces this many times in a row …
MAX_SPAN = 12
NGRAM, NGRAM_COUNT = 3, 4   # … or any 3 pieces in a row that occur 4 times anywhere


def unreadable_share(source_tokens: Sequence[str]) -> float:
    """Share of the source pieces the model only sees as raw bytes or <unk> (lone '▁' and </s> not counted)."""
    pieces = [p for p in source_tokens if p not in ("▁", EOS_PIECE)]
    if not pieces:
        return 0.0
    return sum(p == UNK_PIECE or is_byte_piece(p) for p in pieces) / len(pieces)


def most_copies(ids: Sequence[int], n: int) -> int:
    """Most copies in a row of any one span of ``n`` pieces in ``ids`` (1 when nothing repeats)."""
    run = best = 0
    for i in range(n, len(ids)):          # a run of k positions equal to the one n before = 1 + k // n copies
        run = run + 1 if ids[i] == ids[i - n] else 0
        best = max(best, run)
    return 1 + best // n


def repeats_itself(ids: Sequence[int]) -> bool:
    """A piece ``RUN_LENGTH`` times in a row, a span of ≥ 2 pieces ``SPAN_COPIES`` times in a row, or an
    ``NGRAM`` that occurs ``NGRAM_COUNT`` times (the repetition guard only stops copies in a row)."""
    body = list(ids[:-1]) if ids and ids[-1] == EOS else list(ids)
    ngrams = Counter(tuple(body[i:i + NGRAM]) for i in range(len(body) - NGRAM + 1))
    return (most_copies(body, 1) >= RUN_LENGTH or max(ngrams.values(), default=0) >= NGRAM_COUNT
            or any(most_copies(body, n) >= SPAN_COPIES for n in range(2, MAX_SPAN + 1)))


def _word_text(pieces: Sequence[str]) -> str:
    """A word as a reader sees it: no '▁', byte-fallback pieces decoded, no punctuation at its ends."""
    raw = decode_bytes("".join(pieces).replace("▁", ""))
    return re.sub(r"^\W+|\W+$", "", raw)


def word_log_probs(tokens: Sequence[str], token_log_probs: Sequence[float]) -> list[tuple[int, str, float]]:
    """(position of its first piece, word, log-prob) for each output word: the log-probs of its pieces summed,
    punctuation attached to it included (an unsure "." after a word is often a phrase left out there), as the
    token view's words are. Punctuation standing alone and </s> are not words."""
    words, tokens = [], list(tokens)[:len(token_log_probs)]        # a backend may give no per-token log-probs
    for group in word_groups(tokens):
        text = _word_text([tokens[i] for i in group if tokens[i] != EOS_PIECE])
        if any(ch.isalnum() for ch in text):           # as read: byte pieces spell "0x.." but may be no letter
            words.append((group[0], text, sum(token_log_probs[i] for i in group)))
    return words


def unsure_words(tokens: Sequence[str], token_log_probs: Sequence[float]) -> list[str]:
    """The output words the model gave less than ``UNSURE_WORD_LOG_PROB``, in order. Calibrated on Tatoeba
    dev: the 9 % of outputs with such a word have sentence chrF 46 against 80 for the rest
    (``benchmarks/trust_calibration.py``)."""
    return [w for _, w, lp in word_log_probs(tokens, token_log_probs) if lp < UNSURE_WORD_LOG_PROB]


_WRITTEN_NUMBER = re.compile(rf"{numbers.COMMA_GROUPED}(?:\.\d+)?|\d+")     # "1,000,000" is one number
_WHOLE_HOUR = re.compile(r"(?<![\d:])(\d{1,2}):00(?![\d:])")               # "10:00": "10 heures" says it all
# as a translation may spell a number: in French, in German, or in English (numbers.ENGLISH_NUMBERS) as copied
_NUMBER_WORDS = {str(n): set(words.split()) for n, words in enumerate((
    "zéro null", "un une ein eine eins", "deux zwei", "trois drei", "quatre vier", "cinq fünf", "six sechs",
    "sept sieben", "huit acht", "neuf neun", "dix zehn", "onze elf", "douze zwölf", "treize dreizehn",
    "quatorze vierzehn", "quinze fünfzehn", "seize sechzehn", "dix-sept siebzehn", "dix-huit achtzehn",
    "dix-neuf neunzehn", "vingt zwanzig"))}
_NUMBER_WORDS.update({str(n): set(words.split()) for n, words in (
    (30, "trente dreißig"), (40, "quarante vierzig"), (50, "cinquante fünfzig"), (60, "soixante sechzig"),
    (70, "soixante-dix septante siebzig"), (80, "quatre-vingts quatre-vingt huitante achtzig"),
    (90, "quatre-vingt-dix nonante neunzig"))})
# a French ordinal in words for an ordinal in digits ("on the 12th floor" → "au douzième étage" had been flagged "a
# number missing")
for _n, _word in zip([*range(2, 21), 30, 40, 50, 60, 70, 80, 90], (
        "deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit "
        "dix-neuf vingt trente quarante cinquante soixante soixante-dix quatre-vingt quatre-vingt-dix").split()):
    _NUMBER_WORDS[str(_n)].add(numbers.french_ordinal(_word))
for _word, _n in numbers.ENGLISH_NUMBERS.items():
    _NUMBER_WORDS[str(_n)].add(_word)
# a number the source spells ("forty minutes"): the output must have its digits or a word for it ("one" is left
# out: mostly a pronoun, "the one I like")
_ENGLISH_NUMBERS = {word: str(n) for word, n in numbers.ENGLISH_NUMBERS.items() if n > 1}
_SPELT_IN_SOURCE = re.compile(rf"(?<!-)\b({'|'.join(_ENGLISH_NUMBERS)})\b(?!-)", re.IGNORECASE)
_SPELT = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


_CENTURY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\s+centur(?:y|ies)\b", re.IGNORECASE)


def _centuries(text: str, output: str) -> set[str]:
    """The centuries of ``text`` that ``output`` writes in Roman numerals, as French does ("the 21st century" →
    "le XXIe siècle")."""
    return {m.group(1) for m in _CENTURY.finditer(text)
            if 0 < int(m.group(1)) <= 39 and re.search(rf"\b{roman(int(m.group(1)))}(?:e|ème)\b", output)}


def _text(pieces: Sequence[str]) -> str:
    return decode_bytes("".join(p for p in pieces if p != EOS_PIECE).replace("▁", " "))


def missing_numbers(source_tokens: Sequence[str], output: str) -> list[str]:
    """The numbers of the source (as the model read it, as written there) whose digits the output text's digits do
    not contain, in order: "06 12 34 56 78" → "06 12 56 78" misses "34", "1,000,000" → "1 000" misses
    "1,000,000". The output's digits are compared with their separators removed, so other number formats pass
    ("7:30" → "7 h 30", "1,000" → "1 000", "3.5" → "3,5"; "6:15 pm" is read "18:15", quantities.py), a whole
    hour's minutes may go ("10:00", as "10 a.m." is read → "10 heures"), and a
    number up to 20 may be spelt in words ("2 brothers" → "deux frères"). Two numbers written as one ("102-99" →
    "102999") are both missing, and so is a number the source spells that the output neither spells nor writes in
    digits ("forty minutes" → "trente minutes"), and a part of a time, a score or an ordinal whose digits only stay
    inside other numbers ("09:40" → "14 mai, 09", ``_lost_parts``). (The text, not the pieces: a number that
    lost a digit is repaired there, ``number_repairs.repair``.)"""
    text = _WHOLE_HOUR.sub(r"\1", _text(source_tokens))
    out = numbers.digits(output)
    found = [(w, numbers.digits(w)) for w in _WRITTEN_NUMBER.findall(text)]
    spelt = {w.lower() for w in _SPELT.findall(output)}
    runs, digits = set(numbers.DIGITS.findall(output)), {d for _, d in found}
    joined = {k for i, ((_, a), (_, b)) in enumerate(zip(found, found[1:]))     # "102-99" → "102999"
              if any(len(r) >= len(a + b) and r.startswith(a) and r.endswith(b) and r not in digits for r in runs)
              and not (len(b) == 3 and re.search(rf"(?<!\d){a}[\s\u202f]{b}(?!\d)", text))   # "10 000": one number
              for k in (i, i + 1)}
    centuries = _centuries(text, output)                                     # "21st century" → "XXIe siècle"
    missing = [(m.start(), w) for i, (m, (w, d)) in enumerate(zip(_WRITTEN_NUMBER.finditer(text), found))
               if i in joined or d not in out and d not in centuries
               and not _NUMBER_WORDS.get(d.lstrip("0") or "0", set()) & spelt]
    missing += [(m.start(), m.group()) for m in _SPELT_IN_SOURCE.finditer(text)       # "forty" → "trente"
                if _ENGLISH_NUMBERS[m.group().lower()] not in runs
                and not _NUMBER_WORDS[_ENGLISH_NUMBERS[m.group().lower()]] & spelt]
    lost = _lost_parts(text, output)
    missing = [(at, w) for at, w in missing if not any(start <= at < end for start, end, _ in lost)]
    return [w for _, w in sorted(missing + [(start, w) for start, _, w in lost if w])]


_CLOCK_TIME = re.compile(r"(?<![\d:.,])\d{1,2}:([0-5]\d)(?![\d:])")        # "9:40" (a whole hour's ":00" is gone)
_SAID_MINUTES = {"15": re.compile(r"\bet quart\b"), "30": re.compile(r"\bet demie\b"),     # "trois heures et demie"
                 "45": re.compile(r"\bmoins (?:le )?quart\b")}
# an hour after a word that times it, which the output may write in the afternoon ("at 5:30" → "à 17 h 30"; from 1
# to 5 only: "at 6:15" in the evening is no safe guess)
_AT_HOUR = re.compile(r"\b(?:at|by|until|till|from|to|around|about|before|after|since)\s+(\d{1,2})(?::([0-5]\d))?\b",
                      re.IGNORECASE)
_SCORE = re.compile(r"(?<![\w.,:/-])(\d{1,2}) ?[-–] ?(\d{1,2})(?![\w/:-]|[.,]\d)")     # "2-2", as read: no range
_ORDINAL_OF = re.compile(r"\b(\d{2,})(?:st|nd|rd|th) (minute|second|lap|floor|day|week)\b")    # "the 89th minute"
_COUNTED = {"minute": "minutes", "second": "secondes", "lap": "tours", "floor": "étages", "day": "jours",
            "week": "semaines"}


def _said(number: str) -> str:
    """A pattern for ``number`` written on its own: in digits ("40", not the "40" in "1409") or in words."""
    words = _NUMBER_WORDS.get(number.lstrip("0") or "0", set())
    return "|".join([rf"(?<!\d){number}(?!\d)"] + [rf"\b{re.escape(w)}\b" for w in words])


def _lost_parts(text: str, output: str) -> list[tuple[int, int, str]]:
    """(start, end, as named) of the parts of a time, a score or an ordinal in ``text`` that ``output`` lost while
    their digits stay inside other numbers: a time's minutes not written on their own ("09:40" → "14 mai, 09",
    whose digits hold "40"), a score with its second number lost ("2-2" → "Le score est de 2 et dix minutes"), an
    ordinal written as a count ("in the 89th minute" → "en 89 minutes"). A time's minutes said in words ("et
    demie"), a time said in words ("cinq heures moins vingt") and an hour written in the afternoon ("at 2:00" → "à
    14 heures") are named "" (not missing)."""
    lost = []
    for m in _CLOCK_TIME.finditer(text):
        minutes = m.group(1)
        hour = int(m.group()[:-3])
        if any(clock_in_words(h, int(minutes)) in output for h in {hour, hour % 12 or 12}):  # "cinq heures moins…"
            lost.append((m.start(), m.end(), ""))
        elif minutes in _SAID_MINUTES and _SAID_MINUTES[minutes].search(output):
            lost.append((m.start(1), m.end(1), ""))
        elif not re.search(_said(minutes), output):
            lost.append((m.start(1), m.end(1), minutes))
    lost += [(m.start(1), m.end(), "") for m in _AT_HOUR.finditer(text)            # "at 2:00" → "à 14 heures"
             if 1 <= int(m.group(1)) <= 5 and re.search(rf"(?<!\d){int(m.group(1)) + 12}\s?(?:h\b|heures?\b)"
                                                   rf"{' ?' + m.group(2) if m.group(2) else ''}", output)]
    for m in _SCORE.finditer(text):
        a, b = _said(m.group(1)), _said(m.group(2))
        if not any(re.search(rf"(?:{x})\s*(?:[-–:/]|à|contre)?\s*(?:{y})", output, re.IGNORECASE)
                   for x, y in ((a, b), (b, a))):               # "perdu 4 à 0" for "lost 0-4": the winner's first
            lost.append((m.start(), m.end(), m.group()))
    lost += [(m.start(), m.end(), m.group()[:-len(m.group(2)) - 1]) for m in _ORDINAL_OF.finditer(text)
             if re.search(rf"(?<!\d){m.group(1)} {_COUNTED[m.group(2)]}\b", output)]
    return lost


def named_numbers(hyp, source_tokens: Sequence[str]) -> list[str]:
    """The missing numbers a hypothesis's warning names: none unless it carries ``MISSING_NUMBER``."""
    return missing_numbers(source_tokens, hyp.text) if MISSING_NUMBER in (hyp.warnings or []) else []


def named_lost_words(hyp, source_tokens: Sequence[str]) -> list[str]:
    """The words of the source the ``missing_word`` warning is about, as typed ("morning", "autumn")."""
    return missing_words(_text(source_tokens), hyp.text)


def missing_words(source: str, french: str) -> list[str]:
    """The words of ``source`` (as the model read it) that ``french`` lacks every form of: lost_words.py's (a time of
    day, "again", a direction…), then content_words.py's ("years", "Thursday", "autumn") that none of those names
    ("hour" where "an hour" is named)."""
    named = lost_words(source, french)
    said = {w.lower() for phrase in named for w in re.findall(r"[A-Za-z]+", phrase)}
    return named + [w for w in lost_content(source, french) if w.lower() not in said]


def named_not_french(hyp, source_tokens: Sequence[str]) -> list[str]:
    """The words of the translation the ``not_french`` warning is about, as written («barnage»): none unless it
    carries ``NOT_FRENCH``."""
    return not_french(_text(source_tokens), hyp.text or "") if NOT_FRENCH in (hyp.warnings or []) else []


def named_rare_words(hyp) -> list[str]:
    """The words of the input the ``rare_word`` warning is about, as read ("seasick"): none unless it carries
    ``RARE_WORD``."""
    return list(getattr(hyp, "rare_words", None) or []) if RARE_WORD in (hyp.warnings or []) else []


def rare_message(words: Sequence[str]) -> str:
    """The rare-word warning naming its words (as quoted by the caller): «"floss" is rare in what the model learnt
    from: check its translation.»; the flag's own sentence where there are none."""
    if not words:
        return RARE_WORD.message
    said = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
    return f"{said} {'is' if len(words) == 1 else 'are'} rare in what the model learnt from: check " \
           f"{'its' if len(words) == 1 else 'their'} translation."


def named_words(hyp) -> list[str]:
    """The unsure words a hypothesis's warning names, numbers as its text writes them ("45,99" where the pieces
    spell "45,999", repaired): none unless it carries ``UNSURE_WORD``."""
    if UNSURE_WORD not in (hyp.warnings or []):
        return []
    shown = getattr(hyp, "labels", None) or hyp.tokens                   # a stand-in as its span (verbatim.py)
    text = hyp.text or ""
    named = [_as_written(numbers.as_in(w, text), text) for _, w in _unsure(hyp, shown)]
    in_text = [w for w in named if w.lower() in text.lower()]  # not the model's attempt at a letter's line,
    return in_text or named                                      # joined into a paragraph (results.joined)


_GROUPED_NUMBER = re.compile(r"(?<![\d,.])\d{1,3}(?:[,.\s\u00a0\u202f]\d{3})+(?![\d])")    # 1,250 · 1 250


def _as_written(word: str, text: str) -> str:
    """``word`` as ``text`` writes it where the model read it folded ("Zoe" for the text's "Zoë", fold.py): the
    word a warning names is then one the reader can find; a grouped number as the text groups it ("1,250" → "1 250":
    the warning quoted «1,250» under "a payé 1 250 euros")."""
    if word in text:
        return word
    if _GROUPED_NUMBER.fullmatch(word):      # "1,250" as the pieces spell it, "1 250" as typography.py groups it
        found = [n for n in _GROUPED_NUMBER.findall(text) if re.sub(r"\D", "", n) == re.sub(r"\D", "", word)]
        if found:
            return found[0]
    return next((w for w in re.findall(r"[^\W_]+(?:['’-][^\W_]+)*", text) if "".join(map(fold_char, w)) == word),
                word)


def first_unsure_position(tokens: Sequence[str], token_log_probs: Sequence[float], start: int = 0) -> Optional[int]:
    """Where the first unsure word at or after token ``start`` begins (a token index), or None: where a
    correction should begin (after the words a user already chose)."""
    return next((i for i, _, lp in word_log_probs(tokens, token_log_probs)
                 if i >= start and lp < UNSURE_WORD_LOG_PROB), None)


def unsure_positions(hyp) -> list[int]:
    """Where (token index of its first piece) each word begins that the hypothesis's warning calls unsure: under
    ``UNSURE_WORD_LOG_PROB``, where it carries ``UNSURE_WORD`` or ``LOW_CONFIDENCE``. The token strip dashes these
    and only these: its own line at 30 % a piece had dashed words no warning named, beside ones it did."""
    if not {UNSURE_WORD, LOW_CONFIDENCE} & set(hyp.warnings or []):
        return []
    return [i for i, _ in _unsure(hyp)]


def _unsure(hyp, tokens: Optional[Sequence[str]] = None) -> list[tuple[int, str]]:
    """(position, word) of each unsure word of ``hyp`` (spelt as ``tokens`` spell it) after the pieces the user
    chose (``chosen``): the model's doubt about a word it was made to write is no warning about its translation."""
    return [(i, w) for i, w, lp in word_log_probs(tokens or hyp.tokens, hyp.token_log_probs)
            if lp < UNSURE_WORD_LOG_PROB and i >= getattr(hyp, "chosen", 0)]


def first_warned_position(hyp, start: int = 0) -> Optional[int]:
    """Where a correction should begin, by the hypothesis's own warnings (what Translate shows): the first unsure
    word at or after token ``start`` where it is warned of unsure words (``UNSURE_WORD``, or ``LOW_CONFIDENCE``
    for the whole), else None. A word that only a change of form of address brought in is not one
    (``register._put_first`` drops the warning: "bougez" where the model wrote "bouge")."""
    return next((i for i in unsure_positions(hyp) if i >= start), None)


def cut_off(hyp, limit: Optional[int]) -> bool:
    """The search had to end the hypothesis: it reached ``limit`` tokens and </s> was not the model's choice."""
    if limit is None or len(hyp.tokens) < limit:
        return False
    last = hyp.alternatives[-1] if hyp.alternatives else None
    return not last or last[0][0] != EOS_PIECE


def assess(hyp, source_tokens: Sequence[str], limit: Optional[int] = None, french: bool = True) -> list[TrustFlag]:
    """The warnings for one ``Hypothesis`` of a sentence with pieces ``source_tokens`` and length limit
    ``limit`` (target tokens incl. </s>), in ``FLAGS`` order; the missing-word, not-French and rare-word checks
    read French only (``french``: the en→de model's every line had come out "not French", «Zwei Hunde spielen im
    Schnee.»). The rare words are the hypothesis's ``rare_words`` (``annotate`` finds them)."""
    found = set()
    if unreadable_share(source_tokens) >= UNREADABLE_SHARE:
        found.add(UNREADABLE_SOURCE)
    if cut_off(hyp, limit):
        found.add(LENGTH_LIMIT)
    if repeats_itself(hyp.ids):
        found.add(REPETITION)
    if missing_numbers(source_tokens, hyp.text):
        found.add(MISSING_NUMBER)
    if french and missing_words(_text(source_tokens), hyp.text):
        found.add(MISSING_WORD)           # "…to next Tuesday morning?" → "…à mardi prochain ?" (lost_words.py), "…will
                                          # reopen in the autumn." → «…s'ouvrira à nouveau…» (content_words.py)
    if french and hyp.text and not_french(_text(source_tokens), hyp.text):
        found.add(NOT_FRENCH)             # "…in a barn nearby." → «…dans un barnage à proximité.» (french_words.py)
    if french and getattr(hyp, "rare_words", None):
        found.add(RARE_WORD)              # "I got seasick…" → «Je me suis mis à bord du mer…» (rare_words.py)
    if hyp.token_log_probs and sum(hyp.token_log_probs) / len(hyp.token_log_probs) < LOW_MEAN_LOG_PROB:
        found.add(LOW_CONFIDENCE)
    if LOW_CONFIDENCE not in found and hyp.token_log_probs and _unsure(hyp):
        found.add(UNSURE_WORD)            # the sharper warning: a confident translation with a guessed word
    return [f for f in FLAGS if f in found]


def annotate(translation, limit: Optional[int], chosen: int = 0, french: bool = True) -> None:
    """Set ``warnings`` on every hypothesis of a one-sentence ``Translation`` (into French or not: ``assess``); its
    first ``chosen`` pieces are the user's (a correction's prefix) and never called unsure (the word a user picked was
    dashed and named). Each hypothesis's ``rare_words`` are the words of the input as read and as typed that the model
    barely saw in training (rare_words.py: read, as a glossary's stand-in noun is not the typed noun)."""
    read = _text(translation.read_tokens)        # the stand-ins themselves, not the typed words they label
    for h in translation.hypotheses:
        h.chosen = chosen
        h.rare_words = rare_words(translation.source, read, h.text) if french and h.text else []
        h.warnings = assess(h, translation.source_tokens, limit, french)


def merged(warning_lists: Iterable[Sequence[TrustFlag]]) -> list[TrustFlag]:
    """The union of several sentences' warnings (a joined paragraph), in ``FLAGS`` order."""
    found = {f for ws in warning_lists for f in ws}
    return [f for f in FLAGS if f in found]


def count(translations, totals: Optional[dict] = None) -> dict[str, int]:
    """How many best hypotheses carry each flag (every code listed, zeros included), added to ``totals``
    when given (counting batch by batch) — for ``evaluate``."""
    totals = {f.code: 0 for f in FLAGS} if totals is None else totals
    for t in translations:
        for f in (t.best.warnings if t.best is not None else []):
            totals[f.code] = totals.get(f.code, 0) + 1
    return totals


def labels(hypothesis) -> str:
    """A hypothesis's warnings in a few words for a table cell ("⚠️ cut off, repeats itself"; "" if none)."""
    warnings = getattr(hypothesis, "warnings", None) or []
    return "⚠️ " + ", ".join(f.label for f in warnings) if warnings else ""


def by_code(codes) -> list[TrustFlag]:
    """The flags of these codes, in ``FLAGS`` order (unknown codes are left out)."""
    return [f for f in FLAGS if f.code in set(codes)]


def warning_lines(translation, line: int) -> list[str]:
    """CLI lines for one translated input line: ``line 3: warning: …`` per flag of its best hypothesis."""
    best = translation.best
    if best is None:
        return []
    named = {UNSURE_WORD: f" Unsure: {', '.join(named_words(best))}.",       # named_*: none unless flagged
             MISSING_NUMBER: f" Missing: {', '.join(named_numbers(best, translation.source_tokens))}.",
             NOT_FRENCH: f" Not French: {', '.join(named_not_french(best, translation.source_tokens))}."}
    rare = rare_message([f'"{w}"' for w in named_rare_words(best)])
    return [f"line {line}: warning: {rare if f == RARE_WORD else f.message + named.get(f, '')}" for f in best.warnings]
