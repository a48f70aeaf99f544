"""s2s_core.translator: the public API the app, CLI and benchmarks use (on tiny trained checkpoints)."""
from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
import torch

from s2s_core import Translation, Translator, checkpoint
from s2s_core.search import SearchHyp
from s2s_core.search.repetition import SUBWORD_VOCAB, is_word_piece
from s2s_core.clauses import LONG_SENTENCE_PIECES
from s2s_core.limits import RequestLimits
from s2s_core.translator import (MAX_BEAM, MAX_SOURCE_PIECES, MAX_TARGET, DecodeSettings, sentence_breaks,
                                 split_sentences)


NO_LIMITS = RequestLimits(max_chars=10**6, max_sentences=10**5, max_pieces=10**6)


@pytest.fixture(scope="module")
def tr(tiny_checkpoint) -> Translator:
    return Translator.from_checkpoint(tiny_checkpoint)


@pytest.fixture(scope="module")
def gru(tiny_gru_checkpoint) -> Translator:
    return Translator.from_checkpoint(tiny_gru_checkpoint)


def check_hypothesis(t: Translation, h, tok, alpha=1.0, heads_shape=None):
    assert h.tokens[-1] == "</s>" and "</s>" not in h.tokens[:-1]
    assert h.tokens == tok.id_to_piece(h.ids)
    assert h.text == tok.decode(h.ids)
    assert len(h.token_log_probs) == len(h.tokens)
    assert h.log_prob == pytest.approx(sum(h.token_log_probs), abs=1e-4)
    assert h.score == pytest.approx(h.log_prob / len(h.tokens) ** alpha, abs=1e-4)
    assert all(lp <= 0 for lp in h.token_log_probs)
    assert h.attention.shape == (len(h.tokens), len(t.source_tokens))
    np.testing.assert_allclose(h.attention.sum(1), 1.0, atol=1e-4)
    if heads_shape is None:
        assert h.heads is None
    else:
        assert h.heads.shape == (len(h.tokens), *heads_shape, len(t.source_tokens))
    assert len(h.alternatives) == len(h.tokens)
    for pos in h.alternatives:
        assert all(isinstance(p, str) and isinstance(lp, float) for p, lp in pos)


def test_from_checkpoint_and_translate(tr, tiny_checkpoint):
    assert tr.config.arch == "transformer"
    assert tr.meta["path"] == str(tiny_checkpoint)
    assert "lr" in tr.meta["train_config"]
    assert not tr.model.training
    t = tr.translate("a b c d")
    assert isinstance(t, Translation)
    assert t.source == "a b c d"
    assert t.source_tokens == tr.tokenizer.pieces("a b c d") + ["</s>"]
    assert len(t.hypotheses) == 1 and t.best is t.hypotheses[0]
    assert t.sentences == [] and t.notes == [] and t.error is None and t.tree is None
    check_hypothesis(t, t.best, tr.tokenizer, heads_shape=(2, 2))


def test_translate_nbest_and_length_penalty(tr):
    for alpha in (0.0, 0.7):
        t = tr.translate("c a b", beam_size=4, n_best=4, length_penalty=alpha, return_heads=False)
        assert len(t.hypotheses) == 4
        assert [h.score for h in t.hypotheses] == sorted((h.score for h in t.hypotheses), reverse=True)
        assert len({tuple(h.ids) for h in t.hypotheses}) == 4
        for h in t.hypotheses:
            check_hypothesis(t, h, tr.tokenizer, alpha=alpha)


def test_rnn_translation_has_attention_but_no_heads(gru):
    t = gru.translate("a b c", beam_size=3, n_best=2)
    for h in t.hypotheses:
        check_hypothesis(t, h, gru.tokenizer)


@pytest.mark.parametrize("text", ["", "   ", "\n\t  \n"])
def test_empty_input_is_a_readable_error(tr, text):
    with pytest.raises(ValueError, match="(?i)empty"):
        tr.translate(text)


