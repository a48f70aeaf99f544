"""Words of a translation that are not French, named by the not-French warning (trust.py).

The default model, short of a word, writes one it makes up from French-looking pieces, or leaves the English as typed,
and the line reads fluent: "…the reception will be held in a barn nearby." → «…sera tenue dans un barnage à
proximité.», "I am sorry that my assignment is late…" → «…que mon assignement soit en retard…», "The removal van is
coming at eight" → «La vanelle approche à huit heures», "…is getting married in Scotland…" → «…en Ecotlande…»,
"…the pitch is flooded." → «…le pitch est inondé.» (measure52 and long47, s40: none of these had a warning but
"barnage"'s). Each of these is a word the model never saw in French: the word list (``french_words.txt.gz``, made by
``scripts/french_words.py``) holds every word seen twice or more in the French of Tatoeba and the Hansards, the
model's training corpora (53,000 words). A word of the translation is named where the list lacks it and:

* it is not a word of the input that the French writes with a capital (a name the model copies: "Anna", "Dupont"); a
  word of the input written in lower case («pitch», «les dinosaurs» for "Dinosaurs…") is English left in the French;
* it is not the French a glossary writes back («antidouleurs» for "painkillers", glossary.py): the package's own;
* it has ``MIN_LETTERS`` letters or more (a short piece may be an initial or an elided word);
* it is no form of a listed word (``_inflected``): a verb's ending off and an infinitive's on («expédiez», «arrosez»,
  «rions», «nageions», «ouvriraient» are French that the list lacks), a plural's or a feminine's off («sucres»); not
  an infinitive's own ending («moustiquer», made of «moustique»), so a noun made a verb is still named;
* it is not French the package's own mends write (``_WRITTEN``: «Râpez», «Égouttez»);
* it is no listed word with its accents off («Egypte»: capitals often go without theirs).
"""
from __future__ import annotations

import gzip
import re
from functools import lru_cache
from pathlib import Path

from .content_words import fold
from .glossary import FRENCH as GLOSSARY
from .verb_glossary import VERBS

TABLE = Path(__file__).with_name("french_words.txt.gz")
MIN_LETTERS = 4
_WORD = re.compile(r"[^\W\d_]+")
# a verb's endings (present, imperfect, future, conditional, simple past, participles), longest first: the
# infinitive of its stem is looked up
_VERB_ENDINGS = sorted("""e es ent ons ez ais ait ions iez aient erai eras era erons erez eront erais erait erions eriez
eraient a as âmes âtes èrent ai é ée és ées ant is it issons issez issent i ie ies isse issait issaient u ue us ues
""".split(), key=len, reverse=True)
_INFINITIVES = ("er", "ir", "re", "oir")
# a future's or conditional's endings after an infinitive in "r" («ouvrir-aient») or one short of its "e" («prendr-ai»)
_FUTURE_ENDINGS = ("ai", "as", "a", "ons", "ez", "ont", "ais", "ait", "ions", "iez", "aient")
# French that the package's own mends write and the corpora lack (mends/orders.py's recipe and device orders, «Râpez»,
# «Égouttez», «Hachez», «Téléversez»…; mends/objects.py's «peins»): not the model's slips
_WRITTEN = frozenset("""râper râpez râpe égoutter égouttez égoutte hacher hachez assaisonner assaisonnez déconnecter
déconnectez téléverser téléversez recharger rechargent rôtir locatrice peins""".split())
# a plural's or a feminine's endings, and what the listed form ends with instead
_NOUN_ENDINGS = (("aux", "al"), ("es", ""), ("s", ""), ("x", ""), ("e", ""))
_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”")        # a span the French quotes is the user's


def words(text: str) -> list[str]:
    """The words of ``text`` in lower case, letters only («l'ancienne» → "l", "ancienne"; «peux-tu» → "peux", "tu")."""
    return [w.lower() for w in _WORD.findall(text)]


@lru_cache(maxsize=1)
def known() -> frozenset[str]:
    """The French words the model was taught (``TABLE``) and the ones the glossary writes (glossary.py)."""
    with gzip.open(TABLE, "rt", encoding="utf-8") as f:
        listed = {line.strip() for line in f}
    listed |= {w for entry in GLOSSARY for forms in (*entry.french, *entry.written) for w in words(forms)} | _WRITTEN
    listed |= {verb.french for verb in VERBS}                # «ronfler»: its forms are read as inflected
    return frozenset(listed | {fold(w) for w in listed})


def _inflected(word: str, lexicon: frozenset[str]) -> bool:
    """Whether ``word`` is a form of a listed word: a verb ending swapped for an infinitive's ("expédiez" →
    "expédier"), or a plural's or feminine's ending off ("sucres" → "sucre")."""
    for ending in _VERB_ENDINGS:
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= 2:
            if any(stem + inf in lexicon for inf in _INFINITIVES):
                return True
            if stem[-2:] in ("ge", "ce") and stem[:-1] + "er" in lexicon:      # «nageions»: «nager»
                return True
    for ending in _FUTURE_ENDINGS:                                           # «ouvriraient»: «ouvrir», «prendrai»
        stem = word[:-len(ending)]
        if word.endswith(ending) and stem.endswith("r") and (stem in lexicon or stem + "e" in lexicon):
            return True
    return any(word.endswith(end) and word[:-len(end)] + back in lexicon for end, back in _NOUN_ENDINGS)


def not_french(source: str, french: str) -> list[str]:
    """The words of ``french`` (a translation of ``source``, as the model read it) that are not French, as written
    and in order: "…held in a barn nearby." / «…dans un barnage à proximité.» → ["barnage"]; "…the pitch is
    flooded." / «…le pitch est inondé.» → ["pitch"]; «…notre voisine Anna vit…» → [] (a name the input has)."""
    in_source = set(words(source))
    lexicon = known()
    named, seen = [], set()
    for m in _WORD.finditer(_QUOTED.sub(" ", french)):
        word = m.group().lower()
        if len(word) < MIN_LETTERS or word in seen or word in lexicon or fold(word) in lexicon:
            continue
        if _inflected(word, lexicon):
            continue
        if word in in_source and m.group()[0].isupper():      # a name the French writes as the input does
            continue
        seen.add(word)
        named.append(m.group())
    return named
