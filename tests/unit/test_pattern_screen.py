"""The phrase tables' screen (s2s_core/pattern_screen.py): a pattern is skipped only where it cannot match."""
import re

import pytest

from s2s_core.pattern_screen import folded, may_match, needs
from s2s_core.phrasing import _PHRASES, _capital_kept, read_phrases


@pytest.mark.parametrize("pattern,needed", [
    (r"\b(?:is|are)\s+out\s+of\s+stock\b", ("stock",)),
    (r"\b(kept|keeps)\s+(me|us)\s+up\s+all\s+night", ("night",)),
    (r"\b(?:hotel|hostel)\s+room", ("room",)),
    (r"\b(?:book|reserve)\b", ("book", "reserve")),
    (r"(?-i:HR)\b", ("hr",)),
    (r"(?:\w+|a)\s+", ()),                              # nothing every match holds: never skipped
])
def test_a_pattern_needs_a_word_every_match_holds(pattern, needed):
    assert needs(re.compile(pattern, re.IGNORECASE)) == needed


def test_the_text_is_compared_as_a_case_blind_regex_sees_it():
    # re.IGNORECASE matches "k" to the Kelvin sign and "s" to a long s, which str.lower leaves
    assert folded("OUT OF \u212aEYS, \u017fTOCK") == "out of keys, stock"
    assert may_match(("stock",), folded("Out of \u017fTOCK")) and re.search("stock", "\u017fTOCK", re.I)
    assert not may_match(("stock",), folded("I was charged twice."))


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
