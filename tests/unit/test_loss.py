"""The training loop's pure parts: the learning-rate schedule and the losses (no training here)."""
from __future__ import annotations

import pytest
import torch

from s2s_core.config import ModelConfig
from s2s_core.loss import sequence_loss
from s2s_core.train import lr_at

TINY = {
    "transformer": dict(arch="transformer", d_model=32, n_heads=2, enc_layers=1, dec_layers=1, ffn_dim=64),
    "gru": dict(arch="gru", attention="bahdanau", d_model=32, emb_dim=16, enc_layers=1, dec_layers=1),
}


def test_lr_schedule():
    assert lr_at(1, 1.0, 10) == pytest.approx(0.1)
    assert lr_at(10, 1.0, 10) == pytest.approx(1.0)
    assert lr_at(40, 1.0, 10) == pytest.approx(0.5)
    assert lr_at(0, 1.0, 0) == pytest.approx(1.0)


def test_sequence_loss_ignores_padding():
    logits = torch.randn(2, 3, 7)
    target = torch.tensor([[4, 5, 0], [6, 0, 0]])
    loss, n = sequence_loss(logits, target, 0, 0.0)
    ref = -(logits.log_softmax(-1)[0, 0, 4] + logits.log_softmax(-1)[0, 1, 5] + logits.log_softmax(-1)[1, 0, 6])
    assert n == 3
    assert loss.item() == pytest.approx(ref.item(), rel=1e-5)


@pytest.mark.parametrize("smoothing", [0.0, 0.1])
@pytest.mark.parametrize("bias", [False, True])
@pytest.mark.parametrize("chunk", [1, 4, 256])
def test_fused_projection_loss_matches_cross_entropy(smoothing, bias, chunk):
    """The CPU training loss (projection fused with label-smoothed CE, chunk by chunk) gives the value and
    the gradients of hidden, weight and bias that plain projection + F.cross_entropy give; chunks of 1
    and 4 rows cross chunk boundaries, padding rows get no gradient."""
    torch.manual_seed(0)
    proj = torch.nn.Linear(6, 11, bias=bias)
    hidden = torch.randn(3, 5, 6, requires_grad=True)
    target = torch.tensor([[4, 5, 6, 3, 0], [7, 3, 0, 0, 0], [8, 9, 10, 4, 3]])
    loss, n = sequence_loss(hidden, target, 0, smoothing, projection=proj)
    (loss / n).backward()
    got = [hidden.grad.clone()] + [p.grad.clone() for p in proj.parameters()]
    hidden.grad = None
    proj.zero_grad()
    ref = torch.nn.functional.cross_entropy(proj(hidden).view(-1, 11), target.view(-1), ignore_index=0,
                                            label_smoothing=smoothing, reduction="sum")
    (ref / n).backward()
    want = [hidden.grad] + [p.grad for p in proj.parameters()]
    assert n == 11
    assert loss.item() == pytest.approx(ref.item(), rel=1e-5)
    for g, w in zip(got, want):
        torch.testing.assert_close(g, w, atol=1e-6, rtol=1e-5)
    assert float(got[0][1, 2:].abs().sum()) == 0.0                 # padding gets no gradient
    with torch.no_grad():                                          # validation: the value alone
        assert sequence_loss(hidden, target, 0, smoothing, projection=proj)[0].item() == pytest.approx(ref.item(), rel=1e-5)


@pytest.mark.parametrize("arch", ["transformer", "gru"])
def test_forward_features_are_what_the_projection_scores(arch):
    """``forward(project=False)`` returns exactly the states that ``model.out`` maps to the logits."""
    from s2s_core.models import build_model
    torch.manual_seed(0)
    m = build_model(ModelConfig(**{**TINY[arch], "dropout": 0.0, "vocab_size": 20})).eval()
    src, tgt = torch.randint(4, 20, (2, 5)), torch.randint(4, 20, (2, 4))
    torch.testing.assert_close(m.out(m(src, tgt, project=False)), m(src, tgt))
