"""The phrase tables' screen (s2s_core/pattern_screen.py): a pattern is skipped only where it cannot match."""
import itertools
import re
from re import _constants as C, _parser as P      # re's own parse tree: the check of the scan, in tests only

import pytest

from s2s_core import pattern_screen
from s2s_core.pattern_screen import folded, may_match, needs, needs_of, table
from s2s_core.phrasing import _NEEDS, _PHRASES, SCREEN_TABLE, THEMES, _capital_kept, read_phrases


@pytest.mark.parametrize("pattern,needed", [
    (r"\b(?:is|are)\s+out\s+of\s+stock\b", ("stock",)),
    (r"\b(kept|keeps)\s+(me|us)\s+up\s+all\s+night", ("night",)),
    (r"\b(?:hotel|hostel)\s+room", ("hostel", "hotel")),
    (r"\b(?:book|reserve)\b", ("book", "reserve")),
    (r"(?-i:HR)\b", ("hr",)),
    (r"\bcolou?rs\b", ("colo",)),                       # an optional letter ends the run
    (r"\b(?:metres?|meters?)\s+tall", ("meter", "metre")),
    (r"(?<=\bnot\s)\s*fine(?!\s+print)", ("fine",)),    # what a lookaround holds is not needed
    (r"\bgo(?:ne)?\s+on\b", ("go",)),                   # nor what an optional group holds
    (r"(?:ab)+cd", ("ab",)),                            # a repeat of at least one copy needs what the copy does
    (r"\b(?:\w+|a)\s+", ()),                            # nothing every match holds: never skipped
    (r"(?:is|)\s+up", ("up",)),                         # an empty branch needs nothing
    ("caf\u00e9", ("caf",)),                           # a non-ASCII letter is not compared
    (r"(?x) out \s of", ()),                            # constructs the scan does not read: always run
    (r"(?i)stock", ()),
    (r"a{2,3}b", ("a",)),
    (r"x\u00e9t\x41\N{LATIN SMALL LETTER E}(y)\1abc", ("abc",)),    # an escape's digits are not letters
    (r"x{", ()),
])
def test_a_pattern_needs_a_word_every_match_holds(pattern, needed):
    assert needs(re.compile(pattern, re.IGNORECASE)) == needed


def test_the_text_is_compared_as_a_case_blind_regex_sees_it():
    # re.IGNORECASE matches "k" to the Kelvin sign and "s" to a long s, which str.lower leaves
    assert folded("OUT OF \u212aEYS, \u017fTOCK") == "out of keys, stock"
    assert may_match(("stock",), folded("Out of \u017fTOCK")) and re.search("stock", "\u017fTOCK", re.I)
    assert not may_match(("stock",), folded("I was charged twice."))


_SMALL = 4096          # the most strings a piece of pattern may spell for the check to list them
_GAP = "\0"           # text no needed string spans (a class, a long repeat): holding a needed string beside one is
                      # as sure as without it, whatever it stands for, the empty string too


def _spelt(item) -> set | None:
    """The strings (folded) that one parsed item matches, each unsure part a ``_GAP``, or None if too many."""
    op, av = item
    if op is C.LITERAL:
        return {chr(av).lower() if av < 128 else _GAP}
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {""}
    if op is C.SUBPATTERN:
        return _spelt_seq(av[3])
    if op is C.BRANCH:
        alts = [_spelt_seq(a) for a in av[1]]
        return None if any(a is None for a in alts) or sum(map(len, alts)) > _SMALL else set().union(*alts)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        one = _spelt_seq(av[2])
        if one is None or len(one) ** min(av[1], 2) > _SMALL:
            return None
        if av[1] <= 2:
            return {"".join(p) for n in range(av[0], av[1] + 1) for p in itertools.product(one, repeat=n)}
        return {"".join(p) + _GAP for p in itertools.product(one, repeat=min(av[0], 2))}
    return {_GAP}


def _spelt_seq(seq) -> set | None:
    out = {""}
    for item in seq:
        s = _spelt(item)
        if s is None or len(out) * len(s) > _SMALL:
            return None
        out = {a + b for a in out for b in s}
    return out


def _holds(seq, needed) -> bool:
    """Whether every match of the parsed ``seq`` holds one of ``needed``, read off re's parse tree: some run of
    items that spell few strings holds one in each, or an item that must match does (a group, a repeat of ≥ 1,
    every branch of an alternation)."""
    items = list(seq)
    for i in range(len(items)):
        out = {""}
        for item in items[i:]:
            s = _spelt(item)
            if s is None or len(out) * len(s) > _SMALL:
                break
            out = {a + b for a in out for b in s}
            if all(any(n in o for n in needed) for o in out):
                return True
    for op, av in items:
        if op is C.SUBPATTERN and _holds(av[3], needed):
            return True
        if op is C.BRANCH and all(_holds(a, needed) for a in av[1]):
            return True
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1 and _holds(av[2], needed):
            return True
    return False


