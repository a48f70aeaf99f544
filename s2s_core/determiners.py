"""A determiner as French writes it before a given word, in a gender the caller gives (determiners40, s40).

The French-side mends that write a new noun in place of the model's («la robe» → «le pansement», «la Cour de tennis»
→ «le court de tennis», «l'ordre» → «la commande», «le crème» → «l'écran») must put the determiner before it in the
new noun's gender and elide it before a vowel. Each had its own small table (la→le, une→un, de la→du…), some without
elision («cette infirmière» → «ce infirmier»). ``written`` is the one table: given a determiner as the model wrote it
(«la», «l'», «de la», «au», «cette», «d'une»…), the word that will follow it (the noun, or an adjective before it),
the gender and the number, it returns the determiner French writes there with what joins it to the word («le »,
«l'», «de l'», «cet »): elision before a vowel or a mute h, and à+le/de+le/à+les/de+les as «au»/«du»/«aux»/«des».

The gender is the caller's: agreement.py reads genders from noun_genders.txt, which leaves out nouns of either sex and
rare ones and flags «but», «court» as verbs, while a mend knows its new noun's gender by construction. A determiner
this table does not know («notre», «votre», «leur», «quelques») has one form for both genders and is kept as written;
the possessives among them have one form per number (notre/nos, votre/vos, leur/leurs), written in the number a
caller gives (mends/errands.py: one booking, «nos réserves» → «notre réservation»).
"""
from __future__ import annotations

import re

# the determiner as written → its kind (an apostrophe straight or curly)
_KINDS = {"le": "def", "la": "def", "l'": "def", "les": "def", "un": "ind", "une": "ind", "ce": "dem", "cet": "dem",
          "cette": "dem", "ces": "dem", "mon": "my", "ma": "my", "mes": "my", "ton": "your", "ta": "your",
          "tes": "your", "son": "his", "sa": "his", "ses": "his", "de": "de", "d'": "de", "du": "of", "de la": "of",
          "de l'": "of", "des": "of", "au": "to", "à la": "to", "à l'": "to", "aux": "to", "d'un": "of_one",
          "d'une": "of_one", "quel": "which", "quelle": "which", "quels": "which", "quelles": "which"}
# kind → (masculine, feminine, masculine before a vowel, feminine before a vowel, plural, plural before a vowel):
# «le/la/l'», «du/de la/de l'», «au/à la/à l'», «ce/cette/cet», and «mon amie» (a possessive does not elide)
_FORMS = {"def": ("le ", "la ", "l'", "l'", "les ", "les "),
          "ind": ("un ", "une ", "un ", "une ", "des ", "des "),
          "dem": ("ce ", "cette ", "cet ", "cette ", "ces ", "ces "),
          "my": ("mon ", "ma ", "mon ", "mon ", "mes ", "mes "),
          "your": ("ton ", "ta ", "ton ", "ton ", "tes ", "tes "),
          "his": ("son ", "sa ", "son ", "son ", "ses ", "ses "),
          "de": ("de ", "de ", "d'", "d'", "de ", "d'"),
          "of": ("du ", "de la ", "de l'", "de l'", "des ", "des "),
          "to": ("au ", "à la ", "à l'", "à l'", "aux ", "aux "),
          "of_one": ("d'un ", "d'une ", "d'un ", "d'une ", "de ", "d'"),
          "which": ("quel ", "quelle ", "quel ", "quelle ", "quels ", "quels ")}
_PLURALS = ("les", "des", "aux", "ces", "mes", "tes", "ses", "quels", "quelles")
# the possessives of one form for both genders: (singular, plural), either written as the model wrote it → the pair
_NUMBERED = {form: pair for pair in (("notre", "nos"), ("votre", "vos"), ("leur", "leurs")) for form in pair}
# the plural «quelles» for a feminine noun (the one plural with a gender)
_FEMININE_PLURAL = {"which": "quelles "}
# a word French elides before: a vowel, or a mute h (the h-words the mends and stand-ins write; «le héros», «la
# haine», «le haut» keep their «le»/«la»: an aspirate h)
VOWEL = re.compile(r"[aeiouyéèêëàâîïôûœæ]|h(?:erbe|eure|omme|ôpital|ôtel|uile|abit|istoire|iver|ôte|umeur|onneur|"
                   r"oraire|ébergement|abitant|abitude)", re.IGNORECASE)


