"""s2s_core.limits and s2s_core.streaming: input caps with plain messages, the target length limit,
sentence-by-sentence translation and the time estimate (on the tiny trained checkpoint)."""
from __future__ import annotations

import pytest

from s2s_core import Translator, streaming
from s2s_core.limits import ENV, RequestLimits, target_limit
from s2s_core.search import max_lengths
from s2s_core.translator import MAX_SOURCE_PIECES

SMALL = RequestLimits(max_chars=60, max_sentences=3, max_pieces=25)


@pytest.fixture(scope="module")
def tr(tiny_checkpoint) -> Translator:
    return Translator.from_checkpoint(tiny_checkpoint)


@pytest.fixture
def small(tr, monkeypatch) -> Translator:
    monkeypatch.setattr(tr, "limits", SMALL)
    return tr


def test_target_limit():
    assert [target_limit(n) for n in (1, 4, 10, 20, 40, 201)] == [12, 18, 30, 50, 80, 321]
    assert target_limit(201, max_length=50) == 50
    assert target_limit(MAX_SOURCE_PIECES + 1) < 2 * (MAX_SOURCE_PIECES + 1) + 10     # was 412 steps
    import torch
    assert max_lengths(torch.ones(2, 40, dtype=torch.bool), None) == [80, 80]


def test_limits_from_the_environment():
    assert RequestLimits.from_env({}) == RequestLimits()
    env = {ENV["max_chars"]: "5000", ENV["max_sentences"]: " 12 ", ENV["max_pieces"]: ""}
    assert RequestLimits.from_env(env) == RequestLimits(max_chars=5000, max_sentences=12)
    for bad in ("0", "-3", "1e4", "many"):
        with pytest.raises(ValueError, match="S2S_MAX_INPUT_CHARS"):
            RequestLimits.from_env({ENV["max_chars"]: bad})


@pytest.mark.parametrize("text, match", [
    ("a b " * 40, r"too long to translate at once \(160 characters; the limit is 60\)"),
    ("a. b. c. d.", "4 sentences; at most 3"),
    ("a b c d e f g h i j k l a b c d e f g h i j k l a b c", r"model's pieces \(\d+; the limit is 25, about"),
])
def test_input_over_a_cap_is_refused_with_a_plain_message(small, text, match):
    with pytest.raises(ValueError, match=match) as err:
        small.translate(text)
    with pytest.raises(ValueError, match=match):
        small.translate_iter(text)                       # at the call, before any work
    ok, over = small.translate_batch(["a b c", text])
    assert ok.best is not None and over.error and over.hypotheses == []
    assert "Please translate it in smaller parts" in over.error
    with pytest.raises(ValueError, match="line 2: "):
        small.translate_batch(["a b c", text], errors="raise")
    assert small.input_problem(text) == str(err.value)
    assert small.translate("a b c. d e.").best is not None     # under every cap
    assert small.input_problem("a b c. d e.") is None and "empty" in small.input_problem(" ")


def test_translate_iter_yields_each_sentence_as_translate_would(tr):
    text = "a b c. d e f g. h i. j k l a. b c d. e f g h i j k"
    whole = tr.translate(text, beam_size=3, return_heads=False)
    parts = list(tr.translate_iter(text, beam_size=3, chunk=2, return_heads=False))
    assert [p.source for p in parts] == [s.source for s in whole.sentences]
    assert [p.best.text for p in parts] == [s.best.text for s in whole.sentences]
    assert [p.best.warnings for p in parts] == [s.best.warnings for s in whole.sentences]
    assert parts[0].best.heads is None
    assert next(tr.translate_iter("a b c", beam_size=2)).best.heads is not None   # heads by default


def test_translate_iter_does_only_the_work_asked_for(tr, monkeypatch):
    text = "a b. c d. e f. g h. i j. k l. a c. b d."
    assert len(tr.translate(text).sentences) == 8
    calls = []
    real = tr.translate_batch
    monkeypatch.setattr(tr, "translate_batch", lambda texts, **kw: calls.append(len(texts)) or real(texts, **kw))
    it = tr.translate_iter(text, chunk=4)
    assert calls == [0]                                   # checking the settings decodes nothing
    first = next(it)
    assert first.source == "a b." and calls == [0, 1]      # the first sentence alone, at once
    it.close()                                             # the caller stops: nothing more is decoded
    assert calls == [0, 1]
    calls.clear()
    assert len(list(tr.translate_iter(text, chunk=4))) == 8
    assert calls == [0, 1, 2, 4, 1]                        # batches grow to the chunk size


@pytest.mark.parametrize("kwargs, match", [(dict(beam_size=0), "beam size"), (dict(chunk=0), "chunk"),
                                           (dict(min_length=500), "minimum length")])
def test_translate_iter_refuses_bad_settings_at_the_call(tr, kwargs, match):
    with pytest.raises(ValueError, match=match):
        tr.translate_iter("a b c", **kwargs)
    with pytest.raises(ValueError, match="empty"):
        tr.translate_iter("  ")


def test_estimate_is_calibrated_once_and_proportional(tr, monkeypatch):
    monkeypatch.setattr(tr, "speed", {})
    lines = ["a b c d", "e f g", "h i j k l"]
    one = tr.estimate_seconds(lines, beam_size=2)
    assert one > 0 and list(tr.speed) == [(2, 64)]
    monkeypatch.setattr(tr, "translate_batch", lambda *a, **k: pytest.fail("calibrated twice"))
    assert tr.estimate_seconds(lines * 10, beam_size=2) == pytest.approx(10 * one)
    assert tr.estimate_seconds(["", "  "], beam_size=2) == 0.0
    rate = streaming.seconds_per_piece(tr, 2)
    assert one == pytest.approx(rate * streaming.source_pieces(tr, lines))
    over = "x " * tr.limits.max_chars                        # refused at once: no time (it had said "about 14 s")
    assert tr.estimate_seconds(lines + [over], beam_size=2) == pytest.approx(one)


def test_stream_batches_grow_to_the_chunk_and_cover_every_sentence():
    assert streaming.batches(0) == []
    assert streaming.batches(1) == [(0, 1)]
    assert streaming.batches(20, 8) == [(0, 1), (1, 3), (3, 7), (7, 15), (15, 20)]
    assert streaming.batches(5, 1) == [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)]


def test_uncapped_limits_for_the_trainers_own_work(tr, monkeypatch):
    from s2s_core.limits import UNCAPPED
    text = " ".join(["a b c."] * 40)                                     # 40 sentences: over the default 30
    assert "at most 30" in tr.input_problem(text)
    monkeypatch.setattr(tr, "limits", UNCAPPED)
    assert tr.input_problem(text) is None


def test_the_pieces_message_blames_emoji_only_for_text_dense_in_pieces():
    caps = RequestLimits(max_pieces=10)
    plain = caps.segments_problem(["a plain sentence of words"], lambda s: 12)
    dense = caps.segments_problem(["🙂🙂🙂"], lambda s: 12)
    assert "12; the limit is 10, about 35 characters of plain English" in plain and "Emoji" not in plain
    assert "Emoji, other scripts" in dense
