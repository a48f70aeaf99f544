"""Length curriculum: a seeded permutation of the epoch's batches, short first, that never loses a batch."""
import random

import pytest

from s2s_core import data
from s2s_core.curriculum import batch_difficulty, competence, curriculum_order

pytestmark = pytest.mark.unit


def corpus(n=3000, seed=0):
    rng = random.Random(seed)
    return [(rng.randint(1, 60), rng.randint(1, 60)) for _ in range(n)]


def test_competence_grows_from_c0_to_one_by_the_last_update():
    values = [competence(t, 100) for t in range(0, 101)]
    assert values[0] == pytest.approx(0.01)
    assert all(a < b for a, b in zip(values, values[1:100]))
    assert values[100] == 1.0 and competence(5, 0) == 1.0


def test_order_is_a_seeded_permutation_that_loses_nothing():
    lengths = corpus()
    batches = data.bucket_batches(lengths, 600, seed=3)
    ordered = curriculum_order(batches, lengths, steps=len(batches) // 2, seed=5)
    assert sorted(map(tuple, ordered)) == sorted(map(tuple, batches))
    assert ordered == curriculum_order(batches, lengths, steps=len(batches) // 2, seed=5)
    assert ordered != curriculum_order(batches, lengths, steps=len(batches) // 2, seed=6)
    assert curriculum_order(batches, lengths, steps=0, seed=5) == batches


def test_each_early_batch_is_within_competence_or_the_easiest_left():
    lengths = corpus()
    batches = data.bucket_batches(lengths, 600, seed=3)
    steps = len(batches) // 2
    ordered = curriculum_order(batches, lengths, steps=steps, seed=5)
    difficulty = batch_difficulty(ordered, lengths)
    for t in range(steps):
        assert difficulty[t] <= competence(t, steps) or difficulty[t] == min(difficulty[t:])
    # short pairs really come first: the first tenth is far shorter than the usual order's
    head = max(1, steps // 10)
    mean = lambda xs: sum(xs) / len(xs)
    assert mean(difficulty[:head]) < 0.5 * mean(batch_difficulty(batches, lengths)[:head])
    # after the curriculum the remaining batches keep their usual relative order
    rest = [tuple(b) for b in ordered[steps:]]
    usual = [tuple(b) for b in batches if tuple(b) in set(rest)]
    assert rest == usual


def test_difficulty_is_the_length_percentile_of_the_longest_pair():
    lengths = [(1, 2), (3, 3), (5, 1), (10, 4)]
    assert batch_difficulty([[0], [1, 2], [3]], lengths) == [0.25, 0.75, 1.0]
