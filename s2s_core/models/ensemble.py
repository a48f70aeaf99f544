"""Several independently trained models with one vocabulary, searching as one (fairseq's EnsembleModel).

At each step the members' next-token distributions are averaged (log of the mean probability), so runs that
differ only in their seed correct each other's slips (Multi30k en→de, three seeds: +0.81 BLEU over the best
one, at about three times the decoding cost; checkpoints/en-de-multi30k-transformer.md). Everything that looks inside a
network sees the first member: the attention (display and per head, so every heatmap shows one real
network's attention, not a blend of unrelated heads), norm-weighted attention and gradient attributions
(``embed``, ``out``, ``dec_layers`` and ``display_layer`` are its own, and ``forward(project=False)`` returns
its hidden states). Ensembles are for decoding; a training run trains one model.
"""
from __future__ import annotations

import math
from dataclasses import replace
from typing import Callable

import torch
from torch import nn

from ..config import ModelConfig
from .base import EncoderOut, Seq2Seq, StepOut


class Ensemble(Seq2Seq):
    def __init__(self, cfg: ModelConfig, build_member: Callable[[ModelConfig], Seq2Seq]):
        super().__init__()
        self.config = cfg
        self.members = nn.ModuleList(build_member(replace(cfg, ensemble=1)) for _ in range(cfg.ensemble))

    # what single-network views read: the first member's
    @property
    def first(self) -> Seq2Seq:
        return self.members[0]

    @property
    def embed(self) -> nn.Embedding:
        return self.first.embed

    @property
    def out(self) -> nn.Linear:
        return self.first.out

    @property
    def dec_layers(self):
        return self.first.dec_layers

    @property
    def display_layer(self) -> int:
        return self.first.display_layer

    @property
    def combine(self):
        return self.first.combine

    # the search interface
    def encode(self, src: torch.Tensor, src_mask: torch.Tensor) -> EncoderOut:
        encs = tuple(m.encode(src, src_mask) for m in self.members)
        return EncoderOut(encs[0].memory, src_mask, encs)

    def init_state(self, enc: EncoderOut):
        return tuple(m.init_state(e) for m, e in zip(self.members, enc.keys))

    def decode_step(self, prev_tokens, state, enc, need_heads=False, need_attention=True) -> StepOut:
        outs = [m.decode_step(prev_tokens, s, e, need_heads=need_heads and i == 0,
                              need_attention=need_attention and i == 0)
                for i, (m, s, e) in enumerate(zip(self.members, state, enc.keys))]
        return StepOut(self._mean_probability([o.log_probs.float() for o in outs]), outs[0].attention,
                       tuple(o.state for o in outs), outs[0].heads)

    def reorder_state(self, state, idx):
        return tuple(m.reorder_state(s, idx) for m, s in zip(self.members, state))

    def forward(self, src, tgt_in, sampling_prob: float = 0.0, project: bool = True):
        """``project``: the ensemble's log-probabilities [B, T, V] (log_softmax leaves them as they are);
        else the first member's hidden states, for ``self.out`` (the first member's) to project."""
        if not project:
            return self.first(src, tgt_in, project=False)
        return self._mean_probability([torch.log_softmax(m(src, tgt_in).float(), -1) for m in self.members])

    @staticmethod
    def _mean_probability(log_probs: list[torch.Tensor]) -> torch.Tensor:
        return torch.logsumexp(torch.stack(log_probs), 0) - math.log(len(log_probs))
