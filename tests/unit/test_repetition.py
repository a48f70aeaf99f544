"""s2s_core.repetition: the guard's rule, its per-step bans, and search with it (looping models, brute force)."""
from __future__ import annotations

import random

import pytest
import torch

from s2s_core.search.repetition import DEFAULT_GUARD, SUBWORD_VOCAB, RepetitionGuard, is_word_piece
from s2s_core.search import beam_search, greedy_search
from s2s_core.tokenizer import BOS, EOS
from s2s_core.trust import most_copies

from .conftest import random_model, source_batch
from .test_search import KINDS, Favour, brute_force, real_src


class Cycle(Favour):
    """A model that loops "4 5 4 5 …": after 4 it strongly prefers 5, after anything else 4."""

    def decode_step(self, prev_tokens, state, enc, need_heads=False, need_attention=True):
        out = self.inner.decode_step(prev_tokens, state, enc, need_heads)
        lp = out.log_probs.clone()
        lp[torch.arange(len(prev_tokens)), torch.where(prev_tokens == 4, 5, 4)] += self.boost
        return type(out)(lp.log_softmax(-1), out.attention, out.state, out.heads)


def test_rule_counts_copies_in_a_row_only():
    g = RepetitionGuard(max_span=4, span_copies=2, run_length=3)
    assert g.allows([7, 7, 7]) and not g.allows([7, 7, 7, 7])
    assert g.allows([4, 5, 4, 5]) and not g.allows([4, 5, 4, 5, 4, 5])
    assert g.allows([4, 5, 6, 9, 4, 5, 6, 8, 4, 5, 6])            # a span again later, not in a row: fine
    assert not g.allows([1, 4, 5, 6, 4, 5, 6, 4, 5, 6, 2])
    assert g.allows([4, 5, 6, 7, 8, 4, 5, 6, 7, 8, 4, 5, 6, 7, 8])  # span 5 > max_span: not checked
    with pytest.raises(ValueError):
        RepetitionGuard(span_copies=0)


def test_default_guard_never_fires_where_references_do_not():
    """Calibrated on French references: 3 copies of one piece and 2 of a span happen; more do not."""
    assert DEFAULT_GUARD.allows([9, 9, 9, 9]) and not DEFAULT_GUARD.allows([9] * 5)
    assert DEFAULT_GUARD.allows([4, 5, 4, 5]) and not DEFAULT_GUARD.allows([4, 5] * 3)
    assert DEFAULT_GUARD.allows([4, 5, 6] * 2) and not DEFAULT_GUARD.allows([4, 5, 6] * 3)
    # a phrase (≥ 4 pieces) once in a row: "Le vote apparemment apparemment", "à Prague, à Prague"
    phrase = [4, 5, 6, 7]
    assert DEFAULT_GUARD.allows([9] + phrase + [8] + phrase) and not DEFAULT_GUARD.allows([9] + phrase * 2)
    assert not DEFAULT_GUARD.allows([4, 5, 6, 7, 8] * 2)


def test_phrase_rule_is_its_own_setting():
    assert RepetitionGuard(phrase_span=99).allows([4, 5, 6, 7] * 2)
    assert not RepetitionGuard(phrase_span=99).allows([4, 5, 6, 7] * 3)
    assert RepetitionGuard(phrase_span=3, phrase_copies=1).copies_allowed(3) == 1
    with pytest.raises(ValueError):
        RepetitionGuard(phrase_span=1)


PIECES = ["<pad>", "<unk>", "<s>", "</s>", "▁chat", ".", "0", "<0xC3>", "és"]   # ids 4 and 8 spell words


def test_word_pieces_stop_at_two_copies_punctuation_and_digits_do_not():
    """"Prés·és·és·ées" and "Sea Sea Sea" stutter; "..." (three "." pieces) and "1000" are French."""
    g = DEFAULT_GUARD.for_vocabulary(PIECES, min_size=0)
    assert [is_word_piece(p) for p in PIECES] == [False] * 4 + [True, False, False, False, True]
    assert g.allows([4, 4]) and not g.allows([4, 4, 4]) and not g.allows([5, 8, 8, 8, 5])
    assert g.allows([4, 8, 4, 8]) and not g.allows([4, 8] * 3)       # spans keep their own rule
    for piece in (5, 6, 7):                                           # ".", "0", a byte: run_length applies
        assert g.allows([piece] * 4) and not g.allows([piece] * 5)
    assert DEFAULT_GUARD.allows([4, 4, 4, 4])                         # no vocabulary: no word rule
    assert g == DEFAULT_GUARD and g.window == DEFAULT_GUARD.window