@pytest.mark.parametrize("text, kind", [(None, "NoneType"), (["a b"], "list"), (3, "int"), (b"a b", "bytes")])
def test_non_text_input_is_a_type_error_naming_its_type(tr, text, kind):
    with pytest.raises(TypeError, match=f"^expected str, got {kind}$"):
        tr.translate(text)  # type: ignore[arg-type]


@pytest.mark.parametrize("texts, kind", [("abc", "str"), (b"abc", "bytes"), (None, "NoneType"), (7, "int")])
def test_batch_of_one_string_is_a_type_error_not_one_line_per_letter(tr, texts, kind):
    with pytest.raises(TypeError, match=f"^expected a list of str, got {kind}$"):
        tr.translate_batch(texts)  # type: ignore[arg-type]


def test_split_sentences():
    assert split_sentences("a b c. d e f! g h? i\nJ k\n\n l") == ["a b c.", "d e f!", "g h?", "i", "J k", "l"]
    assert split_sentences("no split here") == ["no split here"]
    assert split_sentences("   ") == []
    assert split_sentences("Happy birthday! 🎉🎂") == ["Happy birthday! 🎉🎂"]              # nothing to read alone
    assert split_sentences("Hi! 🎉 See you. ...") == ["Hi!", "🎉 See you. ..."]
    assert split_sentences("🙂 Hi.") == ["🙂 Hi."] and split_sentences("?! Hi.") == ["?!", "Hi."]


def test_sentence_breaks_keep_line_breaks_and_paragraphs():
    text = "a b c. d e f! g h? i\nJ k\n\n l"
    assert sentence_breaks(text, split_sentences(text)) == [" ", " ", " ", "\n", "\n\n", ""]
    text = "a. a.\n \n\na."                                  # a repeated sentence: each found after the last
    assert sentence_breaks(text, split_sentences(text)) == [" ", "\n\n", ""]
    assert sentence_breaks("", []) == []


def test_paragraph_is_split_and_joined_block_diagonally(tr):
    text = "a b c. d e f g!\nh i"
    t = tr.translate(text, beam_size=3)
    assert t.source == text
    assert [s.source for s in t.sentences] == ["a b c.", "d e f g!", "h i"]
    assert len(t.hypotheses) == 1
    best, parts = t.best, [s.best for s in t.sentences]
    assert best.tokens == [x for p in parts for x in p.tokens]
    assert best.ids == [x for p in parts for x in p.ids]
    assert best.text == f"{parts[0].text} {parts[1].text}\n{parts[2].text}"      # the line break stays
    assert t.source_tokens == [x for s in t.sentences for x in s.source_tokens]
    assert best.log_prob == pytest.approx(sum(p.log_prob for p in parts), abs=1e-4)
    assert best.score == pytest.approx(best.log_prob / len(best.tokens), abs=1e-4)
    assert best.token_log_probs == [x for p in parts for x in p.token_log_probs]
    assert len(best.alternatives) == len(best.tokens)
    # block-diagonal attention: each part's rows attend only to its own source, exactly as alone
    assert best.attention.shape == (len(best.tokens), len(t.source_tokens))
    np.testing.assert_allclose(best.attention.sum(1), 1.0, atol=1e-4)
    r = c = 0
    for s in t.sentences:
        rows, cols = len(s.best.tokens), len(s.source_tokens)
        np.testing.assert_allclose(best.attention[r:r + rows, c:c + cols], s.best.attention)
        assert best.attention[r:r + rows, :c].sum() == 0 and best.attention[r:r + rows, c + cols:].sum() == 0
        r, c = r + rows, c + cols
    # each part equals translating that sentence alone
    for s in t.sentences:
        alone = tr.translate(s.source, beam_size=3)
        assert alone.best.ids == s.best.ids


def test_prefix_needs_a_single_sentence(tr):
    with pytest.raises(ValueError, match="single sentence"):
        tr.translate("a b. c d.", prefix=["▁a"])


