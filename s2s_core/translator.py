"""The facade the app, CLI and benchmarks call: ``Translator.from_checkpoint(...).translate(text)``.

A Translator holds a model in eval mode and no per-request state, so one instance (cached by the app)
serves many sessions at once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

import numpy as np
import torch

from . import checkpoint
from .config import ModelConfig
from .models import build_model
from .search import SearchHyp, TreeNode, beam_search, greedy_search, length_normalise
from .tokenizer import EOS, Tokenizer

MAX_BEAM = 64
MAX_TARGET = 1024          # hard cap on target tokens per sentence
MAX_SOURCE_PIECES = 200    # longer sentences are cut into consecutive chunks (never dropped)
_SENTENCE_END = re.compile(r"(?<=[.!?…。！？])\s+|\n+")


@dataclass
class Hypothesis:
    text: str
    tokens: list[str]                    # target pieces, ending in '</s>'
    ids: list[int]
    score: float                         # ranking score: log_prob / len(tokens) ** length_penalty
    log_prob: float                      # sum of token_log_probs
    token_log_probs: list[float]
    attention: np.ndarray                # [len(tokens), len(source_tokens)], rows sum to 1
    heads: Optional[np.ndarray] = None   # [len(tokens), layers, heads, len(source_tokens)] (Transformer)
    alternatives: list = field(default_factory=list)  # per position [(piece, log_prob), …] best first


@dataclass
class Translation:
    source: str
    source_tokens: list[str]             # source pieces as the model saw them, ending in '</s>'
    hypotheses: list[Hypothesis]         # best first
    sentences: list["Translation"] = field(default_factory=list)  # parts, when the input was split
    notes: list[str] = field(default_factory=list)                # settings that were clamped, etc.
    error: Optional[str] = None          # translate_batch: why this line was not translated
    tree: Optional[list[TreeNode]] = None  # beam-search tree (translate(..., return_tree=True))

    @property
    def best(self) -> Optional[Hypothesis]:
        return self.hypotheses[0] if self.hypotheses else None


def split_sentences(text: str) -> list[str]:
    """Split a paragraph after sentence-final punctuation and at line breaks."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


@dataclass
class DecodeSettings:
    beam_size: int = 5
    n_best: int = 1
    length_penalty: float = 1.0
    max_length: Optional[int] = None     # target tokens incl. </s>; default 2·|source| + 10
    min_length: int = 0

    def validated(self) -> tuple["DecodeSettings", list[str]]:
        """Errors for impossible values; clamps (with a note) for merely too large ones."""
        notes = []
        if not isinstance(self.beam_size, int) or self.beam_size < 1:
            raise ValueError(f"beam size must be a whole number ≥ 1 (got {self.beam_size})")
        if self.length_penalty < 0 or self.length_penalty > 5 or self.length_penalty != self.length_penalty:
            raise ValueError(f"length penalty must be between 0 and 5 (got {self.length_penalty})")
        if self.n_best < 1:
            raise ValueError(f"n-best must be ≥ 1 (got {self.n_best})")
        if self.min_length < 0:
            raise ValueError(f"minimum length must be ≥ 0 (got {self.min_length})")
        s = DecodeSettings(**self.__dict__)
        if s.beam_size > MAX_BEAM:
            s.beam_size = MAX_BEAM
            notes.append(f"beam size clamped to {MAX_BEAM}")
        if s.n_best > s.beam_size:
            s.n_best = s.beam_size
            notes.append(f"n-best clamped to the beam size ({s.beam_size})")
        if s.max_length is not None:
            if s.max_length < 1:
                raise ValueError(f"maximum length must be ≥ 1 (got {s.max_length})")
            if s.max_length > MAX_TARGET:
                s.max_length = MAX_TARGET
                notes.append(f"maximum length clamped to {MAX_TARGET} tokens")
        if s.max_length is not None and s.min_length > s.max_length:
            raise ValueError(f"minimum length {s.min_length} exceeds maximum length {s.max_length}")
        return s, notes


