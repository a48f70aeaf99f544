"""A determiner in the gender of the noun after it: the model writes some in the wrong one ("Where is my
order?" came out «Où est mon commande ?», "my boyfriend" «ta petit ami», "a car" «un voiture»). Before a noun whose
gender is known (``noun_genders.txt``) "mon"/"ma", "ton"/"ta", "son"/"sa", "le"/"la", "un"/"une" and "ce"/"cet"/"cette"
take its gender: «Où est ma commande ?», «ton petit ami», «une voiture». Before a vowel or an "h" possessives and
"le"/"la" are left alone («mon amie» is right; «ma haine», «mon histoire»), and "ce" before a masculine word
opening with a vowel is "cet". An adjective between the two ("petit", "nouvelle": flag "a") decides only where the
noun after it agrees with it («ma petit ami» → «mon petit ami»; «ma petit voiture» stays). "le"/"la" are not
mended before a word that is also a verb (flag "v": «je la commande», «il le porte»), after a pronoun or a
hyphen («prends-la»); "son"/"ton" after an article are nouns («le son fort»); "un"/"une" after an apostrophe
only in «d'un», «qu'une» (not «quelqu'un», «l'une»); a name is left alone («la Prince Rupert»: a capital and one
after it, «UN Convention»). Plurals have one form ("mes"). Run over the 1,600,610 French references of the
training corpus it changes 558, nearly all the corpus's own slips («La bateau coule.» → «Le bateau coule.», «un
pétition», «le Loi sur»): the model learnt the slip there.

The word list is derived from the French side of the training corpus (1,600,610 lines; words seen ≥ 20 times
after a determiner, ≥ 95 % one way, nouns of both genders and people of either sex left out):

    OMP_NUM_THREADS=1 python scripts/noun_genders.py /work/train/enfr-mix/train.tsv > s2s_core/noun_genders.txt
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_LIST = Path(__file__).with_name("noun_genders.txt")
# determiner → (gender, the masculine form, the feminine form)
_PAIRS = {"mon": ("m", "mon", "ma"), "ma": ("f", "mon", "ma"), "ton": ("m", "ton", "ta"), "ta": ("f", "ton", "ta"),
          "son": ("m", "son", "sa"), "sa": ("f", "son", "sa"), "le": ("m", "le", "la"), "la": ("f", "le", "la"),
          "un": ("m", "un", "une"), "une": ("f", "un", "une"), "ce": ("m", "ce", "cette"),
          "cet": ("m", "cet", "cette"), "cette": ("f", "ce", "cette")}
# French letters (the body of a class), a word of them (hyphens inside) and the vowels an article elides before;
# participles.py and adjectives.py read French with them too
LETTERS = "a-zà-ÿœæA-ZÀ-ÝŒÆ"
WORD = rf"[{LETTERS}]+(?:-[{LETTERS}]+)*"
_DETERMINER = re.compile(rf"(?:(?<![\w'’-])(?P<prep>(?i:de|à))\s+)?"
                         rf"(?<![\w-])(?P<det>(?i:mon|ma|ton|ta|son|sa|le|la|un|une|ce|cet|cette))\s+"
                         rf"(?P<word>{WORD}|\d+e)(?![\w'’])(?:(?=\s+(?P<next>{WORD})))?")
VOWELS = "aeiouyéèêëâàîïôûœæ"
# a word before "le"/"la" that makes it a pronoun ("je la vois", "ne le fais"), before "son"/"ton" a noun
# ("le son", "un ton calme"), before "une" the front page ("la une")
_PRONOUN_BEFORE = re.compile(r"(?:(?<!\w)(?i:je|tu|il|elle|on|nous|vous|ils|elles|ne|se|me|te|[jnsmt]['’])"
                             r"|-)\s*$")
# only "d'un", "qu'une" are determiners after an apostrophe: not "quelqu'un", "l'une", "aujourd'hui"
_ELIDED_BEFORE = re.compile(r"(?:(?<!\w)(?i:d|qu)['’]|[^'’])$")
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?i:le|la|un|une|du|au|ce|mon|ton|son|quel|bon|d[eu]s?)\s+$")


@lru_cache(maxsize=1)
def genders() -> dict[str, tuple[str, str]]:
    """word → (gender "m"/"f", flags) from ``noun_genders.txt``."""
    table = {}
    for line in _LIST.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, gender, *flags = line.split("\t")
            table[word] = (gender, flags[0] if flags else "")
    return table


# an ordinal between a determiner and its noun takes the noun's gender, its own form the same in both (s40, left53:
# "For my 12th birthday…", read "twelfth", came out «Pour ma douzième anniversaire…», "His 14th birthday…" «Sa 14e
# anniversaire…»: «mon douzième», «Son 14e»)
_ORDINAL = re.compile(r"\d+e|[a-zé]+ième", re.IGNORECASE)


def _gender(word: str, after: str | None) -> tuple[str, str] | None:
    """(gender, flags) of ``word`` after a determiner; an adjective's only where the noun ``after`` agrees."""
    table = genders()
    if _ORDINAL.fullmatch(word):               # "ma douzième anniversaire", "Sa 14e anniversaire": the noun's gender
        noun = table.get((after or "").lower())
        return noun if noun and not set(noun[1]) & {"v", "a"} else None       # not a verb: «une sixième était…»
    found = table.get(word.lower())
    if not found or "a" not in found[1]:
        return found
    noun = table.get((after or "").lower())
    return found if noun and noun[0] == found[0] else None


