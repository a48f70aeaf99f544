"""Batched beam search: K beams per sentence, all sentences in one batch, n-best lists out.

Per step (``beam_search``): the open beams are decoded; ``rank`` keeps each sentence's 2K best
continuations by cumulative log-prob; ``</s>`` candidates among the top K are finished (``Finished``);
the best K others become the next beams (``Beams.advance``); sentences with K finished hypotheses (or
at their length limit) leave the batch (``Beams.select``), so later steps compute only what is open.
The first step, where all K beams of a sentence are the same ``<s>``, is computed once per sentence.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional, Sequence

import torch

from ..models.base import EncoderOut, Seq2Seq, StepOut
from ..special import BOS, EOS
from .history import Alternatives, History
from .hyps import SearchHyp, finish
from .rules import Rules, candidates
from .tree import Tree


@dataclass
class Ranked:
    """One step's 2K best continuations of each open sentence, best first (rows of [N, 2K])."""
    scores: torch.Tensor       # cumulative log-prob (−inf where fewer are allowed)
    tokens: torch.Tensor
    parent: torch.Tensor       # the beam row each one extends
    step_lp: torch.Tensor      # the token's own log-prob
    is_eos: torch.Tensor       # a finite </s>: a finished hypothesis
    keep: torch.Tensor         # [N, K] the K best non-</s> candidates: the next beams
    alt: Alternatives          # every row's unconstrained top tokens (confidence, click-to-correct)


def rank(log_probs: torch.Tensor, scores: torch.Tensor, t: int, sent: Sequence[int], K: int, rules: Rules) -> Ranked:
    """Each row's best 2K allowed tokens hold its sentence's best 2K continuations: rank those."""
    vals, toks, alt = candidates(log_probs, 2 * K, t, sent, K, rules)
    N, W = scores.size(0), vals.size(1)
    cand = (scores.unsqueeze(-1) + vals.view(N, K, W)).view(N, K * W)
    top_s, top_i = cand.topk(min(2 * K, K * W), -1)                          # [N, 2K]
    tokens = toks.view(N, K * W).gather(1, top_i)
    parent = torch.arange(N, device=scores.device).unsqueeze(1) * K + top_i // W
    is_eos = (tokens == EOS) & torch.isfinite(top_s)
    keep = torch.argsort(is_eos.to(torch.uint8), dim=1, stable=True)[:, :K]   # stable: best first
    return Ranked(top_s, tokens, parent, vals.view(N, K * W).gather(1, top_i), is_eos, keep, alt)


@dataclass
class Beams:
    """The open sentences' beams: rows ``n·K … n·K+K-1`` belong to sentence ``sent[n]``."""
    sent: list[int]                      # original index of each open sentence
    scores: torch.Tensor                 # [N, K] cumulative log-probs
    prev: torch.Tensor                   # last token of each row ([N]: one <s> per sentence before step 0)
    state: Any                           # the model's decoder state
    enc: EncoderOut
    hist: History

    @classmethod
    def start(cls, model: Seq2Seq, src: torch.Tensor, src_mask: torch.Tensor, K: int, hist: History) -> "Beams":
        B, dev = src.size(0), src.device
        enc = model.encode(src, src_mask)
        scores = torch.full((B, K), float("-inf"), device=dev)
        scores[:, 0] = 0.0                                   # K copies of <s>: only one may expand
        return cls(list(range(B)), scores, torch.full((B,), BOS, dtype=torch.long, device=dev),
                   model.init_state(enc), enc, hist)

    def decode(self, model: Seq2Seq, t: int, K: int) -> StepOut:
        out = model.decode_step(self.prev, self.state, self.enc, need_heads=self.hist.need_heads,
                                need_attention=self.hist.need_attention)
        if t > 0 or K == 1:
            return out
        fan_out = torch.arange(len(self.sent), device=self.prev.device).repeat_interleave(K)   # 1 row → K
        self.enc = self.enc.select(fan_out)
        pick = lambda x: None if x is None else x.index_select(0, fan_out)
        return StepOut(pick(out.log_probs), pick(out.attention), model.reorder_state(out.state, fan_out),
                       pick(out.heads))

    def advance(self, model: Seq2Seq, r: Ranked, out: StepOut) -> None:
        """Continue from the K kept candidates: reorder state and histories to them, append this step."""
        rows = r.parent.gather(1, r.keep).view(-1)
        tokens = r.tokens.gather(1, r.keep).view(-1)
        self.scores = r.scores.gather(1, r.keep)
        self.hist = self.hist.extended(rows, tokens, r.step_lp.gather(1, r.keep).view(-1), out, r.alt)
        self.state = model.reorder_state(out.state, rows)
        self.prev = tokens

    def select(self, model: Seq2Seq, keep: list[int], K: int) -> list[int]:
        """Only the sentences ``keep`` (positions in ``sent``) stay; returns the rows kept."""
        rows = [n * K + k for n in keep for k in range(K)]
        idx = torch.tensor(rows, device=self.prev.device)
        self.sent = [self.sent[n] for n in keep]
        self.scores = self.scores.index_select(0, torch.tensor(keep, device=self.prev.device))
        self.prev, self.enc = self.prev.index_select(0, idx), self.enc.select(idx)
        self.state = model.reorder_state(self.state, idx)
        self.hist = self.hist.select(idx)
        return rows


