"""Which source tokens made the model produce each target token: three answers beside attention.

Every method returns a ``[target tokens × source tokens]`` matrix like ``Hypothesis.attention``
(rows = the hypothesis' pieces ending in </s>, columns = the source pieces ending in </s>), non-negative
with rows summing to 1, so all share one colour scale and one word merge (``pieces.merge_attention``).

- **gradient × input** (saliency): for target token t, the gradient of log p(y_t | y_<t, x) with respect
  to each source token's embedding, dotted with that embedding: the first-order change in the log-prob
  if that token's embedding were removed.
- **integrated gradients** (Sundararajan et al., 2017): the same dot product with the gradient averaged
  along the straight path from an all-zero source embedding (the <pad> embedding, which is zero) to the
  real one, by Gauss-Legendre quadrature (Captum's default rule). Per target token the scores add up to
  log p(x) − log p(baseline) (completeness; ``return_delta=True`` gives the quadrature error). Positions
  are still added on the path, so the baseline is "no words, same length".
- **norm-weighted attention** ‖α·f(x)‖ (Kobayashi et al., 2020): attention weights times the size of
  what each attended vector actually adds. Transformer: per cross-attention head, α_{t,h,s}·‖f_h(m_s)‖
  with f_h(m) = (m W_V^h + b_V^h) W_O^h (value projection, then that head's slice of the output
  projection); a layer (or the head average) is ‖Σ_h α_{t,h,s} f_h(m_s)‖, the norm of source token s's
  real contribution to the layer output. GRU/LSTM: α_{t,s}·‖W_c m_s‖ with m_s the encoder state and W_c
  the context's slice of the ``combine`` layer, the linear map through which the context reaches the
  output (in Bahdanau models the context also enters the RNN gates, a non-linear path left out).

Both gradient methods are signed dot products (``signed=True`` returns them raw); their matrices differ.
Gradient × input shows magnitudes |g·x|: the sign of a first-order term at x says how log p moves if the
embedding grows, not whether the token is evidence for the target, and in an exploratory comparison
on a quarter of NAACL 2003 en-fr the magnitude matched human links far better than the positive part.
Integrated gradients shows the positive part (evidence *for* the target token; its sign is meaningful
by completeness), magnitudes in a row with no positive score. Both sum over the embedding dimensions
rather than take the L2 norm of the per-dimension products (Inseq's default): on a GRU that learned to
reverse sequences the sum finds the copied token for nearly every target token, the norm for far fewer.

Gradients go through Captum (``InputXGradient``, ``IntegratedGradients``): the forward function takes
the source embeddings of R rows and returns, per row, the log-prob of that row's target token, with the
hypothesis teacher-forced. One row per target position gives all T gradients in one backward pass, and
Captum stacks the integration steps along the batch, so integrated gradients is one forward/backward
per step batch (``max_tokens`` bounds its size). The source embeddings are substituted with a forward
hook on the model's source ``embed`` module that fires only for the exact source tensor we pass, so any
``Seq2Seq`` works unchanged, the model is never modified, and other threads using it are unaffected.
"""
from __future__ import annotations

import contextlib
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional, Sequence

import numpy as np
import pandas as pd
import torch

from . import pieces
from .special import EOS_PIECE
from .models.base import Seq2Seq
from .tokenizer import BOS

if TYPE_CHECKING:
    from .translator import Translation, Translator

METHODS = ("attention", "norm_attention", "grad_x_input", "integrated_gradients")
LABELS = {"attention": "attention", "norm_attention": "norm-weighted attention",
          "grad_x_input": "gradient × input", "integrated_gradients": "integrated gradients"}
IG_STEPS = 8
ALL_LAYERS = -1     # a ``layer`` value: the average over decoder layers (``None``: the model's display layer)


# -- gradients -------------------------------------------------------------------------------------
@contextlib.contextmanager
def _source_embeddings(model: Seq2Seq, src: torch.Tensor, emb: torch.Tensor):
    """While active, ``model.embed(src)`` returns ``emb`` (only for this very ``src`` tensor)."""
    handle = model.embed.register_forward_hook(lambda mod, args, out: emb if args[0] is src else None)
    try:
        yield
    finally:
        handle.remove()


