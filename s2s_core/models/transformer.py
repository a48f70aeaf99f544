"""Pre-norm Transformer encoder-decoder with an incremental key/value cache.

Cross-attention keys/values are computed once per sentence (in ``encode``); the self-attention cache
grows by one position per ``decode_step``. Cross-attention weights come back per layer and head.
The display attention is the head average of the penultimate decoder layer: in trained NMT
Transformers that layer aligns best with word alignments (Garg et al., 2019), the last layer less so.

Decoding speed: the self-attention cache of all layers lives in one preallocated buffer (appending writes
in place, beam reordering is one index_select), and a step attends with plain batched matmuls over
[batch·heads] (for one query that beats the fused SDPA kernel's fixed cost). The display attention is
those same softmax weights, so asking for it never changes the log-probabilities, only adds a mean.
The step's linear layers run by the CPU's fast path (``fastpath.py``: oneDNN for the large ones on
AVX-512, for the vocabulary projection elsewhere; a documented switch).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Optional

import torch
import torch.nn.functional as F
from torch import nn

from ..config import ModelConfig
from . import fastpath
from .base import EncoderOut, Seq2Seq, StepOut

MAX_POSITIONS = 1024     # rows of the positional table built with the model (the Translator's length caps fit)


def sinusoids(length: int, dim: int) -> torch.Tensor:
    pos = torch.arange(length, dtype=torch.float32).unsqueeze(1)
    inv = torch.exp(torch.arange(0, dim, 2, dtype=torch.float32) * (-math.log(10000.0) / dim))
    pe = torch.zeros(length, dim)
    pe[:, 0::2], pe[:, 1::2] = torch.sin(pos * inv), torch.cos(pos * inv)
    return pe


@dataclass
class KVCache:
    """Self-attention keys/values of every decoder layer: ``buf`` [capacity, layers, 2 (k, v), B, H, dh],
    time first so the filled prefix ``buf[:pos]`` is contiguous. Steps append in place; ``filled`` (shared by
    the states over one buffer) tells a state that was decoded from again (its slot ``pos`` since written by
    a later state) to copy first, so a kept state stays valid."""
    buf: Optional[torch.Tensor]
    pos: int                              # number of target positions decoded so far
    filled: list = field(default_factory=lambda: [0])

    def select(self, idx: torch.Tensor) -> "KVCache":
        """Batch rows ``idx`` (beam reordering, dropping finished sentences) into a fresh buffer."""
        if self.buf is None:
            return KVCache(None, self.pos)
        buf = self.buf.new_empty(self.buf.shape[:3] + (idx.numel(),) + self.buf.shape[4:])
        torch.index_select(self.buf[:self.pos], 3, idx, out=buf[:self.pos])
        return KVCache(buf, self.pos, [self.pos])

    def writable(self, rows: int, layers: int, heads: int, dh: int, like: torch.Tensor) -> "KVCache":
        """This cache, or a copy of it, with room to write position ``pos`` in place."""
        buf, pos = self.buf, self.pos
        if buf is not None and pos == self.filled[0] and pos < buf.size(0):
            return self
        new = like.new_empty((max(16, 2 * pos),) + (layers, 2, rows, heads, dh))
        if pos:
            new[:pos] = buf[:pos]
        return KVCache(new, pos, [pos])


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


class Dropout(nn.Dropout):
    """``nn.Dropout``; on CPU in training the mask comes from raw 32-bit random integers, about twice as
    fast as ``bernoulli_`` there (keep probability 1 - p up to 2^-31, kept values scaled by 1 / (1 - p))."""

    def forward(self, x):
        if self.p == 0.0 or not self.training:
            return x
        if not self.p < 1.0 or x.device.type != "cpu" or self.inplace:
            return super().forward(x)
        keep = torch.empty(x.shape, dtype=torch.int32, device=x.device).random_() >= round(self.p * 2 ** 31)
        mask = keep * (1.0 / (1.0 - self.p))                 # bool → float in the same pass
        return x * (mask if mask.dtype == x.dtype else mask.to(x.dtype))


class FeedForward(nn.Module):
    """``down(dropout(relu(up(x))))``. (Checkpoints written before these names call them ``ffn.0`` and
    ``ffn.3``; ``checkpoint.load`` renames them.)"""

    def __init__(self, d, ffn, dropout):
        super().__init__()
        self.up = nn.Linear(d, ffn)
        self.drop = Dropout(dropout)
        self.down = nn.Linear(ffn, d)

    def forward(self, x):
        return self.down(self.drop(torch.relu(self.up(x))))

    def step(self, x):
        """Inference (no dropout), by the CPU's fast path (the ReLU fused or in place)."""
        return fastpath.linear(fastpath.linear(x, self.up, relu=True), self.down)


