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

from .limits import target_limit
from .models.base import Seq2Seq, StepOut
from .repetition import RepetitionGuard, mask_banned
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


def max_lengths(src_mask: torch.Tensor, max_length: Optional[int]) -> list[int]:
    """Per-sentence target limit (tokens incl. </s>): ``min(2·|src| + 10, 1.5·|src| + 20)`` (limits.py),
    capped by ``max_length``."""
    return [target_limit(n, max_length) for n in src_mask.sum(1).tolist()]


def _candidates(lp: torch.Tensor, k: int, t: int, sent: Sequence[int], K: int, min_len: int,
                max_len: Sequence[int], prefixes: Optional[Sequence[Sequence[int]]], ban=None):
    """One top-k pass over the vocabulary per step. Returns, per row, the ``k`` best tokens that the
    min/max-length and forced-prefix constraints allow, best first, as (log-probs [R, k], ids [R, k])
    (−inf where fewer are allowed), and the unconstrained top ``N_ALTERNATIVES`` as (log-probs, ids).
    Rows are ``K`` consecutive rows per sentence of ``sent`` (row ``n·K + k`` belongs to ``sent[n]``).

    Constraints: never <pad> or a second <s>; no </s> before ``min_len``; only </s> at the sentence's
    length limit; only the prefix token while a forced prefix lasts; none that ``ban`` (the repetition
    guard's, see repetition.py) forbids."""
    neg, V = float("-inf"), lp.size(-1)
    banned = (PAD, BOS, EOS) if t + 1 < min_len else (PAD, BOS)
    n_alt = min(N_ALTERNATIVES, V)
    n_ban = 0 if ban is None else int(ban[1].sum(1).max())
    top_lp, top_id = lp.topk(min(V, max(n_alt, k + len(banned) + n_ban)), -1)   # enough to drop the banned
    bad = top_id == banned[0]
    for b in banned[1:]:
        bad |= top_id == b
    vals, ids = mask_banned(top_lp.masked_fill(bad, neg), top_id, ban), top_id
    rows = [n * K + j for n, s in enumerate(sent) if t + 1 >= max_len[s] for j in range(K)]
    toks = [EOS] * len(rows)
    if prefixes:
        ended = set(rows)
        forced = [(n * K + j, prefixes[s][t]) for n, s in enumerate(sent) if t < len(prefixes[s])
                  for j in range(K) if n * K + j not in ended]
        rows += [r for r, _ in forced]
        toks += [tok for _, tok in forced]
    if rows:                                          # a single allowed token (−inf if it is banned too)
        r = torch.tensor(rows, device=lp.device)
        tk = torch.tensor(toks, device=lp.device)
        keep = lp[r, tk].masked_fill(torch.tensor([x in banned for x in toks], device=lp.device), neg)
        vals.index_fill_(0, r, neg)
        vals[r, 0] = keep
        ids = ids.clone()
        ids[r, 0] = tk
    vals, order = vals.topk(min(k, vals.size(1)), -1)  # allowed first
    return vals, ids.gather(1, order), (top_lp[:, :n_alt], top_id[:, :n_alt])


def _finish(ids, tok_lp, attn, heads, alts, src_len: int, alpha: float) -> SearchHyp:
    lp = float(sum(tok_lp))
    attention = np.zeros((len(ids), 0), dtype=np.float32) if attn is None else \
        np.asarray(attn[:, :src_len], dtype=np.float32)
    return SearchHyp(ids=list(map(int, ids)), score=length_normalise(lp, len(ids), alpha), log_prob=lp,
                     token_log_probs=[float(x) for x in tok_lp], attention=attention,
                     heads=None if heads is None else np.asarray(heads[..., :src_len], dtype=np.float32),
                     alternatives=alts)


def _alts(a_id: torch.Tensor, a_lp: torch.Tensor) -> list:
    return [list(zip(map(int, i), map(float, p))) for i, p in zip(a_id.tolist(), a_lp.tolist())]


