"""Fuzzing untrusted text: any Unicode string (every category, surrogates included) either translates or,
when it is empty or whitespace only, or over the input caps (s2s_core/limits.py), is the documented
ValueError. Nothing else is ever raised."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ANY_CHAR = st.characters(exclude_categories=())          # all categories, surrogates (Cs) included
BLANKISH = st.sampled_from(" \t\n\r\x0b\x0c\x1c\x85\u00a0\u2028\u3000\u200b\ufeff.!?。…")
TRICKY = st.sampled_from(["\ud800", "\udfff", "\ud83d", "\u202e", "\u2066", "\u200b", "\x00", "\x1b", "\x7f", "😀",
                          "👨\u200d👩\u200d👧", "🇫🇷", "你", "好", "م", "ر", "<", ">", "&", "\u0301", "\ufffd",
                          "\U0010ffff", "\ufdd0", "a", "b", "c", " ", ".", "\n"])
TEXTS = st.one_of(st.text(ANY_CHAR, max_size=300),
                  st.lists(st.one_of(ANY_CHAR, TRICKY), max_size=200).map("".join),   # TRICKY has clusters
                  st.text(BLANKISH, max_size=20),            # near the empty/whitespace boundary
                  st.text(st.sampled_from("abcdefghijkl .!?\n"), max_size=400))
FUZZ = settings(max_examples=60, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@FUZZ
@given(text=TEXTS)
def test_any_text_translates_or_is_the_documented_empty_error(tr, text):
    if not text.strip():
        try:
            tr.translate(text, beam_size=2)
        except ValueError as e:
            assert "Please enter some text to translate" in str(e)
        else:
            raise AssertionError(f"no error for whitespace-only input {text!r}")
        return
    if tr._limited_segments(text)[1]:
        try:
            tr.translate(text, beam_size=2)
        except ValueError as e:
            assert "Please translate it in smaller parts" in str(e) or "Nothing to translate" in str(e)
        else:
            raise AssertionError(f"no error for input over the caps {text!r}")
        return
    t = tr.translate(text, beam_size=2)
    assert t.source == text and t.error is None
    assert t.best is not None and t.best.tokens[-1] == "</s>"


@settings(max_examples=300, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(ANY_CHAR, max_size=2000))
def test_splitting_keeps_every_visible_character_in_order(tr, text):
    """Sentence splitting and chunking never drop or reorder anything but whitespace (no model run)."""
    from s2s_core.translator import _tokenizable
    clean = _tokenizable(text)
    segments = tr._segments(clean)
    assert "".join("".join(s.split()) for s in segments) == "".join(clean.split())
    assert all(s.strip() for s in segments)
