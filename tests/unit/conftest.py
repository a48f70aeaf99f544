"""Unit-test helpers: tiny randomly initialised models (no training) and padded source batches.

The unit tier trains nothing: the checkpoint fixtures here replace the trained ones of tests/conftest.py
with untrained files of the same shapes and tokenizer."""
from __future__ import annotations

from pathlib import Path

import pytest
import torch

from s2s_core.config import ModelConfig
from s2s_core.models import build_model

from tiny_checkpoints import untrained_checkpoint

ARCH_CONFIGS = {
    "transformer": dict(arch="transformer", d_model=16, n_heads=2, enc_layers=2, dec_layers=2, ffn_dim=32),
    "gru": dict(arch="gru", attention="bahdanau", d_model=16, emb_dim=8, enc_layers=1, dec_layers=1),
    "lstm": dict(arch="lstm", attention="luong-general", d_model=16, emb_dim=8, enc_layers=2, dec_layers=2),
    "gru-luong-dot": dict(arch="gru", attention="luong-dot", d_model=16, emb_dim=8, enc_layers=1, dec_layers=2),
}


def random_model(kind: str = "transformer", vocab: int = 6, seed: int = 0, scale: float = 0.6, **kw):
    """A random model in eval mode whose next-token distributions are far from uniform."""
    torch.manual_seed(seed)
    cfg = ModelConfig(**{**ARCH_CONFIGS[kind], "vocab_size": vocab, "dropout": 0.0, **kw})
    model = build_model(cfg)
    with torch.no_grad():
        for p in model.parameters():
            p.normal_(0, scale)
    return model.eval()


def source_batch(lengths, vocab: int = 6, seed: int = 0):
    """Padded [B, S] source ids (real tokens ≥ 4, each row ending in </s>=3) and its mask."""
    g = torch.Generator().manual_seed(seed)
    S = max(lengths)
    src = torch.zeros(len(lengths), S, dtype=torch.long)
    for i, n in enumerate(lengths):
        src[i, :n - 1] = torch.randint(4, vocab, (n - 1,), generator=g)
        src[i, n - 1] = 3
    return src, src != 0


@pytest.fixture
def make_model():
    return random_model


@pytest.fixture(scope="session")
def tiny_checkpoint(tmp_path_factory, toy_data) -> Path:
    """An untrained tiny Transformer checkpoint (2+2 layers, 2 heads) with the reverse task's tokenizer."""
    return untrained_checkpoint(tmp_path_factory.mktemp("untrained_tf"), toy_data)


@pytest.fixture(scope="session")
def tiny_gru_checkpoint(tmp_path_factory, toy_data) -> Path:
    """An untrained tiny GRU + Bahdanau checkpoint with the reverse task's tokenizer."""
    return untrained_checkpoint(tmp_path_factory.mktemp("untrained_gru"), toy_data, arch="gru", enc_layers=1,
                                dec_layers=1)
