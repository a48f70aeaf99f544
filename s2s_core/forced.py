"""Forced decoding: the model's attention and log-probabilities for a target we choose.

Beam search finds a translation; forced decoding scores one we give it (a reference, a gold alignment
sentence, a hypothesis to re-inspect). It runs the same ``decode_step`` loop as search, feeding the given
token at each step instead of a searched one, so its attention (every layer and head for the
Transformer) is exactly what search shows for the same hypothesis.
"""
from __future__ import annotations

from typing import Optional, Sequence, Union

import torch

from .models.base import Seq2Seq
from .search import SearchHyp, length_normalise
from .tokenizer import BOS, EOS, PAD
from .translator import Translation, Translator

Text = Union[str, Sequence[int]]


def _padded(rows: Sequence[Sequence[int]], device) -> torch.Tensor:
    out = torch.full((len(rows), max(map(len, rows))), PAD, dtype=torch.long)
    for r, ids in enumerate(rows):
        out[r, :len(ids)] = torch.tensor(list(ids), dtype=torch.long)
    return out.to(device)


@torch.inference_mode()
def force_ids(model: Seq2Seq, src_ids: Sequence[Sequence[int]], tgt_ids: Sequence[Sequence[int]],
              need_heads: bool = False, length_penalty: float = 1.0) -> list[SearchHyp]:
    """One batch: ``src_ids`` and ``tgt_ids`` as the model sees them (each ending in </s>) → one
    SearchHyp per sentence with exactly ``tgt_ids``, their log-probs and attention [T, S] (heads
    [T, L, H, S] with ``need_heads`` on a Transformer)."""
    if len(src_ids) != len(tgt_ids) or not src_ids:
        raise ValueError("need as many targets as sources (at least one)")
    device = next(model.parameters()).device
    src, tgt = _padded(src_ids, device), _padded(tgt_ids, device)
    mask = src != PAD
    enc = model.encode(src, mask)
    state, prev = model.init_state(enc), torch.full((len(src_ids),), BOS, dtype=torch.long, device=device)
    lps, attn, heads = [], [], []
    for t in range(tgt.size(1)):
        out = model.decode_step(prev, state, enc, need_heads)
        lps.append(out.log_probs.gather(1, tgt[:, t:t + 1])[:, 0].float())
        attn.append(out.attention.float())
        if out.heads is not None:
            heads.append(out.heads.float())
        state, prev = out.state, tgt[:, t]                # padding after a short target: rows ignored
    lp, at = torch.stack(lps, 1).cpu().numpy(), torch.stack(attn, 1).cpu().numpy()
    hd = torch.stack(heads, 1).cpu().numpy() if heads else None
    out = []
    for b, (s, ids) in enumerate(zip(src_ids, tgt_ids)):
        n, k = len(ids), len(s)
        tok_lp = [float(x) for x in lp[b, :n]]
        out.append(SearchHyp(ids=[int(i) for i in ids], score=length_normalise(sum(tok_lp), n, length_penalty),
                             log_prob=float(sum(tok_lp)), token_log_probs=tok_lp, attention=at[b, :n, :k],
                             heads=None if hd is None else hd[b, :n, ..., :k]))
    return out


def force_batches(model: Seq2Seq, src_ids: Sequence[Sequence[int]], tgt_ids: Sequence[Sequence[int]],
                  need_heads: bool = False, max_tokens: int = 6000) -> list[SearchHyp]:
    """:func:`force_ids` over many sentences in length-sorted batches; results in input order."""
    order = sorted(range(len(src_ids)), key=lambda i: (len(src_ids[i]), len(tgt_ids[i])))
    results: list[Optional[SearchHyp]] = [None] * len(src_ids)
    start = 0
    while start < len(order):
        end = start + 1
        while end < len(order) and (end - start + 1) * (len(src_ids[order[end]]) + len(tgt_ids[order[end]])) \
                <= max_tokens:
            end += 1
        idx = order[start:end]
        for i, h in zip(idx, force_ids(model, [src_ids[i] for i in idx], [tgt_ids[i] for i in idx], need_heads)):
            results[i] = h
        start = end
    return results  # type: ignore[return-value]


def model_ids(tokenizer, text: Text) -> list[int]:
    """Text → its pieces' ids + </s>; ids pass through (</s> appended unless they end in it)."""
    if isinstance(text, str):
        if not text.strip():
            raise ValueError("empty text")
        ids = tokenizer.encode(text)
    else:
        ids = [int(i) for i in text]
    return ids if ids and ids[-1] == EOS else ids + [EOS]


def force(translator: Translator, source: Text, target: Text, need_heads: bool = True) -> Translation:
    """Score ``target`` as the translation of ``source`` (text, or ids with or without </s>).
    Returns a Translation with one Hypothesis whose ``ids`` are exactly the target's."""
    return force_many(translator, [(source, target)], need_heads)[0]


def force_many(translator: Translator, pairs: Sequence[tuple[Text, Text]],
               need_heads: bool = True) -> list[Translation]:
    """:func:`force` for many (source, target) pairs, batched."""
    tok = translator.tokenizer
    src = [model_ids(tok, s) for s, _ in pairs]
    tgt = [model_ids(tok, t) for _, t in pairs]
    need_heads = need_heads and translator.config.arch == "transformer"
    hyps = force_batches(translator.model, src, tgt, need_heads)
    return [Translation(s if isinstance(s, str) else tok.decode(ids), tok.id_to_piece(ids),
                        [translator._hypothesis(h)]) for (s, _), ids, h in zip(pairs, src, hyps)]