def _step(model: Seq2Seq, prev, state, enc, need_heads: bool, need_attention: bool):
    # need_attention is passed only when off, so Seq2Seq implementations without the flag keep working
    if need_attention or need_heads:
        return model.decode_step(prev, state, enc, need_heads)
    return model.decode_step(prev, state, enc, need_heads, need_attention=False)


@torch.inference_mode()
def greedy_search(model: Seq2Seq, src: torch.Tensor, src_mask: torch.Tensor, max_length: Optional[int] = None,
                  min_length: int = 0, prefixes=None, length_penalty: float = 1.0,
                  need_heads: bool = False, need_attention: bool = True,
                  repeat_guard: Optional[RepetitionGuard] = None) -> list[list[SearchHyp]]:
    """Argmax decoding; equals beam search with beam size 1. Sentences leave the batch at their </s>.
    ``need_attention=False`` skips collecting attention (hypotheses get an empty [len, 0] array).
    ``repeat_guard`` forbids tokens that would repeat a span once too often (see repetition.py)."""
    B, dev = src.size(0), src.device
    need_attention = need_attention or need_heads
    enc = model.encode(src, src_mask)
    state = model.init_state(enc)
    max_len = max_lengths(src_mask, max_length)
    T, S = max(max_len), src.size(1)
    prev = torch.full((B,), BOS, dtype=torch.long, device=dev)
    sent = list(range(B))                                    # original sentence of each live row
    live = torch.arange(B, device=dev)
    ids = torch.full((B, T), PAD, dtype=torch.long, device=dev)
    lps = torch.zeros((B, T), device=dev)
    a_ids = torch.zeros((B, T, N_ALTERNATIVES), dtype=torch.long, device=dev)
    a_lps = torch.zeros((B, T, N_ALTERNATIVES), device=dev)
    attns = torch.zeros((B, T, S), device=dev) if need_attention else None
    heads = None
    lengths = [T] * B
    for t in range(T):
        out = _step(model, prev, state, enc, need_heads, need_attention)
        ban = repeat_guard.bans(ids[live, max(0, t - repeat_guard.window):t]) if repeat_guard else None
        vals, toks, (a_lp, a_id) = _candidates(out.log_probs, 1, t, sent, 1, min_length, max_len, prefixes, ban)
        best_lp, prev = vals[:, 0], toks[:, 0]
        if not bool(torch.isfinite(best_lp).all()):          # nothing allowed (min > max length): as argmax
            prev = torch.where(torch.isfinite(best_lp), prev, torch.zeros_like(prev))
        ids[live, t] = prev
        lps[live, t] = best_lp.float()
        a_ids[live, t, :a_id.size(1)] = a_id
        a_lps[live, t, :a_lp.size(1)] = a_lp.float()
        if need_attention:
            attns[live, t] = out.attention.float()
        if need_heads:
            if heads is None:
                heads = torch.zeros((B, T) + tuple(out.heads.shape[1:]), device=dev)
            heads[live, t] = out.heads.float()
        state = out.state
        ended = (prev == EOS).tolist()
        if any(ended):                                       # finished sentences leave the batch
            for n, e in enumerate(ended):
                if e:
                    lengths[sent[n]] = t + 1
            keep = [n for n, e in enumerate(ended) if not e]
            if not keep:
                break
            rows = torch.tensor(keep, device=dev)
            sent = [sent[n] for n in keep]
            live, prev, enc = live[rows], prev[rows], enc.select(rows)
            state = model.reorder_state(state, rows)
    ids_t, lps_t = ids.cpu(), lps.cpu()
    attn_t = attns.cpu() if need_attention else None
    heads_t = heads.cpu() if heads is not None else None
    n_alt = a_id.size(1)
    a_id_t, a_lp_t = a_ids[..., :n_alt].cpu(), a_lps[..., :n_alt].cpu()
    src_lens = src_mask.sum(1).tolist()
    results = []
    for b in range(B):
        n = lengths[b]
        results.append([_finish(ids_t[b, :n].tolist(), lps_t[b, :n].tolist(),
                                None if attn_t is None else attn_t[b, :n],
                                None if heads_t is None else heads_t[b, :n], _alts(a_id_t[b, :n], a_lp_t[b, :n]),
                                src_lens[b], length_penalty)])
    return results


