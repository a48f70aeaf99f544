"""How a decoding step runs its linear layers on this CPU: the paths, the run-time choice, the switch.

Paths (``PATHS``; each tested against ``reference`` on any CPU in tests/unit/test_fastpath.py):
- ``reference``: ``F.linear`` everywhere, PyTorch's default CPU GEMM (MKL in the official wheels).
- ``projection``: oneDNN over a pre-packed weight (``onednn.py``) for the vocabulary projection of 2–128
  rows only. The choice on AVX2 (measured on an AMD AVX2 machine; ``onednn`` has not been timed on a real
  AVX2 CPU yet: with oneDNN and ATen held to AVX2 on an AVX-512 one it was 0.94–1.0× of this) and on Intel
  CPUs: there MKL's small GEMMs are fast, oneDNN only wins on the projection (0.67× MKL's time for 256×8000
  on 5 rows, but 1.5–2× for the 256×768 to 1024×256 layers), so on an Intel AVX-512 Xeon beam 5 on one
  sentence took 0.89× ``reference``'s time with ``projection`` and 1.02× with ``onednn`` (RESULTS.md).
- ``onednn``: oneDNN for every linear layer of the step with at least ``ONEDNN_MIN_WEIGHT`` weights
  (attention, feed-forward with its ReLU fused, the projection) once a step has two rows (the projection:
  one). The choice on AMD AVX-512 CPUs: there, on a beam of 5 rows, oneDNN's packed GEMM takes 0.5–0.8×
  MKL's time for 256×768 to 512×2048 layers and 0.2× for a 256×8000 projection, 0.8–0.9× on 320-row batches; for
  smaller layers its fixed cost per call (~15 µs) loses (``benchmarks/step_gemms.py``; RESULTS.md,
  AVX-512 section). Same results up to float rounding.
- ``bf16``: as ``onednn``, but steps of at least ``BF16_MIN_ROWS`` rows (batch decoding) compute in bf16
  from bf16 packed copies of the weights (the oneDNN layers only). Opt-in, never chosen by ``auto``: bf16
  rounding moves the log-probs by ~1e-2, so a near tie can flip and a sentence's output depend on its
  batch (3.9 % of the Tatoeba test lines change, BLEU the same).

``auto`` (the default) picks ``onednn`` where ``torch.backends.cpu.get_cpu_capability()`` is AVX-512 (or
AMX) and the CPU is not Intel's (``vendor_id`` in /proc/cpuinfo), ``projection`` elsewhere. Switch:
``S2S_FASTPATH=<path>`` for the process, ``set_path(name)`` or ``with using(name): …`` at run time.
``S2S_ONEDNN=0`` (``onednn.set_enabled(False)``) still turns every oneDNN layer off, which leaves ``reference``.

int8 is not a path but a per-model opt-in: ``quantize_int8`` replaces a model's linear layers by dynamically
quantised ones (``Translator.from_checkpoint(..., quantize="int8")``, ``--quantize int8``); a step then
calls those layers as they are.
"""
from __future__ import annotations

import contextlib
import os
import warnings
from typing import Iterator, Optional

import torch
import torch.nn.functional as F
from torch import nn

from . import onednn
from ..sysinfo import cpuinfo

ENV_VAR = "S2S_FASTPATH"
PATHS = ("reference", "projection", "onednn", "bf16")
ONEDNN_MIN_WEIGHT = 1 << 17   # smaller layers lose to F.linear: oneDNN's ~15 µs fixed cost per call exceeds the gain
BF16_MIN_ROWS = 32            # below it a bf16 GEMM gains nothing on AVX-512 BF16 (the step is latency-bound)


def cpu_vendor() -> str:
    """The CPU's vendor as /proc/cpuinfo names it (GenuineIntel, AuthenticAMD, …; empty where it does not)."""
    return cpuinfo("vendor_id")


def auto() -> str:
    """The path for this CPU (the module doc says why: MKL is slow for few rows on AMD's AVX-512, not on Intel's)."""
    capability = torch.backends.cpu.get_cpu_capability().upper()
    wide = capability.startswith(("AVX512", "AMX"))
    return "onednn" if wide and cpu_vendor() != "GenuineIntel" else "projection"


def _resolve(name: str) -> str:
    name = (name or "auto").strip().lower()
    if name == "auto":
        return auto()
    if name not in PATHS:
        raise ValueError(f"unknown fast path {name!r}; choose from auto, {', '.join(PATHS)}")
    return name


