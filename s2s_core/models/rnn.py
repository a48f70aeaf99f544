"""GRU / LSTM encoder-decoder with Bahdanau or Luong attention.

Encoder: bidirectional RNN whose states are projected to the decoder size (so Luong-dot works).
Decoder, Bahdanau style: attend with the previous hidden state, feed [emb; context] to the RNN.
Decoder, Luong style: RNN over [emb; previous attentional state] (input feeding), then attend.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import torch
import torch.nn.functional as F
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

from ..config import ModelConfig
from .attention import build_attention
from .base import EncoderOut, Seq2Seq, StepOut


@dataclass
class RNNState:
    hidden: torch.Tensor                 # [L, B, H]
    cell: Optional[torch.Tensor]         # [L, B, H] (LSTM only)
    feed: torch.Tensor                   # [B, H] last attentional state (Luong input feeding)


class RNNSeq2Seq(Seq2Seq):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.config = cfg
        H, E = cfg.d_model, cfg.emb_dim
        rnn = {"gru": nn.GRU, "lstm": nn.LSTM}[cfg.arch]
        self.is_lstm = cfg.arch == "lstm"
        self.luong = cfg.attention.startswith("luong")
        self.embed = nn.Embedding(cfg.vocab_size, E, padding_idx=cfg.pad_id)
        self.tgt_embed = self.embed if cfg.tie_embeddings else nn.Embedding(cfg.vocab_size, E, padding_idx=cfg.pad_id)
        self.encoder = rnn(E, H, cfg.enc_layers, batch_first=True, bidirectional=True,
                           dropout=cfg.dropout if cfg.enc_layers > 1 else 0.0)
        self.enc_proj = nn.Linear(2 * H, H)
        self.init_proj = nn.Linear(H, H)
        self.decoder = rnn(E + H, H, cfg.dec_layers, batch_first=True,
                           dropout=cfg.dropout if cfg.dec_layers > 1 else 0.0)
        self.attn = build_attention(cfg.attention, H, H)
        self.combine = nn.Linear(2 * H if self.luong else 2 * H + E, H)
        self.pre_out = nn.Linear(H, E)
        self.out = nn.Linear(E, cfg.vocab_size)
        if cfg.tie_embeddings:
            self.out.weight = self.tgt_embed.weight
        self.drop = nn.Dropout(cfg.dropout)

    # -- interface --------------------------------------------------------------------------------
    def encode(self, src, src_mask):
        lengths = src_mask.sum(1).clamp(min=1).cpu()
        packed = pack_padded_sequence(self.drop(self.embed(src)), lengths, batch_first=True, enforce_sorted=False)
        out, _ = self.encoder(packed)
        out, _ = pad_packed_sequence(out, batch_first=True, total_length=src.size(1))
        memory = self.drop(torch.tanh(self.enc_proj(out)))                   # [B, S, H]
        return EncoderOut(memory, src_mask, self.attn.prepare(memory))

    def init_state(self, enc):
        m = enc.src_mask.unsqueeze(-1).to(enc.memory.dtype)
        mean = (enc.memory * m).sum(1) / m.sum(1).clamp(min=1)
        h0 = torch.tanh(self.init_proj(mean))                               # [B, H]
        hidden = h0.unsqueeze(0).repeat(self.config.dec_layers, 1, 1).contiguous()
        return RNNState(hidden, torch.zeros_like(hidden) if self.is_lstm else None, torch.zeros_like(h0))

    def decode_step(self, prev_tokens, state, enc, need_heads=False, need_attention=True):
        features, weights, state = self._step(prev_tokens, state, enc)
        return StepOut(F.log_softmax(self.out(features).float(), dim=-1), weights, state, None)

    def reorder_state(self, state, idx):
        cell = state.cell.index_select(1, idx) if state.cell is not None else None
        return RNNState(state.hidden.index_select(1, idx), cell, state.feed.index_select(0, idx))

    def forward(self, src, tgt_in, sampling_prob: float = 0.0, project: bool = True):
        enc = self.encode(src, src != self.config.pad_id)
        state = self.init_state(enc)
        outputs = []
        prev = tgt_in[:, 0]
        for t in range(tgt_in.size(1)):
            if t > 0:
                prev = tgt_in[:, t]
                if sampling_prob > 0:   # scheduled sampling: feed the model's own previous prediction
                    with torch.no_grad():
                        own = (outputs[-1] if project else self.out(outputs[-1])).argmax(-1)
                    use_own = torch.rand(prev.shape, device=prev.device) < sampling_prob
                    prev = torch.where(use_own & (prev != self.config.pad_id), own, prev)
            features, _, state = self._step(prev, state, enc)
            outputs.append(self.out(features) if project else features)
        return torch.stack(outputs, 1)

    # -- one decoder step -------------------------------------------------------------------------
    def _step(self, prev, state: RNNState, enc: EncoderOut):
        """→ (features for ``self.out`` [B, E], attention weights [B, S], new state)."""
        emb = self.drop(self.tgt_embed(prev))                               # [B, E]
        rnn_state = (state.hidden, state.cell) if self.is_lstm else state.hidden
        if self.luong:
            out, rnn_state = self.decoder(torch.cat([emb, state.feed], -1).unsqueeze(1), rnn_state)
            h = out[:, 0]
            ctx, weights = self.attn(h, enc.memory, enc.src_mask, enc.keys)
            feat = torch.tanh(self.combine(torch.cat([h, ctx], -1)))
        else:
            ctx, weights = self.attn(state.hidden[-1], enc.memory, enc.src_mask, enc.keys)
            out, rnn_state = self.decoder(torch.cat([emb, ctx], -1).unsqueeze(1), rnn_state)
            h = out[:, 0]
            feat = torch.tanh(self.combine(torch.cat([h, ctx, emb], -1)))
        hidden, cell = rnn_state if self.is_lstm else (rnn_state, None)
        return self.pre_out(self.drop(feat)), weights, RNNState(hidden, cell, feat)