def test_forced_prefix_output_starts_with_it_and_continues(tr):
    free = tr.translate("a b c d e", beam_size=4)
    prefix = ["▁j", "▁j"]
    assert free.best.tokens[:2] != prefix
    t = tr.translate("a b c d e", beam_size=4, n_best=2, prefix=prefix)
    for h in t.hypotheses:
        assert h.tokens[:2] == prefix
        assert len(h.tokens) > 3 and h.tokens[-1] == "</s>"
        check_hypothesis(t, h, tr.tokenizer, heads_shape=(2, 2))
    g = tr.translate("a b c d e", beam_size=1, prefix=prefix)
    assert g.best.tokens[:2] == prefix and len(g.best.tokens) > 3


def test_translate_batch_reports_bad_lines_and_keeps_going(tr):
    lines = ["a b c", "", "d e f. g h", "   ", 42, "i j"]
    out = tr.translate_batch(lines, beam_size=3)   # type: ignore[list-item]
    assert len(out) == len(lines)
    assert [o.error for o in out] == [None, "empty line", None, "empty line", "not text (int)", None]
    for i in (1, 3, 4):
        assert out[i].hypotheses == [] and out[i].best is None
    assert out[4].source == "42"
    for i in (0, 2, 5):
        assert out[i].source == lines[i]
        alone = tr.translate(lines[i], beam_size=3)
        assert out[i].best.ids == alone.best.ids
        assert out[i].best.score == pytest.approx(alone.best.score, abs=1e-4)
        assert out[i].best.text == alone.best.text
    assert [s.source for s in out[2].sentences] == ["d e f.", "g h"]
    with pytest.raises(ValueError, match="line 2"):
        tr.translate_batch(["a", ""], errors="raise")


def test_translate_batch_many_lines_equals_one_by_one(tr):
    rng = random.Random(3)
    lines = [" ".join(rng.choice("abcdefghijkl") for _ in range(rng.randint(1, 12))) for _ in range(30)]
    batch = tr.translate_batch(lines, beam_size=2, return_heads=True)
    for line, b in zip(lines, batch):
        one = tr.translate(line, beam_size=2)
        assert b.best.ids == one.best.ids
        np.testing.assert_allclose(b.best.token_log_probs, one.best.token_log_probs, atol=1e-4)
        np.testing.assert_allclose(b.best.attention, one.best.attention, atol=1e-4)
        assert b.best.heads.shape == one.best.heads.shape


@pytest.mark.parametrize("kwargs, match", [
    (dict(beam_size=0), "beam size"),
    (dict(beam_size=-3), "beam size"),
    (dict(beam_size=2.5), "beam size"),
    (dict(length_penalty=-0.5), "length penalty"),
    (dict(length_penalty=float("nan")), "length penalty"),
    (dict(length_penalty=99), "length penalty"),
    (dict(n_best=0), "n-best"),
    (dict(min_length=-1), "minimum length"),
    (dict(max_length=0), "maximum length"),
    (dict(max_length=3, min_length=5), "exceeds"),
])
def test_invalid_settings_are_value_errors(tr, kwargs, match):
    with pytest.raises(ValueError, match=match):
        tr.translate("a b", **kwargs)
    with pytest.raises(ValueError, match=match):
        tr.translate_batch(["a b"], **kwargs)


def test_too_large_settings_are_clamped_with_notes(tr):
    t = tr.translate("a b c", beam_size=3, n_best=10)
    assert len(t.hypotheses) == 3
    assert any("n-best clamped" in n for n in t.notes)
    t = tr.translate("a b c", beam_size=2, max_length=10**6)
    assert any(f"clamped to {MAX_TARGET}" in n for n in t.notes)
    assert t.best.tokens[-1] == "</s>"
    s, notes = DecodeSettings(beam_size=1000, n_best=1000).validated()
    assert s.beam_size == MAX_BEAM and s.n_best == MAX_BEAM and len(notes) == 2
    batch = tr.translate_batch(["a b", "c"], beam_size=2, n_best=5)
    assert all(any("n-best clamped" in n for n in b.notes) for b in batch)
    # notes survive paragraph joining too
    t = tr.translate("a b. c d.", beam_size=2, n_best=4)
    assert any("n-best clamped" in n for n in t.notes)


