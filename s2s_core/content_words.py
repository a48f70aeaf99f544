"""Content words of the input that the French lacks every plain form of, named by the missing-word warning (trust.py).

A long or short sentence may lose a noun, an adjective or a verb with no other sign: "…will reopen in the autumn." →
«…s'ouvrira à nouveau dans le centre-ville.», "…talked for hours about our years at university." → «…parlé pendant des
heures à l'université.» (measure42, s37), "…is open late on Thursdays…" → «…est en retard le jeudi…»; the unsure-word
warning fires on half such lines and names another word. lost_words.py names a dozen such words by hand; this names
any English word whose French is plain enough to check, from a table (``content_words.txt``, made by
``scripts/content_words.py``): for each English word seen in 5+ Tatoeba pairs, the few French stems that cover its
pairs (greedy, each far likelier with the word than without it), kept only where those stems, chosen on four fifths of
the pairs, were in 95 %+ of the human French of the fifth left out. So a word is named only where human translators
nearly always wrote one of its stems: "apples" (pomm), "autumn" (autom), "years" (ans, ann); not "apple" (94.5 %: "the
apple of my eye" → «la prunelle de mes yeux»), "make", "get", "way" (no few stems cover them), nor function words
(``STOP``), numbers (missing numbers are trust.py's), weekdays and months and a few time adverbs, which ``_HAND``
checks by their own forms.

A French word matches a stem in its stemmed form (``stem``: accents folded, one inflection suffix off, 5 letters:
«croyiez» and «croyez» → "croy", «rêverai» → "rev"), or where one starts with the other (4+ letters); the English word
itself counts ("piano", a name copied). A noun the glossary writes back («guêpe» for "wasp", glossary.py) is not
checked: its French is not the model's. On 4,393 lines the model translated (Tatoeba dev and test: 4,000; measure42:
100; the everyday test set: 167; 126 of warn42's own; tuned on these), 52 words were newly named, 49 of them lost or
mistranslated; not "I suspect" → «je suppose», "asked to dance" → «invités à danser», "considerate" → «réfléchi». On
125 sentences written after (warn42), 12, of which 11 lost or mistranslated; not "bathroom tap" → «robinet de bain».
The French is unchanged: this only warns (notes/warn42-s37.md).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from .glossary import FRENCH as GLOSSARY
from .langguess import looks_like
from .lost_words import AGAIN
from .numbers import ENGLISH_NUMBERS

TABLE = Path(__file__).with_name("content_words.txt")
_QUOTED = re.compile(r"«([^»]*)»|\"([^\"]*)\"")      # a span the French quotes
TRUNCATE = 5            # letters of a French stem
MIN_PREFIX = 4          # a stem and a word match where one starts with the other and is this long

# English words never checked: pronouns, determiners, quantifiers, modals, links, prepositions and a few others that
# French may leave unsaid ("too many mistakes" → «trop d'erreurs», "our house" → «chez nous», "please" → an order in
# «vous», "never … again" → «ne … plus», "since we last met" → «depuis notre rencontre»); the pieces of contractions
STOP = frozenset("""a an the this that these those my your his her its our their mine yours ours theirs i me you he him
she it we us they them who whom whose which what where when why how all any some many much more most few less least
several each every both either neither no none not nor else also too very so just only even please can could may might
must shall should will would do does did be is am are was were been being have has had and or but if because than then
as of in on at by for with from to into about over under up down out off mr mrs ms dr st oh yes ok okay well last never
ever here there now ll ve re don doesn didn won isn aren wasn weren haven hasn hadn couldn shouldn wouldn
t s d m""".split())
ORDINALS = frozenset("""first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth
twentieth thirtieth hundredth thousandth""".split())
NOT_CHECKED = STOP | ORDINALS | frozenset(ENGLISH_NUMBERS)

# French inflection suffixes (accents folded), longest tried first; one comes off a word of 5+ letters where 3 stay
# ("mois" stays: as "moi" it would be too common a stem)
_VERB = """ames ates imes ites umes utes eraient erions eriez erait erais erons eront erez erai eras era aient issent
issons issez issait issais issant irent erent ions iez ons ez ent ait ais ai as a er ir re it is i ut us u""".split()
_NOUN = "ant ement ment e ee ue ive if eu euse".split()
_SUFFIXES = sorted(set(_VERB + _NOUN + [s + "s" for s in _NOUN] + ["eux", "aux", "s", "x"]), key=len, reverse=True)

_DAYS = {"Monday": "lundi", "Tuesday": "mardi", "Wednesday": "mercredi", "Thursday": "jeudi", "Friday": "vendredi",
         "Saturday": "samedi", "Sunday": "dimanche"}
_MONTHS = {"January": "janvier", "February": "février", "April": "avril", "June": "juin", "July": "juillet",
           "August": "août", "September": "septembre", "October": "octobre", "November": "novembre",
           "December": "décembre"}
_DATED = r"(?:(?<=\bin )|(?<=\bof )|(?<=\bsince )|(?<=\buntil )|(?<=\bby )|(?<=\bfrom )|(?<=\bnext )|(?<=\blast )|" \
         r"(?<=\bthis )|(?<=\bearly )|(?<=\blate )|(?<=\bmid-)|(?<=\d )|(?<=\d\w\w )|(?<=\bevery ))"
# (English, its French forms): words the table cannot hold or holds badly, checked by hand-written forms. A weekday
# and a month in capitals, "March" and "May" only in a date ("March on!", "May I…"); "summer" («été» is also "been",
# too common a stem for the table); "spring" as a season ("a spring" may be «une source»); "still", "always",
# "sometimes", whose French forms the table's eight stems do not all hold. On Tatoeba the human French lacks these
# forms in 1 of 515 pairs with a weekday, 0 of 188 with a month, 2 of 221 with "summer", 0 of 19 with "spring", 23 of
# 1,035 with "still" ("The night is still young." → «La nuit ne fait que commencer.»), 17 of 1,017 with "always" ("Why
# do you always do that to me?" → «Pourquoi me fais-tu ça ?») and 0 of 174 with "sometimes".
_HAND = (
    *((rf"\b{day}s?\b", rf"(?i:\b{french}s?\b)") for day, french in _DAYS.items()),     # «Lundi, le paquet…»
    *((rf"\b{month}\b", rf"(?i:\b{french}\b)") for month, french in _MONTHS.items()),
    (rf"{_DATED}March\b|\bMarch(?= \d)", r"(?i:\bmars\b)"),
    (rf"{_DATED}May\b|\bMay(?= \d)", r"(?i:\bmai\b)"),
    (r"(?i:\bsummers?\b)", r"(?i:\bété\b|\bétés\b|\bestiva|\bvacances\b)"),
    (r"(?i:(?:(?<=\bin )|(?<=\bin the )|(?<=\bduring the )|(?<=\buntil the )|(?<=\bthis )|(?<=\bnext )|"
     r"(?<=\blast )|(?<=\bevery )|(?<=\bearly )|(?<=\blate ))spring\b)", r"(?i:\bprintemps\b|\bprintani)"),
    (r"(?i:\bstill\b)", r"(?i:\bencore\b|\btoujours\b|\bcontinu|\brest|\bdemeur|\bquand même\b|\btout de même\b|"
                        r"\bpourtant\b|\bcependant\b|\bnéanmoins\b|\bimmobile|\btranquille|\bcalme|\bbouge|\bplates?\b|"
                        r"\bmalgré\b)"),
    (r"(?i:\balways\b)", r"(?i:\btoujours\b|\bjamais\b|\bsans cesse\b|\btout le temps\b|\bconstamment\b|"
                         r"\bchaque fois\b|\bà chaque\b|\ben permanence\b|\bcontinuellement\b)"),
    (r"(?i:\bsometimes\b)", r"(?i:\bparfois\b|\bquelquefois\b|\bquelques fois\b|\bdes fois\b|\bil arrive\b|"
                            r"\bde temps|\bpar moments?\b|\bcertains jours\b)"),
    # (the table had "especially" from 11 pairs, all «particulièrement»; «surtout» was named lost twice, warn42)
    (r"(?i:\bespecially\b)", r"(?i:\bparticuli|\bsurtout\b|\bspécial|\bnotamment\b|\bprincipalement\b|"
                             r"\bavant tout\b|\ben premier lieu\b)"),
    # a road and a work shift lost with no trace (warn54, s40): "…lives in the blue house across the road and…" →
    # «…la maison bleue de l'autre côté…», "The night shift starts at seven…" → «La nuit commence à sept heures…»; not
    # "hit the road" («On se casse !», 6 of Tatoeba's 8 pairs with "road" that lack these forms, of 133) nor a car's
    # "stick shift": a shift only after a word that makes it a turn of work («travaille», the verb, is not one)
    (r"(?i:(?<!\bhit the )(?<!\bhitting the )\broads?\b)",
     r"(?i:\broutes?\b|\broutière|\brues?\b|\bchemins?\b|\bvoies?\b|\bchaussée|\bautoroute|\btrajet|\bcircul|\bpiste)"),
    (r"(?i:\b(?:night|day|morning|evening|late|early|weekend|my|his|her|your|our|their|next|extra)\s+shifts?\b)",
     r"(?i:\bgardes?\b|\béquipes?\b|\bpostes?\b|\bquarts?\b|\bservices?\b|\btravail\b|\btours?\b|\bhoraires?\b|"
     r"\bpermanence|\broulement|\bvacations?\b)"),
)
# "again" in a sentence that says "not"/"never", which lost_words.py leaves out ("never … again" is «ne … plus»): there
# «plus» and «jamais» count too (on Tatoeba, the human French of 371 of 372 such pairs has one of these forms):
# "…can't afford to make this kind of mistake again." → «…de faire ce genre d'erreurs.»
_NEGATED = re.compile(r"(?i:\b(?:never|not|no\s+longer)\b|n['’]t\b)")
_AGAIN_NEGATED = (re.compile(rf"(?i:{AGAIN})"),
                  re.compile(r"(?i:\b(?:encore|de nouveau|à nouveau|une fois de plus|une nouvelle fois|toujours|plus|"
                             r"jamais)\b|\bre[a-zéèê]+|\bré[a-zéèê]+)"))
_HAND_COMPILED = tuple((re.compile(en), re.compile(fr)) for en, fr in _HAND)
_HAND_WORDS = frozenset(w.lower() for w in [*_DAYS, *_MONTHS, "March", "May", "summer", "summers", "spring", "still",
                                             "always", "sometimes", "again", "especially"])


def fold(text: str) -> str:
    """``text`` in lower case without accents ("Été" → "ete", "œuf" → "oeuf")."""
    text = text.lower().replace("œ", "oe").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def stem(word: str) -> str:
    """A folded French word's stem: one inflection suffix off where 3 letters stay (words of 5+ letters; of 4, a
    final "e"), cut to ``TRUNCATE`` letters: "croyiez" → "croy", "pommes" → "pomm", "pire" → "pir", "mois" → "mois"."""
    if len(word) == 4 and word.endswith("e"):
        return word[:3]
    if len(word) >= 5:
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[:-len(suffix)]
                break
    return word[:TRUNCATE]


def french_stems(text: str) -> set[str]:
    """The stems of the words of French ``text``."""
    return {stem(w) for w in re.findall(r"[a-z0-9]+", fold(text))}


def english_words(text: str) -> list[str]:
    """The words of English ``text`` in lower case, as the table holds them ("don't" → "don", "t")."""
    return re.findall(r"[a-z]+", text.lower())


@lru_cache(maxsize=1)
def table() -> dict[str, tuple[str, ...]]:
    """English word → its French stems (``content_words.txt``: word, pairs, coverage, stems)."""
    out = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, _, _, stems = line.split("\t")
            out[word] = tuple(stems.split())
    return out


@lru_cache(maxsize=1)
def _written_back() -> frozenset[str]:
    """The English nouns of one word the glossary writes back in French (glossary.py): not the model's French (a
    noun of two words or more is skipped only where the source says it, ``_stand_in_phrases``: "car" of "cable car"
    had been skipped everywhere, "My neighbour's car alarm…" read in parts as «L'alarme de ma voisine…» unwarned)."""
    return frozenset(w.lower() for entry in GLOSSARY for form in entry.english if " " not in form
                     for w in english_words(form))


