"""The repair chain for numbers the translation copied wrong, in its order: first the numbers that lost or gained
a digit, a point or zeros are mended (``numbers.mended``), then a number garbled otherwise is replaced whole where
the mismatch is one for one (``swap.swapped``), then a lost dollar sign and the Hansards' "p. 100" are put right
(``numbers.lost_sign``).

Apart from numbers.py and swap.py because it needs both: swap.py reads numbers as trust.py does, and trust.py
imports numbers.py, so numbers.py cannot import swap.py without a cycle. fold.py repairs each translation with
``repair``; reading_notes.py says what was repaired with ``repaired``.
"""
from __future__ import annotations

from typing import NamedTuple

from .numbers import lost_sign, mended
from .swap import swapped


class Repaired(NamedTuple):
    text: str                      # the translation with its numbers written as the source has them
    garbled: str = ""              # the number the model garbled, replaced whole (swap.py), or ""
    now: str = ""                  # what the translation writes in its place, or ""


def repaired(text: str, source: str) -> Repaired:
    """``text`` (a translation of ``source``) with its damaged numbers written as the source has them, and the one
    number replaced whole, if any: what a note needs to say what changed."""
    text, garbled, now = swapped(mended(text, source), source)
    return Repaired(lost_sign(text, source), garbled, now)


def repair(text: str, source: str) -> str:
    """``text`` (a translation of ``source``) with its damaged numbers written as the source has them."""
    return repaired(text, source).text
