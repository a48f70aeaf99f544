"""Tiny checkpoints for tests: trained for a few seconds (``train_tiny``) or not at all
(``untrained_checkpoint``: same tokenizer, shapes and file layout, seeded weights). A plain module, so
conftest files in any tier can import it (tests/ is on sys.path: its conftest.py has no package)."""
from __future__ import annotations

from pathlib import Path

from s2s_core.config import ModelConfig, TrainConfig


def _tiny_configs(out: Path, toy_data: dict, arch: str, steps: int, model_kw: dict) -> tuple[TrainConfig, ModelConfig]:
    cfg = TrainConfig(train=str(toy_data["train"]), valid=str(toy_data["valid"]), out=str(out), vocab_size=40,
                      max_steps=steps, batch_tokens=1024, lr=3e-3, warmup=20, valid_every=steps,
                      checkpoint_every=steps, log_every=10, valid_max_sents=20)
    m = dict(arch=arch, attention="bahdanau", d_model=32, n_heads=2, enc_layers=2, dec_layers=2, ffn_dim=64,
             emb_dim=32, dropout=0.0)
    m.update(model_kw)
    return cfg, ModelConfig(**m)


def train_tiny(out: Path, toy_data: dict, arch: str = "transformer", steps: int = 60, **model_kw) -> Path:
    """A few-second training run → ``out/best.pt`` (a real checkpoint, weak model)."""
    from s2s_core.train import train
    train(*_tiny_configs(out, toy_data, arch, steps, model_kw), device="cpu")
    return out / "best.pt"


def untrained_checkpoint(out: Path, toy_data: dict, arch: str = "transformer", seed: int = 0, **model_kw) -> Path:
    """``out/best.pt`` as ``train_tiny`` writes it, in well under a second: the tokenizer the trainer would
    train, and the model as built from a fixed seed (no training step)."""
    import torch
    from s2s_core import checkpoint
    from s2s_core.data import flatten, read_corpus
    from s2s_core.models import build_model
    from s2s_core.tokenizer import Tokenizer
    cfg, m = _tiny_configs(out, toy_data, arch, 0, model_kw)
    tok = Tokenizer.train([t for pair in flatten(read_corpus(cfg.train)) for t in pair], cfg.vocab_size,
                          cfg.tokenizer_type)
    m = ModelConfig(**{**m.to_dict(), "vocab_size": tok.vocab_size})
    torch.manual_seed(seed)
    checkpoint.save({"model_config": m.to_dict(), "model": build_model(m).state_dict(),
                     "tokenizer": checkpoint.proto_to_tensor(tok.model_proto),
                     "train_config": {k: list(v) if isinstance(v, tuple) else v for k, v in cfg.to_dict().items()},
                     "meta": {"step": 0, "epoch": 0, "best": None}}, out / "best.pt")
    return out / "best.pt"