def _forward_fn(model: Seq2Seq):
    """Captum forward: (source embeddings [R, S, E], src [R, S], tgt_in [R, T], pos [R], gold [R])
    → log p(gold | prefix, source) [R] at each row's position."""
    def fn(emb, src, tgt_in, pos, gold):
        with _source_embeddings(model, src, emb):
            hidden = model(src, tgt_in, project=False)                           # [R, T, E]
        h = hidden[torch.arange(hidden.size(0), device=hidden.device), pos]
        return torch.log_softmax(model.out(h).float(), -1).gather(1, gold[:, None])[:, 0]
    return fn


def _rows(src_ids: Sequence[int], tgt_ids: Sequence[int], model: Seq2Seq):
    """One row per target position: (source embeddings [T, S, E], forward args) for Captum."""
    device = next(model.parameters()).device
    T = len(tgt_ids)
    src = torch.tensor([list(src_ids)] * T, dtype=torch.long, device=device)
    tgt_in = torch.tensor([[BOS] + list(tgt_ids[:-1])] * T, dtype=torch.long, device=device)
    pos = torch.arange(T, device=device)
    gold = torch.tensor(list(tgt_ids), dtype=torch.long, device=device)
    with torch.no_grad():
        emb = model.embed(src[:1]).float().expand(T, -1, -1).contiguous()
    return emb, (src, tgt_in, pos, gold)


def _per_token(attr: torch.Tensor, signed: bool, positive: bool) -> np.ndarray:
    """[T, S, E] attributions → [T, S] dot products (summed over the embedding). Unless ``signed``,
    rows normalised to sum 1 of: the positive part (``positive``; magnitudes in a row with none), else
    the magnitudes."""
    m = attr.detach().float().sum(-1).cpu().numpy()
    if signed:
        return m
    if not positive:
        return normalise_rows(np.abs(m))
    pos = np.maximum(m, 0.0)
    none = ~pos.any(-1)                      # no token raised the log-prob: show magnitudes instead
    pos[none] = np.abs(m[none])
    return normalise_rows(pos)


def gradient_x_input(model: Seq2Seq, src_ids: Sequence[int], tgt_ids: Sequence[int],
                     signed: bool = False) -> np.ndarray:
    """Saliency [T, S] for the teacher-forced target ``tgt_ids`` (ids as the model sees them, ending in
    </s>, as are ``src_ids``)."""
    from captum.attr import InputXGradient      # Captum takes seconds to import: only when used
    emb, args = _rows(src_ids, tgt_ids, model)
    with torch.enable_grad():
        attr = InputXGradient(_forward_fn(model)).attribute(emb.requires_grad_(), additional_forward_args=args)
    return _per_token(attr, signed, positive=False)