def test_max_and_min_length(tr):
    t = tr.translate("a b c d e f", beam_size=3, max_length=3)
    assert len(t.best.tokens) <= 3 and t.best.tokens[-1] == "</s>"
    t = tr.translate("a", beam_size=3, min_length=9)
    assert len(t.best.tokens) >= 9


def test_translate_ids(tr):
    ids = [tr.tokenizer.encode(s) for s in ("a b c", "d e", "f g h i j")]
    res = tr.translate_ids(ids, beam_size=3, n_best=2)
    assert len(res) == 3
    for src_ids, hyps, text in zip(ids, res, ("a b c", "d e", "f g h i j")):
        assert len(hyps) == 2 and all(isinstance(h, SearchHyp) for h in hyps)
        assert hyps[0].ids == tr.translate(text, beam_size=3).best.ids
        assert hyps[0].attention.shape == (len(hyps[0].ids), len(src_ids) + 1)
    greedy = tr.translate_ids(ids, beam_size=1)
    assert greedy[0][0].ids == tr.translate("a b c", beam_size=1).best.ids


def test_translator_without_a_tokenizer_translates_ids(tr):
    """Ids in, ids out with no tokenizer (how the benchmarks drive the engine): same hypotheses as with it."""
    ids = [tr.tokenizer.encode(s) for s in ("a b c", "d e")]
    bare = Translator(tr.model, tokenizer=None)
    assert bare.guard.word_pieces is None
    assert [h[0].ids for h in bare.translate_ids(ids, beam_size=3)] == [h[0].ids for h in tr.translate_ids(ids, beam_size=3)]


def test_beam_one_uses_greedy_and_matches_beam_search(tr):
    a = tr.translate("a b c d", beam_size=1)
    b = tr.translate("a b c d", beam_size=1, return_tree=True)     # the tree needs beam search
    assert a.best.ids == b.best.ids
    assert a.best.score == pytest.approx(b.best.score, abs=1e-5)


def test_return_tree(tr):
    t = tr.translate("a b c", beam_size=3, n_best=3, return_tree=True)
    assert t.tree and all(n.status in ("active", "finished", "pruned") for n in t.tree)
    by_id = {n.id: n for n in t.tree}

    def path(n):
        out = []
        while n is not None:
            out.append(n.token)
            n = by_id.get(n.parent)
        return out[::-1]

    finished = [path(n) for n in t.tree if n.status == "finished"]
    for h in t.hypotheses:
        assert h.ids in finished


def test_very_long_unspaced_token_is_translated_in_chunks_not_truncated(tr, monkeypatch):
    monkeypatch.setattr(tr, "limits", NO_LIMITS)     # above the default caps (limits.py): raised by the operator
    rng = random.Random(0)
    word = "".join(rng.choice("abcdefghijkl") for _ in range(5000))
    t = tr.translate(word, beam_size=1, max_length=5)
    assert len(t.sentences) >= 5000 // MAX_SOURCE_PIECES
    for s in t.sentences:
        assert len(s.source_tokens) <= MAX_SOURCE_PIECES + 1
    # every character of the input reached the model, in order
    assert "".join(s.source for s in t.sentences) == word
    seen = "".join(p for s in t.sentences for p in s.source_tokens if p != "</s>").replace("\u2581", "")
    assert seen == word
    assert t.best.attention.shape == (len(t.best.tokens), len(t.source_tokens))


