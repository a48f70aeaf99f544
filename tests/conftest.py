"""Shared fixtures: small synthetic data and quickly-trained tiny checkpoints (no real corpora)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from s2s_core.config import ModelConfig, TrainConfig
from s2s_core.toy import write_task

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def toy_data(tmp_path_factory) -> dict:
    """Reverse task: spaced letters, 4000 train / 100 valid pairs."""
    d = tmp_path_factory.mktemp("toy")
    return {"train": write_task(d / "train.tsv", n=4000, seed=1), "valid": write_task(d / "valid.tsv", n=100, seed=2)}


def train_tiny(out: Path, toy_data: dict, arch: str = "transformer", steps: int = 60, **model_kw) -> Path:
    """A few-second training run → ``out/best.pt`` (a real checkpoint, weak model)."""
    from s2s_core.train import train
    cfg = TrainConfig(train=str(toy_data["train"]), valid=str(toy_data["valid"]), out=str(out), vocab_size=40,
                      max_steps=steps, batch_tokens=1024, lr=3e-3, warmup=20, valid_every=steps,
                      checkpoint_every=steps, log_every=10, valid_max_sents=20)
    m = dict(arch=arch, attention="bahdanau", d_model=32, n_heads=2, enc_layers=2, dec_layers=2, ffn_dim=64,
             emb_dim=32, dropout=0.0)
    m.update(model_kw)
    train(cfg, ModelConfig(**m), device="cpu")
    return out / "best.pt"


@pytest.fixture(scope="session")
def tiny_checkpoint(tmp_path_factory, toy_data) -> Path:
    """Tiny Transformer checkpoint (2+2 layers, 2 heads) trained for a few seconds on the reverse task."""
    return train_tiny(tmp_path_factory.mktemp("tiny_tf"), toy_data)


@pytest.fixture(scope="session")
def tiny_gru_checkpoint(tmp_path_factory, toy_data) -> Path:
    """Tiny GRU + Bahdanau checkpoint trained for a few seconds on the reverse task."""
    return train_tiny(tmp_path_factory.mktemp("tiny_gru"), toy_data, arch="gru", enc_layers=1, dec_layers=1)
