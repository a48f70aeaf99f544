"""build_model(cfg): the one place that maps an architecture name to its class."""
from ..config import ARCHITECTURES, ATTENTIONS, ModelConfig
from .base import EncoderOut, Seq2Seq, StepOut
from .ensemble import Ensemble
from .rnn import RNNSeq2Seq
from .transformer import TransformerSeq2Seq


def build_model(cfg: ModelConfig) -> Seq2Seq:
    if cfg.ensemble > 1:
        return Ensemble(cfg, build_model)
    if cfg.arch == "transformer":
        return TransformerSeq2Seq(cfg)
    if cfg.arch in ("gru", "lstm"):
        if cfg.attention not in ATTENTIONS:
            raise ValueError(f"unknown attention {cfg.attention!r}; choose from {', '.join(ATTENTIONS)}")
        return RNNSeq2Seq(cfg)
    raise ValueError(f"unknown architecture {cfg.arch!r}; choose from {', '.join(ARCHITECTURES)}")


__all__ = ["build_model", "Seq2Seq", "Ensemble", "EncoderOut", "StepOut", "ARCHITECTURES", "ATTENTIONS"]