def _expand(out: StepOut, model: Seq2Seq, idx: torch.Tensor) -> StepOut:
    """Rows ``idx`` of a step's output (the first beam step runs once per sentence, then fans out)."""
    pick = lambda x: None if x is None else x.index_select(0, idx)
    return StepOut(pick(out.log_probs), pick(out.attention), model.reorder_state(out.state, idx), pick(out.heads))


@torch.inference_mode()
def beam_search(model: Seq2Seq, src: torch.Tensor, src_mask: torch.Tensor, beam_size: int = 5, n_best: int = 1,
                max_length: Optional[int] = None, min_length: int = 0, length_penalty: float = 1.0,
                prefixes=None, need_heads: bool = False, record_tree: bool = False, need_attention: bool = True,
                repeat_guard: Optional[RepetitionGuard] = None):
    """Batched beam search. Returns n-best lists (best first); with ``record_tree`` also TreeNode lists.

    Per step, every live beam proposes its tokens; the top 2K candidates per sentence are ranked by
    cumulative log-prob. ``</s>`` candidates among the top K are finished; the best K others continue.
    A sentence stops once it has K finished hypotheses (its limit forces ``</s>``); finished
    sentences leave the batch so later steps only compute what is still open. The first step, where all
    K beams of a sentence are the same ``<s>``, is computed once per sentence.
    ``need_attention=False`` skips collecting attention (hypotheses get an empty [len, 0] array).
    ``repeat_guard`` forbids tokens that would repeat a span once too often (see repetition.py).
    """
    B, K, dev = src.size(0), beam_size, src.device
    need_attention = need_attention or need_heads
    src_lens = src_mask.sum(1).tolist()
    max_len = max_lengths(src_mask, max_length)
    enc = model.encode(src, src_mask)
    fan_out = torch.arange(B, device=dev).repeat_interleave(K)
    state = model.init_state(enc)
    sent = list(range(B))                                     # original ids of sentences still open
    scores = torch.full((B, K), float("-inf"), device=dev)
    scores[:, 0] = 0.0
    prev = torch.full((B,), BOS, dtype=torch.long, device=dev)
    hist = {"ids": None, "lp": None, "attn": None, "heads": None, "a_id": None, "a_lp": None}
    finished: list[list[SearchHyp]] = [[] for _ in range(B)]
    trees: list[list[TreeNode]] = [[] for _ in range(B)]
    node_of_row = [-1] * (B * K)
    base = torch.arange(B, device=dev).unsqueeze(1) * K       # first row of each sentence

    for t in range(max(max_len)):
        N = len(sent)
        out = _step(model, prev, state, enc, need_heads, need_attention)
        if t == 0:                                            # one row per sentence → K rows
            out = _expand(out, model, fan_out) if K > 1 else out
            enc = enc.select(fan_out) if K > 1 else enc
        # Each row's best 2K allowed tokens hold the sentence's best 2K continuations.
        ban = repeat_guard.bans(hist["ids"]) if repeat_guard else None
        vals, toks, (a_lp, a_id) = _candidates(out.log_probs, 2 * K, t, sent, K, min_length, max_len, prefixes, ban)
        W = vals.size(1)
        cand = (scores.unsqueeze(-1) + vals.view(N, K, W)).view(N, K * W)
        top_s, top_i = cand.topk(min(2 * K, K * W), -1)       # [N, 2K]
        beam_i, tok_i = top_i // W, toks.view(N, K * W).gather(1, top_i)
        parent_row = base + beam_i                            # [N, 2K] rows of parents
        step_lp = vals.view(N, K * W).gather(1, top_i)

        is_eos = (tok_i == EOS) & torch.isfinite(top_s)
        # Active: the first K non-EOS candidates (stable order keeps the best first).
        sel = torch.argsort(is_eos.to(torch.uint8), dim=1, stable=True)[:, :K]   # [N, K]
        new_rows = parent_row.gather(1, sel).view(-1)

        # Finish EOS candidates ranked within the top K.
        fin = is_eos[:, :K].nonzero().tolist()
        if fin:
            cpu = _gather_history(hist, sorted({int(parent_row[n, j]) for n, j in fin}), out, a_id, a_lp,
                                  need_attention, need_heads)
        for n, j in fin:
            s, r = sent[n], int(parent_row[n, j])
            if len(finished[s]) < K:
                ids_r, lps_r, attn_r, heads_r, alts_r = cpu(r)
                finished[s].append(_finish(ids_r + [EOS], lps_r + [float(step_lp[n, j])], attn_r, heads_r, alts_r,
                                           src_lens[s], length_penalty))
        if record_tree:
            _record(trees, sent, node_of_row, top_s, tok_i, parent_row, sel, is_eos, K, t)

        # Reorder histories and state to the selected beams, append this step.
        scores = top_s.gather(1, sel)
        tok_sel = tok_i.gather(1, sel).view(-1)
        lp_sel = step_lp.gather(1, sel).view(-1)
        hist = _extend(hist, new_rows, tok_sel, lp_sel, out, a_id, a_lp, need_heads, need_attention)
        state = model.reorder_state(out.state, new_rows)
        prev = tok_sel

        # Drop sentences that are done.
        keep = [n for n, s in enumerate(sent) if len(finished[s]) < K and t + 1 < max_len[s]]
        if len(keep) < N:
            if not keep:
                break
            rows = torch.tensor([n * K + k for n in keep for k in range(K)], device=dev)
            sent = [sent[n] for n in keep]
            scores = scores.index_select(0, torch.tensor(keep, device=dev))
            prev, enc = prev.index_select(0, rows), enc.select(rows)
            state = model.reorder_state(state, rows)
            hist = {k: (v.index_select(0, rows) if isinstance(v, torch.Tensor) else v) for k, v in hist.items()}
            node_of_row = [node_of_row[r] for r in rows.tolist()]
            base = base[:len(keep)]

    nbest = [sorted(f, key=lambda h: -h.score)[:n_best] for f in finished]
    return (nbest, trees) if record_tree else nbest


