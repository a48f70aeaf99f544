"""SentencePiece subwords, trained on the training split and stored inside each checkpoint.

Ids are fixed across models (``s2s_core.special``): 0 <pad>, 1 <unk>, 2 <s>, 3 </s>.
"""
from __future__ import annotations

import io
import logging
import os
import random
from typing import Iterable, Optional, Sequence

import sentencepiece as spm

from .special import BOS, EOS, PAD, UNK  # noqa: F401  (re-exported: tokenizer.EOS …)

log = logging.getLogger(__name__)


def choose_model_type(texts: Sequence[str]) -> str:
    """Subwords pay off when words recur; text whose 'words' rarely repeat (random strings) is split by character."""
    words = [w for t in texts[:20000] for w in t.split()]
    if not words:
        return "char"
    return "char" if len(set(words)) / len(words) > 0.5 else "unigram"


class Tokenizer:
    """Thin wrapper over a SentencePiece model proto (bytes)."""

    def __init__(self, model_proto: bytes):
        self.model_proto = bytes(model_proto)
        self.sp = spm.SentencePieceProcessor(model_proto=self.model_proto)
        self._covered: dict[str, bool] = {}
        self._pieces: Optional[list[str]] = None     # every id's piece, read once (``id_to_piece``)

    @classmethod
    def train(cls, texts: Iterable[str], vocab_size: int, model_type: str = "auto",
              max_sentences: int = 300_000) -> "Tokenizer":
        texts = list(dict.fromkeys(t for t in texts if t.strip()))     # repeats (upsampled corpora) count once
        if len(texts) > max_sentences:      # an even sample: a prefix of a big corpus may be one language only
            texts = random.Random(0).sample(texts, max_sentences)
        if not texts:
            raise ValueError("cannot train a tokenizer on an empty corpus")
        if model_type == "auto":
            model_type = choose_model_type(texts)
            log.info("tokenizer: chose %s pieces", model_type)
        # Byte fallback needs 256 byte pieces; below that, unseen characters map to <unk>.
        byte_fallback = model_type != "char" and vocab_size >= 1000
        out = io.BytesIO()
        spm.SentencePieceTrainer.train(
            sentence_iterator=iter(texts), model_writer=out, vocab_size=vocab_size,
            model_type=model_type, character_coverage=1.0 if vocab_size < 1000 else 0.9999,
            pad_id=PAD, unk_id=UNK, bos_id=BOS, eos_id=EOS, byte_fallback=byte_fallback,
            hard_vocab_limit=False, num_threads=2, minloglevel=2,
            input_sentence_size=max_sentences, shuffle_input_sentence=True)
        return cls(out.getvalue())

    @property
    def vocab_size(self) -> int:
        return self.sp.get_piece_size()

    def encode(self, text: str) -> list[int]:
        return self.sp.encode(text)

    def encode_many(self, texts: Sequence[str], threads: int = 0) -> list[list[int]]:
        """``encode`` of each text, in SentencePiece's threaded batch call (0 threads: all cores), so a
        corpus of millions of sentences is ready in seconds on a many-core GPU host."""
        return self.sp.encode(list(texts), num_threads=threads or (os.cpu_count() or 1))

    def sample(self, text: str, alpha: float) -> list[int]:
        """One segmentation drawn from the 64 best, p ∝ P(segmentation)^alpha (subword regularisation,
        Kudo 2018, l = 64): the model sees "chaton" as one piece, then as "chat"+"on", and learns both.
        Smaller alpha, more varied (alpha 0.1: ~20 % more pieces than ``encode``; 0.5: ~4 %). BPE models
        use BPE-dropout with probability ``alpha`` instead. Draws follow ``seed_sampling``."""
        return self.sp.encode(text, enable_sampling=True, alpha=alpha, nbest_size=64)

    @staticmethod
    def seed_sampling(seed: int) -> None:
        """Seed ``sample`` (SentencePiece keeps one generator per process)."""
        spm.set_random_generator_seed(seed)

    def covers(self, ch: str) -> bool:
        """Whether the vocabulary spells ``ch`` with real pieces, not byte fallback or ``<unk>``."""
        hit = self._covered.get(ch)
        if hit is None:
            ids = self.sp.encode(ch)
            hit = self._covered[ch] = not any(self.sp.is_byte(i) or self.sp.is_unknown(i) for i in ids)
        return hit

    def usual_case(self, word: str) -> str:
        """A word typed in capitals ("PARIS", "Sleep") as the vocabulary knows it: in lower case where that is a
        word it holds (fewer pieces: one, or the first a word's start of three letters or more: "is", "visit|s"; of
        two single pieces the more probable), else capitalised, as a name the vocabulary cuts alike either way
        ("Paris" = "Par|is", "Obama")."""
        cap, low = word[:1].upper() + word[1:].lower(), word.lower()
        cap_ids, low_ids = self.sp.encode(cap), self.sp.encode(low)
        whole_or_long = len(low_ids) == 1 or len(self.sp.id_to_piece(low_ids[0]).lstrip("▁")) >= 3
        if len(low_ids) < len(cap_ids) and whole_or_long:               # "is" (not "I|s"), "visit|s"
            return low
        if len(low_ids) == len(cap_ids) == 1 and self.sp.get_score(low_ids[0]) > self.sp.get_score(cap_ids[0]):
            return low
        return cap

    def holds(self, word: str) -> bool:
        """Whether the vocabulary has ``word`` as one piece of its own ("▁New")."""
        return len(self.sp.encode(word)) == 1

    def pieces(self, text: str) -> list[str]:
        return self.sp.encode(text, out_type=str)

    def decode(self, ids: Sequence[int]) -> str:
        return self.sp.decode([int(i) for i in ids if int(i) > EOS])

    def id_to_piece(self, ids: Sequence[int]) -> list[str]:
        """The pieces of ``ids``, from a table of the whole vocabulary read once: a beam-5 sentence asks for
        ~600 (its hypotheses' alternatives), each a SentencePiece call otherwise ([5, 4] → ["▁de", "</s>"])."""
        if self._pieces is None:
            self._pieces = self.sp.id_to_piece(list(range(self.vocab_size)))
        table = self._pieces
        return [table[i] if 0 <= i < len(table) else self.sp.id_to_piece(i) for i in map(int, ids)]
