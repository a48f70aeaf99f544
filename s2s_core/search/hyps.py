"""What a search returns: finished hypotheses with their scores, attention and alternatives."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

import numpy as np
import torch

N_ALTERNATIVES = 5   # top tokens remembered at each position (confidence hover, click-to-correct)


@dataclass
class SearchHyp:
    ids: list[int]                       # target ids, ending in </s> (EOS)
    score: float                         # ranking score (see the package docstring)
    log_prob: float
    token_log_probs: list[float]
    attention: np.ndarray                # [len(ids), S] over the real source tokens
    heads: Optional[np.ndarray] = None   # [len(ids), layers, heads, S] (Transformer, when asked)
    alternatives: list = field(default_factory=list)  # per position: [(id, log_prob), …] best first


@dataclass
class TreeNode:
    """One candidate the beam considered: ``status`` is active, finished or pruned."""
    id: int
    parent: int                          # -1 for children of the root (<s>)
    token: int
    log_prob: float                      # cumulative
    step: int
    status: str


def length_normalise(log_prob: float, length: int, alpha: float) -> float:
    return log_prob / (max(length, 1) ** alpha) if alpha else log_prob


def alternatives(alt_ids: torch.Tensor, alt_lps: torch.Tensor) -> list:
    """[positions, n] ids and log-probs → per position [(id, log_prob), …]."""
    return [list(zip(map(int, i), map(float, p))) for i, p in zip(alt_ids.tolist(), alt_lps.tolist())]


def finish(ids: Sequence[int], token_lps: Sequence[float], attention, heads, alts: list, src_len: int,
           alpha: float) -> SearchHyp:
    """A finished hypothesis; ``attention`` [len, ≥S] and ``heads`` [len, L, H, ≥S] are cut to the
    sentence's ``src_len`` real source tokens (None: no attention was collected → an empty [len, 0])."""
    lp = float(sum(token_lps))
    attn = np.zeros((len(ids), 0), dtype=np.float32) if attention is None else \
        np.asarray(attention[:, :src_len], dtype=np.float32)
    return SearchHyp(ids=list(map(int, ids)), score=length_normalise(lp, len(ids), alpha), log_prob=lp,
                     token_log_probs=[float(x) for x in token_lps], attention=attn,
                     heads=None if heads is None else np.asarray(heads[..., :src_len], dtype=np.float32),
                     alternatives=alts)
