"""s2s_core.search: exactness against brute force, greedy = beam 1, scores, attention, constraints, trees."""
from __future__ import annotations

import itertools
import math
from dataclasses import replace

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from s2s_core.models.base import Seq2Seq
from s2s_core.search import N_ALTERNATIVES, beam_search, greedy_search, length_normalise, max_lengths
from s2s_core.tokenizer import BOS, EOS, PAD, UNK

from .conftest import random_model, source_batch

KINDS = ["transformer", "gru"]


class Favour(Seq2Seq):
    """Wraps a model and moves almost all probability onto some tokens (to test search constraints)."""

    def __init__(self, inner, tokens, boost=30.0):
        super().__init__()
        self.inner, self.config, self.tokens, self.boost = inner, inner.config, list(tokens), boost

    def encode(self, src, src_mask):
        return self.inner.encode(src, src_mask)

    def init_state(self, enc):
        return self.inner.init_state(enc)

    def reorder_state(self, state, idx):
        return self.inner.reorder_state(state, idx)

    def decode_step(self, prev_tokens, state, enc, need_heads=False, need_attention=True):
        out = self.inner.decode_step(prev_tokens, state, enc, need_heads, need_attention)
        lp = out.log_probs.clone()
        lp[:, self.tokens] += self.boost
        return replace(out, log_probs=lp.log_softmax(-1))


def teacher_forced(model, src_row, seqs):
    """Token log-probs of each target id sequence (ending in </s>) under full teacher forcing."""
    T = max(map(len, seqs))
    tgt_in = torch.full((len(seqs), T), PAD, dtype=torch.long)
    for i, s in enumerate(seqs):
        tgt_in[i, :len(s)] = torch.tensor([BOS] + list(s[:-1]))
    src = src_row.expand(len(seqs), -1)
    with torch.no_grad():
        lp = F.log_softmax(model(src, tgt_in).float(), -1)
    return [[float(lp[i, t, tok]) for t, tok in enumerate(s)] for i, s in enumerate(seqs)]


def brute_force(model, src_row, vocab, max_len, alpha):
    """Every output the search may produce (no PAD/BOS, </s> last, ≤ max_len tokens), best first."""
    body = [t for t in range(vocab) if t not in (PAD, BOS, EOS)]
    seqs = [tuple(p) + (EOS,) for n in range(max_len) for p in itertools.product(body, repeat=n)]
    lps = teacher_forced(model, src_row, seqs)
    scored = [(length_normalise(sum(lp), len(s), alpha), list(s), sum(lp)) for s, lp in zip(seqs, lps)]
    return sorted(scored, key=lambda x: -x[0])


def real_src(src, mask, b):
    return src[b:b + 1, :int(mask[b].sum())]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("alpha", [0.0, 1.0])
