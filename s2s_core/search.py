"""Greedy and beam search, batched over sentences × beams, over any ``Seq2Seq``.

Ranking score (documented, used everywhere): ``score = log_prob / len(ids) ** length_penalty`` where
``log_prob`` is the summed token log-probability and ``len(ids)`` counts the final ``</s>``.
``length_penalty=0`` ranks by raw log-probability; 1 (the default) by average per-token log-probability.

Every finished hypothesis carries its own attention rows (reordered with its beam at each step), so the
n-best list needs no stitching afterwards.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

import numpy as np
import torch

from .models.base import Seq2Seq
from .tokenizer import BOS, EOS, PAD

N_ALTERNATIVES = 5   # top tokens remembered at each position (confidence hover, click-to-correct)


@dataclass
class SearchHyp:
    ids: list[int]                       # target ids, ending in </s> (EOS)
    score: float                         # ranking score (see module docstring)
    log_prob: float
    token_log_probs: list[float]
    attention: np.ndarray                # [len(ids), S] over the real source tokens
    heads: Optional[np.ndarray] = None   # [len(ids), layers, heads, S] (Transformer, when asked)
    alternatives: list = field(default_factory=list)  # per position: [(id, log_prob), …] best first


@dataclass
class TreeNode:
    """One candidate the beam considered: ``status`` is active, finished or pruned."""
    id: int
    parent: int                          # -1 for children of the root (<s>)
    token: int
    log_prob: float                      # cumulative
    step: int
    status: str


def length_normalise(log_prob: float, length: int, alpha: float) -> float:
    return log_prob / (max(length, 1) ** alpha) if alpha else log_prob


def max_lengths(src_mask: torch.Tensor, max_length: Optional[int], a: float = 2.0, b: int = 10) -> list[int]:
    """Per-sentence target limit (tokens incl. </s>): ``a·|src| + b``, capped by ``max_length``."""
    lens = src_mask.sum(1).tolist()
    return [int(min(max_length or 10**9, a * n + b)) for n in lens]


def _constrain(lp: torch.Tensor, t: int, rows_sent: Sequence[int], min_len: int, max_len: Sequence[int],
               prefixes: Optional[Sequence[Sequence[int]]]) -> torch.Tensor:
    """Apply min/max length and forced-prefix constraints to step-``t`` log-probs (rows → sentence ids)."""
    neg = float("-inf")
    lp[:, PAD] = neg                         # never emit padding or a second <s>
    lp[:, BOS] = neg
    if t + 1 < min_len:
        lp[:, EOS] = neg
    force_eos = [r for r, s in enumerate(rows_sent) if t + 1 >= max_len[s]]
    forced = [(r, prefixes[s][t]) for r, s in enumerate(rows_sent) if prefixes and t < len(prefixes[s])]
    if force_eos or forced:
        keep = torch.full_like(lp, neg)
        for r in force_eos:
            keep[r, EOS] = lp[r, EOS]
        for r, tok in forced:
            if r not in force_eos:
                keep[r, tok] = lp[r, tok]
        rows = torch.tensor(sorted(set(force_eos) | {r for r, _ in forced}), dtype=torch.long, device=lp.device)
        lp[rows] = keep[rows]
    return lp


def _finish(ids, tok_lp, attn, heads, alts, src_len: int, alpha: float) -> SearchHyp:
    lp = float(sum(tok_lp))
    return SearchHyp(ids=list(map(int, ids)), score=length_normalise(lp, len(ids), alpha), log_prob=lp,
                     token_log_probs=[float(x) for x in tok_lp],
                     attention=np.asarray(attn[:, :src_len], dtype=np.float32),
                     heads=None if heads is None else np.asarray(heads[..., :src_len], dtype=np.float32),
                     alternatives=alts)


def _alts(a_id: torch.Tensor, a_lp: torch.Tensor) -> list:
    return [list(zip(map(int, i), map(float, p))) for i, p in zip(a_id.tolist(), a_lp.tolist())]


@torch.inference_mode()
def greedy_search(model: Seq2Seq, src: torch.Tensor, src_mask: torch.Tensor, max_length: Optional[int] = None,
                  min_length: int = 0, prefixes=None, length_penalty: float = 1.0,
                  need_heads: bool = False) -> list[list[SearchHyp]]:
    """Argmax decoding; equals beam search with beam size 1."""
    B = src.size(0)
    enc = model.encode(src, src_mask)
    state = model.init_state(enc)
    max_len = max_lengths(src_mask, max_length)
    prev = torch.full((B,), BOS, dtype=torch.long, device=src.device)
    ids, lps, attns, heads, a_ids, a_lps = [], [], [], [], [], []
    done = torch.zeros(B, dtype=torch.bool, device=src.device)
    for t in range(max(max_len)):
        out = model.decode_step(prev, state, enc, need_heads)
        lp = out.log_probs
        a_lp, a_id = lp.topk(min(N_ALTERNATIVES, lp.size(-1)), -1)
        lp = _constrain(lp.clone(), t, range(B), min_length, max_len, prefixes)
        best_lp, prev = lp.max(-1)
        ids.append(prev); lps.append(best_lp); attns.append(out.attention)
        a_ids.append(a_id); a_lps.append(a_lp)
        if need_heads:
            heads.append(out.heads)
        state = out.state
        done |= prev == EOS
        if bool(done.all()):
            break
    ids_t, lps_t = torch.stack(ids, 1).cpu(), torch.stack(lps, 1).float().cpu()
    attn_t = torch.stack(attns, 1).float().cpu()
    heads_t = torch.stack(heads, 1).float().cpu() if need_heads else None
    a_id_t, a_lp_t = torch.stack(a_ids, 1).cpu(), torch.stack(a_lps, 1).float().cpu()
    src_lens = src_mask.sum(1).tolist()
    results = []
    for b in range(B):
        row = ids_t[b].tolist()
        n = row.index(EOS) + 1 if EOS in row else len(row)
        results.append([_finish(row[:n], lps_t[b, :n].tolist(), attn_t[b, :n],
                                None if heads_t is None else heads_t[b, :n], _alts(a_id_t[b, :n], a_lp_t[b, :n]),
                                src_lens[b], length_penalty)])
    return results


@torch.inference_mode()
def beam_search(model: Seq2Seq, src: torch.Tensor, src_mask: torch.Tensor, beam_size: int = 5, n_best: int = 1,
                max_length: Optional[int] = None, min_length: int = 0, length_penalty: float = 1.0,
                prefixes=None, need_heads: bool = False, record_tree: bool = False):
    """Batched beam search. Returns n-best lists (best first); with ``record_tree`` also TreeNode lists.

    Per step, every live beam proposes its tokens; the top 2K candidates per sentence are ranked by
    cumulative log-prob. ``</s>`` candidates among the top K are finished; the best K others continue.
    A sentence stops once it has K finished hypotheses (its limit forces ``</s>``); finished
    sentences leave the batch so later steps only compute what is still open.
    """
    B, K, dev = src.size(0), beam_size, src.device
    src_lens = src_mask.sum(1).tolist()
    max_len = max_lengths(src_mask, max_length)
    enc = model.encode(src, src_mask).select(torch.arange(B, device=dev).repeat_interleave(K))
    state = model.init_state(enc)
    sent = list(range(B))                                     # original ids of sentences still open
    scores = torch.full((B, K), float("-inf"), device=dev)
    scores[:, 0] = 0.0
    prev = torch.full((B * K,), BOS, dtype=torch.long, device=dev)
    hist = {"ids": None, "lp": None, "attn": None, "heads": None, "a_id": None, "a_lp": None}
    finished: list[list[SearchHyp]] = [[] for _ in range(B)]
    trees: list[list[TreeNode]] = [[] for _ in range(B)]
    node_of_row = [-1] * (B * K)

    for t in range(max(max_len)):
        N = len(sent)
        out = model.decode_step(prev, state, enc, need_heads)
        lp = out.log_probs
        V = lp.size(-1)
        a_lp, a_id = lp.topk(min(N_ALTERNATIVES, V), -1)
        rows_sent = [s for s in sent for _ in range(K)]
        lp = _constrain(lp.clone(), t, rows_sent, min_length, max_len, prefixes)
        cand = (scores.unsqueeze(-1) + lp.view(N, K, V)).view(N, K * V)
        top_s, top_i = cand.topk(min(2 * K, K * V), -1)       # [N, 2K]
        beam_i, tok_i = top_i // V, top_i % V
        parent_row = (torch.arange(N, device=dev).unsqueeze(1) * K + beam_i)   # [N, 2K] rows of parents
        step_lp = lp.view(N * K, V)[parent_row.view(-1), tok_i.view(-1)].view(N, -1)

        # Grow the per-row histories by this step (indexed by parent row, gathered lazily below).
        is_eos = (tok_i == EOS) & torch.isfinite(top_s)
        # Active: the first K non-EOS candidates (stable order keeps the best first).
        order_key = is_eos.long() * (2 * K) + torch.arange(top_s.size(1), device=dev)
        sel = order_key.argsort(-1)[:, :K]                                      # [N, K]
        new_rows = parent_row.gather(1, sel).view(-1)

        # Finish EOS candidates ranked within the top K.
        fin = is_eos[:, :K].nonzero().tolist()
        if fin or record_tree:
            cpu = _gather_history(hist, out, need_heads)
        for n, j in fin:
            s, r = sent[n], int(parent_row[n, j])
            if len(finished[s]) < K:
                finished[s].append(_finish(
                    cpu["ids"][r] + [EOS], cpu["lp"][r] + [float(step_lp[n, j])], cpu["attn"](r),
                    cpu["heads"](r) if need_heads else None,
                    cpu["alts"](r), src_lens[s], length_penalty))
        if record_tree:
            _record(trees, sent, node_of_row, top_s, tok_i, parent_row, sel, is_eos, K, t)

        # Reorder histories and state to the selected beams, append this step.
        scores = top_s.gather(1, sel)
        tok_sel = tok_i.gather(1, sel).view(-1)
        lp_sel = step_lp.gather(1, sel).view(-1)
        hist = _extend(hist, new_rows, tok_sel, lp_sel, out, a_id, a_lp, need_heads)
        state = model.reorder_state(out.state, new_rows)
        prev = tok_sel

        # Drop sentences that are done.
        keep = [n for n, s in enumerate(sent) if len(finished[s]) < K and t + 1 < max_len[s]]
        if len(keep) < N:
            if not keep:
                break
            rows = torch.tensor([n * K + k for n in keep for k in range(K)], device=dev)
            sent = [sent[n] for n in keep]
            scores = scores[torch.tensor(keep, device=dev)]
            prev, enc = prev[rows], enc.select(rows)
            state = model.reorder_state(state, rows)
            hist = {k: (v[rows] if isinstance(v, torch.Tensor) else v) for k, v in hist.items()}
            node_of_row = [node_of_row[r] for r in rows.tolist()]

    nbest = [sorted(f, key=lambda h: -h.score)[:n_best] for f in finished]
    return (nbest, trees) if record_tree else nbest


def _extend(hist, rows, tok, lp, out, a_id, a_lp, need_heads):
    def cat(old, new):
        new = new.unsqueeze(1)
        return new if old is None else torch.cat([old[rows], new], 1)
    return {"ids": cat(hist["ids"], tok), "lp": cat(hist["lp"], lp),
            "attn": cat(hist["attn"], out.attention[rows].float()),
            "heads": cat(hist["heads"], out.heads[rows].float()) if need_heads else None,
            "a_id": cat(hist["a_id"], a_id[rows]), "a_lp": cat(hist["a_lp"], a_lp[rows].float())}


def _gather_history(hist, out, need_heads):
    """CPU copies of the beam histories plus this step's values, for finishing hypotheses."""
    rows = out.attention.size(0)
    cpu = lambda key: hist[key].cpu() if hist[key] is not None else None
    ids = hist["ids"].tolist() if hist["ids"] is not None else [[] for _ in range(rows)]
    lps = hist["lp"].tolist() if hist["lp"] is not None else [[] for _ in range(rows)]
    old_attn, old_heads, a_id, a_lp = cpu("attn"), cpu("heads") if need_heads else None, cpu("a_id"), cpu("a_lp")
    attn_now = out.attention.float().cpu()
    heads_now = out.heads.float().cpu() if need_heads else None
    now = out.log_probs.topk(min(N_ALTERNATIVES, out.log_probs.size(-1)), -1)
    a_now_lp, a_now_id = now.values.float().cpu(), now.indices.cpu()

    def stack(old, new, r):
        return new[r].unsqueeze(0) if old is None else torch.cat([old[r], new[r].unsqueeze(0)], 0)

    return {"ids": ids, "lp": lps,
            "attn": lambda r: stack(old_attn, attn_now, r).numpy(),
            "heads": lambda r: stack(old_heads, heads_now, r).numpy(),
            "alts": lambda r: _alts(stack(a_id, a_now_id, r), stack(a_lp, a_now_lp, r))}


def _record(trees, sent, node_of_row, top_s, tok_i, parent_row, sel, is_eos, K, t):
    """Add this step's candidates to each sentence's tree; map the surviving rows to their nodes."""
    rows = []
    for n, s in enumerate(sent):
        chosen = sel[n].tolist()
        node_of_cand = {}
        for j in range(top_s.size(1)):
            score = float(top_s[n, j])
            if score == float("-inf"):
                continue
            status = "finished" if bool(is_eos[n, j]) and j < K else "active" if j in chosen else "pruned"
            node_of_cand[j] = len(trees[s])
            trees[s].append(TreeNode(len(trees[s]), node_of_row[int(parent_row[n, j])], int(tok_i[n, j]),
                                     score, t, status))
        rows.extend(node_of_cand.get(j, -1) for j in chosen)
    node_of_row[:] = rows
