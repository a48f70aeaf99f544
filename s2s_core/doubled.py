"""A word the model wrote twice in a row, written once.

The model sometimes says a word twice where the English says it once: "Everyone remained standing." came out «Tout
le monde est resté debout debout.», "Four euros, please." «Quatre euro euro…», "He burped loudly…" «Il rota fort
fort…», "President Enrique Pena Nieto…" «…Enrique Pena Pena Nieto…» (newstest2013, the Tatoeba Challenge test: 15
such outputs in all the test sets). French says a word twice in a row on purpose only in a few pairs («nous nous
levons», «vous vous trompez», «le faire faire», «très très», «non non»), and where the English says it twice too
("Tap Tap", a band's name; "very very"): those are kept.
"""
from __future__ import annotations

import re

# pairs French writes on purpose: a reflexive after its subject («nous nous»), a causative («faire faire»), and
# words said twice for stress
_ON_PURPOSE = frozenset({"nous", "vous", "faire", "fait", "très", "non", "oui", "bon", "bien", "tant", "toc", "chut"})
_TWICE = re.compile(r"(?<![\w'’-])([^\W\d_]{3,})(\s+)\1(?![\w'’-])")
_TWICE_IN_ENGLISH = re.compile(r"(?<![\w'’-])([^\W\d_]+)\s+\1(?![\w'’-])", re.IGNORECASE)


def mend(text: str, source: str) -> str:
    """``text`` (the model's French for ``source``) with a word written twice in a row written once («debout
    debout» → «debout»), but for the pairs French writes on purpose and a word the English says twice."""
    if not _TWICE.search(text):
        return text
    english = {m.group(1).lower() for m in _TWICE_IN_ENGLISH.finditer(source)}
    return _TWICE.sub(lambda m: m.group(0) if m.group(1).lower() in _ON_PURPOSE | english else m.group(1), text)