def test_every_phrase_pattern_gets_a_screen_re_confirms():
    """For every pattern of THEMES (those other helpers add too): the strings the scan says it needs are ones every
    match holds by re's own parse tree, or it has none (it always runs)."""
    wrong = [p.pattern for p, _ in _PHRASES
             if needs(p) and not _holds(P.parse(p.pattern, p.flags), needs(p))]
    assert not wrong, wrong[:5]
    patterns = [p for theme in THEMES for p, _ in theme.PHRASES]
    screened = sum(bool(n) for n in _NEEDS)
    assert len(_NEEDS) == len(patterns) and screened >= 0.95 * len(patterns)   # the screen keeps its speed


def test_the_stored_table_has_every_pattern_as_the_scan_reads_it():
    """phrasing/screen_needs.json (read at import, so the ~1,600 patterns are not scanned in every process) is
    behind the tables: run ``python -m s2s_core.pattern_screen`` and commit the file."""
    assert pattern_screen.json.loads(SCREEN_TABLE.read_text(encoding="utf-8")) == table(p for p, _ in _PHRASES)
    assert needs_of((p for p, _ in _PHRASES), SCREEN_TABLE.with_name("absent.json")) == _NEEDS


def _unscreened(text: str) -> str:
    for phrase, reading in _PHRASES:
        text = phrase.sub(lambda m, r=reading: _capital_kept(m, r), text)
    return text


@pytest.mark.parametrize("typed", [
    "The shoes are out of stock.", "I was charged twice for my order.", "Can I book a table for two?",
    "HR said the meeting kept us up all night.", "Nothing to read here.", "Heavy rain is expected tonight.",
])
def test_screened_tables_read_as_the_full_loop(typed):
    assert read_phrases(typed) == _unscreened(typed)


@pytest.mark.parametrize("typed", [
    "The shoes are out of stock.", "I was charged twice, so I disputed the charge.", "", "a", "x y",
    "HR kept us up all night and the hotel room was out of stock.", "\u212aEEP IT \u017fAFE", "Can I book it?",
])
def test_the_screen_finds_the_patterns_may_match_finds(typed):
    low = folded(typed)
    for start in (0, 1, 700):
        expected = [i for i, needed in enumerate(_NEEDS) if i >= start and may_match(needed, low)]
        assert pattern_screen.Screen(_NEEDS).candidates(low, start) == expected
    assert pattern_screen.Screen([(), ("ab",), ("b",), ("zz", "a")]).candidates("cab") == [0, 1, 2, 3]


class _NeverDisjoint(frozenset):
    def isdisjoint(self, other):
        return False


@pytest.mark.parametrize("french", [
    "Mon voisin Claire est grand.", "Julia est mon meilleur ami.", "Sarah et Claire sont mes meilleurs amis.",
    "Julie peut-il venir ?", "Anna, Emma et Julie peuvent-ils venir ?", "Mon voisin Paul est grand.",
    "Demandez à votre patronne Thomas.", "Mon ami l'Emma est là.", "Le député de Charlotte est très mêlé.",
    "MON VOISIN CLAIRE EST ICI.", "Il est grand.", "Ma sœur-Claire est prête.", "Claire's est grand.",
])
def test_a_translation_without_her_name_skips_the_feminine_patterns(french, monkeypatch):
    from s2s_core import name_forms
    screened = (name_forms.feminine(french), name_forms.mend(french, french))
    monkeypatch.setattr(name_forms, "_HERS_SET", _NeverDisjoint(name_forms._HERS_SET))
    assert screened == (name_forms.feminine(french), name_forms.mend(french, french))


# -- latency34: the phrase patterns are compiled where first used (pattern_screen.Lazy), not at import ----------------
def test_a_lazy_pattern_compiles_on_first_use_as_re_compile_would():
    lazy = pattern_screen.Lazy(r"\b(?:book|reserve)\s+a\s+table\b", re.IGNORECASE)
    eager = re.compile(r"\b(?:book|reserve)\s+a\s+table\b", re.IGNORECASE)
    assert lazy._compiled is None and (lazy.pattern, lazy.flags) == (eager.pattern, eager.flags)
    assert pattern_screen.key(lazy) == pattern_screen.key(eager) and needs(lazy) == needs(eager) != ()
    assert lazy.sub("hold a table", "Can I Book a table?") == eager.sub("hold a table", "Can I Book a table?")
    assert lazy.compiled() is lazy.compiled() and lazy.compiled().pattern == eager.pattern


def test_the_phrase_tables_are_lazy_and_each_compiles_as_typed():
    """Not compiled at import (~0.65 s of the load); each one's flags as re.compile's (the stored table's key),
    and each compiles (an error shows here, not in a visitor's sentence)."""
    assert all(isinstance(p, pattern_screen.Lazy) for p, _ in _PHRASES)
    wrong = [p.pattern for p, _ in _PHRASES if p.compiled().flags != p.flags]
    assert not wrong, wrong[:3]
