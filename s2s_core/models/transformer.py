"""Pre-norm Transformer encoder-decoder with an incremental key/value cache.

Cross-attention keys/values are computed once per sentence (in ``encode``); the self-attention cache
grows by one position per ``decode_step``. Cross-attention weights come back per layer and head.
The display attention is the head average of the penultimate decoder layer: in trained NMT
Transformers that layer aligns best with word alignments (Garg et al., 2019), the last layer less so.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

from ..config import ModelConfig
from .base import EncoderOut, Seq2Seq, StepOut, select_dataclass


def sinusoids(length: int, dim: int) -> torch.Tensor:
    pos = torch.arange(length, dtype=torch.float32).unsqueeze(1)
    inv = torch.exp(torch.arange(0, dim, 2, dtype=torch.float32) * (-math.log(10000.0) / dim))
    pe = torch.zeros(length, dim)
    pe[:, 0::2], pe[:, 1::2] = torch.sin(pos * inv), torch.cos(pos * inv)
    return pe


@dataclass
class KVCache:
    k: list        # per layer [B, H, t, dh]
    v: list
    pos: int       # number of target positions decoded so far


class Attention(nn.Module):
    def __init__(self, d: int, heads: int, dropout: float, cross: bool):
        super().__init__()
        self.h, self.dh = heads, d // heads
        self.cross = cross
        self.q = nn.Linear(d, d) if cross else None
        self.kv = nn.Linear(d, 2 * d) if cross else None
        self.qkv = None if cross else nn.Linear(d, 3 * d)
        self.o = nn.Linear(d, d)
        self.p = dropout

    def split(self, x):                                   # [B, T, d] → [B, H, T, dh]
        B, T, _ = x.shape
        return x.view(B, T, self.h, self.dh).transpose(1, 2)

    def merge(self, x):                                   # [B, H, T, dh] → [B, T, d]
        B, H, T, dh = x.shape
        return self.o(x.transpose(1, 2).reshape(B, T, H * dh))

    def project_memory(self, memory):
        k, v = self.kv(memory).chunk(2, -1)
        return self.split(k), self.split(v)

    def self_attend(self, x, causal: bool, key_mask=None):
        q, k, v = (self.split(t) for t in self.qkv(x).chunk(3, -1))
        out = F.scaled_dot_product_attention(q, k, v, attn_mask=key_mask, is_causal=causal,
                                             dropout_p=self.p if self.training else 0.0)
        return self.merge(out)

    def cross_attend(self, x, k, v, key_mask):
        q = self.split(self.q(x))
        out = F.scaled_dot_product_attention(q, k, v, attn_mask=key_mask,
                                             dropout_p=self.p if self.training else 0.0)
        return self.merge(out)

    def cross_attend_weights(self, x, k, v, key_mask):
        """Same as cross_attend (inference) but also returns weights [B, H, T, S]."""
        q = self.split(self.q(x))
        scores = (q @ k.transpose(-1, -2)) / math.sqrt(self.dh)
        weights = torch.softmax(scores.masked_fill(~key_mask, float("-inf")), dim=-1)
        return self.merge(weights @ v), weights


class FeedForward(nn.Sequential):
    def __init__(self, d, ffn, dropout):
        super().__init__(nn.Linear(d, ffn), nn.ReLU(), nn.Dropout(dropout), nn.Linear(ffn, d))


class EncoderLayer(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        d = cfg.d_model
        self.ln1, self.ln2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.attn = Attention(d, cfg.n_heads, cfg.dropout, cross=False)
        self.ffn = FeedForward(d, cfg.ffn_dim, cfg.dropout)
        self.drop = nn.Dropout(cfg.dropout)

    def forward(self, x, key_mask):
        x = x + self.drop(self.attn.self_attend(self.ln1(x), causal=False, key_mask=key_mask))
        return x + self.drop(self.ffn(self.ln2(x)))


class DecoderLayer(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        d = cfg.d_model
        self.ln1, self.ln2, self.ln3 = nn.LayerNorm(d), nn.LayerNorm(d), nn.LayerNorm(d)
        self.self_attn = Attention(d, cfg.n_heads, cfg.dropout, cross=False)
        self.cross_attn = Attention(d, cfg.n_heads, cfg.dropout, cross=True)
        self.ffn = FeedForward(d, cfg.ffn_dim, cfg.dropout)
        self.drop = nn.Dropout(cfg.dropout)

    def forward(self, x, mem_k, mem_v, key_mask):
        x = x + self.drop(self.self_attn.self_attend(self.ln1(x), causal=True))
        x = x + self.drop(self.cross_attn.cross_attend(self.ln2(x), mem_k, mem_v, key_mask))
        return x + self.drop(self.ffn(self.ln3(x)))

    def step(self, x, k_cache, v_cache, mem_k, mem_v, key_mask):
        """x [B, 1, d]; returns (x, k_cache, v_cache, cross weights [B, H, S])."""
        a = self.self_attn
        q, k, v = (a.split(t) for t in a.qkv(self.ln1(x)).chunk(3, -1))
        k_cache = k if k_cache is None else torch.cat([k_cache, k], 2)
        v_cache = v if v_cache is None else torch.cat([v_cache, v], 2)
        x = x + a.merge(F.scaled_dot_product_attention(q, k_cache, v_cache))
        ctx, w = self.cross_attn.cross_attend_weights(self.ln2(x), mem_k, mem_v, key_mask)
        x = x + ctx
        return x + self.ffn(self.ln3(x)), k_cache, v_cache, w[:, :, 0]


class TransformerSeq2Seq(Seq2Seq):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.config = cfg
        d = cfg.d_model
        if d % cfg.n_heads:
            raise ValueError(f"d_model {d} is not divisible by n_heads {cfg.n_heads}")
        self.embed = nn.Embedding(cfg.vocab_size, d, padding_idx=cfg.pad_id)
        self.tgt_embed = self.embed if cfg.tie_embeddings else nn.Embedding(cfg.vocab_size, d, padding_idx=cfg.pad_id)
        self.enc_layers = nn.ModuleList(EncoderLayer(cfg) for _ in range(cfg.enc_layers))
        self.dec_layers = nn.ModuleList(DecoderLayer(cfg) for _ in range(cfg.dec_layers))
        self.enc_ln, self.dec_ln = nn.LayerNorm(d), nn.LayerNorm(d)
        self.out = nn.Linear(d, cfg.vocab_size, bias=False)
        if cfg.tie_embeddings:
            self.out.weight = self.tgt_embed.weight
        self.drop = nn.Dropout(cfg.dropout)
        self.register_buffer("pe", sinusoids(512, d), persistent=False)
        self.display_layer = max(0, cfg.dec_layers - 2)
        self._init()

    def _init(self):
        for name, p in self.named_parameters():
            if p.dim() > 1:
                nn.init.xavier_uniform_(p)
        nn.init.normal_(self.embed.weight, 0, self.config.d_model ** -0.5)
        if self.tgt_embed is not self.embed:
            nn.init.normal_(self.tgt_embed.weight, 0, self.config.d_model ** -0.5)

    def _positions(self, start: int, length: int) -> torch.Tensor:
        if start + length > self.pe.size(0):
            self.pe = sinusoids(2 * (start + length), self.config.d_model).to(self.pe.device)
        return self.pe[start:start + length]

    def _embed(self, emb, tokens, start=0):
        x = emb(tokens) * math.sqrt(self.config.d_model)
        return self.drop(x + self._positions(start, tokens.size(1)).to(x.dtype))

    # -- interface --------------------------------------------------------------------------------
    def encode(self, src, src_mask):
        key_mask = src_mask[:, None, None, :]                                # [B, 1, 1, S]
        x = self._embed(self.embed, src)
        for layer in self.enc_layers:
            x = layer(x, key_mask)
        memory = self.enc_ln(x)
        return EncoderOut(memory, src_mask, [l.cross_attn.project_memory(memory) for l in self.dec_layers])

    def init_state(self, enc):
        n = len(self.dec_layers)
        return KVCache([None] * n, [None] * n, 0)

    def decode_step(self, prev_tokens, state, enc, need_heads=False):
        x = self._embed(self.tgt_embed, prev_tokens.unsqueeze(1), start=state.pos)
        key_mask = enc.src_mask[:, None, None, :]
        ks, vs, heads = [], [], []
        for i, layer in enumerate(self.dec_layers):
            mem_k, mem_v = enc.keys[i]
            x, k, v, w = layer.step(x, state.k[i], state.v[i], mem_k, mem_v, key_mask)
            ks.append(k); vs.append(v); heads.append(w)
        logits = self.out(self.dec_ln(x[:, 0]))
        heads_t = torch.stack(heads, 1)                                      # [B, L, H, S]
        return StepOut(F.log_softmax(logits.float(), -1), heads_t[:, self.display_layer].mean(1),
                       KVCache(ks, vs, state.pos + 1), heads_t if need_heads else None)

    def reorder_state(self, state, idx):
        return select_dataclass(state, idx, 0)

    def forward(self, src, tgt_in, sampling_prob: float = 0.0):
        src_mask = src != self.config.pad_id
        enc = self.encode(src, src_mask)
        key_mask = src_mask[:, None, None, :]
        x = self._embed(self.tgt_embed, tgt_in)
        for i, layer in enumerate(self.dec_layers):
            x = layer(x, *enc.keys[i], key_mask)
        return self.out(self.dec_ln(x))
