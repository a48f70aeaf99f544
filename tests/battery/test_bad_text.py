"""Untrusted text through the Translator: empty and odd Unicode, markup, huge inputs, bad batch lines and
decoding settings out of range (the rules SECURITY.md documents). Complements tests/unit/test_translator.py."""
from __future__ import annotations

import math
import re
import time

import pytest

from battery_support import LETTERS, ROOT, letters_paragraph
from s2s_core.translator import MAX_BEAM, MAX_SOURCE_PIECES, MAX_TARGET, DecodeSettings

TIME_LIMIT = 30.0     # seconds per call; generous: each takes well under a second on the tiny model

UNICODE_BLANKS = ["\u3000", "\u00a0\u2003\u2009", "\r\n\r\n", "\x0b\x0c", "\u2028\u2029", "\x1c\x1d\x1e\x1f \x85",
                  " \t" * 500]


@pytest.mark.parametrize("text", UNICODE_BLANKS, ids=lambda t: ascii(t)[:20])
def test_unicode_whitespace_is_the_readable_empty_input_error(tr, text):
    with pytest.raises(ValueError, match="Please enter some text to translate"):
        tr.translate(text)
    [line] = tr.translate_batch([text])
    assert line.error == "empty line" and line.hypotheses == []


ODD_TEXTS = {
    "control characters": "a b\x00c\x07 d\x1b[31m e\x7f f\x08g\x01\x02\x03",
    "zero-width and bidi marks": "a\u200bb \u200c\u200dc \u202ed e\u202c \u2066f\u2069 \ufeffg \u061c\u200e\u200fh",
    "only zero-width marks": "\u200b\u200c\u200d\u2060\ufeff",
    "200 emoji": "😀🎉👍🏽👨‍👩‍👧‍👦🇫🇷" * 40,
    "Arabic": "مرحبا بالعالم. كيف حالك اليوم؟ أنا بخير، شكرا جزيلا!",
    "Chinese": "你好，世界。今天天气很好！我们去公园散步吧？",
    "HTML and script": "<script>alert('x')</script> <img src=x onerror=alert(1)> <b>a</b> &amp; b",
    "lone surrogates (Python callers only)": "a \ud800 b \udfff c",
    "combining marks": "a" + "\u0301" * 300,
    "private use and noncharacters": "\ue000\uf8ff\U000f0000 \uffff\ufdd0 \U0010ffff",
}


@pytest.mark.parametrize("name", list(ODD_TEXTS))
def test_odd_text_translates_in_bounded_time(tr_unlimited, name):
    tr = tr_unlimited
    text = ODD_TEXTS[name]
    t0 = time.perf_counter()
    if not any(ch.isalnum() for ch in text):          # emoji or marks alone: nothing to translate, said at once
        with pytest.raises(ValueError, match="Nothing to translate"):
            tr.translate(text)
        assert time.perf_counter() - t0 < 1.0
        return
    t = tr.translate(text)
    assert time.perf_counter() - t0 < TIME_LIMIT
    assert t.source == text and t.error is None
    assert t.best is not None and t.best.tokens[-1] == "</s>" and isinstance(t.best.text, str)
    assert all(math.isfinite(x) for x in t.best.token_log_probs)
    for part in t.sentences or [t]:
        assert len(part.source_tokens) <= MAX_SOURCE_PIECES + 1


@pytest.mark.parametrize("name", list(ODD_TEXTS))
def test_odd_text_within_the_default_caps_translates_and_above_them_is_refused(tr, name):
    text = ODD_TEXTS[name]
    parts, why = tr._limited_segments(text)
    if why:
        with pytest.raises(ValueError, match="Please translate it in smaller parts|Nothing to translate"):
            tr.translate(text)
    else:
        assert tr.translate(text).best is not None


def test_huge_inputs_are_refused_at_once_with_the_default_caps(tr):
    for text in ("".join(LETTERS[(i * 7) % len(LETTERS)] for i in range(5000)), letters_paragraph(18_000)[0]):
        t0 = time.perf_counter()
        with pytest.raises(ValueError, match="too long to translate at once"):
            tr.translate(text)
        assert time.perf_counter() - t0 < 1.0
        [line] = tr.translate_batch([text])
        assert "too long" in line.error and line.hypotheses == []


def test_5000_character_token_in_bounded_time_with_default_settings(tr_unlimited):
    tr = tr_unlimited                            # caps raised by the operator: chunking still bounds the work
    word = "".join(LETTERS[(i * 7) % len(LETTERS)] for i in range(5000))
    t0 = time.perf_counter()
    t = tr.translate(word)                       # the app's defaults: beam 5, automatic max length
    assert time.perf_counter() - t0 < TIME_LIMIT
    assert "".join(s.source for s in t.sentences) == word
    assert all(s.best is not None for s in t.sentences)


