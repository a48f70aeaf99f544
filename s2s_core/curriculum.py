"""Length curriculum: the first updates of a run see short sentences, longer ones join as it goes.

Competence-based curriculum (Platanios et al., 2019, "Competence-based Curriculum Learning for Neural
Machine Translation"): a pair's difficulty is the share of training pairs no longer than it (its length
percentile, in (0, 1]); the model's competence grows as ``c(t) = min(1, sqrt(t · (1 − c0²) / T + c0²))``; at
update ``t`` a batch is drawn uniformly from those whose difficulty is at most ``c(t)``. After ``T`` updates
every batch is eligible and the rest follow in their usual (shuffled) order.

Applied to the order of the first epoch's length-bucketed batches only, so it is a deterministic
permutation of the usual batches: nothing is dropped or repeated, and ``--resume`` stays exact.
"""
from __future__ import annotations

import bisect
import math
import random
from typing import Sequence

C0 = 0.01   # competence at the first update (Platanios et al.'s c0)


def competence(t: int, total: int, c0: float = C0) -> float:
    """Share of the length distribution the model may see at update ``t`` of a ``total``-update curriculum."""
    if total <= 0 or t >= total:
        return 1.0
    return min(1.0, math.sqrt(t * (1 - c0 * c0) / total + c0 * c0))


def batch_difficulty(batches: Sequence[Sequence[int]], lengths: Sequence[tuple[int, int]]) -> list[float]:
    """Per batch, the length percentile of its longest pair (longer of source and target, in pieces)."""
    longest = sorted(max(pair) for pair in lengths)
    n = len(longest)
    return [bisect.bisect_right(longest, max(max(lengths[i]) for i in batch)) / n for batch in batches]


def curriculum_order(batches: Sequence[Sequence[int]], lengths: Sequence[tuple[int, int]], steps: int,
                     seed: int) -> list[Sequence[int]]:
    """``batches`` reordered so that batch ``t < steps`` is drawn uniformly (seeded) from the remaining
    batches of difficulty ≤ ``competence(t, steps)`` (the easiest remaining one when none is), then the
    rest in their given order."""
    steps = min(steps, len(batches))
    if steps <= 0:
        return list(batches)
    difficulty = batch_difficulty(batches, lengths)
    by_difficulty = sorted(range(len(batches)), key=lambda b: (difficulty[b], b))
    rng = random.Random(seed)
    pool: list[int] = []          # eligible, not yet taken
    admitted = 0                  # batches of by_difficulty admitted to the pool so far
    order: list[int] = []
    for t in range(steps):
        c = competence(t, steps)
        while admitted < len(by_difficulty) and (difficulty[by_difficulty[admitted]] <= c or not pool):
            pool.append(by_difficulty[admitted])
            admitted += 1
            if difficulty[pool[-1]] > c:    # none was eligible: take the easiest remaining
                break
        j = rng.randrange(len(pool))
        pool[j], pool[-1] = pool[-1], pool[j]
        order.append(pool.pop())
    taken = set(order)
    order += [b for b in range(len(batches)) if b not in taken]
    return [batches[b] for b in order]
