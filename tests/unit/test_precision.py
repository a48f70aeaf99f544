"""s2s_core.precision: ``auto`` is bf16 only where the hardware has it; the bf16 fused loss stays accurate."""
from __future__ import annotations

import pytest
import torch

from s2s_core import precision, sysinfo
from s2s_core.loss import sequence_loss


@pytest.mark.parametrize("flags, expected", [({"avx2", "avx512f", "avx512_bf16"}, "bf16"),
                                             ({"avx2", "amx_bf16", "amx_tile"}, "bf16"),
                                             ({"avx2", "avx512f"}, "fp32"),
                                             (set(), "fp32")])
def test_auto_is_bf16_only_with_native_support(monkeypatch, flags, expected):
    monkeypatch.setattr(precision, "cpu_flags", lambda: frozenset(flags))
    assert precision.resolve("auto", "cpu") == expected
    assert precision.resolve("fp32", "cpu") == "fp32" and precision.resolve("bf16", "cpu") == "bf16"
    assert ("native bf16 yes" in precision.describe("cpu")) == (expected == "bf16")


@pytest.mark.parametrize("width, expected", [(None, "bf16"), (256, "bf16"), (512, "bf16"), (128, "fp32")])
def test_auto_keeps_fp32_for_narrow_models_on_cpu(monkeypatch, width, expected):
    """A d128 model trained 0.86–0.87× as fast in bf16 as in fp32 on an AVX-512 BF16 CPU (benchmarks/RESULTS.md):
    ``auto`` keeps it in fp32 there; an explicit ``bf16`` is still obeyed."""
    monkeypatch.setattr(precision, "cpu_flags", lambda: frozenset({"avx512f", "avx512_bf16"}))
    assert precision.resolve("auto", "cpu", width) == expected
    assert precision.resolve("bf16", "cpu", width) == "bf16"


def test_unknown_precision_is_refused():
    with pytest.raises(ValueError, match="unknown precision 'fp8'"):
        precision.resolve("fp8", "cpu")


def test_cpu_flags_come_from_the_running_machine():
    flags = precision.cpu_flags()
    assert isinstance(flags, frozenset)
    if flags:                       # Linux: every x86-64 CPU reports sse2
        assert "sse2" in flags or "fp" in flags or "neon" in flags or "asimd" in flags
    if "sse2" in flags:             # x86-64 Linux also names the vendor (the decoding fast path reads it)
        assert sysinfo.cpuinfo("vendor_id") in ("GenuineIntel", "AuthenticAMD", "HygonGenuine", "CentaurHauls")


@pytest.mark.parametrize("bias", [False, True])
def test_bf16_fused_loss_is_close_to_float32(bias):
    """bf16 GEMMs inside the fused projection + loss: the loss is accumulated in float32, so the value and
    the gradients stay within bf16 rounding of the float32 ones (and padding still gets no gradient)."""
    torch.manual_seed(0)
    proj = torch.nn.Linear(64, 500, bias=bias)
    hidden = torch.randn(4, 30, 64, requires_grad=True)
    target = torch.randint(4, 500, (4, 30))
    target[1, 20:] = 0
    results = []
    for dtype in (None, torch.bfloat16):
        loss, n = sequence_loss(hidden, target, 0, 0.1, projection=proj, matmul_dtype=dtype)
        (loss / n).backward()
        results.append((loss.item(), [hidden.grad.clone()] + [p.grad.clone() for p in proj.parameters()]))
        hidden.grad = None
        proj.zero_grad()
    (l32, g32), (l16, g16) = results
    assert loss.dtype == torch.float32
    assert l16 == pytest.approx(l32, rel=1e-2)
    for a, b in zip(g16, g32):
        assert float((a - b).norm() / b.norm()) < 0.02
    assert float(g16[0][1, 20:].abs().sum()) == 0.0
