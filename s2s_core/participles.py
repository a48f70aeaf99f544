"""A past participle or adjective after "être" in the gender and number of its subject: the model leaves some
in the masculine after a feminine one ("She was promoted." came out «Elle a été promu.», "The printer is broken."
«L'imprimante est cassé.», "My application was rejected." «Mon application a été rejeté.»): «Elle a été promue.»,
«L'imprimante est cassée.», «Ses sœurs sont mariées.». Only where the subject is sure and right before the verb:
"elle(s)", "ils", or a determiner and a noun of known gender (``noun_genders.txt``, else the determiner's: «la
plage», «la tour»; else a feminine ending: «l'imprimante») opening a clause («Le prix de la
maison est élevé» stays: "la maison" follows "de"; «les pics et les pelles ont été remplacés»: after "et"/"ou" a
subject may be one of two; «aussi important que cette initiative»: a comparison); only after "être" («est», «a
été», «sera», «va être»…, with "ne … pas" or two adverbs between), never after "avoir" alone («Elle a mangé»).
The forms come from ``participle_forms.txt`` (masculine, feminine and plurals of 1,065 words seen after "être" in
the training French, ``scripts/participle_forms.py``), so a noun after "être" is left alone («Elle est médecin»);
"grand", "large"… before another of them are adverbs («grand ouverte»), and "bien sûr" is one.

    OMP_NUM_THREADS=1 python scripts/participle_forms.py /work/train/enfr-mix/train.tsv > s2s_core/participle_forms.txt
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .agreement import WORD, genders

_LIST = Path(__file__).with_name("participle_forms.txt")
_MODAL_ONE = r"(?:va|doit|peut|devrait|pourrait|semble|veut|vient d['’]\s?)"
_MODAL_MANY = r"(?:vont|doivent|peuvent|devraient|pourraient|semblent|veulent|viennent d['’]\s?)"
_ONE = (r"(?:(?:a|avait|aura|aurait|ait)\s+été|est|était|sera|serait|fut|fût|soit|semble|semblait|paraît|"
        rf"paraissait|devient|devenait|reste|restait|{_MODAL_ONE}\s*être)")
_MANY = (r"(?:(?:ont|avaient|auront|auraient|aient)\s+été|sont|étaient|seront|seraient|furent|soient|semblent|"
         rf"semblaient|paraissent|deviennent|restent|{_MODAL_MANY}\s*être)")
_ADVERB = (r"(?:pas|plus|jamais|très|trop|si|aussi|assez|déjà|encore|toujours|vraiment|bien|souvent|presque|"
           r"complètement|tellement|enfin|finalement|certainement|probablement|désormais|également|rarement)")
_SUBJECT = (r"(?:(?<![\w-])(?P<pron>(?i:elles?|ils))"
            r"|(?<![\w'’-])(?P<det>(?i:la|ma|ta|sa|cette|une|notre|votre|leur|le|un|ce|cet|mon|ton|son|les|mes|"
            rf"tes|ses|nos|vos|leurs|ces))\s+(?P<noun>{WORD})|(?P<elided>[Ll]['’])(?P<noun2>{WORD}))")
_PATTERN = re.compile(rf"{_SUBJECT}\s+(?:n['’]\s?|ne\s+)?(?:(?P<one>{_ONE})|(?P<many>{_MANY}))"
                      rf"(?:\s+{_ADVERB}){{0,2}}\s+(?P<word>[a-zà-ÿœæ]+)(?![\w'’-])(?:(?=\s+(?P<next>{WORD})))?")
# a clause opens at the text's start, after punctuation or a subordinating word; not after "et"/"ou", which join
# subjects («les échantillons et les données soient conservés» is masculine)
_CLAUSE_START = re.compile(r"(?:^|[.!?;:,«»(\"—–]|(?<![\w'’-])(?i:mais|car|donc|puis|que|quand|lorsque|si|comme|"
                           r"puisque|où|alors)\s|(?<![\w'’-])(?i:qu|lorsqu|puisqu)['’])\s*$")
# "que" after a comparison opens none: «aussi important que cette initiative doit être enlevé»
_COMPARED = re.compile(r"(?<![\w-])(?i:aussi|plus|moins|autant|tant|même|tels?|telles?)\s+(?:\S+\s+){0,4}"
                       r"(?i:qu['’]|que\s+)$")
# nouns too rare in the training French to be listed, feminine by their ending: "l'imprimante", "l'inscription"
# ("l'amiante" is masculine)
_FEMININE_ENDINGS = ("tion", "sion", "trice", "ante")
_NOT_FEMININE = {"amiante"}
_GENDER = {"la": "f", "ma": "f", "ta": "f", "sa": "f", "cette": "f", "une": "f", "le": "m", "un": "m", "ce": "m",
           "cet": "m"}
# nouns too rare in the training French to be listed, feminine by their ending: "l'imprimante", "l'inscription"
_FEMININE_ENDINGS = ("tion", "sion", "trice", "ante")
# words that are adverbs before another participle or adjective: «grand ouverte», «frais cueillie»
_ADVERBIAL = {"grand", "large", "frais", "bas", "nouveau", "court", "fin", "droit", "fort", "tout", "mi"}
_PLURAL = {"les", "mes", "tes", "ses", "nos", "vos", "leurs", "ces"}


@lru_cache(maxsize=1)
def forms() -> dict[str, tuple[str, str, str, str]]:
    """each form → (masculine, feminine, masculine plural or "-", feminine plural), from ``participle_forms.txt``."""
    table = {}
    for line in _LIST.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            row = tuple(line.split("\t"))
            for form in row:
                table.setdefault(form, row)
    return table


def _subject(m: re.Match, before: str) -> tuple[str, bool] | None:
    """(gender, plural) of the subject ``m`` names, where sure: "elles" → ("f", True); "la réunion" at a clause's
    start → ("f", False); "les clés" → ("f", True); None for an adjective, a clash, a noun of unknown gender after
    "l'", "les"…"""
    if m["pron"]:
        return "m" if m["pron"].lower() == "ils" else "f", m["pron"].lower() != "elle"
    if not _CLAUSE_START.search(before) or _COMPARED.search(before):
        return None
    det, noun = (m["det"] or "l'").lower(), m["noun"] or m["noun2"]
    plural = det in _PLURAL
    if not noun.islower() and not noun.isupper():
        return None                                 # a name: "La Rochelle est…"
    noun = noun.lower()
    if plural:
        noun = noun[:-1] if noun.endswith(("s", "x")) else ""
    found = genders().get(noun) or ((_GENDER[det], "") if det in _GENDER and noun else None)
    found = found or (("f", "") if len(noun) > 5 and noun.endswith(_FEMININE_ENDINGS)
                      and noun not in _NOT_FEMININE else None)
    if not found or "a" in found[1] or _GENDER.get(det, found[0]) != found[0]:
        return None
    return found[0], plural


def _agreed(word: str, gender: str, plural: bool) -> str:
    """``word`` in the subject's form where it is a listed masculine (or, in the feminine plural, another) form."""
    row = forms().get(word)
    if not row:
        return word
    m, f, mp, fp = row
    if gender == "f" and not plural:
        return f if word == m else word
    if gender == "f":       # not from a feminine that is a noun too: «elles seront partie à», «partie prenante»
        return fp if word in (m, mp) or word == f and f not in genders() else word
    return mp if plural and word == m and mp != "-" else word