def test_character_sized_vocabularies_keep_letter_runs():
    """Toy tasks spell letter by letter ("a a a" reversed is "a a a"): no word rule below SUBWORD_VOCAB."""
    assert DEFAULT_GUARD.for_vocabulary(PIECES).word_pieces is None
    assert DEFAULT_GUARD.for_vocabulary(PIECES).allows([4, 4, 4, 4])
    big = PIECES + [f"▁w{i}" for i in range(SUBWORD_VOCAB - len(PIECES))]
    assert not DEFAULT_GUARD.for_vocabulary(big).allows([4, 4, 4])


@pytest.mark.parametrize("guard", [DEFAULT_GUARD, RepetitionGuard(max_span=3, span_copies=1, run_length=1),
                                   RepetitionGuard(max_span=5, span_copies=2, run_length=2),
                                   RepetitionGuard(max_span=6, span_copies=2, run_length=3, phrase_span=3),
                                   RepetitionGuard(max_span=5, span_copies=2, run_length=4).for_vocabulary(
                                       ["<pad>", "<unk>", "<s>", "</s>", "▁chat", ".", "0"], min_size=0),
                                   RepetitionGuard(max_span=3, span_copies=2, run_length=3,
                                                   word_run_length=1).for_vocabulary(PIECES, min_size=0)])
def test_bans_are_exactly_the_tokens_the_rule_forbids(guard):
    rng = random.Random(0)
    histories = []
    for _ in range(400):                       # random sequences over 3 tokens, kept only if they obey the rule
        seq = []
        for _ in range(rng.randint(1, 14)):
            x = rng.choice([4, 5, 6])
            if guard.allows(seq + [x]):
                seq.append(x)
        histories.append(seq)
    width = max(map(len, histories))
    for t in range(1, width + 1):             # a batch of the histories of length t
        rows = [h[:t] for h in histories if len(h) >= t]
        ban = guard.bans(torch.tensor(rows))                 # None: nothing banned in any row
        for r, h in enumerate(rows):
            banned = set() if ban is None else set(ban[0][r][ban[1][r]].tolist())
            assert banned == {x for x in (4, 5, 6) if not guard.allows(h + [x])}


@pytest.mark.parametrize("kind", KINDS)
def test_guard_stops_a_model_that_loops(kind):
    guard = DEFAULT_GUARD
    src, mask = source_batch([5, 8], vocab=10, seed=51)
    for model, span in ((Favour(random_model(kind, vocab=10, seed=50), [5]), 1),
                        (Cycle(random_model(kind, vocab=10, seed=50), []), 2)):
        free = greedy_search(model, src, mask)
        assert all(len(h[0].ids) >= 20 and most_copies(h[0].ids[:-1], span) >= 9 for h in free)   # to the limit
        for hyps in beam_search(model, src, mask, beam_size=3, n_best=3, repeat_guard=guard) + \
                greedy_search(model, src, mask, repeat_guard=guard):
            for h in hyps:
                assert guard.allows(h.ids[:-1]) and h.ids[-1] == EOS
                assert most_copies(h.ids[:-1], span) <= guard.copies_allowed(span)


@pytest.mark.parametrize("kind", KINDS)
def test_search_stops_a_stuttering_word_piece_at_two_but_lets_punctuation_run(kind):
    pieces = PIECES + [f"▁w{i}" for i in range(SUBWORD_VOCAB - len(PIECES))]    # 4 "▁chat", 5 "."
    guard = DEFAULT_GUARD.for_vocabulary(pieces)
    src, mask = source_batch([5, 8], vocab=40, seed=61)
    for token, allowed in ((4, 2), (5, 4)):
        model = Favour(random_model(kind, vocab=len(pieces), seed=60), [token])
        assert all(most_copies(h[0].ids[:-1], 1) >= 9 for h in greedy_search(model, src, mask))   # unguarded
        for hyps in beam_search(model, src, mask, beam_size=3, n_best=3, repeat_guard=guard) + \
                greedy_search(model, src, mask, repeat_guard=guard):
            assert longest_run(hyps[0].ids, token) == allowed
            assert all(guard.allows(h.ids[:-1]) for h in hyps)


