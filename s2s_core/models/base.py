"""The one interface search, translation and training use; they never look behind it.

Decoder state is an explicit object passed in and out, never stored on the module, so one model
instance can serve many concurrent requests.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Optional

import torch
from torch import nn


def _index(value, idx: torch.Tensor, dim: int):
    if isinstance(value, EncoderOut):                     # an ensemble's members' encodings
        return value.select(idx)
    if isinstance(value, torch.Tensor):
        return value.index_select(dim, idx)
    if isinstance(value, (list, tuple)):
        return type(value)(_index(v, idx, dim) for v in value)
    return value


@dataclass
class EncoderOut:
    memory: torch.Tensor                 # [B, S, H] encoder states
    src_mask: torch.Tensor               # [B, S] True for real tokens
    keys: Any = None                     # model-specific precomputation over memory (e.g. projected keys)

    def select(self, idx: torch.Tensor) -> "EncoderOut":
        """Rows ``idx`` of the batch (expand for beams, drop finished sentences)."""
        return EncoderOut(*(_index(getattr(self, f.name), idx, 0) for f in fields(self)))


@dataclass
class StepOut:
    log_probs: torch.Tensor              # [B, V]
    attention: Optional[torch.Tensor]    # [B, S] the model's display attention (rows sum to 1); None if not asked
    state: Any                           # new decoder state
    heads: Optional[torch.Tensor] = None  # [B, L, H, S] per-layer, per-head cross-attention (Transformer)


class Seq2Seq(nn.Module):
    """encode → init_state → decode_step… with reorder_state for beams; forward for teacher forcing."""

    config: Any
    embed: nn.Embedding                  # source token embeddings (attribution hooks their output)
    out: nn.Linear                       # the vocabulary projection: final hidden states → logits

    def encode(self, src: torch.Tensor, src_mask: torch.Tensor) -> EncoderOut:
        raise NotImplementedError

    def init_state(self, enc: EncoderOut) -> Any:
        raise NotImplementedError

    def decode_step(self, prev_tokens: torch.Tensor, state: Any, enc: EncoderOut,
                    need_heads: bool = False, need_attention: bool = True) -> StepOut:
        """prev_tokens [B] → log-probs of the next token, attention over the source, new state.

        ``need_attention=False`` lets a model skip computing the display attention (it may return None);
        the log-probs must not depend on either flag."""
        raise NotImplementedError

    def reorder_state(self, state: Any, idx: torch.Tensor) -> Any:
        raise NotImplementedError

    def forward(self, src: torch.Tensor, tgt_in: torch.Tensor, sampling_prob: float = 0.0,
                project: bool = True) -> torch.Tensor:
        """Teacher-forced logits [B, T, V]; with ``project=False`` the final hidden states [B, T, E] that
        ``self.out`` maps to them (training fuses that projection with the loss: ``loss.projected_loss``)."""
        raise NotImplementedError