def _named(det: str, word: str, after: str | None) -> bool:
    """Whether ``word`` opens a name ("la Prince Rupert", "le Compassion Club": a capital and one after it) or
    ``det`` is English in capitals ("UN Convention")."""
    return word[0].isupper() and bool(after) and after[0].isupper() and not word.isupper() \
        or len(det) > 1 and det.isupper() and not word.isupper()


def _fixed(det: str, word: str, after: str | None, before: str) -> str:
    """The determiner ``det`` in the gender of ``word`` (``after`` the word after it, ``before`` the text before)."""
    low = det.lower()
    gender, masc, fem = _PAIRS[low]
    found = _gender(word, after)
    if not found or found[0] == gender and low != "cet" or not _ELIDED_BEFORE.search(before or " ") \
            or _named(det, word, after):
        return det
    vowel = word[0].lower() in VOWELS
    if low in ("le", "la") and (vowel or word[0] in "hH" or "v" in found[1] or _PRONOUN_BEFORE.search(before)):
        return det
    if low in ("mon", "ma", "ton", "ta", "son", "sa") and (vowel or word[0] in "hH"):
        return det
    if low in ("son", "ton", "une") and _ARTICLE_BEFORE.search(before):
        return det
    new = fem if found[0] == "f" else masc
    if new == "ce" and (vowel or word[0] in "hH"):
        new = "cet" if vowel else det.lower()
    if new == low:
        return det
    return new.upper() if det.isupper() and len(det) > 1 else new.capitalize() if det[0].isupper() else new


# "de"/"à" + "le" as French writes them: "hors de la piège" mended "hors du piège" (not "de le piège")
_CONTRACTED = {("de", "le"): "du", ("à", "le"): "au"}


def mend(text: str) -> str:
    """``text`` with each determiner in the gender of its noun: "Où est mon commande ?" → "Où est ma commande ?",
    "à la concours" → "au concours"."""
    def one(m: re.Match) -> str:
        det = _fixed(m["det"], m["word"], m["next"], text[:m.start("det")])
        prep, rest = m["prep"], m.group(0)[m.end("det") - m.start():]
        if prep and det != m["det"] and (prep.lower(), det.lower()) in _CONTRACTED:
            both = _CONTRACTED[prep.lower(), det.lower()]
            return (both.upper() if prep.isupper() and det.isupper() else
                    both.capitalize() if prep[0].isupper() else both) + rest
        return (m.group(0)[:m.start("det") - m.start()] if prep else "") + det + rest
    return _DETERMINER.sub(one, text)
