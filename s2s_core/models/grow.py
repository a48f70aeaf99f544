"""Growing a trained Transformer deeper, so a bigger model starts where the smaller one stands.

A bigger model trained from scratch needs many CPU-hours just to catch up with the shipped one. Grown
instead, it starts there: the checkpoint's layers keep their weights and new layers go on top, each with
the last projection of its residual branches (attention output, FFN down) at zero. A pre-norm layer then
adds nothing to its input, so the grown model computes exactly what the checkpoint did (Net2Net's
function-preserving growth, Chen et al. 2016), and training only has to learn what the new layers add.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Mapping

import torch

from ..config import ModelConfig

_NEW_LAYER = re.compile(r"^(enc|dec)_layers\.\d+\.")
_BRANCH_OUT = re.compile(r"\.(attn|self_attn|cross_attn)\.o\.(weight|bias)$|\.ffn\.down\.(weight|bias)$")


def deeper(cfg: ModelConfig, enc_layers: int = 0, dec_layers: int = 0) -> ModelConfig:
    """``cfg`` with ``enc_layers`` / ``dec_layers`` layers (0: as it is); a Transformer only, never fewer."""
    enc, dec = enc_layers or cfg.enc_layers, dec_layers or cfg.dec_layers
    if (enc, dec) == (cfg.enc_layers, cfg.dec_layers):
        return cfg
    if cfg.arch != "transformer":
        raise ValueError(f"only a Transformer can be grown deeper, not a {cfg.arch}")
    if enc < cfg.enc_layers or dec < cfg.dec_layers:
        raise ValueError(f"a warm start can add layers, not drop them: the checkpoint has "
                         f"{cfg.enc_layers}+{cfg.dec_layers}, asked for {enc}+{dec}")
    return replace(cfg, enc_layers=enc, dec_layers=dec)


def load_grown(model: torch.nn.Module, state: Mapping[str, torch.Tensor]) -> list[str]:
    """Load a checkpoint's weights ``state`` into ``model``, which may have more layers on top; the new
    layers' residual branches start at zero (the model then computes what the checkpoint did). Returns
    the names of the new parameters (none when the architectures match)."""
    own = model.state_dict()
    new = [k for k in own if k not in state]
    unknown = sorted(set(state) - set(own)) + [k for k in new if not _NEW_LAYER.match(k)]
    if unknown:
        raise ValueError(f"the checkpoint does not fit this model: {', '.join(unknown[:5])}")
    model.load_state_dict({**own, **{k: v.float() for k, v in state.items()}})
    with torch.no_grad():
        for k in new:
            if _BRANCH_OUT.search(k):
                model.get_parameter(k).zero_()
    return new