def test_wide_beam_equals_brute_force_enumeration(kind, alpha):
    V, L = 6, 4                         # tokens UNK, 4, 5 (+ </s>) → 1 + 3 + 9 + 27 = 40 outputs
    model = random_model(kind, vocab=V, seed=21)
    src, mask = source_batch([3, 6], vocab=V, seed=22)
    nbest = beam_search(model, src, mask, beam_size=64, n_best=64, max_length=L, length_penalty=alpha)
    for b in range(2):
        brute = brute_force(model, real_src(src, mask, b), V, L, alpha)
        got = nbest[b]
        assert len(got) == len(brute) == 40
        assert [h.ids for h in got] == [ids for _, ids, _ in brute]
        np.testing.assert_allclose([h.score for h in got], [s for s, _, _ in brute], rtol=1e-5, atol=1e-5)
        np.testing.assert_allclose([h.log_prob for h in got], [lp for _, _, lp in brute], rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("kind", KINDS)
def test_beam_best_never_beats_the_exact_optimum(kind):
    V, L = 6, 4
    model = random_model(kind, vocab=V, seed=23)
    src, mask = source_batch([4], vocab=V, seed=24)
    exact = brute_force(model, src, V, L, 0.0)[0][0]
    scores = [beam_search(model, src, mask, beam_size=k, max_length=L, length_penalty=0.0)[0][0].score
              for k in (1, 2, 4, 16)]
    assert all(s <= exact + 1e-5 for s in scores)
    assert scores[-1] == pytest.approx(exact, abs=1e-5)


@pytest.mark.parametrize("kind", KINDS)
def test_beam_one_equals_greedy(kind):
    model = random_model(kind, vocab=12, seed=25)
    src, mask = source_batch([3, 7, 5, 9], vocab=12, seed=26)
    for alpha in (0.0, 1.0):
        greedy = greedy_search(model, src, mask, length_penalty=alpha, need_heads=kind == "transformer")
        beam = beam_search(model, src, mask, beam_size=1, length_penalty=alpha, need_heads=kind == "transformer")
        for g, b in zip(greedy, beam):
            g, b = g[0], b[0]
            assert g.ids == b.ids
            assert g.score == pytest.approx(b.score, abs=1e-5)
            np.testing.assert_allclose(g.token_log_probs, b.token_log_probs, atol=1e-5)
            np.testing.assert_allclose(g.attention, b.attention, atol=1e-6)
            if kind == "transformer":
                np.testing.assert_allclose(g.heads, b.heads, atol=1e-6)
            assert [[i for i, _ in pos] for pos in g.alternatives] == [[i for i, _ in pos] for pos in b.alternatives]


@pytest.mark.parametrize("kind", KINDS)
def test_nbest_sorted_unique_and_complete(kind):
    model = random_model(kind, vocab=10, seed=27)
    src, mask = source_batch([5, 8], vocab=10, seed=28)
    for hyps in beam_search(model, src, mask, beam_size=6, n_best=6, length_penalty=1.0):
        assert len(hyps) == 6
        scores = [h.score for h in hyps]
        assert scores == sorted(scores, reverse=True)
        assert len({tuple(h.ids) for h in hyps}) == 6
        for h in hyps:
            assert h.ids[-1] == EOS and EOS not in h.ids[:-1]
            assert PAD not in h.ids and BOS not in h.ids


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("alpha", [0.0, 0.6, 1.0])
def test_scores_equal_teacher_forced_rescoring(kind, alpha):
    model = random_model(kind, vocab=10, seed=29)
    src, mask = source_batch([4, 7], vocab=10, seed=30)
    results = beam_search(model, src, mask, beam_size=4, n_best=4, length_penalty=alpha)
    results_greedy = greedy_search(model, src, mask, length_penalty=alpha)
    for b in range(2):
        for h in results[b] + results_greedy[b]:
            tf = teacher_forced(model, real_src(src, mask, b), [h.ids])[0]
            np.testing.assert_allclose(h.token_log_probs, tf, atol=2e-5)
            assert h.log_prob == pytest.approx(sum(h.token_log_probs), abs=1e-5)
            assert h.score == pytest.approx(h.log_prob / len(h.ids) ** alpha, abs=1e-5)
            assert len(h.token_log_probs) == len(h.ids)


@pytest.mark.parametrize("kind", KINDS)
def test_each_hypothesis_carries_its_own_attention_and_alternatives(kind):
    """Attention rows follow the hypothesis through beam reordering: they equal re-decoding it."""
    model = random_model(kind, vocab=10, seed=31)
    src, mask = source_batch([6, 3, 8], vocab=10, seed=32)
    heads = kind == "transformer"
    results = beam_search(model, src, mask, beam_size=5, n_best=5, need_heads=heads)
    for b, hyps in enumerate(results):
        S = int(mask[b].sum())
        one = real_src(src, mask, b)
        for h in hyps:
            assert h.attention.shape == (len(h.ids), S)
            np.testing.assert_allclose(h.attention.sum(1), 1.0, atol=1e-5)
            if heads:
                assert h.heads.shape == (len(h.ids), 2, 2, S)          # [T, layers, heads, S]
                np.testing.assert_allclose(h.heads.sum(-1), 1.0, atol=1e-5)
            else:
                assert h.heads is None
            with torch.no_grad():
                enc = model.encode(one, one != PAD)
                state, prev = model.init_state(enc), BOS
                for t, tok in enumerate(h.ids):
                    out = model.decode_step(torch.tensor([prev]), state, enc, heads)
                    np.testing.assert_allclose(h.attention[t], out.attention[0].numpy(), atol=1e-5)
                    if heads:
                        np.testing.assert_allclose(h.heads[t], out.heads[0].numpy(), atol=1e-5)
                    top = out.log_probs[0].topk(N_ALTERNATIVES)
                    assert [i for i, _ in h.alternatives[t]] == top.indices.tolist()
                    np.testing.assert_allclose([p for _, p in h.alternatives[t]], top.values.numpy(), atol=1e-5)
                    state, prev = out.state, tok


@pytest.mark.parametrize("kind", KINDS)
def test_batched_search_equals_one_sentence_at_a_time(kind):
    model = random_model(kind, vocab=10, seed=33)
    lengths = [3, 9, 5, 2]
    src, mask = source_batch(lengths, vocab=10, seed=34)
    batched = beam_search(model, src, mask, beam_size=3, n_best=3)
    for b in range(len(lengths)):
        one = real_src(src, mask, b)
        alone = beam_search(model, one, one != PAD, beam_size=3, n_best=3)[0]
        assert [h.ids for h in alone] == [h.ids for h in batched[b]]
        np.testing.assert_allclose([h.score for h in alone], [h.score for h in batched[b]], atol=1e-5)


@pytest.mark.parametrize("kind", KINDS)
def test_pad_and_bos_are_never_emitted_even_when_most_likely(kind):
    model = Favour(random_model(kind, vocab=8, seed=35), [PAD, BOS])
    src, mask = source_batch([4, 6], vocab=8, seed=36)
    for hyps in beam_search(model, src, mask, beam_size=4, n_best=4, max_length=6) + \
            greedy_search(model, src, mask, max_length=6):
        for h in hyps:
            assert PAD not in h.ids and BOS not in h.ids
            assert h.ids[-1] == EOS
            assert all(math.isfinite(x) for x in h.token_log_probs)


@pytest.mark.parametrize("kind", KINDS)
def test_min_length_respected(kind):
    model = Favour(random_model(kind, vocab=8, seed=37), [EOS])
    src, mask = source_batch([4, 6], vocab=8, seed=38)
    assert all(h[0].ids == [EOS] for h in beam_search(model, src, mask, beam_size=3))
    for min_len in (2, 5):
        for hyps in beam_search(model, src, mask, beam_size=3, n_best=3, min_length=min_len) + \
                greedy_search(model, src, mask, min_length=min_len):
            for h in hyps:
                assert len(h.ids) >= min_len
                assert EOS not in h.ids[:-1]
            assert len(hyps[0].ids) == min_len      # the model still ends as soon as it may


@pytest.mark.parametrize("kind", KINDS)
def test_max_length_forces_end(kind):
    model = Favour(random_model(kind, vocab=8, seed=39), [5])     # never wants to stop
    src, mask = source_batch([4, 6], vocab=8, seed=40)
    for hyps in beam_search(model, src, mask, beam_size=3, n_best=3, max_length=7) + \
            greedy_search(model, src, mask, max_length=7):
        assert all(len(h.ids) <= 7 and h.ids[-1] == EOS for h in hyps)
        assert len(hyps[0].ids) == 7
    # default limit: 2·|src| + 10 per sentence
    assert max_lengths(mask, None) == [18, 22]
    assert max_lengths(mask, 5) == [5, 5]
    default = beam_search(model, src, mask, beam_size=2)
    assert [len(h[0].ids) for h in default] == [18, 22]


@pytest.mark.parametrize("kind", KINDS)
def test_forced_prefix(kind):
    model = random_model(kind, vocab=10, seed=41)
    src, mask = source_batch([5, 7], vocab=10, seed=42)
    prefix = [9, 9, 1, 4]
    free = beam_search(model, src, mask, beam_size=4, n_best=4, min_length=6)
    assert all(h[0].ids[:4] != prefix for h in free)            # not what the model would say anyway
    for hyps in beam_search(model, src, mask, beam_size=4, n_best=4, prefixes=[prefix, prefix], min_length=6) + \
            greedy_search(model, src, mask, prefixes=[prefix, prefix], min_length=6):
        for h in hyps:
            assert h.ids[:4] == prefix
            assert len(h.ids) >= 6 and h.ids[-1] == EOS         # decoding continued after the prefix
    # the prefix tokens are scored with the model's real log-probs
    h = beam_search(model, src[:1, :5], mask[:1, :5], beam_size=4, prefixes=[prefix])[0][0]
    np.testing.assert_allclose(h.token_log_probs, teacher_forced(model, src[:1, :5], [h.ids])[0], atol=2e-5)


def test_forced_prefix_per_sentence():
    model = random_model("transformer", vocab=10, seed=43)
    src, mask = source_batch([5, 7], vocab=10, seed=44)
    res = beam_search(model, src, mask, beam_size=3, prefixes=[[4], [7, 8]])
    assert res[0][0].ids[:1] == [4] and res[1][0].ids[:2] == [7, 8]


@pytest.mark.parametrize("kind", KINDS)
def test_record_tree_matches_nbest(kind):
    model = random_model(kind, vocab=8, seed=45)
    src, mask = source_batch([4, 6], vocab=8, seed=46)
    K = 4
    nbest, trees = beam_search(model, src, mask, beam_size=K, n_best=K, record_tree=True)
    plain = beam_search(model, src, mask, beam_size=K, n_best=K)
    for hyps, tree, ref in zip(nbest, trees, plain):
        assert [h.ids for h in hyps] == [h.ids for h in ref]          # recording changes nothing
        by_id = {n.id: n for n in tree}
        assert [n.id for n in tree] == list(range(len(tree)))

        def path(node):
            out = []
            while node is not None:
                out.append(node.token)
                node = by_id.get(node.parent)
            return out[::-1]

        for n in tree:
            assert n.status in ("active", "finished", "pruned")
            if n.parent == -1:
                assert n.step == 0
            else:
                parent = by_id[n.parent]
                assert parent.status == "active" and parent.step == n.step - 1
                assert n.log_prob <= parent.log_prob + 1e-6
        finished = {tuple(path(n)): n for n in tree if n.status == "finished"}
        assert all(n.token == EOS for n in tree if n.status == "finished")
        for h in hyps:
            assert tuple(h.ids) in finished
            assert finished[tuple(h.ids)].log_prob == pytest.approx(h.log_prob, abs=1e-5)
        if len(finished) <= K:
            assert set(finished) == {tuple(h.ids) for h in hyps}
        for step in {n.step for n in tree}:
            assert sum(n.status == "active" for n in tree if n.step == step) <= K


def test_alternatives_are_sorted_and_bounded():
    model = random_model("transformer", vocab=10, seed=47)
    src, mask = source_batch([5], vocab=10, seed=48)
    h = beam_search(model, src, mask, beam_size=3)[0][0]
    assert len(h.alternatives) == len(h.ids)
    for pos in h.alternatives:
        assert len(pos) == N_ALTERNATIVES
        lps = [p for _, p in pos]
        assert lps == sorted(lps, reverse=True)


def test_length_normalise():
    assert length_normalise(-6.0, 3, 0.0) == -6.0
    assert length_normalise(-6.0, 3, 1.0) == -2.0
    assert length_normalise(-6.0, 4, 0.5) == -3.0
    assert length_normalise(-6.0, 0, 1.0) == -6.0
    assert UNK == 1 and EOS == 3
