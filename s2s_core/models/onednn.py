"""The one fast path that leaves PyTorch's public API: the vocabulary projection of a decoding step.

On CPU, for 2–128 rows (beams), oneDNN with a pre-packed weight runs the ``[rows, d] × [d, vocab]``
GEMM 1.5–3× faster than the default (as CTranslate2 does); results agree to float rounding. It uses
``torch.ops.mkldnn`` ops that are not public API, so it sits here, behind a switch, with a plain
``F.linear`` fallback that every other case (training, GPUs, one row, other dtypes) takes anyway.

Switch: ``S2S_ONEDNN=0`` in the environment disables it for the process; ``set_enabled(False)`` or
``with disabled(): …`` at run time (the tests check that both paths give the same translations).
A build whose op fails turns it off for good.

State: packed copies live in ``_PACKED`` keyed by ``id(weight)`` and are dropped when the weight is
garbage-collected; a copy is rebuilt whenever its weight changes (a new ``_version`` from optimizer
steps or ``load_state_dict``, or, for writes through ``.data`` that bypass the version counter, a changed
value among a fixed sample of its elements).
"""
from __future__ import annotations

import contextlib
import os
import weakref
from typing import Iterator

import torch
import torch.nn.functional as F

ENV_VAR = "S2S_ONEDNN"
_PACKED: dict = {}          # id(weight) → (weakref, (data_ptr, version), sample of values, packed weight)


def _env_allows() -> bool:
    return os.environ.get(ENV_VAR, "1").strip().lower() not in ("0", "false", "off", "no")


_STATE = {"available": torch.backends.mkldnn.is_available() and hasattr(torch.ops.mkldnn, "_linear_pointwise"),
          "enabled": _env_allows()}


def enabled() -> bool:
    """Whether decoding steps may use the oneDNN projection (available in this build and switched on)."""
    return _STATE["available"] and _STATE["enabled"]


def set_enabled(flag: bool) -> None:
    _STATE["enabled"] = bool(flag)


@contextlib.contextmanager
def disabled() -> Iterator[None]:
    """Use the plain ``F.linear`` projection inside the block."""
    before = _STATE["enabled"]
    _STATE["enabled"] = False
    try:
        yield
    finally:
        _STATE["enabled"] = before


def _packed(weight: torch.Tensor) -> torch.Tensor:
    """The oneDNN-packed copy of ``weight``, rebuilt when the weight changes (see the module doc)."""
    key, hit = (weight.data_ptr(), weight._version), _PACKED.get(id(weight))
    sample = weight.detach().view(-1)[::max(1, weight.numel() // 16)]
    if hit is None or hit[0]() is not weight or hit[1] != key or not torch.equal(hit[2], sample):
        ref = weakref.ref(weight, lambda _, i=id(weight): _PACKED.pop(i, None))
        hit = _PACKED[id(weight)] = (ref, key, sample.clone(),
                                     torch.ops.mkldnn._reorder_linear_weight(weight.detach(), 64))
    return hit[3]


def _fast_path_applies(h: torch.Tensor, weight: torch.Tensor) -> bool:
    return (enabled() and 1 < h.size(0) <= 128 and h.device.type == "cpu" and h.dtype == torch.float32
            and weight.dtype == torch.float32 and not (torch.is_grad_enabled() and weight.requires_grad))


def vocab_projection(h: torch.Tensor, weight: torch.Tensor) -> torch.Tensor:
    """``h @ weight.T`` ([rows, d] → [rows, vocab]) for a decoding step; oneDNN where it applies."""
    if _fast_path_applies(h, weight):
        try:
            return torch.ops.mkldnn._linear_pointwise(h.contiguous(), _packed(weight), None, "none", [], "")
        except (RuntimeError, NotImplementedError):   # a build without the op's CPU kernel: use the default
            _STATE["available"] = False
    return F.linear(h, weight)