class Translator:
    def __init__(self, model, tokenizer: Tokenizer, device: str = "cpu", meta: Optional[dict] = None):
        self.model = model.to(device).eval()
        self.tokenizer = tokenizer
        self.device = torch.device(device)
        self.meta = meta or {}
        self.config: ModelConfig = model.config

    @classmethod
    def from_checkpoint(cls, path: str | Path, device: str = "cpu") -> "Translator":
        ckpt = checkpoint.load(path)
        try:
            cfg = ModelConfig.from_dict(ckpt["model_config"])
            model = build_model(cfg)
            weights = {k: v.float() if v.is_floating_point() else v for k, v in ckpt["model"].items()}
            model.load_state_dict(weights)
            tok = Tokenizer(checkpoint.tensor_to_proto(ckpt["tokenizer"]))
        except (RuntimeError, ValueError, KeyError, TypeError) as e:
            raise checkpoint.CheckpointError(path, f"weights do not match the model it describes: "
                                                   f"{str(e).splitlines()[0][:300]}") from None
        meta = dict(ckpt.get("meta", {}), path=str(path), train_config=ckpt.get("train_config", {}))
        return cls(model, tok, device, meta)

    # -- public API -------------------------------------------------------------------------------
    def translate(self, text: str, beam_size: int = 5, n_best: int = 1, length_penalty: float = 1.0,
                  max_length: Optional[int] = None, min_length: int = 0, prefix: Optional[Sequence[str]] = None,
                  return_heads: bool = True, return_tree: bool = False) -> Translation:
        """Translate one text. A paragraph is split into sentences; ``sentences`` holds each part and
        ``hypotheses[0]`` their concatenation (attention block-diagonal). ``prefix`` (target pieces)
        forces the start of the output; decoding continues after it (single sentence only)."""
        if not isinstance(text, str) or not text.strip():
            raise ValueError("Please enter some text to translate (the input is empty).")
        settings, notes = DecodeSettings(beam_size, n_best, length_penalty, max_length, min_length).validated()
        parts = self._segments(text)
        prefix_ids = None
        if prefix is not None:
            if len(parts) != 1:
                raise ValueError("a forced prefix needs a single sentence")
            prefix_ids = [self.tokenizer.sp.piece_to_id(p) for p in prefix]
        results = self._translate_segments(parts, settings, prefix_ids, return_heads, return_tree)
        if len(results) == 1:
            results[0].notes = notes + results[0].notes
            results[0].source = text
            return results[0]
        return self._join(text, results, settings, notes)

    def translate_batch(self, texts: Sequence[str], beam_size: int = 5, n_best: int = 1,
                        length_penalty: float = 1.0, max_length: Optional[int] = None, min_length: int = 0,
                        return_heads: bool = False, errors: str = "report") -> list[Translation]:
        """Translate many lines in length-sorted batches. A bad line (empty, not text) gets
        ``Translation.error`` and no hypotheses (``errors="raise"`` raises instead); the rest go on."""
        settings, notes = DecodeSettings(beam_size, n_best, length_penalty, max_length, min_length).validated()
        out: list[Optional[Translation]] = [None] * len(texts)
        segments, owners = [], []
        for i, text in enumerate(texts):
            if not isinstance(text, str) or not text.strip():
                msg = "empty line" if isinstance(text, str) else f"not text ({type(text).__name__})"
                if errors == "raise":
                    raise ValueError(f"line {i + 1}: {msg}")
                out[i] = Translation(source=text if isinstance(text, str) else repr(text), source_tokens=[],
                                     hypotheses=[], error=msg)
                continue
            for seg in self._segments(text):
                segments.append(seg)
                owners.append(i)
        done = self._translate_segments(segments, settings, None, return_heads, False)
        by_owner: dict[int, list[Translation]] = {}
        for i, tr in zip(owners, done):
            by_owner.setdefault(i, []).append(tr)
        for i, parts in by_owner.items():
            out[i] = parts[0] if len(parts) == 1 else self._join(texts[i], parts, settings, [])
            out[i].source = texts[i]
            out[i].notes = notes + out[i].notes
        return out  # type: ignore[return-value]

    def translate_ids(self, src_ids: Sequence[Sequence[int]], beam_size: int = 5, n_best: int = 1,
                      length_penalty: float = 1.0, max_length: Optional[int] = None, min_length: int = 0,
                      return_attention: bool = True) -> list[list[SearchHyp]]:
        """Pre-tokenised source ids (no </s>) → raw search results; for benchmarks and tools.
        ``return_attention=False`` decodes without collecting attention (each ``attention`` is an empty
        [len(ids), 0] array); the hypotheses are otherwise the same."""
        settings, _ = DecodeSettings(beam_size, n_best, length_penalty, max_length, min_length).validated()
        return self._search([list(s) + [EOS] for s in src_ids], settings, None, False, False,
                            need_attention=return_attention)

    # -- internals --------------------------------------------------------------------------------
    def _segments(self, text: str) -> list[str]:
        """Sentences, with over-long ones cut at word boundaries into chunks the model can take."""
        out = []
        for sent in split_sentences(text) or [text.strip()]:
            words, chunk, n = sent.split(), [], 0
            for w in words:
                k = len(self.tokenizer.encode(w))
                if chunk and n + k > MAX_SOURCE_PIECES:
                    out.append(" ".join(chunk))
                    chunk, n = [], 0
                if k > MAX_SOURCE_PIECES:          # one enormous "word": cut it by characters
                    out.extend(self._cut_word(w))
                    continue
                chunk.append(w)
                n += k
            if chunk:
                out.append(" ".join(chunk))
        return out

    def _cut_word(self, word: str) -> list[str]:
        """Character chunks of a huge space-less token, each within the model's source limit."""
        step = max(1, len(word) * MAX_SOURCE_PIECES // max(len(self.tokenizer.encode(word)), 1))
        while step > 1 and any(len(self.tokenizer.encode(word[j:j + step])) > MAX_SOURCE_PIECES
                               for j in range(0, len(word), step)):
            step //= 2
        return [word[j:j + step] for j in range(0, len(word), step)]

    def _translate_segments(self, segments, settings, prefix_ids, return_heads, return_tree) -> list[Translation]:
        src_ids = [self.tokenizer.encode(s)[:MAX_SOURCE_PIECES] + [EOS] for s in segments]
        results = self._search(src_ids, settings, prefix_ids, return_heads, return_tree)
        out = []
        for seg, ids, res in zip(segments, src_ids, results):
            hyps, tree = res if return_tree else (res, None)
            out.append(Translation(seg, self.tokenizer.id_to_piece(ids), [self._hypothesis(h) for h in hyps],
                                   tree=tree))
        return out

    def _search(self, src_ids, settings: DecodeSettings, prefix_ids, need_heads, record_tree, max_tokens=4000,
                need_attention: bool = True):
        """Run search over length-sorted batches; results in input order."""
        order = sorted(range(len(src_ids)), key=lambda i: len(src_ids[i]))
        results: list = [None] * len(src_ids)
        need_heads = need_heads and self.config.arch == "transformer"
        start = 0
        while start < len(order):
            end = start + 1
            while end < len(order) and len(src_ids[order[end]]) * (end - start + 1) * settings.beam_size <= max_tokens:
                end += 1
            batch = [src_ids[i] for i in order[start:end]]
            S = max(map(len, batch))
            src = torch.zeros(len(batch), S, dtype=torch.long)
            for r, ids in enumerate(batch):
                src[r, :len(ids)] = torch.tensor(ids)
            src = src.to(self.device)
            mask = src != self.config.pad_id
            prefixes = [prefix_ids] * len(batch) if prefix_ids else None
            with torch.inference_mode():
                if settings.beam_size == 1 and not record_tree:
                    res = greedy_search(self.model, src, mask, settings.max_length, settings.min_length,
                                        prefixes, settings.length_penalty, need_heads, need_attention)
                else:
                    res = beam_search(self.model, src, mask, settings.beam_size, settings.n_best,
                                      settings.max_length, settings.min_length, settings.length_penalty,
                                      prefixes, need_heads, record_tree, need_attention)
                    res = list(zip(*res)) if record_tree else res
            for i, r in zip(order[start:end], res):
                results[i] = r
            start = end
        return results

    def _hypothesis(self, h: SearchHyp) -> Hypothesis:
        piece = self.tokenizer.id_to_piece
        alts = [[(piece([i])[0], lp) for i, lp in pos] for pos in h.alternatives]
        return Hypothesis(self.tokenizer.decode(h.ids), piece(h.ids), h.ids, h.score, h.log_prob,
                          h.token_log_probs, h.attention, h.heads, alts)

    def _join(self, text, parts: list[Translation], settings: DecodeSettings, notes) -> Translation:
        """One Translation for a split paragraph: best hypotheses concatenated, attention block-diagonal."""
        bests = [p.best for p in parts]
        rows, cols = sum(len(b.tokens) for b in bests), sum(len(p.source_tokens) for p in parts)
        attn = np.zeros((rows, cols), dtype=np.float32)
        r = c = 0
        for p, b in zip(parts, bests):
            attn[r:r + len(b.tokens), c:c + len(p.source_tokens)] = b.attention
            r, c = r + len(b.tokens), c + len(p.source_tokens)
        lp = sum(b.log_prob for b in bests)
        joined = Hypothesis(" ".join(b.text for b in bests), [t for b in bests for t in b.tokens],
                            [i for b in bests for i in b.ids], length_normalise(lp, rows, settings.length_penalty),
                            lp, [x for b in bests for x in b.token_log_probs], attn, None,
                            [a for b in bests for a in b.alternatives])
        return Translation(text, [t for p in parts for t in p.source_tokens], [joined], sentences=parts,
                           notes=list(notes))
