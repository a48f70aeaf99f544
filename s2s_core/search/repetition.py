"""Repetition guard: a hypothesis may not say the same thing over and over in a row.

A small model that loses track of its input loops ("les semaines, les semaines, les semaines…",
"recommmmmmand") until the length limit. The guard forbids the token that would add one copy too many
of a span the hypothesis has just repeated: a span of 2–``max_span`` pieces may appear ``span_copies``
times in a row, a single piece ``run_length`` times. The search then takes the model's next-best token,
so a looping hypothesis either moves on or loses to one that does.

Unlike fairseq's ``no_repeat_ngram_size`` (no n-gram twice anywhere), only *consecutive* copies count:
"l'homme … l'homme" in one sentence stays allowed. Calibrated on French references (newstest2013,
Tatoeba dev; ``benchmarks/trust_calibration.py``): none repeats a span of ≥ 2 pieces three times in a
row, 2 in 3,000 newstest references run one piece 4 times, none 5 times.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Optional, Sequence

import torch


@dataclass(frozen=True)
class RepetitionGuard:
    max_span: int = 12      # longest span (pieces) checked for repetition
    span_copies: int = 2    # a span of ≥ 2 pieces may appear this many times in a row
    run_length: int = 4     # a single piece may appear this many times in a row

    def __post_init__(self):
        if min(self.max_span, self.span_copies, self.run_length) < 1:
            raise ValueError("repetition guard sizes must be ≥ 1")

    def copies_allowed(self, n: int) -> int:
        return self.run_length if n == 1 else self.span_copies

    @property
    def window(self) -> int:
        """How many of the latest tokens the rule looks at."""
        return max(n * (self.copies_allowed(n) + 1) for n in range(1, self.max_span + 1))

    def bans(self, history: Optional[torch.Tensor]) -> Optional[tuple[torch.Tensor, torch.Tensor]]:
        """For hypotheses so far ``history`` [R, t] (no <s>): per row and span size n = 1…max_span, the
        token that would complete one copy too many (``tokens`` [R, N]) and whether that ban applies
        (``active`` [R, N]); None when no ban applies (most steps: the search then does no extra work)."""
        if history is None or history.size(1) == 0:
            return None
        history = history[:, -self.window:]
        a, b, ignore, feasible, last = (x.to(history.device) for x in self._indices(history.size(1)))
        # Span n is one copy away from too many when the last n·c − 1 tokens already have period n.
        # First the 3 latest tokens only: they rarely all repeat, and then no span can be banned.
        head = (history[:, a[:, :3]] == history[:, b[:, :3]]) | ignore[:, :3]          # [R, N, ≤3]
        if not bool((head.all(-1) & feasible).any()):
            return None
        same = history[:, a] == history[:, b]                                          # [R, N, M]
        active = (same | ignore).all(-1) & feasible                                    # [R, N]
        if not bool(active.any()):
            return None
        return history[:, last], active

    @functools.lru_cache(maxsize=64)
    def _indices(self, t: int) -> tuple[torch.Tensor, ...]:
        """Positions compared for a window of ``t`` tokens: for span n and offset i < n·c − 1, token t−1−i
        against t−1−i−n (``a`` [1, M], ``b`` [N, M]); which pairs do not count (``ignore``), which spans
        fit at all (``feasible`` [N]) and where each span's banned token sits (``last`` [N])."""
        n = torch.arange(1, self.max_span + 1).unsqueeze(1)                            # [N, 1]
        need = torch.tensor([k * self.copies_allowed(k) - 1 for k in range(1, self.max_span + 1)]).unsqueeze(1)
        i = torch.arange(int(need.max())).unsqueeze(0)                                 # [1, M]
        a, b = t - 1 - i, t - 1 - i - n
        feasible = (t >= need + n).squeeze(1)
        return a.clamp(min=0), b.clamp(min=0), i >= need, feasible, (t - n.squeeze(1)).clamp(min=0)

    def allows(self, ids: Sequence[int]) -> bool:
        """Whether a whole token sequence keeps the rule (brute-force tests, trust checks)."""
        ids = list(ids)
        for end in range(1, len(ids) + 1):
            for n in range(1, self.max_span + 1):
                span = n * (self.copies_allowed(n) + 1)
                if span <= end and all(ids[end - 1 - j] == ids[end - 1 - j - n] for j in range(span - n)):
                    return False
        return True


DEFAULT_GUARD = RepetitionGuard()


def mask_banned(vals: torch.Tensor, ids: torch.Tensor, ban) -> torch.Tensor:
    """Candidate log-probs ``vals`` [R, W] for tokens ``ids`` [R, W] with the guard's bans set to −inf."""
    if ban is None:
        return vals
    tokens, active = ban
    hit = ((ids.unsqueeze(-1) == tokens.unsqueeze(1)) & active.unsqueeze(1)).any(-1)
    return vals.masked_fill(hit, float("-inf"))
