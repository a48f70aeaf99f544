"""Bahdanau (additive) and Luong (dot / general) attention: (query, keys, mask) → (context, weights).

Stateless: keys are projected once per sentence (``prepare``) and passed back on every step.
"""
from __future__ import annotations

import torch
from torch import nn


def _masked_softmax(scores: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    return torch.softmax(scores.masked_fill(~mask, float("-inf")), dim=-1)


class BahdanauAttention(nn.Module):
    """score(q, k) = v · tanh(W_q q + W_k k)  (Bahdanau et al., 2015)."""

    def __init__(self, query_dim: int, key_dim: int, attn_dim: int):
        super().__init__()
        self.w_q = nn.Linear(query_dim, attn_dim, bias=False)
        self.w_k = nn.Linear(key_dim, attn_dim)
        self.v = nn.Linear(attn_dim, 1, bias=False)

    def prepare(self, memory: torch.Tensor) -> torch.Tensor:
        return self.w_k(memory)                                  # [B, S, A]

    def forward(self, query, memory, mask, keys):
        # query [B, Q] → scores [B, S]
        scores = self.v(torch.tanh(keys + self.w_q(query).unsqueeze(1))).squeeze(-1)
        weights = _masked_softmax(scores, mask)
        return torch.bmm(weights.unsqueeze(1), memory).squeeze(1), weights


class LuongAttention(nn.Module):
    """score(q, k) = q · k (dot) or q · W k (general)  (Luong et al., 2015)."""

    def __init__(self, query_dim: int, key_dim: int, mode: str = "general"):
        super().__init__()
        if mode not in ("dot", "general"):
            raise ValueError(f"unknown Luong attention {mode!r}")
        if mode == "dot" and query_dim != key_dim:
            raise ValueError("Luong dot attention needs equal query and key sizes")
        self.w = nn.Linear(key_dim, query_dim, bias=False) if mode == "general" else None

    def prepare(self, memory: torch.Tensor) -> torch.Tensor:
        return self.w(memory) if self.w is not None else memory  # [B, S, Q]

    def forward(self, query, memory, mask, keys):
        scores = torch.bmm(keys, query.unsqueeze(2)).squeeze(2)  # [B, S]
        weights = _masked_softmax(scores, mask)
        return torch.bmm(weights.unsqueeze(1), memory).squeeze(1), weights


def build_attention(kind: str, query_dim: int, key_dim: int) -> nn.Module:
    if kind == "bahdanau":
        return BahdanauAttention(query_dim, key_dim, query_dim)
    if kind in ("luong-dot", "luong-general"):
        return LuongAttention(query_dim, key_dim, kind.split("-")[1])
    raise ValueError(f"unknown attention {kind!r}; choose bahdanau, luong-dot or luong-general")
