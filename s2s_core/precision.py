"""Training precision: ``auto`` picks bf16 only where the hardware computes it natively.

Why not always bf16: on a CPU without AVX-512 BF16 or AMX, bf16 GEMMs are emulated (converted to fp32 and
back) and run *slower* than fp32, so ``auto`` must fall back; on one with them, a bf16 GEMM runs 2–4× faster
(benchmarks/RESULTS.md). Even then a narrow model's GEMMs are too small to gain: on an AVX-512 BF16 CPU a
d256 model trained 1.1–1.6× faster in bf16 (by shape), a d128 one 0.86× (slower), so on CPUs ``auto`` also needs
``d_model`` ≥ ``CPU_BF16_MIN_WIDTH``. Weights, optimizer state and the loss stay fp32 either way (autocast
only lowers the matmuls), so the choice changes speed, not what a checkpoint holds.
"""
from __future__ import annotations

import functools

import torch

from .sysinfo import cpuinfo

CHOICES = ("auto", "fp32", "bf16")
CPU_BF16_FLAGS = ("avx512_bf16", "amx_bf16")
CPU_BF16_MIN_WIDTH = 256        # narrower models train slower in bf16 on CPU (benchmarks/precision.py)


@functools.lru_cache(maxsize=1)
def cpu_flags() -> frozenset:
    """The CPU's feature flags as Linux reports them (``/proc/cpuinfo``); empty elsewhere."""
    return frozenset(cpuinfo("flags").split())


def native_bf16(device: torch.device | str) -> bool:
    """True where bf16 matmuls run in hardware: a CUDA GPU that supports them (Ampere and newer), or a
    CPU with AVX-512 BF16 / AMX that oneDNN can use."""
    device = torch.device(device)
    if device.type == "cuda":
        return torch.cuda.is_available() and torch.cuda.is_bf16_supported()
    if device.type == "cpu":
        return any(f in cpu_flags() for f in CPU_BF16_FLAGS) and torch.backends.mkldnn.is_available()
    return False


def resolve(requested: str, device: torch.device | str, width: int | None = None) -> str:
    """``fp32`` or ``bf16`` for a requested ``auto`` / ``fp32`` / ``bf16`` on ``device``, for a model of
    ``d_model`` ``width`` (None: wide enough)."""
    if requested not in CHOICES:
        raise ValueError(f"unknown precision {requested!r}; choose from {', '.join(CHOICES)}")
    if requested == "auto":
        narrow = torch.device(device).type == "cpu" and width is not None and width < CPU_BF16_MIN_WIDTH
        return "bf16" if native_bf16(device) and not narrow else "fp32"
    return requested


def describe(device: torch.device | str) -> str:
    """One line for logs and result tables: the device and whether it has native bf16 (and why)."""
    device = torch.device(device)
    if device.type == "cuda":
        return f"{torch.cuda.get_device_name(device)}: native bf16 {'yes' if native_bf16(device) else 'no'}"
    have = [f for f in CPU_BF16_FLAGS if f in cpu_flags()]
    return f"CPU ({torch.backends.cpu.get_cpu_capability()}): native bf16 " + \
        (f"yes ({', '.join(have)})" if have and native_bf16(device) else "no (no avx512_bf16 / amx_bf16 flag)")
