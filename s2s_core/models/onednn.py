"""The one place that leaves PyTorch's public API: oneDNN linear layers over pre-packed weights.

On CPU, oneDNN over a weight packed once into its blocked layout (as CTranslate2 does) runs a decoding
step's small-row GEMMs faster than PyTorch's default MKL SGEMM, which starts from the plain layout on every
call: the vocabulary projection 1.5–3× on AVX2, every large layer of the step on AVX-512 (``fastpath.py``
decides which layers take it on which CPU). Results agree with ``F.linear`` to float rounding in fp32; a
bf16 packed copy computes in bf16 (native on CPUs with AVX-512 BF16 / AMX). The ops are ``torch.ops.mkldnn``
ones that are not public API, so they sit here, behind a switch; callers fall back to ``F.linear``.

Switch: ``S2S_ONEDNN=0`` in the environment disables every oneDNN layer for the process;
``set_enabled(False)`` or ``with disabled(): …`` at run time (the tests check that both give the same
translations). A build whose op fails turns it off for good. bf16 runs only where oneDNN has bf16 kernels
(``bf16_supported``: AVX-512 BW/VL/DQ or AVX-NE-CONVERT); elsewhere a bf16 layer computes in fp32, and a bf16 op
that fails turns bf16 off, never the fp32 layers (an AVX2 CPU asked for bf16 had lost every oneDNN layer).

State: packed copies live in ``_PACKED`` keyed by ``(id(weight), dtype)`` and are dropped when the weight is
garbage-collected; a copy is rebuilt whenever its weight changes (a new ``_version`` from optimizer
steps or ``load_state_dict``, or, for writes through ``.data`` that bypass the version counter, a changed
value among a fixed sample of its elements).
"""
from __future__ import annotations

import contextlib
import os
import weakref
from typing import Iterator, Optional

import torch
import torch.nn.functional as F

ENV_VAR = "S2S_ONEDNN"
_PACKED: dict = {}   # (id(weight), dtype) → (weakref, (data_ptr, version), sample view, its values, packed weight)


def _env_allows() -> bool:
    return os.environ.get(ENV_VAR, "1").strip().lower() not in ("0", "false", "off", "no")


_STATE = {"available": torch.backends.mkldnn.is_available() and hasattr(torch.ops.mkldnn, "_linear_pointwise"),
          "enabled": _env_allows()}
_STATE["bf16"] = _STATE["available"] and bool(getattr(torch.ops.mkldnn, "_is_mkldnn_bf16_supported", lambda: False)())


def bf16_supported() -> bool:
    """Whether oneDNN layers can compute in bf16 on this CPU (an AVX2-only one cannot: its reorder refuses)."""
    return _STATE["bf16"]


def enabled() -> bool:
    """Whether decoding steps may use oneDNN layers (available in this build and switched on)."""
    return _STATE["available"] and _STATE["enabled"]


def set_enabled(flag: bool) -> None:
    _STATE["enabled"] = bool(flag)


@contextlib.contextmanager
def disabled() -> Iterator[None]:
    """Use plain ``F.linear`` layers inside the block."""
    before = _STATE["enabled"]
    _STATE["enabled"] = False
    try:
        yield
    finally:
        _STATE["enabled"] = before


def _packed(weight: torch.Tensor, dtype: torch.dtype = torch.float32) -> torch.Tensor:
    """The oneDNN-packed ``dtype`` copy of ``weight``, rebuilt when the weight changes (see the module doc)."""
    # an inference tensor has no version counter (it is written only inside inference mode): the sample tells
    k, key = (id(weight), dtype), (weight.data_ptr(), 0 if weight.is_inference() else weight._version)
    hit = _PACKED.get(k)
    if hit is not None and hit[0]() is weight and hit[1] == key and torch.equal(hit[2], hit[3]):
        return hit[4]
    w = weight.detach()
    sample = w.view(-1)[::max(1, w.numel() // 16)]           # a view: it sees writes through .data
    ref = weakref.ref(weight, lambda _, k=k: _PACKED.pop(k, None))
    packed = torch.ops.mkldnn._reorder_linear_weight(w.to(dtype), 64)
    _PACKED[k] = (ref, key, sample, sample.clone(), packed)
    return packed


def applies(x: torch.Tensor, weight: torch.Tensor) -> bool:
    """Whether ``linear`` may run here: switched on, CPU, fp32 tensors, inference."""
    return (enabled() and x.device.type == "cpu" and x.dtype == torch.float32 and weight.dtype == torch.float32
            and not (torch.is_grad_enabled() and weight.requires_grad))


def linear(x: torch.Tensor, weight: torch.Tensor, bias: Optional[torch.Tensor] = None, relu: bool = False,
           dtype: torch.dtype = torch.float32) -> torch.Tensor:
    """``F.linear(x, weight, bias)`` (then ReLU, fused) through oneDNN, computed in ``dtype``; fp32 out.
    Call only where ``applies``; falls back to ``F.linear`` if the op fails."""
    dtype = dtype if dtype == torch.float32 or _STATE["bf16"] else torch.float32
    if _STATE["available"]:
        try:
            xin = x if dtype == torch.float32 else x.to(dtype)
            y = torch.ops.mkldnn._linear_pointwise(xin.contiguous(), _packed(weight, dtype), bias,
                                                   "relu" if relu else "none", [], "")
            return y if y.dtype == torch.float32 else y.float()
        except (RuntimeError, NotImplementedError):   # a build without the op's CPU kernel: use the default
            _STATE["bf16" if dtype != torch.float32 else "available"] = False
    y = F.linear(x, weight, bias)
    return torch.relu_(y) if relu else y


def vocab_projection(h: torch.Tensor, weight: torch.Tensor) -> torch.Tensor:
    """``h @ weight.T`` ([rows, d] → [rows, vocab]) for a decoding step; oneDNN for 2–128 rows (the rule
    measured on AVX2; ``fastpath`` may use ``linear`` for every row count instead)."""
    if 1 < h.size(0) <= 128 and applies(h, weight):
        return linear(h, weight)
    return F.linear(h, weight)
