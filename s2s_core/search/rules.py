"""Which tokens may come next: the rules both searches apply to a step's log-probs before choosing.

Never ``<pad>`` or a second ``<s>``; no ``</s>`` before the minimum length; only ``</s>`` at a
sentence's length limit; only the prefix token while a forced prefix lasts. A new rule (for example an
n-gram repetition guard) is one more ban or forced token here; the loops do not change.

Rows are ``K`` consecutive rows per open sentence (row ``n·K + k`` belongs to sentence ``sent[n]``).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import torch

from ..special import BOS, EOS, PAD
from .hyps import N_ALTERNATIVES

NEG = float("-inf")


def max_lengths(src_mask: torch.Tensor, max_length: Optional[int], a: float = 2.0, b: int = 10) -> list[int]:
    """Per-sentence target limit (tokens incl. </s>): ``a·|src| + b``, capped by ``max_length``."""
    lens = src_mask.sum(1).tolist()
    return [int(min(max_length or 10**9, a * n + b)) for n in lens]


@dataclass(frozen=True)
class Rules:
    max_len: Sequence[int]                              # per sentence: target tokens incl. </s>
    min_length: int = 0
    prefixes: Optional[Sequence[Sequence[int]]] = None  # per sentence: forced first target ids

    @classmethod
    def for_batch(cls, src_mask: torch.Tensor, max_length: Optional[int], min_length: int = 0,
                  prefixes=None) -> "Rules":
        return cls(max_lengths(src_mask, max_length), min_length, prefixes)

    @property
    def steps(self) -> int:
        return max(self.max_len)

    def banned(self, t: int) -> tuple[int, ...]:
        """Tokens no row may choose at step ``t``."""
        return (PAD, BOS, EOS) if t + 1 < self.min_length else (PAD, BOS)

    def forced(self, t: int, sent: Sequence[int], K: int) -> tuple[list[int], list[int]]:
        """(rows, tokens): rows with one allowed token at step ``t`` — ``</s>`` at the length limit,
        else the forced prefix's token."""
        rows = [n * K + j for n, s in enumerate(sent) if t + 1 >= self.max_len[s] for j in range(K)]
        toks = [EOS] * len(rows)
        if self.prefixes:
            ended = set(rows)
            for n, s in enumerate(sent):
                if t < len(self.prefixes[s]):
                    new = [n * K + j for j in range(K) if n * K + j not in ended]
                    rows += new
                    toks += [self.prefixes[s][t]] * len(new)
        return rows, toks


def candidates(lp: torch.Tensor, k: int, t: int, sent: Sequence[int], K: int, rules: Rules):
    """One top-k pass over the vocabulary per step. Returns, per row, the ``k`` best tokens the rules
    allow, best first, as (log-probs [R, k], ids [R, k]) (−inf where fewer are allowed), and the
    unconstrained top ``N_ALTERNATIVES`` as (log-probs, ids)."""
    banned, V = rules.banned(t), lp.size(-1)
    n_alt = min(N_ALTERNATIVES, V)
    top_lp, top_id = lp.topk(min(V, max(n_alt, k + len(banned))), -1)   # enough to drop the banned
    vals, ids = _without(top_lp, top_id, banned), top_id
    rows, toks = rules.forced(t, sent, K)
    if rows:
        vals, ids = _force(lp, vals, ids, rows, toks, banned)
    vals, order = vals.topk(min(k, vals.size(1)), -1)                   # allowed first
    return vals, ids.gather(1, order), (top_lp[:, :n_alt], top_id[:, :n_alt])


def _without(top_lp: torch.Tensor, top_id: torch.Tensor, banned: Sequence[int]) -> torch.Tensor:
    """``top_lp`` with the banned tokens' entries at −inf."""
    bad = top_id == banned[0]
    for b in banned[1:]:
        bad |= top_id == b
    return top_lp.masked_fill(bad, NEG)


def _force(lp, vals, ids, rows: list[int], toks: list[int], banned):
    """Rows ``rows`` keep a single candidate, ``toks[i]`` (−inf if it is banned too)."""
    r = torch.tensor(rows, device=lp.device)
    tk = torch.tensor(toks, device=lp.device)
    keep = lp[r, tk].masked_fill(torch.tensor([x in banned for x in toks], device=lp.device), NEG)
    vals = vals.index_fill(0, r, NEG)
    vals[r, 0] = keep
    ids = ids.clone()
    ids[r, 0] = tk
    return vals, ids