def test_long_chunks_respect_the_limit_with_uneven_subwords():
    """A huge token whose first half compresses into long subwords and second half into single
    characters must still be cut into chunks the model takes whole."""
    from s2s_core.config import ModelConfig
    from s2s_core.models import build_model
    from s2s_core.tokenizer import Tokenizer
    rng = random.Random(0)
    words = "hello world cat mat".split()
    texts = [" ".join(rng.choice(words) * rng.randint(1, 4) for _ in range(8)) for _ in range(300)]
    texts += [" ".join("0123456789")] * 20
    tok = Tokenizer.train(texts, 60, "unigram")
    assert len(tok.encode("hello" * 30)) < 20
    model = build_model(ModelConfig(vocab_size=tok.vocab_size, d_model=16, n_heads=2, enc_layers=1,
                                    dec_layers=1, ffn_dim=16))
    small = Translator(model, tok, limits=NO_LIMITS)
    word = "hello" * 800 + "".join(rng.choice("0123456789") for _ in range(1500))
    t = small.translate(word, beam_size=1, max_length=2)
    assert "".join(s.source for s in t.sentences) == word
    for s in t.sentences:
        assert len(s.source_tokens) <= MAX_SOURCE_PIECES + 1
        assert s.source_tokens[:-1] == tok.pieces(s.source)          # nothing cut off


def test_many_words_are_chunked_at_word_boundaries(tr, monkeypatch):
    monkeypatch.setattr(tr, "limits", NO_LIMITS)     # above the default caps (limits.py): raised by the operator
    rng = random.Random(1)
    words = [rng.choice("abcdefghijkl") for _ in range(700)]
    t = tr.translate(" ".join(words), beam_size=1, max_length=3)
    assert len(t.sentences) >= 4
    assert " ".join(s.source for s in t.sentences).split() == words
    assert all(len(s.source_tokens) <= MAX_SOURCE_PIECES + 1 for s in t.sentences)


def test_concurrent_requests_on_one_translator(tr):
    """One cached Translator serves many sessions: threads get the same results as sequential calls."""
    texts = ["a b c", "d e f g h", "i j k", "l k j i h g", "a", "b c d e f g h i j k l"] * 2
    expected = [tr.translate(x, beam_size=3, n_best=2).hypotheses for x in texts]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda x: tr.translate(x, beam_size=3, n_best=2).hypotheses, texts))
    for e, g in zip(expected, got):
        assert [h.ids for h in e] == [h.ids for h in g]
        np.testing.assert_allclose([h.score for h in e], [h.score for h in g], atol=1e-5)


def test_weights_not_matching_the_config_are_a_checkpoint_error(tiny_checkpoint, tmp_path):
    ck = checkpoint.load(tiny_checkpoint)
    ck["model_config"] = dict(ck["model_config"], d_model=64, ffn_dim=64)
    bad = tmp_path / "bad.pt"
    checkpoint.save({k: v for k, v in ck.items() if k not in ("format", "version")}, bad)
    with pytest.raises(checkpoint.CheckpointError, match="bad.pt.*do not match"):
        Translator.from_checkpoint(bad)


def test_translator_guard_follows_its_vocabulary(tr):
    """The repetition guard's word rule comes from the checkpoint's own vocabulary: none for this toy one
    (letter by letter), where the search must still be free to write "a a a"."""
    assert tr.tokenizer.vocab_size < SUBWORD_VOCAB and tr.guard.word_pieces is None
    w = next(i for i, p in enumerate(tr.tokenizer.id_to_piece(range(tr.tokenizer.vocab_size))) if is_word_piece(p))
    assert tr.guard.allows([w] * 4)


def test_translator_on_explicit_device_string(tiny_checkpoint):
    t = Translator.from_checkpoint(tiny_checkpoint, device="cpu")
    assert t.device == torch.device("cpu")
    assert next(t.model.parameters()).device.type == "cpu"


@pytest.mark.parametrize("text", ["a\u2028b", "a.b.c", "x\x0bz", "你好世界。مرحبا! 😀", "\u200b1",
                                  pytest.param("a " * 300, id="300-words")])