def _from_env() -> str:
    """``S2S_FASTPATH``'s path; a value that names none warns and leaves ``auto`` (a typo must not stop the app)."""
    try:
        return _resolve(os.environ.get(ENV_VAR, "auto"))
    except ValueError as e:
        warnings.warn(f"{ENV_VAR}: {e}; using auto", RuntimeWarning, stacklevel=2)
        return auto()


_STATE = {"path": _from_env()}


def active() -> str:
    """The path decoding steps take now (``reference`` when oneDNN is off or unavailable)."""
    return _STATE["path"] if onednn.enabled() else "reference"


def set_path(name: str) -> str:
    """Switch every decoding step of the process to ``name`` (``auto`` or one of ``PATHS``); returns it."""
    _STATE["path"] = _resolve(name)
    return _STATE["path"]


@contextlib.contextmanager
def using(name: str) -> Iterator[str]:
    """Decode with path ``name`` inside the block (process-wide, as ``set_path``: for tests and benchmarks)."""
    before = _STATE["path"]
    try:
        yield set_path(name)
    finally:
        _STATE["path"] = before


def _onednn_dtype(x: torch.Tensor, weight: torch.Tensor, path: str, min_rows: int) -> Optional[torch.dtype]:
    """The dtype a oneDNN layer computes this call in, or None where ``F.linear`` is faster or it cannot run."""
    if path not in ("onednn", "bf16") or weight.numel() < ONEDNN_MIN_WEIGHT or not onednn.applies(x, weight):
        return None
    rows = x.numel() // x.size(-1)
    if rows < min_rows:
        return None
    return torch.bfloat16 if path == "bf16" and rows >= BF16_MIN_ROWS else torch.float32


def linear(x: torch.Tensor, layer: nn.Module, relu: bool = False) -> torch.Tensor:
    """``layer(x)`` (then ReLU) for a layer of a decoding step, by the active path. ``layer`` is an
    ``nn.Linear`` or, in a quantised model, whatever replaced it (called as it is)."""
    weight = layer.weight
    if not isinstance(weight, torch.Tensor):                 # a quantised layer: weight() is a method
        y = layer(x)
    else:
        dtype = _onednn_dtype(x, weight, _STATE["path"], min_rows=2)
        if dtype is not None:
            return onednn.linear(x, weight, layer.bias, relu, dtype)
        y = F.linear(x, weight, layer.bias)
    return torch.relu_(y) if relu else y


def projection(h: torch.Tensor, layer: nn.Module) -> torch.Tensor:
    """The vocabulary projection of a step (``h`` [rows, d] → [rows, vocab]), by the active path."""
    weight, path = layer.weight, _STATE["path"]
    if not isinstance(weight, torch.Tensor):
        return layer(h)
    if path == "projection" and layer.bias is None:
        return onednn.vocab_projection(h, weight)
    dtype = _onednn_dtype(h, weight, path, min_rows=1)
    if dtype is not None:
        return onednn.linear(h, weight, layer.bias, False, dtype)
    return F.linear(h, weight, layer.bias)


QUANTIZE = ("int8",)     # the per-model opt-ins (``quantize``)


def quantize(model: nn.Module, kind: Optional[str], device: str | torch.device = "cpu") -> nn.Module:
    """``model`` as it is for ``kind`` None / ``"none"``, quantised in place for ``"int8"`` (to run on
    ``device``, which must then be the CPU)."""
    if kind in (None, "", "none"):
        return model
    if kind not in QUANTIZE:
        raise ValueError(f"unknown quantisation {kind!r}; choose from none, {', '.join(QUANTIZE)}")
    if torch.device(device).type != "cpu":
        raise ValueError(f"{kind} quantisation runs on CPU only, not on {device}")
    return quantize_int8(model)


def quantize_int8(model: nn.Module) -> nn.Module:
    """``model`` (in place, returned) with every ``nn.Linear`` replaced by a dynamically quantised int8 one
    (``torch.ao.quantization.quantize_dynamic``: int8 weights per tensor, activations quantised per call).
    CPU inference only; BLEU within 0.3 of fp32 on the Tatoeba test (benchmarks/RESULTS.md)."""
    from torch.ao.quantization import quantize_dynamic
    if any(p.device.type != "cpu" for p in model.parameters()):
        raise ValueError("int8 quantisation runs on CPU only; load the model with device='cpu'")
    with warnings.catch_warnings():        # torch.ao announces its quantised-tensor API's move to torchao
        warnings.simplefilter("ignore", UserWarning)
        warnings.simplefilter("ignore", DeprecationWarning)
        return quantize_dynamic(model.eval(), {nn.Linear}, dtype=torch.qint8, inplace=True)
