"""Skip a phrase pattern at once where the text lacks a word the pattern cannot match without.

``read_phrases`` runs ~1,500 patterns over every sentence, one ``sub`` each (~10 ms a sentence on an AVX2 EPYC,
most of the English reading's time), though nearly all of them cannot match. Each pattern's parse tree
tells strings one of which every match contains (``needs``: r"\\b(?:is|are)\\s+out\\s+of\\s+stock\\b" → {"stock"};
r"\\b(kept|keeps)\\s+me\\s+up" → {"me"} or another as long); a test ``s in text`` is ~50× cheaper than a ``sub``
that finds nothing, and the pattern runs only where one of them is in the text, so the result is the same
("I was charged twice." skips "out of stock" and the other patterns without their word, then reads the rest).

Case: the patterns ignore case, so the text is compared in lower case (``folded``), with the four characters
that a case-insensitive ``re`` matches to an ASCII letter though ``str.lower`` does not give it (dotless ı,
İ, long ſ, the Kelvin sign) folded to that letter.
"""
from __future__ import annotations

import re
from re import _constants as C, _parser as P
from typing import Optional

_REPEATS = tuple(op for op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)) if op is not None)
_FOLD = str.maketrans({"\u0131": "i", "\u0130": "i", "\u017f": "s", "\u212a": "k"})


def folded(text: str) -> str:
    """``text`` as the screen compares it: "İSTANBUL Kelvin" → "istanbul kelvin"."""
    return text.translate(_FOLD).lower()


def _longer(a: Optional[frozenset], b: Optional[frozenset]) -> Optional[frozenset]:
    """The requirement that screens out more: the one whose shortest string is longer."""
    if a is None or b is None:
        return a if b is None else b
    return a if min(map(len, a)) >= min(map(len, b)) else b


def _inner(op, av) -> Optional[frozenset]:
    """What a group, an alternation or a repeat of at least one copy requires (None: nothing known)."""
    if op is C.SUBPATTERN:
        return _required(av[3])
    if op is C.BRANCH:
        alts = [_required(b) for b in av[1]]
        return None if any(a is None for a in alts) else frozenset().union(*alts)
    if op in _REPEATS and av[0] >= 1:
        return _required(av[2])
    return None


def _required(seq) -> Optional[frozenset]:
    """Lower-case strings one of which any match of the parsed sequence ``seq`` contains (a run of ASCII
    literals, or a group's, an alternation's every branch's, a repeat's), or None."""
    best, run = None, []
    for op, av in seq:
        if op is C.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            best, run = _longer(best, frozenset(["".join(run)])), []
        best = _longer(best, _inner(op, av))
    return _longer(best, frozenset(["".join(run)])) if run else best


def needs(pattern: re.Pattern) -> tuple[str, ...]:
    """Strings one of which any match of ``pattern`` contains in ``folded`` form (empty: no screen)."""
    try:
        found = _required(P.parse(pattern.pattern, pattern.flags))
    except Exception:                        # a pattern re's private parser reads otherwise: never screened
        return ()
    return tuple(sorted(found)) if found and all(found) else ()


def may_match(needed: tuple[str, ...], low: str) -> bool:
    """Whether a pattern that ``needs`` one of ``needed`` may match the text whose ``folded`` form is ``low``."""
    return not needed or any(s in low for s in needed)