def kind(det: str) -> str | None:
    """The kind of ``det`` («la» → "def", «De l’» → "of"), None for a determiner of one form («notre»)."""
    return _KINDS.get(re.sub(r"\s+", " ", det.strip().lower().replace("’", "'")))


def written(det: str, word: str, feminine: bool, plural: bool | None = None) -> str:
    """``det`` (a determiner as the model wrote it) as French writes it before ``word`` (the noun, or an adjective
    before it) of that gender and number (None: ``det``'s own number), with the space or apostrophe that joins them,
    in ``det``'s first capital: written("la", "court", False) → "le ", written("De la", "entraînement", False) →
    "De l'", written("ma", "application", True) → "mon ", written("au", "tests", False, plural=True) → "aux ",
    written("Nos", "réservation", True, plural=False) → "Notre "."""
    found = kind(det)
    if found is None:
        numbered = _NUMBERED.get(det.strip().lower())
        if numbered is None or plural is None:
            return det.strip() + " "                     # «quelques», or «nos» in its own number: as written
        form = numbered[1 if plural else 0] + " "        # «nos» → «notre », «leur» → «leurs »
        return form[0].upper() + form[1:] if det.strip()[:1].isupper() else form
    if plural is None:
        plural = det.strip().lower() in _PLURALS
    before_vowel = bool(VOWEL.match(word))
    if plural:
        form = _FORMS[found][5 if before_vowel else 4]
        form = _FEMININE_PLURAL.get(found, form) if feminine else form
    else:
        form = _FORMS[found][(1 if feminine else 0) + (2 if before_vowel else 0)]
    form = form.replace("'", "’") if "’" in det else form        # the text's own apostrophe: «d’une» → «d’un »
    return form[0].upper() + form[1:] if det.strip()[:1].isupper() else form


# the determiner that ends the French before a noun glossary.py writes back: «au », «du », «le »/«la », «de », «ce »,
# «ma »/«ta »/«sa » (the ones whose form before a vowel is the same in both genders, or «cet»: the model's «ce» said
# the stand-in masculine)
_LAST = re.compile(r"\b(?:[Aa]u|[Dd]u|[Ll][ea]|[Dd]e|[Cc]e|[MmTtSs]a)\s$")


# the same, elided before the stand-in's French, to be undone before a noun written back that opens with a consonant
# («l'», «de l'», «à l'», «d'», «cet »: "quiz" read "test" came out «l'examen», written back «l'quiz»)
_ELIDED_LAST = re.compile(r"(?<![\w'’])(?:(?:[Dd]e|[Àà]) )?(?:[LlDd]['’]|[Cc]et )$")


def elided(before: str, word: str, feminine: bool | None = None) -> str:
    """``before`` (the French up to a noun written back, glossary.py) with its last word elided where ``word`` opens
    with a vowel or a mute h, a noun whose stand-in opened with a consonant ("warehouse" read "garage", "bee" read
    "mouse"): "Je suis allé au " + «entrepôt» → "Je suis allé à l'" (not «au entrepôt»), "la " + «abeille» → "l'";
    and, where ``word`` opens with a consonant and its gender is known, the elision undone: "l'" + «quiz» → "le ",
    "de l'" → "du ", "cet " → "ce "; unchanged where it needs neither."""
    if VOWEL.match(word):
        m = _LAST.search(before)
        return before[:m.start()] + written(m.group().strip(), word, feminine=False) if m else before
    m = _ELIDED_LAST.search(before)
    # a bare «d'» is «de» in either gender: "a can of beans", "beans" read "eggs", came out «…une boîte d'œufs»,
    # written back «d'haricots» where neither plural's gender is known
    if m and feminine is None and not re.fullmatch(r"[Dd]['’]", m.group()):
        return before
    return before[:m.start()] + written(m.group().strip(), word, feminine=bool(feminine)) if m else before
