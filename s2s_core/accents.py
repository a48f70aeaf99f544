"""A letter without its accents, as fold.py reads a character the vocabulary spells only in bytes ("ó" as "o") and
trust.py finds a warned word in the text whatever its accents.

Apart from fold.py so that trust.py can use it without importing fold.py, which repairs numbers through swap.py,
which imports trust.py.
"""
from __future__ import annotations

import unicodedata

# letters that Unicode does not decompose into a base letter + accent
_BASE = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss",
                       "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D"})


def fold_char(ch: str) -> str:
    """``ch`` without accents ("ó" → "o", "ł" → "l"); ``ch`` itself when it has no base letter."""
    base = unicodedata.normalize("NFKD", ch.translate(_BASE))
    return "".join(c for c in base if not unicodedata.combining(c)) or ch
