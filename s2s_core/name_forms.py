"""How a translation writes a person's name it was given: "je m'appelle Sarah", and with its capital.

"Hello, my name is Sarah." came out "Salut, mon nom est Sarah." (and "Hi, my name is Thomas." "Salut, mon nom est
Thomas."), where "My name is Sarah." comes out "Je m'appelle Sarah.": French says its own name with "s'appeler", so
"mon nom est" before the name the source gave is written "je m'appelle" ("Son nom est Sophie" stays: "il" or
"elle" would need the person's sex). The model also writes some first names it copies in lower case ("My wife
Sophie works in a bank." "Ma femme sophie travaille…"): a listed first name of the source goes back with its
capital, unless the lower-case word is French of its own ("claire", "pierre", "jean", "romain").
"""
from __future__ import annotations

import re

from .opening_names import MEN, WOMEN

_MY_NAME = re.compile(r"\b(?i:my name(?:\s+is|['’]s))\s+(?P<name>[A-ZÀ-Ý][\w'’-]*)")
_MON_NOM_EST = re.compile(r"\b([Mm])on nom est (?=[A-ZÀ-Ý])")
# first names that are French words too, in lower case: "une voix claire", "une pierre", "un jean", "clément"
_FRENCH_WORDS = frozenset("claire pierre jean romain clément olivier max marie louis martin hugo simon félix "
                          "felix léa lea ana ali mina mei jun wei hana".split())
_NAMES = frozenset(n for n in WOMEN | MEN if n.lower() not in _FRENCH_WORDS)


def mend(text: str, source: str) -> str:
    """``text`` (a translation of ``source``) saying a name the source gives with "je m'appelle", and the source's
    first names with their capital."""
    if _MY_NAME.search(source):
        text = _MON_NOM_EST.sub(lambda m: ("Je" if m.group(1) == "M" else "je") + " m'appelle ", text)
    for name in set(re.findall(r"\b[A-ZÀ-Ý][a-zà-ÿ]+\b", source)) & _NAMES:
        if not re.search(rf"\b{name}\b", text):
            text = re.sub(rf"(?<![\w'’-]){name.lower()}(?![\w-])", name, text)
    return text
