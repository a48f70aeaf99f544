"""Greedy (argmax) decoding: equals beam search with beam size 1. Sentences leave the batch at their </s>."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import torch

from ..models.base import Seq2Seq, StepOut
from ..special import BOS, EOS, PAD
from .hyps import N_ALTERNATIVES, SearchHyp, alternatives, finish
from .rules import Rules, candidates


@dataclass
class _Outputs:
    """Per-sentence buffers ``[B, T, …]`` that the live rows write into, step by step."""
    ids: torch.Tensor
    lps: torch.Tensor
    alt_ids: torch.Tensor
    alt_lps: torch.Tensor
    attns: Optional[torch.Tensor]
    heads: Optional[torch.Tensor]
    lengths: list[int]
    n_alt: int = N_ALTERNATIVES

    @classmethod
    def allocate(cls, B: int, T: int, S: int, device, need_attention: bool) -> "_Outputs":
        return cls(torch.full((B, T), PAD, dtype=torch.long, device=device), torch.zeros((B, T), device=device),
                   torch.zeros((B, T, N_ALTERNATIVES), dtype=torch.long, device=device),
                   torch.zeros((B, T, N_ALTERNATIVES), device=device),
                   torch.zeros((B, T, S), device=device) if need_attention else None, None, [T] * B)

    def write(self, live: torch.Tensor, t: int, tokens, token_lps, alt, out: StepOut, need_heads: bool) -> None:
        a_lp, a_id = alt
        self.ids[live, t] = tokens
        self.lps[live, t] = token_lps.float()
        self.n_alt = a_id.size(1)
        self.alt_ids[live, t, :self.n_alt] = a_id
        self.alt_lps[live, t, :self.n_alt] = a_lp.float()
        if self.attns is not None:
            self.attns[live, t] = out.attention.float()
        if need_heads:
            if self.heads is None:
                B, T = self.ids.shape
                self.heads = torch.zeros((B, T) + tuple(out.heads.shape[1:]), device=self.ids.device)
            self.heads[live, t] = out.heads.float()

    def hypotheses(self, src_lens: list[int], alpha: float) -> list[list[SearchHyp]]:
        ids, lps = self.ids.cpu(), self.lps.cpu()
        attn = self.attns.cpu() if self.attns is not None else None
        heads = self.heads.cpu() if self.heads is not None else None
        a_id, a_lp = self.alt_ids[..., :self.n_alt].cpu(), self.alt_lps[..., :self.n_alt].cpu()
        return [[finish(ids[b, :n].tolist(), lps[b, :n].tolist(), None if attn is None else attn[b, :n],
                        None if heads is None else heads[b, :n], alternatives(a_id[b, :n], a_lp[b, :n]),
                        src_lens[b], alpha)]
                for b, n in enumerate(self.lengths)]


def _choose(out: StepOut, t: int, sent: list[int], rules: Rules) -> tuple:
    """Each row's best allowed token and its log-prob (PAD, at −inf, when nothing is allowed:
    a minimum length above the maximum), and the row's alternatives."""
    vals, toks, alt = candidates(out.log_probs, 1, t, sent, 1, rules)
    best_lp, tokens = vals[:, 0], toks[:, 0]
    if not bool(torch.isfinite(best_lp).all()):
        tokens = torch.where(torch.isfinite(best_lp), tokens, torch.zeros_like(tokens))
    return tokens, best_lp, alt


@torch.inference_mode()
def greedy_search(model: Seq2Seq, src: torch.Tensor, src_mask: torch.Tensor, max_length: Optional[int] = None,
                  min_length: int = 0, prefixes=None, length_penalty: float = 1.0,
                  need_heads: bool = False, need_attention: bool = True) -> list[list[SearchHyp]]:
    """Argmax decoding → one hypothesis per sentence. ``need_attention=False`` skips collecting
    attention (hypotheses get an empty [len, 0] array)."""
    B, dev = src.size(0), src.device
    need_attention = need_attention or need_heads
    rules = Rules.for_batch(src_mask, max_length, min_length, prefixes)
    enc = model.encode(src, src_mask)
    state, prev = model.init_state(enc), torch.full((B,), BOS, dtype=torch.long, device=dev)
    sent, live = list(range(B)), torch.arange(B, device=dev)           # open sentences, their buffer rows
    buf = _Outputs.allocate(B, rules.steps, src.size(1), dev, need_attention)
    for t in range(rules.steps):
        out = model.decode_step(prev, state, enc, need_heads=need_heads, need_attention=need_attention)
        prev, best_lp, alt = _choose(out, t, sent, rules)
        buf.write(live, t, prev, best_lp, alt, out, need_heads)
        state, ended = out.state, (prev == EOS).tolist()
        if any(ended):                                                   # finished sentences leave the batch
            for n in (n for n, e in enumerate(ended) if e):
                buf.lengths[sent[n]] = t + 1
            keep = [n for n, e in enumerate(ended) if not e]
            if not keep:
                break
            rows = torch.tensor(keep, device=dev)
            sent = [sent[n] for n in keep]
            live, prev, enc = live[rows], prev[rows], enc.select(rows)
            state = model.reorder_state(state, rows)
    return buf.hypotheses(src_mask.sum(1).tolist(), length_penalty)