def _fixed_phrase(m: re.Match) -> bool:
    """Whether the word after "être" is part of a phrase to leave: an adverb before an adjective («grand
    ouverte»), "bien sûr", "bien entendu", or a noun and its adjective agreeing («la victime était citoyen
    canadien»: the person may be a man)."""
    word, after = m["word"], (m["next"] or "").lower()
    if word in _ADVERBIAL and after in forms() or word in ("sûr", "entendu") \
            and m.group(0)[:m.start("word") - m.start()].rstrip().lower().endswith("bien"):
        return True
    row, other = forms().get(word), forms().get(after)
    return bool(row and other) and row.index(word) == other.index(after)


def mend(text: str) -> str:
    """``text`` with each participle after "être" agreeing with its subject: "Elle a été promu." → "Elle a été
    promue.", "Les clés sont perdu." → "Les clés sont perdues."; "Elle a mangé." and "Le prix de la maison est
    élevé." stay."""
    def one(m: re.Match) -> str:
        subject = _subject(m, text[:m.start()])
        if not subject or subject[1] != bool(m["many"]) or _fixed_phrase(m):
            return m.group(0)
        new = _agreed(m["word"], *subject)
        start, end = m.start("word") - m.start(), m.end("word") - m.start()
        return m.group(0)[:start] + new + m.group(0)[end:]
    return _PATTERN.sub(one, text)
