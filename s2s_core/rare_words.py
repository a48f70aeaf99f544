"""Words of the input the model barely saw in training, named by the rare-word warning (trust.py).

Many of the default model's meaning errors on fresh everyday sentences are a word it met a handful of times in its
training English, for which it writes another word, fluently: "I got seasick on the first day." → «Je me suis mis
à bord du mer le premier jour.» (1 Tatoeba sentence, 1 Hansard one), "the teacher was really kind to beginners" →
«…vraiment aimable de commencer» ("beginner(s)": 13 and 1), "…my daughter is coeliac?" → «…ma fille est
coifférente ?» (none); no other warning flagged the first two. The table (``english_words.txt.gz``, made by
``scripts/rare_words.py``) holds the count of sentences with each English word of the training corpora, in Tatoeba
and in the Hansards, a singular and its plural counted together ("beginner", "beginners"), for the words that are
not rare only (the others are not listed: count 0); a word the table lacks is counted as the word it may be a form
of ("flossing": "floss"). A word is rare where it was seen fewer than ``MIN_SEEN`` times in all, or fewer than
``MIN_TATOEBA`` times in Tatoeba (the everyday sentences, each read 6 times in training) and fewer than
``MIN_SEEN_EVERYDAY`` in all. A word of what the model read is named where it is rare and:

* it is a word the user typed (a word the app's own readings put there, a phrase table's paraphrase or a glossary's
  stand-in noun, is not: they were chosen because the model translates them);
* it has ``MIN_LETTERS`` letters or more and no digit ("5th" is a number);
* the French does not have it as written (a name the model copied, "Lyon"; "yoga", "pizza") nor a word that starts
  with the same ``COGNATE`` letters, accents off ("vegetarian" → «végétarien», "balcony" → «balcon»): the model wrote
  a French word for it that looks like the right one.

Thresholds were picked on the labelled probes measure50–54 and long47 (536 lines, 75 errors; tuned on them): the
warning flags 16 errors and 6 correct lines there (2 errors and no correct line that no other warning flagged), and
14 of 500 Tatoeba dev lines (2.8 %, most of them wrong translations; figures in /work/notes/rare55-s41.md).
"""
from __future__ import annotations

import gzip
import re
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Optional

from .content_words import fold

TABLE = Path(__file__).with_name("english_words.txt.gz")
MIN_SEEN = 15              # fewer sentences than this in all the training English: rare
MIN_TATOEBA = 5            # … or fewer than this in Tatoeba's …
MIN_SEEN_EVERYDAY = 50     # … and fewer than this in all
MIN_LETTERS = 3            # "mat" ("Do I need to bring my own mat?" → «…ma propre carte ?»)
COGNATE = 5                # a French word starting with the same 5 letters is taken for its translation
_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]+(?![\w])")      # letters only, not a piece of "5th" or "don't"'s "t"
_FRENCH_WORD = re.compile(r"[^\W\d_]+")

Counts = Mapping[str, tuple[int, int]]      # word → (sentences of Tatoeba, of the Hansards)


def plurals(word: str) -> list[str]:
    """The singulars ``word`` (lower case) may be the plural of, none under 3 letters: "beginners" → "beginner",
    "boxes" → "boxe", "box"; "berries" → "berry"."""
    out = []
    for cut, back in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(cut) and not word.endswith("ss") and len(word) - len(cut) + len(back) >= 3:
            out.append(word[:-len(cut)] + back)
    return out


def bases(word: str) -> list[str]:
    """``word`` (lower case) and the words it may be a form of: a plural's singular, a past's or an -ing form's
    stem of 4 letters or more ("flossing" → "floss"; not "shed" → "she"), for a word the table lacks."""
    out = [word, *plurals(word)]
    stems = []
    if word.endswith("ied"):
        stems.append(word[:-3] + "y")
    if word.endswith("ed"):
        stems += [word[:-2], word[:-1]] + ([word[:-3]] if word[-3:-2] == word[-4:-3] else [])   # "stopped"
    if word.endswith("ing"):
        stems += [word[:-3], word[:-3] + "e"] + ([word[:-4]] if word[-4:-3] == word[-5:-4] else [])  # "swimming"
    return out + [s for s in stems if len(s) >= 4 and s not in out]


@lru_cache(maxsize=1)
def table() -> dict[str, tuple[int, int]]:
    """The shipped counts (``TABLE``), read at first use."""
    with gzip.open(TABLE, "rt", encoding="utf-8") as f:
        return {w: (int(t), int(h)) for w, t, h in (line.split("\t") for line in f)}


def seen(word: str, counts: Optional[Counts] = None) -> tuple[int, int]:
    """(Tatoeba, Hansard) sentences with ``word`` and its plural or singular (the table's counts); for a word the
    table lacks, the best known of the words it may be a form of (``bases``: "flossing")."""
    counts = table() if counts is None else counts
    word = word.lower()
    if word in counts:
        return counts[word]
    return max((counts.get(b, (0, 0)) for b in bases(word)), key=sum)


def is_rare(tatoeba: int, hansard: int) -> bool:
    """Whether a word seen so often is rare (the module's docstring)."""
    seen_all = tatoeba + hansard
    return seen_all < MIN_SEEN or (tatoeba < MIN_TATOEBA and seen_all < MIN_SEEN_EVERYDAY)


def rare_words(typed: str, read: str, french: str, counts: Optional[Counts] = None) -> list[str]:
    """The words of ``read`` (the input as the model read it; ``typed``: as the user typed it) the model barely saw
    in training and ``french`` (its translation) does not copy or look like, as read and in order: "I got seasick on
    the first day." / «Je me suis mis à bord du mer le premier jour.» → ["seasick"]."""
    typed_words = {fold(w.lower()) for w in _FRENCH_WORD.findall(typed)}
    in_french = {fold(w.lower()) for w in _FRENCH_WORD.findall(french)}
    named: list[str] = []
    for m in _WORD.finditer(read):
        word = fold(m.group().lower())
        if len(word) < MIN_LETTERS or word not in typed_words or word in in_french or m.group() in named:
            continue
        if len(word) >= COGNATE and any(f.startswith(word[:COGNATE]) for f in in_french):
            continue
        if is_rare(*seen(word, counts)):
            named.append(m.group())
    return named
