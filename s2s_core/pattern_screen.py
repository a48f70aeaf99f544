"""Skip a regex at once where the text lacks a word the regex cannot match without.

``read_phrases`` runs ~1,600 patterns over every sentence, one ``sub`` each (~3.5 ms a sentence on an AVX2 EPYC,
the English reading's largest cost), though nearly all of them cannot match. ``needs`` reads a pattern's source
for strings one of which every match contains (r"\\b(?:is|are)\\s+out\\s+of\\s+stock\\b" → ("stock",);
r"\\b(?:book|reserve)\\b" → ("book", "reserve")); a test ``s in text`` is ~50× cheaper than a ``sub`` that finds
nothing, and the pattern runs only where one of them is in the text, so the result is the same ("I was charged
twice." skips "out of stock" and the other patterns without their word, then reads the rest).

The scan (``needs``) is a plain reading of the pattern's text, no private ``re`` API: a run of ASCII literals is
needed; so is what a group needs, what every branch of an alternation needs (their union), what a repeat of at
least one copy needs. Anything it does not know for sure (a lookaround, a class, ``.``, an optional part, a
non-ASCII letter) adds nothing; a construct it does not read (``(?x)``, a conditional, a stray ``{``…) gives
``()``: the pattern always runs. tests/unit/test_pattern_screen.py checks it against ``re``'s own parse tree for
every pattern of the phrase tables.

Load: scanning the ~1,600 patterns takes ~0.1 s, so ``needs_of`` takes each pattern's strings from
``phrasing/screen_needs.json`` (keyed by a hash of the pattern), written by ``python -m s2s_core.pattern_screen``;
a pattern not in it (one added since) is scanned at import, and a test says when the file is behind.

Import: compiling the ~1,760 phrase patterns took ~0.65 s CPU at import (half of the app's load), while a sentence
screens in ~10–25 of them, so the tables hold ``Lazy`` patterns, compiled where first used ("Where is the train
station?" compiles 12): the same ``re.Pattern`` from then on, so the same result.

Case: the patterns ignore case, so the text is compared in lower case (``folded``), with the four characters
that a case-insensitive ``re`` matches to an ASCII letter though ``str.lower`` does not give it (dotless ı,
İ, long ſ, the Kelvin sign) folded to that letter.
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Iterable, Optional, Sequence

_FOLD = str.maketrans({"\u0131": "i", "\u0130": "i", "\u017f": "s", "\u212a": "k"})
_TOKEN = re.compile(r"""(?P<lits>[A-Za-z0-9 ,'"%&/:;<=>@_`~!\#-]+)        # ASCII characters that stand for themselves
    | \\(?P<esc>x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}|\d+|.)
    | (?P<cls>\[\^?\]?(?:\\.|[^\]\\])*\])
    | (?P<open>\((?:\?(?:[:=!]|<[=!]|P<\w+>|[aiLmsu]*(?:-[ims]+)?:))?)
    | (?P<close>\))
    | (?P<bar>\|)
    | (?P<quant>(?:[*+?]|\{(?P<least>\d*)(?:,\d*)?\})[?+]?)
    | (?P<other>.)""", re.VERBOSE | re.DOTALL)
_ANY = "bBAZsSdDwWxuUNntrfva0123456789"     # escapes that are not their own character (or are not ASCII-plain)


class _Unread(Exception):
    """A construct the scan does not read: the pattern gets no screen."""


def folded(text: str) -> str:
    """``text`` as the screen compares it: "İSTANBUL Kelvin" → "istanbul kelvin"."""
    return text.translate(_FOLD).lower()


def _longer(a: Optional[frozenset], b: Optional[frozenset]) -> Optional[frozenset]:
    """The requirement that screens out more: the one whose shortest string is longer."""
    if a is None or b is None:
        return a if b is None else b
    return a if min(map(len, a)) >= min(map(len, b)) else b


class _Seq:
    """One branch being read: its best requirement so far, the literal run it is in, the atom a quantifier
    may still take (("lit", "abc") or ("req", frozenset | None))."""
    __slots__ = ("best", "run", "last")

    def __init__(self):
        self.best, self.run, self.last = None, "", None

    def commit(self) -> None:
        if self.last is not None:
            kind, val = self.last
            if kind == "lit":
                self.run += val
            else:
                self.flush()
                self.best = _longer(self.best, val)
            self.last = None

    def flush(self) -> None:
        if self.run:
            self.best, self.run = _longer(self.best, frozenset([self.run])), ""

    def add(self, atom) -> None:
        self.commit()
        self.last = atom

    def repeat(self, least: int) -> None:
        """A quantifier on the last atom (on a run's last character): needed only if it repeats ≥ 1 time."""
        if self.last is None:
            raise _Unread("a quantifier with nothing before it")
        kind, val = self.last
        if kind == "lit" and len(val) > 1:
            self.run, val = self.run + val[:-1], val[-1:]
        self.last = None
        self.flush()
        need = (frozenset([val]) if kind == "lit" else val) if least >= 1 else None
        self.best = _longer(self.best, need)

    def result(self) -> Optional[frozenset]:
        self.commit()
        self.flush()
        return self.best


def _escape(char: str):
    """The atom ``\\char`` is: its character where it stands for itself and is plain ASCII, else nothing known
    (``char``: all the escape's characters, "x41", "12", "N{…}" too)."""
    if len(char) > 1 or char in _ANY or char.isalpha() or ord(char) >= 128:
        if char.isalpha() and char not in _ANY:
            raise _Unread("an escape re refuses or reads otherwise")
        return ("req", None)
    return ("lit", char)


def _close(alts: list, look: bool) -> Optional[frozenset]:
    """What a group needs: nothing for a lookaround, else the union of its branches' (each must need one)."""
    if look or any(a is None for a in alts):
        return None
    return frozenset().union(*alts)


def _scan(source: str) -> Optional[frozenset]:
    """Strings one of which any match of the pattern ``source`` contains, lower-cased (None: nothing known)."""
    stack, alts, seq, look = [], [], _Seq(), False
    for m in _TOKEN.finditer(source):
        kind = m.lastgroup
        if kind == "lits":
            seq.add(("lit", m.group().lower()))
        elif kind == "esc":
            seq.add(_escape(m.group("esc")))
        elif kind == "quant":
            seq.repeat(1 if m.group()[0] == "+" else int(m.group("least") or 0))
        elif kind == "open":
            if source.startswith("(?", m.start()) and m.group() == "(":
                raise _Unread("an inline flag, comment, conditional or other (?…) construct")
            seq.commit()
            stack.append((alts, seq, look))
            alts, seq, look = [], _Seq(), m.group()[1:3] in ("?=", "?!", "?<")
        elif kind == "bar":
            alts.append(seq.result())
            seq = _Seq()
        elif kind == "close":
            if not stack:
                raise _Unread("an unbalanced )")
            inner = _close(alts + [seq.result()], look)
            alts, seq, look = stack.pop()
            seq.add(("req", inner))
        elif m.group() == "{":
            raise _Unread("a { that is no quantifier")
        else:                                              # a class, . ^ $ } ] or a non-ASCII character
            seq.add(("req", None))
    if stack:
        raise _Unread("an unclosed (")
    return _close(alts + [seq.result()], False)


class Lazy:
    """``re.compile(source, flags)`` done where first used: ``pattern`` and ``flags`` as the compiled pattern's
    (what ``needs`` and ``key`` read, without compiling), any other attribute (``sub``, ``search``…) the compiled
    pattern's. ``Lazy(r"\\bbook\\b", re.I).sub(…)`` compiles, then behaves as
    ``re.compile(r"\\bbook\\b", re.I).sub(…)``."""
    __slots__ = ("pattern", "flags", "_given", "_compiled")

    def __init__(self, source: str, flags: int = 0):
        self.pattern, self._given, self._compiled = source, flags, None
        self.flags = int(flags | (re.UNICODE if isinstance(source, str) and not flags & re.ASCII else 0))

    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self._given)
        return self._compiled

    def __getattr__(self, name: str):
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"Lazy({self.pattern!r}, {self._given})"