def _extend(hist, rows, tok, lp, out, a_id, a_lp, need_heads, need_attention):
    def cat(old, new):
        new = new.unsqueeze(1)
        return new if old is None else torch.cat([old.index_select(0, rows), new], 1)
    pick = lambda x: x.index_select(0, rows)
    return {"ids": cat(hist["ids"], tok), "lp": cat(hist["lp"], lp),
            "attn": cat(hist["attn"], pick(out.attention).float()) if need_attention else None,
            "heads": cat(hist["heads"], pick(out.heads).float()) if need_heads else None,
            "a_id": cat(hist["a_id"], pick(a_id)), "a_lp": cat(hist["a_lp"], pick(a_lp).float())}


def _gather_history(hist, rows: list[int], out, a_id, a_lp, need_attention, need_heads):
    """CPU copies of the histories of ``rows`` (this step's rows) extended by this step's values;
    returns ``row → (ids, token log-probs, attention, heads, alternatives)``."""
    idx = torch.tensor(rows, device=a_id.device)
    at = {r: i for i, r in enumerate(rows)}

    def full(key, now):
        now = now.index_select(0, idx).unsqueeze(1)
        old = hist[key]
        return (now if old is None else torch.cat([old.index_select(0, idx), now], 1)).cpu()

    ids = hist["ids"].index_select(0, idx).tolist() if hist["ids"] is not None else [[] for _ in rows]
    lps = hist["lp"].index_select(0, idx).tolist() if hist["lp"] is not None else [[] for _ in rows]
    attn = full("attn", out.attention.float()) if need_attention else None
    heads = full("heads", out.heads.float()) if need_heads else None
    alt_id, alt_lp = full("a_id", a_id), full("a_lp", a_lp.float())

    def get(r):
        i = at[r]
        return (ids[i], lps[i], None if attn is None else attn[i].numpy(), None if heads is None else heads[i].numpy(),
                _alts(alt_id[i], alt_lp[i]))
    return get


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
