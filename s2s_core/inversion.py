"""An inverted question's verb in the person of its pronoun: "il", "elle" and "on" take a 3rd-person form.

The model wrote the 2nd person before an inverted "il" or "ils" ("Is he seeing anyone?", read "Is he going out with
anyone?", came out "Sors-t-il avec qui que ce soit ?", "Are they…" "Sors-ils avec…"; "Are they coming?" "Venent-ils
?"). No French verb of the 3rd person singular ends in "s" or "x", and the euphonic "-t-" goes only after a vowel:
"sors-t-il" → "sort-il", "prends-il" → "prend-il", "peux-t-il" → "peut-il", "parles-t-il" → "parle-t-il", "as-t-il"
→ "a-t-il". A plural pronoun takes a form in "-ent" or "-ont": listed 2nd-person forms and those in "-es" are
turned ("sors-ils" → "sortent-ils", "parles-ils" → "parlent-ils"); "venent" (no French word) is "viennent".
"""
from __future__ import annotations

import re

# a verb that opens a question, alone or after a question word or "ne": not a word before a dash without spaces
# ("…nos enfants-on vit pour cela", "les chercheurs canadiens-il faut le dire…", as the Hansards write a dash)
_OPENS = r"((?:^|[.!?«—–]\s*|\b(?i:où|quand|comment|pourquoi|que|combien|ne)\s+|\b(?i:qu|n)['’])\W*)"
_SINGULAR = re.compile(rf"{_OPENS}([A-Za-zÀ-ÿ]+)([sx])-(?:t-)?(il|elle|on)\b(?=[^.!]*\?)")
_PLURAL = re.compile(rf"{_OPENS}([A-Za-zÀ-ÿ]*[a-zà-ÿ]s)-(ils|elles)\b(?=[^.!]*\?)")
# 2nd person singular → 3rd person plural, where the plural is not the singular's stem with "-ent"
_THEY = {"sors": "sortent", "pars": "partent", "dors": "dorment", "sers": "servent", "mens": "mentent",
         "sens": "sentent", "vas": "vont", "as": "ont", "es": "sont", "fais": "font", "dis": "disent",
         "viens": "viennent", "tiens": "tiennent", "prends": "prennent", "sais": "savent", "vois": "voient",
         "bois": "boivent", "lis": "lisent", "écris": "écrivent", "mets": "mettent", "connais": "connaissent",
         "finis": "finissent", "choisis": "choisissent", "cours": "courent", "vis": "vivent", "suis": "suivent",
         "attends": "attendent", "descends": "descendent", "entends": "entendent", "vends": "vendent",
         "réponds": "répondent", "perds": "perdent", "reviens": "reviennent", "deviens": "deviennent",
         "ressors": "ressortent", "repars": "repartent", "êtes": "sont", "faites": "font", "dites": "disent"}
_VENENT = re.compile(r"\b([Rr]e|[Dd]e|[Pp]ré|[Ss]ou)?([Vv])enent\b")     # "Venent-ils" → "Viennent-ils"
# a 2nd-person form whose 3rd person singular is not its stem with "t": "es-t-il" → "est-il", "faites-il" → "fait-il"
_HE = {"es": "est", "êtes": "est", "faites": "fait", "dites": "dit"}
_NOT_VERBS = frozenset({"pas", "plus", "très", "mais", "dans", "sous", "vers", "sans", "chez", "puis", "alors",
                        "jamais", "toujours", "aussi", "moins", "tous", "ceux", "deux", "trois", "six", "dix"})


def _singular(m: re.Match) -> str:
    """A 2nd-person form before "-il"/"-elle"/"-on" in the 3rd person ("sors-t-il" → "sort-il")."""
    before, stem, end, pronoun = m.group(1), m.group(2), m.group(3), m.group(4)
    if stem.lower() in _NOT_VERBS or (stem + end).lower() in _NOT_VERBS:
        return m.group()
    if (stem + end).lower() in _HE:                   # "Es-t-il": "Est-il", not "E-t-il"
        he = _HE[(stem + end).lower()]
        return f"{before}{he.capitalize() if stem[:1].isupper() else he}-{pronoun}"
    if end == "x":                                    # "peux", "veux", "vaux": "peut-il"
        return f"{before}{stem}t-{pronoun}"
    if stem.lower().endswith(("e", "a")):             # "parles", "as", "vas": "parle-t-il", "a-t-il"
        return f"{before}{stem}-t-{pronoun}"
    if stem.lower().endswith(("d", "c", "t")):        # "prends", "mets": "prend-il", "met-il" (not "mett-il")
        return f"{before}{stem}-{pronoun}"
    return f"{before}{stem}t-{pronoun}"               # "sors", "finis", "fais": "sort-il", "finit-il"


def _plural(m: re.Match) -> str:
    """A 2nd-person form before "-ils"/"-elles" in the 3rd person plural ("sors-ils" → "sortent-ils")."""
    before, word, pronoun = m.group(1), m.group(2), m.group(3)
    low = word.lower()
    they = _THEY.get(low) or (low[:-1] + "nt" if low.endswith("es") and len(low) > 3 else None)
    if they is None:
        return m.group()
    return f"{before}{they[:1].upper() + they[1:] if word[:1].isupper() else they}-{pronoun}"


def mend(text: str) -> str:
    """``text`` with each inverted verb in the person of its pronoun ("Sors-t-il avec…" → "Sort-il avec…")."""
    text = _VENENT.sub(lambda m: (m.group(1) or "") + m.group(2) + "iennent", text)
    return _PLURAL.sub(_plural, _SINGULAR.sub(_singular, text))