def needs(pattern: re.Pattern | Lazy) -> tuple[str, ...]:
    """Strings one of which any match of ``pattern`` contains in ``folded`` form (empty: no screen)."""
    if pattern.flags & re.VERBOSE:
        return ()
    try:
        found = _scan(pattern.pattern)
    except _Unread:
        return ()
    return tuple(sorted(found)) if found and all(found) else ()


def may_match(needed: tuple[str, ...], low: str) -> bool:
    """Whether a pattern that ``needs`` one of ``needed`` may match the text whose ``folded`` form is ``low``."""
    return not needed or any(s in low for s in needed)


class Screen:
    """Which patterns of a list may match a text, found from the text's letter pairs rather than a test per
    pattern (~1,600 ``may_match`` calls cost ~1 ms a sentence): each needed string is looked for only where the text
    has its first two characters ("I was charged twice." → the patterns needing "charged", "twice", "was"…)."""

    def __init__(self, needed: Sequence[tuple[str, ...]]):
        self.always = [i for i, n in enumerate(needed) if not n]
        users: dict[str, list[int]] = {}
        for i, strings in enumerate(needed):
            for s in strings:
                users.setdefault(s, []).append(i)
        self.by_pair: dict[str, list[tuple[str, list[int]]]] = {}
        for s, ids in users.items():
            self.by_pair.setdefault(s[:2], []).append((s, ids))
        self.short = [(s, ids) for s, ids in users.items() if len(s) < 2]

    def candidates(self, low: str, start: int = 0) -> list[int]:
        """In order, the patterns from the ``start``-th on that may match the text whose ``folded`` form is
        ``low`` (exactly those whose ``may_match`` is true)."""
        found = set(self.always)
        pairs = {low[i:i + 2] for i in range(len(low) - 1)}
        for pair in pairs.intersection(self.by_pair):
            for s, ids in self.by_pair[pair]:
                if s in low:
                    found.update(ids)
        for s, ids in self.short:
            if s in low:
                found.update(ids)
        return sorted(i for i in found if i >= start)