def test_18000_character_paragraph_is_split_and_fully_translated(tr_unlimited):
    tr = tr_unlimited
    text, sents = letters_paragraph(18_000, seed=11, long_every=40)   # with a few 700-word run-ons
    assert len(text) >= 18_000
    t0 = time.perf_counter()
    t = tr.translate(text)
    assert time.perf_counter() - t0 < 4 * TIME_LIMIT
    parts = t.sentences
    assert len(parts) >= len(sents)              # every sentence has a part (run-ons have several)
    assert all(p.best is not None and p.best.tokens[-1] == "</s>" for p in parts)
    # the parts are the input, in order, word for word: nothing dropped
    assert " ".join(p.source for p in parts).split() == text.split()
    # and every part reached the model whole
    for p in parts:
        assert p.source_tokens[:-1] == tr.tokenizer.id_to_piece(tr.tokenizer.encode(p.source))
        assert len(p.source_tokens) <= MAX_SOURCE_PIECES + 1
    letters = sum(c in LETTERS for c in text)
    seen = "".join(tok for p in parts for tok in p.source_tokens if tok not in ("</s>", "<unk>")).replace("\u2581", "")
    assert sum(c in LETTERS for c in seen) == letters
    assert t.source_tokens == [tok for p in parts for tok in p.source_tokens]
    assert t.best.text == " ".join(p.best.text for p in parts)


def test_batch_with_good_and_bad_lines_reports_each_bad_line(tr_unlimited):
    lines = ["a b c", None, "", "\u3000\n", b"a b", "d e. f g", ["a"], 3.5, "\u200b", "a" * 1000]
    out = tr_unlimited.translate_batch(lines, beam_size=2)          # type: ignore[arg-type]
    assert len(out) == len(lines)
    from s2s_core.translator import NOTHING_TO_TRANSLATE
    expected = {1: "not text (NoneType)", 2: "empty line", 3: "empty line", 4: "not text (bytes)",
                6: "not text (list)", 7: "not text (float)", 8: NOTHING_TO_TRANSLATE}
    for i, t in enumerate(out):
        if i in expected:
            assert t.error == expected[i] and t.hypotheses == [], (i, t.error)
        else:
            assert t.error is None and t.best is not None and t.source == lines[i], i
    assert [s.source for s in out[5].sentences] == ["d e.", "f g"]
    assert len(out[9].sentences) >= 1000 // MAX_SOURCE_PIECES


@pytest.mark.parametrize("kwargs, match", [
    (dict(beam_size=0), "beam size"),
    (dict(beam_size="3"), "beam size"),
    (dict(beam_size=True), "beam size"),
    (dict(beam_size=float("inf")), "beam size"),
    (dict(n_best=2.5), "n-best"),
    (dict(n_best=float("nan")), "n-best"),
    (dict(length_penalty=-1e-9), "length penalty"),
    (dict(length_penalty=float("-inf")), "length penalty"),
    (dict(length_penalty="1"), "length penalty"),
    (dict(length_penalty=None), "length penalty"),
    (dict(max_length=float("nan")), "maximum length"),
    (dict(max_length=2.5), "maximum length"),
    (dict(min_length=float("nan")), "minimum length"),
    (dict(min_length=10**6), "exceeds the length limit"),
])
def test_bad_settings_are_clear_value_errors(tr, kwargs, match):
    with pytest.raises(ValueError, match=match):
        tr.translate("a b c", **kwargs)


def test_min_length_is_checked_per_line_and_reachable_at_the_limit(tr):
    # "a b c" is 3 pieces + </s>: its automatic limit is 2·4 + 10 = 18 target tokens
    t = tr.translate("a b c", beam_size=3, min_length=18)
    assert len(t.best.tokens) == 18
    out = tr.translate_batch(["a b c d e f g h i j", "a"], beam_size=2, min_length=20)
    assert out[0].error is None and len(out[0].best.tokens) >= 20
    assert "exceeds the length limit" in out[1].error and out[1].hypotheses == []
    with pytest.raises(ValueError, match="line 2"):
        tr.translate_batch(["a b c d e f g h i j", "a"], min_length=20, errors="raise")


def test_too_large_settings_are_clamped_with_notes_and_stay_bounded(tr):
    t0 = time.perf_counter()
    t = tr.translate("a b c", beam_size=10**9, n_best=10**9, max_length=10**6, length_penalty=5)
    assert time.perf_counter() - t0 < TIME_LIMIT
    assert len(t.hypotheses) <= MAX_BEAM
    assert {"beam size clamped to 64", "n-best clamped to the beam size (64)",
            "maximum length clamped to 1024 tokens"} <= set(t.notes)
    s, _ = DecodeSettings(beam_size=3.0, n_best=2.0, max_length=7.0).validated()   # whole-number floats
    assert (s.beam_size, s.n_best, s.max_length) == (3, 2, 7) and isinstance(s.beam_size, int)


def test_security_md_documents_the_limits_the_code_applies():
    doc = (ROOT / "SECURITY.md").read_text(encoding="utf-8")
    assert f"`MAX_BEAM` = {MAX_BEAM}" in doc and f"`MAX_TARGET` = {MAX_TARGET}" in doc
    assert f"`MAX_SOURCE_PIECES` = {MAX_SOURCE_PIECES}" in doc
    assert "min(2·source tokens + 10, 1.5·source tokens + 20)" in doc and "> 5" in doc
    from s2s_core.limits import ENV, RequestLimits
    caps = RequestLimits()
    assert f"at most {caps.max_chars:,} characters, {caps.max_sentences} sentences" in doc
    assert f"and {caps.max_pieces} source pieces" in doc and all(f"`{v}`" in doc for v in ENV.values())
    from ui.state import BOX_SLACK
    assert f"up to {BOX_SLACK}× the character cap (`ui/state.box_chars`)" in doc
    for section in ("Untrusted text", "Decoding settings", "Files", "Checkpoints", "Training runs", "Network"):
        assert re.search(rf"^##+ {section}$", doc, re.M), section