@lru_cache(maxsize=1)
def _stand_in_phrases() -> tuple[tuple[re.Pattern, frozenset[str]], ...]:
    """The glossary's nouns and stand-ins of two words or more, each with its words: the model's reading keeps a
    stand-in ("tracking number" is read "phone number", labelled as typed only where one word stands in), and the
    French written back («numéro de suivi») has no «téléphone»; a noun written back («téléphérique» for "cable car")
    has none of its words' French."""
    return tuple((re.compile(rf"\b{re.escape(form)}\b", re.IGNORECASE), frozenset(english_words(form)))
                 for entry in GLOSSARY for form in (*entry.stand_in, *entry.english) if " " in form)


def _has(stems: tuple[str, ...], found: set[str]) -> bool:
    """Whether a stem of ``found`` (the French) is one of ``stems``, starts one or is started by one (4+ letters), or
    is one with a plural or feminine ending that ``stem`` leaves on a short word («rues» for "rue")."""
    return any(w == s or len(s) >= MIN_PREFIX and w.startswith(s) or len(w) >= MIN_PREFIX and s.startswith(w)
               or w.startswith(s) and w[len(s):] in ("s", "x", "e", "es") for s in stems for w in found)


def lost_content(source: str, french: str) -> list[str]:
    """The words of ``source`` (as the model read it) that ``french`` lacks every form of, as typed and in order:
    "…will reopen in the autumn." / «…s'ouvrira à nouveau…» → ["autumn"]; "…lands at 18:45 on Thursday, so…" /
    «…arrive à 18 h 45, alors…» → ["Thursday"]. None where ``french`` does not look French (langguess.py: another
    model's German, no words at all): the table holds French stems only."""
    if not looks_like(french, "fr"):
        return []
    found, words = french_stems(french), table()
    # a word quoted as typed ('How do you say "chair" in French?' → «…« chair »…»: its stem, "cha", is too short to
    # match; not any French word spelt as an English one: «car» is "because")
    quoted = _QUOTED.findall(fold(french))
    copied = set(english_words(" ".join(guillemets or quotes for guillemets, quotes in quoted)))
    skip = _written_back().union(*(w for phrase, w in _stand_in_phrases() if phrase.search(source)))
    flat = re.sub(r"\s", " ", french)
    hand = _HAND_COMPILED + ((_AGAIN_NEGATED,) if _NEGATED.search(source) else ())
    checked = [(m.start(), m.group(), bool(fr.search(flat))) for en, fr in hand for m in [en.search(source)] if m]
    seen = set()
    for m in re.finditer(r"[A-Za-z]+", source):
        word = m.group().lower()
        if word in seen or word in NOT_CHECKED or word in skip or word in _HAND_WORDS or word not in words:
            continue
        seen.add(word)
        checked.append((m.start(), m.group(), word in copied or _has(words[word] + (word[:TRUNCATE],), found)))
    return [w for _, w, kept in sorted(checked) if not kept]