class EncoderLayer(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        d = cfg.d_model
        self.ln1, self.ln2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.attn = Attention(d, cfg.n_heads, cfg.dropout_of("attention"), cross=False)
        self.ffn = FeedForward(d, cfg.ffn_dim, cfg.dropout_of("activation"))
        self.drop = Dropout(cfg.dropout)

    def forward(self, x, key_mask):
        x = x + self.drop(self.attn.self_attend(self.ln1(x), causal=False, key_mask=key_mask))
        return x + self.drop(self.ffn(self.ln2(x)))


class DecoderLayer(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        d = cfg.d_model
        self.ln1, self.ln2, self.ln3 = nn.LayerNorm(d), nn.LayerNorm(d), nn.LayerNorm(d)
        self.self_attn = Attention(d, cfg.n_heads, cfg.dropout_of("attention"), cross=False)
        self.cross_attn = Attention(d, cfg.n_heads, cfg.dropout_of("attention"), cross=True)
        self.ffn = FeedForward(d, cfg.ffn_dim, cfg.dropout_of("activation"))
        self.drop = Dropout(cfg.dropout)

    def forward(self, x, mem_k, mem_v, key_mask):
        x = x + self.drop(self.self_attn.self_attend(self.ln1(x), causal=True))
        x = x + self.drop(self.cross_attn.cross_attend(self.ln2(x), mem_k, mem_v, key_mask))
        return x + self.drop(self.ffn(self.ln3(x)))

    def step(self, x, kv, pos, mem_kT, mem_v, mask_add):
        """One inference step (no dropout). x [B, 1, d]; ``kv`` this layer's cache [capacity, 2, B, H, dh]
        whose slot ``pos`` is written in place; ``mem_kT`` [B·H, dh, S] and ``mem_v`` [B·H, S, dh] the
        projected source; ``mask_add`` [B·H, 1, S] 0 / -inf. Returns (x, cross weights [B·H, 1, S])."""
        a, c = self.self_attn, self.cross_attn
        B, d = x.size(0), x.size(-1)
        BH, dh = B * a.h, a.dh
        scale = 1.0 / math.sqrt(dh)
        qkv = fastpath.linear(F.layer_norm(x, (d,), self.ln1.weight, self.ln1.bias, self.ln1.eps),
                              a.qkv).view(B, 3, a.h, dh)
        kv[pos].copy_(qkv[:, 1:].transpose(0, 1))
        past = kv[:pos + 1].view(pos + 1, 2, BH, dh)                        # [t, 2, B·H, dh]
        w = torch.softmax(torch.baddbmm(mask_add.new_zeros(()), qkv[:, 0].reshape(BH, 1, dh),
                                        past[:, 0].permute(1, 2, 0), beta=0.0, alpha=scale), -1)
        x = x + fastpath.linear(torch.bmm(w, past[:, 1].transpose(0, 1)).view(B, 1, d), a.o)
        q = fastpath.linear(F.layer_norm(x, (d,), self.ln2.weight, self.ln2.bias, self.ln2.eps), c.q)
        w = torch.softmax(torch.baddbmm(mask_add, q.view(BH, 1, dh), mem_kT, alpha=scale), -1)
        x = x + fastpath.linear(torch.bmm(w, mem_v).view(B, 1, d), c.o)
        return x + self.ffn.step(F.layer_norm(x, (d,), self.ln3.weight, self.ln3.bias, self.ln3.eps)), w


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
        self.drop = Dropout(cfg.dropout)
        self.register_buffer("pe", sinusoids(MAX_POSITIONS, d), persistent=False)
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
        """Rows ``start … start+length-1`` of the table; beyond it (direct calls with very long inputs)
        computed for this call only, with the same values, so the model is never modified while it serves."""
        end = start + length
        if end <= self.pe.size(0):
            return self.pe[start:end]
        return sinusoids(end, self.config.d_model)[start:].to(self.pe.device)

    def _embed(self, emb, tokens, start=0):
        x = emb(tokens) * math.sqrt(self.config.d_model)
        return self.drop(x + self._positions(start, tokens.size(1)).to(x.dtype))

    # -- interface --------------------------------------------------------------------------------
    def _encoder(self, src, src_mask):
        key_mask = src_mask[:, None, None, :]                                # [B, 1, 1, S]
        x = self._embed(self.embed, src)
        for layer in self.enc_layers:
            x = layer(x, key_mask)
        return self.enc_ln(x)

    def encode(self, src, src_mask):
        """For decoding: keys = ([(k [B, H, dh, S], v [B, H, S, dh]) per decoder layer], additive mask
        [B, H, 1, S]), contiguous, so a step views them as [B·H, …] batches."""
        memory = self._encoder(src, src_mask)
        B, S = src_mask.shape
        H = self.config.n_heads
        kv = [(k.transpose(-1, -2).contiguous(), v.contiguous())
              for k, v in (l.cross_attn.project_memory(memory) for l in self.dec_layers)]
        mask_add = torch.zeros((B, H, 1, S), dtype=memory.dtype, device=memory.device) \
            .masked_fill_(~src_mask[:, None, None, :], float("-inf"))
        return EncoderOut(memory, src_mask, (kv, mask_add))

    def init_state(self, enc):
        return KVCache(None, 0)

    def decode_step(self, prev_tokens, state, enc, need_heads=False, need_attention=True):
        x = self._embed(self.tgt_embed, prev_tokens.unsqueeze(1), start=state.pos)
        (mem_kv, mask_add), (B, S) = enc.keys, enc.src_mask.shape
        a = self.dec_layers[0].self_attn
        BH = B * a.h
        state = state.writable(B, len(self.dec_layers), a.h, a.dh, x)
        pos = state.pos
        x, heads = self.decoder_layers(x, state.buf, pos, mem_kv, mask_add.view(BH, 1, S), BH, a.dh, S)
        state.filled[0] = pos + 1
        logits = fastpath.projection(self.dec_ln(x[:, 0]), self.out)
        attention = heads[self.display_layer].view(B, a.h, S).mean(1) if need_attention or need_heads else None
        return StepOut(F.log_softmax(logits.float(), -1), attention, KVCache(state.buf, pos + 1, state.filled),
                       torch.stack([w.view(B, a.h, S) for w in heads], 1) if need_heads else None)  # [B, L, H, S]

    def reorder_state(self, state, idx):
        return state.select(idx)

    def decoder_layers(self, x, buf, pos, mem_kv, mask3, BH: int, dh: int, S: int):
        """One step through the decoder layers → (x, each layer's cross-attention [B·H, 1, S]); its own
        method so that benchmarks/compile_step.py can compile exactly this loop."""
        heads = []
        for i, layer in enumerate(self.dec_layers):
            k, v = mem_kv[i]
            x, w = layer.step(x, buf[:, i], pos, k.view(BH, dh, S), v.view(BH, S, dh), mask3)
            heads.append(w)
        return x, heads

    def forward(self, src, tgt_in, sampling_prob: float = 0.0, project: bool = True):
        src_mask = src != self.config.pad_id
        memory = self._encoder(src, src_mask)
        key_mask = src_mask[:, None, None, :]
        x = self._embed(self.tgt_embed, tgt_in)
        for layer in self.dec_layers:
            x = layer(x, *layer.cross_attn.project_memory(memory), key_mask)
        x = self.dec_ln(x)
        return self.out(x) if project else x