def test_odd_inputs_translate_without_errors(tr, text):
    t = tr.translate(text, beam_size=2, max_length=8)
    assert t.best.tokens[-1] == "</s>"
    assert t.best.attention.shape == (len(t.best.tokens), len(t.source_tokens))
    assert t.source_tokens[-1] == "</s>"


@pytest.mark.parametrize("text", ["\u200b", "\x00", "😀", "。", "... !!! ???", "\ufeff", "😀👍 ?!"])
def test_input_without_a_letter_or_digit_is_answered_with_a_message(tr, text):
    from s2s_core.translator import NOTHING_TO_TRANSLATE
    assert tr.input_problem(text) == NOTHING_TO_TRANSLATE
    with pytest.raises(ValueError, match="Nothing to translate"):
        tr.translate(text)
    assert tr.translate_batch(["a b", text])[1].error == NOTHING_TO_TRANSLATE


def test_a_long_sentence_is_searched_clause_by_clause_and_joined(tr):
    clauses = ["a b c d e f g h i j k l", "- m n o p q r s t u v w", "- x y a b c d e f g h i"]
    text = " ".join(clauses)
    assert len(tr.tokenizer.encode(text)) > LONG_SENTENCE_PIECES
    t = tr.translate(text, beam_size=3)
    assert [s.source for s in t.sentences] == clauses
    assert t.source == text and len(t.hypotheses) == 1
    assert any("3 parts" in n for n in t.notes)
    best = t.best
    assert best.ids == [x for s in t.sentences for x in s.best.ids]
    assert best.text == " ".join(s.best.text for s in t.sentences)
    assert all(s.best.text.startswith("- ") for s in t.sentences[1:])     # the dashes are put back
    # attention and every layer's heads block-diagonal: each clause sees only its own source
    assert best.heads.shape == (len(best.tokens), 2, 2, len(t.source_tokens))
    r = c = 0
    for s in t.sentences:
        rows, cols = len(s.best.tokens), len(s.source_tokens)
        np.testing.assert_allclose(best.attention[r:r + rows, c:c + cols], s.best.attention)
        np.testing.assert_allclose(best.heads[r:r + rows, :, :, c:c + cols], s.best.heads)
        assert best.heads[r:r + rows, :, :, :c].sum() == 0 and best.heads[r:r + rows, :, :, c + cols:].sum() == 0
        r, c = r + rows, c + cols
    # the same in a batch, and in a paragraph (whose parts are then the clauses, not the sentence)
    assert tr.translate_batch([text], beam_size=3)[0].best.ids == best.ids
    para = tr.translate("a b c. " + text, beam_size=3)
    assert [s.source for s in para.sentences] == ["a b c."] + clauses
    # a search tree or a forced prefix needs the whole sentence in one search
    assert tr.translate(text, beam_size=3, return_tree=True).sentences == []
    assert tr.translate(text, beam_size=3, prefix=["▁a"]).sentences == []


def test_control_characters_are_read_as_spaces_not_byte_pieces(tr):
    """Read as bytes ("<0x00>"), eight NULs after "I like cats." gave the default model an invented tail."""
    t = tr.translate("a b c\x00\x00\x1b d", beam_size=2)
    assert not any(p.startswith("<0x") for p in t.source_tokens)
    assert t.source_tokens == tr.translate("a b c d", beam_size=2).source_tokens


def test_a_note_two_sentences_share_is_shown_once(tr):
    """"Dear customer, your parcel could not be delivered today. You can pick it up tomorrow." said "Addressed with
    «vous»…" twice: both sentences had been put in "vous"."""
    from s2s_core.translator import DecodeConfig
    parts = [tr.translate("a b c"), tr.translate("d e f")]
    for p in parts:
        p.notes.append("Addressed with «vous».")
    joined = tr._join("a b c d e f", parts, DecodeConfig(), [])
    assert joined.notes.count("Addressed with «vous».") == 1