def longest_run(ids, token) -> int:
    best = run = 0
    for i in ids:
        run = run + 1 if i == token else 0
        best = max(best, run)
    return best


@pytest.mark.parametrize("kind", KINDS)
def test_scores_stay_the_models_and_alternatives_stay_unconstrained(kind):
    model = Favour(random_model(kind, vocab=10, seed=52), [5])
    src, mask = source_batch([6], vocab=10, seed=53)
    h = greedy_search(model, src, mask, repeat_guard=DEFAULT_GUARD)[0][0]
    assert h.ids[:4] == [5, 5, 5, 5] and h.ids[4] != 5          # the fifth 5 was blocked …
    assert h.alternatives[4][0][0] == 5                         # … though the model still prefers it
    with torch.no_grad():                                       # the chosen token keeps its real log-prob
        enc = model.encode(src, mask)
        state, lp = model.init_state(enc), []
        for prev, tok in zip([BOS] + h.ids[:-1], h.ids):
            out = model.decode_step(torch.tensor([prev]), state, enc)
            lp.append(float(out.log_probs[0, tok]))
            state = out.state
    assert h.token_log_probs == pytest.approx(lp, abs=1e-5)


@pytest.mark.parametrize("kind", KINDS)
def test_forced_prefix_is_never_blocked(kind):
    model = random_model(kind, vocab=10, seed=54)
    src, mask = source_batch([5], vocab=10, seed=55)
    prefix = [6] * 7
    for hyps in (beam_search(model, src, mask, beam_size=3, prefixes=[prefix], repeat_guard=DEFAULT_GUARD),
                 greedy_search(model, src, mask, prefixes=[prefix], repeat_guard=DEFAULT_GUARD)):
        assert hyps[0][0].ids[:7] == prefix


@pytest.mark.parametrize("kind", KINDS)
def test_wide_beam_with_guard_equals_brute_force_under_the_same_rule(kind):
    V, L = 6, 5                        # tokens UNK, 4, 5 (+ </s>): 121 outputs, fewer under the rule
    guard = RepetitionGuard(max_span=2, span_copies=1, run_length=2)
    model = random_model(kind, vocab=V, seed=56)
    src, mask = source_batch([3, 6], vocab=V, seed=57)
    nbest = beam_search(model, src, mask, beam_size=128, n_best=128, max_length=L, length_penalty=1.0,
                        repeat_guard=guard)
    for b in range(2):
        brute = [x for x in brute_force(model, real_src(src, mask, b), V, L, 1.0) if guard.allows(x[1][:-1])]
        assert 20 < len(brute) < 121
        assert [h.ids for h in nbest[b]] == [ids for _, ids, _ in brute]
        assert [h.score for h in nbest[b]] == pytest.approx([s for s, _, _ in brute], abs=1e-5)


@pytest.mark.parametrize("kind", KINDS)
def test_greedy_with_guard_equals_beam_one_with_guard(kind):
    model = Cycle(random_model(kind, vocab=12, seed=58), [])
    src, mask = source_batch([3, 7, 5, 9], vocab=12, seed=59)
    greedy = greedy_search(model, src, mask, repeat_guard=DEFAULT_GUARD)
    beam = beam_search(model, src, mask, beam_size=1, repeat_guard=DEFAULT_GUARD)
    assert [g[0].ids for g in greedy] == [b[0].ids for b in beam]


# -- bans read on Python lists (latency33: a beam's few rows cost less so than as ~20 tensor ops a step) ------------
def test_row_bans_one_token_per_rule_that_bans():
    guard = DEFAULT_GUARD.for_vocabulary(PIECES, min_size=0)          # 4 "▁chat" (a word piece), 5 "."
    assert guard._row_bans([6, 4, 4]) == [4]                           # the word rule: a third "▁chat" is out
    assert guard._row_bans([5, 5, 5, 5]) == [5]                        # span 1: a fifth "." is out
    assert guard._row_bans([6, 7, 6, 7, 6]) == [7]                     # span 2: a third "6 7" is out
    assert guard._row_bans([6, 7, 6]) == []
    ban = guard.bans(torch.tensor([[6, 4, 4], [6, 7, 6]]))
    assert ban[0].tolist() == [[4], [0]] and ban[1].tolist() == [[True], [False]]
    assert guard.bans(torch.tensor([[6, 7, 6]])) is None
