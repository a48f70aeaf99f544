"""Bulk-translation backends behind one contract: ``load(backend, path).translate_batch(texts, beam_size=…,
n_best=…, length_penalty=…, max_length=…)`` → one ``Translation`` per line (``.best.text``, ``.error``).

``torch`` is our engine (``Translator``). ``ctranslate2`` runs the search in CTranslate2 on a model exported by
:mod:`s2s_core.export_ct2` (or converted on the fly from a ``.pt`` checkpoint), behind the same front end:
the same validation, sentence splitting (and long sentences cut at clause seams: :mod:`s2s_core.clauses`),
tokenisation, error lines and joins, so only the search differs.

Search parity with ours (same 1-best ids, its score equal up to float rounding: tests/unit/test_ctranslate2.py
on the toy task and the shipped en→fr model; benchmarks/bulk_eval.py counts agreement on newstest2013):
* ranking: CTranslate2's ``length_penalty`` divides the summed log-probability by ``len ** length_penalty`` with
  ``len`` counting </s> (it keeps </s> during the search even when ``return_end_token`` is off): our ranking
  score. ``translate_batch`` has no ``normalize_scores`` option and needs none.
* candidates: both keep the best 2K continuations by cumulative log-prob, finish the </s> ones among the top K
  and stop a sentence at K finished hypotheses. At the step that completes K, ours takes just enough of that
  step's </s> candidates and CTranslate2 takes them all before keeping the best K, so the lower entries of an
  n-best list can differ; the best cannot (the extra ones have the same length and a lower log-prob).
* special tokens: our search never proposes <pad> or <s>; CTranslate2 can only suppress tokens before the
  softmax, which would shift every log-prob (and flip near ties), so they are left alone: a trained model gives
  them a tiny probability (they are never targets) and they do not surface.
* lengths: our limit (``limits.target_limit``: min(2n + 10, 1.5n + 20) target tokens with </s> for n source
  tokens, capped by ``max_length``) is per sentence and CTranslate2's per call, so sentences are grouped by
  limit, each group decoded with ``max_decoding_length = limit − 1``. Our search then forces </s>; CTranslate2 just stops, so here those hypotheses get their </s>
  and its log-probability (``score_batch``) and are ranked as ours are.
* minimum length m: ``min_decoding_length = m − 1`` (CTranslate2 does not count </s> there). CTranslate2 bans
  </s> before the softmax, ours after, so the log-probs differ while it is banned: greedy search picks the
  same tokens (the hypotheses are rescored with ours), beam search can rank beams differently.

Not returned by CTranslate2 here: attention (hypotheses carry zeros of the right shape), per-token
log-probabilities and alternatives (empty, so no low-confidence or unsure-word warning), heads; beam trees
and forced prefixes are refused. Not applied: the repetition guard (``repeat_guard`` is ignored;
CTranslate2's ``no_repeat_ngram_size`` is another rule). The input caps and the other warnings are the front
end's, so they are the same.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Optional

import numpy as np
import torch

from . import checkpoint
from .config import ModelConfig
from .export_ct2 import (FORMAT, INFO_FILE, SPM_FILE, MissingCTranslate2, export_ctranslate2, require_ctranslate2,
                         vocabulary)
from .search import SearchHyp, length_normalise, max_lengths
from .tokenizer import EOS, Tokenizer
from .translator import Translator

BACKENDS = ("torch", "ctranslate2")


def available() -> dict[str, Optional[str]]:
    """Each backend → None when it can run here, else why not (a message for the user)."""
    try:
        require_ctranslate2()
        ct2 = None
    except MissingCTranslate2 as e:
        ct2 = str(e)
    return {"torch": None, "ctranslate2": ct2}


def load(backend: str, path: str | os.PathLike, device: str = "cpu", threads: int = 0,
         quantize: Optional[str] = None) -> Translator:
    """A translator for ``path`` (a checkpoint; for ``ctranslate2`` also an exported folder) on ``backend``;
    ``quantize="int8"``: int8 linear layers (ours: dynamic quantisation; CTranslate2: compute type int8)."""
    if backend == "torch":
        return Translator.from_checkpoint(path, device=device, quantize=quantize)
    if backend == "ctranslate2":
        return CT2Translator.from_checkpoint(path, device=device, threads=threads,
                                             compute_type="int8" if quantize == "int8" else "default")
    raise ValueError(f"unknown backend {backend!r}; choose from {', '.join(BACKENDS)}")


class CT2Translator(Translator):
    """``Translator`` whose search runs in CTranslate2 (see the module docstring for what matches ours)."""

    def __init__(self, model_dir: str | os.PathLike, device: str = "cpu", threads: int = 0,
                 compute_type: str = "default"):
        ct2 = require_ctranslate2()
        self.config, self.tokenizer, source, train_config = _read_export(Path(model_dir))
        kind, _, index = device.partition(":")
        try:
            self.ct2 = ct2.Translator(str(model_dir), device=kind, device_index=int(index or 0),
                                      compute_type=compute_type, inter_threads=1,
                                      intra_threads=threads or torch.get_num_threads())
        except (RuntimeError, ValueError, OSError) as e:
            raise checkpoint.CheckpointError(model_dir, f"CTranslate2 cannot load it: {str(e)[:300]}") from None
        self.model, self.device, self.speed = None, torch.device(device), {}
        self.meta = {"path": str(model_dir), "source": source, "backend": "ctranslate2", "train_config": train_config}
        self._tokens = vocabulary(self.tokenizer, self.config.vocab_size)
        self._ids = {t: i for i, t in enumerate(self._tokens)}
        self._prepare_reading()

    @classmethod
    def from_checkpoint(cls, path: str | os.PathLike, device: str = "cpu", threads: int = 0,
                        compute_type: str = "default") -> "CT2Translator":
        """An exported folder, or a ``.pt`` checkpoint converted into a temporary folder (CTranslate2 keeps the
        model in memory, so the folder goes once loaded)."""
        require_ctranslate2()
        if Path(path).is_dir():
            return cls(path, device, threads, compute_type)
        with tempfile.TemporaryDirectory(prefix="s2s-ct2-") as tmp:
            out = export_ctranslate2(path, Path(tmp) / "model")
            tr = cls(out, device, threads, compute_type)
        tr.meta.update(path=str(path))
        return tr

    def _search(self, src_ids, settings, prefix_ids, need_heads, record_tree, max_tokens=4000,
                need_attention: bool = True):
        """Same inputs and results as ``Translator._search`` (n-best ``SearchHyp`` lists in input order)."""
        if record_tree or prefix_ids:
            raise ValueError("beam trees and forced prefixes need the torch backend")
        if not src_ids:
            return []
        lens = torch.tensor([len(s) for s in src_ids])
        limits = max_lengths(torch.arange(int(lens.max()))[None] < lens[:, None], settings.max_length)
        groups: dict[int, list[int]] = {}
        for i, limit in enumerate(limits):
            groups.setdefault(limit, []).append(i)
        results: list = [None] * len(src_ids)
        for limit, idx in sorted(groups.items()):
            # CTranslate2 appends </s> to the source itself (add_source_eos); our ids end with it already.
            sources = [[self._tokens[t] for t in src_ids[i][:-1]] for i in idx]
            for i, hyps in zip(idx, self._decode(sources, limit, settings, max_tokens)):
                results[i] = [SearchHyp(ids, length_normalise(lp, len(ids), settings.length_penalty), lp, [],
                                        np.zeros((len(ids), len(src_ids[i])), dtype=np.float32))
                              for ids, lp in hyps]
        return results

    def _decode(self, sources: list[list[str]], limit: int, s, max_tokens: int) -> list[list[tuple[list[int], float]]]:
        """Per source, its n-best (ids ending in </s>, log-prob) under one target length limit (tokens with </s>)."""
        K, alpha = s.beam_size, s.length_penalty
        out = self.ct2.translate_batch(
            sources, beam_size=K, num_hypotheses=K, length_penalty=alpha, max_decoding_length=max(1, limit - 1),
            min_decoding_length=max(0, s.min_length - 1), return_scores=True, return_end_token=True,
            max_input_length=0, max_batch_size=max(1, max_tokens // K), batch_type="tokens")
        # Hypotheses cut at the limit need the log-prob of the </s> our search forces there. Under a minimum
        # length CTranslate2 bans </s> before the softmax (ours after), so its log-probs are not ours: rescore all.
        ended, cut, todo = [[] for _ in out], [[] for _ in out], []
        for n, r in enumerate(out):
            for toks, score in zip(r.hypotheses, r.scores):
                ids = [self._ids[t] for t in toks]
                natural = ids[-1:] == [EOS]
                hyp = [ids if natural else ids[:limit - 1] + [EOS], score * len(ids) ** alpha if alpha else score]
                (ended if natural else cut)[n].append(hyp)
                if not natural or s.min_length > 1:
                    todo.append((n, hyp))
        for (n, hyp), lp in zip(todo, self._log_probs([sources[n] for n, _ in todo], [h[0] for _, h in todo])):
            hyp[1] = lp
        nbest = []
        for done, forced in zip(ended, cut):
            forced.sort(key=lambda h: -h[1])
            hyps = done + forced[:K - len(done)]          # our search keeps K finished hypotheses at most
            nbest.append([tuple(h) for h in sorted(hyps, key=lambda h: -length_normalise(h[1], len(h[0]), alpha))
                          [:s.n_best]])
        return nbest

    def _log_probs(self, sources: list[list[str]], targets: list[list[int]]) -> list[float]:
        """Log-probability of each target (ids ending in </s>) given its source, as our model computes it."""
        if not sources:
            return []
        scored = self.ct2.score_batch(sources, [[self._tokens[i] for i in ids[:-1]] for ids in targets],
                                      max_input_length=0)
        return [float(sum(r.log_probs)) for r in scored]


def _read_export(folder: Path) -> tuple[ModelConfig, Tokenizer, Optional[str], dict]:
    """Model config, tokenizer, source checkpoint and training config of an exported folder."""
    try:
        info = json.loads((folder / INFO_FILE).read_text(encoding="utf-8"))
        if not isinstance(info, dict) or info.get("format") != FORMAT:
            raise ValueError(f"{INFO_FILE} is not an s2s_core export")
        cfg = ModelConfig.from_dict(info["model_config"])
        tokenizer = Tokenizer((folder / SPM_FILE).read_bytes())
    except (OSError, ValueError, RuntimeError, KeyError, TypeError) as e:
        raise checkpoint.CheckpointError(folder, f"not a CTranslate2 export of s2s_core "
                                                 f"({type(e).__name__}: {str(e)[:200]})") from None
    return cfg, tokenizer, info.get("source"), info.get("train_config") or {}