def integrated_gradients(model: Seq2Seq, src_ids: Sequence[int], tgt_ids: Sequence[int], steps: int = IG_STEPS,
                         max_tokens: int = 24000, return_delta: bool = False, signed: bool = False):
    """Integrated gradients [T, S] from an all-zero source embedding, ``steps`` Gauss-Legendre nodes.
    ``max_tokens`` caps rows × (S + T) per forward pass (memory). With ``return_delta``, also the
    completeness error per target token: |Σ attributions − (log p(x) − log p(baseline))|."""
    from captum.attr import IntegratedGradients
    emb, args = _rows(src_ids, tgt_ids, model)
    T, S = emb.shape[:2]
    per_pass = max(1, max_tokens // (T * (S + T))) * T          # whole step batches of T rows
    ig = IntegratedGradients(_forward_fn(model))
    with torch.enable_grad():
        out = ig.attribute(emb, baselines=torch.zeros_like(emb), additional_forward_args=args, n_steps=steps,
                           method="gausslegendre", internal_batch_size=per_pass,
                           return_convergence_delta=return_delta)
    if return_delta:
        attr, delta = out
        return _per_token(attr, signed, True), delta.detach().abs().cpu().numpy()
    return _per_token(out, signed, True)


# -- norm-weighted attention -------------------------------------------------------------------------
@dataclass
class NormAttention:
    matrix: np.ndarray                    # [T, S] the layer (or the RNN's single attention) asked for
    layers: Optional[np.ndarray] = None   # [T, L, S] per decoder layer, heads combined (Transformer)
    heads: Optional[np.ndarray] = None    # [T, L, H, S] per head (Transformer)


@torch.no_grad()
def _value_vectors(model: Seq2Seq, src_ids: Sequence[int]) -> list[torch.Tensor]:
    """Transformer: per decoder layer f_h(m_s) [H, S, d]; RNN: one [1, S, d] (the context map)."""
    device = next(model.parameters()).device
    src = torch.tensor([list(src_ids)], dtype=torch.long, device=device)
    memory = model.encode(src, src != model.config.pad_id).memory[0].float()  # [S, d]
    if model.config.arch != "transformer":
        H = memory.size(-1)
        w = model.combine.weight[:, H:2 * H].float()              # context slice of [h; ctx(; emb)]
        return [(memory @ w.T)[None]]
    return [head_outputs(layer.cross_attn, memory) for layer in model.dec_layers]


def head_outputs(attn, memory: torch.Tensor) -> torch.Tensor:
    """f_h(m_s) [H, S, d] of a Transformer cross-attention module over memory [S, d]: what source s adds
    to the layer output through head h per unit of attention (value, then the head's slice of W_O;
    the output bias is added once, whatever the weights, so it belongs to no source token)."""
    v = attn.kv(memory).chunk(2, -1)[1].float().view(-1, attn.h, attn.dh)        # [S, H, dh]
    w_o = attn.o.weight.float().view(-1, attn.h, attn.dh)                         # [d, H, dh]
    return torch.einsum("shk,dhk->hsd", v, w_o)


def norm_weighted_attention(model: Seq2Seq, src_ids: Sequence[int], attention: np.ndarray,
                            heads: Optional[np.ndarray] = None, layer: Optional[int] = None,
                            head: Optional[int] = None) -> NormAttention:
    """‖α·f(x)‖ for a hypothesis whose attention (RNN: ``attention`` [T, S]; Transformer: ``heads``
    [T, L, H, S], e.g. from forced decoding) is given. ``layer`` None = the model's display layer,
    ``ALL_LAYERS`` = the layers' average; ``head`` None = heads combined. Rows normalised to sum 1."""
    f = _value_vectors(model, src_ids)
    if heads is None:
        if model.config.arch == "transformer":
            raise ValueError("norm-weighted attention of a Transformer needs the per-head attention")
        return NormAttention(normalise_rows(np.asarray(attention) * f[0][0].norm(dim=-1).cpu().numpy()))
    alpha = torch.as_tensor(np.asarray(heads), dtype=torch.float32)             # [T, L, H, S]
    per_layer = torch.stack([torch.einsum("ths,hsd->tsd", alpha[:, l], f[l]).norm(dim=-1)
                             for l in range(len(f))], 1)                          # [T, L, S]
    sizes = torch.stack([fl.norm(dim=-1) for fl in f])                            # [L, H, S]
    per_head = alpha * sizes[None]                                                # [T, L, H, S]
    layer = model.display_layer if layer is None else layer
    pick = per_layer if head is None else per_head[:, :, head]                    # [T, L, S]
    pick = pick.mean(1) if layer == ALL_LAYERS else pick[:, layer]
    return NormAttention(normalise_rows(pick.numpy()), normalise_rows(per_layer.numpy()),
                         normalise_rows(per_head.numpy()))


def normalise_rows(m: np.ndarray) -> np.ndarray:
    """Scale the last axis to sum 1 (all-zero rows stay zero)."""
    m = np.asarray(m, dtype=np.float32)
    total = m.sum(-1, keepdims=True)
    return np.divide(m, total, out=np.zeros_like(m), where=total > 0)


# -- one hypothesis, all methods ------------------------------------------------------------------------
def attribute(model: Seq2Seq, src_ids: Sequence[int], tgt_ids: Sequence[int], attention: np.ndarray,
              heads: Optional[np.ndarray] = None, layer: Optional[int] = None, head: Optional[int] = None,
              methods: Sequence[str] = METHODS, ig_steps: int = IG_STEPS) -> dict[str, np.ndarray]:
    """All ``methods`` for one hypothesis given its attention (as search or forced decoding return it).
    ``layer`` None = the display layer, ``ALL_LAYERS`` = the layers' average; ``head`` None = all heads."""
    out = {}
    for m in methods:
        if m == "attention":
            out[m] = normalise_rows(layer_attention(model, attention, heads, layer, head))
        elif m == "norm_attention":
            out[m] = norm_weighted_attention(model, src_ids, attention, heads, layer, head).matrix
        elif m == "grad_x_input":
            out[m] = gradient_x_input(model, src_ids, tgt_ids)
        elif m == "integrated_gradients":
            out[m] = integrated_gradients(model, src_ids, tgt_ids, steps=ig_steps)
        else:
            raise ValueError(f"unknown attribution method {m!r}; choose from {', '.join(METHODS)}")
    return out


def layer_attention(model: Seq2Seq, attention: np.ndarray, heads: Optional[np.ndarray], layer: Optional[int],
                    head: Optional[int]) -> np.ndarray:
    """The attention [T, S] of decoder ``layer`` / ``head`` as :func:`attribute` numbers them (an RNN, or
    no layer and head asked: ``attention`` itself, the display layer's head average)."""
    if heads is None or (layer is None and head is None):
        return attention
    layer = model.display_layer if layer is None else layer
    return pieces.select_heads(heads, None if layer == ALL_LAYERS else layer, head)


def compare(translator: "Translator", translation: "Translation", hypothesis_index: int = 0,
            layer: Optional[int] = None, head: Optional[int] = None, methods: Sequence[str] = METHODS,
            ig_steps: int = IG_STEPS) -> dict[str, np.ndarray]:
    """Every method for one hypothesis of a ``Translation`` (from ``Translator.translate``): method →
    ``[len(hyp.tokens), len(translation.source_tokens)]``. Attention and norm-weighted attention use
    decoder ``layer`` / ``head`` (None: the display layer, heads averaged / combined; ``ALL_LAYERS``: the
    layers' average). A paragraph that
    was split into sentences gets block-diagonal matrices, one block per sentence (its best hypothesis)."""
    parts = translation.sentences or [translation]
    if translation.sentences and hypothesis_index != 0:
        raise ValueError("a split paragraph has one hypothesis (index 0)")
    blocks = []
    for part in parts:
        hyp = part.hypotheses[0 if translation.sentences else hypothesis_index]
        src_ids = [translator.tokenizer.sp.piece_to_id(p) for p in part.read_tokens]
        blocks.append(attribute(translator.model, src_ids, hyp.ids, hyp.attention, hyp.heads, layer, head,
                                methods, ig_steps))
    if len(blocks) == 1:
        return blocks[0]
    return {m: pieces.block_diagonal([b[m] for b in blocks]) for m in methods}


# -- agreement ------------------------------------------------------------------------------------------
@dataclass
class Agreement:
    rank_correlation: float    # mean over target rows of Spearman's ρ between the two rows
    top_agreement: float       # share of target rows whose highest-scoring source column is the same
    rows: int

    def __str__(self) -> str:
        rho = "n/a" if math.isnan(self.rank_correlation) else f"{self.rank_correlation:.2f}"
        return (f"rank correlation {rho}; same top source token for {self.top_agreement:.0%} "
                f"of {self.rows} target tokens")


def agreement(a: np.ndarray, b: np.ndarray, src_tokens: Optional[Sequence[str]] = None,
              tgt_tokens: Optional[Sequence[str]] = None) -> Agreement:
    """How far two [T, S] matrices agree (same axes: pieces, or words after ``pieces.merge_attention``).
    With the token labels, </s> rows and columns are left out (</s> soaks up attention mass)."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if a.shape != b.shape:
        raise ValueError(f"matrices differ in shape: {a.shape} vs {b.shape}")
    rows = list(range(len(a))) if tgt_tokens is None else [i for i, t in enumerate(tgt_tokens) if t != EOS_PIECE]
    cols = list(range(a.shape[1])) if src_tokens is None else [j for j, s in enumerate(src_tokens) if s != EOS_PIECE]
    a, b = a[np.ix_(rows, cols)], b[np.ix_(rows, cols)]
    if a.size == 0:
        return Agreement(float("nan"), 0.0, 0)
    ra = pd.DataFrame(a).rank(axis=1).to_numpy()
    rb = pd.DataFrame(b).rank(axis=1).to_numpy()
    rho = [np.corrcoef(x, y)[0, 1] for x, y in zip(ra, rb) if x.std() > 0 and y.std() > 0]
    return Agreement(float(np.mean(rho)) if rho else float("nan"),
                     float(np.mean(a.argmax(1) == b.argmax(1))), len(rows))
