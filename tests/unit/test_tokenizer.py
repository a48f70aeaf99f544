"""s2s_core.tokenizer: small vocabularies, automatic model type, robustness to any Unicode."""
from __future__ import annotations

import random
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from s2s_core.tokenizer import BOS, EOS, PAD, UNK, Tokenizer, choose_model_type

WORDS = ("the cat sat on a mat while my dog ran to the park and we saw birds in the tall green trees "
         "she reads books every night he likes tea with milk they walked home slowly").split()


def natural_text(n=400, seed=0):
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 12))).capitalize() + "." for _ in range(n)]


def random_strings(n=400, seed=0):
    rng = random.Random(seed)
    return ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(5, 30))) for _ in range(n)]


@pytest.fixture(scope="module")
def small_tok():
    return Tokenizer.train(natural_text(), vocab_size=48)


def test_special_ids_are_fixed(small_tok):
    sp = small_tok.sp
    assert (sp.pad_id(), sp.unk_id(), sp.bos_id(), sp.eos_id()) == (PAD, UNK, BOS, EOS)
    assert small_tok.id_to_piece([PAD, UNK, BOS, EOS]) == ["<pad>", "<unk>", "<s>", "</s>"]


@pytest.mark.parametrize("vocab", [48, 56, 64])
@pytest.mark.parametrize("kind", ["auto", "unigram", "bpe", "char"])
def test_small_vocab_trains(vocab, kind):
    tok = Tokenizer.train(natural_text(200), vocab_size=vocab, model_type=kind)
    assert 4 < tok.vocab_size <= vocab
    text = "the cat sat on the mat."
    assert tok.decode(tok.encode(text)) == text
    assert tok.pieces(text) == tok.id_to_piece(tok.encode(text))


def test_vocab_larger_than_data_supports_does_not_crash():
    tok = Tokenizer.train(["a b", "b a"], vocab_size=500)
    assert tok.decode(tok.encode("a b")) == "a b"


def test_empty_corpus_is_a_clear_error():
    with pytest.raises(ValueError, match="empty corpus"):
        Tokenizer.train(["", "   "], vocab_size=50)


def test_auto_chooses_char_for_random_unspaced_strings():
    assert choose_model_type(random_strings()) == "char"
    assert choose_model_type(["", "  "]) == "char"
    tok = Tokenizer.train(random_strings(), vocab_size=60)
    pieces = [tok.sp.id_to_piece(i) for i in range(4, tok.vocab_size)]
    assert all(len(p.replace("\u2581", "")) <= 1 for p in pieces), pieces     # character pieces only


def test_auto_chooses_unigram_for_natural_text():
    assert choose_model_type(natural_text()) == "unigram"
    tok = Tokenizer.train(natural_text(), vocab_size=64)
    pieces = [tok.sp.id_to_piece(i) for i in range(4, tok.vocab_size)]
    assert any(len(p.replace("\u2581", "")) > 2 for p in pieces)              # real subwords


NASTY = ["😀👍🏽 family: 👨‍👩‍👧", "مرحبا بالعالم", "你好，世界", "tab\there\x00nul\x07bell\x1b[31m",
         "\u200b\u200d\ufeff zero width", "e\u0301 combining", "\U0010ffff\ue000 private", "ǅ ﬁ ① ＡＢＣ",
         "line\nbreak\r\nand\u2028sep", "\ud7ff", "   ", ""]


@pytest.mark.parametrize("text", NASTY)
def test_any_unicode_encodes_and_decodes(small_tok, text):
    ids = small_tok.encode(text)
    assert all(0 <= i < small_tok.vocab_size for i in ids)
    out = small_tok.decode(ids)
    assert isinstance(out, str)
    small_tok.pieces(text)


@settings(max_examples=100, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text())
def test_any_text_encodes_and_decodes_property(small_tok, text):
    ids = small_tok.encode(text)
    assert all(isinstance(i, int) and 0 <= i < small_tok.vocab_size for i in ids)
    assert isinstance(small_tok.decode(ids), str)


def test_unknown_characters_map_to_unk_with_small_vocab(small_tok):
    assert UNK in small_tok.encode("你好")
    assert "<unk>" not in small_tok.decode(small_tok.encode("你好"))   # decode drops specials


def test_decode_drops_special_ids(small_tok):
    ids = small_tok.encode("the cat")
    assert small_tok.decode([BOS] + ids + [EOS, PAD, PAD]) == "the cat"


@pytest.fixture(scope="module")
def byte_tok():
    texts = natural_text(3000, seed=1) + random_strings(3000, seed=2)
    return Tokenizer.train(texts, vocab_size=1000, model_type="unigram")


@pytest.mark.parametrize("text", ["hello 😀 world", "مرحبا بالعالم", "你好世界", "Ωmega ∑ ☃ 🏳️‍🌈", "the cat sat"])
def test_byte_fallback_round_trips_unseen_characters(byte_tok, text):
    ids = byte_tok.encode(text)
    assert UNK not in ids
    assert byte_tok.decode(ids) == text


def test_tokenizer_proto_round_trip(small_tok):
    again = Tokenizer(small_tok.model_proto)
    assert again.encode("the dog ran") == small_tok.encode("the dog ran")
    assert again.vocab_size == small_tok.vocab_size


def test_encode_many_matches_encode_one_by_one(small_tok):
    texts = natural_text(60, seed=3) + ["", "  ", "Ça coûte 12,50 € — déjà ?", "日本語"]
    assert small_tok.encode_many(texts, threads=2) == [small_tok.encode(t) for t in texts]
    assert small_tok.encode_many([]) == []


# -- pieces from a table read once (latency33) --------------------------------------------------------------------
def test_id_to_piece_reads_the_vocabulary_once_and_matches_sentencepiece():
    tok = Tokenizer.train(["le chat dort", "la chatte mange", "un chien court vite"] * 20, vocab_size=40)
    ids = list(range(tok.vocab_size)) + [3, 0]
    assert tok.id_to_piece(ids) == [tok.sp.id_to_piece(i) for i in ids]
    assert len(tok._pieces) == tok.vocab_size
    with pytest.raises(IndexError):
        tok.id_to_piece([tok.vocab_size])          # out of range: SentencePiece's own error, as before