def key(pattern: re.Pattern) -> str:
    """The stored table's key of ``pattern``: a hash of its flags and text."""
    return hashlib.blake2b(f"{pattern.flags}:{pattern.pattern}".encode(), digest_size=8).hexdigest()


def table(patterns: Iterable[re.Pattern]) -> dict[str, list[str]]:
    """What ``needs_of`` stores for ``patterns``: {key: needed strings}."""
    return {key(p): list(needs(p)) for p in patterns}


def needs_of(patterns: Iterable[re.Pattern], stored: Path) -> tuple[tuple[str, ...], ...]:
    """``needs`` of each pattern, read from the table at ``stored`` where it has the pattern, else scanned."""
    try:
        known = json.loads(stored.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        known = {}
    return tuple(tuple(known[k]) if (k := key(p)) in known else needs(p) for p in patterns)


def write_table(patterns: Iterable[re.Pattern], stored: Path) -> None:
    """Store ``table(patterns)`` at ``stored`` (sorted, one entry a line, so a diff shows what changed)."""
    entries = sorted(table(patterns).items())
    lines = ",\n".join(f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in entries)
    stored.write_text("{\n" + lines + "\n}\n", encoding="utf-8")


if __name__ == "__main__":                     # python -m s2s_core.pattern_screen: write the phrase tables' file
    from s2s_core import phrasing
    write_table((p for p, _ in phrasing._PHRASES), phrasing.SCREEN_TABLE)
    print(f"{phrasing.SCREEN_TABLE}: {len(phrasing._PHRASES)} patterns")
