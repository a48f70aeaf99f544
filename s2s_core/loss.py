"""Label-smoothed cross-entropy over real target tokens, plain or fused with the vocabulary projection.

Why the fused form: on a CPU the ``[tokens, vocabulary]`` logits of one batch (~200 MB for 6k tokens ×
8k pieces) are written and read back several times by projection → log-softmax → loss → backward, and
each such tensor is freshly mapped memory whose pages fault in on first touch. For a small model that
memory traffic costs as much as the arithmetic. ``projected_loss`` walks over the tokens in chunks whose
logits stay in cache, and computes each chunk's loss and all its gradients at once, so no
``[tokens, vocabulary]`` tensor exists (Liger Kernel's fused linear cross-entropy does the same on GPUs).

Loss of one token with logits ``z``, target ``y``, smoothing ``ε`` over ``V`` classes (as
``F.cross_entropy(label_smoothing=ε)``): ``logsumexp(z) − (1 − ε)·z_y − ε·mean(z)``; its gradient is
``softmax(z) − (1 − ε)·onehot(y) − ε / V``.
"""
from __future__ import annotations

from typing import Optional

import torch
import torch.nn.functional as F
from torch import nn

CHUNK_ROWS = 256      # 256 × 8k pieces × 4 B = 8 MB of logits: stays in a shared L3, large enough for GEMMs


def _chunked(hidden, weight, bias, target, smoothing: float, chunk: int, grads: Optional[tuple],
             low: Optional[torch.dtype] = None):
    """Summed loss of ``hidden @ weight.T + bias`` against ``target``; fills ``grads`` = (d hidden,
    d weight, d bias), any of them None, with the gradients of that sum when given.

    With ``low`` (bf16), the three GEMMs take ``low`` inputs (2–3× faster where the CPU has native bf16);
    the softmax, the loss and every accumulation stay in float32."""
    n_rows, vocab = hidden.size(0), weight.size(0)
    rows = min(chunk, n_rows)
    buf = hidden.new_empty(rows, vocab)
    mm_h, mm_w = (hidden, weight) if low is None else (hidden.to(low), weight.to(low))
    low_buf = None if low is None else mm_h.new_empty(rows, vocab)
    total = torch.zeros((), dtype=torch.float64, device=hidden.device)
    grad_h, grad_w, grad_b = grads or (None, None, None)
    for r0 in range(0, n_rows, chunk):
        h, y = mm_h[r0:r0 + chunk], target[r0:r0 + chunk, None]
        z = buf[:h.size(0)]
        if low is not None:
            z.copy_(torch.mm(h, mm_w.t(), out=low_buf[:h.size(0)]))
            if bias is not None:
                z.add_(bias)
        elif bias is None:
            torch.mm(h, weight.t(), out=z)
        else:
            torch.addmm(bias, h, weight.t(), out=z)
        loss = z.gather(1, y).squeeze(1).mul(-(1.0 - smoothing))
        if smoothing:
            loss.sub_(z.mean(1), alpha=smoothing)
        top = z.amax(1, keepdim=True)
        sums = z.sub_(top).exp_().sum(1, keepdim=True)                   # z now holds exp(z − max)
        loss.add_(top.squeeze(1)).add_(sums.log().squeeze(1))
        total += loss.sum()
        if grads is None:
            continue
        g = z.div_(sums)                                                   # softmax
        if smoothing:
            g.sub_(smoothing / vocab)
        g.scatter_add_(1, y, g.new_full(y.shape, smoothing - 1.0))
        if grad_b is not None:
            grad_b.add_(g.sum(0))
        if low is not None:
            g = low_buf[:h.size(0)].copy_(g)
        if grad_h is not None:
            rows_h = grad_h[r0:r0 + h.size(0)]
            if low is None:
                torch.mm(g, weight, out=rows_h)
            else:
                rows_h.copy_(torch.mm(g, mm_w))
        if grad_w is not None:
            if low is None:
                grad_w.addmm_(g.t(), h)
            else:
                grad_w.add_(torch.mm(g.t(), h))
    return total.to(hidden.dtype)


class _ProjectedLoss(torch.autograd.Function):
    """Forward computes the gradients too (they need the same softmax); backward only scales them."""

    @staticmethod
    def forward(ctx, hidden, weight, bias, target, smoothing, chunk, low):
        need_h, need_w, need_b = ctx.needs_input_grad[:3]
        grads = (torch.empty_like(hidden) if need_h else None,
                 torch.zeros_like(weight) if need_w else None,
                 torch.zeros_like(bias) if bias is not None and need_b else None)
        total = _chunked(hidden, weight, bias, target, smoothing, chunk, grads, low)
        ctx.save_for_backward(*(g if g is not None else torch.empty(0) for g in grads))
        ctx.present = tuple(g is not None for g in grads)
        return total

    @staticmethod
    def backward(ctx, grad_total):
        scaled = [g * grad_total if present else None for g, present in zip(ctx.saved_tensors, ctx.present)]
        return (*scaled, None, None, None, None)


def projected_loss(hidden: torch.Tensor, projection: nn.Linear, target: torch.Tensor, smoothing: float,
                   chunk: int = CHUNK_ROWS, matmul_dtype: Optional[torch.dtype] = None) -> torch.Tensor:
    """Summed label-smoothed cross-entropy of ``projection(hidden)`` [N, V] against ``target`` [N],
    chunk by chunk: float32 softmax and sums whatever autocast is doing; the GEMMs in ``matmul_dtype``
    (e.g. bf16) when given."""
    weight, bias = projection.weight, projection.bias
    low = matmul_dtype if matmul_dtype not in (None, weight.dtype) else None
    with torch.autocast(hidden.device.type, enabled=False):
        hidden = hidden.to(weight.dtype)
        if torch.is_grad_enabled() and any(t is not None and t.requires_grad for t in (hidden, weight, bias)):
            return _ProjectedLoss.apply(hidden, weight, bias, target, smoothing, chunk, low)
        return _chunked(hidden, weight, bias, target, smoothing, chunk, None, low)


def sequence_loss(output: torch.Tensor, target: torch.Tensor, pad_id: int, smoothing: float,
                  projection: Optional[nn.Linear] = None,
                  matmul_dtype: Optional[torch.dtype] = None) -> tuple[torch.Tensor, int]:
    """Summed label-smoothed cross-entropy over real target tokens, and their count.

    ``output`` is logits [B, T, V]; or, with ``projection`` (the model's vocabulary layer), the final
    hidden states [B, T, E] it maps to logits, scored by ``projected_loss`` (padding rows skipped; its
    GEMMs in ``matmul_dtype`` when given)."""
    real = target != pad_id
    n = int(real.sum())
    if projection is not None:
        return projected_loss(output[real], projection, target[real], smoothing, matmul_dtype=matmul_dtype), n
    flat = output.float().view(-1, output.size(-1))
    return F.cross_entropy(flat, target.reshape(-1), ignore_index=pad_id, label_smoothing=smoothing,
                           reduction="sum"), n