def test_a_family_word_called_is_said_written_in_french_not_as_typed():
    from s2s_core.fold import fold
    from s2s_core.letters import FAMILY
    from s2s_core.reading_notes import stand_in_note
    folded = fold("Thanks mum, mail a@b.org", lambda c: True, ("Tom", "Mary"), family=FAMILY)
    assert stand_in_note(folded) == (
        "Written as typed, not translated: a@b.org (the model read the name “Mary” in its place, a name it copies). "
        "The translation shows it in place of the model's word for it. Written as French calls the family: "
        "“mum” written “maman” (the model read the name “Tom” in its place).")


def test_a_reading_that_only_ends_ordinals_in_th_is_said_plainly(tr):
    """"The 21st century" is read "21th" (the ending the model knows); the note had shown "The model read: «The 21th
    century began.»", which looks like a typing error: it says which ending changed; a reading with more keeps the
    whole sentence."""
    t = tr.translate("The 21st century and the 22nd floor.", beam_size=2)
    assert t.notes == ["The model read “21st” as “21th” and “22nd” as “22th”, the ending it knows for ordinals: the "
                       "heatmap shows that reading."]
    t = tr.translate("She finished 32nd in the 21st race.", beam_size=2)
    assert t.notes[0].startswith("The model read: «She finished in 32th place in the 21th race.» (ordinals as")
    t = tr.translate("Meet at 9pm on the 21st floor.", beam_size=2)
    assert t.notes[0].startswith("The model read: «Meet at 21:00 on the 21th floor.» (times on the 24-hour clock, "
                                 "ordinals with the ending the model knows: “21st” as “21th”)")


def test_result_types_and_notes_are_still_importable_from_the_translator():
    """ui/, tests and tools import Translation, Hypothesis and NUMBER_NOTE from s2s_core.translator: the split into
    results.py and reading_notes.py keeps those the same objects, so isinstance checks and notes compare alike."""
    from s2s_core import reading_notes, results, translator
    assert translator.Translation is results.Translation and translator.Hypothesis is results.Hypothesis
    assert translator.NUMBER_NOTE == reading_notes.NUMBER_NOTE


# -- latency34: the load's weight check reads each tensor's least and greatest values ---------------------------------
@pytest.mark.parametrize("value", [float("nan"), float("inf"), -float("inf"), 1e30, 0.0])
@pytest.mark.parametrize("where", [0, 777, -1])
def test_finite_weights_is_isfinite_all(value, where):
    from s2s_core.translator import _finite
    w = torch.randn(40, 50)
    w.view(-1)[where] = value
    assert _finite(w) == bool(torch.isfinite(w).all())
    assert _finite(torch.empty(0, 5)) and _finite(torch.nn.Parameter(w.abs() + 1)) == bool(torch.isfinite(w).all())


def test_a_greeting_written_whole_keeps_the_alternatives_of_its_message(tr):
    """Session 35: "Hello, can you help me?" is "Hello," (written «Bonjour,») and its message, searched apart; joined,
    the line had one translation: the message's alternatives were lost ("alternatives are not shown")."""
    from s2s_core.translator import DecodeConfig
    greeting, message = tr.translate("a b", beam_size=3, n_best=1), tr.translate("c d e", beam_size=3, n_best=3)
    assert len(greeting.hypotheses) == 1 and len(message.hypotheses) == 3
    line = tr._join("a b c d e", [greeting, message], DecodeConfig(), [], greeted=True)
    assert [h.text for h in line.hypotheses] == [greeting.best.text + " " + h.text for h in message.hypotheses]
    second = line.hypotheses[1]
    assert second.tokens == greeting.best.tokens + message.hypotheses[1].tokens
    assert second.attention.shape == (len(second.tokens), len(line.source_tokens))
    assert len(tr._join("a b c d e", [greeting, message], DecodeConfig(), []).hypotheses) == 1   # not a greeting
    both = tr.translate("a b", beam_size=3, n_best=3)                 # two parts with alternatives: the best alone
    assert len(tr._join("a b c d e", [both, message], DecodeConfig(), [], greeted=True).hypotheses) == 1