class Finished:
    """Finished hypotheses per sentence; a sentence is done once it has K of them."""

    def __init__(self, src_lens: list[int], K: int, length_penalty: float):
        self.hyps: list[list[SearchHyp]] = [[] for _ in src_lens]
        self.src_lens, self.K, self.alpha = src_lens, K, length_penalty

    def full(self, s: int) -> bool:
        return len(self.hyps[s]) >= self.K

    def add(self, r: Ranked, beams: Beams, out: StepOut) -> None:
        """Finish the ``</s>`` candidates ranked within each sentence's top K."""
        fin = r.is_eos[:, :self.K].nonzero().tolist()
        if not fin:
            return
        history = beams.hist.finishing(sorted({int(r.parent[n, j]) for n, j in fin}), out, r.alt)
        for n, j in fin:
            s = beams.sent[n]
            if not self.full(s):
                ids, lps, attn, heads, alts = history(int(r.parent[n, j]))
                self.hyps[s].append(finish(ids + [EOS], lps + [float(r.step_lp[n, j])], attn, heads, alts,
                                           self.src_lens[s], self.alpha))

    def nbest(self, n: int) -> list[list[SearchHyp]]:
        return [sorted(f, key=lambda h: -h.score)[:n] for f in self.hyps]


@torch.inference_mode()
def beam_search(model: Seq2Seq, src: torch.Tensor, src_mask: torch.Tensor, beam_size: int = 5, n_best: int = 1,
                max_length: Optional[int] = None, min_length: int = 0, length_penalty: float = 1.0,
                prefixes=None, need_heads: bool = False, record_tree: bool = False, need_attention: bool = True):
    """Batched beam search. Returns n-best lists (best first); with ``record_tree`` also TreeNode lists.

    A sentence stops once it has K finished hypotheses (its length limit forces ``</s>``).
    ``need_attention=False`` skips collecting attention (hypotheses get an empty [len, 0] array)."""
    K = beam_size
    rules = Rules.for_batch(src_mask, max_length, min_length, prefixes)
    beams = Beams.start(model, src, src_mask, K, History(need_attention or need_heads, need_heads))
    finished = Finished(src_mask.sum(1).tolist(), K, length_penalty)
    tree = Tree(src.size(0), K) if record_tree else None
    for t in range(rules.steps):
        out = beams.decode(model, t, K)
        ranked = rank(out.log_probs, beams.scores, t, beams.sent, K, rules)
        finished.add(ranked, beams, out)
        if tree:
            tree.record(ranked, beams.sent, K, t)
        beams.advance(model, ranked, out)
        keep = [n for n, s in enumerate(beams.sent) if not finished.full(s) and t + 1 < rules.max_len[s]]
        if not keep:
            break
        if len(keep) < len(beams.sent):
            rows = beams.select(model, keep, K)
            if tree:
                tree.select(rows)
    nbest = finished.nbest(n_best)
    return (nbest, tree.nodes) if record_tree else nbest
